//! The body of `document.xml`: paragraphs, runs and tables, in reading
//! order, as the accepted view of the document shows them.
//!
//! Text comes from runs (`w:t`, tabs, breaks, non-breaking hyphens) inside
//! the containers Word shows the text of: hyperlinks, content controls
//! (`w:sdt`), smart tags, custom XML, simple fields. A complex field shows
//! its cached result (between `separate` and `end`), never its
//! instruction; a table of contents is left out (it repeats the headings).
//! Footnote marks, comments, drawings and text boxes are left out.
//!
//! Tracked changes are read as if accepted: inserted and moved-to text is
//! kept, deleted and moved-from text dropped, a deleted row dropped, a
//! paragraph whose mark was deleted joined to the next one; every change
//! is also kept as a [`Rev`], adjacent pieces of one change joined.

use super::numbering::{attr, child, in_w, is, on, Label, Resolver};
use super::styles::{num_pr, Styles};
use crate::model::RevisionKind;
use roxmltree::Node;

/// Deeper nesting than this is not read (no real document comes close;
/// the walk is recursive).
const MAX_DEPTH: usize = 64;
/// The longest field instruction kept (only its first word is used).
const MAX_INSTR: usize = 256;

/// An unaccepted change of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rev {
    /// Inserted, deleted or moved.
    pub kind: RevisionKind,
    /// Its text.
    pub text: String,
    /// Its author, as the file says.
    pub author: Option<String>,
    /// The paragraph it is in (see [`Para::line`]).
    pub line: u32,
}

/// A paragraph.
#[derive(Debug, Clone, Default)]
pub struct Para {
    /// 1-based index of the paragraph in reading order, counting every
    /// paragraph of the body, table cells included.
    pub line: u32,
    /// Its text in the accepted view (tabs kept, breaks as `\n`).
    pub text: String,
    /// The label Word shows before it.
    pub label: Option<Label>,
    /// The list instance and level numbering it, when a list does.
    pub list: Option<(i64, usize)>,
    /// Its style makes it a heading.
    pub heading: bool,
    /// Its unaccepted changes.
    pub revisions: Vec<Rev>,
}

/// A table cell.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// The first grid column it covers.
    pub col: usize,
    /// How many grid columns it covers.
    pub span: usize,
    /// Its content.
    pub blocks: Vec<Block>,
}

/// A table.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Its rows, each a list of cells.
    pub rows: Vec<Vec<Cell>>,
}

/// A paragraph or a table.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph.
    Para(Para),
    /// A table.
    Table(Table),
}

/// How the text being read counts.
#[derive(Debug, Clone, Default)]
struct Ctx {
    /// Inside a deletion (or a move away): the text is not shown.
    deleted: Option<(RevisionKind, Option<String>)>,
    /// Inside an insertion (or a move here): shown, and a change.
    inserted: Option<(RevisionKind, Option<String>)>,
}

/// A complex field being read.
#[derive(Debug)]
struct Field {
    instr: String,
    in_result: bool,
    skip: bool,
}

impl Field {
    fn hides(&self) -> bool {
        !self.in_result || self.skip
    }
}

/// The text of a paragraph being read.
#[derive(Debug, Default)]
struct Sink {
    text: String,
    revs: Vec<Rev>,
    /// The change the last text went to, if the last text was a change.
    open: Option<usize>,
}

/// A deleted container (a row), with the author of the deletion.
pub type Del = Option<Option<String>>;

/// Reads a body in document order, numbering paragraphs as it goes.
pub struct Walker<'s> {
    styles: &'s Styles,
    resolver: Resolver,
    fields: Vec<Field>,
    /// Fields on the stack that hide their text.
    hidden: usize,
    line: u32,
    /// A paragraph whose mark was deleted: its text and changes go to the
    /// next paragraph.
    carry: Option<Sink>,
    /// The document has moved-to text, so moved-from text is the other
    /// end of a move, not a deletion of its own.
    has_move_to: bool,
}

fn author(n: Node<'_, '_>) -> Option<String> {
    attr(n, "author")
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| a.chars().take(100).collect())
}

impl<'s> Walker<'s> {
    /// A walker over a body, with the document's styles and lists.
    pub fn new(styles: &'s Styles, resolver: Resolver, body: Node<'_, '_>) -> Walker<'s> {
        Walker {
            styles,
            resolver,
            fields: Vec::new(),
            hidden: 0,
            line: 0,
            carry: None,
            has_move_to: body.descendants().any(|n| is(n, "moveTo")),
        }
    }

    /// The blocks of a container (the body, a cell, a content control).
    ///
    /// `deleted`: the container is deleted (a deleted row), by this author.
    pub fn blocks(&mut self, node: Node<'_, '_>, deleted: Del, depth: usize) -> Vec<Block> {
        let mut out = Vec::new();
        self.blocks_into(node, &deleted, depth, &mut out);
        if depth == 0 {
            // A deleted mark on the last paragraph: its text stays.
            if let Some(s) = self.carry.take() {
                out.push(Block::Para(Para {
                    line: self.line,
                    text: s.text,
                    revisions: s.revs,
                    ..Para::default()
                }));
            }
        }
        out
    }

    fn blocks_into(
        &mut self,
        node: Node<'_, '_>,
        deleted: &Del,
        depth: usize,
        out: &mut Vec<Block>,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        for c in node.children().filter(|c| c.is_element()) {
            if is(c, "p") {
                if let Some(p) = self.para(c, deleted, depth) {
                    out.push(Block::Para(p));
                }
            } else if is(c, "tbl") {
                let t = self.table(c, deleted, depth + 1);
                out.push(Block::Table(t));
            } else if is(c, "sdt") {
                if let Some(content) = child(c, "sdtContent") {
                    self.blocks_into(content, deleted, depth + 1, out);
                }
            } else if is(c, "customXml") || is(c, "sdtContent") {
                self.blocks_into(c, deleted, depth + 1, out);
            }
        }
    }

    fn table(&mut self, node: Node<'_, '_>, deleted: &Del, depth: usize) -> Table {
        let mut rows = Vec::new();
        let mut row_nodes = Vec::new();
        collect(node, "tr", &mut row_nodes, depth);
        for tr in row_nodes {
            let trpr = child(tr, "trPr");
            let row_deleted = match trpr.and_then(|p| child(p, "del")) {
                Some(d) if deleted.is_none() => Some(author(d)),
                _ => deleted.clone(),
            };
            let mut col = trpr
                .and_then(|p| child(p, "gridBefore"))
                .and_then(|g| attr(g, "val"))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0)
                .min(64);
            let mut cells = Vec::new();
            let mut cell_nodes = Vec::new();
            collect(tr, "tc", &mut cell_nodes, depth);
            for tc in cell_nodes {
                let span = child(tc, "tcPr")
                    .and_then(|p| child(p, "gridSpan"))
                    .and_then(|g| attr(g, "val"))
                    .and_then(|v| v.parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, 64);
                let blocks = self.blocks(tc, row_deleted.clone(), depth + 1);
                cells.push(Cell { col, span, blocks });
                col = col.saturating_add(span);
            }
            rows.push(cells);
        }
        Table { rows }
    }

    fn para(&mut self, p: Node<'_, '_>, deleted: &Del, depth: usize) -> Option<Para> {
        self.line = self.line.saturating_add(1);
        let line = self.line;
        let ppr = child(p, "pPr");
        let style = ppr
            .and_then(|x| child(x, "pStyle"))
            .and_then(|s| attr(s, "val"));
        let mark = ppr.and_then(|x| child(x, "rPr"));
        let mark_deleted = mark.and_then(|r| child(r, "del")).is_some();
        let mut sink = self.carry.take().unwrap_or_default();
        sink.open = None;
        let ctx = Ctx {
            deleted: deleted.clone().map(|a| (RevisionKind::Deleted, a)),
            inserted: None,
        };
        self.inline(p, &ctx, &mut sink, line, depth + 1);
        if mark_deleted && deleted.is_none() {
            // The paragraph joins the next one in the accepted view.
            self.carry = Some(sink);
            return None;
        }
        let heading = self.styles.is_heading(style)
            || ppr
                .and_then(|x| super::numbering::val_int(x, "outlineLvl"))
                .is_some_and(|o| (0..9).contains(&o));
        if deleted.is_some() {
            // A deleted row: nothing of it is shown; its changes stay.
            return Some(Para {
                line,
                text: String::new(),
                label: None,
                list: None,
                heading: false,
                revisions: sink.revs,
            });
        }
        let list = self.list(ppr, style);
        let label = list.and_then(|(num, lvl)| self.resolver.next(num, lvl));
        Some(Para {
            line,
            text: sink.text,
            label,
            list,
            heading,
            revisions: sink.revs,
        })
    }

    /// The list instance and level of a paragraph: its own `w:numPr`,
    /// else its style's; `None` when numbering is off.
    fn list(&self, ppr: Option<Node<'_, '_>>, style: Option<&str>) -> Option<(i64, usize)> {
        let (dn, dl) = ppr.map_or((None, None), num_pr);
        let (sn, sl) = self.styles.numbering(style);
        let mut num = dn.or(sn);
        let mut lvl = dl.or(sl);
        if num.is_none() {
            // A list level linked to the style, the style not naming it.
            for id in self.styles.chain_ids(style) {
                if let Some((n, l)) = self.resolver.definitions().linked_to_style(id) {
                    num = Some(n);
                    lvl = lvl.or(Some(l));
                    break;
                }
            }
        }
        let num = num?;
        if num <= 0 {
            return None;
        }
        Some((num, lvl.unwrap_or(0)))
    }

    /// The lists' definitions and counters, once the body is read.
    pub fn into_resolver(self) -> Resolver {
        self.resolver
    }

    fn emit(&mut self, text: &str, ctx: &Ctx, sink: &mut Sink, line: u32) {
        if self.hidden > 0 || text.is_empty() {
            return;
        }
        let change = |sink: &mut Sink, kind: RevisionKind, author: &Option<String>| match sink
            .open
            .and_then(|i| sink.revs.get_mut(i))
        {
            Some(r) if r.kind == kind && &r.author == author => r.text.push_str(text),
            _ => {
                sink.revs.push(Rev {
                    kind,
                    text: text.to_string(),
                    author: author.clone(),
                    line,
                });
                sink.open = Some(sink.revs.len() - 1);
            }
        };
        if let Some((kind, author)) = &ctx.deleted {
            change(sink, *kind, author);
            return;
        }
        sink.text.push_str(text);
        match &ctx.inserted {
            Some((kind, author)) => change(sink, *kind, author),
            None => sink.open = None,
        }
    }

    /// The runs of a paragraph and of the containers inside it.
    fn inline(&mut self, node: Node<'_, '_>, ctx: &Ctx, sink: &mut Sink, line: u32, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for c in node.children().filter(|c| c.is_element()) {
            if !in_w(c) {
                // Markup compatibility blocks, math, drawings: left out.
                continue;
            }
            match c.tag_name().name() {
                "r" => self.run(c, ctx, sink, line),
                "del" => {
                    let mut inner = ctx.clone();
                    let outer = ctx.deleted.as_ref().and_then(|(_, a)| a.clone());
                    inner.deleted = Some((RevisionKind::Deleted, author(c).or(outer)));
                    self.inline(c, &inner, sink, line, depth + 1);
                }
                "moveFrom" => {
                    // The other end of a move is reported where the text
                    // went; a move with no other end is a deletion.
                    let mut inner = ctx.clone();
                    inner.deleted = Some((RevisionKind::Deleted, author(c)));
                    let before = sink.revs.len();
                    self.inline(c, &inner, sink, line, depth + 1);
                    if self.has_move_to {
                        sink.revs.truncate(before);
                        sink.open = None;
                    }
                }
                "ins" | "moveTo" => {
                    let mut inner = ctx.clone();
                    if inner.inserted.is_none() {
                        let kind = if c.tag_name().name() == "ins" {
                            RevisionKind::Inserted
                        } else {
                            RevisionKind::Moved
                        };
                        inner.inserted = Some((kind, author(c)));
                    }
                    self.inline(c, &inner, sink, line, depth + 1);
                }
                "fldSimple" => {
                    let instr = attr(c, "instr").unwrap_or_default();
                    let skip = hidden_field(instr);
                    if skip {
                        self.hidden += 1;
                    }
                    self.inline(c, ctx, sink, line, depth + 1);
                    if skip {
                        self.hidden -= 1;
                    }
                }
                "pPr" | "rPr" | "sdtPr" | "sdtEndPr" | "customXmlPr" | "smartTagPr" => {}
                // Hyperlinks, content controls, smart tags, custom XML,
                // bidirectional containers: their runs are text.
                _ => self.inline(c, ctx, sink, line, depth + 1),
            }
        }
    }

    fn run(&mut self, r: Node<'_, '_>, ctx: &Ctx, sink: &mut Sink, line: u32) {
        let vanish = child(r, "rPr").is_some_and(|p| on(p, "vanish"));
        for c in r.children().filter(|c| c.is_element()) {
            if !in_w(c) {
                continue;
            }
            match c.tag_name().name() {
                "t" | "delText" if !vanish => {
                    let t = c.text().unwrap_or_default();
                    self.emit(t, ctx, sink, line);
                }
                "tab" | "ptab" if !vanish => self.emit("\t", ctx, sink, line),
                "br" | "cr" if !vanish => self.emit("\n", ctx, sink, line),
                "noBreakHyphen" if !vanish => self.emit("-", ctx, sink, line),
                "sym" if !vanish => {
                    let ch = attr(c, "char")
                        .and_then(|h| u32::from_str_radix(h.trim(), 16).ok())
                        .and_then(char::from_u32)
                        .filter(|ch| !('\u{e000}'..='\u{f8ff}').contains(ch));
                    if let Some(ch) = ch {
                        let mut b = [0u8; 4];
                        self.emit(ch.encode_utf8(&mut b), ctx, sink, line);
                    }
                }
                "instrText" | "delInstrText" => {
                    if let Some(f) = self.fields.last_mut() {
                        if !f.in_result && f.instr.len() < MAX_INSTR {
                            f.instr.push_str(c.text().unwrap_or_default());
                        }
                    }
                }
                "fldChar" => match attr(c, "fldCharType") {
                    Some("begin") => {
                        self.fields.push(Field {
                            instr: String::new(),
                            in_result: false,
                            skip: false,
                        });
                        self.hidden += 1;
                    }
                    Some("separate") => {
                        if let Some(f) = self.fields.last_mut() {
                            if !f.in_result {
                                f.in_result = true;
                                f.skip = hidden_field(&f.instr);
                                if !f.skip {
                                    self.hidden -= 1;
                                }
                            }
                        }
                    }
                    Some("end") => {
                        if let Some(f) = self.fields.pop() {
                            if f.hides() {
                                self.hidden -= 1;
                            }
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
}

/// Fields whose result is left out: a table of contents or an index
/// repeats text found elsewhere.
fn hidden_field(instr: &str) -> bool {
    let word = instr
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    matches!(word.as_str(), "TOC" | "INDEX" | "TOA")
}

/// The children named `w:name` of `node`, also those wrapped in content
/// controls or custom XML.
fn collect<'a, 'i>(node: Node<'a, 'i>, name: &str, out: &mut Vec<Node<'a, 'i>>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for c in node.children().filter(|c| c.is_element()) {
        if is(c, name) {
            out.push(c);
        } else if is(c, "sdt") {
            if let Some(content) = child(c, "sdtContent") {
                collect(content, name, out, depth + 1);
            }
        } else if is(c, "customXml") {
            collect(c, name, out, depth + 1);
        }
    }
}
