//! `qostil figures FILE [--format text|json]`: list every figure of a text
//! or Markdown document, line by line, with the language of each line.
//!
//! Text output, one figure a line:
//!
//! ```text
//! 3:ru duration 10 day(working) words=10 "10 (десяти) рабочих дней"
//! ```
//!
//! JSON output (`--format json`), one object:
//!
//! ```json
//! {"figures":[{"line":3,"lang":"ru","kind":"duration","value":"10",
//!   "unit":"day","qualifier":"working","text":"10 (десяти) рабочих дней",
//!   "words":"10","words_text":"десяти"}]}
//! ```
//!
//! - `line`: 1-based line number; `lang`: `kk` or `ru` (detected per line,
//!   Russian when undecided);
//! - `kind`: `money`, `percent`, `duration`, `date`, `time`, `count`,
//!   `number`, `clause-ref`, `law-ref`, `identifier`;
//! - `value`: a decimal with a `.` (`990000`, `0.5`), a date `2018-12-20`,
//!   a time `09:00`, a clause number `4.2`, or normalised text;
//! - `unit`: `none`, `money`, `percent`, `day`, `week`, `month`, `year`,
//!   `hour`, `minute`, `times`, `count`; `qualifier` (only when there is
//!   one): the day kind (`plain`, `working`, `calendar`, `banking`), the
//!   currency (`KZT`, `RUB`, `USD`, `EUR`) or the counted thing;
//! - `words` / `words_text` (only when there are number words beside the
//!   digits): their value and the words as written.
//!
//! Given a contract folder (with `contract.toml`), the figures of its
//! rendered Kazakh and Russian bodies are listed, each with `"file"` and the
//! line in `kk.md` / `ru.md`. Given any other folder, every `.md` and `.txt`
//! file in it (recursively, in name order) is read and each record also has
//! `"file"`, the path relative to the folder.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use view::Record;

/// Arguments of `qostil figures`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A document (or contract folder).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

pub fn run(args: Args) -> Result<i32> {
    let mut records = Vec::new();
    if crate::source::is_contract_dir(&args.file) {
        let contract = crate::source::load_contract(&args.file)?;
        for lang in crate::lang::Lang::ALL {
            records.extend(view::document_records(contract.bi.get(lang)));
        }
    } else if args.file.is_dir() {
        let mut files = Vec::new();
        collect(&args.file, &mut files)
            .with_context(|| format!("cannot read folder {}", args.file.display()))?;
        files.sort();
        for f in files {
            let rel = f
                .strip_prefix(&args.file)
                .unwrap_or(&f)
                .display()
                .to_string();
            let text = read_text(&f)?;
            records.extend(view::records(&text, Some(&rel)));
        }
    } else {
        let text = read_text(&args.file)?;
        records.extend(view::records(&text, None));
    }
    let out = match args.format.as_str() {
        "json" => {
            let doc = serde_json::json!({ "figures": records });
            let mut s = serde_json::to_string_pretty(&doc)?;
            s.push('\n');
            s
        }
        _ => crate::report::terminal_safe(&records.iter().map(Record::to_line).collect::<String>())
            .into_owned(),
    };
    let mut stdout = std::io::stdout().lock();
    std::io::Write::write_all(&mut stdout, out.as_bytes())?;
    std::io::Write::flush(&mut stdout)?;
    Ok(0)
}

fn read_text(path: &Path) -> Result<String> {
    Ok(crate::source::input::read_text(path)?)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let p = entry.path();
        // Links to folders are not followed: a link loop would never end
        // and a link may lead out of the folder given.
        let kind = entry.file_type()?;
        if kind.is_symlink() && p.is_dir() {
            continue;
        }
        if kind.is_dir() {
            collect(&p, out)?;
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("md" | "txt" | "markdown")
        ) {
            out.push(p);
        }
    }
    Ok(())
}

/// The serialize-only view of figures for this subcommand.
mod view {
    use crate::figures::{extract, Figure, Unit, Value};
    use crate::lang::{detect, Lang};
    use serde::Serialize;

    /// One figure as `qostil figures` prints it.
    #[derive(Serialize)]
    pub struct Record {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub file: Option<String>,
        pub line: usize,
        pub lang: &'static str,
        pub kind: String,
        pub value: String,
        pub unit: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<String>,
        pub text: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub words: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub words_text: Option<String>,
    }

    impl Record {
        /// The text form: `3:ru duration 10 day(working) words=10 "…"`.
        pub fn to_line(&self) -> String {
            let mut s = String::new();
            if let Some(f) = &self.file {
                s.push_str(f);
                s.push(':');
            }
            s.push_str(&format!(
                "{}:{} {} {}",
                self.line, self.lang, self.kind, self.value
            ));
            if self.unit != "none" {
                s.push(' ');
                s.push_str(self.unit);
                if let Some(q) = &self.qualifier {
                    s.push_str(&format!("({q})"));
                }
            }
            if let Some(w) = &self.words {
                s.push_str(&format!(" words={w}"));
            }
            s.push_str(&format!(" \"{}\"\n", self.text.replace(['\n', '\r'], " ")));
            s
        }
    }

    fn unit_parts(u: &Unit) -> (&'static str, Option<String>) {
        match u {
            Unit::None => ("none", None),
            Unit::Money(c) => ("money", Some(json_name(c))),
            Unit::Percent => ("percent", None),
            Unit::Day(k) => ("day", Some(json_name(k))),
            Unit::Week => ("week", None),
            Unit::Month => ("month", None),
            Unit::Year => ("year", None),
            Unit::Hour => ("hour", None),
            Unit::Minute => ("minute", None),
            Unit::Times => ("times", None),
            Unit::Count(k) => ("count", Some(k.clone())),
        }
    }

    fn json_name<T: Serialize>(v: &T) -> String {
        match serde_json::to_value(v) {
            Ok(serde_json::Value::String(s)) => s,
            _ => String::new(),
        }
    }

    fn value_text(v: &Value) -> String {
        match v {
            Value::Number(n) => n.to_string(),
            Value::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            Value::Time { hour, minute } => format!("{hour:02}:{minute:02}"),
            Value::Clause(c) => c.to_string(),
            Value::Text(t) => t.clone(),
        }
    }

    fn record(f: &Figure, line: usize, lang: Lang, file: Option<&str>) -> Record {
        let (unit, qualifier) = unit_parts(&f.unit);
        Record {
            file: file.map(str::to_string),
            line,
            lang: lang.code(),
            kind: json_name(&f.kind),
            value: value_text(&f.value),
            unit,
            qualifier,
            text: f.text.clone(),
            words: f.words.map(|w| w.to_string()),
            words_text: f.words_text.clone(),
        }
    }

    /// Every figure of a document read into the model (a contract folder's
    /// rendered bodies), at the source line of each block.
    pub fn document_records(doc: &crate::model::Document) -> Vec<Record> {
        use crate::model::Block;
        fn texts(b: &Block, out: &mut Vec<(u32, String)>) {
            match b {
                Block::Heading(h) => out.push((h.line, h.text.to_plain())),
                Block::Clause(c) => {
                    out.push((c.line, c.text.to_plain()));
                    for ch in &c.children {
                        texts(ch, out);
                    }
                }
                Block::List(l) => out.extend(l.items.iter().map(|i| (i.line, i.text.to_plain()))),
                Block::Table(t) => {
                    for cell in t.header.iter().chain(t.rows.iter().flatten()) {
                        out.push((t.line, cell.to_plain()));
                    }
                }
            }
        }
        let mut all = Vec::new();
        for b in &doc.blocks {
            texts(b, &mut all);
        }
        let mut out = Vec::new();
        for (line, text) in all {
            for f in extract(&text, doc.lang) {
                out.push(record(&f, line as usize, doc.lang, Some(&doc.file)));
            }
        }
        out
    }

    /// Every figure of `text`, line by line.
    pub fn records(text: &str, file: Option<&str>) -> Vec<Record> {
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if !line.bytes().any(|b| b.is_ascii_digit()) && line.trim().is_empty() {
                continue;
            }
            let lang = detect(line).unwrap_or(Lang::Ru);
            for f in extract(line, lang) {
                out.push(record(&f, i + 1, lang, file));
            }
        }
        out
    }
}
