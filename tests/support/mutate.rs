//! Mutation testing of the checker: inject one known defect into a clean
//! (or baselined) bilingual text, in one language, and see whether the
//! checker reports it and nothing else.
//!
//! Shared by `tests/mutations.rs` (small sample, asserted) and
//! `benches/mutations.rs` (every case, reported).

#![allow(dead_code)]

use qostil::check::{check, Context, Finding};
use qostil::figures::{FigureKind, Value};
use qostil::lang::Lang;
use qostil::model::Bilingual;
use qostil::source::plain;
use std::collections::HashMap;

/// A document under test.
#[derive(Clone)]
pub enum Source {
    /// Two files, one per language.
    Pair { kk: String, ru: String },
    /// One file with both languages.
    Single { text: String, name: String },
}

impl Source {
    pub fn load(&self) -> Bilingual {
        match self {
            Source::Pair { kk, ru } => Bilingual {
                kk: plain::read_single(kk, "kk.txt", Lang::Kk, false),
                ru: plain::read_single(ru, "ru.txt", Lang::Ru, false),
            },
            Source::Single { text, name } => plain::read_bilingual(text, name),
        }
    }

    fn text(&self, lang: Lang) -> &str {
        match self {
            Source::Pair { kk, ru } => match lang {
                Lang::Kk => kk,
                Lang::Ru => ru,
            },
            Source::Single { text, .. } => text,
        }
    }

    fn with_text(&self, lang: Lang, new: String) -> Source {
        match self {
            Source::Pair { kk, ru } => match lang {
                Lang::Kk => Source::Pair {
                    kk: new,
                    ru: ru.clone(),
                },
                Lang::Ru => Source::Pair {
                    kk: kk.clone(),
                    ru: new,
                },
            },
            Source::Single { name, .. } => Source::Single {
                text: new,
                name: name.clone(),
            },
        }
    }
}

/// The kinds of injected defects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    FigureChanged,
    ClauseDeleted,
    ClauseRenumbered,
    NumberDuplicated,
    WordsChanged,
    CalendarToWorking,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::FigureChanged,
        Kind::ClauseDeleted,
        Kind::ClauseRenumbered,
        Kind::NumberDuplicated,
        Kind::WordsChanged,
        Kind::CalendarToWorking,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::FigureChanged => "figure changed",
            Kind::ClauseDeleted => "clause deleted",
            Kind::ClauseRenumbered => "clause renumbered",
            Kind::NumberDuplicated => "number duplicated",
            Kind::WordsChanged => "words beside digits changed",
            Kind::CalendarToWorking => "calendar → working",
        }
    }

    /// Codes that report this defect.
    fn codes(self) -> &'static [&'static str] {
        match self {
            Kind::FigureChanged => &["figure-mismatch", "words-digits", "figure-missing"],
            // A reference to the clause that moved or went away dangles:
            // a consequence of the same defect.
            Kind::ClauseDeleted => &["clause-missing", "numbering-gap", "dangling-reference"],
            Kind::ClauseRenumbered | Kind::NumberDuplicated => &[
                "numbering-order",
                "numbering-gap",
                "numbering-duplicate",
                "numbering-mismatch",
                "dangling-reference",
            ],
            Kind::WordsChanged => &["words-digits"],
            Kind::CalendarToWorking => &["figure-mismatch"],
        }
    }
}

/// The outcome of one injected defect.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub kind: Kind,
    pub lang: Lang,
    pub clause: String,
    pub detected: bool,
    pub false_findings: Vec<Finding>,
}

/// Key of a finding, stable under line shifts and renumbering: the code
/// and the quoted text of its places.
fn key(f: &Finding) -> String {
    let mut k = f.code.to_string();
    for l in &f.locations {
        k.push('|');
        k.push_str(l.lang.map_or("-", |l| l.code()));
        k.push(':');
        k.extend(l.excerpt.chars().take(40));
    }
    k
}

fn new_findings(base: &[Finding], after: Vec<Finding>) -> Vec<Finding> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for f in base {
        *counts.entry(key(f)).or_default() += 1;
    }
    after
        .into_iter()
        .filter(|f| {
            let c = counts.entry(key(f)).or_default();
            if *c > 0 {
                *c -= 1;
                false
            } else {
                true
            }
        })
        .collect()
}

/// A candidate place for a defect.
struct Target {
    lang: Lang,
    number: String,
    partner_number: Option<String>,
    /// Byte range in the language's text of the clause's first lines.
    start: usize,
    end: usize,
    prev_number: Option<String>,
    figure: Option<(String, Option<String>, u128)>,
    /// Whether the other language has text to compare with.
    bilingual: bool,
    /// Whether the clause counts calendar days.
    calendar: bool,
}

fn line_offsets(text: &str) -> Vec<usize> {
    let mut v = vec![0];
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            v.push(i + 1);
        }
    }
    v
}

fn targets(src: &Source) -> Vec<Target> {
    let b = src.load();
    let ctx = Context::new(&b);
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        let other = ctx.side(lang.other());
        let text = src.text(lang);
        let offs = line_offsets(text);
        // Lines where any unit starts (both languages for a single file).
        let mut starts: Vec<u32> = side.units.iter().map(|u| u.line).collect();
        if matches!(src, Source::Single { .. }) {
            starts.extend(other.units.iter().map(|u| u.line));
        }
        starts.sort_unstable();
        let mut prev_number: Option<String> = None;
        for (k, u) in side.units.iter().enumerate() {
            let Some(n) = u.clause() else { continue };
            let was_prev = prev_number.replace(n.clone());
            let bilingual = !other.units.is_empty();
            if side.issue(k).is_some() || (bilingual && side.partner[k].is_none()) {
                continue; // already broken: not a clean target
            }
            let line = u.line as usize;
            let next = starts
                .iter()
                .copied()
                .find(|l| *l > u.line)
                .map_or(offs.len() + 1, |l| l as usize);
            let start = offs.get(line - 1).copied().unwrap_or(text.len());
            // Stop at the next unit or at a blank line.
            let mut end = offs.get(next - 1).copied().unwrap_or(text.len());
            if let Some(rel) = text.get(start..end).and_then(|s| s.find("\n\n")) {
                end = start + rel + 1;
            }
            // Several clauses (and both languages) may share a line: narrow
            // the range to this clause, from its number to the next tab or
            // HTML paragraph.
            let Some((start, end)) = narrow(text, start, end, &n, &u.text) else {
                continue;
            };
            let calendar = u
                .figures
                .iter()
                .any(|f| f.unit == qostil::figures::Unit::Day(qostil::figures::DayKind::Calendar));
            let figure = u.figures.iter().find_map(|f| match (&f.value, f.kind) {
                (
                    Value::Number(n),
                    FigureKind::Money
                    | FigureKind::Percent
                    | FigureKind::Duration
                    | FigureKind::Count,
                ) => Some((f.text.clone(), f.words_text.clone(), n.int_part())),
                _ => None,
            });
            out.push(Target {
                lang,
                number: n,
                partner_number: side.partner[k].and_then(|j| other.units[j].clause()),
                start,
                end,
                prev_number: was_prev,
                figure,
                bilingual,
                calendar,
            });
        }
    }
    out
}

fn narrow(
    text: &str,
    start: usize,
    end: usize,
    number: &str,
    clause_text: &str,
) -> Option<(usize, usize)> {
    let seg = text.get(start..end)?;
    let at = [12, 6].iter().find_map(|n| {
        let prefix: String = clause_text.chars().take(*n).collect();
        if prefix.trim().is_empty() {
            None
        } else {
            // The occurrence of the text right after this clause's number:
            // several clauses may begin with the same words.
            let after_number = |at: &usize| {
                let before = seg[..*at].trim_end_matches([' ', '\t', '.', ')', '-', '–']);
                before.ends_with(number)
            };
            let mut hits = seg.match_indices(prefix.as_str()).map(|(i, _)| i);
            let first = seg.find(&prefix);
            hits.find(after_number).or(first)
        }
    });
    let Some(at) = at else {
        // Text not found as written (entities, markup): only safe when
        // the range holds this clause alone.
        return (seg.matches(number).count() == 1).then_some((start, end));
    };
    let num_at = seg[..at].rfind(number)?;
    let rest = &seg[at..];
    let stop = ["\t", "<p", "</p>"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .map_or(end, |k| start + at + k);
    Some((start + num_at, stop))
}

/// Replace the first occurrence of `from` inside `range` of `text`.
fn replace_in(text: &str, range: (usize, usize), from: &str, to: &str) -> Option<String> {
    let seg = text.get(range.0..range.1)?;
    let at = seg.find(from)?;
    let mut s = String::with_capacity(text.len() + to.len());
    s.push_str(&text[..range.0 + at]);
    s.push_str(to);
    s.push_str(&text[range.0 + at + from.len()..]);
    Some(s)
}

fn bump_digit(fig: &str) -> Option<String> {
    let i = fig.find(|c: char| c.is_ascii_digit())?;
    let d = fig.as_bytes()[i] - b'0';
    let nd = if d == 9 { 8 } else { d + 1 };
    let mut s = fig.to_string();
    s.replace_range(i..i + 1, &nd.to_string());
    Some(s)
}

fn mutate(src: &Source, t: &Target, kind: Kind) -> Option<Source> {
    let text = src.text(t.lang);
    let range = (t.start, t.end);
    // With one language only, a changed figure shows only against its
    // words, and a changed qualifier not at all.
    if kind == Kind::CalendarToWorking && (!t.bilingual || !t.calendar) {
        return None;
    }
    let new = match kind {
        Kind::FigureChanged => {
            let (ftext, words, _) = t.figure.as_ref()?;
            if !t.bilingual && words.is_none() {
                return None;
            }
            replace_in(text, range, ftext, &bump_digit(ftext)?)?
        }
        Kind::ClauseDeleted => {
            let mut s = text[..t.start].to_string();
            s.push_str(&text[t.end..]);
            s
        }
        Kind::ClauseRenumbered => {
            let seg = text.get(range.0..range.1)?;
            let at = seg.find(&t.number)?;
            let parts: Vec<u32> = t.number.split('.').filter_map(|p| p.parse().ok()).collect();
            let mut np = parts.clone();
            *np.last_mut()? += 5;
            let new_num = np
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(".");
            let mut s = text[..t.start + at].to_string();
            s.push_str(&new_num);
            s.push_str(&text[t.start + at + t.number.len()..]);
            s
        }
        Kind::NumberDuplicated => {
            let prev = t.prev_number.as_ref()?;
            if prev.split('.').count() != t.number.split('.').count() {
                return None;
            }
            let seg = text.get(range.0..range.1)?;
            let at = seg.find(&t.number)?;
            let mut s = text[..t.start + at].to_string();
            s.push_str(prev);
            s.push_str(&text[t.start + at + t.number.len()..]);
            s
        }
        Kind::WordsChanged => {
            let (_, words, value) = t.figure.as_ref()?;
            let words = words.as_ref()?;
            let other = match (t.lang, *value == 7) {
                (Lang::Ru, false) => "семи",
                (Lang::Ru, true) => "девяти",
                (Lang::Kk, false) => "жеті",
                (Lang::Kk, true) => "тоғыз",
            };
            replace_in(text, range, &format!("({words})"), &format!("({other})"))?
        }
        Kind::CalendarToWorking => {
            let (from, to) = match t.lang {
                Lang::Ru => ("календарных", "рабочих"),
                Lang::Kk => ("күнтізбелік", "жұмыс"),
            };
            replace_in(text, range, from, to)
                .or_else(|| replace_in(text, range, &capitalise(from), &capitalise(to)))?
        }
    };
    Some(src.with_text(t.lang, new))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Whether a new finding is the injected defect: a code of the defect at
/// the mutated clause (or its counterpart).
fn explains(f: &Finding, t: &Target, kind: Kind) -> bool {
    if !kind.codes().contains(&f.code) {
        return false;
    }
    f.locations.iter().any(|l| {
        let c = l.clause.as_deref();
        (l.lang == Some(t.lang)
            && (c == Some(t.number.as_str())
                || kind != Kind::FigureChanged
                    && kind != Kind::WordsChanged
                    && kind != Kind::CalendarToWorking))
            || (l.lang != Some(t.lang) && c.is_some() && c == t.partner_number.as_deref())
    })
}

/// Run every kind of defect on up to `per_kind` targets per language.
pub fn run(src: &Source, per_kind: usize) -> Vec<Outcome> {
    let base = check(&src.load());
    // Only clauses the baseline finds nothing wrong with are targets.
    let flagged: std::collections::HashSet<(Lang, String)> = base
        .iter()
        .flat_map(|f| f.locations.iter())
        .filter_map(|l| Some((l.lang?, l.clause.clone()?)))
        .collect();
    let ts: Vec<Target> = targets(src)
        .into_iter()
        .filter(|t| {
            !flagged.contains(&(t.lang, t.number.clone()))
                && !t
                    .partner_number
                    .as_ref()
                    .is_some_and(|p| flagged.contains(&(t.lang.other(), p.clone())))
        })
        .collect();
    let mut out = Vec::new();
    for kind in Kind::ALL {
        for lang in Lang::ALL {
            let mut n = 0;
            let cands: Vec<&Target> = ts.iter().filter(|t| t.lang == lang).collect();
            // Spread the sample over the document.
            let step = (cands.len() / per_kind.max(1)).max(1);
            let mut order: Vec<&Target> = cands.iter().step_by(step).copied().collect();
            order.extend(cands.iter().copied());
            let mut seen = std::collections::HashSet::new();
            for t in order {
                if n >= per_kind {
                    break;
                }
                if !seen.insert((t.start, t.end)) {
                    continue;
                }
                let Some(m) = mutate(src, t, kind) else {
                    continue;
                };
                let after = check(&m.load());
                let new = new_findings(&base, after);
                let detected = new.iter().any(|f| explains(f, t, kind));
                let false_findings: Vec<Finding> =
                    new.into_iter().filter(|f| !explains(f, t, kind)).collect();
                out.push(Outcome {
                    kind,
                    lang,
                    clause: t.number.clone(),
                    detected,
                    false_findings,
                });
                n += 1;
            }
        }
    }
    out
}

/// Per kind: (cases, detected, false findings).
pub fn summary(outcomes: &[Outcome]) -> Vec<(Kind, usize, usize, usize)> {
    Kind::ALL
        .iter()
        .map(|k| {
            let os: Vec<&Outcome> = outcomes.iter().filter(|o| o.kind == *k).collect();
            (
                *k,
                os.len(),
                os.iter().filter(|o| o.detected).count(),
                os.iter().map(|o| o.false_findings.len()).sum(),
            )
        })
        .collect()
}

/// Locate the corpus folder, if present.
pub fn corpus_dir() -> Option<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/corpus"),
        root.join("../../shared/corpus"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}
