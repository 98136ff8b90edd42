//! Reports of a diff: text for terminals, JSON for tools, HTML for clients.
//! Every sentence comes from the message catalogue.

pub mod html;
pub mod json;
pub mod text;

use super::{clause_label, Change, ChangeKind, LangDiff};
use crate::messages::msg;

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

fn old_label(c: &Change) -> String {
    c.old
        .as_ref()
        .map(|s| clause_label(s.clause.as_deref(), s.line))
        .unwrap_or_default()
}

fn new_label(c: &Change) -> String {
    c.new
        .as_ref()
        .map(|s| clause_label(s.clause.as_deref(), s.line))
        .unwrap_or_default()
}

/// One sentence saying what happened to a clause.
pub fn change_sentence(c: &Change) -> String {
    let (o, n) = (old_label(c), new_label(c));
    let args = [("old", o.as_str()), ("new", n.as_str())];
    match c.kind {
        ChangeKind::Inserted => msg("diff.change.inserted", &[("clause", &n)]),
        ChangeKind::Deleted => msg("diff.change.deleted", &[("clause", &o)]),
        ChangeKind::Modified if o == n => msg("diff.change.modified", &[("clause", &n)]),
        ChangeKind::Modified => msg("diff.change.modified-renumbered", &args),
        ChangeKind::Moved if c.text_changed => msg("diff.change.moved-edited", &args),
        ChangeKind::Moved => msg("diff.change.moved", &args),
        ChangeKind::Renumbered => msg("diff.change.renumbered", &args),
    }
}

/// The sentence for a run of renumbered clauses.
pub fn run_sentence(ld: &LangDiff, first: usize, last: usize) -> String {
    let (a, b) = (&ld.changes[first], &ld.changes[last]);
    let count = (last - first + 1).to_string();
    msg(
        "diff.change.renumbered-run",
        &[
            ("old_first", &old_label(a)),
            ("old_last", &old_label(b)),
            ("new_first", &new_label(a)),
            ("new_last", &new_label(b)),
            ("count", &count),
        ],
    )
}

/// Figure changes of a clause, one sentence each
/// (`2.3: в течение 10 дней → 14 дней`).
pub fn figure_lines(c: &Change) -> Vec<String> {
    let label = c
        .new
        .as_ref()
        .or(c.old.as_ref())
        .map(|s| clause_label(s.clause.as_deref(), s.line))
        .unwrap_or_default();
    c.figures
        .iter()
        .map(|f| {
            let change = super::figures_summary(std::slice::from_ref(f));
            let context = if f.context.is_empty() {
                String::new()
            } else {
                format!("\u{2026}{}", f.context)
            };
            msg(
                "diff.change.figure",
                &[
                    ("clause", &label),
                    ("context", &context),
                    ("change", &change),
                ],
            )
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
pub fn summary_sentence<'a>(changes: impl Iterator<Item = &'a Change>) -> String {
    let n = counts(changes);
    if n[0] == 0 {
        return msg("diff.no-changes", &[]);
    }
    let s: Vec<String> = n.iter().map(|x| x.to_string()).collect();
    msg(
        "diff.summary",
        &[
            ("changes", &s[0]),
            ("modified", &s[1]),
            ("inserted", &s[2]),
            ("deleted", &s[3]),
            ("moved", &s[4]),
            ("renumbered", &s[5]),
        ],
    )
}
