//! `figure-mismatch`
//!
//! **What it does.** Compares the figures of each pair of clauses (the same
//! clause in the two languages): amounts, percentages, periods with their
//! qualifier (calendar, working, banking days), counts, dates. Figures
//! written differently but equal (`990.000` / `990 000`, `12 месяцев` /
//! `12 ай`) agree. References are compared as well: a law citation whose
//! article or paragraph differs (`статья 123 Трудового кодекса` ↔ `Еңбек
//! кодексінің 167-бабы`), or that names another law, and a reference to
//! another clause or sub-item are mismatches; citations that agree however
//! written (`п. 5 ст. 395 ГК РК` ↔ `ҚР АК 395-бабы 5-тармағы`) are not.
//! A citation naming its law in one language only still agrees when the
//! article does. One finding per pair of clauses lists every figure that
//! disagrees.
//!
//! **Why is this bad?** The two versions are equally authentic: a price or a
//! deadline that differs between them is a dispute waiting to happen.
//!
//! **Example.**
//! ```text
//! kk: … 10 (он) жұмыс күні ішінде …
//! ru: … в течение 10 (десяти) календарных дней …
//! ```

use super::super::{location, Context, Finding};
use super::{clause_label, diff_figures, figure_excerpt, severity, EXCERPT, QUOTE};
use crate::messages::msg;

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for p in &ctx.pairs {
        let (Some(i), Some(j)) = *p else { continue };
        let (ku, ru) = (&ctx.kk.units[i], &ctx.ru.units[j]);
        let d = diff_figures(&ku.figures, &ru.figures);
        let Some((fk, fr)) = d.mismatched.first() else {
            continue;
        };
        let list = d
            .mismatched
            .iter()
            .map(|(a, b)| format!("«{}» ≠ «{}»", a.text, b.text))
            .collect::<Vec<_>>()
            .join("; ");
        let message = msg(
            "check.figure-mismatch",
            &[
                ("clause", &clause_label(&ctx.kk, i)),
                ("ru_clause", &clause_label(&ctx.ru, j)),
                ("figures", &list),
                ("kk_quote", &figure_excerpt(&ctx.kk, i, fk, QUOTE)),
                ("ru_quote", &figure_excerpt(&ctx.ru, j, fr, QUOTE)),
            ],
        );
        out.push(Finding {
            code: "figure-mismatch",
            severity: severity("figure-mismatch"),
            message,
            locations: vec![
                location(&ctx.kk, i, figure_excerpt(&ctx.kk, i, fk, EXCERPT)),
                location(&ctx.ru, j, figure_excerpt(&ctx.ru, j, fr, EXCERPT)),
            ],
        });
    }
}
