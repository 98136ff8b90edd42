//! A second kind of contract: ordinals, days of the month, tenge with tiyn,
//! Kazakh cases on every figure and Kazakh noun forms of counts, rendered and
//! read back by `qostil check`; and `qostil new` for every bundled kind.

mod common;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contracts")
        .join(name)
}

fn said_stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

fn said_stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

fn render_html(contract: &Path, out: &Path) {
    qostil()
        .args(["render", "--format", "html"])
        .arg(contract)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

#[test]
fn every_figure_type_renders_in_both_languages_with_its_cases() {
    let out = tempfile::tempdir().unwrap();
    render_html(&fixture("every-figure"), out.path());
    let kk = common::text_of(&fs::read_to_string(out.path().join("every-figure.kk.html")).unwrap());
    let ru = common::text_of(&fs::read_to_string(out.path().join("every-figure.ru.html")).unwrap());
    for want in [
        "40 000,50 (сорок тысяч тенге 50 тиын) в месяц",
        "не позднее 5 (пятого) числа каждого месяца",
        "в размере 40 000,50 (сорока тысяч тенге 50 тиын)",
        "на 3-м (третьем) этапе",
        "не более 10% (десяти процентов)",
        "с «1» марта 2026 года в течение 6 (шести) месяцев",
        "не более 3 (трех) человек",
        "не более 2 (двух) мест",
    ] {
        assert!(ru.contains(want), "ru lacks «{want}»:\n{ru}");
    }
    for want in [
        "айына 40 000,50 (қырық мың теңге 50 тиынды) құрайды",
        "әр айдың 5-күнінен кешіктірілмей",
        "40 000,50 (қырық мың теңге 50 тиын) мөлшеріндегі",
        "3-ші (үшінші) кезеңінде",
        "10% (он пайыздан) аспайды",
        "2026 жылғы «1» наурыздан бастап 6 (алты) ай бойы",
        "3 (үш) адамнан аспауға",
        "2 (екі) тұрақ орнынан аспайды",
    ] {
        assert!(kk.contains(want), "kk lacks «{want}»:\n{kk}");
    }
}

#[test]
fn a_rendered_pair_checks_clean_and_a_changed_tiyn_is_a_figure_mismatch() {
    let out = tempfile::tempdir().unwrap();
    render_html(&fixture("every-figure"), out.path());
    let kk = out.path().join("every-figure.kk.html");
    let ru = out.path().join("every-figure.ru.html");
    let said = qostil().arg("check").arg(&kk).arg(&ru).assert().success();
    assert!(
        said_stdout(&said).contains("no findings"),
        "{}",
        said_stdout(&said)
    );

    // The тиын changed in the Kazakh digits and words alike: the amounts
    // differ between the languages.
    let page = fs::read_to_string(&kk).unwrap();
    // (Spaces inside the figure may be no-break spaces.)
    let changed = page
        .replacen("40\u{a0}000,50", "40\u{a0}000,60", 1)
        .replacen("мың теңге 50\u{a0}тиынды", "мың теңге 60\u{a0}тиынды", 1);
    assert_ne!(changed, page, "the amount is not where the test expects it");
    let mutated = out.path().join("mutated.kk.html");
    fs::write(&mutated, changed).unwrap();
    let assert = qostil()
        .args(["check", "--format", "json"])
        .arg(&mutated)
        .arg(&ru)
        .assert()
        .code(1);
    let json: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON report");
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["figure-mismatch"], "{json}");
    assert!(json.to_string().contains("000,60"), "{json}");

    // The тиын changed in the words only: the words disagree with the digits.
    let words_only = page.replacen("50\u{a0}тиынды", "60\u{a0}тиынды", 1);
    fs::write(&mutated, words_only).unwrap();
    let said = qostil()
        .arg("check")
        .arg(&mutated)
        .arg(&ru)
        .assert()
        .code(1);
    assert!(
        said_stdout(&said).contains("words-digits"),
        "{}",
        said_stdout(&said)
    );
}

#[test]
fn new_lays_out_every_kind_which_renders_and_checks_clean() {
    let work = tempfile::tempdir().unwrap();
    let listed = qostil().args(["new", "--list"]).assert().success();
    let listed = String::from_utf8_lossy(&listed.get_output().stdout).to_string();
    for kind in ["online-offer", "lease", "services"] {
        assert!(listed.contains(kind), "{listed}");
        let dir = work.path().join(kind);
        qostil().arg("new").arg(kind).arg(&dir).assert().success();
        for f in ["contract.toml", "kk.md", "ru.md"] {
            assert!(dir.join(f).is_file(), "{kind}: no {f}");
        }
        let out = work.path().join(format!("{kind}-out"));
        qostil()
            .arg("render")
            .arg(&dir)
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        assert!(fs::read_dir(&out).unwrap().count() >= 6, "{kind}");
        let said = qostil().arg("check").arg(&dir).assert().success();
        assert!(
            said_stdout(&said).contains("no findings"),
            "{}",
            said_stdout(&said)
        );
    }
}

#[test]
fn new_refuses_a_folder_in_use_and_an_unknown_kind() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("taken");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("draft.md"), "mine").unwrap();
    let said = qostil().arg("new").arg("lease").arg(&dir).assert().code(2);
    assert!(
        said_stderr(&said).contains(&dir.display().to_string()),
        "{}",
        said_stderr(&said)
    );
    assert_eq!(fs::read_to_string(dir.join("draft.md")).unwrap(), "mine");
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
    let said = qostil()
        .arg("new")
        .arg("rental")
        .arg(work.path().join("x"))
        .assert()
        .code(2);
    assert!(
        said_stderr(&said).contains("online-offer, lease, services"),
        "{}",
        said_stderr(&said)
    );
    assert!(!work.path().join("x").exists());
    let said = qostil()
        .args(["--ui-lang", "ru", "new", "lease"])
        .arg(&dir)
        .assert()
        .code(2);
    assert!(
        said_stderr(&said).contains("не является пустой папкой"),
        "{}",
        said_stderr(&said)
    );
}
