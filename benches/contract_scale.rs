//! Contract loading, checking and HTML rendering at growing sizes.
//!
//! Generates a contract folder (contract.toml, kk.md, ru.md) of 1,000,
//! 4,000 and 16,000 clauses per language — sections of ten clauses, each
//! clause with a figure, every tenth marked with an id and referred to by
//! the next one — and times, through the library, loading it
//! (`source::load_contract`: templates, Markdown, ids), checking it
//! (`check::check`) and rendering the three HTML editions, with their
//! embedded fonts and without (`no-font s`). Prints each
//! time (the fastest of three runs) and its ratio to the previous size; the goal is a ratio of at most
//! 4.5 for four times the clauses. Run with
//! `cargo bench --bench contract_scale` (`-- 1000 4000` for other sizes).

use qostil::render::html::{
    render_parallel, render_parallel_with, render_single, render_single_with, HtmlOptions,
    LangMeta, Templates,
};
use qostil::render::EditionMeta;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

const TOML: &str = r#"id = "scale"
version = 2026-11-01
title = { kk = "Қызмет көрсету шарты", ru = "Договор оказания услуг" }
city = { kk = "Алматы қ.", ru = "г. Алматы" }

[[parties]]
key = "provider"
role = { kk = "Орындаушы", ru = "Исполнитель" }
name = { kk = "«Мысал» ЖШС", ru = "ТОО «Мысал»" }
bin = "210140000125"

[figures]
fee = { type = "money", amount = 150000, currency = "KZT" }
term = { type = "duration", value = 10, unit = "working-days" }
rate = { type = "percent", value = 0.5 }
"#;

/// Write a contract of `clauses` clauses per language into `dir`.
fn generate(dir: &Path, clauses: usize) {
    let mut kk = String::new();
    let mut ru = String::new();
    let sections = clauses.div_ceil(10);
    for s in 1..=sections {
        let _ = writeln!(kk, "## {s}. Бөлімнің тақырыбы {{#s{s}}}\n");
        let _ = writeln!(ru, "## {s}. Заголовок раздела {{#s{s}}}\n");
        for c in 1..=10.min(clauses - (s - 1) * 10) {
            let (kk_fig, ru_fig) = match c % 3 {
                0 => ("{{ fee }}", "{{ fee }}"),
                1 => ("{{ term }}", "{{ term | case(name=\"gen\") }}"),
                _ => ("{{ rate }}", "{{ rate }}"),
            };
            let id = if c == 1 {
                format!(" {{#c{s}}}")
            } else {
                String::new()
            };
            let reference = if c == 2 {
                (
                    format!(" {{{{ ref(id=\"c{s}\") }}}} сәйкес"),
                    format!(" согласно {{{{ ref(id=\"c{s}\") }}}}"),
                )
            } else {
                (String::new(), String::new())
            };
            let _ = writeln!(
                kk,
                "{s}.{c}. {{{{ provider.name }}}} Тараптар{} осы тармақтың шарттарын {kk_fig} көлемінде\nорындайды.{id}\n",
                reference.0
            );
            let _ = writeln!(
                ru,
                "{s}.{c}. {{{{ provider.name }}}} и Заказчик{} исполняют условия этого пункта в размере\n{ru_fig}.{id}\n",
                reference.1
            );
        }
    }
    std::fs::write(dir.join("contract.toml"), TOML).expect("write contract.toml");
    std::fs::write(dir.join("kk.md"), kk).expect("write kk.md");
    std::fs::write(dir.join("ru.md"), ru).expect("write ru.md");
}

struct Times {
    load: Duration,
    check: Duration,
    html: Duration,
    html_plain: Duration,
}

fn measure(clauses: usize) -> Times {
    let tmp = tempfile::tempdir().expect("temp dir");
    generate(tmp.path(), clauses);
    let t = Instant::now();
    let contract = qostil::source::load_contract(tmp.path()).expect("the contract loads");
    let load = t.elapsed();
    let t = Instant::now();
    let findings = qostil::check::check(&contract.bi);
    let check = t.elapsed();
    std::hint::black_box(findings.len());
    let templates = Templates::builtin();
    let meta = EditionMeta::default();
    let lm = |title: &str| LangMeta {
        title: title.to_string(),
        ..LangMeta::default()
    };
    let t = Instant::now();
    let kk = render_single(&contract.bi.kk, &lm("kk"), &meta, &templates).expect("kk html");
    let ru = render_single(&contract.bi.ru, &lm("ru"), &meta, &templates).expect("ru html");
    let par = render_parallel(&contract.bi, &lm("kk"), &lm("ru"), &meta, &templates)
        .expect("parallel html");
    let html = t.elapsed();
    std::hint::black_box(kk.len() + ru.len() + par.len());
    let plain = HtmlOptions { embed_fonts: false };
    let t = Instant::now();
    let kk =
        render_single_with(&contract.bi.kk, &lm("kk"), &meta, &templates, &plain).expect("kk html");
    let ru =
        render_single_with(&contract.bi.ru, &lm("ru"), &meta, &templates, &plain).expect("ru html");
    let par = render_parallel_with(
        &contract.bi,
        &lm("kk"),
        &lm("ru"),
        &meta,
        &templates,
        &plain,
    )
    .expect("parallel html");
    let html_plain = t.elapsed();
    std::hint::black_box(kk.len() + ru.len() + par.len());
    Times {
        load,
        check,
        html,
        html_plain,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `-- --write DIR 1000 4000`: only write the contracts (DIR/1000, …), to
    // time another build of the binary on them.
    let write_to = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 4_000, 16_000]
    } else {
        sizes
    };
    if let Some(dir) = write_to {
        for n in sizes {
            let d = dir.join(n.to_string());
            std::fs::create_dir_all(&d).expect("create folder");
            generate(&d, n);
        }
        return;
    }
    println!(
        "{:>8}  {:>9} {:>6}  {:>9} {:>6}  {:>9} {:>6}  {:>9} {:>6}  {:>9}",
        "clauses",
        "load s",
        "ratio",
        "check s",
        "ratio",
        "html s",
        "ratio",
        "total s",
        "ratio",
        "no-font s"
    );
    let mut prev: Option<[f64; 4]> = None;
    for n in sizes {
        // The fastest of three runs: the machine is shared.
        let mut t = measure(n);
        for _ in 0..2 {
            let u = measure(n);
            t.load = t.load.min(u.load);
            t.check = t.check.min(u.check);
            t.html = t.html.min(u.html);
            t.html_plain = t.html_plain.min(u.html_plain);
        }
        let now = [
            t.load.as_secs_f64(),
            t.check.as_secs_f64(),
            t.html.as_secs_f64(),
            (t.load + t.check + t.html).as_secs_f64(),
        ];
        let ratio = |i: usize| prev.map_or("-".to_string(), |p| format!("{:.2}", now[i] / p[i]));
        println!(
            "{n:>8}  {:>9.3} {:>6}  {:>9.3} {:>6}  {:>9.3} {:>6}  {:>9.3} {:>6}  {:>9.3}",
            now[0],
            ratio(0),
            now[1],
            ratio(1),
            now[2],
            ratio(2),
            now[3],
            ratio(3),
            t.html_plain.as_secs_f64()
        );
        prev = Some(now);
    }
}
