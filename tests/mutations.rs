//! Accuracy on our own clean fixture: inject each kind of defect into a
//! sample of clauses, one at a time, and assert recall and false findings.
//! The full run (fixture and corpus) is `cargo bench --bench mutations`.

#[path = "support/mutate.rs"]
mod mutate;
use mutate::{run, summary, Source};

#[test]
fn fixture_mutations_are_found() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    let src = Source::Pair {
        kk: std::fs::read_to_string(root.join("offer.kk.txt")).unwrap(),
        ru: std::fs::read_to_string(root.join("offer.ru.txt")).unwrap(),
    };
    let outcomes = run(&src, 4);
    let (mut cases, mut found, mut fals) = (0, 0, 0);
    for (k, c, d, f) in summary(&outcomes) {
        println!("{:<30} cases {c:>3} found {d:>3} false {f:>3}", k.name());
        cases += c;
        found += d;
        fals += f;
    }
    for o in outcomes
        .iter()
        .filter(|o| !o.detected || !o.false_findings.is_empty())
    {
        println!(
            "{:?} {} {} detected={} false={:?}",
            o.kind,
            o.lang,
            o.clause,
            o.detected,
            o.false_findings
                .iter()
                .map(|f| f.message.clone())
                .collect::<Vec<_>>()
        );
    }
    assert!(cases >= 30, "{cases} cases");
    let recall = found as f64 / cases as f64;
    let false_rate = fals as f64 / cases as f64;
    println!("recall {recall:.3}, false findings per case {false_rate:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(false_rate <= 0.1, "false findings per case {false_rate:.3}");
}
