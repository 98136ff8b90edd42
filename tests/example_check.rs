//! The bundled example: clean, and one changed figure gives exactly one
//! finding at the right lines.

mod common;

use assert_cmd::Command;
use std::fs;

#[test]
fn one_changed_figure_gives_exactly_one_finding() {
    let dir = common::copy_dir(&common::example());
    let kk = dir.path().join("kk.md");
    let text = fs::read_to_string(&kk).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("{{ refund_period }}"))
        .expect("the example uses refund_period")
        + 1;
    fs::write(
        &kk,
        text.replacen("{{ refund_period }}", "14 (он төрт) жұмыс күні", 1),
    )
    .unwrap();
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{v:#}");
    let f = &findings[0];
    assert_eq!(f["code"], "figure-mismatch");
    assert_eq!(f["severity"], "error");
    let locs = f["locations"].as_array().unwrap();
    assert_eq!(locs[0]["lang"], "kk");
    assert_eq!(locs[0]["line"], line as u64);
    assert!(locs[0]["file"].as_str().unwrap().ends_with("kk.md"));
    assert_eq!(locs[1]["lang"], "ru");
    assert!(locs[1]["file"].as_str().unwrap().ends_with("ru.md"));
    let ru = fs::read_to_string(dir.path().join("ru.md")).unwrap();
    let ru_line = locs[1]["line"].as_u64().unwrap() as usize;
    assert!(ru
        .lines()
        .nth(ru_line - 1)
        .unwrap()
        .contains("refund_period"));
    assert_eq!(v["summary"]["errors"], 1);
}

#[test]
fn messages_speak_the_interface_language() {
    let input = common::root().join("tests/fixtures/rules/figure-mismatch/input.txt");
    let run = |args: &[&str], env: Option<&str>| -> String {
        let mut cmd = Command::cargo_bin("qostil").unwrap();
        cmd.arg("check").arg(&input).args(args);
        match env {
            Some(v) => cmd.env("QOSTIL_UI_LANG", v),
            None => cmd.env_remove("QOSTIL_UI_LANG"),
        };
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    assert!(run(&[], None).contains("the figures differ between the languages"));
    assert!(run(&["--ui-lang", "ru"], None)
        .contains("значения в казахском и русском текстах не совпадают"));
    let kk = "қазақ және орыс тілдеріндегі мәтіндерде мәндер сәйкес келмейді";
    assert!(run(&["--ui-lang", "kk"], None).contains(kk));
    assert!(run(&[], Some("kk")).contains(kk));
    // The option wins over the environment.
    assert!(run(&["--ui-lang", "en"], Some("kk")).contains("the figures differ"));
}

/// Every figure of the bundled example, changed in one language (digits and
/// words together, so the language stays consistent with itself), must give
/// exactly one `figure-mismatch` at that clause, and nothing else.
#[test]
fn every_changed_figure_of_the_example_is_found_exactly_once() {
    use qostil::figures::{extract, spell, FigureKind, Number, Quantity, RuCase, Value};
    use qostil::model::{Block, RichText};
    use qostil::Lang;

    let contract = qostil::source::load_contract(&common::example()).unwrap();
    assert!(qostil::check::check(&contract.bi).is_empty());
    let mut cases = 0;
    let mut missed = Vec::new();
    for lang in Lang::ALL {
        let doc = contract.bi.get(lang);
        for (i, block) in doc.blocks.iter().enumerate() {
            let Block::Clause(c) = block else { continue };
            let text = c.text.to_plain();
            for f in extract(&text, lang) {
                let Value::Number(n) = &f.value else { continue };
                if !matches!(
                    f.kind,
                    FigureKind::Money | FigureKind::Percent | FigureKind::Duration
                ) || f.words.is_none()
                {
                    continue;
                }
                let Some(v) = n.as_u64() else { continue };
                let changed = Quantity {
                    number: Number::int(v + 1),
                    unit: f.unit.clone(),
                };
                let mut new_text = text.clone();
                new_text.replace_range(
                    f.span.clone(),
                    &spell::phrase(&changed, lang, RuCase::Nom, None),
                );
                let mut bi = contract.bi.clone();
                let target = match lang {
                    Lang::Kk => &mut bi.kk,
                    Lang::Ru => &mut bi.ru,
                };
                if let Block::Clause(tc) = &mut target.blocks[i] {
                    tc.text = RichText::plain(new_text);
                }
                cases += 1;
                let findings = qostil::check::check(&bi);
                let ok = findings.len() == 1
                    && findings[0].code == "figure-mismatch"
                    && findings[0]
                        .locations
                        .iter()
                        .any(|l| l.lang == Some(lang) && l.line == c.line);
                if !ok {
                    missed.push(format!(
                        "{lang} line {} «{}»: {:?}",
                        c.line,
                        f.text,
                        findings
                            .iter()
                            .map(|f| (f.code, f.locations[0].line))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(cases >= 20, "only {cases} figures changed");
    assert!(
        missed.is_empty(),
        "{} of {cases}:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

#[test]
fn a_folder_that_is_not_a_contract_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a contract folder"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn figures_of_a_contract_folder_point_into_its_bodies() {
    let out = Command::cargo_bin("qostil")
        .unwrap()
        .args(["figures", "--format", "json"])
        .arg(common::contract("mini"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let money: Vec<(String, u64, String)> = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "money")
        .map(|f| {
            (
                f["file"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                f["line"].as_u64().unwrap(),
                f["value"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        money.contains(&("kk.md".into(), 11, "250000".into())),
        "{money:?}"
    );
    assert!(
        money.contains(&("ru.md".into(), 11, "250000".into())),
        "{money:?}"
    );
}
