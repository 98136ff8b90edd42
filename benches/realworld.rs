//! Accuracy of `check` on real documents, scored against the truth written
//! by hand for them.
//!
//! 1. `../shared/corpus/realworld/` (or the folder `QOSTIL_REALWORLD`
//!    names, with the same layout): every document of its `expect.json`, in
//!    the two-file form (`NAME.kk.txt NAME.ru.txt`) and the one-file form
//!    (`NAME.both.txt`), loaded as `qostil check` loads them and scored by
//!    the rules of that folder's `score.py` (the totals lines are the same
//!    as the script's, run on the release binary).
//! 2. `../shared/corpus/` (or `QOSTIL_CORPUS`): findings per offer, and the
//!    findings of `offer-business-club.txt` and its two-column layout
//!    `offer-business-club-2col.txt` that one layout has and the other has
//!    not, compared as (code, clause numbers).
//!
//! Run: `cargo bench --bench realworld` (`-- -v` or
//! `QOSTIL_BENCH_VERBOSE=1` lists every false alarm with the trap it falls
//! on and every missed item; `-- -vv` or `QOSTIL_BENCH_VERBOSE=2` also the
//! true positives).

#[path = "../tests/support/realworld.rs"]
mod realworld;

use realworld::{
    corpus_dir, fmt_layout_key, layout_difference, realworld_dir, report, score_all, Form, Totals,
};
use std::time::Instant;

fn verbosity() -> u8 {
    let mut v = match std::env::var("QOSTIL_BENCH_VERBOSE").ok().as_deref() {
        Some("2") => 2,
        Some("") | Some("0") | None => 0,
        Some(_) => 1,
    };
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "-v" | "--verbose" => v = v.max(1),
            "-vv" => v = 2,
            _ => {} // cargo passes --bench; other options are not ours
        }
    }
    v
}

fn score_realworld(verbose: u8) {
    let dir = realworld_dir();
    if !dir.join("expect.json").is_file() {
        println!(
            "note: no real-world documents at {} (expect.json not found); set QOSTIL_REALWORLD=DIR to score another folder",
            dir.display()
        );
        return;
    }
    let dir = dir.canonicalize().unwrap_or(dir);
    let mut totals = Vec::new();
    for form in [Form::TwoFile, Form::OneFile] {
        let t = Instant::now();
        match score_all(&dir, form) {
            Ok(scores) => {
                print!("{}", report(&dir, form, &scores, verbose));
                println!("({:.2} s)\n", t.elapsed().as_secs_f64());
                totals.push((form, Totals::of(&scores)));
            }
            Err(e) => println!("error: {e}"),
        }
    }
    if totals.len() == 2 {
        println!(
            "{:10} {:>9} {:>9} {:>9} {:>6} {:>5}",
            "form", "precision", "in-scope", "all", "found", "FA"
        );
        for (form, t) in &totals {
            println!(
                "{:10} {:>9.3} {:>9.3} {:>9.3} {:>6} {:>5}",
                form.name(),
                t.precision(),
                t.recall_in_scope(),
                t.recall_all(),
                t.findings,
                t.fa
            );
        }
        println!();
    }
}

/// Precision and recall of each meaning rule, every rule run.
fn score_meaning() {
    let (rw, corpus) = (realworld_dir(), corpus_dir());
    if !rw.join("expect.json").is_file() {
        return;
    }
    match realworld::score_rules(&rw, &corpus) {
        Ok(scores) => {
            println!(
                "# meaning rules, every rule run (real-world two-file form and corpus offers)"
            );
            println!(
                "{:20} {:>8} {:>4} {:>9} {:>6} {:>7} {:>8}  false alarms",
                "rule", "findings", "TP", "precision", "found", "items", "default"
            );
            for s in &scores {
                let on = qostil::check::rules::rule(s.code).is_some_and(|r| r.default_on);
                println!(
                    "{:20} {:>8} {:>4} {:>9.3} {:>6} {:>7} {:>8}  {}",
                    s.code,
                    s.findings,
                    s.tp,
                    s.precision(),
                    s.found,
                    s.items,
                    if on { "on" } else { "off" },
                    s.false_alarms.join("; ")
                );
            }
            println!();
        }
        Err(e) => println!("error: {e}"),
    }
}

fn corpus() {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "note: no corpus at {}; set QOSTIL_CORPUS=DIR",
            dir.display()
        );
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    println!("# corpus {}", dir.display());
    let mut found = std::collections::HashMap::new();
    for p in &files {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let t = Instant::now();
        match realworld::run_checker(std::slice::from_ref(p)) {
            Ok(fs) => {
                let mut codes = std::collections::BTreeMap::new();
                for f in &fs {
                    *codes.entry(f.code).or_insert(0usize) += 1;
                }
                let codes: Vec<String> = codes.iter().map(|(c, n)| format!("{c} {n}")).collect();
                println!(
                    "{name:34} findings={:<4} ({:.2} s) {}",
                    fs.len(),
                    t.elapsed().as_secs_f64(),
                    codes.join(", ")
                );
                found.insert(name, fs);
            }
            Err(e) => println!("{name:34} ERROR: {e}"),
        }
    }
    let (a, b) = ("offer-business-club.txt", "offer-business-club-2col.txt");
    match (found.get(a), found.get(b)) {
        (Some(fa), Some(fb)) => {
            let only_a = layout_difference(fa, fb);
            let only_b = layout_difference(fb, fa);
            println!(
                "\nlayouts of one contract, compared as (code, clause numbers): {} only in {a}, {} only in {b}{}",
                only_a.len(),
                only_b.len(),
                if only_a.is_empty() && only_b.is_empty() {
                    " (the same findings)"
                } else {
                    ""
                }
            );
            for k in &only_a {
                println!("  only {a:30} {}", fmt_layout_key(k));
            }
            for k in &only_b {
                println!("  only {b:30} {}", fmt_layout_key(k));
            }
        }
        _ => println!("\n{a} and {b} are not both in the corpus; layouts not compared"),
    }
}

fn main() {
    let verbose = verbosity();
    score_realworld(verbose);
    score_meaning();
    corpus();
}
