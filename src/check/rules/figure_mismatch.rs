#![doc = include_str!("figure_mismatch.md")]

use super::super::{location, Context, Finding};
use super::Rule;
use super::{clause_label, diff_figures, figure_excerpt, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::messages::{Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "figure-mismatch",
    severity: Severity::Error,
    summary: Msg::RuleFigureMismatch,
    doc: include_str!("figure_mismatch.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for p in &ctx.pairs {
        let (Some(i), Some(j)) = *p else { continue };
        let (ku, ru) = (&ctx.kk.units[i], &ctx.ru.units[j]);
        let d = diff_figures(&ku.figures, &ru.figures);
        let Some((fk, fr)) = d.mismatched.first() else {
            continue;
        };
        let list = d
            .mismatched
            .iter()
            .map(|(a, b)| format!("«{}» ≠ «{}»", a.text, b.text))
            .collect::<Vec<_>>()
            .join("; ");
        let message = Message::new(Msg::FigureMismatch)
            .with("clause", clause_label(&ctx.kk, i))
            .with("figures", list)
            .with("kk_quote", figure_excerpt(&ctx.kk, i, fk, QUOTE))
            .with("ru_quote", figure_excerpt(&ctx.ru, j, fr, QUOTE));
        out.push(RULE.finding(
            message,
            vec![
                location(&ctx.kk, i, figure_excerpt(&ctx.kk, i, fk, EXCERPT)),
                location(&ctx.ru, j, figure_excerpt(&ctx.ru, j, fr, EXCERPT)),
            ],
        ));
    }
}
