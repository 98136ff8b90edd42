//! The model of a contract in one language.
//!
//! The model knows nothing of Markdown, HTML or PDF: the Markdown source
//! reader, the plain-text reader (pasted or PDF-extracted documents) and the
//! HTML reader all build the same [`Document`], and every renderer, the
//! checker and the diff read only this model.
//!
//! Invariants:
//! - `Document::blocks` is a flat sequence in reading order; the hierarchy of
//!   a contract is carried by clause numbers (`4`, `4.2`, `4.2.1`), as lawyers
//!   write it, not by nesting. Lists and tables that belong to a clause are
//!   its `children`.
//! - Every block carries the 1-based line in `Document::file` where it starts.

use crate::lang::Lang;
use serde::Serialize;
use std::fmt;

/// A clause number such as `4.2.1`: its parts, most significant first.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ClauseNumber(pub Vec<u32>);

/// The deepest clause number there is: `1.2.3.4.5.6.7.8.9.10.11.12`. Real
/// contracts nest four or five levels at most; a dotted run of more than
/// twelve numbers is no clause number (a version string, a list of figures,
/// a garbled line) and is read as text.
pub const MAX_DEPTH: usize = 12;

impl ClauseNumber {
    /// Parse `4.2.1`, `4.2.1.` or `4.2.1)`; `None` for anything else,
    /// including numbers of more than [`MAX_DEPTH`] levels.
    pub fn parse(s: &str) -> Option<ClauseNumber> {
        let s = s.trim().trim_end_matches(['.', ')']);
        if s.is_empty() {
            return None;
        }
        let mut parts = Vec::new();
        for p in s.split('.') {
            if parts.len() == MAX_DEPTH {
                return None;
            }
            if p.is_empty()
                || p.len() > 4
                || (p.len() > 1 && p.starts_with('0'))
                || !p.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            parts.push(p.parse().ok()?);
        }
        Some(ClauseNumber(parts))
    }

    /// Nesting depth: `4` is 1, `4.2.1` is 3.
    pub fn depth(&self) -> usize {
        self.0.len()
    }

    /// The number of the enclosing clause (`4.2` for `4.2.1`).
    pub fn parent(&self) -> Option<ClauseNumber> {
        if self.0.len() > 1 {
            Some(ClauseNumber(self.0[..self.0.len() - 1].to_vec()))
        } else {
            None
        }
    }

    /// The last part (`1` for `4.2.1`).
    pub fn last(&self) -> u32 {
        *self.0.last().unwrap_or(&0)
    }
}

impl fmt::Display for ClauseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Inline {
    /// The text, already free of markup.
    pub text: String,
    /// Bold.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bold: bool,
    /// Italic.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub italic: bool,
    /// Target of a hyperlink, if this run is one (`#c-4.2` for clause links).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Styled text: a sequence of runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RichText(pub Vec<Inline>);

impl RichText {
    /// Unstyled text.
    pub fn plain(text: impl Into<String>) -> RichText {
        RichText(vec![Inline {
            text: text.into(),
            ..Inline::default()
        }])
    }

    /// The text without styles.
    pub fn to_plain(&self) -> String {
        self.0.iter().map(|i| i.text.as_str()).collect()
    }

    /// True when there is no visible text.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|i| i.text.trim().is_empty())
    }
}

/// A section heading (`## 4. Права и обязанности Сторон`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heading {
    /// Section number, when the heading has one.
    pub number: Option<ClauseNumber>,
    /// Stable id given in the source (`{#refund}`).
    pub id: Option<String>,
    /// Heading level: 1 for the title, 2 for sections, 3 and more below.
    pub level: u8,
    /// Heading text, without the number.
    pub text: RichText,
    /// 1-based line where the heading starts.
    pub line: u32,
    /// The number of the appendix this heading opens (`Приложение № 2`):
    /// the blocks after it, up to the next appendix, are that appendix,
    /// numbered on their own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appendix: Option<u32>,
}

/// A clause: a numbered paragraph (`4.2.1. …`) or an unnumbered one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clause {
    /// Clause number, when the paragraph starts with one.
    pub number: Option<ClauseNumber>,
    /// Stable id given in the source (`{#refund}`).
    pub id: Option<String>,
    /// Clause text, without the number.
    pub text: RichText,
    /// 1-based line where the clause starts.
    pub line: u32,
    /// Lists and tables that belong to this clause.
    pub children: Vec<Block>,
}

/// A bulleted or numbered list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct List {
    /// Numbered (`1)`, `а)`) rather than bulleted.
    pub ordered: bool,
    /// The items.
    pub items: Vec<ListItem>,
    /// 1-based line where the list starts.
    pub line: u32,
}

/// One item of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListItem {
    /// Item text.
    pub text: RichText,
    /// 1-based line where the item starts.
    pub line: u32,
}

/// A table with an optional header row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Header cells (empty when the table has no header).
    pub header: Vec<RichText>,
    /// Body rows.
    pub rows: Vec<Vec<RichText>>,
    /// 1-based line where the table starts.
    pub line: u32,
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    /// A heading.
    Heading(Heading),
    /// A clause or paragraph.
    Clause(Clause),
    /// A list not attached to a clause.
    List(List),
    /// A table not attached to a clause.
    Table(Table),
}

impl Block {
    /// 1-based line where the block starts.
    pub fn line(&self) -> u32 {
        match self {
            Block::Heading(h) => h.line,
            Block::Clause(c) => c.line,
            Block::List(l) => l.line,
            Block::Table(t) => t.line,
        }
    }

    /// The clause or section number, if any.
    pub fn number(&self) -> Option<&ClauseNumber> {
        match self {
            Block::Heading(h) => h.number.as_ref(),
            Block::Clause(c) => c.number.as_ref(),
            _ => None,
        }
    }

    /// All text of the block, children included, without styles.
    pub fn plain_text(&self) -> String {
        match self {
            Block::Heading(h) => h.text.to_plain(),
            Block::Clause(c) => {
                let mut s = c.text.to_plain();
                for ch in &c.children {
                    s.push('\n');
                    s.push_str(&ch.plain_text());
                }
                s
            }
            Block::List(l) => l
                .items
                .iter()
                .map(|i| i.text.to_plain())
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table(t) => {
                let mut lines = Vec::new();
                for row in std::iter::once(&t.header).chain(t.rows.iter()) {
                    if !row.is_empty() {
                        lines.push(
                            row.iter()
                                .map(|c| c.to_plain())
                                .collect::<Vec<_>>()
                                .join(" | "),
                        );
                    }
                }
                lines.join("\n")
            }
        }
    }
}

/// A party to the contract, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Party {
    /// Role (`Исполнитель`, `Орындаушы`).
    pub role: String,
    /// Name (`ТОО «Пример»`).
    pub name: String,
    /// Requisites as label/value lines (`БИН` / `123456789012`).
    pub requisites: Vec<(String, String)>,
    /// Signature line text (`Директор ____ А. Б. Сериков`), if any.
    pub signatory: Option<String>,
}

/// A contract in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// The language of this text.
    pub lang: Lang,
    /// The file the text came from, as given by the user.
    pub file: String,
    /// Title, if known.
    pub title: Option<String>,
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// The parties with their requisites (known for structured sources).
    pub parties: Vec<Party>,
    /// Section headings and clauses are numbered in two series of their own
    /// (state standard forms: headings `1.`–`10.`, clauses `1.`–`23.`).
    pub heading_series: bool,
    /// The requisites and signatures block at the end of a document read
    /// from plain text, kept apart from the clauses.
    pub requisites: Option<Requisites>,
    /// Changes the source file still holds unaccepted (tracked changes of a
    /// DOCX).
    pub revisions: Vec<Revision>,
    /// Where a Word table numbers its language columns with one shared
    /// list, so Word shows the numbers in turn across the columns: the
    /// first such paragraph of this language (its clauses are read with
    /// each column numbered on its own).
    pub shared_numbering: Vec<SharedNumbering>,
}

/// A paragraph of a language column numbered by a list the other
/// language's column shares (see [`Document::shared_numbering`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedNumbering {
    /// Its location.
    pub line: u32,
    /// The number Word shows before it.
    pub shown: String,
    /// Its text.
    pub text: String,
}

/// An unaccepted revision (tracked change) in a source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    /// Inserted or deleted.
    pub kind: RevisionKind,
    /// Where it is (the location of the piece it belongs to).
    pub line: u32,
    /// The inserted or deleted text.
    pub text: String,
    /// Who made it, as the file says.
    pub author: Option<String>,
    /// Its language, when the layout says (a table column).
    pub lang: Option<Lang>,
}

/// What an unaccepted revision does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RevisionKind {
    /// Text inserted.
    Inserted,
    /// Text deleted.
    Deleted,
    /// Text moved here from another place (which no longer holds it).
    Moved,
}

/// The requisites and signatures of a document read from plain text: bank
/// details, identifiers, addresses, signature lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requisites {
    /// 1-based line where the block starts.
    pub line: u32,
    /// Each line: its 1-based line number and its text.
    pub lines: Vec<(u32, String)>,
}

impl Document {
    /// The headings that open appendices, in order.
    pub fn appendices(&self) -> impl Iterator<Item = &Heading> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Heading(h) if h.appendix.is_some() => Some(h),
            _ => None,
        })
    }

    /// The contract's text and its appendices: the blocks before the first
    /// appendix heading, and the rest.
    pub fn split_appendices(&self) -> (&[Block], &[Block]) {
        let at = self
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Heading(h) if h.appendix.is_some()))
            .unwrap_or(self.blocks.len());
        self.blocks.split_at(at)
    }

    /// An empty document.
    pub fn new(lang: Lang, file: impl Into<String>) -> Document {
        Document {
            lang,
            file: file.into(),
            title: None,
            blocks: Vec::new(),
            parties: Vec::new(),
            heading_series: false,
            requisites: None,
            revisions: Vec::new(),
            shared_numbering: Vec::new(),
        }
    }

    /// Numbered blocks (section headings and clauses) in reading order.
    pub fn numbered(&self) -> impl Iterator<Item = (&ClauseNumber, &Block)> {
        self.blocks
            .iter()
            .filter_map(|b| b.number().map(|n| (n, b)))
    }
}

/// The two language versions of one contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bilingual {
    /// The Kazakh text.
    pub kk: Document,
    /// The Russian text.
    pub ru: Document,
}

impl Bilingual {
    /// The document of one language.
    pub fn get(&self, lang: Lang) -> &Document {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }

    /// The document of one language, to change.
    pub fn get_mut(&mut self, lang: Lang) -> &mut Document {
        match lang {
            Lang::Kk => &mut self.kk,
            Lang::Ru => &mut self.ru,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_numbers() {
        let n = ClauseNumber::parse("4.2.1.").unwrap();
        assert_eq!(n.to_string(), "4.2.1");
        assert_eq!(n.depth(), 3);
        assert_eq!(n.parent().unwrap().to_string(), "4.2");
        assert_eq!(ClauseNumber::parse("4)").unwrap().to_string(), "4");
        assert!(ClauseNumber::parse("4.a").is_none());
        assert!(ClauseNumber::parse("").is_none());
        assert!(ClauseNumber::parse("990.000").is_none());
        assert!(ClauseNumber::parse("4.2") < ClauseNumber::parse("4.10"));
    }
}
