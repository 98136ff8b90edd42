//! `contract.toml`: the metadata and the figures of a contract, defined once.
//!
//! Parsed strictly: an unknown key or a value of the wrong type is a
//! diagnostic naming the file, the line and the key.

use crate::diag::{line_col, Diagnostic, Result};
use crate::figures::spell::{Gender, Noun};
use crate::figures::{Currency, DayKind, Number, Quantity, Unit};
use crate::lang::Lang;
use crate::messages::{Message, Msg};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Text given in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerLang {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
}

impl PerLang {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }
}

/// A party as written in `contract.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyDef {
    /// Key used in templates (`provider` → `{{ provider.name }}`).
    pub key: String,
    /// Role (`Исполнитель` / `Орындаушы`).
    pub role: PerLang,
    /// Name.
    pub name: PerLang,
    /// Address.
    pub address: Option<PerLang>,
    /// БИН / БСН (12 digits).
    pub bin: Option<String>,
    /// ИИН / ЖСН (12 digits).
    pub iin: Option<String>,
    /// IBAN (ИИК / ЖСК).
    pub iban: Option<String>,
    /// Bank.
    pub bank: Option<PerLang>,
    /// БИК / БСК.
    pub bik: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Web site.
    pub site: Option<String>,
    /// Signature line (`Директор А. Б. Сериков`).
    pub signatory: Option<PerLang>,
}

/// Units of a duration figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DurationUnit {
    /// Days.
    Days,
    /// Working days.
    WorkingDays,
    /// Calendar days.
    CalendarDays,
    /// Banking days.
    BankingDays,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Years.
    Years,
    /// Hours.
    Hours,
    /// Minutes.
    Minutes,
}

impl DurationUnit {
    /// The unit of the figures engine.
    pub fn unit(self) -> Unit {
        match self {
            DurationUnit::Days => Unit::Day(DayKind::Plain),
            DurationUnit::WorkingDays => Unit::Day(DayKind::Working),
            DurationUnit::CalendarDays => Unit::Day(DayKind::Calendar),
            DurationUnit::BankingDays => Unit::Day(DayKind::Banking),
            DurationUnit::Weeks => Unit::Week,
            DurationUnit::Months => Unit::Month,
            DurationUnit::Years => Unit::Year,
            DurationUnit::Hours => Unit::Hour,
            DurationUnit::Minutes => Unit::Minute,
        }
    }
}

/// Currency codes accepted in `contract.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum CurrencyCode {
    /// Tenge.
    #[serde(alias = "kzt")]
    KZT,
    /// Rouble.
    #[serde(alias = "rub")]
    RUB,
    /// US dollar.
    #[serde(alias = "usd")]
    USD,
    /// Euro.
    #[serde(alias = "eur")]
    EUR,
}

/// Gender of a counted Russian noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum GenderDef {
    /// Masculine.
    #[default]
    Masc,
    /// Feminine.
    Fem,
    /// Neuter.
    Neut,
}

/// The noun of a count figure.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NounDef {
    /// Russian forms after 1, 2–4 and 5: `["занятие", "занятия", "занятий"]`.
    pub ru: [String; 3],
    /// Kazakh noun.
    pub kk: String,
    /// Russian forms in the oblique cases, singular (after 1, 21…) and
    /// plural: `ins = ["платежом", "платежами"]`. Needed where a template
    /// asks for that case: `{{ parts | case(name="ins") }}`.
    #[serde(default)]
    pub ru_cases: BTreeMap<String, [String; 2]>,
    /// Kazakh forms of the noun in the cases whose ending the rules of
    /// vowel harmony cannot give (`kk = "жұмыс орны"`, `kk_cases = { abl =
    /// "жұмыс орнынан" }`); the other cases take the ending by the rules
    /// (`адам` → `адамнан`).
    #[serde(default)]
    pub kk_cases: BTreeMap<String, String>,
}

/// A number literal: an integer or a decimal (`0.5`); text such as `"0,5"`
/// is refused, naming the key ([`ContractMeta::parse`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NumberLit(pub Number);

impl<'de> Deserialize<'de> for NumberLit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use serde::de::Error;
        let v = toml::Value::deserialize(d)?;
        let text = match &v {
            toml::Value::Integer(i) if *i >= 0 => i.to_string(),
            toml::Value::Float(f) if *f >= 0.0 && f.is_finite() => format!("{f}"),
            _ => {
                return Err(D::Error::custom(
                    "expected a non-negative number such as 990000 or 0.5",
                ))
            }
        };
        Number::parse(&text)
            .map(NumberLit)
            .ok_or_else(|| D::Error::custom(format!("`{text}` is not a number")))
    }
}

/// A date literal (`2026-12-01`, as a TOML date or a string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLit {
    /// Year.
    pub year: u16,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl<'de> Deserialize<'de> for DateLit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use serde::de::Error;
        let v = toml::Value::deserialize(d)?;
        let text = match &v {
            toml::Value::Datetime(dt) => dt.to_string(),
            toml::Value::String(s) => s.clone(),
            _ => return Err(D::Error::custom("expected a date such as 2026-12-01")),
        };
        parse_date(&text)
            .ok_or_else(|| D::Error::custom(format!("`{text}` is not a date such as 2026-12-01")))
    }
}

fn parse_date(s: &str) -> Option<DateLit> {
    let mut it = s.trim().splitn(3, '-');
    let year: u16 = it.next()?.parse().ok()?;
    let month: u8 = it.next()?.parse().ok()?;
    let day: u8 = it.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(DateLit { year, month, day })
}

/// A figure, typed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum FigureDef {
    /// Money: `{ type = "money", amount = 990000, currency = "KZT" }`.
    Money {
        /// Amount.
        amount: NumberLit,
        /// Currency.
        currency: CurrencyCode,
    },
    /// Percent: `{ type = "percent", value = 0.5 }`.
    Percent {
        /// Value in percent.
        value: NumberLit,
    },
    /// Duration: `{ type = "duration", value = 10, unit = "working-days" }`.
    Duration {
        /// Length.
        value: NumberLit,
        /// Unit.
        unit: DurationUnit,
    },
    /// Date: `{ type = "date", value = 2026-12-01 }`.
    Date {
        /// The date.
        value: DateLit,
    },
    /// Count: `{ type = "count", value = 24, noun = { ru = [..], kk = ".." } }`.
    Count {
        /// How many.
        value: NumberLit,
        /// What is counted.
        noun: NounDef,
        /// Gender of the Russian noun.
        #[serde(default)]
        gender: GenderDef,
    },
    /// Ordinal: `{ type = "ordinal", value = 5, gender = "masc" }` →
    /// `5-й (пятый)`, `5-ші (бесінші)`.
    Ordinal {
        /// The number, 1–999.
        value: NumberLit,
        /// Gender of the Russian noun it qualifies.
        #[serde(default)]
        gender: GenderDef,
    },
    /// Day of the month: `{ type = "day-of-month", value = 5 }` →
    /// `5 (пятое) число` (`не позднее {{ pay_day | case(name="gen") }}` →
    /// `5 (пятого) числа`), `5-күні` (`әр айдың {{ pay_day }}`).
    DayOfMonth {
        /// The day, 1–31.
        value: NumberLit,
    },
    /// Free text per language: `{ type = "text", kk = "…", ru = "…" }`.
    Text {
        /// Kazakh.
        kk: String,
        /// Russian.
        ru: String,
    },
}

impl FigureDef {
    /// The quantity, for numeric figures.
    pub fn quantity(&self) -> Option<Quantity> {
        Some(match self {
            FigureDef::Money { amount, currency } => Quantity {
                number: amount.0,
                unit: Unit::Money(match currency {
                    CurrencyCode::KZT => Currency::Kzt,
                    CurrencyCode::RUB => Currency::Rub,
                    CurrencyCode::USD => Currency::Usd,
                    CurrencyCode::EUR => Currency::Eur,
                }),
            },
            FigureDef::Percent { value } => Quantity {
                number: value.0,
                unit: Unit::Percent,
            },
            FigureDef::Duration { value, unit } => Quantity {
                number: value.0,
                unit: unit.unit(),
            },
            FigureDef::Count { value, noun, .. } => Quantity {
                number: value.0,
                unit: Unit::Count(noun.ru[0].clone()),
            },
            FigureDef::Date { .. }
            | FigureDef::Text { .. }
            | FigureDef::Ordinal { .. }
            | FigureDef::DayOfMonth { .. } => return None,
        })
    }

    /// The noun forms of a count figure, in the nominative.
    pub fn noun(&self) -> Option<Noun> {
        self.noun_in(crate::figures::RuCase::Nom)
    }

    /// The noun forms of a count figure in a Russian case (`None` when the
    /// figure is not a count, or the case forms are not given).
    pub fn noun_in(&self, case: crate::figures::RuCase) -> Option<Noun> {
        use crate::figures::RuCase;
        match self {
            FigureDef::Count { noun, gender, .. } => Some(Noun {
                ru: match case {
                    RuCase::Nom | RuCase::Acc => noun.ru.clone(),
                    other => {
                        let [one, many] = noun.ru_cases.get(case_key(other))?.clone();
                        [one, many.clone(), many]
                    }
                },
                ru_gender: match gender {
                    GenderDef::Masc => Gender::Masc,
                    GenderDef::Fem => Gender::Fem,
                    GenderDef::Neut => Gender::Neut,
                },
                kk: noun.kk.clone(),
            }),
            _ => None,
        }
    }
}

/// `[print]` of `contract.toml`: what the editions print on every page.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintDef {
    /// A running header, per language, at the top of every page but the
    /// first (`Договор № 17/2026 от 1 декабря 2026 года`).
    pub running_header: Option<PerLang>,
    /// A line in the footer of every page where each party initials it
    /// (`Исполнитель ________  Заказчик ________`).
    #[serde(default)]
    pub initials: bool,
}

/// `contract.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractMeta {
    /// Contract id: names the output files (`<id>.kk.html`).
    pub id: String,
    /// Version date (`2026-11-01`).
    pub version: DateLit,
    /// Title per language.
    pub title: PerLang,
    /// Place of conclusion.
    pub city: Option<PerLang>,
    /// The contract's number as the parties write it (`17/2026`), printed
    /// after `№` under the title and in the appendices' headings.
    pub number: Option<String>,
    /// Date of signing (`2026-12-01`), distinct from the version of the
    /// text: the place and date line carries it when it is given.
    pub date: Option<DateLit>,
    /// Print settings of the editions: running header, initials line.
    #[serde(default)]
    pub print: PrintDef,
    /// The parties, provider first.
    #[serde(default)]
    pub parties: Vec<PartyDef>,
    /// Every figure of the contract, by name.
    #[serde(default)]
    pub figures: BTreeMap<String, FigureDef>,
    /// Spell the Russian number words the figures engine writes with `ё`
    /// (`3 (трёх)`, `400 (четырёхсот)`); with `е` (`трех`, `четырехсот`)
    /// when `false` or absent, as most contracts write them.
    #[serde(default)]
    pub ru_yo: bool,
}

impl ContractMeta {
    /// Parse `contract.toml`; `file` is the path shown in diagnostics.
    pub fn parse(text: &str, file: &str) -> Result<ContractMeta> {
        let spans = Spans::new(text);
        let quoted = spans.quoted_numbers(file);
        if !quoted.is_empty() {
            return Err(crate::Error::Input(quoted));
        }
        let meta: ContractMeta = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            let (line, col) = line_col(text, at);
            let error = e.message().trim().replace('\n', " ");
            let message = match spans.key_at(at) {
                Some(key) => Message::new(Msg::SrcInvalidMetadataAt)
                    .with("key", key)
                    .with("error", error),
                None => Message::new(Msg::SrcInvalidMetadata).with("error", error),
            };
            Diagnostic::at(file, line, message)
                .column(col)
                .help(Msg::SrcInvalidMetadataHelp)
        })?;
        meta.validate(&spans, file)?;
        Ok(meta)
    }

    fn validate(&self, spans: &Spans<'_>, file: &str) -> Result<()> {
        use Seg::{Idx, Key};
        let mut diags = Vec::new();
        let at = |path: &[Seg<'_>], message: Message| {
            let (line, col) = spans.line_col(path);
            Diagnostic::at(file, line, message).column(col)
        };
        if self.id.trim().is_empty()
            || !self
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            diags.push(
                at(
                    &[Key("id")],
                    Message::new(Msg::SrcInvalidId).with("id", &self.id),
                )
                .help(
                    Message::new(Msg::SrcInvalidIdHelp)
                        .with("example", "id = \"online-courses-offer\""),
                ),
            );
        }
        let mut keys = std::collections::BTreeSet::new();
        for (i, p) in self.parties.iter().enumerate() {
            let field = |name: &'static str| [Key("parties"), Idx(i), Key(name)];
            if !is_ident(&p.key) {
                diags.push(at(
                    &field("key"),
                    Message::new(Msg::SrcInvalidPartyKey).with("key", &p.key),
                ));
            }
            if !keys.insert(p.key.clone()) {
                diags.push(at(
                    &field("key"),
                    Message::new(Msg::SrcPartyTwice).with("key", &p.key),
                ));
            }
            for (name, digits, check, v) in [
                ("bin", Msg::SrcBinDigits, Msg::SrcBinCheck, &p.bin),
                ("iin", Msg::SrcIinDigits, Msg::SrcIinCheck, &p.iin),
            ] {
                let Some(v) = v else { continue };
                let msg = if v.len() != 12 || !v.bytes().all(|b| b.is_ascii_digit()) {
                    digits
                } else if !super::identifiers::iin_bin_valid(v) {
                    check
                } else {
                    continue;
                };
                diags.push(at(
                    &field(name),
                    Message::new(msg).with("value", v).with("key", &p.key),
                ));
            }
            if let Some(v) = &p.iban {
                if !super::identifiers::kz_iban_valid(v) {
                    diags.push(at(
                        &field("iban"),
                        Message::new(Msg::SrcIbanInvalid)
                            .with("value", v)
                            .with("key", &p.key),
                    ));
                }
            }
            if let Some(v) = &p.bik {
                if !super::identifiers::kz_bik_valid(v) {
                    diags.push(at(
                        &field("bik"),
                        Message::new(Msg::SrcBikInvalid)
                            .with("value", v)
                            .with("key", &p.key),
                    ));
                }
            }
        }
        for (name, def) in &self.figures {
            let whole_in =
                |v: &NumberLit, max: u64| v.0.as_u64().is_some_and(|v| (1..=max).contains(&v));
            let range = |max: usize| {
                at(
                    &[Key("figures"), Key(name), Key("value")],
                    Message::new(Msg::SrcFigureRange)
                        .with("name", name)
                        .with("min", 1usize)
                        .with("max", max),
                )
            };
            match def {
                FigureDef::Ordinal { value, .. } if !whole_in(value, 999) => diags.push(range(999)),
                FigureDef::DayOfMonth { value } if !whole_in(value, 31) => diags.push(range(31)),
                FigureDef::Money { amount, .. } if amount.0.frac_part().1 > 2 => diags.push(at(
                    &[Key("figures"), Key(name), Key("amount")],
                    Message::new(Msg::SrcMoneyDecimals)
                        .with("name", name)
                        .with("value", amount.0.to_string()),
                )),
                _ => {}
            }
            if let FigureDef::Count { noun, .. } = def {
                let kk_keys = noun.kk_cases.keys().map(|k| ("kk_cases", k));
                let ru_keys = noun.ru_cases.keys().map(|k| ("ru_cases", k));
                for (field, key) in kk_keys.chain(ru_keys) {
                    let (known, msg): (&[&str], Msg) = if field == "kk_cases" {
                        (
                            &["gen", "dat", "acc", "loc", "abl", "ins"],
                            Msg::SrcUnknownKkNounCase,
                        )
                    } else {
                        (&["gen", "dat", "ins", "prep"], Msg::SrcUnknownRuCase)
                    };
                    if !known.contains(&key.as_str()) {
                        let path = [Key("figures"), Key(name), Key("noun"), Key(field), Key(key)];
                        diags.push(at(
                            &path,
                            Message::new(msg).with("name", name).with("case", key),
                        ));
                    }
                }
            }
        }
        for name in self.figures.keys() {
            if !is_ident(name) {
                diags.push(at(
                    &[Key("figures"), Key(name)],
                    Message::new(Msg::SrcInvalidFigureName).with("name", name),
                ));
            }
            if RESERVED.contains(&name.as_str()) || keys.contains(name) {
                diags.push(at(
                    &[Key("figures"), Key(name)],
                    Message::new(Msg::SrcReservedFigureName).with("name", name),
                ));
            }
        }
        if diags.is_empty() {
            Ok(())
        } else {
            Err(crate::Error::Input(diags))
        }
    }

    /// The provider: the first party.
    pub fn provider(&self) -> Option<&PartyDef> {
        self.parties.first()
    }

    /// The contract's number without a `№` the source may have put before
    /// it; `None` when there is none.
    pub fn printed_number(&self) -> Option<String> {
        let n = self
            .number
            .as_deref()?
            .trim()
            .trim_start_matches('№')
            .trim();
        (!n.is_empty()).then(|| n.to_string())
    }
}

/// The dotted key (`severity.figure-missing`, `per-path[0].path`) whose
/// value holds the byte `at` of a TOML text, from the parser's spans; for
/// the errors of other TOML files (`qostil.toml`).
pub(crate) fn toml_key_at(text: &str, at: usize) -> Option<String> {
    Spans::new(text).key_at(at)
}

/// One step of a path in `contract.toml`: a key or an index of an array of
/// tables.
#[derive(Debug, Clone, Copy)]
pub enum Seg<'a> {
    /// A key.
    Key(&'a str),
    /// An index into an array of tables (`[[parties]]`).
    Idx(usize),
}

/// Where keys and their values are in the text of a `contract.toml`, as
/// the TOML parser found them (for reports that point at a key).
pub struct KeyLines<'i>(Spans<'i>);

impl<'i> KeyLines<'i> {
    /// Read the positions of the keys of `text`.
    pub fn new(text: &'i str) -> KeyLines<'i> {
        KeyLines(Spans::new(text))
    }

    /// 1-based line of the key at a path, or of its nearest ancestor that
    /// exists (1 when none does).
    pub fn line(&self, path: &[Seg<'_>]) -> u32 {
        self.0.line_col(path).0
    }

    /// The value at a path as written, its whitespace runs made one space.
    pub fn value_text(&self, path: &[Seg<'_>]) -> Option<String> {
        let (_, value) = self.0.find(path)?;
        let raw = self.0.text.get(value.span())?;
        Some(raw.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Where keys and values are in `contract.toml`, from the TOML parser's
/// spans: diagnostics point at the key they are about, not at the first
/// place its text happens to occur.
struct Spans<'i> {
    text: &'i str,
    root: Option<toml::de::DeTable<'i>>,
}

type DeItem<'i> = (
    &'i toml::Spanned<toml::de::DeString<'i>>,
    &'i toml::Spanned<toml::de::DeValue<'i>>,
);

impl<'i> Spans<'i> {
    fn new(text: &'i str) -> Spans<'i> {
        Spans {
            text,
            root: toml::de::DeTable::parse(text).ok().map(|t| t.into_inner()),
        }
    }

    /// The key and value at a path.
    fn find(&self, path: &[Seg<'_>]) -> Option<DeItem<'_>> {
        use toml::de::DeValue;
        let mut table = self.root.as_ref()?;
        let mut found: Option<DeItem<'_>> = None;
        let mut k = 0;
        while k < path.len() {
            let Seg::Key(name) = path[k] else { return None };
            let (key, value) = table
                .iter()
                .find(|(key, _)| key.get_ref().as_ref() == name)?;
            found = Some((key, value));
            k += 1;
            match (value.get_ref(), path.get(k)) {
                (DeValue::Table(t), Some(Seg::Key(_))) => table = t,
                (DeValue::Array(a), Some(Seg::Idx(i))) => {
                    k += 1;
                    match a.get(*i).map(|v| v.get_ref()) {
                        Some(DeValue::Table(t)) if k < path.len() => table = t,
                        _ => return if k == path.len() { found } else { None },
                    }
                }
                (_, None) => break,
                _ => return None,
            }
        }
        found
    }

    /// 1-based line and column of the key at a path (or of its nearest
    /// ancestor that exists).
    fn line_col(&self, path: &[Seg<'_>]) -> (u32, u32) {
        (1..=path.len())
            .rev()
            .find_map(|n| self.find(&path[..n]))
            .map_or((1, 1), |(key, _)| line_col(self.text, key.span().start))
    }

    /// The dotted key whose value holds the byte `at` (the innermost one).
    fn key_at(&self, at: usize) -> Option<String> {
        use toml::de::{DeTable, DeValue};
        fn walk(t: &DeTable<'_>, at: usize, prefix: &str) -> Option<String> {
            for (key, value) in t.iter() {
                let name = if prefix.is_empty() {
                    key.get_ref().to_string()
                } else {
                    format!("{prefix}.{}", key.get_ref())
                };
                // An array of tables (`[[parties]]`) spans its header only:
                // look into its tables whatever the array's span.
                if let DeValue::Array(a) = value.get_ref() {
                    let inner = a.iter().enumerate().find_map(|(i, v)| match v.get_ref() {
                        DeValue::Table(t) => walk(t, at, &format!("{name}[{i}]")),
                        _ => None,
                    });
                    if inner.is_some() {
                        return inner;
                    }
                }
                if !value.span().contains(&at) && !key.span().contains(&at) {
                    // A table under a `[header]` may span its header only.
                    if let DeValue::Table(t) = value.get_ref() {
                        if let Some(inner) = walk(t, at, &name) {
                            return Some(inner);
                        }
                    }
                    continue;
                }
                let inner = match value.get_ref() {
                    DeValue::Table(t) => walk(t, at, &name),
                    _ => None,
                };
                return Some(inner.unwrap_or(name));
            }
            None
        }
        walk(self.root.as_ref()?, at, "")
    }

    /// The numbers of `[figures]` written as text (`amount = "350000"`,
    /// `value = "0,5"`) or as anything but a number, each a diagnostic at
    /// its key.
    fn quoted_numbers(&self, file: &str) -> Vec<Diagnostic> {
        use toml::de::DeValue;
        let mut out = Vec::new();
        let Some((_, figures)) = self.find(&[Seg::Key("figures")]) else {
            return out;
        };
        let DeValue::Table(figures) = figures.get_ref() else {
            return out;
        };
        for (name, def) in figures.iter() {
            let DeValue::Table(def) = def.get_ref() else {
                continue;
            };
            let kind = def.iter().find_map(|(k, v)| match v.get_ref() {
                DeValue::String(s) if k.get_ref().as_ref() == "type" => Some(s.to_string()),
                _ => None,
            });
            if !matches!(
                kind.as_deref(),
                Some("money" | "percent" | "duration" | "count" | "ordinal" | "day-of-month")
            ) {
                continue;
            }
            for (key, value) in def.iter() {
                let field = key.get_ref().as_ref();
                if !matches!(field, "amount" | "value") {
                    continue;
                }
                let dotted = format!("figures.{}.{field}", name.get_ref());
                let (line, col) = line_col(self.text, key.span().start);
                let written = self.text.get(value.span()).unwrap_or_default().to_string();
                let d = match value.get_ref() {
                    DeValue::Integer(_) | DeValue::Float(_) => continue,
                    DeValue::String(s) => {
                        let example = s.replace([' ', '\u{a0}'], "").replace(',', ".");
                        Diagnostic::at(
                            file,
                            line,
                            Message::new(Msg::SrcNumberQuoted)
                                .with("key", dotted)
                                .with("value", written),
                        )
                        .help(
                            Message::new(Msg::SrcNumberQuotedHelp)
                                .with("example", format!("{field} = {example}")),
                        )
                    }
                    _ => Diagnostic::at(
                        file,
                        line,
                        Message::new(Msg::SrcNumberType).with("key", dotted),
                    ),
                };
                out.push(d.column(col));
            }
        }
        out
    }
}

/// The key of a case in `ru_cases`.
pub fn case_key(case: crate::figures::RuCase) -> &'static str {
    use crate::figures::RuCase;
    match case {
        RuCase::Nom => "nom",
        RuCase::Gen => "gen",
        RuCase::Dat => "dat",
        RuCase::Acc => "acc",
        RuCase::Ins => "ins",
        RuCase::Prep => "prep",
    }
}

/// Names that templates use for other things.
pub const RESERVED: &[&str] = &[
    "ref", "city", "title", "lang", "version", "id", "case", "number", "date",
];

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Load a contract folder into the model (see [`super::load_contract`]).
pub fn load(dir: &std::path::Path) -> Result<crate::model::Bilingual> {
    super::load_contract(dir).map(|c| c.bi)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "demo"
version = 2026-11-01

[title]
kk = "Шарт"
ru = "Договор"

[[parties]]
key = "provider"
role = { kk = "Орындаушы", ru = "Исполнитель" }
name = { kk = "«Мысал» ЖШС", ru = "ТОО «Пример»" }
bin = "123456789013"

[figures]
price = { type = "money", amount = 990000, currency = "KZT" }
rate = { type = "percent", value = 0.5 }
refund = { type = "duration", value = 10, unit = "working-days" }
start = { type = "date", value = 2026-12-01 }
lessons = { type = "count", value = 24, noun = { ru = ["занятие", "занятия", "занятий"], kk = "сабақ" }, gender = "neut" }
hours = { type = "text", kk = "09:00-18:00", ru = "с 09:00 до 18:00" }
"#;

    #[test]
    fn parses_every_figure_type() {
        let m = ContractMeta::parse(GOOD, "contract.toml").unwrap();
        assert_eq!(m.id, "demo");
        assert_eq!(m.figures.len(), 6);
        let q = m.figures["rate"].quantity().unwrap();
        assert_eq!(q.number.to_string(), "0.5");
        assert_eq!(q.unit, Unit::Percent);
        assert_eq!(
            m.figures["refund"].quantity().unwrap().unit,
            Unit::Day(DayKind::Working)
        );
        assert!(matches!(m.figures["start"], FigureDef::Date { .. }));
        assert_eq!(m.version.year, 2026);
    }

    /// A message in English, as the tests read it.
    fn en(m: &crate::messages::Message) -> String {
        crate::messages::Catalogue::default().text(m)
    }

    fn err(text: &str) -> Diagnostic {
        match ContractMeta::parse(text, "c/contract.toml") {
            Err(crate::Error::Input(d)) => d[0].clone(),
            other => panic!("expected an input error, got {other:?}"),
        }
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let text = GOOD.replace("bin = ", "bim = ");
        let d = err(&text);
        assert_eq!(d.file, "c/contract.toml");
        assert_eq!(d.line, Some(13));
        assert!(en(&d.message).contains("bim"), "{d}");
    }

    #[test]
    fn wrong_type_names_line() {
        let text = GOOD.replace("value = 0.5", "value = \"half\"");
        let d = err(&text);
        assert_eq!(d.line, Some(17), "{d}");
        assert!(en(&d.message).contains("half"), "{d}");
    }

    #[test]
    fn unknown_unit_is_an_error() {
        let text = GOOD.replace("working-days", "fortnights");
        let d = err(&text);
        assert_eq!(d.line, Some(18), "{d}");
        assert!(en(&d.message).contains("fortnights"), "{d}");
    }

    #[test]
    fn invalid_toml_is_an_error() {
        let d = err("id = \"x\"\nversion = \n");
        assert_eq!(d.line, Some(2), "{d}");
    }

    #[test]
    fn bad_bin_is_an_error() {
        let d = err(&GOOD.replace("123456789013", "12345"));
        assert!(en(&d.message).contains("12 digits"), "{d}");
    }

    #[test]
    fn numbers_written_as_text_are_errors_naming_the_key() {
        let text = GOOD
            .replace("amount = 990000", "amount = \"990 000\"")
            .replace("value = 0.5", "value = \"0,5\"");
        let Err(crate::Error::Input(diags)) = ContractMeta::parse(&text, "contract.toml") else {
            panic!("accepted numbers written as text");
        };
        let said: Vec<(Option<u32>, String)> =
            diags.iter().map(|d| (d.line, en(&d.message))).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert_eq!(said[0].0, Some(16));
        assert!(
            said[0].1.contains("`figures.price.amount` is a number"),
            "{said:?}"
        );
        assert_eq!(said[1].0, Some(17));
        assert!(said[1].1.contains("`figures.rate.value`"), "{said:?}");
        let help = diags[1].help.as_ref().map(en).unwrap_or_default();
        assert!(help.contains("value = 0.5"), "{help}");
    }

    #[test]
    fn wrong_types_name_the_key_from_the_parser_span() {
        // The value `1` also occurs earlier in the file: the line comes from
        // the parser's span, not from a search for the text.
        let d = err(&GOOD.replace("bin = \"123456789013\"", "bin = 1"));
        assert_eq!(d.line, Some(13), "{d}");
        assert!(en(&d.message).contains("`parties[0].bin`"), "{d}");
    }

    #[test]
    fn identifiers_are_checked() {
        let d = err(&GOOD.replace("123456789013", "123456789012"));
        assert!(en(&d.message).contains("check digit"), "{d}");
        assert_eq!(d.line, Some(13));
    }
}
