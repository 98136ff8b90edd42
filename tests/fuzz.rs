//! The fuzz targets of `fuzz/` in the test suite: every kept crash input
//! under `fuzz/regressions/TARGET/` is replayed, then each target runs a
//! short campaign from the fixtures (`QOSTIL_FUZZ_SECONDS` a target,
//! default 6 on CI and 1 elsewhere; 0 skips it). Long campaigns run from
//! `fuzz/` (see its README).

#[path = "../fuzz/src/engine.rs"]
#[allow(dead_code)]
mod engine;
#[path = "../fuzz/src/targets.rs"]
#[allow(dead_code)]
mod targets;

use std::path::PathBuf;
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seconds() -> u64 {
    std::env::var("QOSTIL_FUZZ_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if std::env::var_os("CI").is_some() {
            6
        } else {
            1
        })
}

/// Replay the kept inputs, then fuzz for a few seconds; any panic fails.
fn fuzz(name: &str) {
    let t = targets::by_name(name).expect("a target");
    engine::quiet_panics();
    // A debug build is slow: only time that would be absurd is a failure.
    let slow = Duration::from_secs(120);
    let kept = engine::seeds(
        &[root().join("fuzz/regressions").join(name)],
        &[],
        usize::MAX,
    );
    for input in &kept {
        if let Err(what) = engine::run_one(t.run, input, slow) {
            panic!(
                "{name}: a kept input fails again ({} bytes): {what}",
                input.len()
            );
        }
    }
    let secs = seconds();
    if secs == 0 {
        return;
    }
    let mut seeds = if t.exts.is_empty() {
        targets::contract_seeds(&[root().join("tests/fixtures/contracts")])
    } else {
        engine::seeds(&[root().join("tests/fixtures")], t.exts, t.max_len)
    };
    seeds.extend(kept);
    let c = engine::Campaign {
        duration: Duration::from_secs(secs),
        seed: 7,
        max_len: t.max_len.min(8 * 1024),
        slow,
    };
    let totals = engine::campaign(t.run, &seeds, &c);
    let report: Vec<String> = totals
        .failures
        .iter()
        .map(|f| {
            format!(
                "{}: {:?}",
                f.what,
                String::from_utf8_lossy(&f.input[..f.input.len().min(400)])
            )
        })
        .collect();
    assert!(
        report.is_empty(),
        "{name}: {} inputs run, failures (keep each under fuzz/regressions/{name}/):\n{}",
        totals.execs,
        report.join("\n")
    );
    eprintln!("fuzz {name}: {} inputs, no failure", totals.execs);
}

#[test]
fn fuzz_plain() {
    fuzz("plain");
}

#[test]
fn fuzz_figures() {
    fuzz("figures");
}

#[test]
fn fuzz_words() {
    fuzz("words");
}

#[test]
fn fuzz_check() {
    fuzz("check");
}

#[test]
fn fuzz_diff() {
    fuzz("diff");
}

#[test]
fn fuzz_contract() {
    fuzz("contract");
}

#[test]
fn fuzz_html() {
    fuzz("html");
}

#[test]
fn fuzz_pdf() {
    fuzz("pdf");
}

#[test]
fn fuzz_docx() {
    fuzz("docx");
}

#[test]
fn fuzz_pdf_read() {
    fuzz("pdf_read");
}

#[test]
fn every_target_has_a_test() {
    let names: Vec<&str> = targets::TARGETS.iter().map(|t| t.name).collect();
    let this = include_str!("fuzz.rs");
    for n in names {
        assert!(this.contains(&format!("fn fuzz_{n}()")), "no test for {n}");
    }
}
