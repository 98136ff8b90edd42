//! Text extraction with positions: every glyph a page shows, as the
//! character it stands for and the box it occupies, from hayro's
//! interpreter ([`hayro_interpret`]) driving a [`Device`] that keeps glyphs
//! and the straight rules of table borders and ignores everything else
//! (other paths, images, clips).
//!
//! Coordinates are the page as displayed (origin at the top left of the
//! crop box, y growing downwards, in points, the page's `/Rotate` applied),
//! turned so that most of the page's text runs left to right: a page turned
//! by `/Rotate`, or a landscape page drawn turned on a portrait one, reads
//! upright. Text in another direction or slanted (a watermark, a note up
//! the margin) is left out.
//! A marked-content span with `/ActualText` replaces the glyphs it covers by
//! that text (a producer marks its line-end hyphen so, or a ligature).

use hayro_interpret::font::GlyphRun;
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::kurbo::{Affine, BezPath, Point, Rect};
use hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
    InterpreterCache, InterpreterSettings, RenderContent, SoftMask,
};
use hayro_syntax::object::dict::keys::ACTUAL_TEXT;
use hayro_syntax::object::{Dict, String as PdfString};
use hayro_syntax::page::Page;

/// One glyph on a page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    /// The character it shows (a ligature is split into its characters).
    pub c: char,
    /// Left edge.
    pub x0: f32,
    /// Right edge (the left edge plus the advance).
    pub x1: f32,
    /// Baseline.
    pub y: f32,
    /// Font size (the height of an em), in points.
    pub size: f32,
}

impl Glyph {
    /// The horizontal middle.
    pub fn mid(&self) -> f32 {
        (self.x0 + self.x1) / 2.0
    }
}

/// A straight rule drawn on a page, horizontal or vertical (a border of a
/// table cell), as the rectangle it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Left.
    pub x0: f32,
    /// Top.
    pub y0: f32,
    /// Right.
    pub x1: f32,
    /// Bottom.
    pub y1: f32,
}

impl Rule {
    /// Thinner than this is a rule (points).
    pub const THIN: f32 = 2.5;
    /// Shorter than this is no rule (points).
    pub const SHORT: f32 = 5.0;

    /// A vertical rule.
    pub fn vertical(&self) -> bool {
        self.x1 - self.x0 < Self::THIN && self.y1 - self.y0 >= Self::SHORT
    }

    /// A horizontal rule.
    pub fn horizontal(&self) -> bool {
        self.y1 - self.y0 < Self::THIN && self.x1 - self.x0 >= Self::SHORT
    }

    /// Its middle across (x of a vertical rule, y of a horizontal one).
    pub fn x(&self) -> f32 {
        (self.x0 + self.x1) / 2.0
    }

    /// See [`Rule::x`].
    pub fn y(&self) -> f32 {
        (self.y0 + self.y1) / 2.0
    }
}

/// The most rules kept of one page.
pub const MAX_RULES_PER_PAGE: usize = 5_000;

/// The glyphs of a page, the page's width and height.
#[derive(Debug, Clone, Default)]
pub struct PageGlyphs {
    /// The glyphs in the order the page draws them.
    pub glyphs: Vec<Glyph>,
    /// The straight rules the page draws (table borders).
    pub rules: Vec<Rule>,
    /// Width of the displayed page.
    pub width: f32,
    /// Height of the displayed page.
    pub height: f32,
    /// Glyphs without a character (a font without a Unicode map).
    pub unmapped: usize,
    /// Set when the page held more glyphs than [`MAX_GLYPHS_PER_PAGE`]; the
    /// rest were not kept.
    pub truncated: bool,
}

/// The most glyphs kept of one page. A dense page of a contract holds
/// about 6 000; a page with far more is not text a person reads.
pub const MAX_GLYPHS_PER_PAGE: usize = 200_000;

/// Settings for text extraction: the page's content only (annotations are
/// form fields and stamps, not the contract), no warnings.
pub fn settings() -> InterpreterSettings {
    InterpreterSettings {
        render_content: RenderContent::PAGE,
        ..InterpreterSettings::default()
    }
}

/// Every glyph of one page.
pub fn page_glyphs<'a>(
    page: &Page<'a>,
    cache: &InterpreterCache<'a>,
    settings: &InterpreterSettings,
) -> PageGlyphs {
    let (width, height) = page.render_dimensions();
    let initial = Affine::new(page.initial_transform(true).as_coeffs());
    let mut context = Context::new(
        initial,
        Rect::new(0.0, 0.0, f64::from(width), f64::from(height)),
        cache,
        page.xref(),
        settings.clone(),
    );
    let mut dev = Collector {
        out: PageGlyphs {
            glyphs: Vec::new(),
            rules: Vec::new(),
            width,
            height,
            unmapped: 0,
            truncated: false,
        },
        marks: Vec::new(),
        dirs: Vec::new(),
        dir: 0,
    };
    hayro_interpret::interpret_page(page, &mut context, &mut dev);
    // Spans left open at the end of the page still replace their glyphs.
    while !dev.marks.is_empty() {
        dev.end_marked_content();
    }
    // The direction most of the page's text runs in.
    let mut count = [0usize; 4];
    for &d in &dev.dirs {
        count[usize::from(d.min(3))] += 1;
    }
    let best = (0..4u8)
        .max_by_key(|&d| (count[usize::from(d)], d == 0))
        .unwrap_or(0);
    let mut out = dev.out;
    if count
        .iter()
        .enumerate()
        .any(|(d, &n)| n > 0 && d != usize::from(best))
    {
        out.glyphs = out
            .glyphs
            .into_iter()
            .zip(&dev.dirs)
            .filter(|(_, &d)| d == best)
            .map(|(g, _)| g)
            .collect();
    }
    if best != 0 {
        let (w, h) = (out.width, out.height);
        for r in &mut out.rules {
            let a = frame(best, Point::new(f64::from(r.x0), f64::from(r.y0)), w, h);
            let b = frame(best, Point::new(f64::from(r.x1), f64::from(r.y1)), w, h);
            *r = Rule {
                x0: a.0.min(b.0),
                y0: a.1.min(b.1),
                x1: a.0.max(b.0),
                y1: a.1.max(b.1),
            };
        }
        if best % 2 == 1 {
            out.width = h;
            out.height = w;
        }
    }
    out
}

/// An open marked-content sequence: the glyph count at its start, and its
/// `/ActualText`, when it has one and no outer span has.
struct Mark {
    start: usize,
    actual: Option<String>,
}

struct Collector {
    out: PageGlyphs,
    marks: Vec<Mark>,
    /// The direction of each glyph of `out` (see [`direction`]).
    dirs: Vec<u8>,
    /// The direction of the glyph being pushed.
    dir: u8,
}

/// The direction text runs in, from the vector of its baseline on the
/// displayed page (y down): 0 left to right, 1 top to bottom, 2 right to
/// left (upside down), 3 bottom to top; `None` when slanted.
fn direction(x: f64, y: f64) -> Option<u8> {
    let slant = 0.05;
    if x > 0.0 && y.abs() <= slant * x {
        Some(0)
    } else if y > 0.0 && x.abs() <= slant * y {
        Some(1)
    } else if x < 0.0 && y.abs() <= slant * -x {
        Some(2)
    } else if y < 0.0 && x.abs() <= slant * -y {
        Some(3)
    } else {
        None
    }
}

/// A point of the displayed page (`width` × `height`) in the frame where
/// text of direction `dir` runs left to right, lines top to bottom.
fn frame(dir: u8, p: Point, width: f32, height: f32) -> (f32, f32) {
    let (x, y) = (p.x as f32, p.y as f32);
    match dir {
        1 => (y, width - x),
        2 => (width - x, height - y),
        3 => (height - y, x),
        _ => (x, y),
    }
}

impl Collector {
    fn inside_actual_text(&self) -> bool {
        self.marks.iter().any(|m| m.actual.is_some())
    }

    fn push(&mut self, g: Glyph) {
        if self.out.glyphs.len() >= MAX_GLYPHS_PER_PAGE {
            self.out.truncated = true;
            return;
        }
        self.out.glyphs.push(g);
        self.dirs.push(self.dir);
    }
}

/// A PDF text string as text: UTF-16 (big-endian, with its byte-order
/// mark), UTF-8 (with its mark, PDF 2.0), or PDFDocEncoding, read as
/// Latin-1 (the two agree on letters).
pub fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

impl Collector {
    fn rule(&mut self, a: Point, b: Point) {
        if self.out.rules.len() >= MAX_RULES_PER_PAGE {
            return;
        }
        let r = Rule {
            x0: a.x.min(b.x) as f32,
            y0: a.y.min(b.y) as f32,
            x1: a.x.max(b.x) as f32,
            y1: a.y.max(b.y) as f32,
        };
        if [r.x0, r.y0, r.x1, r.y1].iter().all(|v| v.is_finite())
            && (r.vertical() || r.horizontal())
        {
            self.out.rules.push(r);
        }
    }
}

impl<'a> Device<'a> for Collector {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, mode: &DrawMode) {
        use hayro_interpret::kurbo::PathEl;
        if self.out.rules.len() >= MAX_RULES_PER_PAGE {
            return;
        }
        let p = props.transform * path.clone();
        let stroked = matches!(mode, DrawMode::Stroke(_) | DrawMode::FillAndStroke(..));
        if stroked {
            // Each straight segment of a stroked path.
            let (mut start, mut at) = (Point::ZERO, Point::ZERO);
            for el in p.elements() {
                match *el {
                    PathEl::MoveTo(q) => {
                        start = q;
                        at = q;
                    }
                    PathEl::LineTo(q) => {
                        self.rule(at, q);
                        at = q;
                    }
                    PathEl::ClosePath => {
                        self.rule(at, start);
                        at = start;
                    }
                    PathEl::QuadTo(_, q) | PathEl::CurveTo(_, _, q) => at = q,
                }
            }
        } else {
            // Each filled thin rectangle (a subpath's box).
            let mut boxes: Vec<Rect> = Vec::new();
            for el in p.elements() {
                let pts: &[Point] = match el {
                    PathEl::MoveTo(q) => {
                        boxes.push(Rect::from_points(*q, *q));
                        continue;
                    }
                    PathEl::LineTo(q) => std::slice::from_ref(q),
                    PathEl::QuadTo(a, q) => &[*a, *q][..],
                    PathEl::CurveTo(a, b, q) => &[*a, *b, *q][..],
                    PathEl::ClosePath => continue,
                };
                if let Some(b) = boxes.last_mut() {
                    for q in pts {
                        *b = b.union_pt(*q);
                    }
                }
            }
            for b in boxes {
                self.rule(Point::new(b.x0, b.y0), Point::new(b.x1, b.y1));
            }
        }
    }
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        let glyphs = run.glyphs();
        for (i, g) in glyphs.iter().enumerate() {
            let t: Affine = props.transform * g.transform();
            let origin = t * Point::ZERO;
            // Glyph space has 1000 units to the em.
            let em = t * Point::new(0.0, 1000.0) - origin;
            let along = t * Point::new(1000.0, 0.0) - origin;
            let size = em.hypot() as f32;
            if !(size.is_finite() && size > 0.5 && size < 2000.0) {
                continue;
            }
            // Text along one of the page's axes: the direction most of
            // the page's text runs in is chosen at the end (a page turned
            // by `/Rotate`, or a landscape page drawn turned, reads
            // upright); slanted text (a watermark) is left out.
            let Some(dir) = direction(along.x, along.y) else {
                continue;
            };
            let along_len = along.hypot();
            let (ux, uy) = (along.x / along_len, along.y / along_len);
            if (em.x * ux + em.y * uy).abs() > 0.3 * em.hypot() {
                continue;
            }
            let (x0, y) = frame(dir, origin, self.out.width, self.out.height);
            if !(x0.is_finite() && y.is_finite()) {
                continue;
            }
            // The advance: the font's width, else the distance to the next
            // glyph of the run, else half an em.
            let advance: Option<f64> = match &**g {
                hayro_interpret::font::Glyph::Outline(o) => o.advance_width().map(f64::from),
                hayro_interpret::font::Glyph::Type3(_) => None,
            };
            let width = match advance {
                Some(a) if a > 0.0 && a < 5000.0 => {
                    let v = t * Point::new(a, 0.0) - origin;
                    (v.x * ux + v.y * uy) as f32
                }
                _ => match glyphs.get(i + 1) {
                    Some(n) => {
                        let v = (props.transform * n.transform()) * Point::ZERO - origin;
                        ((v.x * ux + v.y * uy) as f32).clamp(0.0, size)
                    }
                    None => size / 2.0,
                },
            };
            let width = if width.is_finite() {
                width.max(0.0)
            } else {
                0.0
            };
            self.dir = dir;
            if self.inside_actual_text() {
                // Positions only: the span's text replaces the characters.
                self.push(Glyph {
                    c: '\u{FFFC}',
                    x0,
                    x1: x0 + width,
                    y,
                    size,
                });
                continue;
            }
            let Some(u) = g.as_unicode() else {
                self.out.unmapped += 1;
                continue;
            };
            match u {
                BfString::Char(c) => self.push(Glyph {
                    c,
                    x0,
                    x1: x0 + width,
                    y,
                    size,
                }),
                BfString::String(s) => {
                    let n = s.chars().count().max(1) as f32;
                    for (k, c) in s.chars().enumerate() {
                        let a = x0 + width * k as f32 / n;
                        self.push(Glyph {
                            c,
                            x0: a,
                            x1: a + width / n,
                            y,
                            size,
                        });
                    }
                }
            }
        }
    }

    fn begin_marked_content(&mut self, _tag: &[u8], properties: Option<&Dict<'_>>) {
        let actual = if self.inside_actual_text() {
            None
        } else {
            properties
                .and_then(|p| p.get::<PdfString<'_>>(ACTUAL_TEXT))
                .map(|s| text_string(s.as_bytes()))
        };
        self.marks.push(Mark {
            start: self.out.glyphs.len(),
            actual,
        });
    }

    fn end_marked_content(&mut self) {
        let Some(m) = self.marks.pop() else { return };
        let Some(actual) = m.actual else { return };
        let start = m.start.min(self.out.glyphs.len());
        let covered: Vec<Glyph> = self.out.glyphs.drain(start..).collect();
        let dirs: Vec<u8> = self.dirs.drain(start.min(self.dirs.len())..).collect();
        if let Some(&d) = dirs.first() {
            self.dir = d;
        }
        let (Some(first), Some(last)) = (covered.first(), covered.last()) else {
            // Text without a glyph has no place on the page.
            return;
        };
        let chars: Vec<char> = actual.chars().collect();
        if chars.is_empty() {
            return;
        }
        let (x0, x1) = (first.x0, last.x1.max(first.x0));
        let n = chars.len() as f32;
        for (k, c) in chars.into_iter().enumerate() {
            let a = x0 + (x1 - x0) * k as f32 / n;
            self.push(Glyph {
                c,
                x0: a,
                x1: a + (x1 - x0) / n,
                y: first.y,
                size: first.size,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turned_text_reads_upright_in_its_frame() {
        assert_eq!(direction(10.0, 0.1), Some(0));
        assert_eq!(direction(0.0, 10.0), Some(1));
        assert_eq!(direction(-10.0, 0.0), Some(2));
        assert_eq!(direction(0.2, -10.0), Some(3));
        assert_eq!(direction(7.0, 7.0), None);
        // Text running down a page 600 wide, 800 high: the glyph further
        // down comes later on its line; a line further left comes later.
        let (w, h) = (600.0, 800.0);
        let a = frame(1, Point::new(500.0, 100.0), w, h);
        let b = frame(1, Point::new(500.0, 110.0), w, h);
        let c = frame(1, Point::new(480.0, 100.0), w, h);
        assert!(b.0 > a.0 && (b.1 - a.1).abs() < 1e-3);
        assert!(c.1 > a.1);
        assert_eq!(frame(3, Point::new(20.0, 700.0), w, h), (100.0, 20.0));
        assert_eq!(frame(2, Point::new(20.0, 700.0), w, h), (580.0, 100.0));
    }

    #[test]
    fn text_strings_decode() {
        assert_eq!(text_string(&[0xFE, 0xFF, 0x00, 0xAD]), "\u{AD}");
        assert_eq!(text_string(&[0xFE, 0xFF, 0x04, 0x30, 0x04, 0x31]), "аб");
        assert_eq!(text_string(b"abc"), "abc");
        assert_eq!(text_string(&[0xEF, 0xBB, 0xBF, 0xD0, 0xB0]), "а");
    }
}
