//! `qostil figures` driven as a program.

use assert_cmd::Command;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/figures")
        .join(name)
}

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

#[test]
fn lists_figures_as_text() {
    let out = qostil()
        .arg("figures")
        .arg(fixture("sample.md"))
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    insta::assert_snapshot!("figures_text", stdout);
    assert!(stdout.contains("3:ru duration 10 day(working) words=10 \"10 (десяти) рабочих дней\""));
    assert!(stdout.contains("7:kk duration 10 day(working) words=10 \"10 (он) жұмыс күні\""));
}

#[test]
fn lists_figures_as_json() {
    let out = qostil()
        .args(["figures", "--format", "json"])
        .arg(fixture("sample.md"))
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    insta::assert_json_snapshot!("figures_json", v);
    let figs = v["figures"].as_array().unwrap();
    let first = &figs[0];
    assert_eq!(first["line"], 3);
    assert_eq!(first["lang"], "ru");
    assert_eq!(first["kind"], "duration");
    assert_eq!(first["value"], "10");
    assert_eq!(first["unit"], "day");
    assert_eq!(first["qualifier"], "working");
    assert_eq!(first["words"], "10");
    assert_eq!(first["text"], "10 (десяти) рабочих дней");
    // Money in both languages, equal.
    let money: Vec<_> = figs.iter().filter(|f| f["kind"] == "money").collect();
    assert_eq!(money.len(), 2);
    assert!(money
        .iter()
        .all(|f| f["value"] == "450000" && f["qualifier"] == "KZT"));
    // The clause reference and the identifier.
    assert!(figs
        .iter()
        .any(|f| f["kind"] == "clause-ref" && f["value"] == "4.2" && f["lang"] == "kk"));
    assert!(figs
        .iter()
        .any(|f| f["kind"] == "identifier" && f["value"] == "123456789012"));
    // Words that disagree with the digits are shown as they are.
    assert!(figs
        .iter()
        .any(|f| f["value"] == "2" && f["words"] == "3" && f["unit"] == "week"));
}

#[test]
fn refuses_a_file_that_is_not_utf8() {
    let out = qostil()
        .arg("figures")
        .arg(fixture("not-utf8.txt"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("not-utf8.txt"), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
}

#[test]
fn refuses_a_missing_file() {
    let out = qostil()
        .arg("figures")
        .arg(fixture("no-such-file.md"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("no-such-file.md"), "{stderr}");
}
