//! PDF rendering speed and memory.
//!
//! Renders the three editions (Kazakh, Russian, parallel) of a realistic
//! contract (about six pages a language) many times, then one synthetic
//! contract of about 500 pages a language, and prints the timings and the
//! peak resident memory (VmHWM), and one clause holding a single word of
//! 8,000, 16,000 and 200,000 letters in each language (line breaking and
//! hyphenation of over-long words must stay near-linear). Run with
//! `cargo bench --bench pdf`.

#[path = "../tests/pdf_fixture/mod.rs"]
mod pdf_fixture;

use qostil::model::{Block, Clause, ClauseNumber, Document, Inline, RichText};
use qostil::render::pdf::{render_parallel, render_single, PdfOptions};
use qostil::Lang;
use std::time::Instant;

fn pages(pdf: &[u8]) -> usize {
    // Count page objects without a parser: "/Type /Page" not followed by "s".
    let needle = b"/Type/Page";
    let alt = b"/Type /Page";
    let mut n = 0;
    for w in [needle.as_slice(), alt.as_slice()] {
        let mut i = 0;
        while i + w.len() < pdf.len() {
            if &pdf[i..i + w.len()] == w && pdf[i + w.len()] != b's' {
                n += 1;
            }
            i += 1;
        }
    }
    n
}

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time (user + system) of this process in seconds, from /proc: on a
/// machine shared with other jobs, wall time overstates the cost.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses).
    let rest = s.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn render_all(repeat: usize) -> (std::time::Duration, [usize; 3], usize) {
    let bi = pdf_fixture::contract(repeat);
    let opts = PdfOptions::default();
    let t = Instant::now();
    let kk = render_single(&bi.kk, &pdf_fixture::meta("kk"), &opts).expect("kk");
    let ru = render_single(&bi.ru, &pdf_fixture::meta("ru"), &opts).expect("ru");
    let par = render_parallel(&bi, &pdf_fixture::meta("kk/ru"), &opts).expect("parallel");
    let el = t.elapsed();
    let bytes = kk.len() + ru.len() + par.len();
    (el, [pages(&kk), pages(&ru), pages(&par)], bytes)
}

/// A document of one clause whose text is a single word of `letters`
/// letters, built from a syllable of the language.
fn long_word_doc(lang: Lang, letters: usize) -> Document {
    let syllable = match lang {
        Lang::Kk => "тапсырыс",
        Lang::Ru => "договорной",
    };
    let n = syllable.chars().count();
    let word: String = syllable.chars().cycle().take(letters.max(n)).collect();
    let mut doc = Document::new(lang, format!("{}.md", lang.code()));
    doc.blocks.push(Block::Clause(Clause {
        number: ClauseNumber::parse("1.1"),
        id: None,
        text: RichText(vec![Inline {
            text: format!("{syllable} {word} {syllable}."),
            ..Default::default()
        }]),
        line: 1,
        children: vec![],
    }));
    doc
}

/// Render the one-word document in both languages; CPU seconds and pages.
fn long_word(letters: usize) -> (f64, usize) {
    let opts = PdfOptions::default();
    let docs = [
        long_word_doc(Lang::Kk, letters),
        long_word_doc(Lang::Ru, letters),
    ];
    let cpu0 = cpu_seconds().unwrap_or(0.0);
    let mut n = 0;
    for d in &docs {
        let pdf = render_single(d, &pdf_fixture::meta("long"), &opts).expect("long word");
        n += pages(&pdf);
    }
    (cpu_seconds().unwrap_or(0.0) - cpu0, n)
}

fn main() {
    // Warm up: font parsing happens once per process.
    let (first, p, _) = render_all(2);
    println!("first run (includes font parsing): {first:?}, pages kk/ru/parallel {p:?}");
    let runs = 20;
    let mut best = std::time::Duration::MAX;
    let mut total = std::time::Duration::ZERO;
    for _ in 0..runs {
        let (el, _, _) = render_all(2);
        best = best.min(el);
        total += el;
    }
    println!(
        "realistic contract, 3 PDFs: best {best:?}, mean {:?} over {runs} runs",
        total / runs
    );
    let cpu0 = cpu_seconds();
    let (el, p, bytes) = render_all(220);
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        println!("synthetic contract CPU time: {:.2} s", b - a);
    }
    println!(
        "synthetic contract, 3 PDFs: {el:?}, pages kk/ru/parallel {p:?}, {:.1} MB written",
        bytes as f64 / 1e6
    );
    if let Some(mb) = peak_rss_mb() {
        println!("peak resident memory (VmHWM): {mb:.0} MB");
    }
    for letters in [8_000, 16_000, 200_000] {
        let (cpu, p) = long_word(letters);
        println!("one word of {letters} letters, kk + ru PDFs: {cpu:.2} s CPU, {p} pages");
    }
}
