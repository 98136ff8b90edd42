//! Reading a Word document of about 100 pages: the parallel edition of the
//! bundled example (a two-column table, Kazakh left, Russian right, each
//! column numbered automatically) repeated until the text fills about 100
//! pages (3,000 characters a page). Time and peak memory of reading the
//! DOCX into pieces, and of reading and checking it, in a child process so
//! that its peak resident memory (`VmHWM`) is its own.
//!
//! Run: `cargo bench --bench docx`. Target: reading under 0.2 s.

#[path = "../tests/support/docx_gen.rs"]
mod docx_gen;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const CHILD: &str = "QOSTIL_DOCX_BENCH_CHILD";
const PAGE_CHARS: usize = 3_000;
const PAGES: usize = 100;

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// In the child: read the file (`read` seconds), then read and check it
/// (`check` seconds); print `read check peak_mb pieces findings`.
fn child(path: &str) {
    let bytes = std::fs::read(path).unwrap_or_default();
    let t = Instant::now();
    let x = match qostil::source::docx::read(&bytes, path) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("docx bench: {e}");
            return;
        }
    };
    let read = t.elapsed().as_secs_f64();
    let pieces = x.pieces.len();
    let t = Instant::now();
    let x = qostil::source::docx::read(&bytes, path).unwrap_or_default();
    let b = qostil::source::piece::to_bilingual(x, path);
    let findings = qostil::check::check(&b);
    let check = t.elapsed().as_secs_f64();
    println!(
        "{read:.3} {check:.3} {:.1} {pieces} {}",
        peak_rss_mb().unwrap_or(f64::NAN),
        findings.len()
    );
}

fn main() {
    if let Ok(path) = std::env::var(CHILD) {
        child(&path);
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let bi = match qostil::source::load_contract(&dir) {
        Ok(c) => c.bi,
        Err(e) => {
            eprintln!("docx bench: the example does not load: {e}");
            return;
        }
    };
    let kk = docx_gen::paragraphs_of(&bi.kk);
    let ru = docx_gen::paragraphs_of(&bi.ru);
    let one: Vec<(docx_gen::P, docx_gen::P)> = kk.into_iter().zip(ru).collect();
    let chars_one: usize = one
        .iter()
        .map(|(a, b)| a.text.chars().count() + b.text.chars().count())
        .sum();
    let copies = (PAGES * PAGE_CHARS).div_ceil(chars_one.max(1));
    let rows: Vec<(docx_gen::P, docx_gen::P)> =
        std::iter::repeat_n(one, copies).flatten().collect();
    let bytes = docx_gen::docx_of_body(&docx_gen::table_xml(&rows));
    let tmp = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("docx bench: no temporary folder: {e}");
            return;
        }
    };
    let path = tmp.path().join("offer-100-pages.docx");
    if let Err(e) = std::fs::write(&path, &bytes) {
        eprintln!("docx bench: cannot write {}: {e}", path.display());
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("docx bench: cannot find the bench executable");
        return;
    };
    let out = Command::new(&exe)
        .env(CHILD, &path)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let f: Vec<&str> = out.split_whitespace().collect();
    let num = |i: usize| f.get(i).and_then(|s| s.parse::<f64>().ok());
    let (Some(read), Some(check), Some(peak), Some(pieces), Some(findings)) =
        (num(0), num(1), num(2), num(3), num(4))
    else {
        eprintln!("docx bench: the child gave no figures: {out:?}");
        return;
    };
    let pages = (chars_one * copies) as f64 / PAGE_CHARS as f64;
    println!(
        "DOCX of {pages:.0} pages ({copies} copies of the example's parallel edition, {} rows, {:.2} MB zipped)",
        rows.len(),
        bytes.len() as f64 / 1e6
    );
    println!("| read s | read + check s | peak RSS MB | pieces | findings |");
    println!("|---:|---:|---:|---:|---:|");
    println!("| {read:.3} | {check:.3} | {peak:.0} | {pieces} | {findings} |");
    if read > 0.2 {
        println!("note: reading took more than the 0.2 s target");
    }
}
