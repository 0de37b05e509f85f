//! The stored agenda: replaced whole by an import, edited session by session by organizers.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

use super::{Store, StoreError, Timestamp};
use crate::agenda::{Agenda, NewSession, Schedule, Session, SessionKind, Speaker};

/// What an agenda import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaReport {
    pub sessions: usize,
    pub rooms: usize,
    pub days: usize,
    /// Sessions of the agenda it replaced.
    pub replaced: usize,
    pub time_zone: String,
}

/// One organizer's change to a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionEdit {
    /// Moves start and end by this many minutes (negative: earlier).
    Shift {
        minutes: i64,
    },
    /// Moves the end only: the session runs longer or shorter.
    Lengthen {
        minutes: i64,
    },
    Retitle(String),
    Delete,
}

impl Store {
    /// Replaces the whole agenda in one transaction and sets the event's time zone to the
    /// schedule's (creating the event, named after the schedule, when there is none yet).
    pub fn replace_agenda(&mut self, schedule: &Schedule) -> Result<AgendaReport, StoreError> {
        let tx = self.write()?;
        let replaced: i64 =
            tx.query_row("SELECT count(*) FROM agenda_session", [], |r| r.get(0))?;
        tx.execute("DELETE FROM agenda_session", [])?;
        tx.execute("DELETE FROM agenda_room", [])?;
        for (position, room) in schedule.rooms.iter().enumerate() {
            tx.execute(
                "INSERT INTO agenda_room (name, position) VALUES (?1, ?2)",
                params![room, position as i64],
            )?;
        }
        for session in &schedule.sessions {
            insert_session(&tx, session)?;
        }
        set_event_zone(&tx, schedule)?;
        tx.commit()?;
        let mut days: Vec<NaiveDate> = schedule.sessions.iter().map(|s| s.day).collect();
        days.dedup();
        Ok(AgendaReport {
            sessions: schedule.sessions.len(),
            rooms: schedule.rooms.len(),
            days: days.len(),
            replaced: replaced as usize,
            time_zone: schedule.time_zone.name().to_string(),
        })
    }

    pub fn agenda(&self) -> Result<Agenda, StoreError> {
        let event = self.event_or_default()?;
        let mut rooms_stmt = self
            .conn
            .prepare_cached("SELECT name FROM agenda_room ORDER BY position, name")?;
        let rooms = rooms_stmt
            .query_map([], |row| row.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.day, s.start_utc, s.end_utc, s.room, s.title, s.subtitle, s.speakers,
                    s.kind
             FROM agenda_session s JOIN agenda_room r ON r.name = s.room
             ORDER BY s.start_utc, r.position, s.id",
        )?;
        let sessions = stmt
            .query_map([], read_session)?
            .collect::<Result<Vec<Session>, _>>()?;
        Ok(Agenda {
            time_zone: event.time_zone,
            day_changes_at: event.day_changes_at,
            rooms,
            sessions,
        })
    }

    /// Adds one session (a late addition); a new room goes to the end of the room order.
    pub fn add_session(&mut self, session: &NewSession) -> Result<i64, StoreError> {
        if session.end <= session.start {
            return Err(StoreError::SessionEndsBeforeStart {
                title: session.title.clone(),
            });
        }
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO agenda_room (name, position)
             SELECT ?1, coalesce(max(position) + 1, 0) FROM agenda_room WHERE true
             ON CONFLICT (name) DO NOTHING",
            [&session.room],
        )?;
        insert_session(&tx, session)?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    pub fn edit_session(&mut self, id: i64, edit: &SessionEdit) -> Result<(), StoreError> {
        let tx = self.write()?;
        let times: Option<(String, String, String)> = tx
            .query_row(
                "SELECT start_utc, end_utc, title FROM agenda_session WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let Some((start, end, title)) = times else {
            return Err(StoreError::NoSuchSession(id));
        };
        let (start, end) = (parse_instant(&start)?, parse_instant(&end)?);
        let (start, end, title) = match edit {
            SessionEdit::Shift { minutes } => (
                start + Duration::minutes(*minutes),
                end + Duration::minutes(*minutes),
                title,
            ),
            SessionEdit::Lengthen { minutes } => (start, end + Duration::minutes(*minutes), title),
            SessionEdit::Retitle(new_title) => (start, end, new_title.trim().to_string()),
            SessionEdit::Delete => {
                tx.execute("DELETE FROM agenda_session WHERE id = ?1", [id])?;
                tx.commit()?;
                return Ok(());
            }
        };
        if end <= start {
            return Err(StoreError::SessionEndsBeforeStart { title });
        }
        tx.execute(
            "UPDATE agenda_session SET start_utc = ?2, end_utc = ?3, title = ?4, updated_at = ?5
             WHERE id = ?1",
            params![id, stamp(start), stamp(end), title, Timestamp::now()],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// Instants are stored to the second, so text order is time order.
fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn insert_session(tx: &Transaction<'_>, session: &NewSession) -> Result<(), StoreError> {
    let speakers = serde_json::to_string(&session.speakers).unwrap_or_else(|_| "[]".into());
    tx.execute(
        "INSERT INTO agenda_session
            (day, start_utc, end_utc, room, title, subtitle, speakers, kind, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            session.day.to_string(),
            stamp(session.start),
            stamp(session.end),
            session.room,
            session.title,
            session.subtitle,
            speakers,
            session.kind.as_str(),
            Timestamp::now(),
        ],
    )?;
    Ok(())
}

fn set_event_zone(tx: &Transaction<'_>, schedule: &Schedule) -> Result<(), StoreError> {
    let zone = schedule.time_zone.name();
    let days = || schedule.sessions.iter().map(|s| s.day.to_string());
    let name = schedule
        .title
        .clone()
        .unwrap_or_else(|| "Event".to_string());
    tx.execute(
        "INSERT INTO event (id, name, time_zone, starts_on, ends_on) VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone",
        params![name, zone, days().min(), days().max()],
    )?;
    Ok(())
}

fn parse_instant(text: &str) -> Result<DateTime<Utc>, StoreError> {
    crate::time::parse_utc(text).ok_or_else(|| {
        StoreError::Sqlite(rusqlite::Error::InvalidColumnType(
            0,
            format!("agenda time {text:?}"),
            rusqlite::types::Type::Text,
        ))
    })
}

fn read_session(row: &rusqlite::Row<'_>) -> rusqlite::Result<Session> {
    let bad = |index: usize, what: &str| {
        rusqlite::Error::InvalidColumnType(index, what.to_string(), rusqlite::types::Type::Text)
    };
    let day: String = row.get(1)?;
    let start: String = row.get(2)?;
    let end: String = row.get(3)?;
    let speakers: String = row.get(7)?;
    let kind: String = row.get(8)?;
    Ok(Session {
        id: row.get(0)?,
        day: day.parse().map_err(|_| bad(1, "day"))?,
        start: crate::time::parse_utc(&start).ok_or_else(|| bad(2, "start"))?,
        end: crate::time::parse_utc(&end).ok_or_else(|| bad(3, "end"))?,
        room: row.get(4)?,
        title: row.get(5)?,
        subtitle: row.get(6)?,
        speakers: serde_json::from_str::<Vec<Speaker>>(&speakers)
            .map_err(|_| bad(7, "speakers"))?,
        kind: SessionKind::parse(&kind).ok_or_else(|| bad(8, "kind"))?,
    })
}
