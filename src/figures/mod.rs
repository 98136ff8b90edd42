//! The figures engine: find, compare and spell numbers as lawyers write them
//! in Russian and Kazakh.
//!
//! Used by the generator (to render each figure of `contract.toml` as digits,
//! words and unit), by the checker (to compare figures across languages and
//! digits with the words beside them) and by the diff (to state figure
//! changes in words).
//!
//! Entry points:
//! - [`extract`]`(text, lang)`: every figure of a text, with kind, value,
//!   unit, byte span, and the number words beside the digits;
//! - [`words_digits`]`(text, lang)`: the figures whose words say another
//!   number than their digits; [`Figure::words_disagree`] for one figure;
//! - [`Figure::same_as`]: equal however written, across the languages;
//! - [`words::parse`] / [`words::spell`] (also [`spell::words`]): number
//!   words both ways; [`spell::phrase`]: digits, words and unit for the
//!   generator.

mod extract;
mod number;
pub mod spell;
pub mod words;

pub use extract::{extract, KK_MONTHS};
pub use number::Number;

use crate::model::ClauseNumber;
use std::ops::Range;

use serde::Serialize;
use std::fmt;

/// Currencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// Kazakhstani tenge (тенге, теңге, тг, ₸, KZT).
    Kzt,
    /// Russian rouble.
    Rub,
    /// US dollar.
    Usd,
    /// Euro.
    Eur,
}

/// What kind of day a period counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    /// Days with no qualifier (дней / күн).
    Plain,
    /// Working days (рабочих дней / жұмыс күні).
    Working,
    /// Calendar days (календарных дней / күнтізбелік күн).
    Calendar,
    /// Banking days (банковских дней / банктік күн).
    Banking,
}

/// The unit of a quantity. Units compare equal across languages:
/// `дней` and `күн` are both `Day(Plain)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "unit", content = "qualifier", rename_all = "kebab-case")]
pub enum Unit {
    /// A bare number.
    None,
    /// Money in a currency.
    Money(Currency),
    /// Percent.
    Percent,
    /// Days of a kind.
    Day(DayKind),
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Hours.
    Hour,
    /// Minutes.
    Minute,
    /// Times / occurrences (раз / рет).
    Times,
    /// A counted thing, named by its Russian lemma (занятие / сабақ share
    /// the key given in `contract.toml`).
    Count(String),
}

/// A number with its unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Quantity {
    /// The value.
    pub number: Number,
    /// The unit.
    pub unit: Unit,
}

/// Russian grammatical case, for spelling numbers and units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum RuCase {
    /// Именительный: десять рабочих дней.
    #[default]
    Nom,
    /// Родительный: десяти рабочих дней.
    Gen,
    /// Дательный: десяти рабочим дням.
    Dat,
    /// Винительный: десять рабочих дней.
    Acc,
    /// Творительный: десятью рабочими днями.
    Ins,
    /// Предложный: десяти рабочих днях.
    Prep,
}

impl RuCase {
    /// Parse a case name as written in templates: `nom`, `gen`, `dat`,
    /// `acc`, `ins`, `prep` (also `loc`, `abl`, `instr`).
    pub fn parse(s: &str) -> Option<RuCase> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "nom" | "nominative" => RuCase::Nom,
            "gen" | "genitive" => RuCase::Gen,
            "dat" | "dative" => RuCase::Dat,
            "acc" | "accusative" => RuCase::Acc,
            "ins" | "instr" | "instrumental" => RuCase::Ins,
            "prep" | "loc" | "prepositional" => RuCase::Prep,
            _ => return None,
        })
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?}", self.number, self.unit)
    }
}

/// What a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A period: days (of a kind), weeks, months, years, hours, minutes.
    Duration,
    /// A calendar date.
    Date,
    /// A time of day.
    Time,
    /// A count of things (`24 раза`, `24 рет`).
    Count,
    /// A number with no recognised unit.
    Number,
    /// A reference to a clause of this contract (`п. 4.2`, `4.2-тармақ`).
    ClauseRef,
    /// A citation of a law (`ст. 387 ГК РК`, `ҚР АК 387-бабы`).
    LawRef,
    /// A reference to sub-items of a clause (`подпункт 12)`, `2) және 3)
    /// тармақшалары`): compared across the languages, never against clause
    /// numbers.
    ItemRef,
    /// An identifier whose digits are not a figure (БИН, IBAN, phone, URL…).
    Identifier,
}

/// The value of a figure.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number (money, percent, duration, count, bare number).
    Number(Number),
    /// A date.
    Date {
        /// Year.
        year: u16,
        /// Month, 1–12.
        month: u8,
        /// Day, 1–31.
        day: u8,
    },
    /// A time of day.
    Time {
        /// Hour, 0–23.
        hour: u8,
        /// Minute, 0–59.
        minute: u8,
    },
    /// A referenced clause.
    Clause(ClauseNumber),
    /// A law citation or an identifier, normalised (`ГК РК 387`, `KZ24…`).
    Text(String),
}

/// A figure found in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// What it is.
    pub kind: FigureKind,
    /// Normalised value.
    pub value: Value,
    /// Unit, with its qualifier (`Day(Working)`); `Unit::None` where none.
    pub unit: Unit,
    /// Byte range in the text given to [`extract`].
    pub span: Range<usize>,
    /// The original text of the figure, as written.
    pub text: String,
    /// The value of the number words written beside the digits
    /// (`10 (десяти)` → 10), when there are any and they could be read.
    pub words: Option<Number>,
    /// The words as written (`десяти`).
    pub words_text: Option<String>,
}

impl Figure {
    /// True for figures whose value must agree between the languages
    /// (amounts, percentages, periods, dates, times, counts, numbers).
    pub fn is_comparable(&self) -> bool {
        !matches!(
            self.kind,
            FigureKind::ClauseRef
                | FigureKind::LawRef
                | FigureKind::ItemRef
                | FigureKind::Identifier
        )
    }

    /// True for references: to clauses, sub-items and laws.
    pub fn is_reference(&self) -> bool {
        matches!(
            self.kind,
            FigureKind::ClauseRef | FigureKind::LawRef | FigureKind::ItemRef
        )
    }

    /// What a reference points at, the same in both languages (the law
    /// left out of citations, as one language may not name it); `None`
    /// for other figures.
    pub fn reference_key(&self) -> Option<String> {
        if !self.is_reference() {
            return None;
        }
        Some(match &self.value {
            Value::Text(t) if self.kind == FigureKind::LawRef => law_parts(t).1.to_string(),
            Value::Text(t) => t.clone(),
            Value::Clause(c) => c.to_string(),
            _ => return None,
        })
    }

    /// The same reference however written, across the languages: the same
    /// clause or sub-item; for laws the same article (and paragraph or
    /// chapter), and the same law when both name one (`п. 5 ст. 395 ГК РК`
    /// and `395-бабы 5-тармағы` agree).
    pub fn same_reference(&self, other: &Figure) -> bool {
        if self.kind != other.kind {
            return false;
        }
        match (self.kind, &self.value, &other.value) {
            (FigureKind::LawRef, Value::Text(a), Value::Text(b)) => {
                let (ka, ra) = law_parts(a);
                let (kb, rb) = law_parts(b);
                ra == rb && (ka == kb || ka.is_empty() || kb.is_empty())
            }
            _ => self.value == other.value,
        }
    }

    /// Equal in value, unit and qualifier, however written.
    pub fn same_as(&self, other: &Figure) -> bool {
        self.kind == other.kind && self.value == other.value && self.unit == other.unit
    }

    /// True when the number words beside the digits say another number
    /// (`990 000 (девятьсот восемьдесят тысяч)`). Words in another case or
    /// gender (`10 (десяти)`, `1 (одна)`) agree.
    pub fn words_disagree(&self) -> bool {
        match (&self.words, &self.value) {
            (Some(w), Value::Number(v)) => w != v,
            _ => false,
        }
    }
}

/// A normalised law citation (`ГК РК ст. 395 п. 5`) split into the law
/// (`ГК РК`, empty when not named) and the article part (`ст. 395 п. 5`).
fn law_parts(v: &str) -> (&str, &str) {
    let mut best = v.len();
    for label in ["ст. ", "гл. ", "п. "] {
        let mut from = 0;
        while let Some(k) = v[from..].find(label) {
            let p = from + k;
            if p == 0 || v[..p].ends_with(' ') {
                best = best.min(p);
                break;
            }
            from = p + label.len();
        }
    }
    if best == v.len() {
        return ("", v.trim());
    }
    (v[..best].trim(), v[best..].trim())
}

/// The numbers written in `text`, in digits or in words, whatever follows
/// them (`двух`, `үш жасқа`, `3`): to tell whether a figure of the other
/// language is stated here without its unit.
pub fn number_values(text: &str, lang: crate::lang::Lang) -> Vec<Number> {
    extract::number_values(text, lang)
}

/// The figures of `text` whose digits disagree with the number words written
/// beside them: `990 000 (девятьсот восемьдесят тысяч)`, `10 (он бір)`.
/// Agreeing words in any case or gender (`10 (десяти)`, `2 (двух)`,
/// `1 (одна)`, `20% (двадцатипроцентной)`, `100 % (жүз пайыздық)`) are not
/// returned. Each figure's `words` holds what the words say and `value` what
/// the digits say.
pub fn words_digits(text: &str, lang: crate::lang::Lang) -> Vec<Figure> {
    extract(text, lang)
        .into_iter()
        .filter(Figure::words_disagree)
        .collect()
}
