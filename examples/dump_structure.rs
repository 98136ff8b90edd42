//! Print the clause numbers the reader finds in a file, per language, with
//! their lines: `cargo run --example dump_structure FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_structure FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let b = qostil::source::plain::read_bilingual(&text, &path);
    for doc in [&b.kk, &b.ru] {
        println!("== {}", doc.lang);
        for bl in &doc.blocks {
            let kind = match bl {
                qostil::model::Block::Heading(_) => "H",
                qostil::model::Block::Clause(_) => "C",
                _ => "-",
            };
            let t: String = bl.plain_text().chars().take(60).collect();
            let n = bl.number().map(|n| n.to_string()).unwrap_or_default();
            println!("{:>5} {kind} {n:<8} {}", bl.line(), t.replace('\n', " / "));
        }
    }
}
