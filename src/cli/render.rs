//! `qostil render CONTRACT_DIR [-o OUT_DIR] [--lang kk,ru] [--format html,pdf]`
//!
//! Writes `OUT/<id>.kk.html`, `OUT/<id>.ru.html`, `OUT/<id>.parallel.html`
//! (and the PDF editions). All outputs are written to temporary files first
//! and renamed into place only when every one of them is ready
//! ([`crate::output`]): a failed or interrupted run changes no output.
//!
//! `SOURCE_DATE_EPOCH`, when set, must be the seconds since 1970 (digits
//! only, up to the year 9999): a malformed or out-of-range value is an error
//! (exit 2) before anything is read, never a made-up date in the PDFs.

use crate::lang::Lang;
use crate::output::write_all_atomic;
use crate::render::html::{self, LangMeta, Templates};
use crate::render::EditionMeta;
use crate::source::{self, template::format_date};
use anyhow::{bail, Context, Result};
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
    #[arg(long, value_delimiter = ',', default_value = "kk,ru")]
    pub lang: Vec<String>,
    /// Formats to write.
    #[arg(long, value_delimiter = ',', default_value = "html,pdf")]
    pub format: Vec<String>,
    /// Folder of templates overriding the built-in ones, file by file
    /// (single.html, parallel.html, macros.html, style.css). Templates may use
    /// tera's text and list filters and tests, no functions, and include or
    /// import only each other.
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Write the editions even when the check finds errors.
    #[arg(long)]
    pub no_check: bool,
}

fn load_templates(dir: Option<&Path>) -> Result<Templates> {
    let mut t = Templates::builtin();
    let Some(dir) = dir else {
        return Ok(t);
    };
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the templates folder {}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let root = std::fs::canonicalize(dir)
        .with_context(|| format!("cannot read the templates folder {}", dir.display()))?;
    for path in files.into_iter().filter(|p| p.is_file()) {
        // A link in the folder must not bring in a file from elsewhere.
        let real = std::fs::canonicalize(&path)
            .with_context(|| format!("cannot read template {}", path.display()))?;
        if !real.starts_with(&root) {
            bail!(
                "{}: the template links to {}, outside the templates folder; \
                 copy the file into {} instead",
                path.display(),
                real.display(),
                dir.display()
            );
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read template {}", path.display()))?;
        t = t.with_override(&name, text, &path.display().to_string())?;
    }
    Ok(t)
}

/// Refuse a contract path that is not a folder, saying what it is.
fn check_contract_path(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => bail!(
            "{}: this is a file, and `qostil render` takes a contract folder \
             (contract.toml, kk.md and ru.md)\n  \
             help: give the folder that holds contract.toml; to check a document, \
             use `qostil check {}`",
            path.display(),
            path.display()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "{}: no such folder\n  \
             help: `qostil render` takes a contract folder (contract.toml, kk.md and ru.md)",
            path.display()
        ),
        Err(e) => bail!("{}: cannot read it: {e}", path.display()),
    }
}

/// `SOURCE_DATE_EPOCH`, checked before any work: set and malformed is an
/// error.
fn check_source_date_epoch() -> Result<()> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => crate::render::pdf::parse_source_date_epoch(&v)
            .map(drop)
            .map_err(|e| anyhow::anyhow!("{e}")),
        Err(std::env::VarError::NotPresent) => Ok(()),
        Err(std::env::VarError::NotUnicode(_)) => {
            bail!("SOURCE_DATE_EPOCH is not a number of seconds: give digits only")
        }
    }
}

pub fn run(args: Args, cat: &crate::messages::Catalogue) -> Result<i32> {
    check_source_date_epoch()?;
    check_contract_path(&args.contract)?;
    let mut langs = Vec::new();
    for l in &args.lang {
        match Lang::from_code(l) {
            Some(l) if !langs.contains(&l) => langs.push(l),
            Some(_) => {}
            None => bail!("unknown language `{l}` in --lang: use kk, ru or kk,ru"),
        }
    }
    let mut want_html = false;
    let mut want_pdf = false;
    for f in &args.format {
        match f.trim() {
            "html" => want_html = true,
            "pdf" => want_pdf = true,
            other => bail!("unknown format `{other}` in --format: use html, pdf or html,pdf"),
        }
    }
    let templates = load_templates(args.templates.as_deref())?;
    let contract = source::load_contract(&args.contract)?;
    let meta = &contract.meta;
    let bi = &contract.bi;

    if !args.no_check {
        let code = super::check::gate(bi, cat)?;
        if code != 0 {
            eprintln!("{}", cat.get(crate::messages::Msg::RenderRefused));
            return Ok(1);
        }
    }

    let edition = EditionMeta {
        title: format!("{} / {}", meta.title.kk, meta.title.ru),
        author: meta
            .provider()
            .map(|p| p.name.ru.clone())
            .unwrap_or_default(),
        id: meta.id.clone(),
        version: format!(
            "{:04}-{:02}-{:02}",
            meta.version.year, meta.version.month, meta.version.day
        ),
    };
    let lang_meta = |lang: Lang| LangMeta {
        title: meta.title.get(lang).to_string(),
        city: meta
            .city
            .as_ref()
            .map(|c| c.get(lang).to_string())
            .unwrap_or_default(),
        version: format_date(&meta.version, lang),
    };

    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let out = &args.out;
    let path = |suffix: &str| out.join(format!("{}.{suffix}", meta.id));
    for &lang in &langs {
        let doc = bi.get(lang);
        let mut em = edition.clone();
        em.title = meta.title.get(lang).to_string();
        if lang == Lang::Kk {
            em.author = meta
                .provider()
                .map(|p| p.name.kk.clone())
                .unwrap_or_default();
        }
        if want_html {
            let page = html::render_single(doc, &lang_meta(lang), &em, &templates)?;
            files.push((path(&format!("{}.html", lang.code())), page.into_bytes()));
        }
        if want_pdf {
            if let Some(bytes) = super::pdf_single(doc, &em)? {
                files.push((path(&format!("{}.pdf", lang.code())), bytes));
            }
        }
    }
    if langs.len() == 2 {
        if want_html {
            let page = html::render_parallel(
                bi,
                &lang_meta(Lang::Kk),
                &lang_meta(Lang::Ru),
                &edition,
                &templates,
            )?;
            files.push((path("parallel.html"), page.into_bytes()));
        }
        if want_pdf {
            if let Some(bytes) = super::pdf_parallel(bi, &edition)? {
                files.push((path("parallel.pdf"), bytes));
            }
        }
    }

    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the output folder {}", out.display()))?;
    write_all_atomic(&files)?;
    for (p, _) in &files {
        let m = crate::messages::Message::new(crate::messages::Msg::Wrote)
            .with("path", p.display().to_string());
        eprintln!("{}", cat.text(&m));
    }
    Ok(0)
}
