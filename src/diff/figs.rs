//! Figure changes inside a clause: amounts, periods, percentages, dates.
//!
//! Figures come from [`crate::figures::extract`]; clause references and
//! identifiers are not figures here (a reference updated by renumbering is
//! no change).

use crate::figures;
use crate::lang::Lang;
use std::ops::Range;

/// A figure that changed: its text before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureChange {
    /// The figure as written in the old text (`None` when added).
    pub old: Option<String>,
    /// The figure as written in the new text (`None` when removed).
    pub new: Option<String>,
    /// A few words before the figure, to say which figure it is.
    pub context: String,
    /// Comparable value of the old figure (language-independent).
    pub old_key: Option<String>,
    /// Comparable value of the new figure.
    pub new_key: Option<String>,
}

#[derive(Debug, Clone)]
struct Fig {
    text: String,
    key: String,
    kind: String,
    start: usize,
}

fn figures_in(text: &str, lang: Lang) -> Vec<Fig> {
    figures::extract(text, lang)
        .into_iter()
        .filter(|f| f.is_comparable())
        .map(|f| Fig {
            key: format!("{:?}|{:?}|{:?}", f.kind, f.value, f.unit),
            kind: format!("{:?}", f.kind),
            text: f.text,
            start: f.span.start,
        })
        .collect()
}

fn context(text: &str, at: usize) -> String {
    let before = text.get(..at).unwrap_or("");
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// The figures that differ between two texts of one clause. Figures found
/// in both (by value) are not changes; the rest are paired by kind, in
/// order.
pub fn figure_changes(
    old: Option<(&str, &[Range<usize>])>,
    new: Option<(&str, &[Range<usize>])>,
    lang: Lang,
) -> Vec<FigureChange> {
    let of = old.map_or_else(Vec::new, |(t, _)| figures_in(t, lang));
    let nf = new.map_or_else(Vec::new, |(t, _)| figures_in(t, lang));
    let mut n_used = vec![false; nf.len()];
    let mut removed = Vec::new();
    for o in &of {
        match (0..nf.len()).find(|&k| !n_used[k] && nf[k].key == o.key) {
            Some(k) => n_used[k] = true,
            None => removed.push(o),
        }
    }
    let mut added: Vec<Option<&Fig>> = nf
        .iter()
        .zip(&n_used)
        .filter(|(_, u)| !**u)
        .map(|(f, _)| Some(f))
        .collect();
    let old_text = old.map_or("", |(t, _)| t);
    let new_text = new.map_or("", |(t, _)| t);
    let mut out = Vec::new();
    for o in removed {
        let partner = added
            .iter_mut()
            .find(|a| a.is_some_and(|a| a.kind == o.kind))
            .and_then(Option::take);
        out.push(FigureChange {
            old: Some(o.text.clone()),
            new: partner.map(|n| n.text.clone()),
            context: match partner {
                Some(n) => context(new_text, n.start),
                None => context(old_text, o.start),
            },
            old_key: Some(o.key.clone()),
            new_key: partner.map(|n| n.key.clone()),
        });
    }
    for n in added.into_iter().flatten() {
        out.push(FigureChange {
            old: None,
            new: Some(n.text.clone()),
            context: context(new_text, n.start),
            old_key: None,
            new_key: Some(n.key.clone()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_a_changed_period() {
        let old = "Возврат производится в течение 10 календарных дней.";
        let new = "Возврат производится в течение 14 календарных дней.";
        let ch = figure_changes(Some((old, &[])), Some((new, &[])), Lang::Ru);
        assert_eq!(ch.len(), 1);
        assert!(ch[0].old.as_deref().is_some_and(|t| t.starts_with("10")));
        assert!(ch[0].new.as_deref().is_some_and(|t| t.starts_with("14")));
        assert_eq!(ch[0].context, "производится в течение");
    }

    #[test]
    fn unchanged_figures_are_not_changes() {
        let t = "Стоимость 250 000 тенге.";
        assert!(figure_changes(Some((t, &[])), Some((t, &[])), Lang::Ru).is_empty());
    }
}
