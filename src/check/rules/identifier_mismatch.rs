#![doc = include_str!("identifier_mismatch.md")]

use super::super::identifiers::{extract, substitutions, Ident, Kind};
use super::super::{excerpt, location, Context, Finding, Location, Side};
use super::{requisites_mismatch, Rule, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::lang::Lang;
use crate::messages::{Arg, ClauseRef, Message, Msg};

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "identifier-mismatch",
    severity: Severity::Warning,
    summary: Msg::RuleIdentifierMismatch,
    doc: include_str!("identifier_mismatch.md"),
    run: Some(run),
    default_on: false,
};

/// The name of a kind in a message.
fn what(kind: Kind) -> Msg {
    match kind {
        Kind::Iban => Msg::RequisitesIban,
        Kind::Account => Msg::IdentifierAccount,
        Kind::Bin => Msg::RequisitesBin,
        Kind::Email => Msg::RequisitesEmail,
        Kind::Phone => Msg::RequisitesPhone,
        Kind::Site => Msg::RequisitesSite,
    }
}

/// Where an identifier was found: a clause or a line of the requisites.
#[derive(Debug, Clone)]
struct Place {
    /// The clause in a message.
    clause: ClauseRef,
    /// The location of a finding.
    location: Location,
    /// The quote in a message.
    quote: String,
}

fn in_unit(side: &Side<'_>, unit: usize, id: &Ident) -> Place {
    let u = &side.units[unit];
    Place {
        clause: ClauseRef::or_line(u.clause().as_deref(), u.line),
        location: location(side, unit, excerpt(&u.text, Some(id.span.clone()), EXCERPT)),
        quote: excerpt(&u.text, Some(id.span.clone()), QUOTE),
    }
}

fn in_requisites(side: &Side<'_>, line: u32, text: &str, id: &Ident) -> Place {
    Place {
        clause: ClauseRef::Line(line),
        location: Location {
            lang: Some(side.lang()),
            file: side.doc.file.clone(),
            line,
            column: None,
            clause: None,
            excerpt: excerpt(text, Some(id.span.clone()), EXCERPT),
        },
        quote: excerpt(text, Some(id.span.clone()), QUOTE),
    }
}

/// The identifiers of one side: of each unit, then of each line of the
/// requisites (`None` as the unit).
fn all_ids(side: &Side<'_>) -> Vec<(Ident, Place, Option<usize>)> {
    let mut out = Vec::new();
    for (n, u) in side.units.iter().enumerate() {
        for id in extract(&u.text) {
            let p = in_unit(side, n, &id);
            out.push((id, p, Some(n)));
        }
    }
    if let Some(r) = &side.doc.requisites {
        for (line, text) in &r.lines {
            for id in extract(text) {
                let p = in_requisites(side, *line, text, &id);
                out.push((id, p, None));
            }
        }
    }
    out
}

fn substitution(kind: Kind, k: (&Ident, &Place), r: (&Ident, &Place)) -> Message {
    Message::new(Msg::IdentifierMismatch)
        .with("clause", k.1.clause.clone())
        .with("what", what(kind))
        .with("kk", &k.0.text)
        .with("ru", &r.0.text)
        .with("kk_quote", &k.1.quote)
        .with("ru_quote", &r.1.quote)
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let kk = all_ids(&ctx.kk);
    let ru = all_ids(&ctx.ru);
    if kk.is_empty() && ru.is_empty() {
        return;
    }
    // Substitutions in paired clauses.
    for p in &ctx.pairs {
        let (Some(i), Some(j)) = *p else { continue };
        let of = |ids: &[(Ident, Place, Option<usize>)], n: usize| -> (Vec<Ident>, Vec<Place>) {
            ids.iter()
                .filter(|(_, _, u)| *u == Some(n))
                .map(|(id, p, _)| (id.clone(), p.clone()))
                .unzip()
        };
        let (ik, pk) = of(&kk, i);
        let (ir, pr) = of(&ru, j);
        for (a, b) in substitutions(&ik, &ir) {
            let pa = &pk[index(&ik, a)];
            let pb = &pr[index(&ir, b)];
            out.push(RULE.finding(
                substitution(a.kind, (a, pa), (b, pb)),
                vec![pa.location.clone(), pb.location.clone()],
            ));
        }
    }
    // Substitutions in the requisites that requisites-mismatch does not
    // see (account numbers other than IBAN, identifiers written in
    // groups).
    let (rk, pk): (Vec<Ident>, Vec<Place>) = kk
        .iter()
        .filter(|(_, _, u)| u.is_none())
        .map(|(id, p, _)| (id.clone(), p.clone()))
        .unzip();
    let (rr, pr): (Vec<Ident>, Vec<Place>) = ru
        .iter()
        .filter(|(_, _, u)| u.is_none())
        .map(|(id, p, _)| (id.clone(), p.clone()))
        .unzip();
    let mut theirs = Vec::new();
    requisites_mismatch::run(ctx, &mut theirs);
    for (a, b) in substitutions(&rk, &rr) {
        let pa = &pk[index(&rk, a)];
        let pb = &pr[index(&rr, b)];
        let seen = theirs.iter().any(|f| {
            let lines: Vec<(Option<Lang>, u32)> =
                f.locations.iter().map(|l| (l.lang, l.line)).collect();
            lines.contains(&(Some(Lang::Kk), pa.location.line))
                && lines.contains(&(Some(Lang::Ru), pb.location.line))
        });
        if !seen {
            out.push(RULE.finding(
                substitution(a.kind, (a, pa), (b, pb)),
                vec![pa.location.clone(), pb.location.clone()],
            ));
        }
    }
    // Numbers that fail their check: each once, in the Kazakh text first.
    let failed = |ids: &[(Ident, Place, Option<usize>)]| -> Vec<(Ident, Place)> {
        let mut v: Vec<(Ident, Place)> = Vec::new();
        for (id, p, _) in ids {
            if id.fails_check() && !v.iter().any(|(x, _)| x.key == id.key) {
                v.push((id.clone(), p.clone()));
            }
        }
        v
    };
    let fk = failed(&kk);
    let mut fr = failed(&ru);
    for (id, p) in fk {
        let twin = fr
            .iter()
            .position(|(x, _)| x.key == id.key)
            .map(|n| fr.remove(n));
        let lang = if twin.is_some() {
            Arg::BothLangs
        } else {
            Arg::Lang(Lang::Kk)
        };
        let mut locations = vec![p.location.clone()];
        locations.extend(twin.map(|(_, q)| q.location));
        out.push(RULE.finding(invalid(&id, &p, lang), locations));
    }
    for (id, p) in fr {
        out.push(RULE.finding(
            invalid(&id, &p, Arg::Lang(Lang::Ru)),
            vec![p.location.clone()],
        ));
    }
}

fn invalid(id: &Ident, p: &Place, lang: Arg) -> Message {
    Message::new(Msg::IdentifierInvalid)
        .with("clause", p.clause.clone())
        .with("lang", lang)
        .with("what", what(id.kind))
        .with("number", &id.text)
        .with("quote", &p.quote)
}

/// The index of an identifier of a list by address.
fn index(ids: &[Ident], id: &Ident) -> usize {
    ids.iter()
        .position(|x| std::ptr::eq(x, id))
        .unwrap_or_default()
}
