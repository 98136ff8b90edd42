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

use super::contract::{ContractMeta, DateLit, FigureDef, PartyDef, RESERVED};
use crate::diag::{Diagnostic, Error, Result};
use crate::figures::spell;
use crate::figures::{RuCase, KK_MONTHS};
use crate::lang::Lang;
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
}

impl RenderedBody {
    /// The source line of a byte offset in `text`.
    pub fn source_line(&self, offset: usize) -> u32 {
        let out_line = self.text.as_bytes()[..offset.min(self.text.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.lines
            .get(out_line)
            .or(self.lines.last())
            .copied()
            .unwrap_or(1)
    }
}

/// Russian month names in the genitive (Kazakh ones come from the figures
/// engine, which reads them back).
const RU_MONTHS: [&str; 12] = [
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

/// Render one figure in one language and Russian case.
pub fn render_figure(def: &FigureDef, lang: Lang, case: RuCase) -> String {
    match def {
        FigureDef::Date { value } => format_date(value, lang),
        FigureDef::Text { kk, ru } => match lang {
            Lang::Kk => kk.clone(),
            Lang::Ru => ru.clone(),
        },
        _ => match def.quantity() {
            Some(q) => {
                let noun = def.noun_in(case).or_else(|| def.noun());
                spell::phrase(&q, lang, case, noun.as_ref())
            }
            None => String::new(),
        },
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

/// One `{{ … }}` or `{% … %}` found in a source.
struct Expr<'a> {
    /// `{% … %}` rather than `{{ … }}`.
    tag: bool,
    body: &'a str,
    line: u32,
    column: u32,
}

/// Scan a template for expressions; unclosed ones are diagnostics.
fn scan_exprs<'a>(src: &'a str, file: &str, diags: &mut Vec<Diagnostic>) -> Vec<Expr<'a>> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'{' && matches!(bytes[i + 1], b'{' | b'%') {
            let close = if bytes[i + 1] == b'{' { "}}" } else { "%}" };
            let (line, column) = crate::diag::line_col(src, i);
            match src[i + 2..].find(close) {
                Some(rel) => {
                    let body = &src[i + 2..i + 2 + rel];
                    // An expression that runs into the next `{{` was not closed.
                    if let Some(nested) = body.find("{{").or_else(|| body.find("{%")) {
                        let _ = nested;
                        diags.push(
                            Diagnostic::at(file, line, format!("unclosed `{}`", &src[i..i + 2]))
                                .column(column)
                                .help(format!("close the expression with `{close}`")),
                        );
                        i += 2;
                        continue;
                    }
                    out.push(Expr {
                        tag: bytes[i + 1] == b'%',
                        body,
                        line,
                        column,
                    });
                    i += 2 + rel + 2;
                }
                None => {
                    diags.push(
                        Diagnostic::at(file, line, format!("unclosed `{}`", &src[i..i + 2]))
                            .column(column)
                            .help(format!("close the expression with `{close}`")),
                    );
                    break;
                }
            }
        } else {
            i += 1;
        }
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

/// Stable ids declared in a source: `{#refund}` → `refund`, with lines.
pub fn declared_ids(src: &str) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let mut rest = line;
        while let Some(pos) = rest.find("{#") {
            let after = &rest[pos + 2..];
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(after.len());
            if end > 0 && after[end..].starts_with('}') {
                out.push((after[..end].to_string(), n as u32 + 1));
            }
            rest = &after[end..];
        }
    }
    out
}

/// Check every expression of a body before rendering it: undefined figures,
/// unknown cases, references to ids that do not exist. All problems are
/// collected.
fn validate(src: &str, file: &str, meta: &ContractMeta, ids: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let exprs = scan_exprs(src, file, &mut diags);
    // Names bound by `{% for x in … %}` and `{% set x = … %}`.
    let mut locals: BTreeSet<&str> = BTreeSet::new();
    for e in exprs.iter().filter(|e| e.tag) {
        let (kw, rest) = leading_ident(e.body.trim());
        if kw == "for" {
            let vars = rest.split(" in ").next().unwrap_or("");
            locals.extend(vars.split(',').map(|v| v.trim()).filter(|v| !v.is_empty()));
        } else if kw == "set" || kw == "set_global" {
            locals.insert(leading_ident(rest).0);
        }
    }
    let exprs: Vec<_> = exprs.into_iter().filter(|e| !e.tag).collect();
    let parties: BTreeSet<&str> = meta.parties.iter().map(|p| p.key.as_str()).collect();
    let known = || {
        meta.figures
            .keys()
            .map(|k| k.as_str())
            .chain(parties.iter().copied())
            .chain(["city", "title", "version", "ref"])
    };
    for e in exprs {
        let (name, rest) = leading_ident(e.body);
        let at = |msg: String| Diagnostic::at(file, e.line, msg).column(e.column);
        if name.is_empty() {
            diags.push(at(format!(
                "cannot read the expression `{{{{{}}}}}`",
                e.body
            )));
            continue;
        }
        if locals.contains(name) {
            continue;
        }
        if name == "ref" {
            match arg_value(rest, "id") {
                Some(id) if ids.contains(id) => {}
                Some(id) => diags.push(
                    at(format!("reference to an unknown clause id `{id}`")).help(
                        "mark the clause with {#id} at the end of its paragraph in both languages",
                    ),
                ),
                None => diags.push(at("`ref` needs an id: {{ ref(id=\"refund\") }}".to_string())),
            }
            continue;
        }
        if parties.contains(name) {
            let field = rest.strip_prefix('.').map(|r| leading_ident(r).0);
            match field {
                Some(f) if PARTY_FIELDS.contains(&f) => {}
                Some(f) => diags.push(at(format!(
                    "party `{name}` has no field `{f}`; fields: {}",
                    PARTY_FIELDS.join(", ")
                ))),
                None => diags.push(at(format!(
                    "write a field of party `{name}`, e.g. {{{{ {name}.name }}}}"
                ))),
            }
            continue;
        }
        if matches!(name, "city" | "title" | "version") {
            if name == "city" && meta.city.is_none() {
                diags.push(at("`city` is not defined in contract.toml".to_string()));
            }
            continue;
        }
        if !meta.figures.contains_key(name) {
            let mut d = at(format!("undefined figure `{name}`"));
            d = match suggest(name, known()) {
                Some(s) => d.help(format!(
                    "did you mean `{s}`? Figures are defined in contract.toml under [figures]"
                )),
                None => d.help("define it in contract.toml under [figures]"),
            };
            diags.push(d);
            continue;
        }
        // Filters.
        let mut filters = rest;
        while let Some(pos) = filters.find('|') {
            let (f, after) = leading_ident(&filters[pos + 1..]);
            if f == "case" {
                match arg_value(after, "name") {
                    Some(c)
                        if RuCase::parse(c).is_some_and(|case| {
                            meta.figures[name].noun().is_none()
                                || meta.figures[name].noun_in(case).is_some()
                        }) => {}
                    Some(c) if RuCase::parse(c).is_some() => diags.push(at(format!(
                        "figure `{name}` counts a noun: give its `{c}` forms in contract.toml, \
                         noun = {{ …, ru_cases = {{ {c} = [\"singular\", \"plural\"] }} }}"
                    ))),
                    Some(c) => diags.push(at(format!(
                        "unknown case `{c}`: use nom, gen, dat, acc, ins or prep"
                    ))),
                    None => diags.push(at(
                        "the case filter needs a name: case(name=\"gen\")".to_string()
                    )),
                }
            }
            filters = after;
        }
    }
    diags
}

/// Put line markers and id markers into the source before tera sees it.
fn mark(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + src.len() / 8);
    let mut depth_open = false;
    for (n, line) in src.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if !depth_open {
            out.push(LINE_OPEN);
            out.push_str(&(n + 1).to_string());
            out.push(LINE_CLOSE);
        }
        // Replace {#id} (not tera comments `{# … #}`).
        let mut rest = line;
        while let Some(pos) = rest.find("{#") {
            out.push_str(&rest[..pos]);
            let after = &rest[pos + 2..];
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(after.len());
            if end > 0 && after[end..].starts_with('}') {
                out.push(ID_OPEN);
                out.push_str(&after[..end]);
                out.push(ID_CLOSE);
                rest = &after[end + 1..];
            } else {
                out.push_str("{#");
                rest = after;
            }
        }
        out.push_str(rest);
        // Track whether an expression is still open at the end of the line.
        let opens = line.matches("{{").count() + line.matches("{%").count();
        let closes = line.matches("}}").count() + line.matches("%}").count();
        if opens > closes {
            depth_open = true;
        } else if closes > opens {
            depth_open = false;
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
    RenderedBody { text, lines }
}

/// Turn a tera error into a diagnostic.
fn tera_diag(e: &tera::Error, file: &str) -> Diagnostic {
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
        Some(x) => format!("template syntax error: {x}"),
        None => {
            let last: String = msgs
                .last()
                .map(|s| {
                    s.chars()
                        .filter(|c| !matches!(*c, '\u{E000}'..='\u{E00F}'))
                        .collect()
                })
                .unwrap_or(clean);
            format!("template error: {last}")
        }
    };
    let mut d = Diagnostic::file(file, message);
    d.line = line;
    // Columns are shifted by the line marker; report the line only.
    let _ = column;
    d
}

/// Render one body in one language.
pub fn render_body(
    src: &str,
    file: &str,
    lang: Lang,
    meta: &ContractMeta,
    ids: &BTreeSet<String>,
) -> Result<RenderedBody> {
    let diags = validate(src, file, meta, ids);
    if !diags.is_empty() {
        return Err(Error::Input(diags));
    }
    let marked = mark(src);
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![]);
    let name = "body";
    tera.add_raw_template(name, &marked)
        .map_err(|e| tera_diag(&e, file))?;

    // Figures: nominative phrases in the context, and a reverse map for the
    // `case` filter.
    let mut ctx = tera::Context::new();
    let mut by_text: HashMap<String, FigureDef> = HashMap::new();
    for (k, def) in &meta.figures {
        let text = render_figure(def, lang, RuCase::Nom);
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
    tera.register_filter(
        "case",
        move |v: &tera::Value, args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let case = args
                .get("name")
                .and_then(|c| c.as_str())
                .and_then(RuCase::parse)
                .ok_or_else(|| {
                    tera::Error::msg("case(name=…) needs nom, gen, dat, acc, ins or prep")
                })?;
            let text = v.as_str().unwrap_or_default();
            match by_text.get(text) {
                Some(def) => Ok(tera::Value::String(render_figure(def, lang, case))),
                None => Err(tera::Error::msg("the case filter applies to figures only")),
            }
        },
    );
    tera.register_function(
        "ref",
        |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let id = args
                .get("id")
                .and_then(|v| v.as_str())
                .ok_or_else(|| tera::Error::msg("ref needs id=\"…\""))?;
            let bare = args.get("bare").and_then(|v| v.as_bool()).unwrap_or(false);
            Ok(tera::Value::String(format!(
                "{REF_OPEN}{id}{}{REF_CLOSE}",
                if bare { "|bare" } else { "" }
            )))
        },
    );
    let out = tera.render(name, &ctx).map_err(|e| tera_diag(&e, file))?;
    Ok(unmark(&out))
}

/// The figures defined in a contract, rendered per language (for reports).
pub fn rendered_figures(meta: &ContractMeta, lang: Lang) -> BTreeMap<String, String> {
    meta.figures
        .iter()
        .map(|(k, d)| (k.clone(), render_figure(d, lang, RuCase::Nom)))
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
    fn loops_keep_source_lines() {
        let src = "a\n{% for i in [1, 2] %}\nline {{ i }}\n{% endfor %}\nb\n";
        let out = render_body(src, "kk.md", Lang::Kk, &meta(), &ids(&[])).unwrap();
        let b = out.text.find('b').unwrap();
        assert_eq!(out.source_line(b), 5);
        let l2 = out.text.rfind("line 2").unwrap();
        assert_eq!(out.source_line(l2), 3);
    }

    #[test]
    fn collects_all_undefined_figures_with_lines() {
        let src = "1.1. {{ refnd }}\n\n1.2. {{ price }} and {{ provider.nmae }}\n";
        match render_body(src, "ru.md", Lang::Ru, &meta(), &ids(&[])) {
            Err(Error::Input(d)) => {
                assert_eq!(d.len(), 3, "{d:?}");
                assert_eq!(d[0].line, Some(1));
                assert!(d[0].message.contains("refnd"));
                assert!(d[0].help.as_deref().unwrap().contains("refund"));
                assert_eq!(d[1].line, Some(3));
                assert!(d[2].message.contains("nmae"));
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
                assert!(d[0].message.contains("unclosed"));
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
            Err(Error::Input(d)) => assert!(d[0].message.contains("ru_cases"), "{d:?}"),
            other => panic!("{other:?}"),
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
