//! `qostil render` against hostile inputs and failures: over-long words,
//! outputs that cannot be written, interruptions, malformed
//! `SOURCE_DATE_EPOCH`, a file given for the contract folder, and templates
//! reaching for the environment or other files. Every failure is exit 2
//! with a message naming what is wrong, and changes no output.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn qostil() -> Command {
    let mut c = Command::cargo_bin("qostil").unwrap();
    c.env_remove("SOURCE_DATE_EPOCH");
    c
}

fn mini() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contracts/mini")
}

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

/// Names of the temporary files left in a folder.
fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.starts_with(".qostil-"))
                .collect()
        })
        .unwrap_or_default()
}

/// The six editions of the `mini` fixture.
const EDITIONS: [&str; 6] = [
    "mini.kk.html",
    "mini.kk.pdf",
    "mini.ru.html",
    "mini.ru.pdf",
    "mini.parallel.html",
    "mini.parallel.pdf",
];

/// A contract folder whose only clause holds one word of `letters` letters
/// in each language.
fn long_word_contract(letters: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("contract.toml"),
        "id = \"long\"\nversion = 2026-01-01\n\n[title]\nkk = \"Шарт\"\nru = \"Договор\"\n",
    )
    .unwrap();
    let kk: String = "келісім".chars().cycle().take(letters).collect();
    let ru: String = "соглашение".chars().cycle().take(letters).collect();
    fs::write(
        dir.path().join("kk.md"),
        format!("## 1. Жалпы ережелер\n\n1.1. Осы {kk} сөз.\n"),
    )
    .unwrap();
    fs::write(
        dir.path().join("ru.md"),
        format!("## 1. Общие положения\n\n1.1. Это {ru} слово.\n"),
    )
    .unwrap();
    dir
}

#[test]
fn an_over_long_word_renders() {
    // Line breaking used to be cubic in the length of a word: 16,000
    // letters took twenty seconds, 200,000 more than five minutes.
    let src = long_word_contract(40_000);
    let out = tempfile::tempdir().unwrap();
    qostil()
        .args(["render", "--no-check", "--format", "pdf"])
        .arg(src.path())
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
    for name in ["long.kk.pdf", "long.ru.pdf", "long.parallel.pdf"] {
        let pdf = fs::read(out.path().join(name)).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{name}");
    }
}

/// Fill the output folder with stand-ins for the editions, put a folder in
/// the place of `blocked`, render, and check that nothing changed.
fn folder_in_place_of(blocked: &str) {
    let out = tempfile::tempdir().unwrap();
    for name in EDITIONS {
        if name == blocked {
            fs::create_dir(out.path().join(name)).unwrap();
            fs::write(out.path().join(name).join("keep"), "x").unwrap();
        } else {
            fs::write(out.path().join(name), format!("old {name}")).unwrap();
        }
    }
    let a = qostil()
        .args(["render", "--no-check"])
        .arg(mini())
        .arg("-o")
        .arg(out.path())
        .assert()
        .code(2);
    let err = stderr_of(&a);
    assert!(err.contains(blocked), "{err}");
    assert!(err.contains("folder is in its place"), "{err}");
    assert!(err.contains("no output was changed"), "{err}");
    for name in EDITIONS {
        let p = out.path().join(name);
        if name == blocked {
            assert!(p.is_dir());
        } else {
            assert_eq!(fs::read_to_string(&p).unwrap(), format!("old {name}"));
        }
    }
    assert!(
        temp_files(out.path()).is_empty(),
        "{:?}",
        temp_files(out.path())
    );
}

#[test]
fn an_output_that_cannot_be_written_changes_no_other() {
    // The last output used to fail after the other five were replaced.
    folder_in_place_of("mini.parallel.pdf");
    folder_in_place_of("mini.kk.html");
}

/// Start rendering `mini` into `out` with a test pause (debug builds), wait
/// until `ready` holds, send `sig`, and return the exit status.
#[cfg(unix)]
fn signal_when(
    out: &Path,
    pause: &str,
    sig: &str,
    ready: impl Fn() -> bool,
) -> std::process::ExitStatus {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_qostil"))
        .args(["render", "--no-check"])
        .arg(mini())
        .arg("-o")
        .arg(out)
        .env_remove("SOURCE_DATE_EPOCH")
        .env(pause, "60000")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the moment to come (the process pauses there for a minute).
    let mut waited = 0;
    while !ready() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the render ended before the signal: {status}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        waited += 1;
        assert!(waited < 6000, "the render never reached the pause");
    }
    let _ = std::process::Command::new("kill")
        .arg(sig)
        .arg(child.id().to_string())
        .status();
    child.wait().unwrap()
}

#[cfg(unix)]
fn old_editions() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in EDITIONS {
        fs::write(dir.path().join(name), format!("old {name}")).unwrap();
    }
    dir
}

#[cfg(unix)]
fn count_old(out: &Path) -> usize {
    EDITIONS
        .iter()
        .filter(|n| fs::read_to_string(out.join(n)).ok() == Some(format!("old {n}")))
        .count()
}

#[cfg(all(unix, debug_assertions))]
#[test]
fn a_signal_before_the_renames_removes_the_temporary_files() {
    for sig in ["-TERM", "-INT"] {
        let out = old_editions();
        let status = signal_when(out.path(), "QOSTIL_TEST_PAUSE_STAGED_MS", sig, || {
            temp_files(out.path()).len() >= EDITIONS.len()
        });
        assert!(!status.success(), "{sig}: {status}");
        assert_eq!(count_old(out.path()), EDITIONS.len(), "{sig}");
        assert!(
            temp_files(out.path()).is_empty(),
            "{sig}: {:?}",
            temp_files(out.path())
        );
    }
}

#[cfg(all(unix, debug_assertions))]
#[test]
fn a_signal_between_renames_waits_for_all_of_them() {
    let out = old_editions();
    // The first edition is in place, five are still to be renamed.
    let status = signal_when(out.path(), "QOSTIL_TEST_PAUSE_RENAMED_MS", "-TERM", || {
        count_old(out.path()) < EDITIONS.len()
    });
    // Either the signal ends the process once the renames are done (143),
    // or the process finishes first (0): the editions are complete either
    // way.
    assert!(matches!(status.code(), Some(0) | Some(143)), "{status}");
    assert_eq!(count_old(out.path()), 0);
    assert!(
        temp_files(out.path()).is_empty(),
        "{:?}",
        temp_files(out.path())
    );
}

#[test]
fn malformed_source_date_epoch_is_refused() {
    for value in [
        "-1",
        "-86400",
        "99999999999999",
        "253402300800",
        "abc",
        "1.5",
        "+100",
    ] {
        let out = tempfile::tempdir().unwrap();
        let a = qostil()
            .env("SOURCE_DATE_EPOCH", value)
            .args(["render", "--no-check"])
            .arg(mini())
            .arg("-o")
            .arg(out.path().join("editions"))
            .assert()
            .code(2);
        let err = stderr_of(&a);
        assert!(err.contains("SOURCE_DATE_EPOCH"), "{value}: {err}");
        assert!(!out.path().join("editions").exists(), "{value}");
    }
}

#[test]
fn source_date_epoch_in_range_dates_the_pdf() {
    let out = tempfile::tempdir().unwrap();
    qostil()
        .env("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01 00:00 UTC
        .args(["render", "--no-check", "--format", "pdf", "--lang", "kk"])
        .arg(mini())
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
    let pdf = fs::read(out.path().join("mini.kk.pdf")).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("D:2026010100"), "no 2026 date in the PDF");
    assert!(!text.contains("D:1970"), "a 1970 date in the PDF");
}

#[test]
fn a_file_given_for_the_contract_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contract.txt");
    fs::write(&file, "1.1. Текст.\n").unwrap();
    let a = qostil()
        .arg("render")
        .arg(&file)
        .arg("-o")
        .arg(dir.path().join("out"))
        .assert()
        .code(2);
    let err = stderr_of(&a);
    assert!(err.contains("contract.txt"), "{err}");
    assert!(err.contains("is a file"), "{err}");
    assert!(err.contains("contract folder"), "{err}");
    assert!(err.contains("qostil check"), "{err}");
    assert!(!err.contains("no such folder"), "{err}");

    let a = qostil()
        .arg("render")
        .arg(dir.path().join("missing"))
        .assert()
        .code(2);
    let err = stderr_of(&a);
    assert!(err.contains("missing: no such folder"), "{err}");
}

/// Render `mini` with one template replaced; the assert.
fn with_template(name: &str, text: &str) -> (assert_cmd::assert::Assert, tempfile::TempDir) {
    let tpl = tempfile::tempdir().unwrap();
    fs::write(tpl.path().join(name), text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let a = qostil()
        .env("QOSTIL_SECRET_FOR_TEST", "s3cr3t-value")
        .args(["render", "--no-check", "--format", "html", "--templates"])
        .arg(tpl.path())
        .arg(mini())
        .arg("-o")
        .arg(out.path().join("editions"))
        .assert();
    (a, out)
}

#[test]
fn templates_cannot_reach_the_environment_or_other_files() {
    let cases = [
        (
            "single.html",
            r#"{{ get_env(name="QOSTIL_SECRET_FOR_TEST") }}"#,
            "get_env",
        ),
        (
            "single.html",
            r#"{{ get_env(name="QOSTIL_SECRET_FOR_TEST", default="") | upper }}"#,
            "get_env",
        ),
        (
            "single.html",
            r#"{% for i in range(end=1000000000) %}{% endfor %}"#,
            "range",
        ),
        (
            "single.html",
            r#"{% include "../../../../etc/passwd" %}"#,
            "etc/passwd",
        ),
        (
            "single.html",
            r#"{% include "/etc/hostname" ignore missing %}"#,
            "/etc/hostname",
        ),
        (
            "parallel.html",
            r#"{% extends "/etc/passwd" %}"#,
            "/etc/passwd",
        ),
        (
            "macros.html",
            r#"{% macro block(b) %}{{ now() }}{% endmacro block %}"#,
            "now",
        ),
        (
            "single.html",
            r#"{{ title | filesizeformat }}"#,
            "filesizeformat",
        ),
        (
            "single.html",
            r#"{% filter urlencode %}x{% endfilter %}"#,
            "urlencode",
        ),
    ];
    for (name, text, needle) in cases {
        let (a, out) = with_template(name, text);
        let a = a.code(2);
        let err = stderr_of(&a);
        assert!(err.contains(name), "{text}: {err}");
        assert!(err.contains(needle), "{text}: {err}");
        assert!(!err.contains("s3cr3t-value"), "{text}: {err}");
        assert!(!out.path().join("editions").exists(), "{text}");
    }
}

#[test]
fn templates_keep_the_filters_they_need() {
    let text = r#"{% import "macros.html" as m %}<!DOCTYPE html><html lang="{{ lang }}"><head><title>{{ title | upper }}</title><style>{% include "style.css" %}</style></head><body>{% for b in blocks %}{% if b.number is defined %}{{ m::block(b=b) }}{% endif %}{% endfor %}{% filter trim %} {{ labels.version | default(value="-") }} {% endfilter %}</body></html>"#;
    let (a, out) = with_template("single.html", text);
    a.success();
    let kk = fs::read_to_string(out.path().join("editions/mini.kk.html")).unwrap();
    assert!(kk.contains("ШАРТЫ"), "{kk}");
}

#[cfg(unix)]
#[test]
fn a_template_linking_outside_its_folder_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    fs::write(&secret, "s3cr3t-value").unwrap();
    let tpl = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&secret, tpl.path().join("style.css")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let a = qostil()
        .args(["render", "--no-check", "--format", "html", "--templates"])
        .arg(tpl.path())
        .arg(mini())
        .arg("-o")
        .arg(out.path().join("editions"))
        .assert()
        .code(2);
    let err = stderr_of(&a);
    assert!(err.contains("style.css"), "{err}");
    assert!(err.contains("outside the templates folder"), "{err}");
    assert!(!out.path().join("editions").exists());
}

#[test]
fn templates_and_macros_that_call_themselves_without_end_are_refused() {
    let cases = [
        (
            r#"{% macro block(b) %}{{ self::block(b=b) }}{% endmacro block %}"#,
            "calls itself",
        ),
        (
            r#"{% macro block(b) %}{% for c in b.children %}{{ self::block(b=b) }}{% endfor %}{% endmacro block %}"#,
            "calls itself",
        ),
        (
            r#"{% macro block(b) %}{{ self::party(p=b, labels=b) }}{% endmacro block %}{% macro party(p, labels) %}{{ self::block(b=p) }}{% endmacro party %}"#,
            "call each other",
        ),
    ];
    for (text, needle) in cases {
        let (a, out) = with_template("macros.html", text);
        let a = a.code(2);
        let err = stderr_of(&a);
        assert!(err.contains("macros.html"), "{text}: {err}");
        assert!(err.contains(needle), "{text}: {err}");
        assert!(!out.path().join("editions").exists(), "{text}");
    }
    for (name, text) in [
        ("single.html", r#"{% include "single.html" %}"#),
        ("parallel.html", r#"{% extends "parallel.html" %}"#),
        ("macros.html", r#"{% import "macros.html" as m %}"#),
    ] {
        let (a, out) = with_template(name, text);
        let a = a.code(2);
        let err = stderr_of(&a);
        assert!(err.contains(name), "{text}: {err}");
        assert!(
            err.contains("itself") || err.contains("Circular"),
            "{text}: {err}"
        );
        assert!(!out.path().join("editions").exists(), "{text}");
    }
    // Going down into the children ends with the data.
    let builtin =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/macros.html"))
            .unwrap();
    let (a, out) = with_template("macros.html", &builtin);
    a.success();
    assert!(out.path().join("editions/mini.kk.html").is_file());
}
