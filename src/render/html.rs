//! HTML editions: standalone files with inline CSS (print CSS for A4), one
//! per language and one parallel (Kazakh left, Russian right).
//!
//! Templates are tera files embedded in the binary and overridable file by
//! file ([`Templates::with_override`]). Every piece of contract text goes
//! through [`rich_html`], which escapes it; templates auto-escape the rest.
//!
//! A template only shapes the values qostil gives it: it may use the
//! filters of [`ALLOWED_FILTERS`] and the tests of [`ALLOWED_TESTS`], no
//! function (tera's `get_env` would read the environment, `range` could
//! exhaust memory), and may include, import or extend only the templates of
//! [`BUILTIN`] (which are the ones given with `--templates` or built in;
//! nothing is read from disk while rendering). Anything else is an error
//! naming the template file, before anything is rendered.
//!
//! Each edition carries its fonts: the page templates put `{{ fonts }}`,
//! `@font-face` rules with subsets of the embedded Noto faces
//! ([`super::webfont`]), at the head of the style sheet, and `style.css` names
//! their families first. Which face draws which text follows the built-in
//! style sheet ([`edition_faces`]); [`HtmlOptions::embed_fonts`] leaves them
//! out.

use super::layout::FontKind;
use super::webfont::{self, FaceText};
use super::{typography, EditionMeta};
use crate::diag::{Diagnostic, Error, Result};
use crate::lang::Lang;
use crate::messages::{Message, Msg};
use crate::model::{Bilingual, Block, Document, Heading, Party, RichText};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The built-in templates: (name, text).
pub const BUILTIN: &[(&str, &str)] = &[
    ("style.css", include_str!("../../templates/style.css")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("single.html", include_str!("../../templates/single.html")),
    (
        "parallel.html",
        include_str!("../../templates/parallel.html"),
    ),
];

/// Filters a template may use: they only transform the values given to
/// them.
pub const ALLOWED_FILTERS: &[&str] = &[
    "safe",
    "escape",
    "escape_xml",
    "default",
    "upper",
    "lower",
    "capitalize",
    "title",
    "trim",
    "trim_start",
    "trim_end",
    "trim_start_matches",
    "trim_end_matches",
    "replace",
    "truncate",
    "striptags",
    "linebreaksbr",
    "indent",
    "spaceless",
    "wordcount",
    "split",
    "join",
    "first",
    "last",
    "nth",
    "length",
    "reverse",
    "sort",
    "unique",
    "slice",
    "concat",
    "map",
    "filter",
    "group_by",
    "get",
    "int",
    "float",
    "round",
    "abs",
    "as_str",
    "json_encode",
];

/// Tests (`is …`) a template may use.
pub const ALLOWED_TESTS: &[&str] = &[
    "defined",
    "undefined",
    "odd",
    "even",
    "string",
    "number",
    "divisibleby",
    "iterable",
    "object",
    "starting_with",
    "ending_with",
    "containing",
    "matching",
];

/// Functions tera registers on every instance, each replaced by one that
/// refuses (the check of the templates refuses them first; this keeps them
/// out of reach should a template reach them another way).
const TERA_FUNCTIONS: &[&str] = &["get_env", "range", "throw", "now", "get_random"];

/// The set of templates in use.
#[derive(Debug, Clone)]
pub struct Templates {
    files: BTreeMap<String, (String, String)>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::builtin()
    }
}

impl Templates {
    /// The built-in templates.
    pub fn builtin() -> Templates {
        Templates {
            files: BUILTIN
                .iter()
                .map(|(n, t)| (n.to_string(), (t.to_string(), format!("<built-in>/{n}"))))
                .collect(),
        }
    }

    /// Replace one template by the user's; `origin` names the file for
    /// diagnostics. Unknown names are an error.
    pub fn with_override(mut self, name: &str, text: String, origin: &str) -> Result<Templates> {
        if !self.files.contains_key(name) {
            return Err(Diagnostic::file(
                origin,
                Message::new(Msg::SrcUnknownTemplate)
                    .with("name", name)
                    .with(
                        "names",
                        self.files.keys().cloned().collect::<Vec<_>>().join(", "),
                    ),
            )
            .into());
        }
        self.files
            .insert(name.to_string(), (text, origin.to_string()));
        Ok(self)
    }

    /// Names of the templates.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(|k| k.as_str())
    }

    fn tera(&self) -> Result<tera::Tera> {
        let mut tera = tera::Tera::default();
        // Order matters for imports: macros first.
        let mut names: Vec<&String> = self.files.keys().collect();
        names.sort_by_key(|n| (n.as_str() != "macros.html", n.as_str() != "style.css"));
        let all: Vec<(&str, &str)> = names
            .iter()
            .map(|n| (n.as_str(), self.files[*n].0.as_str()))
            .collect();
        for name in TERA_FUNCTIONS {
            let refused = format!("the function `{name}` is not available in qostil templates");
            tera.register_function(name, move |_: &HashMap<String, tera::Value>| {
                Err(tera::Error::msg(refused.clone()))
            });
        }
        tera.add_raw_templates(all).map_err(|e| {
            let origin = self
                .files
                .values()
                .map(|(_, o)| o.as_str())
                .find(|o| e.to_string().contains(o.rsplit('/').next().unwrap_or(o)))
                .unwrap_or("templates");
            Error::from(Diagnostic::file(
                origin,
                Message::new(Msg::SrcTemplateError).with("error", chain(&e)),
            ))
        })?;
        let mut uses: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut calls: Vec<Call> = Vec::new();
        for (name, (_, origin)) in &self.files {
            let Ok(t) = tera.get_template(name) else {
                continue;
            };
            let mut guard = Guard {
                known: &self.files,
                refused: Vec::new(),
                uses: Vec::new(),
                template: name,
                imports: &t.imported_macro_files,
                caller: None,
                arguments: Vec::new(),
                fresh: Vec::new(),
                calls: &mut calls,
            };
            guard.nodes(&t.ast);
            let mut macros: Vec<_> = t.macros.iter().collect();
            macros.sort_by_key(|(n, _)| n.as_str());
            for (mname, m) in macros {
                guard.caller = Some((name.clone(), mname.clone()));
                guard.arguments = m.args.keys().cloned().collect();
                guard.nodes(&m.body);
            }
            guard.caller = None;
            for b in t.blocks.values() {
                guard.nodes(&b.body);
            }
            uses.insert(name.clone(), std::mem::take(&mut guard.uses));
            if let Some(what) = guard.refused.first() {
                return Err(Diagnostic::file(origin, what.clone())
                    .help(
                        Message::new(Msg::SrcRefusedHelp)
                            .with("filters", ALLOWED_FILTERS.join(", "))
                            .with("tests", ALLOWED_TESTS.join(", ")),
                    )
                    .into());
            }
        }
        // A template that includes, imports or extends itself, directly or
        // through others, would never end.
        for start in uses.keys() {
            let mut stack: Vec<&String> = uses[start].iter().collect();
            let mut seen: Vec<&String> = Vec::new();
            while let Some(n) = stack.pop() {
                if n == start {
                    let origin = self
                        .files
                        .get(start)
                        .map_or(start.as_str(), |(_, o)| o.as_str());
                    return Err(Diagnostic::file(
                        origin,
                        Message::new(Msg::SrcTemplateItself).with("name", start),
                    )
                    .into());
                }
                if !seen.contains(&n) {
                    seen.push(n);
                    stack.extend(uses.get(n).into_iter().flatten());
                }
            }
        }
        if let Some((name, what)) = endless_macro(&calls) {
            let origin = self
                .files
                .get(&name)
                .map_or(name.as_str(), |(_, o)| o.as_str());
            return Err(Diagnostic::file(origin, what)
                .help(Message::new(Msg::SrcMacroHelp).with(
                    "example",
                    "{% for c in b.children %}{{ self::block(b=c) }}{% endfor %}",
                ))
                .into());
        }
        Ok(tera)
    }
}

/// A macro: (template file, macro name).
type MacroId = (String, String);

/// A call from one macro to another, and whether it goes down into the
/// data: an argument is the variable of a loop over part of the caller's
/// own arguments (`for c in b.children` → `self::block(b=c)`), so the
/// data, a finite tree, ends the recursion.
struct Call {
    from: MacroId,
    to: MacroId,
    descends: bool,
}

/// The first cycle of macro calls that may never end: a call on a cycle
/// that does not go down into the data. Returns the template and a
/// message. tera has no depth limit, so such a macro would overflow the
/// stack.
fn endless_macro(calls: &[Call]) -> Option<(String, Message)> {
    for c in calls.iter().filter(|c| !c.descends) {
        // Does the callee lead back to the caller?
        let mut seen: Vec<&MacroId> = vec![&c.to];
        let mut stack: Vec<&MacroId> = vec![&c.to];
        while let Some(m) = stack.pop() {
            if *m == c.from {
                let what = if c.from == c.to {
                    Message::new(Msg::SrcMacroItself).with("name", &c.from.1)
                } else {
                    Message::new(Msg::SrcMacrosEachOther)
                        .with("a", &c.from.1)
                        .with("b", &c.to.1)
                };
                return Some((c.from.0.clone(), what));
            }
            for next in calls.iter().filter(|x| &x.from == m).map(|x| &x.to) {
                if !seen.contains(&next) {
                    seen.push(next);
                    stack.push(next);
                }
            }
        }
    }
    None
}

/// Walks a template's syntax tree and notes every filter, test, function
/// and template name outside what qostil templates may use.
struct Guard<'a> {
    known: &'a BTreeMap<String, (String, String)>,
    refused: Vec<Message>,
    /// Templates this one includes, imports or extends.
    uses: Vec<String>,
    /// The template walked, and the macro files it imports (file,
    /// namespace).
    template: &'a str,
    imports: &'a [(String, String)],
    /// The macro whose body is walked, if any.
    caller: Option<MacroId>,
    /// The caller's arguments.
    arguments: Vec<String>,
    /// Loop variables over parts of the arguments: a call passing one goes
    /// down into the data.
    fresh: Vec<String>,
    /// Calls between macros.
    calls: &'a mut Vec<Call>,
}

impl Guard<'_> {
    fn nodes(&mut self, nodes: &[tera::ast::Node]) {
        for n in nodes {
            self.node(n);
        }
    }

    /// Note a call from the macro walked to another macro, and whether it
    /// passes a loop variable over part of the caller's arguments.
    fn macro_call(&mut self, m: &tera::ast::MacroCall) {
        let Some(from) = self.caller.clone() else {
            return;
        };
        let file = if m.namespace == "self" {
            Some(self.template.to_string())
        } else {
            self.imports
                .iter()
                .find(|(_, ns)| *ns == m.namespace)
                .map(|(f, _)| f.clone())
        };
        let Some(file) = file else { return };
        let descends = m.args.values().any(|a| match &a.val {
            tera::ast::ExprVal::Ident(id) => {
                let root = id.split('.').next().unwrap_or(id);
                self.fresh.iter().any(|f| f == root)
            }
            _ => false,
        });
        self.calls.push(Call {
            from,
            to: (file, m.name.clone()),
            descends,
        });
    }

    fn template(&mut self, name: &str) {
        if !self.known.contains_key(name) {
            self.refused
                .push(Message::new(Msg::SrcRefusedTemplate).with("name", name));
        }
        self.uses.push(name.to_string());
    }

    fn filter(&mut self, f: &tera::ast::FunctionCall) {
        if !ALLOWED_FILTERS.contains(&f.name.as_str()) {
            self.refused
                .push(Message::new(Msg::SrcRefusedFilter).with("name", &f.name));
        }
        for a in f.args.values() {
            self.expr(a);
        }
    }

    fn node(&mut self, n: &tera::ast::Node) {
        use tera::ast::Node;
        match n {
            Node::Super
            | Node::Text(_)
            | Node::Raw(..)
            | Node::Break(_)
            | Node::Continue(_)
            | Node::Comment(..) => {}
            Node::VariableBlock(_, e) => self.expr(e),
            Node::MacroDefinition(_, m, _) => {
                for e in m.args.values().flatten() {
                    self.expr(e);
                }
                self.nodes(&m.body);
            }
            Node::Extends(_, name) | Node::ImportMacro(_, name, _) => self.template(name),
            Node::Include(_, names, _) => {
                for name in names {
                    self.template(name);
                }
            }
            Node::Set(_, set) => self.expr(&set.value),
            Node::FilterSection(_, fs, _) => {
                self.filter(&fs.filter);
                self.nodes(&fs.body);
            }
            Node::Block(_, b, _) => self.nodes(&b.body),
            Node::Forloop(_, f, _) => {
                self.expr(&f.container);
                // `for c in b.children`: a part of an argument.
                let part = match &f.container.val {
                    tera::ast::ExprVal::Ident(path) => {
                        path.split_once('.').is_some_and(|(root, _)| {
                            self.arguments.iter().chain(&self.fresh).any(|d| d == root)
                        })
                    }
                    _ => false,
                };
                if part {
                    self.fresh.push(f.value.clone());
                }
                self.nodes(&f.body);
                if part {
                    self.fresh.pop();
                }
                if let Some(body) = &f.empty_body {
                    self.nodes(body);
                }
            }
            Node::If(i, _) => {
                for (_, e, body) in &i.conditions {
                    self.expr(e);
                    self.nodes(body);
                }
                if let Some((_, body)) = &i.otherwise {
                    self.nodes(body);
                }
            }
        }
    }

    fn expr(&mut self, e: &tera::ast::Expr) {
        self.value(&e.val);
        for f in &e.filters {
            self.filter(f);
        }
    }

    fn value(&mut self, v: &tera::ast::ExprVal) {
        use tera::ast::ExprVal;
        match v {
            ExprVal::String(_)
            | ExprVal::Int(_)
            | ExprVal::Float(_)
            | ExprVal::Bool(_)
            | ExprVal::Ident(_) => {}
            ExprVal::Math(m) => {
                self.expr(&m.lhs);
                self.expr(&m.rhs);
            }
            ExprVal::Logic(l) => {
                self.expr(&l.lhs);
                self.expr(&l.rhs);
            }
            ExprVal::In(i) => {
                self.expr(&i.lhs);
                self.expr(&i.rhs);
            }
            ExprVal::Test(t) => {
                if !ALLOWED_TESTS.contains(&t.name.as_str()) {
                    self.refused
                        .push(Message::new(Msg::SrcRefusedTest).with("name", &t.name));
                }
                for a in &t.args {
                    self.expr(a);
                }
            }
            ExprVal::MacroCall(m) => {
                self.macro_call(m);
                for a in m.args.values() {
                    self.expr(a);
                }
            }
            ExprVal::FunctionCall(f) => {
                self.refused
                    .push(Message::new(Msg::SrcRefusedFunction).with("name", &f.name));
                for a in f.args.values() {
                    self.expr(a);
                }
            }
            ExprVal::Array(items) => {
                for a in items {
                    self.expr(a);
                }
            }
            ExprVal::StringConcat(c) => {
                for v in &c.values {
                    self.value(v);
                }
            }
        }
    }
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}

/// Escape text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escape text and mark the places where long words may break with soft
/// hyphens (`&shy;`): browsers have no Kazakh hyphenation, and justified
/// narrow columns need it.
pub fn hyphenated(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().count() >= 7 {
            let mut last = 0;
            for p in crate::render::hyphenate::hyphenate(word, lang) {
                out.push_str(&escape(&word[last..p]));
                out.push_str("&shy;");
                last = p;
            }
            out.push_str(&escape(&word[last..]));
        } else {
            out.push_str(&escape(word));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            match c {
                '&' | '<' | '>' | '"' | '\'' => out.push_str(&escape(&c.to_string())),
                _ => out.push(c),
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Styled text as escaped HTML, with soft hyphens in long words.
pub fn rich_html(text: &RichText, lang: Lang) -> String {
    rich_html_with(text, Some(lang))
}

/// Styled text as escaped HTML, with soft hyphens in long words of
/// `hyphenation`'s language, none when it is `None` (headings).
fn rich_html_with(text: &RichText, hyphenation: Option<Lang>) -> String {
    let mut out = String::new();
    for run in &text.0 {
        let mut s = if let (None, Some(lang)) = (&run.link, hyphenation) {
            hyphenated(&run.text, lang)
        } else {
            escape(&run.text)
        }
        .replace('\n', "<br>");
        if run.italic {
            s = format!("<em>{s}</em>");
        }
        if run.bold {
            s = format!("<strong>{s}</strong>");
        }
        if let Some(href) = &run.link {
            let safe = href.starts_with('#')
                || href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with("mailto:");
            if safe {
                s = format!("<a href=\"{}\">{s}</a>", escape(href));
            }
        }
        out.push_str(&s);
    }
    out
}

#[derive(Serialize)]
struct BlockView {
    kind: &'static str,
    level: u8,
    /// Clause numbers of three or more parts need a wider hanging indent.
    deep: bool,
    number: Option<String>,
    anchor: Option<String>,
    html: String,
    ordered: bool,
    items: Vec<String>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    children: Vec<BlockView>,
    /// The heading lines of an appendix (`Приложение № 1`, `к Договору …`),
    /// set flush right above its title; empty for other blocks.
    label: Vec<String>,
}

impl BlockView {
    fn empty(kind: &'static str) -> BlockView {
        BlockView {
            kind,
            level: 0,
            deep: false,
            number: None,
            anchor: None,
            html: String::new(),
            ordered: false,
            items: vec![],
            header: vec![],
            rows: vec![],
            children: vec![],
            label: vec![],
        }
    }
}

/// Unique anchors: `c-4.2.1`, then `c-4.2.1-2` for a repeated number;
/// `a1-c-2.1` in appendix 1, whose heading is `appendix-1`.
#[derive(Default)]
struct Anchors(HashMap<String, usize>, Option<u32>);

impl Anchors {
    fn next(&mut self, block: &Block) -> Option<String> {
        if let Block::Heading(Heading {
            appendix: Some(a), ..
        }) = block
        {
            self.1 = Some(*a);
            return Some(format!("appendix-{a}"));
        }
        let n = block.number()?;
        let base = crate::source::markdown::clause_anchor(n, self.1);
        let count = self.0.entry(base.clone()).or_insert(0);
        *count += 1;
        Some(if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        })
    }
}

fn view(b: &Block, anchor: Option<String>, lang: Lang) -> BlockView {
    match b {
        Block::Heading(h) => BlockView {
            level: h.level.clamp(2, 4),
            number: h.number.as_ref().map(|n| n.to_string()),
            anchor,
            // Headings are not hyphenated.
            html: rich_html_with(&h.text, None),
            ..BlockView::empty("heading")
        },
        Block::Clause(c) => BlockView {
            number: c.number.as_ref().map(|n| n.to_string()),
            deep: c.number.as_ref().is_some_and(|n| n.depth() >= 3),
            anchor,
            html: rich_html(&c.text, lang),
            children: c.children.iter().map(|ch| view(ch, None, lang)).collect(),
            ..BlockView::empty("clause")
        },
        Block::List(l) => BlockView {
            ordered: l.ordered,
            items: l.items.iter().map(|i| rich_html(&i.text, lang)).collect(),
            ..BlockView::empty("list")
        },
        Block::Table(t) => {
            // A cell is a narrow column: it may break at its no-break
            // spaces rather than run out of the table.
            let cell = |c: &RichText| rich_html(c, lang).replace('\u{a0}', " ");
            BlockView {
                header: t.header.iter().map(cell).collect(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| r.iter().map(cell).collect())
                    .collect(),
                ..BlockView::empty("table")
            }
        }
    }
}

/// The view of a block, with the heading lines of an appendix.
fn view_in(b: &Block, anchor: Option<String>, lm: &LangMeta, lang: Lang) -> BlockView {
    let mut v = view(b, anchor, lang);
    if let Block::Heading(Heading {
        appendix: Some(a), ..
    }) = b
    {
        v.level = 2;
        v.label = crate::render::appendix_label(*a, lang, &lm.number, &lm.date)
            .iter()
            .map(|l| escape(l))
            .collect();
    }
    v
}

/// A text as a CSS string (`"…"`), safe inside a `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", c as u32)),
            '\u{a0}' => out.push_str("\\a0 "),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page furniture of a printed edition, as CSS margin boxes: the
/// running header on every page but the first, the initials line at the
/// foot of every page. `named`: the rules of a named page (`parallel`);
/// `sides`: for each column, where its text goes (`left`, `center`,
/// `right`) and its meta.
fn page_css(named: &str, sides: &[(&str, &LangMeta)]) -> String {
    let mut head = String::new();
    let mut first = String::new();
    let mut foot = String::new();
    let style =
        "font-family: \"Qostil Sans\", \"Noto Sans\", \"PT Sans\", Arial, sans-serif; font-size: 8pt; color: #555;";
    for (place, lm) in sides {
        if !lm.running_header.trim().is_empty() {
            head.push_str(&format!(
                " @top-{place} {{ content: {}; {style} }}",
                css_string(&lm.running_header)
            ));
            first.push_str(&format!(" @top-{place} {{ content: none; }}"));
        }
        let initials = lm.initials_line();
        if !initials.is_empty() {
            foot.push_str(&format!(
                " @bottom-{place} {{ content: {}; {style} }}",
                css_string(&initials)
            ));
        }
    }
    if head.is_empty() && foot.is_empty() {
        return String::new();
    }
    let (page, first_page) = if named.is_empty() {
        ("@page".to_string(), "@page :first".to_string())
    } else {
        (format!("@page {named}"), format!("@page {named}:first"))
    };
    let mut css = format!("{page} {{{head}{foot} }}\n");
    if !first.is_empty() {
        css.push_str(&format!("{first_page} {{{first} }}\n"));
    }
    css
}

#[derive(Serialize)]
struct PartyView<'a> {
    role: &'a str,
    name: &'a str,
    requisites: &'a [(String, String)],
    signatory: Option<&'a str>,
}

fn parties(doc: &Document) -> Vec<PartyView<'_>> {
    doc.parties
        .iter()
        .map(|p: &Party| PartyView {
            role: &p.role,
            name: &p.name,
            requisites: &p.requisites,
            signatory: p.signatory.as_deref(),
        })
        .collect()
}

/// Labels of an edition in its language.
pub(crate) fn labels(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    let (requisites, version, signature, language) = match lang {
        Lang::Kk => (
            "Тараптардың деректемелері",
            "Редакция",
            "қолы",
            "Қазақ тілінде",
        ),
        Lang::Ru => (
            "Реквизиты Сторон",
            "Редакция",
            "подпись",
            "На русском языке",
        ),
    };
    BTreeMap::from([
        ("requisites", requisites),
        ("version", version),
        ("signature", signature),
        ("language", language),
    ])
}

/// Per-language strings of an edition (title, city, version).
#[derive(Debug, Clone, Default)]
pub struct LangMeta {
    /// Title.
    pub title: String,
    /// Place of conclusion.
    pub city: String,
    /// Version date as written in the language.
    pub version: String,
    /// The contract's number, without `№` (empty when it has none).
    pub number: String,
    /// Date of signing as written in the language (empty when not given):
    /// the place and date line prints it instead of the version.
    pub date: String,
    /// The running header of every page but the first (empty: none).
    pub running_header: String,
    /// The roles whose initials every page's footer asks for (empty: no
    /// initials line).
    pub initials: Vec<String>,
}

impl LangMeta {
    /// The date the place and date line prints: the date of signing, or
    /// the version.
    pub fn date_line(&self) -> &str {
        if self.date.trim().is_empty() {
            &self.version
        } else {
            &self.date
        }
    }

    /// The number as printed under the title (`№ 17/2026`), empty when the
    /// contract has none.
    pub fn number_line(&self) -> String {
        if self.number.trim().is_empty() {
            String::new()
        } else {
            format!("№\u{a0}{}", self.number.trim())
        }
    }

    /// The footer's initials line: each role, then a line to initial on
    /// (`Исполнитель ________   Заказчик ________`); empty without roles.
    pub fn initials_line(&self) -> String {
        self.initials
            .iter()
            .map(|r| format!("{r}\u{a0}__________"))
            .collect::<Vec<_>>()
            .join("\u{2003}\u{2003}")
    }
}

/// The title and place with the no-break spaces of
/// [`typography::nbsp`] (`г. Алматы`, `Алматы қ.`).
pub(crate) fn typographic_meta(lm: &LangMeta, lang: Lang) -> LangMeta {
    LangMeta {
        title: typography::nbsp(&lm.title, lang),
        city: typography::nbsp(&lm.city, lang),
        version: typography::nbsp(&lm.version, lang),
        number: lm.number.clone(),
        date: typography::nbsp(&lm.date, lang),
        running_header: typography::nbsp(&lm.running_header, lang),
        initials: lm.initials.clone(),
    }
}

/// Options of the HTML editions.
#[derive(Debug, Clone)]
pub struct HtmlOptions {
    /// Embed subsets of the fonts (`@font-face` with `data:` URLs), so the
    /// edition looks the same where Noto is not installed. On by default.
    pub embed_fonts: bool,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions { embed_fonts: true }
    }
}

/// The face the built-in style sheet gives to a run: sans-serif text
/// (headings, table headers) is bold; italic wins over bold, as a browser
/// matches the style before the weight (there is no bold italic face: the
/// browser emboldens the italic one).
fn run_face(sans: bool, bold: bool, italic: bool) -> FontKind {
    match (sans, italic, bold) {
        (true, true, _) => FontKind::SansItalic,
        (true, false, _) => FontKind::SansBold,
        (false, true, _) => FontKind::SerifItalic,
        (false, false, true) => FontKind::SerifBold,
        (false, false, false) => FontKind::SerifRegular,
    }
}

fn rich_faces(faces: &mut FaceText, text: &RichText, sans: bool) {
    for run in &text.0 {
        faces.add(run_face(sans, run.bold, run.italic), &run.text);
    }
}

fn block_faces(faces: &mut FaceText, b: &Block) {
    match b {
        Block::Heading(h) => {
            if let Some(n) = &h.number {
                faces.add(FontKind::SansBold, &format!("{n}. "));
            }
            rich_faces(faces, &h.text, true);
        }
        Block::Clause(c) => {
            // `.num` is `font-weight: 600`, drawn by the bold face.
            if let Some(n) = &c.number {
                faces.add(FontKind::SerifBold, &format!("{n}. "));
            }
            rich_faces(faces, &c.text, false);
            for ch in &c.children {
                block_faces(faces, ch);
            }
        }
        Block::List(l) => {
            for i in &l.items {
                rich_faces(faces, &i.text, false);
            }
        }
        Block::Table(t) => {
            for h in &t.header {
                rich_faces(faces, h, true);
            }
            for c in t.rows.iter().flatten() {
                rich_faces(faces, c, false);
            }
        }
    }
}

/// The text each face draws in an edition (of one language), by the rules
/// of `style.css`: the title, headings, table headers and party roles in
/// Sans Bold; clause numbers and party names (`font-weight: 600`) in Serif
/// Bold; the rest in Serif, bold and italic runs in their faces.
fn edition_faces(faces: &mut FaceText, doc: &Document, lm: &LangMeta) {
    let labels = labels(doc.lang);
    faces.add(FontKind::SansBold, &lm.title);
    faces.add(FontKind::SansBold, labels["requisites"]);
    faces.add(FontKind::SansBold, &lm.number_line());
    for s in [&lm.city, &lm.version, &lm.date] {
        faces.add(FontKind::SerifRegular, s);
    }
    // The page furniture of print, in the sans.
    faces.add(FontKind::SansRegular, &lm.running_header);
    faces.add(FontKind::SansRegular, &lm.initials_line());
    // The heading lines of the appendices.
    for h in doc.appendices() {
        if let Some(a) = h.appendix {
            for l in crate::render::appendix_label(a, doc.lang, &lm.number, &lm.date) {
                faces.add(FontKind::SerifRegular, &l);
            }
        }
    }
    for key in ["version", "signature", "language"] {
        faces.add(FontKind::SerifRegular, labels[key]);
    }
    for b in &doc.blocks {
        block_faces(faces, b);
    }
    for p in &doc.parties {
        faces.add(FontKind::SansBold, &p.role);
        faces.add(FontKind::SerifBold, &p.name);
        for (k, v) in &p.requisites {
            faces.add(FontKind::SerifRegular, k);
            faces.add(FontKind::SerifRegular, v);
        }
        if let Some(s) = &p.signatory {
            faces.add(FontKind::SerifRegular, s);
        }
    }
}

/// The `@font-face` rules of an edition showing `editions` (document and
/// its typographic metadata), or nothing when fonts are not embedded.
fn fonts_css(editions: &[(&Document, &LangMeta)], opts: &HtmlOptions) -> Result<String> {
    if !opts.embed_fonts {
        return Ok(String::new());
    }
    let mut faces = FaceText::default();
    for (doc, lm) in editions {
        edition_faces(&mut faces, doc, lm);
    }
    webfont::font_faces(&faces)
}

/// Render a single-language edition, its fonts embedded.
pub fn render_single(
    doc: &Document,
    lm: &LangMeta,
    meta: &EditionMeta,
    templates: &Templates,
) -> Result<String> {
    render_single_with(doc, lm, meta, templates, &HtmlOptions::default())
}

/// Render a single-language edition with `opts`.
pub fn render_single_with(
    doc: &Document,
    lm: &LangMeta,
    meta: &EditionMeta,
    templates: &Templates,
    opts: &HtmlOptions,
) -> Result<String> {
    let tera = templates.tera()?;
    let doc = &typography::document(doc);
    let lm = &typographic_meta(lm, doc.lang);
    let mut anchors = Anchors::default();
    let (main, apps) = doc.split_appendices();
    let mut views = |blocks: &[Block]| -> Vec<BlockView> {
        blocks
            .iter()
            .map(|b| view_in(b, anchors.next(b), lm, doc.lang))
            .collect()
    };
    let blocks = views(main);
    let appendices = views(apps);
    let mut ctx = tera::Context::new();
    ctx.insert("lang", doc.lang.code());
    ctx.insert("title", &lm.title);
    ctx.insert("number", &lm.number_line());
    ctx.insert("city", &lm.city);
    ctx.insert("version", &lm.version);
    ctx.insert("date", &lm.date);
    ctx.insert("appendices", &appendices);
    ctx.insert("page_css", &page_css("", &[("center", lm)]));
    ctx.insert("author", &meta.author);
    ctx.insert("blocks", &blocks);
    ctx.insert("parties", &parties(doc));
    ctx.insert("labels", &labels(doc.lang));
    ctx.insert("fonts", &fonts_css(&[(doc, lm)], opts)?);
    tera.render("single.html", &ctx)
        .map_err(|e| Error::Other(format!("cannot render single.html: {}", chain(&e))))
}

#[derive(Serialize)]
struct RowView {
    anchor: Option<String>,
    /// The row opens an appendix: it starts a page.
    appendix: bool,
    kk: Option<BlockView>,
    ru: Option<BlockView>,
}

#[derive(Serialize)]
struct SideView<'a> {
    title: &'a str,
    number: String,
    city: &'a str,
    version: &'a str,
    /// The date of the place and date line: of signing, or the version.
    date: &'a str,
    parties: Vec<PartyView<'a>>,
    labels: BTreeMap<&'static str, &'static str>,
}

/// Render the parallel edition: Kazakh left, Russian right, one row per
/// clause pair; its fonts embedded.
pub fn render_parallel(
    bi: &Bilingual,
    kk: &LangMeta,
    ru: &LangMeta,
    meta: &EditionMeta,
    templates: &Templates,
) -> Result<String> {
    render_parallel_with(bi, kk, ru, meta, templates, &HtmlOptions::default())
}

/// Render the parallel edition with `opts`.
pub fn render_parallel_with(
    bi: &Bilingual,
    kk: &LangMeta,
    ru: &LangMeta,
    meta: &EditionMeta,
    templates: &Templates,
    opts: &HtmlOptions,
) -> Result<String> {
    let tera = templates.tera()?;
    let bi = &typography::bilingual(bi);
    let (kk, ru) = (
        &typographic_meta(kk, Lang::Kk),
        &typographic_meta(ru, Lang::Ru),
    );
    let mut anchors = Anchors::default();
    let (main, apps) = crate::render::pair_parts(bi);
    let mut rows_of = |pairs: Vec<crate::render::BlockPair<'_>>| -> Vec<RowView> {
        pairs
            .into_iter()
            .map(|(a, b)| RowView {
                anchor: a.or(b).and_then(|x| anchors.next(x)),
                appendix: [a, b]
                    .into_iter()
                    .flatten()
                    .any(|x| matches!(x, Block::Heading(h) if h.appendix.is_some())),
                kk: a.map(|x| view_in(x, None, kk, Lang::Kk)),
                ru: b.map(|x| view_in(x, None, ru, Lang::Ru)),
            })
            .collect()
    };
    let rows = rows_of(main);
    let appendix_rows = rows_of(apps);
    let side = |doc: &'_ Document, lm: &'_ LangMeta| -> serde_json::Value {
        serde_json::to_value(SideView {
            title: &lm.title,
            number: lm.number_line(),
            city: &lm.city,
            version: &lm.version,
            date: lm.date_line(),
            parties: parties(doc),
            labels: labels(doc.lang),
        })
        .unwrap_or_default()
    };
    let mut ctx = tera::Context::new();
    ctx.insert("kk", &side(&bi.kk, kk));
    ctx.insert("ru", &side(&bi.ru, ru));
    ctx.insert("author", &meta.author);
    ctx.insert("rows", &rows);
    ctx.insert("appendix_rows", &appendix_rows);
    ctx.insert(
        "page_css",
        &page_css("parallel", &[("left", kk), ("right", ru)]),
    );
    ctx.insert("fonts", &fonts_css(&[(&bi.kk, kk), (&bi.ru, ru)], opts)?);
    tera.render("parallel.html", &ctx)
        .map_err(|e| Error::Other(format!("cannot render parallel.html: {}", chain(&e))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    #[test]
    fn escapes_everything() {
        let t = RichText(vec![
            Inline {
                text: "<script>&\"'".into(),
                bold: true,
                ..Default::default()
            },
            Inline {
                text: "x".into(),
                link: Some("javascript:alert(1)".into()),
                ..Default::default()
            },
        ]);
        assert_eq!(
            rich_html(&t, Lang::Ru),
            "<strong>&lt;script&gt;&amp;&quot;&#39;</strong>x"
        );
    }

    #[test]
    fn long_words_get_soft_hyphens() {
        let h = hyphenated("Тапсырыс берушінің құқықтары <b>", Lang::Kk);
        assert!(h.contains("&shy;"), "{h}");
        assert!(h.ends_with("&lt;b&gt;"));
        assert_eq!(
            h.replace("&shy;", ""),
            "Тапсырыс берушінің құқықтары &lt;b&gt;"
        );
        // Short words and numbers are left alone.
        assert_eq!(hyphenated("10 күн", Lang::Kk), "10 күн");
    }

    #[test]
    fn headings_have_no_soft_hyphens_and_text_gets_no_break_spaces() {
        use crate::model::{Clause, ClauseNumber, Heading};
        let mut doc = Document::new(Lang::Ru, "ru.md");
        doc.blocks = vec![
            Block::Heading(Heading {
                number: ClauseNumber::parse("4"),
                id: None,
                level: 2,
                text: RichText::plain("Ответственность Сторон"),
                line: 1,
                appendix: None,
            }),
            Block::Clause(Clause {
                number: ClauseNumber::parse("4.1"),
                id: None,
                text: RichText::plain("Ответственность наступает в случае нарушения п. 2.1."),
                line: 2,
                children: vec![],
            }),
        ];
        let lm = LangMeta {
            title: "Договор".into(),
            city: "г. Алматы".into(),
            version: "«1» марта 2026 года".into(),
            ..LangMeta::default()
        };
        let page =
            render_single(&doc, &lm, &EditionMeta::default(), &Templates::builtin()).unwrap();
        let h2 = &page[page.find("<h2").unwrap()..page.find("</h2>").unwrap()];
        assert!(!h2.contains("&shy;"), "{h2}");
        assert!(h2.contains("Ответственность Сторон"), "{h2}");
        // The clause keeps its soft hyphens and gets its no-break spaces.
        let clause = &page[page.find("class=\"clause").unwrap()..];
        assert!(clause.contains("&shy;"), "{clause}");
        assert!(page.contains("в\u{a0}слу"), "{page}");
        assert!(page.contains("п.\u{a0}2.1."), "{page}");
        assert!(page.contains("г.\u{a0}Алматы"), "{page}");
        assert!(page.contains("«1»\u{a0}марта"), "{page}");
    }

    #[test]
    fn unknown_override_is_an_error() {
        assert!(Templates::builtin()
            .with_override("nope.html", String::new(), "t/nope.html")
            .is_err());
    }
}
