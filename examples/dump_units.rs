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
