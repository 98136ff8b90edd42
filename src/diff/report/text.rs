//! The text report of a diff, for terminals. Colour only when asked for
//! (the command line asks when standard output is a terminal and
//! `NO_COLOR` is not set); without colour, deletions read `[-…-]` and
//! insertions `{+…+}`.

use super::{change_sentence, figure_lines, groups, run_sentence, Group};
use crate::check::Severity;
use crate::diff::words::{WordOp, WordSeg};
use crate::diff::{ChangeKind, DiffReport};
use crate::messages::msg;
use crate::report::terminal_safe as safe;
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
pub fn render(report: &DiffReport, colour: bool) -> String {
    let p = Paint { on: colour };
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.wrap("1", &msg("diff.title", &[])));
    for ld in &report.langs {
        let lang = msg(&format!("lang.{}", ld.lang.code()), &[]);
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            p.wrap("1", &msg("diff.lang-heading", &[("lang", &lang)]))
        );
        let _ = writeln!(
            out,
            "  {}",
            safe(&msg(
                "diff.compared",
                &[("old", &ld.old_file), ("new", &ld.new_file)]
            ))
        );
        if ld.changes.is_empty() {
            let _ = writeln!(out, "  {}", msg("diff.lang-unchanged", &[]));
            continue;
        }
        let _ = writeln!(out, "  {}", super::summary_sentence(ld.changes.iter()));
        let w = label_width();
        for g in groups(ld) {
            match g {
                Group::Renumbered(a, b) => {
                    let label = msg("diff.kind.renumbered", &[]);
                    let _ = writeln!(
                        out,
                        "  {} {}",
                        p.wrap(kind_colour(ChangeKind::Renumbered), &format!("{label:<w$}")),
                        safe(&run_sentence(ld, a, b))
                    );
                }
                Group::Single(k) => {
                    let c = &ld.changes[k];
                    let label = msg(&format!("diff.kind.{}", c.kind.code()), &[]);
                    let _ = writeln!(
                        out,
                        "  {} {}",
                        p.wrap(kind_colour(c.kind), &format!("{label:<w$}")),
                        safe(&change_sentence(c))
                    );
                    let pad = " ".repeat(w + 3);
                    for f in figure_lines(c) {
                        let _ = writeln!(out, "{pad}{}", p.wrap("1", &safe(&f)));
                    }
                    let text = match (c.kind, c.old.as_ref(), c.new.as_ref()) {
                        (ChangeKind::Inserted, _, Some(s)) => Some(p.wrap(
                            "32",
                            &shorten(&one_line(&ld.new[s.index].text), false, false),
                        )),
                        (ChangeKind::Deleted, Some(s), _) => Some(p.wrap(
                            "31",
                            &shorten(&one_line(&ld.old[s.index].text), false, false),
                        )),
                        _ if !c.words.is_empty() => Some(words_line(&c.words, &p)),
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
    let _ = writeln!(out, "{}", p.wrap("1", &msg("diff.findings-heading", &[])));
    if report.findings.is_empty() {
        let key = if report.changes().next().is_none() {
            "diff.no-changes"
        } else {
            "diff.no-findings"
        };
        let _ = writeln!(out, "  {}", msg(key, &[]));
    }
    let (mut errors, mut warnings) = (0, 0);
    for f in &report.findings {
        let (sev, colour) = match f.severity {
            Severity::Error => {
                errors += 1;
                (msg("diff.severity.error", &[]), "1;31")
            }
            Severity::Warning => {
                warnings += 1;
                (msg("diff.severity.warning", &[]), "1;33")
            }
        };
        let _ = writeln!(
            out,
            "  {}: {}",
            p.wrap(colour, &format!("{sev}[{}]", f.code)),
            safe(&f.message)
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
    let total = report.changes().count().to_string();
    let _ = writeln!(
        out,
        "{}",
        msg(
            "diff.totals",
            &[
                ("changes", &total),
                ("errors", &errors.to_string()),
                ("warnings", &warnings.to_string()),
            ]
        )
    );
    out
}

/// Width of the change-kind column: the longest label in the interface
/// language, at least 16.
fn label_width() -> usize {
    ["inserted", "deleted", "modified", "moved", "renumbered"]
        .iter()
        .map(|k| msg(&format!("diff.kind.{k}"), &[]).chars().count())
        .max()
        .unwrap_or(0)
        .max(16)
}
