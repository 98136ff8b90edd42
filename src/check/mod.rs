//! Checking a bilingual contract: align the two languages clause by clause,
//! run the rules, collect findings.
//!
//! Entry point: [`check`]. The pipeline: every heading and clause of each
//! language becomes a [`Unit`] (number, text, figures); [`align`] pairs the
//! units of the two languages; [`numbering`] analyses each language's
//! numbering; then every rule of [`rules::RULES`] reads that [`Context`] and
//! adds findings. Rules avoid cascades: one root cause gives one finding.

pub mod align;
pub mod figs;
pub mod finding;
pub mod identifiers;
pub mod many;
pub mod numbering;
pub mod parties;
pub mod rules;
pub mod sentences;
pub mod suppress;

pub use finding::{Finding, Location, Severity};

use crate::figures::{Figure, Value};
use crate::lang::Lang;
use crate::model::{Bilingual, Block, ClauseNumber, Document};
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};

/// A heading or clause, as the checker sees it.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Index of the block in the document.
    pub block: usize,
    /// Clause or section number.
    pub number: Option<ClauseNumber>,
    /// Plain text (children included).
    pub text: String,
    /// 1-based line where it starts.
    pub line: u32,
    /// Figures of the text, in order.
    pub figures: Vec<Figure>,
}

impl Unit {
    /// The clause number as text, if any.
    pub fn clause(&self) -> Option<String> {
        self.number.as_ref().map(|n| n.to_string())
    }
}

/// One language of the contract, prepared for the rules.
#[derive(Debug)]
pub struct Side<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its headings and clauses.
    pub units: Vec<Unit>,
    /// Breaks in its numbering.
    pub numbering: Vec<numbering::Issue>,
    /// For each unit, the index of its numbering issue, if any.
    pub issue_of: HashMap<usize, usize>,
    /// For each unit, the unit of the other language paired with it.
    pub partner: Vec<Option<usize>>,
}

impl Side<'_> {
    /// The language.
    pub fn lang(&self) -> Lang {
        self.doc.lang
    }

    /// The numbering issue of a unit.
    pub fn issue(&self, unit: usize) -> Option<&numbering::Issue> {
        self.issue_of
            .get(&unit)
            .and_then(|i| self.numbering.get(*i))
    }
}

/// What the rules read: both sides and their alignment.
#[derive(Debug)]
pub struct Context<'a> {
    /// The Kazakh side.
    pub kk: Side<'a>,
    /// The Russian side.
    pub ru: Side<'a>,
    /// The alignment, in order: (Kazakh unit, Russian unit).
    pub pairs: Vec<align::Pair>,
    /// For each pair of [`Context::pairs`] with both units, their sentences
    /// aligned.
    pub sentences: Vec<Option<sentences::Aligned>>,
    /// The median of `ln(len ru / len kk)` over the paired units: how much
    /// longer the Russian text usually is.
    pub bias: f64,
}

impl<'a> Context<'a> {
    /// Prepare a bilingual contract for the rules.
    pub fn new(b: &'a Bilingual) -> Context<'a> {
        let mut kk = side(&b.kk);
        let mut ru = side(&b.ru);
        let fk: Vec<align::Features> = kk.units.iter().map(|u| features(&b.kk, u)).collect();
        let fr: Vec<align::Features> = ru.units.iter().map(|u| features(&b.ru, u)).collect();
        let pairs = if kk.units.is_empty() || ru.units.is_empty() {
            Vec::new()
        } else {
            align::align(&fk, &fr)
        };
        for p in &pairs {
            if let (Some(i), Some(j)) = *p {
                kk.partner[i] = Some(j);
                ru.partner[j] = Some(i);
            }
        }
        pair_moved(&mut kk, &mut ru, &fk, &fr);
        // The usual length ratio: the median over the pairs, so that a
        // text abridged in places does not shift it.
        let mut ratios: Vec<f64> = pairs
            .iter()
            .filter_map(|p| match *p {
                (Some(i), Some(j)) => {
                    Some(((fr[j].len as f64 + 20.0) / (fk[i].len as f64 + 20.0)).ln())
                }
                _ => None,
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        let bias = ratios
            .get(ratios.len() / 2)
            .copied()
            .unwrap_or(0.0)
            .clamp(-0.4, 0.4);
        let sentences = pairs
            .iter()
            .map(|p| match *p {
                (Some(i), Some(j)) => Some(sentences::Aligned::new(
                    &kk.units[i].text,
                    &ru.units[j].text,
                    bias,
                )),
                _ => None,
            })
            .collect();
        Context {
            kk,
            ru,
            pairs,
            sentences,
            bias,
        }
    }

    /// The side of a language.
    pub fn side(&self, lang: Lang) -> &Side<'a> {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }

    /// Whether a pair of units is one numbered clause in both languages:
    /// clauses paired under different numbers, or without numbers, may not
    /// say the same, and the rules that compare meaning leave them alone.
    pub fn same_clause(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.kk.units[i].number, &self.ru.units[j].number);
        a.is_some() && a == b
    }

    /// Whether the sentences of a group are about as long as a translation
    /// of each other (within [`MAX_LENGTH_RATIO`] of the document's usual
    /// ratio): a group the aligner made of sentences that do not correspond
    /// says nothing of their meaning.
    pub fn comparable(
        &self,
        (i, j): (usize, usize),
        a: &sentences::Aligned,
        g: &sentences::Group,
    ) -> bool {
        let letters = |text: &str, span: Option<std::ops::Range<usize>>| {
            span.map_or(0, |s| {
                text[s]
                    .chars()
                    .filter(|c| crate::lang::is_letter(*c))
                    .count()
            })
        };
        let lk = letters(&self.kk.units[i].text, a.span(g, Lang::Kk)) as f64 + 10.0;
        let lr = letters(&self.ru.units[j].text, a.span(g, Lang::Ru)) as f64 + 10.0;
        ((lr / lk).ln() - self.bias).abs() < MAX_LENGTH_RATIO
    }

    /// True when both languages have text, so they can be compared.
    pub fn bilingual(&self) -> bool {
        !self.kk.units.is_empty() && !self.ru.units.is_empty()
    }
}

/// How far (natural log) the length ratio of two sentences compared for
/// meaning may stray from the document's usual ratio: about 1.4 times.
pub const MAX_LENGTH_RATIO: f64 = 0.35;

/// How many lone units of one number [`pair_moved`] tries for each unit of
/// the other language, in reading order: a contract repeats a number a few
/// times at most; a file of many contracts, once per contract.
const MOVED_CANDIDATES: usize = 64;

/// Units left alone by the alignment that carry the same number and read
/// alike in both languages were moved, not dropped (layouts that shuffle
/// titles): pair them, out of order, so that they are not reported as
/// missing. They stay out of [`Context::pairs`].
fn pair_moved(
    kk: &mut Side<'_>,
    ru: &mut Side<'_>,
    fk: &[align::Features],
    fr: &[align::Features],
) {
    let mut alone_ru: HashMap<&ClauseNumber, VecDeque<usize>> = HashMap::new();
    for (j, u) in ru.units.iter().enumerate() {
        if ru.partner[j].is_none() {
            if let Some(n) = &u.number {
                alone_ru.entry(n).or_default().push_back(j);
            }
        }
    }
    let total = |f: &[align::Features]| f.iter().map(|x| x.len as f64 + 20.0).sum::<f64>();
    let bias = (total(fk) / total(fr).max(1.0)).ln().clamp(-0.7, 0.7) as f32;
    let mut matched = Vec::new();
    for (i, u) in kk.units.iter().enumerate() {
        if kk.partner[i].is_some() {
            continue;
        }
        let Some(n) = &u.number else { continue };
        let Some(cands) = alone_ru.get_mut(n) else {
            continue;
        };
        if let Some(pos) = cands
            .iter()
            .take(MOVED_CANDIDATES)
            .position(|&j| align::score(&fk[i], &fr[j], bias) > 0.0)
        {
            if let Some(j) = cands.remove(pos) {
                matched.push((i, j));
            }
        }
    }
    for (i, j) in matched {
        kk.partner[i] = Some(j);
        ru.partner[j] = Some(i);
    }
}

/// The breaks in the numbering of a run of units.
fn numbering_of(doc: &Document, units: &[Unit]) -> Vec<numbering::Issue> {
    if doc.heading_series {
        // Headings and clauses count in two series: each is analysed alone.
        let heading = |u: &Unit| matches!(doc.blocks.get(u.block), Some(Block::Heading(_)));
        let mut all = Vec::new();
        for want in [true, false] {
            let nums: Vec<Option<&ClauseNumber>> = units
                .iter()
                .map(|u| u.number.as_ref().filter(|_| heading(u) == want))
                .collect();
            all.extend(numbering::analyse(&nums));
        }
        all.sort_by_key(|i| i.unit);
        all
    } else {
        let nums: Vec<Option<&ClauseNumber>> = units.iter().map(|u| u.number.as_ref()).collect();
        numbering::analyse(&nums)
    }
}

fn side(doc: &Document) -> Side<'_> {
    let mut units = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let text = b.plain_text();
        let appendix = matches!(b, Block::Heading(h) if h.appendix.is_some());
        if text.trim().is_empty() && b.number().is_none() && !appendix {
            continue;
        }
        let figures = figs::figures(&text, doc.lang);
        units.push(Unit {
            block: i,
            number: b.number().cloned(),
            text,
            line: b.line(),
            figures,
        });
    }
    // An appendix is numbered on its own: each part is analysed alone.
    let opens = |u: &Unit| matches!(doc.blocks.get(u.block), Some(Block::Heading(h)) if h.appendix.is_some());
    let mut starts: Vec<usize> = vec![0];
    starts.extend((1..units.len()).filter(|&i| opens(&units[i])));
    starts.push(units.len());
    let mut numbering = Vec::new();
    for w in starts.windows(2) {
        let (from, to) = (w[0], w[1]);
        let part = numbering_of(doc, &units[from..to]);
        numbering.extend(part.into_iter().map(|mut i| {
            i.unit += from;
            if let numbering::IssueKind::Duplicate { first } = &mut i.kind {
                *first += from;
            }
            i
        }));
    }
    let issue_of = numbering
        .iter()
        .enumerate()
        .map(|(k, i)| (i.unit, k))
        .collect();
    let partner = vec![None; units.len()];
    Side {
        doc,
        units,
        numbering,
        issue_of,
        partner,
    }
}

/// A hash of a figure's value, for alignment.
fn value_key(f: &Figure) -> u64 {
    let mut h = DefaultHasher::new();
    f.value.hash(&mut h);
    h.finish()
}

fn features(doc: &Document, u: &Unit) -> align::Features {
    let mut figures: Vec<u64> = u
        .figures
        .iter()
        .filter(|f| f.is_comparable() && matches!(f.value, Value::Number(_)))
        .map(value_key)
        .collect();
    let mut refs: Vec<u64> = u
        .figures
        .iter()
        .filter_map(|f| {
            // References agree across the languages too.
            let key = f.reference_key()?;
            let mut h = DefaultHasher::new();
            (f.kind, key).hash(&mut h);
            Some(h.finish())
        })
        .collect();
    refs.sort_unstable();
    figures.sort_unstable();
    align::Features {
        number: u.number.clone(),
        figures,
        refs,
        len: u.text.chars().count(),
        heading: matches!(doc.blocks.get(u.block), Some(Block::Heading(_))),
    }
}

/// Check a bilingual contract with the rules that are on by default: their
/// findings, sorted by (file, line, code).
pub fn check(b: &Bilingual) -> Vec<Finding> {
    check_with(b, |r| r.default_on)
}

/// Check a bilingual contract with every rule, those off by default among
/// them (a configuration then picks what is reported).
pub fn check_all(b: &Bilingual) -> Vec<Finding> {
    check_with(b, |_| true)
}

/// Check a bilingual contract with the rules `wanted` accepts.
pub fn check_with(b: &Bilingual, wanted: impl Fn(&rules::Rule) -> bool) -> Vec<Finding> {
    let ctx = Context::new(b);
    let mut out = Vec::new();
    for run in rules::RULES
        .iter()
        .filter(|r| wanted(r))
        .filter_map(|r| r.run)
    {
        run(&ctx, &mut out);
    }
    finding::sort_findings(&mut out);
    out
}

/// A short quote of `text` around the byte range `span` (the whole start of
/// the text when `span` is `None`), at most about `max` characters.
///
/// Only the text within `8 · max` bytes of the span is read, so that many
/// quotes from one long unit cost no more than their own length.
pub fn excerpt(text: &str, span: Option<std::ops::Range<usize>>, max: usize) -> String {
    // The part of the text a quote can reach: `max` characters take at
    // most `4 · max` bytes.
    let reach = max.saturating_mul(8).saturating_add(8);
    let (from, to) = match &span {
        Some(s) => (s.start.saturating_sub(reach), s.end.saturating_add(reach)),
        None => (0, reach),
    };
    let from = floor_boundary(text, from);
    let to = floor_boundary(text, to);
    let (head, tail) = (from > 0, to < text.len());
    let text = text[from..to].replace('\n', " ");
    let span = span.map(|s| s.start.saturating_sub(from)..s.end.saturating_sub(from));
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    if n <= max && !head && !tail {
        return text.trim().to_string();
    }
    let (a, b) = match span {
        Some(s) => {
            // A span from the very end quotes the end.
            let a = chars.iter().position(|(i, _)| *i >= s.start).unwrap_or(n);
            let b = chars.iter().position(|(i, _)| *i >= s.end).unwrap_or(n);
            (a, b)
        }
        None => (0, 0),
    };
    let room = max.saturating_sub(b.saturating_sub(a));
    let mut start = a.saturating_sub(room / 2);
    let mut end = (b + room / 2).min(n);
    if end - start < max {
        if start == 0 {
            end = max.min(n);
        } else if end == n {
            start = n.saturating_sub(max);
        }
    }
    // Snap to word boundaries.
    while start > 0 && start < a && !chars[start - 1].1.is_whitespace() {
        start += 1;
    }
    while end < n && end > b && !chars[end].1.is_whitespace() {
        end -= 1;
    }
    let s: String = chars[start..end].iter().map(|(_, c)| *c).collect();
    format!(
        "{}{}{}",
        if start > 0 || head { "…" } else { "" },
        s.trim(),
        if end < n || tail { "…" } else { "" }
    )
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the parts of a block's plain text start: (byte offset in
/// [`Block::plain_text`], 1-based line), in order.
fn line_starts(b: &Block) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    match b {
        Block::Heading(h) => out.push((0, h.line)),
        Block::Clause(c) => {
            out.push((0, c.line));
            let mut at = c.text.to_plain().len();
            for ch in &c.children {
                at += 1; // the line break
                out.extend(line_starts(ch).into_iter().map(|(o, l)| (at + o, l)));
                at += ch.plain_text().len();
            }
        }
        Block::List(l) => {
            let mut at = 0;
            for (k, item) in l.items.iter().enumerate() {
                if k > 0 {
                    at += 1;
                }
                out.push((at, item.line));
                at += item.text.to_plain().len();
            }
        }
        Block::Table(t) => out.push((0, t.line)),
    }
    out
}

/// The 1-based line of a byte offset in a unit's text.
pub fn line_at(side: &Side<'_>, unit: usize, at: usize) -> u32 {
    let Some(u) = side.units.get(unit) else {
        return 0;
    };
    let Some(b) = side.doc.blocks.get(u.block) else {
        return u.line;
    };
    line_starts(b)
        .into_iter()
        .take_while(|(o, _)| *o <= at)
        .last()
        .map_or(u.line, |(_, l)| l.max(u.line))
}

/// The place of a unit, quoting `quote`.
pub fn location(side: &Side<'_>, unit: usize, quote: String) -> Location {
    let u = side.units.get(unit);
    Location {
        lang: Some(side.lang()),
        file: side.doc.file.clone(),
        line: u.map_or(0, |u| u.line),
        column: None,
        clause: u.and_then(|u| u.clause()),
        excerpt: quote,
    }
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn an_appendix_is_numbered_on_its_own() {
        use crate::lang::Lang;
        use crate::model::{Bilingual, Block, Clause, ClauseNumber, Document, Heading, RichText};
        let clause = |n: &str| {
            Block::Clause(Clause {
                number: ClauseNumber::parse(n),
                id: None,
                text: RichText::plain(format!("Условие {n}.")),
                line: 1,
                children: vec![],
            })
        };
        let doc = |appendix: Option<u32>| {
            let mut d = Document::new(Lang::Ru, "ru.md");
            d.blocks = vec![clause("1.1"), clause("1.2"), clause("2.1")];
            d.blocks.push(Block::Heading(Heading {
                number: None,
                id: None,
                level: 1,
                text: RichText::plain("Тарифы"),
                line: 9,
                appendix,
            }));
            d.blocks.extend([clause("1.1"), clause("1.2")]);
            d
        };
        let issues = |appendix| {
            let bi = Bilingual {
                kk: Document::new(Lang::Kk, "kk.md"),
                ru: doc(appendix),
            };
            super::Context::new(&bi).ru.numbering.len()
        };
        // Read as one text, the appendix's 1.1 repeats the contract's.
        assert!(issues(None) > 0);
        assert_eq!(issues(Some(1)), 0);
    }

    /// `excerpt` reading the whole text, as it did before it read only the
    /// part a quote can reach.
    fn excerpt_whole(text: &str, span: Option<std::ops::Range<usize>>, max: usize) -> String {
        let text = text.replace('\n', " ");
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        if n <= max {
            return text.trim().to_string();
        }
        let (a, b) = match span {
            Some(s) => (
                chars.iter().position(|(i, _)| *i >= s.start).unwrap_or(0),
                chars.iter().position(|(i, _)| *i >= s.end).unwrap_or(n),
            ),
            None => (0, 0),
        };
        let room = max.saturating_sub(b.saturating_sub(a));
        let mut start = a.saturating_sub(room / 2);
        let mut end = (b + room / 2).min(n);
        if end - start < max {
            if start == 0 {
                end = max.min(n);
            } else if end == n {
                start = n.saturating_sub(max);
            }
        }
        while start > 0 && start < a && !chars[start - 1].1.is_whitespace() {
            start += 1;
        }
        while end < n && end > b && !chars[end].1.is_whitespace() {
            end -= 1;
        }
        let s: String = chars[start..end].iter().map(|(_, c)| *c).collect();
        format!(
            "{}{}{}",
            if start > 0 { "…" } else { "" },
            s.trim(),
            if end < n { "…" } else { "" }
        )
    }

    #[test]
    fn excerpt_of_a_window_equals_excerpt_of_the_whole() {
        let words = ["срок", "5", "жұмыс\nкүні", "(пять)", "ә", "10 000", "тг"];
        let mut text = String::new();
        for k in 0..900 {
            text.push_str(words[k * 5 % words.len()]);
            text.push(if k % 13 == 0 { '\n' } else { ' ' });
        }
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(37).collect();
        for max in [10, 60, 140] {
            assert_eq!(excerpt(&text, None, max), excerpt_whole(&text, None, max));
            for (k, &a) in bounds.iter().enumerate() {
                let b = bounds.get(k + k % 3).copied().unwrap_or(text.len());
                // Spans that start inside the text (a figure's); one that
                // starts at the very end quoted the whole text before and
                // is quoted around the end now.
                for t in [&text[..], &text[..a]] {
                    if a >= t.len() {
                        assert!(excerpt(t, Some(a..b), max).chars().count() <= max + 2);
                        continue;
                    }
                    let span = Some(a..b.min(t.len()));
                    assert_eq!(
                        excerpt(t, span.clone(), max),
                        excerpt_whole(t, span.clone(), max),
                        "{max} {span:?} {}",
                        t.len()
                    );
                }
            }
        }
    }
}
