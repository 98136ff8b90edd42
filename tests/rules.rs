//! One fixture per rule code under `tests/fixtures/rules/<code>/input.txt`,
//! with the expected findings written inside it as
//! `<!-- expect: CODE line N -->` (N: line of the first location). The
//! harness fails on a missing and on an extra finding, and snapshots the
//! text report of every fixture.

use qostil::check::{check, rules::RULES};
use qostil::report::{to_string, Format};
use qostil::source::plain::read_bilingual;
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
    for rule in RULES {
        assert!(
            root.join(rule.code).join("input.txt").is_file(),
            "no fixture for rule {}",
            rule.code
        );
    }
    let mut failures = Vec::new();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(dir.join("input.txt")).expect("input.txt");
        let expected = expectations(&text);
        let b = read_bilingual(&text, &format!("{name}/input.txt"));
        let findings = check(&b);
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
        if got != expected {
            failures.push(format!(
                "{name}: expected {expected:?}, got {got:?}\n{}",
                to_string(Format::Text, &findings)
            ));
        }
        insta::assert_snapshot!(format!("rule-{name}"), to_string(Format::Text, &findings));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
