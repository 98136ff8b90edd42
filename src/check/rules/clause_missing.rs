#![doc = include_str!("clause_missing.md")]

use super::super::numbering::IssueKind;
use super::super::{location, Context, Finding, Side};
use super::Rule;
use super::{clause_label, unit_excerpt, QUOTE};
use crate::check::excerpt;
use crate::check::Severity;
use crate::lang::Lang;
use crate::messages::{Arg, ClauseRef, Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "clause-missing",
    severity: Severity::Error,
    summary: Msg::RuleClauseMissing,
    doc: include_str!("clause_missing.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if !ctx.bilingual() {
        return;
    }
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        let other = ctx.side(lang.other());
        let mut k = 0;
        let n = side.units.len();
        while k < n {
            if !lonely(side, k) {
                k += 1;
                continue;
            }
            let start = k;
            while k + 1 < n && (lonely(side, k + 1) || unnumbered_alone(side, k + 1)) {
                k += 1;
            }
            let end = k;
            k += 1;
            push(ctx, side, other, start, end, out);
        }
    }
}

/// A numbered unit with no partner whose number is not itself a slip.
fn lonely(side: &Side<'_>, k: usize) -> bool {
    side.partner[k].is_none()
        && side.units[k].number.is_some()
        && !matches!(
            side.issue(k).map(|i| &i.kind),
            Some(IssueKind::Duplicate { .. } | IssueKind::Order)
        )
}

fn unnumbered_alone(side: &Side<'_>, k: usize) -> bool {
    side.partner[k].is_none() && side.units[k].number.is_none()
}

fn push(
    ctx: &Context<'_>,
    side: &Side<'_>,
    other: &Side<'_>,
    start: usize,
    end: usize,
    out: &mut Vec<Finding>,
) {
    let first = clause_label(side, start);
    let last = (start..=end)
        .rev()
        .find(|i| side.units[*i].number.is_some())
        .map(|i| clause_label(side, i))
        .unwrap_or_else(|| first.clone());
    // Where the clause would be in the other language: after the partner of
    // the nearest paired unit before it.
    let anchor = (0..start).rev().find_map(|i| side.partner[i]);
    let (where_, anchor_loc) = match anchor {
        Some(j) => (
            Message::new(Msg::ClauseMissingAfter).with("clause", clause_label(other, j)),
            Some(location(other, j, unit_excerpt(other, j))),
        ),
        None => (Message::new(Msg::ClauseMissingStart), None),
    };
    let message = match (&first, &last) {
        (ClauseRef::Number(a), ClauseRef::Number(b)) if first != last => {
            Message::new(Msg::ClauseMissingRange)
                .with("first", Arg::Num(a.clone()))
                .with("last", Arg::Num(b.clone()))
        }
        _ => Message::new(Msg::ClauseMissing).with("clause", first),
    }
    .with("lang", side.lang())
    .with("other", side.lang().other())
    .with("where", where_)
    .with("quote", excerpt(&side.units[start].text, None, QUOTE));
    let mut locations = vec![location(side, start, unit_excerpt(side, start))];
    locations.extend(anchor_loc);
    // Every further clause of the range, so that each missing clause is
    // pointed at.
    for k in start + 1..=end {
        if side.units[k].number.is_some() {
            locations.push(location(side, k, unit_excerpt(side, k)));
        }
    }
    let _ = ctx;
    out.push(RULE.finding(message, locations));
}
