//! Checking people in and out: what the desk asks when a code is scanned.

use rusqlite::Connection;
use serde::Serialize;

use crate::code::{self, Parsed};
use crate::keyboard::{self, HOST_LAYOUTS};
use crate::store::{self, Attendee, Status, Store, StoreError, attendees};

/// The answer to a scan, as the desk shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    CheckedIn(Attendee),
    AlreadyCheckedIn {
        attendee: Attendee,
        first_checked_in_at: String,
        first_desk: String,
    },
    NotAdmitted {
        attendee: Attendee,
        reason: String,
    },
    /// A badge code whose check character fails: someone mistyped it or the scan misread.
    Typo,
    Unknown,
}

impl Outcome {
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::CheckedIn(_) => "checked_in",
            Outcome::AlreadyCheckedIn { .. } => "already_checked_in",
            Outcome::NotAdmitted { .. } => "not_admitted",
            Outcome::Typo => "typo",
            Outcome::Unknown => "unknown",
        }
    }

    pub fn attendee(&self) -> Option<&Attendee> {
        match self {
            Outcome::CheckedIn(a)
            | Outcome::AlreadyCheckedIn { attendee: a, .. }
            | Outcome::NotAdmitted { attendee: a, .. } => Some(a),
            Outcome::Typo | Outcome::Unknown => None,
        }
    }
}

/// The `--json` shape of a check-in answer.
#[derive(Serialize)]
pub struct OutcomeJson<'a> {
    pub outcome: &'static str,
    pub attendee: Option<&'a Attendee>,
    pub first_checked_in_at: Option<&'a str>,
    pub first_desk: Option<&'a str>,
}

impl<'a> From<&'a Outcome> for OutcomeJson<'a> {
    fn from(outcome: &'a Outcome) -> Self {
        let (at, desk) = match outcome {
            Outcome::AlreadyCheckedIn {
                first_checked_in_at,
                first_desk,
                ..
            } => (
                Some(first_checked_in_at.as_str()),
                Some(first_desk.as_str()),
            ),
            _ => (None, None),
        };
        OutcomeJson {
            outcome: outcome.name(),
            attendee: outcome.attendee(),
            first_checked_in_at: at,
            first_desk: desk,
        }
    }
}

/// Who a scanned or typed code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Attendee(i64),
    Typo,
    Unknown,
}

/// Finds the person behind a code: a frontdesk badge code or a ticket code from the export.
/// When the text does not resolve as typed, it is read again as a US-layout scanner's keys seen
/// through a French or German keyboard layout.
pub fn resolve(conn: &Connection, input: &str) -> Result<Resolution, StoreError> {
    let as_typed = resolve_exactly(conn, input)?;
    if let Resolution::Attendee(_) = as_typed {
        return Ok(as_typed);
    }
    for layout in HOST_LAYOUTS {
        let meant = keyboard::as_meant(layout, input);
        if meant != input
            && let Resolution::Attendee(id) = resolve_exactly(conn, &meant)?
        {
            tracing::debug!(?layout, "code resolved through a keyboard layout");
            return Ok(Resolution::Attendee(id));
        }
    }
    Ok(as_typed)
}

fn resolve_exactly(conn: &Connection, input: &str) -> Result<Resolution, StoreError> {
    let ticket = code::normalize_ticket_code(input);
    if ticket.is_empty() {
        return Ok(Resolution::Unknown);
    }
    if let Some(id) = attendees::id_by_ticket_code(conn, &ticket)? {
        return Ok(Resolution::Attendee(id));
    }
    Ok(match code::parse(input) {
        Parsed::Valid(badge) => match attendees::id_by_badge_code(conn, &badge)? {
            Some(id) => Resolution::Attendee(id),
            None => Resolution::Unknown,
        },
        Parsed::Typo => Resolution::Typo,
        Parsed::NotABadgeCode => Resolution::Unknown,
    })
}

impl Store {
    /// Checks in the person behind `code` at `desk`. The write lock is taken before the
    /// person's state is read, so two desks scanning the same badge at once get one
    /// "checked in" and one "already checked in", never an error.
    pub fn check_in(&mut self, code: &str, desk: &str) -> Result<Outcome, StoreError> {
        let tx = self.write()?;
        let id = match resolve(&tx, code)? {
            Resolution::Attendee(id) => id,
            Resolution::Typo => return Ok(Outcome::Typo),
            Resolution::Unknown => return Ok(Outcome::Unknown),
        };
        let outcome = check_in_attendee(&tx, id, desk)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Checks in a person found by name search.
    pub fn check_in_id(&mut self, id: i64, desk: &str) -> Result<Outcome, StoreError> {
        let tx = self.write()?;
        let outcome = check_in_attendee(&tx, id, desk)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Takes back a check-in: the log keeps both entries. Returns the person, or `None` when
    /// the code is not a checked-in person's.
    pub fn undo_check_in(&mut self, code: &str, desk: &str) -> Result<UndoOutcome, StoreError> {
        let tx = self.write()?;
        let id = match resolve(&tx, code)? {
            Resolution::Attendee(id) => id,
            Resolution::Typo => return Ok(UndoOutcome::Typo),
            Resolution::Unknown => return Ok(UndoOutcome::Unknown),
        };
        let outcome = undo_attendee(&tx, id, desk)?;
        tx.commit()?;
        Ok(outcome)
    }

    pub fn undo_check_in_id(&mut self, id: i64, desk: &str) -> Result<UndoOutcome, StoreError> {
        let tx = self.write()?;
        let outcome = undo_attendee(&tx, id, desk)?;
        tx.commit()?;
        Ok(outcome)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoOutcome {
    Undone(Attendee),
    NotCheckedIn(Attendee),
    Typo,
    Unknown,
}

fn check_in_attendee(conn: &Connection, id: i64, desk: &str) -> Result<Outcome, StoreError> {
    let Some(attendee) = attendees::attendee_by_id(conn, id)? else {
        return Ok(Outcome::Unknown);
    };
    if attendee.status == Status::NotAdmitted {
        let reason = attendee.status_reason.clone();
        return Ok(Outcome::NotAdmitted { attendee, reason });
    }
    if let (Some(at), Some(desk)) = (&attendee.checked_in_at, &attendee.checked_in_desk) {
        let (first_checked_in_at, first_desk) = (at.clone(), desk.clone());
        return Ok(Outcome::AlreadyCheckedIn {
            attendee,
            first_checked_in_at,
            first_desk,
        });
    }
    append_log(conn, id, desk, "check_in")?;
    let attendee = attendees::attendee_by_id(conn, id)?.ok_or(no_row())?;
    Ok(Outcome::CheckedIn(attendee))
}

fn undo_attendee(conn: &Connection, id: i64, desk: &str) -> Result<UndoOutcome, StoreError> {
    let Some(attendee) = attendees::attendee_by_id(conn, id)? else {
        return Ok(UndoOutcome::Unknown);
    };
    if attendee.checked_in_at.is_none() {
        return Ok(UndoOutcome::NotCheckedIn(attendee));
    }
    append_log(conn, id, desk, "undo")?;
    let attendee = attendees::attendee_by_id(conn, id)?.ok_or(no_row())?;
    Ok(UndoOutcome::Undone(attendee))
}

fn append_log(conn: &Connection, id: i64, desk: &str, action: &str) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO checkin_log (attendee_id, at, desk, action, by_whom) VALUES (?1, ?2, ?3, ?4, ?3)",
    )?
    .execute(rusqlite::params![id, store::now_utc(), desk, action])?;
    Ok(())
}

fn no_row() -> StoreError {
    StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows)
}

/// One entry of the check-in log, newest first in listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    pub attendee_id: i64,
    pub display_name: String,
    pub at: String,
    pub desk: String,
    pub action: String,
}

impl Store {
    /// The last `limit` log entries, optionally of one desk only.
    pub fn recent_log(
        &self,
        desk: Option<&str>,
        limit: usize,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.attendee_id, a.display_name, l.at, l.desk, l.action
             FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id
             WHERE ?1 IS NULL OR l.desk = ?1
             ORDER BY l.id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(rusqlite::params![desk, limit as i64], |row| {
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

    /// The id of a person by any of their codes, for commands that act on one person.
    pub fn find_by_code(&self, code: &str) -> Result<Option<Attendee>, StoreError> {
        match resolve(self.conn(), code)? {
            Resolution::Attendee(id) => attendees::attendee_by_id(self.conn(), id),
            _ => Ok(None),
        }
    }
}

impl Store {
    /// The newest check-in made at `desk` that still stands (not undone since): what the
    /// desk's Undo takes back.
    pub fn last_check_in_at_desk(
        &self,
        desk: &str,
    ) -> Result<Option<(Attendee, String)>, StoreError> {
        use rusqlite::OptionalExtension;
        let found: Option<(i64, String)> = self
            .conn()
            .prepare_cached(
                "SELECT l.attendee_id, l.at FROM checkin_log l
                 JOIN presence p ON p.log_id = l.id
                 WHERE l.desk = ?1 ORDER BY l.id DESC LIMIT 1",
            )?
            .query_row([desk], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        match found {
            Some((id, at)) => Ok(attendees::attendee_by_id(self.conn(), id)?.map(|a| (a, at))),
            None => Ok(None),
        }
    }
}
