#![doc = include_str!("negation_mismatch.md")]

use super::super::{excerpt, line_at, location, Context, Finding, Side};
use super::{clause_label, Rule, EXCERPT, QUOTE};
use crate::check::sentences::Group;
use crate::check::Severity;
use crate::lang::Lang;
use crate::lexicon::negation::{negation_count, negations, Negation};
use crate::messages::{Arg, Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "negation-mismatch",
    severity: Severity::Warning,
    summary: Msg::RuleNegationMismatch,
    doc: include_str!("negation_mismatch.md"),
    run: Some(run),
    // Precision on the real documents below 0.8 (5 of 8): selected with
    // `extend-select` until it gets there.
    default_on: false,
};

/// The negations of one sentence: how many count, and the words.
type Counted = (usize, Vec<Negation>);

/// The negations of each sentence of one side of a pair: how many count,
/// and the words.
fn per_sentence(text: &str, sents: &[std::ops::Range<usize>], lang: Lang) -> Vec<Counted> {
    sents
        .iter()
        .map(|s| {
            let t = &text[s.clone()];
            let words = negations(t, lang)
                .into_iter()
                .map(|n| Negation {
                    span: n.span.start + s.start..n.span.end + s.start,
                    word: n.word,
                })
                .collect();
            (negation_count(t, lang), words)
        })
        .collect()
}

/// The negations of a group of sentences, as none, one or several: a
/// long sentence negates coordinated verbs once in one language
/// (`не должен проходить регистрацию, производить оплату и получать`)
/// and each verb in the other (`өтпеуге, жүргізбеуге және алмауға`).
fn count(negs: &[Counted], r: std::ops::Range<usize>) -> usize {
    negs[r].iter().map(|(n, _)| n).sum::<usize>().min(2)
}

/// Whether a unit is an item of a lead-in that negates (`Организации
/// запрещается:` before `4.3.1`, `4.3.2`…): one language may repeat the
/// prohibition in every item, the other says it once.
fn under_negated_lead_in(side: &Side<'_>, unit: usize) -> bool {
    let Some(parent) = side.units[unit].number.as_ref().and_then(|n| n.parent()) else {
        return false;
    };
    side.units[..unit]
        .iter()
        .rev()
        .take(64)
        .find(|u| u.number.as_ref() == Some(&parent))
        .is_some_and(|u| {
            let last = u.text.trim_end();
            let lead = last.rsplit(['.', ';']).next().unwrap_or(last);
            last.ends_with(':') && !negations(lead, side.lang()).is_empty()
        })
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for (p, aligned) in ctx.pairs.iter().zip(&ctx.sentences) {
        let (Some(i), Some(j), Some(a)) = (p.0, p.1, aligned.as_ref()) else {
            continue;
        };
        if !ctx.same_clause(i, j)
            || under_negated_lead_in(&ctx.kk, i)
            || under_negated_lead_in(&ctx.ru, j)
        {
            continue;
        }
        let (kt, rt) = (&ctx.kk.units[i].text, &ctx.ru.units[j].text);
        let nk = per_sentence(kt, &a.kk, Lang::Kk);
        let nr = per_sentence(rt, &a.ru, Lang::Ru);
        // Sentences with a counterpart only: what one language lacks
        // altogether is another rule's.
        let both: Vec<&Group> = a
            .groups
            .iter()
            .filter(|g| !g.kk.is_empty() && !g.ru.is_empty())
            .collect();
        let tk: usize = both.iter().map(|g| count(&nk, g.kk.clone())).sum();
        let tr: usize = both.iter().map(|g| count(&nr, g.ru.clone())).sum();
        if tk == tr {
            continue;
        }
        // The sentences that differ the way the clause does, the largest
        // differences first, until they account for the clause's: a
        // negation moved between sentences by the alignment cancels out.
        let fewer = if tk < tr { Lang::Kk } else { Lang::Ru };
        let mut cands: Vec<(usize, &Group)> = both
            .iter()
            .filter_map(|g| {
                let (ck, cr) = (count(&nk, g.kk.clone()), count(&nr, g.ru.clone()));
                let d = match fewer {
                    Lang::Kk => cr.checked_sub(ck),
                    Lang::Ru => ck.checked_sub(cr),
                }?;
                (d > 0 && ctx.comparable((i, j), a, g)).then_some((d, *g))
            })
            .collect();
        cands.sort_by_key(|(d, _)| std::cmp::Reverse(*d));
        let mut left = tk.abs_diff(tr);
        for (d, g) in cands {
            if left == 0 {
                break;
            }
            left = left.saturating_sub(d);
            out.push(finding(ctx, (i, j), a, g, (&nk, &nr), fewer));
        }
    }
}

fn finding(
    ctx: &Context<'_>,
    (i, j): (usize, usize),
    a: &crate::check::sentences::Aligned,
    g: &Group,
    (nk, nr): (&[Counted], &[Counted]),
    fewer: Lang,
) -> Finding {
    let (kt, rt) = (&ctx.kk.units[i].text, &ctx.ru.units[j].text);
    let more = fewer.other();
    let (more_negs, fewer_negs): (Vec<&Negation>, Vec<&Negation>) = match fewer {
        Lang::Kk => (
            nr[g.ru.clone()].iter().flat_map(|x| &x.1).collect(),
            nk[g.kk.clone()].iter().flat_map(|x| &x.1).collect(),
        ),
        Lang::Ru => (
            nk[g.kk.clone()].iter().flat_map(|x| &x.1).collect(),
            nr[g.ru.clone()].iter().flat_map(|x| &x.1).collect(),
        ),
    };
    let words = |ns: &[&Negation]| {
        ns.iter()
            .map(|n| format!("«{}»", n.word))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Quote each side around its first negation, else from the sentence's
    // start.
    let quote = |lang: Lang, max: usize| {
        let (text, negs) = match lang {
            Lang::Kk => (kt, &nk[g.kk.clone()]),
            Lang::Ru => (rt, &nr[g.ru.clone()]),
        };
        let span = a.span(g, lang).unwrap_or(0..0);
        match negs.iter().flat_map(|x| &x.1).next() {
            Some(n) => excerpt(text, Some(n.span.clone()), max),
            None => excerpt(&text[span], None, max),
        }
    };
    let id = if fewer_negs.is_empty() {
        Msg::NegationMissing
    } else {
        Msg::NegationFewer
    };
    let message = Message::new(id)
        .with(
            "clause",
            clause_label(ctx.side(fewer), if fewer == Lang::Kk { i } else { j }),
        )
        .with("lang", Arg::Lang(fewer))
        .with("other", Arg::Lang(more))
        .with("words", words(&more_negs))
        .with("fewer_words", words(&fewer_negs))
        .with("kk_quote", quote(Lang::Kk, QUOTE))
        .with("ru_quote", quote(Lang::Ru, QUOTE));
    let at = |lang: Lang| {
        let (side, unit) = match lang {
            Lang::Kk => (&ctx.kk, i),
            Lang::Ru => (&ctx.ru, j),
        };
        let mut loc = location(side, unit, quote(lang, EXCERPT));
        let start = a.span(g, lang).map_or(0, |s| s.start);
        loc.line = line_at(side, unit, start);
        loc
    };
    RULE.finding(message, vec![at(Lang::Kk), at(Lang::Ru)])
}
