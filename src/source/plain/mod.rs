//! Reading documents nobody structured: plain text, Markdown, HTML, text
//! pulled out of PDFs, with one or both languages in one file.
//!
//! The reader is a chain of passes with one job each:
//! 1. [`clean`]: every physical line is cleaned (HTML tags and entities,
//!    Markdown markup) and cut into pieces: at block-level tags, at a tab
//!    between two languages, and before a possible clause number inside a
//!    line (`…; 1.12. …`);
//! 2. [`language`]: a language for every piece, from its words, with
//!    languages kept in continuous blocks;
//! 3. [`structure`]: per language, which clause numbers open clauses,
//!    decided over the whole sequence of numbers; headings, clauses, their
//!    sub-items and continuation lines, and the requisites block;
//! 4. the model: [`Document`] blocks.
//!
//! Other readers (DOCX, PDF, HTML) feed the same passes with their pieces.
//!
//! Invariants: never panics on any input; every block's `line` is the 1-based
//! line of the input where it starts.

mod clean;
mod language;
mod structure;

pub use clean::decode_entities;
pub use structure::candidate;

use crate::lang::{self, Lang};
use crate::model::{
    Bilingual, Block, Clause, ClauseNumber, Document, Heading, List, Requisites, RichText,
};

/// What a piece of a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Running text.
    Text,
    /// A Markdown heading of this level (`#` count) or an HTML `<hN>`.
    Heading(u8),
    /// A bullet (`- `, `· `, `<li>`).
    Bullet,
    /// A table cell or row (tab-separated, or one short cell per line).
    Cell,
}

/// A cleaned piece of a physical line.
#[derive(Debug, Clone)]
struct Piece {
    line: u32,
    text: String,
    kind: Kind,
    /// Paragraph: pieces of consecutive non-blank lines share it.
    para: usize,
    lang: Option<Lang>,
    /// The language of the tab-separated part the piece came from, when a
    /// line holds both languages.
    hint: Option<Lang>,
    /// Set when the piece starts a new HTML paragraph (`<p>`), so it cannot
    /// continue the clause before it unless it starts in lower case.
    hard_break: bool,
    /// Cut out of a line before a possible clause number: it rejoins the
    /// text before it unless the number opens a clause.
    inline: bool,
}

/// A clause number at the start of `text`, with the text after it, when
/// the number could open a clause by itself. Lines that start with a figure
/// (`3 (үш) күнтізбелік күн`, `990 000 тенге`, `1.5 месяца`) are not
/// clauses.
pub fn leading_number(text: &str) -> Option<(ClauseNumber, &str)> {
    let (n, rest, weight) = candidate(text)?;
    (weight > 0.0).then(|| (n, text[rest..].trim_start_matches(['-', '–', '—', ' '])))
}

/// True when a numbered unit reads as a section heading: a top-level number
/// and a short title without a full stop, or capitals only.
fn looks_like_heading(u: &structure::Unit) -> bool {
    let Some(n) = &u.number else { return false };
    let t = u.text.trim();
    structure::is_caps(t) || (n.depth() == 1 && structure::is_title(t))
}

fn to_document(s: structure::Structure, lang: Lang, file: &str) -> Document {
    let mut doc = Document::new(lang, file);
    doc.heading_series = s.heading_series;
    if let Some((line, _)) = s.requisites.first() {
        doc.requisites = Some(Requisites {
            line: *line,
            lines: s.requisites.clone(),
        });
    }
    for u in s.units {
        if u.text.trim().is_empty() && u.items.is_empty() && u.number.is_none() {
            continue;
        }
        if let Some(level) = u.heading {
            doc.blocks.push(Block::Heading(Heading {
                number: u.number,
                id: None,
                level,
                text: RichText::plain(u.text),
                line: u.line,
                appendix: None,
            }));
            continue;
        }
        if looks_like_heading(&u) && u.items.is_empty() {
            doc.blocks.push(Block::Heading(Heading {
                number: u.number,
                id: None,
                level: 2,
                text: RichText::plain(u.text),
                line: u.line,
                appendix: None,
            }));
            continue;
        }
        if u.text.trim().is_empty() && u.number.is_none() {
            let line = u.items.first().map_or(u.line, |i| i.line);
            doc.blocks.push(Block::List(List {
                ordered: false,
                items: u.items,
                line,
            }));
            continue;
        }
        let children = if u.items.is_empty() {
            Vec::new()
        } else {
            let line = u.items.first().map_or(u.line, |i| i.line);
            vec![Block::List(List {
                ordered: false,
                items: u.items,
                line,
            })]
        };
        doc.blocks.push(Block::Clause(Clause {
            number: u.number,
            id: None,
            text: RichText::plain(u.text),
            line: u.line,
            children,
        }));
    }
    if let Some(Block::Heading(h)) = doc.blocks.first() {
        doc.title = Some(h.text.to_plain());
    }
    doc
}

/// Read one file that holds both languages (interleaved blocks, a tab
/// between the languages, or the columns of a two-column PDF). `file` is
/// the name to record in the documents. Never fails: a file with one
/// language yields an empty document for the other.
pub fn read_bilingual(text: &str, file: &str) -> Bilingual {
    let mut ps = clean::pieces(text, false);
    language::assign(&mut ps);
    let of = |l: Lang| -> Vec<&Piece> { ps.iter().filter(|p| p.lang == Some(l)).collect() };
    Bilingual {
        kk: to_document(structure::assemble(&of(Lang::Kk)), Lang::Kk, file),
        ru: to_document(structure::assemble(&of(Lang::Ru)), Lang::Ru, file),
    }
}

/// Read one file in one language (plain text, Markdown or HTML).
/// `placeholders` reads template expressions `{{ name }}` as their name.
pub fn read_single(text: &str, file: &str, lang: Lang, placeholders: bool) -> Document {
    let mut ps = clean::pieces(text, placeholders);
    for p in &mut ps {
        p.lang = Some(lang);
    }
    let all: Vec<&Piece> = ps.iter().collect();
    to_document(structure::assemble(&all), lang, file)
}

/// The language most of a text is written in.
pub fn dominant_language(text: &str) -> Option<Lang> {
    lang::confident(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(doc: &Document) -> Vec<String> {
        doc.numbered().map(|(n, _)| n.to_string()).collect()
    }

    #[test]
    fn entities_and_tags() {
        assert_eq!(
            decode_entities("a&nbsp;b &laquo;c&raquo; &#171;&#x41;"),
            "a b «c» «A"
        );
        assert_eq!(decode_entities("R&D &unknown;"), "R&D &unknown;");
        let parts = clean::split_tags("<p>1. Один</p> <p><strong>1.1.</strong> Два</p>");
        let texts: Vec<_> = parts.iter().map(|p| p.0.trim().to_string()).collect();
        assert_eq!(texts, vec!["1. Один", "1.1. Два"]);
    }

    #[test]
    fn leading_numbers_and_figures() {
        assert_eq!(
            leading_number("4.2.1. Исполнитель").unwrap().0.to_string(),
            "4.2.1"
        );
        assert_eq!(
            leading_number("1.1.1 В случае").unwrap().0.to_string(),
            "1.1.1"
        );
        assert_eq!(
            leading_number("12.Порядок изменения")
                .unwrap()
                .0
                .to_string(),
            "12"
        );
        assert!(leading_number("3 (үш) күнтізбелік күн").is_none());
        assert!(leading_number("990 000 тенге").is_none());
        assert!(leading_number("1.5 месяца").is_none());
        assert!(leading_number("2026").is_none());
        assert!(leading_number("20.12.2018 года").is_none());
    }

    #[test]
    fn inline_numbers_split() {
        let d = read_single(
            "1.1. Первое определение; 1.2. Второе определение; см. п. 1.1. Ничего.",
            "x",
            Lang::Ru,
            false,
        );
        assert_eq!(numbers(&d), vec!["1.1", "1.2"]);
    }

    #[test]
    fn a_reference_inside_a_line_opens_no_clause_even_where_the_numbering_would_go_on() {
        // `3.1` would continue `2.3`, but it is the clause referred to.
        for space in [" ", "\u{a0}"] {
            let text = format!(
                "2.2. Первое условие.\n\n2.3. Отчёт передаётся вместе с актом, указанным в п.{space}3.1 Договора.\n"
            );
            let d = read_single(&text, "x", Lang::Ru, false);
            assert_eq!(numbers(&d), vec!["2.2", "2.3"], "{space:?}");
            assert!(d.blocks[1].plain_text().ends_with("3.1 Договора."));
        }
        // A number with its own dot after a reference word is still weighed
        // with the numbering.
        let d = read_single(
            "1.1. Первое; см. п. 1.2. Второе условие договора.",
            "x",
            Lang::Ru,
            false,
        );
        assert_eq!(numbers(&d), vec!["1.1", "1.2"]);
    }

    #[test]
    fn wrapped_lines_join() {
        let text = "1. Общие положения\n\n1.1. Исполнитель оказывает услуги в течение\n3 (трех) рабочих дней с даты оплаты.\n1.2. Заказчик платит.\n";
        let d = read_single(text, "x", Lang::Ru, false);
        assert_eq!(numbers(&d), vec!["1", "1.1", "1.2"]);
        assert!(d.blocks[1].plain_text().contains("3 (трех) рабочих"));
        assert_eq!(d.blocks[2].line(), 5);
    }

    #[test]
    fn interleaved_blocks() {
        let text = "1.1. Исполнитель обязуется оказать услуги в течение 10 (десяти) дней.\n1.2. Заказчик обязуется оплатить услуги.\n\n1.1. Орындаушы қызметтерді 10 (он) күн ішінде көрсетуге міндеттенеді.\n1.2. Тапсырыс беруші қызметтерге ақы төлеуге міндеттенеді.\n";
        let b = read_bilingual(text, "x.txt");
        assert_eq!(numbers(&b.ru), vec!["1.1", "1.2"]);
        assert_eq!(numbers(&b.kk), vec!["1.1", "1.2"]);
        assert_eq!(b.kk.blocks[0].line(), 4);
    }

    #[test]
    fn tab_between_languages() {
        let text = "<p>1.1. Исполнитель обязуется оказать услуги.</p>\t<p>1.1. Орындаушы қызметтерді көрсетуге міндеттенеді.</p>\n";
        let b = read_bilingual(text, "x.txt");
        assert_eq!(numbers(&b.ru), vec!["1.1"]);
        assert_eq!(numbers(&b.kk), vec!["1.1"]);
    }

    #[test]
    fn columns_continue_across_pages() {
        let text = "1.1. Орындаушы қызметтерді көрсетуге\nміндеттенеді және\n\n1.1. Исполнитель обязуется оказать\nуслуги и\n\nтөлемді қабылдайды.\n1.2. Тапсырыс беруші төлейді.\n\nпринять оплату.\n1.2. Заказчик платит за услуги.\n";
        let b = read_bilingual(text, "x.txt");
        assert_eq!(numbers(&b.kk), vec!["1.1", "1.2"]);
        assert_eq!(numbers(&b.ru), vec!["1.1", "1.2"]);
        assert!(b.kk.blocks[0].plain_text().ends_with("қабылдайды."));
        assert!(b.ru.blocks[0].plain_text().ends_with("принять оплату."));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "\t\t",
            "<p",
            "&#xffffffff;",
            "1.",
            "1. ",
            "<p>\t</p>",
            "**",
            "# ",
            "\u{feff}1.1.",
        ] {
            let _ = read_bilingual(t, "x");
            let _ = read_single(t, "x", Lang::Kk, true);
        }
    }
}
