//! `clause-missing`
//!
//! **What it does.** Finds numbered clauses of one language that have no
//! counterpart in the other. Consecutive clauses missing together are one
//! finding.
//!
//! **Why is this bad?** Both language versions are equally authentic: an
//! obligation written in one language only is a dispute waiting to happen.
//!
//! **Example.**
//! ```text
//! ru: 4.2.3. Исполнитель вправе приостановить доступ …
//! kk: (no 4.2.3)
//! ```

use super::super::numbering::IssueKind;
use super::super::{location, Context, Finding, Side};
use super::{clause_label, lang_name, severity, unit_excerpt, QUOTE};
use crate::check::excerpt;
use crate::lang::Lang;
use crate::messages::msg;

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
    let range = if first == last {
        first
    } else {
        format!("{first}–{last}")
    };
    // Where the clause would be in the other language: after the partner of
    // the nearest paired unit before it.
    let anchor = (0..start).rev().find_map(|i| side.partner[i]);
    let (where_, anchor_loc) = match anchor {
        Some(j) => (
            msg(
                "check.clause-missing.after",
                &[("clause", &clause_label(other, j))],
            ),
            Some(location(other, j, unit_excerpt(other, j))),
        ),
        None => (msg("check.clause-missing.start", &[]), None),
    };
    let message = msg(
        "check.clause-missing",
        &[
            ("clause", &range),
            ("lang", &lang_name(side.lang())),
            ("other", &lang_name(side.lang().other())),
            ("where", &where_),
            ("quote", &excerpt(&side.units[start].text, None, QUOTE)),
        ],
    );
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
    out.push(Finding {
        code: "clause-missing",
        severity: severity("clause-missing"),
        message,
        locations,
    });
}
