//! `qostil check` and `qostil diff` on PDFs, driven as a program: the
//! bundled example contract as other programs print it (typst in two
//! columns, either language left; Chromium's print of the parallel HTML
//! edition; LibreOffice's export of Word files, a two-column table and a
//! Kazakh-only edition), read from `../shared/fixtures/producers/pdf/`
//! (skipped when absent), and as our own renderer writes it.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The PDFs other programs made, or `None` (with a note) when the shared
/// fixtures are not beside the checkout.
fn producers() -> Option<PathBuf> {
    for rel in [
        "../shared/fixtures/producers/pdf",
        "../../shared/fixtures/producers/pdf",
    ] {
        let p = root().join(rel);
        if p.is_dir() {
            return Some(p);
        }
    }
    eprintln!("note: shared/fixtures/producers not found; skipping");
    None
}

fn check(args: &[&Path]) -> (Option<i32>, String) {
    let out = qostil()
        .arg("check")
        .args(args)
        .output()
        .expect("qostil runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

fn assert_no_findings(args: &[&Path]) {
    let (code, text) = check(args);
    assert_eq!(text, "no findings\n", "{args:?}");
    assert_eq!(code, Some(0));
}

#[test]
fn producer_pdfs_read_as_the_contract_folder_does() {
    // The folder itself has no findings.
    assert_no_findings(&[&root().join("contracts/online-courses")]);
    let Some(dir) = producers() else { return };
    for name in [
        "typst-2col.pdf",
        "typst-2col-swapped.pdf",
        "parallel-chrome.pdf",
        "libreoffice-word-table-autonum.pdf",
        // One language: read as one language, nothing to compare.
        "libreoffice-word-numbering-kk.pdf",
    ] {
        assert_no_findings(&[&dir.join(name)]);
    }
}

/// The same contract with Russian left on every page reads the same:
/// the Kazakh clauses end up in the Kazakh document, so the two
/// versions differ in nothing.
#[test]
fn columns_are_told_apart_by_language_not_by_side() {
    let Some(dir) = producers() else { return };
    let out = qostil()
        .args(["diff", "--format", "json"])
        .arg(dir.join("typst-2col.pdf"))
        .arg(dir.join("typst-2col-swapped.pdf"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(v["changes"], serde_json::json!([]), "{v:#}");
    assert_eq!(v["findings"], serde_json::json!([]), "{v:#}");
}

/// A scanned page has no text layer: a clear error naming the file.
#[test]
fn a_pdf_without_text_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("scan.pdf");
    std::fs::write(&scan, pdf_without_text()).unwrap();
    let (code, text) = check(&[&scan]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("scan.pdf"), "{text}");
    assert!(text.contains("no text layer"), "{text}");
    // In Russian too.
    let out = qostil()
        .args(["check", "--ui-lang", "ru"])
        .arg(&scan)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("нет текстового слоя"), "{err}");

    let broken = dir.path().join("broken.pdf");
    std::fs::write(&broken, b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF").unwrap();
    let (code, text) = check(&[&broken]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("broken.pdf"), "{text}");
}

/// A one-page PDF that draws a filled rectangle and no text, as a scan
/// without recognised text is to a reader.
fn pdf_without_text() -> Vec<u8> {
    let content = b"0.5 g 72 72 200 300 re f\n";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_string(),
        format!(
            "<< /Length {} >>\nstream\n{}endstream",
            content.len(),
            String::from_utf8_lossy(content)
        ),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn render(folder: &Path, out: &Path) {
    let o = qostil()
        .args(["render", "--no-check"])
        .arg(folder)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn edition(dir: &Path, suffix: &str) -> PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(suffix))
        .unwrap_or_else(|| panic!("no {suffix} in {}", dir.display()))
}

/// Our own PDFs read back as the folder reads: no findings; with one
/// figure changed in the Kazakh body, exactly that figure-mismatch.
#[test]
fn our_own_pdfs_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    render(&root().join("contracts/online-courses"), &out);
    let (kk, ru, par) = (
        edition(&out, ".kk.pdf"),
        edition(&out, ".ru.pdf"),
        edition(&out, ".parallel.pdf"),
    );
    assert_no_findings(&[&kk, &ru]);
    assert_no_findings(&[&par]);

    // One figure changed in a copy of the Kazakh body.
    let copy = tmp.path().join("contract");
    std::fs::create_dir(&copy).unwrap();
    for f in ["contract.toml", "kk.md", "ru.md"] {
        std::fs::copy(
            root().join("contracts/online-courses").join(f),
            copy.join(f),
        )
        .unwrap();
    }
    let kk_md = std::fs::read_to_string(copy.join("kk.md")).unwrap();
    let changed = kk_md.replacen(
        "{{ homework_check }} ішінде",
        "5 (бес) жұмыс күні ішінде",
        1,
    );
    assert_ne!(changed, kk_md, "the clause to change is in kk.md");
    std::fs::write(copy.join("kk.md"), changed).unwrap();
    let out2 = tmp.path().join("out2");
    render(&copy, &out2);
    let pairs: [Vec<PathBuf>; 2] = [
        vec![edition(&out2, ".kk.pdf"), edition(&out2, ".ru.pdf")],
        vec![edition(&out2, ".parallel.pdf")],
    ];
    for inputs in pairs {
        let o = qostil()
            .args(["check", "--format", "json"])
            .args(&inputs)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let findings = v["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1, "{inputs:?}: {v:#}");
        assert_eq!(findings[0]["code"], "figure-mismatch");
        for loc in findings[0]["locations"].as_array().unwrap() {
            assert_eq!(loc["clause"], "4.6", "{v:#}");
            assert!(loc["file"].as_str().unwrap().ends_with(".pdf"));
            // Locations in a PDF are pages.
            assert!(loc["line"].as_u64().unwrap() >= 1);
        }
    }
}
