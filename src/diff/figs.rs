//! Figure changes inside a clause: amounts, periods, percentages, dates.
//!
//! Figures come from [`crate::figures::extract`]. A small fallback below
//! finds plain digit figures when the engine returns nothing for a text
//! that has digits.

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

fn figures_in(text: &str, lang: Lang, refs: &[Range<usize>]) -> Vec<Fig> {
    let found: Vec<Fig> = figures::extract(text, lang)
        .into_iter()
        .filter(|f| f.is_comparable())
        .map(|f| Fig {
            key: format!("{:?}|{:?}|{:?}", f.kind, f.value, f.unit),
            kind: format!("{:?}", f.kind),
            text: f.text,
            start: f.span.start,
        })
        .collect();
    if found.is_empty() && text.bytes().any(|b| b.is_ascii_digit()) {
        return fallback::plain_figures(text, refs);
    }
    found
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
    let of = old.map_or_else(Vec::new, |(t, r)| figures_in(t, lang, r));
    let nf = new.map_or_else(Vec::new, |(t, r)| figures_in(t, lang, r));
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

/// Fallback: plain digit figures, used only when the figures engine finds
/// nothing in a text with digits.
mod fallback {
    use super::Fig;
    use std::ops::Range;

    /// A digit run (with spaces or a comma between digit groups) and the
    /// unit word or `%` after it. Dotted numbers (clause numbers, dates) and
    /// clause references are skipped.
    pub(super) fn plain_figures(text: &str, refs: &[Range<usize>]) -> Vec<Fig> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |k: usize| chars.get(k).map(|c| c.1);
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k].1;
            let prev_ok = k == 0 || at(k - 1).is_some_and(|p| !p.is_alphanumeric() && p != '.');
            if !c.is_ascii_digit() || !prev_ok {
                k += 1;
                continue;
            }
            let start = k;
            let mut dotted = false;
            loop {
                while at(k).is_some_and(|c| c.is_ascii_digit()) {
                    k += 1;
                }
                let sep = at(k);
                let next_digit = at(k + 1).is_some_and(|c| c.is_ascii_digit());
                match sep {
                    Some(' ' | '\u{a0}' | '\u{202f}' | ',') if next_digit => k += 1,
                    Some('.') if next_digit => {
                        dotted = true;
                        k += 1;
                    }
                    _ => break,
                }
            }
            let num_end = k;
            let byte_start = chars[start].0;
            let byte_num_end = chars.get(num_end).map_or(text.len(), |c| c.0);
            if dotted
                || refs
                    .iter()
                    .any(|r| r.start < byte_num_end && byte_start < r.end)
            {
                continue;
            }
            // The unit: `%`, or the next word (after spaces and a bracketed
            // number in words).
            let mut u = num_end;
            while at(u).is_some_and(char::is_whitespace) {
                u += 1;
            }
            if at(u) == Some('(') {
                while at(u).is_some_and(|c| c != ')') {
                    u += 1;
                }
                u += 1;
                while at(u).is_some_and(char::is_whitespace) {
                    u += 1;
                }
            }
            let mut end = num_end;
            if at(u) == Some('%') {
                end = u + 1;
            } else if at(u).is_some_and(char::is_alphabetic) {
                let mut e = u;
                while at(e).is_some_and(char::is_alphabetic) {
                    e += 1;
                }
                end = e;
            }
            let byte_end = chars.get(end).map_or(text.len(), |c| c.0);
            let key: String = text[byte_start..byte_num_end]
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == ',')
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            out.push(Fig {
                text: text[byte_start..byte_end].to_string(),
                key,
                kind: "plain".to_string(),
                start: byte_start,
            });
            k = num_end;
        }
        out
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn finds_plain_figures() {
            let f = plain_figures(
                "в течение 10 календарных дней, 250 000 тенге, 0,1% и п. 2.1",
                &[],
            );
            let t: Vec<&str> = f.iter().map(|f| f.text.as_str()).collect();
            assert_eq!(t, ["10 календарных", "250 000 тенге", "0,1%"]);
            assert_eq!(f[1].key, "250000");
            assert_eq!(f[2].key, "0.1");
        }
    }
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
