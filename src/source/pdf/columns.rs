//! Page layout: one column or two, told by the geometry of the page.
//!
//! Two columns are separated by a vertical band no text crosses (but for a
//! title or two above them): the gutter. Of the empty bands of a page the
//! gutter is the one nearest the page's centre, not the widest: a hanging
//! indent after `1.1.` leaves an empty band down the whole column that can
//! be wider than the gutter. A band counts when there is text on both sides
//! of it in a good share of the page's rows.

use super::lines::Row;

/// The most candidate bands looked at on one page.
const MAX_CANDIDATES: usize = 32;

/// Spaces between words narrower than this share of the font size are
/// covered by the row: a gutter is wider.
const BRIDGE: f32 = 1.0;

/// A page read as two columns: where the gutter is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gutter {
    /// The left edge of the band.
    pub from: f32,
    /// The right edge of the band.
    pub to: f32,
    /// Rows that cross it (titles across both columns).
    pub crossing: usize,
}

impl Gutter {
    /// The middle of the band: a word whose middle is left of it belongs
    /// to the left column.
    pub fn mid(&self) -> f32 {
        (self.from + self.to) / 2.0
    }
}

/// The empty vertical band nearest the centre of a page `width` wide that
/// splits its rows into two columns, if there is one.
pub fn gutter(rows: &[Row], width: f32) -> Option<Gutter> {
    let n = rows.len();
    if n < 2 {
        return None;
    }
    // The stretches of x each row covers: its words, and the spaces
    // between them up to an em (a gutter is wider; the spaces of a title
    // across both columns are not).
    let words: Vec<Vec<(f32, f32)>> = rows
        .iter()
        .map(|r| {
            let mut blocks: Vec<(f32, f32)> = Vec::new();
            for w in r.words() {
                let (Some(g), Some(h)) = (
                    r.glyphs.get(w.start),
                    w.end.checked_sub(1).and_then(|e| r.glyphs.get(e)),
                ) else {
                    continue;
                };
                let (a, b) = (g.x0, h.x1.max(g.x0));
                match blocks.last_mut() {
                    Some(last) if a - last.1 < BRIDGE * r.size => last.1 = last.1.max(b),
                    _ => blocks.push((a, b)),
                }
            }
            blocks
        })
        .collect();
    let left = words
        .iter()
        .flatten()
        .map(|w| w.0)
        .fold(f32::INFINITY, f32::min);
    let right = words
        .iter()
        .flatten()
        .map(|w| w.1)
        .fold(f32::NEG_INFINITY, f32::max);
    if !(left.is_finite() && right.is_finite()) || right - left < 1.0 {
        return None;
    }
    let mut sizes: Vec<f32> = rows.iter().map(|r| r.size).collect();
    sizes.sort_by(f32::total_cmp);
    let size = sizes[sizes.len() / 2];

    // How many rows cover each stretch of x: +1 where a word starts, -1
    // where it ends.
    let mut events: Vec<(f32, i32)> = Vec::new();
    for ws in &words {
        for &(a, b) in ws {
            events.push((a, 1));
            events.push((b, -1));
        }
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // Stretches [x, next x) with their count.
    let mut stretches: Vec<(f32, f32, i32)> = Vec::new();
    let mut count = 0;
    for (i, &(x, d)) in events.iter().enumerate() {
        count += d;
        if let Some(&(nx, _)) = events.get(i + 1) {
            if nx > x {
                stretches.push((x, nx, count));
            }
        }
    }
    // Rows may cross the gutter: a title, a line of the header.
    let allowed = (1 + n / 15) as i32;
    // Runs of stretches crossed by few rows; within each, the runs crossed
    // by the fewest (the ragged ends of a column's lines are no part of the
    // gutter, and the numbers of a column's headings may stand left of its
    // text).
    // (the band, a run crossed by the fewest within it)
    let mut bands: Vec<((f32, f32), (f32, f32))> = Vec::new();
    let mut i = 0;
    while i < stretches.len() {
        if stretches[i].2 > allowed {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < stretches.len() && stretches[j].2 <= allowed {
            j += 1;
        }
        let run = &stretches[i..j];
        let band = (run[0].0, run[run.len() - 1].1);
        let least = run.iter().map(|s| s.2).min().unwrap_or(0);
        let mut k = 0;
        while k < run.len() {
            if run[k].2 != least {
                k += 1;
                continue;
            }
            let mut m = k;
            while m < run.len() && run[m].2 == least {
                m += 1;
            }
            bands.push((band, (run[k].0, run[m - 1].1)));
            k = m;
        }
        i = j;
    }
    let span = right - left;
    // The centre of the printed area (a table may sit off the page's
    // centre); the page's when that is not known.
    let centre = if right > left {
        (left + right) / 2.0
    } else {
        width / 2.0
    };
    let min_rows = (n / 5).max(2);
    // Candidates by the cheap tests, nearest the centre first; the first
    // with text on both sides wins (a bounded number is looked at, so a
    // page of scattered glyphs costs no more than a page of text).
    let mut cands: Vec<(f32, f32, f32)> = bands
        .into_iter()
        .filter(|&((ba, bb), (a, b))| {
            let mid = (a + b) / 2.0;
            // Not the margins; wide enough; near the middle.
            ba > left
                && bb < right
                && bb - ba >= 0.8 * size
                && mid >= left + 0.25 * span
                && mid <= right - 0.25 * span
        })
        .map(|(_, (a, b))| (((a + b) / 2.0 - centre).abs(), a, b))
        .collect();
    cands.sort_by(|x, y| x.0.total_cmp(&y.0));
    for &(_, a, b) in cands.iter().take(MAX_CANDIDATES) {
        let on_left = words
            .iter()
            .filter(|ws| ws.iter().any(|w| w.1 <= a + 0.01))
            .count();
        let on_right = words
            .iter()
            .filter(|ws| ws.iter().any(|w| w.0 >= b - 0.01))
            .count();
        if on_left < min_rows || on_right < min_rows {
            continue;
        }
        let crossing = words
            .iter()
            .filter(|ws| ws.iter().any(|w| w.0 < b - 0.01 && w.1 > a + 0.01))
            .count();
        return Some(Gutter {
            from: a,
            to: b,
            crossing,
        });
    }
    None
}

/// True when a word of the row lies across `at` (a title over both
/// columns, `Шарт / Договор`).
pub fn crosses(row: &Row, at: f32) -> bool {
    row.words().into_iter().any(|w| {
        let ws = &row.glyphs[w];
        match (ws.first(), ws.last()) {
            (Some(a), Some(b)) => a.x0 < at && b.x1 > at,
            _ => false,
        }
    })
}

/// The glyphs of a row left and right of `at`, word by word (a word goes
/// to the side its middle is on).
pub fn split_row(row: &Row, at: f32) -> (Vec<super::glyphs::Glyph>, Vec<super::glyphs::Glyph>) {
    let mut l = Vec::new();
    let mut r = Vec::new();
    for w in row.words() {
        let Some(ws) = row.glyphs.get(w) else {
            continue;
        };
        let (Some(a), Some(b)) = (ws.first(), ws.last()) else {
            continue;
        };
        if (a.x0 + b.x1) / 2.0 < at {
            l.extend_from_slice(ws);
        } else {
            r.extend_from_slice(ws);
        }
    }
    (l, r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::pdf::glyphs::Glyph;

    fn row(y: f32, parts: &[(f32, &str)]) -> Row {
        let mut glyphs = Vec::new();
        for &(x, text) in parts {
            let mut at = x;
            for c in text.chars() {
                if c == ' ' {
                    at += 3.0;
                    continue;
                }
                glyphs.push(Glyph {
                    c,
                    x0: at,
                    x1: at + 5.0,
                    y,
                    size: 10.0,
                });
                at += 5.0;
            }
        }
        Row {
            y,
            size: 10.0,
            glyphs,
        }
    }

    /// Two columns, each with a hanging indent after the clause number
    /// wider than the gutter between them.
    #[test]
    fn the_gutter_is_the_band_nearest_the_centre_not_the_widest() {
        // Five words of five letters: 137 pt.
        let kk = "қазақ тілін дегі мәтін жолы";
        let ru = "текст на рус ском языке";
        let mut rows = vec![row(50.0, &[(200.0, "Шарт / Договор")])];
        for i in 0..12 {
            let y = 62.0 + 12.0 * i as f32;
            // Left column: number at 40 (to 60), text 100..237; the
            // gutter 237..270; right column: number at 270 (to 290), text
            // 330..467. The indent bands are 40 pt wide, the gutter 33.
            let mut parts: Vec<(f32, &str)> = vec![(100.0, kk), (330.0, ru)];
            if i % 4 == 0 {
                parts.push((40.0, "1.1."));
                parts.push((270.0, "1.1."));
            }
            parts.sort_by(|a, b| a.0.total_cmp(&b.0));
            rows.push(row(y, &parts));
        }
        let g = gutter(&rows, 520.0).expect("two columns");
        assert!(g.from >= 236.0 && g.to <= 271.0, "{g:?}");
        let (l, r) = split_row(&rows[1], g.mid());
        assert!(l.iter().all(|x| x.x0 < 250.0) && r.iter().all(|x| x.x0 > 250.0));
        assert_eq!(l.len() + r.len(), rows[1].glyphs.len());
    }

    #[test]
    fn one_column_with_a_hanging_indent_has_no_gutter() {
        let mut rows = Vec::new();
        for i in 0..20 {
            let y = 50.0 + 12.0 * i as f32;
            if i % 5 == 0 {
                rows.push(row(
                    y,
                    &[
                        (40.0, "1.1."),
                        (
                            100.0,
                            "Осы құжат Қазақстан Республикасы Азаматтық кодексінің",
                        ),
                    ],
                ));
            } else {
                rows.push(row(
                    y,
                    &[(100.0, "мағынасындағы жария оферта болып табылады және")],
                ));
            }
        }
        assert_eq!(gutter(&rows, 600.0), None);
    }
}
