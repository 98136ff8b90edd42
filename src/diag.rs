//! Diagnostics for broken user input, and typed infrastructure errors.
//!
//! A broken contract source is not an exceptional condition: every problem
//! found is collected as a [`Diagnostic`] with file and 1-based line, so a
//! lawyer fixes all of them in one round. Infrastructure failures (a file
//! that cannot be read or written) are [`Error::Io`] naming the path.

use crate::messages::{Arg, Catalogue, Message, Msg, UiLang};
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
    pub message: Message,
    /// What to do about it.
    pub help: Option<Message>,
}

impl Diagnostic {
    /// A diagnostic for a whole file.
    pub fn file(file: impl Into<String>, message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
        }
    }

    /// A diagnostic at a line.
    pub fn at(file: impl Into<String>, line: u32, message: impl Into<Message>) -> Diagnostic {
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
    pub fn help(mut self, help: impl Into<Message>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// The diagnostic in the language of a catalogue:
    /// `error: FILE:LINE:COL: message`, and `  help: …` on a second line
    /// when there is advice.
    pub fn render(&self, cat: &Catalogue) -> String {
        let mut s = format!("{}: {}", cat.get(Msg::SeverityError), self.file);
        if let Some(l) = self.line {
            s.push_str(&format!(":{l}"));
            if let Some(c) = self.column {
                s.push_str(&format!(":{c}"));
            }
        }
        s.push_str(": ");
        s.push_str(&cat.text(&self.message));
        if let Some(h) = &self.help {
            s.push_str(&format!("\n  {}: {}", cat.get(Msg::Help), cat.text(h)));
        }
        s
    }
}

/// In English.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Catalogue::new(UiLang::En)))
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

/// A number argument of a message (a line, a limit), to which Kazakh case
/// endings attach.
pub(crate) fn num(n: impl fmt::Display) -> Arg {
    Arg::Num(n.to_string())
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

    fn undefined_price() -> Diagnostic {
        Diagnostic::at(
            "c/kk.md",
            12,
            Message::new(Msg::SrcUndefinedFigure).with("name", "price"),
        )
        .column(5)
        .help(Message::new(Msg::SrcDidYouMean).with("name", "prices"))
    }

    #[test]
    fn display_names_file_and_line() {
        let d = Diagnostic::at(
            "c/kk.md",
            12,
            Message::new(Msg::SrcUndefinedFigure).with("name", "price"),
        )
        .help(Msg::SrcDefineFigure);
        assert_eq!(
            d.to_string(),
            "error: c/kk.md:12: undefined figure `price`\n  help: define it in contract.toml under [figures]"
        );
        assert_eq!(d.render(&Catalogue::new(UiLang::En)), d.to_string());
        let whole = Diagnostic::file("c/contract.toml", Msg::SrcMissingMetadata);
        assert_eq!(
            whole.to_string(),
            "error: c/contract.toml: missing contract metadata"
        );
    }

    #[test]
    fn render_speaks_russian() {
        let ru = Catalogue::new(UiLang::Ru);
        assert_eq!(
            undefined_price().render(&ru),
            "ошибка: c/kk.md:12:5: значение «price» не определено\n  \
             подсказка: возможно, имелось в виду «prices»? Значения задаются в файле \
             contract.toml в разделе [figures]"
        );
        let d = Diagnostic::at(
            "c/kk.md",
            3,
            Message::new(Msg::SrcIdTwice).with("id", "refund"),
        )
        .help(Message::new(Msg::SrcIdTwiceHelp).with("line", num(7)));
        assert_eq!(
            d.render(&ru),
            "ошибка: c/kk.md:3: метка пункта «refund» использована дважды\n  \
             подсказка: она уже использована в строке 7"
        );
    }

    #[test]
    fn render_speaks_kazakh() {
        let kk = Catalogue::new(UiLang::Kk);
        assert_eq!(
            undefined_price().render(&kk),
            "қате: c/kk.md:12:5: «price» мәні анықталмаған\n  \
             кеңес: «prices» деп жазу керек пе еді? Мәндер contract.toml файлының \
             [figures] бөлімінде анықталады"
        );
        // A nested message and a number with a Kazakh ending.
        let d = Diagnostic::at(
            "c/ru.md",
            4,
            Message::new(Msg::SrcRefMisplaced).with("place", Msg::SrcInTableCell),
        );
        assert_eq!(
            d.render(&kk),
            "қате: c/ru.md:4: тармаққа сілтеме кесте ұяшығында тұра алмайды"
        );
        let d = Diagnostic::file(
            "big.txt",
            Message::new(Msg::SrcTooLarge).with("mb", num(512)),
        );
        assert_eq!(
            d.render(&kk),
            "қате: big.txt: файлдың көлемі 512 МБ-тан асады, ал qostil бұдан үлкен файлды оқымайды"
        );
    }
}
