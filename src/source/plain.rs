//! Reading documents nobody structured: plain text, Markdown, HTML, text
//! pulled out of PDFs, with one or both languages in one file.
//!
//! The reader works in three passes:
//! 1. every physical line is cleaned (HTML tags and entities, Markdown
//!    markup) and cut into pieces: at block-level tags, at a tab between two
//!    languages, and before a clause number inside a line (`…; 1.12. …`);
//! 2. each piece gets a language from its letters; pieces too short to tell
//!    take the language of their paragraph (a run of non-blank lines), and
//!    failing that of the piece before;
//! 3. per language, pieces are joined into clauses: a piece starting with a
//!    clause number opens a clause, a wrapped line continues the open clause
//!    of its language, even across the other language's block (page breaks
//!    of two-column PDFs).
//!
//! Invariants: never panics on any input; every block's `line` is the 1-based
//! line of the input where it starts.

use crate::lang::{self, Lang};
use crate::model::{
    Bilingual, Block, Clause, ClauseNumber, Document, Heading, List, ListItem, RichText,
};
use regex::Regex;
use std::sync::OnceLock;

/// What a piece of a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Running text.
    Text,
    /// A Markdown heading of this level (`#` count) or an HTML `<hN>`.
    Heading(u8),
    /// A bullet (`- `, `· `, `<li>`, `1)`).
    Bullet,
    /// A table cell or row (tab-separated, or one short cell per line).
    Cell,
}

/// A cleaned piece of a physical line.
#[derive(Debug, Clone)]
struct Piece {
    line: u32,
    text: String,
    kind: Kind,
    /// Paragraph: pieces of consecutive non-blank lines share it.
    para: usize,
    lang: Option<Lang>,
    /// The language of the tab-separated part the piece came from, when a
    /// line holds both languages.
    hint: Option<Lang>,
    /// Set when the piece starts a new HTML paragraph (`<p>`), so it cannot
    /// continue the clause before it unless it starts in lower case.
    hard_break: bool,
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("static regex"))
}

/// HTML tags that end a paragraph.
fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "tbody"
            | "thead"
            | "section"
            | "article"
            | "blockquote"
            | "hr"
            | "td"
            | "th"
            | "body"
            | "html"
            | "head"
            | "title"
    )
}

/// Decode the HTML entities lawyers' web pages are full of.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after
            .char_indices()
            .take(10)
            .find(|(_, c)| *c == ';')
            .map(|(j, _)| j);
        let decoded = end.and_then(|j| {
            let name = &after[..j];
            let ch: Option<String> = match name {
                "nbsp" | "ensp" | "emsp" | "thinsp" | "#160" => Some(" ".into()),
                "laquo" => Some("«".into()),
                "raquo" => Some("»".into()),
                "quot" => Some("\"".into()),
                "amp" => Some("&".into()),
                "lt" => Some("<".into()),
                "gt" => Some(">".into()),
                "apos" => Some("'".into()),
                "mdash" => Some("—".into()),
                "ndash" => Some("–".into()),
                "hellip" => Some("…".into()),
                "shy" => Some(String::new()),
                "ldquo" | "bdquo" => Some("“".into()),
                "rdquo" => Some("”".into()),
                "lsquo" => Some("‘".into()),
                "rsquo" => Some("’".into()),
                "laquo;" => Some("«".into()),
                "numero" => Some("№".into()),
                "sect" => Some("§".into()),
                "deg" => Some("°".into()),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = if let Some(h) = num.strip_prefix(['x', 'X']) {
                        u32::from_str_radix(h, 16).ok()?
                    } else {
                        num.parse::<u32>().ok()?
                    };
                    let c = char::from_u32(code)?;
                    Some(if c == '\u{a0}' {
                        " ".into()
                    } else {
                        c.to_string()
                    })
                }
            };
            ch.map(|c| (c, j))
        });
        match decoded {
            Some((c, j)) => {
                out.push_str(&c);
                rest = &after[j + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Cut a line at block-level HTML tags, drop inline tags. Returns the
/// pieces with the kind the tag before them implies.
fn split_tags(line: &str) -> Vec<(String, Kind, bool)> {
    if !line.contains('<') {
        return vec![(line.to_string(), Kind::Text, false)];
    }
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = re(&TAG, r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>");
    let mut out: Vec<(String, Kind, bool)> = Vec::new();
    let mut cur = String::new();
    let mut kind = Kind::Text;
    let mut hard = false;
    let mut last = 0;
    for m in tag.captures_iter(line) {
        let Some(whole) = m.get(0) else { continue };
        cur.push_str(&line[last..whole.start()]);
        last = whole.end();
        let name = m.get(1).map_or("", |n| n.as_str()).to_ascii_lowercase();
        if is_block_tag(&name) {
            if !cur.trim().is_empty() {
                out.push((std::mem::take(&mut cur), kind, hard));
            }
            cur.clear();
            let closing = whole.as_str().starts_with("</");
            kind = match name.as_str() {
                "li" if !closing => Kind::Bullet,
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if !closing => {
                    Kind::Heading(name.as_bytes()[1].saturating_sub(b'0'))
                }
                "td" | "th" if !closing => Kind::Cell,
                _ => Kind::Text,
            };
            hard = !closing;
        }
    }
    cur.push_str(&line[last..]);
    if !cur.trim().is_empty() {
        out.push((cur, kind, hard));
    }
    out
}

/// Drop Markdown markup from a piece; returns the text and the kind the
/// markup implies (`#` heading, `- ` bullet).
fn strip_markdown(text: &str, kind: Kind) -> (String, Kind) {
    let mut t = text.trim();
    let mut kind = kind;
    if t.starts_with('#') {
        let level = t.chars().take_while(|c| *c == '#').count();
        let rest = &t[level..];
        if level <= 6 && (rest.is_empty() || rest.starts_with(' ')) {
            kind = Kind::Heading(level as u8);
            t = rest.trim_start();
        }
    }
    while let Some(r) = t.strip_prefix("> ") {
        t = r.trim_start();
    }
    for b in [
        "- ", "* ", "+ ", "· ", "• ", "– ", "— ", "●", "▪", "◦", "·", "•",
    ] {
        if let Some(r) = t.strip_prefix(b) {
            if !r.starts_with(['*', '-']) || b.len() > 2 {
                kind = Kind::Bullet;
                t = r.trim_start();
                break;
            }
        }
    }
    let mut s = String::with_capacity(t.len());
    for c in t.chars() {
        if c == '*' || c == '`' {
            continue;
        }
        s.push(c);
    }
    let s = s.replace("__", "");
    (collapse_spaces(&s), kind)
}

/// Collapse runs of white space to one space and trim.
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' || c == '\u{feff}' {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Byte offsets inside `text` where a clause number starts mid-line
/// (`…; 1.12. Обработка …`).
fn inline_clause_starts(text: &str) -> Vec<usize> {
    static INLINE: OnceLock<Regex> = OnceLock::new();
    let inline = re(
        &INLINE,
        r"[;.:!?»)]\s+(\d{1,3}(?:\.\d{1,3})+\.?)\s+[\p{L}«(]",
    );
    let mut out = Vec::new();
    for c in inline.captures_iter(text) {
        let (Some(whole), Some(num)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // The word before the punctuation must not be an abbreviation
        // introducing a reference (`п. 4.2`, `ст. 15.1`, `т.е.`).
        let before = &text[..whole.start() + 1];
        let word: String = before
            .trim_end_matches(['.', ';', ':', '!', '?', '»', ')'])
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let lw = word.to_lowercase();
        if matches!(
            lw.as_str(),
            "п" | "пп"
                | "ст"
                | "ч"
                | "стр"
                | "см"
                | "т.е"
                | "е"
                | "т"
                | "гл"
                | "разд"
                | "подп"
                | "пункт"
                | "пункта"
                | "пунктом"
                | "пункте"
        ) {
            continue;
        }
        if ClauseNumber::parse(num.as_str()).is_some() {
            out.push(num.start());
        }
    }
    out
}

/// A clause number at the start of `text`, with the text after it. Lines
/// that start with a figure (`3 (үш) күнтізбелік күн`, `990 000 тенге`,
/// `1.5 месяца`) are not clauses.
pub fn leading_number(text: &str) -> Option<(ClauseNumber, &str)> {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    let lead = re(&LEAD, r"^(\d{1,3}(?:\.\d{1,3})*)(\.)?(\s*)");
    let c = lead.captures(text)?;
    let num = c.get(1)?.as_str();
    let dot = c.get(2).is_some();
    let space = c.get(3).map_or(0, |m| m.len());
    let rest = &text[c.get(0)?.end()..];
    let multi = num.contains('.');
    let first = rest.chars().next()?;
    if !(first.is_alphabetic() || matches!(first, '«' | '"' | '“' | '(' | '-' | '–' | '—')) {
        return None;
    }
    if first == '(' && !dot {
        return None;
    }
    if !multi && !dot {
        return None;
    }
    if space == 0 && !(dot && first.is_alphabetic() && first.is_uppercase()) {
        return None;
    }
    let n = ClauseNumber::parse(num)?;
    if n.0.iter().any(|p| *p > 999) {
        return None;
    }
    if !dot && n.depth() == 2 && starts_with_unit(rest) {
        return None;
    }
    Some((n, rest.trim_start_matches(['-', '–', '—', ' '])))
}

fn starts_with_unit(rest: &str) -> bool {
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    [
        "месяц",
        "мес",
        "ай",
        "год",
        "лет",
        "жыл",
        "дн",
        "күн",
        "час",
        "сағ",
        "тенге",
        "теңге",
        "тг",
        "процент",
        "пайыз",
        "млн",
        "тыс",
        "млрд",
        "раз",
        "рет",
    ]
    .iter()
    .any(|u| w.starts_with(u))
}

/// First pass: cleaned pieces of every line.
fn pieces(text: &str, placeholders: bool) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut para = 0usize;
    let mut blank = true;
    let mut in_skip = false;
    for (i, raw) in text.lines().enumerate() {
        let line = (i + 1).min(u32::MAX as usize) as u32;
        let lower = raw.to_ascii_lowercase();
        if lower.contains("<script") || lower.contains("<style") {
            in_skip = true;
        }
        if in_skip {
            if lower.contains("</script>") || lower.contains("</style>") {
                in_skip = false;
            }
            continue;
        }
        if raw.trim().is_empty() {
            if !blank {
                para += 1;
            }
            blank = true;
            continue;
        }
        blank = false;
        let raw = if placeholders {
            strip_placeholders(raw)
        } else {
            raw.to_string()
        };
        let raw = if raw.contains("<!--") {
            strip_comments(&raw)
        } else {
            raw
        };
        if raw.trim().is_empty() {
            continue;
        }
        let starts_with_tab = raw.starts_with('\t');
        // Split at tabs: two languages side by side, or table cells.
        let parts: Vec<&str> = raw.split('\t').filter(|p| !p.trim().is_empty()).collect();
        let mut groups: Vec<(String, Kind, Option<Lang>)> = Vec::new();
        if parts.len() > 1 {
            let langs: Vec<Option<Lang>> = parts
                .iter()
                .map(|p| {
                    let s = lang::scores(p);
                    if s.margin() >= 4 && s.cyrillic >= 20 {
                        s.lang()
                    } else {
                        None
                    }
                })
                .collect();
            let distinct = langs
                .iter()
                .flatten()
                .collect::<std::collections::BTreeSet<_>>();
            if distinct.len() > 1 {
                // Two languages on one line: keep each part apart.
                for (p, l) in parts.iter().zip(&langs) {
                    groups.push((p.to_string(), Kind::Text, *l));
                }
            } else {
                groups.push((parts.join(" | "), Kind::Cell, None));
            }
        } else if let Some(p) = parts.first() {
            let short = p.trim().chars().count() <= 48;
            let kind = if starts_with_tab
                && short
                && !p.trim_end().ends_with(['.', ';'])
                && leading_number(p.trim()).is_none()
            {
                Kind::Cell
            } else {
                Kind::Text
            };
            groups.push((p.to_string(), kind, None));
        }
        for (g, gkind, hint) in groups {
            for (piece, kind, hard) in split_tags(&g) {
                let decoded = decode_entities(&piece);
                let kind = if gkind == Kind::Cell {
                    Kind::Cell
                } else {
                    kind
                };
                let (clean, kind) = strip_markdown(&decoded, kind);
                if clean.is_empty() || clean == "|" {
                    continue;
                }
                let mut cuts = inline_clause_starts(&clean);
                cuts.insert(0, 0);
                cuts.push(clean.len());
                for (k, w) in cuts.windows(2).enumerate() {
                    let Some(t) = clean.get(w[0]..w[1]) else {
                        continue;
                    };
                    let t = t.trim();
                    if t.is_empty() {
                        continue;
                    }
                    out.push(Piece {
                        line,
                        text: t.to_string(),
                        kind: if k == 0 { kind } else { Kind::Text },
                        para,
                        lang: None,
                        hint,
                        hard_break: hard || k > 0,
                    });
                }
            }
        }
    }
    // One short tab-indented line is an indented paragraph, not a table:
    // a table has at least three cells in its paragraph.
    let mut cells: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for p in &out {
        if p.kind == Kind::Cell {
            *cells.entry(p.para).or_default() += 1;
        }
    }
    for p in &mut out {
        if p.kind == Kind::Cell
            && cells.get(&p.para).copied().unwrap_or(0) < 3
            && !p.text.contains(" | ")
        {
            p.kind = Kind::Text;
        }
    }
    out
}

/// Drop HTML comments (`<!-- … -->`) on one line.
fn strip_comments(line: &str) -> String {
    static COMMENT: OnceLock<Regex> = OnceLock::new();
    let c = re(&COMMENT, r"<!--.*?(-->|$)");
    c.replace_all(line, "").into_owned()
}

/// `{{ price.words }}` → `price.words`: template expressions read as the
/// name they stand for.
fn strip_placeholders(line: &str) -> String {
    static PH: OnceLock<Regex> = OnceLock::new();
    let ph = re(&PH, r"\{\{-?\s*([^{}]*?)\s*-?\}\}|\{%[^%]*%\}");
    ph.replace_all(line, "$1").into_owned()
}

/// Second pass: a language for every piece.
fn assign_languages(pieces: &mut [Piece]) {
    // Evidence per piece and per paragraph.
    let scores: Vec<lang::Scores> = pieces.iter().map(|p| lang::scores(&p.text)).collect();
    let mut para_scores: std::collections::HashMap<usize, lang::Scores> =
        std::collections::HashMap::new();
    for (p, s) in pieces.iter().zip(&scores) {
        let e = para_scores.entry(p.para).or_default();
        e.kk += s.kk;
        e.ru += s.ru;
        e.cyrillic += s.cyrillic;
    }
    for (p, s) in pieces.iter_mut().zip(&scores) {
        let confident = s.margin() >= 3
            || (s.margin() >= 2 && s.cyrillic >= 10)
            || (s.margin() >= 1 && s.cyrillic >= 25);
        p.lang = if confident && p.kind != Kind::Cell {
            s.lang()
        } else {
            None
        };
        if p.lang.is_none() {
            p.lang = p.hint;
        }
        if p.lang.is_none() {
            if let Some(ps) = para_scores.get(&p.para) {
                if ps.margin() >= 3 {
                    p.lang = ps.lang();
                }
            }
        }
    }
    // Still unknown: the language of the piece before (or after).
    let mut last: Option<Lang> = None;
    for p in pieces.iter_mut() {
        match p.lang {
            Some(l) => last = Some(l),
            None => p.lang = last,
        }
    }
    let mut next: Option<Lang> = None;
    for p in pieces.iter_mut().rev() {
        match p.lang {
            Some(l) => next = Some(l),
            None => p.lang = next,
        }
    }
}

/// A clause or heading being assembled.
#[derive(Debug)]
struct Unit {
    number: Option<ClauseNumber>,
    text: String,
    line: u32,
    heading: Option<u8>,
    items: Vec<ListItem>,
    cell: bool,
}

impl Unit {
    fn ends_sentence(&self) -> bool {
        let t = self.text.trim_end();
        t.ends_with(['.', ';', '!', '?', ':']) || t.is_empty()
    }
}

fn starts_lowercase(t: &str) -> bool {
    t.chars()
        .find(|c| c.is_alphanumeric() || *c == '(')
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '(')
}

/// Third pass: the units of one language.
fn assemble(pieces: &[Piece], lang: Lang) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut open = false; // whether the last unit takes continuations
    let mut caps_title: Option<usize> = None;
    let mut last_open: Option<usize> = None;
    let mut last_para = usize::MAX;
    for p in pieces.iter().filter(|p| p.lang == Some(lang)) {
        let new_para = p.para != last_para;
        last_para = p.para;
        match p.kind {
            Kind::Heading(level) => {
                let (number, text) = match leading_number(&p.text) {
                    Some((n, rest)) => (Some(n), rest.to_string()),
                    None => (None, p.text.clone()),
                };
                units.push(Unit {
                    number,
                    text,
                    line: p.line,
                    heading: Some(level.max(1)),
                    items: Vec::new(),
                    cell: false,
                });
                open = false;
                continue;
            }
            Kind::Bullet => {
                if let Some((n, rest)) = leading_number(&p.text) {
                    units.push(Unit {
                        number: Some(n),
                        text: rest.to_string(),
                        line: p.line,
                        heading: None,
                        items: Vec::new(),
                        cell: false,
                    });
                    open = true;
                    continue;
                }
                let item = ListItem {
                    text: RichText::plain(p.text.clone()),
                    line: p.line,
                };
                match units.last_mut() {
                    Some(u) if !u.cell => u.items.push(item),
                    _ => units.push(Unit {
                        number: None,
                        text: String::new(),
                        line: p.line,
                        heading: None,
                        items: vec![item],
                        cell: false,
                    }),
                }
                open = false;
                continue;
            }
            Kind::Cell => {
                match units.last_mut() {
                    Some(u) if u.cell && !new_para => {
                        u.text.push_str(" | ");
                        u.text.push_str(&p.text);
                    }
                    _ => units.push(Unit {
                        number: None,
                        text: p.text.clone(),
                        line: p.line,
                        heading: None,
                        items: Vec::new(),
                        cell: true,
                    }),
                }
                open = false;
                continue;
            }
            Kind::Text => {}
        }
        if let Some((n, rest)) = leading_number(&p.text) {
            let caps = is_caps(rest);
            units.push(Unit {
                number: Some(n),
                text: rest.to_string(),
                line: p.line,
                heading: None,
                items: Vec::new(),
                cell: false,
            });
            if caps {
                // A title in capitals takes only more capitals or a
                // parenthesis; running text after it continues the clause
                // before it (two-column layouts move titles around).
                caps_title = Some(units.len() - 1);
            } else {
                caps_title = None;
                last_open = Some(units.len() - 1);
            }
            open = true;
            continue;
        }
        // Which unit a continuation would go to.
        let target = match caps_title {
            Some(t) if is_caps(&p.text) || p.text.starts_with('(') => Some(t),
            Some(_) => last_open,
            None => units.len().checked_sub(1),
        };
        let continues = match target.and_then(|t| units.get(t)) {
            Some(u) if open && u.items.is_empty() => {
                if p.hard_break {
                    starts_lowercase(&p.text)
                } else {
                    !u.ends_sentence() || starts_lowercase(&p.text)
                }
            }
            _ => false,
        };
        if continues {
            if let Some(u) = target.and_then(|t| units.get_mut(t)) {
                if !u.text.is_empty() {
                    u.text.push(' ');
                }
                u.text.push_str(&p.text);
            }
        } else {
            units.push(Unit {
                number: None,
                text: p.text.clone(),
                line: p.line,
                heading: None,
                items: Vec::new(),
                cell: false,
            });
            caps_title = None;
            last_open = Some(units.len() - 1);
            open = true;
        }
    }
    units
}

/// Capitals only (at least four letters).
fn is_caps(t: &str) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

/// True when a numbered unit reads as a section heading: a top-level number
/// and a short title without a full stop, or capitals only.
fn looks_like_heading(u: &Unit) -> bool {
    let Some(n) = &u.number else { return false };
    let t = u.text.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
    caps || (n.depth() == 1 && t.chars().count() <= 90 && !t.ends_with(['.', ';', ':']))
}

fn to_document(units: Vec<Unit>, lang: Lang, file: &str) -> Document {
    let mut doc = Document::new(lang, file);
    for u in units {
        if u.text.trim().is_empty() && u.items.is_empty() && u.number.is_none() {
            continue;
        }
        if let Some(level) = u.heading {
            doc.blocks.push(Block::Heading(Heading {
                number: u.number,
                id: None,
                level,
                text: RichText::plain(u.text),
                line: u.line,
            }));
            continue;
        }
        if looks_like_heading(&u) && u.items.is_empty() {
            doc.blocks.push(Block::Heading(Heading {
                number: u.number,
                id: None,
                level: 2,
                text: RichText::plain(u.text),
                line: u.line,
            }));
            continue;
        }
        if u.text.trim().is_empty() && u.number.is_none() {
            let line = u.items.first().map_or(u.line, |i| i.line);
            doc.blocks.push(Block::List(List {
                ordered: false,
                items: u.items,
                line,
            }));
            continue;
        }
        let children = if u.items.is_empty() {
            Vec::new()
        } else {
            let line = u.items.first().map_or(u.line, |i| i.line);
            vec![Block::List(List {
                ordered: false,
                items: u.items,
                line,
            })]
        };
        doc.blocks.push(Block::Clause(Clause {
            number: u.number,
            id: None,
            text: RichText::plain(u.text),
            line: u.line,
            children,
        }));
    }
    if let Some(Block::Heading(h)) = doc.blocks.first() {
        doc.title = Some(h.text.to_plain());
    }
    doc
}

/// Read one file that holds both languages (interleaved blocks, a tab
/// between the languages, or the columns of a two-column PDF). `file` is
/// the name to record in the documents. Never fails: a file with one
/// language yields an empty document for the other.
pub fn read_bilingual(text: &str, file: &str) -> Bilingual {
    let mut ps = pieces(text, false);
    assign_languages(&mut ps);
    Bilingual {
        kk: to_document(assemble(&ps, Lang::Kk), Lang::Kk, file),
        ru: to_document(assemble(&ps, Lang::Ru), Lang::Ru, file),
    }
}

/// Read one file in one language (plain text, Markdown or HTML).
/// `placeholders` reads template expressions `{{ name }}` as their name.
pub fn read_single(text: &str, file: &str, lang: Lang, placeholders: bool) -> Document {
    let mut ps = pieces(text, placeholders);
    for p in &mut ps {
        p.lang = Some(lang);
    }
    to_document(assemble(&ps, lang), lang, file)
}

/// The language most of a text is written in.
pub fn dominant_language(text: &str) -> Option<Lang> {
    let s = lang::scores(text);
    s.lang()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(doc: &Document) -> Vec<String> {
        doc.numbered().map(|(n, _)| n.to_string()).collect()
    }

    #[test]
    fn entities_and_tags() {
        assert_eq!(
            decode_entities("a&nbsp;b &laquo;c&raquo; &#171;&#x41;"),
            "a b «c» «A"
        );
        assert_eq!(decode_entities("R&D &unknown;"), "R&D &unknown;");
        let parts = split_tags("<p>1. Один</p> <p><strong>1.1.</strong> Два</p>");
        let texts: Vec<_> = parts.iter().map(|p| p.0.trim().to_string()).collect();
        assert_eq!(texts, vec!["1. Один", "1.1. Два"]);
    }

    #[test]
    fn leading_numbers_and_figures() {
        assert_eq!(
            leading_number("4.2.1. Исполнитель").unwrap().0.to_string(),
            "4.2.1"
        );
        assert_eq!(
            leading_number("1.1.1 В случае").unwrap().0.to_string(),
            "1.1.1"
        );
        assert_eq!(
            leading_number("12.Порядок изменения")
                .unwrap()
                .0
                .to_string(),
            "12"
        );
        assert!(leading_number("3 (үш) күнтізбелік күн").is_none());
        assert!(leading_number("990 000 тенге").is_none());
        assert!(leading_number("1.5 месяца").is_none());
        assert!(leading_number("2026").is_none());
        assert!(leading_number("20.12.2018 года").is_none());
    }

    #[test]
    fn inline_numbers_split() {
        let d = read_single(
            "1.1. Первое определение; 1.2. Второе определение; см. п. 1.1. Ничего.",
            "x",
            Lang::Ru,
            false,
        );
        assert_eq!(numbers(&d), vec!["1.1", "1.2"]);
    }

    #[test]
    fn wrapped_lines_join() {
        let text = "1. Общие положения\n\n1.1. Исполнитель оказывает услуги в течение\n3 (трех) рабочих дней с даты оплаты.\n1.2. Заказчик платит.\n";
        let d = read_single(text, "x", Lang::Ru, false);
        assert_eq!(numbers(&d), vec!["1", "1.1", "1.2"]);
        assert!(d.blocks[1].plain_text().contains("3 (трех) рабочих"));
        assert_eq!(d.blocks[2].line(), 5);
    }

    #[test]
    fn interleaved_blocks() {
        let text = "1.1. Исполнитель обязуется оказать услуги в течение 10 (десяти) дней.\n1.2. Заказчик обязуется оплатить услуги.\n\n1.1. Орындаушы қызметтерді 10 (он) күн ішінде көрсетуге міндеттенеді.\n1.2. Тапсырыс беруші қызметтерге ақы төлеуге міндеттенеді.\n";
        let b = read_bilingual(text, "x.txt");
        assert_eq!(numbers(&b.ru), vec!["1.1", "1.2"]);
        assert_eq!(numbers(&b.kk), vec!["1.1", "1.2"]);
        assert_eq!(b.kk.blocks[0].line(), 4);
    }

    #[test]
    fn tab_between_languages() {
        let text = "<p>1.1. Исполнитель обязуется оказать услуги.</p>\t<p>1.1. Орындаушы қызметтерді көрсетуге міндеттенеді.</p>\n";
        let b = read_bilingual(text, "x.txt");
        assert_eq!(numbers(&b.ru), vec!["1.1"]);
        assert_eq!(numbers(&b.kk), vec!["1.1"]);
    }

    #[test]
    fn columns_continue_across_pages() {
        let text = "1.1. Орындаушы қызметтерді көрсетуге\nміндеттенеді және\n\n1.1. Исполнитель обязуется оказать\nуслуги и\n\nтөлемді қабылдайды.\n1.2. Тапсырыс беруші төлейді.\n\nпринять оплату.\n1.2. Заказчик платит за услуги.\n";
        let b = read_bilingual(text, "x.txt");
        assert_eq!(numbers(&b.kk), vec!["1.1", "1.2"]);
        assert_eq!(numbers(&b.ru), vec!["1.1", "1.2"]);
        assert!(b.kk.blocks[0].plain_text().ends_with("қабылдайды."));
        assert!(b.ru.blocks[0].plain_text().ends_with("принять оплату."));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "\t\t",
            "<p",
            "&#xffffffff;",
            "1.",
            "1. ",
            "<p>\t</p>",
            "**",
            "# ",
            "\u{feff}1.1.",
        ] {
            let _ = read_bilingual(t, "x");
            let _ = read_single(t, "x", Lang::Kk, true);
        }
    }
}
