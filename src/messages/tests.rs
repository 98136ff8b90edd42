use super::*;

/// The placeholders of a template: (name, form).
fn placeholders(t: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let spec = &after[..close];
        let (name, form) = spec.split_once(':').unwrap_or((spec, ""));
        out.push((name.to_string(), form.to_string()));
        rest = &after[close + 1..];
    }
    out
}

#[test]
fn ids_are_unique() {
    let mut ids: Vec<_> = Msg::ALL.iter().map(|m| m.id()).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(n, ids.len(), "duplicate message id");
}

#[test]
fn every_language_names_the_same_arguments_in_known_forms() {
    for m in Msg::ALL {
        let names = |l: UiLang| {
            let mut v: Vec<String> = placeholders(m.template(l))
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let en = names(UiLang::En);
        for l in [UiLang::Ru, UiLang::Kk] {
            assert_eq!(en, names(l), "{}: arguments differ in {}", m.id(), l.code());
        }
        for l in UiLang::ALL {
            for (name, form) in placeholders(m.template(l)) {
                let f = form.to_lowercase();
                assert!(
                    f.starts_with("pl=") || forms::KNOWN.contains(&f.as_str()),
                    "{}: unknown form {name}:{form} in {}",
                    m.id(),
                    l.code()
                );
            }
        }
    }
}

#[test]
fn russian_and_kazakh_quote_with_guillemets() {
    for m in Msg::ALL {
        for l in [UiLang::Ru, UiLang::Kk] {
            let t = m.template(l);
            assert!(
                !t.contains(['“', '”', '"']),
                "{}: {} uses quotes other than «»",
                m.id(),
                l.code()
            );
        }
    }
}

#[test]
fn kazakh_clause_references_take_their_case_ending() {
    let kk = Catalogue::new(UiLang::Kk);
    let m = Message::new(Msg::NumberingGap)
        .with("lang", Lang::Ru)
        .with("number", ClauseRef::Number("4.8".into()))
        .with("prev", ClauseRef::Number("4.6".into()))
        .with("expected", ClauseRef::Number("4.7".into()))
        .with("quote", "…");
    let t = kk.text(&m);
    assert!(
        t.starts_with("Орыс тіліндегі мәтіннің нөмірленуі: 4.8-тармақ 4.6-тармақтан кейін тұр"),
        "{t}"
    );
    let m = Message::new(Msg::DanglingReference)
        .with("lang", Lang::Kk)
        .with("clause", ClauseRef::Number("2.1".into()))
        .with("target", ClauseRef::Number("6.3".into()))
        .with("quote", "…");
    let t = kk.text(&m);
    assert!(t.contains("2.1-тармағы жоқ 6.3-тармаққа сілтеме"), "{t}");
}

#[test]
fn russian_names_the_text_not_the_language() {
    let ru = Catalogue::new(UiLang::Ru);
    let m = Message::new(Msg::FigureMissing)
        .with("clause", ClauseRef::Number("3.1".into()))
        .with("figures", "«5%»")
        .with("lang", Lang::Ru)
        .with("other", Lang::Kk)
        .with("quote", "a")
        .with("other_quote", "b");
    assert_eq!(
        ru.text(&m),
        "Пункт 3.1: только в русском тексте указано «5%» (русский текст: «a»; казахский текст: «b»)."
    );
    let m = Message::new(Msg::Summary)
        .with("errors", 1usize)
        .with("warnings", 5usize);
    assert_eq!(ru.text(&m), "1 ошибка, 5 предупреждений");
    assert_eq!(Catalogue::new(UiLang::En).text(&m), "1 error, 5 warnings");
    assert_eq!(Catalogue::new(UiLang::Kk).text(&m), "1 қате, 5 ескерту");
    let m = Message::new(Msg::SummaryMany)
        .with("contracts", 5usize)
        .with("errors", 2usize)
        .with("warnings", 1usize);
    assert_eq!(
        ru.text(&m),
        "проверено: 5 договоров; 2 ошибки, 1 предупреждение"
    );
    assert_eq!(
        Catalogue::new(UiLang::En).text(&m),
        "checked 5 contracts: 2 errors, 1 warning"
    );
    assert_eq!(
        Catalogue::new(UiLang::Kk).text(&m),
        "5 шарт тексерілді: 2 қате, 1 ескерту"
    );
}

#[test]
fn nested_messages_and_missing_arguments() {
    let en = Catalogue::new(UiLang::En);
    let m = Message::new(Msg::RequisitesMismatch)
        .with("what", Msg::RequisitesIban)
        .with("kk", "KZ1")
        .with("ru", "KZ2");
    assert_eq!(
        en.text(&m),
        "Requisites: the account (IBAN) differs between the languages: «KZ1» in the Kazakh text, «KZ2» in the Russian text."
    );
    assert_eq!(en.text(&Message::new(Msg::Wrote)), "wrote {path}");
}
