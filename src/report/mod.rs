//! Reports: what `check`, `diff` and `figures` found, written for people
//! and for tools. One emitter per format ([`Emitter`]: text, JSON, SARIF
//! 2.1.0, GitHub workflow commands, HTML, DOCX), each writing any [`Report`] it
//! supports to a `&mut dyn Write`; only the command line touches files and
//! standard output.
//!
//! Every word a person reads comes from the [`Catalogue`] in the emitter's
//! [`Context`], in the reader's language; findings stay data until then.
//! The JSON shapes are the serialize-only structs of [`wire`] (documented
//! by the JSON Schemas under `schemas/`, versioned by
//! [`wire::VERSION`]).

pub mod changes;
pub mod docx;
pub mod figures;
pub mod github;
pub mod html;
pub mod json;
pub mod sarif;
pub mod text;
pub mod wire;

use crate::check::{Finding, Severity};
use crate::diff::DiffReport;
use crate::messages::{Catalogue, Msg};
use std::borrow::Cow;
use std::io::{self, Write};

/// What is reported.
#[derive(Debug, Clone, Copy)]
pub enum Report<'a> {
    /// The findings of `qostil check`.
    Check(&'a [Finding]),
    /// The findings of `qostil check` over many contracts (a walked
    /// folder): the same findings, the text summary naming the number of
    /// contracts checked.
    CheckMany {
        /// All findings, contract by contract.
        findings: &'a [Finding],
        /// The number of contracts checked.
        contracts: usize,
    },
    /// The changes and one-sided edits of `qostil diff`.
    Diff(&'a DiffReport),
    /// The figures of `qostil figures`.
    Figures(&'a [figures::Record]),
}

/// What an emitter needs besides the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The reader's language.
    pub catalogue: Catalogue,
    /// Colour the text output (a terminal that wants it).
    pub colour: bool,
    /// Write the interface words of a page for a client (the HTML diff
    /// report) in the contract's two languages, Kazakh and Russian, rather
    /// than in the catalogue's alone: what a reader gets when no interface
    /// language was asked for.
    pub pair: bool,
}

/// Writes reports in one format.
pub trait Emitter {
    /// Write `report` to `w`. A report the format cannot carry is an
    /// [`io::ErrorKind::Unsupported`] error.
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()>;
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style diagnostics for people.
    Text,
    /// JSON for other tools.
    Json,
    /// SARIF 2.1.0 for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// A standalone HTML page (the diff report for a client).
    Html,
    /// A Word document (the redline of a diff).
    Docx,
}

impl Format {
    /// Parse a format name (`text`, `json`, `sarif`, `github`, `html`, `docx`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "text" => Format::Text,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            "html" => Format::Html,
            "docx" => Format::Docx,
            _ => return None,
        })
    }

    /// The emitter of this format.
    pub fn emitter(self) -> &'static dyn Emitter {
        match self {
            Format::Text => &text::Text,
            Format::Json => &json::Json,
            Format::Sarif => &sarif::Sarif,
            Format::Github => &github::Github,
            Format::Html => &html::Html,
            Format::Docx => &docx::Docx,
        }
    }
}

/// Write `report` in `format`.
pub fn write(
    format: Format,
    report: &Report<'_>,
    cx: &Context,
    w: &mut dyn Write,
) -> io::Result<()> {
    format.emitter().emit(report, cx, w)
}

/// The report in `format`, as a string.
pub fn to_string(format: Format, report: &Report<'_>, cx: &Context) -> String {
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail; an unsupported report gives nothing.
    let _ = write(format, report, cx, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The error of an emitter given a report its format cannot carry.
pub(crate) fn unsupported(format: &str, report: &Report<'_>) -> io::Error {
    let what = match report {
        Report::Check(_) | Report::CheckMany { .. } => "check",
        Report::Diff(_) => "diff",
        Report::Figures(_) => "figures",
    };
    io::Error::new(
        io::ErrorKind::Unsupported,
        format!("the {format} format does not carry the {what} report"),
    )
}

/// The lowest severity that fails a run (`--fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Errors fail.
    Error,
    /// Errors and warnings fail.
    Warning,
    /// Nothing fails.
    Never,
}

impl FailOn {
    /// Whether these findings fail the run.
    pub fn fails(self, findings: &[Finding]) -> bool {
        let worst = findings.iter().map(|f| f.severity).max();
        match (self, worst) {
            (FailOn::Never, _) | (_, None) => false,
            (FailOn::Warning, Some(_)) => true,
            (FailOn::Error, Some(s)) => s == Severity::Error,
        }
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
}

impl Summary {
    /// Count the findings.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
        }
        s
    }
}

/// The name of a severity in the reader's language.
pub fn severity_word(c: &Catalogue, s: Severity) -> String {
    c.get(match s {
        Severity::Error => Msg::SeverityError,
        Severity::Warning => Msg::SeverityWarning,
    })
}

/// Text from a document made safe for a terminal: control characters
/// (escape sequences, carriage returns, bells) and the bidirectional
/// overrides that reorder what a reader sees are written as visible
/// `\u{1b}` escapes; line feeds and tabs stay.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(terminal_safe("Срок 10 дней"), "Срок 10 дней");
        assert_eq!(
            terminal_safe("a\u{1b}[2Jb\rc\u{7}\u{9b}d"),
            "a\\u{1b}[2Jb\\u{d}c\\u{7}\\u{9b}d"
        );
        assert_eq!(terminal_safe("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(terminal_safe("a\tb\nc"), "a\tb\nc");
    }
}
