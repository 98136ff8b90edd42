//! The main document part, written paragraph by paragraph: paragraphs and
//! runs (with tracked insertions and deletions for a redline), hyperlinks
//! and bookmarks, tables, fields, and the section properties of an A4
//! page.
//!
//! Properties are written in the schema's order: CT_PPr (pStyle,
//! keepNext, keepLines, numPr, tabs, spacing, ind, jc, rPr), CT_RPr
//! (rStyle, b, bCs, i, iCs, caps, lang), CT_TblPr (tblStyle, tblW, tblInd,
//! tblLayout, tblLook), CT_TrPr (cantSplit, tblHeader, then ins or del),
//! CT_SectPr (headerReference, footerReference, pgSz, pgMar, cols,
//! docGrid).

use super::package::{Relationship, REL_HYPERLINK};
use super::styles::{self, lang_tag};
use super::xml::{self, esc_into};
use crate::lang::Lang;
use crate::model::RichText;
use std::collections::HashSet;
use std::fmt::Write as _;

/// A4 portrait, in twentieths of a point.
pub const PAGE_W: u32 = 11906;
/// A4 height.
pub const PAGE_H: u32 = 16838;
/// Left margin: 25 mm, room to bind a signed contract.
pub const MARGIN_LEFT: u32 = 1418;
/// Right margin: 15 mm.
pub const MARGIN_RIGHT: u32 = 850;
/// Top and bottom margins: 20 mm.
pub const MARGIN_Y: u32 = 1134;
/// The width of the text.
pub const TEXT_W: u32 = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

/// A tracked change a run or a paragraph mark belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Track {
    /// Not a change.
    #[default]
    None,
    /// Inserted.
    Ins,
    /// Deleted.
    Del,
}

/// Who made the tracked changes, and when.
#[derive(Debug, Clone)]
pub struct Author {
    /// `w:author`.
    pub name: String,
    /// `w:date`, a W3C date-time; none keeps output reproducible.
    pub date: Option<String>,
}

/// How a paragraph looks.
#[derive(Debug, Clone, Default)]
pub struct Para<'a> {
    /// Paragraph style id.
    pub style: &'a str,
    /// Keep with the next paragraph.
    pub keep_next: bool,
    /// Start a new page.
    pub page_break_before: bool,
    /// Automatic number: list id and level.
    pub num: Option<(u32, usize)>,
    /// Right-aligned tab stop at this position.
    pub right_tab: Option<u32>,
    /// Space before and after, when not the style's.
    pub spacing: Option<(u32, u32)>,
    /// Left indent and hanging indent.
    pub ind: Option<(u32, u32)>,
    /// Alignment, when not the style's.
    pub jc: Option<&'a str>,
    /// The paragraph mark is inserted or deleted (a whole paragraph of a
    /// redline).
    pub mark: Track,
}

/// How a run looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunStyle {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Shown in capitals.
    pub caps: bool,
    /// Language, when not the document's.
    pub lang: Option<Lang>,
    /// A hyperlink's look.
    pub link: bool,
}

/// Writes the body of a document.
#[derive(Debug)]
pub struct Writer {
    out: String,
    /// The language of the document (its run defaults).
    pub lang: Lang,
    next_id: u32,
    bookmarks: HashSet<String>,
    /// Relationships of external hyperlinks (`rId` from 100 on).
    pub links: Vec<Relationship>,
    author: Option<Author>,
}

/// The bookmark name of a clause number (`c_4_2_1`): letters, digits and
/// underscores, as Word wants them.
pub fn bookmark_name(number: &str) -> String {
    let mut s = String::from("c_");
    s.extend(
        number
            .chars()
            .map(|c| if c.is_ascii_digit() { c } else { '_' }),
    );
    s
}

/// The bookmark of an anchor of the editions: `c-4.2` → `c_4_2`,
/// `a1-c-2.1` → `a1_c_2_1`, `appendix-1` → `appendix_1`.
pub fn anchor_bookmark(anchor: &str) -> String {
    match anchor.strip_prefix("c-") {
        Some(n) => bookmark_name(n),
        None => anchor
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect(),
    }
}

impl Writer {
    /// A writer for a document in `lang`; `author` for tracked changes.
    pub fn new(lang: Lang, author: Option<Author>) -> Writer {
        Writer {
            out: String::with_capacity(64 * 1024),
            lang,
            next_id: 1,
            bookmarks: HashSet::new(),
            links: Vec::new(),
            author,
        }
    }

    /// The language a run must name, if not the document's.
    pub fn run_lang(&self, lang: Lang) -> Option<Lang> {
        (lang != self.lang).then_some(lang)
    }

    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn change_attrs(&mut self) -> String {
        let id = self.id();
        let mut s = format!(" w:id=\"{id}\"");
        if let Some(a) = &self.author {
            s.push_str(" w:author=\"");
            esc_into(&mut s, &a.name);
            s.push('"');
            if let Some(d) = &a.date {
                s.push_str(" w:date=\"");
                esc_into(&mut s, d);
                s.push('"');
            }
        } else {
            s.push_str(" w:author=\"qostil\"");
        }
        s
    }

    /// Start a paragraph.
    pub fn p_start(&mut self, p: &Para<'_>) {
        self.out.push_str("<w:p><w:pPr>");
        if !p.style.is_empty() {
            xml::val(&mut self.out, "w:pStyle", p.style);
        }
        if p.keep_next {
            self.out.push_str("<w:keepNext/>");
        }
        if p.page_break_before {
            self.out.push_str("<w:pageBreakBefore/>");
        }
        if let Some((num, ilvl)) = p.num {
            let _ = write!(
                self.out,
                "<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
            );
        }
        if let Some(pos) = p.right_tab {
            let _ = write!(
                self.out,
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"{pos}\"/></w:tabs>"
            );
        }
        if let Some((before, after)) = p.spacing {
            let _ = write!(
                self.out,
                "<w:spacing w:before=\"{before}\" w:after=\"{after}\"/>"
            );
        }
        if let Some((left, hanging)) = p.ind {
            let _ = write!(
                self.out,
                "<w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/>"
            );
        }
        if let Some(jc) = p.jc {
            xml::val(&mut self.out, "w:jc", jc);
        }
        match p.mark {
            Track::None => {}
            Track::Ins => {
                let a = self.change_attrs();
                let _ = write!(self.out, "<w:rPr><w:ins{a}/></w:rPr>");
            }
            Track::Del => {
                let a = self.change_attrs();
                let _ = write!(self.out, "<w:rPr><w:del{a}/></w:rPr>");
            }
        }
        self.out.push_str("</w:pPr>");
    }

    /// End a paragraph.
    pub fn p_end(&mut self) {
        self.out.push_str("</w:p>");
    }

    /// A paragraph of plain text in one style.
    pub fn simple(&mut self, p: &Para<'_>, text: &str, rs: RunStyle) {
        self.p_start(p);
        self.run(text, rs, Track::None);
        self.p_end();
    }

    /// A run of text: line feeds become line breaks, tabs tabs.
    pub fn run(&mut self, text: &str, rs: RunStyle, track: Track) {
        if text.is_empty() {
            return;
        }
        let wrap = match track {
            Track::None => None,
            Track::Ins => Some("w:ins"),
            Track::Del => Some("w:del"),
        };
        if let Some(tag) = wrap {
            let a = self.change_attrs();
            let _ = write!(self.out, "<{tag}{a}>");
        }
        self.out.push_str("<w:r>");
        rpr(&mut self.out, rs);
        let t = if track == Track::Del {
            "w:delText"
        } else {
            "w:t"
        };
        let mut piece = String::new();
        let flush = |out: &mut String, piece: &mut String| {
            if !piece.is_empty() {
                let _ = write!(out, "<{t} xml:space=\"preserve\">");
                esc_into(out, piece);
                let _ = write!(out, "</{t}>");
                piece.clear();
            }
        };
        for c in text.chars() {
            match c {
                '\n' => {
                    flush(&mut self.out, &mut piece);
                    self.out.push_str("<w:br/>");
                }
                '\t' => {
                    flush(&mut self.out, &mut piece);
                    self.out.push_str("<w:tab/>");
                }
                '\r' => {}
                c => piece.push(c),
            }
        }
        flush(&mut self.out, &mut piece);
        self.out.push_str("</w:r>");
        if let Some(tag) = wrap {
            xml::close(&mut self.out, tag);
        }
    }

    /// Styled text of the model in `lang`: bold, italic, links to clauses
    /// (to their bookmarks) and to web addresses.
    pub fn rich(&mut self, rt: &RichText, lang: Lang, base: RunStyle) {
        for inline in &rt.0 {
            let rs = RunStyle {
                bold: base.bold || inline.bold,
                italic: base.italic || inline.italic,
                lang: self.run_lang(lang),
                ..base
            };
            match inline.link.as_deref().and_then(|l| self.link_attr(l)) {
                Some(attr) => {
                    let _ = write!(self.out, "<w:hyperlink {attr}>");
                    self.run(&inline.text, RunStyle { link: true, ..rs }, Track::None);
                    self.out.push_str("</w:hyperlink>");
                }
                None => self.run(&inline.text, rs, Track::None),
            }
        }
    }

    /// The attribute of a hyperlink to `target`: a bookmark for `#c-4.2`,
    /// a relationship for a web or mail address; `None` for anything else
    /// (the text is kept, unlinked).
    fn link_attr(&mut self, target: &str) -> Option<String> {
        if let Some(anchor) = target.strip_prefix('#') {
            let mut a = String::from("w:anchor=\"");
            esc_into(&mut a, &anchor_bookmark(anchor));
            a.push('"');
            return Some(a);
        }
        let lower = target.to_ascii_lowercase();
        if !(lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("mailto:"))
            || target.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return None;
        }
        let id = match self.links.iter().find(|r| r.target == target) {
            Some(r) => r.id.clone(),
            None => {
                let id = format!("rId{}", 100 + self.links.len());
                self.links.push(Relationship {
                    id: id.clone(),
                    kind: REL_HYPERLINK,
                    target: target.to_string(),
                    external: true,
                });
                id
            }
        };
        Some(format!("r:id=\"{id}\""))
    }

    /// Start a bookmark for the clause `number` (once per number, and not
    /// for a name longer than the 40 characters Word keeps): returns its
    /// id, to pass to [`Writer::bookmark_end`].
    pub fn bookmark_start(&mut self, number: &str) -> Option<u32> {
        self.bookmark_start_at(&format!("c-{number}"))
    }

    /// Start the bookmark of an anchor (`c-4.2`, `a1-c-2.1`, `appendix-1`);
    /// `None` when the name is taken or too long.
    pub fn bookmark_start_at(&mut self, anchor: &str) -> Option<u32> {
        let name = anchor_bookmark(anchor);
        if name.len() > 40 || !self.bookmarks.insert(name.clone()) {
            return None;
        }
        let id = self.id();
        let _ = write!(self.out, "<w:bookmarkStart w:id=\"{id}\" w:name=\"");
        esc_into(&mut self.out, &name);
        self.out.push_str("\"/>");
        Some(id)
    }

    /// End a bookmark.
    pub fn bookmark_end(&mut self, id: Option<u32>) {
        if let Some(id) = id {
            let _ = write!(self.out, "<w:bookmarkEnd w:id=\"{id}\"/>");
        }
    }

    /// Start a table of columns `widths` (twentieths of a point), indented
    /// by `indent`; `header` when its first row is a header row.
    pub fn table_start(&mut self, style: &str, widths: &[u32], indent: u32, header: bool) {
        let total: u32 = widths.iter().sum();
        self.out.push_str("<w:tbl><w:tblPr>");
        xml::val(&mut self.out, "w:tblStyle", style);
        let _ = write!(self.out, "<w:tblW w:w=\"{total}\" w:type=\"dxa\"/>");
        if indent > 0 {
            let _ = write!(self.out, "<w:tblInd w:w=\"{indent}\" w:type=\"dxa\"/>");
        }
        self.out.push_str("<w:tblLayout w:type=\"fixed\"/>");
        // The look as a bit mask (first row 0x20, no banding 0x600): the
        // attribute form came with Word 2010 and is not in the 2007 schema.
        let look = if header { "0620" } else { "0600" };
        let _ = write!(
            self.out,
            "<w:tblLook w:val=\"{look}\"/></w:tblPr><w:tblGrid>"
        );
        for w in widths {
            let _ = write!(self.out, "<w:gridCol w:w=\"{w}\"/>");
        }
        self.out.push_str("</w:tblGrid>");
    }

    /// End a table.
    pub fn table_end(&mut self) {
        self.out.push_str("</w:tbl>");
    }

    /// Start a row: a header row repeats at the top of each page; a row
    /// may be a tracked insertion or deletion.
    pub fn row_start(&mut self, header: bool, track: Track) {
        self.out.push_str("<w:tr>");
        if header || track != Track::None {
            self.out.push_str("<w:trPr>");
            if header {
                self.out.push_str("<w:cantSplit/><w:tblHeader/>");
            } else {
                // The schema wants a row property before the change mark.
                self.out.push_str("<w:cantSplit w:val=\"off\"/>");
            }
            match track {
                Track::None => {}
                Track::Ins => {
                    let a = self.change_attrs();
                    let _ = write!(self.out, "<w:ins{a}/>");
                }
                Track::Del => {
                    let a = self.change_attrs();
                    let _ = write!(self.out, "<w:del{a}/>");
                }
            }
            self.out.push_str("</w:trPr>");
        }
    }

    /// Start a row that is never split across pages.
    pub fn row_start_whole(&mut self) {
        self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    }

    /// End a row.
    pub fn row_end(&mut self) {
        self.out.push_str("</w:tr>");
    }

    /// Start a cell `width` wide.
    pub fn cell_start(&mut self, width: u32) {
        let _ = write!(
            self.out,
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"
        );
    }

    /// End a cell (after at least one paragraph: the schema wants one
    /// last).
    pub fn cell_end(&mut self) {
        self.out.push_str("</w:tc>");
    }

    /// An empty paragraph (a cell with nothing, a gap between two tables).
    pub fn empty_paragraph(&mut self, style: &str) {
        self.p_start(&Para {
            style,
            ..Para::default()
        });
        self.p_end();
    }

    /// A simple field (`PAGE`, `NUMPAGES`) with its last value.
    pub fn field(&mut self, instr: &str, shown: &str, rs: RunStyle) {
        let _ = write!(self.out, "<w:fldSimple w:instr=\" {instr} \">");
        self.run(shown, rs, Track::None);
        self.out.push_str("</w:fldSimple>");
    }

    /// Raw XML written so far.
    pub fn xml(&self) -> &str {
        &self.out
    }

    /// Take the XML written so far, leaving the writer empty (its ids and
    /// bookmarks go on).
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.out)
    }
}

/// Run properties in the schema's order.
fn rpr(out: &mut String, rs: RunStyle) {
    if !(rs.bold || rs.italic || rs.caps || rs.link || rs.lang.is_some()) {
        return;
    }
    out.push_str("<w:rPr>");
    if rs.link {
        xml::val(out, "w:rStyle", styles::id::LINK);
    }
    if rs.bold {
        out.push_str("<w:b/><w:bCs/>");
    }
    if rs.italic {
        out.push_str("<w:i/><w:iCs/>");
    }
    if rs.caps {
        out.push_str("<w:caps/>");
    }
    if let Some(l) = rs.lang {
        xml::val(out, "w:lang", lang_tag(l));
    }
    out.push_str("</w:rPr>");
}

/// The section properties of an A4 page with the header and footer.
pub fn sect_pr(header_rel: &str, footer_rel: &str) -> String {
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{header_rel}\"/>\
         <w:footerReference w:type=\"default\" r:id=\"{footer_rel}\"/>\
         <w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN_Y}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_Y}\" w:left=\"{MARGIN_LEFT}\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         <w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>"
    )
}
