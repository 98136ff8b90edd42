//! The JSON reports: one object per run, `"version": 1` first, in the
//! shapes of [`super::wire`] and `schemas/*.schema.json`.
//!
//! `check`: `{"version":1,"findings":[…],"summary":{"errors":1,"warnings":0}}`.
//! `diff`: see [`diff`]. `figures`: `{"version":1,"figures":[…]}` (see
//! [`super::figures`]).

pub mod diff;

use super::{wire, Context, Emitter, Report};
use serde::Serialize;
use std::io::{self, Write};

/// The JSON emitter.
pub struct Json;

#[derive(Serialize)]
struct CheckReport<'a> {
    version: u32,
    findings: Vec<wire::WireFinding<'a>>,
    summary: wire::WireSummary,
}

#[derive(Serialize)]
struct FiguresReport<'a> {
    version: u32,
    figures: &'a [super::figures::Record],
}

impl Emitter for Json {
    fn emit(&self, report: &Report<'_>, cx: &Context, w: &mut dyn Write) -> io::Result<()> {
        match report {
            Report::Check(findings) | Report::CheckMany { findings, .. } => wire::write_json(
                &CheckReport {
                    version: wire::VERSION,
                    findings: wire::findings(findings, &cx.catalogue),
                    summary: wire::summary(findings),
                },
                w,
            ),
            Report::Diff(d) => diff::write(d, cx, w),
            Report::Figures(records) => wire::write_json(
                &FiguresReport {
                    version: wire::VERSION,
                    figures: records,
                },
                w,
            ),
        }
    }
}
