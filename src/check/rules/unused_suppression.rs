#![doc = include_str!("unused_suppression.md")]

use super::Rule;
use crate::check::Severity;
use crate::messages::Msg;

/// The rule: its code, default severity, summary and documentation. Its
/// findings are made when suppressions are applied
/// ([`crate::check::suppress`]), so it has no function to run.
pub const RULE: Rule = Rule {
    code: "unused-suppression",
    severity: Severity::Warning,
    summary: Msg::RuleUnusedSuppression,
    doc: include_str!("unused_suppression.md"),
    run: None,
    default_on: true,
};
