//! The real documents of the corpus (read at run time; skipped when the
//! corpus is absent): every one is read and checked without panicking, and
//! the two layouts of the same contract report the same cross-language
//! findings of the tidy layout.

use qostil::check::{check, Finding};
use qostil::source::plain::read_bilingual;
use std::collections::BTreeSet;

fn corpus() -> Option<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/corpus"),
        root.join("../../shared/corpus"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

const CROSS: &[&str] = &[
    "figure-mismatch",
    "figure-missing",
    "clause-missing",
    "numbering-mismatch",
    "dangling-reference",
];

fn cross(findings: &[Finding]) -> BTreeSet<String> {
    findings
        .iter()
        .filter(|f| CROSS.contains(&f.code) && f.locations.len() == 2)
        .map(|f| {
            let places: Vec<String> = f
                .locations
                .iter()
                .map(|l| {
                    format!(
                        "{}:{}",
                        l.lang.map_or("-", |l| l.code()),
                        l.clause.as_deref().unwrap_or("-")
                    )
                })
                .collect();
            format!("{} {}", f.code, places.join(" "))
        })
        .collect()
}

#[test]
fn corpus_documents_check() {
    let Some(dir) = corpus() else {
        eprintln!("note: corpus not found, skipped");
        return;
    };
    let mut by_name = std::collections::HashMap::new();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let findings = check(&read_bilingual(&text, &name));
            println!("{name}: {} findings", findings.len());
            by_name.insert(name, findings);
        }
    }
    if let (Some(a), Some(b)) = (
        by_name.get("offer-business-club.txt"),
        by_name.get("offer-business-club-2col.txt"),
    ) {
        let (ca, cb) = (cross(a), cross(b));
        let missing: Vec<&String> = ca.difference(&cb).collect();
        println!("tidy layout: {} cross-language findings; two-column: {}; of the tidy ones missing in two-column: {}", ca.len(), cb.len(), missing.len());
        assert!(missing.is_empty(), "{missing:?}");
    }
}
