//! GitHub Actions workflow commands: one annotation per finding,
//! `::error file=…,line=…,title=…::message`. Data is escaped (`%`, `\r`,
//! `\n`); properties also escape `:` and `,`.

use super::{Context, Emitter, Report};
use crate::check::Finding;
use crate::messages::Catalogue;
use std::io::{self, Write};

/// Escape the message part of a workflow command; other control
/// characters are shown, not obeyed, by the log viewer.
pub fn escape_data(s: &str) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    super::terminal_safe(&s).into_owned()
}

/// Escape a property value of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The GitHub emitter: the findings of `check` or the one-sided edits of
/// `diff` as annotations.
pub struct Github;

impl Emitter for Github {
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
        match report {
            Report::Check(findings) | Report::CheckMany { findings, .. } => {
                write(findings, &cx.catalogue, w)
            }
            Report::Diff(d) => write(&d.findings, &cx.catalogue, w),
            Report::Figures(_) => Err(super::unsupported("github", report)),
        }
    }
}

/// Write one annotation per finding at its first location; the other
/// locations are named in the message.
pub fn write(findings: &[Finding], c: &Catalogue, w: &mut dyn Write) -> io::Result<()> {
    for f in findings {
        let cmd = f.severity.code();
        let mut message = c.text(&f.message);
        for l in f.locations.iter().skip(1) {
            message.push_str(&format!(
                "\n{} ({}): {}:{}",
                l.lang.map_or("-", |l| l.code()),
                l.clause.as_deref().unwrap_or("-"),
                l.file,
                l.line
            ));
        }
        let mut props = Vec::new();
        if let Some(l) = f.locations.first() {
            props.push(format!("file={}", escape_property(&l.file)));
            if l.line > 0 {
                props.push(format!("line={}", l.line));
                if let Some(col) = l.column {
                    props.push(format!("col={col}"));
                }
            }
            let title = match (l.lang, &l.clause) {
                (Some(lang), Some(cl)) => format!("{} ({lang} {cl})", f.code),
                (Some(lang), None) => format!("{} ({lang})", f.code),
                (None, _) => f.code.to_string(),
            };
            props.push(format!("title={}", escape_property(&title)));
        } else {
            props.push(format!("title={}", escape_property(f.code)));
        }
        writeln!(w, "::{cmd} {}::{}", props.join(","), escape_data(&message))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape_data("a%b\r\nc"), "a%25b%0D%0Ac");
        assert_eq!(escape_property("x: y, z"), "x%3A y%2C z");
    }
}
