//! `qostil check PATH... [--format text|json|sarif|github] [--fail-on error|warning|never] [-j N]
//! [--config PATH | --isolated] [--watch]`
//!
//! The paths are resolved to contracts by
//! [`crate::source::workspace::discover`]; one contract given in one of
//! the single forms (a contract folder, two files, one bilingual file) is
//! checked and reported as it always was; a walked folder or several
//! contracts are checked in parallel by [`crate::check::many`] and
//! reported together, with one summary.
//!
//! Exit codes: 2 when a contract could not be read (its `source-error`
//! findings are reported with the others), else 1 when a finding reaches
//! `--fail-on`, else 0.

use super::FailOnArg;
use crate::check::many::{check_targets, source_errors};
use crate::config::Config;
use crate::messages::Catalogue;
use crate::report::{self, Format, Report};
use crate::source::workspace::{self, Target};
use anyhow::Result;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `qostil check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A contract folder, two files (one per language), one bilingual file,
    /// or folders to search for contracts (several paths allowed).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Exit 1 when there are findings at or above this severity (default:
    /// `fail-on` of qostil.toml, else error).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    /// Read this configuration file instead of the nearest qostil.toml.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Read no configuration file (inline suppressions still apply).
    #[arg(long)]
    pub isolated: bool,
    /// Check this many contracts at a time (default: one per core).
    #[arg(
        short = 'j',
        long,
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    pub threads: usize,
    /// Check again whenever a file under the inputs is saved, until
    /// interrupted (Ctrl-C).
    #[arg(long)]
    pub watch: bool,
}

/// The formats of `qostil check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Compiler-style diagnostics.
    Text,
    /// JSON (schemas/check.schema.json).
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions annotations.
    Github,
}

impl From<CheckFormat> for Format {
    fn from(f: CheckFormat) -> Format {
        match f {
            CheckFormat::Text => Format::Text,
            CheckFormat::Json => Format::Json,
            CheckFormat::Sarif => Format::Sarif,
            CheckFormat::Github => Format::Github,
        }
    }
}

/// Run the check; the exit code is 2 when a contract cannot be read, else
/// 1 when a finding reaches `--fail-on`, else 0. One contract in a single
/// form that cannot be read is an error on standard error in text (as
/// `source-error` findings in the machine-readable formats); among many,
/// it is `source-error` findings in every format.
pub fn run(args: Args, cat: &Catalogue) -> Result<i32> {
    if args.watch {
        return super::watch::watch(&args.inputs, cat, || run_once(&args, cat));
    }
    run_once(&args, cat)
}

/// One check of the inputs.
fn run_once(args: &Args, cat: &Catalogue) -> Result<i32> {
    let cx = report::Context {
        catalogue: *cat,
        ..Default::default()
    };
    let config = configuration(args)?;
    let ws = workspace::discover(&args.inputs);
    let fail_on = match args.fail_on {
        Some(f) => report::FailOn::from(f),
        None => config.fail_on.unwrap_or(report::FailOn::Error),
    };
    // One contract in a single form is reported as it always was (a file
    // naming one language whose counterpart is missing is not such a form).
    // A folder alone in which nothing was found is the error it has always
    // been ("not a contract folder").
    match (ws.walked, ws.targets.as_slice()) {
        (false, [target]) if !matches!(target, Target::Lone(..)) => {
            return run_one(target, args, &cx, fail_on, &config)
        }
        (true, [target @ Target::Empty(_)]) => return run_one(target, args, &cx, fail_on, &config),
        _ => {}
    }
    let outcome = check_targets(&ws.targets, args.threads, &config);
    let report = if args.format == CheckFormat::Text {
        Report::CheckMany {
            findings: &outcome.findings,
            contracts: outcome.targets,
        }
    } else {
        Report::Check(&outcome.findings)
    };
    emit(args.format.into(), &report, &cx)?;
    Ok(if outcome.unreadable > 0 {
        2
    } else {
        i32::from(fail_on.fails(&outcome.findings))
    })
}

/// One contract given in a single form, reported as before.
fn run_one(
    target: &Target,
    args: &Args,
    cx: &report::Context,
    fail_on: report::FailOn,
    config: &Config,
) -> Result<i32> {
    let inputs = target.inputs();
    let bilingual = match crate::source::input::load(&inputs) {
        Ok(b) => b,
        Err(e) if args.format != CheckFormat::Text => {
            let findings = source_errors(&e.into(), &inputs);
            let findings = crate::check::many::finish_target(target, findings, config);
            emit(args.format.into(), &Report::Check(&findings), cx)?;
            return Ok(2);
        }
        Err(e) => return Err(e.into()),
    };
    let findings = crate::check::check_with(&bilingual, |r| config.may_report(r.code));
    let findings = crate::check::many::finish_target(target, findings, config);
    emit(args.format.into(), &Report::Check(&findings), cx)?;
    Ok(i32::from(fail_on.fails(&findings)))
}

/// The configuration of a run: `--isolated`, `--config PATH`, else the
/// nearest `qostil.toml` above the working directory.
fn configuration(args: &Args) -> Result<Config> {
    let cwd = std::env::current_dir()?;
    Ok(if args.isolated {
        Config::none(&cwd)
    } else if let Some(path) = &args.config {
        Config::load(path)?
    } else {
        Config::discover(&cwd)?
    })
}

fn emit(format: Format, report: &Report<'_>, cx: &report::Context) -> Result<()> {
    let mut out = std::io::stdout().lock();
    report::write(format, report, cx, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Run the check before rendering: print findings to standard error and
/// return 1 when there are errors.
pub fn gate(bi: &crate::model::Bilingual, cat: &Catalogue) -> Result<i32> {
    let findings = crate::check::check(bi);
    if findings.is_empty() {
        return Ok(0);
    }
    let cx = report::Context {
        catalogue: *cat,
        ..Default::default()
    };
    let mut err = std::io::stderr().lock();
    report::write(Format::Text, &Report::Check(&findings), &cx, &mut err)?;
    err.flush()?;
    Ok(i32::from(report::Summary::of(&findings).errors > 0))
}
