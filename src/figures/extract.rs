//! Finding figures in running text, in either language.
//!
//! A hand-written scanner over a lower-cased, look-alike-folded copy of the
//! text (byte offsets kept, or mapped back when folding changed a letter's
//! length). It stops only at digits, at a few signs (`+`, `№`, `«`) and at
//! words that may be number words or reference keywords; everything else is
//! skipped a word at a time.

use super::words::{self, Hint};
use super::{Currency, DayKind, Figure, FigureKind, Number, Unit, Value};
use crate::lang::Lang;
use crate::model::ClauseNumber;
use std::borrow::Cow;

/// Every figure in `text`, sorted by position. Identifiers (БИН/ИИН, IBAN,
/// phone numbers, e-mail, URLs, registration numbers) are returned as
/// [`super::FigureKind::Identifier`] so that their digits are never taken for
/// amounts; law citations (`ст. 387 ГК РК`) as
/// [`super::FigureKind::LawRef`], apart from clause references.
///
/// Spans are byte ranges of `text` as given (before any folding of
/// look-alike letters). A figure's span covers the digits, the words in
/// parentheses and the unit (`10 (десяти) рабочих дней`); a clause
/// reference covers its number only (`пунктов 6.3 и 6.4` gives two figures,
/// `6.3` and `6.4`); a law citation covers the whole citation
/// (`п. 5 ст. 395 ГК РК`). Number words are read in `lang` first, then in
/// the other language. Number words without digits make a figure only when
/// a unit follows (`пять процентов`, `үш жұмыс күні`) or is built in
/// (`пятидневный`). A bare number before a dash takes the unit of the
/// number after it (`10–15 рабочих дней`).
pub fn extract(text: &str, lang: Lang) -> Vec<Figure> {
    if text.is_empty() {
        return Vec::new();
    }
    let prep = Prepared::new(text);
    let mut sc = Scanner {
        low: &prep.low,
        b: prep.low.as_bytes(),
        norm: &prep.norm,
        orig: text,
        map: prep.map.as_deref(),
        lang,
        out: Vec::new(),
    };
    sc.run();
    let mut out = sc.out;
    out.sort_by_key(|f| f.span.start);
    spread_ranges(text, &mut out);
    out
}

/// Every number of `text` in digits (whole digit runs) or in number words
/// of either language (cardinals only), whatever follows it.
pub(crate) fn number_values(text: &str, lang: Lang) -> Vec<Number> {
    let prep = Prepared::new(text);
    let low = prep.low.as_str();
    let mut out = Vec::new();
    let mut prev_alnum = false;
    let mut it = low.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_ascii_digit() {
            let e = low[i..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(low.len(), |k| i + k);
            if !prev_alnum {
                if let Ok(v) = low[i..e].parse::<u64>() {
                    out.push(Number::int(v));
                }
            }
            while it.peek().is_some_and(|&(k, _)| k < e) {
                it.next();
            }
            prev_alnum = true;
            continue;
        }
        if fast_alpha(c) {
            if !prev_alnum {
                let e = low[i..]
                    .find(|c: char| !fast_alpha(c))
                    .map_or(low.len(), |k| i + k);
                if words::may_matter(&low[i..e]) {
                    for l in [lang, lang.other()] {
                        if let Some(sc) = words::scan(&low[i..], l) {
                            if !sc.ordinal {
                                out.push(sc.number);
                            }
                            break;
                        }
                    }
                }
            }
            prev_alnum = true;
            continue;
        }
        prev_alnum = false;
    }
    out
}

/// The text prepared for matching: look-alikes folded, lower case.
struct Prepared<'a> {
    norm: Cow<'a, str>,
    low: String,
    /// Byte offset in `low` → byte offset in the original, when they differ.
    map: Option<Vec<u32>>,
}

impl<'a> Prepared<'a> {
    fn new(text: &'a str) -> Prepared<'a> {
        let norm: Cow<'a, str> = if needs_folding(text.as_bytes()) {
            Cow::Owned(fold_lookalikes(text))
        } else {
            Cow::Borrowed(text)
        };
        let low = lower(&norm);
        let map = if norm.len() != text.len() {
            let mut m = vec![0u32; norm.len() + 1];
            let mut oi = text.char_indices();
            for (ni, nc) in norm.char_indices() {
                let o = oi.next().map(|(o, _)| o).unwrap_or(text.len());
                for k in 0..nc.len_utf8() {
                    m[ni + k] = o as u32;
                }
            }
            m[norm.len()] = text.len() as u32;
            Some(m)
        } else {
            None
        };
        Prepared { norm, low, map }
    }
}

/// True when [`crate::lang::normalize`] may change `b`: legacy `ə`/`ԥ`, or a
/// word mixing Latin and other letters.
fn needs_folding(b: &[u8]) -> bool {
    let mut latin = false;
    let mut other = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_alphabetic() {
                latin = true;
            } else {
                if latin && other {
                    return true;
                }
                latin = false;
                other = false;
            }
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        match (c, next) {
            (0xC9, 0x99) | (0xC6, 0x8F) | (0xD4, 0xA4 | 0xA5) => return true,
            (0xD0..=0xD4, _) => other = true,
            _ => {
                // Other non-ASCII: letters of other scripts, punctuation,
                // spaces. Treat as a word break unless alphabetic.
                let len = match c {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                let ch = std::str::from_utf8(&b[i..(i + len).min(b.len())])
                    .ok()
                    .and_then(|s| s.chars().next());
                match ch {
                    Some(ch) if fast_alpha(ch) || ch == '\u{301}' => other = true,
                    _ => {
                        if latin && other {
                            return true;
                        }
                        latin = false;
                        other = false;
                    }
                }
                i += len;
                continue;
            }
        }
        i += 2;
    }
    latin && other
}

/// `char::is_alphabetic` with a fast answer for common punctuation.
fn fast_alpha(c: char) -> bool {
    match c {
        '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{2BFF}' => false,
        '\u{0400}'..='\u{052F}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Byte length of a letter at `i` (0 when there is none): ASCII letters,
/// Cyrillic, legacy `ə`, other alphabetic characters, the combining acute.
fn letter_len(b: &[u8], s: &str, i: usize) -> usize {
    let c = b[i];
    if c < 0x80 {
        return usize::from(c.is_ascii_alphabetic());
    }
    if (0xD0..=0xD4).contains(&c) {
        return 2;
    }
    match s.get(i..).and_then(|t| t.chars().next()) {
        Some(ch) if fast_alpha(ch) || ch == '\u{301}' => ch.len_utf8(),
        _ => 0,
    }
}

/// The same folding as [`crate::lang::normalize`] (one char in, one char
/// out), written for speed: `ə`/`ԥ` → `ә`, and Latin look-alikes inside a
/// word that also has Cyrillic letters → their Cyrillic twins.
fn fold_lookalikes(text: &str) -> String {
    fn kazakh(c: char) -> char {
        crate::lang::fold_kazakh(c)
    }
    fn latin(c: char) -> Option<char> {
        crate::lang::latin_to_cyrillic(c)
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        let l = letter_len(b, text, i);
        if l == 0 {
            i += 1;
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            continue;
        }
        // A word from i.
        let ws = i;
        let (mut cyr, mut lat, mut legacy) = (false, false, false);
        let mut k = i;
        loop {
            let l = letter_len(b, text, k);
            if l == 0 {
                break;
            }
            match (b[k], b.get(k + 1)) {
                (0xC9, Some(0x99)) | (0xC6, Some(0x8F)) | (0xD4, Some(0xA4 | 0xA5)) => {
                    legacy = true;
                    cyr = true;
                }
                (c, _) if c < 0x80 => lat = true,
                (0xD0..=0xD4, _) => cyr = true,
                _ => {}
            }
            k += l;
            if k >= b.len() {
                break;
            }
        }
        let word = &text[ws..k];
        if legacy || (cyr && lat) {
            out.push_str(&text[last..ws]);
            for c in word.chars() {
                let c = kazakh(c);
                out.push(if cyr && lat { latin(c).unwrap_or(c) } else { c });
            }
            last = k;
        }
        i = k;
    }
    out.push_str(&text[last..]);
    out
}

/// Lower case with byte lengths kept: ASCII, Russian and Kazakh Cyrillic;
/// `ё` folded to `е`. Other letters are kept as they are. Unchanged runs
/// are copied whole.
fn lower(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_uppercase() {
                out.push_str(&s[last..i]);
                out.push(c.to_ascii_lowercase() as char);
                last = i + 1;
            }
            i += 1;
            continue;
        }
        let n = b.get(i + 1).copied().unwrap_or(0);
        let change = match c {
            0xD0 => n <= 0xAF,
            0xD1 => n == 0x91,
            0xD2 | 0xD3 => {
                let cp = ((c as u32 & 0x1F) << 6) | (n as u32 & 0x3F);
                ((0x48A..=0x4BF).contains(&cp) || (0x4D0..=0x4FF).contains(&cp))
                    && cp.is_multiple_of(2)
            }
            _ => false,
        };
        let len = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if change {
            if let Some(ch) = s.get(i..).and_then(|t| t.chars().next()) {
                let l = match ch {
                    'ё' | 'Ё' => 'е',
                    _ => ch.to_lowercase().next().unwrap_or(ch),
                };
                if l.len_utf8() == ch.len_utf8() {
                    out.push_str(&s[last..i]);
                    out.push(l);
                    last = i + len;
                }
            }
        }
        i += len;
    }
    out.push_str(&s[last..]);
    out
}

/// Give a bare number the unit of the number after a dash
/// (`10–15 рабочих дней`).
fn spread_ranges(text: &str, out: &mut [Figure]) {
    for k in (1..out.len()).rev() {
        let (a, b) = out.split_at_mut(k);
        let (prev, next) = (&mut a[k - 1], &b[0]);
        if prev.kind == FigureKind::Number
            && prev.unit == Unit::None
            && next.unit != Unit::None
            && matches!(
                next.kind,
                FigureKind::Money | FigureKind::Percent | FigureKind::Duration | FigureKind::Count
            )
            && prev.span.end <= next.span.start
        {
            let gap = text.get(prev.span.end..next.span.start).unwrap_or("x");
            let gap = gap.trim();
            if matches!(gap, "-" | "–" | "—" | "до" | "дейін") {
                prev.kind = next.kind;
                prev.unit = next.unit.clone();
            }
        }
    }
}

struct Scanner<'t> {
    low: &'t str,
    b: &'t [u8],
    norm: &'t str,
    orig: &'t str,
    map: Option<&'t [u32]>,
    lang: Lang,
    out: Vec<Figure>,
}

/// A unit found after a number.
struct UnitMatch {
    unit: Unit,
    end: usize,
    mult: u128,
}

/// Number words found in parentheses.
struct ParenWords {
    number: Number,
    /// The words are an ordinal (`(пятый)`, `(бесінші)`).
    ordinal: bool,
    start: usize,
    end: usize,
    close: usize,
    unit: Option<Unit>,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

fn kind_of(unit: &Unit) -> FigureKind {
    match unit {
        Unit::None => FigureKind::Number,
        Unit::Money(_) => FigureKind::Money,
        Unit::Percent => FigureKind::Percent,
        Unit::Day(_) | Unit::Week | Unit::Month | Unit::Year | Unit::Hour | Unit::Minute => {
            FigureKind::Duration
        }
        Unit::Times | Unit::Count(_) => FigureKind::Count,
    }
}

fn hint_unit(h: Hint) -> Unit {
    match h {
        Hint::Percent => Unit::Percent,
        Hint::Day => Unit::Day(DayKind::Plain),
        Hint::Week => Unit::Week,
        Hint::Month => Unit::Month,
        Hint::Year => Unit::Year,
        Hint::Hour => Unit::Hour,
        Hint::Minute => Unit::Minute,
        Hint::Times => Unit::Times,
    }
}

fn scale_number(n: Number, mult: u128) -> Number {
    if mult == 1 {
        return n;
    }
    let (frac, scale) = n.frac_part();
    let digits = n.int_part() * 10u128.pow(scale as u32) + frac;
    match digits.checked_mul(mult) {
        Some(d) => Number::new(d, scale),
        None => n,
    }
}

const RU_MONTHS: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];
/// Kazakh month names (nominative), January first.
pub const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

fn month_of(w: &str) -> Option<u8> {
    for (i, m) in RU_MONTHS.iter().enumerate() {
        if i == 4 {
            if matches!(w, "мая" | "май" | "мае") {
                return Some(5);
            }
            continue;
        }
        if w.starts_with(m) && w.len() <= m.len() + 4 {
            return Some(i as u8 + 1);
        }
    }
    for (i, m) in KK_MONTHS.iter().enumerate() {
        if w.starts_with(m) {
            return Some(i as u8 + 1);
        }
    }
    None
}

/// Law names in either language, to a common key.
fn law_key(w: &str) -> Option<&'static str> {
    Some(match w {
        "гк" | "гражданского" | "гражданский" | "гражданском" | "ак" | "азаматтық" => {
            "ГК РК"
        }
        "нк" | "налогового" | "налоговый" | "налоговом" | "салық" => {
            "НК РК"
        }
        "тк" | "трудового" | "трудовой" | "трудовом" | "еңбек" => {
            "ТК РК"
        }
        "кодекса"
        | "кодекс"
        | "кодексе"
        | "кодексом"
        | "республики"
        | "казахстан"
        | "рк"
        | "қр"
        | "кодексінің"
        | "кодексі"
        | "кодекстің"
        | "қазақстан"
        | "республикасы"
        | "республикасының"
        | "закона"
        | "закон"
        | "законом"
        | "заңының"
        | "заңы"
        | "о" => "",
        _ => return None,
    })
}

impl Scanner<'_> {
    // ------------------------------------------------------------ helpers

    fn ch(&self, i: usize) -> Option<char> {
        self.low.get(i..)?.chars().next()
    }

    fn prev_ch(&self, i: usize) -> Option<char> {
        self.low.get(..i)?.chars().next_back()
    }

    fn prev_is_alnum(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.b[i - 1];
        if p < 0x80 {
            return p.is_ascii_alphanumeric();
        }
        if i >= 2 && (0xD0..=0xD4).contains(&self.b[i - 2]) {
            return true;
        }
        self.prev_ch(i)
            .is_some_and(|c| fast_alpha(c) || c.is_ascii_digit())
    }

    fn skip_sp(&self, mut i: usize) -> usize {
        while i < self.b.len() {
            let b = self.b[i];
            if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' {
                i += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            match self.ch(i) {
                Some(c) if is_space(c) => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    fn digits_end(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    fn is_digit(&self, i: usize) -> bool {
        self.b.get(i).is_some_and(|b| b.is_ascii_digit())
    }

    /// End of the run of letters starting at `i`.
    fn word_end(&self, i: usize) -> usize {
        let b = self.b;
        let mut e = i;
        while e < b.len() {
            let c = b[e];
            if c < 0x80 {
                if c.is_ascii_alphabetic() {
                    e += 1;
                    continue;
                }
                break;
            }
            if (0xD0..=0xD4).contains(&c) && e + 1 < b.len() {
                e += 2;
                continue;
            }
            match self.ch(e) {
                Some(c) if fast_alpha(c) || c == '\u{301}' => e += c.len_utf8(),
                _ => break,
            }
        }
        e
    }

    /// The word at `i` (after white space), as (start, end, text).
    fn word_at(&self, i: usize) -> Option<(usize, usize, &str)> {
        let s = self.skip_sp(i);
        let e = self.word_end(s);
        (e > s).then(|| (s, e, &self.low[s..e]))
    }

    /// End of a run of letters and digits.
    fn alnum_end(&self, mut i: usize) -> usize {
        while let Some(c) = self.ch(i) {
            if fast_alpha(c) || c.is_ascii_digit() {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        i
    }

    fn at(&self, i: usize, b: u8) -> bool {
        self.b.get(i) == Some(&b)
    }

    fn orig_off(&self, i: usize) -> usize {
        match self.map {
            Some(m) => m.get(i).map(|&o| o as usize).unwrap_or(self.orig.len()),
            None => i,
        }
    }

    fn orig_text(&self, s: usize, e: usize) -> (usize, usize, String) {
        let (os, oe) = (self.orig_off(s), self.orig_off(e));
        let t = self.orig.get(os..oe).unwrap_or("").to_string();
        (os, oe, t)
    }

    fn push(&mut self, kind: FigureKind, value: Value, unit: Unit, s: usize, e: usize) {
        let (os, oe, text) = self.orig_text(s, e);
        self.out.push(Figure {
            kind,
            value,
            unit,
            span: os..oe,
            text,
            words: None,
            words_text: None,
        });
    }

    fn push_words(&mut self, n: Number, s: usize, e: usize) {
        let (_, _, t) = self.orig_text(s, e);
        if let Some(f) = self.out.last_mut() {
            f.words = Some(n);
            f.words_text = Some(t);
        }
    }

    // ---------------------------------------------------------- main loop

    fn run(&mut self) {
        let regions = self.link_regions();
        let mut r = 0;
        let n = self.b.len();
        let mut i = 0;
        while i < n {
            if r < regions.len() && i >= regions[r].0 {
                let (s, e) = regions[r];
                if i < e {
                    self.push(
                        FigureKind::Identifier,
                        Value::Text(self.norm[s..e].to_string()),
                        Unit::None,
                        s,
                        e,
                    );
                    i = e;
                }
                r += 1;
                continue;
            }
            let b = self.b[i];
            if b.is_ascii_digit() {
                if self.prev_is_alnum(i) {
                    i = self.alnum_end(i);
                    continue;
                }
                i = self.at_digit(i).max(i + 1);
                continue;
            }
            if b < 0x80 {
                if b == b'+' && self.is_digit(i + 1) {
                    if let Some(e) = self.phone(i) {
                        self.identifier(i, e);
                        i = e;
                        continue;
                    }
                } else if b.is_ascii_alphabetic() && !self.prev_is_alnum(i) {
                    i = self.at_latin(i);
                    continue;
                } else if b == b'"' && self.is_digit(i + 1) {
                    if let Some(e) = self.quoted_date(i) {
                        i = e;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            if (0xD0..=0xD4).contains(&b) {
                if self.prev_is_alnum(i) {
                    i = self.word_end(i);
                } else {
                    i = self.at_word(i).max(i + 2);
                }
                continue;
            }
            let Some(c) = self.ch(i) else { break };
            if fast_alpha(c) {
                if self.prev_is_alnum(i) {
                    i = self.alnum_end(i);
                } else {
                    i = self.at_word(i).max(i + c.len_utf8());
                }
                continue;
            }
            match c {
                '№' => {
                    if let Some(e) = self.numero(i) {
                        i = e;
                        continue;
                    }
                }
                '«' | '“' | '„' => {
                    if let Some(e) = self.quoted_date(i) {
                        i = e;
                        continue;
                    }
                }
                _ => {}
            }
            i += c.len_utf8();
        }
    }

    fn identifier(&mut self, s: usize, e: usize) {
        let v: String = self.norm[s..e].chars().filter(|c| !is_space(*c)).collect();
        self.push(FigureKind::Identifier, Value::Text(v), Unit::None, s, e);
    }

    /// E-mail addresses and URLs, found up front.
    fn link_regions(&self) -> Vec<(usize, usize)> {
        let low = self.low;
        let mut out = Vec::new();
        if !self.b.iter().any(|&c| c == b'@' || c == b':' || c == b'w') {
            return out;
        }
        let bounds = |p: usize| -> (usize, usize) {
            let mut s = p;
            while s > 0 {
                let c = self.b[s - 1];
                if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+' | b'%') {
                    s -= 1;
                } else {
                    break;
                }
            }
            let mut e = p;
            while e < self.b.len() {
                let c = self.b[e];
                if c >= 0x80 || c.is_ascii_whitespace() || matches!(c, b'"' | b'<' | b'>' | b')') {
                    break;
                }
                e += 1;
            }
            while e > p && matches!(self.b[e - 1], b'.' | b',' | b';' | b':' | b'!' | b'?') {
                e -= 1;
            }
            (s, e)
        };
        for pat in ["@", "://", "www."] {
            let mut from = 0;
            while let Some(k) = low[from..].find(pat) {
                let p = from + k;
                let (s, e) = bounds(p);
                if e > s + pat.len() {
                    out.push((s, e));
                }
                from = p + pat.len();
            }
        }
        out.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in out {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }

    /// `+7 (777) 123-45-67`, `8 (727) 123 45 67`, `8-777-123-45-67`.
    fn phone(&self, i: usize) -> Option<usize> {
        let mut e = i;
        let mut digits = 0;
        let mut marks = self.at(i, b'+');
        let mut last_digit = i;
        if marks {
            e += 1;
        }
        while e < self.b.len() && e < i + 24 {
            let c = self.b[e];
            if c.is_ascii_digit() {
                digits += 1;
                last_digit = e + 1;
            } else if (c == b'(' && self.is_digit(e + 1))
                || (c == b')' && self.is_digit(e - 1))
                || (c == b'-' && self.is_digit(e - 1) && self.is_digit(e + 1))
            {
                marks = true;
            } else if c != b' ' {
                break;
            }
            e += 1;
        }
        if !(10..=12).contains(&digits) {
            return None;
        }
        if !marks && !self.spaced_phone(i, last_digit) {
            return None;
        }
        if !self.at(i, b'+') && !matches!(self.b[i], b'7' | b'8') {
            return None;
        }
        if self.is_digit(last_digit) {
            return None;
        }
        Some(last_digit)
    }

    /// `8 701 123 4567`, `8 701 123 45 67`: eleven digits in groups apart
    /// by spaces, `8` alone in front, then a group of 7xx: the groups of
    /// a number in thousands are all three digits long, these are not.
    fn spaced_phone(&self, i: usize, end: usize) -> bool {
        let Some(t) = self.low.get(i..end) else {
            return false;
        };
        let groups: Vec<&str> = t.split(' ').collect();
        groups.len() >= 3
            && groups[0] == "8"
            && groups
                .iter()
                .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
            && groups[1].len() == 3
            && groups[1].starts_with('7')
            && groups.iter().map(|g| g.len()).sum::<usize>() == 11
            && groups[2..].iter().any(|g| g.len() != 3)
    }

    /// `№KZ24TWQ00597716`, `№ 15/2024`: a registration or document number.
    fn numero(&mut self, i: usize) -> Option<usize> {
        let s = self.skip_sp(i + '№'.len_utf8());
        let mut e = s;
        let mut has_digit = false;
        while let Some(c) = self.ch(e) {
            if c.is_alphanumeric() {
                has_digit |= c.is_ascii_digit();
                e += c.len_utf8();
            } else if matches!(c, '-' | '/' | '.')
                && self.ch(e + 1).is_some_and(|d| d.is_alphanumeric())
            {
                e += 1;
            } else {
                break;
            }
        }
        if !has_digit {
            return None;
        }
        self.identifier(i, e);
        Some(e)
    }

    /// A Latin word: IBANs (`KZ86 125K ...`) and other tokens mixing letters
    /// and digits are identifiers.
    fn at_latin(&mut self, i: usize) -> usize {
        let e = self.alnum_end(i);
        let tok = &self.low[i..e];
        if !tok.bytes().any(|b| b.is_ascii_digit()) {
            return e;
        }
        let mut end = e;
        if tok.len() >= 4 && tok.starts_with("kz") && tok.as_bytes()[2].is_ascii_digit() {
            // IBAN written in groups of four.
            loop {
                let s = end;
                if !self.at(s, b' ') {
                    break;
                }
                let ge = self.alnum_end(s + 1);
                if ge == s + 1 || ge - (s + 1) > 4 {
                    break;
                }
                end = ge;
            }
        }
        self.identifier(i, end);
        end
    }

    // ------------------------------------------------------------- digits

    /// Handle a number starting at `i`; returns where to continue.
    fn at_digit(&mut self, i: usize) -> usize {
        let d_end = self.digits_end(i);
        let dlen = d_end - i;
        if dlen >= 10 || self.identifier_label_before(i) {
            let e = self.house_letter_end(self.slashed_end(self.alnum_end(i)));
            self.identifier(i, e);
            return e;
        }
        if let Some(e) = self.token_end(i, d_end) {
            // A number that is part of a name or a code: `2tick`, `3D`,
            // `3-D Secure`, house `163А` / `163 А`.
            self.identifier(i, e);
            return e;
        }
        if dlen <= 4 {
            // `207 кеңсе`, `90/21-үй`, `12 пәтер`: the Kazakh address order.
            let e = self.slashed_end(d_end);
            let glued = self.at(e, b'-')
                && self.word_at(e + 1).is_some_and(|(ws, _, w)| {
                    ws == e + 1 && crate::lexicon::is_in(crate::lexicon::ADDRESS_LABELS_AFTER, w)
                });
            if glued || self.address_label_after(e) {
                let end = if glued { self.word_end(e + 1) } else { e };
                self.identifier(i, end);
                return end;
            }
        }
        if dlen <= 3 && self.at(d_end, b')') && !self.at_open_paren(i) {
            return self.sub_item(i);
        }
        if self.at(d_end, b'-') || self.at(d_end, b' ') || self.at(d_end, b'(') {
            if let Some(e) = self.phone(i) {
                self.identifier(i, e);
                return e;
            }
        }
        if dlen <= 2 {
            if let Some(e) = self.numeric_date(i, d_end) {
                return e;
            }
            if let Some(e) = self.time(i, d_end) {
                return e;
            }
            if let Some(e) = self.day_month_date(i, i, d_end) {
                return e;
            }
        }
        if dlen == 4 {
            if let Some(e) = self.kk_date(i, d_end) {
                return e;
            }
        }
        if let Some(e) = self.kk_clause_list(i) {
            return e;
        }
        self.plain_number(i)
    }

    /// Parts of a dotted number (`4.2.1`): their ranges and the end.
    fn dotted(&self, i: usize) -> (Vec<(usize, usize)>, usize) {
        let mut parts = Vec::with_capacity(4);
        let mut s = i;
        loop {
            let e = self.digits_end(s);
            parts.push((s, e));
            if self.at(e, b'.') && self.is_digit(e + 1) && parts.len() < 8 {
                s = e + 1;
            } else {
                return (parts, e);
            }
        }
    }

    fn grouped(&self, parts: &[(usize, usize)]) -> bool {
        let (s0, e0) = parts[0];
        parts.len() >= 2
            && (1..=3).contains(&(e0 - s0))
            && !(e0 - s0 == 1 && self.b[s0] == b'0')
            && parts[1..].iter().all(|(s, e)| e - s == 3)
    }

    /// True when `i` starts the text (only white space, quotes, tabs or
    /// markup before it).
    fn at_text_start(&self, i: usize) -> bool {
        self.low[..i]
            .chars()
            .rev()
            .all(|c| is_space(c) || matches!(c, '*' | '#' | '>' | '-' | '•' | '·' | '«' | '"'))
    }

    /// True at the start of the text, after a tab or after markup (`<p>`):
    /// where a clause number may stand.
    fn at_clause_start(&self, i: usize) -> bool {
        self.at_text_start(i)
            || self.prev_ch(i) == Some('\t')
            || self.low[..i].trim_end_matches(is_space).ends_with('>')
    }

    /// A number followed by a unit, words in parentheses, or nothing.
    fn plain_number(&mut self, i: usize) -> usize {
        let (parts, pe) = self.dotted(i);
        let grouped = self.grouped(&parts);
        let heading_mark =
            (self.at(pe, b'.') || self.at(pe, b')')) && self.ch(pe + 1).is_none_or(is_space);
        if !grouped {
            if parts.len() >= 3 {
                // A bare clause number (`4.2.1`, `1.1.10.`): not a figure.
                return pe + usize::from(self.at(pe, b'.'));
            }
            let clause_like = ClauseNumber::parse(&self.low[i..pe]).is_some();
            if clause_like && heading_mark && (parts.len() == 2 || self.at_clause_start(i)) {
                return pe + 1;
            }
            if clause_like && parts.len() == 2 && self.at_text_start(i) {
                // `1.12 Обработка…` at the start of a clause.
                let next = self.skip_sp(pe);
                if next > pe
                    && self.norm[next..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase())
                {
                    return pe;
                }
            }
        }
        let Some((value, end, plain4)) = self.number_at(i, &parts, pe, grouped) else {
            return pe;
        };
        self.after_number(i, end, value, plain4)
    }

    /// Parse the digits at `i`: groups (`990 000`, `990.000`), decimals
    /// (`0,5`, `1.5`). Returns the value, its end and whether it is a plain
    /// four-digit number (a possible year).
    fn number_at(
        &self,
        i: usize,
        parts: &[(usize, usize)],
        pe: usize,
        grouped: bool,
    ) -> Option<(Number, usize, bool)> {
        let mut digits: u128 = 0;
        let mut scale: u8 = 0;
        let push = |digits: &mut u128, s: usize, e: usize| -> Option<()> {
            for &b in &self.b[s..e] {
                *digits = digits.checked_mul(10)?.checked_add((b - b'0') as u128)?;
            }
            Some(())
        };
        let mut end;
        if parts.len() >= 2 {
            if grouped {
                for &(s, e) in parts {
                    push(&mut digits, s, e)?;
                }
            } else if parts.len() == 2 {
                push(&mut digits, parts[0].0, parts[0].1)?;
                push(&mut digits, parts[1].0, parts[1].1)?;
                scale = (parts[1].1 - parts[1].0).min(12) as u8;
                return Some((Number::new(digits, scale), pe, false));
            } else {
                return None;
            }
            end = pe;
        } else {
            push(&mut digits, i, pe)?;
            end = pe;
            if pe - i <= 3 {
                // Space-separated groups: `990 000`, `1 234 567`.
                while let Some(c) = self.ch(end) {
                    if !(c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}') {
                        break;
                    }
                    let g = end + c.len_utf8();
                    let ge = self.digits_end(g);
                    if ge - g != 3 || self.at(ge, b'.') && self.is_digit(ge + 1) {
                        break;
                    }
                    push(&mut digits, g, ge)?;
                    end = ge;
                }
            }
        }
        let plain4 = end == pe && parts.len() == 1 && pe - i == 4;
        // Decimal comma.
        if self.at(end, b',') && self.is_digit(end + 1) {
            let fs = end + 1;
            let fe = self.digits_end(fs);
            if fe - fs <= 12 && !(self.at(fe, b'.') && self.is_digit(fe + 1)) {
                push(&mut digits, fs, fe)?;
                scale = (fe - fs) as u8;
                end = fe;
                return Some((Number::new(digits, scale), end, false));
            }
        }
        Some((Number::new(digits, scale), end, plain4))
    }

    /// Unit, words in parentheses, percent sign after a number.
    fn after_number(&mut self, s: usize, num_end: usize, value: Number, plain4: bool) -> usize {
        let mut end = num_end;
        if plain4 {
            if let Some(y) = value.as_u64().filter(|y| (1900..=2100).contains(y)) {
                if let Some((_, we, w)) = self.word_at(end) {
                    let is_year = matches!(w, "год" | "года" | "году" | "годом" | "г")
                        || (w.starts_with("жыл") && w != "жылдар")
                        || w == "ж";
                    if is_year {
                        let e = we + usize::from(self.at(we, b'.') && (w == "г" || w == "ж"));
                        self.push(
                            FigureKind::Number,
                            Value::Number(Number::int(y)),
                            Unit::None,
                            s,
                            e,
                        );
                        return e;
                    }
                }
            }
        }
        let mut unit: Option<Unit> = None;
        let mut mult = 1u128;
        let j = self.skip_sp(end);
        if self.at(j, b'%') {
            end = self.percent_end(j);
            unit = Some(Unit::Percent);
        }
        let mut words: Option<ParenWords> = None;
        let j = self.skip_sp(end);
        if self.at(j, b'(') {
            if let Some(pw) = self.paren_words(j) {
                end = pw.close + 1;
                if unit.is_none() {
                    unit = pw.unit.clone();
                }
                words = Some(pw);
            }
        }
        if unit.is_none() || unit == Some(Unit::Percent) && words.is_some() {
            let j = self.skip_sp(end);
            if let Some(m) = self.unit_at(j) {
                if unit.is_none() || m.unit == Unit::Percent {
                    unit = Some(m.unit);
                    mult = m.mult;
                    end = m.end;
                }
            }
        }
        if unit.is_none() {
            // Kazakh case or ordinal suffix on a bare number: `10-ға`, `3-ші`.
            if (self.at(end, b'-') || self.at(end, b'\xe2'))
                && self.word_end(end + 1) > end + 1
                && self.b[end] == b'-'
            {
                end = self.word_end(end + 1);
                // An ordinal with its words: `5-й (пятый)`, `5-ші (бесінші)`.
                let j = self.skip_sp(end);
                if words.is_none() && self.at(j, b'(') {
                    if let Some(pw) = self.paren_words(j) {
                        if pw.ordinal && pw.unit.is_none() {
                            end = pw.close + 1;
                            words = Some(pw);
                        }
                    }
                }
            }
        }
        let mut unit = unit.unwrap_or(Unit::None);
        let mut s = s;
        if unit == Unit::Day(DayKind::Plain) {
            // The qualifier may stand before the number: `күнтізбелік
            // 10 (он) күн`, `жұмыс 5 күні`.
            if let Some((ws, q)) = self.qualifier_before(s) {
                unit = Unit::Day(q);
                s = ws;
            }
        }
        let mut value = scale_number(value, mult);
        if matches!(unit, Unit::Money(Currency::Kzt)) {
            // `… тенге 50 тиын`.
            if let Some(e) = self.tiyn(end, &mut value) {
                end = e;
            }
        }
        self.push(kind_of(&unit), Value::Number(value), unit, s, end);
        if let Some(pw) = words {
            self.push_words(scale_number(pw.number, mult), pw.start, pw.end);
        }
        end
    }

    /// Is `н.` (нежилое помещение) just before `i` (`н. п. 207`)?
    fn after_n_dot(&self, i: usize) -> bool {
        let before = self.low[..i].trim_end_matches(is_space);
        let Some(before) = before.strip_suffix('.') else {
            return false;
        };
        let Some(rest) = before.strip_suffix('н') else {
            return false;
        };
        !rest.chars().next_back().is_some_and(fast_alpha)
    }

    /// Does the word before `i` name this contract (`Шарттың 3-тарауы`,
    /// `осы Офертаның`)?
    fn own_document_before(&self, i: usize) -> bool {
        let mut j = i;
        while let Some(c) = self.prev_ch(j) {
            if is_space(c) || c == ' ' || c == '\t' {
                j -= c.len_utf8();
            } else {
                break;
            }
        }
        let end = j;
        while let Some(c) = self.prev_ch(j) {
            if fast_alpha(c) {
                j -= c.len_utf8();
            } else {
                break;
            }
        }
        self.low.get(j..end).is_some_and(|w| {
            ["шарт", "оферта", "келісім", "осы", "ереже"]
                .iter()
                .any(|p| w.starts_with(p))
        })
    }

    /// Is the number at `i` the value of an identifier label (`КБЕ: 19`,
    /// `КНП 859`, `БИН 123…`, `индекс 050000`)?
    fn identifier_label_before(&self, i: usize) -> bool {
        let mut j = i;
        let mut dot = false;
        while let Some(c) = self.prev_ch(j) {
            if is_space(c) || matches!(c, ' ' | '\t' | ':' | '№' | '#' | '.') {
                dot |= c == '.';
                j -= c.len_utf8();
            } else {
                break;
            }
        }
        if j == i {
            return false;
        }
        let end = j;
        while let Some(c) = self.prev_ch(j) {
            if fast_alpha(c) {
                j -= c.len_utf8();
            } else {
                break;
            }
        }
        let Some(w) = self.low.get(j..end) else {
            return false;
        };
        use crate::lexicon::{is_in, ADDRESS_LABELS_BEFORE, REQUISITE_LABELS};
        if is_in(REQUISITE_LABELS, w) {
            return true;
        }
        // `дом 10`, `д. 10`, `кв. 5`: a dot only after an abbreviation.
        is_in(ADDRESS_LABELS_BEFORE, w) && (!dot || w.chars().count() <= 4)
    }

    /// The end of a number that is part of a name or code, when the digits
    /// ending at `d_end` are glued to letters (`2tick`, `3D`, `163А`) or
    /// followed by a hyphen and Latin letters (`3-D`) or by a lone capital
    /// letter (`163 А`, a house letter).
    fn token_end(&self, i: usize, d_end: usize) -> Option<usize> {
        let c = self.ch(d_end)?;
        if c.is_ascii_alphabetic() {
            let e = self.alnum_end(d_end);
            let tail = &self.low[d_end..e];
            if matches!(tail, "kzt" | "usd" | "eur" | "rub") {
                return None;
            }
            return Some(e);
        }
        if c == '-' && self.ch(d_end + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            return Some(self.alnum_end(d_end + 1));
        }
        if fast_alpha(c) {
            // A single Cyrillic letter glued to a short number: `163А`,
            // `12б` (not a unit such as `г`, `ж`, `т`).
            let e = self.word_end(d_end);
            let one = self.low[d_end..e].chars().count() == 1;
            if one && d_end - i <= 4 && !matches!(&self.low[d_end..e], "г" | "ж" | "т" | "с" | "ч")
            {
                return Some(e);
            }
            return None;
        }
        let e = self.house_letter_end(d_end);
        (e > d_end && d_end - i <= 4).then_some(e)
    }

    /// `90/21`: the end of further numbers after slashes from `e`.
    fn slashed_end(&self, mut e: usize) -> usize {
        while self.at(e, b'/') && self.is_digit(e + 1) {
            e = self.alnum_end(e + 1);
        }
        e
    }

    /// After a house number, a lone capital letter (`163 А`): its end, or
    /// `e` when there is none.
    fn house_letter_end(&self, e: usize) -> usize {
        if !self.at(e, b' ') {
            return e;
        }
        let s = e + 1;
        let we = self.word_end(s);
        if we == s || self.low[s..we].chars().count() != 1 {
            return e;
        }
        let upper = self
            .norm
            .get(s..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase);
        // `163 А,` or `163 А үйі`; not `5 В случае`.
        let next_ok = match self.ch(we) {
            None => true,
            Some(',' | ';' | ')') => true,
            Some(_) => self.address_label_after(we),
        };
        if upper && next_ok {
            we
        } else {
            e
        }
    }

    /// Is the word after `e` an address label written after the number
    /// (`үйі`, `пәтер`, `т/е`)?
    fn address_label_after(&self, e: usize) -> bool {
        let Some((ws, we, w)) = self.word_at(e) else {
            return false;
        };
        if ws == e {
            return false;
        }
        crate::lexicon::is_in(crate::lexicon::ADDRESS_LABELS_AFTER, w)
            || (w == "т" && self.at(we, b'/'))
    }

    /// Is there an opening parenthesis just before `i` (`(1)`)?
    fn at_open_paren(&self, i: usize) -> bool {
        self.prev_ch(i) == Some('(')
    }

    /// Sub-items `1)`, `2)`: a list of them from `i` (`2) және 3)`), with
    /// the end of each number and the end of the list.
    fn item_list(&self, i: usize) -> (Vec<(usize, usize)>, usize) {
        let mut items = Vec::new();
        let mut k = i;
        let mut end = i;
        loop {
            let de = self.digits_end(k);
            if de == k || de - k > 3 || !self.at(de, b')') {
                break;
            }
            items.push((k, de));
            end = de + 1;
            let s = self.skip_sp(end);
            let next = if self.at(s, b',') {
                self.skip_sp(s + 1)
            } else if let Some((_, we, w)) = self.word_at(end) {
                if matches!(w, "и" | "или" | "және" | "мен" | "немесе" | "либо")
                {
                    self.skip_sp(we)
                } else {
                    break;
                }
            } else {
                break;
            };
            if !self.is_digit(next) {
                break;
            }
            k = next;
        }
        (items, end)
    }

    fn push_items(&mut self, items: &[(usize, usize)]) {
        for &(s, e) in items {
            let v = format!("{})", &self.low[s..e]);
            self.push(FigureKind::ItemRef, Value::Text(v), Unit::None, s, e + 1);
        }
    }

    /// `12)` at `i`: an item label (not a figure), or, when a Kazakh
    /// sub-item word follows the list (`2) және 3) тармақшаларында`), a
    /// reference to sub-items.
    fn sub_item(&mut self, i: usize) -> usize {
        let (items, end) = self.item_list(i);
        let refers = self.word_at(end).is_some_and(|(_, _, w)| {
            w.starts_with("тармақ") || w.starts_with("тармағ") || w.starts_with("абзац")
        });
        if refers {
            self.push_items(&items);
            return end;
        }
        // A label: `12)` at the start of an item.
        self.digits_end(i) + 1
    }

    /// A day qualifier written just before position `s` (white space
    /// between), with the start of that word.
    fn qualifier_before(&self, s: usize) -> Option<(usize, DayKind)> {
        let mut i = s;
        while let Some(c) = self.prev_ch(i) {
            if is_space(c) || c == ' ' || c == '\t' {
                i -= c.len_utf8();
            } else {
                break;
            }
        }
        if i == s {
            return None;
        }
        let end = i;
        while let Some(c) = self.prev_ch(i) {
            if fast_alpha(c) {
                i -= c.len_utf8();
            } else {
                break;
            }
        }
        let q = match self.low.get(i..end)? {
            "күнтізбелік" | "календарных" | "календарные" => {
                DayKind::Calendar
            }
            "жұмыс" | "рабочих" | "рабочие" => DayKind::Working,
            "банктік" | "банковских" | "банковские" => DayKind::Banking,
            _ => return None,
        };
        Some((i, q))
    }

    fn tiyn(&self, end: usize, value: &mut Number) -> Option<usize> {
        let j = self.skip_sp(end);
        let de = self.digits_end(j);
        if de == j || de - j > 2 {
            return None;
        }
        let (_, we, w) = self.word_at(de)?;
        if !w.starts_with("тиын") {
            return None;
        }
        let t: u128 = self.low[j..de].parse().ok()?;
        if value.is_int() {
            *value = Number::new(value.int_part() * 100 + t, 2);
        }
        Some(we + usize::from(self.at(we, b'.')))
    }

    /// End of a percent sign with an optional Kazakh suffix (`10%-дан`).
    fn percent_end(&self, j: usize) -> usize {
        let mut e = j + 1;
        if self.at(e, b'-') {
            let we = self.word_end(e + 1);
            if we > e + 1 {
                e = we;
            }
        } else {
            let we = self.word_end(e);
            if we > e && we - e <= 8 {
                // `%ға`, `%ы`.
                e = we;
            }
        }
        e
    }

    /// Number words in parentheses at `j` (`(десяти)`, `(жиырма пайыздық)`).
    fn paren_words(&self, j: usize) -> Option<ParenWords> {
        let limit = (j + 400).min(self.b.len());
        let mut close = None;
        for k in j + 1..limit {
            match self.b[k] {
                b')' => {
                    close = Some(k);
                    break;
                }
                b'(' | b'\n' => return None,
                _ => {}
            }
        }
        let close = close?;
        let inner_s = self.skip_sp(j + 1);
        let content = &self.low[inner_s..close];
        let first = content.split(|c: char| !c.is_alphabetic()).next()?;
        let first_lang = self.lang_of_word(first)?;
        let langs = [first_lang, first_lang.other()];
        for lang in langs {
            let Some(sc) = words::scan(content, lang) else {
                continue;
            };
            let mut unit = sc.hint.map(hint_unit);
            let mut number = sc.number;
            let mut we = inner_s + sc.end;
            let rest_s = self.skip_sp(we);
            if rest_s < close {
                match self.unit_at(rest_s) {
                    Some(m) if m.mult == 1 && self.skip_sp(m.end) >= close => {
                        unit = Some(m.unit);
                        we = m.end;
                    }
                    // `(сорок тысяч тенге 50 тиын)`.
                    Some(m)
                        if m.mult == 1
                            && m.unit == Unit::Money(Currency::Kzt)
                            && self
                                .tiyn(m.end, &mut sc.number.clone())
                                .is_some_and(|e| self.skip_sp(e) >= close) =>
                    {
                        unit = Some(m.unit);
                        we = self.tiyn(m.end, &mut number).unwrap_or(m.end);
                    }
                    _ => {
                        // Other words after the number words: not a
                        // spelling of the figure, unless just punctuation.
                        if self.low[rest_s..close].chars().any(|c| c.is_alphanumeric()) {
                            continue;
                        }
                    }
                }
            }
            return Some(ParenWords {
                number,
                ordinal: sc.ordinal,
                start: inner_s,
                end: we,
                close,
                unit,
            });
        }
        None
    }

    /// Which language's number words a word may be (the scanner's language
    /// first).
    fn lang_of_word(&self, w: &str) -> Option<Lang> {
        let ru =
            || words::ru_token(w).is_some() || words::ru_compound(w).is_some() || words::ru_half(w);
        let kk = || words::kk_token(w).is_some();
        match self.lang {
            Lang::Ru if ru() => Some(Lang::Ru),
            Lang::Kk if kk() => Some(Lang::Kk),
            Lang::Ru if kk() => Some(Lang::Kk),
            Lang::Kk if ru() => Some(Lang::Ru),
            _ => None,
        }
    }

    /// A unit at `j` (no white space skipped).
    fn unit_at(&self, j: usize) -> Option<UnitMatch> {
        let c = self.ch(j)?;
        let one = |unit: Unit, end: usize| Some(UnitMatch { unit, end, mult: 1 });
        match c {
            '%' => return one(Unit::Percent, self.percent_end(j)),
            '₸' => return one(Unit::Money(Currency::Kzt), j + c.len_utf8()),
            '$' => return one(Unit::Money(Currency::Usd), j + 1),
            '€' => return one(Unit::Money(Currency::Eur), j + c.len_utf8()),
            _ => {}
        }
        if !c.is_alphabetic() {
            return None;
        }
        let e = self.word_end(j);
        let w = &self.low[j..e];
        let dot = self.at(e, b'.');
        let ed = e + usize::from(dot);
        let next_word = || self.word_at(e);
        // Money, with an optional multiplier first.
        let mult = match w {
            "тыс" if dot => 1000,
            "тысяч" | "тысячи" | "тысяча" | "мың" => 1000,
            "млн" => 1_000_000,
            "миллион" | "миллиона" | "миллионов" => 1_000_000,
            "млрд" => 1_000_000_000,
            "миллиард" | "миллиарда" | "миллиардов" => 1_000_000_000,
            _ => 1,
        };
        if mult > 1 {
            let k = self.skip_sp(if dot { ed } else { e });
            let m = self.unit_at(k)?;
            return match m.unit {
                Unit::Money(_) if m.mult == 1 => Some(UnitMatch {
                    unit: m.unit,
                    end: m.end,
                    mult,
                }),
                _ => None,
            };
        }
        let kk_inflected =
            |base: &str| w.starts_with(base) && words::kk_suffix_ok(&w[base.len()..]);
        let money = |cur: Currency, end: usize| one(Unit::Money(cur), end);
        if w.starts_with("тенге") || w.starts_with("теңге") || w == "тңг" {
            return money(Currency::Kzt, e);
        }
        if w == "тг" || w == "kzt" {
            return money(Currency::Kzt, if w == "тг" { ed } else { e });
        }
        if w.starts_with("руб") || w == "rub" {
            return money(Currency::Rub, if w == "руб" { ed } else { e });
        }
        if w.starts_with("доллар") || w == "usd" || w == "долл" {
            let mut end = if w == "долл" { ed } else { e };
            if let Some((_, we, "сша")) = self.word_at(end) {
                end = we;
            }
            return money(Currency::Usd, end);
        }
        if w == "ақш" {
            if let Some((_, we, nw)) = next_word() {
                if nw.starts_with("доллар") {
                    return money(Currency::Usd, we);
                }
            }
            return None;
        }
        if w == "евро" || w == "еуро" || w == "eur" {
            return money(Currency::Eur, e);
        }
        if w.starts_with("процент") || w.starts_with("пайыз") {
            return one(Unit::Percent, e);
        }
        if w == "проц" && dot {
            return one(Unit::Percent, ed);
        }
        // Days with a qualifier.
        let day_ru = |x: &str| {
            matches!(
                x,
                "день"
                    | "дня"
                    | "дней"
                    | "дню"
                    | "дням"
                    | "днем"
                    | "днями"
                    | "днях"
                    | "дне"
                    | "дн"
            )
        };
        let day_kk = |x: &str| {
            x.starts_with("күн") && !x.starts_with("күнтізбелік") && !x.starts_with("күнделік")
        };
        let qual = if w.starts_with("рабоч") || w == "раб" {
            Some(DayKind::Working)
        } else if w.starts_with("календарн") || w == "кал" {
            Some(DayKind::Calendar)
        } else if w.starts_with("банковск") || w == "банк" || w == "банктік" {
            Some(DayKind::Banking)
        } else if w == "жұмыс" {
            Some(DayKind::Working)
        } else if w == "күнтізбелік" {
            Some(DayKind::Calendar)
        } else {
            None
        };
        if let Some(q) = qual {
            let k = if dot { ed } else { e };
            let (_, we, nw) = self.word_at(k)?;
            if day_ru(nw) || day_kk(nw) {
                let we2 = we + usize::from(nw == "дн" && self.at(we, b'.'));
                return one(Unit::Day(q), we2);
            }
            return None;
        }
        if day_ru(w) {
            return one(Unit::Day(DayKind::Plain), if w == "дн" { ed } else { e });
        }
        if w == "сутки" || w == "суток" || kk_inflected("тәулік") {
            return one(Unit::Day(DayKind::Calendar), e);
        }
        if day_kk(w) && kk_inflected("күн") || matches!(w, "күні" | "күнін" | "күнінен" | "күніне")
        {
            return one(Unit::Day(DayKind::Plain), e);
        }
        if w.starts_with("недел") || kk_inflected("апта") {
            return one(Unit::Week, e);
        }
        if w.starts_with("месяц") || (w == "мес" && dot) {
            return one(Unit::Month, if w == "мес" { ed } else { e });
        }
        if kk_inflected("ай") || matches!(w, "айлық" | "айын" | "айына") {
            return one(Unit::Month, e);
        }
        if matches!(
            w,
            "год"
                | "года"
                | "году"
                | "годом"
                | "годе"
                | "годы"
                | "лет"
                | "годам"
                | "годами"
                | "годах"
        ) {
            return one(Unit::Year, e);
        }
        if (kk_inflected("жыл") || matches!(w, "жылдық" | "жылын" | "жылына")) && w != "жылы"
        {
            return one(Unit::Year, e);
        }
        if matches!(
            w,
            "час"
                | "часа"
                | "часов"
                | "часу"
                | "часом"
                | "часе"
                | "часы"
                | "часам"
                | "часами"
                | "часах"
        ) || (w == "ч" && dot)
            || w.starts_with("сағат")
        {
            return one(Unit::Hour, if w == "ч" { ed } else { e });
        }
        if w.starts_with("минут") || (w == "мин" && dot) {
            return one(Unit::Minute, if w == "мин" { ed } else { e });
        }
        if matches!(
            w,
            "раз"
                | "раза"
                | "разу"
                | "разом"
                | "разе"
                | "разы"
                | "разам"
                | "разами"
                | "разах"
        ) || kk_inflected("рет")
        {
            return one(Unit::Times, e);
        }
        None
    }

    // ------------------------------------------------------ dates, times

    fn small(&self, s: usize, e: usize) -> Option<u32> {
        if e <= s || e - s > 4 {
            return None;
        }
        self.low[s..e].parse().ok()
    }

    fn date_value(y: u32, m: u32, d: u32) -> Option<Value> {
        ((1..=12).contains(&m) && (1..=31).contains(&d) && (1000..=2999).contains(&y)).then_some(
            Value::Date {
                year: y as u16,
                month: m as u8,
                day: d as u8,
            },
        )
    }

    /// Year words after a date: `года`, `г.`, `ж.`, `жылғы`.
    fn year_tail(&self, e: usize) -> usize {
        if let Some((_, we, w)) = self.word_at(e) {
            if matches!(w, "года" | "год" | "г" | "ж" | "жыл" | "жылы" | "жылғы")
            {
                return we + usize::from(self.at(we, b'.') && (w == "г" || w == "ж"));
            }
        }
        e
    }

    /// `20.12.2018`, `20/12/2018`.
    fn numeric_date(&mut self, i: usize, d_end: usize) -> Option<usize> {
        let sep = *self.b.get(d_end)?;
        if sep != b'.' && sep != b'/' {
            return None;
        }
        let ms = d_end + 1;
        let me = self.digits_end(ms);
        if me - ms == 0 || me - ms > 2 || !self.at(me, sep) {
            return None;
        }
        let ys = me + 1;
        let ye = self.digits_end(ys);
        if ye - ys != 4 || self.at(ye, b'.') && self.is_digit(ye + 1) {
            return None;
        }
        let v = Self::date_value(
            self.small(ys, ye)?,
            self.small(ms, me)?,
            self.small(i, d_end)?,
        )?;
        let e = self.year_tail(ye);
        self.push(FigureKind::Date, v, Unit::None, i, e);
        Some(e)
    }

    /// `09:00`, `9:30`, `09.00`.
    fn time(&mut self, i: usize, d_end: usize) -> Option<usize> {
        let sep = *self.b.get(d_end)?;
        if sep != b':' && sep != b'.' {
            return None;
        }
        let ms = d_end + 1;
        let me = self.digits_end(ms);
        if me - ms != 2 || self.at(me, b'.') && self.is_digit(me + 1) || self.at(me, sep) {
            return None;
        }
        let h = self.small(i, d_end)?;
        let m = self.small(ms, me)?;
        if h > 23 || m > 59 {
            return None;
        }
        if sep == b'.' {
            let lead0 = d_end - i == 2 && self.b[i] == b'0';
            let round = m == 0 || m == 30;
            if d_end - i != 2 || !(lead0 || round) {
                return None;
            }
            if self.unit_at(self.skip_sp(me)).is_some()
                || self.at(me, b',') && self.is_digit(me + 1)
            {
                return None;
            }
            if !lead0 && m != 0 && self.at_clause_start(i) {
                return None;
            }
        }
        self.push(
            FigureKind::Time,
            Value::Time {
                hour: h as u8,
                minute: m as u8,
            },
            Unit::None,
            i,
            me,
        );
        Some(me)
    }

    /// `20 декабря 2018 года`; `start` is where the figure begins (a quote
    /// before the day, or the day itself).
    fn day_month_date(&mut self, start: usize, ds: usize, de: usize) -> Option<usize> {
        let mut k = de;
        if let Some(c) = self.ch(k) {
            if matches!(c, '»' | '"' | '”' | '“') {
                k += c.len_utf8();
            }
        }
        let (_, we, w) = self.word_at(k)?;
        let month = month_of(w)?;
        let ys = self.skip_sp(we);
        let ye = self.digits_end(ys);
        if ye - ys != 4 {
            return None;
        }
        let v = Self::date_value(self.small(ys, ye)?, month as u32, self.small(ds, de)?)?;
        let e = self.year_tail(ye);
        self.push(FigureKind::Date, v, Unit::None, start, e);
        Some(e)
    }

    /// `«20» декабря 2018 года` from the opening quote.
    fn quoted_date(&mut self, q: usize) -> Option<usize> {
        let c = self.ch(q)?;
        let ds = q + c.len_utf8();
        let de = self.digits_end(ds);
        if de == ds || de - ds > 2 {
            return None;
        }
        self.day_month_date(q, ds, de)
    }

    /// `2018 жылғы «20» желтоқсан`, `2018 ж. 20 желтоқсанда`.
    fn kk_date(&mut self, i: usize, ye: usize) -> Option<usize> {
        let (_, we, w) = self.word_at(ye)?;
        let k = match w {
            "жылғы" | "жылы" | "жыл" => we,
            "ж" if self.at(we, b'.') => we + 1,
            _ => return None,
        };
        let mut ds = self.skip_sp(k);
        if let Some(c) = self.ch(ds) {
            if matches!(c, '«' | '"' | '“') {
                ds += c.len_utf8();
            }
        }
        let de = self.digits_end(ds);
        if de == ds || de - ds > 2 {
            return None;
        }
        let mut k = de;
        if let Some(c) = self.ch(k) {
            if matches!(c, '»' | '"' | '”') {
                k += c.len_utf8();
            }
        }
        let (_, me, mw) = self.word_at(k)?;
        let month = month_of(mw)?;
        let v = Self::date_value(self.small(i, ye)?, month as u32, self.small(ds, de)?)?;
        self.push(FigureKind::Date, v, Unit::None, i, me);
        Some(me)
    }

    // --------------------------------------------------- clause references

    /// A list of dotted numbers from `j`: `6.3 и 6.4`, `6.2, 6.3`,
    /// `4.1–4.3`. Returns their ranges.
    fn number_list(&self, j: usize) -> Vec<(usize, usize)> {
        let mut items = Vec::new();
        let mut k = j;
        loop {
            if !self.is_digit(k) {
                break;
            }
            let (_, pe) = self.dotted(k);
            if ClauseNumber::parse(&self.low[k..pe]).is_none() {
                break;
            }
            items.push((k, pe));
            // `п. 3.1.4. и 3.1.9.`: a dot closing a number before the next.
            let pe =
                if self.at(pe, b'.') && self.ch(pe + 1).is_some_and(|c| is_space(c) || c == ',') {
                    pe + 1
                } else {
                    pe
                };
            let s = self.skip_sp(pe);
            let next = if self.at(s, b',') {
                // `3.1.4., и 3.1.9.`: a conjunction after the comma.
                match self.word_at(s + 1) {
                    Some((_, we, "и" | "или" | "және" | "немесе")) => {
                        self.skip_sp(we)
                    }
                    _ => self.skip_sp(s + 1),
                }
            } else if let Some(c @ ('-' | '–' | '—')) = self.ch(pe) {
                pe + c.len_utf8()
            } else if let Some((_, we, w)) = self.word_at(pe) {
                if matches!(w, "и" | "или" | "және" | "мен" | "немесе" | "по") {
                    self.skip_sp(we)
                } else {
                    break;
                }
            } else {
                break;
            };
            if !self.is_digit(next) {
                break;
            }
            k = next;
        }
        items
    }

    fn clause_value(&self, s: usize, e: usize) -> Option<Value> {
        ClauseNumber::parse(&self.low[s..e]).map(Value::Clause)
    }

    /// Kazakh references written after the number: `4.2-тармақ`,
    /// `6.2, 6.3-тармақтарға`, `5-бөлім`, `387-бабы`.
    fn kk_clause_list(&mut self, i: usize) -> Option<usize> {
        let items = self.number_list(i);
        let &(_, last_end) = items.last()?;
        let mut t = last_end;
        // `3.1.11. тармағына`, `4.2.7. т.`: a dot closing the number.
        let dotted_end = self.at(t, b'.') && self.ch(t + 1).is_some_and(is_space);
        if dotted_end || self.at(t, b'.') && self.at(t + 1, b'-') {
            // `3.1.4.-тармағы` as well.
            t += 1;
        }
        if let Some(c @ ('-' | '–' | '‑')) = self.ch(t) {
            t += c.len_utf8();
        } else {
            // `395 - бабының`: a hyphen set off by spaces.
            let d = self.skip_sp(t);
            if d > t {
                if let Some(c @ ('-' | '–' | '‑')) = self.ch(d) {
                    if self.ch(d + c.len_utf8()).is_some_and(is_space) {
                        t = d + c.len_utf8();
                    }
                }
            }
        }
        let (ws, te, w) = self.word_at(t)?;
        if ws == last_end {
            // Kazakh writes `4.2-тармақ` or `4.2 тармақ`; no suffix glued.
            return None;
        }
        // `т.`: the abbreviation of `тармақ`, after a dotted number only.
        let t_abbr = w == "т" && self.at(te, b'.') && dotted_end;
        if dotted_end && !t_abbr && !(w.starts_with("тармақ") || w.starts_with("тармағ"))
        {
            return None;
        }
        let te = te + usize::from(t_abbr);
        if w.starts_with("бап") || w.starts_with("баб") {
            if self.own_document_before(i) {
                // `Келісімнің 12-бабы`: an article of this very document.
                for (s, e) in items {
                    if let Some(v) = self.clause_value(s, e) {
                        self.push(FigureKind::ClauseRef, v, Unit::None, s, e);
                    }
                }
                return Some(te);
            }
            return Some(self.kk_law(i, &items, te));
        }
        if w.starts_with("тарау") && !self.own_document_before(i) {
            // Contracts have sections and clauses; chapters are the law's
            // (`683-бапты және 34-тарауды … Азаматтық кодексіне`).
            let key = self.law_name_before(i).map(|(_, k)| k).unwrap_or("");
            let num = &self.low[items[0].0..items[0].1];
            let value = format!("{key} гл. {num}");
            self.push(
                FigureKind::LawRef,
                Value::Text(value.trim().to_string()),
                Unit::None,
                items[0].0,
                te,
            );
            return Some(te);
        }
        if w.starts_with("тармақ")
            || w.starts_with("тармағ")
            || w.starts_with("бөлім")
            || w.starts_with("тарау")
            || t_abbr
        {
            if let Some((start, key)) = self.law_name_before(i) {
                let label = if w.starts_with("тарау") {
                    "гл."
                } else {
                    "п."
                };
                let num = &self.low[items[0].0..items[0].1];
                let value = format!("{key} {label} {num}");
                self.push(
                    FigureKind::LawRef,
                    Value::Text(value),
                    Unit::None,
                    start,
                    te,
                );
                return Some(te);
            }
            for (s, e) in items {
                if let Some(v) = self.clause_value(s, e) {
                    self.push(FigureKind::ClauseRef, v, Unit::None, s, e);
                }
            }
            return Some(te);
        }
        None
    }

    /// `ҚР АК 395-бабының 5-тармағы`: from the law name (looked for before
    /// `i`) to the paragraph after the article.
    fn kk_law(&mut self, i: usize, items: &[(usize, usize)], te: usize) -> usize {
        let (start, key) = self.law_name_before(i).unwrap_or((i, ""));
        let mut end = te;
        let art = self.low[items[0].0..items[0].1].to_string();
        let mut para = None;
        // `5-тармағы` after the article.
        let p = self.skip_sp(te);
        if self.is_digit(p) {
            let pe = self.digits_end(p);
            let mut t = pe;
            if self.at(t, b')') {
                t += 1;
            }
            if self.at(t, b'-') {
                if let Some((_, we, w)) = self.word_at(t + 1) {
                    if w.starts_with("тармақ") || w.starts_with("тармағ") {
                        para = Some(self.low[p..pe].to_string());
                        end = we;
                    }
                }
            }
        }
        let value = law_value(key, &art, para.as_deref());
        self.push(
            FigureKind::LawRef,
            Value::Text(value),
            Unit::None,
            start,
            end,
        );
        end
    }

    /// A law name just before `i` (`ҚР АК`, `Азаматтық кодексінің`): its
    /// start and key, when it names a known code.
    fn law_name_before(&self, i: usize) -> Option<(usize, &'static str)> {
        let mut key = "";
        let mut start = i;
        let mut k = i;
        for _ in 0..5 {
            let before = self.low[..k].trim_end_matches(is_space);
            let ws = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| fast_alpha(*c))
                .last()
                .map(|(p, _)| p);
            let Some(ws) = ws else { break };
            let w = &before[ws..];
            match law_key(w) {
                Some(kk) => {
                    if !kk.is_empty() {
                        key = kk;
                    }
                    start = ws;
                    k = ws;
                }
                None => break,
            }
        }
        (start < i).then_some((start, key))
    }

    /// Law name words after a Russian citation: `ГК РК`, `Гражданского
    /// кодекса Республики Казахстан`. Returns (end, key).
    fn law_name(&self, mut j: usize) -> (usize, &'static str) {
        let mut key = "";
        let mut end = j;
        for _ in 0..6 {
            let Some((_, we, w)) = self.word_at(j) else {
                break;
            };
            match law_key(w) {
                Some(k) => {
                    if !k.is_empty() {
                        key = k;
                    }
                    if w != "о" {
                        end = we;
                    }
                    j = we;
                }
                None => break,
            }
        }
        (end, key)
    }

    /// A Russian word: reference keywords, number words. (Kazakh section
    /// nouns before a number, as headings write them, `Бөлім 1`, are
    /// read here too; the usual Kazakh order is `1-бөлім`.)
    fn at_word(&mut self, i: usize) -> usize {
        let e = self.word_end(i);
        let w = &self.low[i..e];
        if !words::may_matter(w) && w != "п" {
            return e;
        }
        let dot = self.at(e, b'.');
        let after = e + usize::from(dot);
        // Clause and law references.
        let clause_kw = (dot && matches!(w, "п" | "пп" | "подп" | "разд" | "гл"))
            || w.starts_with("пункт")
            || w.starts_with("подпункт")
            || w.starts_with("раздел")
            || crate::lexicon::KK_SECTION_NOUNS.contains(&w)
            || matches!(
                w,
                "глава" | "главы" | "главе" | "главу" | "главой" | "главами" | "глав"
            );
        let law_kw = (dot && w == "ст") || w.starts_with("стать") || w == "статей";
        if clause_kw || law_kw {
            let mut j = self.skip_sp(after);
            if self.low[j..].starts_with('№') {
                j = self.skip_sp(j + '№'.len_utf8());
            }
            if dot && w == "п" && self.after_n_dot(i) {
                // `н. п. 207`: a non-residential premises of an address.
                let e = self.alnum_end(j);
                if e > j && self.is_digit(j) {
                    self.identifier(j, e);
                    return e;
                }
                return after;
            }
            let (subs, subs_end) = self.item_list(j);
            if !subs.is_empty() && !law_kw {
                // `подпунктами 2) и 3)`, `в подпункте 12) пункта 7`.
                self.push_items(&subs);
                return subs_end;
            }
            let items = self.number_list(j);
            if items.is_empty() {
                return after;
            }
            let list_end = items.last().map(|x| x.1).unwrap_or(j);
            if crate::lexicon::KK_SECTION_NOUNS.contains(&w)
                && crate::lexicon::starts_with_unit(self.low[list_end..].trim_start())
            {
                // `бөлім 3 күн` would be a quantity, not a section.
                return e;
            }
            let own = self.word_at(list_end).is_some_and(|(_, _, n)| {
                crate::lexicon::starts_with_any(crate::lexicon::OWN_DOCUMENT_STEMS, n)
            });
            if law_kw && own {
                // `статья 12 настоящего Соглашения`: an article of this
                // very document, a clause reference.
                for (s, e) in items {
                    if let Some(v) = self.clause_value(s, e) {
                        self.push(FigureKind::ClauseRef, v, Unit::None, s, e);
                    }
                }
                return list_end;
            }
            if law_kw {
                let (end, key) = self.law_name(list_end);
                let art = self.low[items[0].0..items[0].1].to_string();
                self.push(
                    FigureKind::LawRef,
                    Value::Text(law_value(key, &art, None)),
                    Unit::None,
                    i,
                    end,
                );
                return end;
            }
            // `п. 5 ст. 395 ГК РК`: a paragraph of a law article.
            if let Some((_, we, w2)) = self.word_at(list_end) {
                let dot2 = self.at(we, b'.');
                if (dot2 && w2 == "ст") || w2.starts_with("стать") {
                    let j2 = self.skip_sp(we + usize::from(dot2));
                    let arts = self.number_list(j2);
                    if let Some(&(as_, ae)) = arts.first() {
                        let art_end = arts.last().map(|x| x.1).unwrap_or(ae);
                        let (end, key) = self.law_name(art_end);
                        let art = self.low[as_..ae].to_string();
                        let para = self.low[items[0].0..items[0].1].to_string();
                        self.push(
                            FigureKind::LawRef,
                            Value::Text(law_value(key, &art, Some(&para))),
                            Unit::None,
                            i,
                            end,
                        );
                        return end;
                    }
                }
            }
            // `главе 17 Гражданского кодекса`: a part of a law. Contracts
            // have sections and clauses, not chapters, so a chapter is the
            // law's even where the law is named elsewhere in the sentence.
            let (law_end, key) = self.law_name(list_end);
            let own_chapter = self.word_at(list_end).is_some_and(|(_, _, n)| {
                ["договор", "оферт", "соглашени", "настоящ", "правил"]
                    .iter()
                    .any(|p| n.starts_with(p))
            });
            if !key.is_empty() || (w.starts_with("гл") && !own_chapter) {
                let label = if w.starts_with("гл") {
                    "гл."
                } else {
                    "п."
                };
                let num = &self.low[items[0].0..items[0].1];
                let value = format!("{key} {label} {num}");
                self.push(
                    FigureKind::LawRef,
                    Value::Text(value.trim().to_string()),
                    Unit::None,
                    i,
                    law_end,
                );
                return law_end;
            }
            for (s, e) in items {
                if let Some(v) = self.clause_value(s, e) {
                    self.push(FigureKind::ClauseRef, v, Unit::None, s, e);
                }
            }
            return list_end;
        }
        // Number words without digits: a figure when a unit follows.
        let is_num = match self.lang {
            Lang::Ru => {
                words::ru_token(w).is_some() || words::ru_compound(w).is_some() || words::ru_half(w)
            }
            Lang::Kk => words::kk_token(w).is_some() || words::ru_token(w).is_some(),
        };
        if !is_num {
            return e;
        }
        let langs = [self.lang, self.lang.other()];
        for lang in langs {
            let Some(sc) = words::scan(&self.low[i..], lang) else {
                continue;
            };
            let we = i + sc.end;
            if sc.ordinal {
                return we;
            }
            let j = self.skip_sp(we);
            if self.at(j, b'(') && self.is_digit(j + 1) {
                // Words first, digits in parentheses: `пять (5) дней`.
                if let Some(end) = self.words_then_digits(i, we, j, sc.number) {
                    return end;
                }
            }
            let m = self.unit_at(j);
            let (unit, end, mult) = match (m, sc.hint) {
                (Some(m), _) => (m.unit, m.end, m.mult),
                (None, Some(h)) => (hint_unit(h), we, 1),
                (None, None) => return we,
            };
            let value = scale_number(sc.number, mult);
            let (mut unit, mut start) = (unit, i);
            if unit == Unit::Day(DayKind::Plain) {
                if let Some((ws, q)) = self.qualifier_before(i) {
                    unit = Unit::Day(q);
                    start = ws;
                }
            }
            self.push(kind_of(&unit), Value::Number(value), unit, start, end);
            self.push_words(value, i, we);
            return end;
        }
        e
    }
}

impl Scanner<'_> {
    /// `пять (5) дней`: words at `s..we`, digits in parentheses at `j`.
    fn words_then_digits(&mut self, s: usize, we: usize, j: usize, words: Number) -> Option<usize> {
        let ds = j + 1;
        let (parts, pe) = self.dotted(ds);
        let grouped = self.grouped(&parts);
        let (value, ne, _) = self.number_at(ds, &parts, pe, grouped)?;
        if !self.at(ne, b')') {
            return None;
        }
        let mut end = ne + 1;
        let (unit, mult) = match self.unit_at(self.skip_sp(end)) {
            Some(m) => {
                end = m.end;
                (m.unit, m.mult)
            }
            None => (Unit::None, 1),
        };
        self.push(
            kind_of(&unit),
            Value::Number(scale_number(value, mult)),
            unit,
            s,
            end,
        );
        self.push_words(scale_number(words, mult), s, we);
        Some(end)
    }
}

fn law_value(key: &str, art: &str, para: Option<&str>) -> String {
    let mut v = String::new();
    if !key.is_empty() {
        v.push_str(key);
        v.push(' ');
    }
    v.push_str("ст. ");
    v.push_str(art);
    if let Some(p) = para {
        v.push_str(" п. ");
        v.push_str(p);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, lang: Lang) -> Figure {
        let f = extract(text, lang);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn money_with_words() {
        let f = one(
            "Стоимость 990 000 (девятьсот девяносто тысяч) тенге.",
            Lang::Ru,
        );
        assert_eq!(f.kind, FigureKind::Money);
        assert_eq!(f.value, Value::Number(Number::int(990_000)));
        assert_eq!(f.words, Some(Number::int(990_000)));
        assert_eq!(f.text, "990 000 (девятьсот девяносто тысяч) тенге");
    }

    #[test]
    fn folding_matches_lang_normalize() {
        for t in [
            "сəйкес",
            "сԥйкес",
            "бiлiм",
            "Cтороны",
            "Lessbek Academy",
            "e-mail: info@example.kz",
            "Тапсырыс берушi 10 (он) күн iшiнде сəйкес",
            "KZ24TWQ005 АҚШ doллары Əлем",
            "сто́ить x",
        ] {
            assert_eq!(fold_lookalikes(t), crate::lang::normalize(t), "{t}");
        }
    }

    #[test]
    fn lower_keeps_lengths() {
        let t = "ЁЛКА Ёлка ӘҒҚҢӨҰҮҺІ Жүз ПЯТЬ Abc";
        let l = lower(t);
        assert_eq!(l.len(), t.len());
        assert_eq!(l, "елка елка әғқңөұүһі жүз пять abc");
    }

    #[test]
    fn spans_map_back_through_folding() {
        let text = "Тапсырыс берушi 10 (он) жұмыс күні iшiнде";
        let f = one(text, Lang::Kk);
        assert_eq!(&text[f.span.clone()], "10 (он) жұмыс күні");
        assert_eq!(f.unit, Unit::Day(DayKind::Working));
    }
}

#[cfg(test)]
mod reference_tests {
    use super::*;

    fn kinds(text: &str, lang: Lang) -> Vec<(FigureKind, String)> {
        extract(text, lang)
            .into_iter()
            .map(|f| {
                let v = match &f.value {
                    Value::Number(n) => n.to_string(),
                    Value::Clause(c) => c.to_string(),
                    Value::Text(t) => t.clone(),
                    Value::Date { year, month, day } => format!("{year}-{month:02}-{day:02}"),
                    Value::Time { hour, minute } => format!("{hour:02}:{minute:02}"),
                };
                (f.kind, v)
            })
            .collect()
    }

    #[test]
    fn spaced_hyphen_citation() {
        let f = kinds("Азаматтық кодекстің 415 - бабының 3-тармағы", Lang::Kk);
        assert_eq!(f, vec![(FigureKind::LawRef, "ГК РК ст. 415 п. 3".into())]);
    }

    #[test]
    fn own_document_articles_are_clause_references() {
        let ru = kinds("как указано в статье 7 настоящего Договора", Lang::Ru);
        assert_eq!(ru, vec![(FigureKind::ClauseRef, "7".into())]);
        let kk = kinds("Шарттың 7-бабында көрсетілгендей", Lang::Kk);
        assert_eq!(kk, vec![(FigureKind::ClauseRef, "7".into())]);
        let law = kinds("Еңбек кодексінің 52-бабы", Lang::Kk);
        assert_eq!(law, vec![(FigureKind::LawRef, "ТК РК ст. 52".into())]);
    }

    #[test]
    fn dotted_numbers_before_kazakh_clause_words() {
        let kk = kinds("билеттің 5.3.2. т. және 2.4. тармағына сәйкес", Lang::Kk);
        assert_eq!(
            kk,
            vec![
                (FigureKind::ClauseRef, "5.3.2".into()),
                (FigureKind::ClauseRef, "2.4".into())
            ]
        );
        let ru = kinds("предусмотренных п. п. 2.1.3., и 2.1.8. билета", Lang::Ru);
        assert_eq!(ru.len(), 2, "{ru:?}");
    }

    #[test]
    fn year_first_kazakh_dates() {
        for t in ["2027 жыл 3 наурыз", "2027 жылғы 3 наурыздағы"] {
            assert_eq!(
                kinds(t, Lang::Kk),
                vec![(FigureKind::Date, "2027-03-03".into())]
            );
        }
    }

    #[test]
    fn sub_items_and_their_references() {
        let ru = kinds("в подпункте 4) пункта 9 и подпунктами 1) и 5)", Lang::Ru);
        assert_eq!(
            ru,
            vec![
                (FigureKind::ItemRef, "4)".into()),
                (FigureKind::ClauseRef, "9".into()),
                (FigureKind::ItemRef, "1)".into()),
                (FigureKind::ItemRef, "5)".into()),
            ]
        );
        let kk = kinds(
            "9-тармағының 4) тармақшасында; 1) және 5) тармақшалары",
            Lang::Kk,
        );
        assert_eq!(
            kk,
            vec![
                (FigureKind::ClauseRef, "9".into()),
                (FigureKind::ItemRef, "4)".into()),
                (FigureKind::ItemRef, "1)".into()),
                (FigureKind::ItemRef, "5)".into()),
            ]
        );
        // Item labels are not figures.
        assert!(kinds("3) төлемді уақтылы жасауға; 4) хабарлауға", Lang::Kk).is_empty());
    }

    #[test]
    fn phones_written_with_spaces_only() {
        for t in ["тел. 8 701 123 4567", "тел. 8 701 123 45 67"] {
            let f = kinds(t, Lang::Ru);
            assert_eq!(f.len(), 1, "{t}");
            assert_eq!(f[0].0, FigureKind::Identifier, "{t}");
        }
        // Thousands are not a phone.
        let f = kinds("8 700 000 000 тенге", Lang::Ru);
        assert!(f.iter().all(|f| f.0 != FigureKind::Identifier));
    }

    #[test]
    fn numbers_inside_names_and_addresses() {
        for (t, lang) in [
            ("сервис 5pay.kz и код 3-D Secure", Lang::Ru),
            ("3D Secure коды", Lang::Kk),
            ("дом 48 Б, н.п. 31, оф. 9, кв. 14, д. 6", Lang::Ru),
            ("48Б үй, н. п. 31, пәтер 14, 31 т/е", Lang::Kk),
            ("КНП: 911; Кбе 17", Lang::Ru),
            ("ТТК: 911; БЕК 17", Lang::Kk),
            ("ул. Сатпаева, д. 72/4, офис 118", Lang::Ru),
            ("Сәтбаев көшесі, 72/4-үй, 118-кеңсе", Lang::Kk),
        ] {
            let f = extract(t, lang);
            assert!(
                f.iter().all(|f| f.kind == FigureKind::Identifier),
                "{t}: {f:#?}"
            );
        }
    }

    #[test]
    fn section_nouns_before_their_number() {
        for (t, lang) in [
            ("Бөлім 4", Lang::Kk),
            ("Тарау 4", Lang::Kk),
            ("Раздел 4", Lang::Ru),
        ] {
            let f = extract(t, lang);
            assert_eq!(f.len(), 1, "{t}: {f:#?}");
            assert_eq!(f[0].kind, FigureKind::ClauseRef, "{t}");
        }
        // A unit after the number makes it a quantity.
        let f = extract("бөлім 3 күн ішінде", Lang::Kk);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].kind, FigureKind::Duration);
    }

    #[test]
    fn bare_number_words() {
        let v = number_values("не может превышать трех, а срок 10 дней", Lang::Ru);
        assert!(v.contains(&Number::int(3)) && v.contains(&Number::int(10)));
        let v = number_values("бала бес жасқа толғанға дейін", Lang::Kk);
        assert_eq!(v, vec![Number::int(5)]);
    }

    #[test]
    fn one_day_in_both_languages() {
        let ru = extract("в течение 1 (одних) суток", Lang::Ru);
        let kk = extract("1 (бір) тәулік ішінде", Lang::Kk);
        assert!(ru[0].same_as(&kk[0]), "{ru:#?} {kk:#?}");
    }
}
