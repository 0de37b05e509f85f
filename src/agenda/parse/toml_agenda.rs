//! Our own agenda TOML, for events without a schedule tool; docs/agenda-toml.md describes it.
//!
//! Times are local wall-clock times in `time_zone` on the day's `date`. A time before
//! `day_change` (05:00 unless the file says otherwise), or written `24:00` to `47:59`, is in the
//! night after that date, so on the next date.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use toml::{Spanned, Value};

use super::errors::Lines;
use super::{AgendaError, Builder, Found, Place, SessionKind, Speaker, collapse, time, zone};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    title: Option<String>,
    time_zone: Option<Spanned<String>>,
    day_change: Option<Spanned<Value>>,
    #[serde(default)]
    rooms: Vec<String>,
    #[serde(default)]
    day: Vec<Spanned<Day>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Day {
    date: Option<Value>,
    room: Option<String>,
    #[serde(default)]
    session: Vec<Spanned<Session>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Session {
    start: Option<Value>,
    end: Option<Value>,
    duration: Option<Value>,
    room: Option<String>,
    title: Option<String>,
    subtitle: Option<String>,
    kind: Option<String>,
    #[serde(default)]
    speakers: Vec<Value>,
}

pub(super) fn parse(
    text: &str,
    file: &str,
    event_zone: Tz,
) -> Result<super::Schedule, AgendaError> {
    let lines = Lines::of(text);
    let line = |offset: usize| Some(lines.line(offset));
    let parsed: File = toml::from_str(text).map_err(|e| AgendaError::Syntax {
        at: Place::file(file).line(e.span().map(|s| lines.line(s.start))),
        format: "agenda TOML",
        reason: e.message().trim().to_string(),
        hint: "correct it as docs/agenda-toml.md describes",
    })?;
    let zone = match &parsed.time_zone {
        None => event_zone,
        Some(name) => zone(Some(name.get_ref()), event_zone, || {
            Place::file(file).line(line(name.span().start))
        })?,
    };
    let day_change = match &parsed.day_change {
        None => Some(crate::agenda::new::file_day_change()),
        Some(value) => {
            let at = Place::file(file)
                .line(line(value.span().start))
                .subject("day_change");
            Some(read_clock(value.get_ref(), &at)?.1)
        }
    };
    let mut builder = Builder::new(file, parsed.title.as_deref(), zone);
    for room in parsed.rooms.iter().filter(|r| !r.trim().is_empty()) {
        builder.room(room);
    }
    if parsed.day.is_empty() {
        return Err(AgendaError::Missing {
            at: Place::file(file),
            what: "a [[day]] with its date and [[day.session]] entries",
        });
    }
    for day in &parsed.day {
        let day_place = Place::file(file)
            .line(line(day.span().start))
            .subject("a day");
        let day = day.get_ref();
        let date_text = day.date.as_ref().map(text_of).unwrap_or_default();
        if date_text.is_empty() {
            return Err(AgendaError::Missing {
                at: day_place,
                what: "the date",
            });
        }
        let date = time::date(&date_text).ok_or(AgendaError::BadDate {
            at: day_place,
            value: date_text,
        })?;
        let day_clock = DayClock {
            date,
            zone,
            day_change,
        };
        for session in &day.session {
            let at_line = line(session.span().start);
            let session = session.get_ref();
            let title = session.title.as_deref().unwrap_or("").trim().to_string();
            let at = Place::file(file).line(at_line).session(&title);
            if title.is_empty() {
                let at = at.subject(format!("a session on {date}"));
                return Err(missing(at, "the title"));
            }
            let Some(start_value) = &session.start else {
                return Err(missing(at, "the start time"));
            };
            let start = day_clock.instant(read_clock(start_value, &at)?, &at)?;
            let end = match (&session.end, &session.duration) {
                (Some(end), None) => day_clock.instant(read_clock(end, &at)?, &at)?,
                (None, Some(length)) => {
                    let value = text_of(length);
                    let minutes = length
                        .as_integer()
                        .filter(|m| (0..=14 * 24 * 60).contains(m))
                        .map(chrono::Duration::minutes);
                    let length = minutes.or_else(|| time::duration(&value, true));
                    let length = length.ok_or_else(|| AgendaError::BadDuration {
                        at: at.clone(),
                        value: value.clone(),
                    })?;
                    time::end_after(start, length, &at, &value)?
                }
                (None, None) => return Err(missing(at, "the end time or duration")),
                (Some(_), Some(_)) => {
                    return Err(AgendaError::BadValue {
                        at,
                        key: "end and duration",
                        value: "both given".into(),
                        hint: "give one of them, not both",
                    });
                }
            };
            let Some(room) = session.room.as_ref().or(day.room.as_ref()) else {
                return Err(missing(at, "the room (on the session or its day)"));
            };
            let kind = match session.kind.as_deref().map(str::trim) {
                None => SessionKind::Talk,
                Some(kind) => SessionKind::parse(kind).ok_or_else(|| AgendaError::BadValue {
                    at: at.clone(),
                    key: "the kind",
                    value: kind.to_string(),
                    hint: "use talk, keynote, break or other",
                })?,
            };
            let speakers = session
                .speakers
                .iter()
                .map(|s| speaker(s, &at))
                .collect::<Result<Vec<_>, _>>()?;
            let found = Found {
                day: date,
                start,
                end,
                room: room.clone(),
                title,
                subtitle: session.subtitle.clone().unwrap_or_default(),
                speakers: speakers.into_iter().flatten().collect(),
                kind,
            };
            builder.add(found, at)?;
        }
    }
    builder.finish()
}

fn missing(at: Place, what: &'static str) -> AgendaError {
    AgendaError::Missing { at, what }
}

/// A TOML value as the text it stands for: strings as they are, dates and times as written.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_string(),
        Value::Datetime(d) => d.to_string(),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Array(_) => "a list".to_string(),
        Value::Table(t) => {
            let keys: Vec<&str> = t.keys().map(String::as_str).collect();
            format!("{{ {} }}", keys.join(", "))
        }
    }
}

fn read_clock(value: &Value, at: &Place) -> Result<(u32, NaiveTime), AgendaError> {
    let text = text_of(value);
    time::clock(&text).ok_or(AgendaError::BadTime {
        at: at.clone(),
        value: text,
    })
}

struct DayClock {
    date: NaiveDate,
    zone: Tz,
    day_change: Option<NaiveTime>,
}

impl DayClock {
    fn instant(
        &self,
        (days, t): (u32, NaiveTime),
        at: &Place,
    ) -> Result<DateTime<Utc>, AgendaError> {
        let days = if days == 0 && self.day_change.is_some_and(|change| t < change) {
            1
        } else {
            days
        };
        let on = self
            .date
            .checked_add_days(Days::new(u64::from(days)))
            .ok_or_else(|| AgendaError::BadDate {
                at: at.clone(),
                value: self.date.to_string(),
            })?;
        time::local(self.zone, on.and_time(t), || at.clone())
    }
}

/// `"François Pachet, Spotify"` (the name, then after the first comma the affiliation) or
/// `{ name = "François Pachet", affiliation = "Spotify" }`. Blank names are skipped.
fn speaker(value: &Value, at: &Place) -> Result<Option<Speaker>, AgendaError> {
    let bad = |value: &Value| AgendaError::BadValue {
        at: at.clone(),
        key: "the speaker",
        value: text_of(value),
        hint: "write \"Name, Affiliation\" or { name = \"…\", affiliation = \"…\" }",
    };
    let (name, affiliation) = match value {
        Value::String(text) => match text.split_once(',') {
            Some((name, affiliation)) => (name.to_string(), Some(affiliation.to_string())),
            None => (text.clone(), None),
        },
        Value::Table(table) => {
            if table.keys().any(|k| k != "name" && k != "affiliation") {
                return Err(bad(value));
            }
            let text = |key| match table.get(key) {
                None => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(bad(value)),
            };
            (text("name")?.unwrap_or_default(), text("affiliation")?)
        }
        _ => return Err(bad(value)),
    };
    let name = collapse(&name);
    let affiliation = affiliation.map(|a| collapse(&a)).filter(|a| !a.is_empty());
    Ok((!name.is_empty()).then_some(Speaker { name, affiliation }))
}
