//! `qostil.toml` and inline suppressions, driven through the program in
//! temporary folders: select/ignore, severities and `--fail-on`,
//! `[[per-path]]`, `--config`, `--isolated`, discovery from a subfolder,
//! strict errors, `<!-- qostil: ignore -->` and unused suppressions.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn qostil(cwd: &Path) -> Command {
    let mut c = Command::cargo_bin("qostil").unwrap();
    c.current_dir(cwd).env_remove("QOSTIL_UI_LANG");
    c
}

/// A bilingual text with a figure mismatch (error, clause 1.1) and a
/// numbering gap in both languages (warning, clause 1.4).
const BOTH: &str = "\
1. Предмет договора
1.1. Исполнитель оказывает услуги в течение 30 (тридцати) календарных дней.
1.2. Стоимость услуг составляет 90 000 (девяносто тысяч) тенге.
1.4. Заказчик принимает услуги по акту.

1. Шарттың мәні
1.1. Орындаушы қызметтерді күнтізбелік 20 (жиырма) күн ішінде көрсетеді.
1.2. Қызметтердің құны 90 000 (тоқсан мың) теңгені құрайды.
1.4. Тапсырыс беруші қызметтерді акт бойынша қабылдайды.
";

/// A temporary project: `docs/both.txt` holds [`BOTH`].
fn project(config: Option<&str>) -> TempDir {
    let t = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(t.path().join("docs")).unwrap();
    std::fs::write(t.path().join("docs/both.txt"), BOTH).unwrap();
    if let Some(c) = config {
        std::fs::write(t.path().join("qostil.toml"), c).unwrap();
    }
    t
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cwd: &Path, args: &[&str]) -> Run {
    let out = qostil(cwd).args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The codes and severities reported as JSON.
fn codes(r: &Run) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pair(code: &str, sev: &str) -> (String, String) {
    (code.to_string(), sev.to_string())
}

#[test]
fn without_configuration_both_findings_are_reported() {
    let t = project(None);
    let r = run(t.path(), &["check", "docs/both.txt", "--format", "json"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        codes(&r),
        vec![
            pair("figure-mismatch", "error"),
            pair("numbering-gap", "warning")
        ]
    );
}

#[test]
fn select_and_ignore() {
    let t = project(Some("select = [\"numbering-gap\"]\n"));
    let r = run(t.path(), &["check", "docs/both.txt", "--format", "json"]);
    assert_eq!(codes(&r), vec![pair("numbering-gap", "warning")]);
    assert_eq!(r.code, 0, "a warning does not fail by default");

    let t = project(Some("ignore = [\"numbering-gap\"]\n"));
    let r = run(t.path(), &["check", "docs/both.txt", "--format", "json"]);
    assert_eq!(codes(&r), vec![pair("figure-mismatch", "error")]);
    assert_eq!(r.code, 1);
}

#[test]
fn a_warning_made_an_error_fails_and_an_error_made_a_warning_does_not() {
    let t = project(Some(
        "ignore = [\"figure-mismatch\"]\n[severity]\nnumbering-gap = \"error\"\n",
    ));
    let r = run(t.path(), &["check", "docs/both.txt", "--format", "json"]);
    assert_eq!(codes(&r), vec![pair("numbering-gap", "error")]);
    assert_eq!(r.code, 1);

    let t = project(Some("[severity]\nfigure-mismatch = \"warning\"\n"));
    let r = run(
        t.path(),
        &[
            "check",
            "docs/both.txt",
            "--format",
            "json",
            "--fail-on",
            "error",
        ],
    );
    assert_eq!(
        codes(&r),
        vec![
            pair("figure-mismatch", "warning"),
            pair("numbering-gap", "warning")
        ]
    );
    assert_eq!(r.code, 0);
}

#[test]
fn fail_on_of_the_file_and_the_flag_that_wins() {
    let t = project(Some(
        "ignore = [\"figure-mismatch\"]\nfail-on = \"warning\"\n",
    ));
    assert_eq!(run(t.path(), &["check", "docs/both.txt"]).code, 1);
    let r = run(t.path(), &["check", "docs/both.txt", "--fail-on", "error"]);
    assert_eq!(r.code, 0, "{}", r.stdout);

    let t = project(Some("fail-on = \"never\"\n"));
    assert_eq!(run(t.path(), &["check", "docs/both.txt"]).code, 0);
}

#[test]
fn per_path_overrides_apply_to_matching_inputs_only() {
    let t = project(Some(
        "[[per-path]]\npath = \"archive/*.txt\"\nignore = [\"figure-mismatch\"]\nseverity = { numbering-gap = \"error\" }\n",
    ));
    std::fs::create_dir_all(t.path().join("archive")).unwrap();
    std::fs::write(t.path().join("archive/old.txt"), BOTH).unwrap();
    let r = run(t.path(), &["check", "archive/old.txt", "--format", "json"]);
    assert_eq!(codes(&r), vec![pair("numbering-gap", "error")]);
    let r = run(t.path(), &["check", "docs/both.txt", "--format", "json"]);
    assert_eq!(
        codes(&r),
        vec![
            pair("figure-mismatch", "error"),
            pair("numbering-gap", "warning")
        ]
    );
}

#[test]
fn config_flag_and_isolated() {
    let t = project(Some("ignore = [\"figure-mismatch\", \"numbering-gap\"]\n"));
    let r = run(t.path(), &["check", "docs/both.txt"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "no findings\n"));

    let r = run(
        t.path(),
        &["check", "docs/both.txt", "--isolated", "--format", "json"],
    );
    assert_eq!(codes(&r).len(), 2);
    assert_eq!(r.code, 1);

    std::fs::write(
        t.path().join("other.toml"),
        "select = [\"numbering-gap\"]\n",
    )
    .unwrap();
    let r = run(
        t.path(),
        &[
            "check",
            "docs/both.txt",
            "--config",
            "other.toml",
            "--format",
            "json",
        ],
    );
    assert_eq!(codes(&r), vec![pair("numbering-gap", "warning")]);

    let r = run(
        t.path(),
        &["check", "docs/both.txt", "--config", "missing.toml"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("missing.toml"), "{}", r.stderr);

    let r = run(
        t.path(),
        &[
            "check",
            "docs/both.txt",
            "--config",
            "other.toml",
            "--isolated",
        ],
    );
    assert_eq!(r.code, 2, "the two flags exclude each other");
}

#[test]
fn discovered_upward_from_a_subfolder_with_globs_relative_to_the_file() {
    let t = project(Some(
        "[[per-path]]\npath = \"docs/*\"\nselect = [\"numbering-gap\"]\n",
    ));
    let sub = t.path().join("docs");
    let r = run(&sub, &["check", "both.txt", "--format", "json"]);
    assert_eq!(codes(&r), vec![pair("numbering-gap", "warning")]);
}

fn strict_error(config: &str) -> Run {
    let t = project(Some(config));
    let r = run(t.path(), &["check", "docs/both.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    r
}

#[test]
fn strict_errors_name_file_line_column_and_key() {
    let r = strict_error("select = [\"numbering-gap\"]\n\nfailon = \"warning\"\n");
    assert!(r.stderr.contains("qostil.toml:3:1:"), "{}", r.stderr);
    assert!(r.stderr.contains("failon"), "{}", r.stderr);

    let r = strict_error("[severity]\nnumbering-gap = \"error\"\nfigure-mismach = \"error\"\n");
    assert!(r.stderr.contains("qostil.toml:3:1:"), "{}", r.stderr);
    assert!(r.stderr.contains("figure-mismach"), "{}", r.stderr);
    assert!(
        r.stderr.contains("figure-mismatch, figure-missing"),
        "{}",
        r.stderr
    );

    let r = strict_error("ignore = 3\n");
    assert!(r.stderr.contains("qostil.toml:1:10:"), "{}", r.stderr);
    assert!(r.stderr.contains("`ignore`"), "{}", r.stderr);

    let r = strict_error("[[suppress]]\npath = \"docs/*\"\ncode = \"figure-missin\"\n");
    assert!(r.stderr.contains("qostil.toml:3:8:"), "{}", r.stderr);
    assert!(r.stderr.contains("suppress[0].code"), "{}", r.stderr);
}

#[test]
fn config_suppressions_by_path_clause_and_language_and_unused_ones() {
    let t = project(Some(
        "\
[[suppress]]
path = \"docs/*.txt\"
code = \"figure-mismatch\"
clause = \"1.1\"

[[suppress]]
path = \"docs/both.txt\"
code = \"numbering-gap\"
clause = \"1.4\"
lang = \"kk\"

[[suppress]]
path = \"docs/**\"
code = \"clause-missing\"

[[suppress]]
path = \"elsewhere/**\"
code = \"clause-missing\"
",
    ));
    let r = run(t.path(), &["check", "docs/both.txt", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let found = v["findings"].as_array().unwrap();
    // The numbering gap is found at 1.4 of both languages (one finding with
    // two locations): suppressed by its Kazakh location. The clause-missing
    // entry matches the folder but hides nothing; the last one names
    // another folder and is not this target's business.
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert_eq!(found[0]["code"], "unused-suppression");
    assert_eq!(found[0]["severity"], "warning");
    assert_eq!(found[0]["locations"][0]["file"], "qostil.toml");
    assert_eq!(found[0]["locations"][0]["line"], 14);
    assert!(found[0]["message"]
        .as_str()
        .unwrap()
        .contains("clause-missing"));
    assert_eq!(r.code, 0);

    // The unused-suppression rule obeys select/ignore like any other.
    let t2 = project(Some(
        "ignore = [\"unused-suppression\"]\n[[suppress]]\npath = \"docs/**\"\ncode = \"clause-missing\"\n",
    ));
    let r = run(t2.path(), &["check", "docs/both.txt", "--format", "json"]);
    assert!(codes(&r).iter().all(|(c, _)| c != "unused-suppression"));
}

fn online_courses(dir: &Path) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let dst = dir.join("online-courses");
    std::fs::create_dir_all(&dst).unwrap();
    for name in ["contract.toml", "kk.md", "ru.md"] {
        std::fs::copy(src.join(name), dst.join(name)).unwrap();
    }
    dst
}

/// Clause 4.3 of the Russian text with a period of access of its own: five
/// working days where the Kazakh text keeps the figure of contract.toml.
fn break_clause_4_3(ru: &str) -> String {
    let from = "{{ access_grant | case(name=\"gen\") }}";
    assert!(ru.contains(from), "the clause 4.3 of the example changed");
    ru.replacen(from, "5 (пяти) рабочих дней", 1)
}

fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).unwrap() + 1
}

#[test]
fn inline_suppression_in_a_contract_body() {
    let t = tempfile::tempdir().unwrap();
    let dir = online_courses(t.path());
    let ru = break_clause_4_3(&std::fs::read_to_string(dir.join("ru.md")).unwrap());
    std::fs::write(dir.join("ru.md"), &ru).unwrap();

    let r = run(
        t.path(),
        &["check", "online-courses", "--isolated", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let f = &v["findings"].as_array().unwrap()[0];
    assert_eq!(f["code"], "figure-mismatch", "{}", r.stdout);
    let ru_loc = f["locations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "ru")
        .unwrap();
    assert_eq!(ru_loc["line"], line_of(&ru, "4.3.") as u64);
    assert_eq!(r.code, 1);

    // The comment on the line before the clause hides it.
    let at = line_of(&ru, "4.3.") - 1;
    let mut lines: Vec<&str> = ru.lines().collect();
    lines.insert(at, "<!-- qostil: ignore figure-mismatch -->");
    std::fs::write(dir.join("ru.md"), lines.join("\n") + "\n").unwrap();
    let r = run(t.path(), &["check", "online-courses"]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "no findings\n"),
        "{}",
        r.stderr
    );

    // A comment for another rule hides nothing and is reported unused, at
    // its own line; so is one naming no rule, and a bare one before a
    // clause with no finding.
    lines[at] = "<!-- qostil: ignore numbering-gap, figure-mismach -->";
    let clean = line_of(&ru, "4.4.") - 1 + 1; // 4.4 moved down by the comment
    lines.insert(clean, "<!-- qostil: ignore -->");
    std::fs::write(dir.join("ru.md"), lines.join("\n") + "\n").unwrap();
    let r = run(t.path(), &["check", "online-courses", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let mut got: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["locations"][0]["file"].as_str().unwrap().to_string(),
                f["locations"][0]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    got.sort();
    let ru_file = Path::new("online-courses")
        .join("ru.md")
        .display()
        .to_string();
    let kk_or_ru = got
        .iter()
        .find(|g| g.0 == "figure-mismatch")
        .map(|g| g.1.clone())
        .unwrap();
    assert!(kk_or_ru.contains("online-courses"));
    let unused: Vec<_> = got
        .iter()
        .filter(|g| g.0 == "unused-suppression")
        .map(|g| (g.1.as_str(), g.2))
        .collect();
    assert_eq!(
        unused,
        vec![
            (ru_file.as_str(), at as u64 + 1),
            (ru_file.as_str(), at as u64 + 1),
            (ru_file.as_str(), clean as u64 + 1),
        ],
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("figure-mismach"), "{}", r.stdout);
    assert_eq!(r.code, 1);
}
