//! `qostil check` over a repository of many contracts: folders walked,
//! targets found, findings of all targets in one report sorted by path,
//! one summary, exit codes, and the same output on one thread as on many.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, text).unwrap();
    p
}

/// A bilingual document of our own whose delivery term differs.
const SUPPLY: &str = "\
1. Предмет договора
1.1. Поставщик передаёт Покупателю товар в течение 15 (пятнадцати) рабочих дней.
1.2. Цена товара составляет 200 000 (двести тысяч) тенге.

1. Шарттың мәні
1.1. Жеткізуші Сатып алушыға тауарды 10 (он) жұмыс күні ішінде береді.
1.2. Тауардың бағасы 200 000 (екі жүз мың) теңге.
";

/// A repository of five contracts: three contract folders (one with a
/// figure changed in the Russian body only), one bilingual file with a
/// defect, one pair of files; and a broken contract in a folder listed in
/// `.gitignore`, which must not be checked. The `.git` folder makes it a
/// git repository, as in CI: `.gitignore` counts only there (ripgrep's
/// rule; `.ignore` counts everywhere).
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join(".git")).unwrap();
    for name in ["online-courses", "apartment-lease", "company-services"] {
        copy_dir(
            &manifest().join("contracts").join(name),
            &root.join("contracts").join(name),
        );
    }
    let ru = root.join("contracts/company-services/ru.md");
    let text = fs::read_to_string(&ru).unwrap();
    let from = "{{ incident_response | case(name=\"gen\") }}";
    assert!(text.contains(from));
    fs::write(&ru, text.replacen(from, "6 (шести) часов", 1)).unwrap();
    write(root, "supply.txt", SUPPLY);
    fs::create_dir(root.join("offers")).unwrap();
    for lang in ["kk", "ru"] {
        fs::copy(
            manifest().join(format!("tests/fixtures/check/offer.{lang}.txt")),
            root.join(format!("offers/x.{lang}.txt")),
        )
        .unwrap();
    }
    write(root, ".gitignore", "drafts/\n");
    write(root, "drafts/broken/contract.toml", "this is [not toml");
    write(root, "drafts/broken/kk.md", "1. Мерзімі 5 күн.\n");
    write(root, "drafts/broken/ru.md", "1. Срок 7 дней.\n");
    dir
}

/// Run `qostil check` in `root` with the arguments; (exit code, stdout).
fn check(root: &Path, args: &[&str]) -> (i32, String) {
    let out = qostil()
        .current_dir(root)
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// (code, first file) of every finding of a JSON report.
fn codes_and_files(json: &str) -> Vec<(String, String)> {
    let v: Value = serde_json::from_str(json).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["locations"][0]["file"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_repository_is_checked_as_a_whole() {
    let repo = repository();
    let (code, text) = check(repo.path(), &["."]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.ends_with("checked 5 contracts: 2 errors, 0 warnings\n"),
        "{text}"
    );
    assert!(!text.contains("drafts"), "{text}");
    let (code, json) = check(repo.path(), &[".", "--format", "json"]);
    assert_eq!(code, 1);
    assert_eq!(
        codes_and_files(&json),
        [
            (
                "figure-mismatch".to_string(),
                "./contracts/company-services/kk.md".to_string()
            ),
            ("figure-mismatch".to_string(), "./supply.txt".to_string()),
        ]
    );
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"]["errors"], 2);
    // The same with the paths given one by one, and in Russian.
    let (code, text) = check(
        repo.path(),
        &[
            "--ui-lang",
            "ru",
            "contracts",
            "supply.txt",
            "offers/x.kk.txt",
            "offers/x.ru.txt",
        ],
    );
    assert_eq!(code, 1, "{text}");
    assert!(
        text.ends_with("проверено: 5 договоров; 2 ошибки, 0 предупреждений\n"),
        "{text}"
    );
    // --fail-on never: the findings are reported, the run passes.
    let (code, _) = check(repo.path(), &[".", "--fail-on", "never"]);
    assert_eq!(code, 0);
}

#[test]
fn sarif_holds_one_run_with_the_results_of_every_file() {
    let repo = repository();
    let (code, sarif) = check(repo.path(), &[".", "--format", "sarif"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&sarif).unwrap();
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let uris: Vec<&str> = runs[0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(uris, ["contracts/company-services/kk.md", "supply.txt"]);
    let (_, github) = check(repo.path(), &[".", "--format", "github"]);
    assert_eq!(github.lines().count(), 2, "{github}");
}

#[test]
fn clean_contracts_exit_0() {
    let repo = repository();
    let (code, text) = check(
        repo.path(),
        &[
            "contracts/online-courses",
            "contracts/apartment-lease",
            "offers",
        ],
    );
    assert_eq!(code, 0, "{text}");
    assert_eq!(text, "checked 3 contracts: 0 errors, 0 warnings\n");
}

#[test]
fn an_unreadable_contract_does_not_stop_the_others() {
    let repo = repository();
    write(repo.path(), "broken.txt", b"1. \xff\xfe broken\n");
    let (code, json) = check(repo.path(), &[".", "--format", "json"]);
    assert_eq!(code, 2, "{json}");
    assert_eq!(
        codes_and_files(&json),
        [
            ("source-error".to_string(), "./broken.txt".to_string()),
            (
                "figure-mismatch".to_string(),
                "./contracts/company-services/kk.md".to_string()
            ),
            ("figure-mismatch".to_string(), "./supply.txt".to_string()),
        ]
    );
    // In text too, the error is a finding among the others.
    let (code, text) = check(repo.path(), &["."]);
    assert_eq!(code, 2);
    assert!(text.contains("error[source-error]"), "{text}");
    assert!(
        text.ends_with("checked 6 contracts: 3 errors, 0 warnings\n"),
        "{text}"
    );
}

#[test]
fn a_file_in_one_language_without_its_counterpart_is_reported() {
    let repo = repository();
    fs::remove_file(repo.path().join("offers/x.ru.txt")).unwrap();
    let (code, json) = check(repo.path(), &["offers", "--format", "json"]);
    assert_eq!(code, 2, "{json}");
    let v: Value = serde_json::from_str(&json).unwrap();
    let message = v["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("offers/x.kk.txt"), "{message}");
}

#[test]
fn a_folder_without_contracts_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty/picture.png", b"\x89PNG");
    // Alone, it is the error it has always been.
    let out = qostil()
        .current_dir(dir.path())
        .args(["check", "empty"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a contract folder"), "{err}");
    // Among others, it is a finding.
    write(dir.path(), "docs/supply.txt", SUPPLY);
    let (code, text) = check(dir.path(), &["empty", "docs"]);
    assert_eq!(code, 2);
    assert!(text.contains("no contract found in this folder"), "{text}");
    assert!(text.contains("error[figure-mismatch]"), "{text}");
}

#[test]
fn one_thread_and_many_give_the_same_report() {
    let repo = repository();
    write(repo.path(), "broken.txt", b"1. \xff\xfe broken\n");
    for format in ["text", "json", "sarif"] {
        let (c1, one) = check(repo.path(), &[".", "-j", "1", "--format", format]);
        for n in ["2", "3", "16"] {
            let (cn, many) = check(repo.path(), &[".", "-j", n, "--format", format]);
            assert_eq!((c1, &one), (cn, &many), "{format} with {n} threads");
        }
    }
}

#[test]
fn the_bundled_contracts_are_clean() {
    let (code, text) = check(manifest(), &["contracts/"]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(text, "checked 3 contracts: 0 errors, 0 warnings\n");
}

#[test]
fn figures_of_many_paths_come_target_by_target() {
    let repo = repository();
    let out = qostil()
        .current_dir(repo.path())
        .args(["figures", "supply.txt", "offers", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut files: Vec<&str> = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    files.dedup();
    assert_eq!(files, ["offers/x.kk.txt", "offers/x.ru.txt", "supply.txt"]);
}
