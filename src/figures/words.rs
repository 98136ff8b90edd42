//! Number words in Russian and Kazakh, both ways: [`parse`] reads them
//! (`девятьсот девяносто тысяч`, `десяти`, `двадцатипроцентной`,
//! `ноль целых пять десятых`, `тоғыз жүз тоқсан мың`, `онға`,
//! `нөл бүтін оннан бес`) and [`spell`] writes them in a given case and
//! gender.
//!
//! Readers work on words separated by white space; they accept `ё` for `е`,
//! any letter case, and legacy look-alike letters (see
//! [`crate::lang::normalize`]).

use super::{Number, RuCase};
use crate::figures::spell::Gender;
use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The role of a number word in a numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// ноль / нөл.
    Zero,
    /// 1–9.
    Unit,
    /// 10–19 (Russian `десять`…`девятнадцать`).
    Teen,
    /// 10, 20, …, 90.
    Ten,
    /// 100, …, 900 written as one word (Russian).
    Hundred,
    /// Kazakh `жүз`: multiplies the unit before it (`тоғыз жүз`).
    HundredMul,
    /// 10^3, 10^6, 10^9, 10^12.
    Scale,
    /// `целая`/`целых`, `бүтін`: the integer part ends.
    Whole,
    /// A Russian fraction denominator: `десятых` (1 digit), `сотых` (2)…
    Denom(u8),
}

/// A number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub value: u64,
    pub class: Class,
    /// An ordinal (`пятый`, `бесінші`).
    pub ordinal: bool,
    /// Kazakh ablative (`оннан`, `жүзден`): a decimal denominator.
    pub ablative: bool,
}

impl Tok {
    const fn new(value: u64, class: Class) -> Tok {
        Tok {
            value,
            class,
            ordinal: false,
            ablative: false,
        }
    }
}

/// What a compound adjective or a unit word inside the words says about the
/// unit (`двадцатипроцентной` → percent, `пятидневный` → days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hint {
    Percent,
    Day,
    Week,
    Month,
    Year,
    Hour,
    Minute,
    Times,
}

const CASES: [RuCase; 6] = [
    RuCase::Nom,
    RuCase::Gen,
    RuCase::Dat,
    RuCase::Acc,
    RuCase::Ins,
    RuCase::Prep,
];

fn ci(case: RuCase) -> usize {
    match case {
        RuCase::Nom => 0,
        RuCase::Gen => 1,
        RuCase::Dat => 2,
        RuCase::Acc => 3,
        RuCase::Ins => 4,
        RuCase::Prep => 5,
    }
}

// ---------------------------------------------------------------- Russian

/// 0–19, masculine, by case (Nom, Gen, Dat, Acc, Ins, Prep).
const RU_UNITS: [[&str; 20]; 6] = [
    [
        "ноль",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ],
    [
        "ноля",
        "одного",
        "двух",
        "трех",
        "четырех",
        "пяти",
        "шести",
        "семи",
        "восьми",
        "девяти",
        "десяти",
        "одиннадцати",
        "двенадцати",
        "тринадцати",
        "четырнадцати",
        "пятнадцати",
        "шестнадцати",
        "семнадцати",
        "восемнадцати",
        "девятнадцати",
    ],
    [
        "нолю",
        "одному",
        "двум",
        "трем",
        "четырем",
        "пяти",
        "шести",
        "семи",
        "восьми",
        "девяти",
        "десяти",
        "одиннадцати",
        "двенадцати",
        "тринадцати",
        "четырнадцати",
        "пятнадцати",
        "шестнадцати",
        "семнадцати",
        "восемнадцати",
        "девятнадцати",
    ],
    [
        "ноль",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ],
    [
        "нолем",
        "одним",
        "двумя",
        "тремя",
        "четырьмя",
        "пятью",
        "шестью",
        "семью",
        "восемью",
        "девятью",
        "десятью",
        "одиннадцатью",
        "двенадцатью",
        "тринадцатью",
        "четырнадцатью",
        "пятнадцатью",
        "шестнадцатью",
        "семнадцатью",
        "восемнадцатью",
        "девятнадцатью",
    ],
    [
        "ноле",
        "одном",
        "двух",
        "трех",
        "четырех",
        "пяти",
        "шести",
        "семи",
        "восьми",
        "девяти",
        "десяти",
        "одиннадцати",
        "двенадцати",
        "тринадцати",
        "четырнадцати",
        "пятнадцати",
        "шестнадцати",
        "семнадцати",
        "восемнадцати",
        "девятнадцати",
    ],
];

const RU_ONE_FEM: [&str; 6] = ["одна", "одной", "одной", "одну", "одной", "одной"];
const RU_ONE_NEUT: [&str; 6] = ["одно", "одного", "одному", "одно", "одним", "одном"];

/// 20–90 by case.
const RU_TENS: [[&str; 8]; 6] = [
    [
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
    [
        "двадцати",
        "тридцати",
        "сорока",
        "пятидесяти",
        "шестидесяти",
        "семидесяти",
        "восьмидесяти",
        "девяноста",
    ],
    [
        "двадцати",
        "тридцати",
        "сорока",
        "пятидесяти",
        "шестидесяти",
        "семидесяти",
        "восьмидесяти",
        "девяноста",
    ],
    [
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
    [
        "двадцатью",
        "тридцатью",
        "сорока",
        "пятьюдесятью",
        "шестьюдесятью",
        "семьюдесятью",
        "восемьюдесятью",
        "девяноста",
    ],
    [
        "двадцати",
        "тридцати",
        "сорока",
        "пятидесяти",
        "шестидесяти",
        "семидесяти",
        "восьмидесяти",
        "девяноста",
    ],
];

/// 100–900 by case.
const RU_HUNDREDS: [[&str; 9]; 6] = [
    [
        "сто",
        "двести",
        "триста",
        "четыреста",
        "пятьсот",
        "шестьсот",
        "семьсот",
        "восемьсот",
        "девятьсот",
    ],
    [
        "ста",
        "двухсот",
        "трехсот",
        "четырехсот",
        "пятисот",
        "шестисот",
        "семисот",
        "восьмисот",
        "девятисот",
    ],
    [
        "ста",
        "двумстам",
        "тремстам",
        "четыремстам",
        "пятистам",
        "шестистам",
        "семистам",
        "восьмистам",
        "девятистам",
    ],
    [
        "сто",
        "двести",
        "триста",
        "четыреста",
        "пятьсот",
        "шестьсот",
        "семьсот",
        "восемьсот",
        "девятьсот",
    ],
    [
        "ста",
        "двумястами",
        "тремястами",
        "четырьмястами",
        "пятьюстами",
        "шестьюстами",
        "семьюстами",
        "восемьюстами",
        "девятьюстами",
    ],
    [
        "ста",
        "двухстах",
        "трехстах",
        "четырехстах",
        "пятистах",
        "шестистах",
        "семистах",
        "восьмистах",
        "девятистах",
    ],
];

/// Scale nouns: singular then plural forms by case.
const RU_THOUSAND: [[&str; 6]; 2] = [
    ["тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче"],
    [
        "тысячи",
        "тысяч",
        "тысячам",
        "тысячи",
        "тысячами",
        "тысячах",
    ],
];

fn ru_big(stem: &str) -> [[String; 6]; 2] {
    let f = |e: &str| format!("{stem}{e}");
    [
        [f(""), f("а"), f("у"), f(""), f("ом"), f("е")],
        [f("ы"), f("ов"), f("ам"), f("ы"), f("ами"), f("ах")],
    ]
}

const RU_BIG_STEMS: [(&str, u64); 3] = [
    ("миллион", 1_000_000),
    ("миллиард", 1_000_000_000),
    ("триллион", 1_000_000_000_000),
];

/// Ordinal stems for 1–19, tens and hundreds, with their values.
const RU_ORD_STEMS: [(&str, u64, Class); 38] = [
    ("перв", 1, Class::Unit),
    ("втор", 2, Class::Unit),
    ("четверт", 4, Class::Unit),
    ("пят", 5, Class::Unit),
    ("шест", 6, Class::Unit),
    ("седьм", 7, Class::Unit),
    ("восьм", 8, Class::Unit),
    ("девят", 9, Class::Unit),
    ("десят", 10, Class::Teen),
    ("одиннадцат", 11, Class::Teen),
    ("двенадцат", 12, Class::Teen),
    ("тринадцат", 13, Class::Teen),
    ("четырнадцат", 14, Class::Teen),
    ("пятнадцат", 15, Class::Teen),
    ("шестнадцат", 16, Class::Teen),
    ("семнадцат", 17, Class::Teen),
    ("восемнадцат", 18, Class::Teen),
    ("девятнадцат", 19, Class::Teen),
    ("двадцат", 20, Class::Ten),
    ("тридцат", 30, Class::Ten),
    ("сороков", 40, Class::Ten),
    ("пятидесят", 50, Class::Ten),
    ("шестидесят", 60, Class::Ten),
    ("семидесят", 70, Class::Ten),
    ("восьмидесят", 80, Class::Ten),
    ("девяност", 90, Class::Ten),
    ("сот", 100, Class::Hundred),
    ("двухсот", 200, Class::Hundred),
    ("трехсот", 300, Class::Hundred),
    ("четырехсот", 400, Class::Hundred),
    ("пятисот", 500, Class::Hundred),
    ("шестисот", 600, Class::Hundred),
    ("семисот", 700, Class::Hundred),
    ("восьмисот", 800, Class::Hundred),
    ("девятисот", 900, Class::Hundred),
    ("тысячн", 1000, Class::Scale),
    ("миллионн", 1_000_000, Class::Scale),
    ("миллиардн", 1_000_000_000, Class::Scale),
];

const RU_ADJ_ENDINGS: [&str; 14] = [
    "ый", "ой", "ий", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми", "ей",
];

/// Fraction denominators, by number of decimal places.
const RU_DENOMS: [(&str, u8); 6] = [
    ("десят", 1),
    ("сот", 2),
    ("тысячн", 3),
    ("десятитысячн", 4),
    ("стотысячн", 5),
    ("миллионн", 6),
];

/// `-ая`, `-ой`… for a fraction denominator: singular then plural by case.
const RU_DENOM_ENDINGS: [[&str; 6]; 2] = [
    ["ая", "ой", "ой", "ую", "ой", "ой"],
    ["ых", "ых", "ым", "ых", "ыми", "ых"],
];

const RU_WHOLE: [[&str; 6]; 2] = [
    ["целая", "целой", "целой", "целую", "целой", "целой"],
    ["целых", "целых", "целым", "целых", "целыми", "целых"],
];

/// Compound adjective stems after a number (`двадцатипроцентной`).
const RU_COMPOUND: [(&str, Hint); 10] = [
    ("процентн", Hint::Percent),
    ("дневн", Hint::Day),
    ("суточн", Hint::Day),
    ("недельн", Hint::Week),
    ("месячн", Hint::Month),
    ("летн", Hint::Year),
    ("годичн", Hint::Year),
    ("часов", Hint::Hour),
    ("минутн", Hint::Minute),
    ("кратн", Hint::Times),
];

// ----------------------------------------------------------------- Kazakh

use crate::lexicon::{KK_TENS, KK_UNITS};

const KK_SCALES: [(&str, u64); 4] = [
    ("мың", 1000),
    ("миллион", 1_000_000),
    ("миллиард", 1_000_000_000),
    ("триллион", 1_000_000_000_000),
];

/// Kazakh suffixes accepted on a number word (case, possessive, ordinal,
/// collective, adjective), with flags (ordinal, ablative).
const KK_SUFFIXES: [(&str, bool, bool); 66] = [
    ("ға", false, false),
    ("ге", false, false),
    ("қа", false, false),
    ("ке", false, false),
    ("на", false, false),
    ("не", false, false),
    ("а", false, false),
    ("е", false, false),
    ("ның", false, false),
    ("нің", false, false),
    ("дың", false, false),
    ("дің", false, false),
    ("тың", false, false),
    ("тің", false, false),
    ("ы", false, false),
    ("і", false, false),
    ("сы", false, false),
    ("сі", false, false),
    ("ны", false, false),
    ("ні", false, false),
    ("ды", false, false),
    ("ді", false, false),
    ("ты", false, false),
    ("ті", false, false),
    ("да", false, false),
    ("де", false, false),
    ("та", false, false),
    ("те", false, false),
    ("дан", false, true),
    ("ден", false, true),
    ("тан", false, true),
    ("тен", false, true),
    ("нан", false, true),
    ("нен", false, true),
    ("мен", false, false),
    ("бен", false, false),
    ("пен", false, false),
    ("сымен", false, false),
    ("сімен", false, false),
    ("ымен", false, false),
    ("імен", false, false),
    ("сына", false, false),
    ("сіне", false, false),
    ("сынан", false, false),
    ("сінен", false, false),
    ("сының", false, false),
    ("сінің", false, false),
    ("ына", false, false),
    ("іне", false, false),
    ("ынан", false, false),
    ("інен", false, false),
    ("ының", false, false),
    ("інің", false, false),
    ("ыншы", true, false),
    ("інші", true, false),
    ("ншы", true, false),
    ("нші", true, false),
    ("сыншы", true, false),
    ("еу", false, false),
    ("ау", false, false),
    ("дық", false, false),
    ("дік", false, false),
    ("тық", false, false),
    ("тік", false, false),
    ("лық", false, false),
    ("лік", false, false),
];

// ---------------------------------------------------------------- lexicon

/// FNV-1a: short keys, no need for DoS resistance.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

struct Lexicon {
    ru: FnvMap<String, Tok>,
    /// First two letters of every Russian number word (and compound).
    ru_heads: Heads,
    /// First two letters of every number word of either language and of
    /// the reference keywords.
    any_heads: Heads,
    /// Kazakh base words.
    kk: Vec<(&'static str, Tok)>,
    kk_suffix: FnvMap<&'static str, (bool, bool)>,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(build);

/// A set of two-letter word beginnings (Cyrillic letters, U+0400–U+05FF),
/// as a bitmap: one bit per pair of letters.
struct Heads(Vec<u64>);

/// Index of the first two letters of `w` when both are two-byte letters of
/// U+0400–U+05FF.
fn head(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    if b.len() < 4 {
        return None;
    }
    let one = |lead: u8, cont: u8| -> Option<usize> {
        (0xD0..=0xD7)
            .contains(&lead)
            .then(|| ((lead as usize - 0xD0) << 6) | (cont as usize & 0x3F))
    };
    Some((one(b[0], b[1])? << 9) | one(b[2], b[3])?)
}

impl Heads {
    fn new() -> Heads {
        Heads(vec![0; (1 << 18) / 64])
    }
    fn insert(&mut self, w: &str) {
        if let Some(h) = head(w) {
            self.0[h / 64] |= 1 << (h % 64);
        }
    }
    /// True when `w` may begin with one of the heads (always true for
    /// words this set cannot index).
    fn may_contain(&self, w: &str) -> bool {
        match head(w) {
            Some(h) => self.0[h / 64] & (1 << (h % 64)) != 0,
            None => true,
        }
    }
}

fn build() -> Lexicon {
    let mut ru: FnvMap<String, Tok> = FnvMap::default();
    let mut put = |w: &str, t: Tok| {
        ru.entry(w.to_string()).or_insert(t);
    };
    for c in 0..6 {
        for (v, w) in RU_UNITS[c].iter().enumerate() {
            let class = match v {
                0 => Class::Zero,
                1..=9 => Class::Unit,
                _ => Class::Teen,
            };
            put(w, Tok::new(v as u64, class));
        }
        put(RU_ONE_FEM[c], Tok::new(1, Class::Unit));
        put(RU_ONE_NEUT[c], Tok::new(1, Class::Unit));
        for (i, w) in RU_TENS[c].iter().enumerate() {
            put(w, Tok::new((i as u64 + 2) * 10, Class::Ten));
        }
        for (i, w) in RU_HUNDREDS[c].iter().enumerate() {
            put(w, Tok::new((i as u64 + 1) * 100, Class::Hundred));
        }
        for n in RU_THOUSAND {
            put(n[c], Tok::new(1000, Class::Scale));
        }
        for (stem, v) in RU_BIG_STEMS {
            for n in ru_big(stem) {
                put(&n[c], Tok::new(v, Class::Scale));
            }
        }
        for n in RU_WHOLE {
            put(n[c], Tok::new(0, Class::Whole));
        }
        for (stem, d) in RU_DENOMS {
            for e in RU_DENOM_ENDINGS {
                put(&format!("{stem}{}", e[c]), Tok::new(0, Class::Denom(d)));
            }
        }
    }
    for (w, v) in [
        ("две", 2),
        // Plural of «один» with pluralia tantum: `1 (одних) суток`.
        ("одни", 1),
        ("одних", 1),
        ("одними", 1),
        ("нуль", 0),
        ("нуля", 0),
        ("нулю", 0),
        ("нулем", 0),
        ("нуле", 0),
        ("восьмью", 8),
        ("тысячью", 1000),
    ] {
        let class = match v {
            0 => Class::Zero,
            1000 => Class::Scale,
            _ => Class::Unit,
        };
        put(w, Tok::new(v, class));
    }
    // Ordinals.
    let mut ord = |w: String, v: u64, class: Class| {
        let mut t = Tok::new(v, class);
        t.ordinal = true;
        put(&w, t);
    };
    for (stem, v, class) in RU_ORD_STEMS {
        for e in RU_ADJ_ENDINGS {
            ord(format!("{stem}{e}"), v, class);
        }
    }
    for w in [
        "третий",
        "третья",
        "третье",
        "третьи",
        "третьего",
        "третьему",
        "третьим",
        "третьем",
        "третьей",
        "третью",
        "третьих",
        "третьими",
    ] {
        ord(w.to_string(), 3, Class::Unit);
    }
    let mut ru_heads = Heads::new();
    let mut any_heads = Heads::new();
    for w in ru.keys().map(String::as_str).chain(["одно", "дву", "тре"]) {
        ru_heads.insert(w);
        any_heads.insert(w);
    }
    for w in KK_UNITS.iter().chain(KK_TENS.iter()).chain(
        [
            "жүз",
            "мың",
            "бүтін",
            "қырқ",
            "пп",
            "подп",
            "пункт",
            "раздел",
            "бөлім",
            "тарау",
            "ст",
            "стать",
            "глав",
        ]
        .iter(),
    ) {
        any_heads.insert(w);
    }

    let mut kk: Vec<(&'static str, Tok)> = Vec::new();
    for (v, w) in KK_UNITS.iter().enumerate() {
        kk.push((
            w,
            Tok::new(v as u64, if v == 0 { Class::Zero } else { Class::Unit }),
        ));
    }
    for (i, w) in KK_TENS.iter().enumerate() {
        kk.push((w, Tok::new((i as u64 + 1) * 10, Class::Ten)));
    }
    kk.push(("жүз", Tok::new(100, Class::HundredMul)));
    for (w, v) in KK_SCALES {
        kk.push((w, Tok::new(v, Class::Scale)));
    }
    kk.push(("бүтін", Tok::new(0, Class::Whole)));
    // Stem alternation before a vowel suffix (`қырқыншы`).
    kk.push(("қырқ", Tok::new(40, Class::Ten)));
    let kk_suffix = KK_SUFFIXES.iter().map(|&(s, o, a)| (s, (o, a))).collect();
    Lexicon {
        ru,
        ru_heads,
        any_heads,
        kk,
        kk_suffix,
    }
}

/// Look a lower-case word up as a Russian number word (not compounds).
pub(crate) fn ru_token(word: &str) -> Option<Tok> {
    let lex = &*LEX;
    if word.len() < 4 || !lex.ru_heads.may_contain(word) {
        return None;
    }
    lex.ru.get(word).copied()
}

/// `полтора` (one and a half) in its forms.
pub(crate) fn ru_half(word: &str) -> bool {
    matches!(word, "полтора" | "полторы" | "полутора")
}

/// True when `word` could begin a Russian number word or compound.
pub(crate) fn ru_could_start(word: &str) -> bool {
    word.len() >= 4 && LEX.ru_heads.may_contain(word)
}

/// True when a lower-case word may be a number word of either language or
/// a reference keyword (`пункт`, `ст`): a fast filter on its first two
/// letters. One-letter words are never number words.
pub(crate) fn may_matter(word: &str) -> bool {
    word.len() >= 4 && LEX.any_heads.may_contain(word)
}

/// True when `rest` is a Kazakh suffix a number or unit word may take.
pub(crate) fn kk_suffix_ok(rest: &str) -> bool {
    rest.is_empty() || LEX.kk_suffix.contains_key(rest)
}

/// Look a lower-case word up as a Kazakh number word, with a suffix.
pub(crate) fn kk_token(word: &str) -> Option<Tok> {
    let lex = &*LEX;
    let wb = word.as_bytes();
    if wb.len() < 4 {
        return None;
    }
    for (base, tok) in &lex.kk {
        let bb = base.as_bytes();
        if bb[0] != wb[0] || bb[1] != wb[1] || !word.starts_with(base) {
            continue;
        }
        let rest = &word[base.len()..];
        if rest.is_empty() {
            return Some(*tok);
        }
        if let Some(&(ordinal, ablative)) = lex.kk_suffix.get(rest) {
            let mut t = *tok;
            t.ordinal = ordinal;
            t.ablative = ablative;
            return Some(t);
        }
    }
    None
}

/// A Russian compound adjective: number prefix + unit stem
/// (`двадцатипроцентной`, `пятидневный`, `стопроцентной`).
pub(crate) fn ru_compound(word: &str) -> Option<(Number, Hint)> {
    if word.len() < 12 || !ru_could_start(word) {
        return None;
    }
    // Number prefix + stem + an adjective ending of two or three letters.
    for ending in [4, 6] {
        let Some(body) = word.get(..word.len().saturating_sub(ending)) else {
            continue;
        };
        for (stem, hint) in RU_COMPOUND {
            if body.len() > stem.len() && body.ends_with(stem) {
                let prefix = &body[..body.len() - stem.len()];
                let mut toks = Vec::new();
                if segment(prefix, &mut toks) {
                    let n = combine(&toks)?;
                    return Some((Number::int(n), hint));
                }
            }
        }
    }
    None
}

/// Split a compound prefix (`двадцатипяти`) into number words.
fn segment(s: &str, out: &mut Vec<Tok>) -> bool {
    if s.is_empty() {
        return !out.is_empty();
    }
    let mut cut = s.len();
    while cut > 0 {
        if s.is_char_boundary(cut) {
            let head = &s[..cut];
            let tok = match head {
                // Combining forms of the first part of compounds.
                "одно" => Some(Tok::new(1, Class::Unit)),
                "дву" => Some(Tok::new(2, Class::Unit)),
                "тре" => Some(Tok::new(3, Class::Unit)),
                _ => ru_token(head)
                    .filter(|t| !t.ordinal && !matches!(t.class, Class::Whole | Class::Denom(_))),
            };
            if let Some(t) = tok {
                out.push(t);
                if segment(&s[cut..], out) {
                    return true;
                }
                out.pop();
            }
        }
        cut -= 1;
    }
    false
}

/// Combine number words into a whole number, checking their order
/// (`двадцать пять`, not `пять двадцать`). `None` for a bad sequence.
fn combine(toks: &[Tok]) -> Option<u64> {
    if toks.is_empty() {
        return None;
    }
    if toks.len() == 1 && toks[0].class == Class::Zero {
        return Some(0);
    }
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    // 4: nothing yet in the group; 3 hundreds; 2 tens; 1 units.
    let mut rank = 4;
    let mut last_scale = u64::MAX;
    for t in toks {
        match t.class {
            Class::Zero | Class::Whole | Class::Denom(_) => return None,
            Class::Hundred => {
                if rank <= 3 {
                    return None;
                }
                group += t.value;
                rank = 3;
            }
            Class::HundredMul => {
                if rank == 4 {
                    group = 100;
                } else if rank == 1 && group < 10 {
                    group *= 100;
                } else {
                    return None;
                }
                rank = 3;
            }
            Class::Ten => {
                if rank <= 2 {
                    return None;
                }
                group += t.value;
                rank = 2;
            }
            Class::Teen => {
                if rank <= 2 {
                    return None;
                }
                group += t.value;
                rank = 1;
            }
            Class::Unit => {
                if rank <= 1 {
                    return None;
                }
                group += t.value;
                rank = 1;
            }
            Class::Scale => {
                if t.value >= last_scale {
                    return None;
                }
                let g = if group == 0 { 1 } else { group };
                total = total.checked_add(g.checked_mul(t.value)?)?;
                group = 0;
                rank = 4;
                last_scale = t.value;
            }
        }
    }
    total.checked_add(group)
}

/// The result of reading number words at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scanned {
    /// Their value.
    pub number: Number,
    /// Byte offset just after the last number word.
    pub end: usize,
    /// A unit given by a compound adjective.
    pub hint: Option<Hint>,
    /// The last word was an ordinal.
    pub ordinal: bool,
}

/// True for characters that make up words.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\u{0301}'
}

/// Next word starting at or after `i` (skipping white space only); returns
/// (start, end).
fn next_word(s: &str, mut i: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    while i < b.len() {
        let c = s[i..].chars().next()?;
        if c.is_whitespace() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    let start = i;
    for c in s[i..].chars() {
        if is_word_char(c) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    (i > start).then_some((start, i))
}

/// The most words one numeral takes: `девятьсот девяносто девять
/// миллиардов … целых … сотых` stays well under it. A longer run of number
/// words is several numerals; the bound keeps scanning it linear.
const MAX_NUMERAL_WORDS: usize = 32;

/// Read number words at the start of `low` (already lower-case and
/// normalised: `ё` folded to `е`). Stops before the first word that is not a
/// number word. `None` when there is none or they do not make a number.
pub(crate) fn scan(low: &str, lang: Lang) -> Option<Scanned> {
    let mut toks: Vec<Tok> = Vec::with_capacity(8);
    let mut ends: Vec<usize> = Vec::with_capacity(8);
    let mut pos = 0;
    while let Some((a, b)) = next_word(low, pos) {
        if toks.len() >= MAX_NUMERAL_WORDS {
            break;
        }
        let w = &low[a..b];
        let tok = match lang {
            Lang::Ru => ru_token(w),
            Lang::Kk => kk_token(w),
        };
        if toks.is_empty() && lang == Lang::Ru && ru_half(w) {
            return Some(Scanned {
                number: Number::new(15, 1),
                end: b,
                hint: None,
                ordinal: false,
            });
        }
        match tok {
            Some(t) => {
                toks.push(t);
                ends.push(b);
                pos = b;
                if t.ordinal {
                    break;
                }
            }
            None => {
                if lang == Lang::Ru {
                    if let Some((n, h)) = ru_compound(w) {
                        // A compound adjective ends the numeral; it stands
                        // alone (`двадцатипроцентной`).
                        if toks.is_empty() {
                            return Some(Scanned {
                                number: n,
                                end: b,
                                hint: Some(h),
                                ordinal: false,
                            });
                        }
                    }
                }
                break;
            }
        }
    }
    // Try the longest prefix of words that makes a number.
    let mut n = toks.len();
    while n > 0 {
        if let Some(number) = value_of(&toks[..n], lang) {
            return Some(Scanned {
                number,
                end: ends[n - 1],
                hint: None,
                ordinal: toks[n - 1].ordinal,
            });
        }
        n -= 1;
    }
    None
}

/// Value of a whole sequence of number words, decimals included.
fn value_of(toks: &[Tok], lang: Lang) -> Option<Number> {
    if let Some(w) = toks.iter().position(|t| t.class == Class::Whole) {
        let int = if w == 0 {
            return None;
        } else if w == 1 && toks[0].class == Class::Zero {
            0
        } else {
            combine(&toks[..w])?
        };
        let rest = &toks[w + 1..];
        let (num, places) = match lang {
            Lang::Ru => {
                let (last, frac) = rest.split_last()?;
                let Class::Denom(d) = last.class else {
                    return None;
                };
                (frac_value(frac)?, d)
            }
            Lang::Kk => {
                let a = rest.iter().position(|t| t.ablative)?;
                let denom = combine(&rest[..=a])?;
                let d = pow10_places(denom)?;
                (frac_value(&rest[a + 1..])?, d)
            }
        };
        return decimal(int, num, places);
    }
    // `пять десятых` without a whole part.
    if let Some(last) = toks.last() {
        if let Class::Denom(d) = last.class {
            let num = frac_value(&toks[..toks.len() - 1])?;
            return decimal(0, num, d);
        }
    }
    if lang == Lang::Kk {
        if let Some(a) = toks.iter().position(|t| t.ablative) {
            if a + 1 < toks.len() {
                // `оннан бес` (five tenths) without `нөл бүтін`.
                let denom = combine(&toks[..=a])?;
                let d = pow10_places(denom)?;
                return decimal(0, frac_value(&toks[a + 1..])?, d);
            }
        }
    }
    Some(Number::int(combine(toks)?))
}

fn frac_value(toks: &[Tok]) -> Option<u64> {
    if toks.len() == 1 && toks[0].class == Class::Zero {
        return Some(0);
    }
    combine(toks)
}

fn pow10_places(v: u64) -> Option<u8> {
    let mut p = 0u8;
    let mut x = v;
    while x > 1 {
        if !x.is_multiple_of(10) {
            return None;
        }
        x /= 10;
        p += 1;
    }
    (p > 0).then_some(p)
}

fn decimal(int: u64, num: u64, places: u8) -> Option<Number> {
    let scale = 10u128.pow(places as u32);
    if num as u128 >= scale {
        return None;
    }
    Some(Number::new(int as u128 * scale + num as u128, places))
}

/// Lower-case `text`, fold `ё` to `е` and legacy look-alikes to the letters
/// they stand for.
pub(crate) fn fold(text: &str) -> String {
    let norm = crate::lang::normalize(text);
    let mut out = String::with_capacity(norm.len());
    for c in norm.chars() {
        match c {
            'ё' | 'Ё' => out.push('е'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Read `text` as number words in `lang`: cardinals in any case and gender,
/// ordinals, compound adjectives (`двадцатипроцентной`), decimals (`ноль
/// целых пять десятых`, `нөл бүтін оннан бес`); Kazakh words may carry case
/// suffixes (`онға`). The whole text must be number words (surrounding
/// punctuation and white space are ignored). `None` otherwise.
///
/// ```
/// use qostil::figures::{words, Number};
/// use qostil::Lang;
/// assert_eq!(words::parse("девятьсот девяносто тысяч", Lang::Ru), Some(Number::int(990_000)));
/// assert_eq!(words::parse("тоғыз жүз тоқсан мың", Lang::Kk), Some(Number::int(990_000)));
/// assert_eq!(words::parse("ноль целых пять десятых", Lang::Ru), Number::parse("0,5"));
/// ```
pub fn parse(text: &str, lang: Lang) -> Option<Number> {
    let low = fold(text);
    let s = scan(&low, lang)?;
    let rest = &low[s.end..];
    if rest
        .chars()
        .all(|c| c.is_whitespace() || (c.is_ascii_punctuation() && c != '%'))
    {
        Some(s.number)
    } else {
        None
    }
}

// ---------------------------------------------------------------- writing

/// Write `n` in words. Russian numbers agree with `case` and `gender`
/// (`gender` is that of the counted noun; `тысяча` is always feminine);
/// Kazakh numbers do not change (`case` and `gender` are ignored). Decimals
/// up to six places are written as lawyers do (`ноль целых пять десятых`,
/// `нөл бүтін оннан бес`). `None` above 999 999 999 999 999 or with more
/// than six decimal places.
pub fn spell(n: &Number, lang: Lang, case: RuCase, gender: Gender) -> Option<String> {
    let int = n.int_part();
    if int >= 1_000_000_000_000_000 {
        return None;
    }
    let int = int as u64;
    let (frac, places) = n.frac_part();
    if places == 0 {
        return Some(match lang {
            Lang::Ru => ru_int(int, case, gender),
            Lang::Kk => kk_int(int),
        });
    }
    if places > 6 {
        return None;
    }
    let frac = frac as u64;
    Some(match lang {
        Lang::Ru => {
            let c = ci(case);
            let one = |v: u64| v % 10 == 1 && v % 100 != 11;
            let whole = RU_WHOLE[if one(int) { 0 } else { 1 }][c];
            let (stem, _) = RU_DENOMS[places as usize - 1];
            let den = RU_DENOM_ENDINGS[if one(frac) { 0 } else { 1 }][c];
            format!(
                "{} {whole} {} {stem}{den}",
                ru_int(int, case, Gender::Fem),
                ru_int(frac, case, Gender::Fem)
            )
        }
        Lang::Kk => {
            let den = match places {
                1 => "оннан",
                2 => "жүзден",
                3 => "мыңнан",
                4 => "он мыңнан",
                5 => "жүз мыңнан",
                _ => "миллионнан",
            };
            format!("{} бүтін {den} {}", kk_int(int), kk_int(frac))
        }
    })
}

fn ru_triple(n: u64, c: usize, gender: Gender, out: &mut Vec<String>) {
    let (h, t, u) = (n / 100, n / 10 % 10, n % 10);
    if h > 0 {
        out.push(RU_HUNDREDS[c][h as usize - 1].to_string());
    }
    let u = if t == 1 {
        out.push(RU_UNITS[c][10 + u as usize].to_string());
        return;
    } else {
        if t >= 2 {
            out.push(RU_TENS[c][t as usize - 2].to_string());
        }
        u
    };
    if u == 0 {
        return;
    }
    let w = match (u, gender) {
        (1, Gender::Fem) => RU_ONE_FEM[c],
        (1, Gender::Neut) => RU_ONE_NEUT[c],
        (2, Gender::Fem) if c == 0 || c == 3 => "две",
        _ => RU_UNITS[c][u as usize],
    };
    out.push(w.to_string());
}

fn ru_int(n: u64, case: RuCase, gender: Gender) -> String {
    let c = ci(case);
    if n == 0 {
        return RU_UNITS[c][0].to_string();
    }
    let mut out = Vec::new();
    let scales: [(u64, usize); 4] = [
        (1_000_000_000_000, 3),
        (1_000_000_000, 2),
        (1_000_000, 1),
        (1000, 0),
    ];
    let mut rest = n;
    for (scale, which) in scales {
        let g = rest / scale;
        rest %= scale;
        if g == 0 {
            continue;
        }
        let g_gender = if which == 0 {
            Gender::Fem
        } else {
            Gender::Masc
        };
        ru_triple(g, c, g_gender, &mut out);
        let forms: [[String; 6]; 2] = if which == 0 {
            RU_THOUSAND.map(|r| r.map(|s| s.to_string()))
        } else {
            ru_big(RU_BIG_STEMS[which - 1].0)
        };
        let one = g % 10 == 1 && g % 100 != 11;
        let few = (2..=4).contains(&(g % 10)) && !(12..=14).contains(&(g % 100));
        let w = if c == 0 || c == 3 {
            if one {
                forms[0][c].clone()
            } else if few {
                forms[0][1].clone()
            } else {
                forms[1][1].clone()
            }
        } else if one {
            forms[0][c].clone()
        } else {
            forms[1][c].clone()
        };
        out.push(w);
    }
    if rest > 0 {
        ru_triple(rest, c, gender, &mut out);
    }
    out.join(" ")
}

fn kk_int(n: u64) -> String {
    if n == 0 {
        return KK_UNITS[0].to_string();
    }
    let mut out: Vec<&str> = Vec::new();
    let triple = |g: u64, out: &mut Vec<&str>| {
        let (h, t, u) = (g / 100, g / 10 % 10, g % 10);
        if h > 0 {
            if h > 1 {
                out.push(KK_UNITS[h as usize]);
            }
            out.push("жүз");
        }
        if t > 0 {
            out.push(KK_TENS[t as usize - 1]);
        }
        if u > 0 {
            out.push(KK_UNITS[u as usize]);
        }
    };
    let mut rest = n;
    for (w, scale) in KK_SCALES.iter().rev() {
        let g = rest / scale;
        rest %= scale;
        if g == 0 {
            continue;
        }
        triple(g, &mut out);
        out.push(w);
    }
    if rest > 0 {
        triple(rest, &mut out);
    }
    out.join(" ")
}

/// Ordinal stems whose ending carries the stress (`второй`, `шестой`):
/// their masculine nominative ends in -ой.
const RU_ORD_STRESSED: [&str; 5] = ["втор", "шест", "седьм", "восьм", "сороков"];

/// Endings of a hard-stem ordinal (`пятый`) by gender (masculine, feminine,
/// neuter) and case (Nom, Gen, Dat, Acc, Ins, Prep); the accusative is that
/// of an inanimate noun.
const RU_ORD_ENDINGS: [[&str; 6]; 3] = [
    ["ый", "ого", "ому", "ый", "ым", "ом"],
    ["ая", "ой", "ой", "ую", "ой", "ой"],
    ["ое", "ого", "ому", "ое", "ым", "ом"],
];

/// `третий` by gender and case.
const RU_THIRD: [[&str; 6]; 3] = [
    [
        "третий",
        "третьего",
        "третьему",
        "третий",
        "третьим",
        "третьем",
    ],
    [
        "третья",
        "третьей",
        "третьей",
        "третью",
        "третьей",
        "третьей",
    ],
    [
        "третье",
        "третьего",
        "третьему",
        "третье",
        "третьим",
        "третьем",
    ],
];

/// The ending after the digits of a Russian ordinal (`5-й`, `5-го`, `5-я`,
/// `5-е`), by gender and case.
pub const RU_ORD_DIGIT_ENDINGS: [[&str; 6]; 3] = [
    ["й", "го", "му", "й", "м", "м"],
    ["я", "й", "й", "ю", "й", "й"],
    ["е", "го", "му", "е", "м", "м"],
];

fn gi(gender: Gender) -> usize {
    match gender {
        Gender::Masc => 0,
        Gender::Fem => 1,
        Gender::Neut => 2,
    }
}

/// An ordinal in words, 1–999: Russian agreeing with `case` and `gender`
/// (only the last word changes: `двадцать пятого`), Kazakh with -ыншы /
/// -інші (-ншы / -нші after a vowel): `бесінші`, `алтыншы`, `жиырма
/// бесінші`, `қырқыншы`, `жиырмасыншы`. `None` outside 1–999.
pub fn spell_ordinal(n: u64, lang: Lang, case: RuCase, gender: Gender) -> Option<String> {
    if !(1..=999).contains(&n) {
        return None;
    }
    match lang {
        Lang::Ru => {
            let (h, rest) = (n / 100, n % 100);
            let mut out: Vec<String> = Vec::new();
            // The cardinal words before the last one stay in the nominative.
            let last = if rest == 0 {
                n
            } else {
                if h > 0 {
                    out.push(RU_HUNDREDS[0][h as usize - 1].to_string());
                }
                if rest >= 20 && rest % 10 != 0 {
                    out.push(RU_TENS[0][(rest / 10) as usize - 2].to_string());
                    rest % 10
                } else {
                    rest
                }
            };
            let (c, g) = (ci(case), gi(gender));
            let word = if last == 3 {
                RU_THIRD[g][c].to_string()
            } else {
                let stem = RU_ORD_STEMS.iter().find(|(_, v, _)| *v == last)?.0;
                let end = if g == 0 && (c == 0 || c == 3) && RU_ORD_STRESSED.contains(&stem) {
                    "ой"
                } else {
                    RU_ORD_ENDINGS[g][c]
                };
                format!("{stem}{end}")
            };
            out.push(word);
            Some(out.join(" "))
        }
        Lang::Kk => {
            let card = kk_int(n);
            let (head, last) = match card.rsplit_once(' ') {
                Some((h, l)) => (format!("{h} "), l.to_string()),
                None => (String::new(), card),
            };
            let ord = match last.as_str() {
                "жиырма" => "жиырмасыншы".to_string(),
                "қырық" => "қырқыншы".to_string(),
                w => {
                    let back = crate::lexicon::kk_grammar::is_back(w);
                    let vowel_end = w.ends_with(['а', 'ы', 'і', 'е', 'о', 'ө', 'ұ', 'ү', 'ә']);
                    let end = match (vowel_end, back) {
                        (true, true) => "ншы",
                        (true, false) => "нші",
                        (false, true) => "ыншы",
                        (false, false) => "інші",
                    };
                    format!("{w}{end}")
                }
            };
            Some(format!("{head}{ord}"))
        }
    }
}

#[allow(dead_code)]
pub(crate) fn all_cases() -> [RuCase; 6] {
    CASES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Number {
        Number::parse(s).unwrap()
    }

    #[test]
    fn ordinals_in_words() {
        let ru = |v, c, g| spell_ordinal(v, Lang::Ru, c, g).unwrap();
        assert_eq!(ru(5, RuCase::Nom, Gender::Masc), "пятый");
        assert_eq!(ru(5, RuCase::Gen, Gender::Neut), "пятого");
        assert_eq!(ru(2, RuCase::Nom, Gender::Masc), "второй");
        assert_eq!(ru(2, RuCase::Nom, Gender::Fem), "вторая");
        assert_eq!(ru(3, RuCase::Gen, Gender::Neut), "третьего");
        assert_eq!(ru(25, RuCase::Prep, Gender::Neut), "двадцать пятом");
        assert_eq!(ru(30, RuCase::Dat, Gender::Neut), "тридцатому");
        assert_eq!(ru(31, RuCase::Gen, Gender::Neut), "тридцать первого");
        assert_eq!(ru(40, RuCase::Nom, Gender::Masc), "сороковой");
        assert_eq!(ru(112, RuCase::Acc, Gender::Fem), "сто двенадцатую");
        assert_eq!(ru(200, RuCase::Ins, Gender::Masc), "двухсотым");
        let kk = |v| spell_ordinal(v, Lang::Kk, RuCase::Nom, Gender::Masc).unwrap();
        assert_eq!(kk(1), "бірінші");
        assert_eq!(kk(2), "екінші");
        assert_eq!(kk(5), "бесінші");
        assert_eq!(kk(6), "алтыншы");
        assert_eq!(kk(9), "тоғызыншы");
        assert_eq!(kk(10), "оныншы");
        assert_eq!(kk(20), "жиырмасыншы");
        assert_eq!(kk(25), "жиырма бесінші");
        assert_eq!(kk(40), "қырқыншы");
        assert_eq!(kk(50), "елуінші");
        assert_eq!(kk(100), "жүзінші");
        assert_eq!(spell_ordinal(0, Lang::Kk, RuCase::Nom, Gender::Masc), None);
        // Every ordinal written reads back as itself.
        let mut bad = Vec::new();
        for v in 1..=999u64 {
            for lang in [Lang::Ru, Lang::Kk] {
                for case in CASES {
                    for g in [Gender::Masc, Gender::Fem, Gender::Neut] {
                        let w = spell_ordinal(v, lang, case, g).unwrap();
                        let back = scan(&w, lang).filter(|sc| sc.ordinal).map(|sc| sc.number);
                        if back != Some(Number::int(v)) {
                            bad.push(w);
                        }
                    }
                }
            }
        }
        // `десятой`, `сотой` are read as the denominators of a fraction
        // (`одна десятая`), which they also are.
        bad.retain(|w| {
            let last = w.rsplit(' ').next().unwrap_or(w);
            !(last.starts_with("десят") || last.starts_with("сот"))
        });
        bad.dedup();
        assert!(
            bad.is_empty(),
            "{} not read back: {:?}",
            bad.len(),
            &bad[..bad.len().min(40)]
        );
    }

    #[test]
    fn long_runs_of_number_words_read_one_numeral_at_a_time() {
        let run = vec!["десять"; 4_000].join(" ");
        let sc = scan(&run, Lang::Ru).expect("a numeral");
        assert_eq!(sc.number, n("10"));
        assert_eq!(sc.end, "десять".len());
        let run = vec!["он"; 4_000].join(" ");
        let sc = scan(&run, Lang::Kk).expect("a numeral");
        assert_eq!(sc.number, n("10"));
        assert_eq!(sc.end, "он".len());
    }

    #[test]
    fn reads_russian() {
        let cases = [
            ("девятьсот девяносто тысяч", "990000"),
            ("десяти", "10"),
            ("четырех", "4"),
            ("четырёх", "4"),
            ("Семь", "7"),
            ("двух", "2"),
            ("одной", "1"),
            ("двадцатипроцентной", "20"),
            ("стопроцентной", "100"),
            ("пятидневный", "5"),
            ("десятидневного", "10"),
            ("ноль целых пять десятых", "0.5"),
            ("одна целая пять десятых", "1.5"),
            ("ноль целых одна десятая", "0.1"),
            ("двадцать пять сотых", "0.25"),
            ("пятый", "5"),
            ("двадцать первого", "21"),
            ("один миллион двести тысяч", "1200000"),
            ("тысяча", "1000"),
            ("сто двадцать пять", "125"),
            ("двухсот пятидесяти", "250"),
            ("пятьюдесятью", "50"),
        ];
        for (w, v) in cases {
            assert_eq!(parse(w, Lang::Ru), Some(n(v)), "{w}");
        }
        assert_eq!(parse("пять двадцать", Lang::Ru), None);
        assert_eq!(parse("далее", Lang::Ru), None);
        assert_eq!(parse("десять дней", Lang::Ru), None);
    }

    #[test]
    fn reads_kazakh() {
        let cases = [
            ("тоғыз жүз тоқсан мың", "990000"),
            ("он", "10"),
            ("жиырма", "20"),
            ("бір жүз", "100"),
            ("жүз", "100"),
            ("онға", "10"),
            ("бестен", "5"),
            ("жиырмасы", "20"),
            ("бесінші", "5"),
            ("оныншы", "10"),
            ("нөл бүтін оннан бес", "0.5"),
            ("бір бүтін жүзден жиырма бес", "1.25"),
            ("он бір", "11"),
            ("бір мың", "1000"),
        ];
        for (w, v) in cases {
            assert_eq!(parse(w, Lang::Kk), Some(n(v)), "{w}");
        }
        assert_eq!(parse("жүзеге", Lang::Kk), None);
    }

    #[test]
    fn writes_both() {
        let g = Gender::Masc;
        assert_eq!(
            spell(&n("990000"), Lang::Ru, RuCase::Nom, g).unwrap(),
            "девятьсот девяносто тысяч"
        );
        assert_eq!(spell(&n("10"), Lang::Ru, RuCase::Gen, g).unwrap(), "десяти");
        assert_eq!(
            spell(&n("10"), Lang::Ru, RuCase::Ins, g).unwrap(),
            "десятью"
        );
        assert_eq!(
            spell(&n("2000"), Lang::Ru, RuCase::Dat, g).unwrap(),
            "двум тысячам"
        );
        assert_eq!(
            spell(&n("1"), Lang::Ru, RuCase::Nom, Gender::Fem).unwrap(),
            "одна"
        );
        assert_eq!(
            spell(&n("0.5"), Lang::Ru, RuCase::Nom, g).unwrap(),
            "ноль целых пять десятых"
        );
        assert_eq!(
            spell(&n("0.1"), Lang::Ru, RuCase::Nom, g).unwrap(),
            "ноль целых одна десятая"
        );
        assert_eq!(
            spell(&n("990000"), Lang::Kk, RuCase::Nom, g).unwrap(),
            "тоғыз жүз тоқсан мың"
        );
        assert_eq!(
            spell(&n("0.1"), Lang::Kk, RuCase::Nom, g).unwrap(),
            "нөл бүтін оннан бір"
        );
        assert_eq!(spell(&n("100"), Lang::Kk, RuCase::Nom, g).unwrap(), "жүз");
    }
}
