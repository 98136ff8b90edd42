//! `qostil new KIND DIR`: lay out a contract folder from a bundled template
//! ([`crate::scaffold`]); `qostil new --list` lists the kinds.
//!
//! Exit codes: 0 written (or listed); 2 an unknown kind (the kinds are
//! listed), a folder that exists and is not empty, or a write that failed.

use crate::messages::{Catalogue, Message, Msg};
use crate::report::terminal_safe;
use crate::scaffold::{self, KINDS};
use anyhow::{bail, Result};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `qostil new`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The kind of contract: online-offer, lease or services.
    pub kind: Option<String>,
    /// The folder to create; it must not exist or be empty.
    pub dir: Option<PathBuf>,
    /// List the kinds of contract and what each is.
    #[arg(long)]
    pub list: bool,
}

/// Every kind with what it is, one a line.
fn list(cat: &Catalogue) -> Result<i32> {
    let width = KINDS.iter().map(|k| k.name.len()).max().unwrap_or(0);
    let mut out = std::io::stdout().lock();
    for k in KINDS {
        writeln!(out, "{:<width$}  {}", k.name, cat.get(k.summary))?;
    }
    out.flush()?;
    Ok(0)
}

pub fn run(args: Args, cat: &Catalogue) -> Result<i32> {
    if args.list {
        return list(cat);
    }
    let (Some(kind), Some(dir)) = (args.kind.as_deref(), args.dir.as_ref()) else {
        if let Some(k) = args.kind.as_deref().filter(|k| scaffold::kind(k).is_none()) {
            bail!(
                scaffold::NewError::UnknownKind(terminal_safe(k).into_owned())
                    .message()
                    .error()
            );
        }
        bail!(Message::new(Msg::NewUsage)
            .with("kinds", scaffold::kind_names())
            .error());
    };
    let kind_name = terminal_safe(kind).into_owned();
    match scaffold::new_contract(&kind_name, dir) {
        Ok(_) => {
            let m = Message::new(Msg::NewCreated)
                .with("path", dir.display().to_string())
                .with("kind", kind_name.trim());
            eprintln!("{}", cat.text(&m));
            Ok(0)
        }
        Err(e) => bail!(e.message().error()),
    }
}
