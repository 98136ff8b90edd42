//! `qostil check` driven as a program: exit codes, formats, errors.

use assert_cmd::Command;
use std::path::Path;

fn fixture(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
        .display()
        .to_string()
}

fn qostil() -> Command {
    Command::cargo_bin("qostil").unwrap()
}

#[test]
fn clean_two_files_exit_0() {
    let out = qostil()
        .args([
            "check",
            &fixture("check/offer.kk.txt"),
            &fixture("check/offer.ru.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "no findings\n");
}

#[test]
fn findings_exit_1_and_fail_on() {
    let f = fixture("rules/figure-mismatch/input.txt");
    qostil().args(["check", &f]).assert().code(1);
    qostil()
        .args(["check", &f, "--fail-on", "never"])
        .assert()
        .code(0);
    // Only warnings: exit 0 by default, 1 with --fail-on warning.
    let w = fixture("rules/numbering-gap/input.txt");
    qostil().args(["check", &w]).assert().code(0);
    qostil()
        .args(["check", &w, "--fail-on", "warning"])
        .assert()
        .code(1);
}

#[test]
fn every_format() {
    let f = fixture("rules/figure-mismatch/input.txt");
    for format in ["text", "json", "sarif", "github"] {
        let out = qostil()
            .args(["check", &f, "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let s = String::from_utf8(out.stdout).unwrap();
        match format {
            "json" | "sarif" => {
                let v: serde_json::Value = serde_json::from_str(&s).unwrap();
                assert!(v.is_object());
            }
            "github" => assert!(s.starts_with("::error file=")),
            _ => assert!(s.starts_with("error[figure-mismatch]")),
        }
    }
}

#[test]
fn missing_file_exit_2_names_it() {
    let out = qostil()
        .args(["check", "no/such/offer.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/offer.txt"), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn bad_usage_exit_2() {
    qostil().args(["check"]).assert().code(2);
    let f = fixture("check/offer.kk.txt");
    qostil()
        .args(["check", &f, "--format", "xml"])
        .assert()
        .code(2);
    qostil().args(["check", &f, &f, &f]).assert().code(2);
}

#[test]
fn folder_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kk.md"),
        "## 1. Төлем\n\n1.1. Құны {{ price }} — 10 000 (он мың) теңге.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ru.md"),
        "## 1. Оплата\n\n1.1. Стоимость {{ price }} — 12 000 (двенадцать тысяч) тенге.\n",
    )
    .unwrap();
    let out = qostil()
        .args(["check", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["findings"][0]["code"], "figure-mismatch");
    assert!(v["findings"][0]["locations"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("kk.md"));
}

#[test]
fn not_utf8_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cp1251.txt");
    std::fs::write(&p, b"1.1. \xcf\xf0\xe8\xec\xe5\xf0\n").unwrap();
    let out = qostil()
        .args(["check", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cp1251.txt:1"));
}

const KK_OFFER: &str = "1. Жалпы ережелер
1.1. Орындаушы Тапсырыс берушіге онлайн-курстар бойынша қызметтер көрсетеді.
1.2. Қызметтердің құны 50 000 (елу мың) теңгені құрайды.
1.3. Тапсырыс беруші ақыны 5 (бес) жұмыс күні ішінде төлейді.
1.4. Тараптардың дауларын келіссөздер арқылы шешеді.
2. Деректемелер
«Жаңа Білім» ЖШС, БСН 123456789012
";

const RU_OFFER: &str = "1. Общие положения
1.1. Исполнитель оказывает Заказчику услуги по онлайн-курсам.
1.2. Стоимость услуг составляет 50 000 (пятьдесят тысяч) тенге.
1.3. Заказчик вносит оплату в течение 5 (пяти) рабочих дней.
1.4. Споры сторон разрешаются путем переговоров.
2. Реквизиты
ТОО «Жаңа Білім», БИН 123456789012
";

fn wrong_language(kk: &str, ru: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("x.kk.txt"), dir.path().join("x.ru.txt"));
    std::fs::write(&a, kk).unwrap();
    std::fs::write(&b, ru).unwrap();
    let out = qostil()
        .args(["check", a.to_str().unwrap(), b.to_str().unwrap()])
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "wrong-language")
        .cloned()
        .collect()
}

#[test]
fn clean_pair_has_no_wrong_language() {
    assert!(wrong_language(KK_OFFER, RU_OFFER).is_empty());
}

#[test]
fn russian_file_holding_the_kazakh_text_is_one_finding() {
    let found = wrong_language(KK_OFFER, KK_OFFER);
    assert_eq!(found.len(), 1, "{found:?}");
    let loc = &found[0]["locations"][0];
    assert_eq!(loc["lang"], "ru");
    assert_eq!(loc["line"], 1);
    assert!(loc["file"].as_str().unwrap().ends_with("x.ru.txt"));
}

#[test]
fn one_russian_clause_left_in_kazakh_is_found_at_its_line() {
    let ru = RU_OFFER.replace(
        "1.3. Заказчик вносит оплату в течение 5 (пяти) рабочих дней.",
        "1.3. Тапсырыс беруші ақыны 5 (бес) жұмыс күні ішінде төлейді.",
    );
    let found = wrong_language(KK_OFFER, &ru);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["severity"], "error");
    let loc = &found[0]["locations"][0];
    assert_eq!(
        (loc["lang"].as_str(), loc["line"].as_u64()),
        (Some("ru"), Some(4))
    );
    assert_eq!(loc["clause"], "1.3");
    // The same words in both texts: left untranslated.
    assert!(found[0]["message"]
        .as_str()
        .unwrap()
        .contains("untranslated"));
}

#[test]
fn one_kazakh_clause_written_in_russian_is_found_at_its_line() {
    let kk = KK_OFFER.replace(
        "1.4. Тараптардың дауларын келіссөздер арқылы шешеді.",
        "1.4. Все споры стороны разрешают путем переговоров, а при недостижении согласия — в суде.",
    );
    let found = wrong_language(&kk, RU_OFFER);
    assert_eq!(found.len(), 1, "{found:?}");
    let loc = &found[0]["locations"][0];
    assert_eq!(
        (loc["lang"].as_str(), loc["line"].as_u64()),
        (Some("kk"), Some(5))
    );
    assert!(!found[0]["message"]
        .as_str()
        .unwrap()
        .contains("untranslated"));
}

/// The mini contract with an undefined figure in the Kazakh body.
fn broken_contract() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contracts/mini");
    for name in ["contract.toml", "kk.md", "ru.md"] {
        std::fs::copy(mini.join(name), dir.path().join(name)).unwrap();
    }
    let kk = dir.path().join("kk.md");
    let text = std::fs::read_to_string(&kk).unwrap();
    let lines = text.lines().count() + 2;
    std::fs::write(
        &kk,
        format!("{text}\n3.1. Айыппұл {{{{ no_such }}}} құрайды.\n"),
    )
    .unwrap();
    assert!(lines > 2);
    dir
}

#[test]
fn a_broken_source_is_a_source_error_in_every_machine_format() {
    let dir = broken_contract();
    let path = dir.path().display().to_string();
    let line = std::fs::read_to_string(dir.path().join("kk.md"))
        .unwrap()
        .lines()
        .position(|l| l.contains("no_such"))
        .unwrap()
        + 1;
    // JSON: the finding with file, line and column.
    let out = qostil()
        .args(["check", "--format", "json", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["code"], "source-error");
    assert_eq!(f["severity"], "error");
    assert!(f["message"].as_str().unwrap().contains("no_such"));
    let loc = &f["locations"][0];
    assert!(loc["file"].as_str().unwrap().ends_with("kk.md"));
    assert_eq!(loc["line"], line);
    assert_eq!(loc["column"], 14);
    assert_eq!(loc["lang"], "kk");
    // SARIF: a result of rule source-error at that region.
    let out = qostil()
        .args(["check", "--format", "sarif", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["runs"][0]["results"][0];
    assert_eq!(r["ruleId"], "source-error");
    let region = &r["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], line);
    assert_eq!(region["startColumn"], 14);
    // GitHub: an annotation at the line and column.
    let out = qostil()
        .args(["check", "--format", "github", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("::error file=")
            && text.contains(&format!(
                "kk.md,line={line},col=14,title=source-error (kk)::"
            )),
        "{text}"
    );
    // Text: unchanged, the error on standard error and nothing on standard
    // output.
    let out = qostil().args(["check", &path]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        err.contains(&format!("kk.md:{line}:14: undefined figure `no_such`")),
        "{err}"
    );
}

#[test]
fn a_missing_input_is_a_source_error_naming_it() {
    let out = qostil()
        .args(["check", "--format", "json", "no/such/offer.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["findings"][0]["code"], "source-error");
    assert_eq!(
        v["findings"][0]["locations"][0]["file"],
        "no/such/offer.txt"
    );
    assert_eq!(v["findings"][0]["locations"][0]["line"], 0);
}

#[test]
fn rules_are_listed_and_documented() {
    let out = qostil().args(["rules"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for code in [
        "clause-missing",
        "figure-mismatch",
        "one-sided-edit",
        "source-error",
        "wrong-language",
    ] {
        assert!(text.lines().any(|l| l.starts_with(code)), "{code}: {text}");
    }
    // Rules below the precision bar say they are off by default.
    assert!(
        text.lines()
            .any(|l| l.starts_with("negation-mismatch ") && l.contains("off by default")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("party-mismatch ") && !l.contains("off by default")),
        "{text}"
    );
    let out = qostil()
        .args(["--ui-lang", "kk", "rules"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines()
            .any(|l| l.starts_with("figure-mismatch ") && l.contains(" қате ")),
        "{text}"
    );
    let out = qostil().args(["rule", "numbering-gap"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("numbering-gap (warning): clause numbers skipped"),
        "{text}"
    );
    for part in ["What it does.", "Why is this bad?", "Example."] {
        assert!(text.contains(part), "{part}: {text}");
    }
    let out = qostil().args(["rule", "no-such-rule"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no rule has the code `no-such-rule`"), "{err}");
}
