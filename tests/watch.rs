//! `qostil check --watch`: a save re-checks, and the status line follows
//! each report.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Lines of the child's standard output until one contains `what`; `None`
/// when the output ends or nothing comes for a long while (a hung watcher
/// fails the test rather than hanging it).
fn until(rx: &mpsc::Receiver<String>, what: &str, seen: &mut Vec<String>) -> Option<()> {
    loop {
        let line = rx.recv_timeout(Duration::from_secs(120)).ok()?;
        let hit = line.contains(what);
        seen.push(line);
        if hit {
            return Some(());
        }
    }
}

#[test]
fn a_save_rechecks_and_reports_the_new_finding() {
    let dir = common::copy_dir(&common::example());
    let mut child = Command::new(env!("CARGO_BIN_EXE_qostil"))
        .args(["check", "--watch", "--ui-lang", "en"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let first = until(&rx, "watching", &mut seen);
    let clean = seen.iter().any(|l| l.contains("no findings"));
    // A figure changed in the Russian text only.
    let ru = dir.path().join("ru.md");
    let text = std::fs::read_to_string(&ru).unwrap();
    let changed = text.replacen(
        "{{ refund_period | case(name=\"gen\") }}",
        "14 (четырнадцати) рабочих дней",
        1,
    );
    assert_ne!(text, changed);
    // An ignored write first: output files do not trigger a check.
    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/x.html"), "<p>x</p>").unwrap();
    std::fs::write(&ru, changed).unwrap();
    seen.clear();
    let second = until(&rx, "watching", &mut seen);
    let _ = child.kill();
    let _ = child.wait();
    assert!(first.is_some(), "the first check ends with the status line");
    assert!(clean, "the bundled example checks clean");
    assert!(second.is_some(), "a save re-checks: {seen:?}");
    assert!(
        seen.iter().any(|l| l.contains("figure-mismatch")),
        "the new finding is reported: {seen:?}"
    );
}
