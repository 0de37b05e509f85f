//! The days of an event. A check-in belongs to an event day, not to a calendar date: a desk
//! still open at 00:30 after a long first evening counts day 1 until the day changes (04:00 by
//! default, the event's `day_changes_at`). New agenda sessions use the same rule. Day passes
//! (a ticket type valid on some days only) are decided here too.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::badge::same_ticket_type;
use crate::store::Event;

/// When one event day ends and the next begins, unless the organizer sets another hour.
pub fn default_day_change() -> NaiveTime {
    NaiveTime::from_hms_opt(4, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// The event day an instant belongs to: its local date, or the day before when it falls in
/// the night before `day_change`.
pub fn conference_day(at: DateTime<Utc>, zone: Tz, day_change: NaiveTime) -> NaiveDate {
    let local = at.with_timezone(&zone).naive_local();
    if local.time() < day_change {
        local.date().pred_opt().unwrap_or(local.date())
    } else {
        local.date()
    }
}

/// One day of the event as a desk speaks of it: its date and, when the event's dates are
/// known and include it, which day it is ("day 2 of 3").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EventDay {
    pub date: NaiveDate,
    /// 1 for the first day; `None` outside the event's dates or when they are not set.
    pub number: Option<u32>,
    /// How many days the event has, when both its first and last day are set.
    pub of: Option<u32>,
}

impl EventDay {
    pub fn of_date(event: &Event, date: NaiveDate) -> EventDay {
        let number = event
            .starts_on
            .filter(|first| date >= *first && event.ends_on.is_none_or(|last| date <= last))
            .and_then(|first| u32::try_from((date - first).num_days() + 1).ok());
        let of = match (event.starts_on, event.ends_on) {
            (Some(first), Some(last)) if last >= first => {
                u32::try_from((last - first).num_days() + 1).ok()
            }
            (Some(_), None) => Some(1),
            _ => None,
        };
        EventDay {
            date,
            number,
            of: number.and(of),
        }
    }

    /// The event day `at` belongs to.
    pub fn at(event: &Event, at: DateTime<Utc>) -> EventDay {
        EventDay::of_date(
            event,
            conference_day(at, event.time_zone, event.day_changes_at),
        )
    }

    /// Whether the event has more than one day, so that desks name the day at all.
    pub fn is_of_several(&self) -> bool {
        self.of.is_some_and(|n| n > 1)
    }

    /// "day 2 of 3" for an event of several days; nothing for a one-day event.
    pub fn label(&self) -> Option<String> {
        match (self.number, self.of) {
            (Some(n), Some(of)) if of > 1 => Some(format!("day {n} of {of}")),
            _ => None,
        }
    }
}

/// "Day 2 of 3" from "day 2 of 3", to start a line with.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Tue 10 Jul": how the desk names a day.
pub fn short_date(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// The days each ticket type admits; a ticket type not listed admits every day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketDays(Vec<DayPass>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayPass {
    pub ticket_type: String,
    pub days: Vec<NaiveDate>,
}

/// Why a day pass cannot be saved as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DayPassError {
    #[error(
        "\"{0}\" is not a day pass; write the ticket type, =, and its days, e.g. \
         \"Tuesday pass=2018-07-10\" (several days separated by commas)"
    )]
    NoEquals(String),
    #[error("a day pass needs a ticket type before the =, as in \"Tuesday pass=2018-07-10\"")]
    NoTicketType,
    #[error("\"{text}\" in the day pass for {ticket_type} is not a date; write it as 2018-07-10")]
    NotADate { ticket_type: String, text: String },
    #[error(
        "{day} is not a day of the event ({first} to {last}); give {ticket_type} a day the \
         event runs, or change the event's dates first"
    )]
    OutsideTheEvent {
        ticket_type: String,
        day: NaiveDate,
        first: NaiveDate,
        last: NaiveDate,
    },
}

impl DayPassError {
    /// The refusal in the organizer's language (its `Display` is the command line's English).
    pub fn say(&self, t: &crate::language::Texts) -> String {
        match self {
            DayPassError::NoEquals(text) => t.tr_with(
                "day-pass-error-no-equals",
                &[("text", text.as_str().into())],
            ),
            DayPassError::NoTicketType => t.tr("day-pass-error-no-ticket-type"),
            DayPassError::NotADate { ticket_type, text } => t.tr_with(
                "day-pass-error-date",
                &[
                    ("type", ticket_type.as_str().into()),
                    ("text", text.as_str().into()),
                ],
            ),
            DayPassError::OutsideTheEvent {
                ticket_type,
                day,
                first,
                last,
            } => t.tr_with(
                "day-pass-error-outside",
                &[
                    ("type", ticket_type.as_str().into()),
                    ("day", day.to_string().into()),
                    ("first", first.to_string().into()),
                    ("last", last.to_string().into()),
                ],
            ),
        }
    }
}

impl DayPass {
    /// `"Tuesday pass=2018-07-10,2018-07-11"`; nothing after the = means the ticket type
    /// admits every day again.
    pub fn parse(text: &str) -> Result<DayPass, DayPassError> {
        let (ticket_type, days) = text
            .split_once('=')
            .ok_or_else(|| DayPassError::NoEquals(text.to_string()))?;
        let ticket_type = ticket_type.trim().to_string();
        if ticket_type.is_empty() {
            return Err(DayPassError::NoTicketType);
        }
        let mut parsed = Vec::new();
        for day in days.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            let date =
                NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| DayPassError::NotADate {
                    ticket_type: ticket_type.clone(),
                    text: day.to_string(),
                })?;
            parsed.push(date);
        }
        parsed.sort();
        parsed.dedup();
        Ok(DayPass {
            ticket_type,
            days: parsed,
        })
    }

    /// The text [`DayPass::parse`] reads back.
    pub fn to_text(&self) -> String {
        let days: Vec<String> = self.days.iter().map(NaiveDate::to_string).collect();
        format!("{}={}", self.ticket_type, days.join(","))
    }

    /// The sentence a desk shows on a day this pass does not admit.
    pub fn refusal(&self) -> String {
        let days: Vec<String> = self.days.iter().map(|d| short_date(*d)).collect();
        let days = match days.as_slice() {
            [] => "no day".to_string(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        format!("{}: valid on {days} only", self.ticket_type)
    }
}

impl TicketDays {
    pub fn passes(&self) -> &[DayPass] {
        &self.0
    }

    /// Adds `pass`, replacing the days of the same ticket type; a pass without days removes
    /// the ticket type's limit.
    pub fn set(&mut self, pass: DayPass) {
        self.0
            .retain(|p| !same_ticket_type(&p.ticket_type, &pass.ticket_type));
        if !pass.days.is_empty() {
            self.0.push(pass);
        }
    }

    /// Refuses days outside the event's dates, when the event has them.
    pub fn validate(&self, event: &Event) -> Result<(), DayPassError> {
        let (Some(first), Some(last)) = (event.starts_on, event.ends_on.or(event.starts_on)) else {
            return Ok(());
        };
        for pass in &self.0 {
            if let Some(day) = pass.days.iter().find(|d| **d < first || **d > last) {
                return Err(DayPassError::OutsideTheEvent {
                    ticket_type: pass.ticket_type.clone(),
                    day: *day,
                    first,
                    last,
                });
            }
        }
        Ok(())
    }

    /// Why `ticket_type` does not admit on `day`, or `None` when it does.
    pub fn refusal(&self, ticket_type: &str, day: NaiveDate) -> Option<String> {
        self.0
            .iter()
            .find(|p| same_ticket_type(&p.ticket_type, ticket_type))
            .filter(|p| !p.days.contains(&day))
            .map(DayPass::refusal)
    }

    /// One pass a line, as the database keeps them.
    pub fn to_lines(&self) -> String {
        let lines: Vec<String> = self.0.iter().map(DayPass::to_text).collect();
        lines.join("\n")
    }

    /// The passes on one line, as the console's Settings field shows them.
    pub fn to_one_line(&self) -> String {
        let passes: Vec<String> = self.0.iter().map(DayPass::to_text).collect();
        passes.join("; ")
    }

    /// Passes one a line or separated by `;`, blank ones ignored: what the database keeps and
    /// what the console's field holds.
    pub fn parse_lines(text: &str) -> Result<TicketDays, DayPassError> {
        let mut days = TicketDays::default();
        for line in text
            .split(['\n', ';'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            days.set(DayPass::parse(line)?);
        }
        Ok(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    fn three_days() -> Event {
        Event {
            name: "Summer school".into(),
            time_zone: chrono_tz::Europe::Stockholm,
            starts_on: Some(date("2018-07-09")),
            ends_on: Some(date("2018-07-11")),
            ..Event::default()
        }
    }

    #[test]
    fn the_night_after_a_day_still_belongs_to_it_until_the_day_changes() {
        let event = three_days();
        // 00:30 and 03:59 in Stockholm (UTC+2) are still day 1; 04:00 is day 2.
        let at = |h, m| Utc.with_ymd_and_hms(2018, 7, 9, h, m, 0).unwrap();
        assert_eq!(EventDay::at(&event, at(22, 30)).date, date("2018-07-09"));
        assert_eq!(EventDay::at(&event, at(23, 59)).number, Some(1));
        let morning = EventDay::at(&event, Utc.with_ymd_and_hms(2018, 7, 10, 2, 0, 0).unwrap());
        assert_eq!(
            (morning.date, morning.label()),
            (date("2018-07-10"), Some("day 2 of 3".into()))
        );
    }

    #[test]
    fn a_one_day_event_and_days_outside_the_event_have_no_number_to_show() {
        let one = Event {
            ends_on: Some(date("2018-07-09")),
            ..three_days()
        };
        assert_eq!(EventDay::of_date(&one, date("2018-07-09")).label(), None);
        let before = EventDay::of_date(&three_days(), date("2018-07-08"));
        assert_eq!((before.number, before.of), (None, None));
        let undated = EventDay::of_date(&Event::default(), date("2018-07-08"));
        assert_eq!(undated.number, None);
    }

    #[test]
    fn a_day_pass_admits_its_days_and_says_which_on_the_others() {
        let mut days = TicketDays::default();
        days.set(DayPass::parse(" Tuesday pass = 2018-07-10").unwrap());
        days.set(DayPass::parse("Weekend=2018-07-11, 2018-07-09").unwrap());
        assert_eq!(days.refusal("tuesday PASS", date("2018-07-10")), None);
        assert_eq!(
            days.refusal("Tuesday pass", date("2018-07-09")).as_deref(),
            Some("Tuesday pass: valid on Tue 10 Jul only")
        );
        assert_eq!(
            days.refusal("Weekend", date("2018-07-10")).as_deref(),
            Some("Weekend: valid on Mon 9 Jul and Wed 11 Jul only")
        );
        assert_eq!(days.refusal("Full pass", date("2018-07-10")), None);
        days.set(DayPass::parse("TUESDAY PASS=").unwrap());
        assert_eq!(days.refusal("Tuesday pass", date("2018-07-09")), None);
        assert_eq!(TicketDays::parse_lines(&days.to_lines()).unwrap(), days);
        assert_eq!(TicketDays::parse_lines(&days.to_one_line()).unwrap(), days);
    }

    #[test]
    fn a_day_pass_outside_the_event_or_badly_written_is_refused_with_a_sentence() {
        let mut days = TicketDays::default();
        days.set(DayPass::parse("Friday=2018-07-13").unwrap());
        let error = days.validate(&three_days()).unwrap_err().to_string();
        assert!(
            error.contains("2018-07-13 is not a day of the event"),
            "{error}"
        );
        assert!(matches!(
            DayPass::parse("Friday 2018-07-13"),
            Err(DayPassError::NoEquals(_))
        ));
        assert!(matches!(
            DayPass::parse("Friday=13/7"),
            Err(DayPassError::NotADate { .. })
        ));
        assert_eq!(
            DayPass::parse("=2018-07-10"),
            Err(DayPassError::NoTicketType)
        );
    }
}
