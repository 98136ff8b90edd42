//! Writing outputs atomically: to a temporary file in the target folder,
//! then renamed into place, so nothing is ever written half.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// Write several files, all or none: every file is first written to a
/// temporary file, and only when all succeeded are they renamed into place.
pub fn write_all_atomic(files: &[(std::path::PathBuf, Vec<u8>)]) -> Result<()> {
    let mut staged = Vec::new();
    for (path, bytes) in files {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut tmp = tempfile::Builder::new()
            .prefix(".qostil-")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write into folder {}", dir.display()))?;
        tmp.write_all(bytes)
            .with_context(|| format!("cannot write {}", path.display()))?;
        readable(tmp.as_file());
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        tmp.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// Temporary files are created private; outputs are ordinary files.
#[cfg(unix)]
fn readable(f: &std::fs::File) {
    use std::os::unix::fs::PermissionsExt;
    let _ = f.set_permissions(std::fs::Permissions::from_mode(0o644));
}

#[cfg(not(unix))]
fn readable(_f: &std::fs::File) {}
