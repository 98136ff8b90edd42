//! The JSON report. Its shape is a contract with other tools:
//!
//! ```json
//! {"findings":[{"code":"figure-mismatch","severity":"error","message":"…",
//!   "locations":[{"lang":"kk","file":"…","line":12,"clause":"4.2.1","excerpt":"…"}]}],
//!  "summary":{"errors":1,"warnings":0}}
//! ```
//!
//! `clause` is `null` when the place is not in a numbered clause. The
//! structs below exist only to be serialised; they are never derived from
//! internal types, so the wire format changes only here.

use super::Summary;
use crate::check::{Finding, Severity};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Report<'a> {
    findings: Vec<JsonFinding<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    severity: &'static str,
    message: &'a str,
    locations: Vec<JsonLocation<'a>>,
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    lang: &'static str,
    file: &'a str,
    line: u32,
    clause: Option<&'a str>,
    excerpt: &'a str,
}

#[derive(Serialize)]
struct JsonSummary {
    errors: usize,
    warnings: usize,
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Write the findings as one JSON document.
pub fn write(findings: &[Finding], w: &mut dyn Write) -> io::Result<()> {
    let s = Summary::of(findings);
    let report = Report {
        findings: findings
            .iter()
            .map(|f| JsonFinding {
                code: f.code,
                severity: severity(f.severity),
                message: &f.message,
                locations: f
                    .locations
                    .iter()
                    .map(|l| JsonLocation {
                        lang: l.lang.code(),
                        file: &l.file,
                        line: l.line,
                        clause: l.clause.as_deref(),
                        excerpt: &l.excerpt,
                    })
                    .collect(),
            })
            .collect(),
        summary: JsonSummary {
            errors: s.errors,
            warnings: s.warnings,
        },
    };
    serde_json::to_writer_pretty(&mut *w, &report).map_err(io::Error::from)?;
    writeln!(w)
}
