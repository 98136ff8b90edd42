//! Extraction speed on contract text: the corpus documents (or our own
//! sample when the corpus is absent), repeated to about 20 MB, extracted a
//! line (a clause) at a time as the checker does.
//!
//! `cargo bench --bench figures`

use qostil::figures::extract;
use qostil::lang::detect;
use qostil::Lang;
use std::path::PathBuf;
use std::time::Instant;

const SAMPLE: &str = "\
4.1. Исполнитель оказывает услуги в течение 10 (десяти) рабочих дней с момента оплаты.
4.1. Орындаушы қызметтерді төлем жасалған сәттен бастап 10 (он) жұмыс күні ішінде көрсетеді.
4.2. Стоимость услуг составляет 990 000 (девятьсот девяносто тысяч) тенге, предоплата 20% (двадцатипроцентной).
4.2. Қызметтердің құны 990.000 (тоғыз жүз тоқсан мың) теңге, алдын ала төлем 20% (жиырма пайыздық).
4.3. За каждый день просрочки начисляется неустойка 0,5% согласно п. 5 ст. 395 ГК РК и пунктов 6.3 и 6.4.
4.3. Әрбір кешіктірілген күн үшін ҚР АК 395-бабының 5-тармағына және 6.3, 6.4-тармақтарға сәйкес 0,5% айып.
Реквизиты: БИН 123456789012, IBAN KZ86125KZT5004100100, тел. +7 (777) 123-45-67, info@example.kz.
Стороны обязуются сохранять конфиденциальность информации, полученной при исполнении настоящего Договора.
Тараптар осы Шартты орындау кезінде алынған ақпараттың құпиялылығын сақтауға міндеттенеді.
";

fn corpus_text() -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for rel in ["../shared/corpus", "../../shared/corpus"] {
        let dir = root.join(rel);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let mut all = String::new();
        for f in files {
            if let Ok(t) = std::fs::read_to_string(&f) {
                all.push_str(&t);
                all.push('\n');
            }
        }
        if !all.is_empty() {
            println!("text: corpus at {}", dir.display());
            return all;
        }
    }
    println!("text: built-in sample (corpus not found)");
    SAMPLE.to_string()
}

fn main() {
    let base = corpus_text();
    let lines: Vec<(&str, Lang)> = base
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| (l, detect(l).unwrap_or(Lang::Ru)))
        .collect();
    let per_pass: usize = lines.iter().map(|(l, _)| l.len()).sum();
    let passes = (20_000_000 / per_pass.max(1)).max(1);
    // Warm up (builds the word tables).
    let mut figures = 0usize;
    for (l, lang) in &lines {
        figures += extract(l, *lang).len();
    }
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..passes {
        for (l, lang) in &lines {
            n += extract(l, *lang).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = (per_pass * passes) as f64 / 1e6;
    println!(
        "line by line: {mb:.1} MB in {secs:.2} s = {:.1} MB/s ({} figures a pass, {n} in all)",
        mb / secs,
        figures
    );
    // Whole documents in one call.
    let t = Instant::now();
    let mut n = 0usize;
    let whole_passes = passes.max(1);
    for _ in 0..whole_passes {
        n += extract(&base, Lang::Ru).len();
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = (base.len() * whole_passes) as f64 / 1e6;
    println!(
        "whole text:   {mb:.1} MB in {secs:.2} s = {:.1} MB/s ({n} figures)",
        mb / secs
    );
    // Runs of number words: time must grow linearly with the run.
    let mut base_secs = 0.0;
    for (k, (word, lang)) in [("десять", Lang::Ru), ("он", Lang::Kk)]
        .iter()
        .flat_map(|w| [1_000usize, 4_000, 16_000].map(|n| (w, n)))
        .enumerate()
    {
        let ((word, lang), count) = (word, lang);
        let text = format!("Срок {} дней.", vec![*word; count].join(" "));
        let t = Instant::now();
        let n = extract(&text, *lang).len();
        let secs = t.elapsed().as_secs_f64();
        if k % 3 == 0 {
            base_secs = secs;
        }
        println!(
            "run of {count:>6} × {word:<7} {secs:.4} s ({:.1}× the 1,000-word run, {n} figures)",
            secs / base_secs.max(1e-9)
        );
    }
}
