#![doc = include_str!("wrong_language.md")]

use super::super::{location, Context, Finding, Side};
use super::Rule;
use super::{clause_label, unit_excerpt, QUOTE};
use crate::check::excerpt;
use crate::check::Severity;
use crate::lang::{self, Evidence, Lang};
use crate::messages::{Arg, Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "wrong-language",
    severity: Severity::Error,
    summary: Msg::RuleWrongLanguage,
    doc: include_str!("wrong_language.md"),
    run: Some(run),
    default_on: true,
};

/// Evidence (log-odds) for the other language from which a clause counts as
/// written in it.
const CLEAR: f32 = 5.0;
/// The same, for a clause whose text is also, word for word, the text of
/// its counterpart in the other language.
const CLEAR_UNTRANSLATED: f32 = 3.0;
/// Words leaning to the other language a clause needs at least.
const MIN_WORDS: u32 = 3;
/// At most this share of the clause's evidence may speak for its own
/// language.
const OWN_SHARE: f32 = 0.2;
/// Share of the telling clauses written in the other language from which
/// the whole text counts as written in it.
const WHOLE_TEXT: f32 = 0.8;
/// Telling clauses a text needs before it can count as written wholly in
/// the other language.
const WHOLE_TEXT_MIN: usize = 3;

/// What a clause's words say about its language, against the language of
/// its side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Too little language to tell (numbers, names, requisites, blanks).
    Neutral,
    /// Written in the language of its side (or mixed).
    Own,
    /// Written in the other language.
    Other,
}

fn verdict(e: &Evidence, lang: Lang, clear: f32) -> Verdict {
    let own = e.for_lang(lang);
    let other = e.for_lang(lang.other());
    if other - own >= clear && e.words_for(lang.other()) >= MIN_WORDS && own <= OWN_SHARE * other {
        Verdict::Other
    } else if own - other >= lang::CONFIDENT && e.words_for(lang) >= 2 {
        Verdict::Own
    } else {
        Verdict::Neutral
    }
}

/// Text compared for "left untranslated": letters and digits, lower case,
/// look-alikes folded.
fn key(text: &str) -> String {
    lang::lowercase(&lang::normalize(text))
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if !ctx.bilingual() {
        return;
    }
    // One file holding both languages: its reader sorted the lines by
    // language itself.
    let one_file = ctx.kk.doc.file == ctx.ru.doc.file;
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        let other = ctx.side(lang.other());
        let mut verdicts = Vec::with_capacity(side.units.len());
        let mut untranslated = vec![false; side.units.len()];
        for (k, u) in side.units.iter().enumerate() {
            let e = lang::evidence(&u.text);
            let mut v = verdict(&e, lang, CLEAR);
            if v != Verdict::Other {
                if let Some(j) = side.partner[k] {
                    let same = other
                        .units
                        .get(j)
                        .is_some_and(|o| key(&o.text) == key(&u.text));
                    if same && verdict(&e, lang, CLEAR_UNTRANSLATED) == Verdict::Other {
                        v = Verdict::Other;
                        untranslated[k] = true;
                    }
                }
            } else if let Some(j) = side.partner[k] {
                untranslated[k] = other
                    .units
                    .get(j)
                    .is_some_and(|o| key(&o.text) == key(&u.text));
            }
            verdicts.push(v);
        }
        let wrong: Vec<usize> = (0..verdicts.len())
            .filter(|k| verdicts[*k] == Verdict::Other)
            .collect();
        if wrong.is_empty() {
            continue;
        }
        let telling = verdicts.iter().filter(|v| **v != Verdict::Neutral).count();
        if telling >= WHOLE_TEXT_MIN && wrong.len() as f32 >= WHOLE_TEXT * telling as f32 {
            push_whole(side, wrong[0], wrong.len(), telling, out);
            continue;
        }
        for k in wrong {
            if one_file && sorted_by_reader(side, k) {
                continue;
            }
            push_clause(ctx, side, k, untranslated[k], out);
        }
    }
}

/// In a file holding both languages, a clause of the other language that
/// the reader sorted into this text shows as an unnumbered piece or as a
/// second clause with a number this text already has (its own version of
/// the clause is there too): a question of reading the layout, not a
/// clause missing its translation.
fn sorted_by_reader(side: &Side<'_>, k: usize) -> bool {
    let Some(n) = &side.units[k].number else {
        return true;
    };
    side.units
        .iter()
        .enumerate()
        .any(|(i, u)| i != k && u.number.as_ref() == Some(n))
}

fn push_clause(
    ctx: &Context<'_>,
    side: &Side<'_>,
    k: usize,
    untranslated: bool,
    out: &mut Vec<Finding>,
) {
    let lang = side.lang();
    let id = match (untranslated, lang) {
        (true, Lang::Kk) => Msg::UntranslatedKk,
        (true, Lang::Ru) => Msg::UntranslatedRu,
        (false, Lang::Kk) => Msg::WrongLanguageKk,
        (false, Lang::Ru) => Msg::WrongLanguageRu,
    };
    let message = Message::new(id)
        .with("clause", clause_label(side, k))
        .with("quote", excerpt(&side.units[k].text, None, QUOTE));
    let mut locations = vec![location(side, k, unit_excerpt(side, k))];
    if let Some(j) = side.partner[k] {
        let other = ctx.side(lang.other());
        locations.push(location(other, j, unit_excerpt(other, j)));
    }
    out.push(RULE.finding(message, locations));
}

/// One finding for the whole text, at its first unit, quoting the first
/// clause written in the other language.
fn push_whole(side: &Side<'_>, first: usize, wrong: usize, telling: usize, out: &mut Vec<Finding>) {
    let lang = side.lang();
    let id = match lang {
        Lang::Kk => Msg::WholeWrongKk,
        Lang::Ru => Msg::WholeWrongRu,
    };
    let message = Message::new(id)
        .with("file", &side.doc.file)
        .with("wrong", Arg::Num(wrong.to_string()))
        .with("count", telling)
        .with("quote", excerpt(&side.units[first].text, None, QUOTE));
    out.push(RULE.finding(message, vec![location(side, 0, unit_excerpt(side, 0))]));
}
