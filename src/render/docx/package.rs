//! The package of a Word document: its parts in a zip file, with the
//! content types and relationships that tie them together.
//!
//! The parts are written in a fixed order, deflated, each with the same
//! fixed time stamp (1980-01-01, the earliest a zip entry can carry) and
//! permissions, so the same parts always make the same bytes.

use super::xml::{self, esc, DECL};
use crate::{Error, Result};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Relationship type of the main document part.
pub const REL_OFFICE_DOCUMENT: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
/// Relationship type of the core properties (title, author, dates).
pub const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
/// Relationship type of the extended properties (the application).
pub const REL_APP: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
/// Relationship type of the styles part.
pub const REL_STYLES: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
/// Relationship type of the numbering part.
pub const REL_NUMBERING: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
/// Relationship type of the settings part.
pub const REL_SETTINGS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
/// Relationship type of a header part.
pub const REL_HEADER: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
/// Relationship type of a footer part.
pub const REL_FOOTER: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
/// Relationship type of the font table.
pub const REL_FONT_TABLE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
/// Relationship type of the theme.
pub const REL_THEME: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
/// Relationship type of a hyperlink (to an external target).
pub const REL_HYPERLINK: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/// Content type of the main document part.
pub const CT_DOCUMENT: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
/// Content type of the styles part.
pub const CT_STYLES: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
/// Content type of the numbering part.
pub const CT_NUMBERING: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
/// Content type of the settings part.
pub const CT_SETTINGS: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
/// Content type of a header part.
pub const CT_HEADER: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
/// Content type of a footer part.
pub const CT_FOOTER: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
/// Content type of the font table.
pub const CT_FONT_TABLE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
/// Content type of the theme.
pub const CT_THEME: &str = "application/vnd.openxmlformats-officedocument.theme+xml";
/// Content type of the core properties.
pub const CT_CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";
/// Content type of the extended properties.
pub const CT_APP: &str = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
const CT_RELS: &str = "application/vnd.openxmlformats-package.relationships+xml";

/// A relationship from a part to another part or an external target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    /// Its id within the source part (`rId1`).
    pub id: String,
    /// Its type (one of the `REL_*` constants).
    pub kind: &'static str,
    /// The target, relative to the source part's folder, or a URL.
    pub target: String,
    /// The target is outside the package (a web address).
    pub external: bool,
}

/// The relationships part of a source part.
pub fn relationships_xml(rels: &[Relationship]) -> String {
    let mut out = String::from(DECL);
    out.push_str(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    );
    for r in rels {
        let mut attrs = vec![
            ("Id", r.id.as_str()),
            ("Type", r.kind),
            ("Target", r.target.as_str()),
        ];
        if r.external {
            attrs.push(("TargetMode", "External"));
        }
        xml::empty(&mut out, "Relationship", &attrs);
    }
    out.push_str("</Relationships>");
    out
}

/// One part: its name in the package (no leading slash), its content type
/// (`None` for relationship parts, typed by their extension) and bytes.
#[derive(Debug, Clone)]
pub struct Part {
    /// Name in the package (`word/document.xml`).
    pub name: String,
    /// Content type, written as an override.
    pub content_type: Option<&'static str>,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A package being assembled.
#[derive(Debug, Clone, Default)]
pub struct Package {
    parts: Vec<Part>,
}

impl Package {
    /// An empty package.
    pub fn new() -> Package {
        Package::default()
    }

    /// Add a part with its content type.
    pub fn part(&mut self, name: &str, content_type: &'static str, text: String) {
        self.parts.push(Part {
            name: name.to_string(),
            content_type: Some(content_type),
            bytes: text.into_bytes(),
        });
    }

    /// Add the relationships of the part `source` (`""` for the package).
    pub fn rels(&mut self, source: &str, rels: &[Relationship]) {
        let name = match source.rsplit_once('/') {
            Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
            None if source.is_empty() => "_rels/.rels".to_string(),
            None => format!("_rels/{source}.rels"),
        };
        self.parts.push(Part {
            name,
            content_type: None,
            bytes: relationships_xml(rels).into_bytes(),
        });
    }

    /// The `[Content_Types].xml` part.
    fn content_types(&self) -> String {
        let mut out = String::from(DECL);
        out.push_str(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
        );
        xml::empty(
            &mut out,
            "Default",
            &[("Extension", "rels"), ("ContentType", CT_RELS)],
        );
        xml::empty(
            &mut out,
            "Default",
            &[("Extension", "xml"), ("ContentType", "application/xml")],
        );
        for p in &self.parts {
            if let Some(ct) = p.content_type {
                let name = format!("/{}", p.name);
                xml::empty(
                    &mut out,
                    "Override",
                    &[("PartName", name.as_str()), ("ContentType", ct)],
                );
            }
        }
        out.push_str("</Types>");
        out
    }

    /// The zip file: `[Content_Types].xml` first, then the parts in the
    /// order they were added.
    pub fn to_zip(&self) -> Result<Vec<u8>> {
        let zip_error = |e: zip::result::ZipError| Error::Other(format!("cannot write DOCX: {e}"));
        let io_error = |e: std::io::Error| Error::Other(format!("cannot write DOCX: {e}"));
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644);
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let types = self.content_types();
        let all = std::iter::once(("[Content_Types].xml", types.as_bytes())).chain(
            self.parts
                .iter()
                .map(|p| (p.name.as_str(), p.bytes.as_slice())),
        );
        for (name, bytes) in all {
            zip.start_file(name, options).map_err(zip_error)?;
            zip.write_all(bytes).map_err(io_error)?;
        }
        Ok(zip.finish().map_err(zip_error)?.into_inner())
    }
}

/// Document properties: title, author, language, and dates only when
/// asked for (`SOURCE_DATE_EPOCH`), so that output stays reproducible.
#[derive(Debug, Clone, Default)]
pub struct Properties {
    /// Title.
    pub title: String,
    /// Author.
    pub creator: String,
    /// Subject (the contract id).
    pub subject: String,
    /// Language tag (`kk-KZ`).
    pub language: String,
    /// Creation and modification moment, as W3C date-time (`2026-11-01T00:00:00Z`).
    pub date: Option<String>,
}

/// The core properties part.
pub fn core_xml(p: &Properties) -> String {
    let mut out = String::from(DECL);
    out.push_str(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    xml::text_elem(&mut out, "dc:title", &[], &p.title);
    if !p.subject.is_empty() {
        xml::text_elem(&mut out, "dc:subject", &[], &p.subject);
    }
    if !p.creator.is_empty() {
        xml::text_elem(&mut out, "dc:creator", &[], &p.creator);
    }
    if !p.language.is_empty() {
        xml::text_elem(&mut out, "dc:language", &[], &p.language);
    }
    if let Some(d) = &p.date {
        for tag in ["dcterms:created", "dcterms:modified"] {
            xml::text_elem(&mut out, tag, &[("xsi:type", "dcterms:W3CDTF")], d);
        }
    }
    out.push_str("</cp:coreProperties>");
    out
}

/// The extended properties part: the application that wrote the file.
pub fn app_xml() -> String {
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>{}</Application></Properties>",
        esc(&format!("qostil {}", env!("CARGO_PKG_VERSION")))
    )
}

/// A moment as a W3C date-time in UTC (`2026-11-01T09:30:00Z`), from
/// seconds since 1970; `None` outside what a four-digit year can name.
pub fn w3c_date(epoch: i64) -> Option<String> {
    if !(0..=crate::render::pdf::MAX_SOURCE_DATE_EPOCH).contains(&epoch) {
        return None;
    }
    let t = printpdf::OffsetDateTime::from_unix_timestamp(epoch).ok()?;
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_and_bounded() {
        assert_eq!(w3c_date(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(w3c_date(1_793_491_200).unwrap(), "2026-11-01T00:00:00Z");
        assert!(w3c_date(-1).is_none());
        assert!(w3c_date(i64::MAX).is_none());
    }

    #[test]
    fn same_parts_same_bytes() {
        let make = || {
            let mut p = Package::new();
            p.part("word/document.xml", CT_DOCUMENT, "<x/>".into());
            p.rels(
                "",
                &[Relationship {
                    id: "rId1".into(),
                    kind: REL_OFFICE_DOCUMENT,
                    target: "word/document.xml".into(),
                    external: false,
                }],
            );
            p.to_zip().unwrap()
        };
        assert_eq!(make(), make());
        let z = make();
        let mut a = zip::ZipArchive::new(Cursor::new(z)).unwrap();
        assert_eq!(a.by_index(0).unwrap().name(), "[Content_Types].xml");
        assert_eq!(a.by_index(2).unwrap().name(), "_rels/.rels");
    }
}
