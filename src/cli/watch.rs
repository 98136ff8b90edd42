//! `qostil check --watch`: check, then check again whenever a watched file
//! is saved, until interrupted.
//!
//! File events come from the platform (inotify, FSEvents,
//! ReadDirectoryChangesW) through `notify`, gathered over a short window so
//! that one save of an editor (often a write, a rename and a change of
//! attributes) is one re-check. Each run clears the terminal (when standard
//! output is one), prints the report, then one status line: when the check
//! ran and what is watched. Events in folders of no interest (`target`,
//! `.git`, `node_modules`, `out`) and on files qostil does not read are
//! ignored, so that rendering into a watched folder does not loop.

use crate::messages::{Catalogue, Message, Msg};
use anyhow::{Context as _, Result};
use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{new_debouncer, DebounceEventResult};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long events are gathered before a re-check.
const SETTLE: Duration = Duration::from_millis(300);

/// Extensions of the files a check reads.
const WATCHED: &[&str] = &[
    "md", "toml", "txt", "html", "htm", "docx", "pdf", "json", "csv", "xml",
];

/// Folders whose changes never call for a re-check.
const QUIET: &[&str] = &["target", ".git", "node_modules", "out"];

/// Whether an event on `path` calls for a re-check.
pub fn relevant(path: &Path) -> bool {
    if path
        .components()
        .any(|c| QUIET.contains(&c.as_os_str().to_string_lossy().as_ref()))
    {
        return false;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    // Editors' swap, backup and lock files.
    if name.starts_with(".#") || name.ends_with('~') || name.ends_with(".swp") {
        return false;
    }
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| WATCHED.contains(&e.to_ascii_lowercase().as_str()))
}

/// `HH:MM:SS` (UTC) of a moment.
fn clock(t: SystemTime) -> String {
    let s = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) % 86_400;
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// Run `check` now and after every relevant change under `paths`; returns
/// only when watching fails (the user stops it with Ctrl-C).
pub fn watch(
    paths: &[PathBuf],
    cat: &Catalogue,
    mut check: impl FnMut() -> Result<i32>,
) -> Result<i32> {
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(SETTLE, tx).context("cannot watch for changes")?;
    for p in paths {
        let mode = if p.is_dir() {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        debouncer
            .watcher()
            .watch(p, mode)
            .with_context(|| format!("cannot watch {}", p.display()))?;
    }
    let shown = paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let terminal = std::io::stdout().is_terminal();
    loop {
        {
            let mut out = std::io::stdout().lock();
            if terminal {
                // Clear the screen and go home, as `cargo watch -c` does.
                write!(out, "\x1b[2J\x1b[H")?;
            }
            out.flush()?;
        }
        // A source that cannot be read is reported and watched on: the
        // next save may mend it.
        if let Err(e) = check() {
            eprintln!(
                "{}",
                crate::report::terminal_safe(&super::format_error(&e, cat))
            );
        }
        let status = Message::new(Msg::WatchWaiting)
            .with("time", clock(SystemTime::now()))
            .with("paths", shown.clone());
        println!("{}", crate::report::terminal_safe(&cat.text(&status)));
        std::io::stdout().flush()?;
        // Wait for a batch of events with one that matters.
        loop {
            match rx.recv() {
                Ok(Ok(events)) if events.iter().any(|e| relevant(&e.path)) => break,
                Ok(_) => continue,
                Err(_) => return Ok(2),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_documents_matter_output_and_editor_files_do_not() {
        for p in ["c/ru.md", "c/contract.toml", "docs/offer.docx", "a/b.PDF"] {
            assert!(relevant(Path::new(p)), "{p}");
        }
        for p in [
            "c/out/x.html",
            "target/release/x.txt",
            ".git/index",
            "c/.#ru.md",
            "c/ru.md~",
            "c/.ru.md.swp",
            "c/notes.odt",
            "c/ru",
        ] {
            assert!(!relevant(Path::new(p)), "{p}");
        }
    }

    #[test]
    fn the_clock_reads_utc_hours_minutes_seconds() {
        let t = UNIX_EPOCH + Duration::from_secs(86_400 * 3 + 3600 * 13 + 60 * 5 + 9);
        assert_eq!(clock(t), "13:05:09");
    }
}
