//! `frontdesk agenda now --json`: the contracted shape, with times in the event's zone.

use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::{Agenda, Session, SessionKind, Speaker};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NowNextReport {
    pub at: String,
    pub now: Vec<SessionReport>,
    pub next: Vec<SessionReport>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionReport {
    pub room: String,
    pub title: String,
    pub subtitle: String,
    pub speakers: Vec<Speaker>,
    pub start: String,
    pub end: String,
    pub kind: SessionKind,
}

impl NowNextReport {
    pub fn new(agenda: &Agenda, at: DateTime<Utc>) -> NowNextReport {
        let zone = agenda.time_zone;
        let rooms = agenda.now_next(at);
        NowNextReport {
            at: local_rfc3339(at, zone),
            now: rooms
                .iter()
                .filter_map(|r| r.now)
                .map(|s| SessionReport::new(s, zone))
                .collect(),
            next: rooms
                .iter()
                .filter_map(|r| r.next)
                .map(|s| SessionReport::new(s, zone))
                .collect(),
        }
    }
}

impl SessionReport {
    pub fn new(session: &Session, zone: Tz) -> SessionReport {
        SessionReport {
            room: session.room.clone(),
            title: session.title.clone(),
            subtitle: session.subtitle.clone(),
            speakers: session.speakers.clone(),
            start: local_rfc3339(session.start, zone),
            end: local_rfc3339(session.end, zone),
            kind: session.kind,
        }
    }
}

/// `2018-07-09T10:15:00+02:00`: the instant, written in the event's zone.
pub fn local_rfc3339(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads `--at`: RFC 3339 / ISO 8601 with any UTC offset or `Z`; without an offset, a wall-clock
/// time in the event's zone (`2018-07-09T10:15`).
pub fn parse_at(text: &str, zone: Tz) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let text = match text.strip_suffix(['Z', 'z']) {
        Some(utc) => format!("{utc}+00:00"),
        None => text.to_string(),
    };
    let text = text.as_str();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.with_timezone(&Utc));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(at) = DateTime::parse_from_str(text, format) {
            return Some(at.with_timezone(&Utc));
        }
    }
    for format in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(local) = chrono::NaiveDateTime::parse_from_str(text, format) {
            return local
                .and_local_timezone(zone)
                .earliest()
                .map(|at| at.with_timezone(&Utc));
        }
    }
    None
}
