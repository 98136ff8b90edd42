//! The figures engine: find, compare and spell numbers as lawyers write them
//! in Russian and Kazakh.
//!
//! Used by the generator (to render each figure of `contract.toml` as digits,
//! words and unit), by the checker (to compare figures across languages and
//! digits with the words beside them) and by the diff (to state figure
//! changes in words).

mod number;
pub mod spell;

pub use number::Number;

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
