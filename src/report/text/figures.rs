//! The text listing of figures, one a line:
//!
//! ```text
//! 3:ru duration 10 day(working) words=10 "10 (десяти) рабочих дней"
//! ```

use crate::report::figures::Record;
use crate::report::terminal_safe;
use std::io::{self, Write};

/// Write the records, one a line.
pub fn write(records: &[Record], w: &mut dyn Write) -> io::Result<()> {
    for r in records {
        w.write_all(terminal_safe(&r.to_line()).as_bytes())?;
    }
    Ok(())
}
