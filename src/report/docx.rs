//! The Word redline of a diff (`qostil diff OLD NEW --format docx`): the
//! new version with every change as a tracked change, so that a lawyer
//! goes through it with Word's Accept and Reject.
//!
//! The layout is the parallel one of the bilingual editions: a two-column
//! table, Kazakh left, Russian right, one row per clause, under a header
//! row repeated on every page. A lawyer reviewing an edit of a bilingual
//! contract must see whether the same edit was made in the other language;
//! side by side, an edit made in one language only is a row with changes
//! on one side, and accepting or rejecting it keeps both texts in view.
//!
//! In each column:
//! - an inserted clause is a whole inserted paragraph (`w:ins` on its text
//!   and on its paragraph mark), a deleted clause a whole deleted one; a
//!   row whose clauses are all inserted (deleted) is an inserted (deleted)
//!   row, so that accepting (rejecting) leaves no empty row;
//! - a moved clause is deleted at its old place and inserted at its new;
//! - in a modified clause each changed phrase is one deletion followed by
//!   one insertion: word changes separated only by spaces or punctuation
//!   are joined into one phrase;
//! - a changed clause number (`4.3.` → `4.4.`) and a reference changed by
//!   the renumbering (`п. 2.3` → `п. 2.4`) are tracked too, so that
//!   accepting every change gives exactly the new text and rejecting every
//!   change exactly the old one.
//!
//! Clause numbers are typed, not automatic: a redline shows both the old
//! and the new number of a clause. The changes carry `w:author="qostil"`
//! and `w:date` only when `SOURCE_DATE_EPOCH` is set (the attribute is
//! optional), so that the same versions give the same bytes. The edits
//! made in one language only are listed after the table.

use super::{severity_word, Context, Emitter, Report};
use crate::diff::items::{Item, ItemKind};
use crate::diff::words::WordOp;
use crate::diff::{ChangeKind, DiffReport, LangDiff};
use crate::lang::Lang;
use crate::messages::{Catalogue, Message, Msg, UiLang};
use crate::render::docx::document::{Author, Para, RunStyle, Track, Writer, TEXT_W};
use crate::render::docx::styles::{clause_style, id, StyleSet};
use crate::render::docx::{assemble, numbering::Numbering, Parts, Properties};
use crate::render::html::labels;
use similar::{capture_diff_slices, Algorithm, DiffTag};
use std::collections::HashMap;
use std::io::{self, Write};
use unicode_segmentation::UnicodeSegmentation;

/// The author of every tracked change.
pub const AUTHOR: &str = "qostil";

/// Body text size of the redline, in points.
const SIZE: f32 = 10.0;

/// The DOCX emitter: the diff report as a Word redline.
pub struct Docx;

impl Emitter for Docx {
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
        match report {
            Report::Diff(d) => {
                let epoch = source_date_epoch()?;
                let bytes = redline(d, cx, epoch).map_err(|e| io::Error::other(e.to_string()))?;
                w.write_all(&bytes)
            }
            _ => Err(super::unsupported("docx", report)),
        }
    }
}

/// `SOURCE_DATE_EPOCH`, the date of the tracked changes: none when unset
/// or empty, an error when malformed.
fn source_date_epoch() -> io::Result<Option<i64>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => crate::render::pdf::parse_source_date_epoch(&v)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "SOURCE_DATE_EPOCH is not valid Unicode",
        )),
    }
}

/// A piece of a paragraph: unchanged, inserted or deleted text.
type Piece = (Track, String);

/// What a column shows in one row.
#[derive(Debug, Clone, Copy)]
enum Entry {
    /// A clause of both versions (changed or not).
    Both {
        old: usize,
        new: usize,
        change: Option<usize>,
    },
    /// Only in the new version (inserted, or moved here).
    New(usize),
    /// Only in the old version (deleted, or moved away from here).
    Old(usize),
}

impl Entry {
    fn track(self) -> Track {
        match self {
            Entry::Both { .. } => Track::None,
            Entry::New(_) => Track::Ins,
            Entry::Old(_) => Track::Del,
        }
    }
}

/// The entries of a language, in the order of its rows.
fn entries(ld: &LangDiff) -> Vec<Entry> {
    let mut out = Vec::with_capacity(ld.rows.len());
    for row in &ld.rows {
        let moved = row
            .change
            .is_some_and(|k| ld.changes[k].kind == ChangeKind::Moved);
        match (row.old, row.new) {
            (Some(i), _) if row.moved_away => out.push(Entry::Old(i)),
            (Some(i), None) => out.push(Entry::Old(i)),
            (None, Some(j)) => out.push(Entry::New(j)),
            (Some(_), Some(j)) if moved => out.push(Entry::New(j)),
            (Some(i), Some(j)) => out.push(Entry::Both {
                old: i,
                new: j,
                change: row.change,
            }),
            (None, None) => {}
        }
    }
    out
}

/// The key pairing an entry with its counterpart in the other language:
/// whether it is old text only, its kind, and its number (for an
/// unnumbered block, the last number before it and its rank after it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    old_only: bool,
    heading: bool,
    number: String,
    rank: usize,
}

fn keys(ld: &LangDiff, es: &[Entry]) -> Vec<Key> {
    let mut last: HashMap<bool, (String, usize)> = HashMap::new();
    es.iter()
        .map(|e| {
            let (old_only, item) = match *e {
                Entry::Old(i) => (true, &ld.old[i]),
                Entry::New(j) | Entry::Both { new: j, .. } => (false, &ld.new[j]),
            };
            let slot = last.entry(old_only).or_default();
            match &item.number {
                Some(n) => *slot = (n.to_string(), 0),
                None => slot.1 += 1,
            }
            Key {
                old_only,
                heading: item.kind == ItemKind::Heading,
                number: slot.0.clone(),
                rank: slot.1,
            }
        })
        .collect()
}

/// The rows of the table: the entries of the two languages paired by
/// number, in reading order.
fn pair_rows(
    kk: &[Entry],
    kk_keys: &[Key],
    ru: &[Entry],
    ru_keys: &[Key],
) -> Vec<[Option<Entry>; 2]> {
    let mut rows = Vec::with_capacity(kk.len().max(ru.len()));
    for op in capture_diff_slices(Algorithm::Myers, kk_keys, ru_keys) {
        let (tag, a, b) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for (i, j) in a.zip(b) {
                    rows.push([Some(kk[i]), Some(ru[j])]);
                }
            }
            _ => {
                let (mut a, mut b) = (a.peekable(), b.peekable());
                loop {
                    match (a.peek().copied(), b.peek().copied()) {
                        (Some(i), Some(j)) if kk_keys[i].old_only == ru_keys[j].old_only => {
                            rows.push([Some(kk[i]), Some(ru[j])]);
                            a.next();
                            b.next();
                        }
                        (Some(i), _) => {
                            rows.push([Some(kk[i]), None]);
                            a.next();
                        }
                        (None, Some(j)) => {
                            rows.push([None, Some(ru[j])]);
                            b.next();
                        }
                        (None, None) => break,
                    }
                }
            }
        }
    }
    rows
}

/// The number of an item as typed: `4.2. `.
fn label(item: &Item) -> String {
    item.number
        .as_ref()
        .map(|n| format!("{n}. "))
        .unwrap_or_default()
}

/// Word changes between two texts, token by token (Unicode word
/// boundaries): for text the diff counts as the same but that is not (a
/// reference changed only by the renumbering), or where the report has no
/// word changes that cover both texts.
fn word_pieces(old: &str, new: &str) -> Vec<Piece> {
    if old == new {
        return vec![(Track::None, new.to_string())];
    }
    let a: Vec<&str> = old.split_word_bounds().collect();
    let b: Vec<&str> = new.split_word_bounds().collect();
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let (tag, x, y) = op.as_tag_tuple();
        let (o, n): (String, String) = (a[x].concat(), b[y].concat());
        match tag {
            DiffTag::Equal => out.push((Track::None, n)),
            _ => {
                out.push((Track::Del, o));
                out.push((Track::Ins, n));
            }
        }
    }
    out
}

/// Join the changes of a paragraph into phrases: adjacent deletions and
/// insertions, and those separated only by spaces or punctuation, become
/// one deletion followed by one insertion. Empty pieces are dropped.
fn phrases(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut Vec<Piece>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push((Track::Del, std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push((Track::Ins, std::mem::take(ins)));
        }
    };
    let n = pieces.len();
    for (k, (track, text)) in pieces.iter().enumerate() {
        if text.is_empty() {
            continue;
        }
        match track {
            Track::Del => del.push_str(text),
            Track::Ins => ins.push_str(text),
            Track::None => {
                let glue = !text.chars().any(char::is_alphanumeric) && text.chars().count() <= 3;
                let pending = !del.is_empty() || !ins.is_empty();
                let changes_follow = pieces[k + 1..n]
                    .iter()
                    .find(|(_, t)| !t.is_empty())
                    .is_some_and(|(t, _)| *t != Track::None);
                if glue && pending && changes_follow {
                    del.push_str(text);
                    ins.push_str(text);
                } else {
                    flush(&mut out, &mut del, &mut ins);
                    match out.last_mut() {
                        Some((Track::None, prev)) => prev.push_str(text),
                        _ => out.push((Track::None, text.clone())),
                    }
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// The pieces of a clause of both versions: its number, then its text.
fn both_pieces(ld: &LangDiff, old: usize, new: usize, change: Option<usize>) -> Vec<Piece> {
    let (o, n) = (&ld.old[old], &ld.new[new]);
    let mut pieces = word_pieces(&label(o), &label(n));
    let words = change
        .map(|k| &ld.changes[k].words)
        .filter(|w| !w.is_empty());
    // The report's word changes, when they cover both texts.
    let covers = words.is_some_and(|ws| {
        ws.iter().map(|w| w.old.as_str()).collect::<String>() == o.text
            && ws.iter().map(|w| w.new.as_str()).collect::<String>() == n.text
    });
    match words {
        Some(ws) if covers => {
            for w in ws {
                match w.op {
                    WordOp::Equal => pieces.extend(word_pieces(&w.old, &w.new)),
                    WordOp::Delete => pieces.push((Track::Del, w.old.clone())),
                    WordOp::Insert => pieces.push((Track::Ins, w.new.clone())),
                }
            }
        }
        _ => pieces.extend(word_pieces(&o.text, &n.text)),
    }
    phrases(pieces)
}

/// Write one entry as a paragraph of `lang`.
fn entry_paragraph(w: &mut Writer, ld: &LangDiff, e: Entry) {
    let lang = ld.lang;
    let (item, pieces) = match e {
        Entry::Both { old, new, change } => (&ld.new[new], both_pieces(ld, old, new, change)),
        Entry::New(j) => {
            let it = &ld.new[j];
            (it, vec![(Track::Ins, format!("{}{}", label(it), it.text))])
        }
        Entry::Old(i) => {
            let it = &ld.old[i];
            (it, vec![(Track::Del, format!("{}{}", label(it), it.text))])
        }
    };
    let style = if item.kind == ItemKind::Heading {
        id::HEADING2
    } else {
        clause_style(lang)
    };
    // Left-aligned: the lists and tables of a clause are lines of its
    // paragraph here, and a justified line before a line break is spread.
    w.p_start(&Para {
        style,
        mark: e.track(),
        jc: Some("left"),
        ..Para::default()
    });
    let rs = RunStyle {
        lang: w.run_lang(lang),
        ..RunStyle::default()
    };
    for (track, text) in pieces {
        w.run(&text, rs, track);
    }
    w.p_end();
}

/// Interface words in the reader's language, or, for a client, in Kazakh
/// and Russian.
fn ui(cx: &Context, f: impl Fn(&Catalogue) -> String) -> String {
    if cx.pair {
        [UiLang::Kk, UiLang::Ru]
            .iter()
            .map(|&l| f(&Catalogue::new(l)))
            .collect::<Vec<_>>()
            .join(" / ")
    } else {
        f(&cx.catalogue)
    }
}

/// The redline of a diff report. `source_date_epoch` dates the changes.
pub fn redline(
    d: &DiffReport,
    cx: &Context,
    source_date_epoch: Option<i64>,
) -> crate::Result<Vec<u8>> {
    let date = source_date_epoch.and_then(crate::render::docx::package::w3c_date);
    let author = Author {
        name: AUTHOR.to_string(),
        date: date.clone(),
    };
    let mut w = Writer::new(Lang::Kk, Some(author));
    let title = ui(cx, |c| c.get(Msg::DiffTitle));
    w.simple(
        &Para {
            style: id::TITLE,
            ..Para::default()
        },
        &title,
        RunStyle::default(),
    );
    let mut compared: Vec<String> = Vec::new();
    for ld in &d.langs {
        let m = Message::new(Msg::Compared)
            .with("old", &ld.old_file)
            .with("new", &ld.new_file);
        let line = ui(cx, |c| c.text(&m));
        if !compared.contains(&line) {
            compared.push(line);
        }
    }
    for line in &compared {
        w.simple(
            &Para {
                style: id::NORMAL,
                spacing: Some((0, 120)),
                ..Para::default()
            },
            line,
            RunStyle::default(),
        );
    }

    let half = TEXT_W / 2;
    let sides: Vec<&LangDiff> = Lang::ALL.iter().filter_map(|&l| d.lang(l)).collect();
    let column = |lang: Lang| sides.iter().copied().find(|ld| ld.lang == lang);
    w.table_start(id::PARALLEL, &[half, half], 0, true);
    w.row_start(true, Track::None);
    for lang in Lang::ALL {
        w.cell_start(half);
        let rs = RunStyle {
            lang: w.run_lang(lang),
            ..RunStyle::default()
        };
        w.simple(
            &Para {
                style: id::CELL,
                jc: Some("center"),
                ..Para::default()
            },
            labels(lang)["language"],
            rs,
        );
        w.cell_end();
    }
    w.row_end();
    // The titles of the new version, untracked.
    if sides.iter().any(|ld| ld.title.is_some()) {
        w.row_start(false, Track::None);
        for lang in Lang::ALL {
            w.cell_start(half);
            let title = column(lang)
                .and_then(|ld| ld.title.clone())
                .unwrap_or_default();
            let rs = RunStyle {
                lang: w.run_lang(lang),
                bold: true,
                ..RunStyle::default()
            };
            w.simple(
                &Para {
                    style: id::CELL,
                    jc: Some("center"),
                    spacing: Some((60, 120)),
                    ..Para::default()
                },
                &title,
                rs,
            );
            w.cell_end();
        }
        w.row_end();
    }
    let (kk_e, ru_e) = (
        column(Lang::Kk).map(entries).unwrap_or_default(),
        column(Lang::Ru).map(entries).unwrap_or_default(),
    );
    let kk_k = column(Lang::Kk)
        .map(|ld| keys(ld, &kk_e))
        .unwrap_or_default();
    let ru_k = column(Lang::Ru)
        .map(|ld| keys(ld, &ru_e))
        .unwrap_or_default();
    for row in pair_rows(&kk_e, &kk_k, &ru_e, &ru_k) {
        let tracks: Vec<Track> = row.iter().flatten().map(|e| e.track()).collect();
        let track = if tracks.iter().all(|t| *t == Track::Ins) {
            Track::Ins
        } else if tracks.iter().all(|t| *t == Track::Del) {
            Track::Del
        } else {
            Track::None
        };
        w.row_start(false, track);
        for (k, lang) in Lang::ALL.iter().enumerate() {
            w.cell_start(half);
            match (row[k], column(*lang)) {
                (Some(e), Some(ld)) => entry_paragraph(&mut w, ld, e),
                _ => w.empty_paragraph(clause_style(*lang)),
            }
            w.cell_end();
        }
        w.row_end();
    }
    w.table_end();

    // The edits made in one language only.
    w.simple(
        &Para {
            style: id::HEADING1,
            ..Para::default()
        },
        &ui(cx, |c| c.get(Msg::FindingsHeading)),
        RunStyle::default(),
    );
    if d.findings.is_empty() {
        let key = if d.changes().next().is_none() {
            Msg::NoChanges
        } else {
            Msg::NoOneSided
        };
        w.simple(
            &Para {
                style: id::NORMAL,
                ..Para::default()
            },
            &ui(cx, |c| c.get(key)),
            RunStyle::default(),
        );
    }
    for f in &d.findings {
        w.p_start(&Para {
            style: id::NORMAL,
            spacing: Some((0, 120)),
            ..Para::default()
        });
        w.run(
            &format!("{}: ", ui(cx, |c| severity_word(c, f.severity))),
            RunStyle {
                bold: true,
                ..RunStyle::default()
            },
            Track::None,
        );
        w.run(
            &ui(cx, |c| c.text(&f.message)),
            RunStyle::default(),
            Track::None,
        );
        w.p_end();
    }

    let props = Properties {
        title: title.clone(),
        creator: AUTHOR.to_string(),
        subject: String::new(),
        language: "kk-KZ".to_string(),
        date,
    };
    assemble(Parts {
        writer: w,
        numbering: Numbering::new(),
        styles: StyleSet {
            lang: Lang::Kk,
            size: SIZE,
        },
        header: title,
        initials: String::new(),
        props,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_next_to_each_other_are_one_phrase() {
        let p = phrases(vec![
            (Track::None, "в течение ".into()),
            (Track::Del, "10".into()),
            (Track::Ins, "14".into()),
            (Track::None, " ".into()),
            (Track::Del, "(десяти)".into()),
            (Track::Ins, "(четырнадцати)".into()),
            (Track::None, " дней".into()),
        ]);
        assert_eq!(
            p,
            vec![
                (Track::None, "в течение ".to_string()),
                (Track::Del, "10 (десяти)".to_string()),
                (Track::Ins, "14 (четырнадцати)".to_string()),
                (Track::None, " дней".to_string()),
            ]
        );
    }

    #[test]
    fn renumbered_reference_is_a_tracked_change() {
        let p = phrases(word_pieces(
            "согласно п. 2.3 Договора",
            "согласно п. 2.4 Договора",
        ));
        assert_eq!(
            p,
            vec![
                (Track::None, "согласно п. ".to_string()),
                (Track::Del, "2.3".to_string()),
                (Track::Ins, "2.4".to_string()),
                (Track::None, " Договора".to_string()),
            ]
        );
    }
}
