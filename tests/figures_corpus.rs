//! The figures engine on the real contracts of the shared corpus, read at
//! run time (skipped when the corpus is absent).

use qostil::figures::{extract, Figure, FigureKind};
use qostil::lang::detect;
use qostil::Lang;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for rel in ["../shared/corpus", "../../shared/corpus"] {
        let p = root.join(rel);
        if p.is_dir() {
            return Some(p);
        }
    }
    eprintln!("note: shared corpus not found; skipping");
    None
}

fn read(name: &str) -> Option<String> {
    let dir = corpus()?;
    match std::fs::read_to_string(dir.join(name)) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("note: {name} not found; skipping");
            None
        }
    }
}

#[test]
fn every_line_of_every_document() {
    let Some(dir) = corpus() else { return };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut total = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines() {
            let lang = detect(line).unwrap_or(Lang::Ru);
            for l in [lang, lang.other()] {
                for fig in extract(line, l) {
                    assert_eq!(line.get(fig.span.clone()), Some(fig.text.as_str()));
                    total += 1;
                }
            }
            // Cut lines anywhere: no panic on partial text.
            let n = line.chars().count();
            let cuts: Vec<usize> = line
                .char_indices()
                .map(|(i, _)| i)
                .step_by(n / 8 + 1)
                .collect();
            for c in cuts {
                let _ = extract(&line[c..], lang);
                let _ = extract(&line[..c], lang);
            }
        }
        // The whole document at once, too.
        for fig in extract(&text, Lang::Ru) {
            assert_eq!(text.get(fig.span.clone()), Some(fig.text.as_str()));
        }
    }
    assert!(total > 100, "only {total} figures in the corpus");
}

/// The first comparable figure of the first line containing `key`, whose
/// own text contains `inside`.
fn find(text: &str, key: &str, inside: &str) -> Figure {
    let line = text
        .lines()
        .find(|l| l.contains(key))
        .unwrap_or_else(|| panic!("no line with {key:?}"));
    let lang = detect(line).unwrap_or(Lang::Ru);
    extract(line, lang)
        .into_iter()
        .find(|f| f.is_comparable() && f.text.contains(inside))
        .unwrap_or_else(|| panic!("no figure {inside:?} in line with {key:?}"))
}

#[test]
fn business_club_figures_agree_across_languages() {
    let Some(text) = read("offer-business-club.txt") else {
        return;
    };
    let equal = [
        (
            "девятьсот девяносто тысяч",
            "990",
            "тоғыз жүз тоқсан мың",
            "990",
        ),
        ("(стопроцентной)", "100", "(жүз пайыздық)", "100"),
        ("(двадцатипроцентной)", "20", "(жиырма пайыздық)", "20"),
        ("12 месяцев", "12", "12 айға", "12"),
        ("0,5%", "0,5", "0,5%", "0,5"),
        ("(тридцать) календарных", "30", "(отыз) күнтізбелік", "30"),
    ];
    for (ru_key, ru_fig, kk_key, kk_fig) in equal {
        let a = find(&text, ru_key, ru_fig);
        let b = find(&text, kk_key, kk_fig);
        assert!(a.same_as(&b), "{a:?}\n{b:?}");
        assert!(!a.words_disagree() && !b.words_disagree());
    }
    // A real divergence: calendar days in Russian, working days in Kazakh.
    let a = find(&text, "(трех) календарных", "3");
    let b = find(&text, "(үш) жұмыс", "3");
    assert_eq!(a.kind, FigureKind::Duration);
    assert!(!a.same_as(&b), "{a:?}\n{b:?}");
}

#[test]
fn legacy_font_copy_gives_the_same_money() {
    let Some(text) = read("offer-business-club-2col.txt") else {
        return;
    };
    let money: Vec<_> = text
        .lines()
        .flat_map(|l| extract(l, detect(l).unwrap_or(Lang::Ru)))
        .filter(|f| f.kind == FigureKind::Money)
        .collect();
    assert!(money.len() > 10, "{money:?}");
}
