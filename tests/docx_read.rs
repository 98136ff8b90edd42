//! Reading Word documents made by other programs (a Word-style generator,
//! LibreOffice, pandoc): `../shared/fixtures/producers/docx/` (skipped when
//! absent). The labels Word displays are compared with the expected
//! `.tsv` files, and `qostil check` runs on every file: none gives a
//! finding but the defect and the tracked changes they were made with.

use assert_cmd::Command;
use qostil::source::docx;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn producers() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/producers/docx");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compare the paragraphs of `docx` with `tsv` (place, label, start of the
/// text, one row per paragraph in reading order); returns (rows that
/// match, rows).
fn compare(dir: &Path, docx_name: &str, tsv: &str) -> (usize, usize) {
    let bytes = std::fs::read(dir.join(docx_name)).unwrap();
    // Empty paragraphs without a label (the one Word keeps after a table)
    // show nothing and are not listed.
    let got: Vec<docx::Paragraph> = docx::paragraphs(&bytes, docx_name)
        .unwrap()
        .into_iter()
        .filter(|p| p.label.is_some() || !p.text.trim().is_empty())
        .collect();
    let revised: Vec<u32> = docx::read(&bytes, docx_name)
        .unwrap()
        .revisions
        .iter()
        .map(|r| r.line)
        .collect();
    let expected = std::fs::read_to_string(dir.join(tsv)).unwrap();
    let rows: Vec<(&str, &str, String)> = expected
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let place = f.next().unwrap_or_default();
            let label = f.next().unwrap_or_default();
            (place, label, words(f.next().unwrap_or_default()))
        })
        .collect();
    assert_eq!(got.len(), rows.len(), "{docx_name}: paragraph count");
    let mut ok = 0;
    for (p, (place, label, text)) in got.iter().zip(&rows) {
        let mine = words(&p.text);
        // The expected text is the text before the tracked changes; a
        // paragraph with an insertion starts with it.
        let text_ok = mine.starts_with(text.as_str())
            || (revised.contains(&p.line) && mine.contains(text.as_str()));
        let label_ok = p.label.as_deref().unwrap_or("") == *label;
        if p.place == *place && label_ok && text_ok {
            ok += 1;
        } else {
            eprintln!(
                "{docx_name}:{}: expected {place} «{label}» «{text}», got {} {:?} «{mine}»",
                p.line, p.place, p.label
            );
        }
    }
    (ok, rows.len())
}

#[test]
fn labels_are_those_word_displays() {
    let Some(dir) = producers() else { return };
    for (docx_name, tsv) in [
        ("word-numbering-kk.docx", "expected-word-numbering-kk.tsv"),
        ("word-table-autonum.docx", "expected-word-table-autonum.tsv"),
        (
            "libreoffice-word-numbering-kk.docx",
            "expected-word-numbering-kk.tsv",
        ),
        (
            "libreoffice-word-table-autonum.docx",
            "expected-word-table-autonum.tsv",
        ),
    ] {
        let (ok, n) = compare(&dir, docx_name, tsv);
        eprintln!("{docx_name}: {ok}/{n} paragraphs as Word shows them");
        assert_eq!(ok, n, "{docx_name}");
    }
}

#[test]
fn a_shared_list_is_numbered_in_turn_across_the_columns() {
    let Some(dir) = producers() else { return };
    let bytes = std::fs::read(dir.join("word-table-shared-list.docx")).unwrap();
    let got = docx::paragraphs(&bytes, "shared").unwrap();
    let label = |place: &str| {
        got.iter()
            .find(|p| p.place == place)
            .and_then(|p| p.label.clone())
            .unwrap_or_default()
    };
    // Both columns count on one list: Word shows 1. left, 2. right, then
    // the clauses of section 2 in turn.
    assert_eq!(label("r1c0"), "1.");
    assert_eq!(label("r1c1"), "2.");
    assert_eq!(label("r2c0"), "2.1.");
    assert_eq!(label("r2c1"), "2.2.");
    assert_eq!(label("r3c0"), "2.3.");
    assert_eq!(label("r9c0"), "3.");
    assert_eq!(label("r9c1"), "4.");
    assert_eq!(label("r10c0"), "4.1.");
}

/// `qostil check --format json ARGS…`: (code, first line) of each finding.
fn check(args: &[&Path]) -> Vec<(String, u64)> {
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .arg("check")
        .args(args)
        .args(["--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_string(),
                f["locations"][0]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn check_finds_only_the_defect_and_the_tracked_changes() {
    let Some(dir) = producers() else { return };
    // The findings each file must give: the price changed in the Russian
    // column of the tariff table (clause 5.1, paragraph 100 of the Kazakh
    // cell); the tracked deletion and insertion of clause 1.2.
    let expected: BTreeMap<&str, Vec<(&str, u64)>> = [
        (
            "word-table-autonum-defect.docx",
            vec![("figure-mismatch", 100)],
        ),
        (
            "word-numbering-kk.docx",
            vec![("unaccepted-revision", 4), ("unaccepted-revision", 4)],
        ),
        (
            "libreoffice-word-numbering-kk.docx",
            vec![("unaccepted-revision", 4), ("unaccepted-revision", 4)],
        ),
    ]
    .into_iter()
    .collect();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if name == "word-table-shared-list.docx" {
            continue; // numbered as Word shows it: see the test above
        }
        let got = check(&[f]);
        let want: Vec<(String, u64)> = expected
            .get(name.as_str())
            .map(|v| v.iter().map(|(c, l)| (c.to_string(), *l)).collect())
            .unwrap_or_default();
        eprintln!("{name}: {got:?}");
        if got != want {
            failures.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
