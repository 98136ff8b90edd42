//! The JSON wire format shared by every report: serialize-only structs,
//! never derived from internal types, so that the shape other tools read
//! changes only here (and in the schemas under `schemas/`, which a test
//! validates real output against).
//!
//! Every JSON report is one object with `"version": 1` first. A finding is
//! the same object in `check` and in `diff`:
//!
//! ```json
//! {"code":"figure-mismatch","severity":"error","message":"…",
//!  "locations":[{"lang":"kk","file":"offer.txt","line":12,"column":null,
//!                "clause":"4.2.1","excerpt":"…"}]}
//! ```
//!
//! `lang` is null for a place in neither language (`contract.toml`),
//! `column` when the column is not known, `clause` outside numbered
//! clauses. `message` is in the language of the interface (`--ui-lang`).

use crate::check::{Finding, Location};
use crate::messages::Catalogue;
use serde::Serialize;
use std::io::{self, Write};

/// The version of the JSON reports; it changes only when a field changes
/// meaning or goes away (new fields do not change it).
pub const VERSION: u32 = 1;

/// A finding.
#[derive(Serialize)]
pub struct WireFinding<'a> {
    code: &'a str,
    severity: &'static str,
    message: String,
    locations: Vec<WireLocation<'a>>,
}

/// A place a finding points at.
#[derive(Serialize)]
pub struct WireLocation<'a> {
    lang: Option<&'static str>,
    file: &'a str,
    line: u32,
    column: Option<u32>,
    clause: Option<&'a str>,
    excerpt: &'a str,
}

/// Counts of findings by severity.
#[derive(Serialize)]
pub struct WireSummary {
    errors: usize,
    warnings: usize,
}

/// A location on the wire.
pub fn location(l: &Location) -> WireLocation<'_> {
    WireLocation {
        lang: l.lang.map(|l| l.code()),
        file: &l.file,
        line: l.line,
        column: l.column,
        clause: l.clause.as_deref(),
        excerpt: &l.excerpt,
    }
}

/// A finding on the wire, its message in the catalogue's language.
pub fn finding<'a>(f: &'a Finding, c: &Catalogue) -> WireFinding<'a> {
    WireFinding {
        code: f.code,
        severity: f.severity.code(),
        message: c.text(&f.message),
        locations: f.locations.iter().map(location).collect(),
    }
}

/// The findings on the wire.
pub fn findings<'a>(f: &'a [Finding], c: &Catalogue) -> Vec<WireFinding<'a>> {
    f.iter().map(|f| finding(f, c)).collect()
}

/// The summary of findings on the wire.
pub fn summary(f: &[Finding]) -> WireSummary {
    let s = super::Summary::of(f);
    WireSummary {
        errors: s.errors,
        warnings: s.warnings,
    }
}

/// Write a value as pretty JSON ending with a newline.
pub fn write_json<T: Serialize>(v: &T, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, v).map_err(io::Error::from)?;
    writeln!(w)
}
