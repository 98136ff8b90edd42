//! `qostil figures FILE [--format text|json]`: list every figure of a text
//! or Markdown document, line by line, with the language of each line. The
//! records and their formats are in [`crate::report::figures`].
//!
//! Given a contract folder (with `contract.toml`), the figures of its
//! rendered Kazakh and Russian bodies are listed, each with `"file"` and the
//! line in `kk.md` / `ru.md`. Given any other folder, every `.md` and `.txt`
//! file in it (recursively, in name order) is read and each record also has
//! `"file"`, the path relative to the folder.

use crate::messages::{Catalogue, Message, Msg};
use crate::report::{self, figures as view, Format, Report};
use anyhow::Result;
use clap::ValueEnum;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `qostil figures`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A document (or contract folder).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Text)]
    pub format: FiguresFormat,
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
    let mut records = Vec::new();
    if crate::source::is_contract_dir(&args.file) {
        let contract = crate::source::load_contract(&args.file)?;
        for lang in crate::lang::Lang::ALL {
            records.extend(view::document_records(contract.bi.get(lang)));
        }
    } else if args.file.is_dir() {
        let mut files = Vec::new();
        collect(&args.file, &mut files).map_err(|e| {
            Message::new(Msg::CannotReadFolder)
                .with("path", args.file.display().to_string())
                .with("cause", e.to_string())
                .error()
        })?;
        files.sort();
        for f in files {
            let rel = f
                .strip_prefix(&args.file)
                .unwrap_or(&f)
                .display()
                .to_string();
            let text = read_text(&f)?;
            records.extend(view::records(&text, Some(&rel)));
        }
    } else {
        // A DOCX or PDF gives its text located by paragraph or page.
        use crate::source::input::{read_bytes, sniff, InputFormat};
        use crate::source::piece::to_located_text;
        let bytes = read_bytes(&args.file)?;
        let shown = args.file.display().to_string();
        let text = match sniff(&args.file, &bytes) {
            InputFormat::Text => read_text(&args.file)?,
            InputFormat::Docx => to_located_text(&crate::source::docx::read(&bytes, &shown)?),
            InputFormat::Pdf => to_located_text(&crate::source::pdf::read(&bytes, &shown)?),
        };
        records.extend(view::records(&text, None));
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
    Ok(0)
}

fn read_text(path: &Path) -> Result<String> {
    Ok(crate::source::input::read_text(path)?)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let p = entry.path();
        // Links to folders are not followed: a link loop would never end
        // and a link may lead out of the folder given.
        let kind = entry.file_type()?;
        if kind.is_symlink() && p.is_dir() {
            continue;
        }
        if kind.is_dir() {
            collect(&p, out)?;
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("md" | "txt" | "markdown")
        ) {
            out.push(p);
        }
    }
    Ok(())
}
