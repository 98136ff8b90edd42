//! Mutation benchmark of the checker's accuracy: inject known defects one
//! at a time into our clean fixture and into the corpus documents (whose
//! existing findings are the baseline) and report recall and false
//! findings per case, per kind of defect.
//!
//! Run: `cargo bench --bench mutations`

#[path = "../tests/support/mutate.rs"]
mod mutate;

use mutate::{run, summary, Source};

fn report(name: &str, src: &Source, per_kind: usize) -> (usize, usize, usize) {
    let t = std::time::Instant::now();
    let outcomes = run(src, per_kind);
    println!(
        "\n== {name} ({} cases, {:.1} s)",
        outcomes.len(),
        t.elapsed().as_secs_f64()
    );
    println!(
        "{:<30} {:>6} {:>8} {:>8} {:>12}",
        "defect", "cases", "found", "recall", "false/case"
    );
    let (mut c, mut d, mut f) = (0, 0, 0);
    for (k, cases, det, fals) in summary(&outcomes) {
        if cases == 0 {
            continue;
        }
        println!(
            "{:<30} {:>6} {:>8} {:>8.3} {:>12.3}",
            k.name(),
            cases,
            det,
            det as f64 / cases as f64,
            fals as f64 / cases as f64
        );
        c += cases;
        d += det;
        f += fals;
    }
    println!(
        "{:<30} {:>6} {:>8} {:>8.3} {:>12.3}",
        "all",
        c,
        d,
        d as f64 / c.max(1) as f64,
        f as f64 / c.max(1) as f64
    );
    if std::env::var_os("MUTATIONS_VERBOSE").is_some() {
        for o in &outcomes {
            if !o.detected || !o.false_findings.is_empty() {
                println!(
                    "  {:?} {} {}: detected={} false={:?}",
                    o.kind,
                    o.lang,
                    o.clause,
                    o.detected,
                    o.false_findings
                        .iter()
                        .map(|f| format!(
                            "{} {}",
                            f.code,
                            qostil::messages::Catalogue::default()
                                .text(&f.message)
                                .chars()
                                .take(150)
                                .collect::<String>()
                        ))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
    (c, d, f)
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let fx = root.join("tests/fixtures/check");
    let read = |p: std::path::PathBuf| {
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    let fixture = Source::Pair {
        kk: read(fx.join("offer.kk.txt")),
        ru: read(fx.join("offer.ru.txt")),
    };
    let mut total = (0, 0, 0);
    let mut add = |r: (usize, usize, usize)| {
        total.0 += r.0;
        total.1 += r.1;
        total.2 += r.2;
    };
    let only = std::env::var("MUTATIONS_ONLY").ok();
    let wanted = |n: &str| only.as_deref().is_none_or(|o| n.contains(o));
    if wanted("fixture") {
        add(report("fixture (two files)", &fixture, 1000));
    }
    match mutate::corpus_dir() {
        Some(dir) => {
            for name in [
                "offer-business-club.txt",
                "offer-business-club-2col.txt",
                "offer-smm-course.txt",
                "offer-teacher-courses-kk.txt",
            ] {
                if !wanted(name) {
                    continue;
                }
                let p = dir.join(name);
                if let Ok(text) = std::fs::read_to_string(&p) {
                    add(report(
                        name,
                        &Source::Single {
                            text,
                            name: name.into(),
                        },
                        40,
                    ));
                }
            }
        }
        None => println!("\n(corpus not found: skipped)"),
    }
    println!(
        "\n== total: {} cases, recall {:.3}, false findings per case {:.3}",
        total.0,
        total.1 as f64 / total.0.max(1) as f64,
        total.2 as f64 / total.0.max(1) as f64
    );
}
