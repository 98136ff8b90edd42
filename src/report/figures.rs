//! The figures of a document as `qostil figures` reports them: one
//! serialize-only [`Record`] per figure (the JSON shape, see
//! `schemas/figures.schema.json`), and its one-line text form.
//!
//! - `line`: 1-based line number; `lang`: `kk` or `ru` (detected per line,
//!   Russian when undecided);
//! - `kind`: `money`, `percent`, `duration`, `date`, `time`, `count`,
//!   `number`, `clause-ref`, `law-ref`, `identifier`;
//! - `value`: a decimal with a `.` (`990000`, `0.5`), a date `2018-12-20`,
//!   a time `09:00`, a clause number `4.2`, or normalised text;
//! - `unit`: `none`, `money`, `percent`, `day`, `week`, `month`, `year`,
//!   `hour`, `minute`, `times`, `count`; `qualifier` (only when there is
//!   one): the day kind (`plain`, `working`, `calendar`, `banking`), the
//!   currency (`KZT`, `RUB`, `USD`, `EUR`) or the counted thing;
//! - `words` / `words_text` (only when there are number words beside the
//!   digits): their value and the words as written;
//! - `file` (when several files are listed): the file.

use crate::figures::{extract, Figure, Unit, Value};
use crate::lang::{detect, Lang};
use crate::messages::{Catalogue, Msg, UiLang};
use serde::Serialize;

/// One figure as `qostil figures` reports it.
#[derive(Debug, Serialize)]
pub struct Record {
    /// The file, when several are listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line.
    pub line: usize,
    /// `kk` or `ru`.
    pub lang: &'static str,
    /// The kind of figure.
    pub kind: String,
    /// Its value, normalised.
    pub value: String,
    /// Its unit.
    pub unit: &'static str,
    /// The day kind, currency or counted thing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// The figure as written.
    pub text: String,
    /// The value of the number words beside the digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// The number words as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words_text: Option<String>,
}

impl Record {
    /// The text form, its words in the catalogue's language:
    /// `3:ru duration 10 day(working) words=10 "…"` in English,
    /// `3:ru срок 10 день(рабочий) прописью=10 «…»` in Russian.
    pub fn to_line(&self, c: &Catalogue) -> String {
        let mut s = String::new();
        if let Some(f) = &self.file {
            s.push_str(f);
            s.push(':');
        }
        let word = |code: &str| code_word(c, code).unwrap_or_else(|| code.to_string());
        s.push_str(&format!(
            "{}:{} {} {}",
            self.line,
            self.lang,
            word(&self.kind),
            self.value
        ));
        if self.unit != "none" {
            s.push(' ');
            s.push_str(&word(&format!("unit:{}", self.unit)));
            if let Some(q) = &self.qualifier {
                let q = if self.unit == "day" {
                    word(&format!("day:{q}"))
                } else {
                    q.clone()
                };
                s.push_str(&format!("({q})"));
            }
        }
        if let Some(w) = &self.words {
            s.push_str(&format!(" {}={w}", c.get(Msg::FigureWords)));
        }
        let text = self.text.replace(['\n', '\r'], " ");
        match c.lang() {
            UiLang::En => s.push_str(&format!(" \"{text}\"\n")),
            _ => s.push_str(&format!(" «{text}»\n")),
        }
        s
    }
}

/// The word for a figure kind (`duration`), a unit (`unit:day`) or a day
/// kind (`day:working`) in the catalogue's language.
fn code_word(c: &Catalogue, code: &str) -> Option<String> {
    let id = match code {
        "money" => Msg::KindMoney,
        "percent" => Msg::KindPercent,
        "duration" => Msg::KindDuration,
        "date" => Msg::KindDate,
        "time" => Msg::KindTime,
        "count" => Msg::KindCount,
        "number" => Msg::KindNumber,
        "clause-ref" => Msg::KindClauseRef,
        "item-ref" => Msg::KindItemRef,
        "law-ref" => Msg::KindLawRef,
        "identifier" => Msg::KindIdentifier,
        "unit:money" => Msg::UnitMoney,
        "unit:percent" => Msg::UnitPercent,
        "unit:day" => Msg::UnitDay,
        "unit:week" => Msg::UnitWeek,
        "unit:month" => Msg::UnitMonth,
        "unit:year" => Msg::UnitYear,
        "unit:hour" => Msg::UnitHour,
        "unit:minute" => Msg::UnitMinute,
        "unit:times" => Msg::UnitTimes,
        "unit:count" => Msg::UnitCount,
        "day:plain" => Msg::DayPlain,
        "day:working" => Msg::DayWorking,
        "day:calendar" => Msg::DayCalendar,
        "day:banking" => Msg::DayBanking,
        _ => return None,
    };
    Some(c.get(id))
}

fn unit_parts(u: &Unit) -> (&'static str, Option<String>) {
    match u {
        Unit::None => ("none", None),
        Unit::Money(c) => ("money", Some(json_name(c))),
        Unit::Percent => ("percent", None),
        Unit::Day(k) => ("day", Some(json_name(k))),
        Unit::Week => ("week", None),
        Unit::Month => ("month", None),
        Unit::Year => ("year", None),
        Unit::Hour => ("hour", None),
        Unit::Minute => ("minute", None),
        Unit::Times => ("times", None),
        Unit::Count(k) => ("count", Some(k.clone())),
    }
}

fn json_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
        Value::Time { hour, minute } => format!("{hour:02}:{minute:02}"),
        Value::Clause(c) => c.to_string(),
        Value::Text(t) => t.clone(),
    }
}

fn record(f: &Figure, line: usize, lang: Lang, file: Option<&str>) -> Record {
    let (unit, qualifier) = unit_parts(&f.unit);
    Record {
        file: file.map(str::to_string),
        line,
        lang: lang.code(),
        kind: json_name(&f.kind),
        value: value_text(&f.value),
        unit,
        qualifier,
        text: f.text.clone(),
        words: f.words.map(|w| w.to_string()),
        words_text: f.words_text.clone(),
    }
}

/// Every figure of a document read into the model (a contract folder's
/// rendered bodies), at the source line of each block.
pub fn document_records(doc: &crate::model::Document) -> Vec<Record> {
    use crate::model::Block;
    fn texts(b: &Block, out: &mut Vec<(u32, String)>) {
        match b {
            Block::Heading(h) => out.push((h.line, h.text.to_plain())),
            Block::Clause(c) => {
                out.push((c.line, c.text.to_plain()));
                for ch in &c.children {
                    texts(ch, out);
                }
            }
            Block::List(l) => out.extend(l.items.iter().map(|i| (i.line, i.text.to_plain()))),
            Block::Table(t) => {
                for cell in t.header.iter().chain(t.rows.iter().flatten()) {
                    out.push((t.line, cell.to_plain()));
                }
            }
        }
    }
    let mut all = Vec::new();
    for b in &doc.blocks {
        texts(b, &mut all);
    }
    let mut out = Vec::new();
    for (line, text) in all {
        for f in extract(&text, doc.lang) {
            out.push(record(&f, line as usize, doc.lang, Some(&doc.file)));
        }
    }
    out
}

/// Every figure of the pieces of a DOCX or PDF, at each piece's location
/// (paragraph or page), in the language the layout gives it or its words.
pub fn piece_records(x: &crate::source::piece::Extracted, file: Option<&str>) -> Vec<Record> {
    let mut out = Vec::new();
    for p in &x.pieces {
        let lang = p.lang.or_else(|| detect(&p.text)).unwrap_or(Lang::Ru);
        for f in extract(&p.text, lang) {
            out.push(record(&f, p.line as usize, lang, file));
        }
    }
    out
}

/// Every figure of `text`, line by line.
pub fn records(text: &str, file: Option<&str>) -> Vec<Record> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if !line.bytes().any(|b| b.is_ascii_digit()) && line.trim().is_empty() {
            continue;
        }
        let lang = detect(line).unwrap_or(Lang::Ru);
        for f in extract(line, lang) {
            out.push(record(&f, i + 1, lang, file));
        }
    }
    out
}
