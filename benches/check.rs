//! Speed of `check` on synthetic bilingual documents: 10 000 and 40 000
//! clauses per language, read from one interleaved file and checked.
//!
//! Run: `cargo bench --bench check`

use std::time::Instant;

fn synthetic(clauses: usize) -> String {
    let mut ru = String::new();
    let mut kk = String::new();
    let per_section = 20;
    for s in 0..clauses / per_section {
        let sec = s + 1;
        ru.push_str(&format!("{sec}. Раздел номер {sec}\n"));
        kk.push_str(&format!("{sec}. {sec}-бөлім\n"));
        for c in 1..per_section {
            let days = (s * 7 + c) % 30 + 1;
            let sum = (s * 13 + c) * 1000;
            ru.push_str(&format!(
                "{sec}.{c}. Исполнитель обязуется в течение {days} календарных дней выплатить сумму {sum} тенге и выполнить условия пункта {sec}.{}.\n",
                c.max(2) - 1
            ));
            kk.push_str(&format!(
                "{sec}.{c}. Орындаушы күнтізбелік {days} күн ішінде {sum} теңге соманы төлеуге және {sec}.{}-тармақтың талаптарын орындауға міндеттенеді.\n",
                c.max(2) - 1
            ));
        }
    }
    format!("{ru}\n{kk}")
}

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn time(clauses: usize) -> f64 {
    let text = synthetic(clauses);
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let b = qostil::source::plain::read_bilingual(&text, "synthetic.txt");
        let findings = qostil::check::check(&b);
        let e = t.elapsed().as_secs_f64();
        assert!(b.kk.blocks.len() >= clauses && b.ru.blocks.len() >= clauses);
        assert!(
            findings.is_empty(),
            "{} findings, first: {:?}",
            findings.len(),
            findings.first()
        );
        best = best.min(e);
    }
    best
}

fn main() {
    let t10 = time(10_000);
    println!(
        "10 000 clauses per language: {:.3} s (peak RSS {:.0} MB)",
        t10,
        peak_rss_mb().unwrap_or(0.0)
    );
    let t40 = time(40_000);
    println!(
        "40 000 clauses per language: {:.3} s (peak RSS {:.0} MB)",
        t40,
        peak_rss_mb().unwrap_or(0.0)
    );
    println!("ratio 40k/10k: {:.2} (target ≤ 5)", t40 / t10);
}
