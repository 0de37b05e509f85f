//! Why the event database could not do what was asked. `Display` is the command line's
//! English; [`StoreError::say`] is the same in the language of the person at the screen.

use std::path::PathBuf;

use crate::day::DayPassError;
use crate::language::{Texts, detail_arg as detail, path_arg as file};

use super::EventError;

/// Which of the event's own values in the database cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventValue {
    TimeZone,
    FirstDay,
    LastDay,
    DayChange,
}

impl std::fmt::Display for EventValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EventValue::TimeZone => "time zone",
            EventValue::FirstDay => "first day",
            EventValue::LastDay => "last day",
            EventValue::DayChange => "hour the day changes",
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Event(#[from] EventError),
    #[error("cannot create the folder {path} for the database: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "this database was written by a newer frontdesk (schema {found}, this one knows {known}); \
         update frontdesk before opening it"
    )]
    TooNew { found: i64, known: i64 },
    #[error(
        "{path} says it holds schema version {found}, which does not match what is in it: the \
         file is damaged or was changed by another program. Restore a copy of it from a backup, \
         or import the registrant list again into a new database"
    )]
    SchemaDamaged { path: PathBuf, found: i64 },
    #[error(
        "the event's {what} in the database, \"{value}\", cannot be read; set it again with \
         frontdesk event or in the console's Settings"
    )]
    BadEvent { what: EventValue, value: String },
    #[error(
        "the day passes in the database, \"{value}\", cannot be read ({reason}); set them again \
         with frontdesk settings or in the console's Settings"
    )]
    BadDayPasses { value: String, reason: DayPassError },
    #[error("there is no session {0} in the agenda (it may have been deleted at another desk)")]
    NoSuchSession(i64),
    #[error("\"{title}\" would not end after it starts; give it an end after its start")]
    SessionEndsBeforeStart { title: String },
    #[error("{path} is not a frontdesk database (or is damaged): {reason}")]
    NotADatabase { path: PathBuf, reason: String },
    #[error(
        "{path} is damaged ({detail}); restore a copy of it from a backup, or import the \
         registrant list again into a new database"
    )]
    Damaged { path: PathBuf, detail: String },
    #[error(
        "no event database at {path}{empty}; check --db (or FRONTDESK_DB). A new event starts \
         with frontdesk import FILE or frontdesk event --name NAME"
    )]
    NoDatabase { path: PathBuf, empty: &'static str },
    #[error(
        "the disk holding {path} is full: free some space there (or move the database to \
         another disk and give --db the new place) and try again; nothing was changed"
    )]
    DiskFull { path: PathBuf },
    #[error("cannot write the backup {path}: {source}")]
    Backup {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is on a read-only disk: it can be read (stats, attendees, exports) but not \
         changed; copy it to a writable disk and give --db the copy"
    )]
    ReadOnlyDisk { path: PathBuf },
    #[error(
        "{path} is in a folder this user cannot write to: it can be read but not changed; \
         give the user write permission there, or copy the file elsewhere and give --db the \
         copy"
    )]
    FolderNotWritable { path: PathBuf },
    #[error("there is no attendee {0} (they may have been removed at another desk)")]
    NoSuchAttendee(i64),
    #[error("a person needs a first or a last name; both are empty")]
    EmptyName,
    #[error(
        "this database holds the sample event, Spotify ML Day; start your own event first \
         with frontdesk event --replace-sample --name NAME (it removes the sample's \
         registrants, check-ins and agenda), or give --db a new file"
    )]
    SampleEvent,
    #[error(
        "this desk's hub holds the sample event, so replacing it here would leave the sample's \
         people at the hub and on the other desks; erase the attendee data first (frontdesk \
         erase), then name the event"
    )]
    SampleOnHub,
    #[error("the import was cancelled and the database is as it was before")]
    Cancelled,
    #[error("the hub sent data this desk cannot use: {0}")]
    BadHubData(String),
    #[error(
        "this database holds an event already ({people} people); a desk joins a hub with a new \
         database: give another --db"
    )]
    NotEmpty { people: u64 },
}

impl StoreError {
    /// Another desk or program holds the write lock longer than the store waits: trying
    /// again in a moment helps, unlike for a damaged file.
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(failure, _))
                if matches!(
                    failure.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                )
        )
    }

    /// The error as a clause in `t`'s language ("the disk holding … is full: …").
    pub fn say(&self, t: &Texts) -> String {
        match self {
            StoreError::Sqlite(_) if self.is_busy() => t.tr("store-error-busy"),
            StoreError::Sqlite(error) => {
                t.tr_with("store-error-database", &[("detail", detail(error))])
            }
            StoreError::Event(error) => error.say(t),
            StoreError::CreateDir { path, source } => t.tr_with(
                "store-error-create-folder",
                &[("folder", file(path)), ("detail", detail(source))],
            ),
            StoreError::TooNew { found, known } => t.tr_with(
                "store-error-too-new",
                &[("found", (*found).into()), ("known", (*known).into())],
            ),
            StoreError::SchemaDamaged { path, found } => t.tr_with(
                "store-error-schema-damaged",
                &[("file", file(path)), ("found", (*found).into())],
            ),
            StoreError::BadEvent { what, value } => t.tr_with(
                match what {
                    EventValue::TimeZone => "store-error-bad-time-zone",
                    EventValue::FirstDay => "store-error-bad-first-day",
                    EventValue::LastDay => "store-error-bad-last-day",
                    EventValue::DayChange => "store-error-bad-day-change",
                },
                &[("value", value.as_str().into())],
            ),
            StoreError::BadDayPasses { value, reason } => t.tr_with(
                "store-error-bad-day-passes",
                &[
                    ("value", value.as_str().into()),
                    ("reason", reason.say(t).into()),
                ],
            ),
            StoreError::NoSuchSession(_) => t.tr("store-error-no-session"),
            StoreError::SessionEndsBeforeStart { title } => t.tr_with(
                "store-error-session-ends-before-start",
                &[("title", title.as_str().into())],
            ),
            StoreError::NotADatabase { path, reason } => t.tr_with(
                "store-error-not-a-database",
                &[("file", file(path)), ("detail", reason.as_str().into())],
            ),
            StoreError::Damaged { path, detail } => t.tr_with(
                "store-error-damaged",
                &[("file", file(path)), ("detail", detail.as_str().into())],
            ),
            StoreError::NoDatabase { path, .. } => {
                t.tr_with("store-error-no-database", &[("file", file(path))])
            }
            StoreError::DiskFull { path } => {
                t.tr_with("store-error-disk-full", &[("file", file(path))])
            }
            StoreError::Backup { path, source } => t.tr_with(
                "store-error-backup",
                &[("file", file(path)), ("detail", detail(source))],
            ),
            StoreError::ReadOnlyDisk { path } => {
                t.tr_with("store-error-read-only-disk", &[("file", file(path))])
            }
            StoreError::FolderNotWritable { path } => {
                t.tr_with("store-error-folder-not-writable", &[("file", file(path))])
            }
            StoreError::NoSuchAttendee(_) => t.tr("store-error-no-attendee"),
            StoreError::EmptyName => t.tr("store-error-empty-name"),
            StoreError::SampleEvent => t.tr("store-error-sample-event"),
            StoreError::SampleOnHub => t.tr("store-error-sample-on-hub"),
            StoreError::Cancelled => t.tr("store-error-cancelled"),
            StoreError::BadHubData(what) => t.tr_with(
                "store-error-bad-hub-data",
                &[("detail", what.as_str().into())],
            ),
            StoreError::NotEmpty { people } => {
                t.tr_with("store-error-not-empty", &[("people", (*people).into())])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn a_full_disk_is_said_in_each_language_and_names_the_file() {
        let full = StoreError::DiskFull {
            path: PathBuf::from("/media/stick/event.sqlite"),
        };
        let english = full.say(Language::English.texts());
        assert!(english.starts_with("the disk holding /media/stick/event.sqlite is full"));
        for language in Language::ALL.into_iter().skip(1) {
            let said = full.say(language.texts());
            assert!(said.contains("/media/stick/event.sqlite"), "{said}");
            assert_ne!(said, full.say(Language::English.texts()), "{language}");
        }
    }

    #[test]
    fn a_busy_database_says_to_try_again() {
        let locked = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        let error = StoreError::from(locked);
        assert!(error.is_busy());
        assert!(
            error
                .say(Language::English.texts())
                .contains("try again in a moment")
        );
    }
}
