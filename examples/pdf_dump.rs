//! Print the pieces the PDF reader makes of a file (a tool for looking at
//! the reader's work): `cargo run --example pdf_dump -- FILE.pdf`.
fn main() {
    for a in std::env::args().skip(1) {
        let bytes = std::fs::read(&a).expect("read");
        let t = std::time::Instant::now();
        match qostil::source::pdf::read(&bytes, &a) {
            Ok(x) => {
                eprintln!("{a}: {} pieces in {:?}", x.pieces.len(), t.elapsed());
                for p in x.pieces {
                    let l = p.lang.map_or("--", |l| l.code());
                    println!("[p{} {l}] {}", p.line, p.text);
                }
            }
            Err(e) => eprintln!("{a}: {e}"),
        }
    }
}
