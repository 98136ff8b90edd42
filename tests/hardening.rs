//! Hostile inputs driven through the real binary: never a panic (exit 101)
//! or an abort (134), bounded input, output that cannot drive a terminal.

mod common;

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// Exit code of a run that must end as a result (0, 1) or an error (2).
fn code_of(args: &[&str]) -> i32 {
    let out = qostil().args(args).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    assert!(
        matches!(code, 0..=2),
        "qostil {args:?} ended with {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    code
}

#[test]
fn a_clause_number_after_a_two_byte_mark_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let short = write(dir.path(), "short.txt", "» 2.3 У");
    code_of(&["check", &short]);
    code_of(&["figures", &short]);
    // Both languages pasted as one line each, quotes before numbers.
    let joined = write(
        dir.path(),
        "joined.txt",
        "1.1. Тариф «Стандарт» 2.3 Исполнитель оказывает услуги в течение 10 дней.\n\n\
         1.1. «Стандарт» тарифі 2.3 Орындаушы қызметтерді 10 күн ішінде көрсетеді.\n",
    );
    code_of(&["check", &joined]);
    code_of(&["diff", &joined, &short]);
    code_of(&["diff", &short, &joined]);
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.txt",
        b"1. \xd0\xa1\xd1\x80\xd0\xbe\xd0\xba\n2. \xff\xfe\n",
    );
    for cmd in ["figures", "check"] {
        let out = qostil().args([cmd, &bad]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("bad.txt:2:"), "{cmd}: {err}");
        assert!(err.contains("not UTF-8"), "{cmd}: {err}");
    }
}

#[test]
fn inputs_larger_than_the_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(
        dir.path(),
        "big.txt",
        "1. Срок оказания услуг 10 дней.\n".repeat(40_000),
    );
    let out = qostil()
        .args(["check", &big])
        .env("QOSTIL_MAX_INPUT_MB", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("big.txt"), "{err}");
    assert!(err.contains("larger than 1 MB"), "{err}");
    assert!(err.contains("QOSTIL_MAX_INPUT_MB"), "{err}");
    // Within the default limit the same file is read.
    let code = code_of(&["figures", &big]);
    assert_eq!(code, 0);
}

#[cfg(unix)]
#[test]
fn figures_of_a_folder_do_not_follow_links_to_folders() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("a");
    fs::create_dir(&sub).unwrap();
    write(&sub, "offer.ru.txt", "1. Срок оказания услуг 10 дней.\n");
    std::os::unix::fs::symlink("..", sub.join("loop")).unwrap();
    std::os::unix::fs::symlink(&sub, dir.path().join("again")).unwrap();
    let out = qostil()
        .args(["figures"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert!(
        lines.iter().all(|l| l.starts_with("a/offer.ru.txt:1:")),
        "{text}"
    );
}

#[test]
fn text_output_shows_control_characters_instead_of_obeying_them() {
    let dir = tempfile::tempdir().unwrap();
    let kk = write(
        dir.path(),
        "offer.kk.txt",
        "1. Қызмет көрсету мерзімі 12 күн.\n",
    );
    let ru = write(
        dir.path(),
        "offer.ru.txt",
        "1. Срок оказания \u{1b}[2J\u{1b}]0;title\u{7}услуг 10 дней.\r\n",
    );
    for args in [
        vec!["check", kk.as_str(), ru.as_str()],
        vec!["check", "--format", "github", kk.as_str(), ru.as_str()],
        vec!["figures", ru.as_str()],
        vec!["diff", ru.as_str(), kk.as_str()],
    ] {
        let out = qostil().args(&args).output().unwrap();
        assert!(matches!(out.status.code(), Some(0..=2)), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\r'),
            "{args:?}: {text:?}"
        );
    }
    let out = qostil().args(["check", &kk, &ru]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\\u{1b}[2J"), "{text}");
}

#[test]
fn a_clause_number_deeper_than_the_limit_is_an_error_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let deep = ["1"; 40].join(".");
    let text = format!("1. Срок оказания услуг 10 дней.\n{deep}. Хвост.\n");
    let f = write(dir.path(), "deep.ru.txt", &text);
    let kk = write(dir.path(), "deep.kk.txt", "1. Мерзімі 10 күн.\n");
    for args in [
        vec!["check", f.as_str()],
        vec!["check", kk.as_str(), f.as_str()],
    ] {
        let out = qostil().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("deep.ru.txt:2:"), "{err}");
        assert!(err.contains("40 levels"), "{err}");
    }
    // Twelve levels are a clause number like any other.
    let twelve = format!("1. Срок.\n{}. Текст.\n", ["1"; 12].join("."));
    let f = write(dir.path(), "twelve.ru.txt", &twelve);
    assert!(matches!(code_of(&["check", &f]), 0 | 1));
}

/// The reader of standard output goes away after one byte (`| head -c1`):
/// every command ends quietly with 0, never a panic or exit 2.
#[test]
fn a_closed_standard_output_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let ru = write(
        dir.path(),
        "big.ru.txt",
        "1. Срок оказания услуг 10 дней, пеня 0,5% за каждый день.\n".repeat(4_000),
    );
    let kk = write(
        dir.path(),
        "big.kk.txt",
        "1. Қызмет көрсету мерзімі 12 күн, өсімпұл 1%.\n".repeat(4_000),
    );
    let bin = assert_cmd::cargo::cargo_bin("qostil");
    for args in [
        vec!["figures", ru.as_str()],
        vec!["figures", "--format", "json", ru.as_str()],
        vec!["check", kk.as_str(), ru.as_str()],
        vec!["check", "--format", "json", kk.as_str(), ru.as_str()],
        vec!["check", "--format", "sarif", kk.as_str(), ru.as_str()],
        vec!["diff", "--format", "json", ru.as_str(), kk.as_str()],
    ] {
        let mut child = std::process::Command::new(&bin)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut one = [0u8; 1];
        stdout.read_exact(&mut one).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}
