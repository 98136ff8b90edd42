//! Markdown bodies → [`crate::model::Document`].
//!
//! The one place that configures pulldown-cmark ([`parser_options`]).
//! Section headings (`## 4. Права и обязанности`) become numbered
//! headings; paragraphs starting with a clause number (`4.2.1. …`) become
//! numbered clauses; lists and tables that follow a clause belong to it.
//! A level-1 heading (`# Тарифы {#tariffs}`) opens an appendix: appendices
//! follow the contract's text and are numbered in order.

use super::template::{RenderedBody, ID_CLOSE, ID_OPEN, REF_CLOSE, REF_OPEN};
use crate::diag::{num, Diagnostic};
use crate::lang::Lang;
use crate::lexicon::kk_grammar::Case as KkCase;
use crate::lexicon::ru_grammar::RuCase;
use crate::messages::{Message, Msg};
use crate::model::{
    Block, Clause, ClauseNumber, Document, Heading, Inline, List, ListItem, RichText, Table,
};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeMap;

/// The Markdown dialect of contract bodies: CommonMark with tables and
/// strikethrough. No other place sets parser options.
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Collects styled runs.
#[derive(Default)]
struct Runs {
    runs: Vec<Inline>,
    bold: usize,
    italic: usize,
    link: Vec<String>,
}

impl Runs {
    fn push(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let bold = self.bold > 0;
        let italic = self.italic > 0;
        let link = self.link.last().cloned();
        if let Some(last) = self.runs.last_mut() {
            if last.bold == bold && last.italic == italic && last.link == link {
                last.text.push_str(text);
                return;
            }
        }
        self.runs.push(Inline {
            text: text.to_string(),
            bold,
            italic,
            link,
        });
    }

    fn take(&mut self) -> RichText {
        let mut runs = std::mem::take(&mut self.runs);
        // Trim outer whitespace.
        if let Some(f) = runs.first_mut() {
            f.text = f.text.trim_start().to_string();
        }
        if let Some(l) = runs.last_mut() {
            l.text = l.text.trim_end().to_string();
        }
        runs.retain(|r| !r.text.is_empty());
        RichText(runs)
    }
}

/// Split a leading clause number off a text: `4.2.1. Текст` → (4.2.1, 7).
/// Returns the number and the byte length of the prefix to drop. Headings
/// also accept a number with no dot (`4 Права`).
pub fn leading_number(text: &str, heading: bool) -> Option<(ClauseNumber, usize)> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let mut num = &t[..end];
    let mut after = &t[end..];
    if num.is_empty() {
        return None;
    }
    let dotted = num.trim_end_matches('.').contains('.');
    let ends_with_dot = num.ends_with('.');
    if !ends_with_dot {
        if let Some(rest) = after.strip_prefix(')') {
            after = rest;
        } else if !(dotted || heading) {
            return None;
        }
    }
    num = num.trim_end_matches('.');
    let n = ClauseNumber::parse(num)?;
    // The number must be followed by a space (or end the text).
    let ws = after.len() - after.trim_start().len();
    if ws == 0 && !after.is_empty() {
        return None;
    }
    Some((n, lead + (t.len() - after.len()) + ws))
}

/// Drop the first `n` bytes of a rich text's plain form.
fn drop_prefix(text: &mut RichText, mut n: usize) {
    while n > 0 && !text.0.is_empty() {
        let first = &mut text.0[0];
        if first.text.len() <= n {
            n -= first.text.len();
            text.0.remove(0);
        } else {
            let mut cut = n;
            while !first.text.is_char_boundary(cut) {
                cut += 1;
            }
            first.text = first.text[cut..].to_string();
            n = 0;
        }
    }
    if let Some(f) = text.0.first_mut() {
        f.text = f.text.trim_start().to_string();
    }
    text.0.retain(|r| !r.text.is_empty());
}

/// Take a `{#id}` marker out of a text.
fn take_id(text: &mut RichText) -> Option<String> {
    let mut found = None;
    for run in &mut text.0 {
        while let Some(pos) = run.text.find(ID_OPEN) {
            let after = &run.text[pos + ID_OPEN.len_utf8()..];
            let Some(end) = after.find(ID_CLOSE) else {
                break;
            };
            if found.is_none() {
                found = Some(after[..end].to_string());
            }
            let tail = after[end + ID_CLOSE.len_utf8()..].to_string();
            run.text.truncate(pos);
            run.text.push_str(&tail);
        }
    }
    if let Some(l) = text.0.last_mut() {
        l.text = l.text.trim_end().to_string();
    }
    text.0.retain(|r| !r.text.is_empty());
    found
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Read a rendered body into a document.
pub fn read(body: &RenderedBody, lang: Lang, file: &str) -> Document {
    let mut doc = Document::new(lang, file);
    let parser = Parser::new_ext(&body.text, parser_options()).into_offset_iter();
    let mut runs = Runs::default();
    // What we are inside of.
    let mut heading: Option<(u8, u32)> = None;
    let mut para_line: Option<u32> = None;
    let mut list: Option<List> = None;
    let mut list_depth = 0usize;
    let mut item_line: Option<u32> = None;
    let mut table: Option<Table> = None;
    let mut row: Vec<RichText> = Vec::new();
    let mut in_head = false;
    let mut appendices = 0u32;

    let attach = |doc: &mut Document, block: Block| {
        if let Some(Block::Clause(c)) = doc.blocks.last_mut() {
            c.children.push(block);
        } else {
            doc.blocks.push(block);
        }
    };

    for (ev, range) in parser {
        let line = body.source_line(range.start);
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((heading_level(level), line));
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, line) = heading.take().unwrap_or((2, line));
                let mut text = runs.take();
                let id = take_id(&mut text);
                let mut number = None;
                if let Some((n, len)) = leading_number(&text.to_plain(), true) {
                    drop_prefix(&mut text, len);
                    number = Some(n);
                }
                // A level-1 heading opens an appendix, numbered in order.
                let appendix = (level == 1).then(|| {
                    appendices += 1;
                    appendices
                });
                doc.blocks.push(Block::Heading(Heading {
                    number,
                    id,
                    level,
                    text,
                    line,
                    appendix,
                }));
            }
            Event::Start(Tag::Paragraph) if list.is_none() && table.is_none() => {
                para_line = Some(line);
            }
            Event::End(TagEnd::Paragraph) => {
                if list.is_some() {
                    runs.push(" ");
                    continue;
                }
                let line = para_line.take().unwrap_or(line);
                let mut text = runs.take();
                let id = take_id(&mut text);
                let mut number = None;
                if let Some((n, len)) = leading_number(&text.to_plain(), false) {
                    drop_prefix(&mut text, len);
                    number = Some(n);
                }
                if text.is_empty() && number.is_none() && id.is_none() {
                    continue;
                }
                doc.blocks.push(Block::Clause(Clause {
                    number,
                    id,
                    text,
                    line,
                    children: Vec::new(),
                }));
            }
            Event::Start(Tag::List(start)) => {
                list_depth += 1;
                if list.is_none() {
                    list = Some(List {
                        ordered: start.is_some(),
                        items: Vec::new(),
                        line,
                    });
                } else if let (Some(l), Some(il)) = (list.as_mut(), item_line) {
                    // A nested list: close the open item first.
                    let text = runs.take();
                    if !text.is_empty() {
                        l.items.push(ListItem { text, line: il });
                    }
                    item_line = None;
                }
            }
            Event::End(TagEnd::List(_)) => {
                list_depth = list_depth.saturating_sub(1);
                if list_depth == 0 {
                    if let Some(l) = list.take() {
                        attach(&mut doc, Block::List(l));
                    }
                }
            }
            Event::Start(Tag::Item) => {
                item_line = Some(line);
            }
            Event::End(TagEnd::Item) => {
                let text = runs.take();
                if let (Some(l), false) = (list.as_mut(), text.is_empty()) {
                    l.items.push(ListItem {
                        text,
                        line: item_line.unwrap_or(line),
                    });
                }
                item_line = None;
            }
            Event::Start(Tag::Table(_)) => {
                table = Some(Table {
                    header: Vec::new(),
                    rows: Vec::new(),
                    line,
                });
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    attach(&mut doc, Block::Table(t));
                }
            }
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                if let Some(t) = table.as_mut() {
                    t.header = std::mem::take(&mut row);
                }
            }
            Event::Start(Tag::TableRow) => row.clear(),
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    if !in_head {
                        t.rows.push(std::mem::take(&mut row));
                    }
                }
            }
            Event::End(TagEnd::TableCell) => row.push(runs.take()),
            Event::Start(Tag::Strong) => runs.bold += 1,
            Event::End(TagEnd::Strong) => runs.bold = runs.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => runs.italic += 1,
            Event::End(TagEnd::Emphasis) => runs.italic = runs.italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => runs.link.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                runs.link.pop();
            }
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::BlockQuote(_))
                if list.is_none() && table.is_none() && para_line.is_none() =>
            {
                para_line = Some(line);
            }
            Event::End(TagEnd::CodeBlock) | Event::End(TagEnd::BlockQuote(_)) => {
                if let Some(line) = para_line.take() {
                    let mut text = runs.take();
                    let id = take_id(&mut text);
                    if !text.is_empty() || id.is_some() {
                        doc.blocks.push(Block::Clause(Clause {
                            number: None,
                            id,
                            text,
                            line,
                            children: Vec::new(),
                        }));
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => runs.push(&t),
            Event::Html(t) | Event::InlineHtml(t) => {
                if list.is_none() && table.is_none() && para_line.is_none() && heading.is_none() {
                    para_line = Some(line);
                }
                runs.push(t.trim_end_matches('\n'));
                if list.is_none() && table.is_none() && heading.is_none() && t.ends_with('\n') {
                    // An HTML block: close it as a paragraph of text.
                    if let Some(line) = para_line.take() {
                        let mut text = runs.take();
                        let id = take_id(&mut text);
                        if !text.is_empty() || id.is_some() {
                            doc.blocks.push(Block::Clause(Clause {
                                number: None,
                                id,
                                text,
                                line,
                                children: Vec::new(),
                            }));
                        }
                    }
                }
            }
            Event::SoftBreak => runs.push(" "),
            Event::HardBreak => runs.push("\n"),
            Event::Rule => {}
            _ => {}
        }
    }
    doc
}

/// Where each stable id points in a document.
#[derive(Debug, Clone)]
pub struct IdTarget {
    /// The clause or section number.
    pub number: Option<ClauseNumber>,
    /// A section heading rather than a clause.
    pub heading: bool,
    /// Line of the clause.
    pub line: u32,
    /// The appendix the id names (a level-1 heading).
    pub appendix: Option<u32>,
    /// The appendix the clause or section stands in (`None`: the
    /// contract's text).
    pub within: Option<u32>,
}

/// The anchor of clause or section `number` in the editions: `c-4.2` in
/// the contract's text, `a1-c-2.1` in appendix 1.
pub fn clause_anchor(number: &ClauseNumber, within: Option<u32>) -> String {
    match within {
        Some(a) => format!("a{a}-c-{number}"),
        None => format!("c-{number}"),
    }
}

/// Collect the ids of a document; duplicates are diagnostics.
pub fn ids(doc: &Document, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, IdTarget> {
    let mut out = BTreeMap::new();
    let mut within = None;
    for b in &doc.blocks {
        if let Block::Heading(h) = b {
            within = h.appendix.or(within);
        }
        let (id, number, heading, line, appendix) = match b {
            Block::Heading(h) => (&h.id, &h.number, true, h.line, h.appendix),
            Block::Clause(c) => (&c.id, &c.number, false, c.line, None),
            _ => continue,
        };
        if let Some(id) = id {
            if let Some(prev) = out.insert(
                id.clone(),
                IdTarget {
                    number: number.clone(),
                    heading,
                    line,
                    appendix,
                    within: if appendix.is_some() { None } else { within },
                },
            ) {
                diags.push(
                    Diagnostic::at(
                        &doc.file,
                        line,
                        Message::new(Msg::SrcIdTwice).with("id", id),
                    )
                    .help(Message::new(Msg::SrcIdTwiceHelp).with("line", num(prev.line))),
                );
            }
        }
    }
    out
}

/// How a reference reads in a language: a clause (`п. 4.2`, `4.2-тармақ`),
/// a section (`раздел 4`, `4-бөлім`) or an appendix (`Приложение № 1`, `№ 1
/// қосымша`), in the case the body asks for (`case="prep"`: `Приложении
/// № 1`; `case="loc"`: `4.2-тармақта`); `bare` gives the number alone, for
/// a Kazakh case suffix written by hand.
/// A clause of an appendix referred to from outside it is named with its
/// appendix: `п. 2.1 Приложения № 1`, `№ 1 қосымшаның 2.1-тармағы`.
pub fn format_ref(
    target: &IdTarget,
    bare: bool,
    case: Option<&str>,
    from: Option<u32>,
    lang: Lang,
) -> String {
    use crate::lexicon::{kk_grammar, ru_grammar};
    let number = target.number.as_ref().map(|n| n.to_string());
    let elsewhere = target.within.filter(|&a| Some(a) != from && !bare);
    if let (Some(a), Some(n)) = (elsewhere, &number) {
        return match lang {
            Lang::Ru => {
                let case = RuCase::parse(case.unwrap_or("nom")).unwrap_or(RuCase::Nom);
                let of = ru_grammar::appendix(a, RuCase::Gen);
                if target.heading {
                    format!("{} {of}", ru_grammar::section(n, case))
                } else {
                    format!("п.\u{a0}{n} {of}")
                }
            }
            Lang::Kk => {
                let case = KkCase::parse(case.unwrap_or("nom")).unwrap_or(KkCase::Nom);
                let of = kk_grammar::appendix(a, KkCase::Gen);
                let noun = if target.heading {
                    "бөлім"
                } else {
                    "тармақ"
                };
                format!("{of} {n}-{}", kk_grammar::possessed(noun, case))
            }
        };
    }
    if bare {
        return match (target.appendix, number) {
            (Some(a), _) => a.to_string(),
            (None, n) => n.unwrap_or_default(),
        };
    }
    let case = case.unwrap_or("nom");
    match lang {
        Lang::Ru => {
            let case = RuCase::parse(case).unwrap_or(RuCase::Nom);
            match (target.appendix, number) {
                (Some(a), _) => ru_grammar::appendix(a, case),
                (None, Some(n)) if target.heading => ru_grammar::section(&n, case),
                // `п.` does not change with the case.
                (None, n) => format!("п.\u{a0}{}", n.unwrap_or_default()),
            }
        }
        Lang::Kk => {
            let case = KkCase::parse(case).unwrap_or(KkCase::Nom);
            match (target.appendix, number) {
                (Some(a), _) => kk_grammar::appendix(a, case),
                (None, Some(n)) if target.heading => kk_grammar::section(&n, case),
                (None, n) => kk_grammar::clause_ref(&n.unwrap_or_default(), case),
            }
        }
    }
}

/// A reference marker's text: the id, then `|bare` or `|case=NAME`.
fn parse_ref_spec(spec: &str) -> (&str, bool, Option<&str>) {
    let mut parts = spec.split('|');
    let id = parts.next().unwrap_or_default();
    let (mut bare, mut case) = (false, None);
    for p in parts {
        if p == "bare" {
            bare = true;
        } else if let Some(c) = p.strip_prefix("case=") {
            case = Some(c);
        }
    }
    (id, bare, case)
}

fn resolve_text(
    text: &mut RichText,
    targets: &BTreeMap<String, IdTarget>,
    from: Option<u32>,
    lang: Lang,
    file: &str,
    line: u32,
    diags: &mut Vec<Diagnostic>,
) {
    if !text.0.iter().any(|r| r.text.contains(REF_OPEN)) {
        return;
    }
    let mut out = Vec::new();
    for run in std::mem::take(&mut text.0) {
        let mut rest = run.text.as_str();
        while let Some(pos) = rest.find(REF_OPEN) {
            let after = &rest[pos + REF_OPEN.len_utf8()..];
            let Some(end) = after.find(REF_CLOSE) else {
                break;
            };
            if pos > 0 {
                out.push(Inline {
                    text: rest[..pos].to_string(),
                    ..run.clone()
                });
            }
            let (id, bare, case) = parse_ref_spec(&after[..end]);
            match targets.get(id) {
                Some(
                    t @ IdTarget {
                        appendix: Some(a), ..
                    },
                ) => out.push(Inline {
                    text: format_ref(t, bare, case, from, lang),
                    link: Some(format!("#appendix-{a}")),
                    ..run.clone()
                }),
                Some(
                    t @ IdTarget {
                        number: Some(n), ..
                    },
                ) => out.push(Inline {
                    text: format_ref(t, bare, case, from, lang),
                    link: Some(format!("#{}", clause_anchor(n, t.within))),
                    ..run.clone()
                }),
                Some(_) => diags.push(
                    Diagnostic::at(
                        file,
                        line,
                        Message::new(Msg::SrcIdNoNumber).with("mark", format!("{{#{id}}}")),
                    )
                    .help(Msg::SrcIdNoNumberHelp),
                ),
                None => diags.push(Diagnostic::at(
                    file,
                    line,
                    Message::new(Msg::SrcUnknownId).with("id", id),
                )),
            }
            rest = &after[end + REF_CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            out.push(Inline {
                text: rest.to_string(),
                ..run
            });
        }
    }
    text.0 = out;
}

/// Replace reference markers with the clause numbers they point to.
pub fn resolve_refs(
    doc: &mut Document,
    targets: &BTreeMap<String, IdTarget>,
    diags: &mut Vec<Diagnostic>,
) {
    let lang = doc.lang;
    let file = doc.file.clone();
    let mut from = None;
    for b in &mut doc.blocks {
        if let Block::Heading(h) = b {
            from = h.appendix.or(from);
        }
        resolve_block(b, targets, from, lang, &file, diags);
    }
}

fn resolve_block(
    b: &mut Block,
    targets: &BTreeMap<String, IdTarget>,
    from: Option<u32>,
    lang: Lang,
    file: &str,
    diags: &mut Vec<Diagnostic>,
) {
    match b {
        Block::Heading(h) => resolve_text(&mut h.text, targets, from, lang, file, h.line, diags),
        Block::Clause(c) => {
            resolve_text(&mut c.text, targets, from, lang, file, c.line, diags);
            for ch in &mut c.children {
                resolve_block(ch, targets, from, lang, file, diags);
            }
        }
        Block::List(l) => {
            for i in &mut l.items {
                resolve_text(&mut i.text, targets, from, lang, file, i.line, diags);
            }
        }
        Block::Table(t) => {
            let line = t.line;
            for cell in t.header.iter_mut().chain(t.rows.iter_mut().flatten()) {
                resolve_text(cell, targets, from, lang, file, line, diags);
            }
        }
    }
}

/// Is `c` one of the private-use characters that mark lines, ids and
/// references between the template and the Markdown reader?
fn is_marker(c: char) -> bool {
    crate::source::template::is_marker_char(c)
}

/// The id of the first id marker in a text, if any.
fn marked_id(text: &str) -> Option<&str> {
    let after = &text[text.find(ID_OPEN)? + ID_OPEN.len_utf8()..];
    Some(&after[..after.find(ID_CLOSE).unwrap_or(after.len())])
}

/// `place`: where the text stands (`Msg::SrcInHeading`, …).
fn scrub_text(text: &mut RichText, file: &str, line: u32, place: Msg, diags: &mut Vec<Diagnostic>) {
    for run in &mut text.0 {
        scrub_string(&mut run.text, file, line, place, diags);
        if let Some(link) = &mut run.link {
            scrub_string(link, file, line, Msg::SrcInLink, diags);
        }
    }
}

fn scrub_string(s: &mut String, file: &str, line: u32, place: Msg, diags: &mut Vec<Diagnostic>) {
    if !s.chars().any(is_marker) {
        return;
    }
    if let Some(id) = marked_id(s) {
        diags.push(
            Diagnostic::at(
                file,
                line,
                Message::new(Msg::SrcIdMisplaced)
                    .with("mark", format!("{{#{id}}}"))
                    .with("place", place),
            )
            .help(Msg::SrcIdMisplacedHelp),
        );
    } else if s.contains(REF_OPEN) {
        diags.push(
            Diagnostic::at(
                file,
                line,
                Message::new(Msg::SrcRefMisplaced).with("place", place),
            )
            .help(Message::new(Msg::SrcRefMisplacedHelp).with("example", "{{ ref(id=\"…\") }}")),
        );
    }
    s.retain(|c| !is_marker(c));
}

fn scrub_block(b: &mut Block, file: &str, diags: &mut Vec<Diagnostic>) {
    match b {
        Block::Heading(h) => scrub_text(&mut h.text, file, h.line, Msg::SrcInHeading, diags),
        Block::Clause(c) => {
            scrub_text(&mut c.text, file, c.line, Msg::SrcInClause, diags);
            for ch in &mut c.children {
                scrub_block(ch, file, diags);
            }
        }
        Block::List(l) => {
            for i in &mut l.items {
                scrub_text(&mut i.text, file, i.line, Msg::SrcInListItem, diags);
            }
        }
        Block::Table(t) => {
            let line = t.line;
            for cell in t.header.iter_mut().chain(t.rows.iter_mut().flatten()) {
                scrub_text(cell, file, line, Msg::SrcInTableCell, diags);
            }
        }
    }
}

/// The last step of reading a body: no marker character may reach the
/// output. An id or reference marker left where ids and references do not
/// work (a list item, a table cell, a link address) is a diagnostic; every
/// marker character left anywhere is removed.
pub fn scrub(doc: &mut Document, diags: &mut Vec<Diagnostic>) {
    let file = doc.file.clone();
    for b in &mut doc.blocks {
        scrub_block(b, &file, diags);
    }
    if let Some(t) = &mut doc.title {
        t.retain(|c| !is_marker(c));
    }
    for p in &mut doc.parties {
        p.role.retain(|c| !is_marker(c));
        p.name.retain(|c| !is_marker(c));
        for (k, v) in &mut p.requisites {
            k.retain(|c| !is_marker(c));
            v.retain(|c| !is_marker(c));
        }
        if let Some(s) = &mut p.signatory {
            s.retain(|c| !is_marker(c));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> RenderedBody {
        RenderedBody::new(
            text.to_string(),
            (1..=text.split('\n').count() as u32).collect(),
        )
    }

    #[test]
    fn leading_numbers() {
        let n = |s: &str, h| leading_number(s, h).map(|(n, l)| (n.to_string(), l));
        assert_eq!(n("4.2.1. Текст", false), Some(("4.2.1".into(), 7)));
        assert_eq!(n("4. Права", true), Some(("4".into(), 3)));
        assert_eq!(n("4 Права", true), Some(("4".into(), 2)));
        assert_eq!(n("4 Права", false), None);
        assert_eq!(n("1.1 Текст", false), Some(("1.1".into(), 4)));
        assert_eq!(n("10 (он) жұмыс күні", false), None);
        assert_eq!(n("3) үш", false), Some(("3".into(), 3)));
        assert_eq!(n("990.000 тенге", false), None);
    }

    #[test]
    fn reads_sections_clauses_lists_tables_with_lines() {
        let text = "Преамбула.\n\n## 1. Общие положения\n\n1.1. Первый **важный** пункт\nпродолжается.\n\n- один\n- два\n\n1.2. Таблица:\n\n| Тариф | Цена |\n|---|---|\n| A | 1 |\n";
        let doc = read(&body(text), Lang::Ru, "ru.md");
        assert_eq!(doc.blocks.len(), 4, "{:#?}", doc.blocks);
        match &doc.blocks[1] {
            Block::Heading(h) => {
                assert_eq!(h.number.as_ref().unwrap().to_string(), "1");
                assert_eq!(h.text.to_plain(), "Общие положения");
                assert_eq!(h.id.as_deref(), None); // plain {#…} is not a marker here
                assert_eq!(h.line, 3);
            }
            b => panic!("{b:?}"),
        }
        match &doc.blocks[2] {
            Block::Clause(c) => {
                assert_eq!(c.number.as_ref().unwrap().to_string(), "1.1");
                assert!(c
                    .text
                    .to_plain()
                    .starts_with("Первый важный пункт продолжается."));
                assert!(c.text.0.iter().any(|r| r.bold && r.text == "важный"));
                assert_eq!(c.line, 5);
                match &c.children[0] {
                    Block::List(l) => {
                        assert_eq!(l.items.len(), 2);
                        assert_eq!(l.items[1].line, 9);
                    }
                    b => panic!("{b:?}"),
                }
            }
            b => panic!("{b:?}"),
        }
        match &doc.blocks[3] {
            Block::Clause(c) => match &c.children[0] {
                Block::Table(t) => {
                    assert_eq!(t.header.len(), 2);
                    assert_eq!(t.rows.len(), 1);
                    assert_eq!(t.line, 13);
                }
                b => panic!("{b:?}"),
            },
            b => panic!("{b:?}"),
        }
    }

    #[test]
    fn ids_and_refs_resolve() {
        let text = format!(
            "## 4. Возврат {ID_OPEN}ret{ID_CLOSE}\n\n4.2. Срок. {ID_OPEN}refund{ID_CLOSE}\n\n4.3. См. {REF_OPEN}refund{REF_CLOSE} и {REF_OPEN}ret|bare{REF_CLOSE}.\n"
        );
        let mut doc = read(&body(&text), Lang::Ru, "ru.md");
        let mut d = Vec::new();
        let t = ids(&doc, &mut d);
        assert_eq!(t.len(), 2);
        resolve_refs(&mut doc, &t, &mut d);
        assert!(d.is_empty(), "{d:?}");
        let plain = doc.blocks[2].plain_text();
        assert_eq!(plain, "См. п.\u{a0}4.2 и 4.");
        let mut kk = read(&body(&text), Lang::Kk, "kk.md");
        resolve_refs(&mut kk, &t, &mut d);
        assert_eq!(kk.blocks[2].plain_text(), "См. 4.2-тармақ и 4.");
    }
}
