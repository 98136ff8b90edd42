use super::*;
use crate::messages::Catalogue;
use crate::model::{Block, Clause, ClauseNumber, Heading, Inline, RichText};
use crate::report::{self, Context, Format, Report};
use proptest::prelude::*;

/// A block: `("2", "Оплата")` with a one-part number is a heading,
/// anything else a clause; `None` numbers make unnumbered clauses.
fn doc(lang: Lang, file: &str, blocks: &[(Option<&str>, &str)]) -> Document {
    let mut d = Document::new(lang, file);
    for (k, (num, text)) in blocks.iter().enumerate() {
        let number = num.and_then(ClauseNumber::parse);
        let line = 2 * k as u32 + 1;
        let b = match &number {
            Some(n) if n.depth() == 1 => Block::Heading(Heading {
                number,
                id: None,
                level: 2,
                text: RichText::plain(*text),
                line,
                appendix: None,
            }),
            _ => Block::Clause(Clause {
                number,
                id: None,
                text: RichText::plain(*text),
                line,
                children: Vec::new(),
            }),
        };
        d.blocks.push(b);
    }
    d
}

fn bi(kk: &[(Option<&str>, &str)], ru: &[(Option<&str>, &str)]) -> Bilingual {
    Bilingual {
        kk: doc(Lang::Kk, "kk.md", kk),
        ru: doc(Lang::Ru, "ru.md", ru),
    }
}

const KK: &[(Option<&str>, &str)] = &[
    (Some("1"), "Шарттың мәні"),
    (
        Some("1.1"),
        "Орындаушы кеңес береді, ал Тапсырыс беруші ақы төлейді.",
    ),
    (
        Some("1.2"),
        "Қызметтер 2026 жылғы 1 желтоқсаннан бастап көрсетіледі.",
    ),
    (
        Some("1.3"),
        "Ақша қаражатын қайтару 10 күнтізбелік күн ішінде жүргізіледі.",
    ),
    (
        Some("1.4"),
        "Даулар 1.3-тармақта көрсетілген тәртіппен шешіледі.",
    ),
    (Some("2"), "Жауапкершілік"),
    (
        Some("2.1"),
        "Төлемді кешіктіргені үшін әр күнге 0,1% өсімпұл есептеледі.",
    ),
];

const RU: &[(Option<&str>, &str)] = &[
    (Some("1"), "Предмет договора"),
    (
        Some("1.1"),
        "Исполнитель оказывает консультации, а Заказчик оплачивает их.",
    ),
    (Some("1.2"), "Услуги оказываются с 1 декабря 2026 года."),
    (
        Some("1.3"),
        "Возврат производится в течение 10 календарных дней.",
    ),
    (Some("1.4"), "Споры решаются в порядке, указанном в п. 1.3."),
    (Some("2"), "Ответственность"),
    (
        Some("2.1"),
        "За просрочку оплаты начисляется пеня 0,1% за каждый день.",
    ),
];

fn kinds(r: &DiffReport, lang: Lang) -> Vec<(&'static str, Option<String>, Option<String>)> {
    r.lang(lang)
        .map(|l| {
            l.changes
                .iter()
                .map(|c| {
                    (
                        c.kind.code(),
                        c.old.as_ref().and_then(|s| s.clause.clone()),
                        c.new.as_ref().and_then(|s| s.clause.clone()),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn with(
    base: &[(Option<&'static str>, &'static str)],
    edit: impl FnOnce(&mut Vec<(Option<&'static str>, &'static str)>),
) -> Vec<(Option<&'static str>, &'static str)> {
    let mut v = base.to_vec();
    edit(&mut v);
    v
}

#[test]
fn same_version_has_no_changes() {
    let v = bi(KK, RU);
    assert!(diff(&v, &v).is_empty());
}

#[test]
fn insertion_renumbers_and_updates_references_without_modification() {
    let old = bi(KK, RU);
    let kk = vec![
        KK[0],
        KK[1],
        (
            Some("1.2"),
            "Төлем шот берілген күннен бастап 3 жұмыс күні ішінде жүргізіледі.",
        ),
        (Some("1.3"), KK[2].1),
        (Some("1.4"), KK[3].1),
        (
            Some("1.5"),
            "Даулар 1.4-тармақта көрсетілген тәртіппен шешіледі.",
        ),
        KK[5],
        KK[6],
    ];
    let ru = vec![
        RU[0],
        RU[1],
        (
            Some("1.2"),
            "Оплата производится в течение 3 рабочих дней со дня выставления счёта.",
        ),
        (Some("1.3"), RU[2].1),
        (Some("1.4"), RU[3].1),
        (Some("1.5"), "Споры решаются в порядке, указанном в п. 1.4."),
        RU[5],
        RU[6],
    ];
    let r = diff(&old, &bi(&kk, &ru));
    for lang in Lang::ALL {
        let k = kinds(&r, lang);
        assert_eq!(
            k,
            [
                ("inserted", None, Some("1.2".into())),
                ("renumbered", Some("1.2".into()), Some("1.3".into())),
                ("renumbered", Some("1.3".into()), Some("1.4".into())),
                ("renumbered", Some("1.4".into()), Some("1.5".into())),
            ],
            "{lang}"
        );
    }
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

#[test]
fn a_reference_changed_for_real_is_a_modification() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v[4].1 = "Споры решаются в порядке, указанном в п. 1.2."
    });
    let r = diff(&old, &bi(KK, &ru));
    assert_eq!(
        kinds(&r, Lang::Ru),
        [("modified", Some("1.4".into()), Some("1.4".into()))]
    );
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].severity, Severity::Warning);
}

#[test]
fn renumbered_and_reworded_is_modified() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v.remove(2);
        v[2] = (
            Some("1.2"),
            "Возврат производится в течение 10 календарных дней с даты заявления.",
        );
        v[3] = (Some("1.3"), "Споры решаются в порядке, указанном в п. 1.2.");
    });
    let r = diff(&old, &bi(KK, &ru));
    assert_eq!(
        kinds(&r, Lang::Ru),
        [
            ("deleted", Some("1.2".into()), None),
            ("modified", Some("1.3".into()), Some("1.2".into())),
            ("renumbered", Some("1.4".into()), Some("1.3".into())),
        ]
    );
}

#[test]
fn a_moved_clause_is_found() {
    let old = bi(KK, RU);
    let ru = vec![
        RU[0],
        RU[1],
        (Some("1.2"), RU[3].1),
        (Some("1.3"), "Споры решаются в порядке, указанном в п. 1.2."),
        RU[5],
        RU[6],
        (Some("2.2"), RU[2].1),
    ];
    let r = diff(&old, &bi(KK, &ru));
    let k = kinds(&r, Lang::Ru);
    assert!(
        k.contains(&("moved", Some("1.2".into()), Some("2.2".into()))),
        "{k:?}"
    );
    assert!(
        k.iter()
            .all(|c| c.0 != "modified" && c.0 != "inserted" && c.0 != "deleted"),
        "{k:?}"
    );
    let ld = r.lang(Lang::Ru).unwrap();
    assert!(ld
        .rows
        .iter()
        .any(|row| row.moved_away && row.change.is_some()));
}

#[test]
fn one_sided_figure_edit_is_an_error() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v[3].1 = "Возврат производится в течение 14 календарных дней."
    });
    let r = diff(&old, &bi(KK, &ru));
    assert_eq!(
        kinds(&r, Lang::Ru),
        [("modified", Some("1.3".into()), Some("1.3".into()))]
    );
    let c = &r.lang(Lang::Ru).unwrap().changes[0];
    assert_eq!(c.figures.len(), 1);
    assert!(c.figures[0]
        .old
        .as_deref()
        .is_some_and(|t| t.starts_with("10")));
    assert!(c.figures[0]
        .new
        .as_deref()
        .is_some_and(|t| t.starts_with("14")));
    assert_eq!(r.findings.len(), 1);
    let f = &r.findings[0];
    assert_eq!((f.code, f.severity), ("one-sided-edit", Severity::Error));
    assert_eq!(f.locations.len(), 2);
    assert_eq!(f.locations[0].lang, Some(Lang::Ru));
    assert_eq!(f.locations[1].lang, Some(Lang::Kk));
    assert_eq!(f.locations[1].clause.as_deref(), Some("1.3"));
}

#[test]
fn both_sided_figure_edit_is_no_finding() {
    let old = bi(KK, RU);
    let kk = with(KK, |v| {
        v[3].1 = "Ақша қаражатын қайтару 14 күнтізбелік күн ішінде жүргізіледі."
    });
    let ru = with(RU, |v| {
        v[3].1 = "Возврат производится в течение 14 календарных дней."
    });
    let r = diff(&old, &bi(&kk, &ru));
    for lang in Lang::ALL {
        let ld = r.lang(lang).unwrap();
        assert_eq!(ld.changes.len(), 1);
        assert_eq!(ld.changes[0].kind, ChangeKind::Modified);
        assert_eq!(ld.changes[0].figures.len(), 1);
    }
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

#[test]
fn figures_changed_differently_is_an_error() {
    let old = bi(KK, RU);
    let kk = with(KK, |v| {
        v[3].1 = "Ақша қаражатын қайтару 15 күнтізбелік күн ішінде жүргізіледі."
    });
    let ru = with(RU, |v| {
        v[3].1 = "Возврат производится в течение 14 календарных дней."
    });
    let r = diff(&old, &bi(&kk, &ru));
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].severity, Severity::Error);
}

#[test]
fn one_sided_wording_is_a_warning() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v[1].1 = "Исполнитель оказывает консультационные услуги, а Заказчик оплачивает их."
    });
    let r = diff(&old, &bi(KK, &ru));
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].severity, Severity::Warning);
    let c = &r.lang(Lang::Ru).unwrap().changes[0];
    assert!(c.figures.is_empty());
    assert!(c
        .words
        .iter()
        .any(|w| w.op == words::WordOp::Insert && w.new.contains("консультационные")));
}

#[test]
fn one_sided_insertion_is_reported() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v.push((Some("2.2"), "Пеня не начисляется в случае форс-мажора."))
    });
    let r = diff(&old, &bi(KK, &ru));
    assert_eq!(
        kinds(&r, Lang::Ru),
        [("inserted", None, Some("2.2".into()))]
    );
    assert_eq!(r.findings.len(), 1);
    assert!(Catalogue::default()
        .text(&r.findings[0].message)
        .contains("2.2"));
}

#[test]
fn links_mark_references() {
    // A reference rendered from `{{ ref(...) }}` is a link run.
    let mut d = doc(Lang::Ru, "ru.md", &[(Some("2.2"), "")]);
    if let Block::Clause(c) = &mut d.blocks[0] {
        c.text = RichText(vec![
            Inline {
                text: "Споры по разделу ".into(),
                ..Inline::default()
            },
            Inline {
                text: "2".into(),
                link: Some("#c-2".into()),
                ..Inline::default()
            },
            Inline {
                text: " решаются.".into(),
                ..Inline::default()
            },
        ]);
    }
    let it = &items::items(&d)[0];
    assert_eq!(it.reference_ranges().len(), 1);
}

fn arb_clauses() -> impl Strategy<Value = Vec<String>> {
    let word = prop::sample::select(vec![
        "Исполнитель",
        "Заказчик",
        "оплачивает",
        "услуги",
        "в",
        "течение",
        "10",
        "дней",
        "договор",
        "пеня",
        "возврат",
        "счёт",
        "п.",
        "5.5",
        "и",
        "не",
    ]);
    prop::collection::vec(
        prop::collection::vec(word, 0..12).prop_map(|w| w.join(" ")),
        0..30,
    )
}

fn numbered(texts: &[String]) -> Vec<(String, String)> {
    texts
        .iter()
        .enumerate()
        .map(|(k, t)| (format!("1.{}", k + 1), format!("{t} (условие {k})")))
        .collect()
}

fn doc_of(lang: Lang, v: &[(String, String)]) -> Document {
    let blocks: Vec<(Option<&str>, &str)> = v
        .iter()
        .map(|(n, t)| (Some(n.as_str()), t.as_str()))
        .collect();
    doc(lang, "x.md", &blocks)
}

proptest! {
    #[test]
    fn diff_of_a_version_with_itself_is_empty(texts in arb_clauses()) {
        let v = numbered(&texts);
        let b = Bilingual { kk: doc_of(Lang::Kk, &v), ru: doc_of(Lang::Ru, &v) };
        let r = diff(&b, &b);
        prop_assert!(r.is_empty());
    }

    #[test]
    fn deleting_one_clause_renumbers_the_rest(texts in arb_clauses(), at in 0usize..30) {
        prop_assume!(!texts.is_empty());
        let at = at % texts.len();
        let old = numbered(&texts);
        let mut rest = texts.clone();
        rest.remove(at);
        // Keep the unique tail of each text, so clauses stay distinct.
        let mut new = numbered(&rest);
        for (k, n) in new.iter_mut().enumerate() {
            let src = if k < at { k } else { k + 1 };
            n.1 = old[src].1.clone();
        }
        let ld = diff_docs(&doc_of(Lang::Ru, &old), &doc_of(Lang::Ru, &new));
        let deleted = ld.changes.iter().filter(|c| c.kind == ChangeKind::Deleted).count();
        prop_assert_eq!(deleted, 1);
        prop_assert!(ld.changes.iter().all(|c| matches!(c.kind, ChangeKind::Deleted | ChangeKind::Renumbered)));
        prop_assert_eq!(ld.changes.len(), texts.len() - at);
    }

    #[test]
    fn word_segments_cover_both_texts(a in arb_clauses(), b in arb_clauses()) {
        let (a, b) = (a.join(" \n"), b.join(", "));
        let d1 = doc(Lang::Ru, "x.md", &[(Some("1.1"), a.as_str())]);
        let d2 = doc(Lang::Ru, "x.md", &[(Some("1.1"), b.as_str())]);
        let (i1, i2) = (&items::items(&d1)[0], &items::items(&d2)[0]);
        let segs = words::word_diff(i1, i2, &NumberMap::new());
        let old: String = segs.iter().map(|s| s.old.as_str()).collect();
        let new: String = segs.iter().map(|s| s.new.as_str()).collect();
        // The segments rebuild the clause texts exactly (the reader trims
        // white space around a clause, so compare with what it kept).
        prop_assert_eq!(old, i1.text.clone());
        prop_assert_eq!(new, i2.text.clone());
        prop_assert_eq!(i1.text.trim(), a.trim());
        prop_assert_eq!(i2.text.trim(), b.trim());
    }
}

#[test]
fn reports_escape_contract_text() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v[1].1 = "Исполнитель <b>оказывает</b> услуги & \"консультации\"."
    });
    let r = diff(&old, &bi(KK, &ru));
    let plain = Context::default();
    let colour = Context {
        colour: true,
        ..Context::default()
    };
    let page = report::to_string(Format::Html, &Report::Diff(&r), &plain);
    assert!(!page.contains("<b>"));
    assert!(page.contains("&lt;b&gt;"));
    assert!(page.contains("&amp;"));
    let text = report::to_string(Format::Text, &Report::Diff(&r), &plain);
    assert!(text.contains("{+<b>+}") || text.contains("<b>"));
    assert!(!text.contains('\x1b'));
    assert!(report::to_string(Format::Text, &Report::Diff(&r), &colour).contains('\x1b'));
}

#[test]
fn json_has_the_documented_shape() {
    let old = bi(KK, RU);
    let ru = with(RU, |v| {
        v[3].1 = "Возврат производится в течение 14 календарных дней."
    });
    let r = diff(&old, &bi(KK, &ru));
    let v: serde_json::Value = serde_json::from_str(&report::to_string(
        Format::Json,
        &Report::Diff(&r),
        &Context::default(),
    ))
    .unwrap();
    let c = &v["changes"][0];
    for key in ["kind", "lang", "old", "new", "figures"] {
        assert!(c.get(key).is_some(), "{key}");
    }
    assert_eq!(c["old"]["clause"], "1.3");
    assert_eq!(c["old"]["line"], 7);
    let f = &v["findings"][0];
    for key in ["code", "severity", "message", "locations"] {
        assert!(f.get(key).is_some(), "{key}");
    }
    assert_eq!(v["version"], 1);
    for key in ["lang", "file", "line", "column", "clause", "excerpt"] {
        assert!(f["locations"][0].get(key).is_some(), "{key}");
    }
}

#[test]
fn many_figure_changes_join_in_order_without_a_deep_chain() {
    let change = |k: usize| FigureChange {
        old: Some(k.to_string()),
        new: (!k.is_multiple_of(3)).then(|| format!("{k}0")),
        context: String::new(),
        old_key: None,
        new_key: None,
    };
    let few: Vec<FigureChange> = (1..=4).map(change).collect();
    assert_eq!(
        Catalogue::default().text(&figures_summary(&few).unwrap()),
        "1 → 10; 2 → 20; 3 (deleted); 4 → 40"
    );
    // A chain as long as the list would overflow the stack of a test
    // thread when made into text, or when dropped.
    let many: Vec<FigureChange> = (1..=200_000).map(change).collect();
    let text = Catalogue::default().text(&figures_summary(&many).unwrap());
    assert!(
        text.starts_with("1 → 10; 2 → 20; 3 (deleted); "),
        "{}",
        &text[..40]
    );
    assert!(text.ends_with("; 199998 (deleted); 199999 → 1999990; 200000 → 2000000"));
    assert_eq!(text.matches("; ").count(), 199_999);
    assert!(figures_summary(&[]).is_none());
}
