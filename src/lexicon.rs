//! The language knowledge of qostil in one place: words of Kazakh and
//! Russian contracts that the readers, the figures engine and the checker
//! look for.
//!
//! Everything here is data plus small lookups over it; the modules that use
//! it decide what the words mean for them. Words are lower case, Cyrillic,
//! with Kazakh letters as such (look-alikes are folded by
//! [`crate::lang::normalize`] before lookups where it matters).

use crate::lang::lowercase;

/// Words of units that may follow a number written like a clause number
/// (`1.5 месяца`, `2.5 жыл`, `12.5 процентов`): such a number is a figure,
/// not a clause. Prefixes, Russian and Kazakh.
pub const UNIT_PREFIXES: &[&str] = &[
    "месяц",
    "мес",
    "ай",
    "год",
    "лет",
    "жыл",
    "дн",
    "күн",
    "час",
    "сағ",
    "тенге",
    "теңге",
    "тг",
    "процент",
    "пайыз",
    "млн",
    "тыс",
    "млрд",
    "раз",
    "рет",
    "минут",
    "секунд",
    "недел",
    "апта",
    "сут",
    "тәулік",
    "руб",
    "доллар",
    "евро",
    "км",
    "кг",
    "га",
    "гектар",
    "кв",
    "м²",
];

/// True when `rest` starts with a unit word.
pub fn starts_with_unit(rest: &str) -> bool {
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '²')
        .collect::<String>();
    let w = lowercase(&w);
    if w.is_empty() {
        return false;
    }
    UNIT_PREFIXES.iter().any(|u| w.starts_with(u))
}

/// Words and abbreviations after which a number is a reference, not the
/// start of a clause (`согласно п.` / `4.2. настоящего Договора`): the
/// last word of the line before. Russian and Kazakh.
pub const REFERENCE_WORDS: &[&str] = &[
    "п",
    "пп",
    "пункт",
    "пункта",
    "пунктом",
    "пункте",
    "пункту",
    "пунктами",
    "пунктах",
    "пунктов",
    "подпункт",
    "подпункта",
    "подпунктом",
    "подпункте",
    "подп",
    "ст",
    "статья",
    "статьи",
    "статье",
    "статьей",
    "статьёй",
    "статью",
    "ч",
    "часть",
    "части",
    "гл",
    "глава",
    "главы",
    "разд",
    "раздел",
    "раздела",
    "разделе",
    "разделом",
    "см",
    "стр",
    "№",
    "no",
    "тармақ",
    "тармағы",
    "тармақша",
    "бап",
    "бабы",
    "бөлім",
    "бөлімі",
    "согласно",
    "соответствии",
    "предусмотренных",
    "предусмотренным",
    "указанных",
    "указанным",
];

/// True when `text` ends with a reference word (`п.`, `согласно пункту`):
/// a number on the next line continues the reference.
pub fn ends_with_reference_word(text: &str) -> bool {
    let t = text.trim_end();
    if t.ends_with('№') {
        return true;
    }
    let t = t.trim_end_matches('.');
    let word: String = t
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let w = lowercase(&word);
    REFERENCE_WORDS.contains(&w.as_str())
}

/// Requisite labels of both languages: Russian and Kazakh forms of the
/// same label stand side by side (БИН/БСН, ИИН/ЖСН, ИИК/ЖСК, БИК/БСК,
/// КБЕ/БЕК, КНП/ТТК), then labels the languages share.
pub const REQUISITE_LABELS: &[(&str, &str)] = &[
    ("БИН", "БСН"),
    ("ИИН", "ЖСН"),
    ("ИИК", "ЖСК"),
    ("БИК", "БСК"),
    ("КБЕ", "БЕК"),
    ("КНП", "ТТК"),
    ("РНН", "СТН"),
    ("ИНН", "ИНН"),
    ("КПП", "КПП"),
    ("IBAN", "IBAN"),
    ("SWIFT", "SWIFT"),
    ("BIC", "BIC"),
];

/// True when `text` holds a requisite label as a word (`БИН 1234…`,
/// `ЖСК: KZ…`), a bank account (`KZ` and digits) or a label of contact
/// details (`тел.`, `e-mail`).
pub fn has_requisite_label(text: &str) -> bool {
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if REQUISITE_LABELS.iter().any(|(a, b)| w == *a || w == *b) {
            return true;
        }
        if w.len() >= 16 && w.starts_with("KZ") && w[2..].bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return true;
        }
        let lw = lowercase(w);
        if matches!(
            lw.as_str(),
            "тел"
                | "телефон"
                | "email"
                | "mail"
                | "почта"
                | "пошта"
                | "факс"
                | "банк"
                | "банкі"
        ) {
            return true;
        }
    }
    false
}

/// Stems of words that name the requisites and signatures block
/// (`Реквизиты и подписи сторон`, `Тараптардың деректемелері`,
/// `Юридические адреса`, `Заңды мекенжайлары`).
pub const REQUISITES_TITLE_STEMS: &[&str] = &[
    "реквизит",
    "деректеме",
    "подпис",
    "қолтаңба",
    "қолы",
    "адрес",
    "мекенжай",
];

/// True when a title names the requisites and signatures block.
pub fn names_requisites(title: &str) -> bool {
    let t = lowercase(title);
    REQUISITES_TITLE_STEMS.iter().any(|s| t.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_references() {
        assert!(starts_with_unit("месяца"));
        assert!(starts_with_unit("Жыл"));
        assert!(!starts_with_unit("Исполнитель"));
        assert!(ends_with_reference_word("согласно п."));
        assert!(ends_with_reference_word("в соответствии с пунктом"));
        assert!(ends_with_reference_word("осы Шарттың тармағы"));
        assert!(!ends_with_reference_word("оказывает услуги."));
    }

    #[test]
    fn requisites() {
        assert!(has_requisite_label("БСН 123456789012"));
        assert!(has_requisite_label("ТТК: 730"));
        assert!(has_requisite_label("KZ123456789012345678"));
        assert!(!has_requisite_label("Исполнитель оказывает услуги."));
        assert!(names_requisites("Реквизиты и подписи Сторон"));
        assert!(names_requisites("Тараптардың деректемелері"));
        assert!(!names_requisites("Ответственность сторон"));
    }
}
