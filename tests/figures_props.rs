//! Properties of the figures engine: what it writes, it reads back.

use proptest::prelude::*;
use qostil::figures::spell::{self, Gender};
use qostil::figures::{extract, words, Currency, DayKind, Number, Quantity, RuCase, Unit, Value};
use qostil::Lang;

const CASES: [RuCase; 6] = [
    RuCase::Nom,
    RuCase::Gen,
    RuCase::Dat,
    RuCase::Acc,
    RuCase::Ins,
    RuCase::Prep,
];
const GENDERS: [Gender; 3] = [Gender::Masc, Gender::Fem, Gender::Neut];

fn units() -> Vec<Unit> {
    vec![
        Unit::None,
        Unit::Money(Currency::Kzt),
        Unit::Percent,
        Unit::Day(DayKind::Plain),
        Unit::Day(DayKind::Working),
        Unit::Day(DayKind::Calendar),
        Unit::Day(DayKind::Banking),
        Unit::Week,
        Unit::Month,
        Unit::Year,
        Unit::Hour,
        Unit::Minute,
        Unit::Times,
    ]
}

proptest! {
    #[test]
    fn russian_words_round_trip(n in 0u64..1_000_000_000_000, c in 0usize..6, g in 0usize..3) {
        let num = Number::int(n);
        let w = spell::words(&num, Lang::Ru, CASES[c], GENDERS[g]).unwrap();
        prop_assert_eq!(words::parse(&w, Lang::Ru), Some(num), "{}", w);
    }

    #[test]
    fn kazakh_words_round_trip(n in 0u64..1_000_000_000_000) {
        let num = Number::int(n);
        let w = spell::words(&num, Lang::Kk, RuCase::Nom, Gender::Masc).unwrap();
        prop_assert_eq!(words::parse(&w, Lang::Kk), Some(num), "{}", w);
    }

    #[test]
    fn small_numbers_round_trip(n in 0u64..2000, c in 0usize..6, g in 0usize..3) {
        let num = Number::int(n);
        let w = spell::words(&num, Lang::Ru, CASES[c], GENDERS[g]).unwrap();
        prop_assert_eq!(words::parse(&w, Lang::Ru), Some(num), "{}", w);
        let k = spell::words(&num, Lang::Kk, RuCase::Nom, Gender::Masc).unwrap();
        prop_assert_eq!(words::parse(&k, Lang::Kk), Some(num), "{}", k);
    }

    #[test]
    fn decimals_round_trip(int in 0u64..1_000_000, frac in 0u64..1_000_000, places in 1u8..=6, c in 0usize..6) {
        let frac = frac % 10u64.pow(places as u32);
        let num = Number::new(int as u128 * 10u128.pow(places as u32) + frac as u128, places);
        let w = spell::words(&num, Lang::Ru, CASES[c], Gender::Masc).unwrap();
        prop_assert_eq!(words::parse(&w, Lang::Ru), Some(num), "{}", w);
        let k = spell::words(&num, Lang::Kk, RuCase::Nom, Gender::Masc).unwrap();
        prop_assert_eq!(words::parse(&k, Lang::Kk), Some(num), "{}", k);
    }

    #[test]
    fn phrases_are_read_back(n in 0u64..10_000_000_000, u in 0usize..13, c in 0usize..6, kk in any::<bool>(), dec in 0u8..3) {
        let lang = if kk { Lang::Kk } else { Lang::Ru };
        let unit = units()[u].clone();
        let number = if dec > 0 && !matches!(unit, Unit::Money(_)) {
            Number::new((n % 100_000) as u128, dec)
        } else {
            Number::int(n)
        };
        let q = Quantity { number, unit: unit.clone() };
        let text = spell::phrase(&q, lang, CASES[c], None);
        let figs = extract(&text, lang);
        prop_assert_eq!(figs.len(), 1, "{}: {:?}", text, figs);
        let f = &figs[0];
        prop_assert_eq!(&f.value, &Value::Number(number), "{}", text);
        prop_assert_eq!(&f.unit, &unit, "{}", text);
        prop_assert_eq!(f.words, Some(number), "{}", text);
        prop_assert_eq!(f.span.clone(), 0..text.len(), "{}", text);
    }
}

proptest! {
    #[test]
    fn any_text_is_safe(text in "[0-9 .,:;()%№+@«»\"\\-–а-яА-ЯёЁәғқңөұүһіӘІəԥa-zA-Z\u{a0}\t\n]{0,80}", kk in any::<bool>()) {
        let lang = if kk { Lang::Kk } else { Lang::Ru };
        let figs = extract(&text, lang);
        let mut last = 0;
        for f in &figs {
            prop_assert_eq!(text.get(f.span.clone()), Some(f.text.as_str()));
            prop_assert!(f.span.start >= last, "figures out of order");
            last = f.span.start;
        }
    }
}

#[test]
fn phrase_in_a_sentence_is_one_figure() {
    for lang in Lang::ALL {
        for unit in units() {
            for case in CASES {
                let q = Quantity {
                    number: Number::int(21),
                    unit: unit.clone(),
                };
                let p = spell::phrase(&q, lang, case, None);
                let text = format!("Стороны согласовали {p}, иное не указано.");
                let figs: Vec<_> = extract(&text, lang)
                    .into_iter()
                    .filter(|f| f.is_comparable())
                    .collect();
                assert_eq!(figs.len(), 1, "{text}: {figs:?}");
                assert_eq!(figs[0].text, p, "{text}");
            }
        }
    }
}
