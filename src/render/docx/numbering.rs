//! The numbering part: real automatic numbering for clauses and lists.
//!
//! A clause list is a multilevel list whose levels read `%1.`, `%1.%2.`,
//! `%1.%2.%3.` … (nine levels, as many as Word has); a section heading
//! `4.` is at level 0, clause `4.2.` at level 1, `4.2.1.` at level 2. The
//! number is not in the text: Word counts it. So that what Word shows is
//! the model's number, [`ClauseCounter`] counts as Word does and says,
//! paragraph by paragraph, whether the automatic number would be the
//! model's; where it would not (a skipped or repeated number, a clause
//! deeper than nine levels, a sub-clause without its parent), the writer
//! types that number in the text instead.
//!
//! Every list has an abstract numbering of its own (its own `w:nsid`):
//! list instances sharing one abstract numbering continue each other's
//! counting in Word, and the parallel edition interleaves a Kazakh and a
//! Russian list paragraph by paragraph.

use super::xml::{self, DECL, W_NS};
use crate::model::ClauseNumber;
use std::fmt::Write as _;

/// Levels Word can number.
pub const LEVELS: usize = 9;

/// What a list numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// Clauses and section headings: `%1.`, `%1.%2.`, …
    Clauses,
    /// Items of a numbered list: `1)`, `2)`, …
    Ordered,
    /// Items of a bulleted list: `–`.
    Bullet,
}

#[derive(Debug, Clone)]
struct List {
    kind: ListKind,
    /// Start value of each level.
    starts: [u32; LEVELS],
    /// Body text size in points (for the indents).
    size: f32,
}

/// The lists of one document.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    lists: Vec<List>,
}

/// The hanging indent of clause level `ilvl`, in twentieths of a point:
/// room for the widest number of that depth with two-digit parts.
pub fn clause_hang(ilvl: usize, size: f32) -> u32 {
    let em = size * 20.0;
    // Two digits (1 em) and a dot (a quarter em) per part, half an em of gap.
    let need = (ilvl as f32 + 1.0) * 1.25 * em + 0.5 * em;
    need.max(2.6 * em).round() as u32
}

/// The hanging indent of a list item label (`1)`, `–`).
pub fn item_hang(size: f32) -> u32 {
    (1.8 * size * 20.0).round() as u32
}

impl Numbering {
    /// No lists yet.
    pub fn new() -> Numbering {
        Numbering::default()
    }

    /// Add a list; returns its `w:numId` (1, 2, …).
    pub fn add(&mut self, kind: ListKind, size: f32) -> u32 {
        self.lists.push(List {
            kind,
            starts: [1; LEVELS],
            size,
        });
        self.lists.len() as u32
    }

    /// Set the start value of a level of list `num_id`.
    pub fn set_start(&mut self, num_id: u32, ilvl: usize, start: u32) {
        if let Some(l) = self.lists.get_mut(num_id as usize - 1) {
            if ilvl < LEVELS {
                l.starts[ilvl] = start;
            }
        }
    }

    /// The start value of a level of list `num_id`.
    pub fn start(&self, num_id: u32, ilvl: usize) -> u32 {
        self.lists
            .get((num_id as usize).wrapping_sub(1))
            .and_then(|l| l.starts.get(ilvl).copied())
            .unwrap_or(1)
    }

    /// True when no list was added.
    pub fn is_empty(&self) -> bool {
        self.lists.is_empty()
    }

    /// The numbering part.
    pub fn xml(&self) -> String {
        let mut out = String::from(DECL);
        let _ = write!(out, "<w:numbering xmlns:w=\"{W_NS}\">");
        for (i, l) in self.lists.iter().enumerate() {
            // A fixed id per position: reproducible, distinct.
            let nsid = format!("{:08X}", 0x5141_0000u32 + i as u32);
            let _ = write!(out, "<w:abstractNum w:abstractNumId=\"{i}\">");
            xml::val(&mut out, "w:nsid", &nsid);
            let multi = match l.kind {
                ListKind::Clauses => "multilevel",
                _ => "singleLevel",
            };
            xml::val(&mut out, "w:multiLevelType", multi);
            let levels = match l.kind {
                ListKind::Clauses => LEVELS,
                _ => 1,
            };
            for ilvl in 0..levels {
                let _ = write!(out, "<w:lvl w:ilvl=\"{ilvl}\">");
                xml::val(&mut out, "w:start", &l.starts[ilvl].to_string());
                let (fmt, text, hang) = match l.kind {
                    ListKind::Clauses => {
                        let text: String = (1..=ilvl + 1).map(|k| format!("%{k}.")).collect();
                        ("decimal", text, clause_hang(ilvl, l.size))
                    }
                    ListKind::Ordered => ("decimal", "%1)".to_string(), item_hang(l.size)),
                    ListKind::Bullet => ("bullet", "\u{2013}".to_string(), item_hang(l.size)),
                };
                xml::val(&mut out, "w:numFmt", fmt);
                xml::val(&mut out, "w:suff", "tab");
                xml::val(&mut out, "w:lvlText", &text);
                xml::val(&mut out, "w:lvlJc", "left");
                let _ = write!(
                    out,
                    "<w:pPr><w:ind w:left=\"{hang}\" w:hanging=\"{hang}\"/></w:pPr></w:lvl>"
                );
            }
            out.push_str("</w:abstractNum>");
        }
        for i in 0..self.lists.len() {
            let _ = write!(
                out,
                "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{i}\"/></w:num>",
                i + 1
            );
        }
        out.push_str("</w:numbering>");
        out
    }
}

/// Counts a clause list as Word does, to tell whether Word's number for a
/// paragraph would be the model's.
///
/// Word keeps a counter per level; a paragraph at level `k` takes the
/// level's next value (its start value after a paragraph of a higher
/// level, or at first) and restarts every deeper level. Its number shows
/// the counters of levels `0..=k`.
#[derive(Debug, Clone)]
pub struct ClauseCounter {
    /// The list's `w:numId`.
    pub num_id: u32,
    counters: [Option<u32>; LEVELS],
    used: bool,
}

impl ClauseCounter {
    /// A fresh list.
    pub fn new(num_id: u32) -> ClauseCounter {
        ClauseCounter {
            num_id,
            counters: [None; LEVELS],
            used: false,
        }
    }

    /// Number `n` with the list: `Some(ilvl)` when Word's automatic number
    /// is `n` (and the counters move on), `None` when the number has to be
    /// typed (the counters do not move). The first paragraph of the list,
    /// when at level 0, sets the list's start value in `numbering`.
    pub fn take(&mut self, n: &ClauseNumber, numbering: &mut Numbering) -> Option<usize> {
        let d = n.depth();
        if d == 0 || d > LEVELS {
            return None;
        }
        let k = d - 1;
        for (lvl, part) in n.0[..k].iter().enumerate() {
            if self.counters[lvl] != Some(*part) {
                return None;
            }
        }
        let next = match self.counters[k] {
            Some(c) => c.checked_add(1)?,
            None if !self.used && k == 0 => {
                numbering.set_start(self.num_id, 0, n.0[0]);
                n.0[0]
            }
            None => numbering.start(self.num_id, k),
        };
        if next != n.0[k] {
            return None;
        }
        self.used = true;
        self.counters[k] = Some(next);
        for c in &mut self.counters[k + 1..] {
            *c = None;
        }
        Some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> ClauseNumber {
        ClauseNumber::parse(s).unwrap()
    }

    #[test]
    fn automatic_where_word_agrees_typed_elsewhere() {
        let mut num = Numbering::new();
        let id = num.add(ListKind::Clauses, 12.0);
        let mut c = ClauseCounter::new(id);
        let seq = [
            "3", "3.1", "3.2", "3.4", "3.5", "4", "4.1", "4.1.1", "4.2", "4.2",
        ];
        let got: Vec<Option<usize>> = seq.iter().map(|s| c.take(&n(s), &mut num)).collect();
        assert_eq!(
            got,
            [
                Some(0),
                Some(1),
                Some(1),
                None, // 3.3 skipped: typed
                None, // Word would say 3.3 still
                Some(0),
                Some(1),
                Some(2),
                Some(1),
                None // a repeated number
            ]
        );
        assert_eq!(num.start(id, 0), 3);
        // A sub-clause without its section is typed.
        let mut c = ClauseCounter::new(num.add(ListKind::Clauses, 12.0));
        assert_eq!(c.take(&n("1.1"), &mut num), None);
    }

    #[test]
    fn levels_read_like_clause_numbers() {
        let mut num = Numbering::new();
        num.add(ListKind::Clauses, 12.0);
        num.add(ListKind::Ordered, 12.0);
        let x = num.xml();
        assert!(x.contains("<w:lvlText w:val=\"%1.%2.%3.\"/>"), "{x}");
        assert!(x.contains("<w:lvlText w:val=\"%1)\"/>"));
        assert!(x.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"));
    }
}
