//! `figure-missing`
//!
//! **What it does.** Finds figures (amounts, percentages, periods, counts)
//! written in a clause of one language and absent from the same clause of
//! the other. One finding per pair of clauses.
//!
//! **Why is this bad?** A figure stated in one version only leaves the other
//! version silent on it: a penalty or a deadline may bind in one language
//! and not in the other.
//!
//! **Example.**
//! ```text
//! kk: … өсімпұл төлейді.
//! ru: … уплачивает пеню в размере 0,5% за каждый день.
//! ```

use super::super::{location, Context, Finding};
use super::{
    clause_label, diff_figures, figure_excerpt, lang_name, severity, unit_excerpt, EXCERPT, QUOTE,
};
use crate::figures::{Figure, Value};
use crate::lang::Lang;
use crate::messages::msg;

/// «One» written in words alone (`бір рет`, `одна из`) is as often an
/// article or a manner of speech as a figure; the other language may say
/// `разовый` or nothing. Such a figure is compared when both sides have it,
/// but its absence on one side is not reported.
fn weak(f: &Figure) -> bool {
    !f.text.bytes().any(|b| b.is_ascii_digit())
        && f.value == Value::Number(crate::figures::Number::int(1))
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for p in &ctx.pairs {
        let (Some(i), Some(j)) = *p else { continue };
        let (ku, ru) = (&ctx.kk.units[i], &ctx.ru.units[j]);
        let d = diff_figures(&ku.figures, &ru.figures);
        for (lang, only) in [(Lang::Kk, &d.only_kk), (Lang::Ru, &d.only_ru)] {
            let only: Vec<&Figure> = only.iter().copied().filter(|f| !weak(f)).collect();
            let Some(f) = only.first().copied() else {
                continue;
            };
            let (side, other, unit, ounit) = match lang {
                Lang::Kk => (&ctx.kk, &ctx.ru, i, j),
                Lang::Ru => (&ctx.ru, &ctx.kk, j, i),
            };
            let list = only
                .iter()
                .map(|f| format!("«{}»", f.text))
                .collect::<Vec<_>>()
                .join(", ");
            let message = msg(
                "check.figure-missing",
                &[
                    ("clause", &clause_label(side, unit)),
                    ("figures", &list),
                    ("lang", &lang_name(lang)),
                    ("other", &lang_name(lang.other())),
                    ("quote", &figure_excerpt(side, unit, f, QUOTE)),
                    (
                        "other_quote",
                        &crate::check::excerpt(&other.units[ounit].text, None, QUOTE),
                    ),
                ],
            );
            out.push(Finding {
                code: "figure-missing",
                severity: severity("figure-missing"),
                message,
                locations: vec![
                    location(side, unit, figure_excerpt(side, unit, f, EXCERPT)),
                    location(other, ounit, unit_excerpt(other, ounit)),
                ],
            });
        }
    }
}
