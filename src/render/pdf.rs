//! PDF editions: laid-out pages ([`crate::render::layout`]) → PDF bytes.
//!
//! The fonts are embedded as subsets with a ToUnicode map, so every Kazakh
//! letter copies and extracts as itself. Justified lines are written as one
//! `TJ` array per run of a face, with real space characters and explicit
//! offsets, never with the `Tw` operator (which breaks text extraction).
//!
//! Output is deterministic: font tags, the document id and the dates are
//! derived from the content (dates only from
//! [`PdfOptions::source_date_epoch`], which the CLI fills from `SOURCE_DATE_EPOCH`), so the same input gives the same
//! bytes.

use crate::model::{Bilingual, Document};
use crate::render::layout::{self, FontKind, Fonts, Item, Layout, PageGeometry};
use crate::render::EditionMeta;
use crate::{Error, Result};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};
use std::sync::OnceLock;

/// The latest moment a PDF date can name (9999-12-31 23:59:59 UTC): PDF
/// dates have four-digit years.
pub const MAX_SOURCE_DATE_EPOCH: i64 = 253_402_300_799;

/// Read the value of `SOURCE_DATE_EPOCH`: the decimal digits of the seconds
/// since 1970-01-01 00:00 UTC, up to [`MAX_SOURCE_DATE_EPOCH`]. An empty
/// value is no date (`Ok(None)`). Anything else (a sign, a fraction, other
/// characters, a moment before 1970 or after the year 9999) is an error
/// that says why, as the reproducible-builds convention asks: a malformed
/// value must not be replaced by some other date.
pub fn parse_source_date_epoch(value: &str) -> std::result::Result<Option<i64>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let shown: String = v.chars().take(40).collect();
    if v.starts_with('-') && v[1..].chars().all(|c| c.is_ascii_digit()) && v.len() > 1 {
        return Err(format!(
            "SOURCE_DATE_EPOCH={shown} is before 1970-01-01: give the seconds since 1970-01-01 00:00 UTC"
        ));
    }
    if !v.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "SOURCE_DATE_EPOCH={shown} is not a number of seconds: give digits only, the seconds since 1970-01-01 00:00 UTC (as `date +%s` prints them)"
        ));
    }
    match v.parse::<i64>() {
        Ok(n) if n <= MAX_SOURCE_DATE_EPOCH => Ok(Some(n)),
        _ => Err(format!(
            "SOURCE_DATE_EPOCH={shown} is after the year 9999, which a PDF date cannot hold: the largest value is {MAX_SOURCE_DATE_EPOCH}"
        )),
    }
}

/// Options for PDF output.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    /// Creation date as seconds since the Unix epoch (`SOURCE_DATE_EPOCH`).
    /// `None` writes no meaningful date (the epoch), keeping output
    /// reproducible.
    pub source_date_epoch: Option<i64>,
    /// Page size and margins; `None` is A4 with margins for signed
    /// contracts (25 mm left, 15 mm right, 20 mm top and bottom).
    pub geometry: Option<PageGeometry>,
}

/// Render one language edition.
pub fn render_single(doc: &Document, meta: &EditionMeta, opts: &PdfOptions) -> Result<Vec<u8>> {
    render_single_with(doc, &layout::Front::default(), meta, opts)
}

/// Render one language edition with its front matter (place and date
/// line, requisites heading).
pub fn render_single_with(
    doc: &Document,
    front: &layout::Front,
    meta: &EditionMeta,
    opts: &PdfOptions,
) -> Result<Vec<u8>> {
    let layout = layout::layout_single_with(doc, front, &opts.geometry.unwrap_or_default());
    let mut meta = meta.clone();
    if meta.title.trim().is_empty() {
        meta.title = doc.title.clone().unwrap_or_default();
    }
    write_pdf(&layout, &meta, doc.lang.code(), opts)
}

/// Render the parallel edition: Kazakh left, Russian right.
pub fn render_parallel(bi: &Bilingual, meta: &EditionMeta, opts: &PdfOptions) -> Result<Vec<u8>> {
    let none = layout::Front::default();
    render_parallel_with(bi, [&none, &none], meta, opts)
}

/// Render the parallel edition with each language's front matter (place
/// and date lines, column labels, requisites headings).
pub fn render_parallel_with(
    bi: &Bilingual,
    fronts: [&layout::Front; 2],
    meta: &EditionMeta,
    opts: &PdfOptions,
) -> Result<Vec<u8>> {
    let layout = layout::layout_parallel_with(bi, fronts, &opts.geometry.unwrap_or_default());
    let mut meta = meta.clone();
    if meta.title.trim().is_empty() {
        let titles: Vec<String> = [&bi.kk.title, &bi.ru.title]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        meta.title = titles.join(" / ");
    }
    let meta = &meta;
    // The parallel edition is primarily in the state language.
    write_pdf(&layout, meta, "kk", opts)
}

fn parsed_fonts() -> Result<&'static Vec<ParsedFont>> {
    static PARSED: OnceLock<Option<Vec<ParsedFont>>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            FontKind::ALL
                .iter()
                .map(|k| ParsedFont::from_bytes(k.bytes(), 0, &mut Vec::new()))
                .collect()
        })
        .as_ref()
        .ok_or_else(|| Error::Other("an embedded font could not be parsed".into()))
}

/// FNV-1a, 64 bits: a stable content hash for ids and subset tags.
fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn content_hash(layout: &Layout, meta: &EditionMeta, lang: &str) -> u64 {
    let mut h = fnv(
        format!("{}\0{}\0{}\0{lang}", meta.title, meta.author, meta.id).as_bytes(),
        0,
    );
    for p in &layout.pages {
        for it in &p.items {
            if let Item::Text(t) = it {
                for s in &t.spans {
                    h = fnv(s.text.as_bytes(), h);
                }
            }
        }
        h = fnv(b"\x0c", h);
    }
    h
}

/// Six capital letters from a hash: a font subset tag.
fn tag(h: u64) -> String {
    let mut h = h;
    (0..6)
        .map(|_| {
            let c = (b'A' + (h % 26) as u8) as char;
            h /= 26;
            c
        })
        .collect()
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

fn write_pdf(
    layout: &Layout,
    meta: &EditionMeta,
    lang: &str,
    opts: &PdfOptions,
) -> Result<Vec<u8>> {
    let parsed = parsed_fonts()?;
    let hash = content_hash(layout, meta, lang);
    let mut doc = PdfDocument::new(&meta.title);
    // Font ids double as resource names and subset tags: make them
    // deterministic instead of printpdf's counter-based ids.
    let ids: Vec<FontId> = FontKind::ALL
        .iter()
        .map(|k| FontId(tag(fnv(&[k.index() as u8], hash))))
        .collect();
    let fonts = Fonts::get();
    let mut used = [false; 6];
    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let h = page.height;
        let mut ops = Vec::new();
        let mut in_text = false;
        let mut cur_font: Option<(FontKind, f32)> = None;
        for it in &page.items {
            match it {
                Item::Text(line) => {
                    if !in_text {
                        ops.push(Op::StartTextSection);
                        in_text = true;
                    }
                    // Consecutive spans of one face and size become one TJ.
                    let mut i = 0;
                    while i < line.spans.len() {
                        let s0 = &line.spans[i];
                        if cur_font != Some((s0.font, s0.size)) {
                            ops.push(Op::SetFont {
                                font: PdfFontHandle::External(ids[s0.font.index()].clone()),
                                size: Pt(s0.size),
                            });
                            cur_font = Some((s0.font, s0.size));
                        }
                        used[s0.font.index()] = true;
                        ops.push(Op::SetTextMatrix {
                            matrix: TextMatrix::Translate(Pt(s0.x), Pt(h - line.baseline)),
                        });
                        let face = fonts.face(s0.font);
                        let mut items = Vec::new();
                        push_kerned(&mut items, unhyphenated(s0), face);
                        let mut pen = s0.x + fonts.width(s0.font, &s0.text, s0.size);
                        let mut j = i + 1;
                        while j < line.spans.len()
                            && !line.spans[j - 1].hyphen
                            && line.spans[j].font == s0.font
                            && line.spans[j].size == s0.size
                        {
                            let s = &line.spans[j];
                            let dx = s.x - pen;
                            if dx.abs() > 0.001 {
                                // TJ numbers are thousandths of an em,
                                // negative to the right.
                                items.push(TextItem::Offset(-dx * 1000.0 / s.size));
                            }
                            push_kerned(&mut items, unhyphenated(s), face);
                            pen = s.x + fonts.width(s.font, &s.text, s.size);
                            j += 1;
                        }
                        ops.push(Op::ShowText { items });
                        if line.spans[j - 1].hyphen {
                            push_soft_hyphen(&mut ops);
                        }
                        i = j;
                    }
                }
                Item::Rule {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    grey: g,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    ops.push(Op::SetOutlineColor { col: grey(*g) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![
                                LinePoint {
                                    p: Point {
                                        x: Pt(*x1),
                                        y: Pt(h - y1),
                                    },
                                    bezier: false,
                                },
                                LinePoint {
                                    p: Point {
                                        x: Pt(*x2),
                                        y: Pt(h - y2),
                                    },
                                    bezier: false,
                                },
                            ],
                            is_closed: false,
                        },
                    });
                }
                Item::Fill {
                    x,
                    y,
                    w,
                    h: rh,
                    grey: g,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    ops.push(Op::SetFillColor { col: grey(*g) });
                    ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            x: Pt(*x),
                            y: Pt(h - y - rh),
                            width: Pt(*w),
                            height: Pt(*rh),
                            mode: Some(PaintMode::Fill),
                            winding_order: None,
                        },
                    });
                    ops.push(Op::SetFillColor { col: grey(0.0) });
                }
            }
        }
        if in_text {
            ops.push(Op::EndTextSection);
        }
        pages.push(PdfPage::new(
            printpdf::Mm(page.width / layout::MM),
            printpdf::Mm(page.height / layout::MM),
            ops,
        ));
    }
    for (k, id) in FontKind::ALL.iter().zip(&ids) {
        if used[k.index()] {
            doc.resources.fonts.map.insert(
                id.clone(),
                printpdf::PdfFont::new(parsed[k.index()].clone()),
            );
        }
    }
    doc.pages = pages;

    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.creator = "qostil".into();
    info.producer = format!("qostil {}", env!("CARGO_PKG_VERSION"));
    info.subject = meta.id.clone();
    info.identifier = format!("{:016x}", hash);
    let epoch: Option<i64> = opts.source_date_epoch;
    if let Some(e) = epoch {
        // Never a date other than the one asked for (printpdf would keep its
        // own default for a value out of range).
        let t = (0..=MAX_SOURCE_DATE_EPOCH)
            .contains(&e)
            .then(|| printpdf::OffsetDateTime::from_unix_timestamp(e).ok())
            .flatten()
            .ok_or_else(|| {
                Error::Other(format!(
                    "SOURCE_DATE_EPOCH={e} is outside 1970-01-01 .. 9999-12-31, which a PDF date cannot hold"
                ))
            })?;
        info.creation_date = t;
        info.modification_date = t;
        info.metadata_date = t;
    }

    let save = PdfSaveOptions::default();
    let mut warnings = Vec::new();
    let mut lo = printpdf::serialize::to_lopdf_doc(&doc, &save, &mut warnings);
    // Deterministic file id and the document language.
    let mut id = hash.to_be_bytes().to_vec();
    id.extend_from_slice(&fnv(b"instance", hash).to_be_bytes());
    lo.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            lopdf::Object::String(id, lopdf::StringFormat::Hexadecimal),
        ]),
    );
    // printpdf writes an empty PDF/X version key, which makes readers
    // announce a PDF/X file; this is a plain PDF.
    if let Ok(info) = lo.trailer.get(b"Info").and_then(|r| r.as_reference()) {
        if let Ok(d) = lo.get_object_mut(info).and_then(|o| o.as_dict_mut()) {
            d.remove(b"GTS_PDFXVersion");
            d.remove(b"Trapped");
            d.remove(b"Identifier");
            d.remove(b"Keywords");
            if epoch.is_none() {
                // No date unless one is asked for: output stays reproducible.
                d.remove(b"CreationDate");
                d.remove(b"ModDate");
            }
        }
    }
    if let Ok(root) = lo.trailer.get(b"Root").and_then(|r| r.as_reference()) {
        if let Ok(cat) = lo.get_object_mut(root).and_then(|o| o.as_dict_mut()) {
            cat.set(
                "Lang",
                lopdf::Object::String(lang.as_bytes().to_vec(), lopdf::StringFormat::Literal),
            );
        }
    }
    add_outline(&mut lo, layout);
    add_links(&mut lo, layout);
    compress(&mut lo)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| Error::Other(format!("writing the PDF failed: {e}")))?;
    Ok(out)
}

/// A text string as PDF wants it outside content streams: UTF-16BE with a
/// byte order mark.
fn text_string(s: &str) -> lopdf::Object {
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    lopdf::Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

/// The document outline: one bookmark per section heading, in order,
/// pointing at the heading's position.
fn add_outline(lo: &mut lopdf::Document, layout: &Layout) {
    use lopdf::{Dictionary, Object};
    if layout.outline.is_empty() {
        return;
    }
    let pages = lo.get_pages();
    let Some(root) = lo.trailer.get(b"Root").and_then(|r| r.as_reference()).ok() else {
        return;
    };
    let entries: Vec<_> = layout
        .outline
        .iter()
        .filter_map(|e| {
            let page = pages.get(&(e.page as u32 + 1))?;
            let h = layout.pages.get(e.page)?.height;
            Some((e, *page, h))
        })
        .collect();
    if entries.is_empty() {
        return;
    }
    let outlines = lo.new_object_id();
    let ids: Vec<_> = entries.iter().map(|_| lo.new_object_id()).collect();
    for (i, (e, page, h)) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&e.title));
        d.set("Parent", Object::Reference(outlines));
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(*page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(h - e.y + 6.0),
                Object::Null,
            ]),
        );
        if i > 0 {
            d.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            d.set("Next", Object::Reference(*next));
        }
        lo.objects.insert(ids[i], Object::Dictionary(d));
    }
    let mut top = Dictionary::new();
    top.set("Type", Object::Name(b"Outlines".to_vec()));
    top.set("First", Object::Reference(ids[0]));
    top.set("Last", Object::Reference(ids[ids.len() - 1]));
    top.set("Count", Object::Integer(ids.len() as i64));
    lo.objects.insert(outlines, Object::Dictionary(top));
    if let Ok(cat) = lo.get_object_mut(root).and_then(|o| o.as_dict_mut()) {
        cat.set("Outlines", Object::Reference(outlines));
    }
}

/// Link annotations over linked text: `#name` jumps to the clause or id
/// `name`; http, https and mailto links open outside. Links to unknown
/// anchors and other schemes stay plain text.
fn add_links(lo: &mut lopdf::Document, layout: &Layout) {
    use lopdf::{Dictionary, Object};
    let pages = lo.get_pages();
    let fonts = Fonts::get();
    let anchor = |name: &str| layout.anchors.iter().find(|a| a.title == name);
    for (pi, page) in layout.pages.iter().enumerate() {
        let Some(page_id) = pages.get(&(pi as u32 + 1)).copied() else {
            continue;
        };
        // (rect, target) with neighbouring spans of one link merged.
        let mut rects: Vec<([f32; 4], &str)> = Vec::new();
        for it in &page.items {
            let Item::Text(line) = it else { continue };
            for s in &line.spans {
                let Some(target) = s.link.as_deref() else {
                    continue;
                };
                let x2 = s.x + fonts.width(s.font, s.text.trim_end(), s.size);
                let (y1, y2) = (
                    page.height - line.baseline - 0.3 * s.size,
                    page.height - line.baseline + 0.9 * s.size,
                );
                match rects.last_mut() {
                    Some((r, t)) if *t == target && (r[1] - y1).abs() < 0.01 && s.x >= r[0] => {
                        r[2] = x2
                    }
                    _ => rects.push(([s.x, y1, x2, y2], target)),
                }
            }
        }
        let mut annots = Vec::new();
        for (r, target) in rects {
            let mut d = Dictionary::new();
            d.set("Type", Object::Name(b"Annot".to_vec()));
            d.set("Subtype", Object::Name(b"Link".to_vec()));
            d.set(
                "Rect",
                Object::Array(r.iter().map(|v| Object::Real(*v)).collect()),
            );
            d.set(
                "Border",
                Object::Array(vec![
                    Object::Integer(0),
                    Object::Integer(0),
                    Object::Integer(0),
                ]),
            );
            if let Some(name) = target.strip_prefix('#') {
                let Some(a) = anchor(name) else { continue };
                let (Some(dest_page), Some(p)) =
                    (pages.get(&(a.page as u32 + 1)), layout.pages.get(a.page))
                else {
                    continue;
                };
                d.set(
                    "Dest",
                    Object::Array(vec![
                        Object::Reference(*dest_page),
                        Object::Name(b"XYZ".to_vec()),
                        Object::Null,
                        Object::Real(p.height - a.y + 6.0),
                        Object::Null,
                    ]),
                );
            } else if ["http://", "https://", "mailto:"]
                .iter()
                .any(|p| target.starts_with(p))
            {
                let mut act = Dictionary::new();
                act.set("S", Object::Name(b"URI".to_vec()));
                act.set(
                    "URI",
                    Object::String(target.as_bytes().to_vec(), lopdf::StringFormat::Literal),
                );
                d.set("A", Object::Dictionary(act));
            } else {
                continue;
            }
            annots.push(Object::Reference(lo.add_object(Object::Dictionary(d))));
        }
        if annots.is_empty() {
            continue;
        }
        if let Ok(pd) = lo.get_object_mut(page_id).and_then(|o| o.as_dict_mut()) {
            match pd.get_mut(b"Annots") {
                Ok(Object::Array(existing)) => existing.extend(annots),
                _ => pd.set("Annots", Object::Array(annots)),
            }
        }
    }
}

/// The text of a span without the hyphen the layout put at its end
/// ([`layout::Span::hyphen`]): that hyphen is written apart by
/// [`push_soft_hyphen`].
fn unhyphenated(s: &layout::Span) -> &str {
    if s.hyphen {
        let t = s.text.trim_end();
        t.strip_suffix('-').unwrap_or(t)
    } else {
        &s.text
    }
}

/// Show the hyphen of a word broken at the end of a line, marked as a
/// soft hyphen (`/ActualText` U+00AD): it prints as a hyphen, and text
/// extraction (ours, pdftotext, a viewer's copy) reads the word whole
/// rather than a hyphenated compound.
fn push_soft_hyphen(ops: &mut Vec<Op>) {
    let mut map = std::collections::BTreeMap::new();
    map.insert(
        "ActualText".to_string(),
        printpdf::DictItem::String {
            data: vec![0xFE, 0xFF, 0x00, 0xAD],
            literal: false,
        },
    );
    ops.push(Op::BeginMarkedContentWithProperties {
        tag: "Span".to_string(),
        properties: printpdf::DictItem::Dict { map },
    });
    ops.push(Op::ShowText {
        items: vec![TextItem::Text("-".to_string())],
    });
    ops.push(Op::EndMarkedContent);
}

/// Append `text` to a TJ array, with the font's pair kerning as offsets.
fn push_kerned(items: &mut Vec<TextItem>, text: &str, face: &layout::fonts::FontMetrics) {
    let mut run = String::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev {
            let k = face.kern(p, c);
            if k != 0 {
                items.push(TextItem::Text(std::mem::take(&mut run)));
                // TJ numbers are thousandths of an em, positive to the left.
                items.push(TextItem::Offset(-(k as f32)));
            }
        }
        run.push(c);
        prev = Some(c);
    }
    if !run.is_empty() {
        items.push(TextItem::Text(run));
    }
}

/// Deflate every stream not yet compressed, at the fast level: the `best`
/// level lopdf uses costs a quarter of the rendering time for a few per
/// cent of size.
fn compress(doc: &mut lopdf::Document) -> Result<()> {
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;
    for obj in doc.objects.values_mut() {
        if let lopdf::Object::Stream(st) = obj {
            if st.dict.get(b"Filter").is_ok() || !st.allows_compression {
                continue;
            }
            let mut enc = ZlibEncoder::new(Vec::new(), Compression::fast());
            enc.write_all(&st.content)
                .map_err(|e| Error::Other(format!("compressing the PDF failed: {e}")))?;
            let packed = enc
                .finish()
                .map_err(|e| Error::Other(format!("compressing the PDF failed: {e}")))?;
            if packed.len() + 19 < st.content.len() {
                st.dict
                    .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
                st.set_content(packed);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_date_epoch_is_digits_in_range() {
        assert_eq!(
            parse_source_date_epoch("1767225600"),
            Ok(Some(1_767_225_600))
        );
        assert_eq!(parse_source_date_epoch(" 0\n"), Ok(Some(0)));
        assert_eq!(parse_source_date_epoch(""), Ok(None));
        for bad in [
            "-1",
            "+5",
            "1e9",
            "12.5",
            "abc",
            "253402300800",
            "99999999999999999999999",
            "0x10",
            "-",
        ] {
            assert!(parse_source_date_epoch(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_source_date_epoch(&MAX_SOURCE_DATE_EPOCH.to_string()),
            Ok(Some(MAX_SOURCE_DATE_EPOCH))
        );
    }

    #[test]
    fn tags_are_six_capitals() {
        let t = tag(fnv(b"x", 0));
        assert_eq!(t.len(), 6);
        assert!(t.bytes().all(|b| b.is_ascii_uppercase()));
    }
}
