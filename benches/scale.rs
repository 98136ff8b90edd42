//! How `check` scales with the size of its input: time and peak memory of
//! reading and checking one bilingual file at 1x, 4x and 16x a base
//! document, each size in a fresh child process so that its peak resident
//! memory (`VmHWM` of /proc/self/status) is its own.
//!
//! The base document is the corpus offers `../shared/corpus/*.txt` one after
//! another (about 0.36 MB); without the corpus, a synthetic contract of our
//! own of about the same size. Time and memory should grow by about 4 from
//! one row to the next: linear in the input.
//!
//! Run: `cargo bench --bench scale` (`QOSTIL_SCALE_BASE=N` repeats the base
//! N times for the 1x row).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const CHILD: &str = "QOSTIL_SCALE_CHILD";

/// A contract of our own, in both languages, of about `bytes` bytes.
fn synthetic(bytes: usize) -> String {
    let mut ru = String::new();
    let mut kk = String::new();
    let mut sec = 0;
    while ru.len() + kk.len() < bytes {
        sec += 1;
        ru.push_str(&format!("{sec}. ПРАВА И ОБЯЗАННОСТИ СТОРОН\n"));
        kk.push_str(&format!("{sec}. ТАРАПТАРДЫҢ ҚҰҚЫҚТАРЫ МЕН МІНДЕТТЕРІ\n"));
        for c in 1..=12 {
            let days = (sec * 7 + c) % 30 + 1;
            ru.push_str(&format!(
                "{sec}.{c}. Исполнитель возвращает {days}% стоимости услуг в течение {days} рабочих дней после получения заявления Заказчика.\n"
            ));
            kk.push_str(&format!(
                "{sec}.{c}. Орындаушы Тапсырыс берушінің өтінішін алғаннан кейін {days} жұмыс күні ішінде қызмет құнының {days}% қайтарады.\n"
            ));
        }
    }
    format!("{ru}\n{kk}")
}

fn base() -> (String, &'static str) {
    let dir = Path::new("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            text.push_str(&t);
            text.push_str("\n\n");
        }
    }
    if text.is_empty() {
        (synthetic(360_000), "synthetic contract")
    } else {
        (text, "corpus offers")
    }
}

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// In the child: read and check one file, print `seconds peak_mb findings`.
fn child(path: &str) {
    let t = Instant::now();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let b = qostil::source::plain::read_bilingual(&text, path);
    let findings = qostil::check::check(&b);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{secs:.3} {:.1} {}",
        peak_rss_mb().unwrap_or(f64::NAN),
        findings.len()
    );
}

fn main() {
    if let Ok(path) = std::env::var(CHILD) {
        child(&path);
        return;
    }
    let (one, what) = base();
    let times: usize = std::env::var("QOSTIL_SCALE_BASE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1);
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("scale: cannot find the bench executable");
        return;
    };
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("scale: no temporary folder: {e}");
            return;
        }
    };
    println!("check of {what}, repeated; each size in its own process");
    println!("| size | input MB | time s | MB/s | peak RSS MB | peak / input | findings |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for factor in [1usize, 4, 16] {
        let text = one.repeat(times * factor);
        let path = dir.path().join(format!("scale-{factor}.txt"));
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("scale: cannot write {}: {e}", path.display());
            return;
        }
        let out = Command::new(&exe)
            .env(CHILD, &path)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let f: Vec<&str> = out.split_whitespace().collect();
        let (Some(secs), Some(peak), Some(found)) = (
            f.first().and_then(|s| s.parse::<f64>().ok()),
            f.get(1).and_then(|s| s.parse::<f64>().ok()),
            f.get(2),
        ) else {
            eprintln!("scale: the run at {factor}x gave no figures: {out:?}");
            continue;
        };
        let mb = text.len() as f64 / 1e6;
        println!(
            "| {factor}x | {mb:.1} | {secs:.2} | {:.1} | {peak:.0} | {:.1} | {found} |",
            mb / secs,
            peak / mb
        );
    }
}
