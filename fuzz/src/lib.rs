//! Fuzzing qostil on stable Rust: `cargo run --release --bin fuzz --
//! TARGET [--seconds N] [--seed N]` from this folder. See `README.md`.

pub mod engine;
pub mod targets;

use std::path::{Path, PathBuf};

/// The folders seeds come from: the project's fixtures and examples, the
/// shared corpus beside the checkout when present, and the kept
/// regression inputs of the target.
pub fn seed_dirs(root: &Path, target: &str) -> Vec<PathBuf> {
    let mut dirs = vec![
        root.join("tests/fixtures"),
        root.join("contracts"),
        root.join("fuzz/regressions").join(target),
    ];
    let shared = root.join("../shared/corpus");
    if shared.is_dir() {
        dirs.push(shared);
    }
    dirs
}

/// The seeds of a target.
pub fn seeds_of(root: &Path, t: &targets::Target) -> Vec<Vec<u8>> {
    let dirs = seed_dirs(root, t.name);
    let mut seeds = if t.exts.is_empty() {
        targets::contract_seeds(&[
            root.join("tests/fixtures/contracts"),
            root.join("contracts"),
        ])
    } else {
        engine::seeds(&dirs, t.exts, t.max_len)
    };
    // Kept regression inputs, whatever their extension.
    seeds.extend(engine::seeds(
        &[root.join("fuzz/regressions").join(t.name)],
        &[],
        t.max_len,
    ));
    seeds
}
