//! Checking people in and out: what the desk asks when a code is scanned. The rules live here
//! (which person a code means, who may be checked in, what can be taken back); the store runs
//! them inside its write transaction (`store/log.rs`), so what is read and what is written
//! agree.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use crate::code::{self, Parsed};
use crate::day::{EventDay, TicketDays};
use crate::keyboard::{self, HOST_LAYOUTS};
use crate::store::{Attendee, LogAction, Status, StoreError, Timestamp, attendees};

/// The answer to a check-in, as the desk shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckIn {
    CheckedIn(Attendee),
    AlreadyCheckedIn {
        attendee: Attendee,
        first_checked_in_at: Timestamp,
        first_desk: String,
    },
    NotAdmitted {
        attendee: Attendee,
        reason: String,
    },
    /// A badge code whose check character fails: someone mistyped it or the scan misread.
    Typo,
    Unknown,
}

impl CheckIn {
    pub fn name(&self) -> &'static str {
        match self {
            CheckIn::CheckedIn(_) => "checked_in",
            CheckIn::AlreadyCheckedIn { .. } => "already_checked_in",
            CheckIn::NotAdmitted { .. } => "not_admitted",
            CheckIn::Typo => "typo",
            CheckIn::Unknown => "unknown",
        }
    }

    /// Checked in now, having come on an earlier day of the event too.
    pub fn is_welcome_back(&self, day: &EventDay) -> bool {
        match self {
            CheckIn::CheckedIn(a) => a.checked_in_days.iter().any(|d| *d < day.date),
            _ => false,
        }
    }

    pub fn attendee(&self) -> Option<&Attendee> {
        match self {
            CheckIn::CheckedIn(a)
            | CheckIn::AlreadyCheckedIn { attendee: a, .. }
            | CheckIn::NotAdmitted { attendee: a, .. } => Some(a),
            CheckIn::Typo | CheckIn::Unknown => None,
        }
    }
}

/// The `--json` shape of a check-in answer, on the event day it was decided on.
#[derive(Serialize)]
pub struct CheckInJson<'a> {
    pub outcome: &'static str,
    pub attendee: Option<&'a Attendee>,
    pub first_checked_in_at: Option<Timestamp>,
    pub first_desk: Option<&'a str>,
    /// `YYYY-MM-DD`.
    pub day: NaiveDate,
    /// 1 for the event's first day; `null` outside its dates or when they are not set.
    pub day_number: Option<u32>,
    /// A person checked in on an earlier day too: the desk says "Welcome back".
    pub welcome_back: bool,
}

impl<'a> CheckInJson<'a> {
    pub fn new(day: &EventDay, answer: &'a CheckIn) -> CheckInJson<'a> {
        let (at, desk) = match answer {
            CheckIn::AlreadyCheckedIn {
                first_checked_in_at,
                first_desk,
                ..
            } => (Some(*first_checked_in_at), Some(first_desk.as_str())),
            _ => (None, None),
        };
        CheckInJson {
            outcome: answer.name(),
            attendee: answer.attendee(),
            first_checked_in_at: at,
            first_desk: desk,
            day: day.date,
            day_number: day.number,
            welcome_back: answer.is_welcome_back(day),
        }
    }
}

/// The answer to taking back a check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undo {
    Undone(Attendee),
    NotCheckedIn(Attendee),
    Typo,
    Unknown,
}

/// What the rules need to know of the day, as the write transaction reads it.
pub(crate) struct DayRules {
    /// Today's event day: a person is checked in once on each.
    pub day: NaiveDate,
    pub ticket_days: TicketDays,
}

/// An entry a desk writes to the log, with its rule and its answers: checking in, or taking a
/// check-in back. The store writes either the same way, inside one write transaction.
pub(crate) trait LogWrite: Sized {
    const ACTION: LogAction;
    const TYPO: Self;
    const UNKNOWN: Self;
    /// The rule, applied to the person as the write transaction reads them on `rules.day`:
    /// `None` when the entry may be written, otherwise the answer to show instead.
    fn refusal(attendee: Attendee, rules: &DayRules) -> Option<Self>;
    /// The answer once the entry is written, with the person as they now are.
    fn written(attendee: Attendee) -> Self;
}

impl LogWrite for CheckIn {
    const ACTION: LogAction = LogAction::CheckIn;
    const TYPO: CheckIn = CheckIn::Typo;
    const UNKNOWN: CheckIn = CheckIn::Unknown;

    /// Only an admitted person whose ticket is valid today and who is not checked in today
    /// yet is checked in.
    fn refusal(attendee: Attendee, rules: &DayRules) -> Option<CheckIn> {
        if attendee.status == Status::NotAdmitted {
            let reason = attendee.status_reason.clone();
            return Some(CheckIn::NotAdmitted { attendee, reason });
        }
        if let Some(reason) = rules.ticket_days.refusal(&attendee.ticket_type, rules.day) {
            return Some(CheckIn::NotAdmitted { attendee, reason });
        }
        if let (Some(at), Some(desk)) = (attendee.checked_in_at, &attendee.checked_in_desk) {
            let first_desk = desk.clone();
            return Some(CheckIn::AlreadyCheckedIn {
                attendee,
                first_checked_in_at: at,
                first_desk,
            });
        }
        None
    }

    fn written(attendee: Attendee) -> CheckIn {
        CheckIn::CheckedIn(attendee)
    }
}

impl LogWrite for Undo {
    const ACTION: LogAction = LogAction::Undo;
    const TYPO: Undo = Undo::Typo;
    const UNKNOWN: Undo = Undo::Unknown;

    /// Only a check-in that stands today can be taken back.
    fn refusal(attendee: Attendee, _rules: &DayRules) -> Option<Undo> {
        attendee
            .checked_in_at
            .is_none()
            .then_some(Undo::NotCheckedIn(attendee))
    }

    fn written(attendee: Attendee) -> Undo {
        Undo::Undone(attendee)
    }
}

/// Who a scanned or typed code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Attendee(i64),
    Typo,
    Unknown,
}

/// Finds the person behind a code: a frontdesk badge code or a ticket code from the export.
/// When the text does not resolve as typed, it is read again as a US-layout scanner's keys seen
/// through a French or German keyboard layout. The store calls it on its connection, or inside
/// the transaction that then writes the check-in.
pub(crate) fn resolve(conn: &Connection, input: &str) -> Result<Resolution, StoreError> {
    let as_typed = resolve_exactly(conn, input)?;
    if let Resolution::Attendee(_) = as_typed {
        return Ok(as_typed);
    }
    for layout in HOST_LAYOUTS {
        let meant = keyboard::as_meant(layout, input);
        if meant != input
            && let Resolution::Attendee(id) = resolve_exactly(conn, &meant)?
        {
            tracing::debug!(?layout, "code resolved through a keyboard layout");
            return Ok(Resolution::Attendee(id));
        }
    }
    Ok(as_typed)
}

/// A ticket code or a valid badge code found inside a scanned URL.
fn attendee_by_part(conn: &Connection, part: &str) -> Result<Option<i64>, StoreError> {
    if let Some(id) = attendees::id_by_ticket_code(conn, &code::normalize_ticket_code(part))? {
        return Ok(Some(id));
    }
    match code::parse(part) {
        Parsed::Valid(badge) => attendees::id_by_badge_code(conn, &badge),
        Parsed::Typo | Parsed::NotABadgeCode => Ok(None),
    }
}

fn resolve_exactly(conn: &Connection, input: &str) -> Result<Resolution, StoreError> {
    let ticket = code::normalize_ticket_code(input);
    if ticket.is_empty() {
        return Ok(Resolution::Unknown);
    }
    if let Some(id) = attendees::id_by_ticket_code(conn, &ticket)? {
        return Ok(Resolution::Attendee(id));
    }
    // A ticket whose QR holds a check-in URL: a part of it may be the ticket's code. A URL
    // that means nobody is unknown (never a typo), and is never opened.
    if let Some(parts) = code::url_parts(input) {
        for part in parts {
            if let Some(id) = attendee_by_part(conn, &part)? {
                return Ok(Resolution::Attendee(id));
            }
        }
        return Ok(Resolution::Unknown);
    }
    Ok(match code::parse(input) {
        Parsed::Valid(badge) => match attendees::id_by_badge_code(conn, &badge)? {
            Some(id) => Resolution::Attendee(id),
            None => Resolution::Unknown,
        },
        Parsed::Typo => Resolution::Typo,
        Parsed::NotABadgeCode => Resolution::Unknown,
    })
}
