//! Russian grammar the interface needs: the plural form after a number and
//! the cases of the nouns it names places with (`пункт 4.2`, `абзац в
//! строке 12`).
//!
//! The plural follows the agreement of a noun with a cardinal number as the
//! reference grammar sets it out («Русская грамматика», АН СССР, 1980, the
//! numerals): the last digit 1 takes the form of *один* (`1 день`, `21 день`,
//! `101 день`), the last digit 2–4 the form of *два* (`2 дня`, `24 дня`),
//! everything else and the teens 11–14 the genitive plural (`5 дней`,
//! `11 дней`, `112 дней`).
//!
//! The clause number is an apposition (`в пункте 4.2`): only the noun
//! changes. *Абзац* is stressed on the first syllable, so its instrumental
//! is `абзацем`, like `пальцем`.

/// A Russian case (*падеж*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuCase {
    /// Именительный (nominative): `пункт`.
    Nom,
    /// Родительный (genitive): `пункта`.
    Gen,
    /// Дательный (dative): `пункту`.
    Dat,
    /// Винительный (accusative): `пункт`.
    Acc,
    /// Творительный (instrumental): `пунктом`.
    Ins,
    /// Предложный (prepositional): `пункте`.
    Prep,
}

impl RuCase {
    /// All six cases, in the order of the grammar.
    pub const ALL: [RuCase; 6] = [
        RuCase::Nom,
        RuCase::Gen,
        RuCase::Dat,
        RuCase::Acc,
        RuCase::Ins,
        RuCase::Prep,
    ];

    /// The case named `nom`, `gen`, `dat`, `acc`, `ins` or `prep` (ASCII
    /// case and surrounding spaces ignored).
    pub fn parse(s: &str) -> Option<RuCase> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nom" => Some(RuCase::Nom),
            "gen" => Some(RuCase::Gen),
            "dat" => Some(RuCase::Dat),
            "acc" => Some(RuCase::Acc),
            "ins" => Some(RuCase::Ins),
            "prep" => Some(RuCase::Prep),
            _ => None,
        }
    }

    /// The short name [`RuCase::parse`] reads.
    pub fn name(self) -> &'static str {
        match self {
            RuCase::Nom => "nom",
            RuCase::Gen => "gen",
            RuCase::Dat => "dat",
            RuCase::Acc => "acc",
            RuCase::Ins => "ins",
            RuCase::Prep => "prep",
        }
    }
}

/// The form of a noun after the number `n`: `one` for 1, 21, 101 (*день*),
/// `few` for 2–4, 22–24 (*дня*), `many` for 0, 5–20, 25–30, 111–114
/// (*дней*).
pub fn plural<'a>(n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let teen = (11..=14).contains(&(n % 100));
    match n % 10 {
        1 if !teen => one,
        2..=4 if !teen => few,
        _ => many,
    }
}

/// A clause number without its trailing dots and spaces; `None` when
/// nothing is left.
fn clean_number(num: Option<&str>) -> Option<&str> {
    num.map(|n| n.trim().trim_end_matches('.').trim_end())
        .filter(|n| !n.is_empty())
}

/// The clause (*пункт*) with number `num` in `case`: `пункт 4.2`, `пункта
/// 4.2`, `пункту 4.2`, `пункт 4.2`, `пунктом 4.2`, `пункте 4.2`; `None` →
/// `пункт без номера`, `пункта без номера`…. A trailing dot of the number
/// is dropped.
pub fn clause(num: Option<&str>, case: RuCase) -> String {
    let noun = match case {
        RuCase::Nom | RuCase::Acc => "пункт",
        RuCase::Gen => "пункта",
        RuCase::Dat => "пункту",
        RuCase::Ins => "пунктом",
        RuCase::Prep => "пункте",
    };
    match clean_number(num) {
        Some(n) => format!("{noun} {n}"),
        None => format!("{noun} без номера"),
    }
}

/// The section (*раздел*) with number `n` in `case`: `раздел 4`,
/// `раздела 4`, `разделу 4`, `раздел 4`, `разделом 4`, `разделе 4`. The
/// space before the number does not break.
pub fn section(n: &str, case: RuCase) -> String {
    let noun = match case {
        RuCase::Nom | RuCase::Acc => "раздел",
        RuCase::Gen => "раздела",
        RuCase::Dat => "разделу",
        RuCase::Ins => "разделом",
        RuCase::Prep => "разделе",
    };
    format!("{noun}\u{a0}{n}")
}

/// Appendix (*Приложение*) number `n` in `case`, capitalised as contracts
/// write it: `Приложение № 1`, `Приложения № 1`, `Приложению № 1`,
/// `Приложение № 1`, `Приложением № 1`, `Приложении № 1`. The spaces
/// around `№` do not break.
pub fn appendix(n: u32, case: RuCase) -> String {
    let noun = match case {
        RuCase::Nom | RuCase::Acc => "Приложение",
        RuCase::Gen => "Приложения",
        RuCase::Dat => "Приложению",
        RuCase::Ins => "Приложением",
        RuCase::Prep => "Приложении",
    };
    format!("{noun}\u{a0}№\u{a0}{n}")
}

/// What the heading of an appendix says it belongs to: `к Договору
/// № 17/2026 от «1» декабря 2026 года`; without a number `к Договору от …`,
/// without either nothing.
pub fn appendix_of(number: Option<&str>, date: Option<&str>) -> Option<String> {
    match (number, date) {
        (None, None) => None,
        (Some(n), None) => Some(format!("к Договору №\u{a0}{n}")),
        (None, Some(d)) => Some(format!("к Договору от {d}")),
        (Some(n), Some(d)) => Some(format!("к Договору №\u{a0}{n} от {d}")),
    }
}

/// The paragraph (*абзац*) at a line of the document: `абзац в строке 12`,
/// `абзаца в строке 12`, `абзацу …`, `абзац …`, `абзацем …`, `абзаце …`.
pub fn paragraph_at_line(line: u32, case: RuCase) -> String {
    let noun = match case {
        RuCase::Nom | RuCase::Acc => "абзац",
        RuCase::Gen => "абзаца",
        RuCase::Dat => "абзацу",
        RuCase::Ins => "абзацем",
        RuCase::Prep => "абзаце",
    };
    format!("{noun} в строке {line}")
}

#[cfg(test)]
mod tests {
    use super::RuCase::*;
    use super::*;

    #[test]
    fn appendix_and_section_references_take_every_case() {
        let sp = |s: String| s.replace('\u{a0}', " ");
        let forms: Vec<String> = RuCase::ALL.iter().map(|&c| sp(appendix(1, c))).collect();
        assert_eq!(
            forms,
            [
                "Приложение № 1",
                "Приложения № 1",
                "Приложению № 1",
                "Приложение № 1",
                "Приложением № 1",
                "Приложении № 1"
            ]
        );
        assert_eq!(sp(section("4", Prep)), "разделе 4");
        assert_eq!(
            appendix_of(Some("17/2026"), Some("«1» декабря 2026 года")).map(sp),
            Some("к Договору № 17/2026 от «1» декабря 2026 года".to_string())
        );
        assert_eq!(appendix_of(None, None), None);
    }

    #[test]
    fn parse_names() {
        for c in RuCase::ALL {
            assert_eq!(RuCase::parse(c.name()), Some(c));
        }
        assert_eq!(RuCase::parse(" Prep "), Some(Prep));
        assert_eq!(RuCase::parse("loc"), None);
        assert_eq!(RuCase::parse(""), None);
    }

    /// The plural class of 0..=111, written out by hand: o one, f few,
    /// m many.
    const TABLE: &str = concat!(
        "mofffmmmmm", // 0–9
        "mmmmmmmmmm", // 10–19
        "mofffmmmmm", // 20–29
        "mofffmmmmm", // 30–39
        "mofffmmmmm", // 40–49
        "mofffmmmmm", // 50–59
        "mofffmmmmm", // 60–69
        "mofffmmmmm", // 70–79
        "mofffmmmmm", // 80–89
        "mofffmmmmm", // 90–99
        "mofffmmmmm", // 100–109
        "mm",         // 110–111
    );

    #[test]
    fn plural_table_0_to_111() {
        for (n, class) in TABLE.chars().enumerate() {
            let want = match class {
                'o' => "день",
                'f' => "дня",
                _ => "дней",
            };
            assert_eq!(plural(n as u64, "день", "дня", "дней"), want, "{n}");
        }
        assert_eq!(TABLE.len(), 112);
    }

    #[test]
    fn plural_beyond() {
        let p = |n| plural(n, "день", "дня", "дней");
        assert_eq!(p(111), "дней");
        assert_eq!(p(112), "дней");
        assert_eq!(p(113), "дней");
        assert_eq!(p(114), "дней");
        assert_eq!(p(121), "день");
        assert_eq!(p(122), "дня");
        assert_eq!(p(1001), "день");
        assert_eq!(p(1011), "дней");
        assert_eq!(p(u64::MAX), "дней"); // …615
    }

    #[test]
    fn clauses() {
        let want = [
            "пункт 4.2",
            "пункта 4.2",
            "пункту 4.2",
            "пункт 4.2",
            "пунктом 4.2",
            "пункте 4.2",
        ];
        for (c, w) in RuCase::ALL.into_iter().zip(want) {
            assert_eq!(clause(Some("4.2"), c), w);
        }
        let want = [
            "пункт без номера",
            "пункта без номера",
            "пункту без номера",
            "пункт без номера",
            "пунктом без номера",
            "пункте без номера",
        ];
        for (c, w) in RuCase::ALL.into_iter().zip(want) {
            assert_eq!(clause(None, c), w);
        }
        assert_eq!(clause(Some("2.3."), Prep), "пункте 2.3");
        assert_eq!(clause(Some(" "), Gen), "пункта без номера");
    }

    #[test]
    fn paragraphs() {
        let want = [
            "абзац в строке 12",
            "абзаца в строке 12",
            "абзацу в строке 12",
            "абзац в строке 12",
            "абзацем в строке 12",
            "абзаце в строке 12",
        ];
        for (c, w) in RuCase::ALL.into_iter().zip(want) {
            assert_eq!(paragraph_at_line(12, c), w);
        }
    }
}
