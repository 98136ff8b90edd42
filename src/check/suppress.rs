//! Applying a configuration ([`crate::config::Config`]) and the inline
//! suppressions of a contract's bodies to the findings of one target.
//!
//! An inline suppression is an HTML comment on a line of its own in a
//! Markdown body (`kk.md`, `ru.md`) or a text file given to `qostil check`:
//!
//! ```markdown
//! <!-- qostil: ignore figure-missing, numbering-gap -->
//! 4.2. …
//! ```
//!
//! It covers the next line that is not blank and the lines after it up to
//! the next heading or numbered clause, in that file only;
//! `<!-- qostil: ignore -->` covers every rule there. A suppression (inline
//! or `[[suppress]]` in `qostil.toml`) that hides no finding is reported as
//! `unused-suppression`.
//!
//! Order: suppressions first (against every finding, so that a suppression
//! of a rule turned off is not reported unused), then `select`/`ignore`,
//! then severities.

use super::finding::sort_findings;
use super::rules::{rule, unused_suppression, RULES};
use super::{Finding, Location};
use crate::config::Config;
use crate::lang::Lang;
use crate::messages::{Message, Msg};
use std::path::{Path, PathBuf};

/// One inline suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    /// The file, as locations name it.
    pub file: String,
    /// 1-based line of the comment.
    pub line: u32,
    /// 1-based column of the comment.
    pub column: u32,
    /// The lines it covers (first, last), 1-based, inclusive.
    pub covers: (u32, u32),
    /// The codes (`None`: every rule).
    pub codes: Option<Vec<String>>,
}

const OPEN: &str = "<!--";
const CLOSE: &str = "-->";

/// The inline suppressions of a text; `file` is the name locations use.
pub fn inline_in(text: &str, file: &str) -> Vec<Inline> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let Some(codes) = parse_comment(raw) else {
            continue;
        };
        let column = raw.find(OPEN).map_or(1, |b| raw[..b].chars().count() + 1) as u32;
        // The next line that is not blank and not another comment.
        let first = (i + 1..lines.len()).find(|&j| {
            let t = lines[j].trim();
            !t.is_empty() && parse_comment(t).is_none()
        });
        let covers = match first {
            Some(f) => {
                let end = (f + 1..lines.len())
                    .find(|&j| starts_clause(lines[j]))
                    .unwrap_or(lines.len());
                (f as u32 + 1, end as u32)
            }
            None => (0, 0),
        };
        out.push(Inline {
            file: file.to_string(),
            line: i as u32 + 1,
            column,
            covers,
            codes,
        });
    }
    out
}

/// `<!-- qostil: ignore a, b -->` alone on a line: `Some(None)` for every
/// rule, `Some(Some(codes))` for some.
fn parse_comment(line: &str) -> Option<Option<Vec<String>>> {
    let t = line.trim();
    let body = t.strip_prefix(OPEN)?.strip_suffix(CLOSE)?.trim();
    let rest = body.strip_prefix("qostil:")?.trim_start();
    let rest = rest.strip_prefix("ignore")?;
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let codes: Vec<String> = rest
        .split([',', ' ', '\t'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    Some(if codes.is_empty() { None } else { Some(codes) })
}

/// Whether a line opens a heading or a numbered clause (`## 4.`, `4.2.`,
/// `12)`).
fn starts_clause(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('#') {
        return true;
    }
    let digits = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let number = &t[..digits];
    let rest = &t[digits..];
    number.starts_with(|c: char| c.is_ascii_digit())
        && (rest.starts_with(')') || number.contains('.') && rest.starts_with([' ', '\t']))
}

/// The files of a target whose comments are read: a contract folder's
/// `kk.md` and `ru.md`, or the Markdown and text files given.
fn files_of(inputs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            for lang in Lang::ALL {
                let p = input.join(format!("{}.md", lang.code()));
                let shown = p.display().to_string();
                out.push((p, shown));
            }
        } else if input
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "md" | "txt"))
        {
            out.push((input.clone(), input.display().to_string()));
        }
    }
    out
}

fn read(path: &Path, shown: &str) -> Option<String> {
    let bytes = crate::source::read_limited(path, shown).ok()?;
    String::from_utf8(bytes).ok()
}

fn covered(i: &Inline, code: &str, l: &Location) -> bool {
    l.file == i.file
        && i.covers.0 > 0
        && (i.covers.0..=i.covers.1).contains(&l.line)
        && i.codes.as_ref().is_none_or(|c| c.iter().any(|c| c == code))
}

/// Apply `config` and the target's inline suppressions to its findings;
/// unused suppressions are added as `unused-suppression` findings.
pub fn apply(config: &Config, inputs: &[PathBuf], findings: Vec<Finding>) -> Vec<Finding> {
    let files = files_of(inputs);
    let inline: Vec<Inline> = files
        .iter()
        .filter_map(|(p, shown)| read(p, shown).map(|t| inline_in(&t, shown)))
        .flatten()
        .collect();
    // Paths of the target relative to the configuration's folder.
    let mut rels: Vec<String> = inputs.iter().filter_map(|p| config.relative(p)).collect();
    let target_rels = rels.clone();
    rels.extend(files.iter().filter_map(|(p, _)| config.relative(p)));
    let rel_of = |file: &str| config.relative(Path::new(file));

    // Per inline comment, the codes it hid (or "*" for all).
    let mut inline_used: Vec<Vec<&'static str>> = vec![Vec::new(); inline.len()];
    let mut config_used = vec![false; config.suppress.len()];
    let mut kept = Vec::new();
    for f in findings {
        let hit = f.locations.iter().find_map(|l| {
            inline
                .iter()
                .position(|i| covered(i, f.code, l))
                .map(|k| (k, l))
        });
        if let Some((k, _)) = hit {
            inline_used[k].push(f.code);
            continue;
        }
        let hit = config.suppress.iter().position(|s| {
            s.code == f.code
                && f.locations.iter().any(|l| {
                    let path_ok = target_rels.iter().any(|r| s.matches_path(r))
                        || rel_of(&l.file).is_some_and(|r| s.matches_path(&r));
                    path_ok
                        && s.clause
                            .as_deref()
                            .is_none_or(|c| l.clause.as_deref() == Some(c))
                        && s.lang.is_none_or(|g| l.lang == Some(g))
                })
        });
        if let Some(k) = hit {
            config_used[k] = true;
            continue;
        }
        kept.push(f);
    }

    // Unused suppressions.
    let known = || RULES.iter().map(|r| r.code).collect::<Vec<_>>().join(", ");
    let at = |file: &str, line: u32, column: u32, lang: Option<Lang>| Location {
        lang,
        file: file.to_string(),
        line,
        column: Some(column),
        clause: None,
        excerpt: String::new(),
    };
    let lang_of = |file: &str| {
        Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(Lang::from_code)
    };
    for (i, used) in inline.iter().zip(&inline_used) {
        let loc = at(&i.file, i.line, i.column, lang_of(&i.file));
        match &i.codes {
            None if used.is_empty() => kept.push(
                unused_suppression::RULE
                    .finding(Message::new(Msg::UnusedSuppressionAll), vec![loc]),
            ),
            None => {}
            Some(codes) => {
                for c in codes {
                    let message = if rule(c).is_none() {
                        Message::new(Msg::UnusedSuppressionUnknown)
                            .with("code", c)
                            .with("codes", known())
                    } else if !used.contains(&c.as_str()) {
                        Message::new(Msg::UnusedSuppression).with("code", c)
                    } else {
                        continue;
                    };
                    kept.push(unused_suppression::RULE.finding(message, vec![loc.clone()]));
                }
            }
        }
    }
    if let Some(file) = &config.file {
        for (s, used) in config.suppress.iter().zip(&config_used) {
            if !used && rels.iter().any(|r| s.matches_path(r)) {
                kept.push(unused_suppression::RULE.finding(
                    Message::new(Msg::UnusedSuppression).with("code", &s.code),
                    vec![at(file, s.line, s.column, None)],
                ));
            }
        }
    }

    // Selection and severities.
    let resolved = config.resolve(&target_rels);
    let mut out: Vec<Finding> = kept
        .into_iter()
        .filter(|f| resolved.enabled(f.code))
        .map(|mut f| {
            if let Some(s) = resolved.severity(f.code) {
                f.severity = s;
            }
            f
        })
        .collect();
    sort_findings(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_cover_the_next_clause_up_to_the_following_one() {
        let text = "## 1. Общие\n\n<!-- qostil: ignore figure-missing, numbering-gap -->\n\n1.4. Текст\n- пункт\n\n1.5. Другой\n<!-- qostil: ignore -->\n";
        let found = inline_in(text, "c/ru.md");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].line, 3);
        assert_eq!(found[0].covers, (5, 7));
        assert_eq!(
            found[0].codes,
            Some(vec![
                "figure-missing".to_string(),
                "numbering-gap".to_string()
            ])
        );
        assert_eq!(found[1].codes, None);
        assert_eq!(found[1].covers, (0, 0), "nothing follows");
    }

    #[test]
    fn other_comments_are_not_suppressions() {
        assert_eq!(parse_comment("<!-- a note -->"), None);
        assert_eq!(parse_comment("<!-- qostil: ignored -->"), None);
        assert_eq!(parse_comment("text <!-- qostil: ignore -->"), None);
        assert_eq!(parse_comment("  <!--qostil:ignore-->"), Some(None));
    }

    #[test]
    fn clause_starts() {
        assert!(starts_clause("4.2. Текст"));
        assert!(starts_clause("12) тармақша"));
        assert!(starts_clause("### 4."));
        assert!(!starts_clause("- пункт"));
        assert!(!starts_clause("2024 жылы"));
    }
}
