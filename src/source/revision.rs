//! A contract folder as it was at a git revision (`qostil diff --rev REV`).
//!
//! [`load_revision`] finds the git repository that holds the folder, checks
//! that the revision names a commit, and reads `contract.toml`, `kk.md` and
//! `ru.md` as they were at that revision with `git show REV:path` into a
//! temporary folder, which it then reads like any contract folder
//! ([`super::load_input`]). The temporary folder is gone once the contract
//! is read, so the documents and any error name the files `REV:path`
//! (`HEAD~1:contracts/x/kk.md`), never by the temporary folder.

use crate::messages::{Message, Msg};
use crate::model::Bilingual;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| {
            Message::new(Msg::GitMissing)
                .with("cause", e.to_string())
                .error()
                .into()
        })
}

/// Load the contract folder `dir` as it was at git revision `rev`.
pub fn load_revision(rev: &str, dir: &Path) -> Result<Bilingual> {
    load_revision_with_meta(rev, dir).map(|r| r.bi)
}

/// A contract folder as it was at a revision: its bodies and its
/// `contract.toml`.
#[derive(Debug, Clone)]
pub struct Revision {
    /// The bodies, their files named `REV:path/kk.md`.
    pub bi: Bilingual,
    /// `REV:path/contract.toml`.
    pub meta_file: String,
    /// The text of `contract.toml` at the revision.
    pub meta_text: String,
}

/// Load the contract folder `dir` as it was at git revision `rev`, with
/// the text of its `contract.toml`.
pub fn load_revision_with_meta(rev: &str, dir: &Path) -> Result<Revision> {
    if !dir.is_dir() {
        bail!(Message::new(Msg::RevNoFolder)
            .with("path", dir.display().to_string())
            .error());
    }
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        bail!(Message::new(Msg::RevNotRepo)
            .with("path", dir.display().to_string())
            .with("rev", rev)
            .error());
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    let verify = git(
        &top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )?;
    if !verify.status.success() {
        bail!(Message::new(Msg::RevUnknown)
            .with("rev", rev)
            .with("path", top.display().to_string())
            .error());
    }
    let abs = dir.canonicalize().map_err(|e| {
        Message::new(Msg::CannotReadFolder)
            .with("path", dir.display().to_string())
            .with("cause", e.to_string())
            .error()
    })?;
    let top_abs = top.canonicalize().unwrap_or(top.clone());
    let rel = abs.strip_prefix(&top_abs).unwrap_or(Path::new(""));
    let rel = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let tmp = tempfile::Builder::new()
        .prefix("qostil-rev-")
        .tempdir()
        .map_err(|e| {
            Message::new(Msg::RevTempFolder)
                .with("cause", e.to_string())
                .error()
        })?;
    let mut meta_text = String::new();
    for name in ["contract.toml", "kk.md", "ru.md"] {
        let spec = if rel.is_empty() {
            format!("{rev}:{name}")
        } else {
            format!("{rev}:{rel}/{name}")
        };
        let out = git(&top, &["show", &spec])?;
        if !out.status.success() {
            bail!(Message::new(Msg::RevMissingFile)
                .with("name", name)
                .with("path", dir.display().to_string())
                .with("rev", rev)
                .error());
        }
        if name == "contract.toml" {
            meta_text = String::from_utf8_lossy(&out.stdout).into_owned();
        }
        std::fs::write(tmp.path().join(name), &out.stdout).map_err(|e| {
            Message::new(Msg::RevTempCopy)
                .with("name", name)
                .with("cause", e.to_string())
                .error()
        })?;
    }
    // Errors name the files by revision, not by the temporary folder,
    // which is gone by the time they are read.
    let shown = if rel.is_empty() {
        format!("{rev}:")
    } else {
        format!("{rev}:{rel}/")
    };
    let tmp_prefix = format!("{}{}", tmp.path().display(), std::path::MAIN_SEPARATOR);
    let mut bi = super::load_input(tmp.path()).map_err(|e| {
        let text = e.to_string().replace(&tmp_prefix, &shown);
        Message::new(Msg::RevUnreadable)
            .with("rev", rev)
            .with("cause", text)
            .error()
    })?;
    // Name the old files by revision, not by the temporary folder.
    for doc in [&mut bi.kk, &mut bi.ru] {
        let name = format!("{}.md", doc.lang.code());
        doc.file = if rel.is_empty() {
            format!("{rev}:{name}")
        } else {
            format!("{rev}:{rel}/{name}")
        };
    }
    Ok(Revision {
        bi,
        meta_file: format!("{shown}contract.toml"),
        meta_text,
    })
}
