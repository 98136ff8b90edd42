//! How an argument reads in a language and a form: clauses with their case,
//! numbers with Kazakh case endings, language names in phrases, counts
//! with plural words. The grammar itself lives in the lexicon
//! ([`crate::lexicon::kk_grammar`], [`crate::lexicon::ru_grammar`]).

use super::{ClauseRef, UiLang};
use crate::lang::Lang;
use crate::lexicon::kk_grammar::{self as kk, Case};
use crate::lexicon::ru_grammar::{self as ru, RuCase};

/// Forms a template may name, for the test that checks the catalogue.
#[cfg(test)]
pub const KNOWN: &[&str] = &[
    "",
    "nom",
    "gen",
    "dat",
    "acc",
    "ins",
    "prep",
    "loc",
    "abl",
    "poss",
    "poss-gen",
    "poss-dat",
    "poss-acc",
    "poss-loc",
    "poss-abl",
    "poss-ins",
    "name",
    "label",
    "adj",
    "text",
    "text-of",
    "text-in",
    "text-to",
    "text-from",
];

/// A clause in a case.
pub fn clause(ui: UiLang, c: &ClauseRef, form: &str) -> String {
    let num = match c {
        ClauseRef::Number(n) => Some(n.trim_end_matches('.')),
        _ => None,
    };
    match ui {
        UiLang::En => match c {
            ClauseRef::Number(_) => format!("clause {}", num.unwrap_or_default()),
            ClauseRef::Unnumbered => "an unnumbered clause".to_string(),
            ClauseRef::Line(l) => format!("the paragraph at line {l}"),
        },
        UiLang::Ru => {
            let case = RuCase::parse(form).unwrap_or(RuCase::Nom);
            match c {
                ClauseRef::Line(l) => ru::paragraph_at_line(*l, case),
                _ => ru::clause(num, case),
            }
        }
        UiLang::Kk => {
            let (possessed, case) = match form.strip_prefix("poss") {
                Some(rest) => (true, rest.trim_start_matches('-')),
                None => (false, form),
            };
            let case = Case::parse(case).unwrap_or(Case::Nom);
            match c {
                ClauseRef::Line(l) => kk::paragraph_at_line(*l, case),
                _ if possessed => kk::clause_possessed(num, case),
                _ => kk::clause(num, case),
            }
        }
    }
}

/// A number as written; in Kazakh with the case ending of the form.
pub fn number(ui: UiLang, n: &str, form: &str) -> String {
    match (ui, Case::parse(form)) {
        (UiLang::Kk, Some(case)) => kk::number_case(n, case),
        _ => n.to_string(),
    }
}

/// A count, with the plural word of the form (`pl=one|other` in English,
/// `pl=one|few|many` in Russian, `pl=word` in Kazakh, which does not
/// change a noun after a number).
pub fn count(ui: UiLang, n: u64, form: &str) -> String {
    let Some(words) = form.strip_prefix("pl=") else {
        return number(ui, &n.to_string(), form);
    };
    let w: Vec<&str> = words.split('|').collect();
    let word = match (ui, w.as_slice()) {
        (UiLang::Ru, [one, few, many]) => ru::plural(n, one, few, many),
        (UiLang::En, [one, other]) => {
            if n == 1 {
                one
            } else {
                other
            }
        }
        (_, [.., last]) => last,
        (_, []) => "",
    };
    format!("{n} {word}")
}

/// A language (or both, `None`) in a phrase.
pub fn lang(ui: UiLang, l: Option<Lang>, form: &str) -> String {
    match ui {
        UiLang::En => {
            let (name, texts) = match l {
                Some(Lang::Kk) => ("Kazakh", "text"),
                Some(Lang::Ru) => ("Russian", "text"),
                None => ("Kazakh and Russian", "texts"),
            };
            match form {
                "text" => format!("the {name} {texts}"),
                "text-of" => format!("of the {name} {texts}"),
                "text-in" => format!("in the {name} {texts}"),
                "text-to" => format!("to the {name} {texts}"),
                "text-from" => format!("from the {name} {texts}"),
                _ => name.to_string(),
            }
        }
        UiLang::Ru => {
            // Adjective forms: nominative, genitive, prepositional, and the
            // noun «текст» in the same number.
            let adj = |l: Lang| match l {
                Lang::Kk => ["казахский", "казахского", "казахском"],
                Lang::Ru => ["русский", "русского", "русском"],
            };
            let (a, one) = match l {
                Some(l) => (adj(l).map(str::to_string), true),
                None => {
                    let (k, r) = (adj(Lang::Kk), adj(Lang::Ru));
                    ([0, 1, 2].map(|i| format!("{} и {}", k[i], r[i])), false)
                }
            };
            let t = |sg: &str, pl: &str| if one { sg.to_string() } else { pl.to_string() };
            match form {
                "label" | "text" => format!("{} {}", a[0], t("текст", "тексты")),
                "text-of" => format!("{} {}", a[1], t("текста", "текстов")),
                "text-in" => format!("в {} {}", a[2], t("тексте", "текстах")),
                "text-to" => format!("в {} {}", a[0], t("текст", "тексты")),
                "text-from" => format!("из {} {}", a[1], t("текста", "текстов")),
                _ => a[0].clone(),
            }
        }
        UiLang::Kk => {
            let (adj, label, name, one) = match l {
                Some(Lang::Kk) => ("қазақ тіліндегі", "қазақша", "қазақ тілі", true),
                Some(Lang::Ru) => ("орыс тіліндегі", "орысша", "орыс тілі", true),
                None => (
                    "қазақ және орыс тілдеріндегі",
                    "қазақша және орысша",
                    "қазақ және орыс тілдері",
                    false,
                ),
            };
            let t = |sg: &str, pl: &str| format!("{adj} {}", if one { sg } else { pl });
            match form {
                "label" => label.to_string(),
                "adj" => adj.to_string(),
                "text" => t("мәтін", "мәтіндер"),
                "text-of" => t("мәтіннің", "мәтіндердің"),
                "text-in" => t("мәтінде", "мәтіндерде"),
                "text-to" => t("мәтінге", "мәтіндерге"),
                "text-from" => t("мәтіннен", "мәтіндерден"),
                _ => name.to_string(),
            }
        }
    }
}
