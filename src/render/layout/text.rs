//! Paragraph composition: styled text → lines of positioned spans.
//!
//! Lines break at Unicode line-break opportunities (UAX #14), so a
//! no-break space (U+00A0) inside an amount, or one that
//! [`crate::render::typography`] put after `г.` or a one-letter preposition,
//! never ends a line. A word that does not fit is hyphenated by the rules of
//! its language, unless hyphenation is off (titles and headings). The last
//! line of a paragraph is never the bare rest of a hyphenated word (`го-` /
//! `да.`): the word then moves down whole. Justified paragraphs spread the
//! line's slack over its word gaps by positioning each word (the PDF keeps
//! real space characters, so copied text has spaces); the last line of a
//! paragraph is set flush left.

use super::fonts::{FontKind, Fonts};
use super::Span;
use crate::lang::Lang;
use crate::render::hyphenate::{hyphenate, is_letter};
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Both edges flush, last line left.
    Justify,
    /// Flush left, ragged right.
    Left,
    /// Centred.
    Center,
    /// Flush right (amounts in tables).
    Right,
}

/// A piece of text with a face.
#[derive(Debug, Clone)]
pub struct Styled<'a> {
    /// The text.
    pub text: &'a str,
    /// The face.
    pub font: FontKind,
    /// Target of a hyperlink.
    pub link: Option<&'a str>,
}

/// One composed line: spans with x relative to the paragraph's left edge.
#[derive(Debug, Clone, Default)]
pub struct ComposedLine {
    /// The spans in reading order.
    pub spans: Vec<Span>,
}

/// A unit between two break opportunities: [start, content_end) is the
/// visible part, [content_end, end) the trailing spaces.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    content_end: usize,
    end: usize,
    forced: bool,
}

struct Text {
    s: String,
    /// Style runs: (start byte, font, link target), ascending, first at 0.
    runs: Vec<(usize, FontKind, Option<String>)>,
    size: f32,
}

impl Text {
    fn font_at(&self, pos: usize) -> FontKind {
        match self.runs.binary_search_by(|r| r.0.cmp(&pos)) {
            Ok(i) => self.runs[i].1,
            Err(0) => self.runs.first().map_or(FontKind::SerifRegular, |r| r.1),
            Err(i) => self.runs[i - 1].1,
        }
    }

    fn link_at(&self, pos: usize) -> Option<&str> {
        let i = match self.runs.binary_search_by(|r| r.0.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        self.runs[i].2.as_deref()
    }

    /// Style runs intersecting [a, b).
    fn segments(&self, a: usize, b: usize) -> Vec<(usize, usize, FontKind)> {
        let mut out = Vec::new();
        let mut pos = a;
        while pos < b {
            let font = self.font_at(pos);
            let next = self
                .runs
                .iter()
                .map(|r| r.0)
                .find(|&s| s > pos)
                .unwrap_or(usize::MAX)
                .min(b);
            out.push((pos, next, font));
            pos = next;
        }
        out
    }

    fn width(&self, a: usize, b: usize) -> f32 {
        let fonts = Fonts::get();
        if self.runs.len() <= 1 {
            return fonts.width(self.font_at(a), &self.s[a..b], self.size);
        }
        self.segments(a, b)
            .into_iter()
            .map(|(x, y, f)| fonts.width(f, &self.s[x..y], self.size))
            .sum()
    }

    /// Width of [a, b) as [`Text::width`] gives it, or `None` as soon as
    /// the prefix measured so far is wider than `cap`: a piece far wider
    /// than the line is never measured to its end.
    fn width_capped(&self, a: usize, b: usize, cap: f32) -> Option<f32> {
        let mut m = Measure::new(self, a);
        m.advance_to(b, cap)?;
        Some(m.width())
    }

    fn space_width(&self, pos: usize) -> f32 {
        Fonts::get().width(self.font_at(pos), " ", self.size)
    }

    fn hyphen_width(&self, pos: usize) -> f32 {
        Fonts::get().width(self.font_at(pos), "-", self.size)
    }
}

/// Measures a prefix [start, pos) of the text char by char, so that the
/// widths of growing prefixes cost one pass in all. The result equals
/// [`Text::width`] of the same range: style runs are measured separately,
/// kerning applies inside a run.
struct Measure<'t> {
    text: &'t Text,
    pos: usize,
    /// Width of the finished runs.
    done: f32,
    /// Units (thousandths of an em) of the current run.
    units: i64,
    /// Kerning index of the previous char in the current run.
    prev: Option<usize>,
    face: &'t super::fonts::FontMetrics,
    /// Where the current run ends.
    run_end: usize,
}

impl<'t> Measure<'t> {
    fn new(text: &'t Text, start: usize) -> Measure<'t> {
        let mut m = Measure {
            text,
            pos: start,
            done: 0.0,
            units: 0,
            prev: None,
            face: Fonts::get().face(text.font_at(start)),
            run_end: start,
        };
        m.start_run();
        m
    }

    fn start_run(&mut self) {
        let pos = self.pos;
        self.face = Fonts::get().face(self.text.font_at(pos));
        let i = self.text.runs.partition_point(|r| r.0 <= pos);
        self.run_end = self.text.runs.get(i).map_or(usize::MAX, |r| r.0);
        self.units = 0;
        self.prev = None;
    }

    fn width(&self) -> f32 {
        self.done + self.units as f32 * self.text.size / 1000.0
    }

    /// Extend the prefix to `to` (a char boundary at or after the current
    /// end). `None` when the prefix grows wider than `cap` on the way; the
    /// measure stops where it was then.
    fn advance_to(&mut self, to: usize, cap: f32) -> Option<()> {
        let text = self.text;
        while self.pos < to {
            if self.pos >= self.run_end {
                self.done = self.width();
                self.start_run();
            }
            let c = text.s[self.pos..].chars().next()?;
            self.units += i64::from(self.face.advance(c));
            let k = super::fonts::kern_index(c);
            if let (Some(p), Some(q)) = (self.prev, k) {
                self.units += i64::from(self.face.kern_at(p, q));
            }
            self.prev = k;
            self.pos += c.len_utf8();
            if self.width() > cap {
                return None;
            }
        }
        Some(())
    }
}

/// Slack allowed when a prefix is measured against a limit before the
/// exact comparison: widths of growing prefixes only grow (kerning never
/// takes back a whole letter), so a prefix this much wider than the limit
/// cannot lead to a fit.
const MEASURE_SLACK: f32 = 1.0;

/// Compose `parts` into lines no wider than `width` points; words that do
/// not fit are hyphenated by the rules of `hyphenation`'s language, or not
/// at all when it is `None` (titles, headings).
pub fn compose(
    parts: &[Styled<'_>],
    size: f32,
    width: f32,
    align: Align,
    hyphenation: Option<Lang>,
) -> Vec<ComposedLine> {
    // One string; NBSP becomes a space only when written out, after the
    // break opportunities have been found.
    let mut s = String::new();
    let mut runs: Vec<(usize, FontKind, Option<String>)> = Vec::new();
    for p in parts {
        if p.text.is_empty() {
            continue;
        }
        if runs.last().map(|r| (r.1, r.2.as_deref())) != Some((p.font, p.link)) {
            runs.push((s.len(), p.font, p.link.map(str::to_string)));
        }
        let mut prev = None;
        for c in p.text.chars() {
            // A number sign never ends a line: «№ 12» stays together.
            let c = if c == ' ' && prev == Some('№') {
                '\u{a0}'
            } else {
                c
            };
            prev = Some(c);
            // Tabs and line ends inside a paragraph are spaces; soft hyphens
            // are dropped (hyphenation is ours).
            match c {
                '\t' | '\n' | '\r' => s.push(' '),
                '\u{00AD}' => {}
                c => s.push(c),
            }
        }
    }
    let text = Text { s, runs, size };
    let trimmed_start = text.s.len() - text.s.trim_start().len();
    let pieces = pieces(&text.s, trimmed_start);
    let mut lines: Vec<Vec<(Piece, bool)>> = Vec::new();
    let mut cur: Vec<(Piece, bool)> = Vec::new();
    let mut cur_w = 0.0f32;
    let space = text.space_width(0);
    let uniform = text.runs.len() <= 1;
    let mut queue: std::collections::VecDeque<Piece> = pieces.into();
    let mut hyph = HyphCache::default();
    while let Some(p) = queue.pop_front() {
        let gap = match cur.last() {
            Some((prev, _)) if prev.end > prev.content_end => {
                if uniform {
                    space
                } else {
                    text.space_width(prev.content_end)
                }
            }
            _ => 0.0,
        };
        // Measured only as far as the line could hold: a word of 100,000
        // letters costs a line's worth of work per line, not its length.
        let cap = width - if cur.is_empty() { 0.0 } else { cur_w + gap } + MEASURE_SLACK;
        let fits = match text.width_capped(p.start, p.content_end, cap) {
            Some(w) if cur.is_empty() => (w <= width + 0.01).then_some(w),
            Some(w) => (cur_w + gap + w <= width + 0.01).then_some(w),
            None => None,
        };
        if let Some(w) = fits {
            cur_w += gap + w;
            cur.push((p, false));
            if p.forced {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0.0;
            }
            continue;
        }
        // Does not fit: try to hyphenate the piece into the rest of the line.
        let room = width - cur_w - gap;
        let split = hyphenation.and_then(|lang| best_split(&text, p, room, lang, &mut hyph));
        if let Some(split) = split {
            cur.push((
                Piece {
                    start: p.start,
                    content_end: split,
                    end: split,
                    forced: false,
                },
                true,
            ));
            lines.push(std::mem::take(&mut cur));
            cur_w = 0.0;
            queue.push_front(Piece { start: split, ..p });
            continue;
        }
        if cur.is_empty() {
            // A single unbreakable piece wider than the line: cut it by
            // characters so nothing runs into the margin.
            let cut = emergency_split(&text, p, width);
            cur.push((
                Piece {
                    start: p.start,
                    content_end: cut,
                    end: cut,
                    forced: false,
                },
                false,
            ));
            lines.push(std::mem::take(&mut cur));
            cur_w = 0.0;
            if cut < p.end {
                queue.push_front(Piece { start: cut, ..p });
            }
            continue;
        }
        lines.push(std::mem::take(&mut cur));
        cur_w = 0.0;
        queue.push_front(p);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    no_bare_rest_at_end(&text, &mut lines, width);

    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let last = i + 1 == n || line.last().is_some_and(|(p, _)| p.forced);
            set_line(&text, &line, width, align, last)
        })
        .collect()
}

/// The last line of a paragraph must not be only the rest of a word
/// hyphenated at the end of the line before (`го-` / `да.`): the word moves
/// down whole when it fits on a line and the line before keeps other words.
/// The line before then ends earlier (a justified line spreads its slack).
fn no_bare_rest_at_end(text: &Text, lines: &mut [Vec<(Piece, bool)>], width: f32) {
    let n = lines.len();
    if n < 2 {
        return;
    }
    let (head, tail) = lines.split_at_mut(n - 1);
    let (prev, last) = (&mut head[n - 2], &mut tail[0]);
    let [(rest, false)] = last.as_slice() else {
        return;
    };
    let Some(&(split, true)) = prev.last() else {
        return;
    };
    if prev.len() < 2 || split.content_end != rest.start {
        return;
    }
    let whole = Piece {
        start: split.start,
        ..*rest
    };
    if text.width(whole.start, whole.content_end) > width + 0.01 {
        return;
    }
    prev.pop();
    *last = vec![(whole, false)];
}

/// Split `s` into pieces at line-break opportunities.
fn pieces(s: &str, from: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut start = from;
    for (idx, opp) in linebreaks(s) {
        if idx <= start {
            continue;
        }
        let seg = &s[start..idx];
        let content = seg.trim_end_matches([' ', '\u{3000}']);
        let content_end = start + content.len();
        if content_end > start {
            out.push(Piece {
                start,
                content_end,
                end: idx,
                forced: opp == BreakOpportunity::Mandatory && idx < s.len(),
            });
        } else if let Some(last) = out.last_mut() {
            last.end = idx;
        }
        start = idx;
    }
    out
}

/// Hyphenation points of one piece, as byte offsets into the paragraph,
/// ascending. A piece too long for a line is split again and again; its
/// rest keeps the points found in the whole word, so the word is
/// hyphenated once, not once a line.
#[derive(Default)]
struct HyphCache {
    /// (start, content_end) of the piece the points belong to.
    key: Option<(usize, usize)>,
    points: Vec<usize>,
}

impl HyphCache {
    /// The points of the piece `p`, or of the piece it is the rest of.
    fn points(&mut self, text: &Text, p: Piece, lang: Lang) -> &[usize] {
        let reuse = self
            .key
            .is_some_and(|(s, e)| e == p.content_end && s <= p.start);
        if !reuse {
            self.key = Some((p.start, p.content_end));
            self.points = piece_points(text, p, lang);
        }
        &self.points
    }
}

/// Hyphenation points of a whole piece.
fn piece_points(text: &Text, p: Piece, lang: Lang) -> Vec<usize> {
    let word = &text.s[p.start..p.content_end];
    // The alphabetic core of the piece: strip punctuation around the word.
    let lead = word.len() - word.trim_start_matches(|c: char| !is_letter(c)).len();
    let core_end = word.trim_end_matches(|c: char| !is_letter(c)).len();
    let mut out = Vec::new();
    if core_end <= lead {
        return out;
    }
    let core = &word[lead..core_end];
    // A piece may hold several words joined by slashes or dots: every run of
    // letters is a word.
    let mut run_start = None;
    for (i, c) in core
        .char_indices()
        .chain(std::iter::once((core.len(), ' ')))
    {
        if is_letter(c) {
            run_start.get_or_insert(i);
        } else if let Some(rs) = run_start.take() {
            out.extend(
                hyphenate(&core[rs..i], lang)
                    .into_iter()
                    .map(|point| p.start + lead + rs + point),
            );
        }
    }
    out
}

/// The longest prefix of `p` ending at a hyphenation point that fits in
/// `room` together with the hyphen. The points are tried in order and the
/// prefix is measured incrementally, stopping once it is wider than the
/// room: the work is bounded by the line, not by the word.
fn best_split(
    text: &Text,
    p: Piece,
    room: f32,
    lang: Lang,
    cache: &mut HyphCache,
) -> Option<usize> {
    let points = cache.points(text, p, lang);
    // The rest of a split word keeps at least two letters before its next
    // break, as a word does.
    let first = points.partition_point(|&at| at <= p.start);
    let mut best = None;
    let mut m = Measure::new(text, p.start);
    for &at in &points[first..] {
        if at > p.content_end {
            break;
        }
        if text.s[p.start..at].chars().take(2).count() < 2 {
            continue;
        }
        if m.advance_to(at, room + MEASURE_SLACK).is_none() {
            break;
        }
        let w = m.width() + text.hyphen_width(at);
        if w <= room + 0.01 {
            best = Some(at);
        }
    }
    best
}

/// Where to cut a piece that has no break point and is wider than the line:
/// after the last char that fits (at least one char), measured once.
fn emergency_split(text: &Text, p: Piece, width: f32) -> usize {
    let mut m = Measure::new(text, p.start);
    let mut cut = p.start;
    for (i, c) in text.s[p.start..p.content_end].char_indices() {
        let next = p.start + i + c.len_utf8();
        if m.advance_to(next, width).is_none() && cut > p.start {
            return cut;
        }
        cut = next;
    }
    p.end
}

fn set_line(
    text: &Text,
    line: &[(Piece, bool)],
    width: f32,
    align: Align,
    last: bool,
) -> ComposedLine {
    // Natural width and the gaps between pieces.
    let mut widths = Vec::with_capacity(line.len());
    let mut natural = 0.0;
    let mut gaps = 0usize;
    for (i, (p, hyph)) in line.iter().enumerate() {
        let mut w = text.width(p.start, p.content_end);
        if *hyph {
            w += text.hyphen_width(p.content_end);
        }
        let space = if i + 1 < line.len() && p.end > p.content_end {
            gaps += 1;
            text.space_width(p.content_end)
        } else {
            0.0
        };
        widths.push((w, space));
        natural += w + space;
    }
    let slack = (width - natural).max(0.0);
    let (mut x, extra) = match align {
        Align::Justify if !last && gaps > 0 => (0.0, slack / gaps as f32),
        Align::Center => (slack / 2.0, 0.0),
        Align::Right => (slack, 0.0),
        _ => (0.0, 0.0),
    };
    let mut spans = Vec::new();
    for (i, (p, hyph)) in line.iter().enumerate() {
        let (w, space) = widths[i];
        let has_space = space > 0.0;
        let mut sx = x;
        let segs = text.segments(p.start, p.content_end);
        let nseg = segs.len();
        for (k, (a, b, font)) in segs.into_iter().enumerate() {
            let src = &text.s[a..b];
            let mut t = String::with_capacity(src.len() + 2);
            if src.contains('\u{00A0}') {
                t.extend(src.chars().map(|c| if c == '\u{00A0}' { ' ' } else { c }));
            } else {
                t.push_str(src);
            }
            if k + 1 == nseg {
                if *hyph {
                    t.push('-');
                }
                if has_space {
                    t.push(' ');
                }
            }
            // Only a following span on this line needs the advance.
            let sw = if k + 1 < nseg {
                Fonts::get().width(font, &t, text.size)
            } else {
                0.0
            };
            spans.push(Span {
                x: sx,
                font,
                size: text.size,
                link: text.link_at(a).map(str::to_string),
                text: t,
                hyphen: k + 1 == nseg && *hyph,
            });
            sx += sw;
        }
        x += w + space;
        if has_space {
            x += extra;
        }
    }
    ComposedLine { spans }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> Vec<Styled<'_>> {
        vec![Styled {
            text: s,
            font: FontKind::SerifRegular,
            link: None,
        }]
    }

    fn line_text(l: &ComposedLine) -> String {
        l.spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn never_breaks_at_no_break_space() {
        let s = "Бағасы 990\u{a0}000\u{a0}₸ құрайды және 10\u{a0}(он) жұмыс күні ішінде төленеді.";
        for w in [60.0, 80.0, 100.0, 140.0, 200.0] {
            let lines = compose(&plain(s), 10.0, w, Align::Justify, Some(Lang::Kk));
            for l in &lines {
                let t = line_text(l);
                assert!(!t.trim_end().ends_with("990"), "{t}");
                assert!(!t.trim_end().ends_with("10"), "{t}");
            }
        }
    }

    #[test]
    fn justified_lines_fill_the_width() {
        let s = "Орындаушы Тапсырыс берушіге қызметтерді осы Шартта көзделген мерзімде және тәртіппен көрсетуге міндеттенеді.";
        let lines = compose(&plain(s), 10.0, 150.0, Align::Justify, Some(Lang::Kk));
        assert!(lines.len() > 2);
        let fonts = Fonts::get();
        for l in &lines[..lines.len() - 1] {
            let last = l.spans.last().unwrap();
            let end = last.x + fonts.width(last.font, last.text.trim_end(), 10.0);
            assert!((end - 150.0).abs() < 0.05, "line ends at {end}");
        }
    }

    #[test]
    fn hyphenates_kazakh_by_syllables() {
        let s = "ааааааа заңнамасына сәйкес";
        let lines = compose(&plain(s), 10.0, 80.0, Align::Justify, Some(Lang::Kk));
        let first = line_text(&lines[0]);
        assert!(first.ends_with('-'), "{first}");
        let joined: String = lines.iter().map(line_text).collect::<Vec<_>>().join("");
        assert_eq!(joined.replace("-", ""), s);
    }

    /// Lines of an over-long word: each within the width, and together the
    /// word again once the hyphens at line ends are dropped.
    fn check_long_word(word: &str, lang: Lang, font: FontKind) -> usize {
        let text = format!("Бұл {word} сөз.");
        let parts = vec![Styled {
            text: &text,
            font,
            link: None,
        }];
        let width = 200.0;
        let lines = compose(&parts, 10.0, width, Align::Justify, Some(lang));
        let fonts = Fonts::get();
        let mut joined = String::new();
        for l in &lines {
            let t = line_text(l);
            let last = l.spans.last().unwrap();
            let end = last.x + fonts.width(last.font, last.text.trim_end(), 10.0);
            assert!(end <= width + 0.05, "line ends at {end}: {t}");
            joined.push_str(t.strip_suffix('-').unwrap_or(&t));
        }
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        lines.len()
    }

    #[test]
    fn over_long_words_break_into_full_lines() {
        // Hyphenated by syllables (Kazakh), by patterns (Russian), and cut
        // by letters where no break point exists (capitals). Each of these
        // was slower than cubic in the length of the word; it now takes a
        // line's worth of measuring per line.
        let n = 60_000;
        let kk: String = "тапсырыс".chars().cycle().take(n).collect();
        let ru: String = "договорной".chars().cycle().take(n).collect();
        let caps: String = "ДОГОВОР".chars().cycle().take(n).collect();
        let lines = check_long_word(&kk, Lang::Kk, FontKind::SerifRegular);
        assert!(lines > n / 60, "{lines} lines");
        check_long_word(&ru, Lang::Ru, FontKind::SerifBold);
        check_long_word(&caps, Lang::Ru, FontKind::SerifRegular);
    }

    #[test]
    fn rest_of_a_split_word_keeps_two_letters_before_a_break() {
        let word: String = "тапсырыс".chars().cycle().take(400).collect();
        let parts = plain(&word);
        for l in compose(&parts, 10.0, 90.0, Align::Justify, Some(Lang::Kk)) {
            let t = line_text(&l);
            assert!(t.trim_end_matches('-').chars().count() >= 2, "{t}");
        }
    }

    /// Char offsets (in the paragraph's text) where lines were broken at a
    /// space, and the lines joined back into the paragraph's text (no-break
    /// spaces written as spaces).
    fn breaks(lines: &[ComposedLine]) -> (Vec<usize>, String) {
        let mut joined = String::new();
        let mut at = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            let hyphen = l.spans.last().is_some_and(|s| s.hyphen);
            let t = line_text(l);
            let t = if hyphen {
                t.strip_suffix('-').unwrap_or(&t).to_string()
            } else {
                t
            };
            joined.push_str(&t);
            if i + 1 < lines.len() && !hyphen {
                at.push(joined.chars().count());
                joined.push(' ');
            }
        }
        (at, joined)
    }

    #[test]
    fn never_breaks_at_the_no_break_spaces_of_typography() {
        use crate::render::typography::{nbsp, NBSP};
        let src = "Исполнитель по адресу г. Алматы, ул. Сатпаева, д. 90/21 обязуется \
                   в течение 10 (десяти) рабочих дней с даты получения заявления \
                   согласно п. 4.2 и ст. 387 ГК РК вернуть 10 000 тенге, а также \
                   пеню 5 % за «1» марта 2026 г. Подписал А.Б. Сериков, директор \
                   Сериков А.Б. — в присутствии Заказчика к оплате о том у него.";
        let text = nbsp(src, Lang::Ru);
        let chars: Vec<char> = text.chars().collect();
        let bound = chars.iter().filter(|&&c| c == NBSP).count();
        assert!(bound >= 20, "{bound} no-break spaces");
        // Lines wide enough for the widest bound group (`Сериков~А.Б.~—`):
        // a group wider than the line is cut by letters, as any word is.
        for w in (90..=400).step_by(7) {
            let lines = compose(
                &plain(&text),
                10.0,
                w as f32,
                Align::Justify,
                Some(Lang::Ru),
            );
            let (at, joined) = breaks(&lines);
            assert_eq!(joined, text.replace(NBSP, " "), "width {w}");
            for a in at {
                assert_eq!(
                    chars[a], ' ',
                    "width {w}: broken at a no-break space: {joined}"
                );
            }
        }
    }

    #[test]
    fn no_hyphens_when_hyphenation_is_off() {
        let s = "Тараптардың міндеттемелерін орындамағаны үшін жауапкершілігі";
        for w in [50.0, 70.0, 90.0, 120.0] {
            for l in compose(&plain(s), 10.0, w, Align::Left, None) {
                assert!(l.spans.iter().all(|s| !s.hyphen), "{}", line_text(&l));
            }
        }
        // The same text is hyphenated when hyphenation is on.
        let on = [50.0, 70.0, 90.0, 120.0].into_iter().any(|w| {
            compose(&plain(s), 10.0, w, Align::Justify, Some(Lang::Kk))
                .iter()
                .any(|l| l.spans.iter().any(|s| s.hyphen))
        });
        assert!(on);
    }

    #[test]
    fn a_paragraph_never_ends_with_the_bare_rest_of_a_word() {
        // At this width the greedy lines end `… тиісінше орын-` / `дайды`:
        // the word moves down whole instead.
        let s = "Тараптар осы Шарт бойынша өз міндеттемелерін тиісінше орындайды";
        let lines = compose(&plain(s), 10.0, 120.0, Align::Justify, Some(Lang::Kk));
        let n = lines.len();
        assert_eq!(line_text(&lines[n - 1]), "орындайды");
        assert!(line_text(&lines[n - 2]).ends_with("тиісінше"));
        assert!(!lines[n - 2].spans.iter().any(|s| s.hyphen));
        // Nor at any other width where the last word fits on a line; words
        // are still hyphenated elsewhere.
        let texts = [
            (s, Lang::Kk),
            (
                "Заказчик обязуется своевременно оплачивать оказываемые образовательные услуги",
                Lang::Ru,
            ),
            (
                "Орындаушы қызметтерді көрсету мерзімін бір жақты тәртіппен өзгертуге құқылы",
                Lang::Kk,
            ),
        ];
        let fonts = Fonts::get();
        let mut hyphenated = 0;
        for (s, lang) in texts {
            let last_word = s.rsplit(' ').next().unwrap();
            let fits = |w: f32| fonts.width(FontKind::SerifRegular, last_word, 10.0) <= w;
            for w in (50..=260).step_by(3) {
                let w = w as f32;
                let lines = compose(&plain(s), 10.0, w, Align::Justify, Some(lang));
                let n = lines.len();
                hyphenated += lines
                    .iter()
                    .filter(|l| l.spans.iter().any(|s| s.hyphen))
                    .count();
                if n < 2 || !fits(w) {
                    continue;
                }
                let (before, last) = (&lines[n - 2], &lines[n - 1]);
                let bare_rest =
                    before.spans.last().is_some_and(|s| s.hyphen) && !line_text(last).contains(' ');
                assert!(
                    !bare_rest,
                    "width {w}: {} / {}",
                    line_text(before),
                    line_text(last)
                );
            }
        }
        assert!(hyphenated > 0);
    }
}
