//! The check-in log and the presence its triggers keep. Checking someone in and taking a
//! check-in back each run in one write transaction that takes the lock first, then reads the
//! person and writes the entry, so two desks scanning one badge at once get one "checked in"
//! and one "already checked in", never an error. Who may be checked in is decided by the rules
//! in `crate::checkin`; this module only reads and writes.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension, Transaction};
use serde::Serialize;

use chrono::NaiveDate;

use super::attendees::{Attendee, attendee_by_id};
use super::{Store, StoreError, Timestamp};
use crate::checkin::{self, CheckIn, DayRules, LogWrite, Resolution, Undo};
use crate::day::{EventDay, TicketDays};

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
    /// The event day the entry belongs to.
    pub day: NaiveDate,
}

impl Store {
    /// Checks in the person behind `code` at `desk`, on today's event day. The write lock is
    /// taken before the person's state is read, so two desks scanning the same badge at once
    /// get one "checked in" and one "already checked in", never an error.
    pub fn check_in(&mut self, code: &str, desk: &str) -> Result<CheckIn, StoreError> {
        Ok(self.check_in_with_day(code, desk)?.1)
    }

    /// [`Store::check_in`], with the event day it was decided on.
    pub fn check_in_with_day(
        &mut self,
        code: &str,
        desk: &str,
    ) -> Result<(EventDay, CheckIn), StoreError> {
        self.logged(desk, |tx| checkin::resolve(tx, code))
    }

    /// Checks in a person found by name search.
    pub fn check_in_id(&mut self, id: i64, desk: &str) -> Result<CheckIn, StoreError> {
        Ok(self.check_in_id_with_day(id, desk)?.1)
    }

    pub fn check_in_id_with_day(
        &mut self,
        id: i64,
        desk: &str,
    ) -> Result<(EventDay, CheckIn), StoreError> {
        self.logged(desk, |_| Ok(Resolution::Attendee(id)))
    }

    /// Takes back today's check-in: the log keeps both entries.
    pub fn undo_check_in(&mut self, code: &str, desk: &str) -> Result<Undo, StoreError> {
        Ok(self.logged(desk, |tx| checkin::resolve(tx, code))?.1)
    }

    pub fn undo_check_in_id(&mut self, id: i64, desk: &str) -> Result<Undo, StoreError> {
        Ok(self.logged(desk, |_| Ok(Resolution::Attendee(id)))?.1)
    }

    /// Writes a log entry of kind `W` for the person `who` finds, if the rule lets it, in one
    /// write transaction: the day, the person and the day passes are read after the lock is
    /// taken, so what is decided and what is written agree. A desk of a hub gives the entry a
    /// scan id; `journal` keeps it for the hub too.
    pub(super) fn logged<W: LogWrite>(
        &mut self,
        desk: &str,
        who: impl FnOnce(&Transaction<'_>) -> Result<Resolution, StoreError>,
    ) -> Result<(EventDay, W), StoreError> {
        self.logged_as(desk, who, None)
    }

    pub(super) fn logged_as<W: LogWrite>(
        &mut self,
        desk: &str,
        who: impl FnOnce(&Transaction<'_>) -> Result<Resolution, StoreError>,
        scan: Option<&super::journal::Journaled>,
    ) -> Result<(EventDay, W), StoreError> {
        let now = Timestamp::from(self.clock.now());
        self.in_one_write(|tx| {
            let (day, rules) = day_rules(tx, now)?;
            let answer = match decide::<W>(tx, who(tx)?, &rules)? {
                Decision::Answer(answer) => answer,
                Decision::Write(attendee) => {
                    let entry = Entry {
                        attendee_id: attendee.id,
                        day: rules.day,
                        at: now,
                        desk,
                        action: W::ACTION,
                        scan_id: scan.map(|s| s.scan_id.to_string()),
                    };
                    if let Some(scan) = scan {
                        super::journal::journal(tx, scan, &attendee, &entry)?;
                    }
                    append(tx, &entry)?;
                    W::written(attendee_by_id(tx, attendee.id, rules.day)?.ok_or(no_row())?)
                }
            };
            Ok((day, answer))
        })
    }

    /// Runs `work` in one write transaction and commits what it wrote only if it succeeds.
    pub(super) fn in_one_write<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.write()?;
        let answer = work(&tx)?;
        tx.commit()?;
        // Committed, not yet answered: what a power cut right after "checked in" leaves.
        crate::fault::point("write-committed");
        Ok(answer)
    }

    /// The last `limit` log entries, optionally of one desk only.
    pub fn recent_log(
        &self,
        desk: Option<&str>,
        limit: usize,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.attendee_id, a.display_name, l.at, l.desk, l.action, l.day
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
                day: super::timestamp::date(row, 5)?,
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
                 WHERE l.desk = ?1 AND l.day = ?2 ORDER BY l.id DESC LIMIT 1",
            )?
            .query_row(
                rusqlite::params![desk, self.today()?.date.to_string()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        match found {
            Some((id, at)) => {
                Ok(attendee_by_id(&self.conn, id, self.today()?.date)?.map(|a| (a, at)))
            }
            None => Ok(None),
        }
    }

    /// The person behind any of their codes, for commands that act on one person.
    pub fn find_by_code(&self, code: &str) -> Result<Option<Attendee>, StoreError> {
        match checkin::resolve(&self.conn, code)? {
            Resolution::Attendee(id) => attendee_by_id(&self.conn, id, self.today()?.date),
            Resolution::Typo | Resolution::Unknown => Ok(None),
        }
    }
}

/// Today's event day and its rules, as the transaction reads them.
pub(super) fn day_rules(
    tx: &Transaction<'_>,
    now: Timestamp,
) -> Result<(EventDay, DayRules), StoreError> {
    let day = super::today(tx, now.utc())?;
    let rules = DayRules {
        day: day.date,
        ticket_days: ticket_days(tx)?,
    };
    Ok((day, rules))
}

/// What the rule says of an entry of kind `W` for the person `who` is: the answer to show
/// instead, or the person to write it for.
pub(super) enum Decision<W> {
    Answer(W),
    Write(Box<Attendee>),
}

pub(super) fn decide<W: LogWrite>(
    tx: &Transaction<'_>,
    who: Resolution,
    rules: &DayRules,
) -> Result<Decision<W>, StoreError> {
    let id = match who {
        Resolution::Attendee(id) => id,
        Resolution::Typo => return Ok(Decision::Answer(W::TYPO)),
        Resolution::Unknown => return Ok(Decision::Answer(W::UNKNOWN)),
    };
    let Some(attendee) = attendee_by_id(tx, id, rules.day)? else {
        return Ok(Decision::Answer(W::UNKNOWN));
    };
    match W::refusal(attendee.clone(), rules) {
        Some(refused) => Ok(Decision::Answer(refused)),
        None => Ok(Decision::Write(Box::new(attendee))),
    }
}

/// A log entry about to be written.
pub(super) struct Entry<'a> {
    pub attendee_id: i64,
    pub day: NaiveDate,
    pub at: Timestamp,
    pub desk: &'a str,
    pub action: LogAction,
    /// The hub's id of the scan, on a desk of a hub.
    pub scan_id: Option<String>,
}

/// The one place the log is written; the schema's triggers keep `presence` in step.
pub(super) fn append(tx: &Transaction<'_>, entry: &Entry<'_>) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO checkin_log (attendee_id, day, at, desk, action, by_whom, scan_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?6)",
    )?
    .execute(rusqlite::params![
        entry.attendee_id,
        entry.day.to_string(),
        entry.at,
        entry.desk,
        entry.action,
        entry.scan_id
    ])?;
    Ok(())
}

/// The day passes as the write transaction reads them.
fn ticket_days(tx: &Transaction<'_>) -> Result<TicketDays, StoreError> {
    match super::read_setting(tx, crate::settings::TICKET_DAYS)? {
        Some(text) => TicketDays::parse_lines(&text).map_err(|e| StoreError::BadDayPasses {
            value: text,
            reason: e,
        }),
        None => Ok(TicketDays::default()),
    }
}

pub(super) fn no_row() -> StoreError {
    StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows)
}
