//! `qostil new KIND DIR`: a contract folder from one of the templates
//! bundled in the binary (the contracts under `contracts/`, embedded with
//! `include_str!`, so the binary needs no files beside it).
//!
//! Every template renders and checks clean as it is; `tests/new.rs` holds
//! each kind to that.

use crate::messages::{Message, Msg};
use std::path::{Path, PathBuf};

/// A kind of contract that `qostil new` can lay out.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// The name given on the command line (`lease`).
    pub name: &'static str,
    /// The folder of `contracts/` the template comes from.
    pub source: &'static str,
    /// What it is, for `qostil new --list`.
    pub summary: Msg,
    /// `contract.toml`, `kk.md` and `ru.md`, by name.
    pub files: [(&'static str, &'static str); 3],
}

macro_rules! kind {
    ($name:literal, $dir:literal, $summary:expr) => {
        Kind {
            name: $name,
            source: $dir,
            summary: $summary,
            files: [
                (
                    "contract.toml",
                    include_str!(concat!("../contracts/", $dir, "/contract.toml")),
                ),
                (
                    "kk.md",
                    include_str!(concat!("../contracts/", $dir, "/kk.md")),
                ),
                (
                    "ru.md",
                    include_str!(concat!("../contracts/", $dir, "/ru.md")),
                ),
            ],
        }
    };
}

/// Every kind, in the order `qostil new --list` shows them.
pub const KINDS: &[Kind] = &[
    kind!("online-offer", "online-courses", Msg::NewKindOnlineOffer),
    kind!("lease", "apartment-lease", Msg::NewKindLease),
    kind!("services", "company-services", Msg::NewKindServices),
];

/// The kind named `name` (ASCII case and surrounding spaces ignored).
pub fn kind(name: &str) -> Option<&'static Kind> {
    let name = name.trim();
    KINDS.iter().find(|k| k.name.eq_ignore_ascii_case(name))
}

/// The names of every kind, comma-separated (`online-offer, lease, services`).
pub fn kind_names() -> String {
    KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

/// Why a folder could not be laid out.
#[derive(Debug)]
pub enum NewError {
    /// No kind has this name.
    UnknownKind(String),
    /// The folder exists and holds something (or is not a folder).
    NotEmpty(PathBuf),
    /// The folder or a file could not be written.
    Io(PathBuf, std::io::Error),
}

impl NewError {
    /// What to tell the person, from the catalogue.
    pub fn message(&self) -> Message {
        match self {
            NewError::UnknownKind(k) => Message::new(Msg::NewUnknownKind)
                .with("kind", k.as_str())
                .with("kinds", kind_names()),
            NewError::NotEmpty(dir) => {
                Message::new(Msg::NewDirNotEmpty).with("path", dir.display().to_string())
            }
            NewError::Io(path, e) => Message::new(Msg::NewCannotWrite)
                .with("path", path.display().to_string())
                .with("cause", e.to_string()),
        }
    }
}

/// Whether `dir` may receive a new contract: it does not exist, or it is an
/// empty folder.
fn vacant(dir: &Path) -> bool {
    match std::fs::symlink_metadata(dir) {
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        Ok(m) if m.is_dir() => std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none()),
        Ok(_) => false,
    }
}

/// Lay out the contract of kind `name` in `dir` (created with its parents
/// when missing): `contract.toml`, `kk.md`, `ru.md`, as the template has
/// them. Returns the paths written. A folder that exists and is not empty is
/// refused, and nothing is written; the files are written each to a
/// temporary file first and renamed into place ([`crate::output`]).
pub fn new_contract(name: &str, dir: &Path) -> Result<Vec<PathBuf>, NewError> {
    let kind = kind(name).ok_or_else(|| NewError::UnknownKind(name.to_string()))?;
    if !vacant(dir) {
        return Err(NewError::NotEmpty(dir.to_path_buf()));
    }
    std::fs::create_dir_all(dir).map_err(|e| NewError::Io(dir.to_path_buf(), e))?;
    let files: Vec<(PathBuf, Vec<u8>)> = kind
        .files
        .iter()
        .map(|(file, text)| (dir.join(file), text.as_bytes().to_vec()))
        .collect();
    crate::output::write_all_atomic(&files).map_err(|e| {
        let cause = std::io::Error::other(e.to_string());
        NewError::Io(dir.to_path_buf(), cause)
    })?;
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_loads_and_has_no_findings() {
        for k in KINDS {
            let dir = tempfile::tempdir().unwrap();
            let target = dir.path().join(k.name);
            let written = new_contract(k.name, &target).unwrap();
            assert_eq!(written.len(), 3);
            let contract =
                crate::source::load_contract(&target).unwrap_or_else(|e| panic!("{}: {e}", k.name));
            let findings = crate::check::check(&contract.bi);
            assert!(findings.is_empty(), "{}: {findings:?}", k.name);
        }
    }

    #[test]
    fn refuses_a_folder_with_files_and_unknown_kinds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        assert!(matches!(
            new_contract("lease", dir.path()),
            Err(NewError::NotEmpty(_))
        ));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let empty = tempfile::tempdir().unwrap();
        assert!(new_contract("LEASE", empty.path()).is_ok());
        match new_contract("rent", &dir.path().join("x")) {
            Err(e @ NewError::UnknownKind(_)) => {
                let said = crate::messages::Catalogue::default().text(&e.message());
                assert!(said.contains("online-offer, lease, services"), "{said}");
            }
            other => panic!("{other:?}"),
        }
    }
}
