//! The text listing of figures, one a line, in the reader's language:
//!
//! ```text
//! 3:ru duration 10 day(working) words=10 "10 (десяти) рабочих дней"
//! 3:ru срок 10 день(рабочий) прописью=10 «10 (десяти) рабочих дней»
//! ```

use crate::messages::Catalogue;
use crate::report::figures::Record;
use crate::report::terminal_safe;
use std::io::{self, Write};

/// Write the records, one a line.
pub fn write(records: &[Record], c: &Catalogue, w: &mut dyn Write) -> io::Result<()> {
    for r in records {
        w.write_all(terminal_safe(&r.to_line(c)).as_bytes())?;
    }
    Ok(())
}
