//! The text report, shaped like a compiler's diagnostics:
//!
//! ```text
//! error[figure-mismatch]: Clause 4.2.1: the figures differ …
//!   --> offer.txt:12 (kk, 4.2.1)
//!    | … 10 (он) жұмыс күні ішінде …
//!   --> offer.txt:40 (ru, 4.2.1)
//!    | … 10 (десяти) календарных дней …
//! ```

use super::{terminal_safe as safe, Summary};
use crate::check::{Finding, Severity};
use std::io::{self, Write};

/// Write the findings for people, with a summary line.
pub fn write(findings: &[Finding], w: &mut dyn Write) -> io::Result<()> {
    for f in findings {
        let sev = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(w, "{sev}[{}]: {}", f.code, safe(&f.message))?;
        for l in &f.locations {
            let file = safe(&l.file);
            match &l.clause {
                Some(c) => writeln!(w, "  --> {file}:{} ({}, {})", l.line, l.lang, safe(c))?,
                None => writeln!(w, "  --> {file}:{} ({})", l.line, l.lang)?,
            }
            if !l.excerpt.is_empty() {
                writeln!(w, "   | {}", safe(&l.excerpt))?;
            }
        }
        writeln!(w)?;
    }
    let s = Summary::of(findings);
    if findings.is_empty() {
        writeln!(w, "no findings")
    } else {
        writeln!(
            w,
            "{} error{}, {} warning{}",
            s.errors,
            if s.errors == 1 { "" } else { "s" },
            s.warnings,
            if s.warnings == 1 { "" } else { "s" }
        )
    }
}
