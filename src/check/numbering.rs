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
///
/// Equivalent to testing `cur` against every number of [`successors`] and
/// their first children, in time and memory linear in the depths, without
/// building the successors.
pub fn follows(prev: &ClauseNumber, cur: &ClauseNumber) -> bool {
    let (p, c) = (&prev.0, &cur.0);
    // Common prefix of the two numbers.
    let k = p.iter().zip(c).take_while(|(x, y)| x == y).count();
    // `c[t..]` is all ones.
    let t = c.len() - c.iter().rev().take_while(|x| **x == 1).count();
    // The first child of `prev`, or one of its first children.
    if k == p.len() && c.len() > p.len() && t <= p.len() {
        return true;
    }
    // The next number at level `l` (`p[..l]` with its last part raised),
    // or one of its first children: `c` shares `p[..l - 1]`, so only the
    // levels up to `k + 1` can match.
    (1..=p.len().min(c.len()).min(k + 1)).any(|l| c[l - 1] == p[l - 1].saturating_add(1) && t <= l)
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

/// How many numberings interrupted by a list restarting at 1 are kept to
/// resume: lists nest a few levels deep in a contract; a file of many
/// contracts one after the other restarts at 1 for each of them.
const MAX_OPEN_LISTS: usize = 16;

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
            if stack.len() == MAX_OPEN_LISTS {
                // The outermost numbering is given up: the stack, searched
                // at every break, stays short in a file of many documents.
                stack.remove(0);
            }
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

    /// `follows` as it reads in words: `cur` is a successor of `prev` or
    /// one of a successor's first children.
    fn follows_by_successors(prev: &ClauseNumber, cur: &ClauseNumber) -> bool {
        successors(prev).iter().any(|s| {
            s == cur
                || (cur.depth() > s.depth()
                    && cur.0[..s.depth()] == s.0[..]
                    && cur.0[s.depth()..].iter().all(|p| *p == 1))
        })
    }

    proptest::proptest! {
        #[test]
        fn follows_agrees_with_successors(
            p in proptest::collection::vec(1u32..4, 1..6),
            c in proptest::collection::vec(1u32..4, 1..6),
        ) {
            let (p, c) = (ClauseNumber(p), ClauseNumber(c));
            proptest::prop_assert_eq!(follows(&p, &c), follows_by_successors(&p, &c));
        }
    }

    #[test]
    fn follows_at_the_edges() {
        let n = |s: &str| ClauseNumber::parse(s).unwrap();
        assert!(follows(&n("4"), &n("4.1.1")));
        assert!(follows(&n("4.2.3"), &n("4.3.1")));
        assert!(follows(&n("4.2.3"), &n("5")));
        assert!(!follows(&n("4.2.3"), &n("4.2.3")));
        assert!(!follows(&n("4.2"), &n("4.2.2")));
        assert!(!follows(&n("4.2"), &n("4.4")));
        let max = ClauseNumber(vec![u32::MAX]);
        assert_eq!(follows(&max, &max), follows_by_successors(&max, &max));
    }

    #[test]
    fn deep_numbers_are_no_clause_numbers() {
        let deep = |d: usize| vec!["1"; d].join(".");
        assert_eq!(
            ClauseNumber::parse(&deep(crate::model::MAX_DEPTH)).map(|n| n.depth()),
            Some(crate::model::MAX_DEPTH)
        );
        assert_eq!(
            ClauseNumber::parse(&deep(crate::model::MAX_DEPTH + 1)),
            None
        );
        assert_eq!(ClauseNumber::parse(&deep(40_000)), None);
    }

    #[test]
    fn follows_is_cheap_on_deep_numbers() {
        // Numbers built by hand may be deeper than a parsed one: `follows`
        // neither builds their successors nor compares them level by level.
        let p = ClauseNumber(vec![1; 100_000]);
        let mut c = p.0.clone();
        c.push(1);
        assert!(follows(&p, &ClauseNumber(c)));
        let mut c = p.0.clone();
        c[50_000] = 2;
        c.truncate(60_000);
        assert!(follows(&p, &ClauseNumber(c)));
    }

    #[test]
    fn lists_restart_and_resume() {
        assert!(run("1 1.1 1.2 1 2 3 2 2.1").is_empty());
    }
}
