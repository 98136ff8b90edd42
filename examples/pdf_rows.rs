//! Print rows and the gutter of each page of a PDF (a tool for looking at
//! the reader's work): `cargo run --example pdf_rows -- FILE.pdf [PAGE]`.
use hayro_interpret::InterpreterCache;
use qostil::source::pdf::{columns, glyphs, lines};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).expect("read");
    let only: Option<usize> = args.get(2).and_then(|s| s.parse().ok());
    let pdf = hayro_syntax::Pdf::new(std::sync::Arc::new(bytes)).expect("pdf");
    let cache = InterpreterCache::new();
    let settings = glyphs::settings();
    let mut pages: Vec<lines::PageRows> = pdf
        .pages()
        .iter()
        .map(|page| {
            let pg = glyphs::page_glyphs(page, &cache, &settings);
            lines::PageRows {
                rows: lines::rows(pg.glyphs),
                rules: pg.rules,
                width: pg.width,
                height: pg.height,
            }
        })
        .collect();
    lines::drop_running(&mut pages);
    for (i, p) in pages.iter().enumerate() {
        if only.is_some_and(|o| o != i + 1) {
            continue;
        }
        let rows = &p.rows;
        let g = columns::gutter(rows, p.width);
        println!("== page {} {}x{} gutter {:?}", i + 1, p.width, p.height, g);
        for r in rows {
            let x0 = r.glyphs.first().map_or(0.0, |g| g.x0);
            let x1 = r.glyphs.last().map_or(0.0, |g| g.x1);
            println!(
                "{:7.2} {:5.2} [{:6.1}..{:6.1}] {}",
                r.y,
                r.size,
                x0,
                x1,
                r.text()
            );
            if std::env::var_os("WORDS").is_some() {
                words(r);
            }
            if let Ok(n) = std::env::var("GLYPHS") {
                glyph_dump(r, &n);
            }
        }
    }
}
#[allow(dead_code)]
fn words(r: &lines::Row) {
    for w in r.words() {
        let g = &r.glyphs[w.clone()];
        let s: String = g.iter().map(|g| g.c).collect();
        println!("   {:6.1}..{:6.1} {s}", g[0].x0, g[g.len() - 1].x1);
    }
}
#[allow(dead_code)]
pub fn glyph_dump(r: &lines::Row, needle: &str) {
    if r.text().contains(needle) {
        for g in &r.glyphs {
            println!(
                "      {:?} {:.2}..{:.2} y{:.2} s{:.2}",
                g.c, g.x0, g.x1, g.y, g.size
            );
        }
    }
}
