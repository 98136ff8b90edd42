//! The units a diff compares: every block of a document as one item, with
//! its text cut into tokens (Unicode word boundaries) and its clause
//! references recognised, so that references can be masked or mapped
//! through a renumbering before texts are compared.

use crate::lang;
use crate::model::{Block, ClauseNumber, Document, RichText};
use std::collections::HashMap;
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
    /// Comparison key: hash of the text with look-alikes folded, in lower
    /// case; [`SPACE`] for whitespace.
    pub key: u64,
    /// Whitespace only.
    pub space: bool,
    /// Holds a letter or a digit.
    pub word: bool,
    /// The clause this token refers to, when it is a clause reference.
    pub reference: Option<ClauseNumber>,
    /// A word that introduces a reference (`п`, `пункт`, `раздел`…).
    ref_before: bool,
    /// A word that follows a reference after a hyphen (`тармақ`, `бөлім`).
    ref_after: bool,
}

/// A small, fast hash for token keys (equality only, never persisted).
#[derive(Debug, Clone, Copy)]
pub struct KeyHasher(u64);

impl KeyHasher {
    /// A fresh hasher.
    pub fn new() -> KeyHasher {
        KeyHasher(0x9e37_79b9_7f4a_7c15)
    }

    /// Add a value.
    pub fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    /// The hash, mixed.
    pub fn finish(self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl Default for KeyHasher {
    fn default() -> Self {
        KeyHasher::new()
    }
}

/// The key of a text: look-alikes folded, lower case.
pub fn key_of(piece: &str) -> u64 {
    let mut h = KeyHasher::new();
    let folded;
    let text = if needs_normalizing(piece) {
        folded = lang::normalize(piece);
        folded.as_str()
    } else {
        piece
    };
    for c in text.chars() {
        for l in c.to_lowercase() {
            h.add(u64::from(l));
        }
    }
    h.finish()
}

/// Could [`lang::normalize`] change this piece? Only with Latin letters
/// or the legacy look-alikes of `ә`.
fn needs_normalizing(piece: &str) -> bool {
    piece.bytes().any(|b| b.is_ascii_alphabetic()) || piece.contains(['ə', 'Ə', 'ԥ', 'Ԥ'])
}

/// The key of a clause reference to `n`.
pub fn reference_key(n: &ClauseNumber) -> u64 {
    let mut h = KeyHasher::new();
    h.add(0xa7_0000);
    for p in &n.0 {
        h.add(u64::from(*p) | 0x1_0000_0000);
    }
    h.finish()
}

/// The key of whitespace.
pub const SPACE: u64 = 0x20;

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
    pub fn keys(&self, map: Option<&NumberMap>) -> Vec<(u64, usize)> {
        let mut out: Vec<(u64, usize)> = Vec::with_capacity(self.tokens.len());
        for (i, t) in self.tokens.iter().enumerate() {
            if t.space {
                if matches!(out.last(), None | Some((SPACE, _))) {
                    continue;
                }
                out.push((SPACE, i));
                continue;
            }
            match &t.reference {
                Some(n) => {
                    let target = map.and_then(|m| m.get(n)).unwrap_or(n);
                    out.push((reference_key(target), i));
                }
                None => out.push((t.key, i)),
            }
        }
        if matches!(out.last(), Some((SPACE, _))) {
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
    let mut h = KeyHasher::new();
    h.add(kind as u64);
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
            h.add(SPACE);
            pending_space = false;
        }
        last_space = false;
        if t.reference.is_some() {
            h.add(0xa7);
        } else {
            h.add(t.key);
            if t.word {
                bag.push(t.key);
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
            let word = piece.chars().any(char::is_alphanumeric);
            let (ref_before, ref_after) = if word && piece.starts_with(REF_INITIALS) {
                let lower = piece.to_lowercase();
                (
                    lower == "п"
                        || lower == "пп"
                        || REF_BEFORE.iter().any(|p| lower.starts_with(p)),
                    REF_AFTER.iter().any(|p| lower.starts_with(p)),
                )
            } else {
                (false, false)
            };
            Token {
                range: start..start + piece.len(),
                key: if space { SPACE } else { key_of(piece) },
                space,
                word,
                reference: None,
                ref_before,
                ref_after,
            }
        })
        .collect();
    for i in 0..toks.len() {
        let piece = &text[toks[i].range.clone()];
        if !toks[i].word || !piece.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some(n) = ClauseNumber::parse(piece) else {
            continue;
        };
        let r = &toks[i].range;
        let in_link = links.iter().any(|l| l.start <= r.start && r.end <= l.end);
        let is_ref = in_link
            || (2..=4).contains(&n.depth())
            || word_before(text, &toks, i).is_some_and(|t| t.ref_before)
            || word_after_hyphen(text, &toks, i).is_some_and(|t| t.ref_after);
        if is_ref {
            toks[i].reference = Some(n);
        }
    }
    toks
}

/// First letters of the reference words, both cases.
const REF_INITIALS: [char; 10] = ['п', 'П', 'р', 'Р', 'г', 'Г', 'т', 'Т', 'б', 'Б'];

/// The word before token `i`, skipping spaces and dots (at most 3 tokens).
fn word_before<'a>(text: &str, toks: &'a [Token], i: usize) -> Option<&'a Token> {
    let mut j = i;
    for _ in 0..3 {
        j = j.checked_sub(1)?;
        let t = &toks[j];
        if t.word {
            return Some(t);
        }
        if !(t.space || &text[t.range.clone()] == ".") {
            return None;
        }
    }
    None
}

/// The word after `-` following token `i` (`2-тармақ`).
fn word_after_hyphen<'a>(text: &str, toks: &'a [Token], i: usize) -> Option<&'a Token> {
    let h = toks.get(i + 1)?;
    if !matches!(&text[h.range.clone()], "-" | "\u{2011}" | "\u{2010}") {
        return None;
    }
    let w = toks.get(i + 2)?;
    w.word.then_some(w)
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
        let text = "см.  П. 2.3 ";
        let it = Item {
            kind: ItemKind::Clause,
            number: None,
            line: 1,
            text: text.into(),
            tokens: tokenize(text, &[]),
            hash: 0,
            bag: Vec::new(),
        };
        let mut m = NumberMap::new();
        m.insert(
            ClauseNumber::parse("2.3").unwrap(),
            ClauseNumber::parse("2.4").unwrap(),
        );
        let k: Vec<u64> = it.keys(Some(&m)).into_iter().map(|(k, _)| k).collect();
        let expect = [
            key_of("см"),
            key_of("."),
            SPACE,
            key_of("п"),
            key_of("."),
            SPACE,
            reference_key(&ClauseNumber::parse("2.4").unwrap()),
        ];
        assert_eq!(k, expect);
        assert_eq!(key_of("Сəйкес"), key_of("сәйкес"));
        assert_eq!(key_of("Cтороны"), key_of("стороны"));
    }
}
