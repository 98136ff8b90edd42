//! `qostil diff` compares the `contract.toml` of two contract folders: the
//! requisites and the metadata, in every report format.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

/// Two copies of a contract folder, `old` and `new`, in one temporary
/// folder; `edit` changes the new `contract.toml`.
fn versions(contract: &str, edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for side in ["old", "new"] {
        let to = dir.path().join(side);
        fs::create_dir(&to).unwrap();
        for name in ["contract.toml", "kk.md", "ru.md"] {
            fs::copy(
                common::root().join("contracts").join(contract).join(name),
                to.join(name),
            )
            .unwrap();
        }
    }
    let toml = dir.path().join("new/contract.toml");
    let text = fs::read_to_string(&toml).unwrap();
    let edited = edit(text.clone());
    assert_ne!(text, edited, "the edit changed nothing");
    fs::write(&toml, edited).unwrap();
    dir
}

fn diff(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .current_dir(dir)
        .env_remove("QOSTIL_UI_LANG")
        .env("NO_COLOR", "1")
        .arg("diff")
        .args(args)
        .args(["old", "new"])
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn json(dir: &Path) -> Value {
    let (out, _) = diff(dir, &["--format", "json", "--fail-on", "never"]);
    serde_json::from_str(&out).expect("valid JSON")
}

const OLD_IBAN: &str = "KZ73998S001234567890";
const NEW_IBAN: &str = "KZ27601A861000283915";

/// The provider's account and signatory changed, and the version date.
fn requisites_edit(t: String) -> String {
    t.replace(OLD_IBAN, NEW_IBAN)
        .replace("Директор Р. С. Нұрмағамбетов", "Директор Е. К. Омаров")
        .replace("Директор Нурмагамбетов Р. С.", "Директор Омаров Е. К.")
        .replace("version = 2026-11-01", "version = 2026-12-15")
}

#[test]
fn changed_requisites_show_in_text_with_old_and_new() {
    let dir = versions("company-services", requisites_edit);
    let (text, code) = diff(dir.path(), &[]);
    assert_eq!(code, 0, "warnings do not fail by default: {text}");
    assert!(!text.contains("Changes: 0"), "{text}");
    assert!(text.contains("Changes: 3."), "{text}");
    let meta_at = text.find("Requisites and metadata").expect(&text);
    assert!(meta_at < text.find("Kazakh text").unwrap(), "{text}");
    assert!(
        text.contains(&format!("account (IBAN): «{OLD_IBAN}» → «{NEW_IBAN}»")),
        "{text}"
    );
    assert!(
        text.contains("version date: «2026-11-01» → «2026-12-15»"),
        "{text}"
    );
    assert!(text.contains("warning[requisites-changed]"), "{text}");
    assert!(text.contains("--> new/contract.toml:33"), "{text}");
    insta::assert_snapshot!("requisites-text", text);

    let (_, code) = diff(dir.path(), &["--fail-on", "warning"]);
    assert_eq!(code, 1, "a changed account fails --fail-on warning");

    let (ru, _) = diff(dir.path(), &["--fail-on", "never"]);
    assert!(ru.contains("Requisites"), "{ru}");
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .current_dir(dir.path())
        .args(["--ui-lang", "ru", "diff", "old", "new"])
        .output()
        .unwrap();
    let ru = String::from_utf8(out.stdout).unwrap();
    assert!(ru.contains("Реквизиты и сведения о договоре"), "{ru}");
    assert!(ru.contains("ИИК (IBAN)"), "{ru}");
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .current_dir(dir.path())
        .args(["--ui-lang", "kk", "diff", "old", "new"])
        .output()
        .unwrap();
    let kk = String::from_utf8(out.stdout).unwrap();
    assert!(kk.contains("ЖСК (IBAN)"), "{kk}");
}

#[test]
fn changed_requisites_show_in_json_and_match_the_schema() {
    let dir = versions("company-services", requisites_edit);
    let v = json(dir.path());
    let changes = v["meta"]["changes"].as_array().expect("meta changes");
    let iban = changes
        .iter()
        .find(|c| c["path"] == "parties[provider].iban")
        .expect("iban change");
    assert_eq!(iban["old"], OLD_IBAN);
    assert_eq!(iban["new"], NEW_IBAN);
    assert_eq!(iban["requisite"], true);
    assert_eq!(iban["new_line"], 33);
    let sig = changes
        .iter()
        .find(|c| c["path"] == "parties[provider].signatory")
        .expect("signatory change");
    assert_eq!(sig["new"]["ru"], "Директор Омаров Е. К.");
    assert_eq!(sig["one_sided"], Value::Null);
    assert!(changes.iter().any(|c| c["path"] == "version"));
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert_eq!(codes, ["requisites-changed", "requisites-changed"]);
    assert_eq!(
        v["findings"][0]["locations"][0]["file"],
        "new/contract.toml"
    );

    let read = |n: &str| -> Value {
        serde_json::from_str(&fs::read_to_string(common::root().join("schemas").join(n)).unwrap())
            .unwrap()
    };
    let schema = jsonschema::options()
        .with_resource(
            "https://github.com/qostil/qostil/schemas/common.schema.json",
            jsonschema::Resource::from_contents(read("common.schema.json")).unwrap(),
        )
        .build(&read("diff.schema.json"))
        .unwrap();
    let errors: Vec<String> = schema.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn changed_requisites_show_in_html_and_sarif() {
    let dir = versions("company-services", requisites_edit);
    let (page, _) = diff(dir.path(), &["--format", "html", "--fail-on", "never"]);
    let meta = page.find("id=\"h-meta\"").expect("metadata section");
    assert!(meta < page.find("id=\"h-figures\"").unwrap(), "first");
    assert!(page.contains(&format!("<del>{OLD_IBAN}</del>")), "{page}");
    assert!(page.contains(&format!("<ins>{NEW_IBAN}</ins>")), "{page}");
    assert!(page.contains("Директор Омаров Е. К."));
    let file = dir.path().join("diff.html");
    fs::write(&file, &page).unwrap();
    common::nu_check(&[file]);

    let (sarif, _) = diff(dir.path(), &["--format", "sarif", "--fail-on", "never"]);
    let v: Value = serde_json::from_str(&sarif).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| {
        r["ruleId"] == "requisites-changed"
            && r["locations"][0]["physicalLocation"]["region"]["startLine"] == 33
    }));
    let (gh, _) = diff(dir.path(), &["--format", "github", "--fail-on", "never"]);
    assert!(gh.contains("file=new/contract.toml,line=33"), "{gh}");
}

#[test]
fn russian_title_changed_alone_is_a_one_sided_edit() {
    let dir = versions("company-services", |t| {
        t.replace(
            "ru = \"Договор оказания услуг по техническому",
            "ru = \"Договор возмездного оказания услуг по техническому",
        )
    });
    let v = json(dir.path());
    let c = &v["meta"]["changes"][0];
    assert_eq!(c["path"], "title");
    assert_eq!(c["one_sided"], "ru");
    assert_eq!(c["new_line"], 21, "the line of the Russian title");
    assert_eq!(v["findings"][0]["code"], "one-sided-edit");
    assert_eq!(v["findings"][0]["severity"], "warning");
    let (text, _) = diff(dir.path(), &[]);
    assert!(text.contains("changed in one language only (RU)"), "{text}");
    assert!(text.contains("warning[one-sided-edit]: title"), "{text}");
    let (page, _) = diff(dir.path(), &["--format", "html"]);
    assert!(page.contains("class=\"one-sided ui\""), "{page}");
}

#[test]
fn a_party_added_is_a_requisites_change() {
    let dir = versions("company-services", |t| {
        t.replace(
            "[figures]",
            "[[parties]]\nkey = \"guarantor\"\nrole = { kk = \"Кепілгер\", ru = \"Поручитель\" }\n\
             name = { kk = \"«Сенім» ЖШС\", ru = \"ТОО «Сенім»\" }\nbin = \"150840019287\"\n\n[figures]",
        )
    });
    let v = json(dir.path());
    let c = &v["meta"]["changes"][0];
    assert_eq!(c["path"], "parties[guarantor]");
    assert_eq!(c["kind"], "inserted");
    assert_eq!(v["findings"][0]["code"], "requisites-changed");
    let (text, _) = diff(dir.path(), &[]);
    assert!(text.contains("party: added"), "{text}");
}

#[test]
fn a_changed_figure_is_reported_once() {
    let dir = versions("company-services", |t| {
        t.replace(
            "payment_term = { type = \"duration\", value = 10,",
            "payment_term = { type = \"duration\", value = 15,",
        )
    });
    let v = json(dir.path());
    let meta = v["meta"]["changes"].as_array().unwrap();
    assert_eq!(meta.len(), 1);
    assert_eq!(meta[0]["path"], "figures.payment_term");
    // The clauses printing it changed in both languages alike: no finding,
    // neither from the clause diff nor from the metadata.
    assert!(!v["changes"].as_array().unwrap().is_empty());
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{v:#}");
    let (text, _) = diff(dir.path(), &[]);
    let clauses = v["changes"].as_array().unwrap().len();
    assert!(
        text.contains(&format!("Changes: {clauses}.")),
        "the definition is not counted again: {text}"
    );
}

#[test]
fn rev_compares_contract_toml_too() {
    if common::which("git").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("c");
    fs::create_dir(&c).unwrap();
    for name in ["contract.toml", "kk.md", "ru.md"] {
        fs::copy(
            common::root().join("contracts/company-services").join(name),
            c.join(name),
        )
        .unwrap();
    }
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .current_dir(dir.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "v1"]);
    let toml = c.join("contract.toml");
    let text = fs::read_to_string(&toml).unwrap();
    fs::write(&toml, text.replace(OLD_IBAN, NEW_IBAN)).unwrap();
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .current_dir(dir.path())
        .args(["diff", "--format", "json", "--rev", "HEAD", "c"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["meta"]["old_file"], "HEAD:c/contract.toml");
    assert_eq!(v["meta"]["changes"][0]["new"], NEW_IBAN);
}

#[test]
fn other_inputs_have_no_meta() {
    let root = common::root();
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .current_dir(&root)
        .args([
            "diff",
            "--format",
            "json",
            "--fail-on",
            "never",
            "tests/fixtures/diff/plain-inserted/old.txt",
            "tests/fixtures/diff/plain-inserted/new.txt",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(v.get("meta").is_none(), "{v:#}");
}
