//! The sentences of a diff report, shared by the text and HTML emitters:
//! what happened to each clause, runs of renumbered clauses, figure
//! changes and counts, each made by the reader's catalogue.

use crate::diff::{clause_label, Change, ChangeKind, LangDiff};
use crate::messages::{Arg, Catalogue, ClauseRef, Message, Msg};

/// A change, or a run of clauses renumbered without other change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// One change (index into [`LangDiff::changes`]).
    Single(usize),
    /// Consecutive renumbered changes `first..=last`.
    Renumbered(usize, usize),
}

/// Shortest run of renumbered clauses told as one sentence.
const RUN: usize = 3;

/// Group the changes of a language for reading.
pub fn groups(ld: &LangDiff) -> Vec<Group> {
    let mut out = Vec::new();
    let mut k = 0;
    let ch = &ld.changes;
    while k < ch.len() {
        if ch[k].kind == ChangeKind::Renumbered {
            let mut e = k;
            while e + 1 < ch.len() && ch[e + 1].kind == ChangeKind::Renumbered {
                e += 1;
            }
            if e + 1 - k >= RUN {
                out.push(Group::Renumbered(k, e));
                k = e + 1;
                continue;
            }
        }
        out.push(Group::Single(k));
        k += 1;
    }
    out
}

fn old_label(c: &Change) -> ClauseRef {
    c.old.as_ref().map_or(ClauseRef::Unnumbered, |s| {
        clause_label(s.clause.as_deref(), s.line)
    })
}

fn new_label(c: &Change) -> ClauseRef {
    c.new.as_ref().map_or(ClauseRef::Unnumbered, |s| {
        clause_label(s.clause.as_deref(), s.line)
    })
}

/// The word for a kind of change.
pub fn kind_word(c: &Catalogue, k: ChangeKind) -> String {
    c.get(match k {
        ChangeKind::Inserted => Msg::KindInserted,
        ChangeKind::Deleted => Msg::KindDeleted,
        ChangeKind::Modified => Msg::KindModified,
        ChangeKind::Moved => Msg::KindMoved,
        ChangeKind::Renumbered => Msg::KindRenumbered,
    })
}

/// One sentence saying what happened to a clause.
pub fn change_sentence(cat: &Catalogue, c: &Change) -> String {
    let (o, n) = (old_label(c), new_label(c));
    let m = match c.kind {
        ChangeKind::Inserted => Message::new(Msg::ChangeInserted).with("clause", n),
        ChangeKind::Deleted => Message::new(Msg::ChangeDeleted).with("clause", o),
        ChangeKind::Modified if o == n => Message::new(Msg::ChangeModified).with("clause", n),
        kind => {
            let id = match kind {
                ChangeKind::Modified => Msg::ChangeModifiedRenumbered,
                ChangeKind::Moved if c.text_changed => Msg::ChangeMovedEdited,
                ChangeKind::Moved => Msg::ChangeMoved,
                _ => Msg::ChangeRenumbered,
            };
            Message::new(id).with("old", o).with("new", n)
        }
    };
    cat.text(&m)
}

/// The bare number of a clause reference, for ranges (`4.2–4.5`).
fn bare(c: ClauseRef) -> Arg {
    match c {
        ClauseRef::Number(n) => Arg::Num(n),
        ClauseRef::Line(l) => Arg::Num(l.to_string()),
        ClauseRef::Unnumbered => Arg::Num(String::new()),
    }
}

/// The sentence for a run of renumbered clauses.
pub fn run_sentence(cat: &Catalogue, ld: &LangDiff, first: usize, last: usize) -> String {
    let (a, b) = (&ld.changes[first], &ld.changes[last]);
    let m = Message::new(Msg::ChangeRenumberedRun)
        .with("old_first", bare(old_label(a)))
        .with("old_last", bare(old_label(b)))
        .with("new_first", bare(new_label(a)))
        .with("new_last", bare(new_label(b)))
        .with("count", last - first + 1);
    cat.text(&m)
}

/// Figure changes of a clause, one sentence each
/// (`2.3: в течение 10 дней → 14 дней`).
pub fn figure_lines(cat: &Catalogue, c: &Change) -> Vec<String> {
    let label = c
        .new
        .as_ref()
        .or(c.old.as_ref())
        .map_or(ClauseRef::Unnumbered, |s| {
            clause_label(s.clause.as_deref(), s.line)
        });
    c.figures
        .iter()
        .map(|f| {
            let change = crate::diff::figures_summary(std::slice::from_ref(f))
                .map_or(Arg::Text(String::new()), Arg::from);
            let context = if f.context.is_empty() {
                String::new()
            } else {
                format!("\u{2026}{}", f.context)
            };
            let m = Message::new(Msg::ChangeFigure)
                .with("clause", label.clone())
                .with("context", context)
                .with("change", change);
            cat.text(&m)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Counts of changes by kind: (all, modified, inserted, deleted, moved, renumbered).
pub fn counts<'a>(changes: impl Iterator<Item = &'a Change>) -> [usize; 6] {
    let mut n = [0usize; 6];
    for c in changes {
        n[0] += 1;
        let k = match c.kind {
            ChangeKind::Modified => 1,
            ChangeKind::Inserted => 2,
            ChangeKind::Deleted => 3,
            ChangeKind::Moved => 4,
            ChangeKind::Renumbered => 5,
        };
        n[k] += 1;
    }
    n
}

/// The summary sentence for a set of changes.
pub fn summary_sentence<'a>(cat: &Catalogue, changes: impl Iterator<Item = &'a Change>) -> String {
    let n = counts(changes);
    if n[0] == 0 {
        return cat.get(Msg::NoChanges);
    }
    let m = Message::new(Msg::DiffSummary)
        .with("changes", n[0])
        .with("modified", n[1])
        .with("inserted", n[2])
        .with("deleted", n[3])
        .with("moved", n[4])
        .with("renumbered", n[5]);
    cat.text(&m)
}
