//! Turning the inputs of `qostil check` into one [`Bilingual`]: a contract
//! folder, two files (one per language) or one file holding both.

use crate::diag::{num, Diagnostic, Error, Result};
use crate::lang::Lang;
use crate::messages::{Arg, Message, Msg};
use crate::model::Bilingual;
use crate::source::plain;
use std::path::{Path, PathBuf};

/// The largest input file read by default: 512 MiB. A document of that
/// size checks in a few GB of memory; beyond it the user raises the limit
/// with `QOSTIL_MAX_INPUT_MB` knowingly.
pub const DEFAULT_MAX_INPUT_MB: u64 = 512;

/// The largest input file read, in bytes: `QOSTIL_MAX_INPUT_MB` (whole
/// megabytes) or [`DEFAULT_MAX_INPUT_MB`].
pub fn max_input_bytes() -> u64 {
    std::env::var("QOSTIL_MAX_INPUT_MB")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|mb| *mb > 0)
        .unwrap_or(DEFAULT_MAX_INPUT_MB)
        .saturating_mul(1024 * 1024)
}

/// Read a whole input file, refusing one larger than [`max_input_bytes`]
/// (also when it grows while read, as a pipe or a device may).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    read_bytes_shown(path, &path.display().to_string())
}

/// [`read_bytes`], naming the file `shown` in errors.
pub fn read_bytes_shown(path: &Path, shown: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let limit = max_input_bytes();
    let too_big = || -> Error {
        Diagnostic::file(
            shown,
            Message::new(Msg::SrcTooLarge).with("mb", num(limit / (1024 * 1024))),
        )
        .help(Msg::SrcTooLargeHelp)
        .into()
    };
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    if file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() > limit)
    {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_big());
    }
    Ok(bytes)
}

/// The format of an input file, told by its content first (a ZIP archive is
/// a DOCX, `%PDF` a PDF), by its extension for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Text: plain, Markdown or HTML, read by the structure reader.
    Text,
    /// A Word document (Office Open XML).
    Docx,
    /// A PDF with a text layer.
    Pdf,
}

/// The format of a file from its first bytes (and its name, when the
/// content does not say).
pub fn sniff(path: &Path, bytes: &[u8]) -> InputFormat {
    // A ZIP package, or a Word 97–2003 (or encrypted) document, which the
    // DOCX reader tells apart and refuses with advice.
    if bytes.starts_with(b"PK\x03\x04") || super::docx::is_legacy(bytes) {
        return InputFormat::Docx;
    }
    // `%PDF-` may follow a few bytes of junk (the format allows 1024).
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return InputFormat::Pdf;
    }
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("docx") if bytes.starts_with(b"PK") => InputFormat::Docx,
        _ => InputFormat::Text,
    }
}

/// A document read from a file: text for the structure reader, or the
/// pieces a format reader made of it.
pub enum Read {
    /// Text (plain, Markdown, HTML).
    Text(String),
    /// The pieces of a DOCX or PDF.
    Pieces(super::piece::Extracted),
}

/// Read any input file: text is checked for UTF-8 and clause depth; a DOCX
/// or PDF goes to its format reader.
pub fn read_document(path: &Path) -> Result<Read> {
    let shown = path.display().to_string();
    let bytes = read_bytes(path)?;
    match sniff(path, &bytes) {
        InputFormat::Docx => Ok(Read::Pieces(super::docx::read(&bytes, &shown)?)),
        InputFormat::Pdf => Ok(Read::Pieces(super::pdf::read(&bytes, &shown)?)),
        InputFormat::Text => {
            let text = text_of(bytes, path)?;
            check_depth(&text, path)?;
            Ok(Read::Text(text))
        }
    }
}

/// Read a text file as UTF-8 (a byte-order mark is dropped; invalid bytes
/// are an error naming the file and line).
pub fn read_text(path: &Path) -> Result<String> {
    text_of(read_bytes(path)?, path)
}

fn text_of(bytes: Vec<u8>, path: &Path) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let upto = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = upto.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            Err(
                Diagnostic::at(path.display().to_string(), line, Msg::SrcNotUtf8)
                    .help(Msg::SrcNotUtf8Help)
                    .into(),
            )
        }
    }
}

/// Refuse a text whose line starts with a clause number deeper than
/// [`crate::model::MAX_DEPTH`] levels: no contract nests so deep, and the
/// reader would otherwise take it for text without a word.
pub fn check_depth(text: &str, path: &Path) -> Result<()> {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start_matches(|c: char| c.is_whitespace() || c == '#');
        let number: &str = &t[..t
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len())];
        let levels = number.split('.').filter(|p| !p.is_empty()).count();
        if levels > crate::model::MAX_DEPTH {
            return Err(Diagnostic::at(
                path.display().to_string(),
                i as u32 + 1,
                Message::new(Msg::SrcTooDeep)
                    .with("levels", levels)
                    .with("max", crate::model::MAX_DEPTH),
            )
            .help(Msg::SrcTooDeepHelp)
            .into());
        }
    }
    Ok(())
}

/// The language a file name declares (`offer.kk.md`, `ru.txt`), if any.
pub fn lang_from_name(path: &Path) -> Option<Lang> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let parts: Vec<&str> = name.split(['.', '-', '_']).collect();
    let n = parts.len();
    // The extension is the last part; the language is any part before it.
    parts
        .iter()
        .take(n.saturating_sub(1).max(1))
        .rev()
        .find_map(|p| Lang::from_code(p))
}

/// A contract folder: with `contract.toml`, read by the structured reader
/// (figures rendered, lines pointing into `kk.md` / `ru.md`); without it,
/// `kk.md` and `ru.md` read as two plain Markdown files, template
/// expressions read as their names.
pub fn load_folder(dir: &Path) -> Result<Bilingual> {
    if super::is_contract_dir(dir) {
        return super::load_contract(dir).map(|c| c.bi);
    }
    if !dir.join("kk.md").is_file() || !dir.join("ru.md").is_file() {
        return Err(
            Diagnostic::file(dir.display().to_string(), Msg::SrcNotContractFolder)
                .help(Msg::SrcGiveInputs)
                .into(),
        );
    }
    let mut docs = Vec::new();
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.md", lang.code()));
        let text = read_text(&path)?;
        check_depth(&text, &path)?;
        let file = path.display().to_string();
        docs.push(plain::read_single(&text, &file, lang, true));
    }
    let ru = docs
        .pop()
        .ok_or_else(|| Error::Other("no Russian text".into()))?;
    let kk = docs
        .pop()
        .ok_or_else(|| Error::Other("no Kazakh text".into()))?;
    Ok(Bilingual { kk, ru })
}

/// Load the inputs of a check: one folder, one bilingual file, or two
/// files (one per language, told apart by `.kk.`/`.ru.` in the name or by
/// their letters).
pub fn load(inputs: &[PathBuf]) -> Result<Bilingual> {
    match inputs {
        [one] if one.is_dir() => load_folder(one),
        [one] => {
            let file = one.display().to_string();
            Ok(match read_document(one)? {
                Read::Text(text) => plain::read_bilingual(&text, &file),
                Read::Pieces(x) => super::piece::to_bilingual(x, &file),
            })
        }
        [a, b] => {
            let ra = read_document(a)?;
            let rb = read_document(b)?;
            let language = |r: &Read| match r {
                Read::Text(t) => plain::dominant_language(t),
                Read::Pieces(x) => super::piece::dominant_language(x),
            };
            let la = lang_from_name(a).or_else(|| language(&ra));
            let lb = lang_from_name(b).or_else(|| language(&rb));
            let (la, lb) = match (la, lb) {
                (Some(x), Some(y)) if x != y => (x, y),
                (Some(x), None) => (x, x.other()),
                (None, Some(y)) => (y.other(), y),
                _ => {
                    return Err(Diagnostic::file(
                        b.display().to_string(),
                        Message::new(Msg::SrcLangsUnknown)
                            .with("a", Arg::Text(a.display().to_string()))
                            .with("b", Arg::Text(b.display().to_string())),
                    )
                    .help(Msg::SrcLangsUnknownHelp)
                    .into())
                }
            };
            let single = |r: Read, path: &Path, lang: Lang| {
                let file = path.display().to_string();
                match r {
                    Read::Text(t) => plain::read_single(&t, &file, lang, false),
                    Read::Pieces(x) => super::piece::to_single(x, &file, lang),
                }
            };
            let da = single(ra, a, la);
            let db = single(rb, b, lb);
            Ok(if la == Lang::Kk {
                Bilingual { kk: da, ru: db }
            } else {
                Bilingual { kk: db, ru: da }
            })
        }
        _ => Err(Diagnostic::file(
            inputs
                .get(2)
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            Msg::SrcGiveInputs,
        )
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_declare_languages() {
        assert_eq!(lang_from_name(Path::new("offer.kk.md")), Some(Lang::Kk));
        assert_eq!(
            lang_from_name(Path::new("dir/offer-ru.txt")),
            Some(Lang::Ru)
        );
        assert_eq!(lang_from_name(Path::new("ru.md")), Some(Lang::Ru));
        assert_eq!(lang_from_name(Path::new("offer.txt")), None);
    }
}
