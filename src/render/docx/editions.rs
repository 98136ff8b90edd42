//! The DOCX editions of a contract: one language, or both side by side.
//!
//! What the HTML and PDF editions show, as a Word document: the title,
//! the place and version date, the section headings and clauses with their
//! lists and tables, and the requisites and signatures of the parties.
//! Clause numbers are Word's automatic numbering ([`super::numbering`]),
//! typed only where Word's count would differ from the model's number.

use super::document::{Para, RunStyle, Writer, TEXT_W};
use super::numbering::{clause_hang, item_hang, ClauseCounter, ListKind, Numbering};
use super::styles::{clause_style, id, lang_tag, StyleSet};
use super::{assemble, DocxOptions, Parts};
use crate::lang::Lang;
use crate::model::{Bilingual, Block, Clause, ClauseNumber, Document, Heading, List, Party, Table};
use crate::render::html::{labels, typographic_meta, LangMeta};
use crate::render::typography;
use crate::render::EditionMeta;
use crate::Result;

/// Body text size of a single-language edition, in points.
const SINGLE_SIZE: f32 = 12.0;
/// Body text size of the parallel edition.
const PARALLEL_SIZE: f32 = 10.0;

/// The clause lists of one language: one for clauses and headings, or,
/// when the document numbers its headings in a series of their own, one
/// for each.
struct Lists {
    clauses: ClauseCounter,
    headings: Option<ClauseCounter>,
}

impl Lists {
    fn new(doc: &Document, num: &mut Numbering, size: f32) -> Lists {
        let clauses = ClauseCounter::new(num.add(ListKind::Clauses, size));
        let headings = doc
            .heading_series
            .then(|| ClauseCounter::new(num.add(ListKind::Clauses, size)));
        Lists { clauses, headings }
    }
}

/// What a body is written with.
struct Body {
    w: Writer,
    num: Numbering,
    size: f32,
    /// The appendix being written (`None`: the contract's text).
    within: Option<u32>,
}

/// How a numbered paragraph gets its number.
struct Numbered {
    /// Automatic: list and level.
    auto: Option<(u32, usize)>,
    /// Typed: the label and the indent.
    typed: Option<String>,
    ind: Option<(u32, u32)>,
    /// The hanging indent of the text (where lists of the clause start).
    hang: u32,
}

impl Body {
    fn number(&mut self, counter: &mut ClauseCounter, n: Option<&ClauseNumber>) -> Numbered {
        let Some(n) = n else {
            return Numbered {
                auto: None,
                typed: None,
                ind: None,
                hang: 0,
            };
        };
        let hang = clause_hang(n.depth().saturating_sub(1), self.size);
        match counter.take(n, &mut self.num) {
            Some(ilvl) => Numbered {
                auto: Some((counter.num_id, ilvl)),
                typed: None,
                ind: None,
                hang,
            },
            None => Numbered {
                auto: None,
                typed: Some(format!("{n}.\t")),
                ind: Some((hang, hang)),
                hang,
            },
        }
    }

    fn block(&mut self, lists: &mut Lists, b: &Block, lang: Lang, width: u32) {
        match b {
            Block::Heading(h) => self.heading(lists, h, lang),
            Block::Clause(c) => self.clause(lists, c, lang, width),
            Block::List(l) => self.list(l, lang, 0),
            Block::Table(t) => self.table(t, lang, 0, width),
        }
    }

    fn heading(&mut self, lists: &mut Lists, h: &Heading, lang: Lang) {
        let counter = lists.headings.as_mut().unwrap_or(&mut lists.clauses);
        let nb = self.number(counter, h.number.as_ref());
        let style = if h.level <= 2 {
            id::HEADING1
        } else {
            id::HEADING2
        };
        self.w.p_start(&Para {
            style,
            num: nb.auto,
            ind: nb.ind,
            ..Para::default()
        });
        let mark = h.number.as_ref().and_then(|n| {
            self.w
                .bookmark_start_at(&crate::source::markdown::clause_anchor(n, self.within))
        });
        let rs = RunStyle {
            lang: self.w.run_lang(lang),
            ..RunStyle::default()
        };
        if let Some(t) = &nb.typed {
            self.w.run(t, rs, Default::default());
        }
        self.w.rich(&h.text, lang, RunStyle::default());
        self.w.bookmark_end(mark);
        self.w.p_end();
    }

    fn clause(&mut self, lists: &mut Lists, c: &Clause, lang: Lang, width: u32) {
        let nb = self.number(&mut lists.clauses, c.number.as_ref());
        if !c.text.is_empty() || c.number.is_some() || c.children.is_empty() {
            self.w.p_start(&Para {
                style: clause_style(lang),
                num: nb.auto,
                ind: nb.ind,
                ..Para::default()
            });
            let mark = c.number.as_ref().and_then(|n| {
                self.w
                    .bookmark_start_at(&crate::source::markdown::clause_anchor(n, self.within))
            });
            if let Some(t) = &nb.typed {
                let rs = RunStyle {
                    lang: self.w.run_lang(lang),
                    ..RunStyle::default()
                };
                self.w.run(t, rs, Default::default());
            }
            self.w.rich(&c.text, lang, RunStyle::default());
            self.w.bookmark_end(mark);
            self.w.p_end();
        }
        for ch in &c.children {
            match ch {
                Block::List(l) => self.list(l, lang, nb.hang),
                Block::Table(t) => self.table(t, lang, nb.hang, width),
                other => self.block(lists, other, lang, width),
            }
        }
    }

    fn list(&mut self, l: &List, lang: Lang, base: u32) {
        let kind = if l.ordered {
            ListKind::Ordered
        } else {
            ListKind::Bullet
        };
        let num = self.num.add(kind, self.size);
        let hang = item_hang(self.size);
        for item in &l.items {
            self.w.p_start(&Para {
                style: clause_style(lang),
                num: Some((num, 0)),
                spacing: Some((0, 60)),
                ind: Some((base + hang, hang)),
                ..Para::default()
            });
            self.w.rich(&item.text, lang, RunStyle::default());
            self.w.p_end();
        }
    }

    fn table(&mut self, t: &Table, lang: Lang, indent: u32, width: u32) {
        let cols = t
            .rows
            .iter()
            .map(Vec::len)
            .chain(std::iter::once(t.header.len()))
            .max()
            .unwrap_or(0)
            .max(1);
        let avail = width.saturating_sub(indent).max(cols as u32 * 300);
        // Columns share the width by how much they hold (a column of
        // short codes narrower than one of sentences), each at least a
        // share that a word fits in.
        let weight: Vec<u32> = (0..cols)
            .map(|k| {
                std::iter::once(&t.header)
                    .chain(t.rows.iter())
                    .filter_map(|r| r.get(k))
                    .map(|c| c.to_plain().chars().count().min(40) as u32)
                    .max()
                    .unwrap_or(0)
                    .max(8)
            })
            .collect();
        let sum: u32 = weight.iter().sum::<u32>().max(1);
        let widths: Vec<u32> = weight
            .iter()
            .map(|w| (u64::from(avail) * u64::from(*w) / u64::from(sum)) as u32)
            .collect();
        let header = !t.header.is_empty();
        self.w.table_start(id::TABLE, &widths, indent, header);
        let rows = header.then_some(&t.header).into_iter().chain(t.rows.iter());
        for (r, row) in rows.enumerate() {
            self.w.row_start(header && r == 0, Default::default());
            for (k, &cw) in widths.iter().enumerate() {
                self.w.cell_start(cw);
                self.w.p_start(&Para {
                    style: id::CELL,
                    ..Para::default()
                });
                if let Some(cell) = row.get(k) {
                    self.w.rich(cell, lang, RunStyle::default());
                }
                self.w.p_end();
                self.w.cell_end();
            }
            self.w.row_end();
        }
        self.w.table_end();
        // A paragraph after every table: two tables in a row would merge.
        self.w.p_start(&Para {
            style: id::NORMAL,
            spacing: Some((0, 0)),
            ..Para::default()
        });
        self.w.p_end();
    }

    /// The requisites of the parties of one row: two table rows that are
    /// never split, the role, name and requisites in the first (kept with
    /// the next), the signatory and the line to sign on in the second, so
    /// that side by side the signature lines are level.
    fn party_rows(&mut self, cells: [(Option<&Party>, Lang); 2], width: u32) {
        for signature_row in [false, true] {
            self.w.row_start_whole();
            for (p, lang) in cells {
                self.w.cell_start(width);
                match p {
                    Some(p) if signature_row => self.party_signature(p, lang),
                    Some(p) => self.party_details(p, lang),
                    None => self.w.empty_paragraph(id::CELL),
                }
                self.w.cell_end();
            }
            self.w.row_end();
        }
    }

    /// The requisites block of a document read from plain text (bank
    /// details, signature lines), line by line; in a table cell, at least
    /// an empty paragraph.
    fn requisites_lines(&mut self, doc: &Document, style: &str) {
        let rs = RunStyle {
            lang: self.w.run_lang(doc.lang),
            ..RunStyle::default()
        };
        let lines = doc.requisites.as_ref().map_or(&[][..], |r| &r.lines[..]);
        for (k, (_, line)) in lines.iter().enumerate() {
            let before = if k == 0 { 240 } else { 0 };
            self.w.simple(
                &Para {
                    style,
                    spacing: Some((before, 0)),
                    jc: Some("left"),
                    ..Para::default()
                },
                line,
                rs,
            );
        }
        if lines.is_empty() && style == id::CELL {
            self.w.empty_paragraph(style);
        }
    }

    fn party_details(&mut self, p: &Party, lang: Lang) {
        let base = RunStyle {
            lang: self.w.run_lang(lang),
            ..RunStyle::default()
        };
        let para = Para {
            style: id::CELL,
            keep_next: true,
            ..Para::default()
        };
        self.w.simple(
            &para,
            &p.role,
            RunStyle {
                bold: true,
                caps: true,
                ..base
            },
        );
        if !p.name.is_empty() {
            self.w.simple(
                &Para {
                    spacing: Some((0, 60)),
                    ..para.clone()
                },
                &p.name,
                RunStyle { bold: true, ..base },
            );
        }
        for (label, value) in &p.requisites {
            self.w.p_start(&para);
            self.w.run(
                &format!("{label}: "),
                RunStyle {
                    italic: true,
                    ..base
                },
                Default::default(),
            );
            self.w.run(value, base, Default::default());
            self.w.p_end();
        }
    }

    fn party_signature(&mut self, p: &Party, lang: Lang) {
        let base = RunStyle {
            lang: self.w.run_lang(lang),
            ..RunStyle::default()
        };
        let para = Para {
            style: id::CELL,
            ..Para::default()
        };
        if let Some(sig) = &p.signatory {
            let sig = sig.replace('_', "");
            let sig = sig.split_whitespace().collect::<Vec<_>>().join(" ");
            self.w.simple(
                &Para {
                    spacing: Some((120, 0)),
                    ..para.clone()
                },
                &sig,
                base,
            );
        }
        self.w.simple(
            &Para {
                spacing: Some((360, 60)),
                ..para
            },
            &format!("________________________ ({})", labels(lang)["signature"]),
            base,
        );
    }
}

fn props(meta: &EditionMeta, title: &str, lang: Lang, opts: &DocxOptions) -> super::Properties {
    super::Properties {
        title: title.to_string(),
        creator: meta.author.clone(),
        subject: meta.id.clone(),
        language: lang_tag(lang).to_string(),
        date: opts.source_date_epoch.and_then(super::package::w3c_date),
    }
}

/// The title of an edition: the one given, else the document's.
impl Body {
    /// A row of the parallel table: a block of each language in its cell
    /// (`half` wide, text `inner` wide), or an empty cell.
    fn pair_row(
        &mut self,
        lists: &mut [Lists; 2],
        blocks: [Option<&Block>; 2],
        half: u32,
        inner: u32,
    ) {
        self.w.row_start(false, Default::default());
        for (k, (blk, lang)) in blocks.into_iter().zip([Lang::Kk, Lang::Ru]).enumerate() {
            self.w.cell_start(half);
            match blk {
                Some(blk) => self.block(&mut lists[k], blk, lang, inner),
                None => self.w.empty_paragraph(clause_style(lang)),
            }
            // A cell must end with a paragraph, and a table is followed
            // by one already.
            self.w.cell_end();
        }
        self.w.row_end();
    }

    /// The head of appendix `a`: its heading lines flush right, then its
    /// title; `page_break`: from a new page. Later clauses are numbered
    /// and bookmarked within the appendix.
    fn appendix_head(&mut self, h: &Heading, a: u32, lm: &LangMeta, lang: Lang, page_break: bool) {
        self.within = Some(a);
        let rs = RunStyle {
            lang: self.w.run_lang(lang),
            ..RunStyle::default()
        };
        let label = crate::render::appendix_label(a, lang, &lm.number, &lm.date);
        self.w.p_start(&Para {
            style: id::NORMAL,
            jc: Some("right"),
            keep_next: true,
            page_break_before: page_break,
            spacing: Some((0, 240)),
            ..Para::default()
        });
        let mark = self.w.bookmark_start_at(&format!("appendix-{a}"));
        self.w.run(&label.join("\n"), rs, Default::default());
        self.w.bookmark_end(mark);
        self.w.p_end();
        self.w.p_start(&Para {
            style: id::TITLE,
            keep_next: true,
            ..Para::default()
        });
        self.w.rich(&h.text, lang, RunStyle::default());
        self.w.p_end();
    }
}

/// The number line under the title (`№ 17/2026`), when there is a number.
fn number_line(b: &mut Body, lm: &LangMeta, lang: Lang, cell: bool) {
    let line = lm.number_line();
    if line.is_empty() {
        return;
    }
    let rs = RunStyle {
        bold: true,
        lang: b.w.run_lang(lang),
        ..RunStyle::default()
    };
    b.w.simple(
        &Para {
            style: if cell { id::CELL } else { id::NORMAL },
            jc: Some("center"),
            spacing: Some((0, 120)),
            ..Para::default()
        },
        &line,
        rs,
    );
}

fn title_of(lm: &LangMeta, doc: &Document) -> String {
    if lm.title.trim().is_empty() {
        doc.title.clone().unwrap_or_default()
    } else {
        lm.title.clone()
    }
}

/// The place and date line: `Алматы қ.` … `2026 жылғы «1» желтоқсан`, the
/// date of signing, or without one `Редакция: 1 қараша 2026 ж.`
fn meta_line(lm: &LangMeta, lang: Lang) -> (String, String) {
    let date = if !lm.date.trim().is_empty() {
        lm.date.clone()
    } else if lm.version.is_empty() {
        String::new()
    } else {
        format!("{}: {}", labels(lang)["version"], lm.version)
    };
    (lm.city.clone(), date)
}

/// Render a single-language edition.
pub fn render_single(
    doc: &Document,
    lm: &LangMeta,
    meta: &EditionMeta,
    opts: &DocxOptions,
) -> Result<Vec<u8>> {
    let lang = doc.lang;
    let doc = &typography::document(doc);
    let lm = &typographic_meta(lm, lang);
    let size = SINGLE_SIZE;
    let mut b = Body {
        w: Writer::new(lang, None),
        num: Numbering::new(),
        size,
        within: None,
    };
    let title = title_of(lm, doc);
    let rs = RunStyle::default();
    b.w.simple(
        &Para {
            style: id::TITLE,
            ..Para::default()
        },
        &title,
        rs,
    );
    number_line(&mut b, lm, lang, false);
    let (city, version) = meta_line(lm, lang);
    if !city.is_empty() || !version.is_empty() {
        b.w.p_start(&Para {
            style: id::NORMAL,
            right_tab: Some(TEXT_W),
            spacing: Some((0, 240)),
            ..Para::default()
        });
        b.w.run(&city, rs, Default::default());
        b.w.run(&format!("\t{version}"), rs, Default::default());
        b.w.p_end();
    }
    let mut lists = Lists::new(doc, &mut b.num, size);
    let (main, apps) = doc.split_appendices();
    for blk in main {
        b.block(&mut lists, blk, lang, TEXT_W);
    }
    if doc.parties.is_empty() {
        b.requisites_lines(doc, id::NORMAL);
    } else {
        let l = labels(lang);
        b.w.simple(
            &Para {
                style: id::HEADING1,
                ..Para::default()
            },
            l["requisites"],
            rs,
        );
        let half = TEXT_W / 2;
        b.w.table_start(id::TABLE, &[half, half], 0, false);
        for pair in doc.parties.chunks(2) {
            b.party_rows([(pair.first(), lang), (pair.get(1), lang)], half);
        }
        b.w.table_end();
    }
    // The appendices, each from a new page, numbered on their own.
    for part in crate::render::appendix_parts(apps) {
        let mut lists = Lists::new(doc, &mut b.num, size);
        for blk in part {
            match blk {
                Block::Heading(
                    h @ Heading {
                        appendix: Some(a), ..
                    },
                ) => b.appendix_head(h, *a, lm, lang, true),
                other => b.block(&mut lists, other, lang, TEXT_W),
            }
        }
    }
    let header = if lm.running_header.trim().is_empty() {
        title.clone()
    } else {
        lm.running_header.clone()
    };
    let parts = Parts {
        writer: b.w,
        numbering: b.num,
        styles: StyleSet { lang, size },
        header,
        initials: lm.initials_line(),
        props: props(meta, &title, lang, opts),
    };
    assemble(parts)
}

/// Render the parallel edition: a two-column table, Kazakh left, Russian
/// right, one row per pair of blocks, under a header row that Word repeats
/// on every page.
pub fn render_parallel(
    bi: &Bilingual,
    kk: &LangMeta,
    ru: &LangMeta,
    meta: &EditionMeta,
    opts: &DocxOptions,
) -> Result<Vec<u8>> {
    let bi = &typography::bilingual(bi);
    let (kk, ru) = (
        &typographic_meta(kk, Lang::Kk),
        &typographic_meta(ru, Lang::Ru),
    );
    let size = PARALLEL_SIZE;
    let mut b = Body {
        w: Writer::new(Lang::Kk, None),
        num: Numbering::new(),
        size,
        within: None,
    };
    let half = TEXT_W / 2;
    // Cell text is narrower than the cell by its margins.
    let inner = half - 170;
    let sides = [(&bi.kk, kk), (&bi.ru, ru)];
    let titles: Vec<String> = sides.iter().map(|(d, lm)| title_of(lm, d)).collect();

    // Titles, place and date side by side, in a table without borders.
    b.w.table_start(id::PLAIN, &[half, half], 0, false);
    b.w.row_start(false, Default::default());
    for (k, (doc, _)) in sides.iter().enumerate() {
        b.w.cell_start(half);
        let rs = RunStyle {
            lang: b.w.run_lang(doc.lang),
            ..RunStyle::default()
        };
        b.w.simple(
            &Para {
                style: id::TITLE,
                ..Para::default()
            },
            &titles[k],
            rs,
        );
        number_line(&mut b, sides[k].1, doc.lang, true);
        b.w.cell_end();
    }
    b.w.row_end();
    b.w.row_start(false, Default::default());
    for (doc, lm) in &sides {
        b.w.cell_start(half);
        let rs = RunStyle {
            lang: b.w.run_lang(doc.lang),
            ..RunStyle::default()
        };
        let (city, version) = meta_line(lm, doc.lang);
        let line = [city, version]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        b.w.simple(
            &Para {
                style: id::CELL,
                jc: Some("center"),
                spacing: Some((0, 120)),
                ..Para::default()
            },
            &line,
            rs,
        );
        b.w.cell_end();
    }
    b.w.row_end();
    b.w.table_end();
    b.w.empty_paragraph(id::NORMAL);

    let mut lists = [
        Lists::new(&bi.kk, &mut b.num, size),
        Lists::new(&bi.ru, &mut b.num, size),
    ];
    b.w.table_start(id::PARALLEL, &[half, half], 0, true);
    b.w.row_start(true, Default::default());
    for (doc, _) in &sides {
        b.w.cell_start(half);
        let rs = RunStyle {
            lang: b.w.run_lang(doc.lang),
            ..RunStyle::default()
        };
        b.w.simple(
            &Para {
                style: id::CELL,
                jc: Some("center"),
                ..Para::default()
            },
            labels(doc.lang)["language"],
            rs,
        );
        b.w.cell_end();
    }
    b.w.row_end();
    let (main, apps) = crate::render::pair_parts(bi);
    for (x, y) in main {
        b.pair_row(&mut lists, [x, y], half, inner);
    }
    let n = bi.kk.parties.len().max(bi.ru.parties.len());
    if n > 0 {
        b.w.row_start(false, Default::default());
        for (doc, _) in &sides {
            b.w.cell_start(half);
            let rs = RunStyle {
                lang: b.w.run_lang(doc.lang),
                ..RunStyle::default()
            };
            b.w.simple(
                &Para {
                    style: id::HEADING1,
                    ..Para::default()
                },
                labels(doc.lang)["requisites"],
                rs,
            );
            b.w.cell_end();
        }
        b.w.row_end();
        for i in 0..n {
            b.party_rows(
                [
                    (bi.kk.parties.get(i), Lang::Kk),
                    (bi.ru.parties.get(i), Lang::Ru),
                ],
                half,
            );
        }
    } else if bi.kk.requisites.is_some() || bi.ru.requisites.is_some() {
        b.w.row_start(false, Default::default());
        for (doc, _) in &sides {
            b.w.cell_start(half);
            b.requisites_lines(doc, id::CELL);
            b.w.cell_end();
        }
        b.w.row_end();
    }
    b.w.table_end();
    // The appendices, each from a new page in a table of its own.
    let mut open = false;
    for (x, y) in apps {
        let opens = [x, y].into_iter().flatten().find_map(|blk| match blk {
            Block::Heading(h) => h.appendix,
            _ => None,
        });
        if let Some(a) = opens {
            if open {
                b.w.table_end();
            }
            b.w.p_start(&Para {
                style: id::NORMAL,
                page_break_before: true,
                spacing: Some((0, 0)),
                ..Para::default()
            });
            b.w.p_end();
            b.w.table_start(id::PARALLEL, &[half, half], 0, false);
            open = true;
            lists = [
                Lists::new(&bi.kk, &mut b.num, size),
                Lists::new(&bi.ru, &mut b.num, size),
            ];
            b.w.row_start(false, Default::default());
            for (k, (blk, lang)) in [(x, Lang::Kk), (y, Lang::Ru)].into_iter().enumerate() {
                b.w.cell_start(half);
                match blk {
                    Some(Block::Heading(h)) => b.appendix_head(h, a, sides[k].1, lang, false),
                    _ => b.w.empty_paragraph(clause_style(lang)),
                }
                b.w.cell_end();
            }
            b.w.row_end();
            continue;
        }
        if open {
            b.pair_row(&mut lists, [x, y], half, inner);
        }
    }
    if open {
        b.w.table_end();
    }
    let running = [kk, ru]
        .iter()
        .map(|lm| lm.running_header.trim())
        .filter(|h| !h.is_empty())
        .collect::<Vec<_>>()
        .join(" / ");
    let title = if meta.title.trim().is_empty() {
        titles.join(" / ")
    } else {
        meta.title.clone()
    };
    let parts = Parts {
        writer: b.w,
        numbering: b.num,
        styles: StyleSet {
            lang: Lang::Kk,
            size,
        },
        header: if running.is_empty() {
            title.clone()
        } else {
            running
        },
        initials: [kk, ru]
            .iter()
            .map(|lm| lm.initials_line())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\u{2003}\u{2003}\u{2003}"),
        props: props(meta, &title, Lang::Kk, opts),
    };
    assemble(parts)
}
