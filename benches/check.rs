//! Speed of `check` on synthetic bilingual documents: 10 000 and 40 000
//! clauses per language, read from one interleaved file and checked. The
//! Kazakh headings read `N. N-бөлім` and every other Kazakh clause starts
//! with a figure, as Kazakh word order has it; the check must find nothing.
//!
//! Run: `cargo bench --bench check`

use std::time::Instant;

fn synthetic(clauses: usize) -> String {
    // Sections of 10 subsections of 19 clauses: `s.`, `s.t.`, `s.t.c.`.
    let mut ru = String::new();
    let mut kk = String::new();
    let mut n = 0;
    let mut sec = 0;
    while n < clauses {
        sec += 1;
        ru.push_str(&format!("{sec}. Раздел {sec}\n"));
        kk.push_str(&format!("{sec}. {sec}-бөлім\n"));
        n += 1;
        for t in 1..=10 {
            ru.push_str(&format!("{sec}.{t}. Условия подраздела.\n"));
            kk.push_str(&format!("{sec}.{t}. Бөлімшенің талаптары.\n"));
            n += 1;
            for c in 1..20 {
                let days = (sec * 7 + c) % 30 + 1;
                let sum = (sec * 13 + t * 7 + c) * 1000;
                let r = c.max(2) - 1;
                ru.push_str(&format!(
                    "{sec}.{t}.{c}. Исполнитель обязуется в течение {days} календарных дней выплатить сумму {sum} тенге и выполнить условия пункта {sec}.{t}.{r}.\n"
                ));
                // Kazakh word order: every other clause starts with a figure.
                kk.push_str(&if c % 2 == 0 {
                    format!(
                        "{sec}.{t}.{c}. {sum} теңге соманы Орындаушы күнтізбелік {days} күн ішінде төлеуге және {sec}.{t}.{r}-тармақтың талаптарын орындауға міндеттенеді.\n"
                    )
                } else {
                    format!(
                        "{sec}.{t}.{c}. Орындаушы күнтізбелік {days} күн ішінде {sum} теңге соманы төлеуге және {sec}.{t}.{r}-тармақтың талаптарын орындауға міндеттенеді.\n"
                    )
                });
                n += 1;
            }
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
    if let Some(n) = std::env::var("CHECK_BENCH_CLAUSES")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        let text = synthetic(n);
        let t = Instant::now();
        let b = qostil::source::plain::read_bilingual(&text, "synthetic.txt");
        let read = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut nf = 0;
        for d in [&b.kk, &b.ru] {
            for bl in &d.blocks {
                nf += qostil::check::figs::figures(&bl.plain_text(), d.lang).len();
            }
        }
        println!("figures: {:.3} s ({nf})", t.elapsed().as_secs_f64());
        let t = Instant::now();
        let ctx = qostil::check::Context::new(&b);
        let prep = t.elapsed().as_secs_f64();
        drop(ctx);
        let t = Instant::now();
        let f = qostil::check::check(&b);
        println!(
            "{n}: read {read:.3} s, context {prep:.3} s, check {:.3} s, {} findings",
            t.elapsed().as_secs_f64(),
            f.len()
        );
        for x in f.iter().take(3) {
            println!(
                "  {} {}",
                x.code,
                qostil::messages::Catalogue::default().text(&x.message)
            );
        }
        return;
    }
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
