//! The units a diff compares: every block of a document as one item, with
//! its text cut into tokens (Unicode word boundaries) and its clause
//! references recognised, so that references can be masked or mapped
//! through a renumbering before texts are compared.

use crate::lang;
use crate::model::{Block, ClauseNumber, Document, RichText};
use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of block an item is; only items of one kind are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// A section heading.
    Heading,
    /// A clause or paragraph.
    Clause,
    /// A list or table outside any clause.
    Other,
}

/// One token of an item's text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in [`Item::text`].
    pub range: Range<usize>,
    /// Comparison key: look-alikes folded, lower case; `" "` for whitespace.
    pub key: String,
    /// Whitespace only.
    pub space: bool,
    /// Holds a letter or a digit.
    pub word: bool,
    /// The clause this token refers to, when it is a clause reference.
    pub reference: Option<ClauseNumber>,
}

/// One block of a document, ready for comparison.
#[derive(Debug, Clone)]
pub struct Item {
    /// Kind of block.
    pub kind: ItemKind,
    /// Clause or section number.
    pub number: Option<ClauseNumber>,
    /// 1-based line in the document's file.
    pub line: u32,
    /// Plain text (children of a clause included).
    pub text: String,
    /// Tokens of `text`.
    pub tokens: Vec<Token>,
    /// Hash of the text with whitespace collapsed and references masked.
    pub hash: u64,
    /// Sorted hashes of the words (references left out), for similarity.
    pub bag: Vec<u64>,
}

/// Old clause number → new clause number.
pub type NumberMap = HashMap<ClauseNumber, ClauseNumber>;

impl Item {
    /// The clause number as written (`4.2.1`), if any.
    pub fn clause(&self) -> Option<String> {
        self.number.as_ref().map(|n| n.to_string())
    }

    /// Comparison keys of the tokens, whitespace runs collapsed and trimmed,
    /// references replaced by their (mapped) target, with token indices.
    pub fn keys<'a>(&'a self, map: Option<&NumberMap>) -> Vec<(Cow<'a, str>, usize)> {
        let mut out: Vec<(Cow<'a, str>, usize)> = Vec::with_capacity(self.tokens.len());
        for (i, t) in self.tokens.iter().enumerate() {
            if t.space {
                if matches!(out.last(), None | Some((Cow::Borrowed(" "), _))) {
                    continue;
                }
                out.push((Cow::Borrowed(" "), i));
                continue;
            }
            match &t.reference {
                Some(n) => {
                    let target = map.and_then(|m| m.get(n)).unwrap_or(n);
                    out.push((Cow::Owned(format!("\u{a7}{target}")), i));
                }
                None => out.push((Cow::Borrowed(t.key.as_str()), i)),
            }
        }
        if out.last().is_some_and(|(k, _)| k.as_ref() == " ") {
            out.pop();
        }
        out
    }

    /// Byte ranges of clause references in the text.
    pub fn reference_ranges(&self) -> Vec<Range<usize>> {
        self.tokens
            .iter()
            .filter(|t| t.reference.is_some())
            .map(|t| t.range.clone())
            .collect()
    }
}

/// Similarity of two items' words: the Dice coefficient of their multisets.
pub fn similarity(a: &Item, b: &Item) -> f32 {
    let (x, y) = (&a.bag, &b.bag);
    if x.is_empty() && y.is_empty() {
        return if a.text.trim() == b.text.trim() {
            1.0
        } else {
            0.0
        };
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f32 / (x.len() + y.len()) as f32
}

/// Byte ranges of runs linking to a clause (`#c-4.2`).
fn link_ranges(text: &RichText) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for run in &text.0 {
        let end = at + run.text.len();
        if run.link.as_deref().is_some_and(|l| l.starts_with("#c-")) {
            out.push(at..end);
        }
        at = end;
    }
    out
}

/// Every block of a document as an item, in reading order.
pub fn items(doc: &Document) -> Vec<Item> {
    doc.blocks.iter().map(item).collect()
}

fn item(block: &Block) -> Item {
    let (kind, links) = match block {
        Block::Heading(h) => (ItemKind::Heading, link_ranges(&h.text)),
        Block::Clause(c) => (ItemKind::Clause, link_ranges(&c.text)),
        Block::List(_) | Block::Table(_) => (ItemKind::Other, Vec::new()),
    };
    let text = block.plain_text();
    let tokens = tokenize(&text, &links);
    let mut h = DefaultHasher::new();
    kind.hash(&mut h);
    let mut last_space = true;
    let mut pending_space = false;
    let mut bag = Vec::new();
    for t in &tokens {
        if t.space {
            if !last_space {
                pending_space = true;
            }
            last_space = true;
            continue;
        }
        if pending_space {
            " ".hash(&mut h);
            pending_space = false;
        }
        last_space = false;
        if t.reference.is_some() {
            "\u{a7}".hash(&mut h);
        } else {
            t.key.hash(&mut h);
            if t.word {
                let mut wh = DefaultHasher::new();
                t.key.hash(&mut wh);
                bag.push(wh.finish());
            }
        }
    }
    bag.sort_unstable();
    Item {
        kind,
        number: block.number().cloned(),
        line: block.line(),
        text,
        tokens,
        hash: h.finish(),
        bag,
    }
}

/// Words that introduce a clause reference (`п. 2`, `разделу 2`), as key
/// prefixes; `п` and `пп` must match whole.
const REF_BEFORE: &[&str] = &["пункт", "подпункт", "раздел", "глав", "тармақ", "бөлім"];
/// Words that follow a clause reference after a hyphen (`2-тармақ`).
const REF_AFTER: &[&str] = &["тармақ", "бөлім", "тарау"];

/// Cut text into tokens at Unicode word boundaries and mark clause
/// references: numbers inside clause links, dotted numbers (`4.2`), and
/// numbers beside a reference word (`п. 2`, `раздел 2`, `2-тармақ`).
pub fn tokenize(text: &str, links: &[Range<usize>]) -> Vec<Token> {
    let mut toks: Vec<Token> = text
        .split_word_bound_indices()
        .map(|(start, piece)| {
            let space = piece.chars().all(char::is_whitespace);
            Token {
                range: start..start + piece.len(),
                key: if space {
                    " ".to_string()
                } else {
                    lang::normalize(piece).to_lowercase()
                },
                space,
                word: piece.chars().any(char::is_alphanumeric),
                reference: None,
            }
        })
        .collect();
    for i in 0..toks.len() {
        if !toks[i].word || !toks[i].key.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some(n) = ClauseNumber::parse(&toks[i].key) else {
            continue;
        };
        let r = &toks[i].range;
        let in_link = links.iter().any(|l| l.start <= r.start && r.end <= l.end);
        let is_ref = in_link
            || (2..=4).contains(&n.depth())
            || word_before(&toks, i).is_some_and(|w| {
                w == "п" || w == "пп" || REF_BEFORE.iter().any(|p| w.starts_with(p))
            })
            || word_after_hyphen(&toks, i)
                .is_some_and(|w| REF_AFTER.iter().any(|p| w.starts_with(p)));
        if is_ref {
            toks[i].reference = Some(n);
        }
    }
    toks
}

/// The word before token `i`, skipping spaces and dots (at most 3 tokens).
fn word_before(toks: &[Token], i: usize) -> Option<&str> {
    let mut j = i;
    for _ in 0..3 {
        j = j.checked_sub(1)?;
        let t = &toks[j];
        if t.word {
            return Some(&t.key);
        }
        if !(t.space || t.key == ".") {
            return None;
        }
    }
    None
}

/// The word after `-` following token `i` (`2-тармақ`).
fn word_after_hyphen(toks: &[Token], i: usize) -> Option<&str> {
    let h = toks.get(i + 1)?;
    if !matches!(h.key.as_str(), "-" | "\u{2011}" | "\u{2010}") {
        return None;
    }
    let w = toks.get(i + 2)?;
    w.word.then_some(w.key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<String> {
        tokenize(text, &[])
            .into_iter()
            .filter_map(|t| t.reference.map(|n| n.to_string()))
            .collect()
    }

    #[test]
    fn finds_clause_references() {
        assert_eq!(refs("указанной в п. 2.1 суммы"), ["2.1"]);
        assert_eq!(refs("по разделу 2 решаются"), ["2"]);
        assert_eq!(refs("2.1-тармақта және 3-бөлімде"), ["2.1", "3"]);
        assert!(refs("в течение 10 дней, 250 000 тенге").is_empty());
    }

    #[test]
    fn keys_map_references_and_collapse_spaces() {
        let it = Item {
            kind: ItemKind::Clause,
            number: None,
            line: 1,
            text: "см.  п. 2.3 ".into(),
            tokens: tokenize("см.  п. 2.3 ", &[]),
            hash: 0,
            bag: Vec::new(),
        };
        let mut m = NumberMap::new();
        m.insert(
            ClauseNumber::parse("2.3").unwrap(),
            ClauseNumber::parse("2.4").unwrap(),
        );
        let k: Vec<String> = it
            .keys(Some(&m))
            .into_iter()
            .map(|(k, _)| k.into_owned())
            .collect();
        assert_eq!(k, ["см", ".", " ", "п", ".", " ", "\u{a7}2.4"]);
    }
}
