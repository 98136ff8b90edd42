//! Reading PDF files with a text layer into [`super::piece::Piece`]s.
//!
//! A PDF holds no paragraphs and no columns, only glyphs at positions, so
//! the reader rebuilds them from the geometry of each page:
//! 1. [`glyphs`]: every glyph of a page with its box (hayro interprets the
//!    content; `/ActualText` replaces the glyphs it covers);
//! 2. [`lines`]: glyphs on one baseline make a row, gaps make spaces;
//!    running headers, footers and page numbers are dropped;
//! 3. [`columns`]: a page whose rows leave an empty vertical band near its
//!    centre is two columns; each column's language is decided per page
//!    from its words, so a Kazakh column left and a Russian one right (or
//!    the other way round, or changing from page to page) read alike, and a
//!    table of two language columns (a parallel edition printed from a
//!    browser or a word processor) reads the same way;
//! 4. [`lines::paragraphs`]: a column's lines, followed from page to page
//!    (a clause goes on in the same language's column of the next page),
//!    are joined into paragraphs: a new one at a clause number, after more
//!    space than between lines, or after a line that ends short; a word the
//!    producer hyphenated at a line end is joined again.
//!
//! Each paragraph is a piece whose `line` is the 1-based **page** it starts
//! on: findings in a PDF point to pages. A piece's `lang` is set when its
//! page has two columns in different languages; the pieces of a PDF in one
//! column leave it unset, and the structure reader tells the languages
//! apart from the words.
//!
//! A PDF without a text layer (a scan), with fonts that do not map glyphs
//! to letters, protected by a password or damaged is an error naming the
//! file, never a panic. Work is capped: the input size
//! ([`crate::source::input::max_input_bytes`]) bounds the text kept, at most
//! [`MAX_PAGES`] pages are read, and a page drawing more than
//! [`glyphs::MAX_GLYPHS_PER_PAGE`] glyphs is refused.

pub mod columns;
pub mod glyphs;
pub mod lines;
pub mod tables;

use crate::diag::{num, Diagnostic, Error, Result};
use crate::lang::{self, Lang};
use crate::messages::{Message, Msg};
use crate::source::piece::{Extracted, Piece};
use hayro_interpret::InterpreterCache;
use hayro_syntax::{LoadPdfError, Pdf};
use lines::{Line, PageRows, Vocabulary};
use std::sync::Arc;

/// The most pages read of one PDF.
pub const MAX_PAGES: usize = 10_000;

/// Evidence (log-odds, see [`crate::lang::log_odds`]) from which a
/// column's words name its language.
const COLUMN_EVIDENCE: f32 = 2.0;

/// How much of a column's text its language is decided from (bytes).
const COLUMN_SAMPLE: usize = 3000;

/// Read a PDF file: its text as pieces, in reading order.
pub fn read(bytes: &[u8], file: &str) -> Result<Extracted> {
    let limit = crate::source::input::max_input_bytes();
    if bytes.len() as u64 > limit {
        return Err(Diagnostic::file(
            file,
            Message::new(Msg::SrcTooLarge).with("mb", num(limit / (1024 * 1024))),
        )
        .help(Msg::SrcTooLargeHelp)
        .into());
    }
    // The interpreter is third-party code reading untrusted bytes: should
    // it panic on some damaged file, that file is damaged, not qostil.
    let run =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(bytes, file, limit)));
    match run {
        Ok(r) => r,
        Err(_) => Err(broken(file)),
    }
}

fn broken(file: &str) -> Error {
    Diagnostic::file(file, Msg::SrcPdfBroken)
        .help(Msg::SrcPdfBrokenHelp)
        .into()
}

/// The layout of one page.
enum PageLayout {
    /// One column (or a page read as one): its lines top to bottom.
    One(Vec<Line>),
    /// Two columns in two languages: the lines of each.
    Two { kk: Vec<Line>, ru: Vec<Line> },
}

/// What the columns of a page say before the document is seen whole.
struct Candidate {
    left: Vec<Line>,
    right: Vec<Line>,
    left_lang: Option<Lang>,
    right_lang: Option<Lang>,
    crossing: usize,
}

/// The language of a column from its words: a few hundred of them tell,
/// so the column is read up to [`COLUMN_SAMPLE`] bytes.
fn column_lang(lines: &[Line]) -> Option<Lang> {
    let mut text = String::new();
    for l in lines {
        if text.len() >= COLUMN_SAMPLE {
            break;
        }
        text.push_str(&l.text);
        text.push(' ');
    }
    let lo = lang::log_odds(&text);
    if lo >= COLUMN_EVIDENCE {
        Some(Lang::Kk)
    } else if lo <= -COLUMN_EVIDENCE {
        Some(Lang::Ru)
    } else {
        None
    }
}

fn extract(bytes: &[u8], file: &str, limit: u64) -> Result<Extracted> {
    let pdf = match Pdf::new(Arc::new(bytes.to_vec())) {
        Ok(p) => p,
        Err(LoadPdfError::Decryption(_)) => {
            return Err(Diagnostic::file(file, Msg::SrcPdfEncrypted)
                .help(Msg::SrcPdfEncryptedHelp)
                .into())
        }
        Err(LoadPdfError::Invalid) => return Err(broken(file)),
    };
    let pages = pdf.pages();
    if pages.len() > MAX_PAGES {
        return Err(Diagnostic::file(
            file,
            Message::new(Msg::SrcPdfTooManyPages)
                .with("pages", pages.len())
                .with("max", MAX_PAGES),
        )
        .help(Msg::SrcPdfSplitHelp)
        .into());
    }
    let settings = glyphs::settings();
    let cache = InterpreterCache::new();
    let mut kept: u64 = 0;
    let mut unmapped = 0usize;
    let mut page_rows: Vec<PageRows> = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        let pg = glyphs::page_glyphs(page, &cache, &settings);
        if pg.truncated {
            return Err(Diagnostic::file(
                file,
                Message::new(Msg::SrcPdfPageTooDense)
                    .with("page", num(i as u64 + 1))
                    .with("max", glyphs::MAX_GLYPHS_PER_PAGE),
            )
            .help(Msg::SrcPdfSplitHelp)
            .into());
        }
        // A glyph keeps about as many bytes of text as it shows.
        kept += pg.glyphs.len() as u64 * 2;
        if kept > limit {
            return Err(Diagnostic::file(
                file,
                Message::new(Msg::SrcTooLarge).with("mb", num(limit / (1024 * 1024))),
            )
            .help(Msg::SrcTooLargeHelp)
            .into());
        }
        unmapped += pg.unmapped;
        page_rows.push(PageRows {
            rows: lines::rows(pg.glyphs),
            rules: pg.rules,
            width: pg.width,
            height: pg.height,
        });
    }
    let letters = page_rows
        .iter()
        .flat_map(|p| &p.rows)
        .flat_map(|r| &r.glyphs)
        .any(|g| g.c.is_alphanumeric());
    if !letters {
        let msg = if unmapped > 0 {
            Msg::SrcPdfNoUnicode
        } else {
            Msg::SrcPdfNoText
        };
        return Err(Diagnostic::file(file, msg)
            .help(Msg::SrcPdfNoTextHelp)
            .into());
    }
    lines::drop_running(&mut page_rows);
    Ok(assemble(page_rows))
}

/// Pages of rows → pieces.
fn assemble(pages: Vec<PageRows>) -> Extracted {
    // Each page: two columns, or one.
    let mut cands: Vec<Option<Candidate>> = Vec::with_capacity(pages.len());
    for (i, p) in pages.iter().enumerate() {
        let page = i as u32 + 1;
        let cand = columns::gutter(&p.rows, p.width).map(|g| {
            let (mut l, mut r) = (Vec::new(), Vec::new());
            for row in &p.rows {
                // A row across the gutter (a title in both languages)
                // belongs to both columns.
                if columns::crosses(row, g.mid()) {
                    l.push(row.glyphs.clone());
                    r.push(row.glyphs.clone());
                    continue;
                }
                let (a, b) = columns::split_row(row, g.mid());
                l.push(a);
                r.push(b);
            }
            let left = tables::column_lines(l, &p.rules, page);
            let right = tables::column_lines(r, &p.rules, page);
            Candidate {
                left_lang: column_lang(&left),
                right_lang: column_lang(&right),
                left,
                right,
                crossing: g.crossing,
            }
        });
        cands.push(cand);
    }
    // A page read as one column: its rows top to bottom.
    let single = |i: usize| -> Vec<Line> {
        let p = &pages[i];
        tables::column_lines(
            p.rows.iter().map(|r| r.glyphs.clone()).collect(),
            &p.rules,
            i as u32 + 1,
        )
    };
    // The arrangement most two-language pages have (Kazakh left or right).
    let (mut kk_left, mut kk_right) = (0, 0);
    for c in cands.iter().flatten() {
        match (c.left_lang, c.right_lang) {
            (Some(Lang::Kk), Some(Lang::Ru)) => kk_left += 1,
            (Some(Lang::Ru), Some(Lang::Kk)) => kk_right += 1,
            _ => {}
        }
    }
    let usual: Option<(Lang, Lang)> = if kk_left + kk_right == 0 {
        None
    } else if kk_left >= kk_right {
        Some((Lang::Kk, Lang::Ru))
    } else {
        Some((Lang::Ru, Lang::Kk))
    };
    let mut layouts: Vec<PageLayout> = Vec::with_capacity(pages.len());
    for (i, cand) in cands.into_iter().enumerate() {
        let Some(c) = cand else {
            layouts.push(PageLayout::One(single(i)));
            continue;
        };
        let langs = match (c.left_lang, c.right_lang) {
            (Some(a), Some(b)) if a != b => Some((a, b)),
            // A column without evidence (figures only, a few words) takes
            // the other language when the document is laid out so.
            (Some(a), None) => usual.filter(|u| u.0 == a),
            (None, Some(b)) => usual.filter(|u| u.1 == b),
            (None, None) => usual,
            _ => None,
        };
        match langs {
            Some((l, _)) => {
                let (kk, ru) = if l == Lang::Kk {
                    (c.left, c.right)
                } else {
                    (c.right, c.left)
                };
                layouts.push(PageLayout::Two { kk, ru });
            }
            // Two columns of one language, nothing across them: read the
            // left one, then the right.
            None if c.crossing == 0 && c.left_lang.is_some() && c.left_lang == c.right_lang => {
                let mut all = c.left;
                all.extend(c.right);
                layouts.push(PageLayout::One(all));
            }
            None => layouts.push(PageLayout::One(single(i))),
        }
    }
    let bilingual = layouts.iter().any(|l| matches!(l, PageLayout::Two { .. }));
    let vocab = Vocabulary::of(layouts.iter().flat_map(|l| {
        let v: Vec<&Line> = match l {
            PageLayout::One(v) => v.iter().collect(),
            PageLayout::Two { kk, ru } => kk.iter().chain(ru.iter()).collect(),
        };
        v.into_iter().flat_map(Line::printed)
    }));

    // (page, order within the page, piece)
    let mut pieces: Vec<(u32, u8, Piece)> = Vec::new();
    let piece = |page: u32, text: String, lang: Option<Lang>| Piece {
        text,
        line: page,
        lang,
        label: None,
        heading: false,
    };
    if bilingual {
        let mut kk_lines = Vec::new();
        let mut ru_lines = Vec::new();
        let mut single_pages: Vec<Vec<Line>> = Vec::new();
        for l in layouts {
            match l {
                PageLayout::Two { kk, ru } => {
                    kk_lines.extend(kk);
                    ru_lines.extend(ru);
                }
                PageLayout::One(v) => single_pages.push(v),
            }
        }
        for (p, t) in lines::paragraphs(&kk_lines, &vocab) {
            pieces.push((p, 0, piece(p, t, Some(Lang::Kk))));
        }
        for (p, t) in lines::paragraphs(&ru_lines, &vocab) {
            pieces.push((p, 1, piece(p, t, Some(Lang::Ru))));
        }
        // A page in one column among two-column pages: each paragraph in
        // the language its words say (else the one before it).
        let mut last = Lang::Kk;
        for v in single_pages {
            for (p, t) in lines::paragraphs(&v, &vocab) {
                let l = lang::detect(&t).unwrap_or(last);
                last = l;
                pieces.push((p, 2, piece(p, t, Some(l))));
            }
        }
    } else {
        let all: Vec<Line> = layouts
            .into_iter()
            .flat_map(|l| match l {
                PageLayout::One(v) => v,
                PageLayout::Two { kk, ru } => kk.into_iter().chain(ru).collect(),
            })
            .collect();
        for (p, t) in lines::paragraphs(&all, &vocab) {
            pieces.push((p, 0, piece(p, t, None)));
        }
    }
    pieces.sort_by_key(|(p, o, _)| (*p, *o));
    Extracted {
        pieces: pieces.into_iter().map(|(_, _, p)| p).collect(),
        revisions: Vec::new(),
        ..Extracted::default()
    }
}
