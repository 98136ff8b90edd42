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

/// The fonts of a page's `@font-face` rules: (family, weight, style, the
/// TrueType bytes).
fn embedded_fonts(page: &str) -> Vec<(String, String, String, Vec<u8>)> {
    use base64::Engine;
    let head = &page[..page.find("</head>").expect("no </head>")];
    head.lines()
        .filter(|l| l.starts_with("@font-face {"))
        .map(|l| {
            let field = |name: &str| {
                let from = l
                    .find(name)
                    .unwrap_or_else(|| panic!("no {name} in {l:.80}"));
                let rest = &l[from + name.len()..];
                rest[..rest.find(';').unwrap()].trim().to_string()
            };
            let data = field("src: url(data:font/ttf;base64,");
            let data = &data[..data.find(')').expect("url closes")];
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data)
                .expect("valid base64");
            (
                field("font-family:").trim_matches('"').to_string(),
                field("font-weight:"),
                field("font-style:"),
                bytes,
            )
        })
        .collect()
}

/// The text inside each element whose start tag begins with `open`, tags
/// removed and the entities qostil writes decoded.
fn texts_in(page: &str, open: &str, close: &str) -> Vec<String> {
    let body = &page[page.find("<body").unwrap()..];
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find(open) {
        let after = &rest[i..];
        let start = after.find('>').unwrap() + 1;
        let end = after.find(close).unwrap();
        out.push(plain_text(&after[start..end]));
        rest = &after[end..];
    }
    out
}

fn plain_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&shy;", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn html_editions_carry_subsets_of_the_fonts_they_use() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let out = tempfile::tempdir().unwrap();
    render(&example, out.path()).success();
    for edition in ["kk", "ru", "parallel"] {
        let name = format!("online-courses-offer.{edition}.html");
        let page = fs::read_to_string(out.path().join(&name)).unwrap();
        let fonts = embedded_fonts(&page);
        let face = |family: &str, weight: &str, style: &str| {
            let found = fonts
                .iter()
                .find(|(f, w, s, _)| f == family && w == weight && s == style)
                .unwrap_or_else(|| panic!("{name}: no {family} {weight} {style}"));
            ttf_parser::Face::parse(&found.3, 0)
                .unwrap_or_else(|e| panic!("{name}: {family} {weight}: {e}"))
        };
        // The families come first in the style sheet's stacks.
        assert!(page.contains("font-family: \"Qostil Serif\", \"Noto Serif\""));
        assert!(page.contains("font-family: \"Qostil Sans\", \"Noto Sans\""));
        let covers = |f: &ttf_parser::Face<'_>, what: &str, texts: &[String]| {
            assert!(!texts.is_empty(), "{name}: no {what}");
            for c in texts.iter().flat_map(|t| t.chars()) {
                if !c.is_whitespace() {
                    let g = f.glyph_index(c).map_or(0, |g| g.0);
                    assert!(g != 0, "{name}: {c:?} of the {what} is not in its font");
                }
            }
        };
        let serif = face("Qostil Serif", "400", "normal");
        let body = plain_text(&page[page.find("<body").unwrap()..]);
        // Every non-ASCII letter of the page, and the Kazakh ones in
        // particular, is in the body face.
        let letters: Vec<String> = body
            .chars()
            .filter(|c| c.is_alphabetic() && !c.is_ascii())
            .map(String::from)
            .collect();
        covers(&serif, "text", &letters);
        let kazakh = if edition == "ru" {
            ""
        } else {
            "әғқңөұүі"
        };
        for c in kazakh.chars() {
            assert!(letters.iter().any(|l| l.starts_with(c)), "{name}: no {c}");
        }
        covers(
            &serif,
            "clauses",
            &texts_in(&page, "<div class=\"clause", "</p>"),
        );
        let sans = face("Qostil Sans", "700", "normal");
        let mut headings = texts_in(&page, "<h1", "</h1>");
        headings.extend(texts_in(&page, "<h2", "</h2>"));
        headings.extend(texts_in(&page, "<h3", "</h3>"));
        headings.extend(texts_in(&page, "<th>", "</th>"));
        covers(&sans, "headings", &headings);
        let bold = face("Qostil Serif", "700", "normal");
        let mut strong = texts_in(&page, "<strong>", "</strong>");
        strong.extend(texts_in(&page, "<span class=\"num\"", "</span>"));
        strong.extend(texts_in(&page, "<p class=\"name\"", "</p>"));
        covers(&bold, "bold text", &strong);
        // The subsets are small: a few glyphs of large fonts.
        for (family, weight, _, bytes) in &fonts {
            assert!(
                bytes.len() < 60_000,
                "{name}: {family} {weight}: {}",
                bytes.len()
            );
        }
        // No face the page does not draw (no italics in the example).
        assert!(!page.contains("<em>"));
        assert!(fonts.iter().all(|(_, _, s, _)| s == "normal"), "{name}");
    }
}

#[test]
fn fonts_can_be_left_out() {
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args([
            "render",
            "--format",
            "html",
            "--no-check",
            "--no-embed-fonts",
        ])
        .arg(fixture("mini"))
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
    let with = tempfile::tempdir().unwrap();
    render(&fixture("mini"), with.path()).success();
    for name in ["mini.kk.html", "mini.ru.html", "mini.parallel.html"] {
        let page = fs::read_to_string(out.path().join(name)).unwrap();
        assert!(!page.contains("@font-face"), "{name}");
        assert!(page.contains("\"Qostil Serif\", \"Noto Serif\""), "{name}");
        let full = fs::read_to_string(with.path().join(name)).unwrap();
        assert_eq!(embedded_fonts(&full).len(), 3, "{name}");
        // Only the font rules differ.
        let rules: String = full
            .lines()
            .filter(|l| l.starts_with("@font-face"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(full.replacen(&rules, "", 1), page, "{name}");
    }
}
