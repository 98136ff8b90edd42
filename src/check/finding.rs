//! Findings: what the checker and the diff report. A finding is data, not an
//! error.

use crate::lang::Lang;
use crate::messages::Message;
use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Warning,
    /// The two languages (or digits and words) disagree.
    Error,
}

impl Severity {
    /// The severity's name in reports for tools (`error`, `warning`).
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Where a finding points.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The language of the text at this place (none for a file of both
    /// languages or none, such as `contract.toml`).
    pub lang: Option<Lang>,
    /// The file as given by the user.
    pub file: String,
    /// 1-based line in that file (0: the whole file).
    pub line: u32,
    /// 1-based column, when known.
    pub column: Option<u32>,
    /// Clause number, when the place is in a numbered clause.
    pub clause: Option<String>,
    /// The text quoted (the clause or the offending part of it).
    pub excerpt: String,
}

/// One thing the checker or the diff found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable kebab-case rule code (`figure-mismatch`).
    pub code: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What a lawyer is told, quoting both languages: data until a report
    /// makes its text in the reader's language.
    pub message: Message,
    /// The places: the primary one first, its counterpart after.
    pub locations: Vec<Location>,
}

impl Finding {
    /// Sort key: (file, line, code).
    pub fn sort_key(&self) -> (String, u32, &'static str) {
        let first = self.locations.first();
        (
            first.map(|l| l.file.clone()).unwrap_or_default(),
            first.map_or(0, |l| l.line),
            self.code,
        )
    }
}

/// Sort findings by (file, line, code) and drop exact duplicates.
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.message.cmp(&b.message))
            .then_with(|| a.locations.cmp(&b.locations))
    });
    findings.dedup();
}
