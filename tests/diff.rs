//! `qostil diff` driven as users run it: reports, exit codes, `--rev`.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn qostil() -> Command {
    let mut c = Command::cargo_bin("qostil").unwrap();
    c.current_dir(common::root()).env_remove("NO_COLOR");
    c
}

/// A case folder, relative to the crate root (so reports name short paths).
fn case(name: &str) -> (String, String) {
    (
        format!("tests/fixtures/diff/{name}/old"),
        format!("tests/fixtures/diff/{name}/new"),
    )
}

fn json_of(name: &str) -> (Value, i32) {
    let (old, new) = case(name);
    let out = qostil()
        .args(["diff", "--format", "json", "--fail-on", "never", &old, &new])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let code = qostil()
        .args(["diff", "--format", "json", &old, &new])
        .output()
        .unwrap()
        .status
        .code()
        .unwrap_or(-1);
    (v, code)
}

/// The report with what the figures engine decides (how much of a figure's
/// text it takes, and so the messages quoting figures) redacted, so that
/// snapshots hold the structure of the diff. Figures are checked by the
/// tests themselves.
fn stable(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(changes) = v["changes"].as_array_mut() {
        for c in changes {
            if let Some(figs) = c["figures"].as_array_mut() {
                for f in figs {
                    for k in ["old", "new", "context"] {
                        if f[k].is_string() {
                            f[k] = Value::from("[figure]");
                        }
                    }
                }
            }
        }
    }
    if let Some(findings) = v["findings"].as_array_mut() {
        for f in findings {
            if f["severity"] == "error" {
                f["message"] = Value::from("[message quoting figures]");
            }
        }
    }
    v
}

/// Text report lines stating figure changes (`2.4: … 10 → 14`) redacted.
fn stable_text(text: &str) -> String {
    text.lines()
        .map(|l| {
            let t = l.trim_start();
            let head = t.split(':').next().unwrap_or("");
            let is_figure = t.contains(':')
                && !head.is_empty()
                && head.chars().all(|c| c.is_ascii_digit() || c == '.');
            if is_figure {
                format!("{}[figure change]", &l[..l.len() - t.len()])
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn changes(v: &Value) -> Vec<(String, String, Value, Value)> {
    v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["lang"].as_str().unwrap().to_string(),
                c["old"]["clause"].clone(),
                c["new"]["clause"].clone(),
            )
        })
        .collect()
}

fn kinds(v: &Value) -> Vec<String> {
    changes(v).into_iter().map(|c| c.0).collect()
}

#[test]
fn renumber_only_reports_renumbered_and_nothing_else() {
    let (v, code) = json_of("renumber");
    assert_eq!(code, 0);
    assert_eq!(kinds(&v), ["renumbered"; 4]);
    assert!(v["findings"].as_array().unwrap().is_empty());
    let c = &v["changes"][1];
    assert_eq!(c["old"]["clause"], "3.1");
    assert_eq!(c["new"]["clause"], "4.1");
    assert!(c["figures"].as_array().unwrap().is_empty());
    insta::assert_json_snapshot!("renumber", stable(&v));
}

#[test]
fn inserted_clause_renumbers_the_rest_and_updated_references_are_no_change() {
    let (v, code) = json_of("inserted");
    assert_eq!(code, 0);
    for lang in ["kk", "ru"] {
        let c: Vec<_> = changes(&v).into_iter().filter(|c| c.1 == lang).collect();
        let k: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(k, ["inserted", "renumbered", "renumbered"], "{lang}");
        assert_eq!(c[0].2, Value::Null);
        assert_eq!(c[0].3, "2.2");
    }
    assert!(!kinds(&v).iter().any(|k| k == "modified"));
    assert!(v["findings"].as_array().unwrap().is_empty());
    insta::assert_json_snapshot!("inserted", stable(&v));
}

#[test]
fn moved_clause_is_moved() {
    let (v, _) = json_of("moved");
    assert_eq!(kinds(&v), ["moved", "moved"]);
    assert_eq!(v["changes"][0]["old"]["clause"], "1.2");
    assert_eq!(v["changes"][0]["new"]["clause"], "3.2");
    insta::assert_json_snapshot!("moved", stable(&v));
}

#[test]
fn one_sided_figure_edit_is_an_error_and_fails() {
    let (v, code) = json_of("figure-one-sided");
    assert_eq!(code, 1);
    assert_eq!(kinds(&v), ["modified"]);
    assert_eq!(v["changes"][0]["lang"], "ru");
    let fig = &v["changes"][0]["figures"][0];
    assert!(fig["old"].as_str().unwrap().starts_with("10"));
    assert!(fig["new"].as_str().unwrap().starts_with("14"));
    let f = &v["findings"][0];
    assert_eq!(f["code"], "one-sided-edit");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["locations"][0]["lang"], "ru");
    assert_eq!(f["locations"][1]["lang"], "kk");
    assert_eq!(f["locations"][0]["clause"], "2.3");
    insta::assert_json_snapshot!("figure-one-sided", stable(&v));
}

#[test]
fn both_sided_figure_edit_is_two_modified_changes_and_no_finding() {
    let (v, code) = json_of("figure-both");
    assert_eq!(code, 0);
    assert_eq!(kinds(&v), ["modified", "modified"]);
    for c in v["changes"].as_array().unwrap() {
        assert_eq!(c["figures"].as_array().unwrap().len(), 1);
    }
    assert!(v["findings"].as_array().unwrap().is_empty());
    insta::assert_json_snapshot!("figure-both", stable(&v));
}

#[test]
fn one_sided_wording_is_a_warning() {
    let (v, code) = json_of("wording-one-sided");
    assert_eq!(code, 0, "warnings do not fail by default");
    assert_eq!(v["findings"][0]["severity"], "warning");
    insta::assert_json_snapshot!("wording-one-sided", stable(&v));
    let (old, new) = case("wording-one-sided");
    qostil()
        .args(["diff", "--fail-on", "warning", &old, &new])
        .assert()
        .code(1);
}

#[test]
fn mixed_changes_in_text_and_json() {
    let (v, _) = json_of("mixed");
    insta::assert_json_snapshot!("mixed", stable(&v));
    let (old, new) = case("mixed");
    let out = qostil().args(["diff", &old, &new]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'), "no colour when piped");
    insta::assert_snapshot!("mixed-text", stable_text(&text));
}

#[test]
fn a_version_compared_with_itself_has_no_changes() {
    let dir = "tests/fixtures/contracts/mini";
    let out = qostil()
        .args(["diff", "--format", "json", dir, dir])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"version": 1, "changes": [], "findings": [], "summary": {"errors": 0, "warnings": 0}})
    );
}

#[test]
fn bad_usage_and_unreadable_input_exit_2() {
    let (old, _) = case("renumber");
    qostil().args(["diff", &old]).assert().code(2);
    qostil()
        .args(["diff", &old, "tests/fixtures/diff/no-such"])
        .assert()
        .code(2);
    qostil()
        .args(["diff", "--format", "pdf", &old, &old])
        .assert()
        .code(2);
    qostil()
        .args(["diff", "--rev", "HEAD", &old, &old])
        .assert()
        .code(2);
}

#[test]
fn out_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let (old, new) = case("figure-both");
    qostil()
        .args(["diff", "--format", "json", &old, &new, "-o"])
        .arg(&path)
        .assert()
        .code(0)
        .stdout("");
    let v: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(kinds(&v), ["modified", "modified"]);
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");
}

#[test]
fn html_report_is_valid_escaped_and_marks_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("diff.html");
    let (old, new) = case("mixed");
    qostil()
        .args(["diff", "--format", "html", &old, &new, "-o"])
        .arg(&path)
        .assert()
        .code(0);
    let page = fs::read_to_string(&path).unwrap();
    // No interface language asked for: the page speaks the contract's two.
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"kk\">"));
    assert!(page.contains("<span lang=\"ru\">Изменения между редакциями</span>"));
    assert!(page.contains("<del>10</del>") && page.contains("<ins>14</ins>"));
    assert!(page.contains("lang=\"kk\"") && page.contains("lang=\"ru\""));
    assert!(page.contains("@page { size: A4"));
    // The stub at the old place of a moved clause links to its new place.
    let link = page
        .split("class=\"moved-away\"")
        .nth(1)
        .and_then(|s| s.split("href=\"#").nth(1))
        .and_then(|s| s.split('"').next())
        .expect("a link from the old place of the moved clause")
        .to_string();
    assert!(page.contains(&format!("id=\"{link}\"")), "anchor {link}");
    common::nu_check(std::slice::from_ref(&path));
}

fn git(dir: &Path, args: &[&str]) {
    let st = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.kz"])
        .args(args)
        .output()
        .expect("run git");
    assert!(
        st.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&st.stderr)
    );
}

/// A git repository with the mini contract committed in `contracts/mini`.
fn repo() -> Option<(tempfile::TempDir, PathBuf)> {
    common::which("git")?;
    let dir = tempfile::tempdir().unwrap();
    let contract = dir.path().join("contracts/mini");
    fs::create_dir_all(&contract).unwrap();
    for name in ["contract.toml", "kk.md", "ru.md"] {
        fs::copy(common::contract("mini").join(name), contract.join(name)).unwrap();
    }
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first"]);
    Some((dir, contract))
}

/// Replace the temporary folder in every string of a JSON value.
fn redact(v: &mut Value, tmp: &str) {
    match v {
        Value::String(s) => *s = s.replace(tmp, "[TMP]"),
        Value::Array(a) => a.iter_mut().for_each(|x| redact(x, tmp)),
        Value::Object(o) => o.values_mut().for_each(|x| redact(x, tmp)),
        _ => {}
    }
}

#[test]
fn rev_compares_the_working_tree_with_a_commit() {
    let Some((dir, contract)) = repo() else {
        eprintln!("note: git not found; skipping");
        return;
    };
    // Unchanged working tree: nothing to report.
    qostil()
        .args(["diff", "--rev", "HEAD"])
        .arg(&contract)
        .assert()
        .code(0);
    let ru = contract.join("ru.md");
    let text = fs::read_to_string(&ru).unwrap().replace(
        "{{ refund_period | case(name=\"gen\") }}",
        "14 календарных дней",
    );
    fs::write(&ru, text).unwrap();
    let out = qostil()
        .args(["diff", "--format", "json", "--rev", "HEAD"])
        .arg(&contract)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tmp = dir.path().display().to_string();
    redact(&mut v, &tmp);
    assert_eq!(v["changes"][0]["old"]["file"], "HEAD:contracts/mini/ru.md");
    assert_eq!(v["changes"][0]["new"]["file"], "[TMP]/contracts/mini/ru.md");
    assert_eq!(v["findings"][0]["severity"], "error");
    insta::assert_json_snapshot!("rev", stable(&v));
}

#[test]
fn rev_errors_are_clear() {
    let Some((_dir, contract)) = repo() else {
        eprintln!("note: git not found; skipping");
        return;
    };
    let out = qostil()
        .args(["diff", "--rev", "no-such-rev"])
        .arg(&contract)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown revision `no-such-rev`"), "{err}");
    let plain = tempfile::tempdir().unwrap();
    for name in ["contract.toml", "kk.md", "ru.md"] {
        fs::copy(common::contract("mini").join(name), plain.path().join(name)).unwrap();
    }
    let out = qostil()
        .args(["diff", "--rev", "HEAD"])
        .arg(plain.path())
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a git repository"), "{err}");
}

#[test]
fn corpus_documents_compared_with_themselves_have_no_changes() {
    let Some(corpus) = common::corpus() else {
        eprintln!("note: corpus not found; skipping");
        return;
    };
    let mut files: Vec<PathBuf> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for f in files {
        let bi = qostil::source::load_input(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let r = qostil::diff::diff(&bi, &bi);
        assert!(r.is_empty(), "{}", f.display());
        let page = qostil::report::to_string(
            qostil::report::Format::Html,
            &qostil::report::Report::Diff(&r),
            &qostil::report::Context::default(),
        );
        assert!(page.ends_with("</html>\n"));
    }
}

#[test]
fn plain_bilingual_files_go_through_the_same_reader() {
    // A clause inserted in both languages, its Kazakh text starting with a
    // figure: no one-sided edit.
    let dir = "tests/fixtures/diff/plain-inserted";
    let out = qostil()
        .args([
            "diff",
            "--format",
            "json",
            &format!("{dir}/old.txt"),
            &format!("{dir}/new.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert!(v["findings"].as_array().unwrap().is_empty(), "{v}");
    for lang in ["kk", "ru"] {
        let k: Vec<String> = changes(&v)
            .into_iter()
            .filter(|c| c.1 == lang)
            .map(|c| c.0)
            .collect();
        assert_eq!(k, ["inserted", "renumbered"], "{lang}");
    }
}

#[test]
fn rev_errors_in_the_old_version_name_it_by_revision() {
    let Some((dir, contract)) = repo() else {
        eprintln!("note: git not found; skipping");
        return;
    };
    // Break the committed Kazakh body, then mend the working tree.
    let kk = contract.join("kk.md");
    let good = fs::read_to_string(&kk).unwrap();
    fs::write(&kk, format!("{good}\n{{{{ no_such_figure }}}}\n")).unwrap();
    git(dir.path(), &["commit", "-q", "-am", "broken"]);
    fs::write(&kk, &good).unwrap();
    let out = qostil()
        .args(["diff", "--rev", "HEAD"])
        .arg(&contract)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("HEAD:contracts/mini/kk.md"), "{err}");
    assert!(!err.contains("qostil-rev-"), "{err}");
}

#[test]
fn identical_versions_say_so_in_every_interface_language() {
    let mini = common::contract("mini");
    for (lang, same, wrong) in [
        (
            "en",
            "The two versions are the same.",
            "changed the same way",
        ),
        ("ru", "Редакции совпадают.", "изменены одинаково"),
        ("kk", "Редакциялар бірдей.", "бірдей өзгертілген"),
    ] {
        let out = qostil()
            .args(["--ui-lang", lang, "diff"])
            .arg(&mini)
            .arg(&mini)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(same), "{lang}: {text}");
        assert!(!text.contains(wrong), "{lang}: {text}");
    }
}
