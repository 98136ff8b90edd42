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

use super::super::{location, Context, Finding, Side};
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

/// True when `f` stands in a clause of the other language that has no
/// counterpart and sits right before or after `unit`: a clause merged into
/// its neighbour in one language. The `clause-missing` finding already
/// reports it; the figure is not reported twice.
fn moved_to_lonely_neighbour(other: &Side<'_>, unit: usize, f: &Figure) -> bool {
    let lonely = |k: usize| other.partner.get(k).is_some_and(|p| p.is_none());
    let mut near = Vec::new();
    let mut k = unit;
    while k > 0 && lonely(k - 1) {
        k -= 1;
        near.push(k);
    }
    let mut k = unit + 1;
    while lonely(k) {
        near.push(k);
        k += 1;
    }
    near.iter()
        .any(|&k| other.units[k].figures.iter().any(|g| g.same_as(f)))
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for p in &ctx.pairs {
        let (Some(i), Some(j)) = *p else { continue };
        let (ku, ru) = (&ctx.kk.units[i], &ctx.ru.units[j]);
        let d = diff_figures(&ku.figures, &ru.figures);
        for (lang, only) in [(Lang::Kk, &d.only_kk), (Lang::Ru, &d.only_ru)] {
            let (oside, ounit) = match lang {
                Lang::Kk => (&ctx.ru, j),
                Lang::Ru => (&ctx.kk, i),
            };
            let only: Vec<&Figure> = only
                .iter()
                .copied()
                .filter(|f| !weak(f) && !moved_to_lonely_neighbour(oside, ounit, f))
                .collect();
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
