//! The reader interface shared by every input format: a format reader
//! (plain text and HTML in [`super::plain`], DOCX, PDF) turns its file into
//! the same stream of [`Piece`]s — a paragraph or a line of text with its
//! location, the language the layout gives it (a column of a two-column
//! table or page), the clause label the format carries (Word's automatic
//! numbering) and whether its style makes it a heading — and
//! [`to_bilingual`] hands that stream to the one structure reader
//! ([`super::plain`]), which turns it into the model.
//!
//! Locations stay the format's own: a piece's `line` is the 1-based line of
//! a text file, the 1-based paragraph (or table cell, in reading order) of a
//! DOCX, the 1-based page of a PDF; findings point there.

use crate::lang::Lang;
use crate::model::{Bilingual, Block, Document, Revision, SharedNumbering};
use crate::source::plain;

/// One piece of an input document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Piece {
    /// The text; one paragraph (line breaks inside are kept as spaces).
    pub text: String,
    /// Where it is: line, paragraph or page, 1-based (see the module doc).
    pub line: u32,
    /// The language the layout gives it (a table column, a page column).
    pub lang: Option<Lang>,
    /// The clause label the format shows before it (`4.2.`), when the
    /// format numbers paragraphs itself.
    pub label: Option<String>,
    /// Its style makes it a heading (or a title).
    pub heading: bool,
}

/// What a format reader found in a document.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// The pieces, in reading order.
    pub pieces: Vec<Piece>,
    /// Changes the document still holds as unaccepted revisions (tracked
    /// changes); their text is not in the pieces when deleted, and is
    /// when inserted.
    pub revisions: Vec<Revision>,
    /// Paragraphs of language columns that one Word list numbers in turn
    /// (see [`crate::model::Document::shared_numbering`]), by language.
    pub shared_numbering: Vec<(Lang, SharedNumbering)>,
}

/// The text a piece contributes to the structure reader: its label, then
/// its text on one line.
fn line_of(p: &Piece) -> String {
    let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
    match &p.label {
        Some(l) if !l.is_empty() => format!("{l} {text}"),
        _ => text,
    }
}

/// The pieces as a text of one line each, and the location of each line.
fn text_and_map<'a>(pieces: impl Iterator<Item = &'a Piece>) -> (String, Vec<u32>) {
    let mut text = String::new();
    let mut map = Vec::new();
    for p in pieces {
        let line = line_of(p);
        if line.is_empty() {
            continue;
        }
        text.push_str(&line);
        // A blank line between pieces: each is a paragraph of its own.
        text.push_str("\n\n");
        map.push(p.line);
        map.push(p.line);
    }
    (text, map)
}

/// Give every line of a document read from a synthesized text the location
/// of the piece it came from (`map[i]` is the location of line `i + 1`).
fn remap(doc: &mut Document, map: &[u32]) {
    let at = |l: u32| -> u32 {
        (l as usize)
            .checked_sub(1)
            .and_then(|i| map.get(i))
            .copied()
            .unwrap_or(l)
    };
    fn walk(b: &mut Block, at: &dyn Fn(u32) -> u32) {
        match b {
            Block::Heading(h) => h.line = at(h.line),
            Block::Clause(c) => {
                c.line = at(c.line);
                for ch in &mut c.children {
                    walk(ch, at);
                }
            }
            Block::List(l) => {
                l.line = at(l.line);
                for i in &mut l.items {
                    i.line = at(i.line);
                }
            }
            Block::Table(t) => t.line = at(t.line),
        }
    }
    for b in &mut doc.blocks {
        walk(b, &at);
    }
    if let Some(r) = &mut doc.requisites {
        r.line = at(r.line);
        for (l, _) in &mut r.lines {
            *l = at(*l);
        }
    }
}

/// Read the pieces of a document into the model. When the layout gives
/// every piece a language (a two-column table or page), each language's
/// pieces are read as a text of their own; otherwise the whole stream is
/// read as one bilingual text, languages decided from the words. The
/// document's open revisions go with the language they are in.
pub fn to_bilingual(x: Extracted, file: &str) -> Bilingual {
    let hinted = !x.pieces.is_empty() && x.pieces.iter().all(|p| p.lang.is_some());
    let mut bi = if hinted {
        let read = |lang: Lang| {
            let (text, map) = text_and_map(x.pieces.iter().filter(|p| p.lang == Some(lang)));
            let mut d = plain::read_single(&text, file, lang, false);
            remap(&mut d, &map);
            d
        };
        Bilingual {
            kk: read(Lang::Kk),
            ru: read(Lang::Ru),
        }
    } else {
        let (text, map) = text_and_map(x.pieces.iter());
        let mut bi = plain::read_bilingual(&text, file);
        remap(&mut bi.kk, &map);
        remap(&mut bi.ru, &map);
        bi
    };
    for r in x.revisions {
        let lang = r
            .lang
            .or_else(|| crate::lang::detect(&r.text))
            .unwrap_or(Lang::Ru);
        bi.get_mut(lang).revisions.push(r);
    }
    for (lang, s) in x.shared_numbering {
        bi.get_mut(lang).shared_numbering.push(s);
    }
    bi
}

/// Read the pieces of a document in one language into the model.
pub fn to_single(x: Extracted, file: &str, lang: Lang) -> Document {
    let (text, map) = text_and_map(x.pieces.iter());
    let mut d = plain::read_single(&text, file, lang, false);
    remap(&mut d, &map);
    d.revisions = x.revisions;
    d
}

/// The pieces as a text whose line `n` holds the pieces located at `n`
/// (the paragraph of a DOCX, the page of a PDF), labels included: for
/// tools that read text and report lines, such as `qostil figures`.
pub fn to_located_text(x: &Extracted) -> String {
    let mut lines: Vec<String> = Vec::new();
    for p in &x.pieces {
        let line = line_of(p);
        if line.is_empty() {
            continue;
        }
        let i = (p.line.max(1) - 1) as usize;
        if lines.len() <= i {
            lines.resize(i + 1, String::new());
        }
        let l = &mut lines[i];
        if !l.is_empty() {
            l.push(' ');
        }
        l.push_str(&line);
    }
    lines.join("\n")
}

/// The language most of the pieces are written in.
pub fn dominant_language(x: &Extracted) -> Option<Lang> {
    let (text, _) = text_and_map(x.pieces.iter());
    plain::dominant_language(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, line: u32, lang: Option<Lang>, label: Option<&str>) -> Piece {
        Piece {
            text: text.into(),
            line,
            lang,
            label: label.map(str::to_string),
            heading: false,
        }
    }

    #[test]
    fn labels_become_clause_numbers_and_lines_point_at_the_pieces() {
        let x = Extracted {
            pieces: vec![
                piece(
                    "Исполнитель оказывает услуги.",
                    3,
                    Some(Lang::Ru),
                    Some("1.1."),
                ),
                piece(
                    "Орындаушы қызмет көрсетеді.",
                    3,
                    Some(Lang::Kk),
                    Some("1.1."),
                ),
                piece(
                    "Заказчик оплачивает услуги в течение 5 дней.",
                    7,
                    Some(Lang::Ru),
                    Some("1.2."),
                ),
                piece(
                    "Тапсырыс беруші қызметке 5 күн ішінде ақы төлейді.",
                    7,
                    Some(Lang::Kk),
                    Some("1.2."),
                ),
            ],
            revisions: Vec::new(),
            ..Extracted::default()
        };
        let bi = to_bilingual(x, "a.docx");
        for d in [&bi.kk, &bi.ru] {
            let numbered: Vec<(String, u32)> = d
                .numbered()
                .map(|(n, b)| (n.to_string(), b.line()))
                .collect();
            assert_eq!(numbered, [("1.1".to_string(), 3), ("1.2".to_string(), 7)]);
        }
    }
}
