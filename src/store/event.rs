//! The event itself: one row, named by the organizer. The rules for what makes an event (a
//! name, a known time zone, a last day not before the first) live here, so that the console's
//! Settings form and `frontdesk event` refuse the same things with the same sentences.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::{EventValue, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub name: String,
    pub venue: String,
    /// Written as its IANA name, e.g. `Europe/Stockholm`.
    #[serde(with = "zone_name")]
    pub time_zone: Tz,
    /// Written as `YYYY-MM-DD`.
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// When one event day ends and the next begins (`crate::day`); written as `HH:MM`.
    #[serde(with = "hour_minute", default = "crate::day::default_day_change")]
    pub day_changes_at: NaiveTime,
}

/// The event before an organizer has said anything about it: no name (so no name on the
/// badges), no venue, UTC, no dates.
impl Default for Event {
    fn default() -> Self {
        Event {
            name: String::new(),
            venue: String::new(),
            time_zone: chrono_tz::UTC,
            starts_on: None,
            ends_on: None,
            day_changes_at: crate::day::default_day_change(),
        }
    }
}

/// What the desk's header calls an event that has no name yet.
pub const UNNAMED: &str = "Unnamed event";

/// Which of the event's days a sentence speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    First,
    Last,
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Day::First => "first day",
            Day::Last => "last day",
        })
    }
}

/// Why an event cannot be saved as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("Give the event a name.")]
    BlankName,
    #[error("\"{0}\" is not a time zone; use a name such as Europe/Stockholm or America/New_York.")]
    UnknownZone(String),
    #[error("The {day} \"{text}\" is not a date; write it as 2018-07-09.")]
    NotADate { day: Day, text: String },
    #[error(
        "\"{0}\" is not an hour for the day to change; write it as 04:00 (a time between \
         00:00 and 12:00)."
    )]
    NotADayChange(String),
    #[error("The last day ({ends_on}) is before the first day ({starts_on}).")]
    EndsBeforeItStarts {
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    },
}

impl EventError {
    /// The refusal in the organizer's language (its `Display` is the command line's English).
    pub fn say(&self, t: &crate::language::Texts) -> String {
        match self {
            EventError::BlankName => t.tr("event-error-blank-name"),
            EventError::UnknownZone(zone) => {
                t.tr_with("event-error-zone", &[("zone", zone.as_str().into())])
            }
            EventError::NotADate { day, text } => t.tr_with(
                match day {
                    Day::First => "event-error-first-day",
                    Day::Last => "event-error-last-day",
                },
                &[("text", text.as_str().into())],
            ),
            EventError::NotADayChange(text) => {
                t.tr_with("event-error-day-change", &[("text", text.as_str().into())])
            }
            EventError::EndsBeforeItStarts { starts_on, ends_on } => t.tr_with(
                "event-error-ends-before",
                &[
                    ("first", starts_on.to_string().into()),
                    ("last", ends_on.to_string().into()),
                ],
            ),
        }
    }
}

impl Event {
    /// The name as the desk shows it: the event's own, or "Unnamed event".
    pub fn title(&self) -> &str {
        let name = self.name.trim();
        if name.is_empty() { UNNAMED } else { name }
    }

    /// Checks what both the console and the command line refuse to save.
    pub fn validate(&self) -> Result<(), EventError> {
        if self.name.trim().is_empty() {
            return Err(EventError::BlankName);
        }
        if let (Some(starts_on), Some(ends_on)) = (self.starts_on, self.ends_on)
            && ends_on < starts_on
        {
            return Err(EventError::EndsBeforeItStarts { starts_on, ends_on });
        }
        if self.day_changes_at > latest_day_change() {
            return Err(EventError::NotADayChange(hour_minute::text(
                self.day_changes_at,
            )));
        }
        Ok(())
    }

    /// The same event with its texts trimmed, checked.
    pub fn validated(mut self) -> Result<Event, EventError> {
        self.name = self.name.trim().to_string();
        self.venue = self.venue.trim().to_string();
        self.validate()?;
        Ok(self)
    }
}

/// A time zone as a person types it: `Europe/Stockholm`.
pub fn parse_zone(text: &str) -> Result<Tz, EventError> {
    let text = text.trim();
    text.parse()
        .map_err(|_| EventError::UnknownZone(text.to_string()))
}

/// One of the event's days as a person types it (`2018-07-09`); empty is no date.
pub fn parse_day(text: &str, day: Day) -> Result<Option<NaiveDate>, EventError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| EventError::NotADate {
            day,
            text: text.to_string(),
        })
}

/// A day that changes after noon would count an afternoon as the day before.
fn latest_day_change() -> NaiveTime {
    NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// The hour the event day changes, as a person types it (`04:00`, `4:30`).
pub fn parse_day_change(text: &str) -> Result<NaiveTime, EventError> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .ok()
        .filter(|t| *t <= latest_day_change())
        .ok_or_else(|| EventError::NotADayChange(text.to_string()))
}

/// The hour the day changes as `HH:MM` in JSON and in the database.
pub(crate) mod hour_minute {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn text(time: NaiveTime) -> String {
        time.format("%H:%M").to_string()
    }

    pub fn serialize<S: Serializer>(time: &NaiveTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&text(*time))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        NaiveTime::parse_from_str(&text, "%H:%M")
            .map_err(|_| serde::de::Error::custom(format!("{text:?} is not an hour (HH:MM)")))
    }
}

/// The zone by its IANA name in JSON, as the database keeps it.
mod zone_name {
    use chrono_tz::Tz;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(zone: &Tz, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(zone.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Tz, D::Error> {
        let name = String::deserialize(deserializer)?;
        name.parse()
            .map_err(|_| serde::de::Error::custom(format!("unknown time zone {name:?}")))
    }
}

/// The event's row as SQLite keeps it: name, venue, zone, days and the day's change as text.
type StoredEvent = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

impl Store {
    pub fn event(&self) -> Result<Option<Event>, StoreError> {
        read_event(&self.conn)
    }

    /// The stored event, or the default one when there is none yet.
    pub fn event_or_default(&self) -> Result<Event, StoreError> {
        Ok(self.event()?.unwrap_or_default())
    }

    pub fn set_event(&mut self, event: &Event) -> Result<(), StoreError> {
        let tx = self.write()?;
        write_event(&tx, event)?;
        tx.commit()?;
        Ok(())
    }
}

/// The event as `conn` sees it: also inside a write transaction that needs the day.
pub(crate) fn read_event(conn: &rusqlite::Connection) -> Result<Option<Event>, StoreError> {
    let row: Option<StoredEvent> = conn
        .prepare_cached(
            "SELECT name, venue, time_zone, starts_on, ends_on, day_changes_at
                 FROM event WHERE id = 1",
        )?
        .query_row([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ))
        })
        .optional()?;
    let Some((name, venue, zone, starts_on, ends_on, day_change)) = row else {
        return Ok(None);
    };
    // Written by hand or by an older copy: say which value, never panic.
    let unreadable = |what: EventValue, value: &str| StoreError::BadEvent {
        what,
        value: value.to_string(),
    };
    let day = |text: Option<String>, what| -> Result<Option<NaiveDate>, StoreError> {
        text.filter(|t| !t.trim().is_empty())
            .map(|t| {
                NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").map_err(|_| unreadable(what, &t))
            })
            .transpose()
    };
    Ok(Some(Event {
        name,
        venue,
        time_zone: zone
            .trim()
            .parse()
            .map_err(|_| unreadable(EventValue::TimeZone, &zone))?,
        starts_on: day(starts_on, EventValue::FirstDay)?,
        ends_on: day(ends_on, EventValue::LastDay)?,
        day_changes_at: NaiveTime::parse_from_str(day_change.trim(), "%H:%M")
            .map_err(|_| unreadable(EventValue::DayChange, &day_change))?,
    }))
}

pub(super) fn write_event(tx: &rusqlite::Transaction<'_>, event: &Event) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO event (id, name, venue, time_zone, starts_on, ends_on, day_changes_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, venue = excluded.venue,
                time_zone = excluded.time_zone, starts_on = excluded.starts_on,
                ends_on = excluded.ends_on, day_changes_at = excluded.day_changes_at",
        rusqlite::params![
            event.name,
            event.venue,
            event.time_zone.name(),
            event.starts_on.map(|d| d.to_string()),
            event.ends_on.map(|d| d.to_string()),
            hour_minute::text(event.day_changes_at),
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    #[test]
    fn an_event_needs_a_name_and_days_in_order() {
        let event = Event {
            name: "  ".into(),
            ..Event::default()
        };
        assert_eq!(event.validate(), Err(EventError::BlankName));
        let event = Event {
            name: "ML Day".into(),
            starts_on: Some(day("2018-07-10")),
            ends_on: Some(day("2018-07-09")),
            ..Event::default()
        };
        assert_eq!(
            event.validate().map_err(|e| e.to_string()),
            Err("The last day (2018-07-09) is before the first day (2018-07-10).".to_string())
        );
        let one_day = Event {
            ends_on: Some(day("2018-07-10")),
            ..event
        };
        assert_eq!(one_day.validate(), Ok(()));
        assert_eq!(Event::default().title(), UNNAMED);
    }

    #[test]
    fn typed_zones_and_days_are_read_or_refused_with_a_sentence() {
        assert_eq!(
            parse_zone(" Europe/Stockholm "),
            Ok(chrono_tz::Europe::Stockholm)
        );
        assert_eq!(
            parse_zone("Europe/Stokholm").map_err(|e| e.to_string()),
            Err(
                "\"Europe/Stokholm\" is not a time zone; use a name such as Europe/Stockholm \
                 or America/New_York."
                    .to_string()
            )
        );
        assert_eq!(parse_day("", Day::First), Ok(None));
        assert_eq!(
            parse_day("2018-07-09", Day::Last),
            Ok(Some(day("2018-07-09")))
        );
        assert_eq!(
            parse_day("9 July", Day::Last).map_err(|e| e.to_string()),
            Err("The last day \"9 July\" is not a date; write it as 2018-07-09.".to_string())
        );
    }

    #[test]
    fn the_json_shape_keeps_names_and_dates_as_text() {
        let event = Event {
            name: "ML Day".into(),
            venue: "Spotify".into(),
            time_zone: chrono_tz::Europe::Stockholm,
            starts_on: Some(day("2018-07-09")),
            ends_on: None,
            day_changes_at: crate::day::default_day_change(),
        };
        let json = serde_json::to_value(&event).expect("serialises");
        assert_eq!(
            json,
            serde_json::json!({
                "name": "ML Day", "venue": "Spotify", "time_zone": "Europe/Stockholm",
                "starts_on": "2018-07-09", "ends_on": null, "day_changes_at": "04:00",
            })
        );
        assert_eq!(
            serde_json::from_value::<Event>(json).expect("reads back"),
            event
        );
    }
}
