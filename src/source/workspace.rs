//! From the paths given on the command line to the contracts to check
//! ("targets"). One responsibility: paths → targets; nothing is read here
//! but folder listings.
//!
//! The forms `qostil check` has always taken keep their meaning:
//! - a contract folder (with `contract.toml`) is one contract;
//! - a folder without `contract.toml` holding `kk.md` and `ru.md` is one
//!   contract, its two texts read as plain Markdown;
//! - exactly two paths that are not folders are one contract, one file per
//!   language (see [`super::input::load`]);
//! - one path that is not a folder is one bilingual document.
//!
//! Any other folder is walked, as ripgrep walks one (the `ignore` crate):
//! hidden files and folders are skipped, and so are the paths listed in
//! `.ignore` files, and in `.gitignore` files (and `.git/info/exclude`)
//! inside a git repository (outside one, `.gitignore` means nothing, as to
//! git itself; `.ignore` works everywhere). Links to folders are not
//! followed. In a walked folder:
//! - a folder with `contract.toml` is one contract, and is not walked
//!   further;
//! - two documents of one folder whose names differ only by the language
//!   part (`lease.kk.txt` and `lease.ru.txt`, `offer-kk.md` and
//!   `offer-ru.md`, `kk.md` and `ru.md`) are one contract;
//! - a document whose name declares one language and that has no
//!   counterpart is a target of its own ([`Target::Lone`]), reported as
//!   such;
//! - any other document (`.txt`, `.md`, `.markdown`, `.html`, `.htm`,
//!   `.docx`, `.pdf`) is one bilingual document.
//!
//! A folder given in which no contract is found is a target of its own
//! ([`Target::Empty`]), reported as such: a path that names nothing to
//! check is a mistake in a CI script.
//!
//! With several paths (other than two files), each is resolved on its own;
//! the files named among them are paired by the same rule as in a folder.
//! Targets come out sorted by path, each once.

use crate::lang::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The extensions of documents found by walking a folder (compared
/// without regard to case).
pub const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "docx", "pdf"];

/// One contract to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// A contract folder (with `contract.toml`).
    Contract(PathBuf),
    /// A folder with `kk.md` and `ru.md` and no `contract.toml`.
    Folder(PathBuf),
    /// Two files, one per language (in the order given; the languages are
    /// told by [`super::input::load`]).
    Pair(PathBuf, PathBuf),
    /// One document holding both languages.
    Bilingual(PathBuf),
    /// A document in one language whose counterpart was not found.
    Lone(PathBuf, Lang),
    /// A folder given on the command line in which no contract was found.
    Empty(PathBuf),
    /// A folder that could not be listed (or a part of it).
    Unreadable {
        /// The folder or file.
        path: PathBuf,
        /// Why.
        cause: String,
    },
}

impl Target {
    /// The path targets are sorted by: the folder, or the first file.
    pub fn path(&self) -> &Path {
        match self {
            Target::Contract(p)
            | Target::Folder(p)
            | Target::Bilingual(p)
            | Target::Lone(p, _)
            | Target::Empty(p)
            | Target::Unreadable { path: p, .. } => p,
            Target::Pair(a, b) => a.min(b),
        }
    }

    /// The paths that make the target, as given to
    /// [`super::input::load`].
    pub fn inputs(&self) -> Vec<PathBuf> {
        match self {
            Target::Pair(a, b) => vec![a.clone(), b.clone()],
            other => vec![other.path().to_path_buf()],
        }
    }
}

/// The targets of the paths given, and whether a folder was walked to find
/// them (a walk reports differently from the single forms).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workspace {
    /// The targets, sorted by path, each once.
    pub targets: Vec<Target>,
    /// A folder was walked.
    pub walked: bool,
}

/// Resolve the paths given on the command line to targets.
pub fn discover(paths: &[PathBuf]) -> Workspace {
    if let [one] = paths {
        if !one.is_dir() {
            return Workspace {
                targets: vec![Target::Bilingual(one.clone())],
                walked: false,
            };
        }
    }
    if let [a, b] = paths {
        if !a.is_dir() && !b.is_dir() {
            return Workspace {
                targets: vec![Target::Pair(a.clone(), b.clone())],
                walked: false,
            };
        }
    }
    let mut targets = Vec::new();
    let mut files = Vec::new();
    let mut walked = false;
    for p in paths {
        if !p.is_dir() {
            files.push(p.clone());
        } else if let Some(t) = folder_target(p) {
            targets.push(t);
        } else {
            walked = true;
            let found = walk(p);
            if found.is_empty() {
                targets.push(Target::Empty(p.clone()));
            }
            targets.extend(found);
        }
    }
    targets.extend(group(files));
    targets.sort_by(|x, y| x.path().cmp(y.path()).then_with(|| x.cmp(y)));
    targets.dedup();
    Workspace { targets, walked }
}

/// A folder that is one contract by itself, if it is one.
fn folder_target(dir: &Path) -> Option<Target> {
    if super::is_contract_dir(dir) {
        Some(Target::Contract(dir.to_path_buf()))
    } else if dir.join("kk.md").is_file() && dir.join("ru.md").is_file() {
        Some(Target::Folder(dir.to_path_buf()))
    } else {
        None
    }
}

/// Whether a file name has one of the [`DOCUMENT_EXTENSIONS`].
pub fn is_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The targets inside a folder (the folder itself not being one), sorted
/// by path.
pub fn walk(root: &Path) -> Vec<Target> {
    let mut targets = Vec::new();
    let mut files = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        // Nothing inside a contract folder is a target of its own.
        .filter_entry(|e| e.depth() == 0 || !e.path().parent().is_some_and(super::is_contract_dir))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                targets.push(Target::Unreadable {
                    path: error_path(&e).unwrap_or_else(|| root.to_path_buf()),
                    cause: e.to_string(),
                });
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type();
        if kind.is_some_and(|k| k.is_dir()) {
            if super::is_contract_dir(path) {
                targets.push(Target::Contract(path.to_path_buf()));
            }
        } else if is_document(path) && path.is_file() {
            // A link to a file is read like the file; a link to a folder
            // is not followed (its target is not a file).
            files.push(path.to_path_buf());
        }
    }
    targets.extend(group(files));
    targets.sort_by(|x, y| x.path().cmp(y.path()).then_with(|| x.cmp(y)));
    targets
}

/// The path an error of the walk is about, if it names one.
fn error_path(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// The language a file name declares and the name without it: `x.kk.txt`
/// → (kk, `x.txt`), `offer-ru.md` → (ru, `offer.md`), `kk.md` → (kk,
/// `.md`). The language is the last part before the extension that is a
/// language code, as in [`super::input::lang_from_name`].
pub fn split_lang(name: &str) -> Option<(Lang, String)> {
    let lower = name.to_lowercase();
    // Parts with the separator before each (none before the first).
    let mut parts: Vec<(Option<char>, &str)> = Vec::new();
    let mut start = 0;
    let mut sep = None;
    for (i, c) in lower.char_indices() {
        if matches!(c, '.' | '-' | '_') {
            parts.push((sep, &lower[start..i]));
            sep = Some(c);
            start = i + c.len_utf8();
        }
    }
    parts.push((sep, &lower[start..]));
    let n = parts.len();
    let k = (0..n.saturating_sub(1).max(1))
        .rev()
        .find(|&k| Lang::from_code(parts[k].1).is_some())?;
    let lang = Lang::from_code(parts[k].1)?;
    let mut key = String::new();
    for (j, (s, p)) in parts.iter().enumerate() {
        if j == k {
            continue;
        }
        // The separator before the language goes with it.
        if let Some(s) = s {
            key.push(*s);
        }
        key.push_str(p);
    }
    Some((lang, key))
}

/// Files grouped into targets: the two languages of one name in one folder
/// make a pair; a file naming one language alone is [`Target::Lone`];
/// the rest are bilingual documents.
fn group(files: Vec<PathBuf>) -> Vec<Target> {
    let mut targets = Vec::new();
    // (folder, name without the language) → files with their language.
    let mut named: BTreeMap<(PathBuf, String), Vec<(Lang, PathBuf)>> = BTreeMap::new();
    for f in files {
        let split = f.file_name().and_then(|n| n.to_str()).and_then(split_lang);
        match split {
            Some((lang, key)) => {
                let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
                named.entry((dir, key)).or_default().push((lang, f));
            }
            None => targets.push(Target::Bilingual(f)),
        }
    }
    for ((dir, key), mut members) in named {
        members.sort();
        members.dedup();
        let kk = members.iter().position(|(l, _)| *l == Lang::Kk);
        let ru = members.iter().position(|(l, _)| *l == Lang::Ru);
        if let (Some(k), Some(r)) = (kk, ru) {
            let (kk_path, ru_path) = (members[k].1.clone(), members[r].1.clone());
            if key == ".md" && is_plain_pair(&kk_path, &ru_path) {
                targets.push(Target::Folder(dir));
            } else {
                targets.push(Target::Pair(kk_path, ru_path));
            }
            for (j, (lang, p)) in members.into_iter().enumerate() {
                if j != k && j != r {
                    targets.push(Target::Lone(p, lang));
                }
            }
        } else {
            targets.extend(members.into_iter().map(|(l, p)| Target::Lone(p, l)));
        }
    }
    targets
}

/// `kk.md` and `ru.md` exactly: the texts of a contract folder without
/// `contract.toml`, read as such.
fn is_plain_pair(kk: &Path, ru: &Path) -> bool {
    kk.file_name().is_some_and(|n| n == "kk.md") && ru.file_name().is_some_and(|n| n == "ru.md")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn language_parts_come_off_names() {
        let s = |n: &str| split_lang(n).map(|(l, k)| (l.code(), k));
        assert_eq!(s("x.kk.txt"), Some(("kk", "x.txt".into())));
        assert_eq!(s("x.ru.txt"), Some(("ru", "x.txt".into())));
        assert_eq!(s("offer-ru.md"), Some(("ru", "offer.md".into())));
        assert_eq!(s("offer_KK.docx"), Some(("kk", "offer.docx".into())));
        assert_eq!(s("kk.md"), Some(("kk", ".md".into())));
        assert_eq!(s("ru.md"), Some(("ru", ".md".into())));
        assert_eq!(
            s("lease.2024.kk.pdf"),
            Some(("kk", "lease.2024.pdf".into()))
        );
        assert_eq!(s("offer.txt"), None);
        // The extension is not a language.
        assert_eq!(s("offer.ru"), None);
    }

    fn touch(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    fn rel(root: &Path, t: &Target) -> String {
        let r = |p: &Path| p.strip_prefix(root).unwrap().display().to_string();
        match t {
            Target::Contract(p) => format!("contract {}", r(p)),
            Target::Folder(p) => format!("folder {}", r(p)),
            Target::Pair(a, b) => format!("pair {} {}", r(a), r(b)),
            Target::Bilingual(p) => format!("file {}", r(p)),
            Target::Lone(p, l) => format!("lone {} {}", r(p), l.code()),
            Target::Empty(p) => format!("empty {}", r(p)),
            Target::Unreadable { path, .. } => format!("unreadable {}", r(path)),
        }
    }

    #[test]
    fn a_folder_is_walked_into_targets() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(root, "b/lease/contract.toml", "");
        touch(root, "b/lease/kk.md", "");
        touch(root, "b/lease/ru.md", "");
        // Inside a contract folder nothing else is a target.
        touch(root, "b/lease/notes.txt", "");
        touch(root, "b/lease/inner/contract.toml", "");
        touch(root, "a/offer.txt", "");
        touch(root, "a/x.kk.txt", "");
        touch(root, "a/x.ru.txt", "");
        touch(root, "a/y-kk.md", "");
        touch(root, "a/plain/kk.md", "");
        touch(root, "a/plain/ru.md", "");
        touch(root, "a/picture.png", "");
        touch(root, "a/.hidden.txt", "");
        touch(root, ".secret/z.txt", "");
        touch(root, "c/old.txt", "");
        touch(root, "c/keep.txt", "");
        touch(root, ".ignore", "c/old.txt\n");
        let ws = discover(&[root.to_path_buf()]);
        assert!(ws.walked);
        let got: Vec<String> = ws.targets.iter().map(|t| rel(root, t)).collect();
        assert_eq!(
            got,
            [
                "file a/offer.txt",
                "folder a/plain",
                "pair a/x.kk.txt a/x.ru.txt",
                "lone a/y-kk.md kk",
                "contract b/lease",
                "file c/keep.txt",
            ]
        );
    }

    #[test]
    fn gitignore_counts_inside_a_git_repository_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(root, ".gitignore", "drafts/\n");
        touch(root, "drafts/a.txt", "");
        touch(root, "b.txt", "");
        let names =
            |ws: Workspace| -> Vec<String> { ws.targets.iter().map(|t| rel(root, t)).collect() };
        assert_eq!(
            names(discover(&[root.to_path_buf()])),
            ["file b.txt", "file drafts/a.txt"]
        );
        fs::create_dir(root.join(".git")).unwrap();
        assert_eq!(names(discover(&[root.to_path_buf()])), ["file b.txt"]);
    }

    #[test]
    fn the_single_forms_keep_their_meaning() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(root, "lease/contract.toml", "");
        touch(root, "plain/kk.md", "");
        touch(root, "plain/ru.md", "");
        touch(root, "a.txt", "");
        touch(root, "b.txt", "");
        let one = |p: &str| discover(&[root.join(p)]);
        assert_eq!(
            one("lease"),
            Workspace {
                targets: vec![Target::Contract(root.join("lease"))],
                walked: false
            }
        );
        assert_eq!(
            one("plain").targets,
            vec![Target::Folder(root.join("plain"))]
        );
        assert_eq!(
            one("a.txt").targets,
            vec![Target::Bilingual(root.join("a.txt"))]
        );
        // One file naming a language is still read as bilingual.
        assert_eq!(
            one("x.kk.txt").targets,
            vec![Target::Bilingual(root.join("x.kk.txt"))]
        );
        // A missing file is still a target: reading it reports the error.
        assert_eq!(
            one("missing.txt").targets,
            vec![Target::Bilingual(root.join("missing.txt"))]
        );
        // Two files are one contract, in the order given.
        let two = discover(&[root.join("b.txt"), root.join("a.txt")]);
        assert_eq!(
            two.targets,
            vec![Target::Pair(root.join("b.txt"), root.join("a.txt"))]
        );
        assert!(!two.walked);
        // Two folders are two contracts; three files three documents.
        let folders = discover(&[root.join("plain"), root.join("lease")]);
        assert_eq!(
            folders.targets,
            vec![
                Target::Contract(root.join("lease")),
                Target::Folder(root.join("plain"))
            ]
        );
        let three = discover(&[root.join("b.txt"), root.join("a.txt"), root.join("a.txt")]);
        assert_eq!(
            three.targets,
            vec![
                Target::Bilingual(root.join("a.txt")),
                Target::Bilingual(root.join("b.txt"))
            ]
        );
    }

    #[test]
    fn an_empty_folder_is_said_to_be_empty() {
        let dir = tempfile::tempdir().unwrap();
        let ws = discover(&[dir.path().to_path_buf()]);
        assert!(ws.walked);
        assert_eq!(ws.targets, vec![Target::Empty(dir.path().to_path_buf())]);
    }
}
