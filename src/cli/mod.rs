//! The command line: the only place that touches clap, the filesystem and
//! exit codes. One file per subcommand.
//!
//! Exit codes: 0 clean, 1 findings at or above `--fail-on`, 2 bad usage or
//! unreadable input.

mod check;
mod diff;
mod figures;
mod new;
mod render;
mod rules;
mod watch;

use crate::messages::{Catalogue, Message, Msg, Said, UiLang};
use clap::{Parser, Subcommand, ValueEnum};

/// Bilingual Kazakh/Russian contracts: generate, check and diff.
#[derive(Parser, Debug)]
#[command(name = "qostil", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of what qostil says (findings, summaries, reports): en, ru
    /// or kk (default: the QOSTIL_UI_LANG environment variable, else en; the
    /// HTML diff report then speaks Kazakh and Russian).
    #[arg(long, global = true, value_enum)]
    ui_lang: Option<UiLangArg>,
}

/// `--ui-lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum UiLangArg {
    En,
    Ru,
    Kk,
}

/// `--fail-on`: the lowest severity that makes the exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOnArg {
    Error,
    Warning,
    Never,
}

impl From<FailOnArg> for crate::report::FailOn {
    fn from(f: FailOnArg) -> Self {
        match f {
            FailOnArg::Error => crate::report::FailOn::Error,
            FailOnArg::Warning => crate::report::FailOn::Warning,
            FailOnArg::Never => crate::report::FailOn::Never,
        }
    }
}

/// The interface language asked for: `--ui-lang`, else `QOSTIL_UI_LANG`
/// (`None` when neither says).
fn ui_lang(flag: Option<UiLangArg>) -> Option<UiLang> {
    match flag {
        Some(UiLangArg::En) => Some(UiLang::En),
        Some(UiLangArg::Ru) => Some(UiLang::Ru),
        Some(UiLangArg::Kk) => Some(UiLang::Kk),
        None => std::env::var("QOSTIL_UI_LANG")
            .ok()
            .and_then(|v| UiLang::parse(&v)),
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Render a contract folder into Kazakh, Russian and parallel editions.
    Render(render::Args),
    /// Check that the Kazakh and Russian texts agree.
    Check(check::Args),
    /// Compare two versions of a contract.
    Diff(diff::Args),
    /// List the figures found in a document.
    Figures(figures::Args),
    /// Create a contract folder from a bundled template (--list lists the kinds).
    New(new::Args),
    /// List the rules of the checker.
    Rules,
    /// Show the documentation of one rule.
    Rule(rules::Args),
}

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let asked = ui_lang(cli.ui_lang);
    let cat = Catalogue::new(asked.unwrap_or_default());
    let result = match cli.command {
        Command::Render(a) => render::run(a, &cat),
        Command::Check(a) => check::run(a, &cat),
        Command::Diff(a) => diff::run(a, &cat, asked.is_none()),
        Command::Figures(a) => figures::run(a, &cat),
        Command::New(a) => new::run(a, &cat),
        Command::Rules => rules::list(&cat),
        Command::Rule(a) => rules::show(a, &cat),
    };
    match result {
        Ok(code) => code,
        // The reader of standard output went away (`| head`): nothing is
        // wrong with the input, so end quietly, as other tools do.
        Err(e) if broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("{}", crate::report::terminal_safe(&format_error(&e, &cat)));
            2
        }
    }
}

/// Whether an error comes from writing to a closed pipe.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<crate::Error>().is_some_and(|q| {
                matches!(q, crate::Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}

/// Print an error chain the way a person reads it: no backtrace. Problems
/// in the user's input are said in the interface language, one a line, and
/// so is what the catalogue says ([`crate::messages::Said`]).
fn format_error(e: &anyhow::Error, cat: &Catalogue) -> String {
    let diags = e
        .chain()
        .find_map(|c| match c.downcast_ref::<crate::Error>() {
            Some(crate::Error::Input(d)) => Some(d),
            _ => None,
        });
    if let Some(diags) = diags {
        return diags
            .iter()
            .map(|d| d.render(cat))
            .collect::<Vec<_>>()
            .join("\n");
    }
    let text_of = |c: &(dyn std::error::Error + 'static)| match c.downcast_ref::<Said>() {
        Some(said) => cat.text(&said.0),
        None => c.to_string(),
    };
    let mut s = String::new();
    for (k, cause) in e.chain().enumerate() {
        let text = text_of(cause);
        if k == 0 {
            let prefix = cat.text(&Message::new(Msg::ErrorLine).with("text", ""));
            if text.starts_with(&prefix) || text.starts_with("error:") {
                s.push_str(&text);
            } else {
                s.push_str(&prefix);
                s.push_str(&text);
            }
        } else if !s.contains(&text) {
            s.push_str("\n  ");
            s.push_str(&cat.text(&Message::new(Msg::CausedBy).with("text", text)));
        }
    }
    s
}
