//! The defined terms of contracts (parties and key nouns) with every name
//! each language gives them: `Заказчик` is rendered in Kazakh as
//! `Тапсырыс беруші` or `Тапсырысшы`, `Шарт` in Russian as `Договор` or
//! `Соглашение`. One document should keep to one name per term; the
//! names listed together here are the ones documents mix.
//!
//! Russian names are nominative singular (their case forms are made by
//! [`ru_term_forms`]); Kazakh names are in the nominative, their case
//! suffixes follow the last word ([`kk_word_is_term`]).

/// A term: a stable key, its Russian names, its Kazakh names.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    /// Stable key (`customer`).
    pub key: &'static str,
    /// Russian names, nominative singular.
    pub ru: &'static [&'static str],
    /// Kazakh names, nominative.
    pub kk: &'static [&'static str],
}

/// The terms whose names documents mix.
pub const TERMS: &[Term] = &[
    Term {
        key: "contract",
        ru: &["Договор", "Соглашение"],
        kk: &["Шарт", "Келісімшарт", "Келісім"],
    },
    Term {
        key: "customer",
        ru: &["Заказчик"],
        kk: &["Тапсырыс беруші", "Тапсырысшы"],
    },
    Term {
        key: "provider",
        ru: &["Исполнитель"],
        kk: &["Орындаушы", "Атқарушы"],
    },
    Term {
        key: "lessee",
        ru: &["Арендатор", "Наниматель"],
        kk: &["Жалға алушы", "Жалдаушы", "Жалгер"],
    },
    Term {
        key: "lessor",
        ru: &["Арендодатель", "Наймодатель"],
        kk: &["Жалға беруші"],
    },
    Term {
        key: "employee",
        ru: &["Работник", "Сотрудник"],
        kk: &["Жұмыскер", "Қызметкер"],
    },
    Term {
        key: "user",
        ru: &["Пользователь"],
        kk: &["Пайдаланушы", "Қолданушы"],
    },
    Term {
        key: "buyer",
        ru: &["Покупатель", "Приобретатель"],
        kk: &["Сатып алушы", "Алушы"],
    },
    Term {
        key: "recipient",
        ru: &["Получатель"],
        kk: &["Алушы"],
    },
    Term {
        key: "pledgor",
        ru: &["Залогодатель"],
        kk: &["Кепіл беруші", "Кепілзат беруші"],
    },
    Term {
        key: "pledgee",
        ru: &["Залогодержатель"],
        kk: &["Кепіл ұстаушы"],
    },
    Term {
        key: "supplier",
        ru: &["Поставщик"],
        kk: &["Өнім беруші", "Жеткізуші"],
    },
    Term {
        key: "borrower",
        ru: &["Заемщик"],
        kk: &["Қарыз алушы"],
    },
    Term {
        key: "student",
        ru: &["Обучающийся", "Слушатель"],
        kk: &["Білім алушы", "Тыңдаушы"],
    },
];

/// Suffixes that may follow a Kazakh term besides those of the parties
/// ([`crate::lexicon::parties::KK_SUFFIXES`]): locative adjectives,
/// possessive and plural forms with their cases (`Шарттағы`,
/// `Шарттары`, `Тапсырыс берушісіне`).
pub const KK_MORE_SUFFIXES: &[&str] = &[
    "тағы",
    "тегі",
    "ндағы",
    "ндегі",
    "сындағы",
    "сіндегі",
    "ғы",
    "гі",
    "тары",
    "тері",
    "дары",
    "дері",
    "тарға",
    "терге",
    "дарға",
    "дерге",
    "тардың",
    "тердің",
    "дардың",
    "дердің",
    "лардың",
    "лердің",
    "тармен",
    "термен",
    "дармен",
    "дермен",
    "тарды",
    "терді",
    "дарды",
    "дерді",
    "тарда",
    "терде",
    "дарда",
    "дерде",
    "тардан",
    "терден",
    "дардан",
    "дерден",
    "ларына",
    "леріне",
    "ларында",
    "лерінде",
    "тарына",
    "теріне",
    "тарында",
    "терінде",
    "сына",
    "сіне",
    "сында",
    "сінде",
    "сынан",
    "сінен",
    "сын",
    "сін",
    "ына",
    "іне",
    "ында",
    "інде",
    "ынан",
    "інен",
    "ымен",
    "імен",
    "ының",
    "інің",
    "ын",
    "ін",
];

/// Whether a Kazakh word (lower case) is the word `name` (lower case)
/// followed by a case, plural or possessive suffix.
pub fn kk_word_is_term(word: &str, name: &str) -> bool {
    word.strip_prefix(name).is_some_and(|rest| {
        crate::lexicon::parties::KK_SUFFIXES.contains(&rest) || KK_MORE_SUFFIXES.contains(&rest)
    })
}

/// The case forms of a Russian term, lower case, `ё` written `е` (one
/// word, two spellings: `Заёмщик`, `Заемщик`), singular and plural:
/// neuter nouns in `-ие` (`Соглашение`, `соглашения`, `соглашению`)
/// here, the others as the parties ([`crate::lexicon::parties::ru_forms`]).
pub fn ru_term_forms(nominative: &str) -> Vec<String> {
    let w = crate::lang::lowercase(nominative).replace('ё', "е");
    if let Some(stem) = w.strip_suffix("ие") {
        return ["ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"]
            .iter()
            .map(|e| format!("{stem}{e}"))
            .collect();
    }
    crate::lexicon::parties::ru_forms(&w)
}

/// Words that, shortly before a name, make the sentence define it:
/// `далее — «Исполнитель»`, `бұдан әрі – «Орындаушы»`.
pub const DEFINITION_MARKERS: &[&str] = &[
    "далее",
    "именуемый",
    "именуемая",
    "именуемое",
    "именуемые",
    "бұдан әрі",
    "бұдан кейін",
];

/// Words that, right after a name, make the sentence define it:
/// `«Жұмыскер» деп аталатын`.
pub const DEFINITION_MARKERS_AFTER: &[&str] =
    &["деп аталатын", "деп аталады", "деп аталып", "деп аталған"];

/// How many characters after a definition marker the defined name may
/// start (`далее по тексту – «Заказчик»`).
pub const DEFINITION_REACH: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_term_forms() {
        for w in [
            "шарт",
            "шарттың",
            "шартқа",
            "шартты",
            "шартпен",
            "шартта",
            "шарттан",
            "шарттағы",
            "шарттары",
        ] {
            assert!(kk_word_is_term(w, "шарт"), "{w}");
        }
        assert!(kk_word_is_term("берушісіне", "беруші"));
        assert!(kk_word_is_term("тапсырысшыға", "тапсырысшы"));
        assert!(!kk_word_is_term("шарттылық", "шарт"));
        assert!(!kk_word_is_term("келісімшарт", "келісім"));
    }

    #[test]
    fn russian_term_forms() {
        let f = ru_term_forms("Соглашение");
        for w in [
            "соглашение",
            "соглашения",
            "соглашению",
            "соглашением",
            "соглашении",
        ] {
            assert!(f.iter().any(|x| x == w), "{w}");
        }
        let f = ru_term_forms("Договор");
        for w in ["договор", "договора", "договору", "договором", "договоре"]
        {
            assert!(f.iter().any(|x| x == w), "{w}");
        }
        assert!(!f.iter().any(|x| x == "договорная"));
    }
}
