#![doc = include_str!("requisites_changed.md")]

use super::Rule;
use crate::check::Severity;
use crate::messages::Msg;

/// The rule: its code, default severity, summary and documentation. Its
/// findings are made by the diff of `contract.toml`, so it has no function
/// to run.
pub const RULE: Rule = Rule {
    code: "requisites-changed",
    severity: Severity::Warning,
    summary: Msg::RuleRequisitesChanged,
    doc: include_str!("requisites_changed.md"),
    run: None,
    default_on: true,
};
