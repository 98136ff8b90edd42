//! Checking a bilingual contract: align the two languages clause by clause,
//! run the rules, collect findings.

pub mod finding;

pub use finding::{Finding, Location, Severity};
