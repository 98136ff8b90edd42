#![doc = include_str!("words_digits.md")]

use super::super::{figs, location, Context, Finding};
use super::Rule;
use super::{clause_label, figure_excerpt, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::figures::Value;
use crate::lang::Lang;
use crate::messages::{Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "words-digits",
    severity: Severity::Error,
    summary: Msg::RuleWordsDigits,
    doc: include_str!("words_digits.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        for (k, u) in side.units.iter().enumerate() {
            for f in words_digits(u) {
                let Value::Number(n) = &f.value else { continue };
                let words = f.words_text.clone().unwrap_or_default();
                let wv = f.words.map(|w| w.to_string()).unwrap_or_default();
                let message = Message::new(Msg::WordsDigits)
                    .with("clause", clause_label(side, k))
                    .with("lang", lang)
                    .with("digits", n.to_string())
                    .with("words", words)
                    .with("words_value", wv)
                    .with("quote", figure_excerpt(side, k, &f, QUOTE));
                let mut locations = vec![location(side, k, figure_excerpt(side, k, &f, EXCERPT))];
                if let Some(j) = side.partner[k] {
                    let other = ctx.side(lang.other());
                    locations.push(location(other, j, super::unit_excerpt(other, j)));
                }
                out.push(RULE.finding(message, locations));
            }
        }
    }
}

/// The figures of a unit whose digits and words disagree (the unit's
/// figures are already extracted; [`figs::words_digits`] does the same from
/// text).
fn words_digits(u: &crate::check::Unit) -> Vec<crate::figures::Figure> {
    u.figures
        .iter()
        .filter(|f| figs::digits_disagree(f))
        .cloned()
        .collect()
}
