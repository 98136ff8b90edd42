//! `numbering-order`
//!
//! **What it does.** Finds a clause number out of sequence in one language:
//! `8.2`, `9.3`, `8.4`, or a number lower than the one before it.
//!
//! **Why is this bad?** The clause seems to belong to another section;
//! references by number and the pairing of the languages suffer.
//!
//! **Example.**
//! ```text
//! 8.2. …
//! 9.3. …      (8.3 expected)
//! 8.4. …
//! ```

use super::super::numbering::IssueKind;
use super::super::{Context, Finding};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    super::numbering_findings(
        ctx,
        "numbering-order",
        |k| matches!(k, IssueKind::Order),
        super::never,
        out,
    );
}
