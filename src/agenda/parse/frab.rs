//! frab schedule XML, as frab, pretalx and others export it.
//!
//! ```xml
//! <schedule><conference><title>…</title><time_zone_name>Europe/Stockholm</time_zone_name></conference>
//!   <day date="2018-07-09" start="2018-07-09T09:30:00+02:00"><room name="Main stage">
//!     <event><date>2018-07-09T09:30:00+02:00</date><start>09:30</start><duration>00:30</duration>
//!       <title>…</title><subtitle/><type>talk</type><persons><person>…</person></persons></event>
//! ```
//!
//! roxmltree refuses DTDs, so entity declarations (and with them entity bombs) never expand.

use chrono::{Days, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use roxmltree::{Document, Node, ParsingOptions};

use super::errors::Lines;
use super::{AgendaError, Builder, Found, Place, SessionKind, Speaker, collapse, time, zone};

/// Far more elements than any agenda has; a bound on memory for hostile files.
const MAX_NODES: u32 = 2_000_000;
/// A schedule nests six deep; the XML reader recurses per level, so deeper files are refused.
const MAX_DEPTH: usize = 64;

pub(super) fn parse(
    text: &str,
    file: &str,
    event_zone: Tz,
) -> Result<super::Schedule, AgendaError> {
    if super::xml_too_deep(text, MAX_DEPTH) {
        return Err(AgendaError::NotASchedule {
            file: file.to_string(),
            why: format!(
                "its XML nests elements more than {MAX_DEPTH} deep, which no schedule does"
            ),
        });
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected | roxmltree::Error::EntityReferenceLoop(_) => {
            AgendaError::XmlDeclarations {
                file: file.to_string(),
            }
        }
        e => AgendaError::Syntax {
            at: Place::file(file).line(Some(e.pos().row as usize)),
            format: "XML",
            reason: e.to_string(),
            hint: "export the schedule again from the schedule tool",
        },
    })?;
    let root = doc.root_element();
    if !root.has_tag_name("schedule") {
        return Err(AgendaError::NotASchedule {
            file: file.to_string(),
            why: format!(
                "it is XML, but its root element is <{}> rather than a frab <schedule>",
                root.tag_name().name()
            ),
        });
    }
    let lines = Lines::of(text);
    let line = |node: Node| Some(lines.line(node.range().start));
    let conference = child(root, "conference");
    let zone_name = conference.and_then(|c| child_text(c, "time_zone_name"));
    let zone = zone(zone_name.as_deref(), event_zone, || {
        Place::file(file).line(
            conference
                .and_then(|c| child(c, "time_zone_name"))
                .and_then(line),
        )
    })?;
    let title = conference.and_then(|c| child_text(c, "title"));
    let day_change = match conference.and_then(|c| child(c, "day_change")) {
        None => None,
        Some(node) => {
            let value = text_of(node);
            match value.trim() {
                "" => None,
                v => Some(time::clock(v).map(|(_, t)| t).ok_or(AgendaError::BadTime {
                    at: Place::file(file).line(line(node)).subject("the day change"),
                    value: v.to_string(),
                })?),
            }
        }
    };

    let mut builder = Builder::new(file, title.as_deref(), zone);
    for day in root.children().filter(|n| n.has_tag_name("day")) {
        let day_place = || Place::file(file).line(line(day)).subject("a day");
        let date_text = day.attribute("date").unwrap_or("").trim();
        if date_text.is_empty() {
            return Err(AgendaError::Missing {
                at: day_place(),
                what: "the date",
            });
        }
        let date = time::date(date_text).ok_or_else(|| AgendaError::BadDate {
            at: day_place(),
            value: date_text.to_string(),
        })?;
        let day_start = day
            .attribute("start")
            .and_then(|s| time::iso(s, zone, day_place))
            .and_then(Result::ok)
            .map(|t| t.with_timezone(&zone))
            .filter(|t| t.date_naive() == date)
            .map(|t| t.time());
        let rollover = Rollover {
            day_change,
            day_start,
        };
        for room in day.children().filter(|n| n.has_tag_name("room")) {
            let room_name = room.attribute("name").unwrap_or("").trim();
            if !room_name.is_empty() {
                builder.room(room_name);
            }
            for event in room.children().filter(|n| n.has_tag_name("event")) {
                let (found, at) = read_event(event, room_name, date, zone, rollover, file, &lines)?;
                builder.add(found, at)?;
            }
        }
    }
    builder.finish()
}

/// When a bare `HH:MM` start belongs to the next calendar date.
#[derive(Clone, Copy)]
struct Rollover {
    day_change: Option<NaiveTime>,
    day_start: Option<NaiveTime>,
}

impl Rollover {
    fn next_date(self, t: NaiveTime) -> bool {
        self.day_change.is_some_and(|c| t < c) || self.day_start.is_some_and(|s| t < s)
    }
}

fn read_event(
    event: Node,
    room_name: &str,
    date: NaiveDate,
    zone: Tz,
    rollover: Rollover,
    file: &str,
    lines: &Lines,
) -> Result<(Found, Place), AgendaError> {
    let title = child_text(event, "title").unwrap_or_default();
    let title = title.trim().to_string();
    let at = Place::file(file)
        .line(Some(lines.line(event.range().start)))
        .session(&title);
    if title.is_empty() {
        return Err(AgendaError::Missing {
            at,
            what: "the title",
        });
    }
    let start = match child_text(event, "date").filter(|d| !d.trim().is_empty()) {
        Some(iso) => time::iso(&iso, zone, || at.clone()).ok_or_else(|| {
            AgendaError::BadValue {
            at: at.clone(),
            key: "the date and time",
            value: iso.trim().to_string(),
            hint: "write it in ISO 8601 with its UTC offset, for example 2018-07-09T09:30:00+02:00"
                ,
        }
        })??,
        None => {
            let value = child_text(event, "start").unwrap_or_default();
            if value.trim().is_empty() {
                return Err(AgendaError::Missing {
                    at,
                    what: "the start time",
                });
            }
            let (days, t) = time::clock(&value).ok_or_else(|| AgendaError::BadTime {
                at: at.clone(),
                value: value.trim().to_string(),
            })?;
            let days = if days == 0 && rollover.next_date(t) {
                1
            } else {
                days
            };
            let on = date
                .checked_add_days(Days::new(u64::from(days)))
                .ok_or_else(|| AgendaError::BadDate {
                    at: at.clone(),
                    value: date.to_string(),
                })?;
            time::local(zone, on.and_time(t), || at.clone())?
        }
    };
    let value = child_text(event, "duration").unwrap_or_default();
    if value.trim().is_empty() {
        return Err(AgendaError::Missing {
            at,
            what: "the duration",
        });
    }
    let length = time::duration(&value, false).ok_or_else(|| AgendaError::BadDuration {
        at: at.clone(),
        value: value.trim().to_string(),
    })?;
    let room = match room_name {
        "" => child_text(event, "room").unwrap_or_default(),
        name => name.to_string(),
    };
    if room.trim().is_empty() {
        return Err(AgendaError::Missing {
            at,
            what: "the room",
        });
    }
    let speakers = child(event, "persons")
        .into_iter()
        .flat_map(|p| p.children().filter(|n| n.has_tag_name("person")))
        .map(|p| collapse(&text_of(p)))
        .filter(|name| !name.is_empty())
        .map(|name| Speaker {
            name,
            affiliation: None,
        })
        .collect();
    let found = Found {
        day: date,
        start,
        end: time::end_after(start, length, &at, &value)?,
        room,
        title,
        subtitle: child_text(event, "subtitle").unwrap_or_default(),
        speakers,
        kind: SessionKind::from_label(&child_text(event, "type").unwrap_or_default()),
    };
    Ok((found, at))
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| n.has_tag_name(name))
}

fn child_text(node: Node, name: &str) -> Option<String> {
    child(node, name).map(text_of)
}

/// All the text inside an element (text, entities and CDATA alike).
fn text_of(node: Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Stockholm;

    fn one_event(conference: &str, day_start: &str, start: &str) -> String {
        format!(
            "<schedule><conference><title>T</title>{conference}</conference>\
             <day date='2018-07-09' start='{day_start}'><room name='A'><event>\
             <start>{start}</start><duration>00:30</duration><title>Late</title>\
             </event></room></day></schedule>"
        )
    }

    #[test]
    fn bare_start_before_the_day_start_is_on_the_next_date() {
        let xml = one_event("", "2018-07-09T20:00:00+02:00", "01:00");
        let s = parse(&xml, "a.xml", Stockholm).unwrap();
        assert_eq!(
            s.sessions[0].start.to_rfc3339(),
            "2018-07-09T23:00:00+00:00"
        );
        assert_eq!(s.sessions[0].day.to_string(), "2018-07-09");
    }

    #[test]
    fn day_change_moves_early_starts_to_the_next_date() {
        let xml = one_event("<day_change>04:00</day_change>", "", "03:00");
        let s = parse(&xml, "a.xml", Stockholm).unwrap();
        assert_eq!(
            s.sessions[0].start.to_rfc3339(),
            "2018-07-10T01:00:00+00:00"
        );
        let xml = one_event("<day_change>04:00</day_change>", "", "05:00");
        let s = parse(&xml, "a.xml", Stockholm).unwrap();
        assert_eq!(
            s.sessions[0].start.to_rfc3339(),
            "2018-07-09T03:00:00+00:00"
        );
    }

    #[test]
    fn no_zone_in_the_file_uses_the_event_zone() {
        let xml = one_event("", "", "10:00");
        let s = parse(&xml, "a.xml", chrono_tz::America::New_York).unwrap();
        assert_eq!(s.time_zone, chrono_tz::America::New_York);
        assert_eq!(
            s.sessions[0].start.to_rfc3339(),
            "2018-07-09T14:00:00+00:00"
        );
    }

    #[test]
    fn other_xml_is_not_a_schedule() {
        let err = parse("<feed><entry/></feed>", "news.xml", Stockholm).unwrap_err();
        assert!(matches!(err, AgendaError::NotASchedule { .. }), "{err}");
        let err = parse("<schedule><day>", "cut.xml", Stockholm).unwrap_err();
        assert!(err.to_string().starts_with("cut.xml, line 1"), "{err}");
    }
}
