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
        if i > 0 && (len - i).is_multiple_of(3) && len > 4 {
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

/// The number in words, or `None` when the engine cannot spell it (above
/// 10^15, or more than six decimal places). Russian words agree with `case`
/// and with `gender` (the gender of the counted noun); Kazakh numbers do not
/// change. See [`super::words::spell`].
pub fn words(n: &Number, lang: Lang, case: RuCase, gender: Gender) -> Option<String> {
    super::words::spell(n, lang, case, gender)
}

fn ci(case: RuCase) -> usize {
    match case {
        RuCase::Nom => 0,
        RuCase::Gen => 1,
        RuCase::Dat => 2,
        RuCase::Acc => 3,
        RuCase::Ins => 4,
        RuCase::Prep => 5,
    }
}

type Forms = [[&'static str; 6]; 2];

const DAY: Forms = [
    ["день", "дня", "дню", "день", "днем", "дне"],
    ["дни", "дней", "дням", "дни", "днями", "днях"],
];
const WEEK: Forms = [
    ["неделя", "недели", "неделе", "неделю", "неделей", "неделе"],
    [
        "недели",
        "недель",
        "неделям",
        "недели",
        "неделями",
        "неделях",
    ],
];
const MONTH: Forms = [
    ["месяц", "месяца", "месяцу", "месяц", "месяцем", "месяце"],
    [
        "месяцы",
        "месяцев",
        "месяцам",
        "месяцы",
        "месяцами",
        "месяцах",
    ],
];
const YEAR: Forms = [
    ["год", "года", "году", "год", "годом", "годе"],
    ["годы", "лет", "годам", "годы", "годами", "годах"],
];
const HOUR: Forms = [
    ["час", "часа", "часу", "час", "часом", "часе"],
    ["часы", "часов", "часам", "часы", "часами", "часах"],
];
const MINUTE: Forms = [
    ["минута", "минуты", "минуте", "минуту", "минутой", "минуте"],
    [
        "минуты",
        "минут",
        "минутам",
        "минуты",
        "минутами",
        "минутах",
    ],
];
const TIMES: Forms = [
    ["раз", "раза", "разу", "раз", "разом", "разе"],
    ["разы", "раз", "разам", "разы", "разами", "разах"],
];
const ROUBLE: Forms = [
    ["рубль", "рубля", "рублю", "рубль", "рублем", "рубле"],
    ["рубли", "рублей", "рублям", "рубли", "рублями", "рублях"],
];
const DOLLAR: Forms = [
    [
        "доллар",
        "доллара",
        "доллару",
        "доллар",
        "долларом",
        "долларе",
    ],
    [
        "доллары",
        "долларов",
        "долларам",
        "доллары",
        "долларами",
        "долларах",
    ],
];
const PERCENT: Forms = [
    [
        "процент",
        "процента",
        "проценту",
        "процент",
        "процентом",
        "проценте",
    ],
    [
        "проценты",
        "процентов",
        "процентам",
        "проценты",
        "процентами",
        "процентах",
    ],
];

/// Adjective endings (masculine): singular, plural by case.
const ADJ: Forms = [
    ["ый", "ого", "ому", "ый", "ым", "ом"],
    ["ые", "ых", "ым", "ых", "ыми", "ых"],
];
const ADJ_SOFT: Forms = [
    ["ий", "ого", "ому", "ий", "им", "ом"],
    ["ие", "их", "им", "их", "ими", "их"],
];
/// After a hushing consonant with the stress on the stem (`рабочий`):
/// `рабочего`, `рабочему`, `рабочем`.
const ADJ_HUSH: Forms = [
    ["ий", "его", "ему", "ий", "им", "ем"],
    ["ие", "их", "им", "их", "ими", "их"],
];

fn one_form(n: &Number) -> bool {
    n.is_int() && plural_form(n) == 0
}

/// The form of a noun after `n` in `case`.
fn noun_form(f: &Forms, n: &Number, case: RuCase) -> &'static str {
    let c = ci(case);
    if !n.is_int() {
        return f[0][1];
    }
    match case {
        RuCase::Nom | RuCase::Acc => match plural_form(n) {
            0 => f[0][c],
            1 => f[0][1],
            _ => f[1][1],
        },
        _ if one_form(n) => f[0][c],
        _ => f[1][c],
    }
}

/// The form of an adjective before that noun (`рабочих`).
fn adj_form(stem: &str, f: &Forms, n: &Number, case: RuCase) -> String {
    let c = ci(case);
    let end = if !n.is_int() {
        f[0][1]
    } else {
        match case {
            RuCase::Nom | RuCase::Acc if one_form(n) => f[0][c],
            RuCase::Nom | RuCase::Acc => f[1][1],
            _ if one_form(n) => f[0][c],
            _ => f[1][c],
        }
    };
    format!("{stem}{end}")
}

/// The unit word(s) after the number, agreeing with it (Russian: in `case`;
/// Kazakh nouns do not change after numbers). Percent is the sign `%`.
pub fn unit_words(n: &Number, unit: &Unit, lang: Lang, case: RuCase) -> String {
    match lang {
        Lang::Ru => match unit {
            Unit::None | Unit::Count(_) => String::new(),
            Unit::Money(Currency::Kzt) => "тенге".into(),
            Unit::Money(Currency::Rub) => noun_form(&ROUBLE, n, case).into(),
            Unit::Money(Currency::Usd) => format!("{} США", noun_form(&DOLLAR, n, case)),
            Unit::Money(Currency::Eur) => "евро".into(),
            Unit::Percent => "%".into(),
            Unit::Day(k) => {
                let day = noun_form(&DAY, n, case);
                let adj = match k {
                    DayKind::Plain => String::new(),
                    DayKind::Working => adj_form("рабоч", &ADJ_HUSH, n, case) + " ",
                    DayKind::Calendar => adj_form("календарн", &ADJ, n, case) + " ",
                    DayKind::Banking => adj_form("банковск", &ADJ_SOFT, n, case) + " ",
                };
                format!("{adj}{day}")
            }
            Unit::Week => noun_form(&WEEK, n, case).into(),
            Unit::Month => noun_form(&MONTH, n, case).into(),
            Unit::Year => noun_form(&YEAR, n, case).into(),
            Unit::Hour => noun_form(&HOUR, n, case).into(),
            Unit::Minute => noun_form(&MINUTE, n, case).into(),
            Unit::Times => noun_form(&TIMES, n, case).into(),
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

/// The gender a unit's Russian noun gives to the number before it.
pub fn unit_gender(unit: &Unit) -> Gender {
    match unit {
        Unit::Week | Unit::Minute => Gender::Fem,
        _ => Gender::Masc,
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
/// them) and the unit, as lawyers write it:
///
/// - `10 (десяти) рабочих дней` (ru, Gen), `10 (он) жұмыс күні` (kk);
/// - `990 000 (девятьсот девяносто тысяч) тенге`;
/// - percent keeps the sign on the digits and the noun inside the
///   parentheses: `50% (пятьдесят процентов)`, `50% (елу пайыз)`,
///   `0,1% (ноль целых одна десятая процента)`;
/// - `1 (одна) неделя`, `21 (двадцать один) календарный день`.
///
/// Group separators and the space before the unit are no-break spaces.
/// Money with a fraction (`990 000,50 тенге`) is written without words.
/// [`super::extract`] reads every phrase back to a figure of the same value
/// and unit whose words agree with the digits.
pub fn phrase(q: &Quantity, lang: Lang, case: RuCase, noun: Option<&Noun>) -> String {
    let n = &q.number;
    let mut out = digits(n);
    let gender = match (&q.unit, noun) {
        (Unit::Count(_), Some(noun)) => noun.ru_gender,
        (Unit::None, Some(noun)) => noun.ru_gender,
        (u, _) => unit_gender(u),
    };
    if q.unit == Unit::Percent {
        out.push('%');
        if let Some(w) = words(n, lang, case, gender) {
            let noun = match lang {
                Lang::Ru => noun_form(&PERCENT, n, case),
                Lang::Kk => "пайыз",
            };
            out.push_str(&format!(" ({w} {noun})"));
        }
        return out;
    }
    if q.unit == Unit::Money(Currency::Kzt) && !n.is_int() {
        if let Some(text) = tenge_tiyn(n, lang, case) {
            return text;
        }
    }
    let money_frac = matches!(q.unit, Unit::Money(_)) && !n.is_int();
    if !money_frac {
        if let Some(w) = words(n, lang, case, gender) {
            out.push_str(" (");
            out.push_str(&w);
            out.push(')');
        }
    }
    let unit = match (&q.unit, noun) {
        (Unit::Count(_), Some(noun)) => match lang {
            Lang::Ru => noun.ru[plural_form(n)].clone(),
            Lang::Kk => noun.kk.clone(),
        },
        _ => unit_words(n, &q.unit, lang, case),
    };
    if !unit.is_empty() {
        out.push('\u{a0}');
        out.push_str(&unit);
    }
    out
}

/// Tenge with тиын, as lawyers write an amount with a fraction: the digits
/// with two decimals, then in parentheses the tenge in words, the currency
/// and the тиын in digits: `40 000,50 (сорок тысяч тенге 50 тиын)`,
/// `40 000,50 (қырық мың теңге 50 тиын)`, `0,05 (ноль тенге 05 тиын)`.
/// `None` with more than two decimals or beyond the words of the engine.
fn tenge_tiyn(n: &Number, lang: Lang, case: RuCase) -> Option<String> {
    let (frac, scale) = n.frac_part();
    if scale > 2 {
        return None;
    }
    let tiyn = if scale == 1 { frac * 10 } else { frac };
    let int = u64::try_from(n.int_part()).ok()?;
    let whole = Number::int(int);
    let w = words(&whole, lang, case, Gender::Masc)?;
    let unit = match lang {
        Lang::Ru => "тенге",
        Lang::Kk => "теңге",
    };
    Some(format!(
        "{},{tiyn:02} ({w} {unit} {tiyn:02}\u{a0}тиын)",
        digits(&whole)
    ))
}

/// The Russian forms of `число` (the day of a month), by case.
const CHISLO: [&str; 6] = ["число", "числа", "числу", "число", "числом", "числе"];

/// An ordinal: the digits with their ending, the words in parentheses.
/// Russian agrees with `case` and `gender`: `5-й (пятый)`, `5-го (пятого)`,
/// `2-я (вторая)`; Kazakh: `5-ші (бесінші)`, `6-шы (алтыншы)`. Without
/// words above 999.
pub fn ordinal(n: &Number, lang: Lang, case: RuCase, gender: Gender) -> String {
    let Some(v) = n.as_u64() else {
        return digits(n);
    };
    let end = match lang {
        Lang::Ru => {
            let g = match gender {
                Gender::Masc => 0,
                Gender::Fem => 1,
                Gender::Neut => 2,
            };
            super::words::RU_ORD_DIGIT_ENDINGS[g][ci(case)]
        }
        Lang::Kk if crate::lexicon::kk_grammar::is_back(&v.to_string()) => "шы",
        Lang::Kk => "ші",
    };
    match super::words::spell_ordinal(v, lang, case, gender) {
        Some(w) => format!("{v}-{end} ({w})"),
        None => format!("{v}-{end}"),
    }
}

/// A day of the month, as a payment date is written. Russian: the number,
/// the ordinal in words and `число` in `case`: `5 (пятое) число`, in the
/// genitive `5 (пятого) числа` (`не позднее 5 (пятого) числа каждого
/// месяца`). Kazakh: the number joined to `күн` in its possessive form, as it
/// stands after `айдың`: `5-күні` (`әр айдың 5-күні`), in a case
/// `5-күнінен`, `5-күніне`, `5-күнінде` ([`day_of_month_kk`]).
pub fn day_of_month(n: &Number, lang: Lang, case: RuCase) -> String {
    match lang {
        Lang::Ru => {
            let v = n.as_u64().unwrap_or(0);
            match super::words::spell_ordinal(v, lang, case, Gender::Neut) {
                Some(w) => format!("{v} ({w})\u{a0}{}", CHISLO[ci(case)]),
                None => format!("{}\u{a0}{}", digits(n), CHISLO[ci(case)]),
            }
        }
        Lang::Kk => day_of_month_kk(n, crate::lexicon::kk_grammar::Case::Nom),
    }
}

/// A day of the month in Kazakh in a case: `5-күні`, `5-күнінен`,
/// `5-күніне`, `5-күнін`, `5-күнінде`, `5-күнінің`, `5-күнімен`.
pub fn day_of_month_kk(n: &Number, case: crate::lexicon::kk_grammar::Case) -> String {
    format!(
        "{}-{}",
        digits(n),
        crate::lexicon::kk_grammar::possessed("күн", case)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_day_after_one_declines_with_e() {
        let q = Quantity {
            number: Number::int(1),
            unit: Unit::Day(DayKind::Working),
        };
        assert_eq!(
            phrase(&q, Lang::Ru, RuCase::Gen, None),
            "1 (одного)\u{a0}рабочего дня"
        );
        assert_eq!(
            phrase(&q, Lang::Ru, RuCase::Prep, None),
            "1 (одном)\u{a0}рабочем дне"
        );
        let back = crate::figures::extract("в течение 1 (одного) рабочего дня", Lang::Ru);
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].unit, Unit::Day(DayKind::Working));
    }

    #[test]
    fn digits_group_by_three() {
        assert_eq!(digits(&Number::int(990_000)), "990\u{a0}000");
        assert_eq!(digits(&Number::int(1000)), "1000");
        assert_eq!(digits(&Number::parse("0.5").unwrap()), "0,5");
    }

    fn q(n: &str, unit: Unit) -> Quantity {
        Quantity {
            number: Number::parse(n).unwrap(),
            unit,
        }
    }

    fn ph(n: &str, unit: Unit, lang: Lang, case: RuCase) -> String {
        phrase(&q(n, unit), lang, case, None).replace('\u{a0}', " ")
    }

    #[test]
    fn phrases_as_lawyers_write_them() {
        let w = Unit::Day(DayKind::Working);
        assert_eq!(
            ph("10", w.clone(), Lang::Ru, RuCase::Nom),
            "10 (десять) рабочих дней"
        );
        assert_eq!(
            ph("10", w.clone(), Lang::Ru, RuCase::Gen),
            "10 (десяти) рабочих дней"
        );
        assert_eq!(
            ph("10", w.clone(), Lang::Ru, RuCase::Dat),
            "10 (десяти) рабочим дням"
        );
        assert_eq!(
            ph("10", w.clone(), Lang::Ru, RuCase::Ins),
            "10 (десятью) рабочими днями"
        );
        assert_eq!(ph("10", w, Lang::Kk, RuCase::Nom), "10 (он) жұмыс күні");
        let kzt = Unit::Money(Currency::Kzt);
        assert_eq!(
            ph("990000", kzt.clone(), Lang::Ru, RuCase::Nom),
            "990 000 (девятьсот девяносто тысяч) тенге"
        );
        assert_eq!(
            ph("990000", kzt, Lang::Kk, RuCase::Nom),
            "990 000 (тоғыз жүз тоқсан мың) теңге"
        );
        assert_eq!(
            ph("50", Unit::Percent, Lang::Ru, RuCase::Nom),
            "50% (пятьдесят процентов)"
        );
        assert_eq!(
            ph("50", Unit::Percent, Lang::Ru, RuCase::Gen),
            "50% (пятидесяти процентов)"
        );
        assert_eq!(
            ph("50", Unit::Percent, Lang::Kk, RuCase::Nom),
            "50% (елу пайыз)"
        );
        assert_eq!(
            ph("0.1", Unit::Percent, Lang::Ru, RuCase::Nom),
            "0,1% (ноль целых одна десятая процента)"
        );
        assert_eq!(
            ph("0.1", Unit::Percent, Lang::Kk, RuCase::Nom),
            "0,1% (нөл бүтін оннан бір пайыз)"
        );
        assert_eq!(
            ph("1", Unit::Week, Lang::Ru, RuCase::Nom),
            "1 (одна) неделя"
        );
        assert_eq!(ph("2", Unit::Week, Lang::Ru, RuCase::Nom), "2 (две) недели");
        assert_eq!(
            ph("21", Unit::Day(DayKind::Calendar), Lang::Ru, RuCase::Nom),
            "21 (двадцать один) календарный день"
        );
        assert_eq!(
            ph("1.5", Unit::Month, Lang::Ru, RuCase::Nom),
            "1,5 (одна целая пять десятых) месяца"
        );
    }

    #[test]
    fn tenge_with_tiyn() {
        let kzt = Unit::Money(Currency::Kzt);
        assert_eq!(
            ph("40000.50", kzt.clone(), Lang::Ru, RuCase::Nom),
            "40 000,50 (сорок тысяч тенге 50 тиын)"
        );
        assert_eq!(
            ph("40000.5", kzt.clone(), Lang::Ru, RuCase::Gen),
            "40 000,50 (сорока тысяч тенге 50 тиын)"
        );
        assert_eq!(
            ph("40000.50", kzt.clone(), Lang::Kk, RuCase::Nom),
            "40 000,50 (қырық мың теңге 50 тиын)"
        );
        assert_eq!(
            ph("1250.05", kzt.clone(), Lang::Ru, RuCase::Nom),
            "1250,05 (одна тысяча двести пятьдесят тенге 05 тиын)"
        );
        // Read back: one money figure of the same value, words agreeing.
        for (text, lang) in [
            (
                phrase(&q("40000.50", kzt.clone()), Lang::Ru, RuCase::Gen, None),
                Lang::Ru,
            ),
            (
                phrase(&q("40000.50", kzt.clone()), Lang::Kk, RuCase::Nom, None),
                Lang::Kk,
            ),
        ] {
            let figs = crate::figures::extract(&text, lang);
            let money: Vec<_> = figs.iter().filter(|f| f.unit == kzt).collect();
            assert_eq!(money.len(), 1, "{text}: {figs:?}");
            assert_eq!(
                money[0].value,
                crate::figures::Value::Number(Number::parse("40000.5").unwrap()),
                "{text}"
            );
        }
    }

    #[test]
    fn ordinals_and_days_of_month() {
        let n = Number::int(5);
        assert_eq!(
            ordinal(&n, Lang::Ru, RuCase::Nom, Gender::Masc),
            "5-й (пятый)"
        );
        assert_eq!(
            ordinal(&n, Lang::Ru, RuCase::Gen, Gender::Masc),
            "5-го (пятого)"
        );
        assert_eq!(
            ordinal(&Number::int(2), Lang::Ru, RuCase::Nom, Gender::Fem),
            "2-я (вторая)"
        );
        assert_eq!(
            ordinal(&n, Lang::Kk, RuCase::Nom, Gender::Masc),
            "5-ші (бесінші)"
        );
        assert_eq!(
            ordinal(&Number::int(6), Lang::Kk, RuCase::Nom, Gender::Masc),
            "6-шы (алтыншы)"
        );
        let d = |c| day_of_month(&n, Lang::Ru, c).replace('\u{a0}', " ");
        assert_eq!(d(RuCase::Nom), "5 (пятое) число");
        assert_eq!(d(RuCase::Gen), "5 (пятого) числа");
        assert_eq!(d(RuCase::Dat), "5 (пятому) числу");
        assert_eq!(d(RuCase::Ins), "5 (пятым) числом");
        assert_eq!(d(RuCase::Prep), "5 (пятом) числе");
        use crate::lexicon::kk_grammar::Case as K;
        assert_eq!(day_of_month(&n, Lang::Kk, RuCase::Nom), "5-күні");
        assert_eq!(day_of_month_kk(&n, K::Abl), "5-күнінен");
        assert_eq!(day_of_month_kk(&n, K::Dat), "5-күніне");
        assert_eq!(day_of_month_kk(&n, K::Loc), "5-күнінде");
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
