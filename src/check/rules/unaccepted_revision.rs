#![doc = include_str!("unaccepted_revision.md")]

use super::super::{excerpt, Context, Finding, Location, Side};
use super::{Rule, QUOTE};
use crate::check::Severity;
use crate::lang::Lang;
use crate::messages::{Arg, ClauseRef, Message, Msg};
use crate::model::{Revision, RevisionKind};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "unaccepted-revision",
    severity: Severity::Warning,
    summary: Msg::RuleUnacceptedRevision,
    doc: include_str!("unaccepted_revision.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule: one finding per revision of each language's document.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        for r in &side.doc.revisions {
            out.push(finding(side, r));
        }
    }
}

/// The unit a line belongs to: the last one starting at or before it.
fn unit_at(side: &Side<'_>, line: u32) -> Option<usize> {
    let after = side.units.partition_point(|u| u.line <= line);
    after.checked_sub(1)
}

fn finding(side: &Side<'_>, r: &Revision) -> Finding {
    let unit = unit_at(side, r.line);
    let number = unit
        .and_then(|u| side.units.get(u))
        .and_then(|u| u.clause());
    let id = match r.kind {
        RevisionKind::Deleted => Msg::RevisionDeleted,
        RevisionKind::Inserted => Msg::RevisionInserted,
        RevisionKind::Moved => Msg::RevisionMoved,
    };
    let by = match &r.author {
        Some(a) => Arg::Msg(Box::new(
            Message::new(Msg::RevisionBy).with("author", a.as_str()),
        )),
        None => Arg::Text(String::new()),
    };
    let message = Message::new(id)
        .with("clause", ClauseRef::or_line(number.as_deref(), r.line))
        .with("lang", side.lang())
        .with("text", excerpt(&r.text, None, QUOTE))
        .with("by", by);
    let location = Location {
        lang: Some(side.lang()),
        file: side.doc.file.clone(),
        line: r.line,
        column: None,
        clause: number,
        excerpt: excerpt(&r.text, None, super::EXCERPT),
    };
    RULE.finding(message, vec![location])
}
