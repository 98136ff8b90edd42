//! Writing XML text: escaping, and the characters XML 1.0 cannot hold.

use std::fmt::Write as _;

/// Can XML 1.0 hold this character? Control characters other than tab,
/// line feed and carriage return, and the non-characters U+FFFE and U+FFFF
/// cannot appear in a document, not even as references.
pub fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `s` escaped for text or a double-quoted attribute; characters XML
/// cannot hold are left out.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    esc_into(&mut out, s);
    out
}

/// Append `s`, escaped, to `out`.
pub fn esc_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// An element with attributes (values escaped) and no content.
pub fn empty(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    attrs_into(out, attrs);
    out.push_str("/>");
}

/// The start tag of an element.
pub fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    attrs_into(out, attrs);
    out.push('>');
}

/// The end tag of an element.
pub fn close(out: &mut String, tag: &str) {
    let _ = write!(out, "</{tag}>");
}

/// An element holding escaped text.
pub fn text_elem(out: &mut String, tag: &str, attrs: &[(&str, &str)], text: &str) {
    open(out, tag, attrs);
    esc_into(out, text);
    close(out, tag);
}

fn attrs_into(out: &mut String, attrs: &[(&str, &str)]) {
    for (k, v) in attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        esc_into(out, v);
        out.push('"');
    }
}

/// `<w:tag w:val="v"/>`.
pub fn val(out: &mut String, tag: &str, v: &str) {
    empty(out, tag, &[("w:val", v)]);
}

/// The XML declaration every part starts with.
pub const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The WordprocessingML main namespace.
pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The relationships namespace of the office document (`r:id`).
pub const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_what_xml_cannot_hold() {
        assert_eq!(esc("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
        assert_eq!(esc("x\u{1b}[2Jy\u{0}\u{FFFE}z\tq"), "x[2Jyz\tq");
        assert_eq!(esc("Қазақ тілі"), "Қазақ тілі");
    }
}
