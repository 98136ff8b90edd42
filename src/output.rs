//! Writing output files all or none.
//!
//! [`write_all_atomic`] writes every output in full to a temporary file
//! beside it (`.qostil-XXXXXX` in the same folder, so the final rename stays
//! on one file system) and flushes it to disk. Only when all of them are
//! ready are they renamed into place. Should a rename fail, the outputs
//! already replaced are put back as they were (from hard links taken before
//! the first rename) and those that did not exist before are removed, so a
//! failed run leaves every output as it found it.
//!
//! SIGINT, SIGTERM and SIGHUP (Unix) are caught while outputs are written: a
//! signal during the writing of the temporary files removes them and ends
//! the process (exit code 128 + the signal number) with no output changed; a
//! signal during the renames waits until the renames are finished or undone,
//! so a signal never leaves a mix of old and new outputs. Nothing can guard
//! against SIGKILL or a power cut between two renames; temporary files left
//! by those start with `.qostil-`.

use crate::{Error, Result};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Set when a signal came: it is waiting for the lock on [`PENDING`].
static SIGNALLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Temporary files and backups that exist now and must not outlive the
/// process. The lock is held during the renames, so that the signal
/// handler waits for them to finish.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

fn forget(list: &mut Vec<PathBuf>, path: &Path) {
    list.retain(|p| p != path);
}

/// The folder a file is written in.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn io_error(path: &Path, what: &str, e: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(e.kind(), format!("{what} ({e}); no output was changed")),
    }
}

/// Write several files, all or none. `files` are (path, contents); the
/// folders must exist.
pub fn write_all_atomic(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    write_files(files, true)
}

fn write_files(files: &[(PathBuf, Vec<u8>)], preflight: bool) -> Result<()> {
    signals::install();
    if preflight {
        for (path, _) in files {
            check_target(path)?;
        }
    }
    let mut batch = Batch::default();
    for (path, bytes) in files {
        batch.stage(path, bytes)?;
    }
    test_pause("QOSTIL_TEST_PAUSE_STAGED_MS");
    batch.commit()
}

/// In debug builds only, a pause the tests ask for through the environment,
/// so that they can send a signal while temporary files exist or between
/// two renames.
fn test_pause(var: &str) {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var(var).ok().and_then(|v| v.parse::<u64>().ok()) {
        // Cut short by a signal, which waits for the renames to finish.
        let mut left = ms.min(60_000);
        while left > 0 && !SIGNALLED.load(std::sync::atomic::Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_millis(left.min(10)));
            left = left.saturating_sub(10);
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = var;
}

/// Refuse a target that cannot be replaced by a file before anything is
/// written: a folder (or anything but a file or a link) in its place.
fn check_target(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(
                "cannot write it: a folder is in its place; no output was changed",
            ),
        }),
        Ok(m) if !m.is_file() && !m.file_type().is_symlink() => Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(
                "cannot write it: it is not a regular file; no output was changed",
            ),
        }),
        _ => Ok(()),
    }
}

/// Outputs staged in temporary files, not yet in place.
#[derive(Default)]
struct Batch {
    /// (temporary file, target).
    staged: Vec<(PathBuf, PathBuf)>,
}

impl Batch {
    fn stage(&mut self, target: &Path, bytes: &[u8]) -> Result<()> {
        let dir = folder(target);
        let (mut file, tmp) = {
            // Created and registered under the lock: a signal between the
            // two would leave the file behind.
            let mut list = pending();
            let named = tempfile::Builder::new()
                .prefix(".qostil-")
                .tempfile_in(dir)
                .map_err(|e| io_error(dir, "cannot write into this folder", e))?;
            let (file, tmp) = named
                .keep()
                .map_err(|e| io_error(dir, "cannot write into this folder", e.error))?;
            list.push(tmp.clone());
            (file, tmp)
        };
        self.staged.push((tmp, target.to_path_buf()));
        file.write_all(bytes)
            .and_then(|()| file.flush())
            .map_err(|e| io_error(target, "cannot write it", e))?;
        readable(&file);
        file.sync_all()
            .map_err(|e| io_error(target, "cannot write it to disk", e))?;
        Ok(())
    }

    /// Rename every staged file into place, or none.
    fn commit(mut self) -> Result<()> {
        let staged = std::mem::take(&mut self.staged);
        let mut list = pending();
        // Keep what is there now, to put it back should a rename fail.
        let mut backups: Vec<Option<PathBuf>> = Vec::with_capacity(staged.len());
        for (_, target) in &staged {
            match backup(target) {
                Ok(b) => {
                    if let Some(b) = &b {
                        list.push(b.clone());
                    }
                    backups.push(b);
                }
                Err(e) => {
                    discard(&mut list, &staged, &backups);
                    return Err(io_error(target, "cannot keep a copy of it", e));
                }
            }
        }
        for (i, (tmp, target)) in staged.iter().enumerate() {
            if let Err(e) = std::fs::rename(tmp, target) {
                let undo = rollback(&staged[..i], &backups[..i]);
                discard(&mut list, &staged, &backups);
                let mut err = io_error(target, "cannot write it", e);
                if !undo.is_empty() {
                    err =
                        Error::Other(format!("{err}; and could not put back {}", undo.join(", ")));
                }
                return Err(err);
            }
            forget(&mut list, tmp);
            test_pause("QOSTIL_TEST_PAUSE_RENAMED_MS");
        }
        let dirs: BTreeSet<&Path> = staged.iter().map(|(_, t)| folder(t)).collect();
        for d in dirs {
            sync_dir(d);
        }
        for b in backups.iter().flatten() {
            let _ = std::fs::remove_file(b);
            forget(&mut list, b);
        }
        Ok(())
    }
}

impl Drop for Batch {
    /// A batch dropped before its commit (an error while staging) removes
    /// its temporary files.
    fn drop(&mut self) {
        if self.staged.is_empty() {
            return;
        }
        let mut list = pending();
        for (tmp, _) in &self.staged {
            let _ = std::fs::remove_file(tmp);
            forget(&mut list, tmp);
        }
    }
}

/// A hard link (or, where links are not possible, a copy) of `target`
/// beside it, when it exists.
fn backup(target: &Path) -> std::io::Result<Option<PathBuf>> {
    match std::fs::symlink_metadata(target) {
        Ok(m) if m.is_file() => {}
        Ok(_) => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    }
    let b = tempfile::Builder::new()
        .prefix(".qostil-")
        .make_in(folder(target), |p| std::fs::hard_link(target, p));
    let b = match b {
        Ok(b) => b,
        Err(_) => tempfile::Builder::new()
            .prefix(".qostil-")
            .make_in(folder(target), |p| std::fs::copy(target, p).map(drop))?,
    };
    Ok(Some(b.into_temp_path().keep().map_err(|e| e.error)?))
}

/// Put back the outputs replaced so far; the targets that could not be put
/// back.
fn rollback(done: &[(PathBuf, PathBuf)], backups: &[Option<PathBuf>]) -> Vec<String> {
    let mut failed = Vec::new();
    for ((_, target), b) in done.iter().zip(backups).rev() {
        let r = match b {
            Some(b) => std::fs::rename(b, target),
            None => std::fs::remove_file(target),
        };
        if r.is_err() {
            failed.push(target.display().to_string());
        }
    }
    failed
}

/// Remove every temporary file and backup of a failed commit.
fn discard(list: &mut Vec<PathBuf>, staged: &[(PathBuf, PathBuf)], backups: &[Option<PathBuf>]) {
    for p in staged
        .iter()
        .map(|(t, _)| t)
        .chain(backups.iter().flatten())
    {
        let _ = std::fs::remove_file(p);
        forget(list, p);
    }
}

/// Make the renames in a folder durable (best effort: not every system can
/// sync a folder).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Temporary files are created private; outputs are ordinary files.
#[cfg(unix)]
fn readable(f: &std::fs::File) {
    use std::os::unix::fs::PermissionsExt;
    let _ = f.set_permissions(std::fs::Permissions::from_mode(0o644));
}

#[cfg(not(unix))]
fn readable(_f: &std::fs::File) {}

/// What a signal does: remove every pending temporary file and end the
/// process with `code`. The lock is held until the process ends, so that
/// the main thread cannot stage a file or take a backup after the clean-up.
#[cfg(unix)]
fn clean_up_pending_and_exit(code: i32) -> ! {
    let mut list = pending();
    let n = list.len();
    for p in list.drain(..) {
        let _ = std::fs::remove_file(p);
    }
    if n > 0 {
        eprintln!("interrupted: temporary files removed, no output was changed");
    }
    std::process::exit(code)
}

#[cfg(unix)]
mod signals {
    use std::sync::OnceLock;

    /// Catch SIGINT, SIGTERM and SIGHUP from the first write on: a thread
    /// waits for them, takes the lock on the pending files (so renames in
    /// progress finish or are undone first), removes them and ends the
    /// process with 128 + the signal number.
    pub fn install() {
        static INSTALLED: OnceLock<()> = OnceLock::new();
        INSTALLED.get_or_init(|| {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            else {
                return;
            };
            let _ = std::thread::Builder::new()
                .name("qostil-signals".into())
                .spawn(move || {
                    if let Some(sig) = signals.forever().next() {
                        super::SIGNALLED.store(true, std::sync::atomic::Ordering::SeqCst);
                        super::clean_up_pending_and_exit(128 + sig);
                    }
                });
        });
    }
}

#[cfg(not(unix))]
mod signals {
    pub fn install() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.starts_with(".qostil-"))
            .collect()
    }

    #[test]
    fn writes_every_file() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        std::fs::write(&a, "old").unwrap();
        write_all_atomic(&[
            (a.clone(), b"new a".to_vec()),
            (b.clone(), b"new b".to_vec()),
        ])
        .unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read(&b).unwrap(), b"new b");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_rename_puts_back_what_was_replaced() {
        // The folder in the place of the last output is not caught before
        // writing here: the renames before it must be undone.
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        let c = dir.path().join("c.txt");
        std::fs::write(&a, "old a").unwrap();
        std::fs::create_dir(&c).unwrap();
        std::fs::write(c.join("inside"), "x").unwrap();
        let err = write_files(
            &[
                (a.clone(), b"new a".to_vec()),
                (b.clone(), b"new b".to_vec()),
                (c.clone(), b"new c".to_vec()),
            ],
            false,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("c.txt"), "{err}");
        assert!(err.contains("no output was changed"), "{err}");
        assert_eq!(std::fs::read(&a).unwrap(), b"old a");
        assert!(!b.exists());
        assert!(c.is_dir());
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
        assert!(pending().iter().all(|p| !p.starts_with(dir.path())));
    }

    #[test]
    fn a_folder_in_place_of_an_output_is_refused_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let c = dir.path().join("c.txt");
        std::fs::create_dir(&c).unwrap();
        let err = write_all_atomic(&[(a.clone(), b"a".to_vec()), (c.clone(), b"c".to_vec())])
            .unwrap_err()
            .to_string();
        assert!(err.contains("a folder is in its place"), "{err}");
        assert!(!a.exists());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn an_unwritable_folder_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let missing = dir.path().join("no-such-folder").join("b.txt");
        assert!(write_all_atomic(&[(a.clone(), b"a".to_vec()), (missing, b"b".to_vec())]).is_err());
        assert!(!a.exists());
        assert!(leftovers(dir.path()).is_empty());
    }
}
