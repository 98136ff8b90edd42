//! Where the checker gets its figures from.
//!
//! The checker asks [`figures`] and [`words_digits`] only. They call the
//! figures engine ([`crate::figures::extract`]); while that engine finds
//! nothing at all (it is not built in yet), a small reader of our own stands
//! in for it, so that the checker is useful on its own. The stand-in knows
//! amounts, percentages, periods with their qualifier, counts, years, number
//! words in parentheses, clause references and law citations; it is
//! deliberately small and goes away once the engine answers.

use crate::figures::{Currency, DayKind, Figure, FigureKind, Number, Unit, Value};
use crate::lang::{is_letter, lowercase, normalize, Lang};
use crate::model::ClauseNumber;
use std::sync::OnceLock;

/// True when the figures engine finds figures (it is not a stub).
fn engine_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        !crate::figures::extract(
            "Оплата 10 (десяти) рабочих дней, 5% от 990 000 тенге.",
            Lang::Ru,
        )
        .is_empty()
    })
}

/// Every figure of `text`, sorted by position.
pub fn figures(text: &str, lang: Lang) -> Vec<Figure> {
    if engine_available() {
        crate::figures::extract(text, lang)
    } else {
        extract(text, lang)
    }
}

/// Figures whose digits disagree with the number words beside them.
pub fn words_digits(text: &str, lang: Lang) -> Vec<Figure> {
    figures(text, lang)
        .into_iter()
        .filter(digits_disagree)
        .collect()
}

/// True when the figure's digits and its number words differ.
pub fn digits_disagree(f: &Figure) -> bool {
    match (&f.value, &f.words) {
        (Value::Number(n), Some(w)) => n != w,
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// The stand-in reader.

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The word (letters only, lower case, look-alikes folded) starting at `i`.
fn word_at(text: &str, i: usize) -> (String, usize) {
    let rest = text.get(i..).unwrap_or("");
    let mut end = i;
    for (k, c) in rest.char_indices() {
        if is_letter(c) || c == '%' || c == '₸' || c == '$' {
            end = i + k + c.len_utf8();
            if c == '%' || c == '₸' || c == '$' {
                break;
            }
        } else {
            break;
        }
    }
    let w = text.get(i..end).unwrap_or("");
    (lowercase(&normalize(w)), end)
}

fn skip_spaces(text: &str, mut i: usize) -> usize {
    while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
        if c == ' ' || c == '\u{a0}' || c == '\t' {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

enum UnitWord {
    Unit(Unit),
    Qualifier(DayKind),
    Multiplier(u64),
}

fn unit_word(w: &str) -> Option<UnitWord> {
    use UnitWord::*;
    let starts = |p: &[&str]| p.iter().any(|s| w.starts_with(s));
    Some(if w == "%" || starts(&["процент", "пайыз"]) {
        Unit(crate::figures::Unit::Percent)
    } else if matches!(w, "тг" | "₸" | "kzt") || starts(&["тенге", "теңге", "тенг"])
    {
        Unit(crate::figures::Unit::Money(Currency::Kzt))
    } else if starts(&["руб"]) {
        Unit(crate::figures::Unit::Money(Currency::Rub))
    } else if w == "$" || w == "usd" || starts(&["доллар"]) {
        Unit(crate::figures::Unit::Money(Currency::Usd))
    } else if w == "eur" || w == "евро" {
        Unit(crate::figures::Unit::Money(Currency::Eur))
    } else if starts(&["рабоч", "жұмыс"]) {
        Qualifier(DayKind::Working)
    } else if starts(&["календар", "күнтізбе"]) {
        Qualifier(DayKind::Calendar)
    } else if starts(&["банковск", "банктік"]) {
        Qualifier(DayKind::Banking)
    } else if matches!(
        w,
        "день" | "дня" | "дней" | "дни" | "днем" | "днём" | "дням" | "днях"
    ) || starts(&["сут", "күн", "тәулі"])
    {
        Unit(crate::figures::Unit::Day(DayKind::Plain))
    } else if starts(&["недел", "апта"]) {
        Unit(crate::figures::Unit::Week)
    } else if starts(&["месяц"])
        || w == "мес"
        || (w.starts_with("ай") && !w.starts_with("айып") && w.chars().count() <= 6)
    {
        Unit(crate::figures::Unit::Month)
    } else if matches!(w, "год" | "года" | "году" | "годом" | "годов" | "лет") || starts(&["жыл"])
    {
        Unit(crate::figures::Unit::Year)
    } else if starts(&["час", "сағат"]) {
        Unit(crate::figures::Unit::Hour)
    } else if starts(&["минут"]) {
        Unit(crate::figures::Unit::Minute)
    } else if matches!(w, "раз" | "раза" | "рет" | "ретке" | "реттен") {
        Unit(crate::figures::Unit::Times)
    } else if w == "тыс" || w == "мың" {
        Multiplier(1000)
    } else if w == "млн" {
        Multiplier(1_000_000)
    } else if w == "млрд" {
        Multiplier(1_000_000_000)
    } else {
        return None;
    })
}

/// The value of one number word (Russian or Kazakh), with whether it
/// multiplies what came before (`тысяч`, Kazakh `жүз`).
fn number_word(w: &str) -> Option<(u64, bool)> {
    const EXACT: &[(&str, u64)] = &[
        ("ноль", 0),
        ("нуль", 0),
        ("один", 1),
        ("одна", 1),
        ("одно", 1),
        ("одного", 1),
        ("одной", 1),
        ("одному", 1),
        ("одним", 1),
        ("два", 2),
        ("две", 2),
        ("двух", 2),
        ("двум", 2),
        ("двумя", 2),
        ("три", 3),
        ("трех", 3),
        ("трёх", 3),
        ("трем", 3),
        ("тремя", 3),
        ("четыре", 4),
        ("четырех", 4),
        ("четырёх", 4),
        ("четырем", 4),
        ("сто", 100),
        ("ста", 100),
        ("сорок", 40),
        ("сорока", 40),
        ("бір", 1),
        ("екі", 2),
        ("үш", 3),
        ("төрт", 4),
        ("бес", 5),
        ("алты", 6),
        ("жеті", 7),
        ("сегіз", 8),
        ("тоғыз", 9),
        ("он", 10),
        ("жиырма", 20),
        ("отыз", 30),
        ("қырық", 40),
        ("елу", 50),
        ("алпыс", 60),
        ("жетпіс", 70),
        ("сексен", 80),
        ("тоқсан", 90),
    ];
    const STEMS: &[(&str, u64)] = &[
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("двадцат", 20),
        ("тридцат", 30),
        ("пятьдесят", 50),
        ("пятидесят", 50),
        ("шестьдесят", 60),
        ("шестидесят", 60),
        ("семьдесят", 70),
        ("семидесят", 70),
        ("восемьдесят", 80),
        ("восьмидесят", 80),
        ("девяност", 90),
        ("двест", 200),
        ("двухсот", 200),
        ("трист", 300),
        ("трехсот", 300),
        ("трёхсот", 300),
        ("четырест", 400),
        ("четырехсот", 400),
        ("пятьсот", 500),
        ("пятисот", 500),
        ("шестьсот", 600),
        ("шестисот", 600),
        ("семьсот", 700),
        ("семисот", 700),
        ("восемьсот", 800),
        ("восьмисот", 800),
        ("девятьсот", 900),
        ("девятисот", 900),
        ("десят", 10),
        ("пять", 5),
        ("пяти", 5),
        ("шесть", 6),
        ("шести", 6),
        ("семь", 7),
        ("семи", 7),
        ("восемь", 8),
        ("восьми", 8),
        ("девять", 9),
        ("девяти", 9),
    ];
    if let Some((_, v)) = EXACT.iter().find(|(s, _)| *s == w) {
        return Some((*v, false));
    }
    if w == "жүз" {
        return Some((100, true));
    }
    if w.starts_with("тысяч") || w == "мың" {
        return Some((1000, true));
    }
    if w.starts_with("миллиард") {
        return Some((1_000_000_000, true));
    }
    if w.starts_with("миллион") {
        return Some((1_000_000, true));
    }
    let mut best: Option<(usize, u64)> = None;
    for (s, v) in STEMS {
        if w.starts_with(s) && best.map_or(true, |(l, _)| s.len() > l) {
            best = Some((s.len(), *v));
        }
    }
    best.map(|(_, v)| (v, false))
}

/// Read number words (`девятьсот девяносто тысяч`, `жүз пайыздық`,
/// `стопроцентной`). `None` when the text does not start with one.
pub fn parse_words(text: &str) -> Option<Number> {
    let norm = lowercase(&normalize(text));
    if norm.contains("цел")
        || norm.contains("бүтін")
        || norm.contains("десят") && norm.contains("ых")
    {
        return None;
    }
    let mut total: u64 = 0;
    let mut cur: u64 = 0;
    let mut any = false;
    for raw in norm
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty())
    {
        // `двадцатипроцентной`, `стопроцентной`: the number before `процент`.
        let w = match raw.find("процент") {
            Some(i) if i > 0 => raw.get(..i).unwrap_or(raw),
            _ => raw,
        };
        let w = w.trim_end_matches('и');
        let w = if w.is_empty() { raw } else { w };
        let found = number_word(w).or_else(|| number_word(raw));
        match found {
            Some((v, true)) if v >= 1000 => {
                total = total.saturating_add(cur.max(1).saturating_mul(v));
                cur = 0;
                any = true;
            }
            Some((v, true)) => {
                cur = cur.max(1).saturating_mul(v);
                any = true;
            }
            Some((v, false)) => {
                cur = cur.saturating_add(v);
                any = true;
            }
            None => break,
        }
    }
    any.then(|| Number::int(total.saturating_add(cur)))
}

/// The last `n` characters of `s`.
fn tail(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

/// The first `n` characters of `s`.
fn head(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Words that make the next number a reference to a clause.
fn clause_ref_before(before: &str) -> bool {
    let b = lowercase(&normalize(before));
    let b = b.trim_end();
    let last: String = b
        .chars()
        .rev()
        .take_while(|c| is_letter(*c) || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let last = last.trim_start_matches('.');
    matches!(last, "п." | "пп." | "подп." | "р." | "разд.")
        || ["пункт", "подпункт", "раздел", "пп"]
            .iter()
            .any(|p| last.starts_with(p))
}

/// Words that make a number a law citation (`ст. 683`, `статьи 15`).
fn law_before(before: &str) -> bool {
    let b = lowercase(&normalize(before));
    let b = b.trim_end();
    let last: String = b
        .chars()
        .rev()
        .take_while(|c| is_letter(*c) || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let last = last.trim_start_matches('.');
    last.ends_with("ст.")
        || last == "ч."
        || last == "гл."
        || ["стат", "глав", "част", "бап", "баб", "закон", "кодекс"]
            .iter()
            .any(|p| last.starts_with(p))
}

/// A label before a number (`КБЕ: 19`, `БИК`, `ИИН`): an identifier.
fn label_before(before: &str) -> bool {
    let b = before.trim_end().trim_end_matches([':', '№']).trim_end();
    let word: Vec<char> = b.chars().rev().take_while(|c| is_letter(*c)).collect();
    word.len() >= 2
        && word.len() <= 6
        && word.iter().all(|c| c.is_uppercase())
        && !matches!(
            word.iter().rev().collect::<String>().as_str(),
            "РК" | "ГК" | "АК" | "ҚР"
        )
}

fn law_after(after: &str) -> bool {
    let a = lowercase(&normalize(after));
    let a = a.trim_start();
    let a = a.trim_start_matches(['-', '–']);
    a.starts_with("бап")
        || a.starts_with("баб")
        || a.starts_with("тарау")
        || a.starts_with("ст.")
        || a.starts_with("статьи")
        || a.starts_with("гк")
        || chain_to(a, &["бап", "баб"])
        || {
            // `п. 5 ст. 395 ГК РК`: a point of an article.
            let head: String = a.chars().take(12).collect();
            head.contains("ст.") || head.contains("статьи")
        }
}

fn kk_clause_ref_after(after: &str) -> bool {
    let a = lowercase(&normalize(after));
    let a = a.trim_start_matches([' ', '-', '–']);
    a.starts_with("тармақ")
        || a.starts_with("тарма")
        || a.starts_with("бөлім")
        || a.starts_with("тармағ")
}

/// The stand-in figure reader.
pub fn extract(text: &str, _lang: Lang) -> Vec<Figure> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut prev_ref_end: Option<usize> = None;
    let mut prev_law_end: Option<usize> = None;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        // Preceding character: digits glued to letters or marks are not figures.
        let prev = text.get(..start).and_then(|s| s.chars().next_back());
        let prev2 = text.get(..start).and_then(|s| s.chars().rev().nth(1));
        let prev_visible = text
            .get(..start)
            .and_then(|s| s.trim_end().chars().next_back());
        let glued = prev_visible.is_some_and(|c| matches!(c, '№' | '#'))
            || prev.is_some_and(|c| {
                is_word_char(c) || matches!(c, '№' | '#' | '@' | '/' | '+' | '_' | '.' | ',')
            })
            || (prev == Some('-') && prev2.is_some_and(|c| c.is_ascii_digit()));
        // Scan the number token.
        let mut j = i;
        while j < bytes.len()
            && (bytes[j].is_ascii_digit()
                || ((bytes[j] == b'.' || bytes[j] == b',')
                    && j + 1 < bytes.len()
                    && bytes[j + 1].is_ascii_digit()))
        {
            j += 1;
        }
        // Groups of three after a space: `990 000`, `1 000 000`.
        if j - i <= 3 && bytes[i..j].iter().all(u8::is_ascii_digit) {
            loop {
                let k = skip_spaces(text, j);
                let one_space = text.get(j..k).is_some_and(|s| s.chars().count() == 1);
                if k > j
                    && one_space
                    && k + 3 <= bytes.len()
                    && bytes[k..k + 3].iter().all(u8::is_ascii_digit)
                    && (k + 3 == bytes.len() || !bytes[k + 3].is_ascii_digit())
                {
                    j = k + 3;
                } else {
                    break;
                }
            }
        }
        let token = text.get(start..j).unwrap_or("");
        i = j.max(start + 1);
        let next = text.get(j..).and_then(|s| s.chars().next());
        let around_token = {
            let s = text.get(..start).unwrap_or("");
            let ws = s.rfind(char::is_whitespace).map_or(0, |p| p + 1);
            let e = text.get(j..).unwrap_or("");
            let we = e.find(char::is_whitespace).map_or(text.len(), |p| j + p);
            text.get(ws..we).unwrap_or("")
        };
        if glued
            || around_token.contains('@')
            || around_token.contains("http")
            || around_token.contains("www")
            || around_token.contains(".kz")
            || around_token.contains(".ru")
        {
            continue;
        }
        if next.is_some_and(|c| c.is_ascii_alphabetic())
            || (next == Some('-')
                && text
                    .get(j + 1..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(|c| c.is_ascii_digit()))
        {
            continue; // identifiers, phone numbers
        }
        let digits_only: String = token.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits_only.len() >= 10 || label_before(tail(text.get(..start).unwrap_or(""), 16)) {
            continue;
        }
        // Only the words near the number matter: look at a window.
        let before = tail(text.get(..start).unwrap_or(""), 32);
        let after = head(text.get(j..).unwrap_or(""), 48);
        let dots = token.matches('.').count();
        let commas = token.matches(',').count();
        let spaced = token.contains([' ', '\u{a0}']);
        let groups3 = |sep: char| {
            let parts: Vec<&str> = token.split(sep).collect();
            parts.len() > 1 && parts[0].len() <= 3 && parts[1..].iter().all(|p| p.len() == 3)
        };
        // Clause references and law citations.
        let clause_like = commas == 0 && !spaced;
        if clause_like {
            let chained = prev_ref_end.is_some_and(|e| {
                let gap = lowercase(&normalize(text.get(e..start).unwrap_or("")));
                let g = gap.trim();
                matches!(g, "," | "и" | "және" | "мен" | "-" | "–" | "или" | "немесе")
            });
            let law_chained = prev_law_end.is_some_and(|e| {
                let gap = lowercase(&normalize(text.get(e..start).unwrap_or("")));
                matches!(gap.trim(), "," | "и" | "және")
            });
            let is_law = law_before(before) || law_after(after) || law_chained;
            let is_ref = clause_ref_before(before)
                || kk_clause_ref_after(after)
                || chained
                || kk_chain_to_ref(after);
            if is_law && !chained {
                prev_law_end = Some(j);
                out.push(fig(
                    FigureKind::LawRef,
                    Value::Text(token.to_string()),
                    Unit::None,
                    start..j,
                    token,
                    None,
                    None,
                ));
                continue;
            }
            if is_ref {
                if let Some(n) = ClauseNumber::parse(token) {
                    out.push(fig(
                        FigureKind::ClauseRef,
                        Value::Clause(n),
                        Unit::None,
                        start..j,
                        token,
                        None,
                        None,
                    ));
                    prev_ref_end = Some(j);
                    continue;
                }
            }
        }
        // The numeric value.
        let grouped =
            dots >= 1 && commas == 0 && groups3('.') && (dots >= 2 || digits_only.len() >= 4);
        let value: Option<Number> = if spaced || grouped {
            Number::parse(&digits_only)
        } else if dots >= 2 || commas >= 2 || (dots >= 1 && commas >= 1) {
            None // dates, clause numbers, versions
        } else {
            Number::parse(token)
        };
        let Some(mut value) = value else { continue };
        // Fractions with a dot that are not followed by a unit are clause
        // numbers without `п.` (`см. 4.2`).
        let decimal_dot = dots == 1 && !groups3('.');
        // Words and unit after the number.
        let mut k = skip_spaces(text, j);
        let mut words: Option<(Number, String)> = None;
        let mut unit = Unit::None;
        // Kazakh puts the qualifier before the number: `күнтізбелік 3 күн`.
        let mut qualifier: Option<DayKind> = {
            let b = text.get(..start).unwrap_or("").trim_end();
            let ws = b
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_letter(*c))
                .last()
                .map_or(b.len(), |(i, _)| i);
            match unit_word(&lowercase(&normalize(b.get(ws..).unwrap_or("")))) {
                Some(UnitWord::Qualifier(q)) => Some(q),
                _ => None,
            }
        };
        let mut end = j;
        let mut words_tried = false;
        for _ in 0..5 {
            k = skip_spaces(text, k);
            let c = text.get(k..).and_then(|s| s.chars().next());
            if c == Some('(') && !words_tried {
                words_tried = true;
                let rest = text.get(k + 1..).unwrap_or("");
                if let Some(close) = rest.find(')').filter(|p| *p < 160) {
                    let inner = rest.get(..close).unwrap_or("");
                    if let Some(n) = parse_words(inner) {
                        words = Some((n, inner.trim().to_string()));
                        k = k + 1 + close + 1;
                        end = k;
                        continue;
                    }
                }
                break;
            }
            let (w, wend) = word_at(text, k);
            if w.is_empty() {
                break;
            }
            match unit_word(&w) {
                Some(UnitWord::Unit(u)) => {
                    unit = u;
                    end = wend;
                    k = wend;
                    if let Unit::Day(_) = unit {
                        unit = Unit::Day(qualifier.unwrap_or(DayKind::Plain));
                    }
                    // `100 % (стопроцентной)`: words after the unit.
                    let k2 = skip_spaces(text, k);
                    if !words_tried && text.get(k2..).is_some_and(|s| s.starts_with('(')) {
                        let rest = text.get(k2 + 1..).unwrap_or("");
                        if let Some(close) = rest.find(')').filter(|p| *p < 160) {
                            let inner = rest.get(..close).unwrap_or("");
                            if let Some(n) = parse_words(inner) {
                                words = Some((n, inner.trim().to_string()));
                                end = k2 + 1 + close + 1;
                            }
                        }
                    }
                    break;
                }
                Some(UnitWord::Qualifier(q)) => {
                    qualifier = Some(q);
                    k = wend;
                }
                Some(UnitWord::Multiplier(m)) => {
                    if let Some(v) = Number::parse(&format!("{}", value.to_f64() * m as f64)) {
                        if value.is_int() {
                            value = v;
                        }
                    }
                    k = wend;
                    end = wend;
                }
                None => break,
            }
        }
        if decimal_dot && unit == Unit::None {
            continue;
        }
        let kind = match unit {
            Unit::Money(_) => FigureKind::Money,
            Unit::Percent => FigureKind::Percent,
            Unit::Day(_) | Unit::Week | Unit::Month | Unit::Year | Unit::Hour | Unit::Minute => {
                FigureKind::Duration
            }
            Unit::Times | Unit::Count(_) => FigureKind::Count,
            Unit::None => FigureKind::Number,
        };
        // Bare numbers in quotes or after `№` are labels, not amounts.
        let (wv, wt) = match words {
            Some((n, t)) => (Some(n), Some(t)),
            None => (None, None),
        };
        let shown = text.get(start..end.max(j)).unwrap_or(token).to_string();
        out.push(fig(
            kind,
            Value::Number(value),
            unit,
            start..end.max(j),
            &shown,
            wv,
            wt,
        ));
        i = i.max(j);
    }
    out
}

/// `6.3 және 6.4-тармақтары`: a number followed by more numbers ending in
/// `-тармақ`.
fn kk_chain_to_ref(after: &str) -> bool {
    let a = lowercase(&normalize(after));
    chain_to(&a, &["тармақ", "тарма", "бөлім"])
}

/// A list of numbers (`, 402`, `және 6.4`) ending in a word starting with
/// one of `ends` (after an optional hyphen).
fn chain_to(a: &str, ends: &[&str]) -> bool {
    let mut rest = a;
    for _ in 0..4 {
        let t = rest.trim_start();
        let t = t
            .strip_prefix(",")
            .or_else(|| t.strip_prefix("және"))
            .or_else(|| t.strip_prefix("мен"))
            .or_else(|| t.strip_prefix("немесе"))
            .or_else(|| t.strip_prefix("и"));
        let Some(t) = t else { return false };
        let t = t.trim_start();
        let n = t
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .count();
        if n == 0 {
            return false;
        }
        let after_num = t.get(n..).unwrap_or("");
        let w = after_num.trim_start_matches([' ', '-', '–']);
        if ends.iter().any(|e| w.starts_with(e)) {
            return true;
        }
        rest = after_num;
    }
    false
}

fn fig(
    kind: FigureKind,
    value: Value,
    unit: Unit,
    span: std::ops::Range<usize>,
    text: &str,
    words: Option<Number>,
    words_text: Option<String>,
) -> Figure {
    Figure {
        kind,
        value,
        unit,
        span,
        text: text.to_string(),
        words,
        words_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(text: &str) -> Vec<String> {
        extract(text, Lang::Ru)
            .iter()
            .map(|f| match &f.value {
                Value::Number(n) => format!(
                    "{:?}:{}:{:?}:{:?}",
                    f.kind,
                    n,
                    f.unit,
                    f.words.map(|w| w.to_string())
                ),
                v => format!("{:?}:{:?}", f.kind, v),
            })
            .collect()
    }

    #[test]
    fn amounts_and_periods() {
        assert_eq!(
            vals("Стоимость 990.000 (девятьсот девяносто тысяч) тенге."),
            vec!["Money:990000:Money(Kzt):Some(\"990000\")"]
        );
        assert_eq!(
            vals("Құны 990 000 теңге"),
            vec!["Money:990000:Money(Kzt):None"]
        );
        assert_eq!(
            vals("в течение 10 (десяти) календарных дней"),
            vec!["Duration:10:Day(Calendar):Some(\"10\")"]
        );
        assert_eq!(
            vals("3 (үш) жұмыс күні"),
            vec!["Duration:3:Day(Working):Some(\"3\")"]
        );
        assert_eq!(
            vals("100 % (стопроцентной)"),
            vec!["Percent:100:Percent:Some(\"100\")"]
        );
        assert_eq!(
            vals("100% (жүз пайыздық)"),
            vec!["Percent:100:Percent:Some(\"100\")"]
        );
        assert_eq!(vals("0,5% от суммы"), vec!["Percent:0.5:Percent:None"]);
        assert_eq!(vals("4.800.000тг"), vec!["Money:4800000:Money(Kzt):None"]);
        assert_eq!(vals("12 ай"), vec!["Duration:12:Month:None"]);
    }

    #[test]
    fn identifiers_refs_and_laws() {
        assert_eq!(
            vals("№KZ24TWQ00597716, https://x.kz/1, a@b.kz, +7 707 123-45-67"),
            Vec::<String>::new()
        );
        assert_eq!(
            vals("согласно п. 4.2 Договора"),
            vec!["ClauseRef:Clause(ClauseNumber([4, 2]))"]
        );
        assert_eq!(
            vals("4.2-тармағына сәйкес"),
            vec!["ClauseRef:Clause(ClauseNumber([4, 2]))"]
        );
        assert_eq!(vals("ст. 683 ГК РК")[0], "LawRef:Text(\"683\")");
        assert_eq!(vals("кодексінің 683-бабына")[0], "LawRef:Text(\"683\")");
        assert_eq!(vals("п. 5 ст. 395 ГК РК")[0], "LawRef:Text(\"5\")");
        assert_eq!(vals("пунктов 6.3 и 6.4").len(), 2);
        assert_eq!(vals("6.3 және 6.4-тармақтары").len(), 2);
    }

    #[test]
    fn words() {
        assert_eq!(
            parse_words("девятьсот девяносто тысяч").map(|n| n.to_string()),
            Some("990000".into())
        );
        assert_eq!(
            parse_words("бір миллион").map(|n| n.to_string()),
            Some("1000000".into())
        );
        assert_eq!(
            parse_words("екі жүз елу").map(|n| n.to_string()),
            Some("250".into())
        );
        assert_eq!(
            parse_words("двадцатипроцентной").map(|n| n.to_string()),
            Some("20".into())
        );
        assert_eq!(parse_words("Пять").map(|n| n.to_string()), Some("5".into()));
        assert_eq!(parse_words("супер скидка"), None);
    }
}
