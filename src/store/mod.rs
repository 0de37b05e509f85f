//! The event database: one SQLite file per event, shared safely by several desks and the lobby
//! screen.

mod agenda;
pub(crate) mod attendees;
pub mod backup;
mod changes;
mod corrections;
mod dashboard;
pub mod disk;
mod erase;
mod error;
pub mod event;
mod export;
pub mod hub;
mod journal;
mod log;
mod outbox;
mod own_event;
mod printing;
mod registrants;
mod replica;
mod scan;
pub mod schema;
mod search;
mod timestamp;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::clock::Clock;
use crate::day::EventDay;

pub use agenda::{AgendaReport, SessionEdit};
pub use attendees::{Attendee, Counts, DayCounts, NewAttendee, Stats, Status};
pub use changes::{AttendeeChange, AttendeeEdit};
pub use corrections::{ReplacedCorrection, kept_sentence, kept_sentence_in};
pub use erase::{EraseReport, FINISHED_ERASE};
pub use error::{EventValue, StoreError};
pub use event::{Event, EventError};
pub use journal::{HubLink, JournalEntry, Prepared, Who};
pub use log::{LogAction, LogEntry};
pub use own_event::{EventState, OwnEventReport};
pub use printing::RIBBON_COLOUR_PREFIX;
pub use registrants::{ImportOptions, ImportReport, PROGRESS_EVERY};
pub use replica::{Applied, OutboxMark};
pub use timestamp::Timestamp;

pub(crate) use dashboard::StandingCheckIn;
pub(crate) use search::SearchRow;

/// How long a write waits for another desk's write to finish before giving up. Check-in
/// transactions last well under a millisecond; a large import can take a few seconds.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// 16 MiB of page cache (SQLite's default is 2 MiB): the attendee table of a large event and
/// its indexes stay in memory for the desk's look-ups. Negative means KiB.
const CACHE_KIB: i64 = -16_384;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Stamps check-ins and decides which event day it is: the real time, or a rehearsal's.
    clock: Clock,
    /// Opening finished an erase that had been cut short: the window and the command line
    /// say so.
    finished_erase: bool,
    /// How lists of people are sorted: this computer's language unless told otherwise.
    name_order: std::sync::Arc<crate::collation::NameOrder>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let opened = Connection::open_with_flags(path, flags)
            .map_err(StoreError::from)
            .and_then(|conn| Self::prepare(conn, path));
        opened.map_err(|e| match e {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, msg))
                if f.code == rusqlite::ErrorCode::NotADatabase =>
            {
                StoreError::NotADatabase {
                    path: path.to_path_buf(),
                    reason: msg.unwrap_or_else(|| f.to_string()),
                }
            }
            other => disk::diagnose(path, other),
        })
    }

    /// Opens the event database at `path` for a command that only reads it. On a disk that
    /// is full or read-only, where SQLite cannot make its shared-memory index, the file is
    /// read as it stands (SQLite's `immutable`), provided nothing waits in its write-ahead
    /// log; anything that then tries to write is refused with the disk's sentence.
    /// The second value says why the file is read as it stands, when it is.
    pub fn open_to_read(path: &Path) -> Result<(Store, Option<StoreError>), StoreError> {
        let refused = match Store::open_existing(path) {
            Ok(store) => return Ok((store, None)),
            Err(
                refused @ (StoreError::DiskFull { .. }
                | StoreError::ReadOnlyDisk { .. }
                | StoreError::FolderNotWritable { .. }),
            ) => refused,
            Err(other) => return Err(other),
        };
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        if std::fs::metadata(&wal).is_ok_and(|meta| meta.len() > 0) {
            return Err(refused);
        }
        match Store::open_as_it_stands(path) {
            Ok(store) => Ok((store, Some(refused))),
            Err(_) => Err(refused),
        }
    }

    /// The file read as it stands, with no lock, index or log of SQLite's beside it.
    fn open_as_it_stands(path: &Path) -> Result<Store, StoreError> {
        let uri = format!(
            "file:{}?immutable=1",
            path.display()
                .to_string()
                .replace('%', "%25")
                .replace('?', "%3f")
                .replace('#', "%23")
        );
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(uri, flags)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version != schema::current_version() {
            // An older file needs its upgrade written first; a newer one, a newer frontdesk.
            return Err(StoreError::TooNew {
                found: version,
                known: schema::current_version(),
            });
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            clock: Clock::real(),
            finished_erase: false,
            name_order: crate::collation::NameOrder::of_this_computer(),
        })
    }

    /// Opens the event database at `path`, refusing to make one: a mistyped `--db` must not
    /// become a new, empty event that answers "not found" for everyone. Only what starts an
    /// event (an import, `event`, joining a hub, the window) uses [`Store::open`].
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        let empty = match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() && meta.len() == 0 => " (the file there is empty)",
            Ok(_) => return Store::open(path),
            Err(_) => "",
        };
        Err(StoreError::NoDatabase {
            path: path.to_path_buf(),
            empty,
        })
    }

    /// Opens the database at `path` only up to schema `version`: for tests of upgrades.
    pub fn open_at_version(path: &Path, version: i64) -> Result<Store, StoreError> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        schema::migrate_to(&mut conn, path, version)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            clock: Clock::real(),
            finished_erase: false,
            name_order: crate::collation::NameOrder::of_this_computer(),
        })
    }

    fn prepare(mut conn: Connection, path: &Path) -> Result<Store, StoreError> {
        configure(&conn)?;
        schema::migrate(&mut conn, path)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            clock: Clock::real(),
            finished_erase: false,
            name_order: crate::collation::NameOrder::of_this_computer(),
        };
        // Before anything reads it: an erase cut short must not leave personal data readable.
        store.finished_erase = store.finish_pending_erase()?;
        Ok(store)
    }

    /// Opening this database finished an erase of the attendee data that had been cut short
    /// (a kill or a power cut between its delete and the rewrite of the file).
    pub fn finished_an_interrupted_erase(&self) -> bool {
        self.finished_erase
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs this store on `clock`: a rehearsal's time (`--at`), or a test's.
    pub fn with_clock(mut self, clock: Clock) -> Store {
        self.clock = clock;
        self
    }

    /// Sorts lists of people by `order` (a language's), instead of this computer's.
    pub fn with_name_order(mut self, order: std::sync::Arc<crate::collation::NameOrder>) -> Store {
        self.name_order = order;
        self
    }

    pub fn name_order(&self) -> &crate::collation::NameOrder {
        &self.name_order
    }

    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The event day it is now on this store's clock.
    pub fn today(&self) -> Result<EventDay, StoreError> {
        today(&self.conn, self.clock.now())
    }

    /// One day of the event, numbered as the desk speaks of it.
    pub fn event_day(&self, date: chrono::NaiveDate) -> Result<EventDay, StoreError> {
        Ok(EventDay::of_date(&self.event_or_default()?, date))
    }

    /// A write transaction that takes the write lock up front, so that a read followed by a
    /// write never fails with "database is locked" when another desk wrote in between.
    pub(crate) fn write(&mut self) -> Result<rusqlite::Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Changes whenever another connection commits: a cheap way for a desk to notice that
    /// another desk (or the command line) checked someone in.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?)
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        read_setting(&self.conn, key)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.set_settings(&[(key, value.to_string())])
    }

    /// Several settings in one transaction: other desks see all of them or none.
    pub fn set_settings(&mut self, pairs: &[(&str, String)]) -> Result<(), StoreError> {
        let tx = self.write()?;
        write_settings(&tx, pairs)?;
        tx.commit()?;
        Ok(())
    }

    /// The organizer's Settings form: the event and the shared settings in one transaction.
    pub fn set_event_and_settings(
        &mut self,
        event: &Event,
        pairs: &[(&str, String)],
    ) -> Result<(), StoreError> {
        let tx = self.write()?;
        event::write_event(&tx, event)?;
        write_settings(&tx, pairs)?;
        tx.commit()?;
        Ok(())
    }
}

/// The event day `at` belongs to, as `conn` sees the event: also inside a write transaction.
pub(crate) fn today(
    conn: &Connection,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<EventDay, StoreError> {
    let event = event::read_event(conn)?.unwrap_or_default();
    Ok(EventDay::at(&event, at))
}

/// A setting as `conn` sees it: also inside a write transaction.
pub(crate) fn read_setting(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}

/// The one settings upsert, for every write of a setting inside a caller's transaction.
pub(crate) fn write_settings(
    tx: &rusqlite::Transaction<'_>,
    pairs: &[(&str, String)],
) -> Result<(), StoreError> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value
             WHERE value IS NOT excluded.value",
    )?;
    for (key, value) in pairs {
        upsert.execute([key, value.as_str()])?;
    }
    Ok(())
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL lets the lobby screen and other desks read while one desk writes; FULL makes every
    // confirmed check-in durable across a power cut (one fsync per commit).
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "cache_size", CACHE_KIB)?;
    Ok(())
}

/// Where the database lives when neither `--db` nor `FRONTDESK_DB` names one.
pub fn default_path() -> PathBuf {
    directories::ProjectDirs::from("org", "frontdesk", "frontdesk")
        .map(|dirs| dirs.data_dir().join("frontdesk.sqlite"))
        .unwrap_or_else(|| PathBuf::from("frontdesk.sqlite"))
}

/// An instant as the database writes it, for settings that hold one (the PIN's lock-out).
pub fn format_utc(at: chrono::DateTime<chrono::Utc>) -> String {
    Timestamp::from(at).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Here rather than under tests/: synchronous and foreign_keys belong to the connection, so
    // only the store's own connection can show them.
    #[test]
    fn store_uses_wal_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let store = Store::open(&dir.path().join("event.sqlite")).expect("database opens");
        let conn = &store.conn;
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .expect("readable");
        let sync: i64 = conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .expect("readable");
        let fk: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .expect("readable");
        assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
        assert_eq!(
            store.schema_version().expect("readable"),
            schema::current_version()
        );
    }
}
