//! Web fonts for the HTML editions: `@font-face` rules whose fonts are
//! subsets of the embedded Noto faces ([`FontKind`]), inlined as base64
//! `data:` URLs, so an HTML edition looks the same on a machine without
//! Noto, as the PDF editions do.
//!
//! The caller says which text each face draws ([`FaceText`]); [`font_faces`]
//! subsets every face that draws something to the glyphs of its characters
//! and of [`ALWAYS`] (allsorts, the subsetter printpdf uses for the PDFs),
//! and writes one rule per face. The subsets are renamed
//! ([`SERIF_FAMILY`], [`SANS_FAMILY`]: a subset is not the whole Noto font,
//! and a viewer's font list then shows the embedded faces for what they are)
//! and keep Noto's copyright, licence and version entries. They carry a
//! legacy `kern` table with the font's own pair kerning for the letter pairs
//! of the text, which browsers apply as they apply the font's GPOS kerning.
//!
//! Output is deterministic: faces in [`FontKind::ALL`] order, characters and
//! pairs sorted.

use crate::render::layout::FontKind;
use crate::{Error, Result};
use base64::Engine;
use std::collections::{BTreeMap, BTreeSet};

/// The CSS family of the serif faces.
pub const SERIF_FAMILY: &str = "Qostil Serif";
/// The CSS family of the sans-serif faces.
pub const SANS_FAMILY: &str = "Qostil Sans";

/// Characters every subset carries, whatever the text: the space, digits
/// and punctuation of ASCII (the templates' own text), the no-break space,
/// the soft hyphen and the hyphen a browser draws where it breaks a word
/// there, and the punctuation of contracts. Letters come from the text.
/// Characters a face lacks are left out.
pub const ALWAYS: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~\
\u{a0}\u{ad}\u{2010}\u{2011}\u{2012}–—‘’‚“”„«»…№₸";

/// The text each face draws: its characters and the pairs of characters
/// that stand next to each other (for kerning).
#[derive(Debug, Clone, Default)]
pub struct FaceText {
    faces: [Drawn; 6],
}

/// What one face draws. Built for long documents: noting a character or a
/// pair is an index lookup and a bit, whatever the length of the text.
#[derive(Debug, Clone, Default)]
struct Drawn {
    /// The characters in the order first seen.
    chars: Vec<char>,
    /// The index in `chars` of each character below U+10000, `u16::MAX`
    /// for none (allocated on first use).
    bmp: Vec<u16>,
    /// The index of each character above.
    astral: BTreeMap<char, u16>,
    /// Pairs of the first [`DENSE`] characters, a bit each, row-major.
    dense: Vec<u64>,
    /// Other pairs, `(first << 32) | second`.
    sparse: BTreeSet<u64>,
}

/// Characters whose pairs are kept as bits: more than a document has.
const DENSE: usize = 512;

impl Drawn {
    /// Note `c`; its index, and whether it is new.
    fn insert(&mut self, c: char) -> (usize, bool) {
        let next = self.chars.len().min(usize::from(u16::MAX - 1)) as u16;
        let cp = c as usize;
        let slot = if cp < 0x1_0000 {
            if self.bmp.is_empty() {
                self.bmp = vec![u16::MAX; 0x1_0000];
            }
            &mut self.bmp[cp]
        } else {
            self.astral.entry(c).or_insert(u16::MAX)
        };
        if *slot != u16::MAX {
            return (usize::from(*slot), false);
        }
        *slot = next;
        self.chars.push(c);
        (usize::from(next), true)
    }

    fn pair(&mut self, a: (usize, char), b: (usize, char)) {
        if a.0 < DENSE && b.0 < DENSE {
            if self.dense.is_empty() {
                self.dense = vec![0; DENSE * DENSE / 64];
            }
            let bit = a.0 * DENSE + b.0;
            self.dense[bit / 64] |= 1 << (bit % 64);
        } else {
            self.sparse.insert((u64::from(a.1) << 32) | u64::from(b.1));
        }
    }

    fn pairs(&self) -> Vec<(char, char)> {
        let mut v: Vec<(char, char)> = self
            .sparse
            .iter()
            .filter_map(|k| {
                Some((
                    char::from_u32((k >> 32) as u32)?,
                    char::from_u32(*k as u32)?,
                ))
            })
            .collect();
        for (w, bits) in self.dense.iter().enumerate().filter(|(_, b)| **b != 0) {
            for b in (0..64).filter(|b| bits & (1u64 << b) != 0) {
                let bit = w * 64 + b;
                if let (Some(x), Some(y)) =
                    (self.chars.get(bit / DENSE), self.chars.get(bit % DENSE))
                {
                    v.push((*x, *y));
                }
            }
        }
        v.sort_unstable();
        v.dedup();
        v
    }
}

impl FaceText {
    /// Note that `face` draws `text`. Each letter brings its other case
    /// too, for text set in capitals by the style sheet.
    pub fn add(&mut self, face: FontKind, text: &str) {
        let drawn = &mut self.faces[face.index()];
        let mut prev: Option<(usize, char)> = None;
        for c in text.chars() {
            if c.is_control() {
                prev = None;
                continue;
            }
            let (i, new) = drawn.insert(c);
            if new {
                for u in c.to_uppercase().chain(c.to_lowercase()) {
                    if !u.is_control() {
                        drawn.insert(u);
                    }
                }
            }
            if let Some(p) = prev {
                drawn.pair(p, (i, c));
            }
            prev = Some((i, c));
        }
    }

    /// The characters `face` draws (without [`ALWAYS`]).
    pub fn chars(&self, face: FontKind) -> BTreeSet<char> {
        self.faces[face.index()].chars.iter().copied().collect()
    }

    /// The pairs of characters `face` draws next to each other, sorted.
    pub fn pairs(&self, face: FontKind) -> Vec<(char, char)> {
        self.faces[face.index()].pairs()
    }

    /// Whether `face` draws anything.
    pub fn uses(&self, face: FontKind) -> bool {
        !self.faces[face.index()].chars.is_empty()
    }
}

/// The CSS family, weight and style of a face.
pub fn css_face(face: FontKind) -> (&'static str, u16, &'static str) {
    match face {
        FontKind::SerifRegular => (SERIF_FAMILY, 400, "normal"),
        FontKind::SerifBold => (SERIF_FAMILY, 700, "normal"),
        FontKind::SerifItalic => (SERIF_FAMILY, 400, "italic"),
        FontKind::SansRegular => (SANS_FAMILY, 400, "normal"),
        FontKind::SansBold => (SANS_FAMILY, 700, "normal"),
        FontKind::SansItalic => (SANS_FAMILY, 400, "italic"),
    }
}

/// The `@font-face` rules for the faces `text` uses, one a line, in
/// [`FontKind::ALL`] order; empty when it uses none.
pub fn font_faces(text: &FaceText) -> Result<String> {
    let mut css = String::new();
    for face in FontKind::ALL.into_iter().filter(|f| text.uses(*f)) {
        let mut chars = text.chars(face);
        chars.extend(ALWAYS.chars());
        let font = subset(face, &chars, &text.pairs(face))?;
        let (family, weight, style) = css_face(face);
        css.push_str(&format!(
            "@font-face {{ font-family: \"{family}\"; src: url(data:font/ttf;base64,{}) \
             format(\"truetype\"); font-weight: {weight}; font-style: {style}; }}\n",
            base64::engine::general_purpose::STANDARD.encode(&font)
        ));
    }
    Ok(css)
}

fn failed(face: FontKind, what: impl std::fmt::Display) -> Error {
    Error::Other(format!("the font {face:?} could not be subset: {what}"))
}

/// A TrueType subset of `face` with the glyphs of `chars` (those the face
/// has), a Unicode cmap for them, the face's kerning of `pairs`, and our
/// own family name.
pub fn subset(face: FontKind, chars: &BTreeSet<char>, pairs: &[(char, char)]) -> Result<Vec<u8>> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};

    let bytes = face.bytes();
    let parsed = ttf_parser::Face::parse(bytes, 0).map_err(|e| failed(face, e))?;
    // Glyph 0 (.notdef) first, then every glyph once, in glyph order: the
    // subset numbers them by their place in this list.
    let glyphs: BTreeSet<u16> = chars
        .iter()
        .filter_map(|c| parsed.glyph_index(*c))
        .map(|g| g.0)
        .filter(|g| *g != 0)
        .collect();
    let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();

    let data = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .map_err(|e| failed(face, e))?;
    let provider = data.table_provider(0).map_err(|e| failed(face, e))?;
    // The tables a browser needs, and the hinting tables the glyphs'
    // instructions call into.
    let profile =
        SubsetProfile::parse_custom("cvt,fpgm,prep".into()).map_err(|e| failed(face, e))?;
    let font = allsorts::subset::subset(&provider, &ids, &profile, CmapTarget::Unicode)
        .map_err(|e| failed(face, format!("{e:?}")))?;

    let new_id = |g: ttf_parser::GlyphId| ids.binary_search(&g.0).ok().map(|i| i as u16);
    let kerns: Vec<(u16, u16, i16)> = {
        let lookups = kern_lookups(&parsed);
        let mut v: Vec<(u16, u16, i16)> = pairs
            .iter()
            .filter_map(|(a, b)| {
                let (ga, gb) = (parsed.glyph_index(*a)?, parsed.glyph_index(*b)?);
                let k = pair_kern(&parsed, &lookups, ga, gb);
                (k != 0).then_some((new_id(ga)?, new_id(gb)?, k))
            })
            .collect();
        v.sort_unstable();
        v.dedup_by_key(|(a, b, _)| (*a, *b));
        v
    };
    let name = name_table(&parsed, face);
    let mut tables = sfnt_tables(&font).ok_or_else(|| failed(face, "unreadable subset"))?;
    tables.retain(|(tag, _)| tag != b"name" && tag != b"kern");
    tables.push((*b"name", name));
    if !kerns.is_empty() {
        tables.push((*b"kern", kern_table(&kerns)));
    }
    Ok(sfnt(&tables))
}

/// The lookups of the GPOS `kern` feature, sorted.
fn kern_lookups(face: &ttf_parser::Face<'_>) -> Vec<u16> {
    let Some(gpos) = face.tables().gpos else {
        return Vec::new();
    };
    let mut lookups: Vec<u16> = (0..gpos.features.len())
        .filter_map(|i| gpos.features.get(i))
        .filter(|f| f.tag == ttf_parser::Tag::from_bytes(b"kern"))
        .flat_map(|f| f.lookup_indices)
        .collect();
    lookups.sort_unstable();
    lookups.dedup();
    lookups
}

/// The pair kerning of `a` followed by `b` in font units: in each lookup the
/// first pair subtable that applies, summed over the lookups (as the PDF
/// editions' table in `layout::fonts` reads it).
fn pair_kern(
    face: &ttf_parser::Face<'_>,
    lookups: &[u16],
    a: ttf_parser::GlyphId,
    b: ttf_parser::GlyphId,
) -> i16 {
    use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
    let Some(gpos) = face.tables().gpos else {
        return 0;
    };
    let mut total: i16 = 0;
    for li in lookups {
        let Some(lookup) = gpos.lookups.get(*li) else {
            continue;
        };
        for si in 0..lookup.subtables.len() {
            let Some(PositioningSubtable::Pair(pair)) =
                lookup.subtables.get::<PositioningSubtable>(si)
            else {
                continue;
            };
            let value = match pair {
                PairAdjustment::Format1 { coverage, sets } => {
                    match coverage
                        .get(a)
                        .and_then(|ci| sets.get(ci))
                        .and_then(|s| s.get(b))
                    {
                        Some((v, _)) => Some(v.x_advance),
                        None => continue,
                    }
                }
                PairAdjustment::Format2 {
                    coverage,
                    classes,
                    matrix,
                } => {
                    if coverage.get(a).is_none() {
                        continue;
                    }
                    matrix
                        .get((classes.0.get(a), classes.1.get(b)))
                        .map(|(v, _)| v.x_advance)
                }
            };
            total = total.saturating_add(value.unwrap_or(0));
            break;
        }
    }
    total
}

/// A `name` table for the subset: our family, style and PostScript names
/// (Windows, Unicode, English), and the font's own copyright, version,
/// trademark, maker, designer and licence entries.
fn name_table(face: &ttf_parser::Face<'_>, kind: FontKind) -> Vec<u8> {
    let (family, _, _) = css_face(kind);
    let style = match kind {
        FontKind::SerifRegular | FontKind::SansRegular => "Regular",
        FontKind::SerifBold | FontKind::SansBold => "Bold",
        FontKind::SerifItalic | FontKind::SansItalic => "Italic",
    };
    let ps = format!("{}-{style}", family.replace(' ', ""));
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_be_bytes).collect() };
    let mut records: Vec<(u16, Vec<u8>)> = vec![
        (1, utf16(family)),
        (2, utf16(style)),
        (3, utf16(&format!("{ps}; subset of Noto"))),
        (4, utf16(&format!("{family} {style}"))),
        (6, utf16(&ps)),
    ];
    const KEPT: [u16; 9] = [0, 5, 7, 8, 9, 11, 12, 13, 14];
    for n in face.names() {
        let windows_english = n.platform_id == ttf_parser::PlatformId::Windows
            && n.encoding_id == 1
            && n.language_id == 0x409;
        if windows_english
            && KEPT.contains(&n.name_id)
            && !records.iter().any(|(id, _)| *id == n.name_id)
        {
            records.push((n.name_id, n.name.to_vec()));
        }
    }
    records.sort_by_key(|(id, _)| *id);
    let count = records.len() as u16;
    let mut out = Vec::new();
    out.extend(0u16.to_be_bytes());
    out.extend(count.to_be_bytes());
    out.extend((6 + 12 * count).to_be_bytes());
    let mut offset = 0u16;
    for (id, text) in &records {
        for v in [3u16, 1, 0x409, *id, text.len() as u16, offset] {
            out.extend(v.to_be_bytes());
        }
        offset = offset.saturating_add(text.len() as u16);
    }
    for (_, text) in &records {
        out.extend(text);
    }
    out
}

/// `searchRange`, `entrySelector` and `rangeShift` of a binary-search
/// header over `n` records of `size` bytes.
fn search_header(n: u16, size: u16) -> [u16; 3] {
    let mut power = 1u16;
    let mut log = 0u16;
    while power.saturating_mul(2) <= n {
        power *= 2;
        log += 1;
    }
    let range = power.saturating_mul(size);
    [range, log, n.saturating_mul(size).saturating_sub(range)]
}

/// A legacy `kern` table (version 0) with horizontal format-0 subtables of
/// the pairs, sorted by (left, right); at most 10 000 pairs a subtable, so
/// each subtable's length fits its 16-bit field.
fn kern_table(pairs: &[(u16, u16, i16)]) -> Vec<u8> {
    let chunks: Vec<&[(u16, u16, i16)]> = pairs.chunks(10_000).collect();
    let mut out = Vec::new();
    out.extend(0u16.to_be_bytes());
    out.extend((chunks.len() as u16).to_be_bytes());
    for chunk in chunks {
        let n = chunk.len() as u16;
        out.extend(0u16.to_be_bytes()); // subtable version
        out.extend((14 + 6 * n).to_be_bytes()); // length
        out.extend(1u16.to_be_bytes()); // coverage: horizontal, format 0
        out.extend(n.to_be_bytes());
        for v in search_header(n, 6) {
            out.extend(v.to_be_bytes());
        }
        for (a, b, k) in chunk {
            out.extend(a.to_be_bytes());
            out.extend(b.to_be_bytes());
            out.extend(k.to_be_bytes());
        }
    }
    out
}

/// The tables of an sfnt font: (tag, data).
fn sfnt_tables(font: &[u8]) -> Option<Vec<([u8; 4], Vec<u8>)>> {
    let u16_at = |i: usize| -> Option<u16> {
        Some(u16::from_be_bytes(font.get(i..i + 2)?.try_into().ok()?))
    };
    let u32_at = |i: usize| -> Option<usize> {
        Some(u32::from_be_bytes(font.get(i..i + 4)?.try_into().ok()?) as usize)
    };
    let n = usize::from(u16_at(4)?);
    (0..n)
        .map(|i| {
            let r = 12 + 16 * i;
            let tag: [u8; 4] = font.get(r..r + 4)?.try_into().ok()?;
            let (offset, len) = (u32_at(r + 8)?, u32_at(r + 12)?);
            Some((tag, font.get(offset..offset.checked_add(len)?)?.to_vec()))
        })
        .collect()
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut word = [0u8; 4];
        word[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// A TrueType font of `tables`: the directory sorted by tag, each table
/// aligned to four bytes, the checksums and `head.checkSumAdjustment` set.
fn sfnt(tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut tables: Vec<([u8; 4], Vec<u8>)> = tables.to_vec();
    tables.sort_by_key(|(tag, _)| *tag);
    for (tag, data) in &mut tables {
        if tag == b"head" && data.len() >= 12 {
            data[8..12].fill(0);
        }
    }
    let n = tables.len() as u16;
    let mut out = Vec::new();
    out.extend(0x0001_0000u32.to_be_bytes());
    out.extend(n.to_be_bytes());
    for v in search_header(n, 16) {
        out.extend(v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    for (tag, data) in &tables {
        out.extend(tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    let mut head_at = None;
    for (tag, data) in &tables {
        if tag == b"head" {
            head_at = Some(out.len());
        }
        out.extend(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(at) = head_at.filter(|at| out.len() >= at + 12) {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Тапсырыс беруші әр айдың 10-күні төлейді: ә ғ қ ң ө ұ ү һ і \
        ӘҒҚҢӨҰҮҺІ; Исполнитель обязуется — «в течение 3 (трёх) дней» №\u{a0}5, 1 000 ₸.";

    fn text(face: FontKind, s: &str) -> FaceText {
        let mut t = FaceText::default();
        t.add(face, s);
        t
    }

    fn sample_subset(face: FontKind) -> Vec<u8> {
        let t = text(face, SAMPLE);
        let mut chars = t.chars(face);
        chars.extend(ALWAYS.chars());
        subset(face, &chars, &t.pairs(face)).unwrap()
    }

    #[test]
    fn subset_maps_every_character_of_the_text() {
        for face in FontKind::ALL {
            let font = sample_subset(face);
            let parsed = ttf_parser::Face::parse(&font, 0).expect("the subset parses");
            let cmap = parsed.tables().cmap.expect("a cmap");
            assert!(cmap.subtables.into_iter().any(|s| s.is_unicode()));
            assert!(cmap
                .subtables
                .into_iter()
                .all(|s| s.platform_id != ttf_parser::PlatformId::Macintosh));
            for c in SAMPLE.chars().chain(ALWAYS.chars()) {
                let g = parsed.glyph_index(c);
                assert!(g.is_some_and(|g| g.0 != 0), "{face:?} lacks {c:?}");
                // The glyph has the width it has in the whole font.
                let whole = ttf_parser::Face::parse(face.bytes(), 0).unwrap();
                let w = whole.glyph_hor_advance(whole.glyph_index(c).unwrap());
                assert_eq!(parsed.glyph_hor_advance(g.unwrap()), w, "{c:?}");
            }
            // Composite letters (й, ё) keep their outlines.
            let i = parsed.glyph_index('й').unwrap();
            assert!(parsed.glyph_bounding_box(i).is_some());
            assert!(
                font.len() * 5 < face.bytes().len(),
                "{face:?}: {} of {} bytes",
                font.len(),
                face.bytes().len()
            );
            // allsorts reads it back too.
            use allsorts::binary::read::ReadScope;
            use allsorts::font_data::FontData;
            let data = ReadScope::new(&font).read::<FontData<'_>>().unwrap();
            data.table_provider(0).unwrap();
        }
    }

    #[test]
    fn subset_has_browser_tables_our_name_and_valid_checksums() {
        let font = sample_subset(FontKind::SerifBold);
        let tables = sfnt_tables(&font).unwrap();
        let tags: Vec<&[u8; 4]> = tables.iter().map(|(t, _)| t).collect();
        for t in [
            b"cmap", b"head", b"hhea", b"hmtx", b"maxp", b"name", b"OS/2", b"post",
        ] {
            assert!(tags.contains(&t), "no {}", String::from_utf8_lossy(t));
        }
        assert!(tags.contains(&b"glyf") && tags.contains(&b"loca"));
        // Checksums of the tables and of the whole font.
        for (i, (tag, data)) in tables.iter().enumerate() {
            let r = 12 + 16 * i;
            let sum = u32::from_be_bytes(font[r + 4..r + 8].try_into().unwrap());
            let mut data = data.clone();
            if tag == b"head" {
                data[8..12].fill(0);
            }
            assert_eq!(sum, checksum(&data));
        }
        assert_eq!(checksum(&font), 0xB1B0_AFBA);
        let parsed = ttf_parser::Face::parse(&font, 0).unwrap();
        let name = |id: u16| {
            parsed
                .names()
                .into_iter()
                .find(|n| n.name_id == id)
                .and_then(|n| n.to_string())
        };
        assert_eq!(name(1).as_deref(), Some("Qostil Serif"));
        assert_eq!(name(2).as_deref(), Some("Bold"));
        assert_eq!(name(6).as_deref(), Some("QostilSerif-Bold"));
        assert!(
            name(0).is_some_and(|c| c.contains("Google")),
            "{:?}",
            name(0)
        );
        assert!(name(13).is_some_and(|l| l.contains("Open Font License")));
    }

    #[test]
    fn kerning_of_the_text_pairs_is_kept() {
        let face = FontKind::SerifRegular;
        let font = {
            let t = text(face, "Тапсырыс Го Та");
            let mut chars = t.chars(face);
            chars.extend(ALWAYS.chars());
            subset(face, &chars, &t.pairs(face)).unwrap()
        };
        let parsed = ttf_parser::Face::parse(&font, 0).unwrap();
        let kern = parsed.tables().kern.expect("a kern table");
        let st = kern.subtables.into_iter().next().unwrap();
        assert!(st.horizontal && !st.variable);
        let g = |c| parsed.glyph_index(c).unwrap();
        let whole = crate::render::layout::Fonts::get().face(face);
        let mut kerned = 0;
        for (a, b) in [('Т', 'а'), ('Г', 'о'), ('Т', 'а')] {
            let k = st.glyphs_kerning(g(a), g(b)).unwrap_or(0);
            // Noto Serif has 1000 units to the em, as the PDF table.
            assert_eq!(i32::from(k), whole.kern(a, b), "{a}{b}");
            kerned += i32::from(k != 0);
        }
        assert!(kerned > 0);
        // A pair not in the text is not carried.
        assert_eq!(st.glyphs_kerning(g('Г'), g('а')), None);
    }

    #[test]
    fn css_has_one_rule_per_used_face_and_is_deterministic() {
        let mut t = FaceText::default();
        t.add(FontKind::SerifRegular, "Шарт");
        t.add(FontKind::SansBold, "1. Шарттың мәні");
        let css = font_faces(&t).unwrap();
        assert_eq!(css.lines().count(), 2);
        assert!(css.starts_with(
            "@font-face { font-family: \"Qostil Serif\"; src: url(data:font/ttf;base64,"
        ));
        assert!(css
            .lines()
            .nth(1)
            .unwrap()
            .ends_with("format(\"truetype\"); font-weight: 700; font-style: normal; }"));
        assert_eq!(css, font_faces(&t).unwrap());
        assert_eq!(font_faces(&FaceText::default()).unwrap(), "");
    }

    #[test]
    fn letters_bring_their_other_case() {
        let t = text(FontKind::SerifRegular, "Қазақ\nтілі");
        let c = t.chars(FontKind::SerifRegular);
        for x in ['қ', 'Қ', 'А', 'і', 'І', 'Т'] {
            assert!(c.contains(&x), "{x}");
        }
        assert!(!c.contains(&'\n'));
        let pairs = t.pairs(FontKind::SerifRegular);
        assert!(pairs.contains(&('Қ', 'а')) && pairs.contains(&('а', 'қ')));
        assert!(!pairs.contains(&('қ', 'т')));
        assert_eq!(pairs.len(), 7);
        // Astral characters too.
        let t = text(FontKind::SansBold, "a𝐀b");
        assert_eq!(t.chars(FontKind::SansBold).len(), 5);
        assert!(t.pairs(FontKind::SansBold).contains(&('𝐀', 'b')));
        assert!(!t.uses(FontKind::SerifRegular) && t.uses(FontKind::SansBold));
        // Past the characters whose pairs are bits.
        let many: String = ('\u{4e00}'..).take(DENSE + 100).collect();
        let t = text(FontKind::SerifRegular, &format!("{many}{many}"));
        let pairs = t.pairs(FontKind::SerifRegular);
        assert_eq!(pairs.len(), DENSE + 100);
        assert!(pairs.windows(2).all(|w| w[0] < w[1]));
        let last = many.chars().last().unwrap();
        assert!(pairs.contains(&(last, '\u{4e00}')));
    }

    #[test]
    fn base64_is_standard_with_padding() {
        let e = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        assert_eq!(e(b""), "");
        assert_eq!(e(b"f"), "Zg==");
        assert_eq!(e(b"fo"), "Zm8=");
        assert_eq!(e(b"foo"), "Zm9v");
        assert_eq!(e(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn search_header_matches_the_spec() {
        assert_eq!(search_header(1, 16), [16, 0, 0]);
        assert_eq!(search_header(11, 16), [128, 3, 48]);
        assert_eq!(search_header(16, 6), [96, 4, 0]);
    }
}
