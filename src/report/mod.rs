//! Writing findings: one file per format (compiler-style text, JSON, SARIF
//! 2.1.0, GitHub workflow commands). Emitters write to any
//! [`std::io::Write`]; only the command line touches files and stdout.

pub mod github;
pub mod json;
pub mod sarif;
pub mod text;

use crate::check::{Finding, Severity};
use std::borrow::Cow;
use std::io::{self, Write};

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
}

impl Format {
    /// Parse a format name (`text`, `json`, `sarif`, `github`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "text" => Format::Text,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            _ => return None,
        })
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

/// Write `findings` in `format`.
pub fn write(format: Format, findings: &[Finding], w: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => text::write(findings, w),
        Format::Json => json::write(findings, w),
        Format::Sarif => sarif::write(findings, w),
        Format::Github => github::write(findings, w),
    }
}

/// The findings in `format`, as a string.
pub fn to_string(format: Format, findings: &[Finding]) -> String {
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write(format, findings, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
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
