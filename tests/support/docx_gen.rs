//! A small writer of Word documents for tests and benchmarks: paragraphs
//! numbered by Word's automatic numbering (a multilevel list linked to a
//! heading style and a clause style, as lawyers' templates do), bullets,
//! and two-column tables of the two languages; and raw packages of any
//! parts, for damaged files.

#![allow(dead_code)]

use qostil::model::{Block, Document};
use std::io::Write;

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The title (style Title).
    Title,
    /// A section heading, numbered `1.` by the list.
    Heading,
    /// A clause, numbered `1.1.`.
    Clause,
    /// A sub-clause, numbered `1.1.1.`.
    Sub,
    /// A bullet item.
    Bullet,
    /// Running text without a number.
    Plain,
}

/// A paragraph to write.
#[derive(Debug, Clone)]
pub struct P {
    /// Its kind.
    pub kind: Kind,
    /// Its text (tabs become `w:tab`).
    pub text: String,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The XML of one paragraph; `list` is the list instance of the numbered
/// kinds (1 in a one-language document; 2 and 3 for the two columns).
pub fn para_xml(p: &P, list: u32) -> String {
    let ppr = match p.kind {
        Kind::Title => r#"<w:pPr><w:pStyle w:val="Title"/></w:pPr>"#.to_string(),
        Kind::Heading if list == 1 => r#"<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>"#.into(),
        Kind::Clause if list == 1 => r#"<w:pPr><w:pStyle w:val="Clause"/></w:pPr>"#.into(),
        Kind::Heading | Kind::Clause | Kind::Sub => {
            let lvl = match p.kind {
                Kind::Heading => 0,
                Kind::Clause => 1,
                _ => 2,
            };
            format!(
                r#"<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{list}"/></w:numPr></w:pPr>"#
            )
        }
        Kind::Bullet => {
            r#"<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr>"#.into()
        }
        Kind::Plain => String::new(),
    };
    let mut runs = String::new();
    for (i, part) in p.text.split('\t').enumerate() {
        if i > 0 {
            runs.push_str("<w:r><w:tab/></w:r>");
        }
        if !part.is_empty() {
            runs.push_str(&format!(
                r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
                esc(part)
            ));
        }
    }
    format!("<w:p>{ppr}{runs}</w:p>")
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn multilevel(id: u32) -> String {
    let texts = ["%1.", "%1.%2.", "%1.%2.%3.", "%1.%2.%3.%4."];
    let mut s =
        format!(r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="multilevel"/>"#);
    for (l, t) in texts.iter().enumerate() {
        let style = match (id, l) {
            (1, 0) => r#"<w:pStyle w:val="Heading1"/>"#,
            (1, 1) => r#"<w:pStyle w:val="Clause"/>"#,
            _ => "",
        };
        s.push_str(&format!(
            r#"<w:lvl w:ilvl="{l}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{style}<w:lvlText w:val="{t}"/></w:lvl>"#
        ));
    }
    s.push_str("</w:abstractNum>");
    s
}

fn numbering() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">{}{}{}<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num></w:numbering>"#,
        multilevel(1),
        multilevel(2),
        multilevel(3)
    )
}

fn styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#
    )
}

/// A ZIP package of the given parts (names and contents as given).
pub fn package(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in parts {
            z.start_file(*name, opts).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#;

/// A whole document whose body XML is `body`.
pub fn docx_of_body(body: &str) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
    );
    package(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", RELS.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", DOC_RELS.as_bytes().to_vec()),
        ("word/document.xml", document.into_bytes()),
        ("word/styles.xml", styles().into_bytes()),
        ("word/numbering.xml", numbering().into_bytes()),
    ])
}

/// A document of paragraphs in one language.
pub fn docx(paras: &[P]) -> Vec<u8> {
    let body: String = paras.iter().map(|p| para_xml(p, 1)).collect();
    docx_of_body(&body)
}

/// The XML of a two-column table: each row a Kazakh cell and a Russian
/// cell, each column on a list of its own.
pub fn table_xml(rows: &[(P, P)]) -> String {
    let mut s = String::from(
        r#"<w:tbl><w:tblGrid><w:gridCol w:w="4677"/><w:gridCol w:w="4677"/></w:tblGrid>"#,
    );
    for (kk, ru) in rows {
        s.push_str(&format!(
            "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
            para_xml(kk, 2),
            para_xml(ru, 3)
        ));
    }
    s.push_str("</w:tbl><w:p/>");
    s
}

/// The paragraphs of a document read into the model: headings and clauses
/// by the depth of their numbers (the numbers left to the list), lists as
/// bullets, table rows as tab-separated lines, then the parties'
/// requisites as bullets (as the Word fixtures list them).
pub fn paragraphs_of(doc: &Document) -> Vec<P> {
    let mut out = Vec::new();
    if let Some(t) = &doc.title {
        out.push(P {
            kind: Kind::Title,
            text: t.clone(),
        });
    }
    fn walk(b: &Block, out: &mut Vec<P>) {
        match b {
            Block::Heading(h) => out.push(P {
                kind: if h.number.is_some() {
                    Kind::Heading
                } else {
                    Kind::Plain
                },
                text: h.text.to_plain(),
            }),
            Block::Clause(c) => {
                let kind = match c.number.as_ref().map(|n| n.depth()) {
                    Some(1) => Kind::Heading,
                    Some(2) => Kind::Clause,
                    Some(3) => Kind::Sub,
                    _ => Kind::Plain,
                };
                let text = match (&c.number, kind) {
                    (Some(n), Kind::Plain) => format!("{n}. {}", c.text.to_plain()),
                    _ => c.text.to_plain(),
                };
                out.push(P { kind, text });
                for ch in &c.children {
                    walk(ch, out);
                }
            }
            Block::List(l) => {
                for i in &l.items {
                    out.push(P {
                        kind: Kind::Bullet,
                        text: i.text.to_plain(),
                    });
                }
            }
            Block::Table(t) => {
                for row in std::iter::once(&t.header).chain(&t.rows) {
                    if row.is_empty() {
                        continue;
                    }
                    out.push(P {
                        kind: Kind::Plain,
                        text: row
                            .iter()
                            .map(|c| c.to_plain())
                            .collect::<Vec<_>>()
                            .join("\t"),
                    });
                }
            }
        }
    }
    for b in &doc.blocks {
        walk(b, &mut out);
    }
    // The parties' requisites, as a list of lines (`БИН<tab>…`).
    for party in &doc.parties {
        let mut lines = vec![party.role.clone(), party.name.clone()];
        lines.extend(party.requisites.iter().map(|(k, v)| format!("{k}\t{v}")));
        lines.extend(party.signatory.clone());
        for text in lines.into_iter().filter(|l| !l.trim().is_empty()) {
            out.push(P {
                kind: Kind::Bullet,
                text,
            });
        }
    }
    if let Some(r) = &doc.requisites {
        for (_, l) in &r.lines {
            out.push(P {
                kind: Kind::Plain,
                text: l.clone(),
            });
        }
    }
    out
}
