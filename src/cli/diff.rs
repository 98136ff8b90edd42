//! `qostil diff OLD NEW [--format text|json|html] [-o FILE]`,
//! `qostil diff --rev REV CONTRACT_DIR`

use crate::check::Severity;
use crate::diff;
use crate::output::write_all_atomic;
use crate::source;
use anyhow::{bail, Context, Result};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Arguments of `qostil diff`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// OLD and NEW (or, with --rev, the contract folder alone).
    #[arg(required = true, num_args = 1..=2)]
    pub inputs: Vec<PathBuf>,
    /// Compare the working tree with this git revision.
    #[arg(long)]
    pub rev: Option<String>,
    /// Report format.
    #[arg(long, default_value = "text", value_parser = ["text", "json", "html"])]
    pub format: String,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
    /// Exit 1 when there are findings at or above this severity.
    #[arg(long, default_value = "error", value_parser = ["error", "warning", "never"])]
    pub fail_on: String,
}

pub fn run(args: Args) -> Result<i32> {
    let (old, new) = match &args.rev {
        Some(rev) => {
            let [dir] = args.inputs.as_slice() else {
                bail!("with --rev, give the contract folder alone: qostil diff --rev REV CONTRACT_DIR");
            };
            let old = source::revision::load_revision(rev, dir)?;
            let new = source::load_input(dir)?;
            (old, new)
        }
        None => {
            let [old, new] = args.inputs.as_slice() else {
                bail!("give two versions to compare: qostil diff OLD NEW (or qostil diff --rev REV CONTRACT_DIR)");
            };
            (source::load_input(old)?, source::load_input(new)?)
        }
    };
    let report = diff::diff(&old, &new);
    let text = match args.format.as_str() {
        "json" => diff::report::json::render(&report),
        "html" => diff::report::html::render(&report),
        _ => {
            let colour = args.out.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty());
            diff::report::text::render(&report, colour)
        }
    };
    match &args.out {
        Some(path) => write_all_atomic(&[(path.clone(), text.into_bytes())])?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .context("cannot write the report to standard output")?;
        }
    }
    let threshold = match args.fail_on.as_str() {
        "warning" => Some(Severity::Warning),
        "never" => None,
        _ => Some(Severity::Error),
    };
    let fail = match (threshold, report.max_severity()) {
        (Some(t), Some(s)) => s >= t,
        _ => false,
    };
    Ok(i32::from(fail))
}
