//! `fuzz TARGET [--seconds N] [--seed N] [--slow-ms N]`: run one target,
//! keep each failing input under `fuzz/artifacts/TARGET/`, and print the
//! number of inputs run. `fuzz list` names the targets.

use qostil_fuzz::{engine, seeds_of, targets};
use std::path::PathBuf;
use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(name) = args.first() else {
        eprintln!("usage: fuzz TARGET [--seconds N] [--seed N] [--slow-ms N] | fuzz list");
        std::process::exit(2);
    };
    if name == "list" {
        for t in targets::TARGETS {
            println!("{}", t.name);
        }
        return;
    }
    let Some(t) = targets::by_name(name) else {
        eprintln!("unknown target `{name}`; `fuzz list` names them");
        std::process::exit(2);
    };
    let opt = |flag: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let seeds = seeds_of(&root, t);
    let c = engine::Campaign {
        duration: Duration::from_secs(opt("--seconds", 60)),
        seed: opt("--seed", 1),
        max_len: t.max_len,
        slow: Duration::from_millis(opt("--slow-ms", 5_000)),
    };
    engine::quiet_panics();
    let totals = engine::campaign(t.run, &seeds, &c);
    let dir = root.join("fuzz/artifacts").join(t.name);
    for f in &totals.failures {
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(engine::name_of(&f.input));
        let _ = std::fs::write(&path, &f.input);
        println!(
            "FAILURE {}: {} ({} bytes)",
            path.display(),
            f.what,
            f.input.len()
        );
    }
    println!(
        "{}: {} seeds, {} inputs run in {} s ({:.0}/s), {} failures",
        t.name,
        seeds.len(),
        totals.execs,
        c.duration.as_secs(),
        totals.execs as f64 / c.duration.as_secs_f64().max(1e-9),
        totals.failures.len()
    );
    if !totals.failures.is_empty() {
        std::process::exit(1);
    }
}
