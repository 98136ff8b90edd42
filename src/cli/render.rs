//! `qostil render CONTRACT_DIR [-o OUT_DIR] [--lang kk,ru] [--format html,pdf]`

use anyhow::Result;
use std::path::PathBuf;

/// Arguments of `qostil render`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The contract folder (contract.toml, kk.md, ru.md).
    pub contract: PathBuf,
    /// Output folder.
    #[arg(short = 'o', long = "out", default_value = "out")]
    pub out: PathBuf,
    /// Languages of the single-language editions (the parallel edition is
    /// written when both are selected).
    #[arg(long, value_delimiter = ',', default_value = "kk,ru")]
    pub lang: Vec<String>,
    /// Formats to write.
    #[arg(long, value_delimiter = ',', default_value = "html,pdf")]
    pub format: Vec<String>,
    /// Folder of templates overriding the built-in ones, file by file.
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Write the editions even when the check finds errors.
    #[arg(long)]
    pub no_check: bool,
}

pub fn run(_args: Args) -> Result<i32> {
    anyhow::bail!("render is not available yet")
}
