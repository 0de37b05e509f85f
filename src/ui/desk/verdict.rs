//! What the desk shows for each answer to a scan, in words a person at the desk reads from
//! 1.5 m: an icon, a word, a colour, the name, and one line of detail.

use chrono_tz::Tz;

use crate::checkin::CheckIn;
use crate::day::EventDay;
use crate::language::Texts;
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
    pub fn of(outcome: &CheckIn, day: &EventDay, zone: Tz, texts: &Texts) -> Verdict {
        let day_label = day_label(day, texts).unwrap_or_default();
        match outcome {
            CheckIn::CheckedIn(a) => Verdict {
                tone: Tone::Welcome,
                icon: "✓",
                headline: if outcome.is_welcome_back(day) {
                    texts.tr("verdict-welcome-back")
                } else {
                    texts.tr("verdict-welcome")
                },
                name: Some(a.display_name.clone()),
                details: non_empty([a.company.clone(), day_label]),
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
                    texts.tr("verdict-already-today")
                } else {
                    texts.tr("verdict-already")
                },
                name: Some(attendee.display_name.clone()),
                details: vec![texts.tr_with(
                    "verdict-already-detail",
                    &[
                        ("time", time::local_hhmm(first_checked_in_at, zone).into()),
                        ("desk", first_desk.as_str().into()),
                    ],
                )],
                ticket_type: None,
                offline: false,
            },
            CheckIn::NotAdmitted { attendee, reason } => Verdict {
                tone: Tone::Refused,
                icon: "✕",
                headline: texts.tr("verdict-not-admitted"),
                name: Some(attendee.display_name.clone()),
                details: non_empty([reason.clone()]),
                ticket_type: None,
                offline: false,
            },
            CheckIn::Typo => Verdict {
                tone: Tone::Caution,
                icon: "?",
                headline: texts.tr("verdict-typo"),
                name: None,
                details: vec![texts.tr("verdict-typo-detail")],
                ticket_type: None,
                offline: false,
            },
            CheckIn::Unknown => Verdict {
                tone: Tone::Refused,
                icon: "✕",
                headline: texts.tr("verdict-unknown"),
                name: None,
                details: vec![texts.tr("verdict-unknown-detail")],
                ticket_type: None,
                offline: false,
            },
        }
    }

    pub fn walk_in_saved(outcome: &CheckIn, day: &EventDay, zone: Tz, texts: &Texts) -> Verdict {
        let mut verdict = Verdict::of(outcome, day, zone, texts);
        if let Some(attendee) = outcome.attendee() {
            verdict.details.push(texts.tr_with(
                "verdict-walk-in",
                &[("code", attendee.badge_code.to_string().into())],
            ));
        }
        verdict
    }
}

fn non_empty<const N: usize>(lines: [String; N]) -> Vec<String> {
    lines.into_iter().filter(|l| !l.is_empty()).collect()
}

/// "Day 2 of 3" on an event of several days.
pub fn day_label(day: &EventDay, texts: &Texts) -> Option<String> {
    match (day.number, day.of) {
        (Some(number), Some(of)) if of > 1 => Some(texts.event_day(number, of)),
        _ => None,
    }
}

/// The answer to an undo at the desk.
pub fn undone(outcome: &crate::checkin::Undo, texts: &Texts) -> Verdict {
    use crate::checkin::Undo;
    let (tone, icon, headline, name, detail) = match outcome {
        Undo::Undone(a) => (
            Tone::Caution,
            "↺",
            "verdict-undone",
            Some(a.display_name.clone()),
            "verdict-undone-detail",
        ),
        Undo::NotCheckedIn(a) => (
            Tone::Caution,
            "!",
            "verdict-not-checked-in",
            Some(a.display_name.clone()),
            "verdict-not-checked-in-detail",
        ),
        Undo::Typo | Undo::Unknown => (
            Tone::Refused,
            "✕",
            "verdict-nothing-undone",
            None,
            "verdict-nothing-undone-detail",
        ),
    };
    Verdict {
        tone,
        icon,
        headline: texts.tr(headline),
        name,
        details: vec![texts.tr(detail)],
        ticket_type: None,
        offline: false,
    }
}
