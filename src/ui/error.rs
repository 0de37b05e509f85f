//! What can go wrong behind a screen, as one `Clone` type the screens' messages can carry. It
//! keeps the core's errors as they are (behind an `Arc` where they are not `Clone`), so a
//! screen can tell a busy database from an unreadable file and say the right sentence.

use std::path::PathBuf;
use std::sync::Arc;

use crate::badge::BadgeError;
use crate::export::ExportError;
use crate::import::ImportError;
use crate::language::{Texts, detail_arg, path_arg};
use crate::pin::PinError;
use crate::printer::PrintError;
use crate::sample::SampleError;
use crate::store::StoreError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(Arc<StoreError>),
    #[error(transparent)]
    Pin(Arc<PinError>),
    #[error(transparent)]
    Badge(Arc<BadgeError>),
    #[error(transparent)]
    Print(#[from] PrintError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Export(Arc<ExportError>),
    #[error(transparent)]
    Sample(Arc<SampleError>),
    /// A file the organizer chose cannot be read; `name` is how the screen names it.
    #[error("{name} could not be read ({source}); choose another file.")]
    Unreadable {
        name: String,
        source: Arc<std::io::Error>,
    },
    #[error("cannot write {}: {source}", path.display())]
    Unwritable {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    /// The thread doing the work ended without an answer (it panicked).
    #[error(transparent)]
    File(Arc<crate::file::FileError>),
    #[error("the worker stopped unexpectedly")]
    WorkerStopped,
    #[error(transparent)]
    Hub(Arc<crate::hub::HubError>),
    #[error(transparent)]
    Camera(Arc<crate::camera::CameraSettingError>),
    #[error(transparent)]
    Language(Arc<crate::language::DeskLanguageError>),
}

impl From<crate::language::DeskLanguageError> for Error {
    fn from(error: crate::language::DeskLanguageError) -> Error {
        Error::Language(Arc::new(error))
    }
}

impl From<crate::camera::CameraSettingError> for Error {
    fn from(error: crate::camera::CameraSettingError) -> Error {
        Error::Camera(Arc::new(error))
    }
}

impl From<crate::hub::HubError> for Error {
    fn from(error: crate::hub::HubError) -> Error {
        match error {
            crate::hub::HubError::Store(store) => Error::Store(Arc::new(store)),
            other => Error::Hub(Arc::new(other)),
        }
    }
}

impl Error {
    /// Another desk or program holds the database's write lock longer than the store waits:
    /// trying again in a moment helps, unlike for a damaged file.
    pub fn is_busy(&self) -> bool {
        match self {
            Error::Store(store) => store.is_busy(),
            Error::Pin(pin) => matches!(pin.as_ref(), PinError::Store(store) if store.is_busy()),
            _ => false,
        }
    }

    /// The error as a clause in `t`'s language, for a screen to put after "Not saved: " and
    /// the like.
    pub fn say(&self, t: &Texts) -> String {
        match self {
            Error::Store(error) => error.say(t),
            Error::Pin(error) => error.say(t),
            Error::Badge(error) => error.say(t),
            Error::Print(error) => error.say(t),
            // An import's refusal is a whole sentence already.
            Error::Import(error) => error.say(t),
            Error::Export(error) => error.say(t),
            Error::Sample(error) => error.say(t),
            Error::Unreadable { name, source } => t.tr_with(
                "file-error-unreadable",
                &[
                    ("file", name.as_str().into()),
                    ("detail", detail_arg(source)),
                ],
            ),
            Error::Unwritable { path, source } => t.tr_with(
                "file-error-write",
                &[("file", path_arg(path)), ("detail", detail_arg(source))],
            ),
            Error::File(error) => error.say(t),
            Error::WorkerStopped => t.tr("error-worker-stopped"),
            Error::Hub(error) => error.say(t),
            Error::Camera(error) => error.say(t),
            Error::Language(error) => error.say(t),
        }
    }

    /// [`Error::say`] as a sentence of its own: a capital first and a full stop after.
    pub fn sentence(&self, t: &Texts) -> String {
        match self {
            Error::Import(_) => self.say(t),
            _ => as_sentence(&self.say(t)),
        }
    }

    /// The error in the user's words when the disk holding the database at `db` is its
    /// cause (full, read-only, a folder this user cannot write).
    pub fn diagnosed(self, db: &std::path::Path) -> Error {
        let store = match &self {
            Error::Store(store) => store.as_ref(),
            Error::Pin(pin) => match pin.as_ref() {
                PinError::Store(store) => store,
                _ => return self,
            },
            _ => return self,
        };
        match crate::store::disk::disk_reason(db, store) {
            Some(reason) => Error::Store(Arc::new(reason)),
            None => self,
        }
    }

    pub fn unwritable(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Unwritable {
            path: path.into(),
            source: Arc::new(source),
        }
    }
}

impl From<StoreError> for Error {
    fn from(error: StoreError) -> Self {
        Error::Store(Arc::new(error))
    }
}

impl From<PinError> for Error {
    fn from(error: PinError) -> Self {
        match error {
            PinError::Store(store) => Error::from(store),
            other => Error::Pin(Arc::new(other)),
        }
    }
}

impl From<BadgeError> for Error {
    fn from(error: BadgeError) -> Self {
        Error::Badge(Arc::new(error))
    }
}

impl From<ExportError> for Error {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Store(store) => Error::from(store),
            other => Error::Export(Arc::new(other)),
        }
    }
}

impl From<crate::file::FileError> for Error {
    fn from(error: crate::file::FileError) -> Self {
        Error::File(Arc::new(error))
    }
}

impl From<SampleError> for Error {
    fn from(error: SampleError) -> Self {
        match error {
            SampleError::Store(store) => Error::from(store),
            other => Error::Sample(Arc::new(other)),
        }
    }
}

/// `clause` with a capital first and a full stop after, unless it ends in one already. A
/// clause that starts with a file's or a computer's name ("guests.csv is empty") keeps it as
/// it is spelled.
pub fn as_sentence(clause: &str) -> String {
    let end = if clause.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    let first_word = clause.split_whitespace().next().unwrap_or("");
    let is_a_word = first_word
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | ':' | ','));
    let mut chars = clause.chars();
    match chars.next() {
        Some(first) if is_a_word => format!("{}{}{end}", first.to_uppercase(), chars.as_str()),
        Some(_) => format!("{clause}{end}"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locked_database_is_busy_and_an_unreadable_file_is_not() {
        let locked = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert!(Error::from(StoreError::from(locked)).is_busy());
        let unreadable = Error::Unreadable {
            name: "list.csv".into(),
            source: Arc::new(std::io::Error::from(std::io::ErrorKind::NotFound)),
        };
        assert!(!unreadable.is_busy());
        assert!(
            unreadable
                .to_string()
                .starts_with("list.csv could not be read")
        );
    }

    /// What a desk shows most often, said in every language but English in other words.
    #[test]
    fn errors_are_said_in_the_screens_language() {
        use crate::language::Language;
        let errors = [
            Error::from(StoreError::DiskFull {
                path: "/media/stick/event.sqlite".into(),
            }),
            Error::from(StoreError::SampleEvent),
            Error::from(PinError::TooShort),
            Error::from(crate::hub::HubError::Unreachable {
                host: "hub.local".into(),
                reason: "connection refused".into(),
            }),
            Error::from(ImportError::Workbook {
                file: "list.xlsx".into(),
            }),
            Error::from(crate::file::FileError::Exists {
                path: "report.csv".into(),
            }),
            Error::WorkerStopped,
        ];
        for error in &errors {
            let english = error.say(Language::English.texts());
            for language in Language::ALL.into_iter().skip(1) {
                let said = error.say(language.texts());
                assert!(!said.is_empty());
                assert_ne!(said, english, "{language}: {error:?}");
            }
        }
    }

    #[test]
    fn a_clause_becomes_a_sentence_once() {
        assert_eq!(as_sentence("the disk is full"), "The disk is full.");
        assert_eq!(as_sentence("list.csv is empty."), "list.csv is empty.");
        assert_eq!(as_sentence("l'événement est là"), "L'événement est là.");
        assert_eq!(as_sentence(""), "");
    }
}
