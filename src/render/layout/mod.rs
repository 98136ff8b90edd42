//! Page layout of the print editions: model → pages of positioned text
//! runs, rules and fills. Knows nothing of the PDF format.
//!
//! Invariants:
//! - Coordinates are points, origin at the top-left corner of the page, y
//!   growing downwards; a [`TextLine`] is placed by its baseline.
//! - Items of a page are in reading order: in the parallel edition all
//!   Kazakh lines of a row (on that page) come before its Russian lines.
//! - Every row of the parallel edition starts both columns at the same y;
//!   when a row does not fit, both columns continue at the top of the next
//!   page. [`Layout::rows`] records where each row started.
//! - Page breaks never fall after a heading, nor leave a single line of a
//!   paragraph at the foot or head of a page when that can be avoided; table
//!   header rows repeat after a break.

pub mod fonts;
pub mod text;

use crate::lang::Lang;
use crate::model::{
    Block, Clause, ClauseNumber, Document, Heading, Inline, List, Party, RichText, Table,
};
pub use fonts::{FontKind, Fonts};
use text::{compose, Align, Styled};

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// A run of text in one face, placed at `x` on its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Left edge, points from the page's left edge (relative to the
    /// paragraph while composing).
    pub x: f32,
    /// The face.
    pub font: FontKind,
    /// Size in points.
    pub size: f32,
    /// The text, spaces included, as it should be extracted.
    pub text: String,
    /// Target of a hyperlink: `#anchor` inside the document or a URL.
    pub link: Option<String>,
    /// The text ends with a hyphen the layout put where it broke a word at
    /// the end of the line (the word goes on on the next line); the PDF
    /// marks it so that text extraction joins the word again.
    pub hyphen: bool,
}

/// A line of text: spans on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// Baseline, points from the top of the page.
    pub baseline: f32,
    /// The spans, left to right.
    pub spans: Vec<Span>,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text.
    Text(TextLine),
    /// A straight rule.
    Rule {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Stroke width in points.
        width: f32,
        /// Grey level, 0 black … 1 white.
        grey: f32,
    },
    /// A filled rectangle (table header shading), drawn before its text.
    Fill {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Grey level.
        grey: f32,
    },
}

impl Item {
    fn shifted(&self, dx: f32, dy: f32) -> Item {
        match self {
            Item::Text(t) => Item::Text(TextLine {
                baseline: t.baseline + dy,
                spans: t
                    .spans
                    .iter()
                    .map(|s| Span {
                        x: s.x + dx,
                        ..s.clone()
                    })
                    .collect(),
            }),
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
                grey,
            } => Item::Rule {
                x1: x1 + dx,
                y1: y1 + dy,
                x2: x2 + dx,
                y2: y2 + dy,
                width: *width,
                grey: *grey,
            },
            Item::Fill { x, y, w, h, grey } => Item::Fill {
                x: x + dx,
                y: y + dy,
                w: *w,
                h: *h,
                grey: *grey,
            },
        }
    }
}

/// A laid-out page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// What is drawn, in reading order.
    pub items: Vec<Item>,
}

/// Where a row (a block, or a pair of blocks in the parallel edition)
/// started.
#[derive(Debug, Clone, PartialEq)]
pub struct RowMark {
    /// 0-based page index.
    pub page: usize,
    /// For each column, the baseline of its first line (`None` when the
    /// column is empty in this row).
    pub first_baselines: Vec<Option<f32>>,
}

/// An entry of the document outline (bookmarks): a section heading.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// The heading as shown in the outline.
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    /// Top of the heading, points from the top of the page.
    pub y: f32,
}

/// The result of layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The pages.
    pub pages: Vec<Page>,
    /// One mark per row, in order.
    pub rows: Vec<RowMark>,
    /// Section headings in order, for the PDF outline.
    pub outline: Vec<OutlineEntry>,
    /// Link targets: `c-4.2` for clause 4.2 and the ids given in the
    /// source, with where they are.
    pub anchors: Vec<OutlineEntry>,
}

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageGeometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left margin (binding side of a signed contract).
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin (the footer sits inside it).
    pub bottom: f32,
}

impl Default for PageGeometry {
    /// A4 with 25 mm left, 15 mm right and 20 mm top and bottom margins.
    fn default() -> Self {
        PageGeometry {
            width: 210.0 * MM,
            height: 297.0 * MM,
            left: 25.0 * MM,
            right: 15.0 * MM,
            top: 20.0 * MM,
            bottom: 20.0 * MM,
        }
    }
}

impl PageGeometry {
    fn text_width(&self) -> f32 {
        self.width - self.left - self.right
    }
}

/// Type sizes of an edition.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    body: f32,
    leading: f32,
    small: f32,
    title: f32,
    heading: f32,
}

const SINGLE: Sizes = Sizes {
    body: 10.5,
    leading: 14.0,
    small: 9.0,
    title: 14.0,
    heading: 11.0,
};

const PARALLEL: Sizes = Sizes {
    body: 9.0,
    leading: 11.8,
    small: 8.0,
    title: 11.5,
    heading: 9.5,
};

/// A vertical unit of a column: a line of text, a table row, a rule.
#[derive(Debug, Clone)]
struct VLine {
    height: f32,
    space_before: f32,
    /// Items relative to the column's left edge and the line's top.
    items: Vec<Item>,
    /// Baseline of the first text, from the line's top.
    baseline: Option<f32>,
    /// Whether a page break may fall before this line.
    break_before: bool,
    /// Table header lines to repeat when this line starts a page.
    header: Option<usize>,
}

/// The content of one column of a row.
#[derive(Debug, Clone, Default)]
struct Column {
    x: f32,
    width: f32,
    lines: Vec<VLine>,
    headers: Vec<Vec<VLine>>,
}

#[derive(Debug, Clone, Default)]
struct Row {
    cols: Vec<Column>,
    space_before: f32,
    keep_with_next: bool,
    /// Draw a frame around each column (requisites boxes).
    frame: bool,
    /// A table header row to repeat when this row starts a page.
    header: Option<usize>,
    /// Outline entry for this row (section headings).
    outline: Option<String>,
    /// Link targets starting at this row.
    anchors: Vec<String>,
    /// The row starts a new page (an appendix).
    new_page: bool,
}

/// Builds the lines of blocks for one column.
struct ColumnBuilder {
    lang: Lang,
    width: f32,
    sizes: Sizes,
    lines: Vec<VLine>,
    headers: Vec<Vec<VLine>>,
}

fn styled(rt: &RichText, base: FontKind) -> Vec<Styled<'_>> {
    rt.0.iter()
        .map(|i: &Inline| Styled {
            text: &i.text,
            font: base.styled(i.bold || base.is_bold(), i.italic),
            link: i.link.as_deref(),
        })
        .collect()
}

impl ColumnBuilder {
    fn new(lang: Lang, width: f32, sizes: Sizes) -> ColumnBuilder {
        ColumnBuilder {
            lang,
            width,
            sizes,
            lines: Vec::new(),
            headers: Vec::new(),
        }
    }

    fn finish(self, x: f32) -> Column {
        Column {
            x,
            width: self.width,
            lines: self.lines,
            headers: self.headers,
        }
    }

    /// Set a paragraph: `label` (a clause number, a bullet) at `indent`,
    /// text from `indent + hang`; widow and orphan control inside it. Words
    /// are hyphenated only when `hyphens` (never in titles and headings).
    #[allow(clippy::too_many_arguments)]
    fn paragraph(
        &mut self,
        label: Option<(&str, FontKind)>,
        parts: &[Styled<'_>],
        indent: f32,
        hang: f32,
        size: f32,
        leading: f32,
        align: Align,
        space_before: f32,
        hyphens: bool,
    ) {
        let width = (self.width - indent - hang).max(size * 4.0);
        let hyphenation = hyphens.then_some(self.lang);
        let mut composed = compose(parts, size, width, align, hyphenation);
        if composed.is_empty() {
            composed.push(Default::default());
        }
        let n = composed.len();
        let baseline = (leading + size * 0.7) / 2.0;
        for (i, line) in composed.into_iter().enumerate() {
            let mut spans: Vec<Span> = Vec::new();
            if i == 0 {
                if let Some((l, font)) = label {
                    spans.push(Span {
                        x: indent,
                        font,
                        size,
                        text: format!("{l} "),
                        link: None,
                        hyphen: false,
                    });
                }
            }
            spans.extend(line.spans.into_iter().map(|s| Span {
                x: s.x + indent + hang,
                ..s
            }));
            // Orphan: no break after the first line; widow: none before the
            // last.
            let break_before = i != 1 && !(n > 1 && i + 1 == n && i > 0);
            self.lines.push(VLine {
                height: leading,
                space_before: if i == 0 { space_before } else { 0.0 },
                items: vec![Item::Text(TextLine { baseline, spans })],
                baseline: Some(baseline),
                break_before: i == 0 || break_before,
                header: None,
            });
        }
    }

    fn number_hang(&self, label: &str, font: FontKind, size: f32) -> f32 {
        let w = Fonts::get().width(font, label, size) + size * 0.5;
        w.max(size * 2.6)
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(h) => self.heading(h),
            Block::Clause(c) => self.clause(c),
            Block::List(l) => self.list(l, 0.0),
            Block::Table(t) => self.table(t),
        }
    }

    fn heading(&mut self, h: &Heading) {
        let s = self.sizes;
        let first = self.lines.len();
        if h.level <= 1 {
            let mut text = String::new();
            if let Some(n) = &h.number {
                text.push_str(&format!("{n}. "));
            }
            text.push_str(&h.text.to_plain());
            self.paragraph(
                None,
                &[Styled {
                    text: &text,
                    font: FontKind::SansBold,
                    link: None,
                }],
                0.0,
                0.0,
                s.title,
                s.title * 1.3,
                Align::Center,
                0.0,
                false,
            );
        } else {
            let size = if h.level == 2 { s.heading } else { s.body };
            let label = h.number.as_ref().map(|n| format!("{n}."));
            let parts = styled(&h.text, FontKind::SansBold);
            let hang = label
                .as_deref()
                .map_or(0.0, |l| self.number_hang(l, FontKind::SansBold, size));
            self.paragraph(
                label.as_deref().map(|l| (l, FontKind::SansBold)),
                &parts,
                0.0,
                hang,
                size,
                size * 1.35,
                Align::Left,
                s.leading * 0.9,
                false,
            );
        }
        // A heading never ends a page.
        for l in &mut self.lines[first + 1..] {
            l.break_before = false;
        }
        self.lines.push(VLine {
            height: s.leading * 0.25,
            space_before: 0.0,
            items: Vec::new(),
            baseline: None,
            break_before: false,
            header: None,
        });
    }

    fn clause(&mut self, c: &Clause) {
        let hang = self.clause_text(c);
        let intro_end = self.lines.len();
        for ch in &c.children {
            self.child(ch, hang);
        }
        // A clause introducing a list (`6.3. Заказчик обязан:`) never
        // ends a page alone: no break before its first item.
        if let Some(l) = self.lines.get_mut(intro_end) {
            l.break_before = false;
        }
    }

    fn child(&mut self, ch: &Block, hang: f32) {
        match ch {
            Block::List(l) => self.list(l, hang),
            Block::Table(t) => self.table(t),
            other => self.block(other),
        }
    }

    /// The clause's own paragraph; returns the hanging indent of its text.
    fn clause_text(&mut self, c: &Clause) -> f32 {
        let s = self.sizes;
        let label = c.number.as_ref().map(|n| format!("{n}."));
        let hang = label
            .as_deref()
            .map_or(0.0, |l| self.number_hang(l, FontKind::SerifRegular, s.body));
        let parts = styled(&c.text, FontKind::SerifRegular);
        if !c.text.is_empty() || label.is_some() {
            self.paragraph(
                label.as_deref().map(|l| (l, FontKind::SerifRegular)),
                &parts,
                0.0,
                hang,
                s.body,
                s.leading,
                Align::Justify,
                s.leading * 0.3,
                true,
            );
        }
        hang
    }

    fn list(&mut self, l: &List, indent: f32) {
        for i in 0..l.items.len() {
            self.list_item(l, i, indent);
        }
    }

    fn list_item(&mut self, l: &List, i: usize, indent: f32) {
        let s = self.sizes;
        let Some(item) = l.items.get(i) else { return };
        let label = if l.ordered {
            format!("{})", i + 1)
        } else {
            "–".to_string()
        };
        let hang = self.number_hang(&label, FontKind::SerifRegular, s.body) * 0.8;
        let parts = styled(&item.text, FontKind::SerifRegular);
        self.paragraph(
            Some((&label, FontKind::SerifRegular)),
            &parts,
            indent,
            hang,
            s.body,
            s.leading,
            Align::Justify,
            s.leading * 0.15,
            true,
        );
    }

    /// The header line and the body lines of a table, unspaced.
    fn table_lines(&self, t: &Table) -> (Option<VLine>, Vec<VLine>) {
        let s = self.sizes;
        let ncols = t
            .header
            .len()
            .max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
        if ncols == 0 {
            return (None, Vec::new());
        }
        let (size, widths, nbsp_breaks) = table_widths(t, ncols, self.width, s.body, self.lang);
        // Cells too narrow for their bound groups break at no-break spaces.
        let relaxed;
        let t = if nbsp_breaks {
            let plain = |rt: &RichText| {
                let mut rt = rt.clone();
                for i in &mut rt.0 {
                    i.text = i.text.replace('\u{a0}', " ");
                }
                rt
            };
            relaxed = Table {
                header: t.header.iter().map(plain).collect(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| r.iter().map(plain).collect())
                    .collect(),
                line: t.line,
            };
            &relaxed
        } else {
            t
        };
        let leading = size * 1.3;
        let pad = size * TABLE_PAD;
        let total = self.width;

        let row_line = |cells: &[RichText], header: bool, lang: Lang| -> VLine {
            let mut items = Vec::new();
            let mut text_items = Vec::new();
            let mut height = 0.0f32;
            let mut x = 0.0;
            let mut first_baseline = None;
            for (c, w) in widths.iter().enumerate() {
                let cell = cells.get(c);
                let parts = cell.map_or_else(Vec::new, |rt| {
                    styled(
                        rt,
                        if header {
                            FontKind::SansBold
                        } else {
                            FontKind::SerifRegular
                        },
                    )
                });
                let numeric = !header && cell.is_some_and(|rt| is_numeric(&rt.to_plain()));
                let align = if numeric { Align::Right } else { Align::Left };
                // Header cells are headings: not hyphenated.
                let hyphenation = (!header).then_some(lang);
                let lines = compose(&parts, size, w - 2.0 * pad, align, hyphenation);
                let baseline0 = pad + (leading + size * 0.7) / 2.0;
                for (i, l) in lines.iter().enumerate() {
                    let bl = baseline0 + i as f32 * leading;
                    first_baseline.get_or_insert(bl);
                    text_items.push(Item::Text(TextLine {
                        baseline: bl,
                        spans: l
                            .spans
                            .iter()
                            .map(|s| Span {
                                x: s.x + x + pad,
                                ..s.clone()
                            })
                            .collect(),
                    }));
                }
                height = height.max(lines.len().max(1) as f32 * leading + 2.0 * pad);
                x += w;
            }
            if header {
                items.push(Item::Fill {
                    x: 0.0,
                    y: 0.0,
                    w: total,
                    h: height,
                    grey: 0.9,
                });
            }
            items.extend(text_items);
            let rule = |x1, y1, x2, y2| Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                grey: 0.0,
            };
            items.push(rule(0.0, 0.0, total, 0.0));
            items.push(rule(0.0, height, total, height));
            let mut x = 0.0;
            items.push(rule(0.0, 0.0, 0.0, height));
            for w in &widths {
                x += w;
                items.push(rule(x, 0.0, x, height));
            }
            VLine {
                height,
                space_before: 0.0,
                items,
                baseline: first_baseline,
                break_before: true,
                header: None,
            }
        };

        let header = (!t.header.is_empty()).then(|| row_line(&t.header, true, self.lang));
        let body = t
            .rows
            .iter()
            .map(|r| row_line(r, false, self.lang))
            .collect();
        (header, body)
    }

    fn table(&mut self, t: &Table) {
        let space = self.sizes.leading * 0.5;
        let (head, body) = self.table_lines(t);
        let header = head.map(|h| {
            self.headers.push(vec![h]);
            self.headers.len() - 1
        });
        if let Some(h) = header {
            let mut l = self.headers[h][0].clone();
            l.space_before = space;
            self.lines.push(l);
        }
        for (i, mut l) in body.into_iter().enumerate() {
            l.header = header;
            if i == 0 {
                if header.is_some() {
                    l.break_before = false;
                } else {
                    l.space_before = space;
                }
            }
            self.lines.push(l);
        }
        self.table_end();
    }

    fn table_end(&mut self) {
        let space = self.sizes.leading * 0.5;
        self.lines.push(VLine {
            height: space * 0.5,
            space_before: 0.0,
            items: Vec::new(),
            baseline: None,
            break_before: false,
            header: None,
        });
    }

    /// A requisites box: role, name, requisites, signature line.
    /// Returns the index of the signature line.
    fn party(&mut self, p: &Party) -> usize {
        let s = self.sizes;
        let first = self.lines.len();
        let role = p.role.to_uppercase();
        self.paragraph(
            None,
            &[Styled {
                text: &role,
                font: FontKind::SansBold,
                link: None,
            }],
            0.0,
            0.0,
            s.small,
            s.small * 1.45,
            Align::Left,
            0.0,
            false,
        );
        if !p.name.is_empty() {
            self.paragraph(
                None,
                &[Styled {
                    text: &p.name,
                    font: FontKind::SerifBold,
                    link: None,
                }],
                0.0,
                0.0,
                s.body,
                s.leading,
                Align::Left,
                s.small * 0.3,
                false,
            );
        }
        for (label, value) in &p.requisites {
            let label = format!("{label}: ");
            self.paragraph(
                None,
                &[
                    Styled {
                        text: &label,
                        font: FontKind::SerifItalic,
                        link: None,
                    },
                    Styled {
                        text: value,
                        font: FontKind::SerifRegular,
                        link: None,
                    },
                ],
                0.0,
                0.0,
                s.small,
                s.small * 1.4,
                Align::Left,
                0.0,
                true,
            );
        }
        // Signature: a line to sign on, then the signatory.
        let sig_space = s.leading * 2.2;
        let sig = self.lines.len();
        self.lines.push(VLine {
            height: 2.0,
            space_before: sig_space,
            items: vec![Item::Rule {
                x1: 0.0,
                y1: 0.0,
                x2: self.width * 0.6,
                y2: 0.0,
                width: 0.6,
                grey: 0.0,
            }],
            baseline: None,
            break_before: false,
            header: None,
        });
        if let Some(sig) = &p.signatory {
            let sig = sig.replace('_', "");
            let sig = sig.split_whitespace().collect::<Vec<_>>().join(" ");
            self.paragraph(
                None,
                &[Styled {
                    text: &sig,
                    font: FontKind::SerifRegular,
                    link: None,
                }],
                0.0,
                0.0,
                s.small,
                s.small * 1.4,
                Align::Left,
                0.0,
                false,
            );
        }
        // A box is never split.
        for l in &mut self.lines[first + 1..] {
            l.break_before = false;
        }
        sig
    }
}

/// Places rows on pages.
struct Paginator {
    geom: PageGeometry,
    pages: Vec<Page>,
    items: Vec<Item>,
    y: f32,
    at_top: bool,
    marks: Vec<RowMark>,
    outline: Vec<OutlineEntry>,
    anchors: Vec<OutlineEntry>,
    /// x of the rule between the columns of the parallel edition, and the
    /// extent it has on the current page.
    gutter: Option<f32>,
    gutter_extent: Option<(f32, f32)>,
}

impl Paginator {
    fn new(geom: PageGeometry, gutter: Option<f32>) -> Paginator {
        Paginator {
            geom,
            pages: Vec::new(),
            items: Vec::new(),
            y: geom.top,
            at_top: true,
            marks: Vec::new(),
            outline: Vec::new(),
            anchors: Vec::new(),
            gutter,
            gutter_extent: None,
        }
    }

    fn bottom(&self) -> f32 {
        self.geom.height - self.geom.bottom
    }

    fn new_page(&mut self) {
        if let (Some(x), Some((a, b))) = (self.gutter, self.gutter_extent.take()) {
            self.items.push(Item::Rule {
                x1: x,
                y1: a,
                x2: x,
                y2: b,
                width: 0.4,
                grey: 0.35,
            });
        }
        let items = std::mem::take(&mut self.items);
        self.pages.push(Page {
            width: self.geom.width,
            height: self.geom.height,
            items,
        });
        self.y = self.geom.top;
        self.at_top = true;
    }

    /// Height of the lines from `from` up to the first allowed break.
    fn min_chunk(col: &Column, from: usize) -> f32 {
        let mut h = 0.0;
        for (i, l) in col.lines.iter().enumerate().skip(from) {
            if i > from && l.break_before {
                break;
            }
            h += l.height + if i > from { l.space_before } else { 0.0 };
        }
        h
    }

    fn rest(col: &Column, from: usize) -> f32 {
        col.lines
            .iter()
            .enumerate()
            .skip(from)
            .map(|(i, l)| l.height + if i > from { l.space_before } else { 0.0 })
            .sum()
    }

    fn row_rest(row: &Row) -> f32 {
        row.cols
            .iter()
            .map(|c| Self::rest(c, 0))
            .fold(0.0f32, f32::max)
    }

    fn row_min(row: &Row) -> f32 {
        row.cols
            .iter()
            .map(|c| Self::min_chunk(c, 0))
            .fold(0.0f32, f32::max)
    }

    /// Place a row; `follow` is the height that must follow it on the same
    /// page when it is kept with the next row.
    fn place_row(&mut self, row: &Row, follow: f32, headers: &[Row]) {
        let mut idx = vec![0usize; row.cols.len()];
        let mut first = true;
        let mut guard = 0;
        let mut header_done = false;
        if row.new_page && !self.at_top {
            self.new_page();
        }
        loop {
            guard += 1;
            if first && self.at_top && !header_done {
                header_done = true;
                if let Some(h) = row.header.and_then(|h| headers.get(h)) {
                    self.place_row(h, 0.0, &[]);
                }
            }
            let space = if self.at_top || !first {
                0.0
            } else {
                row.space_before
            };
            let avail = self.bottom() - self.y - space;
            if !self.at_top {
                let mut need = row
                    .cols
                    .iter()
                    .zip(&idx)
                    .filter(|(c, i)| **i < c.lines.len())
                    .map(|(c, i)| Self::min_chunk(c, *i))
                    .fold(0.0f32, f32::max);
                if first && row.keep_with_next {
                    need = Self::row_rest(row) + follow;
                }
                if first && row.frame {
                    need = Self::row_rest(row) + 2.0 * FRAME_PAD;
                }
                if need > avail + 0.01 {
                    self.new_page();
                    continue;
                }
            }
            let y0 = self.y + space;
            let mut bottom = y0;
            let mut more = false;
            let mut mark = RowMark {
                page: self.pages.len(),
                first_baselines: vec![None; row.cols.len()],
            };
            for (c, col) in row.cols.iter().enumerate() {
                let start = idx[c];
                let n = col.lines.len();
                if start >= n {
                    continue;
                }
                let mut y = y0;
                // Repeat a table's header on a continuation page.
                if !first {
                    if let Some(h) = col.lines[start].header.and_then(|h| col.headers.get(h)) {
                        for l in h {
                            for it in &l.items {
                                self.items.push(it.shifted(col.x, y));
                            }
                            y += l.height;
                        }
                    }
                }
                // How many lines fit?
                let mut k = start;
                let mut yy = y;
                while k < n {
                    let sb = if k == start {
                        0.0
                    } else {
                        col.lines[k].space_before
                    };
                    if yy + sb + col.lines[k].height > self.bottom() + 0.01 {
                        break;
                    }
                    yy += sb + col.lines[k].height;
                    k += 1;
                }
                if k < n {
                    let mut kb = k;
                    while kb > start && !col.lines[kb].break_before {
                        kb -= 1;
                    }
                    if kb == start {
                        // Nothing breakable fits: at the top of a page set
                        // what fits (or one line), else move on.
                        kb = if self.at_top || !first {
                            k.max(start + 1)
                        } else {
                            start
                        };
                    }
                    k = kb;
                }
                for i in start..k {
                    let l = &col.lines[i];
                    if i > start {
                        y += l.space_before;
                    }
                    if i == start && first {
                        mark.first_baselines[c] = l.baseline.map(|b| b + y);
                    }
                    for it in &l.items {
                        self.items.push(it.shifted(col.x, y));
                    }
                    y += l.height;
                }
                idx[c] = k;
                if k < n {
                    more = true;
                }
                bottom = bottom.max(y);
            }
            if row.frame && first && !more {
                for col in &row.cols {
                    let pad = FRAME_PAD;
                    let (x0, x1) = (col.x - pad, col.x + col.width + pad);
                    let (t, b) = (y0 - pad, bottom + pad);
                    for (a, bb, c, d) in [
                        (x0, t, x1, t),
                        (x0, b, x1, b),
                        (x0, t, x0, b),
                        (x1, t, x1, b),
                    ] {
                        self.items.push(Item::Rule {
                            x1: a,
                            y1: bb,
                            x2: c,
                            y2: d,
                            width: 0.5,
                            grey: 0.3,
                        });
                    }
                }
                bottom += FRAME_PAD;
            }
            if first {
                for a in &row.anchors {
                    self.anchors.push(OutlineEntry {
                        title: a.clone(),
                        page: mark.page,
                        y: y0,
                    });
                }
                if let Some(t) = &row.outline {
                    self.outline.push(OutlineEntry {
                        title: t.clone(),
                        page: mark.page,
                        y: y0,
                    });
                }
                self.marks.push(mark);
            }
            if self.gutter.is_some() && bottom > y0 {
                let top = if self.at_top { y0 } else { self.y };
                self.gutter_extent = Some(match self.gutter_extent {
                    Some((a, _)) => (a, bottom),
                    None => (top, bottom),
                });
            }
            if bottom > y0 || !more {
                self.y = bottom;
                self.at_top = false;
            }
            if !more || guard > 100_000 {
                break;
            }
            self.new_page();
            first = false;
        }
    }

    fn finish(mut self) -> Layout {
        if !self.items.is_empty() || self.pages.is_empty() {
            self.new_page();
        }
        let total = self.pages.len();
        let geom = self.geom;
        for (i, page) in self.pages.iter_mut().enumerate() {
            let text = format!("{} / {}", i + 1, total);
            let size = 8.5;
            let w = Fonts::get().width(FontKind::SansRegular, &text, size);
            let x = geom.left + (geom.text_width() - w) / 2.0;
            page.items.push(Item::Text(TextLine {
                baseline: geom.height - geom.bottom / 2.0,
                spans: vec![Span {
                    x,
                    font: FontKind::SansRegular,
                    size,
                    text,
                    link: None,
                    hyphen: false,
                }],
            }));
        }
        Layout {
            pages: self.pages,
            rows: self.marks,
            outline: self.outline,
            anchors: self.anchors,
        }
    }
}

/// An amount or a count: digits with spaces, separators and a currency.
fn is_numeric(s: &str) -> bool {
    let s = s.trim();
    s.chars().any(|c| c.is_ascii_digit())
        && s.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | ',' | '.' | '₸' | '%' | '-' | '–')
        })
}

/// Padding between a requisites box's frame and its text.
const FRAME_PAD: f32 = 6.0;

/// Put the signature lines of side-by-side boxes on one level.
fn align_signatures(cols: &mut [Column], sigs: &[Option<usize>]) {
    let above = |c: &Column, i: usize| -> f32 {
        c.lines[..i]
            .iter()
            .enumerate()
            .map(|(k, l)| l.height + if k > 0 { l.space_before } else { 0.0 })
            .sum()
    };
    let top = cols
        .iter()
        .zip(sigs)
        .filter_map(|(c, s)| s.map(|i| above(c, i)))
        .fold(0.0f32, f32::max);
    for (c, s) in cols.iter_mut().zip(sigs) {
        if let Some(i) = *s {
            let h = above(c, i);
            c.lines[i].space_before += top - h;
        }
    }
}

fn row_from(cols: Vec<Column>, keep_with_next: bool) -> Row {
    let mut cols = cols;
    let space_before = cols
        .iter()
        .filter_map(|c| c.lines.first().map(|l| l.space_before))
        .fold(0.0f32, f32::max);
    for c in &mut cols {
        if let Some(l) = c.lines.first_mut() {
            l.space_before = 0.0;
        }
    }
    Row {
        cols,
        space_before,
        keep_with_next,
        frame: false,
        header: None,
        outline: None,
        anchors: Vec::new(),
        new_page: false,
    }
}

/// Link target names of blocks: `c-<number>` and the source ids.
/// The link targets of a row: `c-4.2` (`a1-c-2.1` in appendix `within`),
/// `appendix-1` for an appendix's heading, and the ids of the source.
fn anchors(blocks: &[Option<&Block>], within: Option<u32>) -> Vec<String> {
    let mut out = Vec::new();
    for b in blocks.iter().flatten() {
        if let Block::Heading(Heading {
            appendix: Some(a), ..
        }) = b
        {
            let name = format!("appendix-{a}");
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    let keys: Vec<_> = blocks
        .iter()
        .flatten()
        .map(|b| match b {
            Block::Heading(h) => (h.number.as_ref(), h.id.as_ref()),
            Block::Clause(c) => (c.number.as_ref(), c.id.as_ref()),
            _ => (None, None),
        })
        .collect();
    for name in anchor_names(&keys, within) {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

fn anchor_names(
    keys: &[(Option<&ClauseNumber>, Option<&String>)],
    within: Option<u32>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (number, id) in keys {
        let clause = number.map(|n| crate::source::markdown::clause_anchor(n, within));
        for name in [clause, id.map(|i| i.to_string())].into_iter().flatten() {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// The outline title of a section heading (not of the document title).
fn outline_title(b: Option<&Block>) -> Option<String> {
    match b {
        Some(Block::Heading(h)) if h.level >= 2 => {
            let text = h.text.to_plain();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(match &h.number {
                Some(n) => format!("{n}. {text}"),
                None => text,
            })
        }
        _ => None,
    }
}

/// The document's own title: a level-1 heading without a number.
fn is_title(b: &Block) -> bool {
    matches!(b, Block::Heading(h) if h.level <= 1 && h.number.is_none() && h.appendix.is_none())
}

/// The appendix a block opens, if it is an appendix's heading.
fn opens_appendix(b: Option<&Block>) -> Option<u32> {
    match b {
        Some(Block::Heading(h)) => h.appendix,
        _ => None,
    }
}

fn is_heading(b: Option<&Block>) -> bool {
    matches!(b, Some(Block::Heading(_)))
}

/// The title block when the document has no level-1 heading of its own.
fn title_block(doc: &Document) -> Option<Block> {
    let has_title = doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Heading(h) if h.level <= 1 && h.appendix.is_none()));
    match (&doc.title, has_title) {
        (Some(t), false) if !t.trim().is_empty() => Some(Block::Heading(Heading {
            number: None,
            id: None,
            level: 1,
            text: RichText::plain(t.clone()),
            line: 1,
            appendix: None,
        })),
        _ => None,
    }
}

/// Cell padding of tables, in ems.
const TABLE_PAD: f32 = 0.45;

/// Steps of a table's type size, as fractions of the body size: a table
/// too narrow for its words at one size is set at the next.
const TABLE_SIZES: [f32; 4] = [0.92, 0.84, 0.76, 0.70];

/// The widest part of `text` a line can never split in `font` at `size`:
/// a whole word where words are not hyphenated (headers), else the widest
/// piece between two hyphenation points with its hyphen.
fn unbreakable_width(
    text: &str,
    font: FontKind,
    size: f32,
    lang: Option<Lang>,
    nbsp_breaks: bool,
) -> f32 {
    let fonts = Fonts::get();
    let mut widest = 0.0f32;
    let spaces: &[char] = if nbsp_breaks {
        &[' ', '\t', '\n', '\u{a0}']
    } else {
        &[' ', '\t', '\n']
    };
    for word in text.split(spaces).filter(|w| !w.is_empty()) {
        let mut from = 0;
        let points = lang.map_or_else(Vec::new, |l| {
            // Break points of the word's letters, shifted past leading
            // punctuation (`«Standard»`).
            let core_start = word.find(char::is_alphabetic).unwrap_or(0);
            let core_end = word
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphabetic())
                .map_or(word.len(), |(i, c)| i + c.len_utf8());
            if core_start >= core_end {
                return Vec::new();
            }
            crate::render::hyphenate::hyphenate(&word[core_start..core_end], l)
                .into_iter()
                .map(|p| p + core_start)
                .collect()
        });
        if points.is_empty() && word.contains('-') {
            // A word with a hyphen of its own breaks after it.
            for part in word.split_inclusive('-') {
                widest = widest.max(fonts.width(font, part, size));
            }
            continue;
        }
        for &p in points.iter().chain(std::iter::once(&word.len())) {
            let piece = &word[from..p];
            let hyphen = if p < word.len() { "-" } else { "" };
            widest = widest.max(fonts.width(font, &format!("{piece}{hyphen}"), size));
            from = p;
        }
    }
    widest
}

/// A table's type size and column widths within `total` points: columns
/// share the width by their natural widths (the text on one line) above
/// their minimum widths (the widest unbreakable part), as HTML sizes
/// `auto` columns; when the minimums do not fit, the type steps down
/// ([`TABLE_SIZES`]); only when even the smallest does not fit are words
/// cut. Within a cell a no-break space binds (`6 (шесть) месяцев`) as
/// long as the table fits so; otherwise it may break there (`true` in the
/// answer) before any word is cut.
fn table_widths(
    t: &Table,
    ncols: usize,
    total: f32,
    body: f32,
    lang: Lang,
) -> (f32, Vec<f32>, bool) {
    let fonts = Fonts::get();
    let mut last = (body, vec![total / ncols as f32; ncols], true);
    let steps = TABLE_SIZES
        .iter()
        .map(|s| (*s, false))
        .chain(TABLE_SIZES.iter().map(|s| (*s, true)));
    for (step, nbsp_breaks) in steps {
        let size = body * step;
        let pad = size * TABLE_PAD;
        let mut natural = vec![size * 2.0; ncols];
        let mut minimum = vec![size * 2.0; ncols];
        for (r, row) in std::iter::once(&t.header).chain(t.rows.iter()).enumerate() {
            let header = r == 0;
            let font = if header {
                FontKind::SansBold
            } else {
                FontKind::SerifRegular
            };
            for (c, cell) in row.iter().enumerate().take(ncols) {
                let plain = cell.to_plain();
                let w = fonts.width(font, &plain, size) + 2.0 * pad;
                natural[c] = natural[c].max(w);
                let hyph = (!header).then_some(lang);
                let min = unbreakable_width(&plain, font, size, hyph, nbsp_breaks) + 2.0 * pad;
                minimum[c] = minimum[c].max(min);
                natural[c] = natural[c].max(minimum[c]);
            }
        }
        let sum_nat: f32 = natural.iter().sum();
        let sum_min: f32 = minimum.iter().sum();
        let widths: Vec<f32> = if sum_nat <= total {
            natural.iter().map(|w| w * total / sum_nat).collect()
        } else if sum_min <= total {
            let flex: f32 = natural.iter().zip(&minimum).map(|(n, m)| n - m).sum();
            natural
                .iter()
                .zip(&minimum)
                .map(|(n, m)| m + (total - sum_min) * (n - m) / flex.max(1e-3))
                .collect()
        } else {
            last = (
                size,
                minimum.iter().map(|m| m * total / sum_min).collect(),
                true,
            );
            continue;
        };
        return (size, widths, nbsp_breaks);
    }
    last
}

/// What an edition prints around the text in one language: the place and
/// date line under the title, the label of its column in the parallel
/// edition, the heading of the requisites. Empty strings print nothing.
#[derive(Debug, Clone, Default)]
pub struct Front {
    /// Place of conclusion (`Алматы қ.`, `г. Алматы`).
    pub city: String,
    /// The date line (`2026 жылғы 1 қараша`, `Редакция от …`).
    pub date: String,
    /// The contract's number as printed (`№ 12/2026`).
    pub number: String,
    /// The column's label in the parallel edition (`Қазақ тілінде`).
    pub language: String,
    /// The heading of the requisites block (`Реквизиты Сторон`).
    pub requisites: String,
    /// The contract's number without `№`, for the appendices' headings.
    pub contract_number: String,
    /// The date of signing as written, for the appendices' headings.
    pub signed: String,
    /// The running header of every page but the first.
    pub running_header: String,
    /// The initials line at the foot of every page.
    pub initials: String,
}

impl Front {
    /// The same with no-break spaces where typography wants them.
    fn typeset(&self, lang: Lang) -> Front {
        let t = |s: &str| crate::render::typography::nbsp(s, lang);
        Front {
            city: t(&self.city),
            date: t(&self.date),
            number: t(&self.number),
            language: self.language.clone(),
            requisites: self.requisites.clone(),
            contract_number: self.contract_number.clone(),
            signed: t(&self.signed),
            running_header: t(&self.running_header),
            initials: self.initials.clone(),
        }
    }

    /// The heading lines of appendix `n`.
    fn appendix_label(&self, n: u32, lang: Lang) -> Vec<String> {
        crate::render::appendix_label(n, lang, &self.contract_number, &self.signed)
    }

    /// The front matter of an edition in `lang`, from its title meta.
    pub fn of(lm: &crate::render::html::LangMeta, lang: Lang) -> Front {
        let labels = crate::render::html::labels(lang);
        Front {
            city: lm.city.clone(),
            date: lm.date_line().to_string(),
            number: lm.number_line(),
            contract_number: lm.number.clone(),
            signed: lm.date.clone(),
            running_header: lm.running_header.clone(),
            initials: lm.initials_line(),
            language: labels
                .get("language")
                .copied()
                .unwrap_or_default()
                .to_string(),
            requisites: labels
                .get("requisites")
                .copied()
                .unwrap_or_default()
                .to_string(),
        }
    }
}

impl ColumnBuilder {
    /// A line of small print (`size`), in `font`, aligned.
    fn small(&mut self, text: &str, font: FontKind, align: Align, space_before: f32) {
        if text.trim().is_empty() {
            return;
        }
        let s = self.sizes;
        self.paragraph(
            None,
            &[Styled {
                text,
                font,
                link: None,
            }],
            0.0,
            0.0,
            s.small,
            s.small * 1.4,
            align,
            space_before,
            false,
        );
    }

    /// The heading of the requisites block.
    fn requisites_heading(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let s = self.sizes;
        self.paragraph(
            None,
            &[Styled {
                text,
                font: FontKind::SansBold,
                link: None,
            }],
            0.0,
            0.0,
            s.heading,
            s.heading * 1.35,
            Align::Left,
            0.0,
            false,
        );
        for l in &mut self.lines {
            l.break_before = false;
        }
    }
}

/// The place and date line of a contract: place left, date right, in one
/// column or in each of two.
fn place_and_date(cb: &mut ColumnBuilder, f: &Front, split: bool) {
    let number = f.number.trim();
    if !number.is_empty() {
        cb.small(number, FontKind::SansBold, Align::Center, 0.0);
    }
    match (f.city.trim(), f.date.trim()) {
        ("", "") => {}
        (c, "") | ("", c) => cb.small(c, FontKind::SansRegular, Align::Left, 0.0),
        (c, d) if split => {
            // One line: the place flush left, the date flush right.
            let s = cb.sizes;
            let fonts = Fonts::get();
            let dw = fonts.width(FontKind::SansRegular, d, s.small);
            let cw = fonts.width(FontKind::SansRegular, c, s.small);
            if cw + dw + s.small * 2.0 <= cb.width {
                let baseline = (s.small * 1.4 + s.small * 0.7) / 2.0;
                let span = |x: f32, text: &str| Span {
                    x,
                    font: FontKind::SansRegular,
                    size: s.small,
                    text: text.to_string(),
                    link: None,
                    hyphen: false,
                };
                cb.lines.push(VLine {
                    height: s.small * 1.4,
                    space_before: 0.0,
                    items: vec![Item::Text(TextLine {
                        baseline,
                        spans: vec![span(0.0, c), span(cb.width - dw, d)],
                    })],
                    baseline: Some(baseline),
                    break_before: true,
                    header: None,
                });
            } else {
                cb.small(c, FontKind::SansRegular, Align::Left, 0.0);
                cb.small(d, FontKind::SansRegular, Align::Right, 0.0);
            }
        }
        (c, d) => cb.small(
            &format!("{c}, {d}"),
            FontKind::SansRegular,
            Align::Left,
            0.0,
        ),
    }
}

/// Rows of front matter after the title: the place and date, and in the
/// parallel edition each column's language label.
fn front_rows(fronts: &[(&Front, Lang, f32)], width: f32, sizes: Sizes, labels: bool) -> Vec<Row> {
    let split = fronts.len() == 1;
    let mut rows = Vec::new();
    rows.extend(front_row(fronts, width, sizes, 0.5, |cb, f| {
        place_and_date(cb, f, split)
    }));
    if labels {
        rows.extend(front_row(fronts, width, sizes, 0.5, |cb, f| {
            cb.small(&f.language, FontKind::SansItalic, Align::Center, 0.0)
        }));
    }
    rows
}

/// A row kept with the next, one column per language set by `set`, `space`
/// leadings below the row before; `None` when it has no text.
fn front_row(
    fronts: &[(&Front, Lang, f32)],
    width: f32,
    sizes: Sizes,
    space: f32,
    set: impl Fn(&mut ColumnBuilder, &Front),
) -> Option<Row> {
    let mut cols = Vec::new();
    for (f, lang, x) in fronts {
        let mut cb = ColumnBuilder::new(*lang, width, sizes);
        set(&mut cb, f);
        cols.push(cb.finish(*x));
    }
    if cols.iter().all(|c| c.lines.is_empty()) {
        return None;
    }
    let mut row = row_from(cols, true);
    row.space_before = sizes.leading * space;
    Some(row)
}

/// The signature block never stands on a page without contract text: the
/// last row of text is kept with the requisites that follow it.
fn keep_signatures_with_text(rows: &mut [Row]) {
    if let Some(last) = rows.last_mut() {
        last.keep_with_next = true;
    }
}

/// The row of the requisites heading, kept with the boxes after it.
fn requisites_row(fronts: &[(&Front, Lang, f32)], width: f32, sizes: Sizes) -> Option<Row> {
    let mut row = front_row(fronts, width, sizes, 2.0, |cb, f| {
        cb.requisites_heading(&f.requisites)
    })?;
    row.anchors = vec!["requisites".to_string()];
    Some(row)
}

impl ColumnBuilder {
    /// The head of an appendix: its heading lines flush right, then its
    /// title centred.
    fn appendix_head(&mut self, h: &Heading, label: &[String]) {
        for l in label {
            self.small(l, FontKind::SansRegular, Align::Right, 0.0);
        }
        let title = Heading {
            number: None,
            id: None,
            level: 1,
            text: h.text.clone(),
            line: h.line,
            appendix: None,
        };
        let at = self.lines.len();
        self.heading(&title);
        if let Some(l) = self.lines.get_mut(at) {
            l.space_before = self.sizes.leading * 0.8;
        }
        // The head is kept whole.
        for l in self.lines.iter_mut().skip(1) {
            l.break_before = false;
        }
    }
}

/// The row of an appendix's head: it starts a page, carries the
/// appendix's anchor and outline entry, and is kept with what follows.
fn appendix_row(cols: Vec<Column>, name: String, a: u32) -> Row {
    let mut row = row_from(cols, true);
    row.new_page = true;
    row.anchors = vec![format!("appendix-{a}")];
    row.outline = Some(name);
    row
}

/// One side's outline entry for appendix `a`: `Приложение № 1. Тарифы`.
fn appendix_outline(label: &[String], h: &Heading, lang: Lang) -> String {
    // The line that names the appendix: the first in Russian, the last in
    // Kazakh.
    let name = match lang {
        Lang::Ru => label.first(),
        Lang::Kk => label.last(),
    }
    .map(|l| l.replace('\u{a0}', " "))
    .unwrap_or_default();
    let title = h.text.to_plain();
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{name}. {title}")
}

/// The running header (every page but the first) and the initials line
/// (every page) of each column: `(x, width, front)`.
fn furnish(layout: &mut Layout, geom: &PageGeometry, sides: &[(f32, f32, &Front)]) {
    let fonts = Fonts::get();
    let font = FontKind::SansRegular;
    let fit = |text: &str, width: f32| -> f32 {
        let mut size = 8.0f32;
        while size > 5.5 && fonts.width(font, text, size) > width {
            size -= 0.25;
        }
        size
    };
    for (i, page) in layout.pages.iter_mut().enumerate() {
        for (x, width, f) in sides {
            let mut put = |text: &str, baseline: f32| {
                let size = fit(text, *width);
                let w = fonts.width(font, text, size);
                page.items.push(Item::Text(TextLine {
                    baseline,
                    spans: vec![Span {
                        x: x + ((width - w) / 2.0).max(0.0),
                        font,
                        size,
                        text: text.to_string(),
                        link: None,
                        hyphen: false,
                    }],
                }));
            };
            let head = f.running_header.trim();
            if i > 0 && !head.is_empty() {
                put(head, geom.top * 0.55);
            }
            let initials = f.initials.trim();
            if !initials.is_empty() {
                put(initials, geom.height - geom.bottom * 0.72);
            }
        }
    }
}

/// Lay out one language edition.
pub fn layout_single(doc: &Document, geom: &PageGeometry) -> Layout {
    layout_single_with(doc, &Front::default(), geom)
}

/// Lay out one language edition with its front matter.
pub fn layout_single_with(doc: &Document, front: &Front, geom: &PageGeometry) -> Layout {
    let doc = &crate::render::typography::document(doc);
    let front = &front.typeset(doc.lang);
    let sizes = SINGLE;
    let width = geom.text_width();
    let title = title_block(doc);
    let (main, apps) = doc.split_appendices();
    let blocks: Vec<&Block> = title.iter().chain(main.iter()).collect();
    let mut rows = Vec::with_capacity(blocks.len() + 1);
    for b in &blocks {
        let mut cb = ColumnBuilder::new(doc.lang, width, sizes);
        cb.block(b);
        let mut row = row_from(vec![cb.finish(geom.left)], is_heading(Some(b)));
        row.outline = outline_title(Some(b));
        row.anchors = anchors(&[Some(b)], None);
        rows.push(row);
    }
    // The front matter goes after the title, or first without one.
    let at = usize::from(blocks.first().is_some_and(|b| is_title(b)));
    let front_rows = front_rows(&[(front, doc.lang, geom.left)], width, sizes, false);
    rows.splice(at..at, front_rows);
    // Requisites: a heading, then two boxes side by side.
    let gap = 10.0 * MM;
    let box_w = (width - gap) / 2.0;
    let pad = FRAME_PAD;
    let has_parties = !doc.parties.is_empty();
    if has_parties {
        keep_signatures_with_text(&mut rows);
        rows.extend(requisites_row(
            &[(front, doc.lang, geom.left)],
            width,
            sizes,
        ));
    }
    for (i, pair) in doc.parties.chunks(2).enumerate() {
        let mut cols = Vec::new();
        let mut sigs = Vec::new();
        for (j, p) in pair.iter().enumerate() {
            let mut cb = ColumnBuilder::new(doc.lang, box_w - 2.0 * pad, sizes);
            sigs.push(Some(cb.party(p)));
            cols.push(cb.finish(geom.left + pad + j as f32 * (box_w + gap)));
        }
        align_signatures(&mut cols, &sigs);
        // The requisites and signatures stay together.
        let mut row = row_from(cols, (i + 1) * 2 < doc.parties.len());
        row.frame = true;
        row.space_before = if i == 0 {
            sizes.leading * 0.5
        } else {
            sizes.leading
        };
        rows.push(row);
    }
    // The appendices, each from a new page.
    let mut within = None;
    for b in apps {
        let mut cb = ColumnBuilder::new(doc.lang, width, sizes);
        if let (Some(a), Block::Heading(h)) = (opens_appendix(Some(b)), b) {
            within = Some(a);
            let label = front.appendix_label(a, doc.lang);
            cb.appendix_head(h, &label);
            let name = appendix_outline(&label, h, doc.lang);
            rows.push(appendix_row(vec![cb.finish(geom.left)], name, a));
            continue;
        }
        cb.block(b);
        let mut row = row_from(vec![cb.finish(geom.left)], is_heading(Some(b)));
        row.outline = outline_title(Some(b));
        row.anchors = anchors(&[Some(b)], within);
        rows.push(row);
    }
    let mut layout = paginate(rows, *geom, None);
    furnish(&mut layout, geom, &[(geom.left, width, front)]);
    layout
}

/// Lay out the parallel edition: Kazakh left, Russian right.
pub fn layout_parallel(bi: &crate::model::Bilingual, geom: &PageGeometry) -> Layout {
    layout_parallel_with(bi, [&Front::default(), &Front::default()], geom)
}

/// Lay out the parallel edition with the front matter of each language.
pub fn layout_parallel_with(
    bi: &crate::model::Bilingual,
    fronts: [&Front; 2],
    geom: &PageGeometry,
) -> Layout {
    let bi = &crate::render::typography::bilingual(bi);
    let fronts = [&fronts[0].typeset(Lang::Kk), &fronts[1].typeset(Lang::Ru)];
    let sizes = PARALLEL;
    let gutter = 7.0 * MM;
    let width = geom.text_width();
    let col_w = (width - gutter) / 2.0;
    let xs = [geom.left, geom.left + col_w + gutter];
    let titles = (title_block(&bi.kk), title_block(&bi.ru));
    let mut pairs: Vec<(Option<&Block>, Option<&Block>)> = Vec::new();
    if titles.0.is_some() || titles.1.is_some() {
        pairs.push((titles.0.as_ref(), titles.1.as_ref()));
    }
    let (main, apps) = crate::render::pair_parts(bi);
    pairs.extend(main);
    let mut rows = Vec::with_capacity(pairs.len() + 2);
    let mut headers: Vec<Row> = Vec::new();
    let builder = |lang: Lang| ColumnBuilder::new(lang, col_w, sizes);
    let sides = [(fronts[0], Lang::Kk, xs[0]), (fronts[1], Lang::Ru, xs[1])];
    for (a, b) in &pairs {
        parallel_pair(*a, *b, &builder, xs, None, &mut rows, &mut headers);
    }
    // The front matter goes after the titles, or first without them.
    let at = usize::from(
        pairs
            .first()
            .is_some_and(|(a, b)| a.or(*b).is_some_and(is_title)),
    );
    rows.splice(at..at, front_rows(&sides, col_w, sizes, true));
    let n = bi.kk.parties.len().max(bi.ru.parties.len());
    if n > 0 {
        keep_signatures_with_text(&mut rows);
        rows.extend(requisites_row(&sides, col_w, sizes));
    }
    for i in 0..n {
        let mut cols = Vec::with_capacity(2);
        let mut sigs = Vec::with_capacity(2);
        for (k, doc) in [&bi.kk, &bi.ru].into_iter().enumerate() {
            let mut cb = ColumnBuilder::new(doc.lang, col_w, sizes);
            sigs.push(doc.parties.get(i).map(|p| cb.party(p)));
            cols.push(cb.finish(xs[k]));
        }
        align_signatures(&mut cols, &sigs);
        // The requisites and signatures stay together.
        let mut row = row_from(cols, i + 1 < n);
        row.space_before = if i == 0 {
            sizes.leading * 0.5
        } else {
            sizes.leading * 1.5
        };
        // Keep a party's box whole.
        for c in &mut row.cols {
            for l in c.lines.iter_mut().skip(1) {
                l.break_before = false;
            }
        }
        rows.push(row);
    }
    // The appendices, each from a new page.
    let mut within = None;
    for (a, b) in &apps {
        let opens = opens_appendix(*a).or(opens_appendix(*b));
        if let Some(n) = opens {
            within = Some(n);
            let mut cols = Vec::with_capacity(2);
            let mut names = Vec::new();
            for (k, (blk, lang)) in [(a, Lang::Kk), (b, Lang::Ru)].into_iter().enumerate() {
                let mut cb = builder(lang);
                if let Some(Block::Heading(h)) = blk {
                    let label = fronts[k].appendix_label(n, lang);
                    cb.appendix_head(h, &label);
                    names.push(appendix_outline(&label, h, lang));
                }
                cols.push(cb.finish(xs[k]));
            }
            rows.push(appendix_row(cols, names.join(" / "), n));
            continue;
        }
        parallel_pair(*a, *b, &builder, xs, within, &mut rows, &mut headers);
    }
    let mut layout = paginate_with(
        rows,
        &headers,
        *geom,
        Some(geom.left + col_w + gutter / 2.0),
    );
    furnish(
        &mut layout,
        geom,
        &[(xs[0], col_w, fronts[0]), (xs[1], col_w, fronts[1])],
    );
    layout
}

/// The rows of a pair of blocks in the parallel edition; `within`: the
/// appendix they stand in.
fn parallel_pair(
    a: Option<&Block>,
    b: Option<&Block>,
    builder: &dyn Fn(Lang) -> ColumnBuilder,
    xs: [f32; 2],
    within: Option<u32>,
    rows: &mut Vec<Row>,
    headers: &mut Vec<Row>,
) {
    if let (Some(Block::Clause(ca)), Some(Block::Clause(cb))) = (a, b) {
        if !ca.children.is_empty() || !cb.children.is_empty() {
            parallel_clause(ca, cb, builder, xs, within, rows, headers);
            return;
        }
    }
    let mut cols = Vec::with_capacity(2);
    for (k, (blk, lang)) in [(a, Lang::Kk), (b, Lang::Ru)].into_iter().enumerate() {
        let mut cb = builder(lang);
        if let Some(blk) = blk {
            cb.block(blk);
        }
        cols.push(cb.finish(xs[k]));
    }
    let mut row = row_from(cols, is_heading(a) || is_heading(b));
    row.anchors = anchors(&[a, b], within);
    row.outline = match (outline_title(a), outline_title(b)) {
        (Some(x), Some(y)) if x != y => Some(format!("{x} / {y}")),
        (x, y) => x.or(y),
    };
    rows.push(row);
}

/// Make a table row `h` tall: its bottom border, cell rules and shading
/// follow.
fn stretch(line: &mut VLine, h: f32) {
    let old = line.height;
    if h <= old {
        return;
    }
    for it in &mut line.items {
        match it {
            Item::Rule { y1, y2, .. } => {
                if (*y1 - old).abs() < 0.01 {
                    *y1 = h;
                }
                if (*y2 - old).abs() < 0.01 {
                    *y2 = h;
                }
            }
            Item::Fill { h: fh, .. } => *fh = h,
            Item::Text(_) => {}
        }
    }
    line.height = h;
}

/// A pair of clauses with lists or tables: the clause texts in one row,
/// then list items and table rows pair by pair, so that item 3 in Kazakh
/// faces item 3 in Russian.
fn parallel_clause(
    ca: &Clause,
    cb: &Clause,
    builder: &dyn Fn(Lang) -> ColumnBuilder,
    xs: [f32; 2],
    within: Option<u32>,
    rows: &mut Vec<Row>,
    headers: &mut Vec<Row>,
) {
    let (mut bk, mut br) = (builder(Lang::Kk), builder(Lang::Ru));
    let hangs = [bk.clause_text(ca), br.clause_text(cb)];
    let has_text = !bk.lines.is_empty() || !br.lines.is_empty();
    let names = anchor_names(
        &[
            (ca.number.as_ref(), ca.id.as_ref()),
            (cb.number.as_ref(), cb.id.as_ref()),
        ],
        within,
    );
    if has_text {
        let mut row = row_from(vec![bk.finish(xs[0]), br.finish(xs[1])], true);
        row.anchors = names;
        rows.push(row);
    }
    let n = ca.children.len().max(cb.children.len());
    for i in 0..n {
        match (ca.children.get(i), cb.children.get(i)) {
            (Some(Block::List(la)), Some(Block::List(lb))) => {
                for j in 0..la.items.len().max(lb.items.len()) {
                    let (mut x, mut y) = (builder(Lang::Kk), builder(Lang::Ru));
                    x.list_item(la, j, hangs[0]);
                    y.list_item(lb, j, hangs[1]);
                    rows.push(row_from(vec![x.finish(xs[0]), y.finish(xs[1])], false));
                }
            }
            (Some(Block::Table(ta)), Some(Block::Table(tb))) => {
                let (x, y) = (builder(Lang::Kk), builder(Lang::Ru));
                let space = x.sizes.leading * 0.5;
                let (mut ha, ba) = x.table_lines(ta);
                let (mut hb, bb) = y.table_lines(tb);
                if let (Some(p), Some(q)) = (ha.as_mut(), hb.as_mut()) {
                    let h = p.height.max(q.height);
                    stretch(p, h);
                    stretch(q, h);
                }
                let column = |k: usize, lines: Vec<VLine>| Column {
                    x: xs[k],
                    width: x.width,
                    lines,
                    headers: Vec::new(),
                };
                let header = if ha.is_some() || hb.is_some() {
                    let mut h = Row {
                        cols: vec![
                            column(0, ha.into_iter().collect()),
                            column(1, hb.into_iter().collect()),
                        ],
                        keep_with_next: true,
                        ..Row::default()
                    };
                    headers.push(h.clone());
                    h.space_before = space;
                    rows.push(h);
                    Some(headers.len() - 1)
                } else {
                    None
                };
                let m = ba.len().max(bb.len());
                let (mut ba, mut bb) = (ba, bb);
                // Paired rows get one height, so the borders line up.
                for j in 0..m {
                    if let (Some(x), Some(y)) = (ba.get(j), bb.get(j)) {
                        let h = x.height.max(y.height);
                        stretch(&mut ba[j], h);
                        stretch(&mut bb[j], h);
                    }
                }
                let (mut ba, mut bb) = (ba.into_iter(), bb.into_iter());
                for j in 0..m {
                    let mut r = Row {
                        cols: vec![
                            column(0, ba.next().into_iter().collect()),
                            column(1, bb.next().into_iter().collect()),
                        ],
                        header,
                        ..Row::default()
                    };
                    if j == 0 && header.is_none() {
                        r.space_before = space;
                    }
                    rows.push(r);
                }
                // Space after the table.
                if let Some(last) = rows.last_mut() {
                    for c in &mut last.cols {
                        c.lines.push(VLine {
                            height: space * 0.5,
                            space_before: 0.0,
                            items: Vec::new(),
                            baseline: None,
                            break_before: false,
                            header: None,
                        });
                    }
                }
            }
            (x, y) => {
                let (mut bx, mut by) = (builder(Lang::Kk), builder(Lang::Ru));
                if let Some(x) = x {
                    bx.child(x, hangs[0]);
                }
                if let Some(y) = y {
                    by.child(y, hangs[1]);
                }
                rows.push(row_from(vec![bx.finish(xs[0]), by.finish(xs[1])], false));
            }
        }
    }
}

fn paginate(rows: Vec<Row>, geom: PageGeometry, gutter: Option<f32>) -> Layout {
    paginate_with(rows, &[], geom, gutter)
}

fn paginate_with(
    rows: Vec<Row>,
    headers: &[Row],
    geom: PageGeometry,
    gutter: Option<f32>,
) -> Layout {
    // lead[i]: what must stay together at the start of row i: all of it
    // and the lead of the next row when it is kept with the next, else its
    // first unbreakable chunk.
    let mut lead = vec![0.0f32; rows.len() + 1];
    for i in (0..rows.len()).rev() {
        lead[i] = if rows[i].keep_with_next {
            let next = rows
                .get(i + 1)
                .map_or(0.0, |n| n.space_before + lead[i + 1]);
            Paginator::row_rest(&rows[i]) + next
        } else {
            Paginator::row_min(&rows[i])
        };
    }
    let mut p = Paginator::new(geom, gutter);
    for i in 0..rows.len() {
        let follow = rows
            .get(i + 1)
            .map_or(0.0, |n| n.space_before + lead[i + 1]);
        p.place_row(&rows[i], follow, headers);
    }
    p.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bilingual, List, ListItem, Party};

    fn clause(n: &str, text: &str) -> Block {
        Block::Clause(Clause {
            number: ClauseNumber::parse(n),
            id: None,
            text: RichText::plain(text),
            line: 1,
            children: vec![],
        })
    }

    #[test]
    fn parallel_rows_start_on_the_same_line() {
        let mut kk = Document::new(Lang::Kk, "kk.md");
        let mut ru = Document::new(Lang::Ru, "ru.md");
        for i in 1..80 {
            let n = format!("1.{i}");
            kk.blocks.push(clause(
                &n,
                &"Тараптар осы Шарт бойынша міндеттемелерді орындайды. ".repeat(i % 7 + 1),
            ));
            ru.blocks.push(clause(
                &n,
                &"Стороны исполняют обязательства по настоящему Договору. ".repeat(i % 5 + 1),
            ));
        }
        let l = layout_parallel(&Bilingual { kk, ru }, &PageGeometry::default());
        assert!(l.pages.len() > 3);
        assert_eq!(l.rows.len(), 79);
        for r in &l.rows {
            let (a, b) = (r.first_baselines[0].unwrap(), r.first_baselines[1].unwrap());
            assert!((a - b).abs() < 0.01, "{a} vs {b}");
        }
    }

    /// Marker text of each placed line, per page.
    fn page_markers(l: &Layout) -> Vec<Vec<String>> {
        l.pages
            .iter()
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|it| match it {
                        Item::Text(t) if t.spans[0].text.starts_with('#') => {
                            Some(t.spans[0].text.clone())
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    /// Page index of each text span (the words of each page, joined).
    fn page_texts(l: &Layout) -> Vec<String> {
        l.pages
            .iter()
            .map(|p| {
                let mut s = String::new();
                for it in &p.items {
                    if let Item::Text(t) = it {
                        for sp in &t.spans {
                            s.push_str(&sp.text);
                            s.push(' ');
                        }
                    }
                }
                s
            })
            .collect()
    }

    fn keep_fixture(lang: Lang, filler: usize, with_list: bool) -> Document {
        let mut d = Document::new(lang, "t");
        let text = "Тараптар осы Шарт бойынша өз міндеттемелерін тиісінше орындайды. ";
        for k in 0..filler {
            d.blocks
                .push(clause(&format!("1.{k}"), &text.repeat(1 + k % 4)));
        }
        if with_list {
            d.blocks.push(Block::Clause(Clause {
                number: ClauseNumber::parse("9.1"),
                id: None,
                text: RichText::plain("INTRO міндетті:"),
                line: 1,
                children: vec![Block::List(List {
                    ordered: false,
                    items: (0..3)
                        .map(|i| ListItem {
                            text: RichText::plain(format!("ITEM{i} {}", text.repeat(2))),
                            line: 1,
                        })
                        .collect(),
                    line: 1,
                })],
            }));
        }
        d.blocks.push(clause("9.9", "LASTCLAUSE соңғы тармақ."));
        for role in ["ОРЫНДАУШЫ", "ТАПСЫРЫС БЕРУШІ"] {
            d.parties.push(Party {
                role: role.to_string(),
                name: format!("SIGN{role}"),
                requisites: vec![("БСН".into(), "210140000125".into()); 6],
                signatory: Some("Директор".into()),
            });
        }
        d
    }

    fn page_of(pages: &[String], needle: &str) -> usize {
        pages.iter().position(|p| p.contains(needle)).expect(needle)
    }

    /// A price table of five columns, as offers have, in one language.
    fn tariffs(lang: Lang) -> Table {
        let cell = |s: &str| RichText::plain(s.replace('~', "\u{a0}"));
        let (header, rows) = match lang {
            Lang::Kk => (
                [
                    "Тариф",
                    "Сабақтар саны",
                    "Кері байланыс",
                    "Қолжетімділік мерзімі",
                    "Құны",
                ],
                [
                    [
                        "«Standard»",
                        "24~(жиырма төрт)~сабақ",
                        "үй тапсырмаларын тексеру",
                        "6~(алты)~ай",
                        "149~000~(жүз қырық тоғыз мың)~теңге",
                    ],
                    [
                        "«Mentor»",
                        "36~(отыз алты)~сабақ",
                        "жеке тәлімгердің кеңестері",
                        "12~(он екі)~ай",
                        "390~000~(үш жүз тоқсан мың)~теңге",
                    ],
                ],
            ),
            Lang::Ru => (
                [
                    "Тариф",
                    "Количество занятий",
                    "Обратная связь",
                    "Срок доступа",
                    "Стоимость",
                ],
                [
                    [
                        "«Standard»",
                        "24~(двадцать четыре)~занятия",
                        "проверка домашних заданий",
                        "6~(шесть)~месяцев",
                        "149~000~(сто сорок девять тысяч)~тенге",
                    ],
                    [
                        "«Mentor»",
                        "36~(тридцать шесть)~занятий",
                        "консультации личного наставника",
                        "12~(двенадцать)~месяцев",
                        "390~000~(триста девяносто тысяч)~тенге",
                    ],
                ],
            ),
        };
        Table {
            header: header.iter().map(|h| cell(h)).collect(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| cell(c)).collect())
                .collect(),
            line: 1,
        }
    }

    /// The text of a cell's lines joined back: a line ending in a
    /// hyphenation hyphen joins the next without it, others with a space.
    fn rejoin(lines: &[text::ComposedLine]) -> String {
        let mut out = String::new();
        for l in lines {
            let text: String = l.spans.iter().map(|s| s.text.as_str()).collect();
            if l.spans.last().is_some_and(|s| s.hyphen) {
                out.push_str(text.trim_end().trim_end_matches('-'));
            } else {
                out.push_str(text.trim_end());
                out.push(' ');
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn table_cells_break_words_only_at_hyphenation_points_and_fit_their_column() {
        let g = PageGeometry::default();
        let parallel = (g.text_width() - 7.0 * MM) / 2.0;
        for lang in Lang::ALL {
            let t = tariffs(lang);
            for (width, sizes) in [(parallel, PARALLEL), (g.text_width(), SINGLE)] {
                let (size, widths, relaxed) = table_widths(&t, 5, width, sizes.body, lang);
                let sum: f32 = widths.iter().sum();
                assert!(sum <= width + 0.01, "{lang:?}: {sum} > {width}");
                let pad = size * TABLE_PAD;
                for (r, row) in std::iter::once(&t.header).chain(&t.rows).enumerate() {
                    let font = if r == 0 {
                        FontKind::SansBold
                    } else {
                        FontKind::SerifRegular
                    };
                    for (cell, w) in row.iter().zip(&widths) {
                        let mut text = cell.to_plain();
                        if relaxed {
                            text = text.replace('\u{a0}', " ");
                        }
                        let parts = [Styled {
                            text: &text,
                            font,
                            link: None,
                        }];
                        let hyph = (r > 0).then_some(lang);
                        let lines = compose(&parts, size, w - 2.0 * pad, Align::Left, hyph);
                        let want = text.replace('\u{a0}', " ");
                        assert_eq!(rejoin(&lines), want, "{lang:?} at {width}: a word was cut");
                        for l in &lines {
                            let end = l.spans.last().map_or(0.0, |s| {
                                s.x + Fonts::get().width(s.font, s.text.trim_end(), s.size)
                            });
                            assert!(end <= w - 2.0 * pad + 0.5, "{lang:?}: «{text}» overflows");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn signatures_stand_with_contract_text_and_list_intros_with_their_items() {
        let g = PageGeometry::default();
        for filler in 20..75 {
            let kk = keep_fixture(Lang::Kk, filler, true);
            let mut ru = kk.clone();
            ru.lang = Lang::Ru;
            let bi = Bilingual { kk: kk.clone(), ru };
            for l in [layout_single(&kk, &g), layout_parallel(&bi, &g)] {
                let pages = page_texts(&l);
                let last = page_of(&pages, "LASTCLAUSE");
                for role in ["ОРЫНДАУШЫ", "ТАПСЫРЫС"] {
                    assert_eq!(page_of(&pages, &format!("SIGN{role}")), last, "{filler}");
                }
                assert_eq!(
                    page_of(&pages, "INTRO"),
                    page_of(&pages, "ITEM0"),
                    "{filler}"
                );
            }
        }
    }

    #[test]
    fn no_widows_orphans_or_stranded_headings() {
        let g = PageGeometry::default();
        let width = g.text_width();
        let mut rows = Vec::new();
        let text = "Тараптар осы Шарт бойынша өз міндеттемелерін тиісінше орындайды. ";
        for k in 0..120 {
            let mut cb = ColumnBuilder::new(Lang::Kk, width, SINGLE);
            let heading = k % 9 == 0;
            if heading {
                cb.heading(&Heading {
                    number: ClauseNumber::parse(&format!("{k}")),
                    id: None,
                    level: 2,
                    text: RichText::plain("ТАРАУ"),
                    line: 1,
                    appendix: None,
                });
            } else {
                let repeat = 3 + (k * 7) % 11;
                cb.clause(&Clause {
                    number: ClauseNumber::parse(&format!("1.{k}")),
                    id: None,
                    text: RichText::plain(text.repeat(repeat)),
                    line: 1,
                    children: vec![],
                });
            }
            let n = cb.lines.iter().filter(|l| l.baseline.is_some()).count();
            let mut i = 0;
            for l in &mut cb.lines {
                if let Some(Item::Text(t)) = l.items.first_mut() {
                    let tag = if heading { "H" } else { "P" };
                    t.spans = vec![Span {
                        x: 0.0,
                        font: FontKind::SerifRegular,
                        size: 10.0,
                        text: format!("#{tag}:{k}:{i}:{n}"),
                        link: None,
                        hyphen: false,
                    }];
                    i += 1;
                }
            }
            rows.push(row_from(vec![cb.finish(g.left)], heading));
        }
        let l = paginate(rows, g, None);
        let pages = page_markers(&l);
        assert!(pages.len() > 5);
        let parse = |m: &str| -> (String, usize, usize) {
            let p: Vec<&str> = m.split(':').collect();
            (
                p[0].to_string(),
                p[2].parse().unwrap(),
                p[3].parse().unwrap(),
            )
        };
        for (pi, page) in pages.iter().enumerate() {
            let (kind, i, n) = parse(&page[0]);
            if pi > 0 && kind == "#P" && n > 1 {
                assert!(i != n - 1, "widow at the top of page {pi}: {}", page[0]);
            }
            let (kind, i, n) = parse(page.last().unwrap());
            if pi + 1 < pages.len() {
                assert!(kind != "#H", "heading ends page {pi}");
                assert!(!(n > 1 && i == 0), "orphan at the foot of page {pi}");
            }
        }
    }

    #[test]
    fn nothing_runs_past_the_margins() {
        let mut doc = Document::new(Lang::Kk, "kk.md");
        for i in 1..120 {
            doc.blocks.push(clause(
                &format!("2.{i}"),
                &"Қызметтердің құны 990\u{a0}000 (тоғыз жүз тоқсан мың) теңгені құрайды. "
                    .repeat(i % 4 + 1),
            ));
        }
        let g = PageGeometry::default();
        let l = layout_single(&doc, &g);
        let fonts = Fonts::get();
        for p in &l.pages {
            for it in &p.items {
                if let Item::Text(t) = it {
                    assert!(t.baseline <= g.height - g.bottom / 2.0 + 0.1);
                    for s in &t.spans {
                        let end = s.x + fonts.width(s.font, s.text.trim_end(), s.size);
                        assert!(
                            s.x >= g.left - 0.01 && end <= g.width - g.right + 0.05,
                            "{s:?}"
                        );
                    }
                }
            }
        }
    }

    /// Spans of the text lines of a layout, in order.
    fn spans(l: &Layout) -> Vec<&Span> {
        l.pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|it| match it {
                Item::Text(t) => Some(&t.spans),
                _ => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn titles_and_headings_are_not_hyphenated() {
        let long = "Тараптардың міндеттемелерін орындамағаны үшін жауапкершілігі \
                    және тұрақсыздық айыбының мөлшерін айқындау тәртібі";
        // Narrow pages make every line of the heading end inside a word.
        let g = PageGeometry {
            width: 90.0 * MM,
            ..PageGeometry::default()
        };
        let mut doc = Document::new(Lang::Kk, "kk.md");
        doc.title = Some(long.to_string());
        doc.blocks = vec![
            Block::Heading(Heading {
                number: ClauseNumber::parse("5"),
                id: None,
                level: 2,
                text: RichText::plain(long),
                line: 1,
                appendix: None,
            }),
            clause("5.1", long),
        ];
        let l = layout_single(&doc, &g);
        let all = spans(&l);
        // Titles and headings are set in the sans face, clauses in the serif.
        let heading: Vec<_> = all
            .iter()
            .filter(|s| s.font == FontKind::SansBold)
            .collect();
        assert!(heading.len() > 6, "{} heading spans", heading.len());
        assert!(heading.iter().all(|s| !s.hyphen), "{heading:?}");
        assert!(all.iter().any(|s| s.font != FontKind::SansBold && s.hyphen));
    }

    #[test]
    fn the_layout_input_gets_the_no_break_spaces() {
        let mut doc = Document::new(Lang::Ru, "ru.md");
        doc.blocks = vec![clause(
            "1.1",
            &"Оплата в течение 10 (десяти) дней по адресу г. Алматы, ул. Абая, д. 1. ".repeat(12),
        )];
        // Lines are written with spaces; no line ends with a bound word.
        let mut line_ends = Vec::new();
        for mm in (70..=200).step_by(3) {
            let g = PageGeometry {
                width: mm as f32 * MM,
                ..PageGeometry::default()
            };
            let l = layout_single(&doc, &g);
            for p in &l.pages {
                for it in &p.items {
                    if let Item::Text(t) = it {
                        let text: String = t.spans.iter().map(|s| s.text.as_str()).collect();
                        line_ends.push(text.trim_end().to_string());
                    }
                }
            }
        }
        assert!(line_ends.len() > 100);
        for e in &line_ends {
            for bad in [" в", " г.", " ул.", " д.", " 10"] {
                assert!(!e.ends_with(bad), "a line ends with `{bad}`: {e}");
            }
        }
    }
}
