//! Word-level changes inside a modified clause.
//!
//! Texts are compared token by token (Unicode word boundaries, see
//! [`super::items::tokenize`]), with clause references of the old text
//! mapped through the renumbering, so that `п. 2.3` → `п. 2.4` after a
//! renumbering is not shown as an edit. The segments cover both texts
//! completely: joining the old (new) sides of all segments gives back the
//! old (new) text.

use super::items::{key_of, Item, NumberMap, SPACE};
use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffTag};
use std::ops::Range;

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOp {
    /// Unchanged.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// A run of text with what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordSeg {
    /// What happened.
    pub op: WordOp,
    /// The old text of the run (empty for insertions).
    pub old: String,
    /// The new text of the run (empty for deletions).
    pub new: String,
}

fn span<'a>(item: &'a Item, keys: &[(u64, usize)], r: Range<usize>) -> &'a str {
    let start = if r.start == 0 {
        0
    } else {
        keys.get(r.start)
            .map_or(item.text.len(), |k| item.tokens[k.1].range.start)
    };
    let end = if r.end >= keys.len() {
        item.text.len()
    } else {
        item.tokens[keys[r.end].1].range.start
    };
    item.text.get(start..end.max(start)).unwrap_or("")
}

/// Word changes from `old` to `new`.
pub fn word_diff(old: &Item, new: &Item, map: &NumberMap) -> Vec<WordSeg> {
    let ok = old.keys(Some(map));
    let nk = new.keys(None);
    let ok_s: Vec<u64> = ok.iter().map(|(k, _)| *k).collect();
    let nk_s: Vec<u64> = nk.iter().map(|(k, _)| *k).collect();
    let (comma, dot) = (key_of(","), key_of("."));
    let ops = capture_diff_slices(Algorithm::Myers, &ok_s, &nk_s);
    let mut out: Vec<WordSeg> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut Vec<WordSeg>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(WordSeg {
                op: WordOp::Delete,
                old: std::mem::take(del),
                new: String::new(),
            });
        }
        if !ins.is_empty() {
            out.push(WordSeg {
                op: WordOp::Insert,
                old: String::new(),
                new: std::mem::take(ins),
            });
        }
    };
    for (k, op) in ops.iter().enumerate() {
        let (tag, or, nr) = op.as_tag_tuple();
        // Empty ranges at the very end still own the trailing text.
        let o = if or.is_empty() && or.start < ok.len() {
            ""
        } else {
            span(old, &ok, or.clone())
        };
        let n = if nr.is_empty() && nr.start < nk.len() {
            ""
        } else {
            span(new, &nk, nr.clone())
        };
        match tag {
            DiffTag::Equal => {
                let blank = ok_s[or.clone()]
                    .iter()
                    .all(|k| *k == SPACE || *k == comma || *k == dot);
                let between = (!del.is_empty() || !ins.is_empty())
                    && ops.get(k + 1).is_some_and(|x| x.tag() != DiffTag::Equal);
                if blank && between {
                    del.push_str(o);
                    ins.push_str(n);
                } else {
                    flush(&mut out, &mut del, &mut ins);
                    out.push(WordSeg {
                        op: WordOp::Equal,
                        old: o.to_string(),
                        new: n.to_string(),
                    });
                }
            }
            // An empty range at the very end owns the trailing white space
            // of its text, which must not be lost: both sides are kept.
            DiffTag::Delete | DiffTag::Insert | DiffTag::Replace => {
                del.push_str(o);
                ins.push_str(n);
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    if ops.is_empty() {
        // Neither text has a word (empty or white space only): the texts
        // themselves are the whole change.
        if old.text == new.text {
            if !old.text.is_empty() {
                out.push(WordSeg {
                    op: WordOp::Equal,
                    old: old.text.clone(),
                    new: new.text.clone(),
                });
            }
        } else {
            del.push_str(&old.text);
            ins.push_str(&new.text);
            flush(&mut out, &mut del, &mut ins);
        }
    }
    out
}

/// True when the two items say the same once references are mapped.
pub fn same_text(old: &Item, new: &Item, map: &NumberMap) -> bool {
    let a = old.keys(Some(map));
    let b = new.keys(None);
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.0 == y.0)
}
