//! Snapshots of every output format of `check`, `diff` and `figures` in
//! every interface language (en, ru, kk), driven through the report layer.
//! JSON and SARIF are parsed back before they are snapshotted.

mod common;

use qostil::check::check;
use qostil::messages::{Catalogue, UiLang};
use qostil::report::{figures, to_string, Context, Format, Report};
use qostil::source::plain::read_bilingual;

const LANGS: [UiLang; 3] = UiLang::ALL;

fn cx(lang: UiLang) -> Context {
    Context {
        catalogue: Catalogue::new(lang),
        ..Context::default()
    }
}

fn findings() -> Vec<qostil::check::Finding> {
    let text = "1. Сроки и оплата\n1.1. Исполнитель выдает доступ в течение 3 (трех) рабочих дней, см. пункт 1.7.\n1.2. Стоимость: 90 000 (девяносто тысяч) тенге.\n1.4. Заказчик вправе отказаться от услуг.\n\n1. Мерзімдер мен төлем\n1.1. Орындаушы күнтізбелік 3 (үш) күн ішінде қолжетімділік береді, 1.7-тармақты қараңыз.\n1.2. Құны: 95 000 (тоқсан мың) теңге.\n1.4. Тапсырыс беруші қызметтерден бас тартуға құқылы.\n";
    check(&read_bilingual(text, "dir/offer: 1,2.txt"))
}

fn each_lang(f: impl Fn(UiLang)) {
    for lang in LANGS {
        insta::with_settings!({ snapshot_suffix => lang.code() }, { f(lang) });
    }
}

#[test]
fn check_text() {
    each_lang(|l| {
        insta::assert_snapshot!(to_string(Format::Text, &Report::Check(&findings()), &cx(l)))
    });
}

#[test]
fn check_json() {
    each_lang(|l| {
        let out = to_string(Format::Json, &Report::Check(&findings()), &cx(l));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["version"], 1);
        assert!(v["summary"]["errors"].as_u64().unwrap() >= 1);
        insta::assert_json_snapshot!(v);
    });
}

#[test]
fn json_clause_is_null_when_unknown() {
    let text = "Исполнитель оказывает услуги в течение 3 (пяти) дней.\n";
    let f = check(&read_bilingual(text, "x.txt"));
    let out = to_string(Format::Json, &Report::Check(&f), &cx(UiLang::En));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let loc = &v["findings"][0]["locations"][0];
    assert_eq!(loc["clause"], serde_json::Value::Null);
    assert_eq!(loc["column"], serde_json::Value::Null);
}

#[test]
fn check_sarif() {
    each_lang(|l| {
        let out = to_string(Format::Sarif, &Report::Check(&findings()), &cx(l));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        let rules: Vec<&str> = run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        for r in run["results"].as_array().unwrap() {
            let idx = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[idx], r["ruleId"].as_str().unwrap());
            let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap();
            assert!(!uri.contains(' ') && !uri.contains(':'), "{uri}");
            assert!(
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap()
                    >= 1
            );
        }
        insta::assert_json_snapshot!(v, {
            ".runs[].tool.driver.version" => "[version]"
        });
    });
}

#[test]
fn check_github() {
    each_lang(|l| {
        let out = to_string(Format::Github, &Report::Check(&findings()), &cx(l));
        for line in out.lines() {
            assert!(
                line.starts_with("::error ") || line.starts_with("::warning "),
                "{line}"
            );
            assert!(line.contains("file=dir/offer%3A 1%2C2.txt,line="), "{line}");
        }
        insta::assert_snapshot!(out);
    });
}

#[test]
fn clean_reports() {
    let words = ["no findings\n", "замечаний нет\n", "ескертпелер жоқ\n"];
    for (l, w) in LANGS.iter().zip(words) {
        assert_eq!(to_string(Format::Text, &Report::Check(&[]), &cx(*l)), w);
    }
    let out = to_string(Format::Json, &Report::Check(&[]), &cx(UiLang::Kk));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"version": 1, "findings": [], "summary": {"errors": 0, "warnings": 0}})
    );
}

fn diff_report() -> qostil::diff::DiffReport {
    let load = |p: &str| qostil::source::load_input(std::path::Path::new(p)).unwrap();
    qostil::diff::diff(
        &load("tests/fixtures/diff/mixed/old"),
        &load("tests/fixtures/diff/mixed/new"),
    )
}

#[test]
fn diff_every_format() {
    let d = diff_report();
    assert!(!d.findings.is_empty());
    each_lang(|l| {
        let r = Report::Diff(&d);
        insta::assert_snapshot!("diff_text", to_string(Format::Text, &r, &cx(l)));
        let json: serde_json::Value =
            serde_json::from_str(&to_string(Format::Json, &r, &cx(l))).unwrap();
        assert_eq!(json["version"], 1);
        insta::assert_json_snapshot!("diff_json", json);
        insta::assert_snapshot!("diff_html", to_string(Format::Html, &r, &cx(l)));
        let sarif: serde_json::Value =
            serde_json::from_str(&to_string(Format::Sarif, &r, &cx(l))).unwrap();
        insta::assert_json_snapshot!("diff_sarif", sarif, {
            ".runs[].tool.driver.version" => "[version]"
        });
        insta::assert_snapshot!("diff_github", to_string(Format::Github, &r, &cx(l)));
    });
}

#[test]
fn diff_html_speaks_the_contract_pair_by_default() {
    let d = diff_report();
    let pair = Context {
        pair: true,
        ..Context::default()
    };
    let page = to_string(Format::Html, &Report::Diff(&d), &pair);
    assert!(page.contains("<html lang=\"kk\">"));
    assert!(page.contains("<span lang=\"kk\">Редакциялар арасындағы өзгерістер</span> / <span lang=\"ru\">Изменения между редакциями</span>"));
    assert!(!page.contains("Changes between two versions"));
}

#[test]
fn figures_every_format() {
    let text = "1.1. Срок — 10 (десять) рабочих дней.\n1.2. Айыппұл 0,5% құрайды.\n";
    let records = figures::records(text, None);
    assert!(records.len() >= 2);
    each_lang(|l| {
        let r = Report::Figures(&records);
        insta::assert_snapshot!("figures_text", to_string(Format::Text, &r, &cx(l)));
        let json: serde_json::Value =
            serde_json::from_str(&to_string(Format::Json, &r, &cx(l))).unwrap();
        assert_eq!(json["version"], 1);
        insta::assert_json_snapshot!("figures_json", json);
    });
    // SARIF and GitHub annotations carry findings, not figures.
    let mut sink = Vec::new();
    let err = qostil::report::write(
        Format::Sarif,
        &Report::Figures(&records),
        &cx(UiLang::En),
        &mut sink,
    )
    .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::Unsupported);
}

#[test]
fn russian_and_kazakh_reports_carry_no_english() {
    let f = findings();
    let d = diff_report();
    let records = figures::records("1.1. Срок — 10 (десять) рабочих дней.\n", None);
    for lang in [UiLang::Ru, UiLang::Kk] {
        for (what, text) in [
            (
                "check",
                to_string(Format::Text, &Report::Check(&f), &cx(lang)),
            ),
            (
                "clean",
                to_string(Format::Text, &Report::Check(&[]), &cx(lang)),
            ),
            (
                "diff",
                to_string(Format::Text, &Report::Diff(&d), &cx(lang)),
            ),
            (
                "figures",
                to_string(Format::Text, &Report::Figures(&records), &cx(lang)),
            ),
        ] {
            let words = common::english_words(&text);
            assert!(
                words.is_empty(),
                "{what} in {}: {words:?}\n{text}",
                lang.code()
            );
        }
    }
    // The test can fail: the English report is full of English.
    let en = to_string(Format::Text, &Report::Diff(&d), &cx(UiLang::En));
    assert!(common::english_words(&en).len() > 10);
}
