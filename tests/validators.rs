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
    common::nu_check(files);
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

fn render_all(contract: &Path, out: &Path) {
    Command::cargo_bin("qostil")
        .unwrap()
        .args(["render", "--no-check"])
        .arg(contract)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

#[test]
fn pdf_editions_pass_qpdf_and_keep_kazakh_letters() {
    let out = tempfile::tempdir().unwrap();
    render_all(&common::example(), out.path());
    let pdfs: Vec<_> = ["kk", "ru", "parallel"]
        .iter()
        .map(|e| out.path().join(format!("online-courses-offer.{e}.pdf")))
        .collect();
    for p in &pdfs {
        assert!(p.is_file(), "{} missing", p.display());
    }
    if let Some(qpdf) = common::debian_tool("qpdf") {
        for p in &pdfs {
            let o = std::process::Command::new(&qpdf)
                .arg("--check")
                .arg(p)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&o.stdout);
            assert!(
                o.status.success() && text.contains("No syntax or stream encoding errors"),
                "{}: {text}",
                p.display()
            );
        }
    }
    if let Some(pdftotext) = common::debian_tool("pdftotext") {
        for p in [&pdfs[0], &pdfs[2]] {
            let o = std::process::Command::new(&pdftotext)
                .arg(p)
                .arg("-")
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&o.stdout);
            for c in ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'] {
                assert!(text.contains(c), "{} lacks {c}", p.display());
            }
            assert!(text.contains("Орындаушы"), "{}", p.display());
        }
    }
}

#[test]
fn pdf_editions_are_byte_identical_across_runs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    render_all(&common::contract("mini"), a.path());
    render_all(&common::contract("mini"), b.path());
    for name in ["mini.kk.pdf", "mini.ru.pdf", "mini.parallel.pdf"] {
        assert_eq!(
            std::fs::read(a.path().join(name)).unwrap(),
            std::fs::read(b.path().join(name)).unwrap(),
            "{name} differs between runs"
        );
    }
}

/// Run Microsoft's SARIF Multitool `validate` on a SARIF log and return the
/// problems it reports (results of level error or warning; a result with no
/// level is a warning).
fn sarif_problems(tool: &Path, sarif: &Path, dir: &Path) -> Vec<String> {
    let out = dir.join("validation.sarif");
    let status = std::process::Command::new(tool)
        .arg("validate")
        .arg(sarif)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run sarif-multitool");
    let log = std::fs::read_to_string(&out).unwrap_or_else(|_| {
        panic!(
            "sarif-multitool wrote no report: {}",
            String::from_utf8_lossy(&status.stdout)
        )
    });
    let v: serde_json::Value = serde_json::from_str(&log).unwrap();
    v["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter(|r| !matches!(r["level"].as_str(), Some("note" | "none")))
        .map(|r| format!("{} {}", r["ruleId"], r["message"]))
        .collect()
}

#[test]
fn sarif_reports_pass_the_sarif_multitool() {
    let Some(tool) = common::sarif_multitool() else {
        return;
    };
    let mut inputs = vec![
        common::root().join("tests/fixtures/rules/figure-mismatch/input.txt"),
        common::root().join("tests/fixtures/rules/numbering-gap/input.txt"),
    ];
    if let Some(corpus) = common::corpus() {
        inputs.push(corpus.join("offer-business-club.txt"));
    }
    // Findings of check in every interface language, the one-sided edits
    // of a diff, and the source errors of a contract that cannot be read.
    let mut runs: Vec<(Vec<std::ffi::OsString>, i32)> = Vec::new();
    for input in inputs {
        for lang in ["en", "kk"] {
            let args = [
                "--ui-lang",
                lang,
                "check",
                "--format",
                "sarif",
                "--fail-on",
                "never",
            ];
            let mut a: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
            a.push(input.clone().into());
            runs.push((a, 0));
        }
    }
    let diff = common::root().join("tests/fixtures/diff/mixed");
    let mut a: Vec<std::ffi::OsString> = ["diff", "--format", "sarif", "--fail-on", "never"]
        .iter()
        .map(Into::into)
        .collect();
    a.push(diff.join("old").into());
    a.push(diff.join("new").into());
    runs.push((a, 0));
    let broken = tempfile::tempdir().unwrap();
    let mini = common::contract("mini");
    for name in ["contract.toml", "kk.md", "ru.md"] {
        std::fs::copy(mini.join(name), broken.path().join(name)).unwrap();
    }
    let kk = broken.path().join("kk.md");
    let text = std::fs::read_to_string(&kk).unwrap() + "\n3.1. {{ no_such_figure }}\n";
    std::fs::write(&kk, text).unwrap();
    let mut a: Vec<std::ffi::OsString> = ["--ui-lang", "ru", "check", "--format", "sarif"]
        .iter()
        .map(Into::into)
        .collect();
    a.push(broken.path().into());
    runs.push((a, 2));
    for (args, code) in runs {
        let input = std::path::PathBuf::from(args.last().unwrap());
        let dir = tempfile::tempdir().unwrap();
        let sarif = dir.path().join("report.sarif");
        let out = Command::cargo_bin("qostil")
            .unwrap()
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        std::fs::write(&sarif, &out.stdout).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(!v["runs"][0]["results"].as_array().unwrap().is_empty());
        let problems = sarif_problems(&tool, &sarif, dir.path());
        assert!(problems.is_empty(), "{}: {problems:#?}", input.display());
    }
}

#[test]
fn sarif_validation_catches_a_broken_log() {
    // The validator itself must be able to fail: a region starting at line 0.
    let Some(tool) = common::sarif_multitool() else {
        return;
    };
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .args(["check", "--format", "sarif", "--fail-on", "never"])
        .arg(common::root().join("tests/fixtures/rules/figure-mismatch/input.txt"))
        .output()
        .unwrap();
    let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        serde_json::json!(0);
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("broken.sarif");
    std::fs::write(&sarif, serde_json::to_vec(&v).unwrap()).unwrap();
    assert!(!sarif_problems(&tool, &sarif, dir.path()).is_empty());
}
