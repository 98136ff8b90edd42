//! Aligning the clauses of two versions of one language.
//!
//! 1. Items with the same kind and the same text (whitespace collapsed,
//!    clause references masked) are paired first, by hash.
//! 2. The longest run of those pairs that keeps reading order is the
//!    backbone; between two backbone pairs, the unpaired items of each side
//!    are paired by word similarity, in order (weighted LCS, or a greedy
//!    banded scan when the gap is large).
//! 3. What is still unpaired is compared across the whole document through
//!    an index of shared words, to find clauses moved and edited.
//! 4. Pairs outside the longest in-order subsequence of all pairs are moves.
//!
//! Every step is near-linear in the number of items.

use super::items::{similarity, Item};
use std::collections::HashMap;

/// Minimum similarity for two different texts to be the same clause.
const THRESHOLD: f32 = 0.5;
/// Similarity needed for a pair found out of order (a moved clause).
const MOVE_THRESHOLD: f32 = 0.6;
/// Bonus when the clause number did not change.
const SAME_NUMBER_BONUS: f32 = 0.15;
/// Largest gap (old × new items) aligned by full dynamic programming.
const DP_LIMIT: usize = 40_000;
/// Half-width of the band searched in large gaps.
const BAND: usize = 40;
/// Candidates examined per unpaired item in the global pass.
const CANDIDATES: usize = 8;
/// Words shared by more items than this are not used to find candidates.
const COMMON_WORD: usize = 64;

/// The result of aligning two item lists.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Pairs (old index, new index), sorted by old index.
    pub pairs: Vec<(usize, usize)>,
    /// For every pair (same order as `pairs`): outside reading order.
    pub moved: Vec<bool>,
    /// Old index → new index.
    pub old_to_new: Vec<Option<usize>>,
    /// New index → old index.
    pub new_to_old: Vec<Option<usize>>,
}

fn score(a: &Item, b: &Item) -> f32 {
    if a.kind != b.kind {
        return 0.0;
    }
    let mut s = similarity(a, b);
    if a.number.is_some() && a.number == b.number {
        s += SAME_NUMBER_BONUS;
    }
    s
}

/// Align `old` with `new`.
pub fn align(old: &[Item], new: &[Item]) -> Alignment {
    let mut o2n: Vec<Option<usize>> = vec![None; old.len()];
    let mut n2o: Vec<Option<usize>> = vec![None; new.len()];

    // 1. Exact matches by hash, in order within each hash.
    let mut by_hash: HashMap<u64, std::collections::VecDeque<usize>> = HashMap::new();
    for (i, it) in old.iter().enumerate() {
        by_hash.entry(it.hash).or_default().push_back(i);
    }
    let mut exact = Vec::new();
    for (j, it) in new.iter().enumerate() {
        if let Some(i) = by_hash.get_mut(&it.hash).and_then(|q| q.pop_front()) {
            exact.push((i, j));
        }
    }
    exact.sort_unstable();
    for &(i, j) in &exact {
        o2n[i] = Some(j);
        n2o[j] = Some(i);
    }

    // 2. Fill the gaps between backbone pairs by similarity.
    let in_order = lis(&exact);
    let backbone: Vec<(usize, usize)> = exact
        .iter()
        .zip(&in_order)
        .filter(|(_, k)| **k)
        .map(|(p, _)| *p)
        .collect();
    let mut prev = (0usize, 0usize);
    for anchor in backbone
        .iter()
        .map(|&(i, j)| (i, j))
        .chain(std::iter::once((old.len(), new.len())))
    {
        let a: Vec<usize> = (prev.0..anchor.0).filter(|&i| o2n[i].is_none()).collect();
        let b: Vec<usize> = (prev.1..anchor.1).filter(|&j| n2o[j].is_none()).collect();
        if !a.is_empty() && !b.is_empty() {
            for (i, j) in fill_gap(old, new, &a, &b) {
                o2n[i] = Some(j);
                n2o[j] = Some(i);
            }
        }
        prev = (anchor.0 + 1, anchor.1 + 1);
    }

    // 3. Moved and edited: candidates through shared words.
    global_pass(old, new, &mut o2n, &mut n2o);

    // 4. Moves: pairs outside the longest in-order subsequence.
    let pairs: Vec<(usize, usize)> = o2n
        .iter()
        .enumerate()
        .filter_map(|(i, j)| j.map(|j| (i, j)))
        .collect();
    let keep = lis(&pairs);
    Alignment {
        moved: keep.iter().map(|k| !k).collect(),
        pairs,
        old_to_new: o2n,
        new_to_old: n2o,
    }
}

/// Pair the unpaired items of one gap, keeping order.
fn fill_gap(old: &[Item], new: &[Item], a: &[usize], b: &[usize]) -> Vec<(usize, usize)> {
    if a.len() * b.len() <= DP_LIMIT {
        // Weighted LCS; scores in thousandths.
        let w = |x: usize, y: usize| -> u32 {
            let s = score(&old[a[x]], &new[b[y]]);
            if s >= THRESHOLD {
                (s * 1000.0) as u32
            } else {
                0
            }
        };
        let (n, m) = (a.len(), b.len());
        let mut dp = vec![0u32; (n + 1) * (m + 1)];
        let mut wt = vec![0u32; n * m];
        for x in 0..n {
            for y in 0..m {
                wt[x * m + y] = w(x, y);
            }
        }
        let at = |x: usize, y: usize| x * (m + 1) + y;
        for x in 1..=n {
            for y in 1..=m {
                let mut best = dp[at(x - 1, y)].max(dp[at(x, y - 1)]);
                let s = wt[(x - 1) * m + (y - 1)];
                if s > 0 {
                    best = best.max(dp[at(x - 1, y - 1)] + s);
                }
                dp[at(x, y)] = best;
            }
        }
        let mut out = Vec::new();
        let (mut x, mut y) = (n, m);
        while x > 0 && y > 0 {
            let s = wt[(x - 1) * m + (y - 1)];
            if s > 0 && dp[at(x, y)] == dp[at(x - 1, y - 1)] + s {
                out.push((a[x - 1], b[y - 1]));
                x -= 1;
                y -= 1;
            } else if dp[at(x, y)] == dp[at(x - 1, y)] {
                x -= 1;
            } else {
                y -= 1;
            }
        }
        out.reverse();
        out
    } else {
        // Greedy, in order, within a band around the proportional position.
        let mut out = Vec::new();
        let mut floor = 0usize;
        for (x, &i) in a.iter().enumerate() {
            let centre = x * b.len() / a.len();
            let lo = centre.saturating_sub(BAND).max(floor);
            let hi = (centre + BAND).min(b.len());
            let mut best: Option<(f32, usize)> = None;
            for y in lo..hi {
                let s = score(&old[i], &new[b[y]]);
                if s >= THRESHOLD && best.is_none_or(|(bs, _)| s > bs) {
                    best = Some((s, y));
                }
            }
            if let Some((_, y)) = best {
                out.push((i, b[y]));
                floor = y + 1;
            }
        }
        out
    }
}

fn global_pass(old: &[Item], new: &[Item], o2n: &mut [Option<usize>], n2o: &mut [Option<usize>]) {
    let free_new: Vec<usize> = (0..new.len()).filter(|&j| n2o[j].is_none()).collect();
    if free_new.is_empty() {
        return;
    }
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for &j in &free_new {
        let mut last = None;
        for &w in &new[j].bag {
            if last != Some(w) {
                index.entry(w).or_default().push(j);
                last = Some(w);
            }
        }
    }
    let mut counts: HashMap<usize, u32> = HashMap::new();
    for i in 0..old.len() {
        if o2n[i].is_some() {
            continue;
        }
        counts.clear();
        let mut last = None;
        for &w in &old[i].bag {
            if last == Some(w) {
                continue;
            }
            last = Some(w);
            if let Some(list) = index.get(&w) {
                if list.len() > COMMON_WORD {
                    continue;
                }
                for &j in list {
                    if n2o[j].is_none() {
                        *counts.entry(j).or_default() += 1;
                    }
                }
            }
        }
        let mut cands: Vec<(u32, usize)> = counts.iter().map(|(&j, &c)| (c, j)).collect();
        cands.sort_unstable_by(|x, y| y.cmp(x));
        let mut best: Option<(f32, usize)> = None;
        for &(_, j) in cands.iter().take(CANDIDATES) {
            let s = score(&old[i], &new[j]);
            if s >= MOVE_THRESHOLD && best.is_none_or(|(bs, bj)| s > bs || (s == bs && j < bj)) {
                best = Some((s, j));
            }
        }
        if let Some((_, j)) = best {
            o2n[i] = Some(j);
            n2o[j] = Some(i);
        }
    }
}

/// Membership in one longest strictly increasing subsequence of the second
/// components (pairs sorted by the first).
pub fn lis(pairs: &[(usize, usize)]) -> Vec<bool> {
    let n = pairs.len();
    let mut tails: Vec<usize> = Vec::new(); // indices into pairs
    let mut prev: Vec<Option<usize>> = vec![None; n];
    for k in 0..n {
        let v = pairs[k].1;
        let pos = tails.partition_point(|&t| pairs[t].1 < v);
        if pos > 0 {
            prev[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut keep = vec![false; n];
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        keep[k] = true;
        cur = prev[k];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lis_keeps_the_longest_order() {
        let p = [(0, 0), (1, 3), (2, 1), (3, 2), (4, 4)];
        assert_eq!(lis(&p), [true, false, true, true, true]);
        assert!(lis(&[]).is_empty());
    }
}
