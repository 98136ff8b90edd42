//! `qostil check INPUT... [--format text|json|sarif|github] [--fail-on error|warning|never]
//! [--config PATH | --isolated]`

use super::FailOnArg;
use crate::check::{rules::source_error, Finding, Location};
use crate::config::Config;
use crate::messages::{Catalogue, Message, Msg};
use crate::report::{self, Format, Report};
use anyhow::Result;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `qostil check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A contract folder, two files (one per language) or one bilingual file.
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

/// Run the check; the exit code is 1 when a finding reaches `--fail-on`,
/// 2 when the input cannot be read (reported as `source-error` findings
/// in the machine-readable formats, as errors on standard error in text).
pub fn run(args: Args, cat: &Catalogue) -> Result<i32> {
    let cx = report::Context {
        catalogue: *cat,
        ..Default::default()
    };
    let config = configuration(&args)?;
    let bilingual = match crate::source::input::load(&args.inputs) {
        Ok(b) => b,
        Err(e) if args.format != CheckFormat::Text => {
            let findings = source_errors(&e.into(), &args.inputs);
            emit(args.format.into(), &findings, &cx)?;
            return Ok(2);
        }
        Err(e) => return Err(e.into()),
    };
    let findings = config.apply(&args.inputs, crate::check::check(&bilingual));
    emit(args.format.into(), &findings, &cx)?;
    let fail_on = match args.fail_on {
        Some(f) => report::FailOn::from(f),
        None => config.fail_on.unwrap_or(report::FailOn::Error),
    };
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

fn emit(format: Format, findings: &[Finding], cx: &report::Context) -> Result<()> {
    let mut out = std::io::stdout().lock();
    report::write(format, &Report::Check(findings), cx, &mut out)?;
    out.flush()?;
    Ok(())
}

/// A source that cannot be read, as `source-error` findings: one per
/// diagnostic (file, line, column), or one for the whole input.
fn source_errors(e: &anyhow::Error, inputs: &[PathBuf]) -> Vec<Finding> {
    let lang_of = |file: &str| {
        let name = std::path::Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("");
        crate::lang::Lang::from_code(name)
    };
    let diags = e
        .chain()
        .find_map(|c| match c.downcast_ref::<crate::Error>() {
            Some(crate::Error::Input(d)) => Some(d.clone()),
            _ => None,
        });
    let Some(diags) = diags else {
        let file = match e.chain().find_map(|c| c.downcast_ref::<crate::Error>()) {
            Some(crate::Error::Io { path, .. }) => path.display().to_string(),
            _ => inputs
                .first()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        };
        let text = e
            .chain()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(": ");
        let location = Location {
            lang: lang_of(&file),
            file,
            line: 0,
            column: None,
            clause: None,
            excerpt: String::new(),
        };
        let message = Message::new(Msg::SourceError).with("text", text);
        return vec![source_error::RULE.finding(message, vec![location])];
    };
    diags
        .iter()
        .map(|d| {
            let message = match &d.help {
                Some(h) => Message::new(Msg::SourceErrorHelp)
                    .with("text", d.message.clone())
                    .with("help", h.clone()),
                None => Message::new(Msg::SourceError).with("text", d.message.clone()),
            };
            let location = Location {
                lang: lang_of(&d.file),
                file: d.file.clone(),
                line: d.line.unwrap_or(0),
                column: d.column,
                clause: None,
                excerpt: String::new(),
            };
            source_error::RULE.finding(message, vec![location])
        })
        .collect()
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
