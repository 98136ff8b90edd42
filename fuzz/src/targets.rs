//! The fuzz targets: one thin function per entry point of the library.
//! Each takes raw bytes, makes of them what its entry point reads, and
//! must return without a panic whatever the bytes are. Shared by the
//! `fuzz/` package and the regression test of the main crate.

use qostil::figures::spell::Gender;
use qostil::figures::RuCase;
use qostil::lang::Lang;
use qostil::model::Bilingual;
use qostil::render::{docx, html, pdf, EditionMeta};

/// Parts of a multi-file input are separated by this line.
pub const SEPARATOR: &str = "\n=====\n";

/// A target: its name, the function, and the kinds of seed files it
/// starts from.
pub struct Target {
    /// Name (the folder of its regression inputs).
    pub name: &'static str,
    /// The function under test.
    pub run: fn(&[u8]),
    /// Seed file extensions (empty: contract folders joined, see
    /// [`contract_seeds`]).
    pub exts: &'static [&'static str],
    /// Longest input tried.
    pub max_len: usize,
}

/// Every target.
pub const TARGETS: &[Target] = &[
    Target {
        name: "plain",
        run: plain,
        exts: &["txt", "md"],
        max_len: 64 * 1024,
    },
    Target {
        name: "figures",
        run: figures,
        exts: &["txt", "md"],
        max_len: 16 * 1024,
    },
    Target {
        name: "words",
        run: words,
        exts: &["txt"],
        max_len: 2 * 1024,
    },
    Target {
        name: "check",
        run: check,
        exts: &["txt", "md"],
        max_len: 64 * 1024,
    },
    Target {
        name: "diff",
        run: diff,
        exts: &["txt", "md"],
        max_len: 32 * 1024,
    },
    Target {
        name: "contract",
        run: contract,
        exts: &[],
        max_len: 32 * 1024,
    },
    Target {
        name: "html",
        run: html_render,
        exts: &["txt", "md"],
        max_len: 32 * 1024,
    },
    Target {
        name: "pdf",
        run: pdf_render,
        exts: &["txt", "md"],
        max_len: 8 * 1024,
    },
    Target {
        name: "docx",
        run: docx_render,
        exts: &["txt", "md"],
        max_len: 16 * 1024,
    },
    Target {
        name: "pdf_read",
        run: pdf_read,
        exts: &["pdf"],
        max_len: 256 * 1024,
    },
];

/// The target of a name.
pub fn by_name(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// The plain reader: one bilingual text, and each language alone.
pub fn plain(data: &[u8]) {
    let t = text(data);
    let bi = qostil::source::plain::read_bilingual(&t, "fuzz.txt");
    let _ = bi.kk.blocks.len() + bi.ru.blocks.len();
    for lang in Lang::ALL {
        let _ = qostil::source::plain::read_single(&t, "fuzz.txt", lang, false);
    }
    let _ = qostil::source::plain::dominant_language(&t);
}

/// Figure extraction in both languages.
pub fn figures(data: &[u8]) {
    let t = text(data);
    for lang in Lang::ALL {
        let _ = qostil::figures::extract(&t, lang);
        let _ = qostil::figures::words_digits(&t, lang);
    }
}

/// Number words read and written back.
pub fn words(data: &[u8]) {
    let t = text(data);
    for lang in Lang::ALL {
        if let Some(n) = qostil::figures::words::parse(&t, lang) {
            for case in [
                RuCase::Nom,
                RuCase::Gen,
                RuCase::Dat,
                RuCase::Acc,
                RuCase::Ins,
                RuCase::Prep,
            ] {
                for gender in [Gender::Masc, Gender::Fem, Gender::Neut] {
                    let _ = qostil::figures::words::spell(&n, lang, case, gender);
                }
            }
        }
    }
}

/// Read and check one bilingual text, writing every report format.
pub fn check(data: &[u8]) {
    let t = text(data);
    let bi = qostil::source::plain::read_bilingual(&t, "fuzz.txt");
    check_bi(&bi);
}

fn check_bi(bi: &Bilingual) {
    let findings = qostil::check::check(bi);
    for format in [
        qostil::report::Format::Text,
        qostil::report::Format::Json,
        qostil::report::Format::Sarif,
        qostil::report::Format::Github,
    ] {
        let mut out = Vec::new();
        for lang in qostil::messages::UiLang::ALL {
            let cx = qostil::report::Context {
                catalogue: qostil::messages::Catalogue::new(lang),
                ..Default::default()
            };
            let _ = qostil::report::write(
                format,
                &qostil::report::Report::Check(&findings),
                &cx,
                &mut out,
            );
        }
    }
}

/// Two versions of a bilingual text compared, both ways.
pub fn diff(data: &[u8]) {
    let t = text(data);
    let (a, b) = t.split_once(SEPARATOR).unwrap_or((&t, ""));
    let old = qostil::source::plain::read_bilingual(a, "old.txt");
    let new = qostil::source::plain::read_bilingual(b, "new.txt");
    let r = qostil::diff::diff(&old, &new);
    for format in [
        qostil::report::Format::Text,
        qostil::report::Format::Json,
        qostil::report::Format::Html,
    ] {
        let _ = qostil::report::to_string(
            format,
            &qostil::report::Report::Diff(&r),
            &qostil::report::Context::default(),
        );
    }
    let _ = qostil::diff::diff(&new, &old);
}

/// A contract folder (contract.toml, kk.md, ru.md joined by
/// [`SEPARATOR`]) loaded, checked and rendered to HTML.
pub fn contract(data: &[u8]) {
    let t = text(data);
    let mut parts = t.splitn(3, SEPARATOR);
    let toml = parts.next().unwrap_or("");
    let kk = parts.next().unwrap_or("");
    let ru = parts.next().unwrap_or("");
    let Ok(dir) = tempfile::tempdir() else { return };
    for (name, body) in [("contract.toml", toml), ("kk.md", kk), ("ru.md", ru)] {
        if std::fs::write(dir.path().join(name), body).is_err() {
            return;
        }
    }
    let Ok(c) = qostil::source::load_contract(dir.path()) else {
        return;
    };
    check_bi(&c.bi);
    render_html(&c.bi);
}

fn meta() -> (EditionMeta, html::LangMeta) {
    let meta = EditionMeta {
        title: "Шарт / Договор".into(),
        author: "ЖШС / ТОО".into(),
        id: "fuzz".into(),
        version: "2026-12-01".into(),
    };
    let lm = html::LangMeta {
        title: "Шарт".into(),
        city: "Алматы".into(),
        version: "2026".into(),
        ..html::LangMeta::default()
    };
    (meta, lm)
}

fn render_html(bi: &Bilingual) {
    let (meta, lm) = meta();
    let templates = html::Templates::builtin();
    for doc in [&bi.kk, &bi.ru] {
        let _ = html::render_single(doc, &lm, &meta, &templates);
    }
    let _ = html::render_parallel(bi, &lm, &lm, &meta, &templates);
}

/// HTML editions of a bilingual text.
pub fn html_render(data: &[u8]) {
    let t = text(data);
    let bi = qostil::source::plain::read_bilingual(&t, "fuzz.txt");
    render_html(&bi);
}

/// PDF editions of a bilingual text.
pub fn pdf_render(data: &[u8]) {
    let t = text(data);
    let bi = qostil::source::plain::read_bilingual(&t, "fuzz.txt");
    let (meta, _) = meta();
    let opts = pdf::PdfOptions::default();
    let _ = pdf::render_single(&bi.kk, &meta, &opts);
    let _ = pdf::render_parallel(&bi, &meta, &opts);
}

/// DOCX editions of a bilingual text, and the redline of the text against
/// itself with its first half left out.
pub fn docx_render(data: &[u8]) {
    let t = text(data);
    let bi = qostil::source::plain::read_bilingual(&t, "fuzz.txt");
    let (meta, lm) = meta();
    let opts = docx::DocxOptions::default();
    for doc in [&bi.kk, &bi.ru] {
        let _ = docx::render_single(doc, &lm, &meta, &opts);
    }
    let _ = docx::render_parallel(&bi, &lm, &lm, &meta, &opts);
    let mut cut = t.len() / 2;
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    let old = qostil::source::plain::read_bilingual(&t[cut..], "old.txt");
    let r = qostil::diff::diff(&old, &bi);
    let _ = qostil::report::docx::redline(&r, &qostil::report::Context::default(), Some(0));
}

/// The PDF reader: any bytes as a PDF, and what it reads into the model.
pub fn pdf_read(data: &[u8]) {
    if let Ok(x) = qostil::source::pdf::read(data, "fuzz.pdf") {
        let _ = qostil::source::piece::to_bilingual(x, "fuzz.pdf");
    }
}

/// Seeds of the contract target: each contract folder under `dirs`
/// joined into one input.
pub fn contract_seeds(dirs: &[std::path::PathBuf]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut folders = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        for e in entries.flatten() {
            if e.path().join("contract.toml").is_file() {
                folders.push(e.path());
            }
        }
    }
    folders.sort();
    for f in folders {
        let read = |n: &str| std::fs::read_to_string(f.join(n)).unwrap_or_default();
        out.push(
            [read("contract.toml"), read("kk.md"), read("ru.md")]
                .join(SEPARATOR)
                .into_bytes(),
        );
    }
    out
}
