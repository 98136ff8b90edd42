//! Fields real contracts have: the contract's number and date of signing,
//! appendices as sections of their own that references name («Приложение
//! № 1», «№ 1 қосымша»), a running header and an initials line on every
//! page. Driven through the binary on the bundled services contract, whose
//! source has all of them; errors in them are reported with file and line.

mod common;

use assert_cmd::Command;
use std::collections::HashMap;
use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

/// The bundled services contract.
fn services() -> std::path::PathBuf {
    common::root().join("contracts/company-services")
}

/// Render the services contract into `out` in `formats`.
fn render(out: &Path, formats: &str) {
    qostil()
        .args(["render", "--format", formats])
        .arg(services())
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

/// The pages of a PDF as pdftotext reads them, no-break spaces as spaces.
fn pdf_pages(path: &Path) -> Option<Vec<String>> {
    common::debian_tool("pdftotext")?;
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{a0}', " ");
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

fn docx_parts(path: &Path) -> HashMap<String, String> {
    let bytes = fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        if f.read_to_string(&mut s).is_ok() {
            out.insert(f.name().to_string(), s.replace('\u{a0}', " "));
        }
    }
    out
}

#[test]
fn html_editions_carry_number_date_appendix_and_references_to_it() {
    let out = tempfile::tempdir().unwrap();
    render(out.path(), "html");
    let read = |f: &str| {
        fs::read_to_string(out.path().join(f))
            .unwrap()
            .replace('\u{a0}', " ")
            .replace("&shy;", "")
    };
    let (ru, kk) = (
        read("company-services.ru.html"),
        read("company-services.kk.html"),
    );
    let (tr, tk) = (common::text_of(&ru), common::text_of(&kk));
    // Number under the title; the date of signing, not the version.
    assert!(tr.contains("№ ТС-14/2026"), "{tr}");
    assert!(tr.contains("«1» декабря 2026 года"), "{tr}");
    assert!(!tr.contains("Редакция:"), "{tr}");
    assert!(tk.contains("2026 жылғы «1» желтоқсан"), "{tk}");
    // The appendix: its own head, after the requisites, from a new page.
    let req = tr.find("Реквизиты Сторон").unwrap();
    let head = tr
        .find("Приложение № 1к Договору № ТС-14/2026 от «1» декабря 2026 года")
        .expect("the appendix head");
    assert!(req < head, "the appendix follows the requisites");
    assert!(ru.contains("<div class=\"appendix-head\" id=\"appendix-1\">"));
    assert!(kk.contains("2026 жылғы «1» желтоқсандағы № ТС-14/2026 шартқа<br>№ 1 қосымша"));
    // References to it, and to a clause of it, in the case asked for.
    assert!(ru.contains("<a href=\"#appendix-1\">Приложение № 1</a>"));
    assert!(ru.contains("<a href=\"#a1-c-2.2\">п. 2.2 Приложения № 1</a>"));
    assert!(kk.contains("<a href=\"#a1-c-2.2\">№ 1 қосымшаның 2.2-тармағында</a>"));
    assert!(
        ru.contains("id=\"a1-c-2.2\""),
        "the appendix clause is an anchor"
    );
    // From inside the appendix a clause of the contract is the contract's.
    assert!(ru.contains("<a href=\"#c-3.1\">п. 3.1</a> Договора"));
    // The running header (not on the first page) and the initials line.
    assert!(ru.contains("@page { @top-center { content: \"Договор №\\a0 ТС-14/2026"));
    assert!(ru.contains("@page :first { @top-center { content: none; } }"));
    assert!(ru.contains("@bottom-center { content: \"Исполнитель\\a0 __________"));
    let par = fs::read_to_string(out.path().join("company-services.parallel.html")).unwrap();
    assert!(par.contains("@page parallel:first"));
    assert!(par.contains("<div class=\"row appendix-start\" id=\"appendix-1\">"));
}

#[test]
fn pdf_editions_print_the_appendix_from_a_new_page_with_header_and_initials() {
    let out = tempfile::tempdir().unwrap();
    render(out.path(), "pdf");
    for (edition, header, initials, label) in [
        (
            "ru",
            "Договор № ТС-14/2026 от «1» декабря 2026 года",
            "Исполнитель __________",
            "Приложение № 1",
        ),
        (
            "kk",
            "2026 жылғы «1» желтоқсандағы № ТС-14/2026 шарт",
            "Орындаушы __________",
            "№ 1 қосымша",
        ),
        (
            "parallel",
            "Договор № ТС-14/2026 от «1» декабря 2026 года",
            "Тапсырыс беруші __________",
            "Приложение № 1",
        ),
    ] {
        let path = out.path().join(format!("company-services.{edition}.pdf"));
        let Some(pages) = pdf_pages(&path) else {
            return;
        };
        assert!(pages.len() >= 3, "{edition}: {} pages", pages.len());
        assert!(pages[0].contains("№ ТС-14/2026"), "{edition}: the number");
        assert!(
            !pages[0].contains(header),
            "{edition}: no running header on the first page"
        );
        for (i, p) in pages.iter().enumerate() {
            assert!(
                p.contains(initials),
                "{edition}: initials on page {}",
                i + 1
            );
            if i > 0 {
                assert!(p.contains(header), "{edition}: header on page {}", i + 1);
            }
        }
        // The appendix starts the last page; the requisites end the one
        // before.
        let last = pages.last().unwrap();
        assert!(last.contains(label), "{edition}: {last}");
        let before = &pages[pages.len() - 2];
        assert!(
            !before.contains(label) || before.contains("10.4"),
            "{edition}"
        );
        assert!(
            !last.contains("10.4."),
            "{edition}: the contract's text does not run onto the appendix's page"
        );
    }
}

#[test]
fn docx_editions_break_the_page_before_the_appendix_and_bookmark_it() {
    let out = tempfile::tempdir().unwrap();
    render(out.path(), "docx");
    for edition in ["ru", "kk", "parallel"] {
        let parts = docx_parts(&out.path().join(format!("company-services.{edition}.docx")));
        let doc = &parts["word/document.xml"];
        assert!(doc.contains("<w:pageBreakBefore/>"), "{edition}");
        assert!(doc.contains("w:name=\"appendix_1\""), "{edition}");
        assert!(doc.contains("w:name=\"a1_c_2_2\""), "{edition}");
        assert!(doc.contains("w:anchor=\"a1_c_2_2\""), "{edition}");
        assert!(doc.contains("№ ТС-14/2026"), "{edition}");
        let footer = &parts["word/footer1.xml"];
        let header = &parts["word/header1.xml"];
        if edition != "kk" {
            assert!(footer.contains("Исполнитель"), "{edition}: {footer}");
            assert!(header.contains("Договор № ТС-14/2026"), "{edition}");
        }
        if edition != "ru" {
            assert!(footer.contains("Орындаушы"), "{edition}: {footer}");
        }
    }
}

#[test]
fn the_rendered_editions_check_clean_with_the_appendix_numbered_on_its_own() {
    qostil().arg("check").arg(services()).assert().success();
    let out = tempfile::tempdir().unwrap();
    render(out.path(), "html,pdf,docx");
    for pair in [
        ["company-services.kk.pdf", "company-services.ru.pdf"],
        ["company-services.kk.docx", "company-services.ru.docx"],
    ] {
        qostil()
            .arg("check")
            .args(pair.map(|f| out.path().join(f)))
            .assert()
            .success();
    }
    for one in [
        "company-services.parallel.pdf",
        "company-services.parallel.docx",
    ] {
        qostil()
            .arg("check")
            .arg(out.path().join(one))
            .assert()
            .success();
    }
}

/// A copy of the services contract with `edit` applied to `file`.
fn edited(file: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = common::copy_dir(&services());
    let p = dir.path().join(file);
    let text = fs::read_to_string(&p).unwrap();
    let new = edit(&text);
    assert_ne!(new, text, "the edit applies");
    fs::write(&p, new).unwrap();
    dir
}

#[test]
fn errors_in_appendices_and_print_settings_name_file_and_line() {
    // An appendix in one language only.
    let dir = edited("ru.md", |t| {
        format!("{t}\n# Форма акта\n\n1. Акт составляется по форме.\n")
    });
    let a = qostil()
        .arg("render")
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("out"))
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    let lines = fs::read_to_string(dir.path().join("ru.md")).unwrap();
    let line = lines.lines().position(|l| l == "# Форма акта").unwrap() + 1;
    assert!(err.contains(&format!("ru.md:{line}")), "{err}");
    assert!(err.contains("appendices"), "{err}");
    assert!(!dir.path().join("out").exists(), "nothing written");

    // An unknown key of [print], with its line.
    let dir = edited("contract.toml", |t| {
        t.replace("initials = true", "initials = true\nfooter = true")
    });
    let a = qostil().arg("check").arg(dir.path()).assert().code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    let toml = fs::read_to_string(dir.path().join("contract.toml")).unwrap();
    let line = toml.lines().position(|l| l == "footer = true").unwrap() + 1;
    assert!(err.contains(&format!("contract.toml:{line}")), "{err}");

    // A case the language does not have.
    let dir = edited("ru.md", |t| {
        t.replacen(
            "{{ ref(id=\"scope\") }} к Договору",
            "{{ ref(id=\"scope\", case=\"loc\") }} к Договору",
            1,
        )
    });
    let a = qostil().arg("check").arg(dir.path()).assert().code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(err.contains("ru.md:"), "{err}");
    assert!(err.contains("prep"), "{err}");

    // A body that uses the number of a contract that has none.
    let dir = edited("contract.toml", |t| {
        t.replace("number = \"ТС-14/2026\"\n", "")
    });
    fs::write(
        dir.path().join("ru.md"),
        fs::read_to_string(dir.path().join("ru.md"))
            .unwrap()
            .replacen("о нижеследующем.", "о нижеследующем ({{ number }}).", 1),
    )
    .unwrap();
    let a = qostil().arg("check").arg(dir.path()).assert().code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(err.contains("ru.md:1"), "{err}");
}
