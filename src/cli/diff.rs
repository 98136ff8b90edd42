//! `qostil diff OLD NEW [--format text|json|html] [-o FILE]`,
//! `qostil diff --rev REV CONTRACT_DIR`

use anyhow::Result;
use std::path::PathBuf;

/// Arguments of `qostil diff`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// OLD and NEW (or, with --rev, the contract folder alone).
    #[arg(required = true, num_args = 1..=2)]
    pub inputs: Vec<PathBuf>,
    /// Compare the working tree with this git revision.
    #[arg(long)]
    pub rev: Option<String>,
    /// Report format.
    #[arg(long, default_value = "text", value_parser = ["text", "json", "html"])]
    pub format: String,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
    /// Exit 1 when there are findings at or above this severity.
    #[arg(long, default_value = "error", value_parser = ["error", "warning", "never"])]
    pub fail_on: String,
}

pub fn run(_args: Args) -> Result<i32> {
    anyhow::bail!("diff is not available yet")
}
