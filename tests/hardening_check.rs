//! `check` on inputs built to be large or deep: it finishes, without
//! panicking, and reads them as a user expects. Memory and time figures are
//! measured by `cargo bench --bench scale`, not asserted here.

use qostil::check;
use qostil::model::{ClauseNumber, MAX_DEPTH};
use qostil::source::plain::{leading_number, read_bilingual};

/// A clause number of `depth` levels, all ones.
fn deep_number(depth: usize) -> String {
    vec!["1"; depth].join(".")
}

/// A short bilingual contract of our own: `sections` sections of three
/// clauses in Russian, then the same in Kazakh.
fn contract(sections: usize) -> String {
    let mut ru = String::new();
    let mut kk = String::new();
    for s in 1..=sections {
        ru.push_str(&format!("{s}. ОБЩИЕ ПОЛОЖЕНИЯ РАЗДЕЛА\n"));
        kk.push_str(&format!("{s}. БӨЛІМНІҢ ЖАЛПЫ ЕРЕЖЕЛЕРІ\n"));
        for c in 1..=3 {
            let days = s * 3 + c;
            ru.push_str(&format!(
                "{s}.{c}. Исполнитель оказывает услуги в течение {days} (дней) рабочих дней с даты оплаты Заказчиком.\n"
            ));
            kk.push_str(&format!(
                "{s}.{c}. Орындаушы қызметтерді Тапсырыс беруші төлеген күннен бастап {days} жұмыс күні ішінде көрсетеді.\n"
            ));
        }
    }
    format!("{ru}\n{kk}")
}

#[test]
fn a_number_of_thirteen_levels_is_no_clause_number() {
    let ok = format!(
        "{}. Исполнитель обязуется оказать услуги.",
        deep_number(MAX_DEPTH)
    );
    assert_eq!(leading_number(&ok).map(|(n, _)| n.depth()), Some(MAX_DEPTH));
    let too_deep = format!(
        "{}. Исполнитель обязуется оказать услуги.",
        deep_number(MAX_DEPTH + 1)
    );
    assert!(leading_number(&too_deep).is_none());
    assert!(ClauseNumber::parse(&deep_number(MAX_DEPTH + 1)).is_none());
}

/// A line holding a dotted number of 32,000 levels (64 KB), at the start of
/// a line and inside one, in both languages: read as text, checked like
/// the contract around it.
#[test]
fn a_very_deep_number_is_read_as_text() {
    let deep = deep_number(32_000);
    let base = contract(3);
    let plain = check::check(&read_bilingual(&base, "x.txt"));
    let text = base
        .replacen(
            "1.2. Исполнитель",
            &format!("{deep}. Хвост.\n1.2. Исполнитель"),
            1,
        )
        .replacen(
            "1.2. Орындаушы",
            &format!("Мәтін; {deep}. Құйрық.\n1.2. Орындаушы"),
            1,
        );
    let b = read_bilingual(&text, "x.txt");
    for side in [&b.kk, &b.ru] {
        for (n, _) in side.numbered() {
            assert!(
                n.depth() <= MAX_DEPTH,
                "{} levels read as a number",
                n.depth()
            );
        }
    }
    let findings = check::check(&b);
    let codes = |f: &[check::Finding]| f.iter().map(|x| x.code).collect::<Vec<_>>();
    assert_eq!(codes(&findings), codes(&plain));
}

/// Many contracts one after another in one file, longer than one alignment
/// window: the check finishes and pairs every clause with its translation.
#[test]
fn many_contracts_in_one_file() {
    let one = contract(12);
    let text = vec![one.as_str(); 60].join("\n\n");
    let b = read_bilingual(&text, "x.txt");
    let n = b.kk.numbered().count();
    assert!(
        n > qostil::check::align::WINDOW,
        "{n} clauses: not longer than a window"
    );
    let findings = check::check(&b);
    assert!(
        findings
            .iter()
            .all(|f| f.code != "clause-missing" && f.code != "figure-mismatch"),
        "{:?}",
        findings
            .iter()
            .map(|f| f.code.to_string())
            .collect::<Vec<_>>()
    );
}

/// A list item continued over many wrapped lines, and a title in capitals
/// over many lines: read as one item and one title, whatever their length.
#[test]
fn long_items_and_titles_read_whole() {
    let lines = 3000;
    let mut text = String::from("1.1. Исполнитель обязуется:\n- оказать услуги\n");
    for _ in 0..lines {
        text.push_str("и далее по тексту\n");
    }
    let d = qostil::source::plain::read_single(&text, "x.txt", qostil::Lang::Ru, false);
    let all = d.blocks[0].plain_text();
    assert_eq!(all.matches("и далее по тексту").count(), lines);
    assert!(all.contains("оказать услуги и далее"));

    let mut text =
        String::from("1. Договор\n1.1. Исполнитель обязуется оказать услуги.\n2. ОБЩИЕ (ОСОБЫЕ\n");
    for _ in 0..lines {
        text.push_str("ПОЛОЖЕНИЯ\n");
    }
    text.push_str("УСЛОВИЯ)\n2.1. Заказчик оплачивает услуги.\n");
    let d = qostil::source::plain::read_single(&text, "x.txt", qostil::Lang::Ru, false);
    let title = d
        .blocks
        .iter()
        .find(|b| b.plain_text().starts_with("ОБЩИЕ"))
        .map(|b| b.plain_text())
        .unwrap_or_default();
    assert_eq!(title.matches("ПОЛОЖЕНИЯ").count(), lines);
    assert!(title.ends_with("УСЛОВИЯ)"));
}
