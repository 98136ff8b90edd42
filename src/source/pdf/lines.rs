//! From glyphs to paragraphs: rows of glyphs on one baseline, spaces from
//! the gaps between glyphs, running headers, footers and page numbers
//! dropped, lines joined into paragraphs with line-end hyphenation undone.

use super::glyphs::Glyph;
use crate::lang::is_letter;
use crate::lexicon;
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A gap between two glyphs wider than this share of the font size is a
/// space. Letters sit a few hundredths of an em apart; a space is a
/// quarter of an em or more (less in a tightly justified line).
pub const SPACE_GAP: f32 = 0.15;

/// The characters producers draw as a line-end hyphen: the hyphen-minus,
/// the Unicode hyphen (Chromium) and the soft hyphen (typst, or an
/// `/ActualText` our own writer puts on its hyphens).
pub const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{AD}'];

/// Glyphs on one baseline, left to right.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// The baseline.
    pub y: f32,
    /// The largest font size on it.
    pub size: f32,
    /// The glyphs, left to right, without blanks.
    pub glyphs: Vec<Glyph>,
}

impl Row {
    /// The words of the row: runs of glyphs without a space between them,
    /// as ranges of [`Row::glyphs`].
    pub fn words(&self) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..=self.glyphs.len() {
            if i == self.glyphs.len() || is_space(&self.glyphs[i - 1], &self.glyphs[i]) {
                if i > start {
                    out.push(start..i);
                }
                start = i;
            }
        }
        out
    }

    /// The row's text.
    pub fn text(&self) -> String {
        line_text(&self.glyphs)
    }
}

/// True when the gap between two neighbouring glyphs reads as a space:
/// wider than [`SPACE_GAP`], or a visible gap where a small letter meets a
/// capital or a letter meets a digit (two cells of a table side by side,
/// `мерзімі Құны`, `разборы 12`; letter-spaced capitals stay one word).
pub fn is_space(a: &Glyph, b: &Glyph) -> bool {
    let gap = b.x0 - a.x1;
    let size = a.size.max(b.size);
    if gap > SPACE_GAP * size {
        return true;
    }
    gap > 0.05 * size
        && ((a.c.is_lowercase() && b.c.is_uppercase())
            || (a.c.is_alphabetic() && b.c.is_ascii_digit())
            || (a.c.is_ascii_digit() && b.c.is_alphabetic()))
}

/// Group the glyphs of a page into rows, top to bottom. Blanks are dropped
/// (the gaps tell the spaces); a glyph drawn twice at nearly the same place
/// (a bold faked by overprinting) is kept once.
pub fn rows(mut glyphs: Vec<Glyph>) -> Vec<Row> {
    glyphs.retain(|g| !g.c.is_whitespace() && !g.c.is_control() && g.c != '\u{FFFC}');
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut rows: Vec<Row> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(r) if g.y - r.y <= 0.3 * r.size.min(g.size) => {
                r.size = r.size.max(g.size);
                r.glyphs.push(g);
            }
            _ => rows.push(Row {
                y: g.y,
                size: g.size,
                glyphs: vec![g],
            }),
        }
    }
    for r in &mut rows {
        r.glyphs.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut kept: Vec<Glyph> = Vec::with_capacity(r.glyphs.len());
        for g in r.glyphs.drain(..) {
            if let Some(p) = kept.last() {
                if p.c == g.c
                    && (g.x0 - p.x0).abs() < 0.15 * g.size
                    && (g.y - p.y).abs() < 0.1 * g.size
                {
                    continue;
                }
            }
            kept.push(g);
        }
        r.glyphs = kept;
        // The baseline most of the row's glyphs sit on.
        let mut ys: Vec<f32> = r.glyphs.iter().map(|g| g.y).collect();
        ys.sort_by(f32::total_cmp);
        r.y = ys.get(ys.len() / 2).copied().unwrap_or(r.y);
    }
    rows
}

/// The text of glyphs on one line: a space where the gap says so; soft
/// hyphens inside the line are dropped (they only mark where a word may
/// break), one at its end is kept for [`paragraphs`] to join the word.
pub fn line_text(glyphs: &[Glyph]) -> String {
    let mut s = String::with_capacity(glyphs.len() * 2);
    let last = glyphs.len().saturating_sub(1);
    for (i, g) in glyphs.iter().enumerate() {
        if i > 0 && is_space(&glyphs[i - 1], g) && !s.ends_with(' ') {
            s.push(' ');
        }
        if g.c == '\u{AD}' && i != last {
            continue;
        }
        s.push(g.c);
    }
    s
}

/// The rows of one page and its size.
#[derive(Debug, Clone, Default)]
pub struct PageRows {
    /// Rows, top to bottom.
    pub rows: Vec<Row>,
    /// The rules the page draws.
    pub rules: Vec<super::glyphs::Rule>,
    /// Width of the page.
    pub width: f32,
    /// Height of the page.
    pub height: f32,
}

/// How many rows at the top and at the bottom of a page can be a running
/// header or footer.
const EDGE_ROWS: usize = 3;

/// The share of the page height at its top and bottom where headers and
/// footers are.
const EDGE_SHARE: f32 = 0.15;

/// What a running header or footer keeps from page to page: its text
/// without spaces, in lower case, each number one `#` (`2/11` and `10/11`
/// alike).
fn running_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(crate::lang::lower_char(c));
        }
    }
    out
}

/// True for the text of a page number: `7`, `- 3 -`, `2/9`, `2 / 9`,
/// `Страница 2 из 9`, `Page 2 of 9`, `2-бет`, `9 беттің 2-беті`.
pub fn is_page_number(text: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?xi)^\s*(?:
                [-–—]?\s*\d{1,4}\s*[-–—]?
              | \d{1,4}\s*(?:/|из|of|\\)\s*\d{1,4}
              | (?:стр\.?|страница|лист|page|p\.|бет|парақ)\s*\d{1,4}(?:\s*(?:/|из|of)\s*\d{1,4})?
              | \d{1,4}\s*[-–]?\s*(?:бет|беті|парақ|стр\.?)
              | \d{1,4}\s*(?:беттің|беттен)\s*\d{1,4}\s*[-–]?\s*(?:бет|беті)?
            )\s*$",
        )
        .ok()
    });
    re.as_ref().is_some_and(|r| r.is_match(text))
}

/// True for a lone number (`7`, `- 7 -`): a page number when it is the
/// last row of a page, or the first set apart from the text.
fn is_lone_number(text: &str) -> bool {
    let t = text.trim().trim_matches(['-', '–', '—', ' ']);
    !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit())
}

/// Drop running headers and footers (a row repeated at the same height on
/// most pages, digits aside) and page numbers (at the top or the bottom of
/// a page).
pub fn drop_running(pages: &mut [PageRows]) {
    let n = pages.len();
    // Candidate rows: the outermost rows at the top and the bottom.
    let edge = |p: &PageRows| -> Vec<usize> {
        let k = p.rows.len();
        let mut idx: Vec<usize> = (0..k.min(EDGE_ROWS)).collect();
        idx.extend(k.saturating_sub(EDGE_ROWS).max(k.min(EDGE_ROWS))..k);
        idx.retain(|&i| {
            let y = p.rows[i].y;
            y < EDGE_SHARE * p.height || y > (1.0 - EDGE_SHARE) * p.height
        });
        idx
    };
    let cands: Vec<Vec<(usize, String)>> = pages
        .iter()
        .map(|p| {
            edge(p)
                .into_iter()
                .map(|i| (i, running_key(&p.rows[i].text())))
                .collect()
        })
        .collect();
    let mut drop: Vec<Vec<usize>> = vec![Vec::new(); n];
    if n >= 2 {
        // How many pages have a row with this key near this height.
        let mut seen: HashMap<&str, Vec<(usize, f32)>> = HashMap::new();
        for (pi, cs) in cands.iter().enumerate() {
            for (ri, key) in cs {
                if !key.is_empty() {
                    seen.entry(key.as_str())
                        .or_default()
                        .push((pi, pages[pi].rows[*ri].y));
                }
            }
        }
        let need = n.div_ceil(2).max(2);
        for (pi, cs) in cands.iter().enumerate() {
            for (ri, key) in cs {
                let Some(all) = seen.get(key.as_str()) else {
                    continue;
                };
                let y = pages[pi].rows[*ri].y;
                let mut pages_with: Vec<usize> = all
                    .iter()
                    .filter(|(_, y2)| (y - y2).abs() <= 3.0)
                    .map(|(p, _)| *p)
                    .collect();
                pages_with.dedup();
                if pages_with.len() >= need {
                    drop[pi].push(*ri);
                }
            }
        }
    }
    for (pi, p) in pages.iter().enumerate() {
        let k = p.rows.len();
        for &ri in &edge(p) {
            let text = p.rows[ri].text();
            let set_apart = || {
                let r = &p.rows[ri];
                let next = if ri == 0 { p.rows.get(1) } else { None };
                next.is_none_or(|o| (o.y - r.y).abs() > 2.0 * r.size)
            };
            let lone = is_lone_number(&text) && (ri + 1 == k || (ri == 0 && set_apart()));
            if lone || (!is_lone_number(&text) && is_page_number(&text)) {
                drop[pi].push(ri);
            }
        }
    }
    for (p, mut d) in pages.iter_mut().zip(drop) {
        d.sort_unstable();
        d.dedup();
        for ri in d.into_iter().rev() {
            p.rows.remove(ri);
        }
    }
}

/// One line of one column, in reading order.
#[derive(Debug, Clone, Default)]
pub struct Line {
    /// Its text.
    pub text: String,
    /// The page, 1-based.
    pub page: u32,
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
    /// Baseline.
    pub y: f32,
    /// Font size.
    pub size: f32,
    /// Width of its first word.
    pub first_word: f32,
    /// The right edge of its column on its page.
    pub right: f32,
    /// For a row of a ruled table: its cells, left to right, each the
    /// lines it holds, top to bottom. The row is a paragraph of its own.
    pub cells: Option<Vec<Vec<String>>>,
}

impl Line {
    /// A line of glyphs (left to right) on `page`.
    pub fn of(glyphs: &[Glyph], page: u32) -> Option<Line> {
        let first = glyphs.first()?;
        let last = glyphs.last()?;
        let text = line_text(glyphs);
        if text.trim().is_empty() {
            return None;
        }
        let end = glyphs
            .windows(2)
            .position(|w| is_space(&w[0], &w[1]))
            .map_or(last.x1, |i| glyphs[i].x1);
        let mut sizes: Vec<f32> = glyphs.iter().map(|g| g.size).collect();
        sizes.sort_by(f32::total_cmp);
        Some(Line {
            text,
            page,
            x0: first.x0,
            x1: last.x1,
            y: first.y,
            size: sizes[sizes.len() / 2],
            first_word: end - first.x0,
            right: last.x1,
            cells: None,
        })
    }

    /// The lines as printed: the line itself, or each line of each cell.
    pub fn printed(&self) -> Vec<&str> {
        match &self.cells {
            Some(cells) => cells.iter().flatten().map(String::as_str).collect(),
            None => vec![self.text.as_str()],
        }
    }
}

/// Set every line's [`Line::right`]: the right edge of the lines of its
/// column on its page.
pub fn set_column_edges(lines: &mut [Line]) {
    // Not the very longest lines: a title across both columns may be
    // among them (a row or two).
    let mut ends: Vec<f32> = lines.iter().map(|l| l.x1).collect();
    ends.sort_by(|a, b| b.total_cmp(a));
    let right = ends.get(2.min(ends.len() / 3)).copied().unwrap_or(0.0);
    for l in lines {
        l.right = right;
    }
}

/// The words of a document, as written inside lines (not broken at a line
/// end), to tell a hyphenated compound (`бір-бірі`) from a word the
/// producer hyphenated.
#[derive(Debug, Default)]
pub struct Vocabulary {
    counts: HashMap<String, u32>,
    /// The character the producer marks its own line-end hyphens with,
    /// when it is not the hyphen-minus: a hyphen-minus at a line end is
    /// then a real hyphen.
    pub auto_hyphen: Option<char>,
}

fn norm_word(w: &str) -> String {
    w.chars()
        .map(|c| {
            if c == '\u{2010}' || c == '\u{2011}' {
                '-'
            } else {
                crate::lang::lower_char(c)
            }
        })
        .collect()
}

impl Vocabulary {
    /// The words of all lines.
    pub fn of<'a>(lines: impl Iterator<Item = &'a str>) -> Vocabulary {
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut at_end: HashMap<char, u32> = HashMap::new();
        let mut inside: HashMap<char, u32> = HashMap::new();
        for line in lines {
            let t = line.trim_end();
            if let Some(h) = t.chars().last().filter(|c| HYPHENS.contains(c)) {
                *at_end.entry(h).or_default() += 1;
            }
            let words: Vec<&str> = t.split(' ').collect();
            let last = words.len().saturating_sub(1);
            for (i, w) in words.iter().enumerate() {
                let core = w.trim_matches(|c: char| !is_letter(c) && !HYPHENS.contains(&c));
                let core = core.trim_matches(HYPHENS);
                if i == last && w.ends_with(HYPHENS) {
                    // Its end is cut.
                    for c in core.chars().filter(|c| HYPHENS.contains(c)) {
                        *inside.entry(c).or_default() += 1;
                    }
                    continue;
                }
                if i == 0 && core.is_empty() {
                    continue;
                }
                for c in core.chars().filter(|c| HYPHENS.contains(c)) {
                    *inside.entry(c).or_default() += 1;
                }
                if !core.is_empty() {
                    *counts.entry(norm_word(core)).or_default() += 1;
                }
            }
        }
        let auto_hyphen = if at_end.contains_key(&'\u{AD}') {
            Some('\u{AD}')
        } else {
            let end = at_end.get(&'\u{2010}').copied().unwrap_or(0);
            let mid = inside.get(&'\u{2010}').copied().unwrap_or(0);
            (end > 0 && mid * 4 <= end).then_some('\u{2010}')
        };
        Vocabulary {
            counts,
            auto_hyphen,
        }
    }

    fn count(&self, w: &str) -> u32 {
        self.counts.get(&norm_word(w)).copied().unwrap_or(0)
    }

    /// Should the hyphen `h` between `left` (the letters before it, at a
    /// line end) and `right` (the letters starting the next line) be
    /// dropped, the two halves read as one word?
    pub fn joins(&self, left: &str, h: char, right: &str) -> bool {
        if h == '\u{AD}' {
            return true;
        }
        let (Some(l), Some(r)) = (left.chars().last(), right.chars().next()) else {
            return false;
        };
        if !is_letter(l) || !is_letter(r) {
            return false;
        }
        // A capital after a small letter starts a new word (`Алматы-Астана`).
        if r.is_uppercase() && !l.is_uppercase() {
            return false;
        }
        if let Some(auto) = self.auto_hyphen {
            if h != auto {
                return false;
            }
        }
        let joined = format!("{left}{right}");
        let hyphenated = format!("{left}-{right}");
        let (j, k) = (self.count(&joined), self.count(&hyphenated));
        if j != k {
            return j > k;
        }
        !lexicon::is_hyphenated_compound(left, right)
    }
}

/// The letters at the end of `s` (before its last character, the hyphen).
fn tail_word(s: &str) -> &str {
    let body = s.trim_end();
    let Some(h) = body.chars().last() else {
        return "";
    };
    let body = &body[..body.len() - h.len_utf8()];
    let start = body
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_letter(*c) || *c == '-' || *c == '\u{2010}')
        .last()
        .map_or(body.len(), |(i, _)| i);
    &body[start..]
}

/// The letters at the start of `s`.
fn head_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !is_letter(*c))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Append line `next` to paragraph text `acc`, undoing a line-end hyphen.
pub fn append(acc: &mut String, next: &str, vocab: &Vocabulary) {
    let next = next.trim();
    if acc.is_empty() {
        acc.push_str(next);
        return;
    }
    let trimmed_len = acc.trim_end().len();
    acc.truncate(trimmed_len);
    let Some(h) = acc.chars().last() else {
        acc.push_str(next);
        return;
    };
    if HYPHENS.contains(&h) {
        let left = tail_word(acc);
        // The letters of the first part only (an earlier hyphen inside it
        // belongs to the compound).
        let left_letters = left.rsplit(['-', '\u{2010}']).next().unwrap_or(left);
        let right = head_word(next);
        let before = acc[..acc.len() - h.len_utf8()].chars().last();
        if vocab.joins(left_letters, h, right) {
            acc.truncate(acc.len() - h.len_utf8());
            acc.push_str(next);
            return;
        }
        // A hyphen after a letter or a digit (`4.1-тармағы`, `бір-бірі`)
        // joins without a space; a soft hyphen never shows.
        if before.is_some_and(|c| c.is_alphanumeric()) {
            if h != '-' {
                acc.truncate(acc.len() - h.len_utf8());
                acc.push('-');
            }
            acc.push_str(next);
            return;
        }
    }
    // An address broken after a dot or a slash goes on without a space.
    let last_word = acc.rsplit(' ').next().unwrap_or("");
    let address =
        last_word.contains("://") || last_word.contains('@') || last_word.starts_with("www.");
    if address && last_word.ends_with(['.', '/']) && next.starts_with(|c: char| c.is_alphanumeric())
    {
        acc.push_str(next);
        return;
    }
    acc.push(' ');
    acc.push_str(next);
}

/// A line that starts a list item: a dash or bullet and a space.
fn starts_bullet(t: &str) -> bool {
    let mut cs = t.chars();
    matches!(
        cs.next(),
        Some('–' | '—' | '-' | '•' | '·' | '●' | '▪' | '○' | '\u{F02D}' | '\u{F0B7}')
    ) && cs.next().is_some_and(char::is_whitespace)
}

/// Does `line` start a paragraph of its own after `prev` (the line before
/// it in the same column)? `spacing` is the usual distance between the
/// baselines of a paragraph's lines.
fn starts_paragraph(prev: &Line, line: &Line, spacing: f32) -> bool {
    let t = line.text.trim_start();
    let p = prev.text.trim_end();
    // The line before ended short: its paragraph ended (the first word of
    // this line would have fitted after it).
    let short = prev.x1 + 0.3 * line.size + line.first_word < prev.right - 0.5 * line.size;
    // A clause number, unless the line before ends in a reference (`п.`).
    if crate::source::plain::leading_number(t).is_some() && !lexicon::ends_with_reference_word(p) {
        return true;
    }
    if line.page == prev.page {
        // More space than between the lines of a paragraph.
        let dy = line.y - prev.y;
        if spacing > 0.0 && dy > 1.3 * spacing {
            return true;
        }
        // Text above the line before (a new cell or a wrapped layout).
        if dy < -0.5 * line.size {
            return true;
        }
    }
    // Another size of type: a heading.
    let (a, b) = (prev.size.max(0.1), line.size.max(0.1));
    if a / b > 1.15 || b / a > 1.15 {
        return true;
    }
    if starts_bullet(t) && (short || p.ends_with([':', ';'])) {
        return true;
    }
    // A line that ends short ends its paragraph (a word that would have
    // fitted after it did not come; a hyphen says the word goes on).
    short && !p.ends_with(HYPHENS)
}

/// The usual distance between the baselines of consecutive lines of one
/// paragraph: the median of the distances between neighbouring lines of a
/// column, those within a page and up to three times the font size.
pub fn line_spacing(lines: &[Line]) -> f32 {
    let mut sizes: Vec<f32> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(f32::total_cmp);
    let size = sizes.get(sizes.len() / 2).copied().unwrap_or(10.0);
    let mut d: Vec<f32> = lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page)
        .map(|w| w[1].y - w[0].y)
        .filter(|dy| dy.is_finite() && *dy >= 0.8 * size && *dy <= 3.0 * size)
        .collect();
    if d.is_empty() {
        return 0.0;
    }
    d.sort_by(f32::total_cmp);
    // The lower quartile: paragraph gaps are fewer than line gaps, but
    // many in a layout of short clauses.
    d[d.len() / 4]
}

/// Paragraphs of a column's lines (one language, pages in order): the
/// text of each and the page it starts on.
pub fn paragraphs(lines: &[Line], vocab: &Vocabulary) -> Vec<(u32, String)> {
    let spacing = line_spacing(lines);
    let mut out: Vec<(u32, String)> = Vec::new();
    let mut prev: Option<&Line> = None;
    for line in lines {
        if let Some(cells) = &line.cells {
            if let Some((_, last)) = out.last_mut() {
                drop_soft_hyphen(last);
            }
            let texts: Vec<String> = cells
                .iter()
                .map(|c| {
                    let mut t = String::new();
                    for l in c {
                        append(&mut t, l, vocab);
                    }
                    drop_soft_hyphen(&mut t);
                    t
                })
                .filter(|t| !t.trim().is_empty())
                .collect();
            out.push((line.page, texts.join(" | ")));
            prev = Some(line);
            continue;
        }
        let new = match prev {
            None => true,
            Some(p) => p.cells.is_some() || starts_paragraph(p, line, spacing),
        };
        if new {
            if let Some((_, last)) = out.last_mut() {
                drop_soft_hyphen(last);
            }
            out.push((line.page, line.text.trim().to_string()));
        } else if let Some((_, acc)) = out.last_mut() {
            append(acc, &line.text, vocab);
        }
        prev = Some(line);
    }
    if let Some((_, last)) = out.last_mut() {
        drop_soft_hyphen(last);
    }
    out.retain(|(_, t)| !t.trim().is_empty());
    out
}

fn drop_soft_hyphen(s: &mut String) {
    while s.ends_with('\u{AD}') {
        s.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(c: char, x0: f32, y: f32) -> Glyph {
        Glyph {
            c,
            x0,
            x1: x0 + 5.0,
            y,
            size: 10.0,
        }
    }

    /// Glyphs of `text` from `x`, 5 pt a letter, a space 3 pt more.
    fn word_glyphs(text: &str, x: f32, y: f32) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut at = x;
        for c in text.chars() {
            if c == ' ' {
                at += 3.0;
                continue;
            }
            out.push(g(c, at, y));
            at += 5.0;
        }
        out
    }

    #[test]
    fn rows_and_spaces_come_from_positions() {
        let mut gl = word_glyphs("екі сөз", 10.0, 100.0);
        gl.extend(word_glyphs("жоғары", 10.0, 88.0));
        // Drawn twice (a faked bold): kept once.
        gl.push(g('ж', 10.3, 88.0));
        gl.reverse();
        let rs = rows(gl);
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].text(), "жоғары");
        assert_eq!(rs[1].text(), "екі сөз");
        assert_eq!(rs[1].words().len(), 2);
    }

    fn page(rows_: Vec<(&str, f32)>) -> PageRows {
        PageRows {
            rows: rows_
                .into_iter()
                .map(|(t, y)| Row {
                    y,
                    size: 10.0,
                    glyphs: word_glyphs(t, 50.0, y),
                })
                .collect(),
            rules: Vec::new(),
            width: 600.0,
            height: 800.0,
        }
    }

    #[test]
    fn headers_footers_and_page_numbers_are_dropped() {
        let mut pages: Vec<PageRows> = (8..=11)
            .map(|i| {
                let num = format!("{i} / 11");
                let body = format!("Мәтін {i} жолы");
                // A browser's header: the address and the page number.
                let header = format!("file:///tmp/offer.html {i}/11");
                let mut p = page(vec![
                    (header.as_str(), 20.0),
                    ("Шарт / Договор", 40.0),
                    (body.as_str(), 200.0),
                    ("тағы бір жол", 214.0),
                    (num.as_str(), 780.0),
                ]);
                if i == 9 {
                    // A lone number at the bottom, another producer's way.
                    p.rows[4] = page(vec![("- 9 -", 780.0)]).rows.remove(0);
                }
                p
            })
            .collect();
        drop_running(&mut pages);
        for (i, p) in pages.iter().enumerate() {
            let texts: Vec<String> = p.rows.iter().map(Row::text).collect();
            assert_eq!(
                texts,
                [format!("Мәтін {} жолы", i + 8), "тағы бір жол".to_string()]
            );
        }
    }

    #[test]
    fn page_numbers() {
        for t in [
            "7",
            "- 3 -",
            "2/9",
            "2 / 9",
            "Страница 2 из 9",
            "Page 2 of 9",
            "2-бет",
            "9 беттің 2-беті",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["1.1.", "2026 жыл", "Договор 5", "12 (он екі)"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn line_end_hyphens_join_words_but_keep_compounds() {
        let v = Vocabulary::of(["бір-бірімен келіседі", "онлайн-курстар", "сөз"].into_iter());
        let mut s = "Тараптар бір-".to_string();
        append(&mut s, "бірімен келіседі", &v);
        assert_eq!(s, "Тараптар бір-бірімен келіседі");
        let mut s = "талап-".to_string();
        append(&mut s, "тарын", &v);
        assert_eq!(s, "талаптарын");
        // The soft hyphen and the Unicode hyphen of a producer.
        let mut s = "жа\u{AD}".to_string();
        append(&mut s, "сасуды", &v);
        assert_eq!(s, "жасасуды");
        let mut s = "4.1-".to_string();
        append(&mut s, "тармағында", &v);
        assert_eq!(s, "4.1-тармағында");
        let mut s = "бұдан әрі".to_string();
        append(&mut s, "– Тапсырыс", &v);
        assert_eq!(s, "бұдан әрі – Тапсырыс");
        // A known compound broken after its hyphen.
        let mut s = "каких-".to_string();
        append(&mut s, "либо", &v);
        assert_eq!(s, "каких-либо");
        // An address broken after a dot.
        let mut s = "адресу https://bilim-orisi.".to_string();
        append(&mut s, "kz. Действующей", &v);
        assert_eq!(s, "адресу https://bilim-orisi.kz. Действующей");
    }

    #[test]
    fn a_producer_marking_its_hyphens_keeps_the_real_ones() {
        let v = Vocabulary::of(["оказа\u{2010}", "нии услуг", "https://bilim-"].into_iter());
        assert_eq!(v.auto_hyphen, Some('\u{2010}'));
        let mut s = "оказа\u{2010}".to_string();
        append(&mut s, "нии", &v);
        assert_eq!(s, "оказании");
        let mut s = "https://bilim-".to_string();
        append(&mut s, "orisi.kz", &v);
        assert_eq!(s, "https://bilim-orisi.kz");
    }
}
