//! Reading DOCX files (Word, LibreOffice, pandoc and the rest of Office
//! Open XML) into [`Piece`]s.
//!
//! The file is a ZIP package ([`package`]): the main document part, found
//! through the package relationships, its styles and its list
//! definitions. The reader walks the body in reading order ([`body`]):
//! paragraphs, and tables row by row, cell by cell. What a piece holds is
//! what Word shows in its accepted view: the text of the runs (fields by
//! their result), and the label Word's automatic numbering puts before the
//! paragraph, resolved as Word counts ([`numbering`]: `1.1.`, `5.5.1.`,
//! `а)`); a bullet is no label, its glyph stays before the text (`– …`).
//! A nested list item whose label shows only its own level (`2.` under
//! `9.`, as pandoc and many editors write nested lists) is labelled with
//! its full number (`9.2.`), the number references to it use.
//!
//! **Locations.** A piece's `line` is the 1-based index of its paragraph
//! in reading order, counting every paragraph of the body, including each
//! paragraph inside a table cell (row by row, left to right) and empty
//! ones; a finding `offer.docx:37` points at the 37th paragraph so
//! counted. A table row read as one piece takes the line of its first
//! paragraph.
//!
//! **Tables.** A table whose columns are one language each (decided over
//! the words of each whole column, [`crate::lang::log_odds`]; usually
//! Kazakh left, Russian right, but the words decide) gives each cell's
//! paragraphs as pieces of that column's language; a column without
//! language evidence (clause numbers) labels the cells of its row. Other
//! tables give a piece per row, its cells joined by tabs, without a
//! language; a row with one cell of text gives that cell's paragraphs.
//! When such tables hold most of the text, every other paragraph gets the
//! language its words show, or goes to both languages when they do not
//! tell (a bilingual title); when they do not (a requisites table after a
//! text of both languages), the structure reader decides the languages,
//! and each such table is given to it column after column.
//!
//! **Tracked changes.** Each unaccepted change (an insertion, a deletion, a
//! move) is reported in [`Extracted::revisions`], with its author and the
//! language of its column.
//!
//! **Limits.** The package may unpack to at most
//! [`crate::source::input::max_input_bytes`] bytes in all; a damaged
//! package, a missing main part or a part that is not well-formed XML is
//! an error naming the file. A Word 97–2003 file (or an encrypted one) is
//! told apart and refused with advice. Nothing here panics.

mod body;
mod numbering;
mod package;
mod styles;

use crate::diag::{num, Diagnostic, Result};
use crate::lang::{self, Lang};
use crate::messages::{Message, Msg};
use crate::model::{Revision, SharedNumbering};
use crate::source::piece::{Extracted, Piece};
use body::{Block, Para, Table, Walker};
use numbering::{Definitions, Label, Resolver};
use package::{damaged, Package};
use std::collections::{BTreeMap, BTreeSet};
use styles::Styles;

/// The signature of an OLE compound file: a Word 97–2003 document, or an
/// encrypted Office document.
const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

/// True when `bytes` are an OLE compound file (`.doc`, or an encrypted
/// `.docx`).
pub fn is_legacy(bytes: &[u8]) -> bool {
    bytes.starts_with(OLE)
}

/// Read a DOCX file.
pub fn read(bytes: &[u8], file: &str) -> Result<Extracted> {
    let (mut blocks, resolver) = load(bytes, file)?;
    // Language columns one list numbers in turn are read numbered each on
    // its own, as their author meant; the defect is reported.
    let mut shared = Vec::new();
    if any_shared(&blocks, &resolver) {
        relabel(&mut blocks, &mut resolver.restarted(), 0, &mut shared);
    }
    let mut x = assemble(&blocks);
    x.shared_numbering = shared;
    Ok(x)
}

/// A paragraph as Word shows it, with its place in the document: for
/// tests and tools comparing against what Word displays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// `body`, or `rRcC` (0-based row and cell of the innermost table).
    pub place: String,
    /// Its location (see the module doc).
    pub line: u32,
    /// The label Word shows before it: a number, or a bullet's glyph.
    pub label: Option<String>,
    /// The label is a bullet.
    pub bullet: bool,
    /// Its text.
    pub text: String,
    /// Its style makes it a heading.
    pub heading: bool,
}

/// Every paragraph of a DOCX file in reading order, labelled as Word
/// shows it.
pub fn paragraphs(bytes: &[u8], file: &str) -> Result<Vec<Paragraph>> {
    let (blocks, _) = load(bytes, file)?;
    let mut out = Vec::new();
    flatten(&blocks, "body", &mut out);
    Ok(out)
}

fn flatten(blocks: &[Block], place: &str, out: &mut Vec<Paragraph>) {
    for b in blocks {
        match b {
            Block::Para(p) => {
                let (label, bullet) = match &p.label {
                    Some(Label::Number { shown, .. }) => (Some(shown.clone()), false),
                    Some(Label::Bullet(g)) => (Some(g.clone()), true),
                    None => (None, false),
                };
                out.push(Paragraph {
                    place: place.to_string(),
                    line: p.line,
                    label,
                    bullet,
                    text: p.text.clone(),
                    heading: p.heading,
                });
            }
            Block::Table(t) => {
                for (r, row) in t.rows.iter().enumerate() {
                    for (c, cell) in row.iter().enumerate() {
                        flatten(&cell.blocks, &format!("r{r}c{c}"), out);
                    }
                }
            }
        }
    }
}

/// Parse one XML part, naming it and the position of the fault when it is
/// not well-formed (DTDs refused: no entity expansion).
fn parse_xml<'i>(text: &'i str, part: &str, file: &str) -> Result<roxmltree::Document<'i>> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, opts).map_err(|e| {
        let pos = e.pos();
        damaged(
            file,
            Message::new(Msg::SrcDocxXml)
                .with("part", part)
                .with("line", num(pos.row))
                .with("column", num(pos.col)),
        )
    })
}

/// Read the package into blocks numbered as Word shows them, with the
/// lists that numbered them.
fn load(bytes: &[u8], file: &str) -> Result<(Vec<Block>, Resolver)> {
    if is_legacy(bytes) {
        return Err(Diagnostic::file(file, Msg::SrcDocxLegacy)
            .help(Msg::SrcDocxSaveAs)
            .into());
    }
    let mut pkg = Package::open(bytes, file, crate::source::input::max_input_bytes())?;
    let main = pkg.main_part()?;
    let Some(doc_text) = pkg.text(&main)? else {
        return Err(damaged(file, Message::new(Msg::SrcDocxNoDocument)));
    };
    let styles = match pkg.related(&main, "/styles")? {
        Some(name) => match pkg.text(&name)? {
            Some(t) => Styles::parse(parse_xml(&t, &name, file)?.root_element()),
            None => Styles::default(),
        },
        None => Styles::default(),
    };
    let mut defs = match pkg.related(&main, "/numbering")? {
        Some(name) => match pkg.text(&name)? {
            Some(t) => Definitions::parse(parse_xml(&t, &name, file)?.root_element()),
            None => Definitions::default(),
        },
        None => Definitions::default(),
    };
    defs.style_nums = styles.numbering.clone();
    let doc = parse_xml(&doc_text, &main, file)?;
    let Some(body) = doc
        .root_element()
        .children()
        .find(|n| numbering::is(*n, "body"))
    else {
        return Err(damaged(file, Message::new(Msg::SrcDocxNoDocument)));
    };
    let mut walker = Walker::new(&styles, Resolver::new(defs), body);
    let blocks = walker.blocks(body, None, 0);
    Ok((blocks, walker.into_resolver()))
}

// ------------------------------------------------------- shared lists

/// The abstract lists numbering the paragraphs of column `col` of a table
/// with numbers (bullets count nothing).
fn column_lists(t: &Table, col: usize, r: &Resolver) -> BTreeSet<i64> {
    t.rows
        .iter()
        .flatten()
        .filter(|c| c.col == col && c.span == 1)
        .flat_map(|c| c.blocks.iter())
        .filter_map(|b| match b {
            Block::Para(p) if matches!(p.label, Some(Label::Number { .. })) => p.list,
            _ => None,
        })
        .filter_map(|(num, _)| r.abstract_of(num))
        .collect()
}

/// The Kazakh and Russian columns of a table, when one list numbers
/// paragraphs of both: Word then counts across the columns in turn
/// (`1.1.` left, `1.2.` right, `1.3.` on the next row left…).
fn shared_columns(t: &Table, r: &Resolver) -> Option<(usize, usize)> {
    let (kk, ru) = language_columns(t)?;
    let a = column_lists(t, kk, r);
    (!a.is_empty() && !a.is_disjoint(&column_lists(t, ru, r))).then_some((kk, ru))
}

fn any_shared(blocks: &[Block], r: &Resolver) -> bool {
    blocks.iter().any(|b| match b {
        Block::Para(_) => false,
        Block::Table(t) => {
            shared_columns(t, r).is_some()
                || t.rows.iter().flatten().any(|c| any_shared(&c.blocks, r))
        }
    })
}

/// The first numbered paragraph of a cell, with the number Word shows.
fn first_numbered(blocks: &[Block]) -> Option<SharedNumbering> {
    blocks.iter().find_map(|b| match b {
        Block::Para(Para {
            label: Some(Label::Number { shown, .. }),
            line,
            text,
            ..
        }) => Some(SharedNumbering {
            line: *line,
            shown: shown.clone(),
            text: text.clone(),
        }),
        _ => None,
    })
}

/// Number the paragraphs again in reading order, the Russian column of
/// every table whose language columns share a list counting in a lane of
/// its own, so each language is numbered as if its column had its own
/// list; the first row where both columns show a number of the shared
/// list, as Word shows them, goes to `found`.
fn relabel(
    blocks: &mut [Block],
    r: &mut Resolver,
    lane: u8,
    found: &mut Vec<(Lang, SharedNumbering)>,
) {
    for b in blocks {
        match b {
            Block::Para(p) => {
                if let Some((num, lvl)) = p.list {
                    p.label = r.next_in(num, lvl, lane);
                }
            }
            Block::Table(t) => {
                let cols = shared_columns(t, r);
                if let Some((kk, ru)) = cols {
                    let first = t.rows.iter().find_map(|row| {
                        let cell = |col| row.iter().find(|c| c.col == col && c.span == 1);
                        let k = first_numbered(&cell(kk)?.blocks)?;
                        let u = first_numbered(&cell(ru)?.blocks)?;
                        Some((k, u))
                    });
                    if let Some((k, u)) = first {
                        found.push((Lang::Kk, k));
                        found.push((Lang::Ru, u));
                    }
                }
                for c in t.rows.iter_mut().flatten() {
                    let lane = match cols {
                        Some((_, ru)) if c.col == ru => 1,
                        _ => lane,
                    };
                    relabel(&mut c.blocks, r, lane, found);
                }
            }
        }
    }
}

// ------------------------------------------------------------ pieces

/// The text a bullet leaves before its paragraph: a dash or a bullet the
/// structure reader knows as an item mark.
fn bullet_mark(glyph: &str) -> &'static str {
    match glyph {
        "–" | "—" | "-" | "−" => "–",
        _ => "•",
    }
}

/// A paragraph as a piece.
fn piece(p: &Para, lang: Option<Lang>) -> Piece {
    let (label, text) = match &p.label {
        Some(Label::Number { shown, path }) => {
            (Some(path.as_ref().unwrap_or(shown).clone()), p.text.clone())
        }
        Some(Label::Bullet(g)) => (None, format!("{} {}", bullet_mark(g), p.text)),
        None => (None, p.text.clone()),
    };
    Piece {
        text,
        line: p.line,
        lang,
        label,
        heading: p.heading,
    }
}

/// The text of a paragraph with its label, as one line of a row.
fn shown(p: &Para) -> String {
    let pc = piece(p, None);
    match pc.label {
        Some(l) => format!("{l} {}", pc.text),
        None => pc.text,
    }
}

/// All the text of some blocks, paragraphs joined by spaces.
fn text_of(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        let t = match b {
            Block::Para(p) => shown(p),
            Block::Table(t) => t
                .rows
                .iter()
                .flatten()
                .map(|c| text_of(&c.blocks))
                .collect::<Vec<_>>()
                .join(" "),
        };
        if !t.trim().is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t.trim());
        }
    }
    out
}

/// The first paragraph line of some blocks.
fn first_line(blocks: &[Block]) -> Option<u32> {
    blocks.iter().find_map(|b| match b {
        Block::Para(p) => Some(p.line),
        Block::Table(t) => t.rows.iter().flatten().find_map(|c| first_line(&c.blocks)),
    })
}

#[derive(Default)]
struct Out {
    pieces: Vec<Piece>,
    revisions: Vec<Revision>,
    /// The pieces of each table whose columns are one language each.
    split: Vec<std::ops::Range<usize>>,
}

impl Out {
    fn para(&mut self, p: &Para, lang: Option<Lang>) {
        for r in &p.revisions {
            let text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                continue;
            }
            self.revisions.push(Revision {
                kind: r.kind,
                line: r.line,
                text,
                author: r.author.clone(),
                lang,
            });
        }
        let pc = piece(p, lang);
        if pc.text.trim().is_empty() && pc.label.is_none() {
            return;
        }
        self.pieces.push(pc);
    }

    /// Blocks outside any language column.
    fn blocks(&mut self, blocks: &[Block], lang: Option<Lang>) {
        for b in blocks {
            match b {
                Block::Para(p) => self.para(p, lang),
                Block::Table(t) => self.table(t, lang),
            }
        }
    }

    fn table(&mut self, t: &Table, lang: Option<Lang>) {
        if lang.is_none() {
            if let Some((kk, ru)) = language_columns(t) {
                self.split_table(t, kk, ru);
                return;
            }
        }
        for row in &t.rows {
            let full: Vec<&body::Cell> = row
                .iter()
                .filter(|c| !text_of(&c.blocks).is_empty())
                .collect();
            if full.len() <= 1 {
                for c in row {
                    if full.iter().any(|f| std::ptr::eq(*f, c)) {
                        self.blocks(&c.blocks, lang);
                    } else {
                        self.revisions_of(&c.blocks, lang);
                    }
                }
                continue;
            }
            // Revisions of the row's paragraphs.
            let mut texts = Vec::new();
            for c in row {
                self.revisions_of(&c.blocks, lang);
                texts.push(text_of(&c.blocks));
            }
            let Some(line) = row.iter().find_map(|c| first_line(&c.blocks)) else {
                continue;
            };
            self.pieces.push(Piece {
                text: texts.join("\t"),
                line,
                lang,
                label: None,
                heading: false,
            });
        }
    }

    fn revisions_of(&mut self, blocks: &[Block], lang: Option<Lang>) {
        for b in blocks {
            match b {
                Block::Para(p) => {
                    let mut only = p.clone();
                    only.text.clear();
                    only.label = None;
                    self.para(&only, lang);
                }
                Block::Table(t) => {
                    for c in t.rows.iter().flatten() {
                        self.revisions_of(&c.blocks, lang);
                    }
                }
            }
        }
    }

    /// A table whose column `kk` is Kazakh and `ru` Russian.
    fn split_table(&mut self, t: &Table, kk: usize, ru: usize) {
        let from = self.pieces.len();
        self.split_rows(t, kk, ru);
        self.split.push(from..self.pieces.len());
    }

    fn split_rows(&mut self, t: &Table, kk: usize, ru: usize) {
        let (lo, hi) = (kk.min(ru), kk.max(ru));
        for row in &t.rows {
            // Cells of the other columns: clause numbers and the like,
            // shared by both languages.
            let mut before = Vec::new();
            let mut after = Vec::new();
            for c in row {
                let spans_both = c.col <= lo && c.col + c.span > hi;
                let in_lang = c.col == kk || c.col == ru;
                if !spans_both && !in_lang {
                    let text = text_of(&c.blocks);
                    if !text.is_empty() {
                        if c.col < lo {
                            before.push(text);
                        } else {
                            after.push(text);
                        }
                    }
                }
            }
            for c in row {
                let spans_both = c.col <= lo && c.col + c.span > hi;
                let lang = if spans_both {
                    None
                } else if c.col == kk {
                    Some(Lang::Kk)
                } else if c.col == ru {
                    Some(Lang::Ru)
                } else {
                    continue;
                };
                let start = self.pieces.len();
                self.blocks(&c.blocks, lang);
                if lang.is_none() {
                    continue;
                }
                let mut cell = self.pieces[start..].iter_mut();
                if !before.is_empty() {
                    if let Some(first) = cell.next() {
                        let prefix = before.join(" ");
                        match &first.label {
                            None => first.label = Some(prefix),
                            Some(_) => first.text = format!("{prefix} {}", first.text),
                        }
                    }
                }
                if !after.is_empty() {
                    if let Some(last) = self.pieces[start..].last_mut() {
                        last.text.push(' ');
                        last.text.push_str(&after.join(" "));
                    }
                }
            }
        }
    }
}

/// The Kazakh and the Russian column of a table whose columns are one
/// language each: of the columns' words, one column's say Kazakh and
/// another's Russian with confidence, and no other column's say either.
fn language_columns(t: &Table) -> Option<(usize, usize)> {
    let mut cols: BTreeMap<usize, String> = BTreeMap::new();
    for c in t.rows.iter().flatten().filter(|c| c.span == 1) {
        let text = text_of(&c.blocks);
        if !text.is_empty() {
            let col = cols.entry(c.col).or_default();
            col.push_str(&text);
            col.push('\n');
        }
    }
    if cols.len() < 2 {
        return None;
    }
    let odds: Vec<(usize, f32)> = cols.iter().map(|(c, t)| (*c, lang::log_odds(t))).collect();
    let (kk, kk_odds) = odds.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1))?;
    let (ru, ru_odds) = odds.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1))?;
    if kk == ru || kk_odds < lang::CONFIDENT || ru_odds > -lang::CONFIDENT {
        return None;
    }
    let neutral = odds
        .iter()
        .filter(|(c, _)| *c != kk && *c != ru)
        .all(|(_, o)| o.abs() < lang::CONFIDENT);
    neutral.then_some((kk, ru))
}

/// Share of the text that must come from language columns for the rest of
/// the document to be given languages too.
const COLUMNS_DOMINATE: f64 = 0.6;

/// The pieces and revisions of a document's blocks.
fn assemble(blocks: &[Block]) -> Extracted {
    let mut out = Out::default();
    out.blocks(blocks, None);
    let chars = |p: &Piece| p.text.chars().filter(|c| c.is_alphabetic()).count() as f64;
    let total: f64 = out.pieces.iter().map(chars).sum();
    let in_columns: f64 = out
        .pieces
        .iter()
        .filter(|p| p.lang.is_some())
        .map(chars)
        .sum();
    let hinted = out.pieces.iter().any(|p| p.lang.is_some());
    if hinted && in_columns >= COLUMNS_DOMINATE * total && in_columns < total {
        // The layout gives the languages: each other piece its words' own,
        // or both when they do not tell.
        let mut pieces = Vec::with_capacity(out.pieces.len() + 8);
        for mut p in out.pieces {
            if p.lang.is_some() {
                pieces.push(p);
                continue;
            }
            match lang::confident(&p.text) {
                Some(l) => {
                    p.lang = Some(l);
                    pieces.push(p);
                }
                None => {
                    let mut other = p.clone();
                    p.lang = Some(Lang::Kk);
                    other.lang = Some(Lang::Ru);
                    pieces.push(p);
                    pieces.push(other);
                }
            }
        }
        out.pieces = pieces;
    } else if hinted {
        // The text around the tables decides the languages: each table
        // column is read as a block of its own, not cell by cell in turn.
        for r in &out.split {
            if let Some(run) = out.pieces.get_mut(r.clone()) {
                run.sort_by_key(|p| match p.lang {
                    None => 0,
                    Some(Lang::Kk) => 1,
                    Some(Lang::Ru) => 2,
                });
            }
        }
    }
    Extracted {
        pieces: out.pieces,
        revisions: out.revisions,
        shared_numbering: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RevisionKind;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    /// The blocks of a body, with styles and lists.
    fn blocks(body: &str, styles: &str, numbering: &str) -> Vec<Block> {
        let s = format!("<w:styles {NS}>{styles}</w:styles>");
        let n = format!("<w:numbering {NS}>{numbering}</w:numbering>");
        let d = format!("<w:document {NS}><w:body>{body}</w:body></w:document>");
        let (s, n, d) = (
            roxmltree::Document::parse(&s).unwrap(),
            roxmltree::Document::parse(&n).unwrap(),
            roxmltree::Document::parse(&d).unwrap(),
        );
        let styles = Styles::parse(s.root_element());
        let mut defs = Definitions::parse(n.root_element());
        defs.style_nums = styles.numbering.clone();
        let body = d.root_element().first_element_child().unwrap();
        Walker::new(&styles, Resolver::new(defs), body).blocks(body, None, 0)
    }

    fn texts(b: &[Block]) -> Vec<String> {
        let mut out = Vec::new();
        flatten(b, "body", &mut out);
        out.into_iter()
            .map(|p| match p.label {
                Some(l) => format!("{l} {}", p.text),
                None => p.text,
            })
            .collect()
    }

    fn r(t: &str) -> String {
        format!(r#"<w:r><w:t xml:space="preserve">{t}</w:t></w:r>"#)
    }

    #[test]
    fn fields_show_their_result_and_containers_their_runs() {
        let body = format!(
            "<w:p>{}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
             <w:r><w:instrText> REF _Ref1 \\r \\h </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>{}</w:p>\
             <w:p><w:hyperlink><w:smartTag>{}</w:smartTag></w:hyperlink>\
             <w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>\
             <w:fldSimple w:instr=\" PAGE \">{}</w:fldSimple>\
             <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r></w:p>\
             <w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o</w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}</w:p>\
             <w:p>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>{}</w:p>",
            r("п. "),
            r("4.2"),
            r(" Договора"),
            r("сайт"),
            r(" и форма"),
            r(" 7"),
            r("1. Жалпы ережелер 3"),
            r("2. Пән 4"),
            r("Текст после оглавления"),
        );
        let b = blocks(&body, "", "");
        assert_eq!(
            texts(&b),
            [
                "п. 4.2 Договора",
                "сайт и форма 7",
                "",
                "Текст после оглавления"
            ]
        );
    }

    #[test]
    fn tracked_changes_are_accepted_and_reported() {
        let body = format!(
            "<w:p>{}<w:del w:author=\"А\"><w:r><w:delText>3</w:delText></w:r></w:del>\
             <w:ins w:author=\"А\">{}</w:ins>{}</w:p>\
             <w:p><w:moveFrom w:author=\"Б\">{}</w:moveFrom>{}</w:p>\
             <w:p><w:pPr><w:rPr><w:del w:author=\"В\"/></w:rPr></w:pPr>{}</w:p>\
             <w:p><w:moveTo w:author=\"Б\">{}</w:moveTo>{}</w:p>\
             <w:tbl><w:tr><w:trPr><w:del w:author=\"Г\"/></w:trPr><w:tc><w:p>{}</w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>",
            r("Срок: "),
            r("5"),
            r(" дней."),
            r("Перенесённое. "),
            r("Остаток."),
            r("Начало абзаца, "),
            r("Перенесённое. "),
            r("продолжение."),
            r("Удалённая строка"),
            r("Оставшаяся строка"),
        );
        let b = blocks(&body, "", "");
        assert_eq!(
            texts(&b),
            [
                "Срок: 5 дней.",
                "Остаток.",
                "Начало абзаца, Перенесённое. продолжение.",
                "",
                "Оставшаяся строка"
            ]
        );
        let x = assemble(&b);
        let revs: Vec<(RevisionKind, &str, Option<&str>, u32)> = x
            .revisions
            .iter()
            .map(|r| (r.kind, r.text.as_str(), r.author.as_deref(), r.line))
            .collect();
        assert_eq!(
            revs,
            [
                (RevisionKind::Deleted, "3", Some("А"), 1),
                (RevisionKind::Inserted, "5", Some("А"), 1),
                (RevisionKind::Moved, "Перенесённое.", Some("Б"), 4),
                (RevisionKind::Deleted, "Удалённая строка", Some("Г"), 5),
            ]
        );
    }

    #[test]
    fn numbering_from_styles_direct_properties_and_num_id_zero() {
        let styles = r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="C"><w:name w:val="Clause"/><w:basedOn w:val="H"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>"#;
        let numbering = r#"<w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlText w:val="%1.%2."/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
        let p = |style: &str, numpr: &str, t: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{numpr}</w:pPr>{}</w:p>"#,
                r(t)
            )
        };
        let body = [
            p("H", "", "Предмет"),
            p("C", "", "Исполнитель оказывает услуги."),
            p(
                "C",
                r#"<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>"#,
                "консультации;",
            ),
            p(
                "C",
                r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>"#,
                "Продолжение без номера.",
            ),
            p("C", "", "Заказчик платит."),
            p("Normal", "", "Текст."),
        ]
        .concat();
        let b = blocks(&body, styles, numbering);
        assert_eq!(
            texts(&b),
            [
                "1. Предмет",
                "1.1. Исполнитель оказывает услуги.",
                "а) консультации;",
                "Продолжение без номера.",
                "1.2. Заказчик платит.",
                "Текст."
            ]
        );
        let x = assemble(&b);
        assert!(x.pieces[0].heading && x.pieces[1].heading && !x.pieces[5].heading);
    }

    #[test]
    fn a_bilingual_table_gives_each_column_its_language_and_a_number_column_labels_both() {
        let row = |n: &str, kk: &str, ru: &str| {
            format!(
                "<w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr>",
                r(n),
                r(ru),
                r(kk)
            )
        };
        let body = format!(
            "<w:p>{}</w:p><w:tbl>{}{}</w:tbl>",
            r("Шарт / Договор"),
            row(
                "1.1.",
                "Орындаушы Тапсырыс берушіге қызмет көрсетуге міндеттенеді.",
                "Исполнитель обязуется оказать Заказчику услуги."
            ),
            row(
                "1.2.",
                "Тапсырыс беруші қызметтерге ақы төлеуге міндеттенеді.",
                "Заказчик обязуется оплатить услуги."
            ),
        );
        let x = assemble(&blocks(&body, "", ""));
        let got: Vec<(Option<Lang>, Option<&str>, String)> = x
            .pieces
            .iter()
            .map(|p| (p.lang, p.label.as_deref(), p.text.chars().take(6).collect()))
            .collect();
        // Russian in the middle column, Kazakh right: the words decide.
        assert_eq!(got[0].0, Some(Lang::Kk));
        assert_eq!(got[1].0, Some(Lang::Ru));
        assert_eq!(got[2], (Some(Lang::Ru), Some("1.1."), "Исполн".to_string()));
        assert_eq!(got[3].0, Some(Lang::Kk));
        assert_eq!(got[3].1, Some("1.1."));
        assert_eq!(x.pieces.len(), 6);
    }

    #[test]
    fn a_bilingual_table_in_a_longer_bilingual_text_is_given_column_by_column() {
        let kk = "Орындаушы Тапсырыс берушіге заң мәселелері бойынша кеңес беру қызметін көрсетуге міндеттенеді, ал Тапсырыс беруші осы қызметтерге ақы төлеуге міндеттенеді.";
        let ru = "Исполнитель обязуется оказать Заказчику консультационные услуги по правовым вопросам, а Заказчик обязуется оплатить эти услуги.";
        let mut body = String::new();
        for _ in 0..4 {
            body.push_str(&format!("<w:p>{}</w:p><w:p>{}</w:p>", r(kk), r(ru)));
        }
        body.push_str(&format!(
            "<w:tbl><w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>",
            r("Орындаушы: «Кеңесші» ЖШС, мекенжайы Алматы қаласы"),
            r("Исполнитель: ТОО «Кеңесші», адрес город Алматы"),
            r("Тапсырыс беруші: жеке тұлға, мекенжайы Астана қаласы"),
            r("Заказчик: физическое лицо, адрес город Астана"),
        ));
        let x = assemble(&blocks(&body, "", ""));
        let tail: Vec<(Option<Lang>, u32)> =
            x.pieces[8..].iter().map(|p| (p.lang, p.line)).collect();
        assert_eq!(
            tail,
            [
                (Some(Lang::Kk), 9),
                (Some(Lang::Kk), 11),
                (Some(Lang::Ru), 10),
                (Some(Lang::Ru), 12)
            ]
        );
        assert!(x.pieces[..8].iter().all(|p| p.lang.is_none()));
    }

    #[test]
    fn a_typed_number_under_an_automatic_one_is_kept_as_word_shows_both() {
        let numbering = r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/>
              <w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
        let body = format!(
            r#"<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>{}</w:p>"#,
            r("3. Оплата услуг")
        );
        let x = assemble(&blocks(&body, "", numbering));
        assert_eq!(x.pieces[0].label.as_deref(), Some("3."));
        assert_eq!(x.pieces[0].text, "3. Оплата услуг");
    }

    #[test]
    fn a_table_of_one_language_gives_rows() {
        let body = format!(
            "<w:tbl><w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>",
            r("Тариф"),
            r("149 000 тенге")
        );
        let x = assemble(&blocks(&body, "", ""));
        assert_eq!(x.pieces.len(), 1);
        assert_eq!(x.pieces[0].text, "Тариф\t149 000 тенге");
        assert_eq!(x.pieces[0].lang, None);
    }
}
