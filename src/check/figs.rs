//! Where the checker gets its figures from: the figures engine
//! ([`crate::figures`]), through the two calls the rules make.

use crate::figures::Figure;
use crate::lang::Lang;

/// Every figure of `text`, sorted by position.
pub fn figures(text: &str, lang: Lang) -> Vec<Figure> {
    crate::figures::extract(text, lang)
}

/// Figures whose digits disagree with the number words beside them.
pub fn words_digits(text: &str, lang: Lang) -> Vec<Figure> {
    crate::figures::words_digits(text, lang)
}

/// True when the figure's digits and its number words differ.
pub fn digits_disagree(f: &Figure) -> bool {
    f.words_disagree()
}
