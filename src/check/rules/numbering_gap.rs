//! `numbering-gap`
//!
//! **What it does.** Finds clause numbers that skip: `4.2.2` followed by
//! `4.2.4`, in either language.
//!
//! **Why is this bad?** A skipped number makes readers look for a clause
//! that is not there, and breaks references by number. When the other
//! language has the skipped clause, the clause is missing rather than
//! misnumbered, and `clause-missing` reports it instead.
//!
//! **Example.**
//! ```text
//! 4.2.2. Заказчик оплачивает …
//! 4.2.4. Исполнитель вправе …
//! ```

use super::super::numbering::{Issue, IssueKind};
use super::super::{Context, Finding};
use crate::lang::Lang;

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    super::numbering_findings(
        ctx,
        "numbering-gap",
        |k| matches!(k, IssueKind::Gap),
        explained_by_missing_clause,
        out,
    );
}

/// True when the other language has, with no counterpart, a clause whose
/// number lies in the gap: the clause is missing, reported once as such.
fn explained_by_missing_clause(ctx: &Context<'_>, lang: Lang, issue: &Issue) -> bool {
    let side = ctx.side(lang);
    let other = ctx.side(lang.other());
    let Some(cur) = side.units.get(issue.unit).and_then(|u| u.number.as_ref()) else {
        return false;
    };
    other.units.iter().enumerate().any(|(j, u)| {
        other.partner[j].is_none()
            && u.number
                .as_ref()
                .is_some_and(|n| n > &issue.prev && n < cur)
    })
}
