//! Snapshots of every output format, on a fixture with findings of both
//! severities. JSON and SARIF are parsed back before they are snapshotted.

use qostil::check::check;
use qostil::report::{to_string, Format};
use qostil::source::plain::read_bilingual;

fn findings() -> Vec<qostil::check::Finding> {
    let text = "1. Сроки и оплата\n1.1. Исполнитель выдает доступ в течение 3 (трех) рабочих дней, см. пункт 1.7.\n1.2. Стоимость: 90 000 (девяносто тысяч) тенге.\n\n1. Мерзімдер мен төлем\n1.1. Орындаушы күнтізбелік 3 (үш) күн ішінде қолжетімділік береді, 1.7-тармақты қараңыз.\n1.2. Құны: 95 000 (тоқсан мың) теңге.\n";
    check(&read_bilingual(text, "dir/offer: 1,2.txt"))
}

#[test]
fn text_report() {
    insta::assert_snapshot!(to_string(Format::Text, &findings()));
}

#[test]
fn json_report() {
    let v: serde_json::Value = serde_json::from_str(&to_string(Format::Json, &findings())).unwrap();
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 1);
    insta::assert_json_snapshot!(v);
}

#[test]
fn json_clause_is_null_when_unknown() {
    let text = "Исполнитель оказывает услуги в течение 3 (пяти) дней.\n";
    let out = to_string(Format::Json, &check(&read_bilingual(text, "x.txt")));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["findings"][0]["locations"][0]["clause"],
        serde_json::Value::Null
    );
}

#[test]
fn sarif_report() {
    let v: serde_json::Value =
        serde_json::from_str(&to_string(Format::Sarif, &findings())).unwrap();
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
}

#[test]
fn github_report() {
    let out = to_string(Format::Github, &findings());
    for line in out.lines() {
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "{line}"
        );
        assert!(line.contains("file=dir/offer%3A 1%2C2.txt,line="), "{line}");
    }
    insta::assert_snapshot!(out);
}

#[test]
fn clean_text_report() {
    assert_eq!(to_string(Format::Text, &[]), "no findings\n");
    let v: serde_json::Value = serde_json::from_str(&to_string(Format::Json, &[])).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"findings": [], "summary": {"errors": 0, "warnings": 0}})
    );
}
