//! No-break spaces of Russian and Kazakh typography, for every edition.
//!
//! [`nbsp`] turns the ordinary spaces that a line must not break at into
//! no-break spaces (U+00A0); it never adds a space where there was none and
//! never changes anything else, so it is idempotent and the text reads the
//! same to every reader. The editions apply it to everything they print
//! ([`document`] for the body, parties and title; [`nbsp`] for the place and
//! title lines of the HTML and DOCX editions): the PDF layout, the HTML text
//! and the DOCX runs all break lines at the same places.
//!
//! A space becomes a no-break space
//! - after an abbreviation that introduces a name or a number: `г. Алматы`,
//!   `ул. Абая`, `д. 5`, `п. 4.2`, `ст. 387`, `тел. +7 …`, `№ 1`;
//! - before an abbreviation that follows a name or a year: `Алматы қ.`,
//!   `Сәтбаев көш.`, `2026 ж.`, `2026 г.`;
//! - between a number and what it counts or measures: its words in
//!   parentheses `2 (екі)`, `10 (десяти)`, a unit `5 %`, `990 000 ₸`,
//!   `10 дней`, `10 теңге`; inside the digit groups of a number `10 000`;
//!   between a day and its month `«1» марта`, `1 наурыз`;
//! - between initials and a surname: `А.Б. Сериков`, `Сериков А.Б.`,
//!   `Д. Е. Ахметова`;
//! - before a dash that follows a word (`Договор — документ`): no line
//!   begins with a dash;
//! - in Russian, after a one-letter preposition or conjunction (`в`, `с`,
//!   `к`, `и`, `а`, `о`, `у`, `я`): no line ends with one.
//!
//! A URL or an e-mail address is never bound to its neighbours; nothing
//! inside a word, a number or a code (`1.2.3`, `90/21`) changes, as only
//! spaces between words are looked at. The word lists live in
//! [`crate::lexicon`].

use crate::figures::KK_MONTHS;
use crate::lang::{lowercase, Lang};
use crate::lexicon::{
    is_in, starts_with_unit, NBSP_AFTER_ABBREVIATIONS, NBSP_BEFORE_ABBREVIATIONS,
    RU_ONE_LETTER_WORDS, UNIT_SIGNS, YEAR_ABBREVIATIONS,
};
use crate::model::{Block, Document, RichText};
use crate::source::template::RU_MONTHS;
use std::borrow::Cow;

/// The no-break space.
pub const NBSP: char = '\u{a0}';

/// `text` with the spaces that must not break a line made no-break spaces.
pub fn nbsp(text: &str, lang: Lang) -> String {
    let marks = marks(text, lang);
    if marks.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + marks.len());
    let mut last = 0;
    for m in marks {
        out.push_str(&text[last..m]);
        out.push(NBSP);
        last = m + 1;
    }
    out.push_str(&text[last..]);
    out
}

/// Styled text with the no-break spaces of [`nbsp`]; the rules see the text
/// of all runs together, so a space at the edge of a bold run counts.
pub fn rich(rt: &RichText, lang: Lang) -> RichText {
    let mut out = rt.clone();
    rich_in_place(&mut out, lang);
    out
}

fn rich_in_place(rt: &mut RichText, lang: Lang) {
    let marks = {
        let joined: Cow<'_, str> = match rt.0.as_slice() {
            [one] => Cow::Borrowed(one.text.as_str()),
            runs => Cow::Owned(runs.iter().map(|i| i.text.as_str()).collect()),
        };
        marks(&joined, lang)
    };
    if marks.is_empty() {
        return;
    }
    let mut offset = 0;
    let mut next = marks.iter().copied().peekable();
    for run in &mut rt.0 {
        let end = offset + run.text.len();
        let mut local = Vec::new();
        while let Some(&m) = next.peek() {
            if m >= end {
                break;
            }
            local.push(m - offset);
            next.next();
        }
        if !local.is_empty() {
            let mut s = String::with_capacity(run.text.len() + local.len());
            let mut last = 0;
            for m in local {
                s.push_str(&run.text[last..m]);
                s.push(NBSP);
                last = m + 1;
            }
            s.push_str(&run.text[last..]);
            run.text = s;
        }
        offset = end;
    }
}

/// Both languages' documents through [`document`].
pub fn bilingual(bi: &crate::model::Bilingual) -> crate::model::Bilingual {
    crate::model::Bilingual {
        kk: document(&bi.kk),
        ru: document(&bi.ru),
    }
}

/// The document with [`rich`] applied to every block, the title and the
/// parties' names, requisites and signatories.
pub fn document(doc: &Document) -> Document {
    let lang = doc.lang;
    let mut out = doc.clone();
    out.title = doc.title.as_deref().map(|t| nbsp(t, lang));
    for b in &mut out.blocks {
        block(b, lang);
    }
    for p in &mut out.parties {
        p.name = nbsp(&p.name, lang);
        for (_, v) in &mut p.requisites {
            *v = nbsp(v, lang);
        }
        p.signatory = p.signatory.as_deref().map(|s| nbsp(s, lang));
    }
    out
}

fn block(b: &mut Block, lang: Lang) {
    match b {
        Block::Heading(h) => rich_in_place(&mut h.text, lang),
        Block::Clause(c) => {
            rich_in_place(&mut c.text, lang);
            for ch in &mut c.children {
                block(ch, lang);
            }
        }
        Block::List(l) => {
            for i in &mut l.items {
                rich_in_place(&mut i.text, lang);
            }
        }
        Block::Table(t) => {
            for c in t.header.iter_mut().chain(t.rows.iter_mut().flatten()) {
                rich_in_place(c, lang);
            }
        }
    }
}

/// Byte offsets of the spaces (U+0020) of `text` to make no-break,
/// ascending.
fn marks(text: &str, lang: Lang) -> Vec<usize> {
    // Words: maximal runs of characters other than white space (a no-break
    // space already there separates words too).
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                words.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let strs: Vec<&str> = words.iter().map(|&(a, b)| &text[a..b]).collect();
    let mut out = Vec::new();
    for k in 0..words.len().saturating_sub(1) {
        let (_, end) = words[k];
        let (next_start, _) = words[k + 1];
        // Only a single ordinary space between two words.
        if next_start != end + 1 || text.as_bytes()[end] != b' ' {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| strs[p]);
        if binds(prev, strs[k], &strs[k + 1..], lang) {
            out.push(end);
        }
    }
    out
}

/// Characters that open a word: brackets and quotes.
fn strip_open(w: &str) -> &str {
    w.trim_start_matches(['(', '[', '«', '"', '“', '„', '\''])
}

/// Punctuation that may follow a word, not a period.
fn strip_close(w: &str) -> &str {
    w.trim_end_matches([',', ';', ':', '!', '?', ')', ']', '»', '"', '”', '\''])
}

/// A URL or an e-mail address: never bound to its neighbours.
fn is_address(w: &str) -> bool {
    let w = strip_open(w);
    w.contains('@')
        || w.contains("://")
        || w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
}

/// Longest word (in bytes) that can be an abbreviation of the lists: longer
/// words are not lower-cased to be looked up.
const ABBREVIATION_MAX_BYTES: usize = 16;

/// `w` lower-cased when it is short enough to be an abbreviation, else an
/// empty string (matching nothing).
fn short_lower(w: &str) -> String {
    if w.len() <= ABBREVIATION_MAX_BYTES {
        lowercase(w)
    } else {
        String::new()
    }
}

/// A number as written in a text, ending with a digit (`10`, `990`, `0,5`,
/// `2026`, `(3`), or a number with its sign (`5%`).
fn ends_with_number(w: &str) -> bool {
    let w = strip_open(w).trim_end_matches(['%', '‰']);
    w.chars().next_back().is_some_and(|c| c.is_ascii_digit())
}

/// One to three digits and nothing else: the first group of a number.
fn is_digit_group_head(w: &str) -> bool {
    let w = strip_open(w);
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Starts with exactly three digits, then no digit: a following group.
fn starts_with_digit_group(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && !b.get(3).is_some_and(u8::is_ascii_digit)
}

/// A day of a month: `1`, `«1»`, `"15"`.
fn is_day(w: &str) -> bool {
    let d = w
        .trim_start_matches(['«', '"', '“'])
        .trim_end_matches(['»', '"', '”']);
    (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
}

/// A month name: Russian in the genitive (`марта`), Kazakh with any ending
/// (`наурыз`, `наурыздағы`).
fn is_month(w: &str) -> bool {
    let w = strip_close(w).trim_end_matches('.');
    if w.len() > 64 {
        return false;
    }
    let w = lowercase(w);
    RU_MONTHS.contains(&w.as_str()) || KK_MONTHS.iter().any(|m| w.starts_with(m))
}

/// Initials: one to three capital letters each followed by a period
/// (`А.`, `А.Б.`, `Д.Е.`).
fn is_initials(w: &str) -> bool {
    let w = strip_close(w);
    if w.is_empty() || w.len() > 12 || !w.ends_with('.') {
        return false;
    }
    let mut letters = 0;
    let mut cs = w.chars();
    while let Some(c) = cs.next() {
        if !(c.is_uppercase() && c.is_alphabetic()) || cs.next() != Some('.') {
            return false;
        }
        letters += 1;
    }
    letters <= 3
}

/// A capitalised word of letters (a surname): `Сериков`, `Ахметова`.
fn is_capitalised(w: &str) -> bool {
    let w = strip_close(strip_open(w));
    let mut cs = w.chars();
    cs.next()
        .is_some_and(|c| c.is_uppercase() && c.is_alphabetic())
        && w.chars().count() >= 2
        && cs.all(|c| c.is_lowercase() || c == '-')
}

fn is_dash(w: &str) -> bool {
    w.starts_with(['—', '–'])
}

/// Does the space between `l` and the first of `after` (the words that
/// follow, in order) bind? `prev` is the word before `l`.
fn binds(prev: Option<&str>, l: &str, after: &[&str], lang: Lang) -> bool {
    let Some(&r) = after.first() else {
        return false;
    };
    if is_address(l) || is_address(r) {
        return false;
    }
    // No line begins with a dash.
    if is_dash(r) && !is_dash(l) {
        return true;
    }
    let l_low = short_lower(strip_open(l));
    let r_low = short_lower(strip_close(r));
    let after_number = prev.is_some_and(ends_with_number);
    // `г. Алматы`, `п. 4.2`, `№ 5`; but `2026 г. Стороны`: the year's
    // abbreviation binds to the year only.
    if is_in(NBSP_AFTER_ABBREVIATIONS, &l_low)
        && !(after_number && is_in(YEAR_ABBREVIATIONS, &l_low))
    {
        return true;
    }
    // `Алматы қ.`, `Сәтбаев көш.`.
    if is_in(NBSP_BEFORE_ABBREVIATIONS, &r_low) {
        return true;
    }
    if ends_with_number(l) {
        // `2026 ж.`, `2026 г.`.
        if is_in(YEAR_ABBREVIATIONS, &r_low) {
            return true;
        }
        // `2 (екі)`, `10 (десяти)`.
        if r.starts_with('(') {
            return true;
        }
        // `5 %`, `990 000 ₸`, `100 USD`, `10 дней`, `10 теңге`.
        if UNIT_SIGNS.iter().any(|u| r.starts_with(u)) || starts_with_unit(r) {
            return true;
        }
        // `10 000`, `1 000 000`.
        if is_digit_group_head(l) && starts_with_digit_group(r) {
            return true;
        }
        // `«1» марта`, `1 наурыз`.
        if is_day(l) && is_month(r) {
            return true;
        }
    }
    // `10 (десять) дней`: the words of a number bind to its unit too.
    if l.starts_with('(')
        && l.ends_with(')')
        && after_number
        && (UNIT_SIGNS.iter().any(|u| r.starts_with(u)) || starts_with_unit(r))
    {
        return true;
    }
    // `«1» марта` where the day is quoted and followed by the month.
    if is_day(l) && is_month(r) {
        return true;
    }
    // Initials and a surname: `А.Б. Сериков`, `Д. Е. Ахметова`,
    // `Сериков А.Б.`.
    if is_initials(l) && (is_initials(r) || is_capitalised(r)) {
        return true;
    }
    // A surname before initials that no surname follows (`Д. Е. Ахметова`
    // binds the other way).
    if is_capitalised(l) && is_initials(r) {
        let initials = after.iter().take_while(|w| is_initials(w)).count();
        if !after.get(initials).is_some_and(|n| is_capitalised(n)) {
            return true;
        }
    }
    // A one-letter Russian preposition or conjunction binds to the next word.
    lang == Lang::Ru && is_in(RU_ONE_LETTER_WORDS, &l_low)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with no-break spaces shown as `~`.
    fn show(s: &str, lang: Lang) -> String {
        nbsp(s, lang).replace(NBSP, "~")
    }

    #[test]
    fn abbreviations_bind_to_the_next_word() {
        assert_eq!(
            show("г. Алматы, ул. Сатпаева, д. 90/21, кв. 5", Lang::Ru),
            "г.~Алматы, ул.~Сатпаева, д.~90/21, кв.~5"
        );
        assert_eq!(
            show("согласно п. 4.2 и пп. 4.2.1, ст. 387 ГК РК", Lang::Ru),
            "согласно п.~4.2 и~пп.~4.2.1, ст.~387 ГК РК"
        );
        assert_eq!(
            show("тел. +7 727 390 41 26", Lang::Ru),
            "тел.~+7 727~390 41 26"
        );
        assert_eq!(show("Приложение № 1", Lang::Ru), "Приложение №~1");
        assert_eq!(show("№ 1 қосымша", Lang::Kk), "№~1 қосымша");
        assert_eq!(show("и т. д.", Lang::Ru), "и~т.~д.");
        // Capitals at the start of a sentence count too.
        assert_eq!(show("Г. Алматы", Lang::Ru), "Г.~Алматы");
    }

    #[test]
    fn place_abbreviations_bind_to_the_name_before_them() {
        assert_eq!(
            show("Алматы қ., Сәтбаев көш.", Lang::Kk),
            "Алматы~қ., Сәтбаев~көш."
        );
        assert_eq!(show("Бостандық ауд.", Lang::Kk), "Бостандық~ауд.");
    }

    #[test]
    fn years_bind_to_their_abbreviation() {
        assert_eq!(show("2026 ж. 1 қараша", Lang::Kk), "2026~ж. 1~қараша");
        // `г.` after a year is `год`: the word after it stays free.
        assert_eq!(
            show("от 1 марта 2026 г. Стороны договорились", Lang::Ru),
            "от 1~марта 2026~г. Стороны договорились"
        );
    }

    #[test]
    fn numbers_bind_to_their_words_and_units() {
        assert_eq!(show("2 (екі) жұмыс күні", Lang::Kk), "2~(екі) жұмыс күні");
        assert_eq!(
            show("в течение 10 (десяти) рабочих дней", Lang::Ru),
            "в~течение 10~(десяти) рабочих дней"
        );
        assert_eq!(show("10 000 тенге", Lang::Ru), "10~000~тенге");
        assert_eq!(show("1 000 000 теңге", Lang::Kk), "1~000~000~теңге");
        assert_eq!(show("пеня 5 % от суммы", Lang::Ru), "пеня 5~% от суммы");
        assert_eq!(show("100 USD", Lang::Ru), "100~USD");
        assert_eq!(
            show("0,5% (нөл бүтін оннан бес пайыз)", Lang::Kk),
            "0,5%~(нөл бүтін оннан бес пайыз)"
        );
    }

    #[test]
    fn days_bind_to_their_month() {
        assert_eq!(show("«1» марта 2026 года", Lang::Ru), "«1»~марта 2026~года");
        assert_eq!(
            show("2026 жылғы «1» желтоқсан", Lang::Kk),
            "2026~жылғы «1»~желтоқсан"
        );
        assert_eq!(show("до 15 декабря", Lang::Ru), "до 15~декабря");
    }

    #[test]
    fn initials_bind_to_the_surname() {
        assert_eq!(
            show("Директор А.Б. Сериков", Lang::Ru),
            "Директор А.Б.~Сериков"
        );
        assert_eq!(
            show("Директор Сериков А.Б.", Lang::Ru),
            "Директор Сериков~А.Б."
        );
        assert_eq!(
            show("Директор Д. Е. Ахметова", Lang::Kk),
            "Директор Д.~Е.~Ахметова"
        );
        assert_eq!(
            show("Директор Ахметова Д. Е.", Lang::Ru),
            "Директор Ахметова~Д.~Е."
        );
    }

    #[test]
    fn no_line_begins_with_a_dash() {
        assert_eq!(show("Оферта — документ", Lang::Ru), "Оферта~— документ");
        assert_eq!(show("Оферта – документ", Lang::Kk), "Оферта~– документ");
        assert_eq!(show("09:00–18:00", Lang::Ru), "09:00–18:00");
    }

    #[test]
    fn russian_one_letter_words_bind_to_the_next_word() {
        assert_eq!(
            show(
                "в порядке и сроки, с учетом к оплате а также о нем у него я",
                Lang::Ru
            ),
            "в~порядке и~сроки, с~учетом к~оплате а~также о~нем у~него я"
        );
        assert_eq!(show("(в случае", Lang::Ru), "(в~случае");
        // Kazakh has no such words: `а` there is a letter of a list.
        assert_eq!(show("а тармақ", Lang::Kk), "а тармақ");
    }

    #[test]
    fn urls_emails_and_codes_stay_as_they_are() {
        assert_eq!(
            show("в info@bilim-orisi.kz", Lang::Ru),
            "в info@bilim-orisi.kz"
        );
        assert_eq!(
            show("с https://bilim-orisi.kz", Lang::Ru),
            "с https://bilim-orisi.kz"
        );
        assert_eq!(show("п. 1.2.3", Lang::Ru), "п.~1.2.3");
        assert_eq!(show("версия 1.2.3 от", Lang::Ru), "версия 1.2.3 от");
    }

    #[test]
    fn idempotent_and_only_spaces_change() {
        let s = "Исполнитель обязуется в течение 10 (десяти) дней с даты оплаты \
                 по адресу: г. Алматы, ул. Абая, д. 1 — вернуть 10 000 тенге.";
        let once = nbsp(s, Lang::Ru);
        assert_eq!(nbsp(&once, Lang::Ru), once);
        assert_eq!(once.replace(NBSP, " "), s);
        // Existing no-break spaces stay; runs of spaces are left alone.
        assert_eq!(show("10\u{a0}000 тенге", Lang::Ru), "10~000~тенге");
        assert_eq!(show("г.  Алматы", Lang::Ru), "г.  Алматы");
    }

    #[test]
    fn rich_text_binds_across_runs() {
        use crate::model::Inline;
        let rt = RichText(vec![
            Inline {
                text: "оплата в ".into(),
                ..Default::default()
            },
            Inline {
                text: "тенге".into(),
                bold: true,
                ..Default::default()
            },
        ]);
        let out = rich(&rt, Lang::Ru);
        assert_eq!(out.0[0].text, "оплата в\u{a0}");
        assert_eq!(out.0[1].text, "тенге");
        assert!(out.0[1].bold);
    }
}
