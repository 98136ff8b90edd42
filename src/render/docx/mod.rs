//! Word documents (DOCX, Office Open XML): the editions of a contract
//! ([`render_single`], [`render_parallel`]) and the package every DOCX
//! that qostil writes is made of ([`assemble`]), which the redline of
//! `qostil diff --format docx` ([`crate::report::docx`]) uses too.
//!
//! The writer is our own, over the `zip` crate, rather than a DOCX
//! library: the one we tried (docx-rs) silently overrides list id 1, has
//! no way to set a style's language or to repeat a table's header row, and
//! writes elements out of the schema's order, so that Word offers to
//! "recover" the file. Here every part is written as text in the schema's
//! order; a small set of parts makes a complete document:
//!
//! - `word/document.xml` ([`document`]): the body and an A4 section;
//! - `word/styles.xml` ([`styles`]): defaults with the document's
//!   language, Title, Heading1/2, a Clause style per language, tables;
//! - `word/numbering.xml` ([`numbering`]): automatic multilevel clause
//!   numbers that equal the model's, and the lists of clauses;
//! - `word/settings.xml`, a header with the title, a footer with
//!   "page / pages" fields;
//! - `docProps/core.xml` and `docProps/app.xml` (title, author, language;
//!   dates only from `SOURCE_DATE_EPOCH`).
//!
//! Output is byte-identical for the same input: parts in a fixed order,
//! fixed zip time stamps, ids counted from the content, no random ids.

pub mod document;
mod editions;
pub mod numbering;
pub mod package;
pub mod styles;
pub mod xml;

pub use editions::{render_parallel, render_single};
pub use package::Properties;

use document::{sect_pr, Para, RunStyle, Writer};
use numbering::Numbering;
use package::{Package, Relationship};
use styles::StyleSet;
use xml::{DECL, R_NS, W_NS};

/// Options of the DOCX editions.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocxOptions {
    /// Creation date as seconds since 1970 (`SOURCE_DATE_EPOCH`); none
    /// writes no date.
    pub source_date_epoch: Option<i64>,
}

/// What a document is made of.
#[derive(Debug)]
pub struct Parts {
    /// The body, written.
    pub writer: Writer,
    /// Its lists.
    pub numbering: Numbering,
    /// Its styles.
    pub styles: StyleSet,
    /// The text of the page header.
    pub header: String,
    /// The initials line of the footer (empty: none).
    pub initials: String,
    /// Document properties.
    pub props: Properties,
}

const REL_STYLES: &str = "rId1";
const REL_NUMBERING: &str = "rId2";
const REL_SETTINGS: &str = "rId3";
const REL_HEADER: &str = "rId4";
const REL_FOOTER: &str = "rId5";
const REL_FONTS: &str = "rId6";
const REL_THEME: &str = "rId7";

/// The font table: the one font the styles name.
fn font_table_xml() -> String {
    format!(
        "{DECL}<w:fonts xmlns:w=\"{W_NS}\"><w:font w:name=\"{}\">\
         <w:panose1 w:val=\"02020603050405020304\"/><w:family w:val=\"roman\"/>\
         <w:pitch w:val=\"variable\"/></w:font></w:fonts>",
        styles::FONT
    )
}

/// A minimal theme: Office colours, the body font as both theme fonts, and
/// plain fills and lines (Word expects a theme part).
fn theme_xml() -> String {
    let font = styles::FONT;
    let fonts = format!("<a:latin typeface=\"{font}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>");
    let colours = [
        ("accent1", "4472C4"),
        ("accent2", "ED7D31"),
        ("accent3", "A5A5A5"),
        ("accent4", "FFC000"),
        ("accent5", "5B9BD5"),
        ("accent6", "70AD47"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ]
    .iter()
    .map(|(n, c)| format!("<a:{n}><a:srgbClr val=\"{c}\"/></a:{n}>"))
    .collect::<String>();
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let line = format!("<a:ln w=\"6350\">{fill}</a:ln>");
    let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    format!(
        "{DECL}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"qostil\">\
         <a:themeElements><a:clrScheme name=\"qostil\">\
         <a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>\
         <a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>\
         <a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>\
         {colours}</a:clrScheme>\
         <a:fontScheme name=\"qostil\"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont></a:fontScheme>\
         <a:fmtScheme name=\"qostil\"><a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst>\
         <a:lnStyleLst>{line}{line}{line}</a:lnStyleLst>\
         <a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst>\
         <a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme>\
         </a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
}

fn root(tag: &str) -> String {
    format!("{DECL}<{tag} xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">")
}

/// The settings part: Word 2013+ layout (no compatibility mode), automatic
/// hyphenation, a default tab stop of 1.25 cm.
fn settings_xml() -> String {
    format!(
        "{DECL}<w:settings xmlns:w=\"{W_NS}\"><w:zoom w:percent=\"100\"/>\
         <w:defaultTabStop w:val=\"709\"/><w:autoHyphenation/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         </w:settings>"
    )
}

/// The package of a document: every part, in a fixed order.
pub fn assemble(parts: Parts) -> crate::Result<Vec<u8>> {
    let Parts {
        mut writer,
        numbering,
        styles: style_set,
        header,
        initials,
        props,
    } = parts;
    let lang = writer.lang;
    let links = std::mem::take(&mut writer.links);
    let body = writer.take();

    let mut document = root("w:document");
    document.push_str("<w:body>");
    document.push_str(&body);
    document.push_str(&sect_pr(REL_HEADER, REL_FOOTER));
    document.push_str("</w:body></w:document>");

    let mut hw = Writer::new(lang, None);
    hw.simple(
        &Para {
            style: styles::id::HEADER,
            ..Para::default()
        },
        &header,
        RunStyle::default(),
    );
    let hdr = format!("{}{}</w:hdr>", root("w:hdr"), hw.take());

    let mut fw = Writer::new(lang, None);
    if !initials.trim().is_empty() {
        fw.simple(
            &Para {
                style: styles::id::FOOTER,
                spacing: Some((0, 60)),
                ..Para::default()
            },
            &initials,
            RunStyle::default(),
        );
    }
    fw.p_start(&Para {
        style: styles::id::FOOTER,
        ..Para::default()
    });
    fw.field("PAGE", "1", RunStyle::default());
    fw.run(" / ", RunStyle::default(), document::Track::None);
    fw.field("NUMPAGES", "1", RunStyle::default());
    fw.p_end();
    let ftr = format!("{}{}</w:ftr>", root("w:ftr"), fw.take());

    let rel = |id: &str, kind: &'static str, target: &str| Relationship {
        id: id.to_string(),
        kind,
        target: target.to_string(),
        external: false,
    };
    let mut doc_rels = vec![
        rel(REL_STYLES, package::REL_STYLES, "styles.xml"),
        rel(REL_NUMBERING, package::REL_NUMBERING, "numbering.xml"),
        rel(REL_SETTINGS, package::REL_SETTINGS, "settings.xml"),
        rel(REL_HEADER, package::REL_HEADER, "header1.xml"),
        rel(REL_FOOTER, package::REL_FOOTER, "footer1.xml"),
        rel(REL_FONTS, package::REL_FONT_TABLE, "fontTable.xml"),
        rel(REL_THEME, package::REL_THEME, "theme/theme1.xml"),
    ];
    doc_rels.extend(links);

    let mut p = Package::new();
    p.rels(
        "",
        &[
            rel("rId1", package::REL_OFFICE_DOCUMENT, "word/document.xml"),
            rel("rId2", package::REL_CORE, "docProps/core.xml"),
            rel("rId3", package::REL_APP, "docProps/app.xml"),
        ],
    );
    p.part("word/document.xml", package::CT_DOCUMENT, document);
    p.rels("word/document.xml", &doc_rels);
    p.part(
        "word/styles.xml",
        package::CT_STYLES,
        styles::styles_xml(&style_set),
    );
    p.part("word/numbering.xml", package::CT_NUMBERING, numbering.xml());
    p.part("word/settings.xml", package::CT_SETTINGS, settings_xml());
    p.part("word/header1.xml", package::CT_HEADER, hdr);
    p.part("word/footer1.xml", package::CT_FOOTER, ftr);
    p.part(
        "word/fontTable.xml",
        package::CT_FONT_TABLE,
        font_table_xml(),
    );
    p.part("word/theme/theme1.xml", package::CT_THEME, theme_xml());
    p.part(
        "docProps/core.xml",
        package::CT_CORE,
        package::core_xml(&props),
    );
    p.part("docProps/app.xml", package::CT_APP, package::app_xml());
    p.to_zip()
}
