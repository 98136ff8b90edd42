//! The text reports, for people at a terminal. Findings are shaped like a
//! compiler's diagnostics:
//!
//! ```text
//! error[figure-mismatch]: Clause 4.2.1: the figures differ …
//!   --> offer.txt:12 (kk, 4.2.1)
//!    | … 10 (он) жұмыс күні ішінде …
//!   --> offer.txt:40 (ru, 4.2.1)
//!    | … 10 (десяти) календарных дней …
//! ```
//!
//! The words (severity, message, summary) are the catalogue's; codes,
//! paths and language codes stay as they are, so that a line can be
//! searched for in any interface language.

pub mod diff;
pub mod figures;

use super::{severity_word, terminal_safe as safe, Context, Emitter, Report, Summary};
use crate::check::Finding;
use crate::messages::{Catalogue, Message, Msg};
use std::io::{self, Write};

/// The text emitter.
pub struct Text;

impl Emitter for Text {
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
        match report {
            Report::Check(findings) => write_findings(findings, &cx.catalogue, w),
            Report::CheckMany {
                findings,
                contracts,
            } => write_many(findings, *contracts, &cx.catalogue, w),
            Report::Diff(d) => w.write_all(diff::render(d, cx).as_bytes()),
            Report::Figures(records) => figures::write(records, &cx.catalogue, w),
        }
    }
}

/// One finding: the headline, then each place with its quote.
pub fn write_finding(f: &Finding, c: &Catalogue, w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "{}[{}]: {}",
        severity_word(c, f.severity),
        f.code,
        safe(&c.text(&f.message))
    )?;
    for l in &f.locations {
        let file = safe(&l.file);
        let mut at = format!("{file}");
        if l.line > 0 {
            at.push_str(&format!(":{}", l.line));
            if let Some(col) = l.column {
                at.push_str(&format!(":{col}"));
            }
        }
        let mut tags: Vec<String> = Vec::new();
        if let Some(lang) = l.lang {
            tags.push(lang.to_string());
        }
        if let Some(cl) = &l.clause {
            tags.push(safe(cl).into_owned());
        }
        if tags.is_empty() {
            writeln!(w, "  --> {at}")?;
        } else {
            writeln!(w, "  --> {at} ({})", tags.join(", "))?;
        }
        if !l.excerpt.is_empty() {
            writeln!(w, "   | {}", safe(&l.excerpt))?;
        }
    }
    Ok(())
}

/// Write the findings of many contracts for people, with one summary line
/// naming the number of contracts (`checked 5 contracts: 2 errors, 1
/// warning`).
pub fn write_many(
    findings: &[Finding],
    contracts: usize,
    c: &Catalogue,
    w: &mut dyn Write,
) -> io::Result<()> {
    for f in findings {
        write_finding(f, c, w)?;
        writeln!(w)?;
    }
    let s = Summary::of(findings);
    let m = Message::new(Msg::SummaryMany)
        .with("contracts", contracts)
        .with("errors", s.errors)
        .with("warnings", s.warnings);
    writeln!(w, "{}", c.text(&m))
}

/// Write the findings for people, with a summary line.
pub fn write_findings(findings: &[Finding], c: &Catalogue, w: &mut dyn Write) -> io::Result<()> {
    for f in findings {
        write_finding(f, c, w)?;
        writeln!(w)?;
    }
    if findings.is_empty() {
        writeln!(w, "{}", c.get(Msg::NoFindings))
    } else {
        let s = Summary::of(findings);
        let m = Message::new(Msg::Summary)
            .with("errors", s.errors)
            .with("warnings", s.warnings);
        writeln!(w, "{}", c.text(&m))
    }
}
