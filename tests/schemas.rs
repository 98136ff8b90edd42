//! The JSON reports of the real binary validated against the JSON Schemas
//! under `schemas/` by a JSON Schema validator (draft 2020-12): `check` on
//! findings and on a broken source, `diff`, and `figures`, in every
//! interface language. The schemas must also reject what they promise to
//! reject.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn schema(name: &str) -> jsonschema::Validator {
    let read = |n: &str| -> Value {
        let path = common::root().join("schemas").join(n);
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let common_schema = read("common.schema.json");
    jsonschema::options()
        .with_resource(
            "https://github.com/qostil/qostil/schemas/common.schema.json",
            jsonschema::Resource::from_contents(common_schema).unwrap(),
        )
        .build(&read(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Run qostil; its standard output as JSON, and its exit code.
fn run(args: &[&str], paths: &[&Path]) -> (Value, i32) {
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .env_remove("QOSTIL_UI_LANG")
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (v, out.status.code().unwrap_or(-1))
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}\n{doc:#}");
}

/// The mini contract with an undefined figure and an unclosed `{{`.
fn broken_contract() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mini = common::contract("mini");
    for name in ["contract.toml", "kk.md", "ru.md"] {
        std::fs::copy(mini.join(name), dir.path().join(name)).unwrap();
    }
    let kk = dir.path().join("kk.md");
    let text = std::fs::read_to_string(&kk).unwrap();
    std::fs::write(
        &kk,
        format!("{text}\n3.1. Айыппұл {{{{ no_such_figure }}}} құрайды.\n"),
    )
    .unwrap();
    let ru = dir.path().join("ru.md");
    let text = std::fs::read_to_string(&ru).unwrap();
    std::fs::write(&ru, format!("{text}\n3.1. Штраф составляет {{{{ fee.\n")).unwrap();
    dir
}

#[test]
fn check_reports_match_their_schema() {
    let v = schema("check.schema.json");
    let fixtures = common::root().join("tests/fixtures/rules");
    let broken = broken_contract();
    for lang in ["en", "ru", "kk"] {
        for name in ["figure-mismatch", "clause-missing", "clean"] {
            let input = fixtures.join(name).join("input.txt");
            let (doc, _) = run(&["--ui-lang", lang, "check", "--format", "json"], &[&input]);
            assert_valid(&v, &doc, name);
        }
        let (doc, code) = run(
            &["--ui-lang", lang, "check", "--format", "json"],
            &[broken.path()],
        );
        assert_eq!(code, 2);
        assert_valid(&v, &doc, "broken source");
        let findings = doc["findings"].as_array().unwrap();
        assert!(findings.len() >= 2, "{doc:#}");
        assert!(findings.iter().all(|f| f["code"] == "source-error"));
    }
}

#[test]
fn diff_and_figures_reports_match_their_schemas() {
    let diff = schema("diff.schema.json");
    let figures = schema("figures.schema.json");
    let root = common::root().join("tests/fixtures/diff");
    for lang in ["en", "kk"] {
        for case in ["mixed", "figure-one-sided", "moved", "renumber"] {
            let (old, new) = (root.join(case).join("old"), root.join(case).join("new"));
            let (doc, _) = run(
                &[
                    "--ui-lang",
                    lang,
                    "diff",
                    "--format",
                    "json",
                    "--fail-on",
                    "never",
                ],
                &[&old, &new],
            );
            assert_valid(&diff, &doc, case);
        }
    }
    let (doc, _) = run(&["figures", "--format", "json"], &[&common::example()]);
    assert!(!doc["figures"].as_array().unwrap().is_empty());
    assert_valid(&figures, &doc, "figures of the example");
    let input = common::root().join("tests/fixtures/rules/figure-mismatch/input.txt");
    let (doc, _) = run(&["figures", "--format", "json"], &[&input]);
    assert_valid(&figures, &doc, "figures of a plain text");
}

#[test]
fn schemas_reject_what_they_do_not_describe() {
    let v = schema("check.schema.json");
    let input = common::root().join("tests/fixtures/rules/figure-mismatch/input.txt");
    let (good, _) = run(&["check", "--format", "json"], &[&input]);
    assert!(v.is_valid(&good));
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut d = good.clone();
        f(&mut d);
        d
    };
    for bad in [
        broken(&|d| d["version"] = 2.into()),
        broken(&|d| d["findings"][0]["severity"] = "fatal".into()),
        broken(&|d| d["findings"][0]["locations"][0]["lang"] = "kz".into()),
        broken(&|d| d["findings"][0]["locations"] = serde_json::json!([])),
        broken(&|d| {
            d.as_object_mut().unwrap().remove("summary");
        }),
        broken(&|d| d["extra"] = true.into()),
    ] {
        assert!(!v.is_valid(&bad), "accepted: {bad:#}");
    }
}
