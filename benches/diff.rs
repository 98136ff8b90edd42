//! Diff two bilingual versions of a contract of 2,000 clauses per language.
//!
//! The new version inserts a clause in every section (so every clause after
//! it is renumbered and references to them are updated), changes a figure
//! in one clause of twenty, deletes a few clauses and moves a few.
//! Run with `cargo bench --bench diff`.

use qostil::diff::{align, diff, diff_docs, items};
use qostil::model::{Bilingual, Block, Clause, ClauseNumber, Document, Heading, RichText};
use qostil::Lang;
use std::collections::HashMap;
use std::time::Instant;

const SECTIONS: u32 = 100;
const PER_SECTION: u32 = 20;

const RU: &[&str] = &[
    "Исполнитель",
    "Заказчик",
    "обязуется",
    "оказать",
    "услуги",
    "в",
    "течение",
    "календарных",
    "дней",
    "оплатить",
    "стоимость",
    "договора",
    "сторона",
    "уведомить",
    "письменно",
    "счёт",
    "возврат",
    "денежных",
    "средств",
    "пеня",
    "за",
    "каждый",
    "день",
    "просрочки",
    "акт",
    "приёмки",
    "передачи",
    "информация",
    "конфиденциальной",
    "третьим",
    "лицам",
];
const KK: &[&str] = &[
    "Орындаушы",
    "Тапсырыс",
    "беруші",
    "міндеттенеді",
    "қызметтерді",
    "көрсетуге",
    "ішінде",
    "күнтізбелік",
    "күн",
    "төлеуге",
    "құны",
    "шарттың",
    "тарап",
    "хабарлауға",
    "жазбаша",
    "шот",
    "қайтару",
    "ақша",
    "қаражатын",
    "өсімпұл",
    "әр",
    "күнге",
    "кешіктіру",
    "акт",
    "қабылдау",
    "беру",
    "ақпарат",
    "құпия",
    "үшінші",
    "тұлғаларға",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// A word of rank `r`: the common words first, then made-up words built
/// from syllables, as many as a contract's vocabulary.
fn word(words: &[&str], r: usize) -> String {
    if r < words.len() {
        return words[r].to_string();
    }
    const SYL: &[&str] = &[
        "ка", "ро", "ми", "ст", "ен", "ва", "ло", "пр", "ду", "ти", "не", "ор", "ал", "ді", "ғы",
        "қа", "ле", "ус", "на", "ри",
    ];
    let mut r = r;
    let mut w = String::new();
    for _ in 0..3 {
        w.push_str(SYL[r % SYL.len()]);
        r /= SYL.len();
    }
    w
}

/// The text of clause `id` (the same in every version), with a figure and
/// a reference to another clause. Word ranks follow a skewed distribution:
/// a few words are in every clause, most are rare.
fn sentence(words: &[&str], id: u32, figure: u32, reference: &str) -> String {
    let mut rng = Rng(u64::from(id) * 7919 + 17);
    let n = 12 + (rng.next() % 24) as usize;
    let mut s: Vec<String> = (0..n)
        .map(|_| {
            let u = (rng.next() % 10_000) as f64 / 10_000.0;
            word(words, (4000.0 * u * u * u) as usize)
        })
        .collect();
    s.insert(n / 2, format!("{figure} {}", words[8]));
    s.push(format!("(п. {reference})."));
    s.join(" ")
}

/// One version: `(clause id, figure variant)` per clause, per section.
fn build(lang: Lang, sections: &[Vec<(u32, u32)>]) -> Document {
    let words = if lang == Lang::Kk { KK } else { RU };
    let mut d = Document::new(lang, format!("{}.md", lang.code()));
    let mut number_of = HashMap::new();
    for (s, clauses) in sections.iter().enumerate() {
        for (k, (id, _)) in clauses.iter().enumerate() {
            number_of.insert(*id, format!("{}.{}", s + 1, k + 1));
        }
    }
    let mut line = 1;
    for (s, clauses) in sections.iter().enumerate() {
        d.blocks.push(Block::Heading(Heading {
            number: ClauseNumber::parse(&(s + 1).to_string()),
            id: None,
            level: 2,
            text: RichText::plain(format!("{} {}", words[s % words.len()], s)),
            line,
            appendix: None,
        }));
        line += 2;
        for (k, (id, variant)) in clauses.iter().enumerate() {
            let target = number_of
                .get(&(id / 2).max(1))
                .cloned()
                .unwrap_or_else(|| "1.1".into());
            d.blocks.push(Block::Clause(Clause {
                number: ClauseNumber::parse(&format!("{}.{}", s + 1, k + 1)),
                id: None,
                text: RichText::plain(sentence(words, *id, 10 + variant, &target)),
                line,
                children: Vec::new(),
            }));
            line += 2;
        }
    }
    d
}

type Version = Vec<Vec<(u32, u32)>>;

fn versions() -> (Version, Version) {
    let mut old = Vec::new();
    let mut id = 0;
    for _ in 0..SECTIONS {
        let mut sec = Vec::new();
        for _ in 0..PER_SECTION {
            id += 1;
            sec.push((id, 0));
        }
        old.push(sec);
    }
    let mut new = old.clone();
    let mut moved = Vec::new();
    for (s, sec) in new.iter_mut().enumerate() {
        id += 1;
        sec.insert(3, (id, 0));
        for c in sec.iter_mut().skip(7).step_by(20) {
            c.1 = 4;
        }
        if s % 10 == 5 {
            sec.remove(10);
        }
        if s % 25 == 7 {
            moved.push(sec.remove(12));
        }
    }
    if let Some(last) = new.last_mut() {
        last.extend(moved);
    }
    (old, new)
}

fn main() {
    let (o, n) = versions();
    let old = Bilingual {
        kk: build(Lang::Kk, &o),
        ru: build(Lang::Ru, &o),
    };
    let new = Bilingual {
        kk: build(Lang::Kk, &n),
        ru: build(Lang::Ru, &n),
    };
    let report = diff(&old, &new);
    let time = |f: &dyn Fn()| {
        let mut t: Vec<std::time::Duration> = (0..15)
            .map(|_| {
                let s = Instant::now();
                f();
                s.elapsed()
            })
            .collect();
        t.sort();
        t
    };
    let times = time(&|| {
        std::hint::black_box(diff(&old, &new));
    });
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let parts = [
        (
            "items (4 texts)",
            time(&|| {
                for d in [&old.kk, &old.ru, &new.kk, &new.ru] {
                    std::hint::black_box(items::items(d));
                }
            }),
        ),
        (
            "one language",
            time(&|| {
                std::hint::black_box(diff_docs(&old.ru, &new.ru));
            }),
        ),
    ];
    let (oi, ni) = (items::items(&old.ru), items::items(&new.ru));
    let align_t = time(&|| {
        std::hint::black_box(align::align(&oi, &ni));
    });
    for (name, t) in parts
        .iter()
        .chain(std::iter::once(&("align (one language)", align_t)))
    {
        println!("  {name}: median {:.1} ms", ms(t[t.len() / 2]));
    }
    let kinds = |k: &str| report.changes().filter(|c| c.kind.code() == k).count();
    println!(
        "diff: {} clauses and {} headings per language (old); {} changes \
         ({} modified, {} inserted, {} deleted, {} moved, {} renumbered); {} findings",
        SECTIONS * PER_SECTION,
        SECTIONS,
        report.changes().count(),
        kinds("modified"),
        kinds("inserted"),
        kinds("deleted"),
        kinds("moved"),
        kinds("renumbered"),
        report.findings.len()
    );
    println!(
        "diff: median {:.1} ms, min {:.1} ms, max {:.1} ms over {} runs",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}
