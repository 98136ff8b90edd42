//! `words-digits`
//!
//! **What it does.** Finds figures whose digits disagree with the number
//! words written beside them: `10 (двенадцати) дней`, `5 (алты) күн`.
//!
//! **Why is this bad?** Courts read the words when digits and words
//! disagree; the author almost always meant one of them. Either way, one
//! language then says something else than the other.
//!
//! **Example.**
//! ```text
//! … в течение 10 (двенадцати) рабочих дней …
//! ```

use super::super::{figs, location, Context, Finding};
use super::{clause_label, figure_excerpt, lang_name, severity, EXCERPT, QUOTE};
use crate::figures::Value;
use crate::lang::Lang;
use crate::messages::msg;

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        for (k, u) in side.units.iter().enumerate() {
            for f in words_digits(u) {
                let Value::Number(n) = &f.value else { continue };
                let words = f.words_text.clone().unwrap_or_default();
                let wv = f.words.map(|w| w.to_string()).unwrap_or_default();
                let message = msg(
                    "check.words-digits",
                    &[
                        ("clause", &clause_label(side, k)),
                        ("lang", &lang_name(lang)),
                        ("digits", &n.to_string()),
                        ("words", &words),
                        ("words_value", &wv),
                        ("quote", &figure_excerpt(side, k, &f, QUOTE)),
                    ],
                );
                let mut locations = vec![location(side, k, figure_excerpt(side, k, &f, EXCERPT))];
                if let Some(j) = side.partner[k] {
                    let other = ctx.side(lang.other());
                    locations.push(location(other, j, super::unit_excerpt(other, j)));
                }
                out.push(Finding {
                    code: "words-digits",
                    severity: severity("words-digits"),
                    message,
                    locations,
                });
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
