//! The language knowledge of qostil in one place: words of Kazakh and
//! Russian contracts that the readers, the figures engine and the checker
//! look for.
//!
//! Everything here is data plus small lookups over it; the modules that use
//! it decide what the words mean for them. Words are lower case, Cyrillic,
//! with Kazakh letters as such (look-alikes are folded by
//! [`crate::lang::normalize`] before lookups where it matters).

//!
//! Lives here: frequent function words of each language, frequent contract
//! vocabulary (stems), word endings (inflections and suffixes) with the
//! weight of evidence each carries for telling the languages apart, and the
//! abbreviations each language writes in requisites (`БСН` / `БИН`). All
//! entries are lower case, Cyrillic, look-alikes already folded (see
//! [`crate::lang::normalize`]).
//!
//! Does not live here: number words and units (the figures engine,
//! `src/figures/`, keeps them with their grammar), month names (shared by
//! the figures engine and the templates).
//!
//! Weights are rough log-likelihood ratios (natural log, Kazakh over
//! Russian) chosen by hand from the grammar of each language: an ending
//! that practically never ends a word of the other language weighs 2–3, an
//! ending the other language also has now and then weighs about 1.
pub mod identifiers;
pub mod kk_grammar;
pub mod negation;
pub mod parties;
pub mod ru_grammar;
pub mod terms;

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
/// Kazakh names of document parts that headings put before their number
/// (`Бөлім 1`, `Тарау 2`): a clause reference, as `Раздел 1` is.
pub const KK_SECTION_NOUNS: &[&str] = &["бөлім", "тарау"];

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
    // `и т. п.` (and so on) closes a list; its `п.` is no `пункт`.
    let before = t[..t.len() - word.len()].trim_end_matches([' ', '\u{a0}', '.']);
    if w == "п" && before.chars().last().is_some_and(|c| c == 'т' || c == 'Т') {
        let stem = before.trim_end_matches(['т', 'Т']);
        if stem.is_empty() || stem.ends_with([' ', '\u{a0}', '(', ',']) {
            return false;
        }
    }
    REFERENCE_WORDS.contains(&w.as_str())
}

/// True when `text` holds a requisite label as a word (`БИН 1234…`,
/// `ЖСК: KZ…`), a bank account (`KZ` and digits) or a label of contact
/// details (`тел.`, `e-mail`).
pub fn has_requisite_label(text: &str) -> bool {
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        // Labels are written in capitals (`БИН`, `ЖСК`); the lower-case
        // word `бин` is not one.
        if w.chars().all(|c| !c.is_lowercase()) && is_in(REQUISITE_LABELS, &lowercase(w)) {
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

/// Kazakh number words of the units, 0–9.
pub const KK_UNITS: [&str; 10] = [
    "нөл",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];
/// Kazakh number words of the tens, 10–90.
pub const KK_TENS: [&str; 9] = [
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

#[cfg(test)]
mod reader_tests {
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
        assert!(!ends_with_reference_word("платежей, банка и т. п."));
        assert!(!ends_with_reference_word("банка и т.п."));
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

/// Vowel harmony a Kazakh ending requires of the last vowel of the stem it
/// follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Harmony {
    /// After a back vowel (а, о, ұ, ы).
    Back,
    /// After a front vowel (ә, е, ө, ү, і, э).
    Front,
    /// Any stem.
    Any,
}

/// A word ending and the evidence it carries (positive: Kazakh, negative:
/// Russian).
#[derive(Debug, Clone, Copy)]
pub struct Ending {
    /// The ending, lower case.
    pub text: &'static str,
    /// Evidence (log-likelihood ratio, Kazakh over Russian).
    pub weight: f32,
    /// Harmony required of the stem (Kazakh endings).
    pub harmony: Harmony,
}

const fn kk(text: &'static str, weight: f32, harmony: Harmony) -> Ending {
    Ending {
        text,
        weight,
        harmony,
    }
}

const fn ru(text: &'static str, weight: f32) -> Ending {
    Ending {
        text,
        weight: -weight,
        harmony: Harmony::Any,
    }
}

use Harmony::{Any, Back, Front};

/// Kazakh function words and very frequent words of contracts, written
/// without the letters only Kazakh has as well as with them.
pub const KK_FUNCTION_WORDS: &[&str] = &[
    "және",
    "мен",
    "бен",
    "пен",
    "осы",
    "осындай",
    "бойынша",
    "немесе",
    "үшін",
    "жоқ",
    "бар",
    "тиіс",
    "тиісті",
    "болып",
    "табылады",
    "деп",
    "туралы",
    "сәйкес",
    "ішінде",
    "ал",
    "да",
    "де",
    "та",
    "те",
    "бұл",
    "сол",
    "ол",
    "олар",
    "оны",
    "оның",
    "оған",
    "онда",
    "егер",
    "кейін",
    "дейін",
    "арқылы",
    "жағдайда",
    "сондай",
    "ақ",
    "кез",
    "келген",
    "барлық",
    "әрбір",
    "әр",
    "бір",
    "екі",
    "үш",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
    "жиырма",
    "отыз",
    "елу",
    "жүз",
    "мың",
    "ғана",
    "тек",
    "емес",
    "бірақ",
    "алайда",
    "сонымен",
    "қатар",
    "бастап",
    "арасында",
    "кезде",
    "кезінде",
    "соң",
    "сайын",
    "жөнінде",
    "қарай",
    "қатысты",
    "байланысты",
    "негізінде",
    "шеңберінде",
    "болады",
    "болса",
    "болған",
    "болуы",
    "береді",
    "алады",
    "өз",
    "өзі",
    "өзінің",
    "басқа",
    "жалпы",
    "ретінде",
    "сияқты",
    "мүмкін",
    "тарапынан",
    "жылғы",
    "жыл",
    "ай",
    "күн",
    "ж",
    "қ",
];

/// Russian function words and very frequent words of contracts.
pub const RU_FUNCTION_WORDS: &[&str] = &[
    "и",
    "в",
    "во",
    "на",
    "по",
    "с",
    "со",
    "не",
    "ни",
    "для",
    "от",
    "что",
    "чтобы",
    "или",
    "за",
    "к",
    "ко",
    "при",
    "из",
    "о",
    "об",
    "обо",
    "до",
    "а",
    "но",
    "же",
    "ли",
    "бы",
    "как",
    "так",
    "также",
    "то",
    "это",
    "этот",
    "эти",
    "этого",
    "все",
    "всех",
    "его",
    "ее",
    "её",
    "их",
    "им",
    "ей",
    "она",
    "оно",
    "они",
    "который",
    "которые",
    "которых",
    "которая",
    "которое",
    "если",
    "либо",
    "после",
    "течение",
    "случае",
    "путем",
    "путём",
    "между",
    "через",
    "без",
    "под",
    "над",
    "перед",
    "у",
    "является",
    "являются",
    "может",
    "могут",
    "должен",
    "должна",
    "должны",
    "вправе",
    "обязан",
    "обязана",
    "обязуется",
    "обязуются",
    "настоящий",
    "настоящего",
    "настоящим",
    "настоящему",
    "иные",
    "иных",
    "других",
    "другой",
    "любой",
    "каждый",
    "том",
    "числе",
    "более",
    "менее",
    "чем",
    "только",
    "лишь",
    "уже",
    "еще",
    "ещё",
    "где",
    "когда",
    "свои",
    "своих",
    "своей",
    "соответствии",
    "согласно",
    "рамках",
    "г",
    "п",
    "ст",
];

/// Stems of frequent Kazakh contract words: a word starting with one of them
/// (and at most six letters longer) is Kazakh.
pub const KK_STEMS: &[&str] = &[
    "шарт",
    "тарап",
    "тапсырыс",
    "орындаушы",
    "сатушы",
    "алушы",
    "беруші",
    "талап",
    "ереже",
    "саясат",
    "мекенжай",
    "тармақ",
    "бөлім",
    "төлем",
    "мерзім",
    "құқық",
    "міндет",
    "жауап",
    "келісім",
    "дерек",
    "кепіл",
    "қызмет",
    "жалға",
    "жалдау",
];

/// Stems of frequent Russian contract words: a word starting with one of
/// them (and at most six letters longer) is Russian.
pub const RU_STEMS: &[&str] = &[
    "договор",
    "сторон",
    "исполнител",
    "заказчик",
    "покупател",
    "продав",
    "арендатор",
    "арендодател",
    "залогодател",
    "обязательств",
    "оплат",
    "услуг",
    "соглашени",
    "пункт",
    "раздел",
    "срок",
    "сумм",
    "момент",
    "настоящ",
    "указанн",
    "предусмотр",
    "порядк",
    "вознагражден",
    "ответственност",
];

/// Abbreviations written in Kazakh requisites and legal references.
pub const KK_ABBREVIATIONS: &[&str] = &[
    "жшс", "бсн", "жсн", "жск", "бск", "бек", "қр", "ақ", "жк", "ұлт",
];

/// Abbreviations written in Russian requisites and legal references.
pub const RU_ABBREVIATIONS: &[&str] = &[
    "тоо", "бин", "иин", "иик", "бик", "кбе", "рк", "ао", "ип", "рф", "ооо",
];

/// Kazakh word endings that carry evidence even without a Kazakh-only
/// letter (those with one are evidence through the letter already).
pub const KK_ENDINGS_WEIGHTED: &[Ending] = &[
    // plural, and plural with a case or possessive ending
    kk("лар", 1.5, Back),
    kk("дар", 1.5, Back),
    kk("тар", 1.5, Back),
    kk("лер", 1.5, Front),
    kk("дер", 1.5, Front),
    kk("тер", 1.5, Front),
    kk("лары", 2.5, Back),
    kk("дары", 2.5, Back),
    kk("тары", 2.5, Back),
    kk("ларды", 2.5, Back),
    kk("дарды", 2.5, Back),
    kk("тарды", 2.5, Back),
    kk("ларда", 2.5, Back),
    kk("дарда", 2.5, Back),
    kk("тарда", 2.5, Back),
    kk("лерде", 2.5, Front),
    kk("дерде", 2.5, Front),
    kk("терде", 2.5, Front),
    kk("ларын", 2.5, Back),
    kk("дарын", 2.5, Back),
    kk("тарын", 2.5, Back),
    kk("лардан", 2.5, Back),
    kk("дардан", 2.5, Back),
    kk("тардан", 2.5, Back),
    kk("лерден", 2.5, Front),
    kk("дерден", 2.5, Front),
    kk("терден", 2.5, Front),
    kk("лармен", 2.5, Back),
    kk("дармен", 2.5, Back),
    kk("тармен", 2.5, Back),
    kk("лермен", 2.5, Front),
    kk("дермен", 2.5, Front),
    kk("термен", 2.5, Front),
    kk("ларына", 2.5, Back),
    kk("дарына", 2.5, Back),
    kk("тарына", 2.5, Back),
    // verbal noun in -у and its cases
    kk("ау", 2.0, Any),
    kk("еу", 2.0, Any),
    kk("уды", 2.5, Back),
    kk("уда", 2.0, Back),
    kk("уде", 2.0, Front),
    kk("удан", 2.5, Back),
    kk("уын", 2.5, Back),
    kk("уына", 2.5, Back),
    kk("уымен", 2.5, Back),
    // participles and verb forms
    kk("атын", 2.0, Back),
    kk("йтын", 2.5, Back),
    kk("ытын", 2.5, Back),
    kk("ады", 1.2, Back),
    kk("йды", 2.5, Back),
    kk("ген", 1.2, Front),
    kk("кен", 1.2, Front),
    kk("ып", 2.0, Any),
    kk("ыз", 1.5, Any),
    // case and possessive endings after a back-vowel stem
    kk("ын", 1.5, Any),
    kk("ына", 2.0, Any),
    kk("ында", 2.5, Any),
    kk("ынан", 2.5, Any),
    kk("ыны", 2.5, Any),
    kk("ымен", 2.5, Any),
    kk("ысы", 1.5, Any),
    kk("асы", 0.8, Any),
    kk("тан", 1.0, Back),
    kk("нан", 1.2, Back),
    kk("бен", 1.2, Any),
    kk("пен", 1.2, Any),
    kk("мен", 1.0, Any),
];

/// Russian word endings (inflections and suffixes) that carry evidence.
pub const RU_ENDINGS_WEIGHTED: &[Ending] = &[
    ru("ого", 2.5),
    ru("его", 2.5),
    ru("ому", 2.0),
    ru("ему", 2.0),
    ru("ыми", 2.5),
    ru("ими", 2.0),
    ru("ться", 3.0),
    ru("тся", 3.0),
    ru("ся", 1.5),
    ru("ция", 1.0),
    ru("ции", 2.0),
    ru("цию", 2.0),
    ru("цией", 2.5),
    ru("ние", 2.0),
    ru("ния", 1.5),
    ru("нии", 2.0),
    ru("нию", 2.0),
    ru("нием", 2.5),
    ru("ниям", 2.5),
    ru("ниях", 2.5),
    ru("ный", 2.0),
    ru("ная", 2.0),
    ru("ное", 2.0),
    ru("ные", 2.0),
    ru("ных", 2.0),
    ru("ной", 2.0),
    ru("ным", 2.0),
    ru("ную", 2.0),
    ru("ными", 2.5),
    ru("ый", 1.5),
    ru("ий", 1.2),
    ru("ая", 1.5),
    ru("ое", 1.5),
    ru("ые", 2.0),
    ru("ых", 2.0),
    ru("ую", 1.5),
    ru("яя", 2.0),
    ru("ее", 1.0),
    ru("ие", 1.5),
    ru("ии", 2.0),
    ru("ае", 1.5),
    ru("ости", 2.0),
    ru("ство", 2.5),
    ru("ства", 2.5),
    ru("ству", 2.5),
    ru("ством", 2.5),
    ru("стве", 2.5),
    ru("ует", 2.0),
    ru("уют", 2.0),
    ru("ает", 2.0),
    ru("яет", 2.0),
    ru("ают", 2.0),
    ru("яют", 2.0),
    ru("ют", 1.5),
    ru("ят", 1.5),
    ru("тель", 1.5),
    ru("теля", 2.0),
    ru("телю", 2.0),
    ru("телем", 2.5),
    ru("тели", 2.0),
    ru("телей", 2.5),
    ru("ов", 1.5),
    ru("ев", 1.0),
    ru("ами", 2.0),
    ru("ями", 2.0),
    ru("ах", 1.5),
    ru("ях", 2.0),
    ru("ом", 1.2),
    ru("ем", 0.8),
    ru("ей", 1.2),
    ru("ой", 1.0),
];

/// Old vote lists of [`crate::lang::scores`]: Russian function words.
pub const RU_WORDS: &[&str] = &[
    "и",
    "в",
    "на",
    "по",
    "с",
    "не",
    "для",
    "от",
    "что",
    "или",
    "за",
    "к",
    "при",
    "из",
    "настоящего",
    "договора",
    "договор",
    "является",
    "также",
    "который",
    "которые",
    "если",
    "до",
    "со",
    "об",
    "о",
    "течение",
    "после",
    "случае",
    "либо",
    "его",
    "ее",
    "её",
    "их",
    "как",
    "это",
    "все",
    "без",
];

/// Old vote lists of [`crate::lang::scores`]: Kazakh function words.
pub const KK_WORDS: &[&str] = &[
    "және",
    "мен",
    "осы",
    "бойынша",
    "немесе",
    "үшін",
    "жоқ",
    "бар",
    "тиіс",
    "болып",
    "табылады",
    "деп",
    "туралы",
    "сәйкес",
    "шарт",
    "шарттың",
    "ішінде",
    "күн",
    "жылғы",
    "ал",
    "да",
    "де",
    "бұл",
    "оның",
    "егер",
    "кейін",
    "дейін",
    "арқылы",
    "жағдайда",
    "сондай",
    "ақ",
];

/// Old vote lists of [`crate::lang::scores`]: Russian endings.
pub const RU_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "ция", "ции", "ние", "ния", "нии",
    "ный", "ная", "ное", "ные", "ных", "ной", "ать", "ить", "ует", "ают", "яет", "ость", "ости",
    "ств", "ство", "ства", "ении", "ение", "ения", "ться", "ющий", "ющих",
];

/// Old vote lists of [`crate::lang::scores`]: Kazakh endings.
pub const KK_ENDINGS: &[&str] = &[
    "ушы",
    "уші",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "мен",
    "бен",
    "пен",
    "ға",
    "ге",
    "қа",
    "ке",
    "ған",
    "ген",
    "қан",
    "кен",
    "атын",
    "етін",
    "луы",
    "луі",
    "ушымен",
    "ысты",
    "ысын",
];

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
    "стн",
    "инн",
    "кпп",
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
    "iban",
    "bic",
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

/// First parts of words written with a hyphen (`кое-как`, `онлайн-курс`;
/// not the short ones a hyphenated word may also start with, `по-`): a line that ends with one of them and a
/// hyphen breaks a compound, and the hyphen stays when the lines are
/// joined. Russian and Kazakh, lower case.
pub const HYPHENATED_FIRST_PARTS: &[&str] = &[
    "кое",
    "вице",
    "экс",
    "онлайн",
    "офлайн",
    "веб",
    "интернет",
    "бизнес",
    "web",
];

/// Second parts of words written with a hyphen (`каких-либо`, `кто-то`,
/// `сондай-ақ`, `бір-бірі`). Russian and Kazakh, lower case.
pub const HYPHENATED_SECOND_PARTS: &[&str] = &[
    "то",
    "либо",
    "нибудь",
    "таки",
    "ақ",
    "ау",
    "бірі",
    "бірін",
    "біріне",
    "бірімен",
    "бірінен",
    "бірінің",
    "жігер",
    "жігеріне",
    "mail",
];

/// True when `left` and `right` (the parts around a hyphen at a line end)
/// are the parts of a word written with a hyphen.
pub fn is_hyphenated_compound(left: &str, right: &str) -> bool {
    let l = lowercase(left);
    let r = lowercase(right);
    HYPHENATED_FIRST_PARTS.contains(&l.as_str()) || HYPHENATED_SECOND_PARTS.contains(&r.as_str())
}

/// Typography of the rendered editions ([`crate::render::typography`]):
/// abbreviations bound to the word after them by a no-break space
/// (`г. Алматы`, `п. 4.2`, `ст. 387`, `тел. +7 …`, `№ 1`), lower case with
/// their period. Russian and Kazakh (Kazakh writes `тел.` and `№` too; its
/// place abbreviations follow the name, see [`NBSP_BEFORE_ABBREVIATIONS`]).
pub const NBSP_AFTER_ABBREVIATIONS: &[&str] = &[
    "г.",
    "ул.",
    "д.",
    "кв.",
    "п.",
    "пп.",
    "ст.",
    "т.",
    "тел.",
    "№",
    "№№",
    "корп.",
    "оф.",
    "мкр.",
    "ч.",
    "пр.",
    "пр-т",
    "просп.",
    "пер.",
    "бул.",
    "пом.",
];

/// Abbreviations bound to the word before them: Kazakh writes the kind of
/// place after its name (`Алматы қ.`, `Сәтбаев көш.`, `Бостандық ауд.`,
/// `Алматы обл.`), and so does Russian for a region (`Алматинская обл.`).
pub const NBSP_BEFORE_ABBREVIATIONS: &[&str] = &["қ.", "көш.", "даңғ.", "ауд.", "обл."];

/// Abbreviations of `год` / `жыл` bound to the year before them (`2026 г.`,
/// `2025–2026 гг.`, `2026 ж.`); after a number they are not followed by a
/// bound word (`г.` after a year is not `город`).
pub const YEAR_ABBREVIATIONS: &[&str] = &["г.", "гг.", "ж.", "жж."];

/// Signs and codes of units and currencies written after a number, bound to
/// it (`5 %`, `990 000 ₸`, `100 USD`); unit words are [`UNIT_PREFIXES`].
pub const UNIT_SIGNS: &[&str] = &["%", "‰", "₸", "$", "€", "₽", "KZT", "USD", "EUR", "RUB"];

/// Russian one-letter prepositions and conjunctions: a line never ends with
/// one of them (`в`, `с`, `к`, `и`, `а`, `о`, `у`, `я`), so the space after
/// it is a no-break space.
pub const RU_ONE_LETTER_WORDS: &[&str] = &["в", "с", "к", "и", "а", "о", "у", "я"];

/// Russian number words the figures engine writes with `е` and a contract
/// may ask to be written with `ё` (`ru_yo = true` in `contract.toml`):
/// `(е form, ё form)`. The readers fold `ё` to `е`, so both read the same.
pub const RU_YO_NUMBER_WORDS: &[(&str, &str)] = &[
    ("трех", "трёх"),
    ("трем", "трём"),
    ("четырех", "четырёх"),
    ("четырем", "четырём"),
    ("трехсот", "трёхсот"),
    ("четырехсот", "четырёхсот"),
    ("тремстам", "трёмстам"),
    ("четыремстам", "четырёмстам"),
    ("трехстах", "трёхстах"),
    ("четырехстах", "четырёхстах"),
    ("нолем", "нолём"),
];

/// `text` with the Russian number words of [`RU_YO_NUMBER_WORDS`] spelled
/// with `ё`; other words are left alone.
pub fn ru_number_words_with_yo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match RU_YO_NUMBER_WORDS.iter().find(|(e, _)| *e == word.as_str()) {
            Some((_, yo)) => out.push_str(yo),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
