//! `numbering-mismatch`
//!
//! **What it does.** Finds paired clauses (the same clause in the two
//! languages) that carry different numbers, where neither language's own
//! numbering explains it. A run of such pairs (a whole section numbered
//! differently) is one finding.
//!
//! **Why is this bad?** A reference to "clause 5.2" then points to
//! different obligations in the Kazakh and the Russian text.
//!
//! **Example.**
//! ```text
//! kk: 5.2. Орындаушы …      ru: 6.2. Исполнитель …
//! ```

use super::super::{location, Context, Finding};
use super::{severity, unit_excerpt, QUOTE};
use crate::check::excerpt;
use crate::messages::msg;

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut run_start: Option<(usize, usize)> = None;
    let mut run_len = 0usize;
    let flush = |start: Option<(usize, usize)>, len: usize, out: &mut Vec<Finding>| {
        let Some((i, j)) = start else { return };
        let (ku, ru) = (&ctx.kk.units[i], &ctx.ru.units[j]);
        let more = if len > 1 {
            msg(
                "check.numbering-mismatch.more",
                &[("count", &(len - 1).to_string())],
            )
        } else {
            String::new()
        };
        let message = msg(
            "check.numbering-mismatch",
            &[
                ("kk_number", &ku.clause().unwrap_or_default()),
                ("ru_number", &ru.clause().unwrap_or_default()),
                ("more", &more),
                ("kk_quote", &excerpt(&ku.text, None, QUOTE)),
                ("ru_quote", &excerpt(&ru.text, None, QUOTE)),
            ],
        );
        out.push(Finding {
            code: "numbering-mismatch",
            severity: severity("numbering-mismatch"),
            message,
            locations: vec![
                location(&ctx.kk, i, unit_excerpt(&ctx.kk, i)),
                location(&ctx.ru, j, unit_excerpt(&ctx.ru, j)),
            ],
        });
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
