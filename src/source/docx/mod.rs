//! Reading DOCX files into [`super::piece::Piece`]s.

use crate::diag::{Diagnostic, Result};
use crate::messages::{Message, Msg};
use crate::source::piece::Extracted;

/// Read a DOCX file.
pub fn read(_bytes: &[u8], file: &str) -> Result<Extracted> {
    Err(Diagnostic::file(
        file,
        Message::new(Msg::SrcFormatUnsupported).with("format", "DOCX"),
    )
    .into())
}
