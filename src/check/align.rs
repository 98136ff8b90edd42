//! Aligning the clauses of the two languages.
//!
//! Dynamic programming over the two sequences (global alignment with gaps),
//! scoring a pair by clause numbers, figures, length and position together,
//! so that one wrong number does not derail the pairing: a duplicated
//! `4.2.3` on one side still pairs with `4.2.4` on the other because their
//! figures and lengths agree.
//!
//! The table is computed in a band around the diagonal (the diagonal of the
//! two lengths); when the best path touches the edge of the band, the band
//! is doubled and the table recomputed. Cost is O((n + m) · w) for a band of
//! half-width w, near-linear for documents whose languages follow each
//! other.
//!
//! Memory is bounded: sequences of up to [`WINDOW`] units on each side
//! (every real contract) are aligned in one table, globally. Longer ones
//! are aligned window by window: a window of at most [`WINDOW`] units per
//! side, cut in the proportion of what is left of the two sides, is aligned
//! with its end left free (the path may stop anywhere on its last row or
//! column), and only the first half of its path is kept; the next window
//! starts where the kept part ends. A window's table holds at most
//! `WINDOW²` cells however wide its band grows, so memory stays linear in
//! the length of the document and time near-linear.
//!
//! Invariant: the output lists every index of both sequences exactly once,
//! in increasing order on each side.

use crate::model::ClauseNumber;

/// What the aligner knows about one unit (clause or heading).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// Clause number, if any.
    pub number: Option<ClauseNumber>,
    /// Keys of the comparable figures (value only), sorted.
    pub figures: Vec<u64>,
    /// Keys of the references (clauses, sub-items, law articles), sorted:
    /// shared ones are evidence of a pair, absent ones no evidence against
    /// it (a translator may leave a citation out).
    pub refs: Vec<u64>,
    /// Length of the text in characters.
    pub len: usize,
    /// A section heading rather than a clause.
    pub heading: bool,
}

/// One step of an alignment: a pair, or a unit of one side alone.
pub type Pair = (Option<usize>, Option<usize>);

const GAP: f32 = 1.0;

/// How well `a` and `b` match: positive when they look like translations
/// of each other. `bias` is the natural log of the ratio of the two
/// languages' total lengths (Kazakh runs longer than Russian).
///
/// Content (figures, length) weighs more than the number, so that a clause
/// whose number slipped still pairs with its translation.
pub fn score(a: &Features, b: &Features, bias: f32) -> f32 {
    score_trusting(a, b, bias, 0.0)
}

/// [`score`] with the weight of the clause numbers raised by `trust` (0 to
/// 1): how consistent the numbering of both languages is. Where both
/// sequences count on without a break, an equal number is strong evidence
/// and a different one strong counter-evidence, so that an abridged
/// translation whose clauses differ in length still pairs by number.
pub fn score_trusting(a: &Features, b: &Features, bias: f32, trust: f32) -> f32 {
    let mut s = 0.0f32;
    if a.heading != b.heading {
        s -= 1.0;
    }
    match (&a.number, &b.number) {
        (Some(x), Some(y)) if x == y => s += 0.8 + 3.0 * trust,
        (Some(x), Some(y)) => {
            if x.depth() == y.depth() && x.parent() == y.parent() {
                s -= 0.2 + 1.5 * trust;
            } else {
                s -= 0.6 + 2.0 * trust;
            }
        }
        (Some(_), None) | (None, Some(_)) => s -= 0.4,
        (None, None) => {}
    }
    match (a.figures.is_empty(), b.figures.is_empty()) {
        (false, false) => {
            let common = common_count(&a.figures, &b.figures) as f32;
            let most = a.figures.len().max(b.figures.len()) as f32;
            s += 2.5 * common / most - 0.6;
        }
        (true, true) => {}
        _ => s -= 0.5,
    }
    let common_refs = common_count(&a.refs, &b.refs);
    if common_refs > 0 {
        let most = a.refs.len().max(b.refs.len()) as f32;
        s += common_refs as f32 / most;
    }
    let la = a.len as f32 + 20.0;
    let lb = b.len as f32 + 20.0;
    let r = ((la / lb).ln() - bias).abs();
    s += (1.0 - 2.5 * r).max(-2.5);
    s
}

/// Size of the multiset intersection of two sorted slices.
fn common_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Units per side that one alignment table covers at most: beyond it the
/// sequences are aligned window by window (see the module documentation).
pub const WINDOW: usize = 2048;

/// Align two sequences. Returns pairs and one-sided units in order.
pub fn align(a: &[Features], b: &[Features]) -> Vec<Pair> {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return (0..n)
            .map(|i| (Some(i), None))
            .chain((0..m).map(|j| (None, Some(j))))
            .collect();
    }
    let total = |f: &[Features]| f.iter().map(|x| x.len as f64 + 20.0).sum::<f64>();
    let bias = (total(a) / total(b)).ln().clamp(-0.7, 0.7) as f32;
    let trust = numbering_trust(a).min(numbering_trust(b));
    let mut path: Vec<Pair> = Vec::with_capacity(n + m);
    let (mut i0, mut j0) = (0usize, 0usize);
    loop {
        let (rn, rm) = (n - i0, m - j0);
        if rn == 0 || rm == 0 {
            path.extend((i0..n).map(|i| (Some(i), None)));
            path.extend((j0..m).map(|j| (None, Some(j))));
            return path;
        }
        let last = rn <= WINDOW && rm <= WINDOW;
        // The window, cut in the proportion of what is left of each side.
        let (ka, kb) = if last {
            (rn, rm)
        } else if rn >= rm {
            (
                WINDOW,
                ((WINDOW as u128 * rm as u128).div_ceil(rn as u128) as usize).max(1),
            )
        } else {
            (
                ((WINDOW as u128 * rn as u128).div_ceil(rm as u128) as usize).max(1),
                WINDOW,
            )
        };
        let wa = &a[i0..i0 + ka];
        let wb = &b[j0..j0 + kb];
        let part = align_window(wa, wb, bias, trust, !last);
        if last {
            path.extend(
                part.into_iter()
                    .map(|(x, y)| (x.map(|x| x + i0), y.map(|y| y + j0))),
            );
            return path;
        }
        // Keep the first half of the window's path (at least one step).
        let (half_a, half_b) = ((ka / 2).max(1), (kb / 2).max(1));
        let (mut da, mut db) = (0usize, 0usize);
        for (x, y) in part {
            if da >= half_a || db >= half_b {
                break;
            }
            path.push((x.map(|x| x + i0), y.map(|y| y + j0)));
            da += usize::from(x.is_some());
            db += usize::from(y.is_some());
        }
        i0 += da;
        j0 += db;
    }
}

/// Align one window, widening the band while the path runs along its
/// edge. With `free_end` the path may end anywhere on the last row or
/// column of the table.
fn align_window(
    a: &[Features],
    b: &[Features],
    bias: f32,
    trust: f32,
    free_end: bool,
) -> Vec<Pair> {
    let (n, m) = (a.len(), b.len());
    let mut w = n.abs_diff(m) + 24;
    loop {
        let (path, touched) = banded(a, b, w, bias, trust, free_end);
        if !touched || w >= n.max(m) {
            return path;
        }
        w = (w * 2).min(n.max(m));
    }
}

/// How far the clause numbers of one side can be trusted for pairing: 0
/// for fewer than five numbers or a numbering with more than one break in
/// ten, rising to 1 for a numbering without a break.
pub fn numbering_trust(f: &[Features]) -> f32 {
    let nums: Vec<&ClauseNumber> = f.iter().filter_map(|x| x.number.as_ref()).collect();
    if nums.len() < 5 {
        return 0.0;
    }
    let good = nums
        .windows(2)
        .filter(|w| crate::check::numbering::follows(w[0], w[1]))
        .count() as f32;
    let share = good / (nums.len() - 1) as f32;
    ((share - 0.9) / 0.1).clamp(0.0, 1.0)
}

/// The band of row `i`: columns `lo..=hi`.
fn band(i: usize, n: usize, m: usize, w: usize) -> (usize, usize) {
    let c = (i as u128 * m as u128 / n as u128) as usize;
    (c.saturating_sub(w), (c + w).min(m))
}

/// Banded DP; returns the path and whether it ran along the band's edge.
/// With `free_end` the path ends at the best cell of the last row or
/// column instead of the corner.
fn banded(
    a: &[Features],
    b: &[Features],
    w: usize,
    bias: f32,
    trust: f32,
    free_end: bool,
) -> (Vec<Pair>, bool) {
    let (n, m) = (a.len(), b.len());
    const NEG: f32 = f32::NEG_INFINITY;
    // Row-major band storage.
    let mut offs = Vec::with_capacity(n + 1);
    let mut starts = Vec::with_capacity(n + 2);
    let mut total = 0usize;
    for i in 0..=n {
        let (lo, hi) = band(i, n, m, w);
        offs.push((lo, hi));
        starts.push(total);
        total += hi - lo + 1;
    }
    let mut sc = vec![NEG; total];
    let mut bp = vec![0u8; total]; // 1 pair, 2 a alone (up), 3 b alone (left)
    let get = |sc: &Vec<f32>, i: usize, j: usize| -> f32 {
        let (lo, hi) = offs[i];
        if j < lo || j > hi {
            NEG
        } else {
            sc[starts[i] + j - lo]
        }
    };
    for i in 0..=n {
        let (lo, hi) = offs[i];
        for j in lo..=hi {
            let idx = starts[i] + j - lo;
            if i == 0 && j == 0 {
                sc[idx] = 0.0;
                continue;
            }
            let mut best = NEG;
            let mut how = 0u8;
            if i > 0 && j > 0 {
                let p = get(&sc, i - 1, j - 1);
                if p > NEG {
                    let v = p + score_trusting(&a[i - 1], &b[j - 1], bias, trust);
                    if v > best {
                        best = v;
                        how = 1;
                    }
                }
            }
            if i > 0 {
                let p = get(&sc, i - 1, j);
                if p > NEG && p - GAP > best {
                    best = p - GAP;
                    how = 2;
                }
            }
            if j > 0 && j > lo {
                let p = sc[idx - 1];
                if p > NEG && p - GAP > best {
                    best = p - GAP;
                    how = 3;
                }
            }
            sc[idx] = best;
            bp[idx] = how;
        }
    }
    // Trace back, from the corner or from the best cell of the last row
    // or column.
    let (mut i, mut j) = (n, m);
    if free_end {
        let mut best = get(&sc, n, m);
        let (lo, hi) = offs[n];
        for jj in lo..=hi {
            let v = sc[starts[n] + jj - lo];
            if v > best {
                best = v;
                (i, j) = (n, jj);
            }
        }
        for (ii, &(lo, hi)) in offs.iter().enumerate() {
            if lo <= m && m <= hi {
                let v = sc[starts[ii] + m - lo];
                if v > best {
                    best = v;
                    (i, j) = (ii, m);
                }
            }
        }
    }
    let mut path = Vec::with_capacity(i + j);
    let mut touched = false;
    while i > 0 || j > 0 {
        let (lo, hi) = offs[i];
        if (j == lo && lo > 0) || (j == hi && hi < m) {
            touched = true;
        }
        let how = if j < lo || j > hi {
            0
        } else {
            bp[starts[i] + j - lo]
        };
        match how {
            1 => {
                path.push((Some(i - 1), Some(j - 1)));
                i -= 1;
                j -= 1;
            }
            2 => {
                path.push((Some(i - 1), None));
                i -= 1;
            }
            3 => {
                path.push((None, Some(j - 1)));
                j -= 1;
            }
            _ => {
                // Unreachable cell (cannot happen inside the band); finish
                // with one-sided steps so the invariant holds.
                touched = true;
                if i > 0 {
                    path.push((Some(i - 1), None));
                    i -= 1;
                } else {
                    path.push((None, Some(j - 1)));
                    j -= 1;
                }
            }
        }
    }
    path.reverse();
    (path, touched)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn feat(num: Option<Vec<u32>>, figs: Vec<u64>, len: usize) -> Features {
        let mut figures = figs;
        figures.sort_unstable();
        Features {
            number: num.map(ClauseNumber),
            figures,
            refs: Vec::new(),
            len,
            heading: false,
        }
    }

    fn arb_features() -> impl Strategy<Value = Features> {
        (
            proptest::option::of(proptest::collection::vec(1u32..20, 1..4)),
            proptest::collection::vec(0u64..50, 0..4),
            0usize..600,
        )
            .prop_map(|(n, f, l)| feat(n, f, l))
    }

    fn check_invariant(path: &[Pair], n: usize, m: usize) {
        let left: Vec<usize> = path.iter().filter_map(|p| p.0).collect();
        let right: Vec<usize> = path.iter().filter_map(|p| p.1).collect();
        assert_eq!(left, (0..n).collect::<Vec<_>>());
        assert_eq!(right, (0..m).collect::<Vec<_>>());
    }

    proptest! {
        #[test]
        fn identical_sequences_pair_everything(x in proptest::collection::vec(arb_features(), 0..60)) {
            let path = align(&x, &x);
            prop_assert_eq!(path.len(), x.len());
            for (k, p) in path.iter().enumerate() {
                prop_assert_eq!(*p, (Some(k), Some(k)));
            }
        }

        #[test]
        fn one_deletion_gives_one_gap(
            x in proptest::collection::vec(arb_features(), 1..60),
            k in any::<proptest::sample::Index>(),
        ) {
            let k = k.index(x.len());
            let mut y = x.clone();
            y.remove(k);
            let path = align(&x, &y);
            check_invariant(&path, x.len(), y.len());
            let gaps = path.iter().filter(|p| p.0.is_none() || p.1.is_none()).count();
            prop_assert_eq!(gaps, 1);
        }

        #[test]
        fn always_covers_both_sides(
            x in proptest::collection::vec(arb_features(), 0..40),
            y in proptest::collection::vec(arb_features(), 0..40),
        ) {
            let path = align(&x, &y);
            check_invariant(&path, x.len(), y.len());
        }
    }

    #[test]
    fn duplicate_number_pairs_with_next() {
        let x = vec![
            feat(Some(vec![4, 2, 2]), vec![1], 100),
            feat(Some(vec![4, 2, 3]), vec![2], 120),
            feat(Some(vec![4, 2, 4]), vec![3], 90),
            feat(Some(vec![4, 2, 5]), vec![], 200),
        ];
        let mut y = x.clone();
        y[2].number = Some(ClauseNumber(vec![4, 2, 3]));
        let path = align(&x, &y);
        assert_eq!(
            path,
            vec![
                (Some(0), Some(0)),
                (Some(1), Some(1)),
                (Some(2), Some(2)),
                (Some(3), Some(3))
            ]
        );
    }

    /// Sequences longer than a window: every side once, in order, and
    /// deleted runs found as gaps at their place, across window borders.
    #[test]
    fn long_sequences_align_window_by_window() {
        let n = 3 * WINDOW + 500;
        let x: Vec<Features> = (0..n)
            .map(|i| feat(Some(vec![i as u32 % 97 + 1]), vec![i as u64], 40 + i % 300))
            .collect();
        // Runs of 100 units deleted around each window border and in the
        // middle of a window.
        let gone = |i: usize| {
            [WINDOW / 2, WINDOW - 50, 2 * WINDOW + 700]
                .iter()
                .any(|&s| (s..s + 100).contains(&i))
        };
        let y: Vec<Features> = (0..n).filter(|&i| !gone(i)).map(|i| x[i].clone()).collect();
        let path = align(&x, &y);
        check_invariant(&path, x.len(), y.len());
        for p in &path {
            match *p {
                (Some(i), Some(j)) => assert_eq!(x[i], y[j]),
                (Some(i), None) => assert!(gone(i), "unit {i} left alone"),
                (None, _) => panic!("a unit of the shorter side left alone"),
            }
        }
        // One language much longer than the other: the windows are cut in
        // proportion and everything is still covered once.
        let z: Vec<Features> = x.iter().step_by(3).cloned().collect();
        check_invariant(&align(&x, &z), x.len(), z.len());
        check_invariant(&align(&z, &x), z.len(), x.len());
    }

    #[test]
    fn wide_shift_widens_the_band() {
        let x: Vec<Features> = (0..300)
            .map(|i| feat(Some(vec![i + 1]), vec![i as u64], 50))
            .collect();
        let y: Vec<Features> = x[100..].to_vec();
        let path = align(&x, &y);
        check_invariant(&path, 300, 200);
        let pairs = path
            .iter()
            .filter(|p| p.0.is_some() && p.1.is_some())
            .count();
        assert_eq!(pairs, 200);
    }
}
