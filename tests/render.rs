//! `qostil render` driven as users run it.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contracts")
        .join(name)
}

/// A copy of a fixture contract in a temporary folder, to break on purpose.
fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in fs::read_dir(fixture(name)).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    dir
}

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

fn render(contract: &Path, out: &Path) -> assert_cmd::assert::Assert {
    qostil()
        .args(["render", "--format", "html", "--no-check"])
        .arg(contract)
        .arg("-o")
        .arg(out)
        .assert()
}

/// The `<main>` element of a page.
fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("no <main>");
    let end = page.find("</main>").expect("no </main>") + "</main>".len();
    &page[start..end]
}

/// Clause anchors (`id="c-…"`) in order.
fn anchors(page: &str) -> Vec<String> {
    page.match_indices("id=\"c-")
        .map(|(i, _)| {
            let rest = &page[i + 6..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn renders_three_editions_without_template_syntax() {
    let out = tempfile::tempdir().unwrap();
    render(&fixture("mini"), out.path()).success();
    let mut names: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["mini.kk.html", "mini.parallel.html", "mini.ru.html"]
    );
    let kk = fs::read_to_string(out.path().join("mini.kk.html")).unwrap();
    let ru = fs::read_to_string(out.path().join("mini.ru.html")).unwrap();
    let par = fs::read_to_string(out.path().join("mini.parallel.html")).unwrap();
    for page in [&kk, &ru, &par] {
        assert!(!page.contains("{{") && !page.contains("{%") && !page.contains("{#"));
        assert!(!page.chars().any(|c| ('\u{E000}'..='\u{E0FF}').contains(&c)));
        assert!(page.starts_with("<!DOCTYPE html>"));
    }
    assert!(kk.contains("<html lang=\"kk\">"));
    assert!(ru.contains("<html lang=\"ru\">"));
    assert!(par.contains("lang=\"kk\"") && par.contains("lang=\"ru\""));
    // Both languages carry the same clause numbers.
    assert_eq!(anchors(&kk), anchors(&ru));
    assert_eq!(anchors(&kk), anchors(&par));
    assert!(anchors(&kk).contains(&"2.3".to_string()));
    // Kazakh letters survive.
    for c in ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'] {
        assert!(kk.contains(c), "missing {c}");
    }
    // References render in each language's form and link to the clause.
    assert!(ru.contains("<a href=\"#c-2.1\">п.\u{a0}2.1</a>"));
    assert!(kk.contains("<a href=\"#c-2.1\">2.1-тармақ</a>"));
    // Requisites and signature block.
    assert!(ru.contains("210140000125") && kk.contains("БСН"));
}

#[test]
fn main_element_snapshots() {
    let out = tempfile::tempdir().unwrap();
    render(&fixture("mini"), out.path()).success();
    for name in ["mini.kk.html", "mini.ru.html", "mini.parallel.html"] {
        let page = fs::read_to_string(out.path().join(name)).unwrap();
        insta::assert_snapshot!(name, main_of(&page));
    }
}

#[test]
fn same_input_gives_identical_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    render(&fixture("mini"), a.path()).success();
    render(&fixture("mini"), b.path()).success();
    for e in fs::read_dir(a.path()).unwrap() {
        let name = e.unwrap().file_name();
        assert_eq!(
            fs::read(a.path().join(&name)).unwrap(),
            fs::read(b.path().join(&name)).unwrap(),
            "{name:?} differs"
        );
    }
}

fn expect_input_error(contract: &Path, needles: &[&str]) {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("editions");
    let assert = render(contract, &target).code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    for n in needles {
        assert!(stderr.contains(n), "stderr lacks {n:?}:\n{stderr}");
    }
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"));
    assert!(!target.exists(), "something was written");
}

#[test]
fn undefined_figure_names_file_and_line() {
    let dir = copy_fixture("mini");
    let ru = dir.path().join("ru.md");
    let text = fs::read_to_string(&ru)
        .unwrap()
        .replace("{{ fee }}.", "{{ fees }}.");
    fs::write(&ru, text).unwrap();
    expect_input_error(
        dir.path(),
        &["ru.md:11:", "undefined figure `fees`", "did you mean `fee`"],
    );
}

#[test]
fn unclosed_expression_names_file_and_line() {
    let dir = copy_fixture("mini");
    let kk = dir.path().join("kk.md");
    let text = fs::read_to_string(&kk)
        .unwrap()
        .replace("{{ start }} бастап", "{{ start бастап");
    fs::write(&kk, text).unwrap();
    expect_input_error(dir.path(), &["kk.md:7:", "unclosed `{{`"]);
}

#[test]
fn invalid_toml_names_file_and_line() {
    let dir = copy_fixture("mini");
    let t = dir.path().join("contract.toml");
    let text = fs::read_to_string(&t)
        .unwrap()
        .replace("value = 50 }", "value = 50");
    fs::write(&t, text).unwrap();
    expect_input_error(
        dir.path(),
        &["contract.toml:32", "invalid contract metadata"],
    );
}

#[test]
fn unknown_key_names_the_key() {
    let dir = copy_fixture("mini");
    let t = dir.path().join("contract.toml");
    let text = fs::read_to_string(&t).unwrap().replace("bik = ", "bic = ");
    fs::write(&t, text).unwrap();
    expect_input_error(dir.path(), &["contract.toml:20", "bic"]);
}

#[test]
fn missing_body_file_is_named() {
    let dir = copy_fixture("mini");
    fs::remove_file(dir.path().join("kk.md")).unwrap();
    expect_input_error(dir.path(), &["kk.md", "missing body file"]);
}

#[test]
fn unwritable_output_folder_is_an_error() {
    let out = tempfile::tempdir().unwrap();
    let blocker = out.path().join("file");
    fs::write(&blocker, "not a folder").unwrap();
    let assert = render(&fixture("mini"), &blocker.join("editions")).code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        stderr.contains("cannot create the output folder"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a folder");
}

#[test]
fn input_files_are_never_modified() {
    let dir = copy_fixture("mini");
    let before: Vec<Vec<u8>> = ["contract.toml", "kk.md", "ru.md"]
        .iter()
        .map(|n| fs::read(dir.path().join(n)).unwrap())
        .collect();
    let out = tempfile::tempdir().unwrap();
    render(dir.path(), out.path()).success();
    let after: Vec<Vec<u8>> = ["contract.toml", "kk.md", "ru.md"]
        .iter()
        .map(|n| fs::read(dir.path().join(n)).unwrap())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn template_override_replaces_one_file() {
    let tpl = tempfile::tempdir().unwrap();
    fs::write(tpl.path().join("style.css"), "body { color: #123456; }").unwrap();
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args(["render", "--format", "html", "--no-check", "--templates"])
        .arg(tpl.path())
        .arg(fixture("mini"))
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
    let ru = fs::read_to_string(out.path().join("mini.ru.html")).unwrap();
    assert!(ru.contains("#123456"));
    assert!(ru.contains("id=\"c-2.1\""));
}

#[test]
fn id_on_different_clauses_is_an_error() {
    let dir = copy_fixture("mini");
    let kk = dir.path().join("kk.md");
    let text = fs::read_to_string(&kk)
        .unwrap()
        .replace(" {#price}", "")
        .replace("бастап көрсетіледі.", "бастап көрсетіледі. {#price}");
    fs::write(&kk, text).unwrap();
    expect_input_error(
        dir.path(),
        &["kk.md:7:", "marks clause 1.2 in kk but 2.1 in ru"],
    );
}

#[test]
fn bundled_example_renders_with_matching_numbers() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let out = tempfile::tempdir().unwrap();
    render(&example, out.path()).success();
    let kk = fs::read_to_string(out.path().join("online-courses-offer.kk.html")).unwrap();
    let ru = fs::read_to_string(out.path().join("online-courses-offer.ru.html")).unwrap();
    let (a, b) = (anchors(&kk), anchors(&ru));
    assert_eq!(a, b);
    let sections = a.iter().filter(|n| !n.contains('.')).count();
    assert!(sections >= 8, "{sections} sections");
    assert!(a.len() - sections >= 60, "{} clauses", a.len() - sections);
    for page in [&kk, &ru] {
        assert!(!page.contains("{{") && !page.contains("{#"));
        assert!(page.contains("<table class=\"data\">"));
    }
}

#[test]
fn render_refuses_when_the_languages_disagree() {
    let dir = copy_fixture("mini");
    let kk = dir.path().join("kk.md");
    let text = fs::read_to_string(&kk).unwrap().replace(
        "{{ refund_period }} ішінде",
        "14 (он төрт) күнтізбелік күн ішінде",
    );
    fs::write(&kk, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("editions");
    let assert = qostil()
        .args(["render", "--format", "html"])
        .arg(dir.path())
        .arg("-o")
        .arg(&target)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("error[figure-mismatch]"), "{stderr}");
    assert!(stderr.contains("kk.md:15"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!target.exists());
    // --no-check writes the editions anyway.
    render(dir.path(), &target).success();
    assert!(target.join("mini.kk.html").is_file());
}

#[test]
fn bundled_example_checks_clean_and_renders_with_the_check() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    qostil()
        .arg("check")
        .arg(&example)
        .assert()
        .success()
        .stdout("no findings\n");
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args(["render", "--format", "html"])
        .arg(&example)
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
}

#[test]
fn rendered_html_editions_check_clean() {
    // The checker reads our own HTML editions as any other document.
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let out = tempfile::tempdir().unwrap();
    render(&example, out.path()).success();
    qostil()
        .arg("check")
        .arg(out.path().join("online-courses-offer.kk.html"))
        .arg(out.path().join("online-courses-offer.ru.html"))
        .assert()
        .success()
        .stdout("no findings\n");
}
