//! The styles part: document defaults (font, size, language), the
//! paragraph styles of a contract (Title, Heading1, Heading2, a Clause
//! style per language carrying `w:lang`, so that Word checks spelling and
//! hyphenates each text in its own language; the title and heading styles
//! suppress automatic hyphenation), header and footer, the
//! hyperlink style, and the table styles.
//!
//! Elements follow the schema's order (CT_Style: name, basedOn, next,
//! uiPriority, qFormat, pPr, rPr, tblPr, tcPr, tblStylePr; CT_PPr and
//! CT_RPr in their sequences).

use super::xml::{self, DECL, W_NS};
use crate::lang::Lang;
use std::fmt::Write as _;

/// The body font.
pub const FONT: &str = "Times New Roman";

/// The BCP 47 tag Word uses for a language.
pub fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "kk-KZ",
        Lang::Ru => "ru-RU",
    }
}

/// The id of the clause style of a language.
pub fn clause_style(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "ClauseKk",
        Lang::Ru => "ClauseRu",
    }
}

/// Style ids used by the writers.
pub mod id {
    /// Title of the document.
    pub const TITLE: &str = "Title";
    /// Section heading.
    pub const HEADING1: &str = "Heading1";
    /// Sub-section heading.
    pub const HEADING2: &str = "Heading2";
    /// Page header.
    pub const HEADER: &str = "Header";
    /// Page footer.
    pub const FOOTER: &str = "Footer";
    /// The plain paragraph.
    pub const NORMAL: &str = "Normal";
    /// Text in table cells (no space after).
    pub const CELL: &str = "TableText";
    /// A grid table with a shaded first row.
    pub const TABLE: &str = "QostilTable";
    /// The parallel edition: a rule between the columns, a shaded header.
    pub const PARALLEL: &str = "QostilParallel";
    /// A table without borders (titles side by side).
    pub const PLAIN: &str = "QostilPlain";
    /// A hyperlink.
    pub const LINK: &str = "Hyperlink";
}

/// What the styles depend on.
#[derive(Debug, Clone, Copy)]
pub struct StyleSet {
    /// The document's language: `w:lang` of the run defaults.
    pub lang: Lang,
    /// Body text size in points.
    pub size: f32,
}

fn half_points(pt: f32) -> String {
    ((pt * 2.0).round() as u32).to_string()
}

fn border_set(out: &mut String, sides: &[&str]) {
    out.push_str("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let v = if sides.contains(&side) {
            "single"
        } else {
            "nil"
        };
        let attrs: &[(&str, &str)] = if v == "nil" {
            &[("w:val", "nil")]
        } else {
            &[
                ("w:val", "single"),
                ("w:sz", "4"),
                ("w:space", "0"),
                ("w:color", "808080"),
            ]
        };
        xml::empty(out, &format!("w:{side}"), attrs);
    }
    out.push_str("</w:tblBorders>");
}

fn cell_margins(out: &mut String) {
    out.push_str(
        "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>",
    );
}

/// A paragraph style: `(id, name, based on, pPr, rPr)`.
fn para_style(
    out: &mut String,
    id: &str,
    name: &str,
    based_on: Option<&str>,
    ppr: &str,
    rpr: &str,
    extra: &str,
) {
    let default = if id == id::NORMAL {
        " w:default=\"1\""
    } else {
        ""
    };
    let _ = write!(
        out,
        "<w:style w:type=\"paragraph\"{default} w:styleId=\"{id}\">"
    );
    xml::val(out, "w:name", name);
    if let Some(b) = based_on {
        xml::val(out, "w:basedOn", b);
        xml::val(out, "w:next", id::NORMAL);
    }
    out.push_str(extra);
    out.push_str("<w:qFormat/>");
    if !ppr.is_empty() {
        let _ = write!(out, "<w:pPr>{ppr}</w:pPr>");
    }
    if !rpr.is_empty() {
        let _ = write!(out, "<w:rPr>{rpr}</w:rPr>");
    }
    out.push_str("</w:style>");
}

/// The styles part.
pub fn styles_xml(s: &StyleSet) -> String {
    let body = half_points(s.size);
    let small = half_points(s.size - 2.0);
    let title = half_points(s.size + 2.0);
    let h1 = half_points(s.size + 1.0);
    let mut out = String::from(DECL);
    let _ = write!(out, "<w:styles xmlns:w=\"{W_NS}\">");
    // Defaults: the font for every script, the size, the document's
    // language; single spacing, 6 pt after a paragraph.
    let _ = write!(
        out,
        "<w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\"/>\
         <w:sz w:val=\"{body}\"/><w:szCs w:val=\"{body}\"/>\
         <w:lang w:val=\"{}\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>\
         </w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
         </w:docDefaults>",
        lang_tag(s.lang)
    );
    para_style(
        &mut out,
        id::NORMAL,
        "Normal",
        None,
        "<w:widowControl/>",
        "",
        "",
    );
    para_style(
        &mut out,
        id::TITLE,
        "Title",
        Some(id::NORMAL),
        "<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before=\"0\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
        &format!("<w:b/><w:bCs/><w:sz w:val=\"{title}\"/><w:szCs w:val=\"{title}\"/>"),
        "",
    );
    para_style(
        &mut out,
        id::HEADING1,
        "heading 1",
        Some(id::NORMAL),
        "<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
        &format!("<w:b/><w:bCs/><w:sz w:val=\"{h1}\"/><w:szCs w:val=\"{h1}\"/>"),
        "<w:uiPriority w:val=\"9\"/>",
    );
    para_style(
        &mut out,
        id::HEADING2,
        "heading 2",
        Some(id::NORMAL),
        "<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before=\"120\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
        "<w:b/><w:bCs/>",
        "<w:uiPriority w:val=\"9\"/>",
    );
    for lang in Lang::ALL {
        let name = match lang {
            Lang::Kk => "Clause (kk)",
            Lang::Ru => "Clause (ru)",
        };
        para_style(
            &mut out,
            clause_style(lang),
            name,
            Some(id::NORMAL),
            "<w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>",
            &format!("<w:lang w:val=\"{}\"/>", lang_tag(lang)),
            "",
        );
    }
    para_style(
        &mut out,
        id::CELL,
        "Table Text",
        Some(id::NORMAL),
        "",
        "",
        "",
    );
    para_style(
        &mut out,
        id::HEADER,
        "header",
        Some(id::NORMAL),
        "<w:jc w:val=\"center\"/>",
        &format!("<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        "",
    );
    para_style(
        &mut out,
        id::FOOTER,
        "footer",
        Some(id::NORMAL),
        "<w:jc w:val=\"center\"/>",
        &format!("<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        "",
    );
    // Character styles.
    out.push_str(
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
    );
    let _ = write!(
        out,
        "<w:style w:type=\"character\" w:styleId=\"{}\"><w:name w:val=\"Hyperlink\"/>\
         <w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>\
         <w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>",
        id::LINK
    );
    // Table styles.
    out.push_str(
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>\
         <w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>\
         <w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style>",
    );
    let table = |out: &mut String, id: &str, name: &str, sides: &[&str], header: bool| {
        let _ = write!(
            out,
            "<w:style w:type=\"table\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>\
             <w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr>"
        );
        border_set(out, sides);
        cell_margins(out);
        out.push_str("</w:tblPr>");
        if header {
            out.push_str(
                "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>\
                 <w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDEDED\"/></w:tcPr></w:tblStylePr>",
            );
        }
        out.push_str("</w:style>");
    };
    table(
        &mut out,
        id::TABLE,
        "Qostil Table",
        &["top", "left", "bottom", "right", "insideH", "insideV"],
        true,
    );
    table(
        &mut out,
        id::PARALLEL,
        "Qostil Parallel",
        &["top", "bottom", "insideV"],
        true,
    );
    table(&mut out, id::PLAIN, "Qostil Plain", &[], false);
    out.push_str("</w:styles>");
    out
}
