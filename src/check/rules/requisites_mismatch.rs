#![doc = include_str!("requisites_mismatch.md")]

use super::super::{Context, Finding, Location};
use super::Rule;
use crate::check::Severity;
use crate::messages::{Message, Msg};
use crate::model::Document;
use regex::Regex;
use std::sync::OnceLock;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "requisites-mismatch",
    severity: Severity::Error,
    summary: Msg::RuleRequisitesMismatch,
    doc: include_str!("requisites_mismatch.md"),
    run: Some(run),
    default_on: true,
};

/// Kinds of identifiers, in the order they are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Iban,
    Bin,
    Bic,
    Email,
    Phone,
    Site,
}

impl Kind {
    fn id(self) -> Msg {
        match self {
            Kind::Iban => Msg::RequisitesIban,
            Kind::Bin => Msg::RequisitesBin,
            Kind::Bic => Msg::RequisitesBic,
            Kind::Email => Msg::RequisitesEmail,
            Kind::Phone => Msg::RequisitesPhone,
            Kind::Site => Msg::RequisitesSite,
        }
    }
}

/// One identifier: its kind, its value for comparison, as written, and the
/// line it is on.
#[derive(Debug, Clone)]
struct Id {
    kind: Kind,
    key: String,
    text: String,
    line: u32,
}

fn phone_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:\+7|\b8)[\s(\-]*\d{3}[\s)\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}\b")
            .expect("static regex")
    })
}

fn email_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}").expect("static regex")
    })
}

/// The identifiers of one line.
fn identifiers(line: u32, text: &str) -> Vec<Id> {
    let mut out = Vec::new();
    for m in phone_re().find_iter(text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        let key = digits[digits.len().saturating_sub(10)..].to_string();
        out.push(Id {
            kind: Kind::Phone,
            key,
            text: m.as_str().to_string(),
            line,
        });
    }
    let rest = phone_re().replace_all(text, " ");
    for m in email_re().find_iter(&rest) {
        out.push(Id {
            kind: Kind::Email,
            key: m.as_str().to_ascii_lowercase(),
            text: m.as_str().to_string(),
            line,
        });
    }
    let rest = email_re().replace_all(&rest, " ");
    for raw in rest.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '«' | '»' | '"' | ':')
    }) {
        let t = raw.trim_matches(|c: char| matches!(c, '.' | '-' | '–' | '/'));
        if t.is_empty() {
            continue;
        }
        let kind = if t.len() >= 16
            && t.len() <= 34
            && upper_digits(t)
            && t.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
            && t.as_bytes()[2..4].iter().all(u8::is_ascii_digit)
        {
            Some(Kind::Iban)
        } else if t.len() == 12 && t.bytes().all(|b| b.is_ascii_digit()) {
            Some(Kind::Bin)
        } else if (t.len() == 8 || t.len() == 11)
            && upper_digits(t)
            && t.as_bytes()[..6].iter().all(u8::is_ascii_uppercase)
        {
            Some(Kind::Bic)
        } else if t.is_ascii()
            && t.contains('.')
            && t.rsplit('.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase()))
            && t.chars().any(|c| c.is_ascii_alphabetic())
        {
            Some(Kind::Site)
        } else {
            None
        };
        let Some(kind) = kind else { continue };
        let key = match kind {
            Kind::Email | Kind::Site => {
                let l = t.to_ascii_lowercase();
                l.trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_start_matches("www.")
                    .trim_end_matches('/')
                    .to_string()
            }
            _ => t.to_string(),
        };
        out.push(Id {
            kind,
            key,
            text: t.to_string(),
            line,
        });
    }
    out
}

/// Capital Latin letters and digits only.
fn upper_digits(t: &str) -> bool {
    t.bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn all_ids(doc: &Document) -> Vec<Id> {
    doc.requisites
        .as_ref()
        .map(|r| {
            r.lines
                .iter()
                .flat_map(|(line, text)| identifiers(*line, text))
                .collect()
        })
        .unwrap_or_default()
}

fn loc(doc: &Document, id: &Id) -> Location {
    Location {
        lang: Some(doc.lang),
        file: doc.file.clone(),
        line: id.line,
        column: None,
        clause: None,
        excerpt: id.text.clone(),
    }
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let (kk_doc, ru_doc) = (ctx.kk.doc, ctx.ru.doc);
    let kk = all_ids(kk_doc);
    let ru = all_ids(ru_doc);
    if kk.is_empty() || ru.is_empty() {
        return;
    }
    let unmatched = |a: &[Id], b: &[Id]| -> Vec<Id> {
        a.iter()
            .filter(|x| !b.iter().any(|y| y.kind == x.kind && y.key == x.key))
            .cloned()
            .collect()
    };
    let lone_kk = unmatched(&kk, &ru);
    let mut lone_ru = unmatched(&ru, &kk);
    for k in lone_kk {
        // The first identifier of the same kind left over on the other side.
        let Some(p) = lone_ru.iter().position(|r| r.kind == k.kind) else {
            continue;
        };
        let r = lone_ru.remove(p);
        let message = Message::new(Msg::RequisitesMismatch)
            .with("what", k.kind.id())
            .with("kk", &k.text)
            .with("ru", &r.text);
        out.push(RULE.finding(message, vec![loc(kk_doc, &k), loc(ru_doc, &r)]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_identifiers() {
        let ids = identifiers(
            1,
            "БСН 190440012345, ЖСК: KZ12345678901234567890, БСК ABCDKZKX, info@example.kz, www.example.kz, тел. +7 (701) 123-45-67",
        );
        let kinds: Vec<Kind> = ids.iter().map(|i| i.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Phone,
                Kind::Email,
                Kind::Bin,
                Kind::Iban,
                Kind::Bic,
                Kind::Site
            ]
        );
        assert_eq!(ids[0].key, "7011234567");
        assert!(identifiers(1, "Директор ___ г. Алматы, д. 12, офис 45").is_empty());
        // Text glued to an address by a dropped tag.
        let ids = identifiers(1, "поштаinfo@example.kz");
        assert_eq!(ids[0].key, "info@example.kz");
    }
}
