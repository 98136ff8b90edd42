//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture contract folder.
pub fn contract(name: &str) -> PathBuf {
    root().join("tests/fixtures/contracts").join(name)
}

/// The bundled example contract.
pub fn example() -> PathBuf {
    root().join("contracts/online-courses")
}

/// The shared corpus of real contracts, when it is beside the checkout.
pub fn corpus() -> Option<PathBuf> {
    for rel in ["../shared/corpus", "../../shared/corpus"] {
        let p = root().join(rel);
        if p.join("README.md").is_file() {
            return Some(p);
        }
    }
    None
}

/// Where `.ci/run` installs the npm validators (`QOSTIL_TOOLS` overrides).
pub fn node_modules() -> PathBuf {
    std::env::var_os("QOSTIL_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join(".ci/tools/node_modules"))
}

/// True on CI, where every external validator must be present.
pub fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// A tool needed by a test: its path, or `None` (the test then skips with a
/// note; on CI a missing tool fails the test).
pub fn tool(what: &str, path: Option<PathBuf>) -> Option<PathBuf> {
    match path {
        Some(p) => Some(p),
        None => {
            assert!(!on_ci(), "{what} is required on CI; .ci/run installs it");
            eprintln!("note: {what} not found; skipping");
            None
        }
    }
}

/// A program on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The W3C Nu Html Checker jar.
pub fn vnu_jar() -> Option<PathBuf> {
    let p = node_modules().join("vnu-jar/build/dist/vnu.jar");
    let found = p.is_file() && which("java").is_some();
    tool("vnu.jar (npm vnu-jar) with java", found.then_some(p))
}

/// Microsoft's SARIF Multitool.
pub fn sarif_multitool() -> Option<PathBuf> {
    let p = node_modules().join(".bin/sarif-multitool");
    tool(
        "sarif-multitool (npm @microsoft/sarif-multitool)",
        p.is_file().then_some(p),
    )
}

/// A Debian program (poppler-utils, qpdf).
pub fn debian_tool(name: &str) -> Option<PathBuf> {
    tool(name, which(name))
}

/// Copy a folder's files into a fresh temporary folder.
pub fn copy_dir(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
        }
    }
    dir
}

/// Latin words of a text report outside what is not the interface's own:
/// the `[code]` of a finding, `-->` place lines and `|` quote lines, the
/// contract's words quoted in «» or "", paths (tokens with `/`), language
/// codes (`kk`, `ru`) and codes in capitals (`KZT`).
pub fn english_words(report: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in report.lines() {
        let t = line.trim_start();
        if t.starts_with("-->") || t.starts_with('|') {
            continue;
        }
        let mut s = String::new();
        let mut depth = 0usize;
        let mut in_code = false;
        for c in line.chars() {
            match c {
                '«' => depth += 1,
                '»' => depth = depth.saturating_sub(1),
                '[' if depth == 0 => in_code = true,
                ']' if in_code => in_code = false,
                _ if depth == 0 && !in_code => s.push(c),
                _ => {}
            }
        }
        for token in s.split_whitespace().filter(|t| !t.contains('/')) {
            out.extend(
                token
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 2)
                    .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
                    // Language codes, and a program's name as Russian and
                    // Kazakh write it.
                    .filter(|w| !matches!(*w, "kk" | "ru" | "Word"))
                    .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
                    .map(str::to_string),
            );
        }
    }
    out
}

/// The text of an HTML edition: tags dropped, soft hyphens removed, no-break
/// spaces as spaces.
pub fn text_of(page: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in page.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&shy;", "")
        .replace('\u{ad}', "")
        .replace("&nbsp;", " ")
        .replace('\u{a0}', " ")
}

/// The W3C Nu Html Checker finds no error in `files` (CSS included);
/// skipped where the checker is absent (never on CI).
pub fn nu_check(files: &[PathBuf]) {
    let Some(jar) = vnu_jar() else {
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
