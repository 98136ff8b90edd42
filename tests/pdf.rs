//! PDF editions: structure, fonts, extracted text, alignment, determinism.

mod pdf_fixture;

use qostil::render::layout::{layout_parallel, layout_single, PageGeometry};
use qostil::render::pdf::{render_parallel, render_single, PdfOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

fn editions() -> Vec<(&'static str, Vec<u8>)> {
    let bi = pdf_fixture::contract(1);
    let opts = PdfOptions::default();
    let kk = render_single(&bi.kk, &pdf_fixture::meta("Жария оферта шарты"), &opts).unwrap();
    let ru = render_single(
        &bi.ru,
        &pdf_fixture::meta("Договор публичной оферты"),
        &opts,
    )
    .unwrap();
    let par = render_parallel(
        &bi,
        &pdf_fixture::meta("Жария оферта шарты / Договор публичной оферты"),
        &opts,
    )
    .unwrap();
    vec![("kk", kk), ("ru", ru), ("parallel", par)]
}

/// Where the PDFs are written for the external tools.
fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf-editions");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let p = out_dir().join(format!("{name}.pdf"));
    std::fs::write(&p, bytes).unwrap();
    p
}

fn have(tool: &str) -> bool {
    Command::new("which")
        .arg(tool)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Text with hyphenated line ends joined and whitespace collapsed. The
/// writer marks the hyphens it puts at line ends as soft hyphens
/// (`/ActualText` U+00AD), which pdftotext extracts as such.
fn normalise(s: &str) -> String {
    let s = s
        .replace("\u{ad}\n", "")
        .replace("-\n", "")
        .replace('\u{a0}', " ");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdftotext(path: &Path, layout: bool) -> Option<String> {
    if !have("pdftotext") {
        eprintln!("note: pdftotext not installed, extraction not checked");
        return None;
    }
    let mut cmd = Command::new("pdftotext");
    if layout {
        cmd.arg("-layout");
    }
    let out = cmd.arg(path).arg("-").output().unwrap();
    assert!(out.status.success());
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn pages_are_a4_with_embedded_subset_fonts() {
    for (name, bytes) in editions() {
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let pages = doc.get_pages();
        assert!(
            (2..=6).contains(&pages.len()),
            "{name}: {} pages",
            pages.len()
        );
        for (_, id) in pages.iter() {
            let page = doc.get_dictionary(*id).unwrap();
            let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let v: Vec<f32> = mb.iter().map(|o| o.as_float().unwrap()).collect();
            assert!(
                (v[2] - 595.28).abs() < 0.5 && (v[3] - 841.89).abs() < 0.5,
                "{name}: {v:?}"
            );
        }
        let mut fonts = 0;
        for (_, obj) in doc.objects.iter() {
            if let Ok(d) = obj.as_dict() {
                if d.get(b"Type").and_then(|t| t.as_name()).ok()
                    == Some(b"FontDescriptor".as_slice())
                {
                    fonts += 1;
                    assert!(d.has(b"FontFile2"), "{name}: font not embedded");
                    let n = d.get(b"FontName").unwrap().as_name().unwrap();
                    assert_eq!(n.get(6), Some(&b'+'), "{name}: not a subset");
                }
            }
        }
        assert!(fonts >= 3, "{name}: {fonts} fonts");
        // Metadata: title, author, language.
        let cat = doc.catalog().unwrap();
        let lang = cat.get(b"Lang").unwrap().as_str().unwrap();
        assert_eq!(
            lang,
            if name == "ru" {
                b"ru".as_slice()
            } else {
                b"kk".as_slice()
            }
        );
        // Links: the cross-reference jumps inside, the address opens outside.
        let (mut inner, mut outer) = (0, 0);
        for (_, obj) in doc.objects.iter() {
            if let Ok(d) = obj.as_dict() {
                if d.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Link".as_slice()) {
                    if d.has(b"Dest") {
                        inner += 1;
                    }
                    if d.has(b"A") {
                        outer += 1;
                    }
                }
            }
        }
        let per_lang = if name == "parallel" { 2 } else { 1 };
        // A link broken over two lines has an annotation on each.
        assert!(
            inner >= per_lang && outer >= per_lang,
            "{name}: {inner} {outer}"
        );
        // An outline with the eight sections.
        let out = cat.get(b"Outlines").unwrap().as_reference().unwrap();
        let out = doc.get_dictionary(out).unwrap();
        assert_eq!(out.get(b"Count").unwrap().as_i64().unwrap(), 8, "{name}");
    }
}

#[test]
fn output_is_deterministic() {
    let a = editions();
    let b = editions();
    for ((n, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{n}: two renderings differ");
    }
    // An explicit date changes the bytes, and is itself reproducible.
    let bi = pdf_fixture::contract(1);
    let opts = PdfOptions {
        source_date_epoch: Some(1_790_000_000),
        ..PdfOptions::default()
    };
    let m = pdf_fixture::meta("t");
    let d1 = render_single(&bi.kk, &m, &opts).unwrap();
    let d2 = render_single(&bi.kk, &m, &opts).unwrap();
    assert_eq!(d1, d2);
    assert_ne!(
        d1,
        render_single(&bi.kk, &m, &PdfOptions::default()).unwrap()
    );
}

#[test]
fn kazakh_letters_and_amounts_extract() {
    let eds = editions();
    let kk = write("kk", &eds[0].1);
    let Some(text) = pdftotext(&kk, false) else {
        return;
    };
    for c in "әғқңөұүһіӘҒҚҢӨҰҮІ₸«»№".chars() {
        assert!(text.contains(c), "missing {c} in extracted Kazakh text");
    }
    let flat = normalise(&text);
    assert!(
        flat.contains("990 000 (тоғыз жүз тоқсан мың) теңгені"),
        "{flat}"
    );
    assert!(flat.contains("Тапсырыс беруші төлемді жасаған сәттен бастап офертаның барлық талаптарын толық әрі сөзсіз қабылдаған болып есептеледі"));
    let ru = write("ru", &eds[1].1);
    let text = pdftotext(&ru, false).unwrap();
    assert!(normalise(&text).contains("990 000 (девятьсот девяносто тысяч) тенге"));
}

#[test]
fn parallel_edition_reads_a_whole_kazakh_clause() {
    let eds = editions();
    let p = write("parallel", &eds[2].1);
    for layout in [false, true] {
        let Some(text) = pdftotext(&p, layout) else {
            return;
        };
        if layout {
            // Side by side: the clause numbers of both columns are on one
            // line.
            assert!(text
                .lines()
                .any(|l| l.contains("4.2.1.") && l.matches("4.2.1.").count() == 2));
            continue;
        }
        let flat = normalise(&text);
        let kk = "Тапсырыс беруші төлемді жасаған сәттен бастап офертаның барлық талаптарын толық әрі сөзсіз қабылдаған болып есептеледі, бұл Шарттың жазбаша нысанда жасалуына тең.";
        let ru = "Заказчик с момента совершения оплаты считается принявшим все условия оферты полностью и безоговорочно, что равносильно заключению Договора в письменной форме.";
        assert!(flat.contains(kk), "Kazakh clause interleaved:\n{flat}");
        assert!(flat.contains(ru), "Russian clause interleaved");
    }
}

#[test]
fn parallel_rows_start_level() {
    let bi = pdf_fixture::contract(3);
    let l = layout_parallel(&bi, &PageGeometry::default());
    assert!(l.pages.len() >= 4);
    let mut both = 0;
    for (i, r) in l.rows.iter().enumerate() {
        if let (Some(a), Some(b)) = (r.first_baselines[0], r.first_baselines[1]) {
            assert!((a - b).abs() < 0.01, "row {i}: {a} vs {b}");
            both += 1;
        }
    }
    assert!(both > 90, "{both}");
    // Single editions: one row per block, rows advance down the page.
    let s = layout_single(&bi.kk, &PageGeometry::default());
    for w in s.rows.windows(2) {
        if w[0].page == w[1].page {
            assert!(w[0].first_baselines[0] < w[1].first_baselines[0]);
        }
    }
}

#[test]
fn qpdf_and_pdffonts_accept_the_files() {
    for (name, bytes) in editions() {
        let p = write(name, &bytes);
        if have("qpdf") {
            let out = Command::new("qpdf")
                .arg("--check")
                .arg(&p)
                .output()
                .unwrap();
            let s = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{name}: {s}");
            assert!(
                s.contains("No syntax or stream encoding errors"),
                "{name}: {s}"
            );
        }
        if have("pdffonts") {
            let out = Command::new("pdffonts").arg(&p).output().unwrap();
            let s = String::from_utf8_lossy(&out.stdout);
            for line in s.lines().skip(2) {
                let cols: Vec<&str> = line.split_whitespace().collect();
                // name type encoding emb sub uni object ID
                let n = cols.len();
                assert!(n >= 7, "{line}");
                assert_eq!(
                    &cols[n - 5..n - 2],
                    &["yes", "yes", "yes"],
                    "{name}: {line}"
                );
            }
        }
    }
}

/// A long table inside a clause: its header repeats on every page it
/// spans, in both editions.
#[test]
fn table_headers_repeat_after_page_breaks() {
    use qostil::model::{Block, RichText, Table};
    use qostil::render::layout::{Item, Layout};
    let mut bi = pdf_fixture::contract(1);
    for doc in [&mut bi.kk, &mut bi.ru] {
        let rows = (1..90)
            .map(|i| {
                vec![
                    RichText::plain(i.to_string()),
                    RichText::plain(format!("Тауар позициясы {i} / позиция товара {i}")),
                    RichText::plain(format!("{}\u{a0}000", i * 5)),
                ]
            })
            .collect();
        let t = Block::Table(Table {
            header: vec![
                RichText::plain("№"),
                RichText::plain("ТАУАР"),
                RichText::plain("Сомасы, ₸"),
            ],
            rows,
            line: 1,
        });
        let i = doc.blocks.iter().position(|b| matches!(b, Block::Clause(c) if c.number.as_ref().is_some_and(|n| n.to_string() == "2.3"))).unwrap();
        if let Block::Clause(c) = &mut doc.blocks[i] {
            c.children.push(t);
        }
    }
    let pages_with_header = |l: &Layout| {
        l.pages
            .iter()
            .filter(|p| {
                p.items.iter().any(|it| {
                    matches!(it, Item::Text(t) if t.spans.iter().any(|s| s.text.contains("ТАУАР")))
                })
            })
            .count()
    };
    let g = PageGeometry::default();
    let single = layout_single(&bi.kk, &g);
    assert!(pages_with_header(&single) >= 2);
    let par = layout_parallel(&bi, &g);
    assert!(pages_with_header(&par) >= 3);
    // Paired table rows start level too.
    for r in &par.rows {
        if let (Some(a), Some(b)) = (r.first_baselines[0], r.first_baselines[1]) {
            assert!((a - b).abs() < 0.01);
        }
    }
}

/// Odd input renders without a panic: empty documents, ragged tables,
/// words longer than a line, glyphs the fonts lack.
#[test]
fn odd_input_renders() {
    use qostil::model::{
        Bilingual, Block, Clause, ClauseNumber, Document, Heading, List, Party, RichText, Table,
    };
    use qostil::Lang;
    let empty = Bilingual {
        kk: Document::new(Lang::Kk, "kk.md"),
        ru: Document::new(Lang::Ru, "ru.md"),
    };
    let m = pdf_fixture::meta("");
    let o = PdfOptions::default();
    assert!(render_single(&empty.kk, &m, &o)
        .unwrap()
        .starts_with(b"%PDF"));
    assert!(render_parallel(&empty, &m, &o)
        .unwrap()
        .starts_with(b"%PDF"));

    let mut kk = Document::new(Lang::Kk, "kk.md");
    kk.blocks = vec![
        Block::Heading(Heading {
            number: None,
            id: None,
            level: 5,
            text: RichText::plain("   "),
            line: 1,
            appendix: None,
        }),
        Block::Clause(Clause {
            number: ClauseNumber::parse("1.2.3.4.5.6"),
            id: None,
            text: RichText::plain(format!("{} 😀 漢字 \u{0}\t\n", "ә".repeat(600))),
            line: 2,
            children: vec![
                Block::List(List {
                    ordered: true,
                    items: vec![],
                    line: 3,
                }),
                Block::Table(Table {
                    header: vec![],
                    rows: vec![vec![], vec![RichText::plain("x"); 9]],
                    line: 4,
                }),
                Block::Table(Table {
                    header: vec![RichText::plain("")],
                    rows: vec![],
                    line: 5,
                }),
            ],
        }),
        Block::Table(Table {
            header: vec![RichText::plain("a".repeat(300))],
            rows: vec![vec![RichText::plain("1\u{a0}".repeat(200))]],
            line: 6,
        }),
    ];
    kk.parties = vec![Party::default(), Party::default(), Party::default()];
    let mut ru = kk.clone();
    ru.lang = Lang::Ru;
    ru.blocks.truncate(1);
    let bi = Bilingual { kk, ru };
    for bytes in [
        render_single(&bi.kk, &m, &o).unwrap(),
        render_single(&bi.ru, &m, &o).unwrap(),
        render_parallel(&bi, &m, &o).unwrap(),
    ] {
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        assert!(!doc.get_pages().is_empty());
    }
}

/// When one language lacks a clause, the other's stands alone and the
/// following pairs still start level.
#[test]
fn mismatched_versions_stay_aligned() {
    use qostil::model::Block;
    let mut bi = pdf_fixture::contract(1);
    let i = bi
        .ru
        .blocks
        .iter()
        .position(|b| b.number().is_some_and(|n| n.to_string() == "2.2"))
        .unwrap();
    bi.ru.blocks.remove(i);
    let extra = bi.kk.blocks[5].clone();
    bi.kk.blocks.push(extra);
    assert!(matches!(bi.kk.blocks[5], Block::Clause(_)));
    let l = layout_parallel(&bi, &PageGeometry::default());
    let mut lonely = 0;
    for r in &l.rows {
        match (r.first_baselines[0], r.first_baselines[1]) {
            (Some(a), Some(b)) => assert!((a - b).abs() < 0.01),
            _ => lonely += 1,
        }
    }
    assert!(lonely >= 2, "{lonely}");
    let bytes = render_parallel(&bi, &pdf_fixture::meta("t"), &PdfOptions::default()).unwrap();
    let p = write("parallel-mismatched", &bytes);
    if let Some(text) = pdftotext(&p, false) {
        assert!(normalise(&text).contains("Предмет договора".to_uppercase().as_str()));
    }
}

/// The signed document carries what the HTML shows around the text: the
/// place and date under the title, the requisites heading, and in the
/// parallel edition each column's language.
#[test]
fn editions_carry_place_date_requisites_heading_and_column_labels() {
    use assert_cmd::cargo::CommandCargoExt;
    let out = out_dir().join("front-matter");
    let _ = std::fs::remove_dir_all(&out);
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts/online-courses");
    let status = Command::cargo_bin("qostil")
        .unwrap()
        .args(["render", "--format", "pdf", "--no-check", "-o"])
        .arg(&out)
        .arg(&example)
        .status()
        .unwrap();
    assert!(status.success());
    let text = |name: &str| pdftotext(&out.join(format!("online-courses-offer.{name}.pdf")), false);
    let Some(kk) = text("kk") else { return };
    let ru = text("ru").unwrap();
    let par = text("parallel").unwrap();
    // In reading order: title, place and date, the first clause; the
    // requisites heading, then the first party's box.
    let in_order = |t: &str, words: &[&str]| {
        let t = normalise(t);
        let mut at = 0;
        for w in words {
            match t[at..].find(w) {
                Some(i) => at += i + w.len(),
                None => panic!("«{w}» missing or out of order in:\n{t}"),
            }
        }
    };
    in_order(
        &kk,
        &[
            "Алматы қ.",
            "2026 жылғы",
            "1.1.",
            "Тараптардың деректемелері",
            "ОРЫНДАУШЫ",
        ],
    );
    in_order(
        &ru,
        &[
            "г. Алматы",
            "ноября 2026",
            "1.1.",
            "Реквизиты Сторон",
            "ИСПОЛНИТЕЛЬ",
        ],
    );
    in_order(
        &par,
        &[
            "Алматы қ.",
            "Қазақ тілінде",
            "1.1.",
            "Тараптардың деректемелері",
            "ОРЫНДАУШЫ",
        ],
    );
    in_order(
        &par,
        &[
            "г. Алматы",
            "На русском языке",
            "1.1.",
            "Реквизиты Сторон",
            "ИСПОЛНИТЕЛЬ",
        ],
    );
}
