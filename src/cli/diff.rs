//! `qostil diff OLD NEW [--format text|json|html|docx|sarif|github] [-o FILE]`,
//! `qostil diff --rev REV CONTRACT_DIR`

use super::FailOnArg;
use crate::diff;
use crate::diff::meta::MetaSource;
use crate::messages::{Catalogue, Message, Msg};
use crate::output::write_all_atomic;
use crate::report::{self, Format, Report};
use crate::source;
use anyhow::{bail, Result};
use clap::ValueEnum;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

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
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
    /// Exit 1 when there are findings at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOnArg::Error)]
    pub fail_on: FailOnArg,
}

/// The formats of `qostil diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For terminals.
    Text,
    /// JSON (schemas/diff.schema.json).
    Json,
    /// A standalone page for a client.
    Html,
    /// A Word redline: the new version with tracked changes.
    Docx,
    /// The one-sided edits as SARIF 2.1.0.
    Sarif,
    /// The one-sided edits as GitHub Actions annotations.
    Github,
}

impl From<DiffFormat> for Format {
    fn from(f: DiffFormat) -> Format {
        match f {
            DiffFormat::Text => Format::Text,
            DiffFormat::Json => Format::Json,
            DiffFormat::Html => Format::Html,
            DiffFormat::Docx => Format::Docx,
            DiffFormat::Sarif => Format::Sarif,
            DiffFormat::Github => Format::Github,
        }
    }
}

/// The `contract.toml` of a contract folder (`None` for any other input).
fn meta_source(path: &Path) -> Result<Option<MetaSource>> {
    if !source::is_contract_dir(path) {
        return Ok(None);
    }
    let file = path.join("contract.toml");
    let shown = file.display().to_string();
    let bytes = source::read_limited(&file, &shown)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(Some(MetaSource::parse(&shown, text)?))
}

/// Run the diff. `pair`: no interface language was asked for, so the HTML
/// report speaks the contract's two languages.
pub fn run(args: Args, cat: &Catalogue, pair: bool) -> Result<i32> {
    if args.format == DiffFormat::Docx {
        // A binary file is not for a terminal; a malformed
        // `SOURCE_DATE_EPOCH` (the date of the tracked changes) is an
        // error before any work.
        if args.out.is_none() && std::io::stdout().is_terminal() {
            bail!(Message::new(Msg::BinaryToTerminal)
                .with("format", "DOCX")
                .error());
        }
        crate::render::edition::pdf_options_from_env()?;
    }
    let (old, new, metas) = match &args.rev {
        Some(rev) => {
            let [dir] = args.inputs.as_slice() else {
                bail!(Message::new(Msg::DiffRevAlone).error());
            };
            let r = source::revision::load_revision_with_meta(rev, dir)?;
            let new = source::load_input(dir)?;
            let metas = match meta_source(dir)? {
                Some(n) => Some((MetaSource::parse(&r.meta_file, r.meta_text)?, n)),
                None => None,
            };
            (r.bi, new, metas)
        }
        None => {
            let [old, new] = args.inputs.as_slice() else {
                bail!(Message::new(Msg::DiffTwoVersions).error());
            };
            let (o, n) = (source::load_input(old)?, source::load_input(new)?);
            let metas = match (meta_source(old)?, meta_source(new)?) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            };
            (o, n, metas)
        }
    };
    let mut d = diff::diff(&old, &new);
    if let Some((o, n)) = metas {
        d = d.with_meta(diff::meta::diff(&o, &n));
    }
    let cx = report::Context {
        catalogue: *cat,
        colour: args.format == DiffFormat::Text
            && args.out.is_none()
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        pair: pair && matches!(args.format, DiffFormat::Html | DiffFormat::Docx),
    };
    let report = Report::Diff(&d);
    match &args.out {
        Some(path) => {
            let mut buf = Vec::new();
            report::write(args.format.into(), &report, &cx, &mut buf)?;
            write_all_atomic(&[(path.clone(), buf)])?;
        }
        None => {
            let mut out = std::io::stdout().lock();
            report::write(args.format.into(), &report, &cx, &mut out)
                .and_then(|_| out.flush())
                .map_err(|e| {
                    let m = Message::new(Msg::CannotWriteStdout).with("cause", e.to_string());
                    anyhow::Error::new(e).context(m.error())
                })?;
        }
    }
    Ok(i32::from(
        report::FailOn::from(args.fail_on).fails(&d.findings),
    ))
}
