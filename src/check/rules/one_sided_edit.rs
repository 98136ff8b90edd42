#![doc = include_str!("one_sided_edit.md")]

use super::Rule;
use crate::check::Severity;
use crate::messages::Msg;

/// The rule: its code, default severity, summary and documentation. Its
/// findings are made by another stage, so it has no function to run.
pub const RULE: Rule = Rule {
    code: "one-sided-edit",
    severity: Severity::Warning,
    summary: Msg::RuleOneSidedEdit,
    doc: include_str!("one_sided_edit.md"),
    run: None,
    default_on: true,
};
