//! qostil: bilingual Kazakh/Russian contracts.
//!
//! The pipeline, one module a stage:
//! `source` (contract folders, plain and legacy documents) → `model`
//! (Document, Clause, …) → `render` (HTML, PDF), `check` (align → rules →
//! findings), `diff` → `report` (text, JSON, SARIF, GitHub) → `cli`.
//! Dependencies point one way, down that list. `figures` (numbers and their
//! words in both languages) and `lang` (languages, look-alike letters) serve
//! every stage.

#![warn(missing_docs)]

pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod diff;
pub mod figures;
pub mod lang;
pub mod lexicon;
pub mod messages;
pub mod model;
pub mod output;
pub mod parallel;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod source;

pub use diag::{Diagnostic, Error, Result};
pub use lang::Lang;
