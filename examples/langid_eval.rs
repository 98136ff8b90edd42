//! Accuracy of language identification on real contract lines: the old
//! letter-vote `lang::scores` against the word model `lang::log_odds`.
//!
//! Reads every non-empty line of `../shared/corpus/realworld/*.kk.txt`
//! (labelled Kazakh) and `*.ru.txt` (labelled Russian), and the Kazakh-only
//! offer of `../shared/corpus/`, at run time; prints nothing but a note when
//! the corpus is absent. Lines without a Cyrillic word of three letters
//! (numbers, Latin, `___`) are neutral and left out of the accuracy.
//!
//! `cargo run --release --example langid_eval [-- -v]` (`-v` lists the
//! misread lines).

use qostil::lang::{self, Lang};
use std::path::{Path, PathBuf};

type Method = (&'static str, fn(&str) -> Option<Lang>);

fn old(text: &str) -> Option<Lang> {
    lang::scores(text).lang()
}

fn word_model(text: &str) -> Option<Lang> {
    let lo = lang::log_odds(text);
    if lo > 0.0 {
        Some(Lang::Kk)
    } else if lo < 0.0 {
        Some(Lang::Ru)
    } else {
        None
    }
}

fn confident(text: &str) -> Option<Lang> {
    lang::confident(text)
}

fn neutral(line: &str) -> bool {
    !line.split(|c: char| !lang::is_letter(c)).any(|w| {
        w.chars().count() >= 3 && w.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    })
}

fn bucket(line: &str) -> usize {
    match line.chars().count() {
        0..=29 => 0,
        30..=80 => 1,
        _ => 2,
    }
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<(PathBuf, Lang)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(root.join("realworld")) {
        for e in rd.flatten() {
            let p = e.path();
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            if name.ends_with(".kk.txt") {
                files.push((p, Lang::Kk));
            } else if name.ends_with(".ru.txt") {
                files.push((p, Lang::Ru));
            }
        }
    }
    let kk_offer = root.join("offer-teacher-courses-kk.txt");
    if kk_offer.is_file() {
        files.push((kk_offer, Lang::Kk));
    }
    if files.is_empty() {
        println!(
            "corpus not found under {}: nothing to measure",
            root.display()
        );
        return;
    }
    files.sort();
    let mut lines: Vec<(String, Lang, String)> = Vec::new();
    for (p, l) in &files {
        let text = std::fs::read_to_string(p).unwrap_or_default();
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if !line.is_empty() && !neutral(line) {
                lines.push((line.to_string(), *l, format!("{name}:{}", i + 1)));
            }
        }
    }
    let methods: [Method; 3] = [
        ("old scores()", old),
        ("log_odds()", word_model),
        ("confident()", confident),
    ];
    let count = |b: usize| lines.iter().filter(|l| bucket(&l.0) == b).count();
    println!(
        "lines by length: <30: {}, 30-80: {}, >80: {}",
        count(0),
        count(1),
        count(2)
    );
    println!(
        "{} labelled lines ({} Kazakh, {} Russian)",
        lines.len(),
        lines.iter().filter(|l| l.1 == Lang::Kk).count(),
        lines.iter().filter(|l| l.1 == Lang::Ru).count()
    );
    println!(
        "{:<14} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "method", "all", "<30", "30-80", ">80", "kk", "ru"
    );
    for (name, f) in methods {
        let mut ok = [0usize; 3];
        let mut n = [0usize; 3];
        let mut by_lang = [(0usize, 0usize); 2];
        for (line, want, at) in &lines {
            let got = f(line);
            let b = bucket(line);
            n[b] += 1;
            let li = (*want == Lang::Ru) as usize;
            by_lang[li].1 += 1;
            if got == Some(*want) {
                ok[b] += 1;
                by_lang[li].0 += 1;
            } else if verbose {
                println!("  {name}: {at} [{want}, got {got:?}] {line}");
            }
        }
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "-".to_string()
            } else {
                format!("{:.1}%", 100.0 * a as f64 / b as f64)
            }
        };
        println!(
            "{:<14} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
            name,
            pct(ok.iter().sum(), n.iter().sum()),
            pct(ok[0], n[0]),
            pct(ok[1], n[1]),
            pct(ok[2], n[2]),
            pct(by_lang[0].0, by_lang[0].1),
            pct(by_lang[1].0, by_lang[1].1),
        );
    }
}
