//! A session an organizer adds by hand, from the agenda editor or `frontdesk agenda add`: one
//! builder, so both refuse the same things and put a session after midnight on the conference
//! day it belongs to.

use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::day::conference_day;
use chrono_tz::Tz;

use super::{NewSession, SessionKind, Speaker};

/// In an agenda file without its own `day_change`, times before this belong to the night
/// after the day's date: a session at 01:30 under 9 July starts at 01:30 on 10 July
/// (docs/agenda-toml.md, *After midnight*). Sessions added by hand follow the event's own
/// hour instead (`crate::day`), as check-ins do.
pub fn file_day_change() -> NaiveTime {
    NaiveTime::from_hms_opt(5, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// `"Name, Affiliation"` (the text after the first comma is the affiliation; no comma, no
/// affiliation); `None` for blank text.
pub fn speaker(text: &str) -> Option<Speaker> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match text.split_once(',') {
        Some((name, affiliation)) => Speaker {
            name: name.trim().to_string(),
            affiliation: Some(affiliation.trim().to_string()).filter(|a| !a.is_empty()),
        },
        None => Speaker {
            name: text.to_string(),
            affiliation: None,
        },
    })
}

/// Several speakers in one line: `"Ada Lovelace, Analytical Engines; Grace Hopper"`.
pub fn speakers(text: &str) -> Vec<Speaker> {
    text.split(';').filter_map(speaker).collect()
}

/// When a new session starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// A wall-clock time of a conference day, as the editor asks for it.
    Local { day: NaiveDate, time: NaiveTime },
    /// An instant, as the command line takes it; its conference day is worked out.
    At(DateTime<Utc>),
}

/// How long it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Minutes(i64),
    Until(DateTime<Utc>),
}

/// Everything a person says about a new session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub subtitle: String,
    pub speakers: Vec<Speaker>,
    pub room: String,
    pub kind: SessionKind,
    pub start: Start,
    pub length: Length,
}

/// Why a new session cannot be added, in a sentence that says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NewSessionError {
    #[error("Give the new session a title.")]
    BlankTitle,
    #[error("Say which room the new session is in.")]
    BlankRoom,
    #[error("\"{0}\" is not a day; write it as 2018-07-09.")]
    NotADay(String),
    #[error("\"{0}\" is not a time; write it as 14:30.")]
    NotATime(String),
    #[error("\"{0}\" is not a length in minutes.")]
    NotALength(String),
    #[error("{time} does not exist on {date} (the clocks change).")]
    NoSuchLocalTime { time: NaiveTime, date: NaiveDate },
    #[error("\"{title}\" would not end after it starts; give it an end after its start")]
    EndsBeforeItStarts { title: String },
}

impl NewSessionError {
    /// The refusal in the organizer's language (its `Display` is the command line's English).
    pub fn say(&self, t: &crate::language::Texts) -> String {
        let text = |id: &str, value: &str| t.tr_with(id, &[("text", value.into())]);
        match self {
            NewSessionError::BlankTitle => t.tr("session-error-blank-title"),
            NewSessionError::BlankRoom => t.tr("session-error-blank-room"),
            NewSessionError::NotADay(value) => text("session-error-day", value),
            NewSessionError::NotATime(value) => text("session-error-time", value),
            NewSessionError::NotALength(value) => text("session-error-length", value),
            NewSessionError::NoSuchLocalTime { time, date } => t.tr_with(
                "session-error-no-such-time",
                &[
                    ("time", time.format("%H:%M").to_string().into()),
                    ("date", date.to_string().into()),
                ],
            ),
            NewSessionError::EndsBeforeItStarts { title } => t.tr_with(
                "session-error-ends-before",
                &[("title", title.as_str().into())],
            ),
        }
    }
}

impl Draft {
    /// The session to store, trimmed, on the conference day it belongs to: a start before
    /// `day_change` belongs to the day before, as a check-in does.
    pub fn session(&self, zone: Tz, day_change: NaiveTime) -> Result<NewSession, NewSessionError> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(NewSessionError::BlankTitle);
        }
        let room = self.room.trim();
        if room.is_empty() {
            return Err(NewSessionError::BlankRoom);
        }
        let (day, start) = match self.start {
            Start::At(at) => (conference_day(at, zone, day_change), at),
            Start::Local { day, time } => (day, local_start(day, time, zone, day_change)?),
        };
        let end = match self.length {
            Length::Minutes(minutes) => start + Duration::minutes(minutes),
            Length::Until(end) => end,
        };
        if end <= start {
            return Err(NewSessionError::EndsBeforeItStarts {
                title: title.to_string(),
            });
        }
        Ok(NewSession {
            day,
            start,
            end,
            room: room.to_string(),
            title: title.to_string(),
            subtitle: self.subtitle.trim().to_string(),
            speakers: self.speakers.clone(),
            kind: self.kind,
        })
    }
}

/// `time` on conference day `day`: in the night after its date when before `day_change`.
/// A time the clocks pass twice is its first occurrence, as in agenda files.
fn local_start(
    day: NaiveDate,
    time: NaiveTime,
    zone: Tz,
    day_change: NaiveTime,
) -> Result<DateTime<Utc>, NewSessionError> {
    let date = if time < day_change {
        day.checked_add_days(Days::new(1)).unwrap_or(day)
    } else {
        day
    };
    zone.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .ok_or(NewSessionError::NoSuchLocalTime { time, date })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    fn draft(start: Start) -> Draft {
        Draft {
            title: " Night owls ".into(),
            subtitle: String::new(),
            speakers: speakers("Ada Lovelace, Analytical Engines; ; Grace Hopper"),
            room: " Main stage ".into(),
            kind: SessionKind::Talk,
            start,
            length: Length::Minutes(30),
        }
    }

    #[test]
    fn a_session_after_midnight_belongs_to_the_day_before() {
        let (zone, change) = (
            chrono_tz::Europe::Stockholm,
            crate::day::default_day_change(),
        );
        let local = draft(Start::Local {
            day: date("2018-07-09"),
            time: NaiveTime::from_hms_opt(1, 30, 0).expect("a time"),
        })
        .session(zone, change)
        .expect("a session");
        let at: DateTime<Utc> = "2018-07-09T23:30:00Z".parse().expect("an instant");
        assert_eq!((local.day, local.start), (date("2018-07-09"), at));
        let instant = draft(Start::At(at))
            .session(zone, change)
            .expect("a session");
        assert_eq!(instant, local);
        assert_eq!(
            (instant.title.as_str(), instant.room.as_str()),
            ("Night owls", "Main stage")
        );
        assert_eq!(instant.speakers.len(), 2);
        // 04:00 in Stockholm is the new day; a minute before is still the night of the 9th.
        let morning: DateTime<Utc> = "2018-07-10T02:00:00Z".parse().expect("an instant");
        assert_eq!(conference_day(morning, zone, change), date("2018-07-10"));
        let night: DateTime<Utc> = "2018-07-10T01:59:00Z".parse().expect("an instant");
        assert_eq!(conference_day(night, zone, change), date("2018-07-09"));
    }

    #[test]
    fn blank_titles_and_rooms_and_backward_times_are_refused() {
        let (zone, change) = (chrono_tz::UTC, crate::day::default_day_change());
        let at: DateTime<Utc> = "2018-07-09T10:00:00Z".parse().expect("an instant");
        let blank_title = Draft {
            title: "  ".into(),
            ..draft(Start::At(at))
        };
        assert_eq!(
            blank_title.session(zone, change),
            Err(NewSessionError::BlankTitle)
        );
        let blank_room = Draft {
            room: String::new(),
            ..draft(Start::At(at))
        };
        assert_eq!(
            blank_room.session(zone, change),
            Err(NewSessionError::BlankRoom)
        );
        let backwards = Draft {
            length: Length::Until(at),
            ..draft(Start::At(at))
        };
        assert!(matches!(
            backwards.session(zone, change),
            Err(NewSessionError::EndsBeforeItStarts { .. })
        ));
    }

    #[test]
    fn a_speaker_is_a_name_and_what_follows_the_first_comma() {
        assert_eq!(
            speaker(" François Pachet , Spotify, Paris "),
            Some(Speaker {
                name: "François Pachet".into(),
                affiliation: Some("Spotify, Paris".into())
            })
        );
        assert_eq!(speaker("Grace Hopper,").and_then(|s| s.affiliation), None);
        assert_eq!(speaker("  "), None);
    }
}
