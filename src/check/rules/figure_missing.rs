//! `figure-missing`
//!
//! **What it does.** Finds figures (amounts, percentages, periods, counts,
//! dates) written in a clause of one language and absent from the same
//! clause of the other. References count as figures here: a law citation
//! or a law's date (`2003 жылғы 20 маусымдағы … Жер кодексі`), a reference
//! to a clause (`осы Шарттың 4-тармағына сәйкес`) or to sub-items present
//! in one language only is reported, naming it. A number written in words
//! only whose value the other language states without a unit (`екі реттен`
//! ↔ `не более двух`) is the same figure and is not reported. One finding
//! per pair of clauses.
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
use crate::figures::{number_values, Figure, Number, Value};
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

/// A figure written in words only (`екі реттен`, `трех лет`) whose number
/// the other language states without its unit (`не более двух`, `үш
/// жасқа`): the same figure, the unit word was left implicit.
fn stated_bare(f: &Figure, other_numbers: &[Number]) -> bool {
    if f.text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    match &f.value {
        Value::Number(n) => other_numbers.contains(n),
        _ => false,
    }
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
            let words_only = only
                .iter()
                .any(|f| !f.text.bytes().any(|b| b.is_ascii_digit()));
            let other_numbers = if words_only {
                let ou = if lang == Lang::Kk { ru } else { ku };
                number_values(&ou.text, lang.other())
            } else {
                Vec::new()
            };
            let only: Vec<&Figure> = only
                .iter()
                .copied()
                .filter(|f| {
                    !weak(f)
                        && !stated_bare(f, &other_numbers)
                        && !moved_to_lonely_neighbour(oside, ounit, f)
                })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::extract;

    #[test]
    fn words_only_figure_stated_bare_on_the_other_side() {
        let kk = extract("ұзарту саны екі реттен аспауы керек", Lang::Kk);
        let ru_numbers = number_values("число продлений не может превышать двух", Lang::Ru);
        assert_eq!(kk.len(), 1);
        assert!(stated_bare(&kk[0], &ru_numbers));
        // Digits are never excused.
        let kk = extract("2 рет", Lang::Kk);
        assert!(!stated_bare(&kk[0], &ru_numbers));
    }
}
