//! Hyphenation of Kazakh and Russian words for justified print editions.
//!
//! Russian uses the TeX patterns shipped with `hypher`. No pattern set
//! exists for Kazakh, and the Russian patterns break Kazakh words in the
//! wrong places, so Kazakh is hyphenated by its syllable rules: a syllable is
//! V, CV, VC, CVC or CVCC; between two vowels the consonants are split so the
//! next syllable starts with exactly one consonant (V-CV, VC-CV, VCC-CV).
//!
//! The Kazakh rules followed are those of word transfer (тасымал) in the
//! orthography rules of the Kazakh language, «Қазақ тілінің емле
//! ережелері», section «Тасымал» (the Cyrillic-script rules, «Қазақ
//! тілінің негізгі емле ережелері», as printed with the orthographic
//! dictionary and restated in school grammars; read at tarbie.kz/20404
//! «Сөздердің тасымалдануы», referattar.kazaksha.info «Тасымал»,
//! ent-2014.kz «Тасымал (Перенос)»):
//! - a word is carried over at its syllable boundaries;
//! - a syllable of one vowel is neither left at the end of a line nor
//!   carried over alone: at least two letters stay on each side, so `ана`,
//!   `ақыл`, `ауыл` are not broken;
//! - `й` and `у` standing between two vowels are consonants that begin the
//!   next syllable, and the word breaks before them: `жа-уап` (not
//!   `жау-ап`), `ке-йін`, `да-йын-дық`, `та-уар`, hence `па-йыз`,
//!   `бо-йын-ша`, `ме-кен-жа-йы`, `жа-уап-ты`. Breaks such as `бой-ынша`
//!   are the ones the rules name as wrong, so proof readers' doubts about
//!   `па-йыз` are answered by the rules, not by moving the break;
//! - `у` and `и` written for the pairs `ұу`, `үу`, `ый`, `ій` (after a
//!   consonant) are vowels, and the next syllable begins with the vowel
//!   after them: `су-ық`, `бу-ын`, `қи-ын`, `ки-ім`, `ту-ын-ды`;
//! - of three consonants in a row two stay on the line and the third is
//!   carried over: `құмырс-қа`, `күңгірт-теу`. Loanwords keep a Russian
//!   onset cluster together instead (`Қа-зақ-стан`, `элек-трон-дық`), as
//!   loanwords are carried over by their own syllables;
//! - abbreviations in capitals (`ҚР`, `ЖШС`) are not broken.
//!
//! Invariants: a break point is a byte offset inside the word at a char
//! boundary; at least two letters stay on each side; words with digits or
//! anything but letters and inner hyphens are never broken.

use crate::lang::Lang;

/// Fewest letters left on either side of a break.
const MIN_PART: usize = 2;

/// Longest word (in bytes) whose break points are remembered.
const MEMO_MAX_BYTES: usize = 128;

/// Byte offsets inside `word` where a hyphen may be inserted, ascending.
///
/// `word` is a single word without surrounding punctuation; anything that is
/// not purely alphabetic (numbers, codes, URLs) yields no break points.
pub fn hyphenate(word: &str, lang: Lang) -> Vec<usize> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        // Contracts repeat their words: remember the answers, per language.
        static MEMO: RefCell<[HashMap<String, Vec<usize>>; 2]> =
            RefCell::new([HashMap::new(), HashMap::new()]);
    }
    // Only words of ordinary length repeat; a run of thousands of letters
    // is computed once by its caller and never worth keeping.
    if word.len() > MEMO_MAX_BYTES {
        return compute(word, lang);
    }
    let slot = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
    };
    if let Some(hit) = MEMO.with(|m| m.borrow()[slot].get(word).cloned()) {
        return hit;
    }
    let points = compute(word, lang);
    MEMO.with(|m| {
        let map = &mut m.borrow_mut()[slot];
        if map.len() > 100_000 {
            map.clear();
        }
        map.insert(word.to_string(), points.clone());
    });
    points
}

/// A letter, with a fast path for Latin and Cyrillic.
pub fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{0400}'..='\u{0481}').contains(&c)
        || ('\u{048A}'..='\u{052F}').contains(&c)
        || (!c.is_ascii() && c.is_alphabetic())
}

fn compute(word: &str, lang: Lang) -> Vec<usize> {
    let chars = word.chars().count();
    if chars < 2 * MIN_PART || !word.chars().all(is_letter) {
        return Vec::new();
    }
    // Do not hyphenate abbreviations written in capitals (ТОО, ҚР, БСН).
    if word.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return Vec::new();
    }
    match lang {
        Lang::Kk => kazakh(word),
        Lang::Ru => russian(word),
    }
}

fn russian(word: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = 0;
    let syllables: Vec<&str> =
        hypher::hyphenate_bounded(word, hypher::Lang::Russian, MIN_PART, MIN_PART).collect();
    for s in syllables.iter().take(syllables.len().saturating_sub(1)) {
        pos += s.len();
        out.push(pos);
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

/// Signs that belong to the consonant before them: never break before them.
fn is_sign(c: char) -> bool {
    matches!(c.to_lowercase().next().unwrap_or(c), 'ь' | 'ъ')
}

/// Two consonants that begin a syllable in loanwords (`ст`, `тр`, `пр`…).
fn onset(a: char, b: char) -> bool {
    let low = |c: char| c.to_lowercase().next().unwrap_or(c);
    let (a, b) = (low(a), low(b));
    matches!((a, b), ('с', 'т') | ('с', 'п') | ('с', 'к') | ('ш', 'т'))
        || (matches!(b, 'р' | 'л') && matches!(a, 'т' | 'п' | 'к' | 'б' | 'г' | 'д' | 'ф' | 'в'))
}

fn kazakh(word: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let n = chars.len();
    // Syllable nuclei. `у` and `и` after a vowel are the glides [w] and [j]:
    // consonants (ау-а is wrong, а-уа is right).
    let mut vowel = vec![false; n];
    for i in 0..n {
        let c = chars[i].1.to_lowercase().next().unwrap_or(chars[i].1);
        vowel[i] = is_vowel(c) && !(matches!(c, 'у' | 'и') && i > 0 && vowel[i - 1]);
    }
    let nuclei: Vec<usize> = (0..n).filter(|&i| vowel[i]).collect();
    let mut out = Vec::new();
    for w in nuclei.windows(2) {
        let (a, b) = (w[0], w[1]);
        let consonants = b - a - 1;
        // Index of the first char of the next syllable.
        let mut start = if consonants == 0 { b } else { b - 1 };
        // Loanwords keep a Russian onset cluster together after three or
        // more consonants: Қазақ-стан, элек-трондық, инс-трукция.
        if consonants >= 3 && onset(chars[b - 2].1, chars[b - 1].1) {
            start = b - 2;
        }
        // A soft or hard sign stays with the consonant before it.
        while start < b && is_sign(chars[start].1) {
            start += 1;
        }
        if start > b || start <= a {
            continue;
        }
        if start < MIN_PART || n - start < MIN_PART {
            continue;
        }
        out.push(chars[start].0);
    }
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(word: &str, lang: Lang) -> String {
        let mut s = String::new();
        let points = hyphenate(word, lang);
        for (i, c) in word.char_indices() {
            if points.contains(&i) {
                s.push('-');
            }
            s.push(c);
        }
        s
    }

    #[test]
    fn kazakh_words_break_at_syllables() {
        let cases = [
            ("заңнама", "заң-на-ма"),
            ("келісімшарт", "ке-лі-сім-шарт"),
            ("тапсырыс", "тап-сы-рыс"),
            ("беруші", "бе-ру-ші"),
            ("орындаушы", "орын-дау-шы"),
            ("тараптар", "та-рап-тар"),
            ("міндеттемелер", "мін-дет-те-ме-лер"),
            ("құқықтары", "құ-қық-та-ры"),
            ("жауапкершілік", "жа-уап-кер-ші-лік"),
            ("қызметтер", "қыз-мет-тер"),
            ("көрсетілетін", "көр-се-ті-ле-тін"),
            ("төлемақы", "тө-ле-ма-қы"),
            ("теңге", "тең-ге"),
            ("мерзімі", "мер-зі-мі"),
            ("күнтізбелік", "күн-тіз-бе-лік"),
            ("өзгерістер", "өз-ге-ріс-тер"),
            ("Қазақстан", "Қа-зақ-стан"),
            ("инструкция", "инс-трук-ция"),
            ("министрлік", "ми-нистр-лік"),
            ("Республикасының", "Рес-пуб-ли-ка-сы-ның"),
            ("ақпарат", "ақ-па-рат"),
            ("құжаттар", "құ-жат-тар"),
            ("айтты", "айт-ты"),
            ("үшінші", "үшін-ші"),
            ("ұсынылады", "ұсы-ны-ла-ды"),
            ("деректемелері", "де-рек-те-ме-ле-рі"),
            ("қолданылады", "қол-да-ны-ла-ды"),
            ("шарттың", "шарт-тың"),
            ("сәйкес", "сәй-кес"),
            ("һәм", "һәм"),
            ("мемлекеттік", "мем-ле-кет-тік"),
            ("электрондық", "элек-трон-дық"),
            ("қабылдау", "қа-был-дау"),
            ("банктік", "банк-тік"),
            ("ауыл", "ауыл"),
            ("бұзылған", "бұ-зыл-ған"),
            ("ғимарат", "ғи-ма-рат"),
        ];
        for (word, want) in cases {
            assert_eq!(show(word, Lang::Kk), want, "{word}");
        }
    }

    /// Common words of Kazakh contracts and where the rules of word
    /// transfer break them.
    #[test]
    fn kazakh_contract_words() {
        let cases = [
            ("тараптар", "та-рап-тар"),
            ("тараптардың", "та-рап-тар-дың"),
            ("міндеттемелер", "мін-дет-те-ме-лер"),
            ("міндетті", "мін-дет-ті"),
            ("пайыз", "па-йыз"),
            ("бойынша", "бо-йын-ша"),
            ("мекенжайы", "ме-кен-жа-йы"),
            ("жауапты", "жа-уап-ты"),
            ("жауапкершілігі", "жа-уап-кер-ші-лі-гі"),
            ("қолдану", "қол-да-ну"),
            ("сыйақы", "сы-йа-қы"),
            ("тапсырыс", "тап-сы-рыс"),
            ("орындаушы", "орын-дау-шы"),
            ("пайдаланушы", "пай-да-ла-ну-шы"),
            ("қызметтер", "қыз-мет-тер"),
            ("төлем", "тө-лем"),
            ("төленеді", "тө-ле-не-ді"),
            ("келісім", "ке-лі-сім"),
            ("келіссөздер", "ке-ліс-сөз-дер"),
            ("шарттың", "шарт-тың"),
            ("қайтару", "қай-та-ру"),
            ("қаражат", "қа-ра-жат"),
            ("ақшалай", "ақ-ша-лай"),
            ("мерзімде", "мер-зім-де"),
            ("күнтізбелік", "күн-тіз-бе-лік"),
            ("жұмыс", "жұ-мыс"),
            ("тұрақсыздық", "тұ-рақ-сыз-дық"),
            ("айыппұл", "айып-пұл"),
            ("өсімпұл", "өсім-пұл"),
            ("деректемелері", "де-рек-те-ме-ле-рі"),
            ("дербес", "дер-бес"),
            ("деректер", "де-рек-тер"),
            ("құпиялылық", "құ-пи-я-лы-лық"),
            ("ұсыну", "ұсы-ну"),
            ("қабылдау", "қа-был-дау"),
            ("акцепт", "ак-цепт"),
            ("оферта", "офер-та"),
            ("құны", "құ-ны"),
            ("бағасы", "ба-ға-сы"),
            ("тәуелсіз", "тә-уел-сіз"),
            ("қауіпсіздік", "қа-уіп-сіз-дік"),
            ("тауар", "та-уар"),
            ("жеткізу", "жет-кі-зу"),
            ("сапасы", "са-па-сы"),
            ("кепілдік", "ке-піл-дік"),
            ("даулар", "дау-лар"),
            ("заңнамасына", "заң-на-ма-сы-на"),
            ("өзгертулер", "өз-гер-ту-лер"),
            ("қолданылатын", "қол-да-ны-ла-тын"),
            ("туындаған", "ту-ын-да-ған"),
            ("жиынтық", "жи-ын-тық"),
            ("сыйлық", "сый-лық"),
            ("айлық", "ай-лық"),
            ("сәйкестік", "сәй-кес-тік"),
            ("құқықтар", "құ-қық-тар"),
            ("сот", "сот"),
            ("ақы", "ақы"),
        ];
        assert!(cases.len() >= 40);
        for (word, want) in cases {
            assert_eq!(show(word, Lang::Kk), want, "{word}");
        }
    }

    /// The examples the rules of word transfer give for `й`, `у` and `и`
    /// and for three consonants in a row.
    #[test]
    fn kazakh_rules_examples() {
        let cases = [
            // `й`, `у` between vowels begin the next syllable.
            ("жауап", "жа-уап"),
            ("қайың", "қа-йың"),
            ("сауын", "са-уын"),
            ("кейін", "ке-йін"),
            ("дауыс", "да-уыс"),
            ("сауат", "са-уат"),
            ("дайындық", "да-йын-дық"),
            ("құйын", "құ-йын"),
            // `у`, `и` for `ұу`, `үу`, `ый`, `ій`: the next syllable
            // begins with a vowel.
            ("буын", "бу-ын"),
            ("суық", "су-ық"),
            ("қиын", "қи-ын"),
            ("тиын", "ти-ын"),
            ("жиын", "жи-ын"),
            ("киім", "ки-ім"),
            // Three consonants: two stay, the third is carried over.
            ("құмырсқа", "құ-мырс-қа"),
            ("күңгірттеу", "күң-гірт-теу"),
            ("жаңғыртты", "жаң-ғырт-ты"),
            // One-vowel syllables stay joined to the next one.
            ("ауыл", "ауыл"),
            ("ақыл", "ақыл"),
        ];
        for (word, want) in cases {
            assert_eq!(show(word, Lang::Kk), want, "{word}");
        }
    }

    #[test]
    fn kazakh_never_leaves_one_letter() {
        for w in ["ана", "ару", "өте", "ие", "ұйым"] {
            for p in hyphenate(w, Lang::Kk) {
                assert!(w[..p].chars().count() >= 2 && w[p..].chars().count() >= 2);
            }
        }
        assert_eq!(show("ұйым", Lang::Kk), "ұйым");
    }

    #[test]
    fn russian_uses_patterns() {
        assert_eq!(show("законодательство", Lang::Ru), "за-ко-но-да-тель-ство");
        assert!(hyphenate("договор", Lang::Ru).contains(&"до".len()));
    }

    #[test]
    fn no_breaks_in_codes_and_abbreviations() {
        assert!(hyphenate("БИН123", Lang::Ru).is_empty());
        assert!(hyphenate("ТОО", Lang::Ru).is_empty());
        assert!(hyphenate("KZ86125KZT", Lang::Kk).is_empty());
    }
}
