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
        // Both language columns on one list: one finding for the table;
        // each column is then numbered on its own, as its author meant.
        ("word-table-shared-list.docx", vec![("shared-numbering", 4)]),
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

#[path = "support/docx_gen.rs"]
mod docx_gen;

fn example() -> qostil::model::Bilingual {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    qostil::source::load_contract(&dir).unwrap().bi
}

/// The bundled example written out as Word documents, one per language,
/// numbered automatically: checked as two files, it gives what the
/// contract folder gives (no finding).
#[test]
fn the_example_as_two_word_documents_checks_clean() {
    let bi = example();
    let tmp = tempfile::tempdir().unwrap();
    let kk = tmp.path().join("offer.kk.docx");
    let ru = tmp.path().join("offer.ru.docx");
    std::fs::write(&kk, docx_gen::docx(&docx_gen::paragraphs_of(&bi.kk))).unwrap();
    std::fs::write(&ru, docx_gen::docx(&docx_gen::paragraphs_of(&bi.ru))).unwrap();
    assert_eq!(check(&[&kk, &ru]), []);
}

/// A Kazakh document from another producer and a Russian one of ours,
/// told apart by their words: only the tracked changes of the Kazakh one.
#[test]
fn two_single_language_documents() {
    let Some(dir) = producers() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let ru = tmp.path().join("offer-a.docx");
    std::fs::write(&ru, docx_gen::docx(&docx_gen::paragraphs_of(&example().ru))).unwrap();
    let kk = dir.join("word-numbering-kk.docx");
    let got = check(&[&kk, &ru]);
    let want = [
        ("unaccepted-revision".to_string(), 4),
        ("unaccepted-revision".to_string(), 4),
    ];
    assert_eq!(got, want);
}

/// The example as one document, the parallel edition in a two-column
/// table: no finding either.
#[test]
fn the_example_as_a_parallel_table_checks_clean() {
    let bi = example();
    let kk = docx_gen::paragraphs_of(&bi.kk);
    let ru = docx_gen::paragraphs_of(&bi.ru);
    assert_eq!(kk.len(), ru.len(), "the editions are parallel");
    let rows: Vec<(docx_gen::P, docx_gen::P)> = kk.into_iter().zip(ru).collect();
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("offer.docx");
    std::fs::write(&f, docx_gen::docx_of_body(&docx_gen::table_xml(&rows))).unwrap();
    assert_eq!(check(&[&f]), []);
}

/// `qostil diff` reads Word documents too: the defect is one change of the
/// Russian clause 5.1, an edit made in one language only.
#[test]
fn diff_of_two_word_documents() {
    let Some(dir) = producers() else { return };
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .arg("diff")
        .arg(dir.join("word-table-autonum.docx"))
        .arg(dir.join("word-table-autonum-defect.docx"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v.to_string();
    assert!(text.contains("one-sided-edit"), "{text}");
    assert!(text.contains("194 000"), "{text}");
}

// ------------------------------------------------------------ damaged files

fn error_of(bytes: &[u8]) -> String {
    match docx::read(bytes, "broken.docx") {
        Ok(x) => panic!("read a broken file: {} pieces", x.pieces.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn damaged_packages_are_clear_errors() {
    // A ZIP archive that is no Word document.
    let zip = docx_gen::package(&[("notes.txt", b"hello".to_vec())]);
    let e = error_of(&zip);
    assert!(
        e.contains("broken.docx") && e.contains("word/document.xml"),
        "{e}"
    );
    // A ZIP archive cut short.
    let good = docx_gen::docx(&[docx_gen::P {
        kind: docx_gen::Kind::Clause,
        text: "Орындаушы қызмет көрсетеді.".into(),
    }]);
    let e = error_of(&good[..good.len() / 2]);
    assert!(
        e.contains("broken.docx") && e.contains("cannot be opened"),
        "{e}"
    );
    // A document part that is not well-formed XML.
    let bad = docx_gen::package(&[(
        "word/document.xml",
        b"<w:document xmlns:w=\"x\"><w:body><w:p></w:body>".to_vec(),
    )]);
    let e = error_of(&bad);
    assert!(
        e.contains("word/document.xml") && e.contains("line 1"),
        "{e}"
    );
    // A DTD (entity expansion) is refused as malformed.
    let dtd = docx_gen::package(&[(
        "word/document.xml",
        b"<!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>".to_vec(),
    )]);
    assert!(error_of(&dtd).contains("word/document.xml"));
    // A Word 97-2003 file.
    let mut ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".to_vec();
    ole.extend([0u8; 512]);
    assert!(error_of(&ole).contains("Word 97"));
}

#[test]
fn missing_styles_and_numbering_read_as_plain_paragraphs() {
    let body = docx_gen::para_xml(
        &docx_gen::P {
            kind: docx_gen::Kind::Clause,
            text: "Орындаушы қызмет көрсетеді.".into(),
        },
        1,
    );
    let doc = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let bytes = docx_gen::package(&[("word/document.xml", doc.into_bytes())]);
    let x = docx::read(&bytes, "bare.docx").unwrap();
    assert_eq!(x.pieces.len(), 1);
    assert_eq!(x.pieces[0].label, None);
}

/// A package that unpacks to more than the limit is refused, whatever
/// sizes it declares.
#[test]
fn a_zip_bomb_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("bomb.docx");
    let zeros = vec![b' '; 3 * 1024 * 1024];
    let mut doc = b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".to_vec();
    doc.extend(&zeros);
    doc.extend(b"</w:body></w:document>");
    std::fs::write(&f, docx_gen::package(&[("word/document.xml", doc)])).unwrap();
    assert!(std::fs::metadata(&f).unwrap().len() < 100_000);
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .env("QOSTIL_MAX_INPUT_MB", "1")
        .arg("check")
        .arg(&f)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("bomb.docx") && err.contains("more than 1 MB"),
        "{err}"
    );
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any bytes: a result or an error, never a panic.
        #[test]
        fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let mut b = b"PK\x03\x04".to_vec();
            b.extend(bytes);
            let _ = docx::read(&b, "x.docx");
        }

        /// A real document with bytes of its XML changed: never a panic.
        #[test]
        fn damaged_xml(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
            let body = docx_gen::para_xml(&docx_gen::P {
                kind: docx_gen::Kind::Heading,
                text: "Жалпы ережелер".into(),
            }, 1) + &docx_gen::para_xml(&docx_gen::P {
                kind: docx_gen::Kind::Clause,
                text: "Шарт\tқол қойылған күннен бастап күшіне енеді.".into(),
            }, 1);
            let mut xml = format!(
                r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:tbl><w:tr><w:tc><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#
            ).into_bytes();
            for (at, byte) in flips {
                let n = xml.len();
                xml[at % n] = byte;
            }
            let bytes = docx_gen::package(&[("word/document.xml", xml)]);
            let _ = docx::read(&bytes, "x.docx");
        }
    }
}

/// `qostil figures` lists the figures of a Word document by paragraph.
#[test]
fn figures_of_a_word_document() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("offer.docx");
    let paras = [
        docx_gen::P {
            kind: docx_gen::Kind::Heading,
            text: "Стоимость услуг".into(),
        },
        docx_gen::P {
            kind: docx_gen::Kind::Clause,
            text: "Стоимость услуг составляет 990 000 (девятьсот девяносто тысяч) тенге.".into(),
        },
    ];
    std::fs::write(&f, docx_gen::docx(&paras)).unwrap();
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .arg("figures")
        .arg(&f)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("2:") && l.contains("money 990000")),
        "{text}"
    );
}
