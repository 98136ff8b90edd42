//! `qostil diff OLD NEW [--format text|json|html|sarif|github] [-o FILE]`,
//! `qostil diff --rev REV CONTRACT_DIR`

use super::FailOnArg;
use crate::diff;
use crate::messages::Catalogue;
use crate::report::{self, Format, Report};
use clap::ValueEnum;
use crate::model::Bilingual;
use crate::output::write_all_atomic;
use crate::source;
use anyhow::{bail, Context, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

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
            DiffFormat::Sarif => Format::Sarif,
            DiffFormat::Github => Format::Github,
        }
    }
}

/// Run the diff. `pair`: no interface language was asked for, so the HTML
/// report speaks the contract's two languages.
pub fn run(args: Args, cat: &Catalogue, pair: bool) -> Result<i32> {
    let (old, new) = match &args.rev {
        Some(rev) => {
            let [dir] = args.inputs.as_slice() else {
                bail!("with --rev, give the contract folder alone: qostil diff --rev REV CONTRACT_DIR");
            };
            let old = load_revision(rev, dir)?;
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
    let d = diff::diff(&old, &new);
    let cx = report::Context {
        catalogue: *cat,
        colour: args.format == DiffFormat::Text
            && args.out.is_none()
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty()),
        pair: pair && args.format == DiffFormat::Html,
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
                .context("cannot write the report to standard output")?;
        }
    }
    Ok(i32::from(
        report::FailOn::from(args.fail_on).fails(&d.findings),
    ))
}

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("cannot run git; is it installed?")
}

/// Load the contract folder `dir` as it was at git revision `rev`.
fn load_revision(rev: &str, dir: &Path) -> Result<Bilingual> {
    if !dir.is_dir() {
        bail!("{}: no such contract folder", dir.display());
    }
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        bail!(
            "{}: not a git repository, so --rev {rev} cannot be read",
            dir.display()
        );
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    let verify = git(
        &top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )?;
    if !verify.status.success() {
        bail!(
            "unknown revision `{rev}` in the git repository {}",
            top.display()
        );
    }
    let abs = dir
        .canonicalize()
        .with_context(|| format!("cannot read the folder {}", dir.display()))?;
    let top_abs = top.canonicalize().unwrap_or(top.clone());
    let rel = abs.strip_prefix(&top_abs).unwrap_or(Path::new(""));
    let rel = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let tmp = tempfile::Builder::new()
        .prefix("qostil-rev-")
        .tempdir()
        .context("cannot create a temporary folder")?;
    for name in ["contract.toml", "kk.md", "ru.md"] {
        let spec = if rel.is_empty() {
            format!("{rev}:{name}")
        } else {
            format!("{rev}:{rel}/{name}")
        };
        let out = git(&top, &["show", &spec])?;
        if !out.status.success() {
            bail!(
                "{name} of {} does not exist at revision `{rev}`",
                dir.display()
            );
        }
        std::fs::write(tmp.path().join(name), &out.stdout)
            .with_context(|| format!("cannot write a temporary copy of {name}"))?;
    }
    // Errors name the files by revision, not by the temporary folder,
    // which is gone by the time they are read.
    let shown = if rel.is_empty() {
        format!("{rev}:")
    } else {
        format!("{rev}:{rel}/")
    };
    let tmp_prefix = format!("{}{}", tmp.path().display(), std::path::MAIN_SEPARATOR);
    let mut bi = source::load_input(tmp.path()).map_err(|e| {
        let text = e.to_string().replace(&tmp_prefix, &shown);
        anyhow::anyhow!("{text}")
            .context(format!("the contract at revision `{rev}` cannot be read"))
    })?;
    // Name the old files by revision, not by the temporary folder.
    for doc in [&mut bi.kk, &mut bi.ru] {
        let name = format!("{}.md", doc.lang.code());
        doc.file = if rel.is_empty() {
            format!("{rev}:{name}")
        } else {
            format!("{rev}:{rel}/{name}")
        };
    }
    Ok(bi)
}
