//! PDF reading speed and memory.
//!
//! Renders a long contract as our parallel edition (two columns, Kazakh
//! left, Russian right, about 100 pages), then reads it back with
//! `source::pdf::read` in a fresh process (so that the peak resident
//! memory, VmHWM, is the reader's alone): prints the best time of three
//! reads, the pieces read and the peak memory. The goal is under 0.2 s for
//! the 100 pages. Run with `cargo bench --bench pdf_read` (`-- PAGES` for
//! another length).

#[path = "../tests/pdf_fixture/mod.rs"]
mod pdf_fixture;

use qostil::render::pdf::{render_parallel, PdfOptions};
use std::time::{Duration, Instant};

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn pages(pdf: &[u8]) -> usize {
    hayro_syntax::Pdf::new(std::sync::Arc::new(pdf.to_vec()))
        .map(|p| p.pages().len())
        .unwrap_or(0)
}

/// The child: read the file three times, report.
fn read(path: &str) {
    let bytes = std::fs::read(path).expect("read the PDF");
    let mut best = Duration::MAX;
    let mut pieces = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let x = qostil::source::pdf::read(&bytes, path).expect("a readable PDF");
        best = best.min(t.elapsed());
        pieces = x.pieces.len();
    }
    println!(
        "read: {:.3} s (best of 3), {pieces} pieces, {} pages",
        best.as_secs_f64(),
        pages(&bytes)
    );
    if let Some(mb) = peak_rss_mb() {
        println!("peak resident memory of the reading process (VmHWM): {mb:.0} MB");
    }
    let target = 0.2;
    println!(
        "goal: under {target} s for 100 pages: {}",
        if best.as_secs_f64() * 100.0 / pages(&bytes).max(1) as f64 <= target {
            "met"
        } else {
            "NOT met"
        }
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--read") {
        read(args.get(i + 1).expect("a file after --read"));
        return;
    }
    let want: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(100);
    // The fixture contract is about 8 parallel pages a repeat.
    let opts = PdfOptions::default();
    let mut repeat = (want / 8).max(1);
    let mut pdf;
    loop {
        let bi = pdf_fixture::contract(repeat);
        pdf = render_parallel(&bi, &pdf_fixture::meta("kk/ru"), &opts).expect("render");
        let n = pages(&pdf);
        if n >= want || repeat > 10_000 {
            break;
        }
        repeat = (repeat * want).div_ceil(n.max(1)).max(repeat + 1);
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("parallel.pdf");
    std::fs::write(&path, &pdf).expect("write the PDF");
    println!(
        "parallel edition: {} pages, {} KB",
        pages(&pdf),
        pdf.len() / 1024
    );
    let exe = std::env::current_exe().expect("this program");
    let out = std::process::Command::new(exe)
        .arg("--read")
        .arg(&path)
        .output()
        .expect("the reading process runs");
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
}
