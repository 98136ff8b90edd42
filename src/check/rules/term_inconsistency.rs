#![doc = include_str!("term_inconsistency.md")]

use super::super::{excerpt, line_at, location, Context, Finding, Side};
use super::{clause_label, Rule, EXCERPT, QUOTE};
use crate::check::Severity;
use crate::lang::Lang;
use crate::lexicon::terms::{
    kk_word_is_term, ru_term_forms, DEFINITION_MARKERS, DEFINITION_MARKERS_AFTER, DEFINITION_REACH,
    TERMS,
};
use crate::messages::{Arg, Message, Msg};
use std::ops::Range;

/// The rule: its code, severity, summary and documentation, declared once.
pub const RULE: Rule = Rule {
    code: "term-inconsistency",
    severity: Severity::Warning,
    summary: Msg::RuleTermInconsistency,
    doc: include_str!("term_inconsistency.md"),
    run: Some(run),
    // Precision on the real documents 3 of 3 (read clause by clause).
    default_on: true,
};

/// One name of a term in one language.
#[derive(Debug)]
struct Name {
    /// Index of the term in [`TERMS`].
    term: usize,
    lang: Lang,
    /// As the lexicon writes it (nominative).
    label: &'static str,
    /// Russian: every case form, lower case; Kazakh: the words, lower
    /// case (the suffix goes on the last).
    forms: Vec<String>,
}

/// A name found in a text.
#[derive(Debug, Clone)]
struct Found {
    name: usize,
    span: Range<usize>,
}

fn names() -> Vec<Name> {
    let mut out = Vec::new();
    for (t, term) in TERMS.iter().enumerate() {
        for n in term.ru {
            out.push(Name {
                term: t,
                lang: Lang::Ru,
                label: n,
                forms: ru_term_forms(n),
            });
        }
        for n in term.kk {
            out.push(Name {
                term: t,
                lang: Lang::Kk,
                label: n,
                forms: n
                    .split_whitespace()
                    .map(|w| crate::lang::lowercase(&crate::lang::normalize(w)))
                    .collect(),
            });
        }
    }
    // Longer names first: `Сатып алушы` before `Алушы`.
    out.sort_by_key(|n| std::cmp::Reverse(if n.lang == Lang::Kk { n.forms.len() } else { 1 }));
    out
}

/// The names a text uses, written with a capital letter: the defined
/// terms, not the common nouns (`тапсырыс беруші` in a general sense).
fn find(names: &[Name], text: &str, lang: Lang) -> Vec<Found> {
    let ws = crate::check::parties::words(text);
    let mut out = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        let mut taken = 1;
        if ws[k].2 {
            for (n, name) in names.iter().enumerate().filter(|(_, n)| n.lang == lang) {
                let len = match lang {
                    Lang::Ru => usize::from(name.forms.contains(&ws[k].1)),
                    Lang::Kk => kk_match(text, &ws[k..], &name.forms),
                };
                if len > 0 {
                    out.push(Found {
                        name: n,
                        span: ws[k].0.start..ws[k + len - 1].0.end,
                    });
                    taken = len;
                    break;
                }
            }
        }
        k += taken;
    }
    out
}

/// How many words a Kazakh name takes at the start of `ws` (0: none):
/// its words as written, the last with a suffix, only spaces between.
fn kk_match(text: &str, ws: &[(Range<usize>, String, bool)], name: &[String]) -> usize {
    if ws.len() < name.len() || name.is_empty() {
        return 0;
    }
    for (q, part) in name.iter().enumerate() {
        let w = &ws[q].1;
        let ok = if q + 1 == name.len() {
            kk_word_is_term(w, part)
        } else {
            w == part
        };
        if !ok || q > 0 && !text[ws[q - 1].0.end..ws[q].0.start].trim().is_empty() {
            return 0;
        }
    }
    name.len()
}

/// The names a side defines (`далее — «Исполнитель»`, `бұдан әрі –
/// «Орындаушы»`): a name that starts shortly after a definition marker.
fn defined(side: &Side<'_>, units: &[Vec<Found>]) -> Vec<usize> {
    let mut out = Vec::new();
    for (u, found) in side.units.iter().zip(units) {
        let lower = crate::lang::lowercase(&u.text);
        if lower.len() != u.text.len() {
            continue;
        }
        for m in DEFINITION_MARKERS {
            for (at, _) in lower.match_indices(m) {
                let from = at + m.len();
                let reach = u.text[from..]
                    .char_indices()
                    .nth(DEFINITION_REACH)
                    .map_or(u.text.len(), |(o, _)| from + o);
                if let Some(f) = found
                    .iter()
                    .find(|f| f.span.start >= from && f.span.start <= reach)
                {
                    let between = &u.text[from..f.span.start];
                    if !between.chars().any(|c| c == '.' || c == ';') && !out.contains(&f.name) {
                        out.push(f.name);
                    }
                }
            }
        }
        for m in DEFINITION_MARKERS_AFTER {
            for (at, _) in lower.match_indices(m) {
                // The name, its quotes and spaces, then the marker.
                if let Some(f) = found.iter().rev().find(|f| {
                    f.span.end <= at
                        && u.text[f.span.end..at]
                            .chars()
                            .all(|c| c.is_whitespace() || "»\"”".contains(c))
                }) {
                    if !out.contains(&f.name) {
                        out.push(f.name);
                    }
                }
            }
        }
    }
    out
}

/// Where one name of a term renders one name of the other language.
#[derive(Debug, Default, Clone)]
struct Use {
    /// Pairs (index into `ctx.pairs`) where it does, with the first span.
    clauses: Vec<(usize, Range<usize>)>,
    /// Pairs where it is the only rendering and no more frequent than the
    /// name it renders: the clean evidence a finding may point at.
    clean: Vec<(usize, Range<usize>)>,
    /// How many times in all.
    count: usize,
}

/// Run the rule.
pub fn run(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if !ctx.bilingual() {
        return;
    }
    let names = names();
    // The names of every unit, found once.
    let in_units = |side: &Side<'_>| -> Vec<Vec<Found>> {
        side.units
            .iter()
            .map(|u| find(&names, &u.text, side.lang()))
            .collect()
    };
    let (units_kk, units_ru) = (in_units(&ctx.kk), in_units(&ctx.ru));
    let found: Vec<Option<(Vec<Found>, Vec<Found>)>> = ctx
        .pairs
        .iter()
        .map(|p| match *p {
            (Some(i), Some(j)) => Some((units_kk[i].clone(), units_ru[j].clone())),
            _ => None,
        })
        .collect();
    let defined_kk = defined(&ctx.kk, &units_kk);
    let defined_ru = defined(&ctx.ru, &units_ru);
    // Every name each language uses anywhere, capitalised.
    let used = |lang: Lang| -> Vec<bool> {
        let mut v = vec![false; names.len()];
        let units = match lang {
            Lang::Kk => &units_kk,
            Lang::Ru => &units_ru,
        };
        for f in units.iter().flatten() {
            v[f.name] = true;
        }
        v
    };
    let (used_kk, used_ru) = (used(Lang::Kk), used(Lang::Ru));
    for (pivot, name) in names.iter().enumerate() {
        let a = name.lang;
        let b = a.other();
        // How each name of the other language renders it.
        let mut uses: Vec<Use> = vec![Use::default(); names.len()];
        for (p, f) in found.iter().enumerate() {
            let Some((fk, fr)) = f else { continue };
            let (fa, fb) = match a {
                Lang::Kk => (fk, fr),
                Lang::Ru => (fr, fk),
            };
            // One language uses this one name of the term, no other.
            let of_term: Vec<&Found> = fa
                .iter()
                .filter(|x| names[x.name].term == name.term)
                .collect();
            if of_term.is_empty() || of_term.iter().any(|x| x.name != pivot) {
                continue;
            }
            let renderings: Vec<&Found> = fb
                .iter()
                .filter(|x| names[x.name].term == name.term)
                .collect();
            let kinds = {
                let mut k: Vec<usize> = renderings.iter().map(|x| x.name).collect();
                k.sort_unstable();
                k.dedup();
                k
            };
            for x in &renderings {
                let u = &mut uses[x.name];
                u.count += 1;
                if u.clauses.last().map(|c| c.0) != Some(p) {
                    u.clauses.push((p, x.span.clone()));
                    if kinds.len() == 1 && renderings.len() <= of_term.len() {
                        u.clean.push((p, x.span.clone()));
                    }
                }
            }
        }
        let mut present: Vec<usize> = (0..names.len())
            .filter(|&n| !uses[n].clauses.is_empty())
            .collect();
        if present.len() < 2 {
            continue;
        }
        let defined_b = match b {
            Lang::Kk => &defined_kk,
            Lang::Ru => &defined_ru,
        };
        // The expected rendering: the one the document defines, else the
        // one most clauses use.
        let by_use = |n: &usize| {
            (
                uses[*n].clauses.len(),
                uses[*n].count,
                std::cmp::Reverse(uses[*n].clauses[0].0),
            )
        };
        present.sort_by_key(|n| std::cmp::Reverse(by_use(n)));
        let def: Vec<usize> = present
            .iter()
            .copied()
            .filter(|n| defined_b.contains(n))
            .collect();
        let expected = if def.len() == 1 { def[0] } else { present[0] };
        let used_a = match a {
            Lang::Kk => &used_kk,
            Lang::Ru => &used_ru,
        };
        for &v in present.iter().filter(|&&n| n != expected) {
            // A name of another term too, whose other names the document
            // uses: another party (`Алушы` for a `Получатель`).
            let other_party = names.iter().any(|other| {
                other.term != name.term
                    && other.lang == b
                    && other.label == names[v].label
                    && names
                        .iter()
                        .enumerate()
                        .any(|(o, n)| n.term == other.term && n.lang == a && used_a[o])
            });
            if other_party {
                continue;
            }
            let Some((p, span)) = uses[v].clean.first().cloned() else {
                continue;
            };
            let (Some(i), Some(j)) = ctx.pairs[p] else {
                continue;
            };
            let Some((fk, fr)) = &found[p] else { continue };
            let fa = if a == Lang::Kk { fk } else { fr };
            let Some(pspan) = fa.iter().find(|x| x.name == pivot).map(|x| x.span.clone()) else {
                continue;
            };
            let (kspan, rspan) = match b {
                Lang::Kk => (span, pspan),
                Lang::Ru => (pspan, span),
            };
            let (kt, rt) = (&ctx.kk.units[i].text, &ctx.ru.units[j].text);
            let others = uses[expected].clauses.len();
            let id = if defined_b.contains(&expected) {
                Msg::TermInconsistencyDefined
            } else {
                Msg::TermInconsistency
            };
            let clause = match b {
                Lang::Kk => clause_label(&ctx.kk, i),
                Lang::Ru => clause_label(&ctx.ru, j),
            };
            let message = Message::new(id)
                .with("clause", clause)
                .with("lang", Arg::Lang(b))
                .with("other", Arg::Lang(a))
                .with("term", name.label)
                .with("variant", names[v].label)
                .with("usual", names[expected].label)
                .with("count", Arg::Count(others as u64))
                .with("kk_quote", excerpt(kt, Some(kspan.clone()), QUOTE))
                .with("ru_quote", excerpt(rt, Some(rspan.clone()), QUOTE));
            let mut lk = location(&ctx.kk, i, excerpt(kt, Some(kspan.clone()), EXCERPT));
            lk.line = line_at(&ctx.kk, i, kspan.start);
            let mut lr = location(&ctx.ru, j, excerpt(rt, Some(rspan.clone()), EXCERPT));
            lr.line = line_at(&ctx.ru, j, rspan.start);
            out.push(RULE.finding(message, vec![lk, lr]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str, lang: Lang) -> Vec<&'static str> {
        let n = names();
        find(&n, text, lang)
            .iter()
            .map(|f| n[f.name].label)
            .collect()
    }

    #[test]
    fn finds_terms_in_their_case_forms() {
        assert_eq!(
            labels(
                "Тапсырыс берушіге Шарттың 2-тармағына сәйкес Тапсырысшыдан",
                Lang::Kk
            ),
            ["Тапсырыс беруші", "Шарт", "Тапсырысшы"]
        );
        assert_eq!(
            labels("по Договору Заказчиком в рамках Соглашения", Lang::Ru),
            ["Договор", "Заказчик", "Соглашение"]
        );
        assert_eq!(
            labels("Сатып алушыға және Алушыға", Lang::Kk),
            ["Сатып алушы", "Алушы"]
        );
        // Lower case: a common noun.
        assert!(labels("тапсырыс беруші мен шарт", Lang::Kk).is_empty());
        assert!(labels("договорная подсудность", Lang::Ru).is_empty());
    }

    fn findings(text: &str) -> Vec<Finding> {
        let b = crate::source::plain::read_bilingual(text, "t.txt");
        let ctx = Context::new(&b);
        let mut out = Vec::new();
        run(&ctx, &mut out);
        out
    }

    #[test]
    fn a_name_of_another_party_is_not_a_second_rendering() {
        let kk = "1.1. Сатып алушы тауарды қабылдайды.\n1.2. Сатып алушы тауарды төлейді.\n1.3. Алушы тауарды тексереді.\n1.4. Сатып алушы актіге қол қояды.\n";
        let with_recipient = format!(
            "{kk}1.5. Алушы тауарды қабылдайды.\n\n1.1. Покупатель принимает товар.\n1.2. Покупатель оплачивает товар.\n1.3. Покупатель проверяет товар.\n1.4. Покупатель подписывает акт.\n1.5. Получатель принимает товар.\n"
        );
        assert!(findings(&with_recipient).is_empty());
        let without = format!(
            "{kk}\n1.1. Покупатель принимает товар.\n1.2. Покупатель оплачивает товар.\n1.3. Покупатель проверяет товар.\n1.4. Покупатель подписывает акт.\n"
        );
        let f = findings(&without);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].locations[0].clause.as_deref(), Some("1.3"));
    }

    #[test]
    fn finds_definitions() {
        use crate::model::Bilingual;
        let text = "1.1. Тарап (бұдан әрі – «Тапсырысшы») және «Атқарушы» деп аталатын тарап.\n\n1.1. Сторона (далее — «Заказчик») и Исполнитель.\n";
        let b: Bilingual = crate::source::plain::read_bilingual(text, "t.txt");
        let ctx = Context::new(&b);
        let n = names();
        let of = |side: &Side<'_>| -> Vec<&str> {
            let units: Vec<Vec<Found>> = side
                .units
                .iter()
                .map(|u| find(&n, &u.text, side.lang()))
                .collect();
            defined(side, &units).iter().map(|&i| n[i].label).collect()
        };
        let d = of(&ctx.kk);
        assert_eq!(d, ["Тапсырысшы", "Атқарушы"]);
        let d = of(&ctx.ru);
        assert_eq!(d, ["Заказчик"]);
    }
}
