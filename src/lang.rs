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

/// Letters that exist in Kazakh Cyrillic but not in Russian.
pub const KAZAKH_LETTERS: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

/// Fold one look-alike character onto the Kazakh letter it stands for
/// (context-free part: `ə`, `ԥ`).
fn fold_kazakh(c: char) -> char {
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
fn latin_to_cyrillic(c: char) -> Option<char> {
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
        if !chars[i].is_alphabetic() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '\u{0301}') {
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

/// Guess the language of a piece of text from its letters. Returns `None`
/// when the text has too few Cyrillic letters to tell.
///
/// Kazakh-only letters (and their legacy look-alikes) and frequent Kazakh
/// word endings vote for Kazakh; Russian-only patterns (`ы` is shared, but
/// `щ`, `ъ`, `э`, `ё` are rare in Kazakh) and frequent Russian function
/// words vote for Russian.
pub fn detect(text: &str) -> Option<Lang> {
    let norm = normalize(text);
    let mut kk = 0i64;
    let mut ru = 0i64;
    let mut cyr = 0i64;
    for c in norm.chars() {
        if is_cyrillic(c) {
            cyr += 1;
        }
        if KAZAKH_LETTERS.contains(c) {
            kk += 3;
        }
        if matches!(c, 'щ' | 'Щ' | 'ъ' | 'э' | 'Э' | 'ё') {
            ru += 2;
        }
    }
    for w in norm
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let lw = w.to_lowercase();
        match lw.as_str() {
            "и"
            | "в"
            | "на"
            | "по"
            | "с"
            | "не"
            | "для"
            | "от"
            | "что"
            | "или"
            | "за"
            | "к"
            | "при"
            | "из"
            | "настоящего"
            | "договора"
            | "является"
            | "также"
            | "который"
            | "которые"
            | "если"
            | "до"
            | "в течение" => ru += 3,
            "және" | "мен" | "осы" | "бойынша" | "немесе" | "үшін" | "жоқ" | "бар" | "тиіс"
            | "болып" | "табылады" | "деп" | "туралы" | "сәйкес" | "шарт" | "шарттың"
            | "ішінде" | "күн" | "жылғы" => kk += 3,
            _ => {}
        }
    }
    if cyr < 3 {
        return None;
    }
    if kk == 0 && ru == 0 {
        // Cyrillic text without any marker: Russian is the safer guess only
        // for long runs.
        return if cyr >= 20 { Some(Lang::Ru) } else { None };
    }
    if kk > ru {
        Some(Lang::Kk)
    } else if ru > kk {
        Some(Lang::Ru)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
