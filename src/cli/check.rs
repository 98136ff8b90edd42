//! `qostil check INPUT... [--format text|json|sarif|github] [--fail-on error|warning|never]`

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `qostil check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A contract folder, two files (one per language) or one bilingual file.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Report format.
    #[arg(long, default_value = "text", value_parser = ["text", "json", "sarif", "github"])]
    pub format: String,
    /// Exit 1 when there are findings at or above this severity.
    #[arg(long, default_value = "error", value_parser = ["error", "warning", "never"])]
    pub fail_on: String,
}

/// Run the check; the exit code is 1 when a finding reaches `--fail-on`.
pub fn run(args: Args) -> Result<i32> {
    let format = qostil_format(&args.format)?;
    let bilingual = crate::source::input::load(&args.inputs)?;
    let findings = crate::check::check(&bilingual);
    let mut out = std::io::stdout().lock();
    crate::report::write(format, &findings, &mut out)?;
    out.flush()?;
    let s = crate::report::Summary::of(&findings);
    let fail = match args.fail_on.as_str() {
        "never" => false,
        "warning" => s.errors + s.warnings > 0,
        _ => s.errors > 0,
    };
    Ok(i32::from(fail))
}

fn qostil_format(s: &str) -> Result<crate::report::Format> {
    crate::report::Format::parse(s).ok_or_else(|| anyhow::anyhow!("unknown format {s}"))
}

/// Run the check before rendering: print findings to standard error and
/// return 1 when there are errors.
pub fn gate(bi: &crate::model::Bilingual) -> Result<i32> {
    let findings = crate::check::check(bi);
    if findings.is_empty() {
        return Ok(0);
    }
    let mut err = std::io::stderr().lock();
    crate::report::write(crate::report::Format::Text, &findings, &mut err)?;
    err.flush()?;
    Ok(i32::from(crate::report::Summary::of(&findings).errors > 0))
}
