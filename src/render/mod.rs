//! Rendering the model into editions: HTML, PDF and DOCX, per language
//! and parallel (Kazakh left, Russian right).

pub mod docx;
pub mod edition;
pub mod html;
pub mod hyphenate;
pub mod layout;
pub mod pdf;
pub mod typography;
pub mod webfont;

use crate::model::{Bilingual, Block};

/// Metadata of an edition, independent of the output format.
#[derive(Debug, Clone, Default)]
pub struct EditionMeta {
    /// Document title in the edition's language (for the parallel edition:
    /// both titles joined).
    pub title: String,
    /// Author: the provider's name.
    pub author: String,
    /// Contract id (used for file names and document ids).
    pub id: String,
    /// Version date as written in the source (`2026-11-01`).
    pub version: String,
}

/// Pair the blocks of the two languages row by row for a parallel edition.
///
/// Structured sources have the same block sequence in both languages, so
/// blocks pair by position; where the sequences differ, numbered blocks pair
/// by clause number and the rest by position between them. The result lists
/// every block of both documents exactly once, in reading order.
pub fn pair_blocks(bi: &Bilingual) -> Vec<(Option<&Block>, Option<&Block>)> {
    let kk = &bi.kk.blocks;
    let ru = &bi.ru.blocks;
    let mut out = Vec::with_capacity(kk.len().max(ru.len()));
    let (mut i, mut j) = (0, 0);
    while i < kk.len() || j < ru.len() {
        match (kk.get(i), ru.get(j)) {
            (Some(a), Some(b)) => {
                let same_kind = std::mem::discriminant(a) == std::mem::discriminant(b);
                if same_kind && a.number() == b.number() {
                    out.push((Some(a), Some(b)));
                    i += 1;
                    j += 1;
                } else if let Some(n) = a.number() {
                    // Does the Russian side have this number further on?
                    if ru[j..].iter().any(|x| x.number() == Some(n)) && b.number().is_some() {
                        out.push((None, Some(b)));
                        j += 1;
                    } else if b.number().is_some()
                        && kk[i..].iter().any(|x| x.number() == b.number())
                    {
                        out.push((Some(a), None));
                        i += 1;
                    } else {
                        out.push((Some(a), Some(b)));
                        i += 1;
                        j += 1;
                    }
                } else {
                    out.push((Some(a), Some(b)));
                    i += 1;
                    j += 1;
                }
            }
            (Some(a), None) => {
                out.push((Some(a), None));
                i += 1;
            }
            (None, Some(b)) => {
                out.push((None, Some(b)));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::{Clause, ClauseNumber, Document, RichText};

    fn clause(n: &str) -> Block {
        Block::Clause(Clause {
            number: ClauseNumber::parse(n),
            id: None,
            text: RichText::plain(n),
            line: 1,
            children: vec![],
        })
    }

    #[test]
    fn pairs_by_number_when_one_side_lacks_a_clause() {
        let mut kk = Document::new(Lang::Kk, "kk.md");
        let mut ru = Document::new(Lang::Ru, "ru.md");
        kk.blocks = vec![clause("1.1"), clause("1.2"), clause("1.3")];
        ru.blocks = vec![clause("1.1"), clause("1.3")];
        let bi = Bilingual { kk, ru };
        let p = pair_blocks(&bi);
        assert_eq!(p.len(), 3);
        assert!(p[1].1.is_none());
        assert_eq!(p[2].1.unwrap().number().unwrap().to_string(), "1.3");
    }
}
