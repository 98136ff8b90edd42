#![doc = include_str!("source_error.md")]

use super::Rule;
use crate::check::Severity;
use crate::messages::Msg;

/// The rule: its code, default severity, summary and documentation. Its
/// findings are made by another stage, so it has no function to run.
pub const RULE: Rule = Rule {
    code: "source-error",
    severity: Severity::Error,
    summary: Msg::RuleSourceError,
    doc: include_str!("source_error.md"),
    run: None,
    default_on: true,
};
