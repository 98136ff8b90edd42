//! Diagnostics for broken user input, and typed infrastructure errors.
//!
//! A broken contract source is not an exceptional condition: every problem
//! found is collected as a [`Diagnostic`] with file and 1-based line, so a
//! lawyer fixes all of them in one round. Infrastructure failures (a file
//! that cannot be read or written) are [`Error::Io`] naming the path.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in user input, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as given by the user.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// 1-based column, when known.
    pub column: Option<u32>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic for a whole file.
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
        }
    }

    /// A diagnostic at a line.
    pub fn at(file: impl Into<String>, line: u32, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            line: Some(line),
            ..Diagnostic::file(file, message)
        }
    }

    /// Add a column.
    pub fn column(mut self, column: u32) -> Diagnostic {
        self.column = Some(column);
        self
    }

    /// Add advice.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        write!(f, ": {}", self.message)?;
        if let Some(h) = &self.help {
            write!(f, "\n  help: {h}")?;
        }
        Ok(())
    }
}

/// The error type of the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more problems in user input.
    #[error("{}", display_all(.0))]
    Input(Vec<Diagnostic>),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Anything else that is not the user's fault.
    #[error("{0}")]
    Other(String),
}

fn display_all(d: &[Diagnostic]) -> String {
    d.iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// An I/O error naming the path.
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Error {
        Error::Input(vec![d])
    }
}

/// Result with the library's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// 1-based line and column of a byte offset in a text.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.bytes().filter(|b| *b == b'\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_is_one_based() {
        let t = "ab\ncдe\nf";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(line_col(t, 6), (2, 3));
        assert_eq!(line_col(t, 999), (3, 2));
    }

    #[test]
    fn display_names_file_and_line() {
        let d = Diagnostic::at("c/kk.md", 12, "undefined figure `price`").help("define it");
        assert_eq!(
            d.to_string(),
            "error: c/kk.md:12: undefined figure `price`\n  help: define it"
        );
    }
}
