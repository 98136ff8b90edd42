//! The JSON report of a diff:
//!
//! ```json
//! {"version":1,
//!  "changes":[{"kind":"modified","lang":"ru",
//!              "old":{"clause":"2.3","line":12,"file":"old/ru.md"},
//!              "new":{"clause":"2.3","line":12,"file":"new/ru.md"},
//!              "figures":[{"old":"10 дней","new":"14 дней","context":"в течение"}],
//!              "words":[{"op":"delete","text":"10"},{"op":"insert","text":"14"}]}],
//!  "findings":[…],
//!  "summary":{"errors":0,"warnings":0}}
//! ```
//!
//! When both versions are contract folders, `meta` compares their
//! `contract.toml`:
//!
//! ```json
//! "meta":{"old_file":"old/contract.toml","new_file":"new/contract.toml",
//!         "changes":[{"kind":"modified","path":"parties[provider].iban",
//!                     "field":"iban","party":"provider","requisite":true,
//!                     "one_sided":null,"langs":["kk","ru"],
//!                     "old":"KZ73…","new":"KZ27…","old_line":33,"new_line":33}]}
//! ```
//!
//! A per-language value is an object `{"kk":…,"ru":…}`; `one_sided` names
//! the only language changed; `meta` is left out for other inputs and
//! when `contract.toml` did not change.
//!
//! `kind` is one of `inserted`, `deleted`, `modified`, `moved`,
//! `renumbered` (the words the text and HTML reports use); `old` or `new`
//! is null for inserted or deleted clauses; `words` lists only the deleted
//! and inserted runs and is left out when empty. Findings are the shared
//! [`crate::report::wire`] findings.

use crate::diff::meta::{MetaDiff, MetaValue};
use crate::diff::words::WordOp;
use crate::diff::{Change, DiffReport, LangDiff};
use crate::report::{wire, Context};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct JReport<'a> {
    version: u32,
    changes: Vec<JChange<'a>>,
    findings: Vec<wire::WireFinding<'a>>,
    summary: wire::WireSummary,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<JMeta<'a>>,
}

#[derive(Serialize)]
struct JMeta<'a> {
    old_file: &'a str,
    new_file: &'a str,
    changes: Vec<JMetaChange<'a>>,
}

#[derive(Serialize)]
struct JMetaChange<'a> {
    kind: &'static str,
    path: String,
    field: &'static str,
    party: Option<&'a str>,
    requisite: bool,
    one_sided: Option<&'static str>,
    langs: Vec<&'static str>,
    old: Option<JValue<'a>>,
    new: Option<JValue<'a>>,
    old_line: u32,
    new_line: u32,
}

#[derive(Serialize)]
#[serde(untagged)]
enum JValue<'a> {
    Neutral(&'a str),
    PerLang { kk: &'a str, ru: &'a str },
}

fn value(v: &MetaValue) -> JValue<'_> {
    match v {
        MetaValue::Neutral(s) => JValue::Neutral(s),
        MetaValue::PerLang { kk, ru } => JValue::PerLang { kk, ru },
    }
}

fn meta(m: &MetaDiff) -> JMeta<'_> {
    JMeta {
        old_file: &m.old_file,
        new_file: &m.new_file,
        changes: m
            .changes
            .iter()
            .map(|c| JMetaChange {
                kind: c.kind.code(),
                path: c.path(),
                field: c.field.key_static(),
                party: c.party.as_deref(),
                requisite: c.field.is_requisite(),
                one_sided: c.one_sided().map(|l| l.code()),
                langs: c.langs.iter().map(|l| l.code()).collect(),
                old: c.old.as_ref().map(value),
                new: c.new.as_ref().map(value),
                old_line: c.old_line,
                new_line: c.new_line,
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct JChange<'a> {
    kind: &'static str,
    lang: &'static str,
    old: Option<JSide<'a>>,
    new: Option<JSide<'a>>,
    figures: Vec<JFigure<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    words: Vec<JWord<'a>>,
}

#[derive(Serialize)]
struct JSide<'a> {
    clause: Option<&'a str>,
    line: u32,
    file: &'a str,
}

#[derive(Serialize)]
struct JFigure<'a> {
    old: Option<&'a str>,
    new: Option<&'a str>,
    context: &'a str,
}

#[derive(Serialize)]
struct JWord<'a> {
    op: &'static str,
    text: &'a str,
}

fn change<'a>(ld: &'a LangDiff, c: &'a Change) -> JChange<'a> {
    JChange {
        kind: c.kind.code(),
        lang: c.lang.code(),
        old: c.old.as_ref().map(|s| JSide {
            clause: s.clause.as_deref(),
            line: s.line,
            file: &ld.old_file,
        }),
        new: c.new.as_ref().map(|s| JSide {
            clause: s.clause.as_deref(),
            line: s.line,
            file: &ld.new_file,
        }),
        figures: c
            .figures
            .iter()
            .map(|f| JFigure {
                old: f.old.as_deref(),
                new: f.new.as_deref(),
                context: &f.context,
            })
            .collect(),
        words: c
            .words
            .iter()
            .filter_map(|w| match w.op {
                WordOp::Equal => None,
                WordOp::Delete => Some(JWord {
                    op: "delete",
                    text: &w.old,
                }),
                WordOp::Insert => Some(JWord {
                    op: "insert",
                    text: &w.new,
                }),
            })
            .collect(),
    }
}

/// Write the JSON report of a diff.
pub fn write(report: &DiffReport, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
    let j = JReport {
        version: wire::VERSION,
        changes: report
            .langs
            .iter()
            .flat_map(|ld| ld.changes.iter().map(move |c| change(ld, c)))
            .collect(),
        findings: wire::findings(&report.findings, &cx.catalogue),
        summary: wire::summary(&report.findings),
        meta: report
            .meta
            .as_ref()
            .filter(|m| !m.changes.is_empty())
            .map(meta),
    };
    wire::write_json(&j, w)
}
