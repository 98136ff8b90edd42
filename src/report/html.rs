//! The HTML report of a diff: one standalone page (inline CSS, no scripts)
//! a lawyer can send to a client. Figure changes and one-sided edits come
//! first, then, per language, the old and the new text side by side with
//! deletions in `<del>` and insertions in `<ins>`. Unchanged clauses are
//! folded into one line; runs of renumbered clauses into one sentence; the
//! old place of a moved clause links to its new place. Prints on A4.
//!
//! Invariant: every text from a contract or the catalogue is escaped, and
//! text in Kazakh or Russian carries its `lang`.

use super::changes::{
    change_sentence, figure_lines, groups, kind_word, run_sentence, summary_sentence, Group,
};
use super::{severity_word, Context, Emitter, Report};
use crate::diff::meta::{Field, MetaChange, MetaDiff, MetaValue};
use crate::diff::words::WordOp;
use crate::diff::{Change, ChangeKind, DiffReport, LangDiff, Row};
use crate::lang::Lang;
use crate::messages::{Catalogue, Message, Msg, UiLang};
use crate::render::html::escape as esc;
use std::fmt::Write as _;
use std::io::{self, Write};

const CSS: &str = r#"
:root { --ink:#1d232a; --muted:#5b636d; --line:#d5dbe1; --soft:#f5f7f9;
  --ins:#e3f3e6; --ins-ink:#0d5a24; --del:#fbe6e4; --del-ink:#8f1d17; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.55 "PT Serif", "Noto Serif", Georgia, "Times New Roman", serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 48px; }
h1, h2, h3, .ui { font-family: "PT Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; }
h1 { font-size: 26px; line-height: 1.2; margin: 0 0 6px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.doc-title { font-size: 17px; margin: 0 0 4px; }
.compared { color: var(--muted); font-size: 13px; margin: 2px 0; }
.summary { background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
  padding: 2px 20px 12px; margin-top: 18px; }
.summary h2 { font-size: 16px; border: 0; margin: 14px 0 4px; padding: 0; }
.summary ul { margin: 4px 0 8px; padding-left: 20px; }
.summary li { margin: 3px 0; }
.tag { display: inline-block; min-width: 2.2em; text-align: center; font-size: 11px; font-weight: 700;
  color: #fff; background: #56606b; border-radius: 3px; padding: 0 4px; margin-right: 6px; }
.finding { border-left: 4px solid #c98a00; background: #fff; padding: 6px 10px; list-style: none;
  margin: 6px 0 6px -20px; }
.finding.error { border-left-color: #b3261e; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.finding.error .sev { color: #b3261e; }
.finding.warning .sev { color: #8a5d00; }
.where { color: var(--muted); font-size: 13px; }
.counts { font-size: 14px; margin: 6px 0 12px; }
table.sbs { width: 100%; border-collapse: collapse; table-layout: fixed; }
.sbs th { text-align: left; font-size: 12px; font-weight: 700; color: var(--muted); text-transform: uppercase;
  letter-spacing: .04em; padding: 6px 10px; border-bottom: 2px solid var(--line); }
.sbs td { vertical-align: top; padding: 4px 10px 10px; }
.sbs tbody { border-bottom: 1px solid var(--line); }
.sbs tr.head td { padding: 10px 10px 2px; font-size: 13px; }
.sbs td.empty { background: repeating-linear-gradient(135deg, #fff 0 6px, var(--soft) 6px 12px); }
.sbs tbody.same td { text-align: center; color: var(--muted); font-size: 13px; font-style: italic; padding: 6px; }
.sbs tbody.moved-away td, .sbs tbody.renumbered td { font-size: 13px; padding: 8px 10px; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; border-radius: 3px; padding: 1px 7px; margin-right: 8px; }
.b-modified { background: #fff1c2; color: #6b4e00; }
.b-inserted { background: var(--ins); color: var(--ins-ink); }
.b-deleted { background: var(--del); color: var(--del-ink); }
.b-moved { background: #e2eefc; color: #124a8a; }
.b-renumbered { background: #eceff2; color: #414a54; }
.num { font-weight: 700; margin-right: .35em; }
.heading-text { font-weight: 700; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; border-bottom: 1px solid #2e8b47; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
a { color: #124a8a; }
q:lang(ru), q:lang(kk) { quotes: "«" "»" "„" "“"; }
.sbs.meta th[scope=row] { text-align: left; font-weight: 400; width: 34%; font-size: 14px; }
.sbs.meta tbody.requisite th[scope=row] { border-left: 4px solid #c98a00; }
.sbs.meta del span.changed, .sbs.meta ins span.changed { font-weight: 700; }
.one-sided { color: #b3261e; font-weight: 700; font-size: 13px; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .sbs tbody, .finding, .summary li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Escaped text with line breaks kept.
fn esc_lines(s: &str) -> String {
    esc(s.trim_matches('\n')).replace('\n', "<br>")
}

fn anchor_new(ld: &LangDiff, j: usize) -> String {
    format!("{}-n{j}", ld.lang.code())
}

fn number_prefix(ld: &LangDiff, old: bool, i: usize) -> String {
    let it = if old { &ld.old[i] } else { &ld.new[i] };
    match &it.number {
        Some(n) => format!("<span class=\"num\">{}.</span>", esc(&n.to_string())),
        None => String::new(),
    }
}

fn is_heading(ld: &LangDiff, old: bool, i: usize) -> bool {
    let it = if old { &ld.old[i] } else { &ld.new[i] };
    it.kind == crate::diff::items::ItemKind::Heading
}

/// One cell of clause text.
fn cell(ld: &LangDiff, c: &Change, old: bool) -> String {
    let lang = ld.lang.code();
    let Some(side) = (if old { &c.old } else { &c.new }) else {
        return "<td class=\"empty\"></td>".to_string();
    };
    let i = side.index;
    let text = if old {
        &ld.old[i].text
    } else {
        &ld.new[i].text
    };
    let mut body = String::new();
    let changed_words = !c.words.is_empty();
    match c.kind {
        ChangeKind::Inserted => {
            let _ = write!(body, "<ins>{}</ins>", esc_lines(text));
        }
        ChangeKind::Deleted => {
            let _ = write!(body, "<del>{}</del>", esc_lines(text));
        }
        _ if changed_words => {
            for w in &c.words {
                match (w.op, old) {
                    (WordOp::Equal, true) => body.push_str(&esc_lines_keep(&w.old)),
                    (WordOp::Equal, false) => body.push_str(&esc_lines_keep(&w.new)),
                    (WordOp::Delete, true) => body.push_str(&marked("del", &w.old)),
                    (WordOp::Insert, false) => body.push_str(&marked("ins", &w.new)),
                    _ => {}
                }
            }
        }
        _ => body.push_str(&esc_lines(text)),
    }
    let body = if is_heading(ld, old, i) {
        format!("<span class=\"heading-text\">{body}</span>")
    } else {
        body
    };
    format!(
        "<td lang=\"{lang}\">{}{}</td>",
        number_prefix(ld, old, i),
        body
    )
}

/// A deleted or inserted run in its element, with the spaces around it
/// left outside so that only words are marked.
fn marked(tag: &str, s: &str) -> String {
    let core = s.trim();
    if core.is_empty() {
        return esc_lines_keep(s);
    }
    let start = s.len() - s.trim_start().len();
    let end = start + core.len();
    format!(
        "{}<{tag}>{}</{tag}>{}",
        esc_lines_keep(&s[..start]),
        esc_lines_keep(core),
        esc_lines_keep(&s[end..])
    )
}

fn esc_lines_keep(s: &str) -> String {
    esc(s).replace('\n', "<br>")
}

fn badge(ui: &Ui<'_>, kind: ChangeKind) -> String {
    format!(
        "<span class=\"badge b-{}\">{}</span>",
        kind.code(),
        ui.html(|c| kind_word(c, kind))
    )
}

/// The interface words of the page: in one language, or in the contract's
/// two (Kazakh, then Russian), each marked with its `lang`.
struct Ui<'a> {
    cats: &'a [Catalogue],
}

impl Ui<'_> {
    /// Escaped text made by each catalogue.
    fn html(&self, f: impl Fn(&Catalogue) -> String) -> String {
        match self.cats {
            [one] => esc(&f(one)),
            many => many
                .iter()
                .map(|c| format!("<span lang=\"{}\">{}</span>", c.lang().code(), esc(&f(c))))
                .collect::<Vec<_>>()
                .join(" / "),
        }
    }

    /// A message, escaped.
    fn msg(&self, m: &Message) -> String {
        self.html(|c| c.text(m))
    }

    /// A message without arguments, escaped.
    fn get(&self, id: Msg) -> String {
        self.html(|c| c.get(id))
    }
}

fn lang_section(out: &mut String, ui: &Ui<'_>, ld: &LangDiff) {
    let code = ld.lang.code();
    let _ = writeln!(
        out,
        "<section class=\"lang\" id=\"{code}\" aria-labelledby=\"h-{code}\">\n<h2 id=\"h-{code}\">{}</h2>",
        ui.msg(&Message::new(Msg::LangHeading).with("lang", ld.lang))
    );
    let compared = Message::new(Msg::Compared)
        .with("old", &ld.old_file)
        .with("new", &ld.new_file);
    let _ = writeln!(out, "<p class=\"compared ui\">{}</p>", ui.msg(&compared));
    if ld.changes.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"counts ui\">{}</p>\n</section>",
            ui.get(Msg::LangUnchanged)
        );
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"counts ui\">{}</p>",
        ui.html(|c| summary_sentence(c, ld.changes.iter()))
    );
    let _ = writeln!(
        out,
        "<table class=\"sbs\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
        ui.get(Msg::OldVersion),
        ui.get(Msg::NewVersion)
    );
    // Which change starts a renumbered run, and which are inside one.
    let mut run_of = vec![None; ld.changes.len()];
    for g in groups(ld) {
        if let Group::Renumbered(a, b) = g {
            for r in run_of.iter_mut().take(b + 1).skip(a) {
                *r = Some((a, b));
            }
        }
    }
    let mut unchanged = 0usize;
    let flush_same = |out: &mut String, n: &mut usize| {
        if *n > 0 {
            let _ = writeln!(
                out,
                "<tbody class=\"same\"><tr><td colspan=\"2\" class=\"ui\">{}</td></tr></tbody>",
                ui.msg(&Message::new(Msg::UnchangedRun).with("count", *n))
            );
            *n = 0;
        }
    };
    for row in &ld.rows {
        let Row {
            change,
            moved_away,
            new,
            ..
        } = *row;
        let Some(k) = change else {
            if !moved_away {
                unchanged += 1;
            }
            continue;
        };
        flush_same(out, &mut unchanged);
        let c = &ld.changes[k];
        if moved_away {
            let label = |s: Option<&crate::diff::Side>| {
                s.map_or(crate::messages::ClauseRef::Unnumbered, |s| {
                    crate::diff::clause_label(s.clause.as_deref(), s.line)
                })
            };
            let m = Message::new(Msg::MovedTo)
                .with("old", label(c.old.as_ref()))
                .with("new", label(c.new.as_ref()));
            let href = new.map(|j| anchor_new(ld, j)).unwrap_or_default();
            let _ = writeln!(
                out,
                "<tbody class=\"moved-away\"><tr><td colspan=\"2\" class=\"ui\">{}<a href=\"#{}\">{}</a></td></tr></tbody>",
                badge(ui, ChangeKind::Moved),
                esc(&href),
                ui.msg(&m)
            );
            continue;
        }
        if let Some((a, b)) = run_of[k] {
            if k == a {
                let _ = writeln!(
                    out,
                    "<tbody class=\"renumbered\"><tr><td colspan=\"2\" class=\"ui\">{}{}</td></tr></tbody>",
                    badge(ui, ChangeKind::Renumbered),
                    ui.html(|cat| run_sentence(cat, ld, a, b))
                );
            }
            continue;
        }
        let id = c
            .new
            .as_ref()
            .map(|s| anchor_new(ld, s.index))
            .or_else(|| c.old.as_ref().map(|s| format!("{code}-o{}", s.index)))
            .unwrap_or_default();
        if c.kind == ChangeKind::Renumbered {
            let _ = writeln!(
                out,
                "<tbody class=\"renumbered\" id=\"{id}\"><tr><td colspan=\"2\" class=\"ui\">{}{}</td></tr></tbody>",
                badge(ui, c.kind),
                ui.html(|cat| change_sentence(cat, c))
            );
            continue;
        }
        let _ = writeln!(
            out,
            "<tbody id=\"{id}\"><tr class=\"head\"><td colspan=\"2\" class=\"ui\">{}{}</td></tr>",
            badge(ui, c.kind),
            ui.html(|cat| change_sentence(cat, c))
        );
        let _ = writeln!(
            out,
            "<tr>{}{}</tr></tbody>",
            cell(ld, c, true),
            cell(ld, c, false)
        );
    }
    flush_same(out, &mut unchanged);
    let _ = writeln!(out, "</table>\n</section>");
}

/// A value of `contract.toml`, each language marked with its `lang`.
fn meta_value(v: Option<&MetaValue>, changed: &[Lang]) -> String {
    match v {
        None => String::new(),
        Some(MetaValue::Neutral(s)) => esc(s),
        Some(v @ MetaValue::PerLang { .. }) => Lang::ALL
            .iter()
            .map(|&l| {
                let class = if changed.contains(&l) {
                    " class=\"changed\""
                } else {
                    ""
                };
                format!(
                    "<span class=\"tag ui\">{}</span><span lang=\"{}\"{class}>{}</span>",
                    l.code().to_uppercase(),
                    l.code(),
                    esc(v.get(l))
                )
            })
            .collect::<Vec<_>>()
            .join("<br>"),
    }
}

/// The changes of `contract.toml`, requisites first: a table of field, old
/// value and new value.
fn meta_section(out: &mut String, ui: &Ui<'_>, m: &MetaDiff) {
    let _ = writeln!(
        out,
        "<section class=\"meta\" aria-labelledby=\"h-meta\">\n<h2 id=\"h-meta\">{}</h2>",
        ui.get(Msg::MetaHeading)
    );
    let compared = Message::new(Msg::Compared)
        .with("old", &m.old_file)
        .with("new", &m.new_file);
    let _ = writeln!(out, "<p class=\"compared ui\">{}</p>", ui.msg(&compared));
    if m.changes.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"counts ui\">{}</p>\n</section>",
            ui.get(Msg::MetaUnchanged)
        );
        return;
    }
    let mut order: Vec<&MetaChange> = m.changes.iter().collect();
    order.sort_by_key(|ch| match ch.field {
        _ if ch.field.is_requisite() => 0,
        Field::Figure(_) => 2,
        _ => 1,
    });
    let _ = writeln!(
        out,
        "<table class=\"sbs meta\">\n<thead><tr><th scope=\"col\"></th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
        ui.get(Msg::OldVersion),
        ui.get(Msg::NewVersion)
    );
    for ch in order {
        let class = if ch.field.is_requisite() {
            " class=\"requisite\""
        } else {
            ""
        };
        let mut head = format!(
            "{}{}<br><span class=\"where\">{}:{}</span>",
            badge(ui, ch.kind),
            ui.msg(&ch.what()),
            esc(&m.new_file),
            ch.new_line
        );
        if ch.one_sided().is_some() {
            let _ = write!(
                head,
                "<br><span class=\"one-sided ui\">{}</span>",
                ui.get(Msg::MetaOneSidedMark)
            );
        }
        if matches!(ch.field, Field::Figure(_)) {
            let _ = write!(
                head,
                "<br><span class=\"where ui\">{}</span>",
                ui.get(Msg::MetaFigureNote)
            );
        }
        let old = meta_value(ch.old.as_ref(), &ch.langs);
        let new = meta_value(ch.new.as_ref(), &ch.langs);
        let cell = |v: String, tag: &str| {
            if v.is_empty() {
                "<td class=\"empty\"></td>".to_string()
            } else {
                format!("<td><{tag}>{v}</{tag}></td>")
            }
        };
        let _ = writeln!(
            out,
            "<tbody{class}><tr><th scope=\"row\" class=\"ui\">{head}</th>{}{}</tr></tbody>",
            cell(old, "del"),
            cell(new, "ins")
        );
    }
    let _ = writeln!(out, "</table>\n</section>");
}

/// The HTML emitter: the diff report as a page for a client.
pub struct Html;

impl Emitter for Html {
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
        match report {
            Report::Diff(d) => w.write_all(render(d, cx).as_bytes()),
            _ => Err(super::unsupported("html", report)),
        }
    }
}

/// The HTML report: a complete page, its interface words in the language of
/// the catalogue, or, when the context asks for the contract's pair, in
/// Kazakh and Russian.
pub fn render(report: &DiffReport, cx: &Context) -> String {
    let pair = [Catalogue::new(UiLang::Kk), Catalogue::new(UiLang::Ru)];
    let one = [cx.catalogue];
    let ui = Ui {
        cats: if cx.pair { &pair } else { &one },
    };
    let page_lang = ui.cats[0].lang().code();
    let title = ui
        .cats
        .iter()
        .map(|c| c.get(Msg::DiffTitle))
        .collect::<Vec<_>>()
        .join(" / ");
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{page_lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>",
        esc(&title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", ui.get(Msg::DiffTitle));
    for ld in &report.langs {
        if let Some(t) = &ld.title {
            let _ = writeln!(
                out,
                "<p class=\"doc-title\" lang=\"{}\">{}</p>",
                ld.lang.code(),
                esc(t)
            );
        }
    }

    if let Some(m) = report.meta.as_ref().filter(|m| !m.changes.is_empty()) {
        meta_section(&mut out, &ui, m);
    }

    // Summary: counts, figures, one-sided edits.
    let _ = writeln!(
        out,
        "<section class=\"summary\" aria-labelledby=\"h-figures\">"
    );
    let _ = writeln!(
        out,
        "<p class=\"counts ui\">{}</p>",
        ui.html(|c| summary_sentence(c, report.changes()))
    );
    let _ = writeln!(
        out,
        "<h2 id=\"h-figures\">{}</h2>",
        ui.get(Msg::FiguresHeading)
    );
    let mut figures = String::new();
    for ld in &report.langs {
        for c in ld.changes.iter().filter(|c| !c.figures.is_empty()) {
            let href = c
                .new
                .as_ref()
                .map(|s| anchor_new(ld, s.index))
                .or_else(|| {
                    c.old
                        .as_ref()
                        .map(|s| format!("{}-o{}", ld.lang.code(), s.index))
                })
                .unwrap_or_default();
            // Figure lines quote the contract: once, in the language of
            // the text they quote when the page speaks both.
            let cat = match ui.cats {
                [one] => *one,
                _ => Catalogue::new(match ld.lang {
                    crate::lang::Lang::Kk => UiLang::Kk,
                    crate::lang::Lang::Ru => UiLang::Ru,
                }),
            };
            for line in figure_lines(&cat, c) {
                let _ = writeln!(
                    figures,
                    "<li><span class=\"tag ui\">{}</span><a href=\"#{href}\" lang=\"{}\">{}</a></li>",
                    esc(&ld.lang.code().to_uppercase()),
                    ld.lang.code(),
                    esc(&line)
                );
            }
        }
    }
    if figures.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", ui.get(Msg::NoFigures));
    } else {
        let _ = writeln!(out, "<ul class=\"figures\">\n{figures}</ul>");
    }
    let _ = writeln!(out, "<h2>{}</h2>", ui.get(Msg::FindingsHeading));
    if report.findings.is_empty() {
        let key = if report.change_count() == 0 {
            Msg::NoChanges
        } else {
            Msg::NoOneSided
        };
        let _ = writeln!(out, "<p>{}</p>", ui.get(key));
    } else {
        let _ = writeln!(out, "<ul class=\"findings\">");
        for f in &report.findings {
            let class = f.severity.code();
            let _ = write!(
                out,
                "<li class=\"finding {class}\"><span class=\"sev ui\">{}</span> {}",
                ui.html(|c| severity_word(c, f.severity)),
                ui.html(|c| c.text(&f.message))
                    .replace(" / <span", "<br><span")
            );
            for l in &f.locations {
                let clause = l
                    .clause
                    .as_deref()
                    .map(|c| format!(", {c}"))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<br><span class=\"where ui\">{}:{}{}</span> <q lang=\"{}\">{}</q>",
                    esc(&l.file),
                    l.line,
                    esc(&clause),
                    l.lang.map_or("und", |l| l.code()),
                    esc(&l.excerpt)
                );
            }
            let _ = writeln!(out, "</li>");
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(out, "</section>");

    for ld in &report.langs {
        lang_section(&mut out, &ui, ld);
    }
    let _ = writeln!(out, "</main>\n</body>\n</html>");
    out
}
