//! The parties of Kazakhstan's contracts, named in both languages: the
//! Russian role in the nominative (its case forms are made by
//! [`ru_forms`]) and the Kazakh role (case suffixes follow its last word,
//! [`KK_SUFFIXES`]).
//!
//! One entry is one role; a role has several names where contracts use
//! several (`Жалға алушы` / `Жалдаушы` for `Арендатор`).

/// A role: a stable key, its Russian names, its Kazakh names.
#[derive(Debug, Clone, Copy)]
pub struct Role {
    /// Stable key (`provider`).
    pub key: &'static str,
    /// Russian names, nominative singular.
    pub ru: &'static [&'static str],
    /// Kazakh names, nominative.
    pub kk: &'static [&'static str],
}

/// The roles contracts give their parties.
pub const ROLES: &[Role] = &[
    Role {
        key: "provider",
        ru: &["Исполнитель"],
        kk: &["Орындаушы"],
    },
    Role {
        key: "customer",
        ru: &["Заказчик"],
        kk: &["Тапсырыс беруші", "Тапсырысшы"],
    },
    Role {
        key: "buyer",
        ru: &["Покупатель"],
        kk: &["Сатып алушы"],
    },
    Role {
        key: "seller",
        ru: &["Продавец"],
        kk: &["Сатушы"],
    },
    Role {
        key: "organiser",
        ru: &["Организатор"],
        kk: &["Ұйымдастырушы"],
    },
    Role {
        key: "employer",
        ru: &["Работодатель"],
        kk: &["Жұмыс беруші"],
    },
    Role {
        key: "employee",
        ru: &["Работник"],
        kk: &["Жұмыскер", "Қызметкер"],
    },
    Role {
        key: "user",
        ru: &["Пользователь"],
        kk: &["Пайдаланушы"],
    },
    Role {
        key: "lessor",
        ru: &["Арендодатель", "Наймодатель"],
        kk: &["Жалға беруші"],
    },
    Role {
        key: "lessee",
        ru: &["Арендатор", "Наниматель"],
        kk: &["Жалға алушы", "Жалдаушы"],
    },
    Role {
        key: "pledgor",
        ru: &["Залогодатель"],
        kk: &["Кепіл беруші"],
    },
    Role {
        key: "pledgee",
        ru: &["Залогодержатель"],
        kk: &["Кепіл ұстаушы"],
    },
    Role {
        key: "borrower",
        ru: &["Заемщик", "Заёмщик"],
        kk: &["Қарыз алушы"],
    },
    Role {
        key: "lender",
        ru: &["Займодатель", "Заимодатель"],
        kk: &["Қарыз беруші"],
    },
    Role {
        key: "supplier",
        ru: &["Поставщик"],
        kk: &["Өнім беруші", "Жеткізуші"],
    },
    Role {
        key: "contractor",
        ru: &["Подрядчик"],
        kk: &["Мердігер"],
    },
    Role {
        key: "visitor",
        ru: &["Посетитель"],
        kk: &["Келуші"],
    },
    Role {
        key: "student",
        ru: &["Обучающийся", "Слушатель"],
        kk: &["Білім алушы", "Тыңдаушы"],
    },
    Role {
        key: "administrator",
        ru: &["Администратор"],
        kk: &["Әкімші"],
    },
    Role {
        key: "organisation",
        ru: &["Организация"],
        kk: &["Ұйым"],
    },
    Role {
        key: "company",
        ru: &["Компания"],
        kk: &["Компания"],
    },
    Role {
        key: "client",
        ru: &["Клиент"],
        kk: &["Клиент"],
    },
    Role {
        key: "agent",
        ru: &["Агент"],
        kk: &["Агент"],
    },
    Role {
        key: "principal",
        ru: &["Принципал"],
        kk: &["Принципал"],
    },
    Role {
        key: "licensor",
        ru: &["Лицензиар"],
        kk: &["Лицензиар"],
    },
    Role {
        key: "licensee",
        ru: &["Лицензиат"],
        kk: &["Лицензиат"],
    },
];

/// Case suffixes that follow a Kazakh role (`Орындаушыға`,
/// `Сатушының`, `Жұмыскермен`, `Тараптарға`), plural and possessive
/// forms among them.
pub const KK_SUFFIXES: &[&str] = &[
    "",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "а",
    "е",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "мен",
    "бен",
    "пен",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "н",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "да",
    "де",
    "та",
    "те",
    "нда",
    "нде",
    "сы",
    "сі",
    "ы",
    "і",
    "сын",
    "сін",
    "сына",
    "сіне",
    "сының",
    "сінің",
    "сымен",
    "сімен",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "лары",
    "лері",
    "ларға",
    "лерге",
    "ларының",
    "лерінің",
    "ларын",
    "лерін",
    "ларды",
    "лерді",
    "лармен",
    "лермен",
    "ларда",
    "лерде",
    "лардан",
    "лерден",
    "нікі",
    "дікі",
    "дағы",
    "дегі",
    "ша",
    "ше",
    "дай",
    "дей",
];

/// The case forms of a Russian role, lower case: singular and plural.
pub fn ru_forms(nominative: &str) -> Vec<String> {
    let w = crate::lang::lowercase(nominative);
    let (stem, endings): (&str, &[&str]) = if let Some(s) = w.strip_suffix("ийся") {
        (
            s,
            &[
                "ийся",
                "егося",
                "емуся",
                "имся",
                "емся",
                "иеся",
                "ихся",
                "имися",
                "ему",
                "его",
            ],
        )
    } else if let Some(s) = w.strip_suffix("ия") {
        (s, &["ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях"])
    } else if let Some(s) = w.strip_suffix("ец") {
        (
            s,
            &[
                "ец", "ца", "цу", "цом", "це", "цы", "цов", "цам", "цами", "цах",
            ],
        )
    } else if let Some(s) = w.strip_suffix('ь') {
        (s, &["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"])
    } else {
        (
            w.as_str(),
            &["", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"],
        )
    };
    endings.iter().map(|e| format!("{stem}{e}")).collect()
}

/// Whether a Kazakh word (lower case) is `name` (lower case, one word)
/// followed by a case suffix.
pub fn kk_word_is(word: &str, name: &str) -> bool {
    word.strip_prefix(name)
        .is_some_and(|rest| KK_SUFFIXES.contains(&rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_case_forms() {
        let f = ru_forms("Исполнитель");
        for w in [
            "исполнитель",
            "исполнителя",
            "исполнителю",
            "исполнителем",
            "исполнителей",
        ] {
            assert!(f.iter().any(|x| x == w), "{w}");
        }
        let f = ru_forms("Продавец");
        assert!(f.iter().any(|x| x == "продавцу"));
        let f = ru_forms("Организатор");
        assert!(f.iter().any(|x| x == "организатору"));
        let f = ru_forms("Организация");
        assert!(f.iter().any(|x| x == "организацией"));
        let f = ru_forms("Обучающийся");
        assert!(f.iter().any(|x| x == "обучающемуся"));
    }

    #[test]
    fn kazakh_suffixes() {
        assert!(kk_word_is("орындаушыға", "орындаушы"));
        assert!(kk_word_is("сатушының", "сатушы"));
        assert!(kk_word_is("жұмыскермен", "жұмыскер"));
        assert!(!kk_word_is("ұйымдастырушы", "ұйым"));
        assert!(!kk_word_is("сатушылық", "сатушы"));
    }
}
