//! Language knowledge shared by the stages: word lists of Kazakh and
//! Russian contract language, kept in one place. Each list is a separate
//! `pub const`, lower case, so that lists added for other purposes stay
//! apart.

/// Labels of bank and tax requisites, in both languages, lower case. The
/// two languages name the same requisite differently (БИН / БСН, ИИН / ЖСН,
/// ИИК / ЖСК, БИК / БСК, КБЕ / БЕК, КНП / ТТК); the value after any of them
/// is an identifier, never an amount.
pub const REQUISITE_LABELS: &[&str] = &[
    // Business and individual identification numbers.
    "бин",
    "бсн",
    "иин",
    "жсн",
    "рнн",
    "bin",
    "iin",
    // Account (IBAN) and bank identification code.
    "иик",
    "жск",
    "бик",
    "бск",
    "iik",
    "bik",
    "swift",
    // Beneficiary code and payment purpose code.
    "кбе",
    "бек",
    "кнп",
    "ттк",
    "kbe",
    "knp",
    // Postal code.
    "индекс",
    "index",
];

/// Address labels written before a number, lower case, without their dot:
/// `дом 10`, `д. 10`, `кв. 5`, `оф. 12`, `үй 5`, `пәтер 3`. The number
/// after them is a part of an address, not a figure or a clause reference.
/// (`н. п. 207`, a non-residential premises, is recognised apart because
/// `п.` alone is a clause keyword.)
pub const ADDRESS_LABELS_BEFORE: &[&str] = &[
    "д",
    "дом",
    "кв",
    "квартира",
    "оф",
    "офис",
    "пом",
    "помещение",
    "корп",
    "корпус",
    "стр",
    "строение",
    "мкр",
    "микрорайон",
    "үй",
    "үйі",
    "пәтер",
    "пәтері",
    "кеңсе",
    "кеңсесі",
    "ғимарат",
    "блок",
];

/// Address labels written after a number (the Kazakh order, `163 үй`,
/// `90/21-үй`, `12 пәтер`, `207 т/е`, `305-кеңсе`), lower case; `т/е` is
/// recognised apart.
pub const ADDRESS_LABELS_AFTER: &[&str] =
    &["үй", "үйі", "пәтер", "пәтері", "кеңсе", "кеңсесі", "т"];

/// Words that name this very document (stems, lower case), in either
/// language: a reference next to them (`статья 12 настоящего Соглашения`,
/// `Келісімнің 12-бабы`, `осы Шарттың 4-тармағы`) points at one of its own
/// clauses, not at a law.
pub const OWN_DOCUMENT_STEMS: &[&str] = &[
    "настоящ",
    "договор",
    "соглашени",
    "оферт",
    "правил",
    "шарт",
    "келісім",
    "оферта",
    "ереже",
    "осы",
];

/// True when `word` (lower case) is one of `list`.
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// True when `word` (lower case) starts with one of the stems of `list`.
pub fn starts_with_any(list: &[&str], word: &str) -> bool {
    list.iter().any(|s| word.starts_with(s))
}
