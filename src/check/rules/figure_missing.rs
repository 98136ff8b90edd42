#![doc = include_str!("figure_missing.md")]

use super::super::{location, Context, Finding, Side};
use super::Rule;
use super::{clause_label, diff_figures, figure_excerpt, unit_excerpt, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::figures::{number_values, Figure, Number, Value};
use crate::lang::Lang;
use crate::messages::{Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "figure-missing",
    severity: Severity::Warning,
    summary: Msg::RuleFigureMissing,
    doc: include_str!("figure_missing.md"),
    run: Some(run),
    default_on: true,
};

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
            let message = Message::new(Msg::FigureMissing)
                .with("clause", clause_label(side, unit))
                .with("figures", list)
                .with("lang", lang)
                .with("other", lang.other())
                .with("quote", figure_excerpt(side, unit, f, QUOTE))
                .with(
                    "other_quote",
                    crate::check::excerpt(&other.units[ounit].text, None, QUOTE),
                );
            out.push(RULE.finding(
                message,
                vec![
                    location(side, unit, figure_excerpt(side, unit, f, EXCERPT)),
                    location(other, ounit, unit_excerpt(other, ounit)),
                ],
            ));
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
