//! Paragraph styles (`styles.xml`): the list a style numbers its
//! paragraphs with, and whether it makes them headings, each looked up
//! through the chain of styles it is based on.

use super::numbering::{attr, child, is, val_int, LEVELS};
use roxmltree::Node;
use std::collections::HashMap;

/// How many `w:basedOn` links are followed (a cycle stops there too).
const MAX_CHAIN: usize = 16;

/// One style.
#[derive(Debug, Clone, Default)]
pub struct Style {
    /// Its name (`heading 1`, `Title`, `Clause`).
    pub name: String,
    /// The style it is based on.
    pub based_on: Option<String>,
    /// The list instance of its `w:numPr`.
    pub num_id: Option<i64>,
    /// The list level of its `w:numPr`.
    pub ilvl: Option<usize>,
    /// Its outline level (0: the top heading level).
    pub outline: Option<i64>,
}

/// The styles of a document.
#[derive(Debug, Clone, Default)]
pub struct Styles {
    /// Paragraph and numbering styles by id.
    pub by_id: HashMap<String, Style>,
    /// The default paragraph style.
    pub default: Option<String>,
    /// Numbering styles: id → the list instance they name.
    pub numbering: HashMap<String, i64>,
}

/// The `w:numPr` of a `w:pPr`: instance id and level, each when given.
pub fn num_pr(ppr: Node<'_, '_>) -> (Option<i64>, Option<usize>) {
    match child(ppr, "numPr") {
        Some(n) => (
            val_int(n, "numId"),
            val_int(n, "ilvl").map(|l| l.clamp(0, LEVELS as i64 - 1) as usize),
        ),
        None => (None, None),
    }
}

impl Styles {
    /// Read `styles.xml` (its root element).
    pub fn parse(root: Node<'_, '_>) -> Styles {
        let mut s = Styles::default();
        for n in root.children().filter(|c| is(*c, "style")) {
            let Some(id) = attr(n, "styleId") else {
                continue;
            };
            let kind = attr(n, "type").unwrap_or("paragraph");
            let ppr = child(n, "pPr");
            let (num_id, ilvl) = ppr.map_or((None, None), num_pr);
            if kind == "numbering" {
                if let Some(num) = num_id {
                    s.numbering.insert(id.to_string(), num);
                }
                continue;
            }
            if kind != "paragraph" {
                continue;
            }
            if s.default.is_none() && matches!(attr(n, "default"), Some("1" | "true" | "on")) {
                s.default = Some(id.to_string());
            }
            let style = Style {
                name: child(n, "name")
                    .and_then(|x| attr(x, "val"))
                    .unwrap_or(id)
                    .to_string(),
                based_on: child(n, "basedOn")
                    .and_then(|x| attr(x, "val"))
                    .map(str::to_string),
                num_id,
                ilvl,
                outline: ppr.and_then(|p| val_int(p, "outlineLvl")),
            };
            s.by_id.entry(id.to_string()).or_insert(style);
        }
        s
    }

    /// The style chain of a paragraph: its style (or the default one),
    /// then the styles it is based on.
    fn chain<'a>(&'a self, style: Option<&'a str>) -> impl Iterator<Item = (&'a str, &'a Style)> {
        let mut next = style.or(self.default.as_deref());
        let mut seen = 0;
        std::iter::from_fn(move || {
            if seen >= MAX_CHAIN {
                return None;
            }
            seen += 1;
            let id = next?;
            let s = self.by_id.get(id)?;
            next = s.based_on.as_deref();
            Some((id, s))
        })
    }

    /// The list instance and level a style gives its paragraphs, each the
    /// first found along the chain.
    pub fn numbering(&self, style: Option<&str>) -> (Option<i64>, Option<usize>) {
        let mut num = None;
        let mut lvl = None;
        for (_, s) in self.chain(style) {
            if num.is_none() {
                num = s.num_id;
            }
            if lvl.is_none() {
                lvl = s.ilvl;
            }
            if num.is_some() && lvl.is_some() {
                break;
            }
        }
        (num, lvl)
    }

    /// The styles of the chain, by id (for a list level linked to one of
    /// them).
    pub fn chain_ids<'a>(&'a self, style: Option<&'a str>) -> Vec<&'a str> {
        self.chain(style).map(|(id, _)| id).collect()
    }

    /// True when the style makes a heading: a title or heading style, or
    /// an outline level, along the chain.
    pub fn is_heading(&self, style: Option<&str>) -> bool {
        self.chain(style).any(|(id, s)| {
            let name = s.name.to_lowercase();
            let id = id.to_lowercase();
            name == "title"
                || name.starts_with("heading")
                || id == "title"
                || id.starts_with("heading")
                || s.outline.is_some_and(|o| (0..9).contains(&o))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_and_headings_follow_based_on_and_stop_on_cycles() {
        let xml = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
            <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub clause"/><w:basedOn w:val="H1"/>
            <w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>
          <w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>
        </w:styles>"#;
        let doc = roxmltree::Document::parse(xml).unwrap();
        let s = Styles::parse(doc.root_element());
        assert_eq!(s.numbering(Some("Sub")), (Some(3), Some(2)));
        assert_eq!(s.numbering(Some("H1")), (Some(3), None));
        assert_eq!(s.numbering(None), (None, None));
        assert!(s.is_heading(Some("Sub")));
        assert!(!s.is_heading(None));
        assert_eq!(s.numbering(Some("A")), (None, None));
        assert!(!s.is_heading(Some("A")));
    }
}
