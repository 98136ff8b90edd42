//! The numbering of one language: which clause numbers break the sequence,
//! and how.
//!
//! Each number is compared with the one before it. A number that breaks the
//! sequence and is followed by one that continues the sequence as if it had
//! been right (`4.2.2`, `4.2.7`, `4.2.4`) is one wrong number, reported
//! once; the sequence then goes on from the number it should have had, so a
//! single slip never cascades.

use crate::model::ClauseNumber;
use std::collections::HashMap;

/// How a number breaks the sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// Numbers were skipped: `expected` was due.
    Gap,
    /// The number was used before (at unit `first`).
    Duplicate {
        /// Index of the unit that used the number first.
        first: usize,
    },
    /// The number goes backwards or jumps away and back.
    Order,
}

/// One break in the numbering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Index of the unit (in the language's unit list) with the number.
    pub unit: usize,
    /// What is wrong.
    pub kind: IssueKind,
    /// The number before it.
    pub prev: ClauseNumber,
    /// The number that was due.
    pub expected: ClauseNumber,
}

/// The numbers that may follow `p`: its first child, or the next number at
/// any of its levels.
pub fn successors(p: &ClauseNumber) -> Vec<ClauseNumber> {
    let mut out = Vec::with_capacity(p.depth() + 1);
    let mut child = p.0.clone();
    child.push(1);
    out.push(ClauseNumber(child));
    for l in (1..=p.depth()).rev() {
        let mut s = p.0[..l].to_vec();
        if let Some(last) = s.last_mut() {
            *last = last.saturating_add(1);
        }
        out.push(ClauseNumber(s));
    }
    out
}

/// True when `cur` may follow `prev`. Lenient where lawyers are: a first
/// sub-clause may follow a skipped heading (`4.2.3` → `4.3.1`), and a
/// section may open straight into a sub-sub-clause (`4` → `4.1.1`).
pub fn follows(prev: &ClauseNumber, cur: &ClauseNumber) -> bool {
    for s in successors(prev) {
        if &s == cur {
            return true;
        }
        // Descending into first children of a successor.
        if cur.depth() > s.depth()
            && cur.0[..s.depth()] == s.0[..]
            && cur.0[s.depth()..].iter().all(|p| *p == 1)
        {
            return true;
        }
    }
    false
}

/// The number due after `prev` on the way to `cur` (for messages).
fn due(prev: &ClauseNumber, cur: &ClauseNumber) -> ClauseNumber {
    // Same depth as cur, sharing prev's prefix where possible.
    let d = cur.depth();
    if d <= prev.depth() {
        let mut s = prev.0[..d].to_vec();
        if let Some(last) = s.last_mut() {
            *last = last.saturating_add(1);
        }
        ClauseNumber(s)
    } else {
        let mut s = prev.0.clone();
        s.resize(d, 1);
        ClauseNumber(s)
    }
}

/// Analyse a sequence of numbers (`None` for unnumbered units, skipped).
pub fn analyse(numbers: &[Option<&ClauseNumber>]) -> Vec<Issue> {
    let numbered: Vec<(usize, &ClauseNumber)> = numbers
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (i, n)))
        .collect();
    let mut issues = Vec::new();
    let mut seen: HashMap<&ClauseNumber, usize> = HashMap::new();
    let mut prev: Option<ClauseNumber> = None;
    // Outer numberings interrupted by a list that starts again at 1.
    let mut stack: Vec<(ClauseNumber, HashMap<&ClauseNumber, usize>)> = Vec::new();
    for (k, &(unit, cur)) in numbered.iter().enumerate() {
        let Some(p) = prev.clone() else {
            prev = Some(cur.clone());
            seen.entry(cur).or_insert(unit);
            continue;
        };
        if follows(&p, cur) {
            prev = Some(cur.clone());
            seen.entry(cur).or_insert(unit);
            continue;
        }
        // The outer numbering resumes after a list.
        if let Some(pos) = stack.iter().rposition(|(sp, _)| follows(sp, cur)) {
            let mut frames = stack.split_off(pos);
            if let Some((_, outer_seen)) = frames.drain(..).next() {
                seen = outer_seen;
            }
            prev = Some(cur.clone());
            seen.entry(cur).or_insert(unit);
            continue;
        }
        // A list of its own: numbering starts again at 1 and goes on.
        let next_follows = numbered.get(k + 1).is_some_and(|(_, nx)| follows(cur, nx));
        if cur.0 == [1] && p.0 != [1] && next_follows {
            stack.push((p, std::mem::take(&mut seen)));
            prev = Some(cur.clone());
            seen.insert(cur, unit);
            continue;
        }
        let next = numbered.get(k + 1).map(|(_, n)| *n);
        // A lone slip: the next number continues from `p` (directly or
        // through one of p's successors) but not from `cur`.
        let mut lone: Option<ClauseNumber> = None;
        if let Some(nx) = next {
            if !follows(cur, nx) {
                if follows(&p, nx) {
                    lone = Some(p.clone());
                } else if let Some(s) = successors(&p).into_iter().find(|s| follows(s, nx)) {
                    lone = Some(s);
                }
            }
        }
        let first = seen.get(cur).copied();
        match lone {
            Some(virt) => {
                let expected = if virt == p {
                    due(&p, cur)
                } else {
                    virt.clone()
                };
                let kind = match first {
                    Some(f) => IssueKind::Duplicate { first: f },
                    None => IssueKind::Order,
                };
                issues.push(Issue {
                    unit,
                    kind,
                    prev: p.clone(),
                    expected,
                });
                prev = Some(virt);
            }
            None => {
                let kind = if let Some(f) = first {
                    IssueKind::Duplicate { first: f }
                } else if cur > &p {
                    IssueKind::Gap
                } else {
                    IssueKind::Order
                };
                issues.push(Issue {
                    unit,
                    kind,
                    prev: p.clone(),
                    expected: due(&p, cur),
                });
                prev = Some(cur.clone());
            }
        }
        seen.entry(cur).or_insert(unit);
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<ClauseNumber> {
        s.split_whitespace()
            .filter_map(ClauseNumber::parse)
            .collect()
    }

    fn run(s: &str) -> Vec<(usize, String, String)> {
        let n = nums(s);
        let refs: Vec<Option<&ClauseNumber>> = n.iter().map(Some).collect();
        analyse(&refs)
            .into_iter()
            .map(|i| {
                let k = match i.kind {
                    IssueKind::Gap => "gap",
                    IssueKind::Duplicate { .. } => "duplicate",
                    IssueKind::Order => "order",
                };
                (i.unit, k.to_string(), i.expected.to_string())
            })
            .collect()
    }

    #[test]
    fn clean_sequences() {
        assert!(run("1 1.1 1.2 1.2.1 1.2.2 2 2.1 3").is_empty());
        assert!(run("4 4.1.1 4.1.2 4.2").is_empty());
    }

    #[test]
    fn one_slip_one_issue() {
        assert_eq!(
            run("4.2.2 4.2.3 4.2.3 4.2.5"),
            vec![(2, "duplicate".into(), "4.2.4".into())]
        );
        assert_eq!(
            run("4.2.2 4.2.7 4.2.4"),
            vec![(1, "order".into(), "4.2.3".into())]
        );
        assert_eq!(
            run("8.1 8.2 9.3 8.4"),
            vec![(2, "order".into(), "8.3".into())]
        );
        assert_eq!(
            run("4.2.2 4.2.4 4.2.5"),
            vec![(1, "gap".into(), "4.2.3".into())]
        );
        assert_eq!(run("1 2 3 2 3"), vec![(3, "duplicate".into(), "4".into())]);
    }

    #[test]
    fn lists_restart_and_resume() {
        assert!(run("1 1.1 1.2 1 2 3 2 2.1").is_empty());
    }
}
