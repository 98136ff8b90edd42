//! Languages of a contract and the normalisation of legacy-font look-alikes.
//!
//! Invariant: [`normalize`] never changes the meaning of Kazakh or Russian
//! text; it only folds look-alike code points (Latin `ə`, `ԥ`, Latin `i`,
//! Latin `a/o/e/c/p/x` inside Cyrillic words) onto the Cyrillic letters the
//! author meant. The original text is always kept for quoting.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language of a bilingual contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (state language), ISO 639-1 `kk`.
    Kk,
    /// Russian, ISO 639-1 `ru`.
    Ru,
}

impl Lang {
    /// Both languages in edition order: Kazakh first.
    pub const ALL: [Lang; 2] = [Lang::Kk, Lang::Ru];

    /// The ISO 639-1 code (`kk`, `ru`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
        }
    }

    /// Parse an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The other language of the pair.
    pub fn other(self) -> Lang {
        match self {
            Lang::Kk => Lang::Ru,
            Lang::Ru => Lang::Kk,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// `char::is_alphabetic`, fast for ASCII and Cyrillic (the letters of
/// contracts), exact for everything else.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0400}'..='\u{0481}').contains(&c) || ('\u{048A}'..='\u{052F}').contains(&c) {
        true
    } else {
        c.is_alphabetic()
    }
}

/// One character in lower case, fast for ASCII and Cyrillic.
#[inline]
pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{0410}'..='\u{042F}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{0400}'..='\u{040F}' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        _ if c.is_ascii() => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Text in lower case, one character for one (fast for ASCII and
/// Cyrillic).
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// Letters that exist in Kazakh Cyrillic but not in Russian.
pub const KAZAKH_LETTERS: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

/// Fold one look-alike character onto the Kazakh letter it stands for
/// (context-free part: `ə`, `ԥ`).
pub(crate) fn fold_kazakh(c: char) -> char {
    match c {
        'ə' | 'ԥ' => 'ә',
        'Ə' | 'Ԥ' => 'Ә',
        _ => c,
    }
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}') || c == 'ə' || c == 'Ə'
}

/// Latin letters that look like Cyrillic ones, mapped to the Cyrillic letter.
pub(crate) fn latin_to_cyrillic(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'A' => 'А',
        'o' => 'о',
        'O' => 'О',
        'e' => 'е',
        'E' => 'Е',
        'c' => 'с',
        'C' => 'С',
        'p' => 'р',
        'P' => 'Р',
        'x' => 'х',
        'X' => 'Х',
        'y' => 'у',
        'H' => 'Н',
        'K' => 'К',
        'M' => 'М',
        'T' => 'Т',
        'B' => 'В',
        'i' => 'і',
        'I' => 'І',
        _ => return None,
    })
}

/// Normalise text for comparison: look-alikes folded to the Cyrillic letters,
/// Latin letters inside a word that is otherwise Cyrillic replaced by their
/// Cyrillic twins. Length in chars is preserved (one char in, one char out),
/// so char offsets map one to one.
pub fn normalize(text: &str) -> String {
    let chars: Vec<char> = text.chars().map(fold_kazakh).collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !is_letter(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (is_letter(chars[i]) || chars[i] == '\u{0301}') {
            i += 1;
        }
        let word = &chars[start..i];
        let cyr = word.iter().filter(|c| is_cyrillic(**c)).count();
        let latin = word.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let mixed = cyr > 0 && latin > 0;
        for &c in word {
            if mixed {
                out.push(latin_to_cyrillic(c).unwrap_or(c));
            } else {
                out.push(c);
            }
        }
    }
    out
}

/// Evidence for each language found in a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scores {
    /// Votes for Kazakh.
    pub kk: i64,
    /// Votes for Russian.
    pub ru: i64,
    /// Cyrillic letters (look-alikes folded) in the text.
    pub cyrillic: i64,
}

impl Scores {
    /// The language the evidence points to, if it points anywhere.
    pub fn lang(&self) -> Option<Lang> {
        if self.cyrillic < 3 {
            return None;
        }
        if self.kk > self.ru {
            Some(Lang::Kk)
        } else if self.ru > self.kk {
            Some(Lang::Ru)
        } else {
            None
        }
    }

    /// How clearly the evidence points one way (0 when it does not).
    pub fn margin(&self) -> i64 {
        (self.kk - self.ru).abs()
    }
}

const RU_WORDS: &[&str] = &[
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

const KK_WORDS: &[&str] = &[
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

const RU_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "ция", "ции", "ние", "ния", "нии",
    "ный", "ная", "ное", "ные", "ных", "ной", "ать", "ить", "ует", "ают", "яет", "ость", "ости",
    "ств", "ство", "ства", "ении", "ение", "ения", "ться", "ющий", "ющих",
];

const KK_ENDINGS: &[&str] = &[
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

/// Weigh the evidence for each language in `text`.
///
/// Kazakh-only letters (and their legacy look-alikes, folded by
/// [`normalize`]) weigh most; frequent function words and word endings of
/// each language add to it; a long run of Cyrillic without a single
/// Kazakh-only letter counts for Russian.
pub fn scores(text: &str) -> Scores {
    let norm = normalize(text);
    let mut s = Scores::default();
    let mut kk_letters = 0i64;
    for c in norm.chars() {
        if is_cyrillic(c) {
            s.cyrillic += 1;
        }
        if KAZAKH_LETTERS.contains(c) {
            kk_letters += 1;
        }
        if matches!(c, 'щ' | 'Щ' | 'ъ' | 'э' | 'Э' | 'ё' | 'Ё') {
            s.ru += 2;
        }
    }
    s.kk += 3 * kk_letters;
    for w in norm
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty())
    {
        if !w.chars().any(is_cyrillic) {
            continue;
        }
        let lw = lowercase(w);
        if RU_WORDS.contains(&lw.as_str()) {
            s.ru += 3;
        } else if KK_WORDS.contains(&lw.as_str()) {
            s.kk += 3;
        } else if lw.chars().count() >= 4 {
            if RU_ENDINGS.iter().any(|e| lw.ends_with(e)) {
                s.ru += 1;
            }
            if KK_ENDINGS.iter().any(|e| lw.ends_with(e)) {
                s.kk += 2;
            }
        }
    }
    // Kazakh text has its own letters in nearly every line; a long stretch
    // without any is Russian.
    if kk_letters == 0 && s.cyrillic >= 12 {
        s.ru += s.cyrillic / 10;
    }
    s
}

/// Evidence that `text` is Kazakh (positive) or Russian (negative); 0 when
/// it has none.
pub fn log_odds(text: &str) -> f32 {
    let s = scores(text);
    (s.kk - s.ru) as f32
}

/// Guess the language of a piece of text from its letters. Returns `None`
/// when the text has too few Cyrillic letters to tell.
///
/// Kazakh-only letters (and their legacy look-alikes) and frequent Kazakh
/// words and endings vote for Kazakh; Russian-only letters (`щ`, `ъ`, `э`,
/// `ё`), frequent Russian words and endings vote for Russian.
pub fn detect(text: &str) -> Option<Lang> {
    scores(text).lang()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_lowercase_agrees() {
        let s = "ӘҒҚҢӨҰҮҺІ АБВЁЙЯ Ѐ Ҵ Latin ÀÉ";
        assert_eq!(lowercase(s), s.to_lowercase());
        for c in s.chars() {
            assert_eq!(is_letter(c), c.is_alphabetic());
        }
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("kz"), None);
    }

    #[test]
    fn folds_legacy_schwa_and_latin_inside_cyrillic() {
        assert_eq!(normalize("сəйкес"), "сәйкес");
        assert_eq!(normalize("сԥйкес"), "сәйкес");
        assert_eq!(normalize("бiлiм"), "білім");
        assert_eq!(normalize("Cтороны"), "Стороны");
        // Pure Latin words are left alone.
        assert_eq!(normalize("Lessbek Academy"), "Lessbek Academy");
        assert_eq!(
            normalize("e-mail: info@example.kz"),
            "e-mail: info@example.kz"
        );
    }

    #[test]
    fn normalize_preserves_char_count() {
        let s = "Тапсырыс берушi 10 (он) күн iшiнде сəйкес";
        assert_eq!(s.chars().count(), normalize(s).chars().count());
    }

    #[test]
    fn detects_languages() {
        assert_eq!(
            detect("Исполнитель обязуется оказать услуги в течение 10 дней."),
            Some(Lang::Ru)
        );
        assert_eq!(
            detect("Орындаушы қызметтерді 10 күн ішінде көрсетуге міндеттенеді."),
            Some(Lang::Kk)
        );
        assert_eq!(
            detect("Орындаушы қызметтерді əрекет ететін сəйкес көрсетеді"),
            Some(Lang::Kk)
        );
        assert_eq!(detect("12345"), None);
        assert_eq!(
            detect("Курсқа қол жеткізу мерзімін өткізіп алу"),
            Some(Lang::Kk)
        );
        assert_eq!(detect("куəлік негізінде əрекет"), Some(Lang::Kk));
        assert_eq!(
            detect("свидетельства о государственной регистрации"),
            Some(Lang::Ru)
        );
        assert_eq!(detect("Пайдаланушымен Тапсырысты"), Some(Lang::Kk));
    }
}
