//! Outputs checked by the real consumers users rely on: HTML by the W3C Nu
//! Html Checker. Skips where the validator is absent (never on CI).

mod common;

use assert_cmd::Command;
use std::path::Path;

fn render_html(contract: &Path, out: &Path) {
    Command::cargo_bin("qostil")
        .unwrap()
        .args(["render", "--format", "html", "--no-check"])
        .arg(contract)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

fn vnu(files: &[std::path::PathBuf]) {
    let Some(jar) = common::vnu_jar() else {
        return;
    };
    let out = std::process::Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--also-check-css")
        .args(files)
        .output()
        .expect("run java");
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !report.contains("error"),
        "Nu Html Checker found problems:\n{report}"
    );
}

#[test]
fn html_editions_pass_the_nu_html_checker() {
    let out = tempfile::tempdir().unwrap();
    let mut contracts = vec![common::contract("mini")];
    if common::example().is_dir() {
        contracts.push(common::example());
    }
    for c in &contracts {
        render_html(c, out.path());
    }
    let files: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(files.len() >= 3);
    vnu(&files);
}
