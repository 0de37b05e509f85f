//! The "add a session" form: what the organizer typed, and the session it makes.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::agenda::new::{self, Draft, Length, NewSessionError, Start};
use crate::agenda::{NewSession, Session, SessionKind};

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
    pub fn session(
        &self,
        zone: Tz,
        day_change: NaiveTime,
        default_day: NaiveDate,
    ) -> Result<NewSession, NewSessionError> {
        let day = if self.day.trim().is_empty() {
            default_day
        } else {
            NaiveDate::parse_from_str(self.day.trim(), "%Y-%m-%d")
                .map_err(|_| NewSessionError::NotADay(self.day.clone()))?
        };
        let time = NaiveTime::parse_from_str(self.start.trim(), "%H:%M")
            .map_err(|_| NewSessionError::NotATime(self.start.clone()))?;
        let minutes: i64 = self
            .minutes
            .trim()
            .parse()
            .ok()
            .filter(|m| *m > 0 && *m <= 24 * 60)
            .ok_or_else(|| NewSessionError::NotALength(self.minutes.clone()))?;
        Draft {
            title: self.title.clone(),
            subtitle: String::new(),
            speakers: new::speakers(&self.speakers),
            room: self.room.clone(),
            kind: self.kind,
            start: Start::Local { day, time },
            length: Length::Minutes(minutes),
        }
        .session(zone, day_change)
    }
}
