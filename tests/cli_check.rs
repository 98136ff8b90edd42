//! `qostil check` driven as a program: exit codes, formats, errors.

use assert_cmd::Command;
use std::path::Path;

fn fixture(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
        .display()
        .to_string()
}

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

#[test]
fn clean_two_files_exit_0() {
    let out = qostil()
        .args([
            "check",
            &fixture("check/offer.kk.txt"),
            &fixture("check/offer.ru.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "no findings\n");
}

#[test]
fn findings_exit_1_and_fail_on() {
    let f = fixture("rules/figure-mismatch/input.txt");
    qostil().args(["check", &f]).assert().code(1);
    qostil()
        .args(["check", &f, "--fail-on", "never"])
        .assert()
        .code(0);
    // Only warnings: exit 0 by default, 1 with --fail-on warning.
    let w = fixture("rules/numbering-gap/input.txt");
    qostil().args(["check", &w]).assert().code(0);
    qostil()
        .args(["check", &w, "--fail-on", "warning"])
        .assert()
        .code(1);
}

#[test]
fn every_format() {
    let f = fixture("rules/figure-mismatch/input.txt");
    for format in ["text", "json", "sarif", "github"] {
        let out = qostil()
            .args(["check", &f, "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let s = String::from_utf8(out.stdout).unwrap();
        match format {
            "json" | "sarif" => {
                let v: serde_json::Value = serde_json::from_str(&s).unwrap();
                assert!(v.is_object());
            }
            "github" => assert!(s.starts_with("::error file=")),
            _ => assert!(s.starts_with("error[figure-mismatch]")),
        }
    }
}

#[test]
fn missing_file_exit_2_names_it() {
    let out = qostil()
        .args(["check", "no/such/offer.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/offer.txt"), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn bad_usage_exit_2() {
    qostil().args(["check"]).assert().code(2);
    let f = fixture("check/offer.kk.txt");
    qostil()
        .args(["check", &f, "--format", "xml"])
        .assert()
        .code(2);
    qostil().args(["check", &f, &f, &f]).assert().code(2);
}

#[test]
fn folder_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kk.md"),
        "## 1. Төлем\n\n1.1. Құны {{ price }} — 10 000 (он мың) теңге.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ru.md"),
        "## 1. Оплата\n\n1.1. Стоимость {{ price }} — 12 000 (двенадцать тысяч) тенге.\n",
    )
    .unwrap();
    let out = qostil()
        .args(["check", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["findings"][0]["code"], "figure-mismatch");
    assert!(v["findings"][0]["locations"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("kk.md"));
}

#[test]
fn not_utf8_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cp1251.txt");
    std::fs::write(&p, b"1.1. \xcf\xf0\xe8\xec\xe5\xf0\n").unwrap();
    let out = qostil()
        .args(["check", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cp1251.txt:1"));
}
