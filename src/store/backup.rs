//! Copies of the event database, so that a check-in station survives the laptop: SQLite's
//! online backup (a consistent copy while desks keep writing, unlike a file copy), taken by
//! hand or every few minutes by the desk window, and restoring one.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::{Store, StoreError, schema};

/// Automatic copies kept besides the first of each day.
const KEEP_NEWEST: usize = 6;
const PREFIX: &str = "frontdesk-";
/// 50 ms waits for a busy database: 30 s, as long as any write waits for another.
const BUSY_WAITS: u32 = 600;
const SUFFIX: &str = ".sqlite";

/// What restoring did.
#[derive(Debug, Clone, Serialize)]
pub struct Restored {
    /// Where the database as it was before the restore was saved.
    pub saved_aside: Option<PathBuf>,
    pub registered: u64,
}

impl Store {
    /// Writes a consistent copy of the database to `out`: into a temporary file in the same
    /// folder, renamed over `out` once complete, so `out` is never half a database.
    pub fn backup_to(&self, out: &Path) -> Result<(), StoreError> {
        let partial = with_suffix(out, ".partial");
        let _ = std::fs::remove_file(&partial);
        {
            let mut copy = Connection::open(&partial)?;
            let backup = Backup::new(&self.conn, &mut copy)?;
            // All pages in one step (-1): one read transaction, so the copy is of one moment.
            let mut waits = 0;
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    // Another desk's write holds the file: as long as any write may wait.
                    StepResult::Busy | StepResult::Locked if waits < BUSY_WAITS => {
                        waits += 1;
                        std::thread::sleep(Duration::from_millis(50));
                    }
                    StepResult::Busy | StepResult::Locked => {
                        return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                            Some("another desk kept the database busy for 30 s".into()),
                        )));
                    }
                    _ => {}
                }
            }
            drop(backup);
            copy.execute_batch("PRAGMA journal_mode = DELETE")?;
        }
        std::fs::File::open(&partial)
            .and_then(|file| file.sync_all())
            .and_then(|()| std::fs::rename(&partial, out))
            .map_err(|source| StoreError::Backup {
                path: out.to_path_buf(),
                source,
            })
    }

    /// Takes an automatic copy into `folder` when the newest there is `every` old or older
    /// (or there is none); keeps the newest few and the first of each day. Returns the copy
    /// written, if one was due.
    pub fn automatic_backup(
        &self,
        folder: &Path,
        every: Duration,
    ) -> Result<Option<PathBuf>, StoreError> {
        let now = self.clock.now();
        let copies = automatic_copies(folder);
        let due = copies.last().is_none_or(|(at, _)| {
            now.signed_duration_since(*at).to_std().unwrap_or_default() >= every
        });
        if !due {
            return Ok(None);
        }
        std::fs::create_dir_all(folder).map_err(|source| StoreError::Backup {
            path: folder.to_path_buf(),
            source,
        })?;
        let out = folder.join(format!("{PREFIX}{}{SUFFIX}", now.format("%Y%m%d-%H%M%S")));
        self.backup_to(&out)?;
        prune(&automatic_copies(folder));
        Ok(Some(out))
    }
}

/// Where the desk window keeps its automatic copies of the database at `db`.
pub fn folder_for(db: &Path) -> PathBuf {
    with_suffix(db, "-backups")
}

/// Replaces the database at `db` with the copy `from`, after checking that `from` is a
/// whole frontdesk database; the database as it was is saved aside first.
pub fn restore(db: &Path, from: &Path, now: DateTime<Utc>) -> Result<Restored, StoreError> {
    check_is_a_copy(from)?;
    let saved_aside = if db.exists() {
        let aside = with_suffix(
            db,
            &format!(".before-restore-{}", now.format("%Y%m%d-%H%M%S")),
        );
        match Store::open_existing(db) {
            Ok(current) => current.backup_to(&aside)?,
            // A database too damaged to open (the usual reason to restore) is moved aside
            // whole, with its log, and the copy restored into a new file.
            Err(error) => {
                tracing::warn!(%error, "moving a database that does not open aside");
                move_aside(db, &aside)?;
            }
        }
        Some(aside)
    } else {
        None
    };
    {
        let mut conn = Connection::open(db)?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.restore(
            rusqlite::MAIN_DB,
            from,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
    }
    let store = Store::open(db)?;
    Ok(Restored {
        saved_aside,
        registered: store.counts()?.registered,
    })
}

/// A copy to restore must be a frontdesk database this release can read, and whole.
fn check_is_a_copy(from: &Path) -> Result<(), StoreError> {
    let not_a_copy = |reason: String| StoreError::NotADatabase {
        path: from.to_path_buf(),
        reason,
    };
    let conn = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| not_a_copy(e.to_string()))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| not_a_copy(e.to_string()))?;
    let has_people: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attendee')",
            [],
            |row| row.get(0),
        )
        .map_err(|e| not_a_copy(e.to_string()))?;
    if version < 1 || !has_people {
        return Err(not_a_copy("it holds no frontdesk event".into()));
    }
    if version > schema::current_version() {
        return Err(StoreError::TooNew {
            found: version,
            known: schema::current_version(),
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|e| not_a_copy(e.to_string()))?;
    if check != "ok" {
        return Err(not_a_copy(format!("it is damaged ({check})")));
    }
    Ok(())
}

/// The automatic copies in `folder`, oldest first, with the moment each was taken.
fn automatic_copies(folder: &Path) -> Vec<(DateTime<Utc>, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<(DateTime<Utc>, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
            let at = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
            Some((at.and_utc(), entry.path()))
        })
        .collect();
    copies.sort();
    copies
}

/// Keeps the newest [`KEEP_NEWEST`] copies and the first of each day; deletes the rest.
fn prune(copies: &[(DateTime<Utc>, PathBuf)]) {
    let newest_from = copies.len().saturating_sub(KEEP_NEWEST);
    let mut days_seen = std::collections::HashSet::new();
    for (index, (at, path)) in copies.iter().enumerate() {
        let first_of_its_day = days_seen.insert(at.date_naive());
        if index < newest_from
            && !first_of_its_day
            && let Err(error) = std::fs::remove_file(path)
        {
            tracing::warn!(%error, path = %path.display(), "cannot remove an old backup");
        }
    }
}

fn move_aside(db: &Path, aside: &Path) -> Result<(), StoreError> {
    for (from, to) in [
        (db.to_path_buf(), aside.to_path_buf()),
        (with_suffix(db, "-wal"), with_suffix(aside, "-wal")),
        (with_suffix(db, "-shm"), with_suffix(aside, "-shm")),
    ] {
        if from.exists() {
            std::fs::rename(&from, &to).map_err(|source| StoreError::Backup {
                path: to.clone(),
                source,
            })?;
        }
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
