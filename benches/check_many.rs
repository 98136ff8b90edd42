//! `qostil check DIR` over a repository of many contracts: 250, 500 and
//! 1,000 copies of the bundled online-courses contract (each with its own
//! starting price, so that no two are the same), walked and checked through
//! the library (`source::workspace::discover`, `check::many::check_targets`)
//! on one thread and on all cores. Prints each time, the time per contract
//! (which should stay flat as the count grows) and the speed-up of all
//! cores over one. Run with `cargo bench --bench check_many` (`-- 100 200`
//! for other counts).

use qostil::check::many::check_targets;
use qostil::source::workspace::discover;
use std::path::Path;
use std::time::Instant;

/// Write `n` contract folders into `root`.
fn generate(root: &Path, n: usize) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let toml = std::fs::read_to_string(src.join("contract.toml")).expect("read contract.toml");
    let kk = std::fs::read_to_string(src.join("kk.md")).expect("read kk.md");
    let ru = std::fs::read_to_string(src.join("ru.md")).expect("read ru.md");
    let price = "price_start = { type = \"money\", amount = 89000,";
    assert!(toml.contains(price), "the bundled contract changed");
    for i in 0..n {
        // Grouped 50 to a folder, as a repository would.
        let dir = root.join(format!("group-{:03}/offer-{i:04}", i / 50));
        std::fs::create_dir_all(&dir).expect("create folder");
        let varied = toml.replacen(
            price,
            &format!(
                "price_start = {{ type = \"money\", amount = {},",
                89000 + i * 10
            ),
            1,
        );
        std::fs::write(dir.join("contract.toml"), varied).expect("write");
        std::fs::write(dir.join("kk.md"), &kk).expect("write");
        std::fs::write(dir.join("ru.md"), &ru).expect("write");
    }
}

/// Seconds to discover and check every contract under `root`; panics if a
/// contract is missed or has findings.
fn time(root: &Path, n: usize, threads: usize) -> f64 {
    let t = Instant::now();
    let ws = discover(&[root.to_path_buf()]);
    let outcome = check_targets(&ws.targets, threads, &qostil::config::Config::default());
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(outcome.targets, n);
    assert!(
        outcome.findings.is_empty(),
        "{:?}",
        outcome.findings.first()
    );
    secs
}

fn main() {
    let counts: Vec<usize> = {
        let args: Vec<usize> = std::env::args()
            .skip(1)
            .filter_map(|a| a.parse().ok())
            .collect();
        if args.is_empty() {
            vec![250, 500, 1000]
        } else {
            args
        }
    };
    let cores = qostil::parallel::default_threads();
    println!("cores: {cores}");
    println!(
        "{:>9} {:>10} {:>12} {:>10} {:>12} {:>9}",
        "contracts", "1 thread s", "ms/contract", "all s", "ms/contract", "speed-up"
    );
    for n in counts {
        let dir = tempfile::tempdir().expect("temp dir");
        generate(dir.path(), n);
        let one = time(dir.path(), n, 1);
        let all = time(dir.path(), n, cores);
        println!(
            "{n:>9} {one:>10.2} {:>12.1} {all:>10.2} {:>12.1} {:>8.2}x",
            one * 1000.0 / n as f64,
            all * 1000.0 / n as f64,
            one / all
        );
    }
}
