//! The "add a session" form: what the organizer typed, and the session it makes.

use chrono::{Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::agenda::{NewSession, Session, SessionKind, Speaker};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Room,
    Day,
    Start,
    Minutes,
    Speakers,
}

#[derive(Debug, Clone)]
pub struct AddForm {
    pub title: String,
    pub room: String,
    /// `YYYY-MM-DD`
    pub day: String,
    /// `HH:MM`, the event's local time.
    pub start: String,
    pub minutes: String,
    /// "Name, Affiliation; Name"
    pub speakers: String,
    pub kind: SessionKind,
}

impl Default for AddForm {
    fn default() -> Self {
        AddForm {
            title: String::new(),
            room: String::new(),
            day: String::new(),
            start: String::new(),
            minutes: "30".to_string(),
            speakers: String::new(),
            kind: SessionKind::Talk,
        }
    }
}

impl AddForm {
    pub fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Title => &mut self.title,
            Field::Room => &mut self.room,
            Field::Day => &mut self.day,
            Field::Start => &mut self.start,
            Field::Minutes => &mut self.minutes,
            Field::Speakers => &mut self.speakers,
        };
        *slot = value;
    }

    /// A new session most often goes right after the one selected, in its room.
    pub fn suggest_from(&mut self, session: &Session, zone: Tz) {
        if self.title.is_empty() {
            self.room = session.room.clone();
            self.day = session.day.to_string();
            self.start = session.end.with_timezone(&zone).format("%H:%M").to_string();
        }
    }

    /// The session the form describes, or the sentence that says what to fix.
    pub fn session(&self, zone: Tz, default_day: NaiveDate) -> Result<NewSession, String> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err("Give the new session a title.".into());
        }
        let room = self.room.trim();
        if room.is_empty() {
            return Err("Say which room the new session is in.".into());
        }
        let day = if self.day.trim().is_empty() {
            default_day
        } else {
            NaiveDate::parse_from_str(self.day.trim(), "%Y-%m-%d")
                .map_err(|_| format!("\"{}\" is not a day; write it as 2018-07-09.", self.day))?
        };
        let time = NaiveTime::parse_from_str(self.start.trim(), "%H:%M")
            .map_err(|_| format!("\"{}\" is not a time; write it as 14:30.", self.start))?;
        let minutes: i64 = self
            .minutes
            .trim()
            .parse()
            .ok()
            .filter(|m| *m > 0 && *m <= 24 * 60)
            .ok_or_else(|| format!("\"{}\" is not a length in minutes.", self.minutes))?;
        let start = day
            .and_time(time)
            .and_local_timezone(zone)
            .earliest()
            .ok_or_else(|| {
                format!(
                    "{} does not exist on {day} (the clocks change).",
                    self.start
                )
            })?
            .to_utc();
        Ok(NewSession {
            day,
            start,
            end: start + Duration::minutes(minutes),
            room: room.to_string(),
            title: title.to_string(),
            subtitle: String::new(),
            speakers: speakers(&self.speakers),
            kind: self.kind,
        })
    }
}

fn speakers(text: &str) -> Vec<Speaker> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match s.split_once(',') {
            Some((name, affiliation)) => Speaker {
                name: name.trim().to_string(),
                affiliation: Some(affiliation.trim().to_string()).filter(|a| !a.is_empty()),
            },
            None => Speaker {
                name: s.to_string(),
                affiliation: None,
            },
        })
        .collect()
}
