//! Checking many contracts at once: the targets of a
//! [`crate::source::workspace::Workspace`] are read and checked in
//! parallel ([`crate::parallel`]), each on its own; a target that cannot be
//! read becomes `source-error` findings and does not stop the others. The
//! findings come out in the order of the targets (sorted by path), each
//! target's in the order the checker gives them, whatever the number of
//! threads.

use super::rules::source_error;
use super::{Finding, Location};
use crate::messages::{Message, Msg};
use crate::source::workspace::Target;
use std::path::PathBuf;

/// What checking the targets found.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// All findings, target by target.
    pub findings: Vec<Finding>,
    /// The number of targets checked.
    pub targets: usize,
    /// The number of targets that could not be read.
    pub unreadable: usize,
}

/// The findings of one target by the rules `config` may report, or, when
/// it cannot be read, its `source-error` findings.
pub fn check_target(
    target: &Target,
    config: &crate::config::Config,
) -> Result<Vec<Finding>, Vec<Finding>> {
    match target {
        Target::Lone(path, lang) => {
            let file = path.display().to_string();
            let message = Message::new(Msg::SrcNoCounterpart)
                .with("file", file.clone())
                .with("lang", *lang)
                .with("other", lang.other());
            Err(vec![
                source_error::RULE.finding(message, vec![file_location(file, Some(*lang))])
            ])
        }
        Target::Empty(path) => {
            let file = path.display().to_string();
            Err(vec![source_error::RULE.finding(
                Message::new(Msg::SrcNoContracts),
                vec![file_location(file, None)],
            )])
        }
        Target::Unreadable { path, cause } => {
            let file = path.display().to_string();
            let message = Message::new(Msg::CannotReadFolder)
                .with("path", file.clone())
                .with("cause", cause.clone());
            Err(vec![
                source_error::RULE.finding(message, vec![file_location(file, None)])
            ])
        }
        _ => {
            let inputs = target.inputs();
            match crate::source::input::load(&inputs) {
                Ok(bi) => Ok(super::check_with(&bi, |r| config.may_report(r.code))),
                Err(e) => Err(source_errors(&e.into(), &inputs)),
            }
        }
    }
}

/// What the configuration makes of a target's findings: suppressions,
/// the rules selected, their severities ([`crate::config::Config::apply`]).
pub fn finish_target(
    target: &Target,
    findings: Vec<Finding>,
    config: &crate::config::Config,
) -> Vec<Finding> {
    config.apply(&target.inputs(), findings)
}

/// Check the targets on up to `threads` threads (0: one per core), each
/// under `config`.
pub fn check_targets(
    targets: &[Target],
    threads: usize,
    config: &crate::config::Config,
) -> Outcome {
    let threads = crate::parallel::threads(threads);
    let results = crate::parallel::map(targets, threads, |t| match check_target(t, config) {
        Ok(f) => (finish_target(t, f, config), false),
        Err(f) => (finish_target(t, f, config), true),
    });
    let mut outcome = Outcome {
        targets: targets.len(),
        ..Outcome::default()
    };
    for (findings, unreadable) in results {
        outcome.unreadable += usize::from(unreadable);
        outcome.findings.extend(findings);
    }
    outcome
}

fn file_location(file: String, lang: Option<crate::lang::Lang>) -> Location {
    Location {
        lang,
        file,
        line: 0,
        column: None,
        clause: None,
        excerpt: String::new(),
    }
}

/// A source that cannot be read, as `source-error` findings: one per
/// diagnostic (file, line, column), or one for the whole input.
pub fn source_errors(e: &anyhow::Error, inputs: &[PathBuf]) -> Vec<Finding> {
    let lang_of = |file: &str| {
        let name = std::path::Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("");
        crate::lang::Lang::from_code(name)
    };
    let diags = e
        .chain()
        .find_map(|c| match c.downcast_ref::<crate::Error>() {
            Some(crate::Error::Input(d)) => Some(d.clone()),
            _ => None,
        });
    let Some(diags) = diags else {
        let file = match e.chain().find_map(|c| c.downcast_ref::<crate::Error>()) {
            Some(crate::Error::Io { path, .. }) => path.display().to_string(),
            _ => inputs
                .first()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        };
        let text = e
            .chain()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(": ");
        let message = Message::new(Msg::SourceError).with("text", text);
        return vec![
            source_error::RULE.finding(message, vec![file_location(file.clone(), lang_of(&file))])
        ];
    };
    diags
        .iter()
        .map(|d| {
            let message = match &d.help {
                Some(h) => Message::new(Msg::SourceErrorHelp)
                    .with("text", d.message.clone())
                    .with("help", h.clone()),
                None => Message::new(Msg::SourceError).with("text", d.message.clone()),
            };
            let location = Location {
                lang: lang_of(&d.file),
                file: d.file.clone(),
                line: d.line.unwrap_or(0),
                column: d.column,
                clause: None,
                excerpt: String::new(),
            };
            source_error::RULE.finding(message, vec![location])
        })
        .collect()
}
