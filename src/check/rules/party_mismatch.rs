#![doc = include_str!("party_mismatch.md")]

use super::super::parties::{Mention, Parties};
use super::super::{excerpt, line_at, location, Context, Finding};
use super::{clause_label, Rule, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::lang::Lang;
use crate::messages::{Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "party-mismatch",
    severity: Severity::Warning,
    summary: Msg::RulePartyMismatch,
    doc: include_str!("party_mismatch.md"),
    run: Some(run),
    default_on: true,
};

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if !ctx.bilingual() {
        return;
    }
    let parties = Parties::of(ctx.kk.doc, ctx.ru.doc);
    let mentions = |side: &super::super::Side<'_>| -> Vec<Vec<Mention>> {
        side.units
            .iter()
            .map(|u| parties.mentions(&u.text, side.lang()))
            .collect()
    };
    let (mk, mr) = (mentions(&ctx.kk), mentions(&ctx.ru));
    // The parties this contract names in both languages. Of two parties
    // that take each other's place in a sentence, one at least must be
    // one of them: a role one language names throughout and the other
    // never is another naming of one party, not another party.
    let named = |m: &[Vec<Mention>], p: usize| m.iter().flatten().any(|x| x.party == p);
    let present: Vec<bool> = (0..parties.list.len())
        .map(|p| named(&mk, p) && named(&mr, p))
        .collect();
    for (p, aligned) in ctx.pairs.iter().zip(&ctx.sentences) {
        let (Some(i), Some(j), Some(a)) = (p.0, p.1, aligned.as_ref()) else {
            continue;
        };
        if !ctx.same_clause(i, j) {
            continue;
        }
        for g in &a.groups {
            let (Some(sk), Some(sr)) = (a.span(g, Lang::Kk), a.span(g, Lang::Ru)) else {
                continue;
            };
            if !ctx.comparable((i, j), a, g) {
                continue;
            }
            let within = |m: &[Mention], s: &std::ops::Range<usize>| -> Vec<Mention> {
                m.iter()
                    .filter(|x| x.span.start >= s.start && x.span.end <= s.end)
                    .cloned()
                    .collect()
            };
            let (gk, gr) = (within(&mk[i], &sk), within(&mr[j], &sr));
            let only_kk: Vec<&Mention> = gk
                .iter()
                .filter(|x| !gr.iter().any(|y| y.party == x.party))
                .collect();
            let only_ru: Vec<&Mention> = gr
                .iter()
                .filter(|y| !gk.iter().any(|x| x.party == y.party))
                .collect();
            let (Some(xk), Some(xr)) = (only_kk.first(), only_ru.first()) else {
                continue;
            };
            if !present[xk.party] && !present[xr.party] {
                continue;
            }
            let (kt, rt) = (&ctx.kk.units[i].text, &ctx.ru.units[j].text);
            let message = Message::new(Msg::PartyMismatch)
                .with("clause", clause_label(&ctx.kk, i))
                .with("kk_party", &kt[xk.span.clone()])
                .with("ru_party", &rt[xr.span.clone()])
                .with("kk_quote", excerpt(kt, Some(xk.span.clone()), QUOTE))
                .with("ru_quote", excerpt(rt, Some(xr.span.clone()), QUOTE));
            let mut lk = location(&ctx.kk, i, excerpt(kt, Some(xk.span.clone()), EXCERPT));
            lk.line = line_at(&ctx.kk, i, xk.span.start);
            let mut lr = location(&ctx.ru, j, excerpt(rt, Some(xr.span.clone()), EXCERPT));
            lr.line = line_at(&ctx.ru, j, xr.span.start);
            out.push(RULE.finding(message, vec![lk, lr]));
        }
    }
}
