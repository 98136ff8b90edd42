//! Identifiers of a contract's text: web and e-mail addresses, phone
//! numbers, BIN/IIN, IBAN and other account numbers, each with a key under
//! which two ways of writing the same identifier compare equal, and the
//! check of the numbers that carry a check digit.
//!
//! Pure functions over one text; the rule `identifier-mismatch` compares
//! what they find between the two languages.
//!
//! - Web addresses with or without a scheme (`https://example.kz/offer`,
//!   `www.example.kz`, `example.kz`): the key is lower case, without the
//!   scheme, `www.` and a trailing slash or period.
//! - E-mail addresses: the key is lower case.
//! - Phone numbers of Kazakhstan (`+7 (727) 123-45-67`, `8 701 123 4567`,
//!   `+77011234567`): the key is `7` and the ten digits of the national
//!   number, so that `8` and `+7` compare equal.
//! - BIN/IIN: twelve digits; labelled ones (`БИН`, `БСН`, `ИИН`, `ЖСН`)
//!   are checked against their check digit.
//! - IBAN of Kazakhstan: `KZ`, two check digits and sixteen letters or
//!   digits, spaces allowed; checked by ISO 13616 (mod 97).
//! - Other account numbers after `ИИК` / `ЖСК`.
//!
//! Placeholders (`___`, `XXXXXXXXXXXX`, all zeros) are not numbers.

use crate::lexicon::identifiers::{ACCOUNT_LABELS, BIN_LABELS, SITE_TLDS};
use crate::lexicon::is_in;
use crate::source::identifiers::{iin_bin_valid, kz_iban_valid};
use std::ops::Range;

/// What an identifier is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A bank account in IBAN form.
    Iban,
    /// Another account number, after an account label.
    Account,
    /// A BIN or IIN.
    Bin,
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A web address.
    Site,
}

/// One identifier found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    /// What it is.
    pub kind: Kind,
    /// The value two spellings of one identifier share.
    pub key: String,
    /// As written.
    pub text: String,
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Whether a label names it (`БИН 123…`).
    pub labelled: bool,
}

impl Ident {
    /// For a labelled BIN/IIN or an IBAN, whether its check digits fail;
    /// `false` for every other identifier.
    pub fn fails_check(&self) -> bool {
        match self.kind {
            Kind::Bin => self.labelled && bin_valid(&self.key) == Some(false),
            Kind::Iban => !iban_valid(&self.key),
            _ => false,
        }
    }

    /// Whether two identifiers are the same one written two ways. Web
    /// addresses on the same host are the same when one of them has no
    /// path (`example.kz` and `https://example.kz/offer`).
    pub fn same(&self, other: &Ident) -> bool {
        if self.kind != other.kind {
            return false;
        }
        if self.key == other.key {
            return true;
        }
        if self.kind == Kind::Site {
            let host = |k: &str| -> (String, bool) {
                match k.split_once('/') {
                    Some((h, p)) => (h.to_string(), !p.is_empty()),
                    None => (k.to_string(), false),
                }
            };
            let (ha, pa) = host(&self.key);
            let (hb, pb) = host(&other.key);
            return ha == hb && (!pa || !pb);
        }
        false
    }
}

/// The check digit of a BIN/IIN ([`iin_bin_valid`]): `Some(true)` or
/// `Some(false)`, `None` when `digits` is not twelve digits or is a
/// placeholder (all one digit, `123456789012`).
pub fn bin_valid(digits: &str) -> Option<bool> {
    if digits.len() != 12
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || placeholder_digits(digits)
    {
        return None;
    }
    Some(iin_bin_valid(digits))
}

/// Digits that stand for a number to be filled in: all one digit, or the
/// digits in order.
fn placeholder_digits(digits: &str) -> bool {
    let b = digits.as_bytes();
    b.iter().all(|c| *c == b[0]) || "1234567890123456".starts_with(digits)
}

/// The ISO 13616 check of an IBAN of Kazakhstan, spaces allowed, any
/// case ([`kz_iban_valid`]).
pub fn iban_valid(iban: &str) -> bool {
    kz_iban_valid(&iban.to_ascii_uppercase())
}

/// Every identifier of `text`, in order of position.
pub fn extract(text: &str) -> Vec<Ident> {
    let mut out = Vec::new();
    let mut taken: Vec<Range<usize>> = Vec::new();
    emails(text, &mut out, &mut taken);
    sites(text, &mut out, &mut taken);
    ibans(text, &mut out, &mut taken);
    phones(text, &mut out, &mut taken);
    numbers(text, &mut out, &mut taken);
    out.sort_by_key(|i| i.span.start);
    out
}

/// Whether the character before byte `i` is a letter or digit.
fn prev_alnum(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|h| h.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Whether the character at byte `i` is a letter or digit.
fn next_alnum(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn overlaps(taken: &[Range<usize>], r: &Range<usize>) -> bool {
    taken.iter().any(|t| t.start < r.end && r.start < t.end)
}

fn push(out: &mut Vec<Ident>, taken: &mut Vec<Range<usize>>, text: &str, id: Ident) {
    debug_assert!(text.is_char_boundary(id.span.start) && text.is_char_boundary(id.span.end));
    taken.push(id.span.clone());
    out.push(id);
}

/// Characters of an address: ASCII letters, digits and `. _ % + -`.
fn addr_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Strip the punctuation that ends a sentence after an address.
fn trim_end(text: &str, s: usize, mut e: usize) -> usize {
    let b = text.as_bytes();
    while e > s
        && matches!(
            b[e - 1],
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'-' | b'_'
        )
    {
        e -= 1;
    }
    e
}

fn emails(text: &str, out: &mut Vec<Ident>, taken: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    for (at, _) in text.match_indices('@') {
        let mut s = at;
        while s > 0 && addr_char(b[s - 1]) {
            s -= 1;
        }
        while s < at && matches!(b[s], b'.' | b'-' | b'+') {
            s += 1;
        }
        let mut e = at + 1;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'-')) {
            e += 1;
        }
        let e = trim_end(text, at + 1, e);
        let domain = &text[at + 1..e];
        if s == at || !domain.contains('.') {
            continue;
        }
        let tld = domain.rsplit('.').next().unwrap_or_default();
        if tld.len() < 2 || !tld.bytes().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let r = s..e;
        if overlaps(taken, &r) {
            continue;
        }
        push(
            out,
            taken,
            text,
            Ident {
                kind: Kind::Email,
                key: text[r.clone()].to_ascii_lowercase(),
                text: text[r.clone()].to_string(),
                span: r,
                labelled: false,
            },
        );
    }
}

/// The key of a web address: lower case, without scheme, `www.` and a
/// trailing slash or period.
pub fn site_key(s: &str) -> String {
    let l = s.to_ascii_lowercase();
    let l = l
        .strip_prefix("https://")
        .or_else(|| l.strip_prefix("http://"))
        .unwrap_or(&l);
    let l = l.strip_prefix("www.").unwrap_or(l);
    l.trim_end_matches(['/', '.']).to_string()
}

fn sites(text: &str, out: &mut Vec<Ident>, taken: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at_word =
            !prev_alnum(text, i) && (i == 0 || !(addr_char(b[i - 1]) || b[i - 1] == b'@'));
        if !at_word || !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // The run of URL characters from here.
        let mut e = i;
        while e < b.len()
            && !b[e].is_ascii_whitespace()
            && b[e] < 0x80
            && !matches!(
                b[e],
                b'"' | b'<' | b'>' | b'(' | b')' | b',' | b';' | b'\'' | b'@'
            )
        {
            e += 1;
        }
        let e = trim_end(text, i, e);
        let run = &text[i..e];
        let low = run.to_ascii_lowercase();
        let schemed = low.starts_with("http://") || low.starts_with("https://");
        let host = {
            let rest = low
                .strip_prefix("https://")
                .or_else(|| low.strip_prefix("http://"))
                .unwrap_or(&low);
            rest.split(['/', '?', '#'])
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let host_ok = host.contains('.')
            && host
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
            && host.split('.').all(|l| !l.is_empty())
            && host.bytes().any(|c| c.is_ascii_alphabetic());
        let tld = host.rsplit('.').next().unwrap_or_default();
        let known = is_in(SITE_TLDS, tld);
        let is_site = host_ok
            && (schemed
                || (host.starts_with("www.") && tld.len() >= 2)
                || (known && !host.starts_with(|c: char| c.is_ascii_digit())));
        let r = i..e;
        if is_site && !overlaps(taken, &r) {
            push(
                out,
                taken,
                text,
                Ident {
                    kind: Kind::Site,
                    key: site_key(run),
                    text: run.to_string(),
                    span: r,
                    labelled: false,
                },
            );
        }
        i = e.max(i + 1);
    }
}

fn ibans(text: &str, out: &mut Vec<Ident>, taken: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut k = 0;
    while k + 2 <= b.len() {
        if !b[k..k + 2].eq_ignore_ascii_case(b"kz") || prev_alnum(text, k) {
            k += 1;
            continue;
        }
        // KZ, two digits, then sixteen letters or digits, single spaces
        // allowed between them.
        let mut e = k + 2;
        let mut chars = Vec::new();
        while e < b.len() && chars.len() < 18 {
            if b[e].is_ascii_alphanumeric() {
                chars.push(b[e].to_ascii_uppercase());
                e += 1;
            } else if b[e] == b' ' && e + 1 < b.len() && b[e + 1].is_ascii_alphanumeric() {
                e += 1;
            } else {
                break;
            }
        }
        if chars.len() != 18 || !chars[..2].iter().all(u8::is_ascii_digit) || next_alnum(text, e) {
            k += 2;
            continue;
        }
        let bban = &chars[2..];
        // `KZ00XXXX…`, all zeros: a form to fill in.
        if bban.iter().filter(|c| **c == b'X').count() >= 4
            || chars.iter().all(|c| *c == b'0' || *c == b'X')
        {
            k = e;
            continue;
        }
        let r = k..e;
        if overlaps(taken, &r) {
            k = e;
            continue;
        }
        let mut key = String::from("KZ");
        key.extend(chars.iter().map(|c| *c as char));
        push(
            out,
            taken,
            text,
            Ident {
                kind: Kind::Iban,
                key,
                text: text[r.clone()].to_string(),
                span: r,
                labelled: label_before(text, k, ACCOUNT_LABELS),
            },
        );
        k = e;
    }
}

/// Whether one of `labels` stands right before byte `at` (spaces, `:`,
/// `№`, `/` and another requisite label may come between).
fn label_before(text: &str, at: usize, labels: &[&str]) -> bool {
    let head = &text[..at];
    let mut words = head
        .rsplit(|c: char| c.is_whitespace() || matches!(c, ':' | '№' | '/' | '.' | '(' | ')'))
        .filter(|w| !w.is_empty());
    // The label, or `БИН/ИИН`, `ИИК (IBAN)`: up to two words back.
    for _ in 0..2 {
        let Some(w) = words.next() else { return false };
        let w = crate::lang::lowercase(w);
        if is_in(labels, &w) {
            return true;
        }
        if !is_in(crate::lexicon::REQUISITE_LABELS, &w) {
            return false;
        }
    }
    false
}

/// A phone number of Kazakhstan starting at `i` (`+7…` or `8…`): its end
/// and key.
fn phone_at(text: &str, i: usize) -> Option<(usize, String)> {
    let b = text.as_bytes();
    let plus = b[i] == b'+';
    let mut e = if plus { i + 1 } else { i };
    while plus && e < b.len() && b[e] == b' ' {
        e += 1;
    }
    if e >= b.len() || !(b[e] == b'7' || (!plus && b[e] == b'8')) {
        return None;
    }
    let mut digits = String::new();
    let mut groups: Vec<usize> = vec![0];
    let mut marks = false;
    let mut gap = 0;
    while e < b.len() && digits.len() < 11 {
        let c = b[e];
        if c.is_ascii_digit() {
            digits.push(c as char);
            *groups.last_mut().unwrap_or(&mut 0) += 1;
            gap = 0;
        } else if matches!(c, b' ' | b'-' | b'(' | b')') && gap < 3 {
            marks |= c != b' ';
            if groups.last() != Some(&0) {
                groups.push(0);
            }
            gap += 1;
        } else {
            break;
        }
        e += 1;
    }
    if digits.len() != 11 || next_alnum(text, e) {
        return None;
    }
    // Digits only: `+77011234567`, `87011234567`. Spaces only: the prefix
    // stands apart (`8 701 123 4567`). The national number of Kazakhstan
    // starts with 7 (`+7` numbers of other countries are left alone).
    let national = &digits[1..];
    if !national.starts_with('7') {
        return None;
    }
    let spaced = groups.len() > 1;
    if spaced && !marks && !plus && groups[0] != 1 {
        return None;
    }
    Some((e, format!("7{national}")))
}

fn phones(text: &str, out: &mut Vec<Ident>, taken: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if !matches!(b[i], b'+' | b'8') {
            continue;
        }
        if prev_alnum(text, i) || (i > 0 && matches!(b[i - 1], b'+' | b'/' | b'.' | b'-')) {
            continue;
        }
        let Some((e, key)) = phone_at(text, i) else {
            continue;
        };
        let r = i..e;
        if overlaps(taken, &r) {
            continue;
        }
        push(
            out,
            taken,
            text,
            Ident {
                kind: Kind::Phone,
                key,
                text: text[r.clone()].to_string(),
                span: r,
                labelled: false,
            },
        );
    }
}

/// BIN/IIN (twelve digits) and account numbers after an account label.
fn numbers(text: &str, out: &mut Vec<Ident>, taken: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_alphanumeric() && !prev_alnum(text, i);
        if !starts {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < b.len() && b[e].is_ascii_alphanumeric() {
            e += 1;
        }
        if next_alnum(text, e) {
            // Glued to a Cyrillic letter: part of a word.
            i = e;
            continue;
        }
        let tok = &text[i..e];
        let r = i..e;
        if overlaps(taken, &r) {
            i = e;
            continue;
        }
        let digits = tok.bytes().all(|c| c.is_ascii_digit());
        if digits && tok.len() == 12 {
            if !placeholder_digits(tok) {
                let labelled = label_before(text, i, BIN_LABELS);
                push(
                    out,
                    taken,
                    text,
                    Ident {
                        kind: Kind::Bin,
                        key: tok.to_string(),
                        text: tok.to_string(),
                        span: r,
                        labelled,
                    },
                );
            }
        } else if tok.len() >= 6
            && tok.bytes().any(|c| c.is_ascii_digit())
            && tok.bytes().filter(|c| matches!(c, b'X' | b'x')).count() < 4
            && !tok.bytes().all(|c| c == b'0')
            && label_before(text, i, ACCOUNT_LABELS)
        {
            push(
                out,
                taken,
                text,
                Ident {
                    kind: Kind::Account,
                    key: tok.to_ascii_uppercase(),
                    text: tok.to_string(),
                    span: r,
                    labelled: true,
                },
            );
        }
        i = e;
    }
}

/// The identifiers of one side with no equal on the other, paired in
/// order with those of the same kind left over on the other side: the
/// substitutions. An identifier left over with nothing of its kind on
/// the other side is not among them (translations drop identifiers).
pub fn substitutions<'a>(kk: &'a [Ident], ru: &'a [Ident]) -> Vec<(&'a Ident, &'a Ident)> {
    let lone = |a: &'a [Ident], b: &'a [Ident]| -> Vec<&'a Ident> {
        a.iter().filter(|x| !b.iter().any(|y| x.same(y))).collect()
    };
    let lone_kk = lone(kk, ru);
    let mut lone_ru = lone(ru, kk);
    let mut out = Vec::new();
    for k in lone_kk {
        // A substitution needs the kind on both sides; a repeated value is
        // one identifier.
        if let Some(p) = lone_ru.iter().position(|r| r.kind == k.kind) {
            let r = lone_ru.remove(p);
            if !out
                .iter()
                .any(|(a, b): &(&Ident, &Ident)| a.key == k.key && b.key == r.key)
            {
                out.push((k, r));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        extract(text).into_iter().map(|i| (i.kind, i.key)).collect()
    }

    #[test]
    fn bin_check_digit() {
        assert_eq!(bin_valid("200540012348"), Some(true));
        assert_eq!(bin_valid("880715400213"), Some(true));
        assert_eq!(bin_valid("200540012345"), Some(false));
        assert_eq!(bin_valid("000000000000"), None);
        assert_eq!(bin_valid("123456789012"), None);
        assert_eq!(bin_valid("12345"), None);
    }

    #[test]
    fn iban_check() {
        // ISO 13616 example of Kazakhstan.
        assert!(iban_valid("KZ86125KZT5004100100"));
        assert!(iban_valid("kz86 125K ZT50 0410 0100"));
        assert!(!iban_valid("KZ86125KZT5004100101"));
        assert!(!iban_valid("KZ"));
    }

    #[test]
    fn finds_each_kind() {
        let k = kinds(
            "Сайт https://Example.kz/offer/, www.example.kz и example.kz; почта Info@Example.kz. \
             Тел. +7 (727) 123-45-67, 8 701 123 4567, +77011234567. БИН 200540012348, \
             ИИК KZ86 125K ZT50 0410 0100, ИИК 000467123.",
        );
        assert_eq!(
            k,
            [
                (Kind::Site, "example.kz/offer".into()),
                (Kind::Site, "example.kz".into()),
                (Kind::Site, "example.kz".into()),
                (Kind::Email, "info@example.kz".into()),
                (Kind::Phone, "77271234567".into()),
                (Kind::Phone, "77011234567".into()),
                (Kind::Phone, "77011234567".into()),
                (Kind::Bin, "200540012348".into()),
                (Kind::Iban, "KZ86125KZT5004100100".into()),
                (Kind::Account, "000467123".into()),
            ]
        );
    }

    #[test]
    fn leaves_other_text_alone() {
        for t in [
            "п. 5.2 Договора, ст. 395 ГК РК, 1 000 000 тенге, 10.01.2024 г.",
            "БИН ____________, ИИН XXXXXXXXXXXX, БИН 000000000000, ИИК KZ00XXXXXXXXXXXXXXXX",
            "8 000 000 тенге, 87 011 234 567 тенге",
            "т.е. и т.д., Ltd., г.Алматы",
        ] {
            assert_eq!(kinds(t), [], "{t}");
        }
    }

    #[test]
    fn failed_checks() {
        let ids = extract("БСН 200540012345, ЖСК KZ86125KZT5004100101, 200540012345");
        let failed: Vec<&str> = ids
            .iter()
            .filter(|i| i.fails_check())
            .map(|i| i.text.as_str())
            .collect();
        // The unlabelled twelve digits may be some other number.
        assert_eq!(failed, ["200540012345", "KZ86125KZT5004100101"]);
        assert!(!extract("БИН/ИИН 200540012348")[0].fails_check());
        assert!(extract("БИН/ИИН 200540012345")[0].fails_check());
    }

    #[test]
    fn substitution_needs_both_sides() {
        let kk = extract("Сайт: https://example.kz/, тел. 8 701 123 4567, info@example.kz");
        let ru = extract("Сайт: www.example.kz, тел. +7 (701) 123-45-67");
        assert!(substitutions(&kk, &ru).is_empty());
        let ru = extract("Сайт: www.other.kz, тел. +7 (701) 123-45-67, sales@example.kz");
        let s = substitutions(&kk, &ru);
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].0.text.as_str(), s[0].1.text.as_str()),
            ("https://example.kz/", "www.other.kz")
        );
        assert_eq!(s[1].1.text, "sales@example.kz");
    }

    proptest::proptest! {
        #[test]
        fn random_text_never_panics(t in "[ -~а-яәғқңөұүһіА-Я«»№@:/.\\-+()\u{a0}0-9KZkzX]{0,80}") {
            for id in extract(&t) {
                proptest::prop_assert!(t.is_char_boundary(id.span.start));
                proptest::prop_assert_eq!(&t[id.span.clone()], id.text.as_str());
                let _ = id.fails_check();
            }
        }

        #[test]
        fn one_phone_written_many_ways(
            n in "7[0-9]{9}",
            plus in proptest::bool::ANY,
            style in 0usize..5,
        ) {
            let (a, b, c, d, e) = (&n[..3], &n[3..6], &n[6..8], &n[8..], &n[6..]);
            let body = match style {
                0 => format!("({a}) {b}-{c}-{d}"),
                1 => format!(" {a} {b} {e}"),
                2 => format!(" {a} {b} {c} {d}"),
                3 => format!("-{a}-{b}-{c}-{d}"),
                _ => n.clone(),
            };
            let prefix = if plus { "+7" } else { "8" };
            let text = format!("Телефон: {prefix}{body}.");
            let ids = extract(&text);
            proptest::prop_assert_eq!(ids.len(), 1, "{}", text);
            proptest::prop_assert_eq!(ids[0].kind, Kind::Phone);
            proptest::prop_assert_eq!(&ids[0].key, &format!("7{n}"));
        }
    }
}
