//! Word output: the DOCX editions of `qostil render --format docx` and the
//! redline of `qostil diff --format docx`.
//!
//! Every file generated here goes through a real OOXML validator
//! (openxml-audit, installed by `.ci/run`; skipped where absent, never on
//! CI) with zero errors. The files are also read back: the numbers Word
//! shows for the clauses (numbering.xml resolved here, as Word counts)
//! and the text must be the model's; accepting every tracked change of a
//! redline must give the new version, rejecting every one the old. When
//! LibreOffice is installed, the editions are converted to PDF and read
//! with pdftotext.

mod common;

use assert_cmd::Command;
use qostil::diff::DiffReport;
use qostil::lang::Lang;
use qostil::messages::{Catalogue, UiLang};
use qostil::model::{Block, ClauseNumber, Document};
use qostil::render::edition::{editions, EditionOptions};
use qostil::report::Context;
use roxmltree::{Document as Xml, Node};
use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// ---------------------------------------------------------------------
// Reading a package back.

/// The parts of a DOCX, by name.
fn parts(bytes: &[u8]) -> HashMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    let mut out = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).expect("UTF-8 parts");
        out.insert(f.name().to_string(), s);
    }
    out
}

fn is(n: &Node, name: &str) -> bool {
    n.is_element() && n.tag_name().namespace() == Some(W) && n.tag_name().name() == name
}

fn wattr<'a>(n: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attribute((W, name))
}

fn child<'a, 'i>(n: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(c, name))
}

/// One level of an abstract numbering.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// numbering.xml: numId → (abstractNumId, levels).
fn numbering(xml: &str) -> HashMap<String, (String, Vec<Level>)> {
    let doc = Xml::parse(xml).unwrap();
    let mut abstracts: HashMap<String, Vec<Level>> = HashMap::new();
    for a in doc.descendants().filter(|n| is(n, "abstractNum")) {
        let id = wattr(&a, "abstractNumId").unwrap().to_string();
        let levels = a
            .children()
            .filter(|n| is(n, "lvl"))
            .map(|l| Level {
                start: child(&l, "start")
                    .and_then(|s| wattr(&s, "val"))
                    .map_or(0, |v| v.parse().unwrap()),
                format: child(&l, "numFmt")
                    .and_then(|s| wattr(&s, "val"))
                    .unwrap_or("decimal")
                    .to_string(),
                text: child(&l, "lvlText")
                    .and_then(|s| wattr(&s, "val"))
                    .unwrap_or("")
                    .to_string(),
            })
            .collect();
        abstracts.insert(id, levels);
    }
    let mut out = HashMap::new();
    for n in doc.descendants().filter(|n| is(n, "num")) {
        let id = wattr(&n, "numId").unwrap().to_string();
        let a = wattr(&child(&n, "abstractNumId").unwrap(), "val")
            .unwrap()
            .to_string();
        assert!(
            child(&n, "lvlOverride").is_none(),
            "no overrides are written"
        );
        out.insert(id, (a.clone(), abstracts[&a].clone()));
    }
    out
}

/// A paragraph as Word shows it.
#[derive(Debug, Clone)]
struct Shown {
    style: String,
    /// Index of the cell of the outermost table the paragraph is in.
    column: Option<usize>,
    /// Automatic number (the label Word makes), if any.
    auto: bool,
    /// Label and text, as shown (accepting tracked changes).
    text: String,
}

/// Text of the runs under `n`: `w:t` (not `w:delText`), tabs, breaks.
fn run_text(n: Node) -> String {
    let mut s = String::new();
    for d in n.descendants() {
        if is(&d, "t") {
            s.push_str(d.text().unwrap_or(""));
        } else if is(&d, "tab") && d.parent().is_some_and(|p| is(&p, "r")) {
            s.push('\t');
        } else if is(&d, "br") {
            s.push('\n');
        }
    }
    s
}

/// The column of the outermost table cell around `n`.
fn column(n: Node) -> Option<usize> {
    let tc = n.ancestors().filter(|a| is(a, "tc")).last()?;
    // `prev_siblings` starts with the cell itself.
    Some(tc.prev_siblings().filter(|s| is(s, "tc")).count() - 1)
}

/// Every paragraph of document.xml as Word shows it: numbering resolved
/// as Word counts (a counter per level of each abstract numbering; a
/// paragraph at level k takes the next value and restarts the deeper
/// levels; its label is the level's text with `%n` replaced).
fn shown(parts: &HashMap<String, String>) -> Vec<Shown> {
    let nums = numbering(&parts["word/numbering.xml"]);
    let doc = Xml::parse(&parts["word/document.xml"]).unwrap();
    let mut counters: HashMap<String, Vec<Option<u32>>> = HashMap::new();
    let mut out = Vec::new();
    for p in doc.descendants().filter(|n| is(n, "p")) {
        let ppr = child(&p, "pPr");
        let style = ppr
            .and_then(|x| child(&x, "pStyle"))
            .and_then(|x| wattr(&x, "val"))
            .unwrap_or("")
            .to_string();
        let num = ppr.and_then(|x| child(&x, "numPr")).map(|np| {
            let ilvl: usize = wattr(&child(&np, "ilvl").unwrap(), "val")
                .unwrap()
                .parse()
                .unwrap();
            let id = wattr(&child(&np, "numId").unwrap(), "val")
                .unwrap()
                .to_string();
            (id, ilvl)
        });
        let mut label = String::new();
        if let Some((id, ilvl)) = &num {
            let (abs, levels) = &nums[id];
            let c = counters.entry(abs.clone()).or_insert(vec![None; 9]);
            let next = match c[*ilvl] {
                Some(v) => v + 1,
                None => levels[*ilvl].start,
            };
            c[*ilvl] = Some(next);
            for d in c[ilvl + 1..].iter_mut() {
                *d = None;
            }
            let lvl = &levels[*ilvl];
            label = if lvl.format == "bullet" {
                lvl.text.clone()
            } else {
                let mut t = lvl.text.clone();
                for k in (0..=*ilvl).rev() {
                    let v = c[k].unwrap_or(levels[k].start);
                    t = t.replace(&format!("%{}", k + 1), &v.to_string());
                }
                t
            };
            label.push('\t');
        }
        out.push(Shown {
            style,
            column: column(p),
            auto: num.is_some(),
            text: format!("{label}{}", run_text(p)),
        });
    }
    out
}

/// What the model says each clause and heading paragraph shows: number,
/// tab, text with the no-break spaces of typography; list items with their
/// label.
fn expected(doc: &Document) -> Vec<String> {
    let doc = &qostil::render::typography::document(doc);
    fn prefix(n: Option<&ClauseNumber>) -> String {
        n.map(|n| format!("{n}.\t")).unwrap_or_default()
    }
    fn list(out: &mut Vec<String>, b: &Block) {
        if let Block::List(l) = b {
            for (i, it) in l.items.iter().enumerate() {
                let label = if l.ordered {
                    format!("{})", i + 1)
                } else {
                    "\u{2013}".to_string()
                };
                out.push(format!("{label}\t{}", it.text.to_plain()));
            }
        }
    }
    let mut out = Vec::new();
    for b in &doc.blocks {
        match b {
            // An appendix's head is set as a title, not as a heading.
            Block::Heading(h) if h.appendix.is_some() => {}
            Block::Heading(h) => out.push(format!(
                "{}{}",
                prefix(h.number.as_ref()),
                h.text.to_plain()
            )),
            Block::Clause(c) => {
                if !c.text.is_empty() || c.number.is_some() || c.children.is_empty() {
                    out.push(format!(
                        "{}{}",
                        prefix(c.number.as_ref()),
                        c.text.to_plain()
                    ));
                }
                for ch in &c.children {
                    list(&mut out, ch);
                }
            }
            other => list(&mut out, other),
        }
    }
    out
}

fn is_text_style(s: &str) -> bool {
    matches!(s, "ClauseKk" | "ClauseRu" | "Heading1" | "Heading2")
}

/// The clause and heading paragraphs of one column (`None`: the body).
fn texts_of(shown: &[Shown], col: Option<usize>) -> Vec<Shown> {
    shown
        .iter()
        .filter(|s| s.column == col && is_text_style(&s.style))
        .cloned()
        .collect()
}

/// Word shows the model: every clause number and text, in order; after
/// the contract's text only the requisites heading, then the appendices.
fn assert_shows(got: &[Shown], doc: &Document, what: &str) {
    // Empty paragraphs (the empty side of a row) are left out.
    let want: Vec<String> = expected(doc)
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    let mut texts: Vec<&str> = got
        .iter()
        .map(|s| s.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    // The requisites heading stands before the appendices.
    let requisites = ["Тараптардың деректемелері", "Реквизиты Сторон"];
    if doc.appendices().next().is_some() {
        let at = texts.iter().position(|t| requisites.contains(t));
        let main = doc.split_appendices().0.len();
        assert!(at.is_some(), "{what}: the requisites heading");
        texts.retain(|t| !requisites.contains(t));
        assert!(main > 0, "{what}");
    }
    if std::env::var_os("DOCX_DEBUG").is_some() {
        for (k, t) in texts.iter().enumerate() {
            eprintln!(
                "GOT {k}: {:?} | WANT {:?}",
                t.chars().take(50).collect::<String>(),
                want.get(k).map(|w| w.chars().take(50).collect::<String>())
            );
        }
    }
    assert!(
        texts.len() >= want.len() && texts.len() <= want.len() + 1,
        "{what}: {} paragraphs for {} blocks",
        texts.len(),
        want.len()
    );
    for (k, (g, w)) in texts.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "{what}: paragraph {k}");
    }
}

// ---------------------------------------------------------------------
// The validator.

/// openxml-audit: in the virtual environment `.ci/run` makes, or on PATH.
fn openxml_audit() -> Option<PathBuf> {
    let venv = common::node_modules()
        .parent()
        .map(|p| p.join("venv/bin/openxml-audit"));
    let found = venv
        .filter(|p| p.is_file())
        .or_else(|| common::which("openxml-audit"));
    common::tool("openxml-audit (PyPI)", found)
}

/// Zero errors from the validator, against the Office 2007 schemas and
/// against those of current Word.
fn validate(files: &[PathBuf]) {
    let Some(tool) = openxml_audit() else {
        return;
    };
    for f in files {
        for format in ["office2007", "microsoft365"] {
            let out = std::process::Command::new(&tool)
                .args(["--format", format, "--output", "json", "--max-errors", "0"])
                .arg(f)
                .output()
                .expect("run openxml-audit");
            let report: serde_json::Value =
                serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
                    panic!(
                        "openxml-audit said no JSON ({e}): {}{}",
                        String::from_utf8_lossy(&out.stdout),
                        String::from_utf8_lossy(&out.stderr)
                    )
                });
            let r = &report[0];
            assert_eq!(
                r["error_count"],
                0,
                "{} ({format}): {:#}",
                f.display(),
                r["errors"]
            );
            assert_eq!(r["valid"], true, "{} ({format}): {r:#}", f.display());
            assert!(out.status.success(), "{}: {r:#}", f.display());
        }
    }
}

// ---------------------------------------------------------------------
// The editions.

fn docx_editions(contract: &Path) -> (qostil::source::Contract, Vec<(PathBuf, Vec<u8>)>) {
    let c = qostil::source::load_contract(contract).expect("the contract loads");
    let opts = EditionOptions {
        langs: vec![Lang::Kk, Lang::Ru],
        docx: true,
        ..Default::default()
    };
    let files = editions(&c, &opts).unwrap();
    (c, files)
}

fn contracts() -> Vec<PathBuf> {
    vec![
        common::contract("mini"),
        common::example(),
        // Number, date, running header, initials line and an appendix.
        common::root().join("contracts/company-services"),
    ]
}

#[test]
fn editions_are_named_valid_and_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for contract in contracts() {
        let (c, files) = docx_editions(&contract);
        let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
        let id = &c.meta.id;
        assert_eq!(
            names,
            [
                format!("{id}.kk.docx"),
                format!("{id}.ru.docx"),
                format!("{id}.parallel.docx")
            ]
        );
        // The same input, the same bytes.
        let (_, again) = docx_editions(&contract);
        assert_eq!(files, again);
        for (name, bytes) in files {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            written.push(path);
        }
    }
    validate(&written);
}

#[test]
fn word_shows_the_model_numbers_and_text() {
    for contract in contracts() {
        let (c, files) = docx_editions(&contract);
        for (lang, (name, bytes)) in [Lang::Kk, Lang::Ru].into_iter().zip(&files) {
            let p = parts(bytes);
            let shown = shown(&p);
            let body = texts_of(&shown, None);
            let doc = c.bi.get(lang);
            assert_shows(&body, doc, &name.display().to_string());
            // The bundled contracts number consistently: every number is
            // Word's own, none typed.
            let numbered = doc.numbered().count();
            assert_eq!(
                body.iter().filter(|s| s.auto).count(),
                numbered + list_items(doc),
                "{}",
                name.display()
            );
            let styles = &p["word/styles.xml"];
            let tag = if lang == Lang::Kk { "kk-KZ" } else { "ru-RU" };
            assert!(
                styles.contains(&format!(
                    "<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" \
                     w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>\
                     <w:lang w:val=\"{tag}\""
                )),
                "{styles}"
            );
            // Titles and headings are not hyphenated by Word.
            let x = Xml::parse(styles).unwrap();
            for id in ["Title", "Heading1", "Heading2"] {
                let style = x
                    .descendants()
                    .find(|n| is(n, "style") && wattr(n, "styleId") == Some(id))
                    .unwrap();
                let ppr = child(&style, "pPr").unwrap();
                assert!(child(&ppr, "suppressAutoHyphens").is_some(), "{id}");
            }
            // Runs carry the no-break spaces of typography.
            let document = &p["word/document.xml"];
            let place = if lang == Lang::Kk {
                "\u{a0}қ."
            } else {
                "г.\u{a0}"
            };
            assert!(document.contains(place), "{place}");
        }
        // The parallel edition: Kazakh in the left column, Russian in the
        // right, each numbered by its own list.
        let (name, bytes) = &files[2];
        let p = parts(bytes);
        let shown = shown(&p);
        assert_shows(
            &texts_of(&shown, Some(0)),
            &c.bi.kk,
            &format!("{} kk", name.display()),
        );
        assert_shows(
            &texts_of(&shown, Some(1)),
            &c.bi.ru,
            &format!("{} ru", name.display()),
        );
        let doc = &p["word/document.xml"];
        // The main table (after the one of the titles) has a header row
        // Word repeats on every page.
        let x = Xml::parse(doc).unwrap();
        let body = x.descendants().find(|n| is(n, "body")).unwrap();
        let main = body.children().filter(|n| is(n, "tbl")).nth(1).unwrap();
        let first = main.children().find(|n| is(n, "tr")).unwrap();
        assert!(child(&first, "trPr").is_some_and(|t| child(&t, "tblHeader").is_some()));
        assert_eq!(run_text(first), "Қазақ тіліндеНа русском языке");
        assert!(doc.contains("Қазақ тілінде") && doc.contains("На русском языке"));
        assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
        let footer = &p["word/footer1.xml"];
        assert!(footer.contains("w:instr=\" PAGE \"") && footer.contains("w:instr=\" NUMPAGES \""));
        // The running header where the contract has one, else the titles.
        let header = &p["word/header1.xml"].replace('\u{a0}', " ");
        match &c.meta.print.running_header {
            Some(h) => assert!(header.contains(&h.kk) && header.contains(&h.ru), "{header}"),
            None => assert!(header.contains(&c.meta.title.kk), "{header}"),
        }
    }
}

fn list_items(doc: &Document) -> usize {
    let count = |b: &Block| match b {
        Block::List(l) => l.items.len(),
        _ => 0,
    };
    doc.blocks
        .iter()
        .map(|b| match b {
            Block::Clause(c) => c.children.iter().map(count).sum(),
            other => count(other),
        })
        .sum()
}

fn clause(n: &str, text: &str) -> Block {
    Block::Clause(qostil::model::Clause {
        number: ClauseNumber::parse(n),
        id: None,
        text: qostil::model::RichText::plain(text),
        line: 1,
        children: vec![],
    })
}

#[test]
fn numbers_word_would_count_differently_are_typed() {
    // A skipped number, a repeated one, a clause without its section, and
    // numbering that goes on correctly after them.
    let mut doc = Document::new(Lang::Ru, "ru.txt");
    let seq = [
        "1.1", "2", "2.1", "2.2", "2.4", "2.5", "2.5", "3", "3.1", "3.1.1", "3.2",
    ];
    doc.blocks = seq
        .iter()
        .map(|n| clause(n, &format!("Текст {n}")))
        .collect();
    let lm = qostil::render::html::LangMeta {
        title: "Договор".into(),
        ..Default::default()
    };
    let bytes =
        qostil::render::docx::render_single(&doc, &lm, &Default::default(), &Default::default())
            .unwrap();
    let p = parts(&bytes);
    let body = texts_of(&shown(&p), None);
    assert_shows(&body, &doc, "gaps");
    let auto: Vec<bool> = body.iter().map(|s| s.auto).collect();
    assert_eq!(
        auto,
        [false, true, true, true, false, false, false, true, true, true, true]
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gaps.docx");
    std::fs::write(&path, &bytes).unwrap();
    validate(&[path]);
}

#[test]
fn source_date_epoch_dates_the_properties_only_when_set() {
    let c = qostil::source::load_contract(&common::contract("mini")).unwrap();
    let mut opts = EditionOptions {
        langs: vec![Lang::Kk],
        docx: true,
        ..Default::default()
    };
    let plain = parts(&editions(&c, &opts).unwrap()[0].1);
    assert!(!plain["docProps/core.xml"].contains("dcterms:created"));
    opts.pdf_options.source_date_epoch = Some(1_793_491_200);
    let dated = parts(&editions(&c, &opts).unwrap()[0].1);
    assert!(dated["docProps/core.xml"].contains(
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-01T00:00:00Z</dcterms:created>"
    ));
}

#[test]
fn render_writes_docx_editions_from_the_command_line() {
    let out = tempfile::tempdir().unwrap();
    Command::cargo_bin("qostil")
        .unwrap()
        .args(["render", "--format", "docx", "--no-check"])
        .arg(common::contract("mini"))
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".docx")), "{names:?}");
}

// ---------------------------------------------------------------------
// LibreOffice.

/// LibreOffice converts a DOCX to PDF: `None` when it is not installed.
fn soffice_pdf(docx: &Path, out: &Path) -> Option<PathBuf> {
    let soffice = common::which("soffice")?;
    let profile = out.join("profile");
    let status = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out)
        .arg(docx)
        .output()
        .expect("run soffice");
    assert!(status.status.success(), "{status:?}");
    let pdf = out.join(docx.with_extension("pdf").file_name()?);
    assert!(pdf.is_file(), "{status:?}");
    Some(pdf)
}

#[test]
fn libreoffice_shows_clause_numbers_and_kazakh_letters() {
    if common::which("soffice").is_none() {
        eprintln!("note: soffice (LibreOffice) not found; skipping");
        return;
    }
    let Some(pdftotext) = common::debian_tool("pdftotext") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (c, files) = docx_editions(&common::contract("mini"));
    for (name, bytes) in &files {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let pdf = soffice_pdf(&path, dir.path()).unwrap();
        let out = std::process::Command::new(&pdftotext)
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for n in ["1.", "1.1.", "2.3.", "3.1."] {
            assert!(flat.contains(n), "{}: no {n} in {flat}", name.display());
        }
        let name = name.display().to_string();
        if !name.contains(".ru.") {
            for letter in ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'] {
                assert!(flat.contains(letter), "{name}: no {letter} in {flat}");
            }
            assert!(flat.contains(
                &c.meta
                    .title
                    .kk
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
    }
}

// ---------------------------------------------------------------------
// The redline.

fn diff_cases() -> Vec<(String, PathBuf, PathBuf)> {
    let root = common::root().join("tests/fixtures/diff");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&root).unwrap() {
        let dir = e.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let (old, new) = if dir.join("old").is_dir() {
            (dir.join("old"), dir.join("new"))
        } else {
            (dir.join("old.txt"), dir.join("new.txt"))
        };
        out.push((name, old, new));
    }
    out.sort();
    out
}

fn cx() -> Context {
    Context {
        catalogue: Catalogue::new(UiLang::Ru),
        ..Default::default()
    }
}

/// What a paragraph says once every change is accepted (`accept`) or
/// rejected.
fn resolved(p: Node, accept: bool) -> String {
    let mut s = String::new();
    for d in p.descendants() {
        let in_ins = d.ancestors().any(|a| is(&a, "ins"));
        let in_del = d.ancestors().any(|a| is(&a, "del"));
        let kept = if accept { !in_del } else { !in_ins };
        if !kept {
            continue;
        }
        if is(&d, "t") || is(&d, "delText") {
            s.push_str(d.text().unwrap_or(""));
        } else if is(&d, "br") {
            s.push('\n');
        } else if is(&d, "tab") && d.parent().is_some_and(|x| is(&x, "r")) {
            s.push('\t');
        }
    }
    s
}

/// The texts of a column of the redline's table, every change accepted or
/// rejected: a deleted row is gone once accepted, an inserted one once
/// rejected; empty paragraphs are left out.
fn column_text(xml: &str, col: usize, accept: bool) -> Vec<String> {
    let doc = Xml::parse(xml).unwrap();
    let body = doc.descendants().find(|n| is(n, "body")).unwrap();
    let table = body.children().find(|n| is(n, "tbl")).unwrap();
    let mut out = Vec::new();
    for tr in table.children().filter(|n| is(n, "tr")) {
        let trpr = child(&tr, "trPr");
        let row_ins = trpr.is_some_and(|x| child(&x, "ins").is_some());
        let row_del = trpr.is_some_and(|x| child(&x, "del").is_some());
        if (accept && row_del) || (!accept && row_ins) {
            continue;
        }
        let Some(tc) = tr.children().filter(|n| is(n, "tc")).nth(col) else {
            continue;
        };
        for p in tc.children().filter(|n| is(n, "p")) {
            let style = child(&p, "pPr")
                .and_then(|x| child(&x, "pStyle"))
                .and_then(|x| wattr(&x, "val"))
                .unwrap_or("");
            if !is_text_style(style) {
                continue;
            }
            let t = resolved(p, accept);
            if !t.is_empty() {
                out.push(t);
            }
        }
    }
    out
}

/// The model's text of a version: number, space, the block's text.
fn model_text(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .map(|b| {
            let n = b.number().map(|n| format!("{n}. ")).unwrap_or_default();
            format!("{n}{}", b.plain_text())
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn redline_of(
    old: &Path,
    new: &Path,
) -> (
    qostil::model::Bilingual,
    qostil::model::Bilingual,
    DiffReport,
    Vec<u8>,
) {
    let o = qostil::source::load_input(old).unwrap();
    let n = qostil::source::load_input(new).unwrap();
    let d = qostil::diff::diff(&o, &n);
    let bytes = qostil::report::docx::redline(&d, &cx(), Some(1_793_491_200)).unwrap();
    (o, n, d, bytes)
}

#[test]
fn accepting_gives_the_new_version_and_rejecting_the_old() {
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for (name, old, new) in diff_cases() {
        let (o, n, d, bytes) = redline_of(&old, &new);
        let p = parts(&bytes);
        let xml = &p["word/document.xml"];
        for (col, lang) in [Lang::Kk, Lang::Ru].into_iter().enumerate() {
            assert_eq!(
                column_text(xml, col, true),
                model_text(n.get(lang)),
                "{name} {lang:?}: accepted"
            );
            assert_eq!(
                column_text(xml, col, false),
                model_text(o.get(lang)),
                "{name} {lang:?}: rejected"
            );
        }
        // Every change is qostil's, dated from SOURCE_DATE_EPOCH.
        let doc = Xml::parse(xml).unwrap();
        let marks: Vec<Node> = doc
            .descendants()
            .filter(|n| is(n, "ins") || is(n, "del"))
            .collect();
        assert_eq!(marks.is_empty(), d.changes().next().is_none(), "{name}");
        for m in &marks {
            assert_eq!(wattr(m, "author"), Some("qostil"), "{name}");
            assert_eq!(wattr(m, "date"), Some("2026-11-01T00:00:00Z"), "{name}");
        }
        let path = dir.path().join(format!("{name}.docx"));
        std::fs::write(&path, &bytes).unwrap();
        written.push(path);
    }
    validate(&written);
}

#[test]
fn a_changed_phrase_is_one_deletion_and_one_insertion() {
    let root = common::root().join("tests/fixtures/diff/mixed");
    let (_, _, d, bytes) = redline_of(&root.join("old"), &root.join("new"));
    let xml = &parts(&bytes)["word/document.xml"];
    let doc = Xml::parse(xml).unwrap();
    // A modified clause with several word changes: each paragraph holds as
    // many deletions as changed phrases, one run each.
    let modified = d
        .changes()
        .filter(|c| c.kind == qostil::diff::ChangeKind::Modified)
        .count();
    assert!(modified > 0);
    let mut seen = 0;
    for p in doc.descendants().filter(|n| is(n, "p")) {
        let mark_tracked = child(&p, "pPr")
            .and_then(|x| child(&x, "rPr"))
            .is_some_and(|r| r.children().any(|c| is(&c, "ins") || is(&c, "del")));
        let dels: Vec<Node> = p.children().filter(|n| is(n, "del")).collect();
        let inss: Vec<Node> = p.children().filter(|n| is(n, "ins")).collect();
        for m in dels.iter().chain(&inss) {
            assert_eq!(m.children().filter(|c| is(c, "r")).count(), 1);
        }
        if mark_tracked {
            // A whole inserted or deleted clause: one run.
            assert_eq!(dels.len() + inss.len(), 1);
            continue;
        }
        if dels.is_empty() && inss.is_empty() {
            continue;
        }
        seen += 1;
        // No two changes next to each other, nor separated by a space or
        // a punctuation mark only.
        let kids: Vec<Node> = p.children().filter(|n| n.is_element()).collect();
        for w in kids.windows(3) {
            if (is(&w[0], "del") || is(&w[0], "ins"))
                && is(&w[1], "r")
                && (is(&w[2], "del") || is(&w[2], "ins"))
            {
                let between = run_text(w[1]);
                assert!(
                    between.chars().any(char::is_alphanumeric) || between.chars().count() > 3,
                    "changes split by {between:?}"
                );
            }
        }
        for w in kids.windows(2) {
            assert!(
                !["ins", "del"].iter().any(|k| is(&w[0], k) && is(&w[1], k)),
                "two changes of one kind in a row"
            );
        }
    }
    assert!(seen > 0);
}

#[test]
fn diff_writes_docx_to_a_file_or_to_a_pipe() {
    let root = common::root().join("tests/fixtures/diff/mixed");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("redline.docx");
    Command::cargo_bin("qostil")
        .unwrap()
        .args(["diff", "--format", "docx", "--fail-on", "never"])
        .arg(root.join("old"))
        .arg(root.join("new"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    let file = std::fs::read(&path).unwrap();
    assert!(file.starts_with(b"PK\x03\x04"));
    // Standard output that is not a terminal takes the bytes.
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .args(["diff", "--format", "docx", "--fail-on", "never"])
        .arg(root.join("old"))
        .arg(root.join("new"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, file, "the same bytes either way");
    // Other reports have no DOCX form.
    let mut buf = Vec::new();
    let e = qostil::report::write(
        qostil::report::Format::Docx,
        &qostil::report::Report::Check(&[]),
        &cx(),
        &mut buf,
    )
    .unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::Unsupported);
}

#[test]
fn docx_is_not_written_to_a_terminal() {
    // `script` runs the command with a terminal as its standard output.
    let Some(script) = common::which("script") else {
        eprintln!("note: script (util-linux) not found; skipping");
        return;
    };
    let root = common::root().join("tests/fixtures/diff/mixed");
    let quote = |p: &Path| format!("'{}'", p.display().to_string().replace('\'', r"'\''"));
    let cmd = format!(
        "{} --ui-lang ru diff --format docx {} {}",
        quote(&assert_cmd::cargo::cargo_bin("qostil")),
        quote(&root.join("old")),
        quote(&root.join("new"))
    );
    let out = std::process::Command::new(script)
        .args(["-qec", &cmd, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(shown.contains("двоичный файл"), "{shown}");
    assert!(!shown.contains("PK"), "{shown}");
}

#[test]
fn real_documents_show_their_own_numbers() {
    // Documents nobody structured: skipped and repeated numbers, headings
    // numbered in a series of their own. Word must still show each
    // clause's number as the document has it.
    let Some(corpus) = common::corpus() else {
        eprintln!("note: ../shared/corpus not found; skipping");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.join("realworld"))
        .into_iter()
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".both.txt"))
        .collect();
    files.sort();
    for f in files {
        let bi = qostil::source::load_input(&f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let lm = qostil::render::html::LangMeta::default();
        let meta = Default::default();
        let opts = Default::default();
        for doc in [&bi.kk, &bi.ru] {
            let bytes = qostil::render::docx::render_single(doc, &lm, &meta, &opts).unwrap();
            let shown = shown(&parts(&bytes));
            let body = texts_of(&shown, None);
            assert_shows(&body, doc, &name);
            eprintln!(
                "{name} {}: {} numbers automatic, {} typed",
                doc.lang.code(),
                body.iter().filter(|s| s.auto).count(),
                body.iter()
                    .filter(|s| !s.auto
                        && s.text
                            .split('\t')
                            .next()
                            .is_some_and(|l| ClauseNumber::parse(l).is_some()))
                    .count()
            );
            let path = dir.path().join(format!("{name}.{}.docx", doc.lang.code()));
            std::fs::write(&path, bytes).unwrap();
            written.push(path);
        }
        let bytes = qostil::render::docx::render_parallel(&bi, &lm, &lm, &meta, &opts).unwrap();
        let shown = shown(&parts(&bytes));
        assert_shows(&texts_of(&shown, Some(0)), &bi.kk, &name);
        assert_shows(&texts_of(&shown, Some(1)), &bi.ru, &name);
        let path = dir.path().join(format!("{name}.parallel.docx"));
        std::fs::write(&path, bytes).unwrap();
        written.push(path);
    }
    validate(&written);
}
