//! Spelling figures for the generator: digits, words in parentheses and the
//! unit in the right grammatical form.
//!
//! `phrase(10 working days, ru, Gen)` → `10 (десяти) рабочих дней`;
//! `phrase(10 working days, kk, _)` → `10 (он) жұмыс күні`.

use super::{Currency, DayKind, Number, Quantity, RuCase, Unit};
use crate::lang::Lang;

/// Grammatical gender of a Russian noun (numbers agree with it: один/одна,
/// два/две).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    /// Masculine (день, месяц, раз).
    #[default]
    Masc,
    /// Feminine (неделя, минута).
    Fem,
    /// Neuter (занятие).
    Neut,
}

/// The forms of a counted noun that `contract.toml` gives for a count.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Noun {
    /// Russian forms after 1, 2–4 and 5 (nominative): `занятие`, `занятия`, `занятий`.
    pub ru: [String; 3],
    /// Gender of the Russian noun.
    pub ru_gender: Gender,
    /// Kazakh noun (Kazakh nouns do not change after numbers): `сабақ`.
    pub kk: String,
}

/// Digits as contracts write them: groups of three separated by a no-break
/// space, decimal comma (`990 000`, `0,5`, `1 234,75`).
pub fn digits(n: &Number) -> String {
    let int = n.int_part().to_string();
    let mut out = String::new();
    let len = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 && len > 4 {
            out.push('\u{a0}');
        }
        out.push(ch);
    }
    let (frac, scale) = n.frac_part();
    if scale > 0 {
        out.push(',');
        out.push_str(&format!("{:0width$}", frac, width = scale as usize));
    }
    out
}

/// The number in words, or `None` when the engine cannot spell it.
pub fn words(_n: &Number, _lang: Lang, _case: RuCase, _gender: Gender) -> Option<String> {
    None
}

/// The unit word(s) after the number, agreeing with it.
pub fn unit_words(n: &Number, unit: &Unit, lang: Lang, case: RuCase) -> String {
    let _ = case;
    let form = plural_form(n);
    match lang {
        Lang::Ru => match unit {
            Unit::None | Unit::Count(_) => String::new(),
            Unit::Money(Currency::Kzt) => "тенге".into(),
            Unit::Money(Currency::Rub) => ["рубль", "рубля", "рублей"][form].into(),
            Unit::Money(Currency::Usd) => {
                ["доллар США", "доллара США", "долларов США"][form].into()
            }
            Unit::Money(Currency::Eur) => "евро".into(),
            Unit::Percent => "%".into(),
            Unit::Day(k) => {
                let day = ["день", "дня", "дней"][form];
                let adj = match k {
                    DayKind::Plain => "",
                    DayKind::Working => ["рабочий ", "рабочих ", "рабочих "][form],
                    DayKind::Calendar => ["календарный ", "календарных ", "календарных "][form],
                    DayKind::Banking => ["банковский ", "банковских ", "банковских "][form],
                };
                format!("{adj}{day}")
            }
            Unit::Week => ["неделя", "недели", "недель"][form].into(),
            Unit::Month => ["месяц", "месяца", "месяцев"][form].into(),
            Unit::Year => ["год", "года", "лет"][form].into(),
            Unit::Hour => ["час", "часа", "часов"][form].into(),
            Unit::Minute => ["минута", "минуты", "минут"][form].into(),
            Unit::Times => ["раз", "раза", "раз"][form].into(),
        },
        Lang::Kk => match unit {
            Unit::None | Unit::Count(_) => String::new(),
            Unit::Money(Currency::Kzt) => "теңге".into(),
            Unit::Money(Currency::Rub) => "рубль".into(),
            Unit::Money(Currency::Usd) => "АҚШ доллары".into(),
            Unit::Money(Currency::Eur) => "еуро".into(),
            Unit::Percent => "%".into(),
            Unit::Day(DayKind::Plain) => "күн".into(),
            Unit::Day(DayKind::Working) => "жұмыс күні".into(),
            Unit::Day(DayKind::Calendar) => "күнтізбелік күн".into(),
            Unit::Day(DayKind::Banking) => "банктік күн".into(),
            Unit::Week => "апта".into(),
            Unit::Month => "ай".into(),
            Unit::Year => "жыл".into(),
            Unit::Hour => "сағат".into(),
            Unit::Minute => "минут".into(),
            Unit::Times => "рет".into(),
        },
    }
}

/// Russian plural class after a number: 0 for 1 (21, 101…), 1 for 2–4
/// (22…), 2 for 5–20 and the rest; fractions take the class 1 (`0,5 дня`).
pub fn plural_form(n: &Number) -> usize {
    if !n.is_int() {
        return 1;
    }
    let v = n.int_part();
    let (m10, m100) = (v % 10, v % 100);
    if m10 == 1 && m100 != 11 {
        0
    } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
        1
    } else {
        2
    }
}

/// The whole phrase: digits, words in parentheses (when the engine can spell
/// them) and the unit: `10 (десяти) рабочих дней`, `50 (елу) %`.
pub fn phrase(q: &Quantity, lang: Lang, case: RuCase, noun: Option<&Noun>) -> String {
    let mut out = digits(&q.number);
    let gender = noun.map(|n| n.ru_gender).unwrap_or_default();
    if let Some(w) = words(&q.number, lang, case, gender) {
        out.push_str(" (");
        out.push_str(&w);
        out.push(')');
    }
    let unit = match (&q.unit, noun) {
        (Unit::Count(_), Some(noun)) => match lang {
            Lang::Ru => noun.ru[plural_form(&q.number)].clone(),
            Lang::Kk => noun.kk.clone(),
        },
        _ => unit_words(&q.number, &q.unit, lang, case),
    };
    if !unit.is_empty() {
        if unit != "%" {
            out.push('\u{a0}');
        }
        out.push_str(&unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_group_by_three() {
        assert_eq!(digits(&Number::int(990_000)), "990\u{a0}000");
        assert_eq!(digits(&Number::int(1000)), "1000");
        assert_eq!(digits(&Number::parse("0.5").unwrap()), "0,5");
    }

    #[test]
    fn plural_forms() {
        assert_eq!(plural_form(&Number::int(1)), 0);
        assert_eq!(plural_form(&Number::int(3)), 1);
        assert_eq!(plural_form(&Number::int(11)), 2);
        assert_eq!(plural_form(&Number::int(21)), 0);
        assert_eq!(plural_form(&Number::int(14)), 2);
    }
}
