#![doc = include_str!("dangling_reference.md")]

use super::super::{location, Context, Finding, Side};
use super::Rule;
use super::{clause_label, figure_excerpt, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::figures::{FigureKind, Value};
use crate::lang::Lang;
use crate::messages::{Arg, ClauseRef, Message, Msg};
use crate::model::ClauseNumber;
use std::collections::HashSet;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "dangling-reference",
    severity: Severity::Warning,
    summary: Msg::RuleDanglingReference,
    doc: include_str!("dangling_reference.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let kk = dangling(&ctx.kk);
    let ru = dangling(&ctx.ru);
    for (lang, list) in [(Lang::Kk, &kk), (Lang::Ru, &ru)] {
        let side = ctx.side(lang);
        let other = ctx.side(lang.other());
        let other_list = if lang == Lang::Kk { &ru } else { &kk };
        for (unit, fi, target) in list {
            let twin = side.partner[*unit].and_then(|j| {
                other_list
                    .iter()
                    .find(|(u, _, t)| *u == j && t == target)
                    .map(|(u, f, _)| (*u, *f))
            });
            if twin.is_some() && lang == Lang::Ru {
                continue;
            }
            let f = &side.units[*unit].figures[*fi];
            let langs = if twin.is_some() {
                Arg::BothLangs
            } else {
                Arg::Lang(lang)
            };
            let message = Message::new(Msg::DanglingReference)
                .with("clause", clause_label(side, *unit))
                .with("target", ClauseRef::Number(target.to_string()))
                .with("lang", langs)
                .with("quote", figure_excerpt(side, *unit, f, QUOTE));
            let mut locations = vec![location(
                side,
                *unit,
                figure_excerpt(side, *unit, f, EXCERPT),
            )];
            if let Some((j, fj)) = twin {
                let g = &other.units[j].figures[fj];
                locations.push(location(other, j, figure_excerpt(other, j, g, EXCERPT)));
            }
            out.push(RULE.finding(message, locations));
        }
    }
}

/// (unit, figure index, target) of every reference to a clause number that
/// does not exist in this language.
fn dangling(side: &Side<'_>) -> Vec<(usize, usize, ClauseNumber)> {
    let numbers: HashSet<&ClauseNumber> = side
        .units
        .iter()
        .filter_map(|u| u.number.as_ref())
        .collect();
    if numbers.len() < 3 {
        return Vec::new();
    }
    // A heading may be unnumbered while its clauses are (`5.1`, `5.2`):
    // `п. 5` then exists.
    let prefixes: HashSet<Vec<u32>> = numbers
        .iter()
        .flat_map(|n| (1..=n.depth()).map(move |d| n.0[..d].to_vec()))
        .collect();
    let mut out = Vec::new();
    for (k, u) in side.units.iter().enumerate() {
        for (fi, f) in u.figures.iter().enumerate() {
            if f.kind != FigureKind::ClauseRef {
                continue;
            }
            let Value::Clause(n) = &f.value else { continue };
            if !prefixes.contains(&n.0) {
                out.push((k, fi, n.clone()));
            }
        }
    }
    out
}
