//! The rules of `qostil check`, one file each. [`RULES`] maps each stable
//! kebab-case code to its rule; a code is never reused.
//!
//! Severities: disagreements between the languages that change what the
//! contract says (a figure, a missing clause, digits against their words)
//! are errors; numbering problems, a figure present in one language only
//! and references to clauses that do not exist are warnings: they need a
//! look, but the two texts may still say the same.

use super::{excerpt, Context, Finding, Location, Side};
use crate::figures::{Figure, FigureKind, Value};
use crate::lang::Lang;
use crate::messages::{Arg, ClauseRef, Message, Msg};

pub mod clause_missing;
pub mod dangling_reference;
pub mod figure_mismatch;
pub mod figure_missing;
pub mod identifier_mismatch;
pub mod negation_mismatch;
pub mod numbering_duplicate;
pub mod numbering_gap;
pub mod numbering_mismatch;
pub mod numbering_order;
pub mod one_sided_edit;
pub mod party_mismatch;
pub mod requisites_changed;
pub mod requisites_mismatch;
pub mod sentence_missing;
pub mod shared_numbering;
pub mod source_error;
pub mod term_inconsistency;
pub mod unaccepted_revision;
pub mod unused_suppression;
pub mod words_digits;
pub mod wrong_language;

pub use super::Severity;

/// A rule: its code, severity, one-line summary, documentation and the
/// function that runs it. Each rule file declares its `RULE` once; findings
/// are made from it ([`Rule::finding`]), so the code and severity are
/// written in one place.
#[derive(Debug)]
pub struct Rule {
    /// Stable kebab-case code.
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// What it reports, in one line, in the catalogue.
    pub summary: Msg,
    /// What it does, why that matters, an example (Markdown).
    pub doc: &'static str,
    /// Run the rule over paired texts, pushing findings; `None` for the
    /// rules reported by another stage (the diff, the reader).
    pub run: Option<fn(&Context<'_>, &mut Vec<Finding>)>,
    /// Whether the rule runs when the configuration selects nothing. A
    /// rule whose precision on real documents is below the bar stays off
    /// until `select` or `extend-select` asks for it.
    pub default_on: bool,
}

impl Rule {
    /// A finding of this rule.
    pub fn finding(&self, message: Message, locations: Vec<Location>) -> Finding {
        Finding {
            code: self.code,
            severity: self.severity,
            message,
            locations,
        }
    }
}

/// Every rule, by code.
pub static RULES: &[&Rule] = &[
    &clause_missing::RULE,
    &dangling_reference::RULE,
    &figure_mismatch::RULE,
    &figure_missing::RULE,
    &identifier_mismatch::RULE,
    &negation_mismatch::RULE,
    &numbering_duplicate::RULE,
    &numbering_gap::RULE,
    &numbering_mismatch::RULE,
    &numbering_order::RULE,
    &party_mismatch::RULE,
    &one_sided_edit::RULE,
    &requisites_changed::RULE,
    &requisites_mismatch::RULE,
    &sentence_missing::RULE,
    &shared_numbering::RULE,
    &source_error::RULE,
    &term_inconsistency::RULE,
    &unaccepted_revision::RULE,
    &unused_suppression::RULE,
    &words_digits::RULE,
    &wrong_language::RULE,
];

/// The rule of a code.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.code == code)
}

/// Quote length for excerpts in locations.
pub const EXCERPT: usize = 160;
/// Quote length inside messages.
pub const QUOTE: usize = 90;

/// The whole-unit excerpt of a unit.
pub fn unit_excerpt(side: &Side<'_>, unit: usize) -> String {
    side.units
        .get(unit)
        .map(|u| excerpt(&u.text, None, EXCERPT))
        .unwrap_or_default()
}

/// Excerpt around a figure.
pub fn figure_excerpt(side: &Side<'_>, unit: usize, f: &Figure, max: usize) -> String {
    side.units
        .get(unit)
        .map(|u| excerpt(&u.text, Some(f.span.clone()), max))
        .unwrap_or_default()
}

/// A unit as a clause in a message: its number, or unnumbered.
pub fn clause_label(side: &Side<'_>, unit: usize) -> ClauseRef {
    ClauseRef::of(side.units.get(unit).and_then(|u| u.clause()))
}

/// The differences between the figures of two paired units.
#[derive(Debug, Default)]
pub struct FigureDiff<'f> {
    /// Figures that correspond but disagree (value, unit or qualifier).
    pub mismatched: Vec<(&'f Figure, &'f Figure)>,
    /// Figures of the Kazakh unit with no counterpart.
    pub only_kk: Vec<&'f Figure>,
    /// Figures of the Russian unit with no counterpart.
    pub only_ru: Vec<&'f Figure>,
}

fn compared(f: &Figure) -> bool {
    f.is_reference()
        || f.is_comparable()
            && matches!(
                f.value,
                Value::Number(_) | Value::Date { .. } | Value::Time { .. }
            )
}

/// Equal across the languages: figures by value, unit and qualifier;
/// references by what they point at.
fn equal(a: &Figure, b: &Figure) -> bool {
    if a.is_reference() || b.is_reference() {
        a.same_reference(b)
    } else {
        a.same_as(b)
    }
}

/// Compare the figures of two paired units: equal figures cancel out;
/// figures of the same kind left over pair up in order as mismatches (a
/// changed value or qualifier, another clause or article cited); the rest
/// are missing on one side. References (to clauses, sub-items and laws)
/// are compared like figures: a citation whose article differs is a
/// mismatch, a reference or citation in one language only is missing.
pub fn diff_figures<'f>(kk: &'f [Figure], ru: &'f [Figure]) -> FigureDiff<'f> {
    let mut a: Vec<&Figure> = kk.iter().filter(|f| compared(f)).collect();
    let mut b: Vec<&Figure> = ru.iter().filter(|f| compared(f)).collect();
    // Exact matches.
    let mut k = 0;
    while k < a.len() {
        if let Some(p) = b.iter().position(|y| equal(a[k], y)) {
            b.remove(p);
            a.remove(k);
        } else {
            k += 1;
        }
    }
    // A bare number on one side equal in value to a figure with a unit on
    // the other: the unit word was not recognised, not a disagreement.
    let mut k = 0;
    while k < a.len() {
        let p = b.iter().position(|y| {
            y.value == a[k].value
                && (y.kind == FigureKind::Number || a[k].kind == FigureKind::Number)
        });
        if let Some(p) = p {
            b.remove(p);
            a.remove(k);
        } else {
            k += 1;
        }
    }
    let mut d = FigureDiff::default();
    // Same value, different unit or qualifier (calendar vs working days).
    let mut k = 0;
    while k < a.len() {
        if let Some(p) = b.iter().position(|y| y.value == a[k].value) {
            d.mismatched.push((a.remove(k), b.remove(p)));
        } else {
            k += 1;
        }
    }
    // Same kind and unit, different value, in order.
    let mut k = 0;
    while k < a.len() {
        if let Some(p) = b
            .iter()
            .position(|y| y.kind == a[k].kind && y.unit == a[k].unit)
        {
            d.mismatched.push((a.remove(k), b.remove(p)));
        } else {
            k += 1;
        }
    }
    d.only_kk = a;
    d.only_ru = b;
    d
}

/// The numbering findings of one kind, both languages: a break found at
/// paired clauses of both languages is one finding with two locations.
pub fn numbering_findings(
    ctx: &Context<'_>,
    rule: &Rule,
    id: Msg,
    wanted: fn(&super::numbering::IssueKind) -> bool,
    explained: fn(&Context<'_>, Lang, &super::numbering::Issue) -> bool,
    out: &mut Vec<Finding>,
) {
    for lang in Lang::ALL {
        let side = ctx.side(lang);
        let other = ctx.side(lang.other());
        for issue in &side.numbering {
            if !wanted(&issue.kind) || explained(ctx, lang, issue) {
                continue;
            }
            // The same break at the paired clause of the other language.
            let twin = side
                .partner
                .get(issue.unit)
                .copied()
                .flatten()
                .and_then(|j| {
                    other
                        .issue(j)
                        .filter(|oi| {
                            wanted(&oi.kind)
                                && other.units.get(j).map(|u| &u.number)
                                    == side.units.get(issue.unit).map(|u| &u.number)
                        })
                        .map(|_| j)
                });
            if twin.is_some() && lang == Lang::Ru {
                continue; // reported with the Kazakh one
            }
            let u = &side.units[issue.unit];
            let number = u.clause().unwrap_or_default();
            let first_line = match issue.kind {
                super::numbering::IssueKind::Duplicate { first } => side
                    .units
                    .get(first)
                    .map_or(String::new(), |f| f.line.to_string()),
                _ => String::new(),
            };
            let langs = match twin {
                Some(_) => Arg::BothLangs,
                None => Arg::Lang(lang),
            };
            let clause = |n: String| Arg::Clause(ClauseRef::Number(n));
            let message = Message::new(id)
                .with("lang", langs)
                .with("number", clause(number))
                .with("prev", clause(issue.prev.to_string()))
                .with("expected", clause(issue.expected.to_string()))
                .with("first", Arg::Num(first_line))
                .with("quote", excerpt(&u.text, None, QUOTE));
            let mut locations = vec![super::location(
                side,
                issue.unit,
                unit_excerpt(side, issue.unit),
            )];
            if let Some(j) = twin {
                locations.push(super::location(other, j, unit_excerpt(other, j)));
            }
            out.push(rule.finding(message, locations));
        }
    }
}

/// No numbering issue is explained away.
pub fn never(_: &Context<'_>, _: Lang, _: &super::numbering::Issue) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::extract;

    #[test]
    fn citations_compare_by_article_across_languages() {
        let ru = extract("согласно п. 5 ст. 395 Гражданского кодекса", Lang::Ru);
        let kk = extract("Азаматтық кодексінің 395-бабы 5-тармағына сәйкес", Lang::Kk);
        let d = diff_figures(&kk, &ru);
        assert!(d.mismatched.is_empty() && d.only_kk.is_empty() && d.only_ru.is_empty());

        let ru = extract("статья 123 Трудового кодекса", Lang::Ru);
        let kk = extract("Еңбек кодексінің 167-бабы", Lang::Kk);
        let d = diff_figures(&kk, &ru);
        assert_eq!(d.mismatched.len(), 1);

        let ru = extract("в порядке, предусмотренном Кодексом", Lang::Ru);
        let kk = extract("2003 жылғы 20 маусымдағы Жер кодексінде", Lang::Kk);
        let d = diff_figures(&kk, &ru);
        assert_eq!(d.only_kk.len(), 1);
        assert_eq!(d.only_kk[0].text, "2003 жылғы 20 маусымдағы");
    }

    #[test]
    fn clause_and_sub_item_references_compare() {
        let ru = extract("в подпункте 12) пункта 7 настоящего Договора", Lang::Ru);
        let kk = extract("осы Шарттың 7-тармағының 12) тармақшасында", Lang::Kk);
        let d = diff_figures(&kk, &ru);
        assert!(d.mismatched.is_empty() && d.only_kk.is_empty() && d.only_ru.is_empty());

        let ru = extract("своевременно оплатить цену", Lang::Ru);
        let kk = extract("осы Шарттың 4-тармағына сәйкес бағаны төлеуге", Lang::Kk);
        let d = diff_figures(&kk, &ru);
        assert_eq!(d.only_kk.len(), 1);
        assert_eq!(d.only_kk[0].text, "4");
    }
}
