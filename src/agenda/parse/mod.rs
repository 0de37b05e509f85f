//! Reading agenda files: frab schedule XML, pretalx schedule JSON and our own TOML.
//!
//! [`parse`] looks at the content (the file name only breaks ties), reads the file into a
//! [`Schedule`] and refuses, with one sentence a person at the desk can act on, anything it
//! cannot read fully: no half-imported agendas.

mod errors;
mod frab;
mod pretalx;
mod time;
mod toml_agenda;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::{NewSession, Schedule, SessionKind, Speaker};

pub use errors::{AgendaError, Place};

/// Larger than any real agenda; refused before anything is parsed.
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The agenda formats frontdesk reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// frab schedule XML, as frab, pretalx and others export it.
    FrabXml,
    /// pretalx `schedule.json`.
    PretalxJson,
    /// frontdesk's own agenda TOML (see docs/agenda-toml.md).
    Toml,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::FrabXml => "frab schedule XML",
            Format::PretalxJson => "pretalx schedule JSON",
            Format::Toml => "agenda TOML",
        }
    }

    /// Guesses the format from the content; the file name only decides for TOML, which has no
    /// tell-tale first character. `None` when the content looks like none of them.
    pub fn detect(bytes: &[u8], file_name: &str) -> Option<Format> {
        let text = std::str::from_utf8(strip_bom(bytes)).ok()?;
        match sniff(text, file_name) {
            Sniff::Format(format) => Some(format),
            _ => None,
        }
    }
}

enum Sniff {
    Empty,
    Format(Format),
    Not(&'static str),
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// `[` then a value (`[[[`, `[{`, `["`, `[1`, `[]`), not a TOML table header (`[[day]]`, whose
/// brackets are followed by a name).
fn starts_as_a_json_array(body: &str) -> bool {
    let after_brackets = body.trim_start_matches(|c: char| c == '[' || c.is_whitespace());
    body.starts_with('[')
        && after_brackets
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '{' | '"' | ']' | '-') || c.is_ascii_digit())
}

fn sniff(text: &str, file_name: &str) -> Sniff {
    let body = text.trim_start();
    if body.is_empty() {
        return Sniff::Empty;
    }
    let head: String = body.chars().take(4096).collect::<String>().to_lowercase();
    if body.starts_with('<') {
        if head.contains("<html") || head.contains("<!doctype html") {
            return Sniff::Not("it is a web page, not a schedule export");
        }
        return Sniff::Format(Format::FrabXml);
    }
    if body.starts_with('{') || starts_as_a_json_array(body) {
        return Sniff::Format(Format::PretalxJson);
    }
    if head.contains("[[day]]") || head.contains("[[day.session]]") {
        return Sniff::Format(Format::Toml);
    }
    let first_line = body.lines().next().unwrap_or("");
    let separated = |sep: char| first_line.matches(sep).count() >= 2;
    if !first_line.contains('=') && [',', ';', '\t'].into_iter().any(separated) {
        return Sniff::Not("it looks like a spreadsheet or CSV list, such as a registrant export");
    }
    if file_name.to_lowercase().ends_with(".toml") {
        return Sniff::Format(Format::Toml);
    }
    Sniff::Not("its content is not XML, JSON or agenda TOML")
}

/// Detects the format from the content (not only the extension) and reads it.
/// `event_zone` is used when the file names no time zone.
pub fn parse(bytes: &[u8], file_name: &str, event_zone: Tz) -> Result<Schedule, AgendaError> {
    let file = file_name.to_string();
    if bytes.len() > MAX_BYTES {
        return Err(AgendaError::TooLarge { file });
    }
    let Ok(text) = std::str::from_utf8(strip_bom(bytes)) else {
        return Err(AgendaError::NotASchedule {
            file,
            why: "it is not UTF-8 text".into(),
        });
    };
    match sniff(text, file_name) {
        Sniff::Empty => Err(AgendaError::Empty { file }),
        Sniff::Not(why) => Err(AgendaError::NotASchedule {
            file,
            why: why.into(),
        }),
        Sniff::Format(Format::FrabXml) => frab::parse(text, &file, event_zone),
        Sniff::Format(Format::PretalxJson) => pretalx::parse(text, &file, event_zone),
        Sniff::Format(Format::Toml) => toml_agenda::parse(text, &file, event_zone),
    }
}

/// Reads a zone name from a file; empty means "not given".
fn zone(name: Option<&str>, event_zone: Tz, at: impl Fn() -> Place) -> Result<Tz, AgendaError> {
    match name.map(str::trim) {
        None | Some("") => Ok(event_zone),
        Some(name) => name
            .parse::<Tz>()
            .map_err(|_| AgendaError::UnknownTimeZone {
                at: at(),
                name: name.to_string(),
            }),
    }
}

/// Whether XML elements nest deeper than `limit` (a schedule nests six deep). The XML reader
/// recurses per level, so a hostile file nested thousands deep would exhaust the stack.
fn xml_too_deep(text: &str, limit: usize) -> bool {
    let b = text.as_bytes();
    let find = |from: usize, what: &str| {
        text.get(from..)
            .and_then(|rest| rest.find(what))
            .map(|at| from + at + what.len())
    };
    let (mut i, mut depth) = (0usize, 0usize);
    while let Some(open) = b.get(i..).and_then(|r| r.iter().position(|c| *c == b'<')) {
        let j = i + open;
        let rest = &b[j..];
        i = if rest.starts_with(b"<!--") {
            find(j, "-->").unwrap_or(b.len())
        } else if rest.starts_with(b"<![CDATA[") {
            find(j, "]]>").unwrap_or(b.len())
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            j + 2
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            j + 2
        } else {
            let (mut k, mut quote) = (j + 1, None);
            while let Some(&c) = b.get(k) {
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None if c == b'"' || c == b'\'' => quote = Some(c),
                    None if c == b'>' => break,
                    None => {}
                }
                k += 1;
            }
            if b.get(k.wrapping_sub(1)) != Some(&b'/') {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            k + 1
        };
    }
    false
}

/// `Ada \n  Lovelace ` → `Ada Lovelace`.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collects rooms and sessions as a reader finds them and hands back the finished schedule.
struct Builder {
    file: String,
    title: Option<String>,
    time_zone: Tz,
    rooms: Vec<String>,
    sessions: Vec<NewSession>,
}

/// One session as a reader found it, checked and added by [`Builder::add`].
struct Found {
    day: NaiveDate,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    room: String,
    title: String,
    subtitle: String,
    speakers: Vec<Speaker>,
    kind: SessionKind,
}

impl Builder {
    fn new(file: &str, title: Option<&str>, time_zone: Tz) -> Builder {
        Builder {
            file: file.to_string(),
            title: title
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(String::from),
            time_zone,
            rooms: Vec::new(),
            sessions: Vec::new(),
        }
    }

    fn room(&mut self, name: &str) -> String {
        let name = name.trim();
        if !self.rooms.iter().any(|r| r == name) {
            self.rooms.push(name.to_string());
        }
        name.to_string()
    }

    fn add(&mut self, found: Found, at: Place) -> Result<(), AgendaError> {
        if found.end <= found.start {
            let local = |t: DateTime<Utc>| {
                t.with_timezone(&self.time_zone)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            };
            return Err(AgendaError::EndsBeforeStart {
                at,
                start: local(found.start),
                end: local(found.end),
            });
        }
        let room = self.room(&found.room);
        self.sessions.push(NewSession {
            day: found.day,
            start: found.start,
            end: found.end,
            room,
            title: found.title.trim().to_string(),
            subtitle: found.subtitle.trim().to_string(),
            speakers: found.speakers,
            kind: found.kind,
        });
        Ok(())
    }

    fn finish(mut self) -> Result<Schedule, AgendaError> {
        if self.sessions.is_empty() {
            return Err(AgendaError::NoSessions { file: self.file });
        }
        let rooms = &self.rooms;
        let order = |room: &str| rooms.iter().position(|r| r == room).unwrap_or(usize::MAX);
        self.sessions.sort_by_key(|s| (s.start, order(&s.room)));
        Ok(Schedule {
            title: self.title,
            time_zone: self.time_zone,
            rooms: self.rooms,
            sessions: self.sessions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_formats_from_content() {
        assert_eq!(
            Format::detect(b"<schedule/>", "x.txt"),
            Some(Format::FrabXml)
        );
        assert_eq!(
            Format::detect(b"\xEF\xBB\xBF {\"schedule\": {}}", "x"),
            Some(Format::PretalxJson)
        );
        assert_eq!(
            Format::detect(b"title = \"x\"\n[[day]]\n", "agenda"),
            Some(Format::Toml)
        );
        assert_eq!(Format::detect(b"a,b,c\n1,2,3\n", "agenda.xml"), None);
        assert_eq!(Format::detect(b"<!DOCTYPE html><html>", "a.xml"), None);
    }

    #[test]
    fn empty_and_html_are_refused_with_a_sentence() {
        let zone = chrono_tz::Europe::Stockholm;
        let empty = parse(b"  \n", "agenda.xml", zone).unwrap_err().to_string();
        assert!(
            empty.contains("agenda.xml") && empty.contains("empty"),
            "{empty}"
        );
        let html = parse(
            b"<!doctype html><html><body>Agenda</body></html>",
            "a.html",
            zone,
        )
        .unwrap_err()
        .to_string();
        assert!(
            html.contains("a.html") && html.contains("web page"),
            "{html}"
        );
    }

    #[test]
    fn deep_xml_is_noticed() {
        let deep = format!("<schedule>{}", "<a x='>'>".repeat(100));
        assert!(xml_too_deep(&deep, 64));
        let flat = "<?xml version='1.0'?><!-- <a><a><a> --><schedule><a/><b t='/>'><![CDATA[<c><c>]]></b></schedule>";
        assert!(!xml_too_deep(flat, 2));
        assert!(xml_too_deep(flat, 1));
    }

    #[test]
    fn names_collapse_whitespace() {
        assert_eq!(collapse("  Ada \n\t Lovelace "), "Ada Lovelace");
    }
}
