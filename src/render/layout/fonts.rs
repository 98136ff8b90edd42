//! The fonts of the print editions, embedded in the binary, and their
//! metrics.
//!
//! Widths are kept in thousandths of an em, truncated exactly as the PDF
//! writer fills the font's `/W` array, so a position computed here is the
//! position a viewer computes from the file.

use std::sync::OnceLock;

/// One of the six embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontKind {
    /// Noto Serif Regular: body text.
    SerifRegular,
    /// Noto Serif Bold.
    SerifBold,
    /// Noto Serif Italic.
    SerifItalic,
    /// Noto Sans Regular: footer, small print.
    SansRegular,
    /// Noto Sans Bold: headings.
    SansBold,
    /// Noto Sans Italic.
    SansItalic,
}

impl FontKind {
    /// All faces, in a fixed order.
    pub const ALL: [FontKind; 6] = [
        FontKind::SerifRegular,
        FontKind::SerifBold,
        FontKind::SerifItalic,
        FontKind::SansRegular,
        FontKind::SansBold,
        FontKind::SansItalic,
    ];

    /// The TrueType file.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontKind::SerifRegular => include_bytes!("../../../fonts/NotoSerif-Regular.ttf"),
            FontKind::SerifBold => include_bytes!("../../../fonts/NotoSerif-Bold.ttf"),
            FontKind::SerifItalic => include_bytes!("../../../fonts/NotoSerif-Italic.ttf"),
            FontKind::SansRegular => include_bytes!("../../../fonts/NotoSans-Regular.ttf"),
            FontKind::SansBold => include_bytes!("../../../fonts/NotoSans-Bold.ttf"),
            FontKind::SansItalic => include_bytes!("../../../fonts/NotoSans-Italic.ttf"),
        }
    }

    /// Index into [`FontKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the face is bold.
    pub fn is_bold(self) -> bool {
        matches!(self, FontKind::SerifBold | FontKind::SansBold)
    }

    /// The face of the same family with the given style (bold wins over
    /// italic: there is no bold italic face).
    pub fn styled(self, bold: bool, italic: bool) -> FontKind {
        let sans = matches!(
            self,
            FontKind::SansRegular | FontKind::SansBold | FontKind::SansItalic
        );
        match (sans, bold, italic) {
            (false, true, _) => FontKind::SerifBold,
            (false, false, true) => FontKind::SerifItalic,
            (false, false, false) => FontKind::SerifRegular,
            (true, true, _) => FontKind::SansBold,
            (true, false, true) => FontKind::SansItalic,
            (true, false, false) => FontKind::SansRegular,
        }
    }
}

/// Metrics of one face.
#[derive(Debug)]
pub struct FontMetrics {
    /// The parsed face, for chars outside the cached range.
    face: Option<ttf_parser::Face<'static>>,
    /// Units per em.
    upm: f32,
    /// Advance widths of the chars below U+0530 (Latin, Cyrillic), in
    /// thousandths of an em; `u16::MAX` when the font lacks the char.
    low: Vec<u16>,
    /// Width of the missing-glyph box.
    notdef: u16,
    /// Pair kerning between the chars of [`kern_chars`], in thousandths of
    /// an em, row-major by [`kern_index`]; built on first use.
    kern: OnceLock<Vec<i16>>,
    /// Ascender in thousandths of an em.
    pub ascender: f32,
    /// Descender (negative) in thousandths of an em.
    pub descender: f32,
}

const LOW: usize = 0x0530;

/// The chars kerned against each other: Latin, Russian and Kazakh letters,
/// digits and the punctuation of contracts.
const KERN_EXTRA: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІіЁё«»–—№₸…“”„’";

fn kern_chars() -> &'static [char] {
    static CHARS: OnceLock<Vec<char>> = OnceLock::new();
    CHARS.get_or_init(|| {
        let mut v: Vec<char> = (0x20u32..0x7F).filter_map(char::from_u32).collect();
        v.extend((0x410u32..0x450).filter_map(char::from_u32));
        v.extend(KERN_EXTRA.chars());
        v
    })
}

/// Index of `c` in the kerning table.
pub(super) fn kern_index(c: char) -> Option<usize> {
    static LOW_INDEX: OnceLock<Vec<u16>> = OnceLock::new();
    let cp = c as usize;
    if cp < LOW {
        let table = LOW_INDEX.get_or_init(|| {
            let mut t = vec![u16::MAX; LOW];
            for (i, k) in kern_chars().iter().enumerate() {
                if (*k as usize) < LOW {
                    t[*k as usize] = i as u16;
                }
            }
            t
        });
        let i = table[cp];
        return (i != u16::MAX).then_some(usize::from(i));
    }
    kern_chars().iter().position(|k| *k == c)
}

/// The `kern` feature's pair adjustments for the chars of [`kern_chars`].
fn kerning(face: &ttf_parser::Face<'_>, upm: f32) -> Vec<i16> {
    use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
    let chars = kern_chars();
    let n = chars.len();
    let mut table = vec![0i16; n * n];
    let Some(gpos) = face.tables().gpos else {
        return table;
    };
    let gids: Vec<Option<ttf_parser::GlyphId>> =
        chars.iter().map(|c| face.glyph_index(*c)).collect();
    let mut lookups: Vec<u16> = Vec::new();
    for i in 0..gpos.features.len() {
        if let Some(f) = gpos.features.get(i) {
            if f.tag == ttf_parser::Tag::from_bytes(b"kern") {
                lookups.extend(f.lookup_indices);
            }
        }
    }
    lookups.sort_unstable();
    lookups.dedup();
    for li in lookups {
        let Some(lookup) = gpos.lookups.get(li) else {
            continue;
        };
        let mut done = vec![false; n * n];
        for si in 0..lookup.subtables.len() {
            let Some(PositioningSubtable::Pair(pair)) =
                lookup.subtables.get::<PositioningSubtable>(si)
            else {
                continue;
            };
            // Second-glyph classes of a class-based subtable, once.
            let mut class2: Option<Vec<Option<u16>>> = None;
            for (a, ga) in gids.iter().enumerate() {
                let Some(ga) = *ga else { continue };
                match &pair {
                    PairAdjustment::Format1 { coverage, sets } => {
                        let Some(set) = coverage.get(ga).and_then(|ci| sets.get(ci)) else {
                            continue;
                        };
                        for (b, gb) in gids.iter().enumerate() {
                            let k = a * n + b;
                            if done[k] {
                                continue;
                            }
                            if let Some((v, _)) = gb.and_then(|gb| set.get(gb)) {
                                done[k] = true;
                                table[k] = table[k]
                                    .saturating_add((f32::from(v.x_advance) * 1000.0 / upm) as i16);
                            }
                        }
                    }
                    PairAdjustment::Format2 {
                        coverage,
                        classes,
                        matrix,
                    } => {
                        if coverage.get(ga).is_none() {
                            continue;
                        }
                        let c1 = classes.0.get(ga);
                        let c2s = class2.get_or_insert_with(|| {
                            gids.iter().map(|g| g.map(|g| classes.1.get(g))).collect()
                        });
                        for (b, c2) in c2s.iter().enumerate() {
                            let k = a * n + b;
                            let Some(c2) = *c2 else { continue };
                            if done[k] {
                                continue;
                            }
                            done[k] = true;
                            if let Some((v, _)) = matrix.get((c1, c2)) {
                                table[k] = table[k]
                                    .saturating_add((f32::from(v.x_advance) * 1000.0 / upm) as i16);
                            }
                        }
                    }
                }
            }
        }
    }
    table
}

impl FontMetrics {
    fn parse(bytes: &'static [u8]) -> Option<FontMetrics> {
        let face = ttf_parser::Face::parse(bytes, 0).ok()?;
        let upm = f32::from(face.units_per_em());
        let scale = |v: u16| -> u16 { (f32::from(v) * 1000.0 / upm) as u16 };
        let mut low = vec![u16::MAX; LOW];
        for (cp, slot) in low.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(cp as u32) {
                if let Some(g) = face.glyph_index(c) {
                    *slot = scale(face.glyph_hor_advance(g).unwrap_or(0));
                }
            }
        }
        let notdef = scale(
            face.glyph_hor_advance(ttf_parser::GlyphId(0))
                .unwrap_or(600),
        );
        Some(FontMetrics {
            upm,
            low,
            notdef,
            kern: OnceLock::new(),
            ascender: f32::from(face.ascender()) * 1000.0 / upm,
            descender: f32::from(face.descender()) * 1000.0 / upm,
            face: Some(face),
        })
    }

    fn high_advance(&self, c: char) -> Option<u16> {
        let face = self.face.as_ref()?;
        let g = face.glyph_index(c)?;
        Some((f32::from(face.glyph_hor_advance(g).unwrap_or(0)) * 1000.0 / self.upm) as u16)
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        let cp = c as usize;
        if cp < LOW {
            self.low[cp] != u16::MAX
        } else {
            self.high_advance(c).is_some()
        }
    }

    /// Advance of `c` in thousandths of an em.
    pub fn advance(&self, c: char) -> u32 {
        let cp = c as usize;
        let w = if cp < LOW {
            self.low[cp]
        } else {
            self.high_advance(c).unwrap_or(u16::MAX)
        };
        u32::from(if w == u16::MAX { self.notdef } else { w })
    }

    /// Kerning between `a` and `b` in thousandths of an em (negative:
    /// closer).
    pub fn kern(&self, a: char, b: char) -> i32 {
        match (kern_index(a), kern_index(b)) {
            (Some(i), Some(j)) => self.kern_at(i, j),
            _ => 0,
        }
    }

    pub(super) fn kern_at(&self, i: usize, j: usize) -> i32 {
        let n = kern_chars().len();
        let table = self.kern.get_or_init(|| match &self.face {
            Some(face) => kerning(face, self.upm),
            None => Vec::new(),
        });
        table.get(i * n + j).map_or(0, |k| i32::from(*k))
    }

    /// Width of `text` in points at `size`, kerning included.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut units: i64 = 0;
        let mut prev = None;
        for c in text.chars() {
            units += i64::from(self.advance(c));
            let k = kern_index(c);
            if let (Some(p), Some(q)) = (prev, k) {
                units += i64::from(self.kern_at(p, q));
            }
            prev = k;
        }
        units as f32 * size / 1000.0
    }
}

/// The metrics of all six faces.
#[derive(Debug)]
pub struct Fonts {
    faces: Vec<FontMetrics>,
}

impl Fonts {
    /// The parsed metrics, built once per process.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| Fonts {
            faces: FontKind::ALL
                .iter()
                .map(|k| {
                    // The files are part of the binary and checked by tests.
                    FontMetrics::parse(k.bytes()).unwrap_or(FontMetrics {
                        face: None,
                        upm: 1000.0,
                        low: vec![500; LOW],
                        notdef: 500,
                        kern: OnceLock::new(),
                        ascender: 900.0,
                        descender: -250.0,
                    })
                })
                .collect(),
        })
    }

    /// Metrics of one face.
    pub fn face(&self, kind: FontKind) -> &FontMetrics {
        &self.faces[kind.index()]
    }

    /// Width of `text` in `kind` at `size` points.
    pub fn width(&self, kind: FontKind, text: &str, size: f32) -> f32 {
        self.face(kind).width(text, size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_and_covers_kazakh_and_russian() {
        let needed: String = "әғқңөұүһіӘҒҚҢӨҰҮҺІ\
            абвгдеёжзийклмнопрстуфхцчшщъыьэюя\
            АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ\
            ₸«»№–—0123456789.,;:()-"
            .into();
        for kind in FontKind::ALL {
            let face = ttf_parser::Face::parse(kind.bytes(), 0).expect("font parses");
            for c in needed.chars() {
                assert!(face.glyph_index(c).is_some(), "{kind:?} lacks {c}");
            }
            let m = &Fonts::get().faces[kind.index()];
            for c in needed.chars() {
                assert!(m.has(c), "{kind:?} metrics lack {c}");
                assert!(m.advance(c) > 0);
            }
        }
    }

    #[test]
    fn kerning_comes_from_the_font() {
        let f = Fonts::get().face(FontKind::SerifRegular);
        // Noto Serif kerns Г and Т against a following а or о.
        let pairs = ["Га", "То", "Ту", "Ya", "AV"];
        assert!(pairs.iter().any(|p| {
            let mut c = p.chars();
            f.kern(c.next().unwrap(), c.next().unwrap()) < 0
        }));
        for c in kern_chars() {
            assert_eq!(kern_chars()[kern_index(*c).unwrap()], *c);
        }
    }

    #[test]
    fn widths_are_additive() {
        let f = Fonts::get();
        let a = f.width(FontKind::SerifRegular, "заң", 10.0);
        let b = f.width(FontKind::SerifRegular, "нама", 10.0);
        let ab = f.width(FontKind::SerifRegular, "заңнама", 10.0);
        let k = f.face(FontKind::SerifRegular).kern('ң', 'н') as f32 / 100.0;
        assert!((a + b + k - ab).abs() < 1e-4);
        assert!(ab > 20.0 && ab < 60.0);
    }
}
