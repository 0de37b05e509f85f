//! What the desk shows for each answer to a scan, in words a person at the desk reads from
//! 1.5 m: an icon, a word, a colour, the name, and one line of detail.

use chrono_tz::Tz;

use crate::checkin::CheckIn;
use crate::day::EventDay;
use crate::time;
use crate::ui::theme::Tone;

#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub tone: Tone,
    pub icon: &'static str,
    pub headline: String,
    pub name: Option<String>,
    pub details: Vec<String>,
    /// Ticket type shown as a ribbon when it is one people look for (Speaker, Staff, ...).
    pub ticket_type: Option<String>,
    /// Decided at this desk alone: its hub did not answer in time.
    pub offline: bool,
}

impl Verdict {
    /// The same answer, marked as decided offline.
    pub fn decided_offline(mut self, offline: bool) -> Verdict {
        self.offline = offline;
        self
    }

    /// The answer on event `day`: an event of several days names the day ("day 2 of 3"), and
    /// someone who came on an earlier day is welcomed back.
    pub fn of(outcome: &CheckIn, day: &EventDay, zone: Tz) -> Verdict {
        let day_label = day.label().unwrap_or_default();
        match outcome {
            CheckIn::CheckedIn(a) => Verdict {
                tone: Tone::Welcome,
                icon: "✓",
                headline: if outcome.is_welcome_back(day) {
                    "Welcome back".to_string()
                } else {
                    "Welcome".to_string()
                },
                name: Some(a.display_name.clone()),
                details: non_empty([a.company.clone(), crate::day::capitalised(&day_label)]),
                ticket_type: (!a.ticket_type.is_empty()).then(|| a.ticket_type.clone()),
                offline: false,
            },
            CheckIn::AlreadyCheckedIn {
                attendee,
                first_checked_in_at,
                first_desk,
            } => Verdict {
                tone: Tone::Caution,
                icon: "!",
                headline: if day.is_of_several() {
                    "Already checked in today".to_string()
                } else {
                    "Already checked in".to_string()
                },
                name: Some(attendee.display_name.clone()),
                details: vec![format!(
                    "at {} at {first_desk}",
                    time::local_hhmm(first_checked_in_at, zone)
                )],
                ticket_type: None,
                offline: false,
            },
            CheckIn::NotAdmitted { attendee, reason } => Verdict {
                tone: Tone::Refused,
                icon: "✕",
                headline: "Not admitted".to_string(),
                name: Some(attendee.display_name.clone()),
                details: non_empty([reason.clone()]),
                ticket_type: None,
                offline: false,
            },
            CheckIn::Typo => Verdict {
                tone: Tone::Caution,
                icon: "?",
                headline: "Check the code".to_string(),
                name: None,
                details: vec![
                    "This code has a typo: one character is wrong or two are swapped. \
                     Scan again or retype it."
                        .to_string(),
                ],
                ticket_type: None,
                offline: false,
            },
            CheckIn::Unknown => Verdict {
                tone: Tone::Refused,
                icon: "✕",
                headline: "Code not found".to_string(),
                name: None,
                details: vec!["Search by name: type it in the field above.".to_string()],
                ticket_type: None,
                offline: false,
            },
        }
    }

    pub fn walk_in_saved(outcome: &CheckIn, day: &EventDay, zone: Tz) -> Verdict {
        let mut verdict = Verdict::of(outcome, day, zone);
        if let Some(attendee) = outcome.attendee() {
            verdict
                .details
                .push(format!("New attendee, badge code {}", attendee.badge_code));
        }
        verdict
    }
}

fn non_empty<const N: usize>(lines: [String; N]) -> Vec<String> {
    lines.into_iter().filter(|l| !l.is_empty()).collect()
}

/// The answer to an undo at the desk.
pub fn undone(outcome: &crate::checkin::Undo) -> Verdict {
    use crate::checkin::Undo;
    let (tone, icon, headline, name, detail) = match outcome {
        Undo::Undone(a) => (
            Tone::Caution,
            "↺",
            "Check-in undone",
            Some(a.display_name.clone()),
            "The log keeps both the check-in and the undo.",
        ),
        Undo::NotCheckedIn(a) => (
            Tone::Caution,
            "!",
            "Not checked in",
            Some(a.display_name.clone()),
            "There was no check-in to undo.",
        ),
        Undo::Typo | Undo::Unknown => (
            Tone::Refused,
            "✕",
            "Nothing undone",
            None,
            "That person could not be found.",
        ),
    };
    Verdict {
        tone,
        icon,
        headline: headline.to_string(),
        name,
        details: vec![detail.to_string()],
        ticket_type: None,
        offline: false,
    }
}
