//! `qostil figures FILE [--format text|json]`

use anyhow::Result;
use std::path::PathBuf;

/// Arguments of `qostil figures`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A document (or contract folder).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

pub fn run(_args: Args) -> Result<i32> {
    anyhow::bail!("figures is not available yet")
}
