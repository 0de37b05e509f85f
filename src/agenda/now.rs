//! What is on now and next, per room, at an instant; and which part of the day the lobby is in.
//! Pure functions over the stored sessions, so every case is a table test.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::Session;

/// One room's current and next session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomNow<'a> {
    pub room: &'a str,
    pub now: Option<&'a Session>,
    pub next: Option<&'a Session>,
}

/// `frontdesk agenda now`: every room that has a session now or later, in room order.
pub fn now_next<'a>(
    sessions: &'a [Session],
    rooms: &'a [String],
    at: DateTime<Utc>,
) -> Vec<RoomNow<'a>> {
    rooms
        .iter()
        .map(|room| room_now(sessions, room, at))
        .filter(|room| room.now.is_some() || room.next.is_some())
        .collect()
}

fn room_now<'a>(sessions: &'a [Session], room: &'a str, at: DateTime<Utc>) -> RoomNow<'a> {
    let in_room = || sessions.iter().filter(move |s| s.room == room);
    // Overlapping sessions in one room (a late change): the one that started last is on.
    let now = in_room()
        .filter(|s| s.start <= at && at < s.end)
        .max_by_key(|s| s.start);
    let next = in_room()
        .filter(|s| s.start > at)
        .min_by_key(|s| (s.start, s.id));
    RoomNow { room, now, next }
}

/// Where the lobby is in the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// No sessions at all.
    NoAgenda,
    /// The day has not begun: doors open when its first session starts.
    BeforeDoors { doors: DateTime<Utc> },
    /// Something is on in at least one room (a break counts).
    Running,
    /// Between sessions: nothing on anywhere until `resumes`.
    Gap { resumes: DateTime<Utc> },
    /// The day's sessions are over; `next_day` opens when another day follows.
    DayOver { next_day: Option<DateTime<Utc>> },
}

/// Everything the lobby shows at one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LobbyView<'a> {
    /// The conference day shown, if there is an agenda.
    pub day: Option<NaiveDate>,
    pub phase: Phase,
    /// Rooms with something on now or later that day.
    pub rooms: Vec<RoomNow<'a>>,
    /// The whole day's sessions in order; the lobby dims those that have ended.
    pub day_sessions: Vec<&'a Session>,
    /// The day's list as the lobby shows it: from the session before the first one not yet
    /// over, so the afternoon's screen is not filled (and paged) with the morning's talks.
    pub day_list: Vec<&'a Session>,
}

impl<'a> LobbyView<'a> {
    pub fn at(sessions: &'a [Session], rooms: &'a [String], at: DateTime<Utc>, zone: Tz) -> Self {
        let Some(day) = day_of(sessions, at, zone) else {
            return LobbyView {
                day: None,
                phase: Phase::NoAgenda,
                rooms: Vec::new(),
                day_sessions: Vec::new(),
                day_list: Vec::new(),
            };
        };
        let day_sessions: Vec<&Session> = sessions.iter().filter(|s| s.day == day).collect();
        let first_start = day_sessions.iter().map(|s| s.start).min();
        let last_end = day_sessions.iter().map(|s| s.end).max();
        let phase = match (first_start, last_end) {
            (Some(doors), _) if at < doors => Phase::BeforeDoors { doors },
            (_, Some(end)) if at >= end => Phase::DayOver {
                next_day: first_start_after(sessions, day),
            },
            _ if day_sessions.iter().any(|s| s.start <= at && at < s.end) => Phase::Running,
            _ => Phase::Gap {
                resumes: day_sessions
                    .iter()
                    .map(|s| s.start)
                    .filter(|start| *start > at)
                    .min()
                    .unwrap_or(at),
            },
        };
        let rooms = rooms
            .iter()
            .map(|room| {
                let mut entry = room_now(sessions, room, at);
                // The lobby speaks of one day: tomorrow's first talk is not "next" tonight.
                entry.next = entry.next.filter(|s| s.day == day);
                entry
            })
            .filter(|room| room.now.is_some() || room.next.is_some())
            .collect();
        let day_list = day_list(&day_sessions, at);
        LobbyView {
            day: Some(day),
            phase,
            rooms,
            day_sessions,
            day_list,
        }
    }
}

/// The sessions of `day_sessions` (in order) from the one before the first not over at `at`;
/// once all are over, the last one.
fn day_list<'a>(day_sessions: &[&'a Session], at: DateTime<Utc>) -> Vec<&'a Session> {
    let first_not_over = day_sessions
        .iter()
        .position(|s| s.end > at)
        .unwrap_or(day_sessions.len());
    day_sessions[first_not_over.saturating_sub(1)..].to_vec()
}

fn first_start_after(sessions: &[Session], day: NaiveDate) -> Option<DateTime<Utc>> {
    sessions
        .iter()
        .filter(|s| s.day > day)
        .map(|s| s.start)
        .min()
}

/// The conference day the lobby shows at `at`: the day of the next session not yet over; after
/// a day's last session, that day stays on screen (with its thank-you) until local midnight;
/// after the last day, the last day.
pub fn day_of(sessions: &[Session], at: DateTime<Utc>, zone: Tz) -> Option<NaiveDate> {
    let last_day = sessions.iter().map(|s| s.day).max()?;
    let upcoming = sessions
        .iter()
        .filter(|s| s.end > at)
        .min_by_key(|s| (s.start, s.id))
        .map(|s| s.day);
    let Some(upcoming) = upcoming else {
        return Some(last_day);
    };
    let upcoming_begun = sessions.iter().any(|s| s.day == upcoming && s.start <= at);
    if upcoming_begun {
        return Some(upcoming);
    }
    let local_date = |instant: DateTime<Utc>| instant.with_timezone(&zone).date_naive();
    let finished_today = sessions
        .iter()
        .filter(|s| s.day < upcoming)
        .max_by_key(|s| s.end)
        .filter(|s| local_date(s.end) == local_date(at))
        .map(|s| s.day);
    Some(finished_today.unwrap_or(upcoming))
}
