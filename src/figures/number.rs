//! Exact decimal numbers.

use serde::{Serialize, Serializer};
use std::fmt;

/// An exact non-negative decimal: `digits / 10^scale`, always normalised (no
/// trailing zeros in the fraction), so that `0,50` and `0.5` are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Number {
    digits: u128,
    scale: u8,
}

impl Number {
    /// A whole number.
    pub fn int(n: u64) -> Number {
        Number {
            digits: n as u128,
            scale: 0,
        }
    }

    /// `digits / 10^scale`, normalised.
    pub fn new(mut digits: u128, mut scale: u8) -> Number {
        while scale > 0 && digits.is_multiple_of(10) {
            digits /= 10;
            scale -= 1;
        }
        Number { digits, scale }
    }

    /// Parse plain ASCII digits with an optional `.` or `,` decimal separator
    /// (`990000`, `0,5`, `12.75`). Group separators are not accepted here.
    pub fn parse(s: &str) -> Option<Number> {
        let s = s.trim();
        let (int, frac) = match s.find(['.', ',']) {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s, ""),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 12 {
            return None;
        }
        let mut digits: u128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            digits = digits.checked_mul(10)?.checked_add((b - b'0') as u128)?;
        }
        Some(Number::new(digits, frac.len() as u8))
    }

    /// The integer part.
    pub fn int_part(&self) -> u128 {
        self.digits / 10u128.pow(self.scale as u32)
    }

    /// The fraction digits and their count (`(5, 1)` for 0.5).
    pub fn frac_part(&self) -> (u128, u8) {
        (self.digits % 10u128.pow(self.scale as u32), self.scale)
    }

    /// True for whole numbers.
    pub fn is_int(&self) -> bool {
        self.scale == 0
    }

    /// The value as a whole number, when it is one and fits.
    pub fn as_u64(&self) -> Option<u64> {
        if self.scale == 0 {
            u64::try_from(self.digits).ok()
        } else {
            None
        }
    }

    /// Approximate value, for display only.
    pub fn to_f64(&self) -> f64 {
        self.digits as f64 / 10f64.powi(self.scale as i32)
    }
}

impl fmt::Display for Number {
    /// Plain form with a `.` separator and no grouping: `990000`, `0.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (frac, scale) = self.frac_part();
        if scale == 0 {
            write!(f, "{}", self.int_part())
        } else {
            write!(
                f,
                "{}.{:0width$}",
                self.int_part(),
                frac,
                width = scale as usize
            )
        }
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_normalise() {
        assert_eq!(Number::parse("0,50"), Number::parse("0.5"));
        assert_eq!(Number::parse("990000").unwrap().to_string(), "990000");
        assert_eq!(Number::parse("12.75").unwrap().to_string(), "12.75");
        assert_eq!(Number::parse("0.05").unwrap().to_string(), "0.05");
        assert_eq!(Number::parse("1.0"), Some(Number::int(1)));
        assert!(Number::parse("1 000").is_none());
        assert!(Number::parse("").is_none());
    }
}
