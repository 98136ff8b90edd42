//! Body templates: `kk.md` / `ru.md` are Markdown with tera expressions.
//!
//! `{{ refund_period }}` renders the figure in the body's language,
//! `{{ refund_period | case(name="gen") }}` picks the Russian case,
//! `{{ ref(id="refund") }}` the current number of the clause marked
//! `{#refund}` (resolved after the Markdown is read, see
//! [`crate::source::markdown`]), `{{ provider.name }}` a party's field.
//!
//! Invariant: every output line carries the 1-based source line it came
//! from, so that diagnostics and findings point into `kk.md` / `ru.md`, not
//! into the rendered text. Lines are tracked with private-use markers that
//! pass through tera unchanged and are removed before Markdown parsing.
//!
//! A body is untrusted text: before it renders, every `{{ }}` and every
//! `{% %}` tag is checked on tera's syntax tree — only the function `ref`,
//! the filter `case` and the names of `contract.toml`; no `include`,
//! `import`, `extends`, `macro` or `block` — and tera's own functions
//! (`get_env`, …) are replaced by ones that refuse to run. `{% raw %}`
//! blocks are left alone. Expressions are limited in length and nesting so
//! that no input can exhaust the stack.

use super::contract::{ContractMeta, DateLit, FigureDef, GenderDef, PartyDef, RESERVED};
use crate::diag::{Diagnostic, Error, Result};
use crate::figures::spell;
use crate::figures::{RuCase, KK_MONTHS};
use crate::lang::Lang;
use crate::lexicon::kk_grammar::{self, Case as KkCase};
use crate::messages::{Message, Msg};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Marks the source line of an output line: `\u{E000}12\u{E001}`.
const LINE_OPEN: char = '\u{E000}';
const LINE_CLOSE: char = '\u{E001}';
/// Marks a stable clause id `{#refund}`: `\u{E002}refund\u{E003}`.
pub(crate) const ID_OPEN: char = '\u{E002}';
pub(crate) const ID_CLOSE: char = '\u{E003}';
/// Marks a clause reference: `\u{E004}refund\u{E005}` (`|bare` for the
/// number alone).
pub(crate) const REF_OPEN: char = '\u{E004}';
pub(crate) const REF_CLOSE: char = '\u{E005}';

/// A rendered body: Markdown text free of template syntax, with the source
/// line of each output line.
#[derive(Debug, Clone)]
pub struct RenderedBody {
    /// Markdown text (may contain id and reference markers).
    pub text: String,
    /// `lines[i]` is the 1-based source line of output line `i`.
    pub lines: Vec<u32>,
    /// Byte offsets where the output lines of `text` start.
    starts: Vec<usize>,
}

impl RenderedBody {
    /// A body from its text and the source line of each of its lines.
    pub fn new(text: String, lines: Vec<u32>) -> RenderedBody {
        let starts = line_starts(&text);
        RenderedBody {
            text,
            lines,
            starts,
        }
    }

    /// The source line of a byte offset in `text` (a binary search over
    /// the precomputed line starts).
    pub fn source_line(&self, offset: usize) -> u32 {
        let out_line = self
            .starts
            .partition_point(|s| *s <= offset.min(self.text.len()))
            .saturating_sub(1);
        self.lines
            .get(out_line)
            .or(self.lines.last())
            .copied()
            .unwrap_or(1)
    }
}

/// Byte offsets where the lines of a text start (the first is 0).
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect()
}

/// Lines and columns of byte offsets in a source, in logarithmic time.
struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(src: &'a str) -> Self {
        LineIndex {
            src,
            starts: line_starts(src),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self.src.get(start..offset).map_or(0, |l| l.chars().count());
        (line as u32, col as u32 + 1)
    }
}

/// Russian month names in the genitive (Kazakh ones come from the figures
/// engine, which reads them back).
pub const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A date as contracts write it: `«1» декабря 2026 года`,
/// `2026 жылғы «1» желтоқсан`.
pub fn format_date(d: &DateLit, lang: Lang) -> String {
    let m = (d.month as usize).clamp(1, 12) - 1;
    match lang {
        Lang::Ru => format!("«{}» {} {} года", d.day, RU_MONTHS[m], d.year),
        Lang::Kk => format!("{} жылғы «{}» {}", d.year, d.day, KK_MONTHS[m]),
    }
}

/// Render one figure in one language and Russian case; `ru_yo` spells the
/// Russian number words with `ё` (`трёх`), else with `е` (`трех`).
pub fn render_figure(def: &FigureDef, lang: Lang, case: RuCase, ru_yo: bool) -> String {
    let text = render_figure_e(def, lang, case);
    if ru_yo && lang == Lang::Ru {
        crate::lexicon::ru_number_words_with_yo(&text)
    } else {
        text
    }
}

fn render_figure_e(def: &FigureDef, lang: Lang, case: RuCase) -> String {
    match def {
        FigureDef::Date { value } => format_date(value, lang),
        FigureDef::Text { kk, ru } => match lang {
            Lang::Kk => kk.clone(),
            Lang::Ru => ru.clone(),
        },
        FigureDef::Ordinal { value, gender } => {
            spell::ordinal(&value.0, lang, case, gender_of(*gender))
        }
        FigureDef::DayOfMonth { value } => spell::day_of_month(&value.0, lang, case),
        _ => match def.quantity() {
            Some(q) => {
                let noun = def.noun_in(case).or_else(|| def.noun());
                spell::phrase(&q, lang, case, noun.as_ref())
            }
            None => String::new(),
        },
    }
}

fn gender_of(g: GenderDef) -> spell::Gender {
    match g {
        GenderDef::Masc => spell::Gender::Masc,
        GenderDef::Fem => spell::Gender::Fem,
        GenderDef::Neut => spell::Gender::Neut,
    }
}

/// Render one figure in a Kazakh case: the ending on the last word by
/// vowel harmony and the last sound ([`kk_grammar::phrase_case`]): `10
/// (он) пайыздан`, `2026 жылғы «1» наурыздан`, `3 (үш) адамнан`, `40 000,50
/// (қырық мың теңге 50 тиыннан)`. A day of the month takes the endings
/// after the possessive (`5-күнінен`); a count takes the form its noun
/// gives in `kk_cases` when there is one (`3 (үш) жұмыс орнынан`).
pub fn render_figure_kk(def: &FigureDef, case: KkCase) -> String {
    match def {
        FigureDef::DayOfMonth { value } => spell::day_of_month_kk(&value.0, case),
        FigureDef::Count { noun, .. } if noun.kk_cases.contains_key(case.name()) => {
            let nom = render_figure(def, Lang::Kk, RuCase::Nom, false);
            let bare = nom
                .strip_suffix(noun.kk.as_str())
                .unwrap_or(&nom)
                .trim_end_matches(['\u{a0}', ' ']);
            format!("{bare}\u{a0}{}", noun.kk_cases[case.name()])
        }
        _ => kk_grammar::phrase_case(&render_figure(def, Lang::Kk, RuCase::Nom, false), case),
    }
}

fn party_value(p: &PartyDef, lang: Lang) -> tera::Value {
    let mut m = tera::Map::new();
    let mut put = |k: &str, v: Option<String>| {
        m.insert(k.to_string(), tera::Value::String(v.unwrap_or_default()));
    };
    put("key", Some(p.key.clone()));
    put("role", Some(p.role.get(lang).to_string()));
    put("name", Some(p.name.get(lang).to_string()));
    put(
        "address",
        p.address.as_ref().map(|a| a.get(lang).to_string()),
    );
    put("bin", p.bin.clone());
    put("iin", p.iin.clone());
    put("iban", p.iban.clone());
    put("bank", p.bank.as_ref().map(|a| a.get(lang).to_string()));
    put("bik", p.bik.clone());
    put("email", p.email.clone());
    put("phone", p.phone.clone());
    put("site", p.site.clone());
    put(
        "signatory",
        p.signatory.as_ref().map(|a| a.get(lang).to_string()),
    );
    tera::Value::Object(m)
}

/// Whether `contract.toml` gives a party this field.
fn party_has(p: &PartyDef, field: &str) -> bool {
    match field {
        "key" | "role" | "name" => true,
        "address" => p.address.is_some(),
        "bin" => p.bin.is_some(),
        "iin" => p.iin.is_some(),
        "iban" => p.iban.is_some(),
        "bank" => p.bank.is_some(),
        "bik" => p.bik.is_some(),
        "email" => p.email.is_some(),
        "phone" => p.phone.is_some(),
        "site" => p.site.is_some(),
        "signatory" => p.signatory.is_some(),
        _ => false,
    }
}

/// Fields a party exposes to templates.
const PARTY_FIELDS: &[&str] = &[
    "key",
    "role",
    "name",
    "address",
    "bin",
    "iin",
    "iban",
    "bank",
    "bik",
    "email",
    "phone",
    "site",
    "signatory",
];

/// What a piece of template syntax in a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    /// `{{ … }}`.
    Expr,
    /// `{% … %}`.
    Tag,
    /// `{# … #}`, a tera comment.
    Comment,
    /// `{#refund}`, a stable clause id.
    Id,
    /// `{% raw %} … {% endraw %}`, left alone and printed as written.
    Raw,
}

/// One piece of template syntax found in a source.
struct Tok<'a> {
    kind: TokKind,
    /// Byte range of the whole token in the source.
    start: usize,
    end: usize,
    /// What is between the delimiters (the id for [`TokKind::Id`]).
    body: &'a str,
    line: u32,
    column: u32,
}

/// The longest `{{ … }}` or `{% … %}` a body may hold, in bytes.
const MAX_EXPR_BYTES: usize = 2_000;
/// How deep brackets may nest inside one expression.
const MAX_BRACKET_DEPTH: usize = 16;
/// How deep `{% if %}`, `{% for %}` and `{% filter %}` may nest.
const MAX_BLOCK_DEPTH: usize = 32;

/// The length of a stable id `refund-period` at the start of `s` when it is
/// followed by `}`.
fn id_len(s: &str) -> Option<usize> {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    (end > 0 && s[end..].starts_with('}')).then_some(end)
}

/// The keyword of a tag body: `- if x -` → `if`.
fn tag_keyword(body: &str) -> &str {
    leading_ident(body.trim().trim_end_matches('-')).0
}

/// Where the `{% endraw %}` closing a raw block starting at `from` ends.
fn find_endraw(src: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    while let Some(rel) = src.get(at..)?.find("{%") {
        let open = at + rel;
        let close = open + 2 + src[open + 2..].find("%}")?;
        if tag_keyword(&src[open + 2..close]) == "endraw" {
            return Some((open, close + 2));
        }
        at = open + 2;
    }
    None
}

/// How deep brackets nest in an expression, outside string literals.
fn bracket_depth(body: &str) -> usize {
    let (mut depth, mut max, mut quote) = (0usize, 0usize, None);
    for c in body.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'' | '`') => quote = Some(c),
            (None, '(' | '[' | '{') => {
                depth += 1;
                max = max.max(depth);
            }
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Scan a template for its syntax: expressions, tags, comments, clause ids
/// and raw blocks, in order. Unclosed ones, and ones too long or too deeply
/// nested to be read safely, are diagnostics naming the line where they
/// open.
fn scan<'a>(src: &'a str, file: &str, diags: &mut Vec<Diagnostic>) -> Vec<Tok<'a>> {
    let index = LineIndex::new(src);
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    let mut blocks: Vec<&str> = Vec::new();
    let mut too_deep = false;
    while i + 1 < bytes.len() {
        if bytes[i] != b'{' || !matches!(bytes[i + 1], b'{' | b'%' | b'#') {
            i += 1;
            continue;
        }
        let (line, column) = index.line_col(i);
        let opener = &src[i..i + 2];
        // `help`: how to close it.
        let unclosed = |help: Message| {
            Diagnostic::at(
                file,
                line,
                Message::new(Msg::SrcUnclosed).with("opener", opener),
            )
            .column(column)
            .help(help)
        };
        if bytes[i + 1] == b'#' {
            if let Some(len) = id_len(&src[i + 2..]) {
                out.push(Tok {
                    kind: TokKind::Id,
                    start: i,
                    end: i + 2 + len + 1,
                    body: &src[i + 2..i + 2 + len],
                    line,
                    column,
                });
                i += 2 + len + 1;
                continue;
            }
            match src[i + 2..].find("#}") {
                Some(rel) => {
                    out.push(Tok {
                        kind: TokKind::Comment,
                        start: i,
                        end: i + 2 + rel + 2,
                        body: &src[i + 2..i + 2 + rel],
                        line,
                        column,
                    });
                    i += 2 + rel + 2;
                }
                None => {
                    diags.push(unclosed(
                        Message::new(Msg::SrcCloseComment)
                            .with("close", "#}")
                            .with("mark", "{#name}"),
                    ));
                    break;
                }
            }
            continue;
        }
        let tag = bytes[i + 1] == b'%';
        let close = if tag { "%}" } else { "}}" };
        let (close_help, too_long_help) = if tag {
            (Msg::SrcCloseTag, Msg::SrcTooLongTag)
        } else {
            (Msg::SrcCloseExpression, Msg::SrcTooLongExpression)
        };
        let close_help = Message::new(close_help).with("close", close);
        let Some(rel) = src[i + 2..].find(close) else {
            diags.push(unclosed(close_help));
            break;
        };
        let body = &src[i + 2..i + 2 + rel];
        // An expression that runs into the next `{{` was not closed.
        if body.contains("{{") || body.contains("{%") {
            diags.push(unclosed(close_help));
            i += 2;
            continue;
        }
        let end = i + 2 + rel + 2;
        if body.len() > MAX_EXPR_BYTES {
            diags.push(
                Diagnostic::at(
                    file,
                    line,
                    Message::new(Msg::SrcTooLong)
                        .with("opener", opener)
                        .with("close", close),
                )
                .column(column)
                .help(Message::new(too_long_help).with("max", MAX_EXPR_BYTES)),
            );
        } else if bracket_depth(body) > MAX_BRACKET_DEPTH {
            diags.push(
                Diagnostic::at(
                    file,
                    line,
                    Message::new(Msg::SrcBracketsTooDeep)
                        .with("opener", opener)
                        .with("close", close),
                )
                .column(column)
                .help(Message::new(Msg::SrcBracketsTooDeepHelp).with("max", MAX_BRACKET_DEPTH)),
            );
        }
        if !tag {
            out.push(Tok {
                kind: TokKind::Expr,
                start: i,
                end,
                body,
                line,
                column,
            });
            i = end;
            continue;
        }
        let kw = tag_keyword(body);
        if kw == "raw" {
            let Some((_, raw_end)) = find_endraw(src, end) else {
                diags.push(
                    Diagnostic::at(
                        file,
                        line,
                        Message::new(Msg::SrcUnclosedRaw).with("tag", "{% raw %}"),
                    )
                    .column(column)
                    .help(Message::new(Msg::SrcCloseRaw).with("tag", "{% endraw %}")),
                );
                break;
            };
            out.push(Tok {
                kind: TokKind::Raw,
                start: i,
                end: raw_end,
                body: &src[end..raw_end],
                line,
                column,
            });
            i = raw_end;
            continue;
        }
        match kw {
            "if" | "for" | "filter" | "macro" | "block" => {
                blocks.push(kw);
                if blocks.len() > MAX_BLOCK_DEPTH && !too_deep {
                    too_deep = true;
                    diags.push(
                        Diagnostic::at(
                            file,
                            line,
                            Message::new(Msg::SrcTagsTooDeep).with("tag", format!("{{% {kw} %}}")),
                        )
                        .column(column)
                        .help(Message::new(Msg::SrcTagsTooDeepHelp).with("max", MAX_BLOCK_DEPTH)),
                    );
                }
            }
            k if k.starts_with("end") => {
                blocks.pop();
            }
            _ => {}
        }
        out.push(Tok {
            kind: TokKind::Tag,
            start: i,
            end,
            body,
            line,
            column,
        });
        i = end;
    }
    out
}

/// The leading identifier of an expression and what follows it.
fn leading_ident(s: &str) -> (&str, &str) {
    let s = s.trim_start_matches('-').trim_start();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    (&s[..end], s[end..].trim_start())
}

/// The value of `key="…"` in an argument list.
fn arg_value<'a>(args: &'a str, key: &str) -> Option<&'a str> {
    let mut rest = args;
    while let Some(pos) = rest.find(key) {
        let after = rest[pos + key.len()..].trim_start();
        let before_ok = pos == 0
            || !rest[..pos]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        if before_ok {
            if let Some(after) = after.strip_prefix('=') {
                let after = after.trim_start();
                let quote = after.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let end = after[1..].find(quote)?;
                    return Some(&after[1..1 + end]);
                }
                return Some(after.split([',', ')']).next()?.trim());
            }
        }
        rest = &rest[pos + key.len()..];
    }
    None
}

/// Closest known name, for "did you mean".
fn suggest<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|k| (edit_distance(name, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Stable ids declared in a source: `{#refund}` → `refund`, with lines
/// (not those inside comments or raw blocks).
pub fn declared_ids(src: &str) -> Vec<(String, u32)> {
    scan(src, "", &mut Vec::new())
        .into_iter()
        .filter(|t| t.kind == TokKind::Id)
        .map(|t| (t.body.to_string(), t.line))
        .collect()
}

/// Check every expression of a body before rendering it: undefined figures,
/// unknown cases, references to ids that do not exist. All problems are
/// collected.
fn validate(
    toks: &[Tok],
    file: &str,
    meta: &ContractMeta,
    ids: &BTreeSet<String>,
    lang: Lang,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    // Names bound by `{% for x in … %}` and `{% set x = … %}`.
    let mut locals: BTreeSet<&str> = BTreeSet::new();
    for e in toks.iter().filter(|e| e.kind == TokKind::Tag) {
        let (kw, rest) = leading_ident(e.body.trim());
        if kw == "for" {
            let vars = rest.split(" in ").next().unwrap_or("");
            locals.extend(vars.split(',').map(|v| v.trim()).filter(|v| !v.is_empty()));
        } else if kw == "set" || kw == "set_global" {
            locals.insert(leading_ident(rest).0);
        } else if matches!(kw, "include" | "import" | "extends" | "macro" | "block") {
            diags.push(
                Diagnostic::at(file, e.line, not_allowed(&format!("{{% {kw} %}}")))
                    .column(e.column)
                    .help(Msg::SrcOneFile),
            );
        }
    }
    let exprs = toks.iter().filter(|e| e.kind == TokKind::Expr);
    let parties: BTreeSet<&str> = meta.parties.iter().map(|p| p.key.as_str()).collect();
    let known = || {
        meta.figures
            .keys()
            .map(|k| k.as_str())
            .chain(parties.iter().copied())
            .chain(["city", "title", "version", "ref"])
            .chain(meta.number.as_ref().map(|_| "number"))
            .chain(meta.date.as_ref().map(|_| "date"))
    };
    for e in exprs {
        let (name, rest) = leading_ident(e.body);
        let at = |msg: Message| Diagnostic::at(file, e.line, msg).column(e.column);
        if name.is_empty() {
            diags.push(at(
                Message::new(Msg::SrcBadExpression).with("expr", format!("{{{{{}}}}}", e.body))
            ));
            continue;
        }
        if locals.contains(name) || name == "loop" {
            continue;
        }
        if name != "ref" && rest.starts_with('(') {
            // A function call: only `ref` exists; see `audit`.
            continue;
        }
        if name == "ref" {
            match arg_value(rest, "id") {
                Some(id) if ids.contains(id) => {}
                Some(id) => diags.push(
                    at(Message::new(Msg::SrcUnknownId).with("id", id))
                        .help(Message::new(Msg::SrcUnknownIdHelp).with("mark", "{#id}")),
                ),
                None => diags
                    .push(at(Message::new(Msg::SrcRefNeedsId)
                        .with("example", "{{ ref(id=\"refund\") }}"))),
            }
            continue;
        }
        if parties.contains(name) {
            let field = rest.strip_prefix('.').map(|r| leading_ident(r).0);
            let def = meta.parties.iter().find(|p| p.key == name);
            match field {
                Some(f) if PARTY_FIELDS.contains(&f) => {
                    if let Some(p) = def.filter(|p| !party_has(p, f)) {
                        let has: Vec<&str> = PARTY_FIELDS
                            .iter()
                            .copied()
                            .filter(|g| party_has(p, g))
                            .collect();
                        diags.push(
                            at(Message::new(Msg::SrcPartyLacksField)
                                .with("party", name)
                                .with("field", f))
                            .help(
                                Message::new(Msg::SrcPartyLacksFieldHelp)
                                    .with("field", f)
                                    .with("fields", has.join(", ")),
                            ),
                        );
                    }
                }
                Some(f) => diags.push(at(Message::new(Msg::SrcPartyNoField)
                    .with("party", name)
                    .with("field", f)
                    .with("fields", PARTY_FIELDS.join(", ")))),
                None => diags.push(at(Message::new(Msg::SrcPartyField)
                    .with("party", name)
                    .with("example", format!("{{{{ {name}.name }}}}")))),
            }
            continue;
        }
        if matches!(name, "city" | "title" | "version") {
            if name == "city" && meta.city.is_none() {
                diags.push(at(Msg::SrcNoCity.into()));
            }
            continue;
        }
        if !meta.figures.contains_key(name) {
            let d = at(Message::new(Msg::SrcUndefinedFigure).with("name", name));
            diags.push(d.help(figure_help(suggest(name, known()))));
            continue;
        }
        // Filters.
        let mut filters = rest;
        while let Some(pos) = filters.find('|') {
            let (f, after) = leading_ident(&filters[pos + 1..]);
            if f == "case" {
                match arg_value(after, "name") {
                    // A Kazakh body: the Kazakh cases, the ending chosen by
                    // vowel harmony and the last sound.
                    Some(c) if lang == Lang::Kk => {
                        if KkCase::parse(c).is_none() {
                            diags.push(at(Message::new(Msg::SrcUnknownKkCase).with("case", c)));
                        }
                    }
                    Some(c)
                        if RuCase::parse(c).is_some_and(|case| {
                            meta.figures[name].noun().is_none()
                                || meta.figures[name].noun_in(case).is_some()
                        }) => {}
                    Some(c) if RuCase::parse(c).is_some() => {
                        diags.push(at(Message::new(Msg::SrcNounCase)
                            .with("name", name)
                            .with("case", c)
                            .with(
                                "example",
                                format!(
                            "noun = {{ …, ru_cases = {{ {c} = [\"singular\", \"plural\"] }} }}"
                        ),
                            )))
                    }
                    Some(c) => diags.push(at(Message::new(Msg::SrcUnknownCase).with("case", c))),
                    None => diags
                        .push(at(Message::new(Msg::SrcCaseNeedsName)
                            .with("example", "case(name=\"gen\")"))),
                }
            }
            filters = after;
        }
    }
    diags
}

/// Put line markers and id markers into the source before tera sees it:
/// a line marker at the start of every line that does not fall inside an
/// expression, a tag or a comment, and `{#id}` replaced by an id marker.
/// Linear in the size of the source.
fn mark(src: &str, toks: &[Tok]) -> String {
    let mut out = String::with_capacity(src.len() + src.len() / 8);
    let mut ids = toks.iter().filter(|t| t.kind == TokKind::Id).peekable();
    let mut spans = toks
        .iter()
        .filter(|t| matches!(t.kind, TokKind::Expr | TokKind::Tag | TokKind::Comment))
        .peekable();
    let push_marker = |out: &mut String, line: usize| {
        out.push(LINE_OPEN);
        out.push_str(&line.to_string());
        out.push(LINE_CLOSE);
    };
    let mut line = 1usize;
    let mut at = 0usize;
    push_marker(&mut out, 1);
    loop {
        let next_nl = src[at..].find('\n').map(|r| at + r);
        match ids.peek() {
            Some(t) if next_nl.is_none_or(|nl| t.start < nl) => {
                out.push_str(&src[at..t.start]);
                out.push(ID_OPEN);
                out.push_str(t.body);
                out.push(ID_CLOSE);
                at = t.end;
                ids.next();
            }
            _ => match next_nl {
                Some(nl) => {
                    out.push_str(&src[at..=nl]);
                    at = nl + 1;
                    line += 1;
                    while spans.peek().is_some_and(|t| t.end <= at) {
                        spans.next();
                    }
                    if spans.peek().is_none_or(|t| t.start >= at) {
                        push_marker(&mut out, line);
                    }
                }
                None => {
                    out.push_str(&src[at..]);
                    break;
                }
            },
        }
    }
    out
}

/// Remove line markers; return the text and the source line of each line.
fn unmark(rendered: &str) -> RenderedBody {
    let mut text = String::with_capacity(rendered.len());
    let mut lines = Vec::new();
    let mut last = 1u32;
    for (n, line) in rendered.split('\n').enumerate() {
        if n > 0 {
            text.push('\n');
        }
        let mut first: Option<u32> = None;
        let mut rest = line;
        while let Some(pos) = rest.find(LINE_OPEN) {
            text.push_str(&rest[..pos]);
            let after = &rest[pos + LINE_OPEN.len_utf8()..];
            match after.find(LINE_CLOSE) {
                Some(end) => {
                    if first.is_none() {
                        first = after[..end].parse().ok();
                    }
                    rest = &after[end + LINE_CLOSE.len_utf8()..];
                }
                None => {
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        if let Some(f) = first {
            last = f;
        }
        lines.push(last);
    }
    RenderedBody::new(text, lines)
}

/// Turn a tera error into a diagnostic.
/// `at`: the line where rendering stopped, for errors that carry none.
fn tera_diag(e: &tera::Error, file: &str, at: Option<u32>) -> Diagnostic {
    use std::error::Error as _;
    let mut msgs = vec![e.to_string()];
    let mut src = e.source();
    while let Some(s) = src {
        msgs.push(s.to_string());
        src = s.source();
    }
    let full = msgs.join("\n");
    // pest reports " --> L:C".
    let mut line = None;
    let mut column: Option<u32> = None;
    if let Some(pos) = full.find("--> ") {
        let rest = &full[pos + 4..];
        let mut it = rest
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty());
        line = it.next().and_then(|s| s.parse().ok());
        column = it.next().and_then(|s| s.parse().ok());
    }
    let expected = full
        .lines()
        .find(|l| l.trim_start().starts_with("= "))
        .map(|l| l.trim_start().trim_start_matches("= ").to_string());
    let clean: String = full
        .lines()
        .next()
        .unwrap_or("template error")
        .chars()
        .filter(|c| !matches!(*c, '\u{E000}'..='\u{E00F}'))
        .collect();
    let message = match expected {
        Some(x) => Message::new(Msg::SrcTemplateSyntax).with("error", x),
        None => {
            let last: String = msgs
                .last()
                .map(|s| {
                    s.chars()
                        .filter(|c| !matches!(*c, '\u{E000}'..='\u{E00F}'))
                        .collect()
                })
                .unwrap_or(clean);
            Message::new(Msg::SrcTemplateError).with("error", last)
        }
    };
    let mut d = Diagnostic::file(file, message);
    d.line = line.or(at);
    // Columns are shifted by the line marker; report the line only.
    let _ = column;
    d
}

/// The functions a body may call.
pub const BODY_FUNCTIONS: &[&str] = &["ref"];
/// The filters a body may use.
pub const BODY_FILTERS: &[&str] = &["case"];
/// Functions tera registers on every instance that could read the machine
/// (`get_env`) or the clock, or that qostil does not document; a body
/// instance replaces them with functions that refuse to run.
pub const TERA_BUILTIN_FUNCTIONS: &[&str] = &["get_env", "now", "get_random", "range", "throw"];

/// The last line marker in a rendered text: the source line being rendered.
fn last_line_marker(text: &str) -> Option<u32> {
    let open = text.rfind(LINE_OPEN)?;
    let after = &text[open + LINE_OPEN.len_utf8()..];
    after[..after.find(LINE_CLOSE)?].parse().ok()
}

/// `tag`: as written (`{% include %}`).
fn not_allowed(tag: &str) -> Message {
    Message::new(Msg::SrcNotAllowed).with("tag", tag)
}

/// Advice for an undefined figure: the closest known name, if any.
fn figure_help(closest: Option<&str>) -> Message {
    match closest {
        Some(s) => Message::new(Msg::SrcDidYouMean).with("name", s),
        None => Msg::SrcDefineFigure.into(),
    }
}

/// `ref(id="…")`, the one function a body may call (for advice).
const REF_CALL: &str = "ref(id=\"…\")";

/// Walks the syntax tree of a body: every tag, not only `{{ … }}`, may use
/// only the documented functions and filters and the names of the
/// contract, and a body can neither include, import nor extend another
/// template nor define macros.
struct Audit<'a> {
    file: &'a str,
    meta: &'a ContractMeta,
    locals: BTreeSet<String>,
    line: u32,
    diags: Vec<Diagnostic>,
}

impl Audit<'_> {
    fn report(&mut self, message: Message, help: impl Into<Message>) {
        let d = Diagnostic::at(self.file, self.line, message).help(help);
        if !self.diags.contains(&d) {
            self.diags.push(d);
        }
    }

    fn collect_locals(&mut self, nodes: &[tera::ast::Node]) {
        use tera::ast::Node;
        for n in nodes {
            match n {
                Node::Set(_, set) => {
                    self.locals.insert(set.key.clone());
                }
                Node::Forloop(_, f, _) => {
                    self.locals.insert(f.value.clone());
                    if let Some(k) = &f.key {
                        self.locals.insert(k.clone());
                    }
                    self.collect_locals(&f.body);
                    if let Some(b) = &f.empty_body {
                        self.collect_locals(b);
                    }
                }
                Node::If(i, _) => {
                    for (_, _, body) in &i.conditions {
                        self.collect_locals(body);
                    }
                    if let Some((_, b)) = &i.otherwise {
                        self.collect_locals(b);
                    }
                }
                Node::FilterSection(_, f, _) => self.collect_locals(&f.body),
                _ => {}
            }
        }
    }

    fn nodes(&mut self, nodes: &[tera::ast::Node]) {
        use tera::ast::Node;
        for n in nodes {
            match n {
                Node::Text(t) | Node::Raw(_, t, _) | Node::Comment(_, t) => {
                    if let Some(l) = last_line_marker(t) {
                        self.line = l;
                    }
                }
                Node::VariableBlock(_, e) => self.expr(e, true),
                Node::Set(_, set) => self.expr(&set.value, false),
                Node::If(i, _) => {
                    for (_, cond, body) in &i.conditions {
                        self.expr(cond, false);
                        self.nodes(body);
                    }
                    if let Some((_, b)) = &i.otherwise {
                        self.nodes(b);
                    }
                }
                Node::Forloop(_, f, _) => {
                    self.expr(&f.container, false);
                    self.nodes(&f.body);
                    if let Some(b) = &f.empty_body {
                        self.nodes(b);
                    }
                }
                Node::FilterSection(_, f, _) => {
                    self.filter(&f.filter);
                    self.nodes(&f.body);
                }
                Node::Break(_) | Node::Continue(_) => {}
                Node::Include(..) => self.report(not_allowed("{% include %}"), Msg::SrcOneFile),
                Node::ImportMacro(..) => self.report(not_allowed("{% import %}"), Msg::SrcOneFile),
                Node::Extends(..) => self.report(not_allowed("{% extends %}"), Msg::SrcOneFile),
                Node::MacroDefinition(..) => {
                    self.report(not_allowed("{% macro %}"), Msg::SrcOneFile)
                }
                Node::Block(_, b, _) => {
                    self.report(not_allowed("{% block %}"), Msg::SrcOneFile);
                    self.nodes(&b.body);
                }
                Node::Super => self.report(not_allowed("{{ super() }}"), Msg::SrcOneFile),
            }
        }
    }

    fn filter(&mut self, f: &tera::ast::FunctionCall) {
        if !BODY_FILTERS.contains(&f.name.as_str()) {
            self.report(
                Message::new(Msg::SrcUnknownFilter).with("name", &f.name),
                Message::new(Msg::SrcOnlyFilter).with("example", "case(name=\"gen\")"),
            );
        }
        for a in f.args.values() {
            self.expr(a, false);
        }
    }

    /// `top`: the expression of a `{{ … }}`, whose leading name [`validate`]
    /// has checked with its column already.
    fn expr(&mut self, e: &tera::ast::Expr, top: bool) {
        use tera::ast::ExprVal;
        for f in &e.filters {
            self.filter(f);
        }
        match &e.val {
            ExprVal::String(_) | ExprVal::Int(_) | ExprVal::Float(_) | ExprVal::Bool(_) => {}
            ExprVal::Ident(_) if top => {}
            ExprVal::Ident(name) => self.ident(name),
            ExprVal::Math(m) => {
                self.expr(&m.lhs, false);
                self.expr(&m.rhs, false);
            }
            ExprVal::Logic(l) => {
                self.expr(&l.lhs, false);
                self.expr(&l.rhs, false);
            }
            ExprVal::In(i) => {
                self.expr(&i.lhs, false);
                self.expr(&i.rhs, false);
            }
            ExprVal::Test(t) => {
                self.ident(&t.ident);
                for a in &t.args {
                    self.expr(a, false);
                }
            }
            ExprVal::MacroCall(m) => self.report(
                Message::new(Msg::SrcMacroCall)
                    .with("namespace", &m.namespace)
                    .with("name", &m.name),
                Message::new(Msg::SrcOnlyRef).with("example", REF_CALL),
            ),
            ExprVal::FunctionCall(f) => {
                if !BODY_FUNCTIONS.contains(&f.name.as_str()) {
                    self.report(
                        Message::new(Msg::SrcUnknownFunction).with("name", &f.name),
                        Message::new(Msg::SrcOnlyRef).with("example", REF_CALL),
                    );
                }
                if !top {
                    for a in f.args.values() {
                        self.expr(a, false);
                    }
                }
            }
            ExprVal::Array(items) => {
                for i in items {
                    self.expr(i, false);
                }
            }
            ExprVal::StringConcat(c) => {
                for v in &c.values {
                    if let ExprVal::Ident(name) = v {
                        self.ident(name);
                    }
                }
            }
        }
    }

    /// A name used in a tag: a figure, a party, `city`, `title`, `version`
    /// or a name the body binds itself.
    fn ident(&mut self, name: &str) {
        let root = name.split(['.', '[']).next().unwrap_or(name).trim();
        let meta = self.meta;
        let known = meta.figures.contains_key(root)
            || meta.parties.iter().any(|p| p.key == root)
            || matches!(root, "title" | "version" | "loop")
            || (root == "city" && meta.city.is_some())
            || self.locals.contains(root);
        if !known {
            let names = meta
                .figures
                .keys()
                .map(|k| k.as_str())
                .chain(meta.parties.iter().map(|p| p.key.as_str()))
                .chain(["city", "title", "version"]);
            let help = figure_help(suggest(root, names));
            self.report(
                Message::new(Msg::SrcUndefinedFigure).with("name", root),
                help,
            );
        }
    }
}

/// Check the syntax tree of a marked body (see [`Audit`]).
fn audit(tpl: &tera::Template, file: &str, meta: &ContractMeta) -> Vec<Diagnostic> {
    let mut a = Audit {
        file,
        meta,
        locals: BTreeSet::new(),
        line: 1,
        diags: Vec::new(),
    };
    a.collect_locals(&tpl.ast);
    a.nodes(&tpl.ast);
    a.diags
}

/// Characters qostil uses as markers; a body or `contract.toml` may not
/// contain them.
pub fn is_marker_char(c: char) -> bool {
    ('\u{E000}'..='\u{E005}').contains(&c)
}

/// Diagnostics for marker characters in a source, one per line (at most a
/// few).
pub fn marker_chars(src: &str, file: &str) -> Vec<Diagnostic> {
    src.lines()
        .enumerate()
        .filter_map(|(n, l)| l.chars().find(|c| is_marker_char(*c)).map(|c| (n, c)))
        .take(5)
        .map(|(n, c)| {
            Diagnostic::at(
                file,
                n as u32 + 1,
                Message::new(Msg::SrcMarkerChar).with("code", format!("{:04X}", c as u32)),
            )
            .help(Msg::SrcMarkerCharHelp)
        })
        .collect()
}

/// Render one body in one language.
pub fn render_body(
    src: &str,
    file: &str,
    lang: Lang,
    meta: &ContractMeta,
    ids: &BTreeSet<String>,
) -> Result<RenderedBody> {
    let mut diags = marker_chars(src, file);
    let toks = scan(src, file, &mut diags);
    diags.extend(validate(&toks, file, meta, ids, lang));
    if !diags.is_empty() {
        return Err(Error::Input(diags));
    }
    let marked = mark(src, &toks);
    let name = "body";
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![]);
    let diags = match tera.add_raw_template(name, &marked) {
        Ok(()) => match tera.get_template(name) {
            Ok(tpl) => audit(tpl, file, meta),
            Err(e) => vec![tera_diag(&e, file, None)],
        },
        Err(e) => {
            // An `extends` or `import` of a template that does not exist
            // fails here already: say what is not allowed rather than what
            // is missing.
            let tpl =
                tera::Template::new(name, None, &marked).map_err(|_| tera_diag(&e, file, None))?;
            let diags = audit(&tpl, file, meta);
            if diags.is_empty() {
                vec![tera_diag(&e, file, None)]
            } else {
                diags
            }
        }
    };
    if !diags.is_empty() {
        return Err(Error::Input(diags));
    }
    // Only the documented functions: tera's own ones refuse to run (the
    // audit has rejected calls to them already; this holds if it misses one).
    for f in TERA_BUILTIN_FUNCTIONS {
        let f = f.to_string();
        tera.register_function(
            &f.clone(),
            move |_: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
                Err(tera::Error::msg(format!(
                    "the function `{f}` is not available in contract bodies"
                )))
            },
        );
    }
    // Figures: nominative phrases in the context, and a reverse map for the
    // `case` filter.
    let mut ctx = tera::Context::new();
    let ru_yo = meta.ru_yo;
    let mut by_text: HashMap<String, FigureDef> = HashMap::new();
    for (k, def) in &meta.figures {
        let text = render_figure(def, lang, RuCase::Nom, ru_yo);
        by_text.insert(text.clone(), def.clone());
        ctx.insert(k.as_str(), &text);
    }
    for p in &meta.parties {
        ctx.insert(p.key.as_str(), &party_value(p, lang));
    }
    if let Some(city) = &meta.city {
        ctx.insert("city", city.get(lang));
    }
    ctx.insert("title", meta.title.get(lang));
    ctx.insert("version", &format_date(&meta.version, lang));
    if let Some(number) = meta.printed_number() {
        ctx.insert("number", &number);
    }
    if let Some(date) = &meta.date {
        ctx.insert("date", &format_date(date, lang));
    }
    tera.register_filter(
        "case",
        move |v: &tera::Value, args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let name = args.get("name").and_then(|c| c.as_str()).unwrap_or("");
            let text = v.as_str().unwrap_or_default();
            let def = by_text
                .get(text)
                .ok_or_else(|| tera::Error::msg("the case filter applies to figures only"))?;
            if lang == Lang::Kk {
                let case = KkCase::parse(name).ok_or_else(|| {
                    tera::Error::msg("case(name=…) needs nom, gen, dat, acc, loc, abl or ins")
                })?;
                return Ok(tera::Value::String(render_figure_kk(def, case)));
            }
            let case = RuCase::parse(name).ok_or_else(|| {
                tera::Error::msg("case(name=…) needs nom, gen, dat, acc, ins or prep")
            })?;
            Ok(tera::Value::String(render_figure(def, lang, case, ru_yo)))
        },
    );
    tera.register_function(
        "ref",
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let id = args
                .get("id")
                .and_then(|v| v.as_str())
                .ok_or_else(|| tera::Error::msg("ref needs id=\"…\""))?;
            let bare = args.get("bare").and_then(|v| v.as_bool()).unwrap_or(false);
            let case = match args.get("case") {
                None => String::new(),
                Some(v) => {
                    let name = v.as_str().unwrap_or_default();
                    let known = match lang {
                        Lang::Kk => KkCase::parse(name).map(|c| c.name()),
                        Lang::Ru => {
                            crate::lexicon::ru_grammar::RuCase::parse(name).map(|c| c.name())
                        }
                    };
                    match known {
                        Some(c) => format!("|case={c}"),
                        None if lang == Lang::Kk => {
                            return Err(tera::Error::msg(
                                "ref(case=…) needs nom, gen, dat, acc, loc, abl or ins",
                            ))
                        }
                        None => {
                            return Err(tera::Error::msg(
                                "ref(case=…) needs nom, gen, dat, acc, ins or prep",
                            ))
                        }
                    }
                }
            };
            Ok(tera::Value::String(format!(
                "{REF_OPEN}{id}{}{case}{REF_CLOSE}",
                if bare { "|bare" } else { "" }
            )))
        },
    );
    let mut out: Vec<u8> = Vec::with_capacity(marked.len() + marked.len() / 4);
    if let Err(e) = tera.render_to(name, &ctx, &mut out) {
        // Rendering writes as it goes: the last line marker written is the
        // line where it stopped.
        let line = last_line_marker(&String::from_utf8_lossy(&out));
        return Err(tera_diag(&e, file, line.or(Some(1))).into());
    }
    let out = String::from_utf8(out).map_err(|e| Error::Other(e.to_string()))?;
    Ok(unmark(&out))
}

/// The figures defined in a contract, rendered per language (for reports).
pub fn rendered_figures(meta: &ContractMeta, lang: Lang) -> BTreeMap<String, String> {
    meta.figures
        .iter()
        .map(|(k, d)| (k.clone(), render_figure(d, lang, RuCase::Nom, meta.ru_yo)))
        .collect()
}

/// Is `name` free to be a figure name?
pub fn is_reserved(name: &str) -> bool {
    RESERVED.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> ContractMeta {
        ContractMeta::parse(
            r#"
id = "t"
version = 2026-11-01
title = { kk = "Шарт", ru = "Договор" }
city = { kk = "Алматы қ.", ru = "г. Алматы" }
[[parties]]
key = "provider"
role = { kk = "Орындаушы", ru = "Исполнитель" }
name = { kk = "«Мысал» ЖШС", ru = "ТОО «Пример»" }
[figures]
refund = { type = "duration", value = 10, unit = "working-days" }
start = { type = "date", value = 2026-12-01 }
"#,
            "contract.toml",
        )
        .unwrap()
    }

    fn ids(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn renders_figures_parties_and_keeps_lines() {
        let src = "## 1. Общие\n\n1.1. {{ provider.name }} вернёт деньги в течение\n{{ refund | case(name=\"gen\") }} с {{ start }}. {#r}\n\n1.2. См. {{ ref(id=\"r\") }}.\n";
        let out = render_body(src, "ru.md", Lang::Ru, &meta(), &ids(&["r"])).unwrap();
        assert!(out.text.contains("ТОО «Пример» вернёт"));
        assert!(out.text.contains("«1» декабря 2026 года"));
        assert!(out.text.contains("рабочих"), "{}", out.text);
        assert!(!out.text.contains("{{"));
        assert_eq!(out.lines, vec![1, 2, 3, 4, 5, 6, 7]);
        let off = out.text.find("1.2.").unwrap();
        assert_eq!(out.source_line(off), 6);
        assert!(out.text.contains(ID_OPEN));
        assert!(out.text.contains(REF_OPEN));
    }

    #[test]
    fn russian_number_words_take_yo_only_when_asked() {
        let toml = |yo: &str| {
            format!(
                "id = \"t\"\nversion = 2026-11-01\ntitle = {{ kk = \"Шарт\", ru = \"Договор\" }}\n{yo}\n\
                 [figures]\nterm = {{ type = \"duration\", value = 3, unit = \"days\" }}\n\
                 sum = {{ type = \"money\", amount = 400, currency = \"KZT\" }}\n"
            )
        };
        let src =
            "1.1. В течение {{ term | case(name=\"gen\") }}, {{ sum | case(name=\"gen\") }}.\n";
        let body = |m: &ContractMeta, lang: Lang| {
            render_body(src, "ru.md", lang, m, &ids(&[])).unwrap().text
        };
        // The default is `е`, as most contracts write.
        let e = ContractMeta::parse(&toml(""), "contract.toml").unwrap();
        assert!(!e.ru_yo);
        let t = body(&e, Lang::Ru);
        assert!(t.contains("3 (трех)"), "{t}");
        assert!(t.contains("(четырехсот)"), "{t}");
        let yo = ContractMeta::parse(&toml("ru_yo = true"), "contract.toml").unwrap();
        let t = body(&yo, Lang::Ru);
        assert!(t.contains("3 (трёх)"), "{t}");
        assert!(t.contains("(четырёхсот)"), "{t}");
        // The setting is Russian only; the readers fold `ё` back to `е`.
        assert_eq!(
            crate::figures::number_values("3 (трёх) дней", Lang::Ru),
            crate::figures::number_values("3 (трех) дней", Lang::Ru)
        );
        // A wrong type is an error naming the key.
        assert!(ContractMeta::parse(&toml("ru_yo = \"yes\""), "contract.toml").is_err());
    }

    #[test]
    fn loops_keep_source_lines() {
        let src = "a\n{% for i in [1, 2] %}\nline {{ i }}\n{% endfor %}\nb\n";
        let out = render_body(src, "kk.md", Lang::Kk, &meta(), &ids(&[])).unwrap();
        let b = out.text.find('b').unwrap();
        assert_eq!(out.source_line(b), 5);
        let l2 = out.text.rfind("line 2").unwrap();
        assert_eq!(out.source_line(l2), 3);
    }

    /// A message in English, as the tests read it.
    fn en(m: &crate::messages::Message) -> String {
        crate::messages::Catalogue::default().text(m)
    }

    #[test]
    fn collects_all_undefined_figures_with_lines() {
        let src = "1.1. {{ refnd }}\n\n1.2. {{ price }} and {{ provider.nmae }}\n";
        match render_body(src, "ru.md", Lang::Ru, &meta(), &ids(&[])) {
            Err(Error::Input(d)) => {
                assert_eq!(d.len(), 3, "{d:?}");
                assert_eq!(d[0].line, Some(1));
                assert!(en(&d[0].message).contains("refnd"));
                assert!(en(d[0].help.as_ref().unwrap()).contains("refund"));
                assert_eq!(d[1].line, Some(3));
                assert!(en(&d[2].message).contains("nmae"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unclosed_expression_names_line() {
        let src = "1.1. ok\n\n1.2. {{ refund \n";
        match render_body(src, "kk.md", Lang::Kk, &meta(), &ids(&[])) {
            Err(Error::Input(d)) => {
                assert_eq!(d[0].line, Some(3));
                assert!(en(&d[0].message).contains("unclosed"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_block_tag_is_a_diagnostic() {
        let src = "a\n{% if %}\nb\n";
        match render_body(src, "kk.md", Lang::Kk, &meta(), &ids(&[])) {
            Err(Error::Input(d)) => assert_eq!(d[0].line, Some(2), "{d:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_ref_and_case() {
        let src = "{{ ref(id=\"nope\") }} {{ refund | case(name=\"abl\") }}\n";
        match render_body(src, "ru.md", Lang::Ru, &meta(), &ids(&[])) {
            Err(Error::Input(d)) => {
                assert_eq!(d.len(), 2, "{d:?}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn counts_need_case_forms_for_oblique_cases() {
        let text = r#"
id = "t"
version = 2026-11-01
title = { kk = "Шарт", ru = "Договор" }
[figures]
parts = { type = "count", value = 2, noun = { ru = ["платёж", "платежа", "платежей"], kk = "төлем", ru_cases = { ins = ["платежом", "платежами"] } } }
"#;
        let m = ContractMeta::parse(text, "contract.toml").unwrap();
        let out = render_body(
            "{{ parts | case(name=\"ins\") }}; {{ parts }}",
            "ru.md",
            Lang::Ru,
            &m,
            &ids(&[]),
        )
        .unwrap();
        assert_eq!(out.text, "2 (двумя)\u{a0}платежами; 2 (два)\u{a0}платежа");
        match render_body(
            "{{ parts | case(name=\"dat\") }}",
            "ru.md",
            Lang::Ru,
            &m,
            &ids(&[]),
        ) {
            Err(Error::Input(d)) => assert!(en(&d[0].message).contains("ru_cases"), "{d:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn second_kind_figures_in_both_languages_and_kazakh_cases() {
        let text = r#"
id = "t"
version = 2026-11-01
title = { kk = "Шарт", ru = "Договор" }
[figures]
pay_day = { type = "day-of-month", value = 5 }
stage = { type = "ordinal", value = 2, gender = "fem" }
rent = { type = "money", amount = 40000.50, currency = "KZT" }
penalty = { type = "percent", value = 10 }
start = { type = "date", value = 2026-03-01 }
term = { type = "duration", value = 11, unit = "months" }
people = { type = "count", value = 3, noun = { ru = ["человек", "человека", "человек"], kk = "адам", ru_cases = { gen = ["человека", "человек"] } } }
places = { type = "count", value = 2, noun = { ru = ["рабочее место", "рабочих места", "рабочих мест"], kk = "жұмыс орны", kk_cases = { abl = "жұмыс орнынан", dat = "жұмыс орнына" } }, gender = "neut" }
"#;
        let m = ContractMeta::parse(text, "contract.toml").unwrap();
        let ru = |src: &str| {
            render_body(src, "ru.md", Lang::Ru, &m, &ids(&[]))
                .unwrap()
                .text
                .replace('\u{a0}', " ")
        };
        let kk = |src: &str| {
            render_body(src, "kk.md", Lang::Kk, &m, &ids(&[]))
                .unwrap()
                .text
                .replace('\u{a0}', " ")
        };
        assert_eq!(
            ru("не позднее {{ pay_day | case(name=\"gen\") }} каждого месяца"),
            "не позднее 5 (пятого) числа каждого месяца"
        );
        assert_eq!(ru("{{ pay_day }}"), "5 (пятое) число");
        assert_eq!(ru("{{ stage | case(name=\"prep\") }}"), "2-й (второй)");
        assert_eq!(ru("{{ stage }}"), "2-я (вторая)");
        assert_eq!(ru("{{ rent }}"), "40 000,50 (сорок тысяч тенге 50 тиын)");
        assert_eq!(
            ru("{{ rent | case(name=\"gen\") }}"),
            "40 000,50 (сорока тысяч тенге 50 тиын)"
        );
        assert_eq!(ru("{{ people | case(name=\"gen\") }}"), "3 (трех) человек");
        assert_eq!(kk("әр айдың {{ pay_day }}"), "әр айдың 5-күні");
        assert_eq!(
            kk("әр айдың {{ pay_day | case(name=\"abl\") }} кешіктірмей"),
            "әр айдың 5-күнінен кешіктірмей"
        );
        assert_eq!(kk("{{ stage }}"), "2-ші (екінші)");
        assert_eq!(kk("{{ rent }}"), "40 000,50 (қырық мың теңге 50 тиын)");
        assert_eq!(
            kk("{{ rent | case(name=\"abl\") }}"),
            "40 000,50 (қырық мың теңге 50 тиыннан)"
        );
        assert_eq!(
            kk("{{ penalty | case(name=\"abl\") }}"),
            "10% (он пайыздан)"
        );
        assert_eq!(
            kk("{{ start | case(name=\"abl\") }}"),
            "2026 жылғы «1» наурыздан"
        );
        assert_eq!(kk("{{ term | case(name=\"loc\") }}"), "11 (он бір) айда");
        assert_eq!(kk("{{ people }}"), "3 (үш) адам");
        assert_eq!(kk("{{ people | case(name=\"abl\") }}"), "3 (үш) адамнан");
        assert_eq!(kk("{{ people | case(name=\"ins\") }}"), "3 (үш) адаммен");
        assert_eq!(kk("{{ places }}"), "2 (екі) жұмыс орны");
        assert_eq!(
            kk("{{ places | case(name=\"abl\") }}"),
            "2 (екі) жұмыс орнынан"
        );
        assert_eq!(
            kk("{{ places | case(name=\"dat\") }}"),
            "2 (екі) жұмыс орнына"
        );
    }

    #[test]
    fn second_kind_figures_are_checked_in_contract_toml() {
        let base = "id = \"t\"\nversion = 2026-11-01\ntitle = { kk = \"Шарт\", ru = \"Договор\" }\n[figures]\n";
        for (fig, said) in [
            ("d = { type = \"day-of-month\", value = 32 }", "from 1 to 31"),
            ("d = { type = \"ordinal\", value = 1.5 }", "from 1 to 999"),
            (
                "d = { type = \"money\", amount = 10.505, currency = \"KZT\" }",
                "more than two decimals",
            ),
            (
                "d = { type = \"count\", value = 2, noun = { ru = [\"a\", \"b\", \"c\"], kk = \"адам\", kk_cases = { prep = \"x\" } } }",
                "kk_cases",
            ),
            ("d = { type = \"day-of-month\", value = \"5\" }", "is a number"),
        ] {
            let text = format!("{base}{fig}\n");
            match ContractMeta::parse(&text, "contract.toml") {
                Err(Error::Input(d)) => {
                    assert_eq!(d[0].line, Some(5), "{fig}: {d:?}");
                    assert!(en(&d[0].message).contains(said), "{fig}: {}", en(&d[0].message));
                }
                other => panic!("{fig}: {other:?}"),
            }
        }
    }

    #[test]
    fn source_lines_by_binary_search() {
        let b = RenderedBody::new("a\nbb\n\nc".to_string(), vec![3, 4, 4, 9]);
        let lines: Vec<u32> = (0..=b.text.len()).map(|o| b.source_line(o)).collect();
        assert_eq!(lines, vec![3, 3, 4, 4, 4, 4, 9, 9]);
        let idx = LineIndex::new("ab\ncдe\nf");
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(6), (2, 3));
        assert_eq!(idx.line_col(100), (3, 2));
    }

    #[test]
    fn ids_after_expressions_and_raw_blocks() {
        let src = "1.1. {{ refund }} a {#r}\n{% raw %}{{ x }} {#no}\n{% endraw %}\n{# {#c} #}\n";
        assert_eq!(declared_ids(src), vec![("r".to_string(), 1)]);
        let out = render_body(src, "kk.md", Lang::Kk, &meta(), &ids(&["r"])).unwrap();
        assert!(
            out.text.contains(&format!("{ID_OPEN}r{ID_CLOSE}")),
            "{}",
            out.text
        );
        assert!(out.text.contains("{{ x }} {#no}"), "{}", out.text);
        assert_eq!(out.source_line(out.text.find("{#no}").unwrap()), 2);
    }

    #[test]
    fn every_tag_is_checked() {
        for src in [
            "{% set x = get_env(name=\"HOME\") %}{{ x }}",
            "{% if nope %}a{% endif %}",
            "{% for c in [1] | upper %}{{ c }}{% endfor %}",
            "a\n{% include \"body\" %}",
        ] {
            match render_body(src, "kk.md", Lang::Kk, &meta(), &ids(&[])) {
                Err(Error::Input(d)) => assert!(d[0].line.is_some(), "{src}: {d:?}"),
                other => panic!("{src}: {other:?}"),
            }
        }
    }

    #[test]
    fn declared_ids_are_found() {
        assert_eq!(
            declared_ids("1.1. a {#x-1}\n{# comment #}\n2. b {#y}"),
            vec![("x-1".to_string(), 1), ("y".to_string(), 3)]
        );
    }
}
