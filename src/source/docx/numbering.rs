//! Word's automatic numbering, resolved as Word displays it.
//!
//! `numbering.xml` holds abstract list definitions (`w:abstractNum`: nine
//! levels, each with a start value, a number format and a level text such
//! as `%1.%2.`) and list instances (`w:num`) that point at one of them,
//! possibly overriding a level's start (`w:lvlOverride/w:startOverride`)
//! or the whole level. A paragraph joins a list by `w:numPr` (an instance
//! id and a level), directly or through its style and the styles it is
//! based on.
//!
//! What Word does, and [`Resolver`] with it:
//! - the counters belong to the abstract definition: instances sharing one
//!   continue each other's numbers;
//! - a start override applies at the first use of its instance, at the
//!   level used and the deeper ones: those counters restart there;
//! - using a level restarts the deeper ones (unless `w:lvlRestart` says
//!   otherwise: `0` never, `n` only after a level shallower than `n`);
//! - a level never used yet shows one less than its start (`0` for a start
//!   of 1, as in Word's `1.0.1`);
//! - `numId` 0 switches numbering off;
//! - `w:isLgl` shows every level of the label in decimal digits;
//! - bullets are no numbers: they are labelled [`Label::Bullet`].
//!
//! Everything is bounded: at most 9 levels, a level text of at most a few
//! hundred characters, counters that saturate; nothing here panics.

use roxmltree::Node;
use std::collections::HashMap;

/// The number of list levels Word has.
pub const LEVELS: usize = 9;

/// How a level's counter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `1, 2, 3`.
    Decimal,
    /// `01, 02, … 10`.
    DecimalZero,
    /// `a, b, … z, aa, bb`.
    LowerLetter,
    /// `A, B, … Z, AA`.
    UpperLetter,
    /// `i, ii, iii`.
    LowerRoman,
    /// `I, II, III`.
    UpperRoman,
    /// `а, б, в` (Word's Russian letters).
    RussianLower,
    /// `А, Б, В`.
    RussianUpper,
    /// `(1)`.
    DecimalParen,
    /// The level text is a bullet glyph, not a number.
    Bullet,
    /// Nothing is shown for the counter.
    None,
}

impl Format {
    fn parse(val: &str, format: Option<&str>) -> Format {
        match val {
            "decimal" | "ordinal" | "cardinalText" | "ordinalText" | "decimalHalfWidth"
            | "decimalFullWidth" | "decimalFullWidth2" | "hex" => Format::Decimal,
            "decimalZero" => Format::DecimalZero,
            "lowerLetter" => Format::LowerLetter,
            "upperLetter" => Format::UpperLetter,
            "lowerRoman" => Format::LowerRoman,
            "upperRoman" => Format::UpperRoman,
            "russianLower" => Format::RussianLower,
            "russianUpper" => Format::RussianUpper,
            "decimalEnclosedParen" => Format::DecimalParen,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // `w:numFmt w:val="custom" w:format="01, 02, 03, ..."`.
            "custom" if format.is_some_and(|f| f.starts_with("01")) => Format::DecimalZero,
            _ => Format::Decimal,
        }
    }

    /// The counter `n` in this format.
    pub fn write(self, n: i64) -> String {
        match self {
            Format::Decimal => n.to_string(),
            Format::DecimalZero if (0..10).contains(&n) => format!("0{n}"),
            Format::DecimalZero => n.to_string(),
            Format::DecimalParen => format!("({n})"),
            Format::LowerLetter => letters(n, "abcdefghijklmnopqrstuvwxyz"),
            Format::UpperLetter => letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            Format::RussianLower => letters(n, "абвгдежзиклмнопрстуфхцчшщэюя"),
            Format::RussianUpper => letters(n, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
            Format::LowerRoman => roman(n).to_lowercase(),
            Format::UpperRoman => roman(n),
            Format::Bullet | Format::None => String::new(),
        }
    }
}

/// Word's letters: `a … z`, then `aa … zz`, `aaa …` (the letter repeated).
fn letters(n: i64, alphabet: &str) -> String {
    let chars: Vec<char> = alphabet.chars().collect();
    if n <= 0 || chars.is_empty() {
        return n.to_string();
    }
    let k = chars.len() as i64;
    let letter = chars[((n - 1) % k) as usize];
    // Word repeats the letter; beyond a few repeats the label is absurd.
    let times = ((n - 1) / k + 1).min(8) as usize;
    std::iter::repeat_n(letter, times).collect()
}

/// Roman numerals; outside 1..=3999, decimal digits (as Word does).
fn roman(n: i64) -> String {
    if !(1..=3999).contains(&n) {
        return n.to_string();
    }
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// One level of a list definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    /// The first number.
    pub start: i64,
    /// How its counter is written.
    pub format: Format,
    /// The label: literal text and `%1`…`%9` (the counters of the levels).
    pub text: String,
    /// Legal numbering: every counter of the label in decimal digits.
    pub legal: bool,
    /// Restart after a level shallower than this (`w:lvlRestart`, 1-based;
    /// `Some(0)`: never); `None`: after any shallower level.
    pub restart: Option<u8>,
    /// The paragraph style linked to this level.
    pub style: Option<String>,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            start: 0,
            format: Format::Decimal,
            text: String::new(),
            legal: false,
            restart: None,
            style: None,
        }
    }
}

/// An abstract list definition.
#[derive(Debug, Clone, Default)]
pub struct Abstract {
    /// Its levels (a missing level shows nothing).
    pub levels: [Option<Level>; LEVELS],
    /// The numbering style it takes its levels from (`w:numStyleLink`).
    pub style_link: Option<String>,
}

/// A list instance: an abstract definition and its overrides.
#[derive(Debug, Clone, Default)]
pub struct Instance {
    /// The abstract definition.
    pub abstract_id: i64,
    /// Start overrides, by level.
    pub start_override: [Option<i64>; LEVELS],
    /// Levels redefined by the instance.
    pub level_override: [Option<Level>; LEVELS],
}

/// The definitions of `numbering.xml`.
#[derive(Debug, Clone, Default)]
pub struct Definitions {
    /// Abstract definitions by id.
    pub abstracts: HashMap<i64, Abstract>,
    /// Instances by id.
    pub instances: HashMap<i64, Instance>,
    /// Numbering styles: style id → the instance its `w:numPr` names.
    pub style_nums: HashMap<String, i64>,
}

/// The WordprocessingML namespace.
pub(super) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The same in Strict Open XML.
pub(super) const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/// True when `n` is in the WordprocessingML namespace.
pub(super) fn in_w(n: Node<'_, '_>) -> bool {
    matches!(n.tag_name().namespace(), Some(W | W_STRICT))
}

/// The `w:val` (or another `w:` attribute) of a node.
pub(super) fn attr<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attribute((W, name))
        .or_else(|| n.attribute((W_STRICT, name)))
        .or_else(|| n.attribute(name))
}

/// The first child element named `w:name`.
pub(super) fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(*c, name))
}

/// True when `n` is the element `w:name`.
pub(super) fn is(n: Node<'_, '_>, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name && in_w(n)
}

/// The integer `w:val` of the child `w:name`.
pub(super) fn val_int(n: Node<'_, '_>, name: &str) -> Option<i64> {
    child(n, name)
        .and_then(|c| attr(c, "val"))
        .and_then(|v| v.trim().parse::<i64>().ok())
}

/// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`) set on `n`.
pub(super) fn on(n: Node<'_, '_>, name: &str) -> bool {
    child(n, name).is_some_and(|c| !matches!(attr(c, "val"), Some("0" | "false" | "off")))
}

/// The longest level text kept: Word allows far less.
const MAX_LEVEL_TEXT: usize = 256;

fn level(n: Node<'_, '_>) -> Level {
    let fmt = child(n, "numFmt");
    let format = fmt.map_or(Format::Decimal, |f| {
        Format::parse(attr(f, "val").unwrap_or("decimal"), attr(f, "format"))
    });
    let text: String = child(n, "lvlText")
        .and_then(|t| attr(t, "val"))
        .unwrap_or_default()
        .chars()
        .take(MAX_LEVEL_TEXT)
        .collect();
    Level {
        start: val_int(n, "start").unwrap_or(0).clamp(-1, 1 << 30),
        format,
        text,
        legal: on(n, "isLgl"),
        restart: val_int(n, "lvlRestart").map(|v| v.clamp(0, LEVELS as i64) as u8),
        style: child(n, "pStyle")
            .and_then(|s| attr(s, "val"))
            .map(str::to_string),
    }
}

fn ilvl(n: Node<'_, '_>) -> Option<usize> {
    attr(n, "ilvl")
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|l| *l < LEVELS)
}

impl Definitions {
    /// Read `numbering.xml` (its root element).
    pub fn parse(root: Node<'_, '_>) -> Definitions {
        let mut d = Definitions::default();
        for n in root.children().filter(|c| c.is_element()) {
            if is(n, "abstractNum") {
                let Some(id) = attr(n, "abstractNumId").and_then(|v| v.trim().parse().ok()) else {
                    continue;
                };
                let mut a = Abstract {
                    style_link: child(n, "numStyleLink")
                        .and_then(|s| attr(s, "val"))
                        .map(str::to_string),
                    ..Abstract::default()
                };
                for l in n.children().filter(|c| is(*c, "lvl")) {
                    if let Some(i) = ilvl(l) {
                        a.levels[i] = Some(level(l));
                    }
                }
                d.abstracts.entry(id).or_insert(a);
            } else if is(n, "num") {
                let Some(id) = attr(n, "numId").and_then(|v| v.trim().parse().ok()) else {
                    continue;
                };
                let Some(abstract_id) = val_int(n, "abstractNumId") else {
                    continue;
                };
                let mut inst = Instance {
                    abstract_id,
                    ..Instance::default()
                };
                for o in n.children().filter(|c| is(*c, "lvlOverride")) {
                    let Some(i) = ilvl(o) else { continue };
                    inst.start_override[i] =
                        val_int(o, "startOverride").map(|v| v.clamp(-1, 1 << 30));
                    if let Some(l) = child(o, "lvl") {
                        inst.level_override[i] = Some(level(l));
                    }
                }
                d.instances.entry(id).or_insert(inst);
            }
        }
        d
    }

    /// The abstract definition an instance counts in: its own, or, when
    /// that only links a numbering style, the one the style names.
    fn abstract_of(&self, num: i64) -> Option<i64> {
        let mut id = self.instances.get(&num)?.abstract_id;
        for _ in 0..4 {
            let a = self.abstracts.get(&id)?;
            let Some(link) = &a.style_link else {
                return Some(id);
            };
            if a.levels.iter().any(Option::is_some) {
                return Some(id);
            }
            let next = self
                .style_nums
                .get(link)
                .and_then(|n| self.instances.get(n))
                .map(|i| i.abstract_id)?;
            if next == id {
                return Some(id);
            }
            id = next;
        }
        Some(id)
    }

    /// The definition of level `l` as instance `num` shows it.
    fn level(&self, num: i64, abs: i64, l: usize) -> Option<&Level> {
        let inst = self.instances.get(&num)?;
        if let Some(o) = inst.level_override.get(l).and_then(Option::as_ref) {
            return Some(o);
        }
        self.abstracts.get(&abs)?.levels.get(l)?.as_ref()
    }

    /// The instance and level whose definition links paragraph style
    /// `style` (`w:lvl/w:pStyle`), for a style that does not name its list.
    pub fn linked_to_style(&self, style: &str) -> Option<(i64, usize)> {
        let mut best: Option<(i64, usize)> = None;
        for (id, a) in &self.abstracts {
            let Some(l) = a
                .levels
                .iter()
                .position(|l| l.as_ref().and_then(|l| l.style.as_deref()) == Some(style))
            else {
                continue;
            };
            // The instance with the lowest id that uses this definition.
            if let Some(num) = self
                .instances
                .iter()
                .filter(|(_, i)| i.abstract_id == *id)
                .map(|(n, _)| *n)
                .min()
            {
                if best.is_none_or(|(b, _)| num < b) {
                    best = Some((num, l));
                }
            }
        }
        best
    }
}

/// The label Word shows before a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// A number such as `4.2.` or `а)`: as shown, and the full number of
    /// a nested item whose label shows only its own level.
    Number {
        /// The label Word shows.
        shown: String,
        /// `9.2.` for an item shown `2.` under `9.`.
        path: Option<String>,
    },
    /// A bullet; its glyph as Unicode (a Symbol-font code mapped).
    Bullet(String),
}

/// The counters of every list, updated paragraph by paragraph in reading
/// order.
#[derive(Debug, Default)]
pub struct Resolver {
    defs: Definitions,
    /// Counters by abstract definition and lane: the last number shown at
    /// each level, `None` when the level (re)starts.
    counters: HashMap<(i64, u8), [Option<i64>; LEVELS]>,
    /// Instances used so far in each lane (their start overrides are
    /// spent).
    used: std::collections::HashSet<(i64, u8)>,
}

impl Resolver {
    /// A resolver over these definitions.
    pub fn new(defs: Definitions) -> Resolver {
        Resolver {
            defs,
            ..Resolver::default()
        }
    }

    /// A resolver over the same definitions with every counter at its
    /// start.
    pub fn restarted(self) -> Resolver {
        Resolver::new(self.defs)
    }

    /// The definitions.
    pub fn definitions(&self) -> &Definitions {
        &self.defs
    }

    /// The label of the next paragraph in list instance `num` at level
    /// `ilvl`; `None` when numbering is off (`num` 0, an unknown instance,
    /// an undefined level) or the label is empty. Counts the paragraph.
    pub fn next(&mut self, num: i64, ilvl: usize) -> Option<Label> {
        self.next_in(num, ilvl, 0)
    }

    /// The abstract definition of list instance `num`.
    pub fn abstract_of(&self, num: i64) -> Option<i64> {
        self.defs.abstract_of(num)
    }

    /// As [`Resolver::next`], counting in `lane`: lanes keep counters of
    /// their own, as if each had its own copy of every list (to number a
    /// table's language columns each on its own when Word numbers them
    /// with one list in turn).
    pub fn next_in(&mut self, num: i64, ilvl: usize, lane: u8) -> Option<Label> {
        if num <= 0 || ilvl >= LEVELS {
            return None;
        }
        let abs = self.defs.abstract_of(num)?;
        let lvl = self.defs.level(num, abs, ilvl)?.clone();
        let first_use = self.used.insert((num, lane));
        let inst = self.defs.instances.get(&num)?.clone();
        let counters = self.counters.entry((abs, lane)).or_insert([None; LEVELS]);
        if first_use {
            for (l, c) in counters.iter_mut().enumerate().skip(ilvl) {
                if inst.start_override[l].is_some() {
                    *c = None;
                }
            }
        }
        if lvl.format == Format::Bullet {
            // A bullet counts nothing but still ends deeper levels.
            restart_deeper(&self.defs, num, abs, counters, ilvl);
            return Some(Label::Bullet(bullet_glyph(&lvl.text)));
        }
        let start = |l: usize, defs: &Definitions| -> i64 {
            inst.start_override[l]
                .or_else(|| defs.level(num, abs, l).map(|d| d.start))
                .unwrap_or(0)
        };
        let value = match counters[ilvl] {
            Some(v) => v.saturating_add(1),
            None => start(ilvl, &self.defs),
        };
        counters[ilvl] = Some(value);
        restart_deeper(&self.defs, num, abs, counters, ilvl);
        // The label: `%k` is the counter of level k − 1.
        let mut out = String::new();
        let mut chars = lvl.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let k = d as usize;
                    if (1..=LEVELS).contains(&k) {
                        let l = k - 1;
                        let v = counters[l].unwrap_or_else(|| (start(l, &self.defs) - 1).max(0));
                        let fmt = if lvl.legal {
                            Format::Decimal
                        } else {
                            self.defs
                                .level(num, abs, l)
                                .map_or(Format::Decimal, |d| d.format)
                        };
                        let fmt = if fmt == Format::Bullet {
                            Format::Decimal
                        } else {
                            fmt
                        };
                        out.push_str(&fmt.write(v));
                    }
                    continue;
                }
            }
            out.push(c);
        }
        let out = out.trim().to_string();
        if out.is_empty() {
            return None;
        }
        let path = self.path(num, (abs, lane), ilvl, &lvl);
        Some(Label::Number { shown: out, path })
    }

    /// The full number of a nested list item whose label shows only its
    /// own level (`2.` under `9.`, as pandoc and many editors write nested
    /// lists): `9.2.`, when every shallower level of its list is a plain
    /// number (`%k.`) in use.
    fn path(&self, num: i64, key: (i64, u8), ilvl: usize, lvl: &Level) -> Option<String> {
        let abs = key.0;
        let own = |l: usize, d: &Level| {
            d.text.trim() == format!("%{}.", l + 1)
                && matches!(d.format, Format::Decimal | Format::DecimalZero)
        };
        if ilvl == 0 || !own(ilvl, lvl) {
            return None;
        }
        let counters = self.counters.get(&key)?;
        let mut parts = Vec::with_capacity(ilvl + 1);
        for (l, c) in counters.iter().enumerate().take(ilvl + 1) {
            let d = self.defs.level(num, abs, l)?;
            if l < ilvl && !own(l, d) {
                return None;
            }
            parts.push((*c)?.to_string());
        }
        Some(format!("{}.", parts.join(".")))
    }
}

/// Restart the levels deeper than `ilvl` that restart after it.
fn restart_deeper(
    defs: &Definitions,
    num: i64,
    abs: i64,
    counters: &mut [Option<i64>; LEVELS],
    ilvl: usize,
) {
    for (l, c) in counters.iter_mut().enumerate().skip(ilvl + 1) {
        let restart = defs.level(num, abs, l).and_then(|d| d.restart);
        let restarts = match restart {
            None => true,
            Some(0) => false,
            // 1-based: restart after a level shallower than `r`.
            Some(r) => ilvl < r as usize,
        };
        if restarts {
            *c = None;
        }
    }
}

/// A bullet's glyph in Unicode: Symbol and Wingdings fonts put theirs in
/// the private use area (U+F0xx); those are mapped to the dash or bullet
/// they draw.
pub fn bullet_glyph(text: &str) -> String {
    let t = text.trim();
    let mut out = String::new();
    for c in t.chars() {
        let mapped = match c as u32 {
            0xF02D | 0xF096 | 0xF097 => '–',
            0xF000..=0xF0FF => '•',
            0xE000..=0xF8FF => '•',
            _ => c,
        };
        out.push(mapped);
    }
    match out.as_str() {
        "" | "o" | "§" | "Ø" | "ü" => "•".to_string(),
        "-" | "−" | "—" => "–".to_string(),
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defs(xml: &str) -> Definitions {
        let full = format!(
            r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{xml}</w:numbering>"#
        );
        let doc = roxmltree::Document::parse(&full).unwrap();
        Definitions::parse(doc.root_element())
    }

    /// A multilevel definition: level 0 `%1.`, level 1 `%1.%2.`, level 2
    /// `%1.%2.%3.`, level 3 in `fmt3` as `%4)`.
    fn multilevel(id: u32, fmt3: &str) -> String {
        format!(
            r#"<w:abstractNum w:abstractNumId="{id}">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl>
              <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="{fmt3}"/><w:lvlText w:val="%4)"/></w:lvl>
            </w:abstractNum>"#
        )
    }

    fn labels(r: &mut Resolver, seq: &[(i64, usize)]) -> Vec<String> {
        seq.iter()
            .map(|&(n, l)| match r.next(n, l) {
                Some(Label::Number { shown: s, .. }) | Some(Label::Bullet(s)) => s,
                None => "-".to_string(),
            })
            .collect()
    }

    #[test]
    fn levels_count_and_restart() {
        let d = defs(&format!(
            "{}<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>",
            multilevel(1, "lowerLetter")
        ));
        let mut r = Resolver::new(d);
        let got = labels(
            &mut r,
            &[
                (1, 0),
                (1, 1),
                (1, 1),
                (1, 2),
                (1, 3),
                (1, 3),
                (1, 1),
                (1, 0),
                (1, 1),
            ],
        );
        assert_eq!(
            got,
            ["1.", "1.1.", "1.2.", "1.2.1.", "a)", "b)", "1.3.", "2.", "2.1."]
        );
    }

    #[test]
    fn instances_sharing_a_definition_continue_each_other() {
        let d = defs(&format!(
            "{}<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>\
             <w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/></w:num>",
            multilevel(7, "decimal")
        ));
        let mut r = Resolver::new(d);
        // Two columns of a table on one list: Word numbers them in turn.
        let got = labels(&mut r, &[(1, 0), (2, 0), (1, 1), (2, 1), (1, 1)]);
        assert_eq!(got, ["1.", "2.", "2.1.", "2.2.", "2.3."]);
    }

    #[test]
    fn lanes_count_one_list_as_if_each_had_its_own() {
        let mut r = Resolver::new(defs(&format!(
            "{}<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>",
            multilevel(1, "decimal")
        )));
        let mut seq = Vec::new();
        for (ilvl, lane) in [
            (0, 0),
            (0, 1),
            (1, 0),
            (1, 1),
            (1, 0),
            (1, 1),
            (0, 0),
            (0, 1),
        ] {
            seq.push(match r.next_in(1, ilvl, lane) {
                Some(Label::Number { shown, .. }) => shown,
                other => format!("{other:?}"),
            });
        }
        assert_eq!(
            seq,
            ["1.", "1.", "1.1.", "1.1.", "1.2.", "1.2.", "2.", "2."]
        );
        // One lane is one list shared in turn, as Word shows it.
        let mut r = Resolver::new(defs(&format!(
            "{}<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>",
            multilevel(1, "decimal")
        )));
        assert_eq!(
            labels(&mut r, &[(1, 0), (1, 0), (1, 1), (1, 1)]),
            ["1.", "2.", "2.1.", "2.2."]
        );
    }

    #[test]
    fn start_overrides_apply_at_first_use_at_that_level_and_deeper() {
        // pandoc: one definition, a new instance per nested list, every
        // level overridden to start at 1; the label shows its own level.
        let d = defs(
            r#"<w:abstractNum w:abstractNumId="5">
                 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
               </w:abstractNum>
               <w:num w:numId="10"><w:abstractNumId w:val="5"/>
                 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>
                 <w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
               <w:num w:numId="11"><w:abstractNumId w:val="5"/>
                 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>
                 <w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
               <w:num w:numId="12"><w:abstractNumId w:val="5"/>
                 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>
                 <w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num>"#,
        );
        let mut r = Resolver::new(d);
        let got = labels(
            &mut r,
            &[
                (10, 0),
                (11, 1),
                (11, 1),
                (10, 0),
                (12, 1),
                (12, 1),
                (10, 0),
            ],
        );
        // The outer list goes on (its level 0 is not overridden again by
        // the inner instances, first used at level 1).
        assert_eq!(got, ["1.", "1.", "2.", "2.", "4.", "5.", "3."]);
    }

    #[test]
    fn nested_items_showing_only_their_own_number_get_their_full_number() {
        let d = defs(
            r#"<w:abstractNum w:abstractNumId="5">
                 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
                 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
               </w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>"#,
        );
        let mut r = Resolver::new(d);
        let path = |l: Option<Label>| match l {
            Some(Label::Number { path, .. }) => path,
            _ => None,
        };
        assert_eq!(path(r.next(1, 0)), None);
        assert_eq!(path(r.next(1, 0)), None);
        assert_eq!(path(r.next(1, 1)), Some("2.1.".into()));
        assert_eq!(path(r.next(1, 2)), None);
    }

    #[test]
    fn num_id_zero_and_unknown_lists_switch_numbering_off() {
        let d = defs(&format!(
            "{}<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>",
            multilevel(1, "decimal")
        ));
        let mut r = Resolver::new(d);
        let got = labels(&mut r, &[(1, 0), (0, 0), (99, 0), (1, 0), (1, 7)]);
        assert_eq!(got, ["1.", "-", "-", "2.", "-"]);
    }

    #[test]
    fn formats() {
        assert_eq!(Format::LowerLetter.write(1), "a");
        assert_eq!(Format::LowerLetter.write(27), "aa");
        assert_eq!(Format::UpperLetter.write(28), "BB");
        assert_eq!(Format::LowerRoman.write(4), "iv");
        assert_eq!(Format::UpperRoman.write(1994), "MCMXCIV");
        assert_eq!(Format::UpperRoman.write(0), "0");
        assert_eq!(Format::DecimalZero.write(7), "07");
        assert_eq!(Format::RussianLower.write(10), "к");
        assert_eq!(Format::LowerLetter.write(-3), "-3");
    }

    #[test]
    fn roman_and_letters_in_labels_legal_numbering_in_digits() {
        let d = defs(
            r#"<w:abstractNum w:abstractNumId="1">
                 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Раздел %1."/></w:lvl>
                 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl>
                 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl>
               </w:abstractNum>
               <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>"#,
        );
        let mut r = Resolver::new(d);
        let got = labels(&mut r, &[(3, 0), (3, 0), (3, 1), (3, 1), (3, 2)]);
        assert_eq!(got, ["Раздел I.", "Раздел II.", "II.a)", "II.b)", "2.2.1."]);
    }

    #[test]
    fn a_level_not_used_yet_shows_zero_and_lvl_restart_is_obeyed() {
        let d = defs(
            r#"<w:abstractNum w:abstractNumId="1">
                 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:lvlText w:val="%1."/></w:lvl>
                 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlText w:val="%1.%2."/></w:lvl>
                 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:lvlText w:val="(%3)"/></w:lvl>
               </w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#,
        );
        let mut r = Resolver::new(d);
        let got = labels(&mut r, &[(1, 1), (1, 2), (1, 0), (1, 2), (1, 1)]);
        assert_eq!(got, ["0.1.", "(1)", "1.", "(2)", "1.1."]);
    }

    #[test]
    fn bullets_are_not_numbers_and_symbol_glyphs_are_mapped() {
        let d = defs(
            "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>\
             <w:lvlText w:val=\"\u{f02d}\"/></w:lvl></w:abstractNum>\
             <w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>",
        );
        let mut r = Resolver::new(d);
        assert_eq!(r.next(4, 0), Some(Label::Bullet("–".into())));
        assert_eq!(bullet_glyph("\u{f0b7}"), "•");
    }

    #[test]
    fn a_level_override_redefines_the_level() {
        let d = defs(&format!(
            "{}<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/>\
             <w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/>\
             <w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:lvlOverride></w:num>",
            multilevel(1, "decimal")
        ));
        let mut r = Resolver::new(d);
        assert_eq!(labels(&mut r, &[(2, 0), (2, 0)]), ["C)", "D)"]);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        const FORMATS: [&str; 8] = [
            "decimal",
            "lowerLetter",
            "upperRoman",
            "bullet",
            "none",
            "russianLower",
            "decimalZero",
            "weird",
        ];

        /// A level of arbitrary start, format, text and restart.
        fn level_xml() -> impl Strategy<Value = String> {
            (
                prop_oneof![Just(i64::MIN), Just(i64::MAX), -3i64..5],
                0..FORMATS.len(),
                "[%0-9.a)\\u{f02d} ]{0,12}",
                proptest::option::of(0u8..12),
                any::<bool>(),
            )
                .prop_map(|(start, fmt, text, restart, legal)| {
                    let text = text.replace(['"', '<', '&'], "");
                    format!(
                        r#"<w:start w:val="{start}"/><w:numFmt w:val="{}"/><w:lvlText w:val="{text}"/>{}{}"#,
                        FORMATS[fmt],
                        restart.map_or(String::new(), |r| format!(r#"<w:lvlRestart w:val="{r}"/>"#)),
                        if legal { "<w:isLgl/>" } else { "" },
                    )
                })
        }

        fn definitions_xml() -> impl Strategy<Value = String> {
            (
                proptest::collection::vec((0usize..12, level_xml()), 0..20),
                proptest::collection::vec((0i64..6, 0i64..5, proptest::option::of((0usize..12, -2i64..4))), 0..8),
            )
                .prop_map(|(levels, nums)| {
                    let mut s = String::new();
                    for a in 0..4 {
                        s.push_str(&format!(r#"<w:abstractNum w:abstractNumId="{a}">"#));
                        for (l, x) in levels.iter().filter(|(l, _)| l % 4 == a) {
                            s.push_str(&format!(r#"<w:lvl w:ilvl="{l}">{x}</w:lvl>"#));
                        }
                        if a == 3 {
                            s.push_str(r#"<w:numStyleLink w:val="S"/>"#);
                        }
                        s.push_str("</w:abstractNum>");
                    }
                    for (n, a, o) in nums {
                        s.push_str(&format!(r#"<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>"#));
                        if let Some((l, v)) = o {
                            s.push_str(&format!(
                                r#"<w:lvlOverride w:ilvl="{l}"><w:startOverride w:val="{v}"/></w:lvlOverride>"#
                            ));
                        }
                        s.push_str("</w:num>");
                    }
                    s
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            /// Any definitions and any sequence of lists and levels: labels
            /// or none, never a panic.
            #[test]
            fn the_resolver_never_panics(
                xml in definitions_xml(),
                seq in proptest::collection::vec((-2i64..8, 0usize..12), 0..120),
            ) {
                let mut d = defs(&xml);
                d.style_nums.insert("S".into(), 3);
                let mut r = Resolver::new(d);
                for (n, l) in seq {
                    if let Some(Label::Number { shown, .. }) = r.next(n, l) {
                        prop_assert!(!shown.is_empty());
                    }
                }
            }
        }
    }
}
