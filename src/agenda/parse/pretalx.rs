//! pretalx (and frab) `schedule.json`:
//! `{"schedule": {"conference": {"title", "time_zone_name", "days": [{"date", "day_start",
//! "rooms": {"Room": [{"date", "start", "duration", "title", "subtitle", "type",
//! "persons": [{"public_name"}]}]}}]}}}`.

use std::fmt;

use chrono::{Days, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;
use serde::de::{MapAccess, Visitor};

use super::{AgendaError, Builder, Found, Place, SessionKind, Speaker, collapse, time, zone};

#[derive(Deserialize)]
struct File {
    schedule: Option<ScheduleJson>,
}

#[derive(Deserialize)]
struct ScheduleJson {
    conference: Option<Conference>,
}

#[derive(Deserialize)]
struct Conference {
    title: Option<String>,
    time_zone_name: Option<String>,
    #[serde(default)]
    rooms: Vec<RoomInfo>,
    #[serde(default)]
    days: Vec<Day>,
}

#[derive(Deserialize)]
struct RoomInfo {
    name: Option<String>,
}

#[derive(Deserialize)]
struct Day {
    date: Option<String>,
    day_start: Option<String>,
    #[serde(default)]
    rooms: Rooms,
}

#[derive(Deserialize)]
struct Event {
    date: Option<String>,
    start: Option<String>,
    duration: Option<String>,
    room: Option<String>,
    title: Option<String>,
    subtitle: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    persons: Vec<Person>,
}

#[derive(Deserialize)]
struct Person {
    public_name: Option<String>,
    full_public_name: Option<String>,
    name: Option<String>,
    #[serde(alias = "organisation", alias = "organization", alias = "company")]
    affiliation: Option<String>,
}

/// The rooms of a day in the order the file lists them (a JSON object, whose order
/// `serde_json::Map` would not keep).
#[derive(Default)]
struct Rooms(Vec<(String, Vec<Event>)>);

impl<'de> Deserialize<'de> for Rooms {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Rooms, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Rooms;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of room names and their sessions")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Rooms, A::Error> {
                let mut rooms = Vec::new();
                while let Some((name, events)) = map.next_entry::<String, Vec<Event>>()? {
                    rooms.push((name, events));
                }
                Ok(Rooms(rooms))
            }
        }
        d.deserialize_map(InOrder)
    }
}

pub(super) fn parse(
    text: &str,
    file: &str,
    event_zone: Tz,
) -> Result<super::Schedule, AgendaError> {
    let parsed: File = serde_json::from_str(text).map_err(|e| AgendaError::Syntax {
        at: Place::file(file).line(Some(e.line())),
        format: "schedule JSON",
        reason: e.to_string(),
        hint: "export the schedule again from the schedule tool",
    })?;
    let Some(conference) = parsed.schedule.and_then(|s| s.conference) else {
        return Err(AgendaError::NotASchedule {
            file: file.to_string(),
            why: "it is JSON, but has no \"schedule\" with a \"conference\"".into(),
        });
    };
    let zone = zone(conference.time_zone_name.as_deref(), event_zone, || {
        Place::file(file)
    })?;
    let mut builder = Builder::new(file, conference.title.as_deref(), zone);
    for name in conference.rooms.iter().filter_map(|r| r.name.as_deref()) {
        if !name.trim().is_empty() {
            builder.room(name);
        }
    }
    for (index, day) in conference.days.into_iter().enumerate() {
        let day_place = || Place::file(file).subject(format!("day {}", index + 1));
        let date_text = day.date.unwrap_or_default();
        let date = time::date(&date_text).ok_or_else(|| AgendaError::BadDate {
            at: day_place(),
            value: date_text.clone(),
        })?;
        let day_start: Option<NaiveTime> = day
            .day_start
            .and_then(|s| time::iso(&s, zone, day_place))
            .and_then(Result::ok)
            .map(|t| t.with_timezone(&zone))
            .filter(|t| t.date_naive() == date)
            .map(|t| t.time());
        for (room_name, events) in day.rooms.0 {
            if !room_name.trim().is_empty() {
                builder.room(&room_name);
            }
            for event in events {
                let title = event.title.unwrap_or_default().trim().to_string();
                let at = Place::file(file).session(&title);
                if title.is_empty() {
                    return Err(AgendaError::Missing {
                        at: at.subject(format!("a session on {date} in {room_name}")),
                        what: "the title",
                    });
                }
                let start = match event.date.filter(|d| !d.trim().is_empty()) {
                    Some(iso) => time::iso(&iso, zone, || at.clone()).ok_or_else(|| {
                        AgendaError::BadValue {
                            at: at.clone(),
                            key: "the date and time",
                            value: iso.trim().to_string(),
                            hint: "write it in ISO 8601 with its UTC offset, for example \
                                   2018-07-09T09:30:00+02:00",
                        }
                    })??,
                    None => {
                        let value = event.start.unwrap_or_default();
                        let (days, t) =
                            time::clock(&value).ok_or_else(|| AgendaError::BadTime {
                                at: at.clone(),
                                value: value.trim().to_string(),
                            })?;
                        let later = days == 0 && day_start.is_some_and(|s| t < s);
                        let days = if later { 1 } else { days };
                        let on = date.checked_add_days(Days::new(u64::from(days)));
                        let on = on.ok_or_else(|| AgendaError::BadDate {
                            at: at.clone(),
                            value: date.to_string(),
                        })?;
                        time::local(zone, on.and_time(t), || at.clone())?
                    }
                };
                let value = event.duration.unwrap_or_default();
                if value.trim().is_empty() {
                    return Err(AgendaError::Missing {
                        at,
                        what: "the duration",
                    });
                }
                let length =
                    time::duration(&value, false).ok_or_else(|| AgendaError::BadDuration {
                        at: at.clone(),
                        value: value.trim().to_string(),
                    })?;
                let room = match room_name.trim() {
                    "" => event.room.unwrap_or_default(),
                    name => name.to_string(),
                };
                if room.trim().is_empty() {
                    return Err(AgendaError::Missing {
                        at,
                        what: "the room",
                    });
                }
                let speakers = event
                    .persons
                    .into_iter()
                    .filter_map(|p| {
                        let name = p.public_name.or(p.full_public_name).or(p.name)?;
                        let name = collapse(&name);
                        let affiliation = p.affiliation.map(|a| collapse(&a));
                        (!name.is_empty()).then(|| Speaker {
                            name,
                            affiliation: affiliation.filter(|a| !a.is_empty()),
                        })
                    })
                    .collect();
                let found = Found {
                    day: date,
                    start,
                    end: time::end_after(start, length, &at, &value)?,
                    room,
                    title,
                    subtitle: event.subtitle.unwrap_or_default(),
                    speakers,
                    kind: SessionKind::from_label(&event.kind.unwrap_or_default()),
                };
                builder.add(found, at)?;
            }
        }
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Stockholm;

    #[test]
    fn rooms_keep_file_order_and_names_fall_back() {
        let json = r#"{"schedule": {"conference": {"title": "T", "days": [{"date": "2018-07-09",
            "rooms": {"Zeta": [{"start": "10:00", "duration": "00:30", "title": "Z",
                                "persons": [{"name": " Ada  Lovelace ", "organisation": "AE"}]}],
                      "Alpha": [{"start": "10:00", "duration": "00:30", "title": "A"}]}}]}}}"#;
        let s = parse(json, "s.json", Stockholm).unwrap();
        assert_eq!(s.rooms, ["Zeta", "Alpha"]);
        assert_eq!(s.sessions[0].title, "Z");
        assert_eq!(s.sessions[0].speakers[0].name, "Ada Lovelace");
        assert_eq!(s.sessions[0].speakers[0].affiliation.as_deref(), Some("AE"));
    }

    #[test]
    fn json_that_is_not_a_schedule_is_refused() {
        let err = parse(r#"{"orders": []}"#, "orders.json", Stockholm).unwrap_err();
        assert!(matches!(err, AgendaError::NotASchedule { .. }), "{err}");
        let err = parse("{\"schedule\": ", "cut.json", Stockholm).unwrap_err();
        assert!(err.to_string().starts_with("cut.json, line 1"), "{err}");
    }
}
