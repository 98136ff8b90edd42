//! Negation in Russian and Kazakh contract language: the words and
//! suffixes that make a statement negative, and the phrases that look
//! negative but carry no polarity for a comparison of the two languages
//! (`не менее` / `кемінде`, `не позднее` / `кешіктірмей`, `неустойка` /
//! `тұрақсыздық айыбы`).
//!
//! [`negations`] finds the negations of a sentence; the checker compares
//! their count between the languages. Words are matched lower case with
//! look-alikes folded ([`crate::lang::normalize`]).
//!
//! Russian marks negation with the particle `не`, words (`нет`,
//! `нельзя`, `без`, `запрещается`, `отсутствие`) and the prefixes `не-` /
//! `без-` of a closed list of words (`несанкционированный`,
//! `ненадлежащий`, `безвозмездно`) or of verbal nouns and participles
//! (`непредоставление`, `неоплаченный`). Kazakh marks it on the verb, with
//! `-ма/-ме/-ба/-бе/-па/-пе` before the verb's ending (`өтпеуге`,
//! `жүргізбейді`, `етілмеген`, `көзделмесе`), with `емес`, `жоқ`,
//! `тыйым салынады` and the privative
//! suffix `-сыз/-сіз` (`келісімінсіз`).

use crate::lang::Lang;

/// One negation found in a text: where it is (byte range) and the word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negation {
    /// Byte range of the word in the text.
    pub span: std::ops::Range<usize>,
    /// The word as written.
    pub word: String,
}

/// Russian words that are negations by themselves. The pronouns of `ни`
/// (`никакой`, `ни … ни`) and the Kazakh `еш-` (`ешқандай`) only
/// strengthen the negated verb beside them and are not counted.
pub const RU_WORDS: &[&str] = &["не", "нет", "нельзя", "без", "безо"];

/// Stems of Russian words that negate by their meaning.
pub const RU_NEGATIVE_STEMS: &[&str] = &["запрещ", "отсутств", "воспрещ"];

/// Stems of Russian words with a negative prefix (`не-`, `без-`, `бес-`).
pub const RU_PREFIXED_STEMS: &[&str] = &[
    "несанкционир",
    "ненадлежащ",
    "неисполн",
    "невыполн",
    "неуплат",
    "неоплат",
    "непредостав",
    "непредстав",
    "непоступ",
    "неполуч",
    "неправомер",
    "незакон",
    "недейств",
    "невозмож",
    "несвоеврем",
    "недостовер",
    "неполн",
    "неправильн",
    "неверн",
    "несоблюд",
    "неразглаш",
    "нераспростран",
    "неявк",
    "недопуст",
    "несоглас",
    "некачествен",
    "невозврат",
    "неуведом",
    "непосещ",
    "нецелев",
    "неточн",
    "неудовлетвор",
    "непреодолим",
    "недееспособ",
    "нежил",
    "неизвестн",
    "необоснован",
    "неограничен",
    "неопределен",
    "непредвиден",
    "несовершеннолет",
    "неприменен",
    "неприн",
    "неподпис",
    "неурегулир",
    "неиспользов",
    "непрерыв",
    "безусловн",
    "безоговорочн",
    "бездейств",
    "беспрепятствен",
];

/// Russian words starting with `не` that are not negations, for the
/// general rule on verbal nouns and participles.
const RU_NE_NOT_NEGATION: &[&str] = &[
    "несени",
    "несен",
    "немедлен",
    "непосредствен",
    "непремен",
    "необходим",
    "неотъемлем",
    "несмотр",
    "независим",
    "незамедлител",
    "неустойк",
    "недвижим",
    "недел",
    "нерезидент",
    "нескольк",
    "некотор",
    "неоднократ",
    "нередк",
    "немал",
    "нефт",
    "нейтрал",
    "негатив",
    "неведом",
    "несущ",
    "несут",
    "несёт",
    "несет",
    "нерезид",
    "непремен",
    "неукосн",
    "недостатк",
    "недостаток",
    "несовпаден",
    "неисправн",
    "несчаст",
    "несоответств",
    "неполад",
];

/// Russian phrases whose `не` carries no polarity for the comparison: the
/// bounds of a figure (`не менее 3 дней` / `кемінде 3 күн`) and the usual
/// reservations (`если иное не предусмотрено`).
pub const RU_NEUTRAL_AFTER_NE: &[&str] = &[
    "менее",
    "позднее",
    "позже",
    "более",
    "ранее",
    "реже",
    "чаще",
    "выше",
    "ниже",
    "свыше",
    "превыша",
    "только",
    "смотря",
    "иначе",
    "ограничива",
];

/// Modal words between `не` and the bound it negates (`не может быть
/// более`, `не должен превышать`).
pub const RU_MODALS: &[&str] = &[
    "может",
    "могут",
    "быть",
    "должен",
    "должна",
    "должно",
    "должны",
    "составлять",
    "составляет",
];

/// Kazakh words that are negations by themselves (or start one).
pub const KK_WORDS: &[&str] = &["емес", "жоқ", "тыйым"];

/// Kazakh words that look negative but carry no polarity for the
/// comparison: the bounds of a figure (`кемінде`, `кешіктірмей`,
/// `аспайтын`), `тұрақсыздық айыбы` (`неустойка`), `қоспағанда`
/// (`за исключением`), `қарамастан` (`несмотря на`), `болмаса` (`либо`),
/// `ажырамас` (`неотъемлемый`), safety and gratuity.
pub const KK_NEUTRAL_STEMS: &[&str] = &[
    "кешіктірмей",
    "кешіктірілмей",
    "кешіктірмеу",
    "аспайтын",
    "аспауы",
    "аспауға",
    "аспайды",
    "аспай",
    "аспаса",
    "аспаған",
    "асырмай",
    "сиретпей",
    "тұрақсызд",
    "қоспағанда",
    "қоспаған",
    "қарамастан",
    "болмаса",
    "әйтпесе",
    "ажырамас",
    "қауіпсіз",
    "ақысыз",
    "тегін",
    "тәуелсіз",
    "кідіріссіз",
    "қамау",
    "тиіссіз",
    "немесе",
    "мінсіз",
    "жағымсыз",
    "бұлжытпай",
    "ақаусыз",
    "мүлтіксіз",
    "ақшасыз",
    "өтеусіз",
    "болдырма",
    "келіспеушіл",
    "сәйкессіз",
    "міндеттісіз",
    "шектелмей",
    "қолсыз",
    "жылжымайтын",
    "иесіздендір",
    "алмасу",
    "алмасад",
    "алмасат",
];

/// Kazakh words with the prefix `бей-` (`бейресми`: `неформальный`).
pub const KK_PREFIXED: &[&str] = &["бейресми", "бейтаныс"];

/// Kazakh phrases that look negative but render a Russian word without
/// a negation (`алынбай қалған пайда`: `упущенная выгода`).
pub const KK_NEUTRAL_PHRASES: &[&[&str]] = &[
    &["алынбай", "қалған"],
    &["алынбаған", "пайда"],
    &["алмаса", "алады"],
    &["алмаса", "алатын"],
];

/// Kazakh words before which `емес` bounds a figure (`кем емес`, `артық
/// емес`, `кеш емес`) or means "not only" (`ғана емес`): no polarity.
pub const KK_NEUTRAL_BEFORE_EMES: &[&str] = &[
    "кем",
    "артық",
    "кеш",
    "ерте",
    "бұрын",
    "көп",
    "жоғары",
    "төмен",
    "ғана",
    "қана",
    "аз",
    "жиі",
    "сирек",
    "қол",
];

/// Words that join coordinated parts of a sentence: negations joined by
/// them (`невыполнение и (или) ненадлежащее выполнение`, `ашпауға және
/// жария етпеуге`) count once, as one language may negate each part and
/// the other the whole.
pub const COORDINATORS: &[&str] = &[
    "и",
    "или",
    "либо",
    "а",
    "также",
    "и/или",
    "және",
    "немесе",
    "не",
    "мен",
    "әрі",
    "да",
    "де",
    "сондай",
    "ақ",
    "та",
    "те",
    "жария",
    "тиісінше",
    "тиісті",
    "түрде",
    "надлежащим",
    "образом",
];

/// Endings that follow the Kazakh negative suffix `-ма/-ме/-ба/-бе/-па/-пе`
/// on a verb: the verbal noun (`-у`), the present and future (`-йды`,
/// `-йтын`, `-й`), the participle (`-ған/-ген`), the conditional
/// (`-са/-се`). Matched as the start of what follows the suffix.
const KK_AFTER_NEGATION: &[&str] = &["у", "й", "ған", "ген", "са", "се", "ғаны", "гені", "с"];

/// The Kazakh negative suffixes.
const KK_NEGATION_SUFFIXES: &[&str] = &["ма", "ме", "ба", "бе", "па", "пе"];

/// Whether a Kazakh word (lower case, folded) is a verb form negated by
/// `-ма/-ме/-ба/-бе/-па/-пе` before its ending, such as `өтпеуге`,
/// `жүргізбейді`, `етілмеген`, `көзделмесе`.
pub fn kk_verb_negated(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    // The stem takes at least two letters before the suffix.
    for i in 2..chars.len().saturating_sub(2) {
        let suffix: String = chars[i..i + 2].iter().collect();
        if !KK_NEGATION_SUFFIXES.contains(&suffix.as_str()) {
            continue;
        }
        let rest: String = chars[i + 2..].iter().collect();
        let Some(ending) = KK_AFTER_NEGATION.iter().find(|e| rest.starts_with(*e)) else {
            continue;
        };
        // `-у` is the verbal noun only when a consonant or the end follows
        // it, or a case or possessive ending (`өтпеуге`, `төлемеуі`).
        if *ending == "у" {
            let after: String = rest.chars().skip(1).collect();
            if !(after.is_empty()
                || [
                    "ға", "ге", "ы", "і", "ын", "ін", "да", "де", "дан", "ден", "шы", "ші", "ы",
                    "мен",
                ]
                .iter()
                .any(|e| after.starts_with(e)))
            {
                continue;
            }
        }
        // `-са/-се` is the conditional only at the end of the word or
        // before a personal ending (`келіспесе`, `келіспесеңіз`).
        if *ending == "са" || *ending == "се" {
            let after: String = rest.chars().skip(2).collect();
            if !(after.is_empty() || ["ң", "қ", "к", "м"].iter().any(|e| after.starts_with(e)))
            {
                continue;
            }
        }
        // `-мас/-мес` is the negative participle at the end of the word or
        // before a case ending (`еңсерілмес`, `ажырамас`).
        if *ending == "с" {
            let after: String = rest.chars().skip(1).collect();
            if !(after.is_empty()
                || [
                    "қа", "ке", "тан", "тен", "тың", "тің", "ты", "ті", "та", "те",
                ]
                .iter()
                .any(|e| after.starts_with(e)))
            {
                continue;
            }
        }
        // The letter before the suffix closes a verb stem: a vowel, or a
        // consonant a Kazakh verb stem ends with before it (`-ма` after
        // voiced and sonorant ones, `-ба` after м/н/ң/з/ж, `-па` after
        // voiceless ones).
        let before = chars[i - 1];
        let first = chars[i];
        let ok = match first {
            'м' => "аәеиоөұүыіуйлрю".contains(before),
            'б' => "мнңзж".contains(before),
            'п' => "птксшқфхч".contains(before),
            _ => false,
        };
        if ok {
            return true;
        }
    }
    false
}

/// Whether a Kazakh word carries the privative suffix `-сыз/-сіз`
/// (`келісімінсіз`, `рұқсатсыз`, `себепсіз`), the second person of a verb
/// (`аласыз`, `төлейсіз`) excluded.
pub fn kk_privative(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    for i in 2..chars.len().saturating_sub(2) {
        let s: String = chars[i..i + 3.min(chars.len() - i)].iter().collect();
        if s != "сыз" && s != "сіз" {
            continue;
        }
        let rest: String = chars[i + 3..].iter().collect();
        // The privative ends the word or takes -дық/-дік, a case ending
        // or a plural; the verb's second person ends it or takes -дар.
        let ends_ok = rest.is_empty() || ["д", "ға", "ге"].iter().any(|e| rest.starts_with(e));
        if !ends_ok {
            continue;
        }
        let before = chars[i - 1];
        // `-асыз`, `-есіз`, `-йсыз`: the second person of a verb.
        if "аейә".contains(before) {
            continue;
        }
        return true;
    }
    false
}

/// The words of a text with their byte ranges: letters (and the hyphen
/// inside a word), lower case and folded.
fn words(text: &str) -> Vec<(std::ops::Range<usize>, String, String)> {
    let norm = crate::lang::normalize(text);
    // `normalize` keeps the number of chars: map char indices back.
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars: Vec<char> = norm.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !crate::lang::is_letter(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && crate::lang::is_letter(chars[i]) {
            i += 1;
        }
        let (a, b) = (offsets[start], offsets[i]);
        let lower: String = chars[start..i]
            .iter()
            .map(|c| crate::lang::lower_char(*c))
            .collect();
        out.push((a..b, text[a..b].to_string(), lower));
    }
    out
}

fn starts_with_any(list: &[&str], w: &str) -> bool {
    list.iter().any(|s| w.starts_with(s))
}

/// Whether a Russian word starting with `не` is negated by its prefix
/// (`непредоставление`, `неоплаченный`, `недоказуемый`): a long word
/// that is not one of the words merely starting with these letters.
fn ru_negated_derivative(w: &str) -> bool {
    let Some(rest) = w.strip_prefix("не") else {
        return false;
    };
    rest.chars().count() >= 5
        && !starts_with_any(RU_NE_NOT_NEGATION, w)
        // A Kazakh word (`негізінде`) in a Russian text.
        && !w.chars().any(|c| crate::lang::KAZAKH_LETTERS.contains(c))
}

/// The negations of a text counted as a reader weighs them: negations
/// with at most three words between them, all of which coordinate
/// (`и`, `или`, `және`, `немесе`, a comma), count once.
pub fn negation_count(text: &str, lang: Lang) -> usize {
    let negs = negations(text, lang);
    let words_of = |t: &str| -> Vec<String> {
        crate::lang::normalize(t)
            .split(|c: char| !crate::lang::is_letter(c))
            .filter(|w| !w.is_empty())
            .map(crate::lang::lowercase)
            .collect()
    };
    let mut count = 0;
    let mut prev_end = 0;
    for (k, n) in negs.iter().enumerate() {
        let joined = k > 0 && n.span.start >= prev_end && {
            let between = &text[prev_end..n.span.start];
            let ws = words_of(between);
            // Coordinated (`и`, `және`) or listed (`без пятен на
            // поверхностях, без мусора`).
            (ws.len() <= 4 && ws.iter().all(|w| COORDINATORS.contains(&w.as_str())))
                || (ws.len() <= 2 && (between.contains(',') || between.contains(';')))
        };
        if !joined {
            count += 1;
        }
        // A particle (`не`, `без`) negates the word after it: the gap to
        // the next negation starts after that word.
        prev_end = n.span.end;
        if lang == Lang::Ru && n.word.chars().count() <= 4 {
            let rest = &text[n.span.end..];
            let skip = rest.len() - rest.trim_start().len();
            let word = rest[skip..]
                .find(|c: char| !crate::lang::is_letter(c))
                .unwrap_or(rest.len() - skip);
            prev_end = n.span.end + skip + word;
        }
    }
    count
}

/// The negations of a text in a language, in order.
pub fn negations(text: &str, lang: Lang) -> Vec<Negation> {
    let ws = words(text);
    let mut out = Vec::new();
    for (k, (span, word, w)) in ws.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| ws[p].2.as_str()).unwrap_or("");
        let negative = match lang {
            Lang::Ru => {
                if w == "не" {
                    // `не менее`, `не может превышать`, `если иное не
                    // предусмотрено`.
                    // The word after `не`, past modal words (`не может
                    // быть более`).
                    let bound = ws[k + 1..]
                        .iter()
                        .take(4)
                        .map(|x| x.2.as_str())
                        .find(|x| !RU_MODALS.contains(x))
                        .unwrap_or("");
                    !(starts_with_any(RU_NEUTRAL_AFTER_NE, bound)
                        || bound == "иное"
                        || ws.get(k + 2).is_some_and(|x| x.2 == "иное")
                        || prev == "иное"
                        || prev == "иного"
                        || prev == "иным")
                } else {
                    RU_WORDS.contains(&w.as_str())
                        || starts_with_any(RU_NEGATIVE_STEMS, w)
                        || starts_with_any(RU_PREFIXED_STEMS, w)
                        || ru_negated_derivative(w)
                }
            }
            Lang::Kk => {
                let phrase = KK_NEUTRAL_PHRASES.iter().any(|p| {
                    p.iter().enumerate().any(|(at, first)| {
                        *first == w
                            && k >= at
                            && p.iter()
                                .enumerate()
                                .all(|(q, x)| ws.get(k - at + q).is_some_and(|y| y.2 == *x))
                    })
                });
                if phrase || starts_with_any(KK_NEUTRAL_STEMS, w) {
                    false
                } else if w == "емес" || w.starts_with("емес") {
                    !KK_NEUTRAL_BEFORE_EMES.contains(&prev)
                } else if KK_WORDS.contains(&w.as_str())
                    || starts_with_any(KK_PREFIXED, w)
                    || w.starts_with("жоқ")
                    || w.starts_with("тыйым")
                {
                    true
                } else if kk_verb_negated(w) {
                    // `өзгеше көзделмесе` (`если иное не предусмотрено`),
                    // `кем болмауы` (`не менее`).
                    !(prev == "өзгеше"
                        || ["кем", "артық", "аз", "көп"].contains(&prev)
                        || ws.get(k.wrapping_sub(2)).is_some_and(|x| x.2 == "өзгеше"))
                } else if (w == "сыз" || w == "сіз") && text[..span.start].ends_with('-') {
                    // `ҚҚС-сыз`: the suffix after a hyphen.
                    true
                } else {
                    kk_privative(w)
                }
            }
        };
        if negative {
            out.push(Negation {
                span: span.clone(),
                word: word.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str, lang: Lang) -> usize {
        negations(text, lang).len()
    }

    #[test]
    fn kazakh_verbal_negation() {
        for w in [
            "өтпеуге",
            "жүргізбейді",
            "жүргізбеуге",
            "болмайды",
            "етілмеген",
            "көзделмесе",
            "ашпауға",
            "төлемеуі",
            "келмей",
            "жатпайды",
            "берілмейтін",
            "алмайсыз",
        ] {
            assert!(kk_verb_negated(w), "{w}");
        }
        for w in [
            "өтуге",
            "жүргізеді",
            "болады",
            "етілген",
            "көзделсе",
            "тапсырмасы",
            "байланысты",
            "пайдалану",
            "мемлекеттік",
            "төлемге",
            "даму",
            "сақтау",
            "шартқа",
            "талаптарына",
            "тармағы",
            "кепілдеме",
        ] {
            assert!(!kk_verb_negated(w), "{w}");
        }
    }

    #[test]
    fn kazakh_privative_but_not_the_second_person() {
        for w in [
            "келісімінсіз",
            "рұқсатсыз",
            "себепсіз",
            "заңсыз",
            "жарамсыз",
        ] {
            assert!(kk_privative(w), "{w}");
        }
        for w in ["аласыз", "төлейсіз", "боласыз", "сіз", "сізге", "келісесіз"]
        {
            assert!(!kk_privative(w), "{w}");
        }
    }

    #[test]
    fn neutral_phrases_count_for_nothing() {
        assert_eq!(
            count("не менее 3 (трех) дней и не позднее 10 числа", Lang::Ru),
            0
        );
        assert_eq!(count("если иное не предусмотрено Договором", Lang::Ru), 0);
        assert_eq!(count("неустойку в размере 0,1 %", Lang::Ru), 0);
        assert_eq!(
            count(
                "незамедлительно, непосредственно, несение расходов",
                Lang::Ru
            ),
            0
        );
        assert_eq!(
            count(
                "кемінде 3 күн, 10-нан кешіктірмей, 5 %-дан аспайтын",
                Lang::Kk
            ),
            0
        );
        assert_eq!(count("тұрақсыздық айыбын төлейді", Lang::Kk), 0);
        assert_eq!(
            count("үш күннен кем емес, заңнаманы қоспағанда", Lang::Kk),
            0
        );
        assert_eq!(count("егер Шартта өзгеше көзделмесе", Lang::Kk), 0);
        assert_eq!(count("сомасынан кем болмауы тиіс", Lang::Kk), 0);
        assert_eq!(count("срок не может превышать года", Lang::Ru), 0);
        assert_eq!(count("сумма не может быть более 10 %", Lang::Ru), 0);
        assert_eq!(count("если законом не установлено иное", Lang::Ru), 0);
        assert_eq!(count("жылына бір реттен жиі емес", Lang::Kk), 0);
        assert_eq!(count("ақпаратпен алмаса алады", Lang::Kk), 0);
        assert_eq!(count("егер ол төлей алмаса", Lang::Kk), 1);
        assert_eq!(count("Сіз қызметті аласыз және төлейсіз", Lang::Kk), 0);
        assert_eq!(count("Сіз төлеуге тиіссіз", Lang::Kk), 0);
    }

    #[test]
    fn negations_are_counted_in_both_languages() {
        assert_eq!(
            count(
                "он не должен проходить регистрацию и не вправе оплачивать",
                Lang::Ru
            ),
            2
        );
        assert_eq!(
            count("при несанкционированном получении данных", Lang::Ru),
            1
        );
        assert_eq!(count("без согласия другой Стороны", Lang::Ru), 1);
        assert_eq!(count("за непредоставление сведений", Lang::Ru), 1);
        assert_eq!(count("жарғы негізінде", Lang::Ru), 0);
        assert_eq!(
            count("тіркеуден өтпеуге және төлемді жүргізбеуге тиіс", Lang::Kk),
            2
        );
        assert_eq!(count("рұқсат етілмеген алу кезінде", Lang::Kk), 1);
        assert_eq!(count("екінші Тараптың келісімінсіз", Lang::Kk), 1);
        assert_eq!(
            count("жауапты емес; құқығы жоқ; тыйым салынады", Lang::Kk),
            3
        );
        assert_eq!(count("Орындаушы жауапты болады", Lang::Kk), 0);
    }

    #[test]
    fn coordinated_negations_count_once() {
        let n = |t: &str, l| negation_count(t, l);
        assert_eq!(
            n("невыполнение и (или) ненадлежащее выполнение", Lang::Ru),
            1
        );
        assert_eq!(n("орындамау және (немесе) тиісінше орындамау", Lang::Kk), 1);
        assert_eq!(n("не открывать и не разглашать", Lang::Ru), 1);
        assert_eq!(n("ашпауға және жария етпеуге", Lang::Kk), 1);
        assert_eq!(
            n(
                "не несет ответственности при несанкционированном доступе",
                Lang::Ru
            ),
            2
        );
        assert_eq!(n("сдать без пятен на полу, без мусора", Lang::Ru), 1);
        assert_eq!(
            n("при неисполнении и/или ненадлежащем исполнении", Lang::Ru),
            1
        );
        assert_eq!(
            n("орындамаған және/немесе тиісінше орындамаған", Lang::Kk),
            1
        );
        assert_eq!(n("таза, дақсыз, қоқыссыз тапсыру", Lang::Kk), 1);
        assert_eq!(n("орындамау жəне тиісті түрде орындамау", Lang::Kk), 1);
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_without_panic(t in "[а-яәіңғүұқөһА-Я a-z.,;\u{a0}-]{0,120}") {
            for lang in [Lang::Kk, Lang::Ru] {
                let n = negations(&t, lang);
                for x in &n {
                    proptest::prop_assert!(t.is_char_boundary(x.span.start) && x.span.end <= t.len());
                }
                proptest::prop_assert!(negation_count(&t, lang) <= n.len());
            }
        }
    }

    #[test]
    fn spans_point_at_the_words_as_written() {
        let t = "Исполнитель нe несет ответственности";
        // A Latin `e` in `нe`: folded for the lookup, quoted as written.
        let n = negations(t, Lang::Ru);
        assert_eq!(n.len(), 1);
        assert_eq!(&t[n[0].span.clone()], "нe");
    }
}
