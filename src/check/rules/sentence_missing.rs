#![doc = include_str!("sentence_missing.md")]

use super::super::sentences::extra;
use super::super::{excerpt, line_at, location, Context, Finding, Side};
use super::{clause_label, unit_excerpt, Rule, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::lang::{is_letter, Lang};
use crate::messages::{Arg, ClauseRef, Message, Msg};
use crate::model::Block;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "sentence-missing",
    severity: Severity::Warning,
    summary: Msg::RuleSentenceMissing,
    doc: include_str!("sentence_missing.md"),
    run: Some(run),
    default_on: true,
};

/// Whether a text starts with a clause number (`1.1.1`, `2.3.`).
fn starts_with_number(s: &str) -> bool {
    let mut chars = s.trim_start().chars();
    chars.next().is_some_and(|c| c.is_ascii_digit())
        && chars
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .any(|c| c == '.')
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| is_letter(*c)).count()
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if !ctx.bilingual() {
        return;
    }
    sentences(ctx, out);
    for lang in Lang::ALL {
        paragraphs(ctx, lang, out);
    }
}

/// Sentences and list items without a counterpart inside paired clauses.
fn sentences(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for (p, aligned) in ctx.pairs.iter().zip(&ctx.sentences) {
        let (Some(i), Some(j), Some(a)) = (p.0, p.1, aligned.as_ref()) else {
            continue;
        };
        if !ctx.same_clause(i, j) {
            continue;
        }
        let (kt, rt) = (&ctx.kk.units[i].text, &ctx.ru.units[j].text);
        let (lk, lr) = (letters(kt) as f64 + 10.0, letters(rt) as f64 + 10.0);
        let dev = (lr / lk).ln() - ctx.bias;
        for g in &a.groups {
            let Some((lang, s)) = extra(&a.fk, &a.fr, g, ctx.bias) else {
                continue;
            };
            // A sentence that starts with a clause number is a clause the
            // reader did not split off: the numbering rules' concern.
            let (text, span) = match lang {
                Lang::Kk => (kt, &a.kk[s]),
                Lang::Ru => (rt, &a.ru[s]),
            };
            if starts_with_number(&text[span.clone()]) {
                continue;
            }
            // The clause as a whole is shorter in the other language, by
            // about this sentence.
            let len = match lang {
                Lang::Kk => a.fk[s].len,
                Lang::Ru => a.fr[s].len,
            } as f64;
            let without = match lang {
                Lang::Kk => (lr / (lk - len).max(10.0)).ln(),
                Lang::Ru => ((lr - len).max(10.0) / lk).ln(),
            } - ctx.bias;
            let longer = match lang {
                Lang::Kk => dev < -0.05,
                Lang::Ru => dev > 0.05,
            };
            if !longer || without.abs() >= dev.abs() {
                continue;
            }
            let (side, unit, text, span) = match lang {
                Lang::Kk => (&ctx.kk, i, kt, a.kk[s].clone()),
                Lang::Ru => (&ctx.ru, j, rt, a.ru[s].clone()),
            };
            let (oside, ounit) = match lang {
                Lang::Kk => (&ctx.ru, j),
                Lang::Ru => (&ctx.kk, i),
            };
            let message = Message::new(Msg::SentenceMissing)
                .with("clause", clause_label(side, unit))
                .with("lang", Arg::Lang(lang))
                .with("other", Arg::Lang(lang.other()))
                .with("quote", excerpt(&text[span.clone()], None, QUOTE));
            let mut here = location(side, unit, excerpt(&text[span.clone()], None, EXCERPT));
            here.line = line_at(side, unit, span.start);
            let there = location(oside, ounit, unit_excerpt(oside, ounit));
            let locations = match lang {
                Lang::Kk => vec![here, there],
                Lang::Ru => vec![there, here],
            };
            out.push(RULE.finding(message, locations));
        }
    }
}

/// Unnumbered paragraphs of one language, between paragraphs or clauses
/// that both languages have (one of them numbered), with no counterpart
/// in the other.
fn paragraphs(ctx: &Context<'_>, lang: Lang, out: &mut Vec<Finding>) {
    let side: &Side<'_> = ctx.side(lang);
    let paired = |k: usize| side.partner.get(k).copied().flatten().is_some();
    for (k, u) in side.units.iter().enumerate() {
        if u.number.is_some()
            || paired(k)
            || letters(&u.text) < 2 * super::super::sentences::MIN_SENTENCE
        {
            continue;
        }
        if !matches!(side.doc.blocks.get(u.block), Some(Block::Clause(_))) {
            continue;
        }
        // Its neighbours are paired, in order: the other language has the
        // text around it.
        let (Some(prev), Some(next)) = (
            k.checked_sub(1).filter(|&p| paired(p)),
            Some(k + 1).filter(|&n| n < side.units.len() && paired(n)),
        ) else {
            continue;
        };
        let (Some(pp), Some(pn)) = (side.partner[prev], side.partner[next]) else {
            continue;
        };
        if pn != pp + 1 {
            continue;
        }
        // Next to a numbered clause or heading: among unnumbered text
        // alone (a preamble, a policy) the pairing of paragraphs is too
        // loose to tell a missing one from a merged one.
        if side.units[prev].number.is_none() && side.units[next].number.is_none() {
            continue;
        }
        let message = Message::new(Msg::ParagraphMissing)
            .with("clause", Arg::Clause(ClauseRef::Line(u.line)))
            .with("lang", Arg::Lang(lang))
            .with("other", Arg::Lang(lang.other()))
            .with("quote", excerpt(&u.text, None, QUOTE));
        let other = ctx.side(lang.other());
        let here = location(side, k, unit_excerpt(side, k));
        let there = location(other, pp, unit_excerpt(other, pp));
        let locations = match lang {
            Lang::Kk => vec![here, there],
            Lang::Ru => vec![there, here],
        };
        out.push(RULE.finding(message, locations));
    }
}
