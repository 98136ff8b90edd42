//! The ZIP package of a DOCX: its parts, read with a cap on how much they
//! unpack to (a small file that unpacks to gigabytes is refused before it
//! is unpacked), and the main document part found through the package
//! relationships.

use crate::diag::{num, Diagnostic, Error, Result};
use crate::messages::{Message, Msg};
use std::io::{Cursor, Read};

/// An opened DOCX package.
pub struct Package<'b> {
    zip: zip::ZipArchive<Cursor<&'b [u8]>>,
    file: String,
    /// Bytes still allowed to be unpacked.
    budget: u64,
    limit: u64,
}

/// The main document part's relationship type (transitional and strict).
const OFFICE_DOCUMENT: [&str; 2] = [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
];

/// A damaged package: the file named, and what to do.
pub fn damaged(file: &str, message: Message) -> Error {
    Diagnostic::file(file, message)
        .help(Msg::SrcDocxResave)
        .into()
}

impl<'b> Package<'b> {
    /// Open the package, refusing one whose parts claim to unpack to more
    /// than `limit` bytes in all.
    pub fn open(bytes: &'b [u8], file: &str, limit: u64) -> Result<Package<'b>> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|_| damaged(file, Message::new(Msg::SrcDocxZip)))?;
        let mut p = Package {
            zip,
            file: file.to_string(),
            budget: limit,
            limit,
        };
        // The sizes the archive declares: a bomb usually says what it is.
        let mut declared: u64 = 0;
        for i in 0..p.zip.len() {
            if let Ok(f) = p.zip.by_index_raw(i) {
                declared = declared.saturating_add(f.size());
            }
        }
        if declared > limit {
            return Err(p.too_large());
        }
        Ok(p)
    }

    fn too_large(&self) -> Error {
        Diagnostic::file(
            &self.file,
            Message::new(Msg::SrcDocxTooLarge).with("mb", num(self.limit / (1024 * 1024))),
        )
        .help(Msg::SrcTooLargeHelp)
        .into()
    }

    /// The name of the part at `name`, matched without regard to case and
    /// a leading `/` (ZIP names in DOCX files vary in both).
    fn find(&self, name: &str) -> Option<String> {
        let want = name.trim_start_matches('/');
        self.zip
            .file_names()
            .find(|n| n.trim_start_matches('/').eq_ignore_ascii_case(want))
            .map(str::to_string)
    }

    /// The bytes of a part, or `None` when the package has no such part.
    /// Reading stops, with an error, once the package has unpacked more
    /// than its limit, whatever the sizes it declares.
    pub fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some(real) = self.find(name) else {
            return Ok(None);
        };
        let file = self.file.clone();
        let part_error = || {
            damaged(
                &file,
                Message::new(Msg::SrcDocxPart).with("part", name.trim_start_matches('/')),
            )
        };
        let f = self.zip.by_name(&real).map_err(|_| part_error())?;
        let mut out = Vec::new();
        let read = f
            .take(self.budget.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|_| part_error())?;
        if read as u64 > self.budget {
            return Err(self.too_large());
        }
        self.budget -= read as u64;
        Ok(Some(out))
    }

    /// A part as text (UTF-8; a UTF-16 part is decoded too).
    pub fn text(&mut self, name: &str) -> Result<Option<String>> {
        let Some(bytes) = self.part(name)? else {
            return Ok(None);
        };
        Ok(Some(decode(&bytes)))
    }

    /// The main document part: the target of the package's
    /// `officeDocument` relationship, else `word/document.xml`.
    pub fn main_part(&mut self) -> Result<String> {
        if let Some(rels) = self.text("_rels/.rels")? {
            if let Ok(doc) = roxmltree::Document::parse(&rels) {
                for r in doc.root_element().children().filter(|n| n.is_element()) {
                    let ty = r.attribute("Type").unwrap_or_default();
                    if OFFICE_DOCUMENT.contains(&ty) {
                        if let Some(t) = r.attribute("Target") {
                            let t = t.trim_start_matches('/').to_string();
                            if self.find(&t).is_some() {
                                return Ok(t);
                            }
                        }
                    }
                }
            }
        }
        if self.find("word/document.xml").is_some() {
            return Ok("word/document.xml".into());
        }
        Err(damaged(&self.file, Message::new(Msg::SrcDocxNoDocument)))
    }

    /// The targets of the main part's relationships of a type ending in
    /// `kind` (`/styles`, `/numbering`), as part names.
    pub fn related(&mut self, main: &str, kind: &str) -> Result<Option<String>> {
        let (dir, base) = match main.rsplit_once('/') {
            Some((d, b)) => (d.to_string(), b.to_string()),
            None => (String::new(), main.to_string()),
        };
        let rels_name = if dir.is_empty() {
            format!("_rels/{base}.rels")
        } else {
            format!("{dir}/_rels/{base}.rels")
        };
        if let Some(rels) = self.text(&rels_name)? {
            if let Ok(doc) = roxmltree::Document::parse(&rels) {
                for r in doc.root_element().children().filter(|n| n.is_element()) {
                    if r.attribute("Type").unwrap_or_default().ends_with(kind)
                        && r.attribute("TargetMode") != Some("External")
                    {
                        if let Some(t) = r.attribute("Target") {
                            let name = if let Some(abs) = t.strip_prefix('/') {
                                abs.to_string()
                            } else if dir.is_empty() {
                                t.to_string()
                            } else {
                                format!("{dir}/{t}")
                            };
                            if self.find(&name).is_some() {
                                return Ok(Some(name));
                            }
                        }
                    }
                }
            }
        }
        // Without relationships, the usual name beside the main part.
        let usual = if dir.is_empty() {
            format!("{}.xml", kind.trim_start_matches('/'))
        } else {
            format!("{dir}/{}.xml", kind.trim_start_matches('/'))
        };
        Ok(self.find(&usual).map(|_| usual))
    }
}

/// Text of a part: UTF-8 (a byte-order mark dropped), or UTF-16 with its
/// byte-order mark; invalid bytes become U+FFFD, which the XML parser then
/// reads as text.
fn decode(bytes: &[u8]) -> String {
    let utf16 = |le: bool, b: &[u8]| -> String {
        let units: Vec<u16> = b
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(b) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(true, b);
    }
    if let Some(b) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(false, b);
    }
    let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    String::from_utf8_lossy(b).into_owned()
}
