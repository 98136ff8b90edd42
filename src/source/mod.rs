//! Reading contracts: structured contract folders (`contract.toml`, `kk.md`,
//! `ru.md`) and documents nobody structured (plain text, HTML, text pulled
//! out of PDFs). Every reader produces the same [`crate::model`].

pub mod input;
pub mod plain;
