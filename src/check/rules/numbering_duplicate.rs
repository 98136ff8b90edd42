//! `numbering-duplicate`
//!
//! **What it does.** Finds a clause number used a second time in the same
//! language: `4.2.3` followed by another `4.2.3`.
//!
//! **Why is this bad?** A reference to `4.2.3` becomes ambiguous, and the
//! two languages no longer number the same clause alike. The clauses are
//! still paired by content, so the slip is reported once here, not as
//! missing clauses or different figures.
//!
//! **Example.**
//! ```text
//! 4.2.3. Тапсырыс беруші …
//! 4.2.3. Орындаушы …        (4.2.4 expected)
//! ```

use super::super::numbering::IssueKind;
use super::super::{Context, Finding};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    super::numbering_findings(
        ctx,
        "numbering-duplicate",
        |k| matches!(k, IssueKind::Duplicate { .. }),
        super::never,
        out,
    );
}
