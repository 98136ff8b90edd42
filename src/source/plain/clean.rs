//! First pass: clean every physical line (HTML tags and entities, Markdown
//! markup, template expressions) and cut it into pieces: at block-level
//! tags, at a tab between two languages, and before a clause number inside a
//! line (`…; 1.12. …`). A piece cut before an inline number is only a
//! candidate: the structure pass decides whether the number opens a clause.

use super::{Kind, Piece};
use crate::lang::{self, Lang};
use crate::model::ClauseNumber;
use regex::Regex;
use std::sync::OnceLock;

pub(super) fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
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
            | "dl"
            | "dt"
            | "dd"
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
pub(super) fn split_tags(line: &str) -> Vec<(String, Kind, bool)> {
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
        r"[;.:!?»)]\s+(?:(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)\s+[\p{L}«(\d]|(\d{1,3}(?:\.\d{1,3})+\.)\s*$)",
    );
    let mut out = Vec::new();
    for c in inline.captures_iter(text) {
        let Some(num) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        // A reference word before it (`п. 4.2`, `ст. 15.1`) is weighed by
        // the structure pass, with the numbering around it.
        if ClauseNumber::parse(num.as_str()).is_some() {
            out.push(num.start());
        }
    }
    out
}

/// First pass: cleaned pieces of every line.
pub(super) fn pieces(text: &str, placeholders: bool) -> Vec<Piece> {
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
                    // A table cell is too short to tell: a part counts as a
                    // language only with a few words and clear evidence.
                    let words = p
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|w| w.chars().count() >= 2 && w.chars().any(lang::is_cyrillic))
                        .count();
                    lang::confident(p).filter(|_| words >= 4)
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
                && super::structure::candidate(p.trim()).is_none()
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
                        inline: k > 0,
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
