//! One fixture per rule code under `tests/fixtures/rules/<code>/`: a
//! bilingual `input.txt`, or `kk.txt` and `ru.txt` (one file per language,
//! for defects a one-file layout cannot hold), with the expected findings
//! written inside as
//! `<!-- expect: CODE line N -->` (N: line of the first location); or an
//! `input.docx` (for what only a Word document holds, such as tracked
//! changes) with its expectations in `expect.txt` beside it, N then the
//! paragraph (see `qostil::source::docx`). The
//! harness fails on a missing and on an extra finding, and snapshots the
//! text report of every fixture in English, Russian and Kazakh. The
//! Kazakh and Russian reports must carry no English: outside the codes,
//! paths and the quotes of the contract, no Latin word is left.

mod common;

use common::english_words;
use qostil::check::{check_all, rules::RULES};
use qostil::lang::Lang;
use qostil::messages::{Catalogue, UiLang};
use qostil::model::Bilingual;
use qostil::report::{to_string, Context, Format, Report};
use qostil::source::piece::to_bilingual;
use qostil::source::plain::{read_bilingual, read_single};
use std::path::Path;

fn expectations(text: &str) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("<!-- expect:") else {
            continue;
        };
        let rest = rest.trim_end_matches("-->").trim();
        let mut words = rest.split_whitespace();
        let code = words.next().unwrap_or_default().to_string();
        let n = match (words.next(), words.next()) {
            (Some("line"), Some(n)) => n.parse().unwrap_or(0),
            _ => 0,
        };
        out.push((code, n));
    }
    out.sort();
    out
}

#[test]
fn every_rule_has_a_fixture_and_fixtures_match() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    // Rules run by other stages (the diff, the reader) are tested there.
    for rule in RULES.iter().filter(|r| r.run.is_some()) {
        let dir = root.join(rule.code);
        assert!(
            dir.join("input.txt").is_file()
                || dir.join("input.docx").is_file()
                || (dir.join("kk.txt").is_file() && dir.join("ru.txt").is_file()),
            "no fixture for rule {}",
            rule.code
        );
    }
    let mut failures = Vec::new();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let (expected, b) = if dir.join("input.txt").is_file() {
            let text = std::fs::read_to_string(dir.join("input.txt")).expect("input.txt");
            (
                expectations(&text),
                read_bilingual(&text, &format!("{name}/input.txt")),
            )
        } else if dir.join("input.docx").is_file() {
            let bytes = std::fs::read(dir.join("input.docx")).expect("input.docx");
            let file = format!("{name}/input.docx");
            let x = qostil::source::docx::read(&bytes, &file).expect("a readable input.docx");
            let text = std::fs::read_to_string(dir.join("expect.txt")).expect("expect.txt");
            (expectations(&text), to_bilingual(x, &file))
        } else {
            let kk = std::fs::read_to_string(dir.join("kk.txt")).expect("kk.txt");
            let ru = std::fs::read_to_string(dir.join("ru.txt")).expect("ru.txt");
            let mut e = expectations(&kk);
            e.extend(expectations(&ru));
            e.sort();
            let b = Bilingual {
                kk: read_single(&kk, &format!("{name}/kk.txt"), Lang::Kk, false),
                ru: read_single(&ru, &format!("{name}/ru.txt"), Lang::Ru, false),
            };
            (e, b)
        };
        let findings = check_all(&b);
        let mut got: Vec<(String, u32)> = findings
            .iter()
            .map(|f| {
                (
                    f.code.to_string(),
                    f.locations.first().map_or(0, |l| l.line),
                )
            })
            .collect();
        got.sort();
        let report = |lang: UiLang| {
            let cx = Context {
                catalogue: Catalogue::new(lang),
                ..Context::default()
            };
            to_string(Format::Text, &Report::Check(&findings), &cx)
        };
        if got != expected {
            failures.push(format!(
                "{name}: expected {expected:?}, got {got:?}\n{}",
                report(UiLang::En)
            ));
        }
        insta::assert_snapshot!(format!("rule-{name}"), report(UiLang::En));
        for lang in [UiLang::Ru, UiLang::Kk] {
            let text = report(lang);
            for word in english_words(&text) {
                failures.push(format!(
                    "{name}: English `{word}` in the {} report:\n{text}",
                    lang.code()
                ));
            }
            insta::assert_snapshot!(format!("rule-{name}.{}", lang.code()), text);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
