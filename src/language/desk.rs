//! The language of this desk's staff belongs to the computer, like its name and its camera:
//! kept in frontdesk's configuration folder, never sent to the other desks.

use std::path::{Path, PathBuf};

use super::Language;
use crate::file::FileError;

const FILE_NAME: &str = "language";

#[derive(Debug, thiserror::Error)]
pub enum DeskLanguageError {
    #[error(
        "this computer has no configuration folder (no home directory) to keep the language in"
    )]
    NoFolder,
    #[error(transparent)]
    Write(#[from] FileError),
}

impl DeskLanguageError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &super::Texts) -> String {
        match self {
            DeskLanguageError::NoFolder => t.tr("setting-error-no-folder-language"),
            DeskLanguageError::Write(error) => error.say(t),
        }
    }
}

fn file() -> Option<PathBuf> {
    crate::config::file(FILE_NAME)
}

/// The language given (`--language`), else the one chosen in Settings on this computer, else
/// the computer's own.
pub fn for_this_desk(given: Option<Language>) -> Language {
    given
        .or_else(|| file().and_then(|path| read(&path)))
        .unwrap_or_else(Language::of_computer)
}

fn read(path: &Path) -> Option<Language> {
    let text = std::fs::read_to_string(path).ok()?;
    let language = Language::parse(&text);
    if language.is_none() {
        tracing::warn!(path = %path.display(), text, "not a language frontdesk speaks");
    }
    language
}

/// Keeps `language` for this computer's next start.
pub fn remember_for_this_desk(language: Language) -> Result<(), DeskLanguageError> {
    let path = file().ok_or(DeskLanguageError::NoFolder)?;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|source| FileError::Write {
            path: path.clone(),
            source,
        })?;
    }
    crate::file::write_atomic(&path, language.code().as_bytes())?;
    Ok(())
}
