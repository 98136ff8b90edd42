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
        '\u{0430}'..='\u{045F}' => c,
        // Extended Cyrillic (Kazakh letters among them): upper and lower
        // case side by side, upper case first.
        '\u{0460}'..='\u{0481}' | '\u{048A}'..='\u{04BF}' | '\u{04D0}'..='\u{052F}' => {
            if (c as u32).is_multiple_of(2) {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            } else {
                c
            }
        }
        '\u{04C0}' => '\u{04CF}',
        '\u{04C1}'..='\u{04CE}' => {
            if c as u32 % 2 == 1 {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            } else {
                c
            }
        }
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

/// True for Cyrillic letters (and the legacy look-alike `ə`).
pub fn is_cyrillic(c: char) -> bool {
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

use crate::lexicon::{KK_ENDINGS, KK_WORDS, RU_ENDINGS, RU_WORDS};

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

/// Guess the language of a piece of text from its words. Returns `None`
/// when nothing in it tells (no Cyrillic word, or evidence that cancels
/// out).
///
/// The sign of [`log_odds`]: the word model, which reads function words,
/// endings, letters only one language has, and gives little weight to
/// proper names. [`confident`] is the stricter yes/no.
pub fn detect(text: &str) -> Option<Lang> {
    let lo = log_odds(text);
    if lo > 0.0 {
        Some(Lang::Kk)
    } else if lo < 0.0 {
        Some(Lang::Ru)
    } else {
        None
    }
}

// ------------------------------------------------------------ word model

/// Evidence that a piece of text is Kazakh or Russian, read word by word
/// (see [`evidence`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evidence {
    /// Evidence for Kazakh: the sum of the words that lean to Kazakh (≥ 0).
    pub kk: f32,
    /// Evidence for Russian: the sum of the words that lean to Russian, as a
    /// magnitude (≥ 0).
    pub ru: f32,
    /// Words that lean clearly to Kazakh (evidence ≥ 1).
    pub kk_words: u32,
    /// Words that lean clearly to Russian (evidence ≤ −1).
    pub ru_words: u32,
    /// Cyrillic words read.
    pub words: u32,
}

/// |log-odds| from which [`confident`] names a language.
pub const CONFIDENT: f32 = 3.0;

impl Evidence {
    /// Kazakh (positive) against Russian (negative): `kk − ru`.
    pub fn log_odds(&self) -> f32 {
        self.kk - self.ru
    }

    /// The language the evidence names with confidence, if any.
    pub fn lang(&self) -> Option<Lang> {
        let lo = self.log_odds();
        if lo >= CONFIDENT {
            Some(Lang::Kk)
        } else if lo <= -CONFIDENT {
            Some(Lang::Ru)
        } else {
            None
        }
    }

    /// Evidence for one language (a magnitude).
    pub fn for_lang(&self, lang: Lang) -> f32 {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
        }
    }

    /// Words leaning clearly to one language.
    pub fn words_for(&self, lang: Lang) -> u32 {
        match lang {
            Lang::Kk => self.kk_words,
            Lang::Ru => self.ru_words,
        }
    }
}

/// Evidence that `text` is Kazakh (positive) or Russian (negative): roughly
/// the sum over its words of the log-likelihood ratio of each word, 0.0
/// when nothing in it tells (digits, Latin, blanks, punctuation).
///
/// See [`evidence`] for what a word weighs.
pub fn log_odds(text: &str) -> f32 {
    evidence(text).log_odds()
}

/// The language of `text` when the evidence is clear (|[`log_odds`]| ≥
/// [`CONFIDENT`]), `None` when it is not.
pub fn confident(text: &str) -> Option<Lang> {
    evidence(text).lang()
}

/// A word as the model reads it.
struct Token {
    /// Lower case, look-alikes folded.
    lower: String,
    /// First letter upper case, some later letter lower case.
    title: bool,
    /// At least two letters, all upper case.
    caps: bool,
    /// First word of a sentence.
    start: bool,
    /// Followed, after spaces only, by a capitalised word.
    before_title: bool,
}

fn tokens(text: &str) -> (Vec<Token>, bool) {
    #[derive(Clone, Copy, PartialEq)]
    enum Prev {
        Nothing,
        Word(usize),
        Digit,
        Other,
    }
    let norm = normalize(text);
    let mut out: Vec<Token> = Vec::new();
    let mut word: Vec<char> = Vec::new();
    let mut start = true;
    let mut spaces_only = false;
    let mut prev = Prev::Nothing;
    let (mut upper, mut lower) = (0usize, 0usize);
    let mut chars = norm.chars().peekable();
    while let Some(c) = chars.next() {
        if is_letter(c) {
            let up = lower_char(c) != c;
            if word.is_empty() && spaces_only && up {
                if let Some(last) = out.last_mut() {
                    last.before_title = true;
                }
            }
            if up {
                upper += 1;
            } else {
                lower += 1;
            }
            word.push(c);
            // The word ends at the next character that is not a letter.
            let more = chars
                .peek()
                .is_some_and(|n| is_letter(*n) || *n == '\u{0301}' || *n == '\u{00AD}');
            if !more {
                let lowered: String = word.iter().map(|c| lower_char(*c)).collect();
                let ups = word
                    .iter()
                    .zip(lowered.chars())
                    .filter(|(c, l)| **c != *l)
                    .count();
                out.push(Token {
                    title: lower_char(word[0]) != word[0] && ups < word.len(),
                    lower: lowered,
                    caps: word.len() >= 2 && ups == word.len(),
                    start,
                    before_title: false,
                });
                start = false;
                spaces_only = true;
                prev = Prev::Word(word.len());
                word.clear();
            }
            continue;
        }
        if c == '\u{0301}' || c == '\u{00AD}' {
            continue; // stress mark, soft hyphen: inside the word
        }
        match c {
            '\n' | ';' | '!' | '?' => start = true,
            // A full stop ends a sentence after a full word or a clause
            // number, not after an abbreviation such as `г.` or `ул.`.
            '.' if matches!(prev, Prev::Nothing | Prev::Digit) => start = true,
            '.' if matches!(prev, Prev::Word(n) if n >= 4) => start = true,
            ')' if prev == Prev::Digit => start = true,
            _ => {}
        }
        if !c.is_whitespace() {
            spaces_only = false;
            prev = if c.is_ascii_digit() {
                Prev::Digit
            } else {
                Prev::Other
            };
        }
    }
    // Mostly capitals: a heading written in capitals, not a line of
    // acronyms.
    let caps_text = upper > lower;
    (out, caps_text)
}

fn is_back(c: char) -> bool {
    matches!(c, 'а' | 'о' | 'ұ' | 'ы' | 'ё')
}

fn is_front(c: char) -> bool {
    matches!(c, 'е' | 'ә' | 'ө' | 'ү' | 'і' | 'э')
}

fn is_vowel(c: char) -> bool {
    is_back(c) || is_front(c) || matches!(c, 'у' | 'и' | 'ю' | 'я')
}

fn is_kazakh_letter(c: char) -> bool {
    matches!(
        c,
        'ә' | 'ғ'
            | 'қ'
            | 'ң'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'һ'
            | 'і'
            | 'Ә'
            | 'Ғ'
            | 'Қ'
            | 'Ң'
            | 'Ө'
            | 'Ұ'
            | 'Ү'
            | 'Һ'
            | 'І'
    )
}

/// Does the stem allow a Kazakh ending of this harmony?
fn harmonic(stem: &str, h: crate::lexicon::Harmony) -> bool {
    use crate::lexicon::Harmony;
    let last = stem.chars().rev().find(|c| is_vowel(*c));
    match (h, last) {
        (Harmony::Any, _) => true,
        (_, None) => false,
        (Harmony::Back, Some(v)) => !is_front(v),
        (Harmony::Front, Some(v)) => !is_back(v),
    }
}

/// The strongest ending of a list that ends `w` (stem at least `min_stem`
/// letters, harmony respected).
fn ending_weight(w: &str, kazakh: bool) -> f32 {
    use crate::lexicon::{Ending, KK_ENDINGS_WEIGHTED, RU_ENDINGS_WEIGHTED};
    use std::collections::HashMap;
    use std::sync::OnceLock;
    type ByLast = HashMap<char, Vec<&'static Ending>>;
    static KK: OnceLock<ByLast> = OnceLock::new();
    static RU: OnceLock<ByLast> = OnceLock::new();
    let index = |list: &'static [Ending]| {
        let mut m: ByLast = HashMap::new();
        for e in list {
            if let Some(c) = e.text.chars().last() {
                m.entry(c).or_default().push(e);
            }
        }
        m
    };
    let (map, min_stem) = if kazakh {
        (KK.get_or_init(|| index(KK_ENDINGS_WEIGHTED)), 3)
    } else {
        (RU.get_or_init(|| index(RU_ENDINGS_WEIGHTED)), 2)
    };
    let Some(list) = w.chars().last().and_then(|c| map.get(&c)) else {
        return 0.0;
    };
    let n = w.chars().count();
    let mut best = 0.0f32;
    for e in list {
        if !w.ends_with(e.text) {
            continue;
        }
        let stem_len = n - e.text.chars().count();
        if stem_len < min_stem {
            continue;
        }
        let stem = &w[..w.len() - e.text.len()];
        if !harmonic(stem, e.harmony) {
            continue;
        }
        if e.weight.abs() > best.abs() {
            best = e.weight;
        }
    }
    best
}

/// Lexical evidence of a word (function words, contract vocabulary):
/// independent of how the word is capitalised.
fn lexical(w: &str) -> f32 {
    use crate::lexicon::{KK_FUNCTION_WORDS, KK_STEMS, RU_FUNCTION_WORDS, RU_STEMS};
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static WORDS: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    static STEMS: OnceLock<HashMap<char, Vec<(&'static str, f32)>>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut m = HashMap::new();
        for w in RU_FUNCTION_WORDS {
            m.insert(*w, -2.5);
        }
        for w in KK_FUNCTION_WORDS {
            m.insert(*w, 2.5);
        }
        m
    });
    if let Some(x) = words.get(w) {
        return *x;
    }
    let stems = STEMS.get_or_init(|| {
        let mut m: HashMap<char, Vec<(&'static str, f32)>> = HashMap::new();
        for (list, x) in [(KK_STEMS, 2.0), (RU_STEMS, -2.0)] {
            for s in list {
                if let Some(c) = s.chars().next() {
                    m.entry(c).or_default().push((s, x));
                }
            }
        }
        m
    });
    let n = w.chars().count();
    w.chars()
        .next()
        .and_then(|c| stems.get(&c))
        .and_then(|list| {
            list.iter()
                .find(|(s, _)| w.starts_with(s) && n - s.chars().count() <= 6)
        })
        .map_or(0.0, |(_, x)| *x)
}

/// Evidence from the letters and the shape of a word (its endings, letter
/// sequences one language never writes, vowel harmony).
fn morphology(w: &str) -> f32 {
    let chars: Vec<char> = w.chars().collect();
    if chars.iter().any(|c| is_kazakh_letter(*c)) {
        return 4.0;
    }
    let mut e = 0.0f32;
    let mut told = false;
    if chars.iter().any(|c| matches!(c, 'щ' | 'ъ' | 'э' | 'ё')) {
        e -= 3.0;
        told = true;
    }
    if chars.contains(&'ь') {
        e -= 1.5;
        told = true;
    }
    for c in ['в', 'ф', 'ц', 'ч'] {
        if chars.contains(&c) {
            e -= 0.8;
            told = true;
        }
    }
    if chars.iter().any(|c| matches!(c, 'я' | 'ю')) {
        e -= 0.4;
    }
    // Russian spelling never writes ы after ж, ш, ч, щ, after a vowel or й,
    // nor at the start of a word; Kazakh does all the time.
    let mut kk_seq = false;
    for pair in chars.windows(2) {
        if pair[1] == 'ы' && (matches!(pair[0], 'ж' | 'ш' | 'ч' | 'щ' | 'й') || is_vowel(pair[0]))
        {
            kk_seq = true;
        }
    }
    if kk_seq {
        e += 2.5;
        told = true;
    } else if chars.first() == Some(&'ы') && chars.len() > 2 {
        e += 1.5;
        told = true;
    }
    // Native Kazakh words never start with two consonants.
    if chars.len() >= 3 && !is_vowel(chars[0]) && !is_vowel(chars[1]) && chars[1] != 'й' {
        e -= 0.8;
    }
    // Kazakh words keep to one row of vowels; Russian words mix them.
    let back = chars.iter().any(|c| is_back(*c) && *c != 'ё');
    let front = chars.iter().any(|c| is_front(*c));
    if back && front {
        e -= 0.6;
    }
    let k = ending_weight(w, true);
    let r = ending_weight(w, false);
    if k != 0.0 || r != 0.0 {
        told = true;
    }
    e += k + r;
    if !told && chars.len() >= 4 {
        // Most Kazakh words show a sign of their own; a longer word with
        // none leans Russian.
        e -= 0.25;
    }
    e.clamp(-4.0, 4.0)
}

/// Each word of `text` with the evidence it gives (for tuning and
/// explaining a decision).
pub fn explain(text: &str) -> Vec<(String, f32)> {
    let mut out = Vec::new();
    for_each_word(text, |w, x| out.push((w.to_string(), x)));
    out
}

/// Weigh the evidence of `text`, word by word.
///
/// Each Cyrillic word contributes a rough log-likelihood ratio (Kazakh over
/// Russian), at most 4 either way:
/// - a function word or frequent contract word of one language (lists in
///   [`crate::lexicon`]) ±2–2.5, however it is capitalised;
/// - a Kazakh-only letter (`ә ғ қ ң ө ұ ү һ і`, legacy look-alikes folded by
///   [`normalize`]) +4; a Russian-only letter (`щ ъ э ё`) −3; `ь`, and
///   letters native Kazakh words lack (`в ф ц ч`), a little for Russian;
/// - letter sequences Russian spelling never has (`ы` after a vowel, `й`,
///   `ж`, `ш`) for Kazakh; a word-initial consonant cluster and mixed vowel
///   rows for Russian;
/// - endings of each language (Kazakh endings only where vowel harmony
///   allows them).
///
/// A Capitalised word in the middle of a sentence, or in a run of
/// Capitalised words, is likely a proper name: its letters and endings
/// count for little (a Kazakh name in a Russian sentence leaves it
/// Russian). An acronym in ordinary text counts only when it is a known
/// abbreviation of requisites (`БСН`, `БИН`). Latin words and digits count
/// for nothing.
pub fn evidence(text: &str) -> Evidence {
    let mut ev = Evidence::default();
    for_each_word(text, |_, x| {
        ev.words += 1;
        if x > 0.0 {
            ev.kk += x;
        } else {
            ev.ru -= x;
        }
        if x >= 1.0 {
            ev.kk_words += 1;
        } else if x <= -1.0 {
            ev.ru_words += 1;
        }
    });
    ev
}

/// Call `f` with each Cyrillic word of `text` and its evidence.
fn for_each_word(text: &str, mut f: impl FnMut(&str, f32)) {
    use crate::lexicon::{KK_ABBREVIATIONS, RU_ABBREVIATIONS};
    let (toks, caps_text) = tokens(text);
    for t in &toks {
        if !t.lower.chars().any(is_cyrillic) {
            continue;
        }
        let w = t.lower.as_str();
        let x = if t.caps && KK_ABBREVIATIONS.contains(&w) {
            1.5
        } else if t.caps && RU_ABBREVIATIONS.contains(&w) {
            -1.5
        } else {
            let lex = lexical(w);
            if lex != 0.0 {
                // A known word is no proper name; its letters may say more.
                let m = morphology(w);
                if m.signum() == lex.signum() && m.abs() > lex.abs() {
                    m
                } else {
                    lex
                }
            } else {
                let m = morphology(w);
                let name = t.title && (!t.start || t.before_title);
                let acronym = t.caps && !caps_text && w.chars().count() <= 6;
                if name {
                    m * 0.15
                } else if acronym {
                    m * 0.3
                } else {
                    m
                }
            }
        };
        f(w, x);
    }
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
    fn fast_lowercase_agrees_on_all_cyrillic() {
        for u in 0x0400..0x0530u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let mut l = c.to_lowercase();
            let want = match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            };
            assert_eq!(lower_char(c), want, "U+{u:04X}");
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

    #[test]
    fn russian_lines_with_kazakh_names_stay_russian() {
        for line in [
            "Наниматель: Жандосова Әсел Серікқызы, ИИН 880101400123, паспорт № 012345678",
            "1.3. Вместе с Нанимателем в квартире будет проживать Оспанов Нұрлан Қайратұлы.",
            "Адрес: г. Алматы, проспект Рақымжан Қошқарбаев, дом 12, кв. 5",
            "Банк получателя: АО «Қазақстан Халық Банкі», БИК HSBKKZKX",
            "Место нахождения: ул. Сәтпаев, 30, г. Алматы",
        ] {
            let lo = log_odds(line);
            assert!(lo <= -CONFIDENT, "{lo} {line}: {:?}", explain(line));
            assert_eq!(confident(line), Some(Lang::Ru), "{line}");
        }
    }

    #[test]
    fn kazakh_lines_without_kazakh_letters_read_kazakh() {
        for line in [
            "4.1. Жалдау шарты бойынша талаптар:",
            "7. ТАЛАПТАР МЕН ЕРЕЖЕЛЕР",
            "Сатушы мен сатып алушы",
            "Атауы: «Жаңа Заман» ЖШС",
            "Брондауды болдырмау тарауы",
            "мекенжайы: ___",
        ] {
            let lo = log_odds(line);
            assert!(lo > 0.0, "{lo} {line}: {:?}", explain(line));
        }
        assert_eq!(
            confident("4.1. Жалдау шарты бойынша талаптар:"),
            Some(Lang::Kk)
        );
    }

    #[test]
    fn clear_lines_are_confident() {
        assert_eq!(
            confident("Орындаушы қызметтерді 10 (он) күн ішінде көрсетуге міндеттенеді."),
            Some(Lang::Kk)
        );
        assert_eq!(
            confident("Исполнитель обязуется оказать услуги в течение 10 (десяти) дней."),
            Some(Lang::Ru)
        );
        // Legacy look-alikes fold onto the Kazakh letters.
        assert_eq!(
            confident("Тараптар келiсiмге келедi, сəйкес"),
            Some(Lang::Kk)
        );
    }

    #[test]
    fn neutral_lines_weigh_nothing() {
        for line in [
            "",
            "   ",
            "12345",
            "___ ___ ___",
            "KZ12 3456 7890 1234 5678",
            "e-mail: info@example.kz, www.example.kz",
            "«Bright Future» LLP",
            "2.4.1. — 15 %, 990 000",
        ] {
            assert_eq!(log_odds(line), 0.0, "{line}");
            assert_eq!(confident(line), None, "{line}");
        }
        // A requisites line leans at most a little.
        assert!(log_odds("БСН 123456789012").abs() < CONFIDENT);
        assert!(log_odds("БИН 123456789012").abs() < CONFIDENT);
    }

    #[test]
    fn evidence_adds_up() {
        let e = evidence("Орындаушы обязуется");
        assert!(e.kk > 0.0 && e.ru > 0.0);
        assert_eq!(e.words, 2);
        assert_eq!(e.log_odds(), e.kk - e.ru);
        assert_eq!(e.for_lang(Lang::Kk), e.kk);
        assert_eq!(e.words_for(Lang::Ru), e.ru_words);
    }

    proptest::proptest! {
        #[test]
        fn log_odds_never_panics(s in "\\PC*") {
            let lo = log_odds(&s);
            proptest::prop_assert!(lo.is_finite());
            let _ = confident(&s);
        }

        #[test]
        fn log_odds_never_panics_on_cyrillic(s in "[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІёЁəԥ .,:;()0-9a-zA-Z\\-\\n]{0,80}") {
            let lo = log_odds(&s);
            proptest::prop_assert!(lo.is_finite());
        }
    }
}
