//! This desk's name is per computer, not per event: it is remembered in the platform's
//! configuration folder, so a desk keeps its name across events and restarts.

use std::path::PathBuf;

const DEFAULT: &str = "Desk 1";

fn file() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "frontdesk", "frontdesk")
        .map(|dirs| dirs.config_dir().join("desk-name"))
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
    let written = path
        .parent()
        .map(std::fs::create_dir_all)
        .transpose()
        .and_then(|_| std::fs::write(&path, name));
    if let Err(error) = written {
        tracing::warn!(%error, path = %path.display(), "cannot remember the desk name");
    }
}
