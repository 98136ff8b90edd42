//! The JSON report of a diff. The wire format is these serialize-only
//! structs, not the internal types:
//!
//! ```json
//! {"changes":[{"kind":"modified","lang":"ru",
//!              "old":{"clause":"2.3","line":12,"file":"old/ru.md"},
//!              "new":{"clause":"2.3","line":12,"file":"new/ru.md"},
//!              "figures":[{"old":"10 дней","new":"14 дней","context":"в течение"}],
//!              "words":[{"op":"delete","text":"10"},{"op":"insert","text":"14"}]}],
//!  "findings":[{"code":"one-sided-edit","severity":"error","message":"…",
//!               "locations":[{"lang":"kk","file":"…","line":12,"clause":"2.3","excerpt":"…"}]}]}
//! ```
//!
//! `old` or `new` is null for inserted or deleted clauses; `words` lists
//! only the deleted and inserted runs and is left out when empty.

use crate::diff::words::WordOp;
use crate::diff::{Change, DiffReport, LangDiff};
use serde::Serialize;

#[derive(Serialize)]
struct JReport<'a> {
    changes: Vec<JChange<'a>>,
    findings: Vec<JFinding<'a>>,
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

#[derive(Serialize)]
struct JFinding<'a> {
    code: &'a str,
    severity: &'static str,
    message: &'a str,
    locations: Vec<JLocation<'a>>,
}

#[derive(Serialize)]
struct JLocation<'a> {
    lang: &'static str,
    file: &'a str,
    line: u32,
    clause: Option<&'a str>,
    excerpt: &'a str,
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

/// The JSON report, pretty-printed, ending with a newline.
pub fn render(report: &DiffReport) -> String {
    let j = JReport {
        changes: report
            .langs
            .iter()
            .flat_map(|ld| ld.changes.iter().map(move |c| change(ld, c)))
            .collect(),
        findings: report
            .findings
            .iter()
            .map(|f| JFinding {
                code: f.code,
                severity: match f.severity {
                    crate::check::Severity::Error => "error",
                    crate::check::Severity::Warning => "warning",
                },
                message: &f.message,
                locations: f
                    .locations
                    .iter()
                    .map(|l| JLocation {
                        lang: l.lang.code(),
                        file: &l.file,
                        line: l.line,
                        clause: l.clause.as_deref(),
                        excerpt: &l.excerpt,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&j).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}
