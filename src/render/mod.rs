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

/// One row of a parallel edition: a block of each language, or of one.
pub type BlockPair<'a> = (Option<&'a Block>, Option<&'a Block>);

/// Pair the contract's text and its appendices separately: the text before
/// the first appendix of each language, then appendix by appendix (the
/// numbering starts again in each). Returns the pairs of the text and those
/// of the appendices, in order.
pub fn pair_parts(bi: &Bilingual) -> (Vec<BlockPair<'_>>, Vec<BlockPair<'_>>) {
    let (kk_main, kk_app) = bi.kk.split_appendices();
    let (ru_main, ru_app) = bi.ru.split_appendices();
    let main = pair_slices(kk_main, ru_main);
    let (kk_parts, ru_parts) = (appendix_parts(kk_app), appendix_parts(ru_app));
    let mut apps = Vec::new();
    for k in 0..kk_parts.len().max(ru_parts.len()) {
        let a = kk_parts.get(k).copied().unwrap_or(&[]);
        let b = ru_parts.get(k).copied().unwrap_or(&[]);
        apps.extend(pair_slices(a, b));
    }
    (main, apps)
}

/// The appendices of a run of blocks that starts with an appendix heading,
/// one slice each.
pub fn appendix_parts(blocks: &[Block]) -> Vec<&[Block]> {
    let opens = |b: &Block| matches!(b, Block::Heading(h) if h.appendix.is_some());
    let mut starts: Vec<usize> = (0..blocks.len()).filter(|&i| opens(&blocks[i])).collect();
    if starts.first() != Some(&0) && !blocks.is_empty() {
        starts.insert(0, 0);
    }
    starts.push(blocks.len());
    starts.windows(2).map(|w| &blocks[w[0]..w[1]]).collect()
}

/// The heading lines of appendix `n` in `lang`, as contracts set them flush
/// right above the appendix's title: `Приложение № 1` / `к Договору № 17
/// от «1» декабря 2026 года`; `2026 жылғы «1» желтоқсандағы № 17 шартқа` /
/// `№ 1 қосымша`. `number` and `date` are the contract's number and date
/// of signing as printed (empty when there are none).
pub fn appendix_label(n: u32, lang: crate::lang::Lang, number: &str, date: &str) -> Vec<String> {
    use crate::lang::Lang;
    use crate::lexicon::{kk_grammar, ru_grammar};
    let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let (number, date) = (opt(number), opt(date));
    match lang {
        Lang::Ru => {
            let mut v = vec![ru_grammar::appendix(n, ru_grammar::RuCase::Nom)];
            v.extend(ru_grammar::appendix_of(number.as_deref(), date.as_deref()));
            v
        }
        Lang::Kk => {
            let mut v: Vec<String> = kk_grammar::appendix_of(number.as_deref(), date.as_deref())
                .into_iter()
                .collect();
            v.push(kk_grammar::appendix(n, kk_grammar::Case::Nom));
            v
        }
    }
}

/// Pair the blocks of the two languages row by row for a parallel edition.
///
/// Structured sources have the same block sequence in both languages, so
/// blocks pair by position; where the sequences differ, numbered blocks pair
/// by clause number and the rest by position between them. The result lists
/// every block of both documents exactly once, in reading order.
pub fn pair_blocks(bi: &Bilingual) -> Vec<BlockPair<'_>> {
    pair_slices(&bi.kk.blocks, &bi.ru.blocks)
}

/// [`pair_blocks`] on two runs of blocks.
fn pair_slices<'a>(kk: &'a [Block], ru: &'a [Block]) -> Vec<BlockPair<'a>> {
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
