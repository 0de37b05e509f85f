//! This desk's name is per computer, not per event: it is remembered in the platform's
//! configuration folder, so a desk keeps its name across events and restarts.

use std::path::PathBuf;

const DEFAULT: &str = "Desk 1";

fn file() -> Option<PathBuf> {
    crate::config::file("desk-name")
}

/// The name given with `--desk` (remembered for next time), else the remembered one, else
/// "Desk 1".
pub fn resolve(given: Option<&str>) -> String {
    let given = given.map(str::trim).filter(|n| !n.is_empty());
    if let Some(name) = given {
        remember(name);
        return name.to_string();
    }
    file()
        .and_then(|path| std::fs::read_to_string(path).ok())
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| DEFAULT.to_string())
}

pub fn remember(name: &str) {
    let Some(path) = file() else { return };
    if let Some(Err(error)) = path.parent().map(std::fs::create_dir_all) {
        tracing::warn!(%error, path = %path.display(), "cannot make the folder for the desk name");
        return;
    }
    // All or nothing: a power cut mid-write must not leave the desk nameless at the next start.
    if let Err(error) = crate::file::write_atomic(&path, name.as_bytes()) {
        tracing::warn!(%error, "cannot remember the desk name");
    }
}
