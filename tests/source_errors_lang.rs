//! A broken contract source is reported in the interface language: on
//! standard error for every command, and as `source-error` findings in the
//! reports of `qostil check`.

use assert_cmd::Command;
use std::path::Path;

fn contract(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contracts")
        .join(name)
        .display()
        .to_string()
}

fn qostil() -> Command {
    let mut c = Command::cargo_bin("qostil").unwrap();
    c.env_remove("QOSTIL_UI_LANG");
    c
}

/// Standard error of `qostil --ui-lang LANG ARGS…`, checking the exit code 2.
fn stderr(lang: &str, args: &[&str]) -> String {
    let out = qostil()
        .args(["--ui-lang", lang])
        .args(args)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    err
}

/// Words of the English diagnostics that must not be left in a translation
/// (`[figures]`, the section of contract.toml, is a name and stays).
const ENGLISH: &[&str] = &[
    "error",
    "help",
    "undefined",
    "unclosed",
    "figures are",
    "did you mean",
    "close the",
    "expression",
    "defined in",
];

/// `text` (with the contract folder's path, which names the defect, left
/// out) holds no English word of [`ENGLISH`].
fn assert_no_english(text: &str, dir: &str) {
    let lower = text.replace(dir, "").to_lowercase();
    for w in ENGLISH {
        assert!(!lower.contains(w), "English «{w}» left in:\n{text}");
    }
}

#[test]
fn english_stays_as_it_was() {
    let err = stderr("en", &["check", &contract("undefined-figure")]);
    assert!(
        err.ends_with(
            "undefined-figure/kk.md:11:24: undefined figure `fees`\n  \
             help: did you mean `fee`? Figures are defined in contract.toml under [figures]\n"
        ),
        "{err}"
    );
    assert!(err.starts_with("error: "), "{err}");
    let err = stderr("en", &["check", &contract("unclosed-expression")]);
    assert!(
        err.ends_with(
            "unclosed-expression/ru.md:13:19: unclosed `{{`\n  help: close the expression with `}}`\n"
        ),
        "{err}"
    );
}

#[test]
fn an_undefined_figure_in_russian_and_kazakh() {
    let dir = contract("undefined-figure");
    let ru = stderr("ru", &["check", &dir]);
    assert!(ru.starts_with("ошибка: "), "{ru}");
    assert!(
        ru.contains("kk.md:11:24: значение «fees» не определено"),
        "{ru}"
    );
    assert!(
        ru.contains("\n  подсказка: возможно, имелось в виду «fee»?"),
        "{ru}"
    );
    assert_no_english(&ru, &dir);

    let kk = stderr("kk", &["check", &dir]);
    assert!(kk.starts_with("қате: "), "{kk}");
    assert!(kk.contains("kk.md:11:24: «fees» мәні анықталмаған"), "{kk}");
    assert!(
        kk.contains("\n  кеңес: «fee» деп жазу керек пе еді?"),
        "{kk}"
    );
    assert_no_english(&kk, &dir);
}

#[test]
fn an_unclosed_expression_in_russian_and_kazakh() {
    let dir = contract("unclosed-expression");
    let ru = stderr("ru", &["check", &dir]);
    assert!(ru.starts_with("ошибка: "), "{ru}");
    assert!(ru.contains("ru.md:13:19: не закрыта скобка «{{»"), "{ru}");
    assert!(
        ru.contains("\n  подсказка: закройте выражение скобкой «}}»"),
        "{ru}"
    );
    assert_no_english(&ru, &dir);

    let kk = stderr("kk", &["check", &dir]);
    assert!(kk.starts_with("қате: "), "{kk}");
    assert!(kk.contains("ru.md:13:19: «{{» жақшасы жабылмаған"), "{kk}");
    assert!(
        kk.contains("\n  кеңес: өрнекті «}}» жақшасымен жабыңыз"),
        "{kk}"
    );
    assert_no_english(&kk, &dir);
}

#[test]
fn other_commands_speak_the_same_language() {
    let dir = contract("undefined-figure");
    let out = tempfile::tempdir().unwrap();
    let out = out.path().display().to_string();
    let kk = stderr("kk", &["render", &dir, "--out", &out]);
    assert!(kk.contains("«fees» мәні анықталмаған"), "{kk}");
    assert_no_english(&kk, &dir);
    let ru = stderr("ru", &["figures", &dir]);
    assert!(ru.contains("значение «fees» не определено"), "{ru}");
    assert_no_english(&ru, &dir);
}

#[test]
fn json_findings_carry_the_kazakh_message() {
    for (name, words) in [
        ("undefined-figure", "«fees» мәні анықталмаған"),
        ("unclosed-expression", "«{{» жақшасы жабылмаған"),
    ] {
        let out = qostil()
            .args(["check", "--format", "json", "--ui-lang", "kk"])
            .arg(contract(name))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let findings = v["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1, "{v}");
        let f = &findings[0];
        assert_eq!(f["code"], "source-error");
        let message = f["message"].as_str().unwrap();
        assert!(message.starts_with(words), "{message}");
        assert!(message.contains("(кеңес: "), "{message}");
        assert_no_english(message, &contract(name));
    }
}
