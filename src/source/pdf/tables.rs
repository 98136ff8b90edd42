//! Ruled tables inside a column: a table of tariffs in each language's
//! column, a table of a one-column edition. Read row by row, a table with
//! cells of several lines mixes the cells' lines; its rules tell the cells
//! apart. Vertical rules inside the column's text are the borders between
//! cells, horizontal ones between the table's rows; each row of the table
//! becomes one line whose text is its cells, left to right, each read top
//! to bottom ([`Line::cells`]). A table without rules is read row by row.

use super::glyphs::{Glyph, Rule};
use super::lines::{line_text, Line};

/// The most tables read cell by cell in one column of a page; the rows of
/// any more are read as lines.
const MAX_TABLES: usize = 100;

/// Rules closer than this are one (points).
const SAME: f32 = 2.0;

/// Positions, sorted, with those closer than [`SAME`] merged.
fn distinct(mut v: Vec<f32>) -> Vec<f32> {
    v.sort_by(f32::total_cmp);
    let mut out: Vec<f32> = Vec::with_capacity(v.len());
    for x in v {
        if out.last().is_none_or(|l| x - l > SAME) {
            out.push(x);
        }
    }
    out
}

/// The lines of one column of a page: `rows` are its rows of glyphs, top
/// to bottom, each left to right; `rules` the rules of the page.
pub fn column_lines(rows: Vec<Vec<Glyph>>, rules: &[Rule], page: u32) -> Vec<Line> {
    let rows: Vec<Vec<Glyph>> = rows.into_iter().filter(|r| !r.is_empty()).collect();
    let left = rows
        .iter()
        .filter_map(|r| r.first())
        .map(|g| g.x0)
        .fold(f32::INFINITY, f32::min);
    let right = rows
        .iter()
        .filter_map(|r| r.last())
        .map(|g| g.x1)
        .fold(f32::NEG_INFINITY, f32::max);
    let top = rows
        .iter()
        .filter_map(|r| r.first())
        .map(|g| g.y)
        .fold(f32::INFINITY, f32::min);
    let bottom = rows
        .iter()
        .filter_map(|r| r.first())
        .map(|g| g.y)
        .fold(f32::NEG_INFINITY, f32::max);
    // Vertical rules inside the column's text (not its frame, not the
    // gutter), beside some of its rows.
    let mut inner: Vec<Rule> = rules
        .iter()
        .filter(|r| {
            r.vertical()
                && r.x() > left + SAME
                && r.x() < right - SAME
                && r.y1 > top - 20.0
                && r.y0 < bottom + 20.0
        })
        .copied()
        .collect();
    let mut out: Vec<Line> = Vec::new();
    let mut used = vec![false; rows.len()];
    if !inner.is_empty() {
        // Tables: vertical rules whose heights overlap.
        inner.sort_by(|a, b| a.y0.total_cmp(&b.y0));
        let mut tables: Vec<(f32, f32, Vec<Rule>)> = Vec::new();
        for r in inner {
            match tables.last_mut() {
                Some((_, b, v)) if r.y0 <= *b + SAME => {
                    *b = b.max(r.y1);
                    v.push(r);
                }
                _ => tables.push((r.y0, r.y1, vec![r])),
            }
        }
        // Rows by height, to find those of a band of a table quickly.
        let mut by_y: Vec<(f32, usize)> =
            rows.iter().enumerate().map(|(i, r)| (r[0].y, i)).collect();
        by_y.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (t_top, t_bottom, vr) in tables.into_iter().take(MAX_TABLES) {
            let vx0 = vr.iter().map(|r| r.x()).fold(f32::INFINITY, f32::min);
            let vx1 = vr.iter().map(|r| r.x()).fold(f32::NEG_INFINITY, f32::max);
            // Rows of the table: between horizontal rules across it.
            let mut seps = distinct(
                rules
                    .iter()
                    .filter(|r| {
                        r.horizontal()
                            && r.y() >= t_top - SAME
                            && r.y() <= t_bottom + SAME
                            && r.x0 <= vx1
                            && r.x1 >= vx0
                    })
                    .map(Rule::y)
                    .chain([t_top, t_bottom])
                    .collect(),
            );
            if seps.len() < 2 {
                seps = vec![t_top, t_bottom];
            }
            for band in seps.windows(2) {
                let (a, b) = (band[0], band[1]);
                let from = by_y.partition_point(|(y, _)| *y <= a);
                let to = by_y.partition_point(|(y, _)| *y < b);
                let mut inside: Vec<usize> = by_y
                    .get(from..to)
                    .unwrap_or_default()
                    .iter()
                    .map(|(_, i)| *i)
                    .filter(|&i| !used[i])
                    .collect();
                inside.sort_unstable();
                if inside.is_empty() {
                    continue;
                }
                // The borders between cells in this row of the table.
                let xs = distinct(
                    vr.iter()
                        .filter(|r| r.y0 < b - SAME && r.y1 > a + SAME)
                        .map(Rule::x)
                        .collect(),
                );
                if xs.is_empty() {
                    continue;
                }
                let mut cells: Vec<Vec<String>> = vec![Vec::new(); xs.len() + 1];
                for &i in &inside {
                    used[i] = true;
                    let mut parts: Vec<Vec<Glyph>> = vec![Vec::new(); xs.len() + 1];
                    for g in &rows[i] {
                        let c = xs.iter().filter(|&&x| g.mid() > x).count();
                        parts[c].push(*g);
                    }
                    for (c, p) in parts.iter().enumerate() {
                        let t = line_text(p);
                        if !t.trim().is_empty() {
                            cells[c].push(t);
                        }
                    }
                }
                cells.retain(|c| !c.is_empty());
                let glyphs: Vec<Glyph> = inside.iter().flat_map(|&i| rows[i].clone()).collect();
                let Some(mut line) = Line::of(&rows[inside[0]], page) else {
                    continue;
                };
                line.text = cells
                    .iter()
                    .map(|c| c.join(" "))
                    .collect::<Vec<_>>()
                    .join(" | ");
                line.x0 = glyphs.iter().map(|g| g.x0).fold(line.x0, f32::min);
                line.x1 = glyphs.iter().map(|g| g.x1).fold(line.x1, f32::max);
                line.cells = Some(cells);
                out.push(line);
            }
        }
    }
    for (i, r) in rows.iter().enumerate() {
        if !used[i] {
            out.extend(Line::of(r, page));
        }
    }
    out.sort_by(|a, b| a.y.total_cmp(&b.y));
    super::lines::set_column_edges(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_row(parts: &[(f32, &str)], y: f32) -> Vec<Glyph> {
        let mut out = Vec::new();
        for &(x, t) in parts {
            let mut at = x;
            for c in t.chars() {
                if c == ' ' {
                    at += 3.0;
                    continue;
                }
                out.push(Glyph {
                    c,
                    x0: at,
                    x1: at + 5.0,
                    y,
                    size: 10.0,
                });
                at += 5.0;
            }
        }
        out
    }

    fn v(x: f32, y0: f32, y1: f32) -> Rule {
        Rule {
            x0: x - 0.25,
            y0,
            x1: x + 0.25,
            y1,
        }
    }

    fn h(y: f32) -> Rule {
        Rule {
            x0: 40.0,
            y0: y - 0.25,
            x1: 300.0,
            y1: y + 0.25,
        }
    }

    #[test]
    fn a_ruled_table_reads_cell_by_cell() {
        // A clause, then a table of two rows and three columns whose
        // cells wrap onto two lines.
        let rows = vec![
            text_row(&[(45.0, "5.1. Тарифтер:")], 50.0),
            text_row(
                &[(45.0, "«Start»"), (125.0, "12 (он"), (205.0, "89 000")],
                80.0,
            ),
            text_row(&[(125.0, "екі) сабақ"), (205.0, "теңге")], 92.0),
            text_row(
                &[(45.0, "«Pro»"), (125.0, "36 (отыз"), (205.0, "239 000")],
                112.0,
            ),
            text_row(&[(125.0, "алты) сабақ"), (205.0, "теңге")], 124.0),
        ];
        let rules = vec![
            h(68.0),
            h(100.0),
            h(132.0),
            v(40.0, 68.0, 132.0),
            v(120.0, 68.0, 132.0),
            v(200.0, 68.0, 132.0),
            v(300.0, 68.0, 132.0),
        ];
        let lines = column_lines(rows, &rules, 3);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "5.1. Тарифтер:",
                "«Start» | 12 (он екі) сабақ | 89 000 теңге",
                "«Pro» | 36 (отыз алты) сабақ | 239 000 теңге"
            ]
        );
        assert!(lines[0].cells.is_none() && lines[1].cells.is_some());
        assert!(lines.iter().all(|l| l.page == 3));
    }
}
