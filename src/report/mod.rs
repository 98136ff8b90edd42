//! Writing findings: one file per format (compiler-style text, JSON, SARIF
//! 2.1.0, GitHub workflow commands). Emitters write to any
//! [`std::io::Write`]; only the command line touches files and stdout.

pub mod github;
pub mod json;
pub mod sarif;
pub mod text;

use crate::check::{Finding, Severity};
use std::io::{self, Write};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style diagnostics for people.
    Text,
    /// JSON for other tools.
    Json,
    /// SARIF 2.1.0 for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

impl Format {
    /// Parse a format name (`text`, `json`, `sarif`, `github`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "text" => Format::Text,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            _ => return None,
        })
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
}

impl Summary {
    /// Count the findings.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
        }
        s
    }
}

/// Write `findings` in `format`.
pub fn write(format: Format, findings: &[Finding], w: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => text::write(findings, w),
        Format::Json => json::write(findings, w),
        Format::Sarif => sarif::write(findings, w),
        Format::Github => github::write(findings, w),
    }
}

/// The findings in `format`, as a string.
pub fn to_string(format: Format, findings: &[Finding]) -> String {
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write(format, findings, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
