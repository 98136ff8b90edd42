//! Contract folders built to break the loader: bodies that include
//! themselves, call tera's built-in functions, nest without end, mark ids
//! where ids do not work, hold marker characters, or are too large. Every
//! one must end with exit code 2 and a message naming the file and the
//! line — never a crash — and nothing may be written.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

const TOML: &str = r#"id = "hard"
version = 2026-11-01
title = { kk = "Шарт", ru = "Договор" }

[figures]
fee = { type = "money", amount = 5000, currency = "KZT" }
term = { type = "duration", value = 3, unit = "working-days" }
"#;

const KK: &str = "## 1. Жалпы ережелер\n\n1.1. Қызметтің құны {{ fee }} құрайды.\n\n1.2. Төлем {{ term }} ішінде жасалады.\n";
const RU: &str = "## 1. Общие положения\n\n1.1. Стоимость услуги составляет {{ fee }}.\n\n1.2. Оплата вносится в течение {{ term | case(name=\"gen\") }}.\n";

/// A contract folder with the given bodies.
fn contract(kk: &str, ru: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("contract.toml"), TOML).unwrap();
    fs::write(dir.path().join("kk.md"), kk).unwrap();
    fs::write(dir.path().join("ru.md"), ru).unwrap();
    dir
}

fn qostil() -> Command {
    let mut c = Command::cargo_bin("qostil").unwrap();
    c.env_remove("QOSTIL_MAX_INPUT_MB");
    c
}

/// Run a command; it must exit with 2 and say `needle` about `file:line`.
fn fails_with(args: &[&str], dir: &Path, file: &str, line: u32, needle: &str) -> String {
    let out = qostil().args(args).arg(dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    let at = format!("{file}:{line}");
    assert!(
        stderr
            .lines()
            .any(|l| l.contains(&at) && l.contains(needle)),
        "{args:?}: expected `{at}` and `{needle}` in:\n{stderr}"
    );
    stderr
}

/// `render`, `check` and `figures` on a broken contract all stop with the
/// same diagnostic, and `render` writes nothing.
fn every_command_fails(kk: &str, line: u32, needle: &str) -> String {
    let dir = contract(kk, RU);
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("out");
    let stderr = fails_with(
        &["render", "--no-check", "-o", out_dir.to_str().unwrap()],
        dir.path(),
        "kk.md",
        line,
        needle,
    );
    assert!(!out_dir.exists() || fs::read_dir(&out_dir).unwrap().next().is_none());
    fails_with(&["check"], dir.path(), "kk.md", line, needle);
    fails_with(&["figures"], dir.path(), "kk.md", line, needle);
    // `diff` with the broken version on either side.
    let good = contract(KK, RU);
    let out = qostil()
        .arg("diff")
        .arg(good.path())
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    stderr
}

#[test]
fn the_good_contract_renders() {
    let dir = contract(KK, RU);
    qostil().arg("check").arg(dir.path()).assert().code(0);
}

#[test]
fn a_body_that_includes_itself_is_refused() {
    for tag in [
        "{% include \"body\" %}",
        "{% import \"body\" as b %}",
        "{% extends \"body\" %}",
        "{% macro m() %}x{% endmacro %}",
    ] {
        let kk = format!("{KK}\n{tag}\n");
        let kw = tag.split_whitespace().nth(1).unwrap();
        every_command_fails(&kk, 7, &format!("`{{% {kw} %}}` is not allowed"));
    }
}

#[test]
fn tera_builtin_functions_are_refused_in_every_tag() {
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    for (body, needle) in [
        (
            "{% set x = get_env(name=\"HOME\") %}{{ x }}",
            "unknown function `get_env`",
        ),
        ("{{ get_env(name=\"HOME\") }}", "unknown function `get_env`"),
        (
            "{% if get_env(name=\"HOME\") %}да{% endif %}",
            "unknown function `get_env`",
        ),
        (
            "{% for c in get_env(name=\"HOME\") %}{{ c }}{% endfor %}",
            "unknown function `get_env`",
        ),
        ("{% set n = now() %}{{ n }}", "unknown function `now`"),
        (
            "{% for i in range(end=3) %}{{ i }}{% endfor %}",
            "unknown function `range`",
        ),
        (
            "{% filter upper %}текст{% endfilter %}",
            "unknown filter `upper`",
        ),
        ("{{ fee | upper }}", "unknown filter `upper`"),
        (
            "{% set x = fee | replace(from=\"1\", to=\"2\") %}{{ x }}",
            "unknown filter `replace`",
        ),
        ("{% if secret %}да{% endif %}", "undefined figure `secret`"),
    ] {
        let kk = format!("{KK}\n1.3. Мәтін {body}.\n");
        let stderr = every_command_fails(&kk, 7, needle);
        assert!(!stderr.contains(&home) || home.len() < 2, "{stderr}");
    }
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let parens = format!("{{% set y = {}1{} %}}", "(".repeat(5000), ")".repeat(5000));
    every_command_fails(&format!("{KK}\n{parens}\n"), 7, "too long");
    let brackets = format!("{{% set y = {}1{} %}}", "[".repeat(40), "]".repeat(40));
    every_command_fails(&format!("{KK}\n{brackets}\n"), 7, "nest too deeply");
    let ifs = "{% if true %}".repeat(3000);
    every_command_fails(&format!("{KK}\n{ifs}\n"), 7, "nests too deeply");
}

#[test]
fn runtime_errors_name_their_line() {
    let kk = format!("{KK}\n1.3. Мәтін.\n\n1.4. Мәтін {{{{ fee.amount }}}}.\n");
    every_command_fails(&kk, 9, "template error");
}

#[test]
fn an_unclosed_comment_names_the_line_where_it_opens() {
    let kk = format!("{KK}\n1.3. Мәтін {{# ескерту\n\nжәне тағы\n");
    every_command_fails(&kk, 7, "unclosed `{#`");
}

#[test]
fn raw_blocks_are_left_alone_and_printed_raw() {
    let kk =
        format!("{KK}\n1.3. Үлгі: {{% raw %}}{{{{ undefined }}}} {{#not-an-id}}{{% endraw %}}.\n");
    let ru = format!(
        "{RU}\n1.3. Образец: {{% raw %}}{{{{ undefined }}}} {{#not-an-id}}{{% endraw %}}.\n"
    );
    let dir = contract(&kk, &ru);
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args(["render", "--no-check", "--format", "html", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .assert()
        .code(0);
    let html = fs::read_to_string(out.path().join("hard.kk.html")).unwrap();
    assert!(html.contains("{{ undefined }} {#not-an-id}"), "{html}");
}

/// No private-use marker character in any file of a folder.
fn no_markers(dir: &Path) {
    for e in fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "html") {
            let text = fs::read_to_string(&path).unwrap();
            assert!(
                !text.chars().any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c)),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn ids_on_list_items_are_a_clear_error() {
    for item in ["- пункт тізімі {#item}", "2. Екінші тармақ {#item}"] {
        let kk = format!("{KK}\n1.3. Тізім:\n\n{item}\n");
        let ru = format!(
            "{RU}\n1.3. Список:\n\n{}\n",
            item.replace("пункт тізімі", "элемент")
                .replace("Екінші тармақ", "Второй пункт")
        );
        let dir = contract(&kk, &ru);
        fails_with(&["check"], dir.path(), "kk.md", 9, "is in a list item");
    }
}

#[test]
fn ids_after_raw_html_work_and_leak_nothing() {
    let kk = format!("{KK}\n<p>Қосымша ақпарат</p> {{#note}}\n");
    let ru = format!("{RU}\n<p>Дополнительная информация</p> {{#note}}\n");
    let dir = contract(&kk, &ru);
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args(["render", "--no-check", "--format", "html", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .assert()
        .code(0);
    no_markers(out.path());
}

#[test]
fn marker_characters_in_sources_are_refused() {
    let kk = format!("{KK}\n1.3. Мәтін \u{E004}x\u{E005}.\n");
    every_command_fails(&kk, 7, "U+E004");
}

#[test]
fn files_over_the_size_limit_are_refused() {
    // A body of more than one megabyte against a limit of one.
    let kk = format!("{KK}\n1.3. {}\n", "Ұзын мәтін. ".repeat(60_000));
    let dir = contract(&kk, RU);
    let out = qostil()
        .env("QOSTIL_MAX_INPUT_MB", "1")
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("kk.md") && stderr.contains("larger than 1 MB"),
        "{stderr}"
    );
}

/// A contract folder with the given `contract.toml` and the good bodies.
fn with_toml(toml: &str) -> tempfile::TempDir {
    let dir = contract(KK, RU);
    fs::write(dir.path().join("contract.toml"), toml).unwrap();
    dir
}

#[test]
fn numbers_written_as_text_are_refused_naming_the_key() {
    let toml = TOML.replace("amount = 5000", "amount = \"5 000\"");
    let dir = with_toml(&toml);
    let err = fails_with(
        &["check"],
        dir.path(),
        "contract.toml",
        6,
        "`figures.fee.amount` is a number",
    );
    assert!(err.contains("amount = 5000"), "{err}");
    let toml = TOML.replace("value = 3", "value = \"3\"");
    let dir = with_toml(&toml);
    fails_with(
        &["render", "--no-check"],
        dir.path(),
        "contract.toml",
        7,
        "`figures.term.value`",
    );
}

#[test]
fn wrong_identifiers_are_refused_at_their_key() {
    let party = "\n[[parties]]\nkey = \"provider\"\nrole = { kk = \"Орындаушы\", ru = \"Исполнитель\" }\nname = { kk = \"«Мысал» ЖШС\", ru = \"ТОО «Пример»\" }\n";
    let good = format!(
        "{TOML}{party}bin = \"210940017387\"\niban = \"KZ119930000000417265\"\nbik = \"HSBKKZKX\"\n"
    );
    let dir = with_toml(&good);
    qostil().arg("check").arg(dir.path()).assert().code(0);
    let base = TOML.lines().count() as u32 + 6;
    for (from, to, line, needle) in [
        ("210940017387", "210940017388", base, "check digit"),
        (
            "KZ119930000000417265",
            "KZ119930000000417256",
            base + 1,
            "not a valid account",
        ),
        (
            "HSBKKZKX",
            "HSBKRUKX",
            base + 2,
            "not the code of a Kazakh bank",
        ),
    ] {
        let dir = with_toml(&good.replace(from, to));
        fails_with(&["check"], dir.path(), "contract.toml", line, needle);
        fails_with(
            &["render", "--no-check"],
            dir.path(),
            "contract.toml",
            line,
            needle,
        );
    }
}

#[test]
fn a_body_reading_a_field_the_party_lacks_is_refused() {
    let party = "\n[[parties]]\nkey = \"tenant\"\nrole = { kk = \"Жалға алушы\", ru = \"Наниматель\" }\nname = { kk = \"«Мысал» ЖШС\", ru = \"ТОО «Пример»\" }\nbin = \"210940017387\"\n";
    let ru = format!("{RU}\n1.3. {{{{ tenant.bin }}}}\n");
    let dir = contract(&format!("{KK}\n1.3. {{{{ tenant.bin }}}}\n"), &ru);
    fs::write(dir.path().join("contract.toml"), format!("{TOML}{party}")).unwrap();
    qostil().arg("check").arg(dir.path()).assert().code(0);
    let dir = contract(&format!("{KK}\n1.3. {{{{ tenant.iin }}}}\n"), &ru);
    fs::write(dir.path().join("contract.toml"), format!("{TOML}{party}")).unwrap();
    let line = KK.lines().count() as u32 + 2;
    let err = fails_with(
        &["check"],
        dir.path(),
        "kk.md",
        line,
        "party `tenant` has no `iin`",
    );
    assert!(err.contains("bin"), "{err}");
}

#[test]
fn kazakh_bodies_put_figures_in_a_case_by_vowel_harmony() {
    let kk = "## 1. Жалпы ережелер\n\n1.1. Қызметтің құны {{ fee | case(name=\"dat\") }} тең.\n\n1.2. Төлем {{ term | case(name=\"abl\") }} кешіктірілмейді.\n";
    let dir = contract(kk, RU);
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args(["render", "--no-check", "--format", "html", "--lang", "kk"])
        .arg(dir.path())
        .arg("-o")
        .arg(out.path())
        .assert()
        .code(0);
    let html = fs::read_to_string(out.path().join("hard.kk.html")).unwrap();
    let text = html.replace('\u{ad}', "").replace("&shy;", "");
    assert!(text.contains("теңгеге тең"), "{text}");
    assert!(text.contains("жұмыс күнінен кешіктірілмейді"), "{text}");
    // A Russian case has no meaning in a Kazakh body.
    let kk = KK.replace("{{ fee }}", "{{ fee | case(name=\"prep\") }}");
    let dir = contract(&kk, RU);
    fails_with(&["check"], dir.path(), "kk.md", 3, "prep");
}
