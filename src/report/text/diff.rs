//! The text report of a diff, for terminals. Colour only when asked for
//! (the command line asks when standard output is a terminal and
//! `NO_COLOR` is not set); without colour, deletions read `[-…-]` and
//! insertions `{+…+}`.

use crate::check::Severity;
use crate::diff::meta::{Field, MetaChange, MetaDiff};
use crate::diff::words::{WordOp, WordSeg};
use crate::diff::{ChangeKind, DiffReport};
use crate::messages::{Catalogue, Message, Msg};
use crate::report::changes::{
    change_sentence, figure_lines, groups, kind_word, run_sentence, summary_sentence, Group,
};
use crate::report::{severity_word, terminal_safe as safe, Context};
use std::fmt::Write as _;

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Words of an unchanged run kept on each side of a change.
const KEEP: usize = 6;

fn shorten(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lead = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let trail = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let ell = "\u{2026}";
    let body = if first && last {
        return words.join(" ");
    } else if first && words.len() > KEEP {
        format!("{ell}{}", words[words.len() - KEEP..].join(" "))
    } else if last && words.len() > KEEP {
        format!("{}{ell}", words[..KEEP].join(" "))
    } else if words.len() > 2 * KEEP {
        format!(
            "{} {ell} {}",
            words[..KEEP].join(" "),
            words[words.len() - KEEP..].join(" ")
        )
    } else {
        words.join(" ")
    };
    format!("{lead}{body}{trail}")
}

fn one_line(s: &str) -> String {
    safe(&s.replace(['\n', '\r'], " ")).into_owned()
}

fn words_line(segs: &[WordSeg], p: &Paint) -> String {
    let mut s = String::new();
    let n = segs.len();
    for (k, w) in segs.iter().enumerate() {
        match w.op {
            WordOp::Equal => s.push_str(&shorten(&one_line(&w.new), k == 0, k + 1 == n)),
            WordOp::Delete | WordOp::Insert => {
                let (raw, colour, open, close) = if w.op == WordOp::Delete {
                    (&w.old, "31;9", "[-", "-]")
                } else {
                    (&w.new, "32;4", "{+", "+}")
                };
                let t = one_line(raw);
                let core = t.trim();
                let lead = &t[..t.len() - t.trim_start().len()];
                let trail = &t[t.trim_end().len()..];
                if core.is_empty() {
                    s.push_str(&t);
                } else if p.on {
                    let _ = write!(s, "{lead}{}{trail}", p.wrap(colour, core));
                } else {
                    let _ = write!(s, "{lead}{open}{core}{close}{trail}");
                }
            }
        }
    }
    s
}

fn kind_colour(k: ChangeKind) -> &'static str {
    match k {
        ChangeKind::Inserted => "32",
        ChangeKind::Deleted => "31",
        ChangeKind::Modified => "33",
        ChangeKind::Moved => "36",
        ChangeKind::Renumbered => "2",
    }
}

/// The text report.
pub fn render(report: &DiffReport, cx: &Context) -> String {
    let c = &cx.catalogue;
    let p = Paint { on: cx.colour };
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.wrap("1", &c.get(Msg::DiffTitle)));
    // Shown when `contract.toml` changed; its absence says it did not.
    if let Some(m) = report.meta.as_ref().filter(|m| !m.changes.is_empty()) {
        meta_section(&mut out, c, &p, m);
    }
    for ld in &report.langs {
        let _ = writeln!(out);
        let heading = c.text(&Message::new(Msg::LangHeading).with("lang", ld.lang));
        let _ = writeln!(out, "{}", p.wrap("1", &heading));
        let compared = Message::new(Msg::Compared)
            .with("old", &ld.old_file)
            .with("new", &ld.new_file);
        let _ = writeln!(out, "  {}", safe(&c.text(&compared)));
        if ld.changes.is_empty() {
            let _ = writeln!(out, "  {}", c.get(Msg::LangUnchanged));
            continue;
        }
        let _ = writeln!(out, "  {}", summary_sentence(c, ld.changes.iter()));
        let w = label_width(c);
        for g in groups(ld) {
            match g {
                Group::Renumbered(a, b) => {
                    let label = kind_word(c, ChangeKind::Renumbered);
                    let _ = writeln!(
                        out,
                        "  {} {}",
                        p.wrap(kind_colour(ChangeKind::Renumbered), &format!("{label:<w$}")),
                        safe(&run_sentence(c, ld, a, b))
                    );
                }
                Group::Single(k) => {
                    let ch = &ld.changes[k];
                    let label = kind_word(c, ch.kind);
                    let _ = writeln!(
                        out,
                        "  {} {}",
                        p.wrap(kind_colour(ch.kind), &format!("{label:<w$}")),
                        safe(&change_sentence(c, ch))
                    );
                    let pad = " ".repeat(w + 3);
                    for f in figure_lines(c, ch) {
                        let _ = writeln!(out, "{pad}{}", p.wrap("1", &safe(&f)));
                    }
                    let text = match (ch.kind, ch.old.as_ref(), ch.new.as_ref()) {
                        (ChangeKind::Inserted, _, Some(s)) => Some(p.wrap(
                            "32",
                            &shorten(&one_line(&ld.new[s.index].text), false, false),
                        )),
                        (ChangeKind::Deleted, Some(s), _) => Some(p.wrap(
                            "31",
                            &shorten(&one_line(&ld.old[s.index].text), false, false),
                        )),
                        _ if !ch.words.is_empty() => Some(words_line(&ch.words, &p)),
                        _ => None,
                    };
                    if let Some(t) = text {
                        let _ = writeln!(out, "{pad}{}", t.trim());
                    }
                }
            }
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.wrap("1", &c.get(Msg::FindingsHeading)));
    if report.findings.is_empty() {
        let key = if report.change_count() == 0 {
            Msg::NoChanges
        } else {
            Msg::NoOneSided
        };
        let _ = writeln!(out, "  {}", c.get(key));
    }
    let (mut errors, mut warnings) = (0usize, 0usize);
    for f in &report.findings {
        let colour = match f.severity {
            Severity::Error => {
                errors += 1;
                "1;31"
            }
            Severity::Warning => {
                warnings += 1;
                "1;33"
            }
        };
        let sev = severity_word(c, f.severity);
        let _ = writeln!(
            out,
            "  {}: {}",
            p.wrap(colour, &format!("{sev}[{}]", f.code)),
            safe(&c.text(&f.message))
        );
        for l in &f.locations {
            let clause = l
                .clause
                .as_deref()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default();
            let _ = writeln!(out, "    --> {}:{}{}", safe(&l.file), l.line, safe(&clause));
        }
    }
    let _ = writeln!(out);
    let totals = Message::new(Msg::DiffTotals)
        .with("changes", report.change_count())
        .with("errors", errors)
        .with("warnings", warnings);
    let _ = writeln!(out, "{}", c.text(&totals));
    out
}

/// The changes of `contract.toml`: requisites first, since a changed
/// account matters most, then the contract's fields, then figures.
fn meta_section(out: &mut String, c: &Catalogue, p: &Paint, m: &MetaDiff) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.wrap("1", &c.get(Msg::MetaHeading)));
    let compared = Message::new(Msg::Compared)
        .with("old", &m.old_file)
        .with("new", &m.new_file);
    let _ = writeln!(out, "  {}", safe(&c.text(&compared)));
    if m.changes.is_empty() {
        let _ = writeln!(out, "  {}", c.get(Msg::MetaUnchanged));
        return;
    }
    let w = label_width(c);
    let mut order: Vec<&MetaChange> = m.changes.iter().collect();
    order.sort_by_key(|ch| match ch.field {
        _ if ch.field.is_requisite() => 0,
        Field::Figure(_) => 2,
        _ => 1,
    });
    let pad = " ".repeat(w + 3);
    for ch in order {
        let label = kind_word(c, ch.kind);
        let colour = if ch.field.is_requisite() {
            "1;33"
        } else {
            kind_colour(ch.kind)
        };
        let _ = writeln!(
            out,
            "  {} {}  [{}:{}]",
            p.wrap(colour, &format!("{label:<w$}")),
            safe(&c.text(&ch.sentence())),
            safe(&m.new_file),
            ch.new_line
        );
        if let Some(lang) = ch.one_sided() {
            let mark = c.get(Msg::MetaOneSidedMark);
            let _ = writeln!(
                out,
                "{pad}{} ({})",
                p.wrap("1;31", &mark),
                lang.code().to_uppercase()
            );
        }
        if matches!(ch.field, Field::Figure(_)) {
            let _ = writeln!(out, "{pad}{}", c.get(Msg::MetaFigureNote));
        }
    }
}

/// Width of the change-kind column: the longest label in the interface
/// language, at least 16.
fn label_width(c: &Catalogue) -> usize {
    [
        ChangeKind::Inserted,
        ChangeKind::Deleted,
        ChangeKind::Modified,
        ChangeKind::Moved,
        ChangeKind::Renumbered,
    ]
    .iter()
    .map(|k| kind_word(c, *k).chars().count())
    .max()
    .unwrap_or(0)
    .max(16)
}
