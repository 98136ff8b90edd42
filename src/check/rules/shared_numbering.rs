#![doc = include_str!("shared_numbering.md")]

use super::super::{excerpt, Context, Finding, Location, Side};
use super::{Rule, QUOTE};
use crate::check::Severity;
use crate::lang::Lang;
use crate::messages::{Message, Msg};
use crate::model::SharedNumbering;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "shared-numbering",
    severity: Severity::Error,
    summary: Msg::RuleSharedNumbering,
    doc: include_str!("shared_numbering.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule: one finding per table whose language columns share a
/// list, at its first row numbered in both columns.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let (kk, ru) = (ctx.side(Lang::Kk), ctx.side(Lang::Ru));
    for (k, r) in kk.doc.shared_numbering.iter().zip(&ru.doc.shared_numbering) {
        let message = Message::new(Msg::SharedNumbering)
            .with("kk", k.shown.as_str())
            .with("ru", r.shown.as_str())
            .with("kk_text", excerpt(&k.text, None, QUOTE))
            .with("ru_text", excerpt(&r.text, None, QUOTE));
        out.push(RULE.finding(message, vec![location(kk, k), location(ru, r)]));
    }
}

/// The unit a line belongs to: the last one starting at or before it.
fn clause_at(side: &Side<'_>, line: u32) -> Option<String> {
    let after = side.units.partition_point(|u| u.line <= line);
    side.units.get(after.checked_sub(1)?)?.clause()
}

fn location(side: &Side<'_>, s: &SharedNumbering) -> Location {
    Location {
        lang: Some(side.lang()),
        file: side.doc.file.clone(),
        line: s.line,
        column: None,
        clause: clause_at(side, s.line),
        excerpt: excerpt(&s.text, None, super::EXCERPT),
    }
}
