//! The parties a contract names, and where each sentence names them: the
//! roles of the lexicon ([`crate::lexicon::parties::ROLES`]) and those of
//! `contract.toml`, found in every case form (Russian endings, Kazakh
//! suffixes after the last word of the role).

use crate::lang::{is_letter, Lang};
use crate::lexicon::parties::{kk_word_is, ru_forms, ROLES};
use crate::model::Document;
use std::ops::Range;

/// A party: its key and its names in each language.
#[derive(Debug, Clone)]
pub struct Party {
    /// Stable key (`provider`, or `toml:N` for a role only `contract.toml`
    /// names).
    pub key: String,
    /// Russian forms, lower case.
    pub ru: Vec<String>,
    /// Kazakh names, each as its words, lower case.
    pub kk: Vec<Vec<String>>,
}

/// A party named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the party in [`Parties::list`].
    pub party: usize,
    /// Byte range of the name in the text.
    pub span: Range<usize>,
}

/// The parties of one contract.
#[derive(Debug, Clone, Default)]
pub struct Parties {
    /// The parties.
    pub list: Vec<Party>,
}

/// The words of a text: byte range, lower case (look-alikes folded, `ё`
/// as `е`), and whether the word is written with a capital letter.
pub fn words(text: &str) -> Vec<(Range<usize>, String, bool)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_letter(c) && i < text.len(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = &text[s..i];
                let lower = crate::lang::lowercase(&crate::lang::normalize(w)).replace('ё', "е");
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                out.push((s..i, lower, capital));
                start = None;
            }
            _ => {}
        }
    }
    out
}

impl Parties {
    /// The parties of a contract: every role of the lexicon, and the roles
    /// `contract.toml` gives that the lexicon does not know.
    pub fn of(kk: &Document, ru: &Document) -> Parties {
        let mut list: Vec<Party> = ROLES
            .iter()
            .map(|r| Party {
                key: r.key.to_string(),
                ru: r.ru.iter().flat_map(|n| ru_forms(n)).collect(),
                kk: r.kk.iter().map(|n| split_name(n)).collect(),
            })
            .collect();
        for (k, (pk, pr)) in kk.parties.iter().zip(&ru.parties).enumerate() {
            let (rk, rr) = (pk.role.trim(), pr.role.trim());
            if rk.is_empty() || rr.is_empty() {
                continue;
            }
            let ru = ru_forms(rr);
            let kk = split_name(rk);
            let known = list
                .iter()
                .any(|p| p.ru.contains(&ru[0]) || p.kk.contains(&kk));
            if !known {
                list.push(Party {
                    key: format!("toml:{k}"),
                    ru,
                    kk: vec![kk],
                });
            }
        }
        Parties { list }
    }

    /// The parties a text names, in order.
    pub fn mentions(&self, text: &str, lang: Lang) -> Vec<Mention> {
        let ws = words(text);
        let mut out = Vec::new();
        let mut k = 0;
        while k < ws.len() {
            let (span, w, capital) = &ws[k];
            let mut found = None;
            if *capital {
                for (p, party) in self.list.iter().enumerate() {
                    match lang {
                        Lang::Ru => {
                            if party.ru.iter().any(|f| f == w) {
                                found = Some((p, span.clone(), 1));
                            }
                        }
                        Lang::Kk => {
                            for name in &party.kk {
                                if let Some(n) = match_kk(text, &ws[k..], name) {
                                    let end = ws[k + n - 1].0.end;
                                    found = Some((p, span.start..end, n));
                                }
                            }
                        }
                    }
                    if found.is_some() {
                        break;
                    }
                }
            }
            match found {
                Some((party, span, n)) => {
                    out.push(Mention { party, span });
                    k += n;
                }
                None => k += 1,
            }
        }
        out
    }
}

/// A Kazakh name as its words, lower case.
fn split_name(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| crate::lang::lowercase(&crate::lang::normalize(w)))
        .collect()
}

/// How many words of `ws` the Kazakh name `name` takes, if it starts
/// there: its words as written, the last with a case suffix, only spaces
/// between them.
fn match_kk(text: &str, ws: &[(Range<usize>, String, bool)], name: &[String]) -> Option<usize> {
    if ws.len() < name.len() || name.is_empty() {
        return None;
    }
    for (q, part) in name.iter().enumerate() {
        let w = &ws[q].1;
        let last = q + 1 == name.len();
        let ok = if last { kk_word_is(w, part) } else { w == part };
        if !ok {
            return None;
        }
        if q > 0 && !text[ws[q - 1].0.end..ws[q].0.start].trim().is_empty() {
            return None;
        }
    }
    Some(name.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties() -> Parties {
        Parties::of(
            &Document::new(Lang::Kk, "kk"),
            &Document::new(Lang::Ru, "ru"),
        )
    }

    #[test]
    fn finds_parties_in_their_case_forms() {
        let p = parties();
        let keys = |t: &str, l| -> Vec<String> {
            p.mentions(t, l)
                .iter()
                .map(|m| p.list[m.party].key.clone())
                .collect()
        };
        assert_eq!(
            keys("Сатып алушымен Сатушының есебіне төленеді", Lang::Kk),
            ["buyer", "seller"]
        );
        assert_eq!(
            keys("подлежит уплате Покупателем Организатору", Lang::Ru),
            ["buyer", "organiser"]
        );
        assert_eq!(
            keys("Тапсырыс берушіге Орындаушы хабарлайды", Lang::Kk),
            ["customer", "provider"]
        );
        // Lower case: a common noun, not the party.
        assert!(keys("сатып алушы мен исполнитель", Lang::Kk).is_empty());
        assert!(keys("исполнитель", Lang::Ru).is_empty());
    }
}
