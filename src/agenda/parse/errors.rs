//! Why an agenda file was refused, in one sentence the person at the desk can act on.

use std::fmt;

/// Where in a file a problem is: the file, and the line and the session (or day) when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: Option<usize>,
    /// `session “Lunch”`, `day 2018-07-09`, ...
    pub subject: Option<String>,
}

impl Place {
    pub fn file(file: &str) -> Place {
        Place {
            file: file.to_string(),
            line: None,
            subject: None,
        }
    }

    pub fn line(mut self, line: Option<usize>) -> Place {
        self.line = line;
        self
    }

    pub fn session(mut self, title: &str) -> Place {
        let title = title.trim();
        self.subject = Some(if title.is_empty() {
            "an untitled session".to_string()
        } else {
            format!("session “{title}”")
        });
        self
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Place {
        self.subject = Some(subject.into());
        self
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match (&self.subject, self.line) {
            (Some(subject), Some(line)) => write!(f, ", {subject} (line {line})"),
            (Some(subject), None) => write!(f, ", {subject}"),
            (None, Some(line)) => write!(f, ", line {line}"),
            (None, None) => Ok(()),
        }
    }
}

/// An agenda file frontdesk refuses; nothing of it is imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AgendaError {
    #[error(
        "{file} is empty; export the schedule again from the schedule tool and choose the new file."
    )]
    Empty { file: String },

    #[error(
        "{file} is larger than 16 MB, far more than any agenda; check that you chose the schedule export."
    )]
    TooLarge { file: String },

    #[error(
        "{file} is not a schedule frontdesk can read ({why}); choose a frab XML or pretalx JSON schedule export, or an agenda TOML file as described in docs/agenda-toml.md."
    )]
    NotASchedule { file: String, why: String },

    #[error(
        "{file} declares a DTD or XML entities, which frontdesk refuses so that a hostile file cannot exhaust the kiosk's memory; export the schedule again from the schedule tool."
    )]
    XmlDeclarations { file: String },

    #[error("{at}: the file is not valid {format} ({reason}); {hint}.")]
    Syntax {
        at: Place,
        format: &'static str,
        reason: String,
        hint: &'static str,
    },

    #[error("{at}: {what} is missing; add it and import the file again.")]
    Missing { at: Place, what: &'static str },

    #[error(
        "{at}: the time zone “{name}” is unknown; use a name from the IANA time zone database, such as “Europe/Stockholm”."
    )]
    UnknownTimeZone { at: Place, name: String },

    #[error(
        "{at}: the date “{value}” cannot be read; write it as YYYY-MM-DD, for example 2018-07-09."
    )]
    BadDate { at: Place, value: String },

    #[error("{at}: the time “{value}” cannot be read; write it as HH:MM, for example 09:30.")]
    BadTime { at: Place, value: String },

    #[error("{at}: the duration “{value}” cannot be read; write it as HH:MM, for example 00:45.")]
    BadDuration { at: Place, value: String },

    #[error("{at}: {key} “{value}” cannot be read; {hint}.")]
    BadValue {
        at: Place,
        key: &'static str,
        value: String,
        hint: &'static str,
    },

    #[error(
        "{at}: {local} does not exist in {zone}, because the clocks jump forward then; correct the time, or give it with its UTC offset."
    )]
    NonexistentLocalTime {
        at: Place,
        local: String,
        zone: String,
    },

    #[error(
        "{at}: the session ends ({end}) before or when it starts ({start}); correct its end time or duration."
    )]
    EndsBeforeStart {
        at: Place,
        start: String,
        end: String,
    },

    #[error("{file} contains no sessions; export the schedule again once sessions are scheduled.")]
    NoSessions { file: String },
}

impl AgendaError {
    /// The file the error is about, as it was named to [`super::parse`].
    pub fn file(&self) -> &str {
        match self {
            AgendaError::Empty { file }
            | AgendaError::TooLarge { file }
            | AgendaError::NotASchedule { file, .. }
            | AgendaError::XmlDeclarations { file }
            | AgendaError::NoSessions { file } => file,
            AgendaError::Syntax { at, .. }
            | AgendaError::Missing { at, .. }
            | AgendaError::UnknownTimeZone { at, .. }
            | AgendaError::BadDate { at, .. }
            | AgendaError::BadTime { at, .. }
            | AgendaError::BadDuration { at, .. }
            | AgendaError::BadValue { at, .. }
            | AgendaError::NonexistentLocalTime { at, .. }
            | AgendaError::EndsBeforeStart { at, .. } => &at.file,
        }
    }
}

/// The 1-based line of a byte offset in `text`.
/// Where each line of a file starts, to name the line of a place in it: made once per file,
/// since counting line breaks from the start for every session made a large schedule
/// quadratic (32,400 sessions took minutes).
pub(super) struct Lines {
    breaks: Vec<usize>,
}

impl Lines {
    pub(super) fn of(text: &str) -> Lines {
        Lines {
            breaks: newline_offsets(text),
        }
    }

    /// The 1-based line of byte `offset`.
    pub(super) fn line(&self, offset: usize) -> usize {
        self.breaks.partition_point(|&at| at < offset) + 1
    }
}

fn newline_offsets(text: &str) -> Vec<usize> {
    text.bytes()
        .enumerate()
        .filter_map(|(at, byte)| (byte == b'\n').then_some(at))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn a_place_is_on_the_line_a_text_editor_shows() {
        let text = "first\nsecond\n\nfourth";
        let lines = Lines::of(text);
        assert_eq!(lines.line(0), 1);
        assert_eq!(lines.line(5), 1, "the line break ends its own line");
        assert_eq!(lines.line(6), 2);
        assert_eq!(lines.line(13), 3);
        assert_eq!(lines.line(14), 4);
        assert_eq!(
            lines.line(text.len() + 10),
            4,
            "past the end: the last line"
        );
    }
}
