//! Reading contracts: structured contract folders (`contract.toml`, `kk.md`,
//! `ru.md`) and documents nobody structured (plain text, HTML, text pulled
//! out of PDFs). Every reader produces the same [`crate::model`].

pub mod contract;
pub mod docx;
pub mod identifiers;
pub mod input;
pub mod markdown;
pub mod pdf;
pub mod piece;
pub mod plain;
pub mod revision;
pub mod template;
pub mod workspace;

use crate::diag::{num, Diagnostic, Error, Result};
use crate::lang::Lang;
use crate::messages::{Arg, Message, Msg};
use crate::model::{Bilingual, Document, Party};
use contract::{ContractMeta, PartyDef};
use std::collections::BTreeSet;
use std::path::Path;

/// A structured contract: its metadata and its two bodies.
#[derive(Debug, Clone)]
pub struct Contract {
    /// `contract.toml`.
    pub meta: ContractMeta,
    /// The bodies, rendered and read into the model.
    pub bi: Bilingual,
}

/// Is this path a contract folder?
pub fn is_contract_dir(path: &Path) -> bool {
    path.is_dir() && path.join("contract.toml").is_file()
}

/// Read a whole input file within the input size limit
/// ([`input::max_input_bytes`]), naming it `shown` in errors.
pub fn read_limited(path: &Path, shown: &str) -> Result<Vec<u8>> {
    input::read_bytes_shown(path, shown)
}

/// `missing`: what the file is, said when it does not exist.
fn read_text(path: &Path, shown: &str, missing: Msg) -> Result<String> {
    if !path.exists() {
        return Err(Diagnostic::file(shown, missing)
            .help(Message::new(Msg::SrcCreateFile).with("file", shown))
            .into());
    }
    let bytes = read_limited(path, shown)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() as u32 + 1;
        Error::from(Diagnostic::at(shown, line, Msg::SrcNotUtf8).help(Msg::SrcNotUtf8HelpFile))
    })
}

fn shown_path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

/// Requisites of a party as label/value lines in one language.
pub fn party_model(p: &PartyDef, lang: Lang) -> Party {
    let mut req = Vec::new();
    let label = |ru: &str, kk: &str| -> String {
        match lang {
            Lang::Ru => ru.to_string(),
            Lang::Kk => kk.to_string(),
        }
    };
    if let Some(a) = &p.address {
        req.push((label("Адрес", "Мекенжайы"), a.get(lang).to_string()));
    }
    if let Some(v) = &p.bin {
        req.push((label("БИН", "БСН"), v.clone()));
    }
    if let Some(v) = &p.iin {
        req.push((label("ИИН", "ЖСН"), v.clone()));
    }
    if let Some(v) = &p.iban {
        req.push((label("ИИК (IBAN)", "ЖСК (IBAN)"), v.clone()));
    }
    if let Some(v) = &p.bank {
        req.push((label("Банк", "Банк"), v.get(lang).to_string()));
    }
    if let Some(v) = &p.bik {
        req.push((label("БИК", "БСК"), v.clone()));
    }
    if let Some(v) = &p.phone {
        req.push((label("Телефон", "Телефон"), v.clone()));
    }
    if let Some(v) = &p.email {
        req.push((label("Эл. почта", "Эл. пошта"), v.clone()));
    }
    if let Some(v) = &p.site {
        req.push((label("Сайт", "Сайт"), v.clone()));
    }
    Party {
        role: p.role.get(lang).to_string(),
        name: p.name.get(lang).to_string(),
        requisites: req,
        signatory: p.signatory.as_ref().map(|s| s.get(lang).to_string()),
    }
}

/// Load a contract folder. Every problem found in `contract.toml`, `kk.md`
/// and `ru.md` is collected before giving up.
pub fn load_contract(dir: &Path) -> Result<Contract> {
    if !dir.is_dir() {
        return Err(
            Diagnostic::file(dir.display().to_string(), Msg::SrcNoSuchFolder)
                .help(Msg::SrcNoSuchFolderHelp)
                .into(),
        );
    }
    let toml_file = shown_path(dir, "contract.toml");
    let toml_text = read_text(
        &dir.join("contract.toml"),
        &toml_file,
        Msg::SrcMissingMetadata,
    )?;
    let mut diags = Vec::new();
    let mut sources = Vec::new();
    for lang in Lang::ALL {
        let name = format!("{}.md", lang.code());
        let shown = shown_path(dir, &name);
        match read_text(&dir.join(&name), &shown, Msg::SrcMissingBody) {
            Ok(t) => sources.push((lang, shown, t)),
            Err(Error::Input(d)) => diags.extend(d),
            Err(e) => return Err(e),
        }
    }
    // Marker characters would be read as lines, ids and references.
    diags.extend(template::marker_chars(&toml_text, &toml_file));
    let meta = match ContractMeta::parse(&toml_text, &toml_file) {
        Ok(m) => Some(m),
        Err(Error::Input(d)) => {
            diags.extend(d);
            None
        }
        Err(e) => return Err(e),
    };
    let Some(meta) = meta else {
        return Err(Error::Input(diags));
    };
    if sources.len() < 2 {
        return Err(Error::Input(diags));
    }

    // Ids must be declared in both languages.
    let declared: Vec<Vec<(String, u32)>> = sources
        .iter()
        .map(|(_, _, t)| template::declared_ids(t))
        .collect();
    for (i, (lang, file, _)) in sources.iter().enumerate() {
        let other: BTreeSet<&str> = declared[1 - i].iter().map(|(id, _)| id.as_str()).collect();
        for (id, line) in &declared[i] {
            if !other.contains(id.as_str()) {
                let only = match lang {
                    Lang::Kk => Msg::SrcIdOnlyKk,
                    Lang::Ru => Msg::SrcIdOnlyRu,
                };
                diags.push(
                    Diagnostic::at(
                        file,
                        *line,
                        Message::new(only).with("mark", format!("{{#{id}}}")),
                    )
                    .help(Msg::SrcIdSameClause),
                );
            }
        }
    }

    let mut docs = Vec::new();
    let mut all_targets = Vec::new();
    for (i, (lang, file, text)) in sources.iter().enumerate() {
        let ids: BTreeSet<String> = declared[i].iter().map(|(id, _)| id.clone()).collect();
        match template::render_body(text, file, *lang, &meta, &ids) {
            Ok(body) => {
                let mut doc = markdown::read(&body, *lang, file);
                let targets = markdown::ids(&doc, &mut diags);
                markdown::resolve_refs(&mut doc, &targets, &mut diags);
                all_targets.push((file.clone(), targets));
                doc.title = Some(meta.title.get(*lang).to_string());
                doc.parties = meta.parties.iter().map(|p| party_model(p, *lang)).collect();
                markdown::scrub(&mut doc, &mut diags);
                docs.push(doc);
            }
            Err(Error::Input(d)) => diags.extend(d),
            Err(e) => return Err(e),
        }
    }
    // Both bodies have the same appendices.
    if let [kk, ru] = docs.as_slice() {
        let count = |d: &Document| d.appendices().count();
        let (a, b) = (count(kk), count(ru));
        if a != b {
            let longer = if a > b { kk } else { ru };
            let line = longer.appendices().nth(a.min(b)).map_or(1, |h| h.line);
            diags.push(
                Diagnostic::at(
                    &longer.file,
                    line,
                    Message::new(Msg::SrcAppendicesDiffer)
                        .with("kk", num(a))
                        .with("ru", num(b)),
                )
                .help(Msg::SrcAppendicesDifferHelp),
            );
        }
    }
    // An id must mark the same clause number in both languages, or the
    // references rendered from it would disagree.
    if let [(kk_file, kk), (_, ru)] = all_targets.as_slice() {
        for (id, t) in kk {
            if let Some(r) = ru.get(id) {
                if t.appendix != r.appendix {
                    let show = |a: Option<u32>| match a {
                        Some(a) => Arg::Text(a.to_string()),
                        None => Arg::from(Msg::SrcNoNumber),
                    };
                    diags.push(
                        Diagnostic::at(
                            kk_file,
                            t.line,
                            Message::new(Msg::SrcIdAppendicesDiffer)
                                .with("mark", format!("{{#{id}}}"))
                                .with("kk", show(t.appendix))
                                .with("ru", show(r.appendix))
                                .with("line", num(r.line)),
                        )
                        .help(Msg::SrcIdSameClause),
                    );
                } else if t.number != r.number {
                    let show = |n: &Option<crate::model::ClauseNumber>| match n {
                        Some(n) => Arg::Text(n.to_string()),
                        None => Arg::from(Msg::SrcNoNumber),
                    };
                    diags.push(
                        Diagnostic::at(
                            kk_file,
                            t.line,
                            Message::new(Msg::SrcIdNumbersDiffer)
                                .with("mark", format!("{{#{id}}}"))
                                .with("kk", show(&t.number))
                                .with("ru", show(&r.number))
                                .with("line", num(r.line)),
                        )
                        .help(Msg::SrcIdSameClause),
                    );
                }
            }
        }
    }
    if !diags.is_empty() {
        return Err(Error::Input(diags));
    }
    let ru = docs.pop().unwrap_or_else(|| Document::new(Lang::Ru, ""));
    let kk = docs.pop().unwrap_or_else(|| Document::new(Lang::Kk, ""));
    Ok(Contract {
        meta,
        bi: Bilingual { kk, ru },
    })
}

/// Load any input the tools accept: a contract folder, or a document file
/// holding both languages (see [`input::load`]).
pub fn load_input(path: &Path) -> Result<Bilingual> {
    input::load(&[path.to_path_buf()])
}
