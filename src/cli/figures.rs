//! `qostil figures PATH... [--format text|json] [-j N]`: list every figure
//! of a text or Markdown document, line by line, with the language of each
//! line. The records and their formats are in [`crate::report::figures`].
//!
//! The paths are resolved to contracts as for `qostil check`
//! ([`crate::source::workspace::discover`]), and the figures are listed
//! contract by contract, in path order. Given a contract folder (with
//! `contract.toml`), the figures of its rendered Kazakh and Russian bodies
//! are listed, each with `"file"` and the line in `kk.md` / `ru.md`. Given
//! one file, its records have no `"file"`. Given any other folder, it is
//! walked (ripgrep's rules: `.gitignore` in a git repository, `.ignore`,
//! hidden files skipped) and each record of a document found also has
//! `"file"`, the path relative to the folder; with several paths, the
//! path as found. A document that cannot be read is an error on standard
//! error; the others are still listed, and the exit code is 2.

use crate::messages::Catalogue;
use crate::report::{self, figures as view, Format, Report};
use crate::source::workspace::{self, Target};
use anyhow::Result;
use clap::ValueEnum;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `qostil figures`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Documents, contract folders, or folders to search for them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Text)]
    pub format: FiguresFormat,
    /// Read this many documents at a time (default: one per core).
    #[arg(
        short = 'j',
        long,
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    pub threads: usize,
}

/// The formats of `qostil figures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FiguresFormat {
    /// One figure a line.
    Text,
    /// JSON (schemas/figures.schema.json).
    Json,
}

pub fn run(args: Args, cat: &Catalogue) -> Result<i32> {
    let ws = match args.paths.as_slice() {
        // One folder that is not a contract: every document in it, and
        // nothing when there is none.
        [root] if root.is_dir() && !crate::source::is_contract_dir(root) => workspace::Workspace {
            targets: workspace::walk(root),
            walked: true,
        },
        paths => workspace::discover(paths),
    };
    let mut records = Vec::new();
    let mut code = 0;
    if let (false, [target]) = (ws.walked, ws.targets.as_slice()) {
        // One contract or document: its errors end the run, as before.
        records = target_records(target, &Shown::Plain)?;
    } else {
        let shown = match args.paths.as_slice() {
            [root] => Shown::Under(root.clone()),
            _ => Shown::Path,
        };
        let threads = crate::parallel::threads(args.threads);
        let all = crate::parallel::map(&ws.targets, threads, |t| target_records(t, &shown));
        for r in all {
            match r {
                Ok(r) => records.extend(r),
                Err(e) => {
                    code = 2;
                    eprintln!(
                        "{}",
                        crate::report::terminal_safe(&super::format_error(&e, cat))
                    );
                }
            }
        }
    }
    let format = match args.format {
        FiguresFormat::Text => Format::Text,
        FiguresFormat::Json => Format::Json,
    };
    let cx = report::Context {
        catalogue: *cat,
        ..Default::default()
    };
    let mut stdout = std::io::stdout().lock();
    report::write(format, &Report::Figures(&records), &cx, &mut stdout)?;
    stdout.flush()?;
    Ok(code)
}

/// How the file of a record is named.
enum Shown {
    /// Not at all (one document given).
    Plain,
    /// Relative to the folder walked.
    Under(PathBuf),
    /// As found.
    Path,
}

impl Shown {
    fn name(&self, path: &Path) -> Option<String> {
        match self {
            Shown::Plain => None,
            Shown::Under(root) => Some(
                path.strip_prefix(root)
                    .unwrap_or(path)
                    .display()
                    .to_string(),
            ),
            Shown::Path => Some(path.display().to_string()),
        }
    }
}

/// The figures of one target: a contract's rendered bodies, or each file.
fn target_records(target: &Target, shown: &Shown) -> Result<Vec<view::Record>> {
    let mut records = Vec::new();
    match target {
        Target::Contract(dir) => {
            let contract = crate::source::load_contract(dir)?;
            for lang in crate::lang::Lang::ALL {
                records.extend(view::document_records(contract.bi.get(lang)));
            }
        }
        Target::Folder(dir) => {
            for lang in crate::lang::Lang::ALL {
                let f = dir.join(format!("{}.md", lang.code()));
                records.extend(file_records(&f, shown.name(&f).as_deref())?);
            }
        }
        Target::Pair(a, b) => {
            for f in [a, b] {
                records.extend(file_records(f, shown.name(f).as_deref())?);
            }
        }
        Target::Bilingual(f) | Target::Lone(f, _) => {
            records.extend(file_records(f, shown.name(f).as_deref())?);
        }
        Target::Empty(dir) => {
            let d = crate::diag::Diagnostic::file(
                dir.display().to_string(),
                crate::messages::Msg::SrcNoContracts,
            );
            return Err(crate::Error::from(d).into());
        }
        Target::Unreadable { path, cause } => {
            return Err(
                crate::messages::Message::new(crate::messages::Msg::CannotReadFolder)
                    .with("path", path.display().to_string())
                    .with("cause", cause.clone())
                    .error()
                    .into(),
            )
        }
    }
    Ok(records)
}

/// The figures of one file of any format.
fn file_records(path: &Path, shown: Option<&str>) -> Result<Vec<view::Record>> {
    use crate::source::input::{read_document, Read};
    Ok(match read_document(path)? {
        Read::Text(text) => view::records(&text, shown),
        Read::Pieces(x) => view::piece_records(&x, shown),
    })
}
