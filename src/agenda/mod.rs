//! The day's programme: sessions with their room, times, speakers and kind, read from a
//! schedule tool's export (frab XML, pretalx JSON) or our own TOML, and what is on now and
//! next for the lobby screen.
//!
//! Times are instants (`DateTime<Utc>`); the event's time zone only matters when a file gives
//! local wall-clock times and when times are shown.

pub mod new;
pub mod now;
pub mod parse;
pub mod report;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub use now::{LobbyView, Phase, RoomNow, day_of, now_next};
pub use parse::{AgendaError, Format, parse};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionKind {
    Talk,
    Keynote,
    Break,
    Other,
}

impl SessionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Talk => "talk",
            SessionKind::Keynote => "keynote",
            SessionKind::Break => "break",
            SessionKind::Other => "other",
        }
    }

    /// Reads the kinds schedule tools write (`lecture`, `workshop`, `pause`, ...) into ours.
    pub fn from_label(label: &str) -> SessionKind {
        let label = label.trim().to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| label.contains(w));
        if has(&["keynote", "plenary"]) {
            SessionKind::Keynote
        } else if has(&[
            "break",
            "pause",
            "lunch",
            "coffee",
            "dinner",
            "breakfast",
            "fika",
        ]) {
            SessionKind::Break
        } else if has(&[
            "talk",
            "lecture",
            "presentation",
            "workshop",
            "panel",
            "tutorial",
            "session",
            "lightning",
        ]) {
            SessionKind::Talk
        } else {
            SessionKind::Other
        }
    }

    pub fn parse(kind: &str) -> Option<SessionKind> {
        match kind {
            "talk" => Some(SessionKind::Talk),
            "keynote" => Some(SessionKind::Keynote),
            "break" => Some(SessionKind::Break),
            "other" => Some(SessionKind::Other),
            _ => None,
        }
    }
}

impl std::fmt::Display for SessionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    /// Company or university, when the schedule says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

impl Speaker {
    /// `François Pachet, Spotify`
    pub fn label(&self) -> String {
        match &self.affiliation {
            Some(affiliation) if !affiliation.is_empty() => {
                format!("{}, {affiliation}", self.name)
            }
            _ => self.name.clone(),
        }
    }
}

/// A session as a file describes it, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The conference day it belongs to (a day may run past midnight into the next date).
    pub day: NaiveDate,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub room: String,
    pub title: String,
    pub subtitle: String,
    pub speakers: Vec<Speaker>,
    pub kind: SessionKind,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    pub day: NaiveDate,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub room: String,
    pub title: String,
    pub subtitle: String,
    pub speakers: Vec<Speaker>,
    pub kind: SessionKind,
}

/// A whole schedule read from a file: replaces the stored agenda on import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The event's title as the file gives it, if it does.
    pub title: Option<String>,
    pub time_zone: Tz,
    /// Rooms in the order the file lists them; the lobby shows them in this order.
    pub rooms: Vec<String>,
    /// Sorted by start, then room order.
    pub sessions: Vec<NewSession>,
}

/// The stored agenda, as the lobby and `agenda now` read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    pub time_zone: Tz,
    /// When the event's day changes: a session added at 01:30 belongs to the day before.
    pub day_changes_at: chrono::NaiveTime,
    pub rooms: Vec<String>,
    /// Sorted by start, then room order.
    pub sessions: Vec<Session>,
}

impl Agenda {
    pub fn now_next(&self, at: DateTime<Utc>) -> Vec<RoomNow<'_>> {
        now_next(&self.sessions, &self.rooms, at)
    }

    pub fn lobby(&self, at: DateTime<Utc>) -> LobbyView<'_> {
        LobbyView::at(&self.sessions, &self.rooms, at, self.time_zone)
    }

    pub fn session(&self, id: i64) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }
}
