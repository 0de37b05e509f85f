//! The check-in log and the presence its triggers keep. Checking someone in and taking a
//! check-in back each run in one write transaction that takes the lock first, then reads the
//! person and writes the entry, so two desks scanning one badge at once get one "checked in"
//! and one "already checked in", never an error. Who may be checked in is decided by the rules
//! in `crate::checkin`; this module only reads and writes.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension, Transaction};
use serde::Serialize;

use super::attendees::{Attendee, attendee_by_id};
use super::{Store, StoreError, Timestamp};
use crate::checkin::{self, CheckIn, LogWrite, Resolution, Undo};

/// What a log entry records. Stored as `check_in` / `undo`, the text the schema's CHECK and
/// triggers compare, and shown so in `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LogAction {
    CheckIn,
    Undo,
}

impl LogAction {
    pub fn as_str(self) -> &'static str {
        match self {
            LogAction::CheckIn => "check_in",
            LogAction::Undo => "undo",
        }
    }
}

/// An action the schema does not know: the database was edited by hand or damaged.
#[derive(Debug, thiserror::Error)]
#[error("{0:?} is not a check-in log action (check_in or undo)")]
struct UnknownAction(String);

impl ToSql for LogAction {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for LogAction {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<LogAction> {
        match value.as_str()? {
            "check_in" => Ok(LogAction::CheckIn),
            "undo" => Ok(LogAction::Undo),
            other => Err(FromSqlError::Other(Box::new(UnknownAction(
                other.to_string(),
            )))),
        }
    }
}

/// One entry of the check-in log, newest first in listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    pub attendee_id: i64,
    pub display_name: String,
    pub at: Timestamp,
    pub desk: String,
    pub action: LogAction,
}

impl Store {
    /// Checks in the person behind `code` at `desk`. The write lock is taken before the
    /// person's state is read, so two desks scanning the same badge at once get one
    /// "checked in" and one "already checked in", never an error.
    pub fn check_in(&mut self, code: &str, desk: &str) -> Result<CheckIn, StoreError> {
        self.in_one_write(|tx| write::<CheckIn>(tx, checkin::resolve(tx, code)?, desk))
    }

    /// Checks in a person found by name search.
    pub fn check_in_id(&mut self, id: i64, desk: &str) -> Result<CheckIn, StoreError> {
        self.in_one_write(|tx| write::<CheckIn>(tx, Resolution::Attendee(id), desk))
    }

    /// Takes back a check-in: the log keeps both entries.
    pub fn undo_check_in(&mut self, code: &str, desk: &str) -> Result<Undo, StoreError> {
        self.in_one_write(|tx| write::<Undo>(tx, checkin::resolve(tx, code)?, desk))
    }

    pub fn undo_check_in_id(&mut self, id: i64, desk: &str) -> Result<Undo, StoreError> {
        self.in_one_write(|tx| write::<Undo>(tx, Resolution::Attendee(id), desk))
    }

    /// Runs `work` in one write transaction and commits what it wrote only if it succeeds.
    fn in_one_write<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.write()?;
        let answer = work(&tx)?;
        tx.commit()?;
        Ok(answer)
    }

    /// The last `limit` log entries, optionally of one desk only.
    pub fn recent_log(
        &self,
        desk: Option<&str>,
        limit: usize,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.attendee_id, a.display_name, l.at, l.desk, l.action
             FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id
             WHERE ?1 IS NULL OR l.desk = ?1
             ORDER BY l.id DESC LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(rusqlite::params![desk, limit], |row| {
            Ok(LogEntry {
                attendee_id: row.get(0)?,
                display_name: row.get(1)?,
                at: row.get(2)?,
                desk: row.get(3)?,
                action: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest check-in made at `desk` that still stands (not undone since): what the
    /// desk's Undo takes back.
    pub fn last_check_in_at_desk(
        &self,
        desk: &str,
    ) -> Result<Option<(Attendee, Timestamp)>, StoreError> {
        let found: Option<(i64, Timestamp)> = self
            .conn
            .prepare_cached(
                "SELECT l.attendee_id, l.at FROM checkin_log l
                 JOIN presence p ON p.log_id = l.id
                 WHERE l.desk = ?1 ORDER BY l.id DESC LIMIT 1",
            )?
            .query_row([desk], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        match found {
            Some((id, at)) => Ok(attendee_by_id(&self.conn, id)?.map(|a| (a, at))),
            None => Ok(None),
        }
    }

    /// The person behind any of their codes, for commands that act on one person.
    pub fn find_by_code(&self, code: &str) -> Result<Option<Attendee>, StoreError> {
        match checkin::resolve(&self.conn, code)? {
            Resolution::Attendee(id) => attendee_by_id(&self.conn, id),
            Resolution::Typo | Resolution::Unknown => Ok(None),
        }
    }
}

/// Writes a check-in or an undo for the person `who` is, if the rule lets it.
fn write<W: LogWrite>(tx: &Transaction<'_>, who: Resolution, desk: &str) -> Result<W, StoreError> {
    let id = match who {
        Resolution::Attendee(id) => id,
        Resolution::Typo => return Ok(W::TYPO),
        Resolution::Unknown => return Ok(W::UNKNOWN),
    };
    let Some(attendee) = attendee_by_id(tx, id)? else {
        return Ok(W::UNKNOWN);
    };
    if let Some(refused) = W::refusal(attendee) {
        return Ok(refused);
    }
    append(tx, id, desk, W::ACTION)?;
    let attendee = attendee_by_id(tx, id)?.ok_or(no_row())?;
    Ok(W::written(attendee))
}

/// The one place the log is written; the schema's triggers keep `presence` in step.
fn append(tx: &Transaction<'_>, id: i64, desk: &str, action: LogAction) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO checkin_log (attendee_id, at, desk, action, by_whom) VALUES (?1, ?2, ?3, ?4, ?3)",
    )?
    .execute(rusqlite::params![id, Timestamp::now(), desk, action])?;
    Ok(())
}

fn no_row() -> StoreError {
    StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows)
}
