//! SARIF 2.1.0 output for code-scanning services. Serialize-only structs;
//! the rule list is derived from the results; each result's first location
//! is its `locations[0]`, the counterpart in the other language its
//! `relatedLocations`. File names become relative URIs (`offer.txt`,
//! `contracts/kk.md`), percent-encoded where needed.

use super::{Context, Emitter, Report};
use crate::check::rules;
use crate::check::{Finding, Location, Severity};
use crate::messages::Catalogue;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
struct Run<'a> {
    tool: Tool,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
}

impl Text {
    fn plain(text: impl Into<String>) -> Text {
        Text {
            text: text.into(),
            markdown: None,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text>,
}

/// A file name as a URI reference: relative paths stay relative (with `/`
/// separators), absolute ones become `file://` URIs; characters outside the
/// URI's unreserved set are percent-encoded.
pub fn file_uri(file: &str) -> String {
    let path = normalize_segments(&file.replace('\\', "/"));
    let rel = path.as_str();
    let mut out = String::with_capacity(rel.len());
    for b in rel.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if rel.starts_with('/') {
        format!("file://{out}")
    } else {
        out
    }
}

/// Remove `.` segments and resolve `..` against the segment before it, so
/// that no URI carries dot segments (`/a/b/../c` → `/a/c`). Leading `..` of
/// a relative path cannot be resolved and stay.
fn normalize_segments(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if absolute => {}
                _ => parts.push(".."),
            },
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

fn location(l: &Location, id: Option<usize>) -> SarifLocation {
    SarifLocation {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: file_uri(&l.file),
            },
            region: (l.line > 0).then(|| Region {
                start_line: l.line,
                start_column: l.column,
                snippet: (!l.excerpt.is_empty()).then(|| Text::plain(l.excerpt.clone())),
            }),
        },
        message: id.map(|_| {
            Text::plain(match (l.lang, &l.clause) {
                (Some(lang), Some(c)) => format!("{lang} {c}"),
                (Some(lang), None) => lang.to_string(),
                (None, Some(c)) => c.clone(),
                (None, None) => l.file.clone(),
            })
        }),
    }
}

/// The SARIF emitter: the findings of `check` or the one-sided edits of
/// `diff` as a SARIF 2.1.0 log.
pub struct Sarif;

impl Emitter for Sarif {
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
        match report {
            Report::Check(findings) | Report::CheckMany { findings, .. } => {
                write(findings, &cx.catalogue, w)
            }
            Report::Diff(d) => write(&d.findings, &cx.catalogue, w),
            Report::Figures(_) => Err(super::unsupported("sarif", report)),
        }
    }
}

/// Write the findings as a SARIF 2.1.0 log; rule descriptors come from the
/// rules' own summary and documentation.
pub fn write(findings: &[Finding], c: &Catalogue, w: &mut dyn Write) -> io::Result<()> {
    let mut codes: Vec<&'static str> = findings.iter().map(|f| f.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let rules_list = codes
        .iter()
        .map(|code| {
            let rule = rules::rule(code);
            Rule {
                id: code,
                short_description: Text::plain(
                    rule.map_or_else(|| code.to_string(), |r| c.get(r.summary)),
                ),
                full_description: match rule {
                    Some(r) => Text {
                        text: r.doc.replace("**", ""),
                        markdown: Some(r.doc.to_string()),
                    },
                    None => Text::plain(*code),
                },
                default_configuration: Configuration {
                    level: rule.map_or(Severity::Warning, |r| r.severity).code(),
                },
            }
        })
        .collect();
    let results = findings
        .iter()
        .map(|f| SarifResult {
            rule_id: f.code,
            rule_index: codes.iter().position(|c| *c == f.code).unwrap_or(0),
            level: f.severity.code(),
            message: Text::plain(c.text(&f.message)),
            locations: f
                .locations
                .iter()
                .take(1)
                .map(|l| location(l, None))
                .collect(),
            related_locations: f
                .locations
                .iter()
                .skip(1)
                .enumerate()
                .map(|(k, l)| location(l, Some(k + 1)))
                .collect(),
        })
        .collect();
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "qostil",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/qostil/qostil",
                    rules: rules_list,
                },
            },
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *w, &log).map_err(io::Error::from)?;
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(file_uri("offer.txt"), "offer.txt");
        assert_eq!(
            file_uri("/work/main/../shared/corpus/a.txt"),
            "file:///work/shared/corpus/a.txt"
        );
        assert_eq!(file_uri("a/./b/../c.txt"), "a/c.txt");
        assert_eq!(file_uri("../shared/a.txt"), "../shared/a.txt");
        assert_eq!(file_uri("./a b/kk.md"), "a%20b/kk.md");
        assert_eq!(file_uri("/tmp/x.txt"), "file:///tmp/x.txt");
        assert_eq!(file_uri("шарт.txt"), "%D1%88%D0%B0%D1%80%D1%82.txt");
    }
}
