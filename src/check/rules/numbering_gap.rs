#![doc = include_str!("numbering_gap.md")]

use super::super::numbering::{Issue, IssueKind};
use super::super::{Context, Finding};
use super::Rule;
use crate::check::Severity;
use crate::lang::Lang;
use crate::messages::Msg;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "numbering-gap",
    severity: Severity::Warning,
    summary: Msg::RuleNumberingGap,
    doc: include_str!("numbering_gap.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    super::numbering_findings(
        ctx,
        &RULE,
        Msg::NumberingGap,
        |k| matches!(k, IssueKind::Gap),
        explained_by_missing_clause,
        out,
    );
}

/// True when the other language has, with no counterpart, a clause whose
/// number lies in the gap: the clause is missing, reported once as such.
fn explained_by_missing_clause(ctx: &Context<'_>, lang: Lang, issue: &Issue) -> bool {
    let side = ctx.side(lang);
    let other = ctx.side(lang.other());
    let Some(cur) = side.units.get(issue.unit).and_then(|u| u.number.as_ref()) else {
        return false;
    };
    other.units.iter().enumerate().any(|(j, u)| {
        other.partner[j].is_none()
            && u.number
                .as_ref()
                .is_some_and(|n| n > &issue.prev && n < cur)
    })
}
