//! `qostil render CONTRACT_DIR [-o OUT_DIR] [--lang kk,ru] [--format html,pdf,docx]
//! [--no-embed-fonts]`
//!
//! Writes `OUT/<id>.kk.html`, `OUT/<id>.ru.html`, `OUT/<id>.parallel.html`
//! (and the PDF and DOCX editions asked for with `--format`). All outputs are written to temporary files first
//! and renamed into place only when every one of them is ready
//! ([`crate::output`]): a failed or interrupted run changes no output.
//!
//! `SOURCE_DATE_EPOCH`, when set, must be the seconds since 1970 (digits
//! only, up to the year 9999): a malformed or out-of-range value is an error
//! (exit 2) before anything is read, never a made-up date in the PDFs.

use crate::lang::Lang;
use crate::messages::{Catalogue, Message, Msg};
use crate::output::write_all_atomic;
use crate::render::edition::{self, EditionOptions};
use crate::render::html::HtmlOptions;
use crate::source;
use anyhow::{bail, Result};
use clap::ValueEnum;
use std::path::{Path, PathBuf};

/// Arguments of `qostil render`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The contract folder (contract.toml, kk.md, ru.md).
    pub contract: PathBuf,
    /// Output folder.
    #[arg(short = 'o', long = "out", default_value = "out")]
    pub out: PathBuf,
    /// Languages of the single-language editions (the parallel edition is
    /// written when both are selected).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "kk,ru")]
    pub lang: Vec<LangArg>,
    /// Formats to write.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "html,pdf")]
    pub format: Vec<EditionFormat>,
    /// Folder of templates overriding the built-in ones, file by file
    /// (single.html, parallel.html, macros.html, style.css). Templates may use
    /// tera's text and list filters and tests, no functions, and include or
    /// import only each other.
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Write the editions even when the check finds errors.
    #[arg(long)]
    pub no_check: bool,
    /// Leave the fonts out of the HTML editions: they are then set in the
    /// fonts installed where they are opened. By default each HTML edition
    /// carries subsets of its Noto faces.
    #[arg(long)]
    pub no_embed_fonts: bool,
}

/// A language of the contract, on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Kazakh.
    Kk,
    /// Russian.
    Ru,
}

/// A format of the editions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EditionFormat {
    /// Standalone HTML.
    Html,
    /// PDF.
    Pdf,
    /// Word (DOCX).
    Docx,
}

/// Refuse a contract path that is not a folder, saying what it is.
fn check_contract_path(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => bail!(Message::new(Msg::RenderGivenFile)
            .with("path", path.display().to_string())
            .error()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!(Message::new(Msg::RenderNoFolder)
                .with("path", path.display().to_string())
                .error())
        }
        Err(e) => bail!(Message::new(Msg::CannotReadPath)
            .with("path", path.display().to_string())
            .with("cause", e.to_string())
            .error()),
    }
}

pub fn run(args: Args, cat: &Catalogue) -> Result<i32> {
    // `SOURCE_DATE_EPOCH` is checked before any work: set and malformed is
    // an error.
    let pdf_options = edition::pdf_options_from_env()?;
    check_contract_path(&args.contract)?;
    let mut langs = Vec::new();
    for l in &args.lang {
        let l = match l {
            LangArg::Kk => Lang::Kk,
            LangArg::Ru => Lang::Ru,
        };
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    let want_html = args.format.contains(&EditionFormat::Html);
    let want_pdf = args.format.contains(&EditionFormat::Pdf);
    let want_docx = args.format.contains(&EditionFormat::Docx);
    let templates = edition::load_templates(args.templates.as_deref())?;
    let contract = source::load_contract(&args.contract)?;

    if !args.no_check {
        let code = super::check::gate(&contract.bi, cat)?;
        if code != 0 {
            eprintln!("{}", cat.get(Msg::RenderRefused));
            return Ok(1);
        }
    }

    let opts = EditionOptions {
        langs,
        html: want_html,
        pdf: want_pdf,
        docx: want_docx,
        templates,
        html_options: HtmlOptions {
            embed_fonts: !args.no_embed_fonts,
        },
        pdf_options,
    };
    let out = &args.out;
    let files: Vec<(PathBuf, Vec<u8>)> = edition::editions(&contract, &opts)?
        .into_iter()
        .map(|(name, bytes)| (out.join(name), bytes))
        .collect();

    std::fs::create_dir_all(out).map_err(|e| {
        Message::new(Msg::CannotCreateOutFolder)
            .with("path", out.display().to_string())
            .with("cause", e.to_string())
            .error()
    })?;
    write_all_atomic(&files)?;
    for (p, _) in &files {
        let m = Message::new(Msg::Wrote).with("path", p.display().to_string());
        eprintln!("{}", cat.text(&m));
    }
    Ok(0)
}
