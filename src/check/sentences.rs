//! Sentences inside a pair of clauses: split each language's text into
//! sentences and list items, and align them, as length-based sentence
//! aligners do (Gale and Church), with the figures of each sentence as
//! anchors.
//!
//! The rules that compare meaning (negations, parties, what is missing)
//! read clauses sentence by sentence: a negation dropped in one sentence
//! of a long clause is lost in the clause's totals when another sentence
//! has one more.

use crate::lang::{is_letter, Lang};
use std::ops::Range;

/// One sentence of a text: its byte range.
pub type Sentence = Range<usize>;

/// Words before a period that abbreviate, so that the period ends no
/// sentence (`п. 2.3`, `ст. 395`, `т.е.`, `2020 ж.`, `г.`).
fn is_abbreviation(word: &str) -> bool {
    let n = word.chars().count();
    n > 0 && n <= 3 && word.chars().all(|c| c.is_lowercase())
}

/// Split a text into sentences: at line breaks (list items, paragraphs),
/// at `.`, `!`, `?` before a capital letter, a digit, a bullet or a quote,
/// and at `;` before the next item. Pieces without a letter join the next
/// sentence.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut cuts = vec![0];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_i = chars.get(k + 1).map_or(text.len(), |x| x.0);
        match c {
            '\n' => cuts.push(next_i),
            ':' => {
                // A lead-in before a quoted term or a bullet: the items
                // that follow are sentences of their own.
                let next = chars[k + 1..].iter().find(|(_, c)| !c.is_whitespace());
                if chars.get(k + 1).is_some_and(|(_, c)| c.is_whitespace())
                    && next.is_some_and(|(_, c)| "«\"„“●•·▪–—".contains(*c))
                {
                    cuts.push(next_i);
                }
            }
            '.' | '!' | '?' | ';' => {
                // Whitespace, then what the next sentence starts with.
                let Some(&(_, ws)) = chars.get(k + 1) else {
                    continue;
                };
                if !ws.is_whitespace() || ws == '\n' {
                    continue;
                }
                let Some(&(_, first)) = chars[k + 1..].iter().find(|(_, c)| !c.is_whitespace())
                else {
                    continue;
                };
                let starts = first.is_uppercase()
                    || first.is_ascii_digit()
                    || "●•·▪–—-«\"„(".contains(first);
                // `;` ends a list item when the next one starts as an item
                // does; before a lower-case word it only separates the
                // parts of an enumeration one language may write with
                // commas.
                if !starts {
                    continue;
                }
                if c == ';' {
                    cuts.push(next_i);
                    continue;
                }
                if c == '.' {
                    // The word before the period.
                    let before: String = chars[..k]
                        .iter()
                        .rev()
                        .take_while(|(_, c)| is_letter(*c))
                        .map(|(_, c)| *c)
                        .collect();
                    let before: String = before.chars().rev().collect();
                    if is_abbreviation(&before) {
                        continue;
                    }
                }
                cuts.push(next_i);
            }
            _ => {}
        }
        let _ = i;
    }
    cuts.push(text.len());
    cuts.dedup();
    let mut out: Vec<Sentence> = Vec::new();
    let mut pending: Option<usize> = None;
    for w in cuts.windows(2) {
        let (a, b) = (pending.take().unwrap_or(w[0]), w[1]);
        if text[a..b].chars().filter(|c| is_letter(*c)).count() < 2 {
            pending = Some(a);
            continue;
        }
        out.push(trim(text, a..b));
    }
    if let Some(a) = pending {
        // Trailing pieces without letters join the last sentence.
        match out.last_mut() {
            Some(last) => last.end = trim(text, last.start..text.len()).end,
            None if a < text.len() => out.push(trim(text, a..text.len())),
            None => {}
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A range without the whitespace at its ends.
fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Whether a sentence starts with a term in quotes followed by a dash.
fn is_definition(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || "●•·▪-–—".contains(c));
    let Some(rest) = t.strip_prefix(['«', '"', '“']) else {
        return false;
    };
    let Some(close) = rest.find(['»', '"', '”']) else {
        return false;
    };
    if rest[..close].chars().count() > 60 {
        return false;
    }
    let after = rest[close..].chars().skip(1).collect::<String>();
    after.trim_start().starts_with(['-', '–', '—'])
}

/// What the aligner compares of a sentence.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Letters in the sentence.
    pub len: usize,
    /// The numbers written in digits (as written, without spaces).
    pub numbers: Vec<String>,
    /// The sentence defines a term: it starts with the term in quotes and
    /// a dash (`«Сайт» – …`).
    pub definition: bool,
}

impl Features {
    /// The features of a sentence.
    pub fn of(text: &str) -> Features {
        let mut numbers = Vec::new();
        let mut cur = String::new();
        for c in text.chars() {
            if c.is_ascii_digit() {
                cur.push(c);
            } else if !(cur.is_empty() || c == ' ' || c == '\u{a0}' || c == '.' || c == ',') {
                numbers.push(std::mem::take(&mut cur));
            } else if !cur.is_empty() && (c == '.' || c == ',') {
                cur.push('.');
            }
        }
        if !cur.is_empty() {
            numbers.push(cur);
        }
        for n in &mut numbers {
            while n.ends_with('.') {
                n.pop();
            }
        }
        numbers.sort();
        numbers.dedup();
        Features {
            len: text.chars().filter(|c| is_letter(*c)).count(),
            numbers,
            definition: is_definition(text),
        }
    }
}

/// A group of aligned sentences: indices into each language's sentences
/// (an empty range on one side: the other side's sentences have no
/// counterpart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Kazakh sentences.
    pub kk: Range<usize>,
    /// Russian sentences.
    pub ru: Range<usize>,
}

impl Group {
    /// The sentences of one language.
    pub fn of(&self, lang: Lang) -> Range<usize> {
        match lang {
            Lang::Kk => self.kk.clone(),
            Lang::Ru => self.ru.clone(),
        }
    }
}

/// Cost of a sentence with no counterpart.
pub const SKIP_COST: f64 = 6.0;

/// The cost of aligning `a` Kazakh sentences with `b` Russian ones whose
/// joined features are `k` and `r`; `bias` is the usual log ratio of
/// Russian to Kazakh length in this document.
fn cost(k: &Features, r: &Features, a: usize, b: usize, bias: f64) -> f64 {
    if a == 0 || b == 0 {
        return SKIP_COST;
    }
    let (lk, lr) = (k.len as f64 + 8.0, r.len as f64 + 8.0);
    let delta = (lr / lk).ln() - bias;
    // Short sentences vary more in length than long ones.
    let sigma = 0.25 + 2.0 / (lk.min(lr)).sqrt();
    let mut c = delta * delta / (2.0 * sigma * sigma);
    c += match (a, b) {
        (1, 1) => 0.0,
        (1, 2) | (2, 1) => 1.6,
        _ => 3.2,
    };
    // Figures as anchors.
    if !k.numbers.is_empty() || !r.numbers.is_empty() {
        let common = k.numbers.iter().filter(|n| r.numbers.contains(n)).count() as f64;
        let all = (k.numbers.len() + r.numbers.len()) as f64 - common;
        c += 1.5 - 3.0 * common / all.max(1.0);
    }
    c
}

fn joined(fs: &[Features]) -> Features {
    let mut out = Features::default();
    for f in fs {
        out.len += f.len;
        out.numbers.extend(f.numbers.iter().cloned());
    }
    out.numbers.sort();
    out.numbers.dedup();
    out
}

/// Align the sentences of a pair of clauses: a monotone alignment by
/// dynamic programming over groups of 1–2 sentences on each side, or one
/// sentence alone. `bias` is `ln(len ru / len kk)` of the document.
pub fn align(kk: &[Features], ru: &[Features], bias: f64) -> Vec<Group> {
    let (n, m) = (kk.len(), ru.len());
    // Long clauses: the table grows with n · m; beyond this many
    // sentences a side, pair in order.
    const MAX: usize = 400;
    if n > MAX || m > MAX {
        let k = n.min(m);
        let mut out: Vec<Group> = (0..k)
            .map(|i| Group {
                kk: i..i + 1,
                ru: i..i + 1,
            })
            .collect();
        if n > k {
            out.push(Group { kk: k..n, ru: m..m });
        }
        if m > k {
            out.push(Group { kk: n..n, ru: k..m });
        }
        return out;
    }
    let inf = f64::INFINITY;
    let mut best = vec![vec![inf; m + 1]; n + 1];
    let mut back = vec![vec![(0usize, 0usize); m + 1]; n + 1];
    best[0][0] = 0.0;
    let steps = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2)];
    for i in 0..=n {
        for j in 0..=m {
            if best[i][j] == inf {
                continue;
            }
            for &(a, b) in &steps {
                let (ni, nj) = (i + a, j + b);
                if ni > n || nj > m {
                    continue;
                }
                let c = cost(&joined(&kk[i..ni]), &joined(&ru[j..nj]), a, b, bias);
                let total = best[i][j] + c;
                if total < best[ni][nj] {
                    best[ni][nj] = total;
                    back[ni][nj] = (a, b);
                }
            }
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (a, b) = back[i][j];
        if a == 0 && b == 0 {
            break;
        }
        out.push(Group {
            kk: i - a..i,
            ru: j - b..j,
        });
        i -= a;
        j -= b;
    }
    out.reverse();
    out
}

/// Letters a sentence needs to be reported as having no counterpart
/// (about six words): a shorter one is a heading, a label, a topic of a
/// list or a fragment of a split.
pub const MIN_SENTENCE: usize = 40;

/// The sentence of a group that has no counterpart in the other language,
/// as (its language, its index): the sentence alone on its side of a
/// group, or, in a group of one sentence against two, the one of the two
/// without which the other matches the single sentence closely while the
/// pair does not.
pub fn extra(kk: &[Features], ru: &[Features], g: &Group, bias: f64) -> Option<(Lang, usize)> {
    let delta =
        |a: &Features, b: &Features| ((b.len as f64 + 8.0) / (a.len as f64 + 8.0)).ln() - bias;
    let one_side = |lang: Lang, r: &Range<usize>, fs: &[Features]| {
        (r.len() == 1 && fs[r.start].len >= MIN_SENTENCE).then_some((lang, r.start))
    };
    match (g.kk.len(), g.ru.len()) {
        (0, _) => one_side(Lang::Ru, &g.ru, ru),
        (_, 0) => one_side(Lang::Kk, &g.kk, kk),
        (1, 2) | (2, 1) => {
            let (single, pair, pair_lang, sign) = if g.kk.len() == 1 {
                (&kk[g.kk.start], &ru[g.ru.clone()], Lang::Ru, 1.0)
            } else {
                (&ru[g.ru.start], &kk[g.kk.clone()], Lang::Kk, -1.0)
            };
            let start = if pair_lang == Lang::Ru {
                g.ru.start
            } else {
                g.kk.start
            };
            let whole = joined(pair);
            // Ratios as Russian over Kazakh.
            let d = |p: &Features| {
                if sign > 0.0 {
                    delta(single, p)
                } else {
                    delta(p, single)
                }
            };
            if d(&whole).abs() < 0.4 {
                return None;
            }
            let anchors = |p: &Features| {
                single.numbers.is_empty() && p.numbers.is_empty()
                    || single.numbers.iter().any(|n| p.numbers.contains(n))
            };
            // Definitions are never merged in translation: of two against
            // one, the one further in length has no counterpart.
            if single.definition && pair.iter().all(|p| p.definition) {
                let k = usize::from(d(&pair[1]).abs() < d(&pair[0]).abs());
                return (pair[1 - k].len >= MIN_SENTENCE / 2).then_some((pair_lang, start + 1 - k));
            }
            (0..2).find_map(|k| {
                let (kept, other) = (&pair[k], &pair[1 - k]);
                (d(kept).abs() < 0.25 && anchors(kept) && other.len >= MIN_SENTENCE)
                    .then_some((pair_lang, start + 1 - k))
            })
        }
        _ => None,
    }
}

/// The sentences of the two texts of a pair of clauses, and their
/// alignment.
#[derive(Debug, Clone)]
pub struct Aligned {
    /// Kazakh sentences.
    pub kk: Vec<Sentence>,
    /// Russian sentences.
    pub ru: Vec<Sentence>,
    /// What the aligner compared of each Kazakh sentence.
    pub fk: Vec<Features>,
    /// What the aligner compared of each Russian sentence.
    pub fr: Vec<Features>,
    /// Their alignment, in order.
    pub groups: Vec<Group>,
}

impl Aligned {
    /// Split and align two texts.
    pub fn new(kk_text: &str, ru_text: &str, bias: f64) -> Aligned {
        let kk = split(kk_text);
        let ru = split(ru_text);
        let fk: Vec<Features> = kk
            .iter()
            .map(|s| Features::of(&kk_text[s.clone()]))
            .collect();
        let fr: Vec<Features> = ru
            .iter()
            .map(|s| Features::of(&ru_text[s.clone()]))
            .collect();
        let groups = align(&fk, &fr, bias);
        Aligned {
            kk,
            ru,
            fk,
            fr,
            groups,
        }
    }

    /// The byte range a group covers in one language's text (`None` for
    /// an empty side).
    pub fn span(&self, g: &Group, lang: Lang) -> Option<Range<usize>> {
        let (sents, r) = match lang {
            Lang::Kk => (&self.kk, g.kk.clone()),
            Lang::Ru => (&self.ru, g.ru.clone()),
        };
        if r.is_empty() {
            return None;
        }
        Some(sents[r.start].start..sents[r.end - 1].end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts<'a>(t: &'a str, s: &[Sentence]) -> Vec<&'a str> {
        s.iter().map(|r| &t[r.clone()]).collect()
    }

    #[test]
    fn splits_sentences_items_and_lines() {
        let t = "Исполнитель оказывает услуги. Заказчик оплачивает их в течение 5 дней согласно п. 3.1 Договора.\n● первое; 2) второе; третье;\nчетвертое";
        assert_eq!(
            texts(t, &split(t)),
            vec![
                "Исполнитель оказывает услуги.",
                "Заказчик оплачивает их в течение 5 дней согласно п. 3.1 Договора.",
                "● первое;",
                "2) второе; третье;",
                "четвертое"
            ]
        );
        let t = "2020 ж. 1 қаңтардағы Кодекс. Тараптар келісті.";
        assert_eq!(
            texts(t, &split(t)),
            vec!["2020 ж. 1 қаңтардағы Кодекс.", "Тараптар келісті."]
        );
    }

    #[test]
    fn aligns_one_to_one_and_merges_a_sentence_without_counterpart() {
        let kk = "Орындаушы қызметтерді 10 күн ішінде көрсетеді. Тапсырыс беруші қызметтерге 5 күн ішінде ақы төлейді.";
        let ru = "Исполнитель оказывает услуги в течение 10 дней. Заказчик вправе в любое время отказаться от услуг, возместив расходы Исполнителя. Заказчик оплачивает услуги в течение 5 дней.";
        let a = Aligned::new(kk, ru, 0.0);
        // The sentence without a counterpart joins its neighbour whose
        // figures agree; `extra` then tells it apart.
        assert_eq!(
            a.groups,
            vec![Group { kk: 0..1, ru: 0..1 }, Group { kk: 1..2, ru: 1..3 }]
        );
        let fr: Vec<Features> = a.ru.iter().map(|s| Features::of(&ru[s.clone()])).collect();
        let fk: Vec<Features> = a.kk.iter().map(|s| Features::of(&kk[s.clone()])).collect();
        assert_eq!(extra(&fk, &fr, &a.groups[1], 0.0), Some((Lang::Ru, 1)));
        assert_eq!(extra(&fk, &fr, &a.groups[0], 0.0), None);
    }

    proptest! {
        #[test]
        fn alignment_covers_every_sentence_once(
            kk in prop::collection::vec(1usize..300, 0..12),
            ru in prop::collection::vec(1usize..300, 0..12),
        ) {
            let f = |v: &Vec<usize>| v.iter().map(|&len| Features { len, ..Features::default() }).collect::<Vec<_>>();
            let groups = align(&f(&kk), &f(&ru), 0.0);
            let (mut i, mut j) = (0, 0);
            for g in &groups {
                prop_assert_eq!(g.kk.start, i);
                prop_assert_eq!(g.ru.start, j);
                prop_assert!(!(g.kk.is_empty() && g.ru.is_empty()));
                i = g.kk.end;
                j = g.ru.end;
            }
            prop_assert_eq!((i, j), (kk.len(), ru.len()));
        }

        #[test]
        fn split_never_panics_and_stays_in_order(t in "[а-яА-Яәі .;!?\n●0-9]{0,200}") {
            let s = split(&t);
            let mut end = 0;
            for r in &s {
                prop_assert!(r.start >= end && r.end <= t.len() && r.start < r.end);
                prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                end = r.end;
            }
        }
    }
}
