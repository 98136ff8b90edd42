//! Checks of the identifiers in a contract's requisites, as the issuing
//! registries define them, so that a mistyped digit is caught when the
//! contract is rendered, not when a payment bounces:
//!
//! - **ИИН / БИН** (БСН / ЖСН), 12 digits: the last is a check digit. The
//!   first eleven are weighted 1…11 and summed modulo 11; a remainder of
//!   10 means a second pass with the weights 3…11, 1, 2; a second 10 makes
//!   the number invalid; otherwise the remainder is the check digit.
//! - **IBAN** (ИИК / ЖСК) of Kazakhstan: `KZ`, two check digits, three of
//!   the bank and thirteen of the account, 20 characters; valid when the
//!   number made of the last 16 characters followed by the first 4 (letters
//!   as 10–35) leaves 1 modulo 97 (ISO 13616).
//! - **БИК** (БСК): the SWIFT/BIC form Kazakh banks use: four letters of the
//!   bank, `KZ`, two letters or digits of the place, optionally three of the
//!   branch (ISO 9362).

/// Is this a valid ИИН / БИН (12 digits with a correct check digit)?
pub fn iin_bin_valid(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 12 || s.chars().count() != 12 {
        return false;
    }
    let sum = |w: &[u32]| d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut r = sum(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if r == 10 {
        r = sum(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
        if r == 10 {
            return false;
        }
    }
    r == d[11]
}

/// Is this a valid IBAN of Kazakhstan (`KZ`, 20 characters, mod 97)?
pub fn kz_iban_valid(s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() != 20 || !s.starts_with("KZ") || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    if !s[2..4].bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let rotated = s[4..].chars().chain(s[..4].chars());
    let mut rem: u32 = 0;
    for c in rotated {
        let v = match c.to_digit(36) {
            Some(v) if c.is_ascii_uppercase() || c.is_ascii_digit() => v,
            _ => return false,
        };
        let (scale, v) = if v >= 10 { (100, v) } else { (10, v) };
        rem = (rem * scale + v) % 97;
    }
    rem == 1
}

/// Is this a БИК of a Kazakh bank (`XXXXKZ..`, 8 or 11 characters)?
pub fn kz_bik_valid(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() == 8 || b.len() == 11)
        && b[..4].iter().all(u8::is_ascii_uppercase)
        && &b[4..6] == b"KZ"
        && b[6..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iin_and_bin_check_digits() {
        assert!(iin_bin_valid("210940017387"));
        assert!(iin_bin_valid("210140000125"));
        assert!(!iin_bin_valid("210140000123"));
        assert!(!iin_bin_valid("21014000012"));
        assert!(!iin_bin_valid("21014000012a"));
        // Nearly every one-digit change of a valid number is caught (the
        // second pass, taken when the first gives 10, lets a few through).
        let good = "210940017387";
        let (mut caught, mut all) = (0, 0);
        for i in 0..12 {
            for d in '0'..='9' {
                let mut c: Vec<char> = good.chars().collect();
                if c[i] == d {
                    continue;
                }
                c[i] = d;
                let s: String = c.into_iter().collect();
                all += 1;
                caught += usize::from(!iin_bin_valid(&s));
            }
        }
        assert!(caught * 100 >= all * 90, "{caught} of {all}");
    }

    #[test]
    fn ibans_of_kazakhstan() {
        assert!(kz_iban_valid("KZ119930000000417265"));
        assert!(kz_iban_valid("KZ35601A000000012345"));
        assert!(kz_iban_valid("KZ35 601A 0000 0001 2345"));
        assert!(!kz_iban_valid("KZ12601A000000012345"));
        assert!(!kz_iban_valid("KZ119930000000417256"));
        assert!(!kz_iban_valid("DE89370400440532013000"));
        assert!(!kz_iban_valid("KZ11993000000041726"));
    }

    #[test]
    fn bank_codes() {
        assert!(kz_bik_valid("HSBKKZKX"));
        assert!(kz_bik_valid("DALAKZKA"));
        assert!(kz_bik_valid("CASPKZKAXXX"));
        assert!(!kz_bik_valid("HSBKRUKX"));
        assert!(!kz_bik_valid("hsbkkzkx"));
        assert!(!kz_bik_valid("HSBKKZK"));
    }
}
