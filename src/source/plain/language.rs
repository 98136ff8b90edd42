//! Language pass: a language for every piece, decided over the whole
//! sequence of pieces, not piece by piece.
//!
//! Each piece gives evidence for Kazakh or Russian from its words
//! ([`crate::lang::log_odds`]); a piece too short or too neutral to tell (a
//! number, a name, `___`) gives none. Languages come in blocks: a
//! two-state model picks the most likely sequence of languages (Viterbi),
//! where changing language costs more inside a paragraph than between
//! paragraphs. So a Russian line with a Kazakh name stays in its Russian
//! block, a Kazakh line without a letter only Kazakh has stays in its
//! Kazakh block, and a line of neutral text takes its block's language.
//! A part of a line that holds both languages separated by a tab keeps the
//! language found for it.

use super::{Kind, Piece};
use crate::lang::{self, Lang};

/// Cost of a change of language between two lines of one paragraph.
const SWITCH_IN_PARAGRAPH: f32 = 5.0;
/// Cost of a change of language at a blank line.
const SWITCH_AT_BLANK: f32 = 1.0;
/// Evidence of one piece is capped, so that one long line does not drag
/// its neighbours.
const CAP: f32 = 12.0;
/// Cost of a change of language before or after a title in capitals.
const SWITCH_AT_TITLE: f32 = 1.2;
/// Evidence one word may give at most.
const PER_WORD: f32 = 3.0;

/// Evidence of a piece: positive for Kazakh.
fn evidence(p: &Piece) -> f32 {
    if p.kind == Kind::Cell {
        return 0.0;
    }
    // One word cannot outweigh its paragraph: the cap grows with the
    // number of Cyrillic words.
    let words = p
        .text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().any(|c| ('\u{0400}'..='\u{052F}').contains(&c)))
        .count() as f32;
    let cap = CAP.min(PER_WORD * words);
    lang::log_odds(&p.text).clamp(-cap, cap)
}

/// A title: a line in capitals, or a short numbered section title.
fn caps_title(p: &Piece) -> bool {
    let t = match super::structure::candidate(&p.text) {
        Some((_, rest, _)) => &p.text[rest..],
        None => p.text.as_str(),
    };
    let cyrillic = t
        .chars()
        .filter(|c| ('\u{0400}'..='\u{052F}').contains(c))
        .count();
    let numbered_title = super::structure::candidate(&p.text)
        .is_some_and(|(n, _, _)| n.depth() == 1 && super::structure::is_title(t));
    cyrillic >= 4 && (super::structure::is_caps(t) || numbered_title)
}

/// A language for every piece.
pub(super) fn assign(pieces: &mut [Piece]) {
    let n = pieces.len();
    if n == 0 {
        return;
    }
    // Score of each state (0 = kk, 1 = ru) for each piece: half the
    // evidence each way; hints are fixed.
    let emit = |p: &Piece| -> [f32; 2] {
        match p.hint {
            Some(Lang::Kk) => [0.0, -1000.0],
            Some(Lang::Ru) => [-1000.0, 0.0],
            None => {
                let e = evidence(p) / 2.0;
                [e, -e]
            }
        }
    };
    let mut score = emit(&pieces[0]);
    let mut back: Vec<[u8; 2]> = vec![[0, 1]; n];
    for k in 1..n {
        let e = emit(&pieces[k]);
        let cost = if pieces[k].para != pieces[k - 1].para {
            SWITCH_AT_BLANK
        } else if caps_title(&pieces[k]) || caps_title(&pieces[k - 1]) {
            // A title in capitals: layouts of two columns move titles into
            // the other language's column.
            SWITCH_AT_TITLE
        } else if pieces[k].line == pieces[k - 1].line && pieces[k].hint.is_some() {
            0.0
        } else {
            SWITCH_IN_PARAGRAPH
        };
        let mut next = [0f32; 2];
        for s in 0..2 {
            let stay = score[s];
            let switch = score[1 - s] - cost;
            if stay >= switch {
                next[s] = stay + e[s];
                back[k][s] = s as u8;
            } else {
                next[s] = switch + e[s];
                back[k][s] = (1 - s) as u8;
            }
        }
        score = next;
    }
    let mut s = if score[0] >= score[1] { 0 } else { 1 };
    for k in (0..n).rev() {
        pieces[k].lang = Some(if s == 0 { Lang::Kk } else { Lang::Ru });
        s = back[k][s] as usize;
    }
}
