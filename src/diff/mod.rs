//! Comparing two versions of a bilingual contract, clause by clause.
//!
//! Each language is aligned on its own ([`align`]): clauses are paired by
//! content as well as number, so a clause inserted at 1.3 makes the
//! clauses after it `renumbered`, not `modified`, and references updated
//! only because of the renumbering (`п. 2.3` → `п. 2.4`) are no change.
//! Within a changed clause the diff lists word changes ([`words`]) and
//! figure changes ([`figs`]). Then the four texts are compared: an edit in
//! one language whose counterpart in the other did not change is a
//! `one-sided-edit` finding.
//!
//! Invariants:
//! - `diff(v, v)` has no changes and no findings.
//! - Every item of either version is in exactly one row of its language;
//!   a moved clause also leaves a stub row at its old place.
//! - Changes are listed per language (Kazakh first) in the order of the
//!   rows, that is, in reading order of the new version.

pub mod align;
pub mod figs;
pub mod items;
pub mod meta;
pub mod words;

use crate::check::rules::one_sided_edit::RULE as ONE_SIDED_EDIT;
use crate::check::{Finding, Location, Severity};
use crate::lang::Lang;
use crate::messages::{Arg, ClauseRef, Message, Msg};
use crate::model::{Bilingual, Document};
use figs::FigureChange;
use items::{Item, NumberMap};
use std::collections::HashMap;
use words::WordSeg;

/// What happened to a clause between the versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// Only in the new version.
    Inserted,
    /// Only in the old version.
    Deleted,
    /// Text changed (its number may have changed too).
    Modified,
    /// Found at another place in the order of clauses (text may have changed).
    Moved,
    /// Number changed, text did not.
    Renumbered,
}

impl ChangeKind {
    /// The stable code used in reports (`inserted`, `renumbered`, …).
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::Inserted => "inserted",
            ChangeKind::Deleted => "deleted",
            ChangeKind::Modified => "modified",
            ChangeKind::Moved => "moved",
            ChangeKind::Renumbered => "renumbered",
        }
    }
}

/// One side of a change: a block of one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// Clause number, if the block has one.
    pub clause: Option<String>,
    /// 1-based line in the version's file.
    pub line: u32,
    /// Index of the item in [`LangDiff::old`] or [`LangDiff::new`].
    pub index: usize,
}

/// A change to one clause in one language.
#[derive(Debug, Clone)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// The language of the text.
    pub lang: Lang,
    /// The clause in the old version (`None` when inserted).
    pub old: Option<Side>,
    /// The clause in the new version (`None` when deleted).
    pub new: Option<Side>,
    /// The text changed (always for inserted, deleted and modified).
    pub text_changed: bool,
    /// Figures that changed, were added or removed.
    pub figures: Vec<FigureChange>,
    /// Word changes (modified and edited moved clauses), covering the texts.
    pub words: Vec<WordSeg>,
}

impl Change {
    /// The clause number to name the change by: the new one, else the old.
    pub fn clause(&self) -> Option<&str> {
        self.new
            .as_ref()
            .and_then(|s| s.clause.as_deref())
            .or_else(|| self.old.as_ref().and_then(|s| s.clause.as_deref()))
    }
}

/// One row of the side-by-side comparison of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Old item shown on the left.
    pub old: Option<usize>,
    /// New item shown on the right.
    pub new: Option<usize>,
    /// The change shown by this row, if any.
    pub change: Option<usize>,
    /// The old place of a moved clause (the clause is shown at its new place).
    pub moved_away: bool,
}

/// The comparison of one language.
#[derive(Debug, Clone)]
pub struct LangDiff {
    /// The language.
    pub lang: Lang,
    /// The old file, as given.
    pub old_file: String,
    /// The new file, as given.
    pub new_file: String,
    /// Title of the new version, if known.
    pub title: Option<String>,
    /// Blocks of the old version.
    pub old: Vec<Item>,
    /// Blocks of the new version.
    pub new: Vec<Item>,
    /// Changes, in row order.
    pub changes: Vec<Change>,
    /// Rows in reading order of the new version.
    pub rows: Vec<Row>,
    /// Old clause number → new clause number, for renumbered clauses.
    pub renumbering: NumberMap,
}

/// The comparison of two versions of a bilingual contract.
#[derive(Debug, Clone)]
pub struct DiffReport {
    /// Per language, Kazakh first.
    pub langs: Vec<LangDiff>,
    /// One-sided edits and changed requisites, sorted by (file, line, code).
    pub findings: Vec<Finding>,
    /// The comparison of `contract.toml`, when both versions are contract
    /// folders.
    pub meta: Option<meta::MetaDiff>,
}

impl DiffReport {
    /// All changes, Kazakh first.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.langs.iter().flat_map(|l| l.changes.iter())
    }

    /// No changes and no findings.
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
            && self.langs.iter().all(|l| l.changes.is_empty())
            && self.meta.as_ref().is_none_or(|m| m.changes.is_empty())
    }

    /// Changes counted in the totals: the clauses' changes and those of
    /// `contract.toml` but its figure definitions (counted in the clauses).
    pub fn change_count(&self) -> usize {
        self.changes().count() + self.meta.as_ref().map_or(0, |m| m.counted().count())
    }

    /// Add the comparison of `contract.toml` and its findings.
    pub fn with_meta(mut self, m: meta::MetaDiff) -> DiffReport {
        self.findings.extend(meta::findings(&m));
        crate::check::finding::sort_findings(&mut self.findings);
        self.meta = Some(m);
        self
    }

    /// The comparison of one language.
    pub fn lang(&self, lang: Lang) -> Option<&LangDiff> {
        self.langs.iter().find(|l| l.lang == lang)
    }

    /// The most serious finding, if any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Compare two versions of a bilingual contract.
pub fn diff(old: &Bilingual, new: &Bilingual) -> DiffReport {
    let langs: Vec<LangDiff> = Lang::ALL
        .iter()
        .map(|&l| diff_docs(old.get(l), new.get(l)))
        .collect();
    let mut findings = one_sided(&langs);
    crate::check::finding::sort_findings(&mut findings);
    DiffReport {
        langs,
        findings,
        meta: None,
    }
}

/// Compare two versions of the text of one language.
pub fn diff_docs(old: &Document, new: &Document) -> LangDiff {
    let lang = new.lang;
    let oi = items::items(old);
    let ni = items::items(new);
    let al = align::align(&oi, &ni);
    let mut map = NumberMap::new();
    for &(i, j) in &al.pairs {
        if let (Some(a), Some(b)) = (&oi[i].number, &ni[j].number) {
            if a != b {
                map.insert(a.clone(), b.clone());
            }
        }
    }
    let moved_old: Vec<bool> = {
        let mut v = vec![false; oi.len()];
        for (k, &(i, _)) in al.pairs.iter().enumerate() {
            v[i] = al.moved[k];
        }
        v
    };

    // Rows: walk the new version; deleted and moved-away old items are
    // shown before the next in-order pair that follows them.
    let mut rows = Vec::with_capacity(oi.len().max(ni.len()));
    let mut cursor = 0usize;
    let old_rows = |rows: &mut Vec<Row>, from: usize, to: usize| {
        let partners = al.old_to_new.get(from..to).unwrap_or(&[]);
        let moved = moved_old.get(from..to).unwrap_or(&[]);
        for (k, (partner, &moved)) in partners.iter().zip(moved).enumerate() {
            if partner.is_none() || moved {
                rows.push(Row {
                    old: Some(from + k),
                    new: *partner,
                    change: None,
                    moved_away: moved,
                });
            }
        }
    };
    for j in 0..ni.len() {
        let partner = al.new_to_old[j];
        if let Some(i) = partner.filter(|&i| !moved_old[i]) {
            if i >= cursor {
                old_rows(&mut rows, cursor, i);
                cursor = i + 1;
            }
        }
        rows.push(Row {
            old: partner,
            new: Some(j),
            change: None,
            moved_away: false,
        });
    }
    old_rows(&mut rows, cursor, oi.len());

    // Changes, in row order.
    let side = |items: &[Item], i: usize| Side {
        clause: items[i].clause(),
        line: items[i].line,
        index: i,
    };
    let refs_of = |it: &Item| it.reference_ranges();
    let mut changes = Vec::new();
    let mut change_of_new: HashMap<usize, usize> = HashMap::new();
    for row in rows.iter_mut() {
        if row.moved_away {
            continue;
        }
        let change = match (row.old, row.new) {
            (Some(i), Some(j)) => {
                let (o, n) = (&oi[i], &ni[j]);
                let changed = !words::same_text(o, n, &map);
                let kind = if moved_old[i] {
                    ChangeKind::Moved
                } else if changed {
                    ChangeKind::Modified
                } else if o.number != n.number {
                    ChangeKind::Renumbered
                } else {
                    continue;
                };
                let (figures, words) = if changed {
                    let (ro, rn) = (refs_of(o), refs_of(n));
                    (
                        figs::figure_changes(Some((&o.text, &ro)), Some((&n.text, &rn)), lang),
                        words::word_diff(o, n, &map),
                    )
                } else {
                    (Vec::new(), Vec::new())
                };
                Change {
                    kind,
                    lang,
                    old: Some(side(&oi, i)),
                    new: Some(side(&ni, j)),
                    text_changed: changed,
                    figures,
                    words,
                }
            }
            (Some(i), None) => {
                let r = refs_of(&oi[i]);
                Change {
                    kind: ChangeKind::Deleted,
                    lang,
                    old: Some(side(&oi, i)),
                    new: None,
                    text_changed: true,
                    figures: figs::figure_changes(Some((&oi[i].text, &r)), None, lang),
                    words: Vec::new(),
                }
            }
            (None, Some(j)) => {
                let r = refs_of(&ni[j]);
                Change {
                    kind: ChangeKind::Inserted,
                    lang,
                    old: None,
                    new: Some(side(&ni, j)),
                    text_changed: true,
                    figures: figs::figure_changes(None, Some((&ni[j].text, &r)), lang),
                    words: Vec::new(),
                }
            }
            (None, None) => continue,
        };
        if let Some(j) = row.new {
            change_of_new.insert(j, changes.len());
        }
        row.change = Some(changes.len());
        changes.push(change);
    }
    for row in rows.iter_mut().filter(|r| r.moved_away) {
        row.change = row.new.and_then(|j| change_of_new.get(&j).copied());
    }

    LangDiff {
        lang,
        old_file: old.file.clone(),
        new_file: new.file.clone(),
        title: new.title.clone(),
        old: oi,
        new: ni,
        changes,
        rows,
        renumbering: map,
    }
}

/// Key pairing a block with its counterpart in the other language of the
/// same version: its number, or (for unnumbered blocks) the last number
/// before it and its rank after that number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum CpKey {
    Numbered(items::ItemKind, String),
    After(items::ItemKind, String, usize),
}

fn cp_keys(items: &[Item]) -> Vec<CpKey> {
    let mut last = String::new();
    let mut rank = 0;
    items
        .iter()
        .map(|it| match &it.number {
            Some(n) => {
                last = n.to_string();
                rank = 0;
                CpKey::Numbered(it.kind, last.clone())
            }
            None => {
                rank += 1;
                CpKey::After(it.kind, last.clone(), rank)
            }
        })
        .collect()
}

/// For every item of `a`, its counterpart in `b`.
fn counterparts(a: &[Item], b: &[Item]) -> Vec<Option<usize>> {
    let mut index: HashMap<CpKey, usize> = HashMap::new();
    for (j, k) in cp_keys(b).into_iter().enumerate() {
        index.entry(k).or_insert(j);
    }
    cp_keys(a).iter().map(|k| index.get(k).copied()).collect()
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= MAX {
        return t;
    }
    let cut: String = t.chars().take(MAX).collect();
    format!("{}\u{2026}", cut.trim_end())
}

/// The name of a clause in a sentence: its number, or its line.
pub fn clause_label(clause: Option<&str>, line: u32) -> ClauseRef {
    ClauseRef::or_line(clause, line)
}

/// The figure changes of a clause as a message, `None` when there are
/// none: `10 дней → 14 дней; 5% (deleted)`.
pub fn figures_summary(figures: &[FigureChange]) -> Option<Message> {
    let one = |f: &FigureChange| match (&f.old, &f.new) {
        (Some(o), Some(n)) => Some(
            Message::new(Msg::FigureChanged)
                .with("old", o)
                .with("new", n),
        ),
        (Some(o), None) => Some(Message::new(Msg::FigureRemoved).with("old", o)),
        (None, Some(n)) => Some(Message::new(Msg::FigureAdded).with("new", n)),
        (None, None) => None,
    };
    let items: Vec<Message> = figures.iter().filter_map(one).collect();
    list(items)
}

/// Messages joined by `; `, nested as a balanced tree: a clause may change
/// thousands of figures, and a chain as deep as the list would overflow
/// the stack when it is made into text or dropped.
fn list(mut items: Vec<Message>) -> Option<Message> {
    if items.len() <= 1 {
        return items.pop();
    }
    let rest = items.split_off(items.len() / 2);
    Some(
        Message::new(Msg::FigureList)
            .with("first", list(items)?)
            .with("rest", list(rest)?),
    )
}

fn location(ld: &LangDiff, new_side: bool, index: usize) -> Location {
    let (items, file) = if new_side {
        (&ld.new, &ld.new_file)
    } else {
        (&ld.old, &ld.old_file)
    };
    let it = &items[index];
    Location {
        lang: Some(ld.lang),
        file: file.clone(),
        line: it.line,
        column: None,
        clause: it.clause(),
        excerpt: excerpt(&it.text),
    }
}

/// Edits made in one language only, and figures changed differently.
fn one_sided(langs: &[LangDiff]) -> Vec<Finding> {
    let mut out = Vec::new();
    let [a, b] = langs else {
        return out;
    };
    for (l, o) in [(a, b), (b, a)] {
        let cp_old = counterparts(&l.old, &o.old);
        let cp_new = counterparts(&l.new, &o.new);
        let mut o_by_old: HashMap<usize, usize> = HashMap::new();
        let mut o_by_new: HashMap<usize, usize> = HashMap::new();
        for (k, c) in o.changes.iter().enumerate().filter(|(_, c)| c.text_changed) {
            if let Some(s) = &c.old {
                o_by_old.insert(s.index, k);
            }
            if let Some(s) = &c.new {
                o_by_new.insert(s.index, k);
            }
        }
        // Moves: the counterpart must have moved too (to the same place).
        let moved_new: std::collections::HashSet<usize> = o
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::Moved)
            .filter_map(|c| c.new.as_ref().map(|s| s.index))
            .collect();
        for c in l
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::Moved && !c.text_changed)
        {
            let Some(s) = &c.new else { continue };
            let cpn = cp_new[s.index];
            if cpn.is_some_and(|j| moved_new.contains(&j)) {
                continue;
            }
            let primary = location(l, true, s.index);
            let label = clause_label(primary.clause.as_deref(), primary.line);
            let message = Message::new(Msg::OneSidedMoved)
                .with("clause", label)
                .with("lang", l.lang)
                .with("other", o.lang);
            let mut locations = vec![primary];
            locations.extend(cpn.map(|j| location(o, true, j)));
            out.push(ONE_SIDED_EDIT.finding(message, locations));
        }
        for c in l.changes.iter().filter(|c| c.text_changed) {
            let cpo = c.old.as_ref().and_then(|s| cp_old[s.index]);
            let cpn = c.new.as_ref().and_then(|s| cp_new[s.index]);
            let other = cpn
                .and_then(|j| o_by_new.get(&j))
                .or_else(|| cpo.and_then(|i| o_by_old.get(&i)))
                .map(|&k| &o.changes[k]);
            let primary = match (&c.new, &c.old) {
                (Some(s), _) => location(l, true, s.index),
                (None, Some(s)) => location(l, false, s.index),
                (None, None) => continue,
            };
            let counterpart = match (cpn, cpo) {
                (Some(j), _) => Some(location(o, true, j)),
                (None, Some(i)) => Some(location(o, false, i)),
                _ => None,
            };
            let label = clause_label(primary.clause.as_deref(), primary.line);
            let (message, severity) = match other {
                None => {
                    let id = match c.kind {
                        ChangeKind::Inserted => Msg::OneSidedInserted,
                        ChangeKind::Deleted => Msg::OneSidedDeleted,
                        _ if !c.figures.is_empty() => Msg::OneSidedFigures,
                        _ => Msg::OneSidedWording,
                    };
                    let sev = if c.figures.is_empty() {
                        Severity::Warning
                    } else {
                        Severity::Error
                    };
                    let figures =
                        figures_summary(&c.figures).map_or(Arg::Text(String::new()), Arg::from);
                    let m = Message::new(id)
                        .with("clause", label)
                        .with("lang", l.lang)
                        .with("other", o.lang)
                        .with("figures", figures);
                    (m, sev)
                }
                Some(c2) => {
                    // Both changed: the figures must have changed alike.
                    // Reported once, from the Kazakh side.
                    if l.lang != Lang::Kk || !figures_differ(&c.figures, &c2.figures) {
                        continue;
                    }
                    let summary = |f: &[FigureChange]| {
                        Arg::from(figures_summary(f).unwrap_or(Message::new(Msg::FigureNone)))
                    };
                    let m = Message::new(Msg::OneSidedDifferently)
                        .with("clause", label)
                        .with("lang", l.lang)
                        .with("other", o.lang)
                        .with("figures", summary(&c.figures))
                        .with("other_figures", summary(&c2.figures));
                    (m, Severity::Error)
                }
            };
            let mut locations = vec![primary];
            locations.extend(counterpart);
            out.push(Finding {
                severity,
                ..ONE_SIDED_EDIT.finding(message, locations)
            });
        }
    }
    out
}

fn figures_differ(a: &[FigureChange], b: &[FigureChange]) -> bool {
    let keys = |v: &[FigureChange]| {
        let mut k: Vec<(Option<String>, Option<String>)> = v
            .iter()
            .map(|f| (f.old_key.clone(), f.new_key.clone()))
            .collect();
        k.sort();
        k
    };
    keys(a) != keys(b)
}

#[cfg(test)]
mod tests;
