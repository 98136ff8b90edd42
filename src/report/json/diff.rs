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
//! `kind` is one of `inserted`, `deleted`, `modified`, `moved`,
//! `renumbered` (the words the text and HTML reports use); `old` or `new`
//! is null for inserted or deleted clauses; `words` lists only the deleted
//! and inserted runs and is left out when empty. Findings are the shared
//! [`crate::report::wire`] findings.

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
    };
    wire::write_json(&j, w)
}
