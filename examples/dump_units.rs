//! Print the units the checker sees in a document and their pairing.
//! Usage: cargo run --example dump_units -- FILE...
fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let b = match qostil::source::input::load(&paths) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let ctx = qostil::check::Context::new(&b);
    // QOSTIL_CLAUSE=N: the sentences of that pair of clauses, aligned.
    if let Ok(want) = std::env::var("QOSTIL_CLAUSE") {
        for (p, a) in ctx.pairs.iter().zip(&ctx.sentences) {
            let (Some(i), Some(j), Some(a)) = (p.0, p.1, a) else {
                continue;
            };
            if ctx.kk.units[i].clause().as_deref() != Some(want.as_str()) {
                continue;
            }
            for g in &a.groups {
                let t = |text: &str, s: Option<std::ops::Range<usize>>| {
                    s.map_or("-".to_string(), |s| text[s].chars().take(60).collect())
                };
                println!(
                    "{:?} {:?}\n  kk: {}\n  ru: {}",
                    g.kk,
                    g.ru,
                    t(&ctx.kk.units[i].text, a.span(g, qostil::lang::Lang::Kk)),
                    t(&ctx.ru.units[j].text, a.span(g, qostil::lang::Lang::Ru))
                );
            }
        }
        return;
    }
    for p in &ctx.pairs {
        let show = |side: &qostil::check::Side<'_>, i: Option<usize>| match i {
            Some(i) => {
                let u = &side.units[i];
                let t: String = u.text.chars().take(40).collect();
                format!(
                    "{:>5} {:<9} {:<40}",
                    u.line,
                    u.clause().unwrap_or_default(),
                    t
                )
            }
            None => format!("{:>5} {:<9} {:<40}", "", "", "-"),
        };
        println!("{} | {}", show(&ctx.kk, p.0), show(&ctx.ru, p.1));
    }
}
