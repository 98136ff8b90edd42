//! Structure pass: which clause numbers open clauses, decided over the whole
//! text of one language, not line by line.
//!
//! Every place a clause number could start (a line start, a number after a
//! sentence end inside a line) is a [`Candidate`] with a weight from its own
//! evidence: the shape of the number, what follows it (a capital, a lower
//! case word, a digit, a blank `___`), the line before (a reference word
//! such as `п.` or `тармағы` makes it part of a sentence). The reader then
//! chooses the set of candidates that makes the numbering most consistent
//! as a sequence ([`choose`], a dynamic programme over candidates): a
//! number that continues `18` → `19` is a clause even when its text starts
//! with `17-тармақта`; a number that breaks the sequence must carry strong
//! evidence of its own.
//!
//! State standard forms number their section headings and their clauses in
//! two series of one flat list (`1. Предмет договора`, clauses `1.`–`5.`,
//! `2. Права сторон`, clauses `6.`…): such headings are recognised as a
//! series of their own ([`heading_series`]) before the clauses are chosen.
//!
//! Sub-items (`1)`, `а)`, bullets) are items of their clause; paragraphs
//! without a number after a clause belong to it; the requisites and
//! signatures at the end of a contract form a block of their own.
//!
//! Invariants: linear in the number of candidates (the programme looks back
//! a bounded number of candidates); never panics.

use super::clean::re;
use super::{Kind, Piece};
use crate::check::numbering::follows;
use crate::lexicon;
use crate::model::{ClauseNumber, ListItem, RichText};
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A place where a clause number could start.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Index of the piece.
    pub piece: usize,
    /// The number.
    pub number: ClauseNumber,
    /// Byte offset of the text after the number in the piece.
    pub rest: usize,
    /// Evidence from the candidate alone (positive: a clause by itself).
    pub weight: f32,
    /// The text after the number reads as a title.
    pub title: bool,
}

/// A clause number at the start of `text`: the number, the byte offset of
/// the text after it, and the evidence that it opens a clause. Lines that
/// start with a figure (`3 (үш) күнтізбелік күн`, `990 000 тенге`,
/// `1.5 месяца`, `20.12.2018 года`) are no candidates.
pub fn candidate(text: &str) -> Option<(ClauseNumber, usize, f32)> {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    let lead = re(&LEAD, r"^(\d{1,3}(?:\.\d{1,3})*)(\.)?([ \t\u{a0}]*)");
    let c = lead.captures(text)?;
    let num = c.get(1)?.as_str();
    let dot = c.get(2).is_some();
    let space = c.get(3).map_or(0, |m| m.len()) > 0;
    let mut rest_at = c.get(0)?.end();
    let multi = num.contains('.');
    if !multi && !dot {
        return None;
    }
    let n = ClauseNumber::parse(num)?;
    let after = &text[rest_at..];
    // `3. 3. ПРОЧИЕ УСЛОВИЯ`: the number written twice.
    if dot && space {
        if let Some(r) = after.strip_prefix(num) {
            if let Some(r2) = r.strip_prefix('.') {
                if r2.starts_with([' ', '\u{a0}']) {
                    rest_at += num.len() + 1 + (r2.len() - r2.trim_start().len());
                }
            }
        }
    }
    let after = &text[rest_at..];
    let Some(first) = after.chars().next() else {
        // A number alone on its line: its text follows on the next line.
        return dot.then_some((n, rest_at, -0.5));
    };
    let upper_start = first.is_uppercase() || matches!(first, '«' | '"' | '“' | '(' | '„');
    let weight = if first.is_alphabetic() || matches!(first, '«' | '"' | '“' | '(' | '„') {
        if !dot && lexicon::starts_with_unit(after) {
            return None;
        }
        match (dot, space, multi, upper_start) {
            (true, true, _, true) => 4.0,
            (true, true, true, false) => 2.5,
            (true, true, false, false) => 1.0,
            (true, false, _, true) => 2.0,
            (true, false, true, false) => 1.0,
            (true, false, false, false) => -1.5,
            (false, true, _, true) => 2.0,
            (false, true, _, false) => 1.0,
            (false, false, _, _) => return None,
        }
    } else if first.is_ascii_digit() {
        // `19. 17-тармақта`, `1.4. 315 000 теңге`: a clause whose text
        // starts with a figure, if the sequence says so.
        if !(dot && space) {
            return None;
        }
        -1.0
    } else if matches!(first, '_' | '+' | '-' | '–' | '—' | '№' | '…') {
        if !dot && !multi {
            return None;
        }
        if first == '-' && !space {
            return None;
        }
        0.0
    } else {
        return None;
    };
    Some((n, rest_at, weight))
}

/// A sub-item label at the start of `text` (`1)`, `12)`, `а)`, `b)`), with
/// the byte length of the label.
pub(super) fn sub_item(text: &str) -> Option<usize> {
    static ITEM: OnceLock<Regex> = OnceLock::new();
    let item = re(&ITEM, r"^(?:\d{1,2}|[\p{Ll}])\)\s*");
    let m = item.find(text)?;
    // `1)` followed by text, not `1) 000` nor a lone `а)` in a formula.
    let rest = &text[m.end()..];
    rest.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || matches!(c, '«' | '"' | '(' | '_' | '—' | '-'))
        .then_some(m.end())
}

/// A title: short, no sentence end, starting with a capital; or capitals
/// only.
pub(super) fn is_title(rest: &str) -> bool {
    let t = rest.trim();
    if is_caps(t) {
        return true;
    }
    let first_upper = t
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase());
    let starts_digit = t.starts_with(|c: char| c.is_ascii_digit());
    (first_upper || starts_digit)
        && t.chars().count() <= 100
        && !t.ends_with(['.', ';', ':', ','])
        && !t.contains(". ")
}

/// Capitals only (at least four letters).
pub(super) fn is_caps(t: &str) -> bool {
    let mut n = 0;
    for c in t.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        n += 1;
    }
    n >= 4
}

/// The candidates among the pieces of one language, with the evidence of
/// the line before added.
pub(super) fn candidates(pieces: &[&Piece]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (k, p) in pieces.iter().enumerate() {
        let Some((number, rest, mut weight)) = candidate(&p.text) else {
            continue;
        };
        if number.0.iter().any(|x| *x == 0 || *x > 999) {
            continue;
        }
        let title = is_title(&p.text[rest..]);
        if let Some(prev) = k.checked_sub(1).and_then(|j| pieces.get(j)) {
            let pt = prev.text.trim_end();
            if lexicon::ends_with_reference_word(pt) {
                // A reference inside a line (`указанным в п. 3.1 Договора.`)
                // whose number has no dot of its own never opens a clause.
                if p.inline && !p.text[..rest].trim_end().ends_with('.') {
                    continue;
                }
                // `согласно п.` / `4.2. настоящего Договора`: a wrapped
                // reference, not a clause.
                weight -= 3.0;
            } else if !p.inline
                && prev.line + 1 == p.line
                && !pt.ends_with(['.', ';', ':', '!', '?', '»', '"', ')'])
                && !is_title(pt)
            {
                if p.text[rest..].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
                    // A wrapped line in the middle of a sentence.
                    weight -= 1.0;
                }
            } else if weight > 0.0 && !p.inline {
                // A line of its own after a finished sentence: a clause
                // even where the numbering breaks.
                weight += 3.5;
            }
        } else if weight > 0.0 {
            weight += 3.5;
        }
        if p.inline && !p.text[rest..].starts_with(|c: char| c.is_uppercase()) {
            weight -= 0.5;
        }
        if matches!(p.kind, Kind::Heading(_)) {
            weight += 1.0;
        }
        out.push(Candidate {
            piece: k,
            number,
            rest,
            weight,
            title,
        });
    }
    out
}

/// How well `cur` continues the sequence after `prev`.
fn transition(prev: &ClauseNumber, cur: &ClauseNumber) -> f32 {
    if follows(prev, cur) {
        3.0
    } else if prev == cur {
        -1.5
    } else if prev.depth() == cur.depth()
        && prev.0[..prev.depth() - 1] == cur.0[..cur.depth() - 1]
        && cur.last() > prev.last()
        && cur.last() - prev.last() <= 3
    {
        // A few numbers skipped: a real gap, or a clause we could not read.
        -0.5
    } else {
        -1.5
    }
}

/// Bonus for a sequence that starts here.
fn start_bonus(n: &ClauseNumber) -> f32 {
    if n.0.iter().all(|x| *x == 1) {
        1.0
    } else {
        0.0
    }
}

/// How many earlier candidates a candidate is compared with.
const WINDOW: usize = 48;

/// Choose the candidates that open clauses: the subset with the highest sum
/// of own evidence and sequence consistency. Returns one flag per
/// candidate. Candidates with `fixed` set are headings of a series of their
/// own: they are left out of the sequence.
pub(super) fn choose(cands: &[Candidate], fixed: &[bool]) -> Vec<bool> {
    let idx: Vec<usize> = (0..cands.len()).filter(|&i| !fixed[i]).collect();
    let n = idx.len();
    let mut best = vec![0f32; n];
    let mut back: Vec<Option<usize>> = vec![None; n];
    // Best chain end before each position: (value, index).
    let mut prefix: Vec<(f32, Option<usize>)> = Vec::with_capacity(n);
    for i in 0..n {
        let c = &cands[idx[i]];
        let mut b = start_bonus(&c.number);
        let mut from = None;
        let lo = i.saturating_sub(WINDOW);
        for j in lo..i {
            let v = best[j] + transition(&cands[idx[j]].number, &c.number);
            if v > b {
                b = v;
                from = Some(j);
            }
        }
        if lo > 0 {
            if let (v, Some(j)) = prefix[lo - 1] {
                let v = v - 1.5;
                if v > b {
                    b = v;
                    from = Some(j);
                }
            }
        }
        best[i] = c.weight + b;
        back[i] = from;
        let prev = i.checked_sub(1).map_or((0.0, None), |k| prefix[k]);
        prefix.push(if best[i] > prev.0 || prev.1.is_none() {
            (best[i], Some(i))
        } else {
            prev
        });
    }
    let mut chosen = vec![false; cands.len()];
    for (i, f) in fixed.iter().enumerate() {
        chosen[i] = *f;
    }
    let end = prefix
        .last()
        .and_then(|p| if p.0 > 0.0 { p.1 } else { None });
    let mut at = end;
    while let Some(i) = at {
        chosen[idx[i]] = true;
        at = back[i];
    }
    chosen
}

/// Section headings numbered in a series of their own, interleaved with a
/// flat series of clauses (state standard forms): flags per candidate.
pub(super) fn heading_series(cands: &[Candidate]) -> Vec<bool> {
    let mut flags = vec![false; cands.len()];
    let heads: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].number.depth() == 1 && cands[i].title && cands[i].weight > -1.0)
        .collect();
    let mut is_head = vec![false; cands.len()];
    for &h in &heads {
        is_head[h] = true;
    }
    let clauses: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].number.depth() == 1 && !is_head[i])
        .collect();
    if heads.len() < 2 || clauses.len() < 3 {
        return flags;
    }
    // The headings count on by one.
    let steps = heads
        .windows(2)
        .filter(|w| cands[w[1]].number.last() == cands[w[0]].number.last() + 1)
        .count();
    if (steps as f32) < 0.6 * (heads.len() - 1) as f32 {
        return flags;
    }
    // The clauses count on too, and a heading breaks their run: a heading
    // number smaller than a clause number before it.
    let csteps = clauses
        .windows(2)
        .filter(|w| cands[w[1]].number.last() == cands[w[0]].number.last() + 1)
        .count();
    if (csteps as f32) < 0.6 * (clauses.len() - 1) as f32 {
        return flags;
    }
    // Walk both lists in order of position, with the largest clause number
    // seen so far.
    let mut before = clauses.iter().peekable();
    let mut top: Option<u32> = None;
    let interleaved = heads.iter().any(|&h| {
        while let Some(&&c) = before.peek() {
            if c >= h {
                break;
            }
            top = top.max(Some(cands[c].number.last()));
            before.next();
        }
        top.is_some_and(|t| t >= cands[h].number.last())
    });
    if interleaved {
        for h in heads {
            flags[h] = true;
        }
    }
    flags
}

/// A clause or heading being assembled.
#[derive(Debug)]
pub(super) struct Unit {
    pub number: Option<ClauseNumber>,
    pub text: String,
    pub line: u32,
    pub heading: Option<u8>,
    pub items: Vec<ListItem>,
    pub cell: bool,
    /// A numbered clause (not a title): takes the paragraphs after it.
    pub clause: bool,
}

impl Unit {
    fn new(number: Option<ClauseNumber>, text: &str, line: u32) -> Unit {
        Unit {
            number,
            text: text.trim().to_string(),
            line,
            heading: None,
            items: Vec::new(),
            cell: false,
            clause: false,
        }
    }

    fn ends_sentence(&self) -> bool {
        let t = self.text.trim_end();
        t.ends_with(['.', ';', '!', '?', ':']) || t.is_empty()
    }

    fn push_text(&mut self, t: &str) {
        let item = !self.items.is_empty();
        let target = match self.items.last_mut() {
            Some(item) => {
                // Items are read as one plain run: append to it in place.
                if item.text.0.len() != 1 {
                    item.text = RichText::plain(item.text.to_plain());
                }
                match item.text.0.first_mut() {
                    Some(run) => &mut run.text,
                    None => return,
                }
            }
            None => &mut self.text,
        };
        if !target.is_empty() || item {
            target.push(' ');
        }
        target.push_str(t);
    }
}

/// Opening minus closing parentheses.
fn parens(t: &str) -> isize {
    t.bytes().fold(0, |n, b| match b {
        b'(' => n + 1,
        b')' => n - 1,
        _ => n,
    })
}

fn starts_lowercase(t: &str) -> bool {
    t.chars()
        .find(|c| c.is_alphanumeric() || *c == '(')
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '(')
}

/// The result of the structure pass for one language.
#[derive(Debug, Default)]
pub(super) struct Structure {
    pub units: Vec<Unit>,
    /// Headings and clauses are numbered in two series.
    pub heading_series: bool,
    /// The requisites and signatures block: (line, text) of each line.
    pub requisites: Vec<(u32, String)>,
}

/// Where the requisites block at the end starts: after a numbered heading
/// that names requisites or signatures, or at a run of short lines with
/// requisite labels. Returns the index of its first piece.
fn requisites_start(pieces: &[&Piece], cands: &[Candidate], chosen: &[bool]) -> Option<usize> {
    let last = (0..cands.len()).rev().find(|&i| chosen[i]);
    if let Some(i) = last {
        let c = &cands[i];
        let rest = &pieces[c.piece].text[c.rest..];
        if c.title && lexicon::names_requisites(rest) {
            return Some(c.piece + 1).filter(|&k| k < pieces.len());
        }
    }
    let from = last.map_or(0, |i| cands[i].piece + 1);
    // A run of short lines at the end, with labels.
    let mut start = pieces.len();
    let mut labels = 0;
    for k in (from..pieces.len()).rev() {
        let t = &pieces[k].text;
        if t.chars().count() > 90 {
            break;
        }
        if lexicon::has_requisite_label(t) {
            labels += 1;
        }
        start = k;
    }
    (labels >= 2 && pieces.len() - start >= 4).then_some(start)
}

/// Third pass: the units of one language.
pub(super) fn assemble(pieces: &[&Piece]) -> Structure {
    let cands = candidates(pieces);
    let fixed = heading_series(&cands);
    // Section titles in capitals float: layouts of two columns move them
    // away from their section, so they stay out of the sequence and go back
    // before the first clause of their section.
    let floating: Vec<bool> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| {
            !fixed[i] && c.number.depth() == 1 && is_caps(&pieces[c.piece].text[c.rest..])
        })
        .collect();
    let outside: Vec<bool> = fixed.iter().zip(&floating).map(|(a, b)| *a || *b).collect();
    let mut chosen = choose(&cands, &outside);
    let mut float_of: Vec<Option<usize>> = vec![None; pieces.len()];
    for (i, f) in floating.iter().enumerate() {
        if *f {
            chosen[i] = false;
            float_of[cands[i].piece] = Some(i);
        }
    }
    let mut floats: Vec<(usize, Unit)> = Vec::new();
    let mut float_open: Option<usize> = None;
    // Opening minus closing parentheses in the open floating title.
    let mut float_parens = 0isize;
    let series = fixed.iter().any(|f| *f);
    let req_at = requisites_start(pieces, &cands, &chosen).unwrap_or(pieces.len());
    let mut cand_of: Vec<Option<usize>> = vec![None; pieces.len()];
    for (i, c) in cands.iter().enumerate() {
        if chosen[i] {
            cand_of[c.piece] = Some(i);
        }
    }
    let mut out = Structure {
        heading_series: series,
        ..Structure::default()
    };
    let units = &mut out.units;
    let mut open = false; // whether the last unit takes continuations
    let mut caps_title: Option<usize> = None;
    let mut last_open: Option<usize> = None;
    let mut last_para = usize::MAX;
    for (k, p) in pieces.iter().enumerate() {
        if k >= req_at {
            out.requisites.push((p.line, p.text.clone()));
            continue;
        }
        if let Some(i) = float_of[k] {
            let c = &cands[i];
            let mut u = Unit::new(Some(c.number.clone()), &p.text[c.rest..], p.line);
            u.heading = Some(2);
            float_parens = parens(&u.text);
            floats.push((units.len(), u));
            float_open = Some(floats.len() - 1);
            continue;
        }
        // A title's parenthesis or more capitals go with the title.
        if let Some(f) = float_open.and_then(|f| floats.get_mut(f)) {
            let unclosed = float_parens > 0;
            if unclosed || is_caps(&p.text) || p.text.starts_with('(') {
                f.1.push_text(&p.text);
                float_parens += parens(&p.text);
                continue;
            }
        }
        float_open = None;
        let new_para = p.para != last_para;
        last_para = p.para;
        let cand = cand_of[k].map(|i| &cands[i]);
        if let Kind::Heading(level) = p.kind {
            let mut u = match cand {
                Some(c) => Unit::new(Some(c.number.clone()), &p.text[c.rest..], p.line),
                None => Unit::new(None, &p.text, p.line),
            };
            u.heading = Some(level.max(1));
            units.push(u);
            open = false;
            caps_title = None;
            continue;
        }
        if let Some(c) = cand {
            let rest = p.text[c.rest..].trim_start_matches(['-', '–', '—', ' ']);
            let mut u = Unit::new(Some(c.number.clone()), rest, p.line);
            let heading = cand_of[k].is_some_and(|i| fixed[i]);
            if heading {
                u.heading = Some(2);
            }
            let caps = is_caps(rest);
            u.clause = !(heading || caps || (c.title && c.number.depth() == 1));
            units.push(u);
            if caps {
                // A title in capitals takes only more capitals or a
                // parenthesis; running text after it continues the clause
                // before it (two-column layouts move titles around).
                caps_title = Some(units.len() - 1);
            } else {
                caps_title = None;
                last_open = Some(units.len() - 1);
            }
            open = !heading;
            continue;
        }
        // A sub-item or a bullet: an item of the clause.
        if p.kind == Kind::Bullet || sub_item(&p.text).is_some() {
            let item = ListItem {
                text: RichText::plain(p.text.clone()),
                line: p.line,
            };
            let target = match caps_title {
                Some(_) => last_open,
                None => units.len().checked_sub(1),
            };
            match target.and_then(|t| units.get_mut(t)) {
                Some(u) if !u.cell && u.heading.is_none() => u.items.push(item),
                _ => {
                    let mut u = Unit::new(None, "", p.line);
                    u.items.push(item);
                    units.push(u);
                    last_open = Some(units.len() - 1);
                    caps_title = None;
                }
            }
            open = true;
            continue;
        }
        if p.kind == Kind::Cell {
            match units.last_mut() {
                Some(u) if u.cell && !new_para => {
                    u.text.push_str(" | ");
                    u.text.push_str(&p.text);
                }
                _ => {
                    let mut u = Unit::new(None, &p.text, p.line);
                    u.cell = true;
                    units.push(u);
                }
            }
            open = false;
            continue;
        }
        // Which unit a continuation would go to.
        let target = match caps_title {
            Some(t) if is_caps(&p.text) || p.text.starts_with('(') => Some(t),
            Some(_) => last_open,
            None => units.len().checked_sub(1),
        };
        let continues = match target.and_then(|t| units.get(t)) {
            Some(_) if p.inline => true,
            Some(u) if u.clause => true,
            Some(u) if open && u.heading.is_none() => {
                if u.number.is_some() {
                    // A numbered title takes a wrapped line only.
                    starts_lowercase(&p.text)
                } else if p.hard_break {
                    starts_lowercase(&p.text)
                } else {
                    !u.ends_sentence() || starts_lowercase(&p.text)
                }
            }
            Some(u) if u.heading.is_some() && u.number.is_some() && open => {
                starts_lowercase(&p.text)
            }
            _ => false,
        };
        if continues {
            if let Some(u) = target.and_then(|t| units.get_mut(t)) {
                u.push_text(&p.text);
            }
        } else {
            units.push(Unit::new(None, &p.text, p.line));
            caps_title = None;
            last_open = Some(units.len() - 1);
            open = true;
        }
    }
    // Titles back before the first clause of their section. Targets are
    // indices into the units as read; the merge keeps titles that share a
    // target in their order of reading.
    if !floats.is_empty() {
        // The first clause of each section, found in one pass.
        let mut first_of: HashMap<u32, usize> = HashMap::new();
        for (i, x) in units.iter().enumerate() {
            if let Some(n) = x.number.as_ref().filter(|n| n.depth() > 1) {
                first_of.entry(n.0[0]).or_insert(i);
            }
        }
        let mut placed: Vec<(usize, usize, Unit)> = floats
            .into_iter()
            .enumerate()
            .map(|(order, (at, u))| {
                let section = u.number.as_ref().and_then(|n| n.0.first());
                let first = section.and_then(|s| first_of.get(s).copied());
                (first.unwrap_or(at).min(units.len()), order, u)
            })
            .collect();
        placed.sort_by_key(|(at, order, _)| (*at, *order));
        let read = std::mem::take(units);
        let mut placed = placed.into_iter().peekable();
        for (i, u) in read.into_iter().enumerate() {
            while let Some((_, _, f)) = placed.next_if(|(at, _, _)| *at <= i) {
                units.push(f);
            }
            units.push(u);
        }
        units.extend(placed.map(|(_, _, f)| f));
    }
    out
}
