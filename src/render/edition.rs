//! Assembling the editions of a contract folder (`qostil render`).
//!
//! [`editions`] builds the metadata of each edition from `contract.toml`
//! (titles, author, place, version date in each language) and renders every
//! edition asked for: one per selected language (`<id>.kk.html`,
//! `<id>.ru.pdf`, ...) and, when both languages are selected, the parallel
//! edition (`<id>.parallel.html`, `<id>.parallel.pdf`). It returns the files
//! with their bytes and writes nothing: the caller writes them all or none
//! ([`crate::output::write_all_atomic`]).
//!
//! [`load_templates`] reads a folder of templates overriding the built-in
//! ones, and [`pdf_options_from_env`] reads `SOURCE_DATE_EPOCH`, the date the
//! PDFs carry.

use super::docx::{self, DocxOptions};
use super::html::{self, HtmlOptions, LangMeta, Templates};
use super::layout::Front;
use super::pdf::{self, PdfOptions};
use super::EditionMeta;
use crate::lang::Lang;
use crate::messages::{Message, Msg};
use crate::source::contract::ContractMeta;
use crate::source::template::format_date;
use crate::source::Contract;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

/// What to render.
#[derive(Debug, Clone, Default)]
pub struct EditionOptions {
    /// Languages of the single-language editions, in the order they are
    /// written; the parallel edition is written when both are selected.
    pub langs: Vec<Lang>,
    /// Write the HTML editions.
    pub html: bool,
    /// Write the PDF editions.
    pub pdf: bool,
    /// Write the DOCX editions.
    pub docx: bool,
    /// The HTML templates.
    pub templates: Templates,
    /// Options of the HTML editions.
    pub html_options: HtmlOptions,
    /// Options of the PDF editions.
    pub pdf_options: PdfOptions,
}

/// Render the editions of `contract`: the output files, named relative to
/// the output folder (`<id>.kk.html`), with their bytes. For each selected
/// language its HTML, PDF and DOCX editions, then the parallel HTML, PDF
/// and DOCX editions.
pub fn editions(contract: &Contract, opts: &EditionOptions) -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let meta = &contract.meta;
    let bi = &contract.bi;
    let edition = edition_meta(meta);
    let name = |suffix: &str| PathBuf::from(format!("{}.{suffix}", meta.id));
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let docx_options = DocxOptions {
        source_date_epoch: opts.pdf_options.source_date_epoch,
    };
    for &lang in &opts.langs {
        let doc = bi.get(lang);
        let mut em = edition.clone();
        em.title = meta.title.get(lang).to_string();
        if lang == Lang::Kk {
            em.author = meta
                .provider()
                .map(|p| p.name.kk.clone())
                .unwrap_or_default();
        }
        if opts.html {
            let page = html::render_single_with(
                doc,
                &lang_meta(meta, lang),
                &em,
                &opts.templates,
                &opts.html_options,
            )?;
            files.push((name(&format!("{}.html", lang.code())), page.into_bytes()));
        }
        if opts.pdf {
            let front = Front::of(&lang_meta(meta, lang), lang);
            let bytes = pdf::render_single_with(doc, &front, &em, &opts.pdf_options)?;
            files.push((name(&format!("{}.pdf", lang.code())), bytes));
        }
        if opts.docx {
            let bytes = docx::render_single(doc, &lang_meta(meta, lang), &em, &docx_options)?;
            files.push((name(&format!("{}.docx", lang.code())), bytes));
        }
    }
    if opts.langs.len() == 2 {
        if opts.html {
            let page = html::render_parallel_with(
                bi,
                &lang_meta(meta, Lang::Kk),
                &lang_meta(meta, Lang::Ru),
                &edition,
                &opts.templates,
                &opts.html_options,
            )?;
            files.push((name("parallel.html"), page.into_bytes()));
        }
        if opts.pdf {
            let kk = Front::of(&lang_meta(meta, Lang::Kk), Lang::Kk);
            let ru = Front::of(&lang_meta(meta, Lang::Ru), Lang::Ru);
            let bytes = pdf::render_parallel_with(bi, [&kk, &ru], &edition, &opts.pdf_options)?;
            files.push((name("parallel.pdf"), bytes));
        }
        if opts.docx {
            let bytes = docx::render_parallel(
                bi,
                &lang_meta(meta, Lang::Kk),
                &lang_meta(meta, Lang::Ru),
                &edition,
                &docx_options,
            )?;
            files.push((name("parallel.docx"), bytes));
        }
    }
    Ok(files)
}

/// The metadata of the parallel edition: both titles, the provider's
/// Russian name as author. Single-language editions take their own title
/// (and, in Kazakh, the provider's Kazakh name).
fn edition_meta(meta: &ContractMeta) -> EditionMeta {
    EditionMeta {
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
    }
}

/// Title, place, number, dates and print settings in one language.
fn lang_meta(meta: &ContractMeta, lang: Lang) -> LangMeta {
    LangMeta {
        title: meta.title.get(lang).to_string(),
        city: meta
            .city
            .as_ref()
            .map(|c| c.get(lang).to_string())
            .unwrap_or_default(),
        version: format_date(&meta.version, lang),
        number: meta.printed_number().unwrap_or_default(),
        date: meta
            .date
            .as_ref()
            .map(|d| format_date(d, lang))
            .unwrap_or_default(),
        running_header: meta
            .print
            .running_header
            .as_ref()
            .map(|h| h.get(lang).to_string())
            .unwrap_or_default(),
        initials: if meta.print.initials {
            meta.parties
                .iter()
                .map(|p| p.role.get(lang).to_string())
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// The built-in templates, overridden file by file by those in `dir`
/// (single.html, parallel.html, macros.html, style.css). A file in `dir`
/// that links outside it is refused.
pub fn load_templates(dir: Option<&Path>) -> Result<Templates> {
    let mut t = Templates::builtin();
    let Some(dir) = dir else {
        return Ok(t);
    };
    let entries = std::fs::read_dir(dir).map_err(|e| folder_error(dir, e))?;
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let root = std::fs::canonicalize(dir).map_err(|e| folder_error(dir, e))?;
    for path in files.into_iter().filter(|p| p.is_file()) {
        // A link in the folder must not bring in a file from elsewhere.
        let real = std::fs::canonicalize(&path).map_err(|e| template_error(&path, e))?;
        if !real.starts_with(&root) {
            bail!(Message::new(Msg::TemplateOutside)
                .with("path", path.display().to_string())
                .with("target", real.display().to_string())
                .with("folder", dir.display().to_string())
                .error());
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| template_error(&path, e))?;
        t = t.with_override(&name, text, &path.display().to_string())?;
    }
    Ok(t)
}

fn folder_error(dir: &Path, e: std::io::Error) -> crate::messages::Said {
    Message::new(Msg::TemplatesFolder)
        .with("path", dir.display().to_string())
        .with("cause", e.to_string())
        .error()
}

fn template_error(path: &Path, e: std::io::Error) -> crate::messages::Said {
    Message::new(Msg::TemplateRead)
        .with("path", path.display().to_string())
        .with("cause", e.to_string())
        .error()
}

/// PDF options from the environment: `SOURCE_DATE_EPOCH` sets the document
/// dates; without it (or set empty) the PDFs carry none. A malformed or
/// out-of-range value is an error that says why
/// ([`pdf::parse_source_date_epoch`]), never a made-up date.
pub fn pdf_options_from_env() -> Result<PdfOptions> {
    let source_date_epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => pdf::parse_source_date_epoch(&v).map_err(|e| anyhow::anyhow!("{e}"))?,
        Err(std::env::VarError::NotPresent) => None,
        Err(std::env::VarError::NotUnicode(_)) => {
            bail!(Message::new(Msg::EpochNotUnicode).error())
        }
    };
    Ok(PdfOptions {
        source_date_epoch,
        ..Default::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Contract {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
        crate::source::load_contract(&dir).expect("the bundled contract loads")
    }

    fn names(files: &[(PathBuf, Vec<u8>)]) -> Vec<String> {
        files.iter().map(|(p, _)| p.display().to_string()).collect()
    }

    #[test]
    fn both_languages_add_the_parallel_edition() {
        let c = bundled();
        let id = c.meta.id.clone();
        let opts = EditionOptions {
            langs: vec![Lang::Ru, Lang::Kk],
            html: true,
            ..Default::default()
        };
        let files = editions(&c, &opts).unwrap();
        assert_eq!(
            names(&files),
            [
                format!("{id}.ru.html"),
                format!("{id}.kk.html"),
                format!("{id}.parallel.html")
            ]
        );
        let kk = String::from_utf8(files[1].1.clone()).unwrap();
        assert!(kk.contains(&c.meta.title.kk), "{kk}");
    }

    #[test]
    fn one_language_writes_no_parallel_edition() {
        let c = bundled();
        let opts = EditionOptions {
            langs: vec![Lang::Kk],
            html: true,
            ..Default::default()
        };
        let files = editions(&c, &opts).unwrap();
        assert_eq!(names(&files), [format!("{}.kk.html", c.meta.id)]);
        let none = EditionOptions {
            langs: vec![Lang::Kk, Lang::Ru],
            ..Default::default()
        };
        assert!(editions(&c, &none).unwrap().is_empty());
    }
}
