#![doc = include_str!("numbering_mismatch.md")]

use super::super::{location, Context, Finding};
use super::Rule;
use super::{unit_excerpt, QUOTE};
use crate::check::excerpt;
use crate::check::Severity;
use crate::messages::{Arg, Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "numbering-mismatch",
    severity: Severity::Warning,
    summary: Msg::RuleNumberingMismatch,
    doc: include_str!("numbering_mismatch.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut run_start: Option<(usize, usize)> = None;
    let mut run_len = 0usize;
    let flush = |start: Option<(usize, usize)>, len: usize, out: &mut Vec<Finding>| {
        let Some((i, j)) = start else { return };
        let (ku, ru) = (&ctx.kk.units[i], &ctx.ru.units[j]);
        let more = if len > 1 {
            Arg::from(Message::new(Msg::NumberingMismatchMore).with("count", len - 1))
        } else {
            Arg::Text(String::new())
        };
        let message = Message::new(Msg::NumberingMismatch)
            .with("kk_number", Arg::Num(ku.clause().unwrap_or_default()))
            .with("ru_number", Arg::Num(ru.clause().unwrap_or_default()))
            .with("more", more)
            .with("kk_quote", excerpt(&ku.text, None, QUOTE))
            .with("ru_quote", excerpt(&ru.text, None, QUOTE));
        out.push(RULE.finding(
            message,
            vec![
                location(&ctx.kk, i, unit_excerpt(&ctx.kk, i)),
                location(&ctx.ru, j, unit_excerpt(&ctx.ru, j)),
            ],
        ));
    };
    // After a slip in one language's numbering, the pairs that follow are
    // numbered apart until the numbers meet again: one root cause, already
    // reported by the numbering rules.
    let mut after_slip = false;
    for p in &ctx.pairs {
        let (Some(i), Some(j)) = *p else { continue };
        let (a, b) = (&ctx.kk.units[i].number, &ctx.ru.units[j].number);
        let slip = ctx.kk.issue(i).is_some() || ctx.ru.issue(j).is_some();
        let apart = matches!((a, b), (Some(x), Some(y)) if x != y);
        if slip {
            after_slip = true;
        } else if a.is_some() && b.is_some() && !apart {
            after_slip = false;
        }
        let differs = apart && !slip && !after_slip;
        if differs {
            if run_start.is_none() {
                run_start = Some((i, j));
                run_len = 0;
            }
            run_len += 1;
        } else if a.is_some() && b.is_some() {
            flush(run_start.take(), run_len, out);
        }
    }
    flush(run_start.take(), run_len, out);
}
