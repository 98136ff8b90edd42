//! The labels that name an identifier in Russian and Kazakh requisites,
//! and the top-level domains a web address written without a scheme ends
//! with.
//!
//! The two languages label the same number differently: `БИН` / `БСН`
//! (business identification number), `ИИН` / `ЖСН` (individual
//! identification number), `ИИК` / `ЖСК` (individual identification code of
//! an account). Every label here is also one of
//! [`super::REQUISITE_LABELS`], lower case.

/// Labels of a BIN or IIN: twelve digits follow.
pub const BIN_LABELS: &[&str] = &["бин", "бсн", "иин", "жсн", "bin", "iin"];

/// Labels of a bank account: an IBAN or an older account number follows.
pub const ACCOUNT_LABELS: &[&str] = &["иик", "жск", "iik", "iban"];

/// Top-level domains a bare web address (`example.kz`, without `http` or
/// `www.`) may end with: only these make a dotted word an address, so that
/// abbreviations and numbers with dots are not taken for one.
pub const SITE_TLDS: &[&str] = &[
    "kz", "ru", "com", "org", "net", "info", "biz", "io", "app", "online", "site", "shop", "pro",
    "tech", "su", "uz", "kg", "by", "ua", "eu", "me", "edu", "gov",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_requisite_labels() {
        for l in BIN_LABELS.iter().chain(ACCOUNT_LABELS) {
            assert!(
                super::super::is_in(super::super::REQUISITE_LABELS, l),
                "{l}"
            );
        }
    }
}
