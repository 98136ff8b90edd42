//! Language identification and the `wrong-language` rule on the real
//! documents of the corpus (read at run time; skipped when the corpus is
//! absent): the word model reads nearly every line of the per-language
//! files as the language of its file, and no real document gets a
//! `wrong-language` finding, in two-file or one-file form.

use qostil::check::check;
use qostil::lang::{self, Lang};
use qostil::source::input::load;
use std::path::{Path, PathBuf};

fn corpus() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/corpus"),
        root.join("../../shared/corpus"),
    ]
    .into_iter()
    .find(|p| p.join("realworld").is_dir())
}

/// The realworld documents: name, Kazakh file, Russian file, bilingual
/// file.
fn documents(root: &Path) -> Vec<(String, PathBuf, PathBuf, PathBuf)> {
    let dir = root.join("realworld");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().to_string();
            n.strip_suffix(".kk.txt").map(str::to_string)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            (
                n.clone(),
                dir.join(format!("{n}.kk.txt")),
                dir.join(format!("{n}.ru.txt")),
                dir.join(format!("{n}.both.txt")),
            )
        })
        .filter(|d| d.2.is_file() && d.3.is_file())
        .collect()
}

/// A line with a Cyrillic word of three letters or more.
fn telling(line: &str) -> bool {
    line.split(|c: char| !lang::is_letter(c)).any(|w| {
        w.chars().count() >= 3 && w.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    })
}

#[test]
fn word_model_reads_the_language_of_real_lines() {
    let Some(root) = corpus() else {
        eprintln!("corpus absent: skipped");
        return;
    };
    let (mut n, mut ok, mut wrong_confident) = (0usize, 0usize, Vec::new());
    for (_, kk, ru, _) in documents(&root) {
        for (path, want) in [(kk, Lang::Kk), (ru, Lang::Ru)] {
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, line) in text.lines().enumerate() {
                if !telling(line) {
                    continue;
                }
                n += 1;
                let lo = lang::log_odds(line);
                let got = if lo > 0.0 { Lang::Kk } else { Lang::Ru };
                if lo != 0.0 && got == want {
                    ok += 1;
                }
                if lang::confident(line) == Some(want.other()) && lang::evidence(line).words >= 4 {
                    wrong_confident.push(format!("{}:{} {line}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(n > 500, "too few lines: {n}");
    let accuracy = ok as f64 / n as f64;
    assert!(accuracy >= 0.98, "accuracy {accuracy:.3} on {n} lines");
    assert!(
        wrong_confident.is_empty(),
        "confidently wrong on lines of four Cyrillic words or more:\n{}",
        wrong_confident.join("\n")
    );
}

#[test]
fn real_documents_have_no_wrong_language_finding() {
    let Some(root) = corpus() else {
        eprintln!("corpus absent: skipped");
        return;
    };
    let mut inputs: Vec<Vec<PathBuf>> = Vec::new();
    for (_, kk, ru, both) in documents(&root) {
        inputs.push(vec![kk, ru]);
        inputs.push(vec![both]);
    }
    for e in std::fs::read_dir(&root).unwrap().flatten() {
        if e.path().extension().is_some_and(|x| x == "txt") {
            inputs.push(vec![e.path()]);
        }
    }
    assert!(inputs.len() >= 10, "{inputs:?}");
    for input in inputs {
        let b = load(&input).unwrap();
        let found: Vec<String> = check(&b)
            .into_iter()
            .filter(|f| f.code == "wrong-language")
            .map(|f| qostil::messages::Catalogue::default().text(&f.message))
            .collect();
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}
