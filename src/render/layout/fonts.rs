//! The fonts of the print editions, embedded in the binary, and their
//! metrics.
//!
//! Widths are kept in thousandths of an em, truncated exactly as the PDF
//! writer fills the font's `/W` array, so a position computed here is the
//! position a viewer computes from the file.

use std::collections::HashMap;
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
    /// Advance widths of the chars below U+0530 (Latin, Cyrillic), in
    /// thousandths of an em; `u16::MAX` when the font lacks the char.
    low: Vec<u16>,
    /// Advance widths of other chars.
    high: HashMap<char, u16>,
    /// Width of the missing-glyph box.
    notdef: u16,
    /// Ascender in thousandths of an em.
    pub ascender: f32,
    /// Descender (negative) in thousandths of an em.
    pub descender: f32,
}

const LOW: usize = 0x0530;

impl FontMetrics {
    fn parse(bytes: &[u8]) -> Option<FontMetrics> {
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
        let mut high = HashMap::new();
        if let Some(cmap) = face.tables().cmap {
            for sub in cmap.subtables {
                if !sub.is_unicode() {
                    continue;
                }
                sub.codepoints(|cp| {
                    if cp as usize >= LOW {
                        if let (Some(c), Some(g)) = (char::from_u32(cp), sub.glyph_index(cp)) {
                            high.entry(c)
                                .or_insert_with(|| scale(face.glyph_hor_advance(g).unwrap_or(0)));
                        }
                    }
                });
            }
        }
        let notdef = scale(
            face.glyph_hor_advance(ttf_parser::GlyphId(0))
                .unwrap_or(600),
        );
        Some(FontMetrics {
            low,
            high,
            notdef,
            ascender: f32::from(face.ascender()) * 1000.0 / upm,
            descender: f32::from(face.descender()) * 1000.0 / upm,
        })
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        let cp = c as usize;
        if cp < LOW {
            self.low[cp] != u16::MAX
        } else {
            self.high.contains_key(&c)
        }
    }

    /// Advance of `c` in thousandths of an em.
    pub fn advance(&self, c: char) -> u32 {
        let cp = c as usize;
        let w = if cp < LOW {
            self.low[cp]
        } else {
            self.high.get(&c).copied().unwrap_or(u16::MAX)
        };
        u32::from(if w == u16::MAX { self.notdef } else { w })
    }

    /// Width of `text` in points at `size`.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| self.advance(c)).sum();
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
                        low: vec![500; LOW],
                        high: HashMap::new(),
                        notdef: 500,
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
    fn widths_are_additive() {
        let f = Fonts::get();
        let a = f.width(FontKind::SerifRegular, "заң", 10.0);
        let b = f.width(FontKind::SerifRegular, "нама", 10.0);
        let ab = f.width(FontKind::SerifRegular, "заңнама", 10.0);
        assert!((a + b - ab).abs() < 1e-4);
        assert!(ab > 20.0 && ab < 60.0);
    }
}
