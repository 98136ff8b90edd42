//! `qostil.toml`: a team's settings for `qostil check`, found as ruff finds
//! `ruff.toml`.
//!
//! [`Config::discover`] looks for `qostil.toml` in the working directory,
//! then in each folder above it up to the filesystem root (it does not stop
//! at a `.git` folder, as ruff does not); [`Config::load`] reads a file
//! given with `--config`; [`Config::default`] is no configuration
//! (`--isolated`). Parsing is strict: an unknown key, a value of the wrong
//! type, an unknown rule code or a bad glob is an error naming the file,
//! line, column and key.
//!
//! ```toml
//! select = ["figure-mismatch", "figure-missing"]   # only these rules
//! extend-select = ["term-inconsistency"]           # these too (rules off by default)
//! ignore = ["numbering-gap"]                       # not these
//! fail-on = "warning"                              # error | warning | never
//!
//! [severity]                                       # error | warning
//! figure-missing = "error"
//!
//! [[per-path]]                                     # later entries win
//! path = "archive/**"
//! ignore = ["dangling-reference"]
//! severity = { figure-missing = "warning" }
//!
//! [[suppress]]                                     # one known finding
//! path = "contracts/lease"
//! code = "figure-missing"
//! clause = "4.2"                                   # optional
//! lang = "ru"                                      # optional
//! ```
//!
//! Globs (`path`) are matched against an input's path relative to the
//! folder of `qostil.toml`, with `/` between folders; `*` stays within a
//! folder and `**` crosses folders. A glob without `/` also matches the
//! input's own name. [`Config::apply`] (through [`crate::check::suppress`])
//! applies all of it to the findings of one checked target.

use crate::check::rules::{rule, RULES};
use crate::check::{Finding, Severity};
use crate::diag::{line_col, Diagnostic, Error, Result};
use crate::lang::Lang;
use crate::messages::{Message, Msg};
use crate::report::FailOn;
use globset::{GlobBuilder, GlobMatcher};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The name of the configuration file.
pub const FILE_NAME: &str = "qostil.toml";

/// Rule selection and severities: the top level or one `[[per-path]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Only these rules (`None`: every rule that is on by default).
    pub select: Option<Vec<String>>,
    /// These rules as well (rules off by default among them).
    pub extend_select: Vec<String>,
    /// Not these rules.
    pub ignore: Vec<String>,
    /// Severities changed, by rule code.
    pub severity: BTreeMap<String, Severity>,
}

/// A `[[per-path]]` entry: settings for the inputs its glob matches.
#[derive(Debug, Clone)]
pub struct PerPath {
    /// The glob as written.
    pub glob: String,
    matcher: GlobMatcher,
    /// Its settings, applied over the top level's.
    pub settings: Settings,
}

/// A `[[suppress]]` entry: a known finding not to report.
#[derive(Debug, Clone)]
pub struct Suppression {
    /// The glob as written.
    pub glob: String,
    matcher: GlobMatcher,
    /// The rule code.
    pub code: String,
    /// Only at this clause number.
    pub clause: Option<String>,
    /// Only in this language.
    pub lang: Option<Lang>,
    /// 1-based line and column of the entry's `code` in the file.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// What a target's findings are checked against: the rules that run and
/// their severities.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    enabled: Option<Vec<String>>,
    extended: Vec<String>,
    ignored: Vec<String>,
    severity: BTreeMap<String, Severity>,
}

impl Resolved {
    /// Whether the rule's findings are reported: selected (by `select`,
    /// `extend-select`, or by default when nothing is selected) and not
    /// ignored.
    pub fn enabled(&self, code: &str) -> bool {
        let selected = match &self.enabled {
            Some(e) => e.iter().any(|c| c == code),
            None => rule(code).is_none_or(|r| r.default_on),
        };
        (selected || self.extended.iter().any(|c| c == code))
            && !self.ignored.iter().any(|c| c == code)
    }

    /// The severity configured for a rule, if changed.
    pub fn severity(&self, code: &str) -> Option<Severity> {
        self.severity.get(code).copied()
    }

    fn merge(&mut self, s: &Settings) {
        if let Some(sel) = &s.select {
            self.enabled = Some(sel.clone());
            self.extended.clear();
            self.ignored.clear();
        }
        for c in &s.extend_select {
            self.ignored.retain(|i| i != c);
            self.extended.push(c.clone());
        }
        self.ignored.extend(s.ignore.iter().cloned());
        for (k, v) in &s.severity {
            self.severity.insert(k.clone(), *v);
        }
    }
}

/// A configuration: read from a file, or none.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file as shown in messages (`None`: no configuration file).
    pub file: Option<String>,
    /// The folder that globs are relative to (absolute).
    pub dir: PathBuf,
    /// The top-level settings.
    pub settings: Settings,
    /// `fail-on`.
    pub fail_on: Option<FailOn>,
    /// `[[per-path]]`, in order.
    pub per_path: Vec<PerPath>,
    /// `[[suppress]]`, in order.
    pub suppress: Vec<Suppression>,
}

impl Config {
    /// No configuration file: globs are relative to `dir`.
    pub fn none(dir: &Path) -> Config {
        Config {
            dir: absolute(dir),
            ..Config::default()
        }
    }

    /// The nearest `qostil.toml` in `cwd` or a folder above it; no
    /// configuration when there is none.
    pub fn discover(cwd: &Path) -> Result<Config> {
        match find_upward(cwd) {
            Some(path) => {
                let shown = path
                    .strip_prefix(absolute(cwd))
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| path.clone());
                Config::read(&path, &shown.display().to_string())
            }
            None => Ok(Config::none(cwd)),
        }
    }

    /// The file given with `--config`.
    pub fn load(path: &Path) -> Result<Config> {
        Config::read(path, &path.display().to_string())
    }

    fn read(path: &Path, shown: &str) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        Config::parse(&text, shown, dir)
    }

    /// Parse the text of a configuration file; `file` is shown in
    /// diagnostics, `dir` is the folder globs are relative to.
    pub fn parse(text: &str, file: &str, dir: &Path) -> Result<Config> {
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            let (line, col) = line_col(text, at);
            let error = e.message().trim().replace('\n', " ");
            let message = match crate::source::contract::toml_key_at(text, at) {
                Some(key) => Message::new(Msg::ConfigInvalidAt)
                    .with("key", key)
                    .with("error", error),
                None => Message::new(Msg::ConfigInvalid).with("error", error),
            };
            Diagnostic::at(file, line, message)
                .column(col)
                .help(Msg::ConfigHelp)
        })?;
        let mut v = Validator {
            text,
            file,
            diags: Vec::new(),
        };
        let settings = v.settings(raw.select, raw.extend_select, raw.ignore, raw.severity, "");
        let mut per_path = Vec::new();
        for (i, p) in raw.per_path.into_iter().enumerate() {
            let key = format!("per-path[{i}]");
            let matcher = v.glob(&p.path, &format!("{key}.path"));
            let settings = v.settings(
                p.select,
                p.extend_select,
                p.ignore,
                p.severity,
                &format!("{key}."),
            );
            if let Some(matcher) = matcher {
                per_path.push(PerPath {
                    glob: p.path.get_ref().clone(),
                    matcher,
                    settings,
                });
            }
        }
        let mut suppress = Vec::new();
        for (i, s) in raw.suppress.into_iter().enumerate() {
            let key = format!("suppress[{i}]");
            let matcher = v.glob(&s.path, &format!("{key}.path"));
            v.code(&s.code, &format!("{key}.code"));
            let lang = s.lang.as_ref().and_then(|l| {
                let found = Lang::from_code(l.get_ref());
                if found.is_none() {
                    v.error(
                        l.span(),
                        Message::new(Msg::ConfigBadLang)
                            .with("key", format!("{key}.lang"))
                            .with("lang", l.get_ref()),
                    );
                }
                found
            });
            let (line, column) = line_col(text, s.code.span().start);
            if let Some(matcher) = matcher {
                suppress.push(Suppression {
                    glob: s.path.get_ref().clone(),
                    matcher,
                    code: s.code.get_ref().clone(),
                    clause: s.clause.map(|c| c.trim().trim_end_matches('.').to_string()),
                    lang,
                    line,
                    column,
                });
            }
        }
        if !v.diags.is_empty() {
            return Err(Error::Input(v.diags));
        }
        Ok(Config {
            file: Some(file.to_string()),
            dir: absolute(dir),
            settings,
            fail_on: raw.fail_on.map(|f| match f {
                FailOnName::Error => FailOn::Error,
                FailOnName::Warning => FailOn::Warning,
                FailOnName::Never => FailOn::Never,
            }),
            per_path,
            suppress,
        })
    }

    /// Whether a rule may be reported for some input under this
    /// configuration: on by default, or named by a `select` or
    /// `extend-select` (top level or `[[per-path]]`). The checker runs only
    /// these; [`Config::apply`] then decides per target.
    pub fn may_report(&self, code: &str) -> bool {
        let named = |s: &Settings| {
            s.select.iter().flatten().any(|c| c == code)
                || s.extend_select.iter().any(|c| c == code)
        };
        crate::check::rules::rule(code).is_none_or(|r| r.default_on)
            || named(&self.settings)
            || self.per_path.iter().any(|p| named(&p.settings))
    }

    /// The settings for a target whose paths, relative to the
    /// configuration's folder, are `rels`: the top level, then each
    /// `[[per-path]]` entry whose glob matches one of them, in order.
    pub fn resolve(&self, rels: &[String]) -> Resolved {
        let mut r = Resolved::default();
        r.merge(&self.settings);
        for p in &self.per_path {
            if rels
                .iter()
                .any(|rel| glob_matches(&p.matcher, &p.glob, rel))
            {
                r.merge(&p.settings);
            }
        }
        r
    }

    /// A path relative to the configuration's folder, with `/` between
    /// folders (`None` when it lies outside it).
    pub fn relative(&self, path: &Path) -> Option<String> {
        let abs = absolute(path);
        let rel = abs.strip_prefix(&self.dir).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    }

    /// Apply this configuration and the inline suppressions of the
    /// target's files to the findings of one checked target (`inputs`: a
    /// contract folder, two files or one file, as given to `qostil check`).
    pub fn apply(&self, inputs: &[PathBuf], findings: Vec<Finding>) -> Vec<Finding> {
        crate::check::suppress::apply(self, inputs, findings)
    }
}

impl Suppression {
    /// Whether the glob matches a path relative to the configuration.
    pub fn matches_path(&self, rel: &str) -> bool {
        glob_matches(&self.matcher, &self.glob, rel)
    }
}

/// A glob matches a relative path; a glob without `/` also matches the
/// last part of the path (a folder's or a file's name).
fn glob_matches(m: &GlobMatcher, glob: &str, rel: &str) -> bool {
    m.is_match(rel)
        || (!glob.contains('/') && rel.rsplit('/').next().is_some_and(|name| m.is_match(name)))
}

/// The nearest `qostil.toml` at or above `cwd`.
pub fn find_upward(cwd: &Path) -> Option<PathBuf> {
    let start = absolute(cwd);
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// An absolute path with symbolic links resolved when it exists.
fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p)
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

struct Validator<'a> {
    text: &'a str,
    file: &'a str,
    diags: Vec<Diagnostic>,
}

impl Validator<'_> {
    fn error(&mut self, span: Range<usize>, message: Message) {
        let (line, col) = line_col(self.text, span.start);
        self.diags.push(
            Diagnostic::at(self.file, line, message)
                .column(col)
                .help(Msg::ConfigHelp),
        );
    }

    /// A rule code must name a rule.
    fn code(&mut self, code: &Spanned<String>, key: &str) {
        if rule(code.get_ref()).is_none() {
            let codes = RULES.iter().map(|r| r.code).collect::<Vec<_>>().join(", ");
            let (line, col) = line_col(self.text, code.span().start);
            self.diags.push(
                Diagnostic::at(
                    self.file,
                    line,
                    Message::new(Msg::ConfigUnknownRule)
                        .with("key", key)
                        .with("code", code.get_ref()),
                )
                .column(col)
                .help(Message::new(Msg::ConfigKnownRules).with("codes", codes)),
            );
        }
    }

    fn glob(&mut self, glob: &Spanned<String>, key: &str) -> Option<GlobMatcher> {
        match GlobBuilder::new(glob.get_ref())
            .literal_separator(true)
            .build()
        {
            Ok(g) => Some(g.compile_matcher()),
            Err(e) => {
                self.error(
                    glob.span(),
                    Message::new(Msg::ConfigBadGlob)
                        .with("key", key)
                        .with("glob", glob.get_ref())
                        .with("error", e.kind().to_string()),
                );
                None
            }
        }
    }

    fn settings(
        &mut self,
        select: Option<Vec<Spanned<String>>>,
        extend_select: Vec<Spanned<String>>,
        ignore: Vec<Spanned<String>>,
        severity: BTreeMap<Spanned<String>, SeverityName>,
        prefix: &str,
    ) -> Settings {
        for c in select.iter().flatten() {
            self.code(c, &format!("{prefix}select"));
        }
        for c in &extend_select {
            self.code(c, &format!("{prefix}extend-select"));
        }
        for c in &ignore {
            self.code(c, &format!("{prefix}ignore"));
        }
        for c in severity.keys() {
            self.code(c, &format!("{prefix}severity"));
        }
        Settings {
            select: select.map(|s| s.into_iter().map(Spanned::into_inner).collect()),
            extend_select: extend_select.into_iter().map(Spanned::into_inner).collect(),
            ignore: ignore.into_iter().map(Spanned::into_inner).collect(),
            severity: severity
                .into_iter()
                .map(|(k, v)| {
                    let s = match v {
                        SeverityName::Error => Severity::Error,
                        SeverityName::Warning => Severity::Warning,
                    };
                    (k.into_inner(), s)
                })
                .collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    #[serde(default)]
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    extend_select: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, SeverityName>,
    #[serde(default)]
    fail_on: Option<FailOnName>,
    #[serde(default)]
    per_path: Vec<RawPerPath>,
    #[serde(default)]
    suppress: Vec<RawSuppress>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPerPath {
    path: Spanned<String>,
    #[serde(default)]
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    extend_select: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, SeverityName>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSuppress {
    path: Spanned<String>,
    code: Spanned<String>,
    #[serde(default)]
    clause: Option<String>,
    #[serde(default)]
    lang: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum SeverityName {
    Error,
    Warning,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum FailOnName {
    Error,
    Warning,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(text, "qostil.toml", Path::new("/proj"))
    }

    fn first_error(text: &str) -> String {
        match parse(text) {
            Err(Error::Input(d)) => d[0].to_string(),
            other => panic!("expected an input error, got {other:?}"),
        }
    }

    #[test]
    fn reads_every_key() {
        let c = parse(
            r#"
select = ["figure-mismatch", "figure-missing"]
ignore = ["figure-missing"]
fail-on = "warning"
[severity]
figure-mismatch = "warning"
[[per-path]]
path = "archive/**"
select = ["numbering-gap"]
severity = { numbering-gap = "error" }
[[suppress]]
path = "c"
code = "figure-missing"
clause = "4.2."
lang = "ru"
"#,
        )
        .expect("parses");
        assert_eq!(c.fail_on, Some(FailOn::Warning));
        let top = c.resolve(&["contracts/lease".into()]);
        assert!(top.enabled("figure-mismatch"));
        assert!(!top.enabled("figure-missing"));
        assert!(!top.enabled("numbering-gap"));
        assert_eq!(top.severity("figure-mismatch"), Some(Severity::Warning));
        let old = c.resolve(&["archive/2020/lease".into()]);
        assert!(old.enabled("numbering-gap"));
        assert!(!old.enabled("figure-mismatch"));
        assert_eq!(old.severity("numbering-gap"), Some(Severity::Error));
        let s = &c.suppress[0];
        assert_eq!(s.clause.as_deref(), Some("4.2"));
        assert_eq!(s.lang, Some(Lang::Ru));
        assert_eq!((s.line, s.column), (13, 8));
        assert!(s.matches_path("c"));
        assert!(s.matches_path("sub/c"), "a glob without / matches a name");
    }

    #[test]
    fn unknown_keys_wrong_types_and_codes_name_file_line_and_key() {
        let e = first_error("select = []\nfail_on = \"error\"\n");
        assert!(e.starts_with("error: qostil.toml:2:1:"), "{e}");
        assert!(e.contains("fail_on"), "{e}");

        let e = first_error("[severity]\nfigure-missing = \"fatal\"\n");
        assert!(e.starts_with("error: qostil.toml:2:"), "{e}");
        assert!(e.contains("severity.figure-missing"), "{e}");

        let e = first_error("ignore = \"figure-missing\"\n");
        assert!(e.starts_with("error: qostil.toml:1:10:"), "{e}");
        assert!(e.contains("`ignore`"), "{e}");

        let e = first_error("select = [\"figure-mismatch\",\n  \"figure-mismach\"]\n");
        assert!(e.starts_with("error: qostil.toml:2:3:"), "{e}");
        assert!(e.contains("figure-mismach"), "{e}");
        assert!(
            e.contains("figure-missing"),
            "the known codes are listed: {e}"
        );

        let e = first_error("[severity]\n\nnumbering-gapp = \"error\"\n");
        assert!(e.starts_with("error: qostil.toml:3:1:"), "{e}");

        let e = first_error("[[suppress]]\npath = \"a/[\"\ncode = \"figure-missing\"\n");
        assert!(e.starts_with("error: qostil.toml:2:8:"), "{e}");

        let e =
            first_error("[[suppress]]\npath = \"a\"\ncode = \"figure-missing\"\nlang = \"kz\"\n");
        assert!(e.starts_with("error: qostil.toml:4:8:"), "{e}");
    }

    #[test]
    fn later_per_path_entries_win_and_select_resets_the_ignores() {
        let c = parse(
            r#"
ignore = ["numbering-gap"]
[[per-path]]
path = "a/*"
severity = { numbering-gap = "error" }
[[per-path]]
path = "a/x"
select = ["numbering-gap"]
severity = { numbering-gap = "warning" }
"#,
        )
        .expect("parses");
        let r = c.resolve(&["a/y".into()]);
        assert!(!r.enabled("numbering-gap"));
        let r = c.resolve(&["a/x".into()]);
        assert!(r.enabled("numbering-gap"));
        assert_eq!(r.severity("numbering-gap"), Some(Severity::Warning));
        assert!(!c.resolve(&["b/a/x".into()]).enabled("numbering-gap"));
    }

    #[test]
    fn rules_off_by_default_run_when_selected_or_extended() {
        let none = Config::default().resolve(&[]);
        assert!(!none.enabled("negation-mismatch"));
        assert!(none.enabled("figure-mismatch"));
        let c = parse("extend-select = [\"negation-mismatch\"]\n").expect("parses");
        let r = c.resolve(&[]);
        assert!(r.enabled("negation-mismatch") && r.enabled("figure-mismatch"));
        let c = parse("select = [\"negation-mismatch\"]\n").expect("parses");
        let r = c.resolve(&[]);
        assert!(r.enabled("negation-mismatch") && !r.enabled("figure-mismatch"));
        // Extended at the top, ignored for some paths.
        let c = parse(
            "extend-select = [\"negation-mismatch\"]\n[[per-path]]\npath = \"old/**\"\nignore = [\"negation-mismatch\"]\n",
        )
        .expect("parses");
        assert!(c
            .resolve(&["new/a.txt".into()])
            .enabled("negation-mismatch"));
        assert!(!c
            .resolve(&["old/a.txt".into()])
            .enabled("negation-mismatch"));
        let e = first_error("extend-select = [\"negation-mismach\"]\n");
        assert!(e.contains("extend-select"), "{e}");
    }

    #[test]
    fn the_readme_example_reads() {
        let readme = include_str!("../README.md");
        let section = readme
            .split("### Configuration")
            .nth(1)
            .expect("README has a Configuration section");
        let example = section
            .split("```toml\n")
            .nth(1)
            .and_then(|s| s.split("```").next())
            .expect("an example");
        let c = parse(example).expect("the README example is valid");
        assert_eq!(c.per_path.len(), 1);
        assert_eq!(c.suppress.len(), 1);
    }

    #[test]
    fn discovery_walks_up_to_the_nearest_file() {
        let t = tempfile::tempdir().expect("tempdir");
        let deep = t.path().join("a/b/c");
        std::fs::create_dir_all(&deep).expect("mkdir");
        std::fs::write(t.path().join("a").join(FILE_NAME), "").expect("write");
        let found = find_upward(&deep).expect("found");
        assert_eq!(absolute(&found), absolute(&t.path().join("a/qostil.toml")));
        let c = Config::discover(&deep).expect("reads");
        assert_eq!(c.relative(&deep).as_deref(), Some("b/c"));
    }
}
