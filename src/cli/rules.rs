//! `qostil rules` lists the rules; `qostil rule CODE` prints one rule's
//! documentation (what it does, why it matters, an example).

use crate::check::rules::{rule, RULES};
use crate::messages::{Catalogue, Message, Msg};
use crate::report::{severity_word, terminal_safe};
use anyhow::{bail, Result};
use std::io::Write;

/// Arguments of `qostil rule`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The rule's code (`figure-mismatch`).
    pub code: String,
}

/// Every rule: code, severity, summary.
pub fn list(cat: &Catalogue) -> Result<i32> {
    let width = RULES.iter().map(|r| r.code.len()).max().unwrap_or(0);
    let sev: Vec<String> = RULES
        .iter()
        .map(|r| severity_word(cat, r.severity))
        .collect();
    let sw = sev.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let mut out = std::io::stdout().lock();
    for (r, s) in RULES.iter().zip(&sev) {
        let off = if r.default_on {
            String::new()
        } else {
            format!(" ({})", cat.get(Msg::RuleOffByDefault))
        };
        writeln!(
            out,
            "{:<width$}  {s:<sw$}  {}{off}",
            r.code,
            cat.get(r.summary)
        )?;
    }
    out.flush()?;
    Ok(0)
}

/// One rule's documentation.
pub fn show(args: Args, cat: &Catalogue) -> Result<i32> {
    let Some(r) = rule(args.code.trim()) else {
        let m = Message::new(Msg::RuleUnknown).with("code", terminal_safe(&args.code).as_ref());
        bail!(m.error());
    };
    let mut out = std::io::stdout().lock();
    let off = if r.default_on {
        String::new()
    } else {
        format!(", {}", cat.get(Msg::RuleOffByDefault))
    };
    writeln!(
        out,
        "{} ({}{off}): {}\n",
        r.code,
        severity_word(cat, r.severity),
        cat.get(r.summary)
    )?;
    // The documentation without its first line (the code, shown above).
    let doc = r.doc.split_once('\n').map_or(r.doc, |(_, rest)| rest);
    writeln!(out, "{}", doc.trim())?;
    out.flush()?;
    Ok(0)
}
