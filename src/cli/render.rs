//! `qostil render CONTRACT_DIR [-o OUT_DIR] [--lang kk,ru] [--format html,pdf]`
//!
//! Writes `OUT/<id>.kk.html`, `OUT/<id>.ru.html`, `OUT/<id>.parallel.html`
//! (and the PDF editions). All outputs are written to temporary files first
//! and renamed into place only when every one of them is ready.

use super::output::write_all_atomic;
use crate::lang::Lang;
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
    /// Folder of templates overriding the built-in ones, file by file.
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
    for path in files.into_iter().filter(|p| p.is_file()) {
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

pub fn run(args: Args) -> Result<i32> {
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
        let code = super::check::gate(bi)?;
        if code != 0 {
            eprintln!(
                "error: the Kazakh and Russian texts disagree (see above); nothing was written.\n  \
                 help: fix the sources, or pass --no-check to write the editions anyway"
            );
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
        eprintln!("wrote {}", p.display());
    }
    Ok(0)
}
