#![doc = include_str!("numbering_order.md")]

use super::super::numbering::IssueKind;
use super::super::{Context, Finding};
use super::Rule;
use crate::check::Severity;
use crate::messages::Msg;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "numbering-order",
    severity: Severity::Warning,
    summary: Msg::RuleNumberingOrder,
    doc: include_str!("numbering_order.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    super::numbering_findings(
        ctx,
        &RULE,
        Msg::NumberingOrder,
        |k| matches!(k, IssueKind::Order),
        super::never,
        out,
    );
}
