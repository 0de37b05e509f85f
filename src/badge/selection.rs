//! Which people get a badge: the one rule that `frontdesk badges` and the Badges screen both
//! follow, so the same choice always picks the same people.

use crate::store::{Attendee, Status};

/// Which badges an organizer makes. Whatever the choice, nobody whose ticket was cancelled
/// gets a badge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Everyone admitted.
    Everyone,
    /// Everyone admitted whose badge was never printed (after a late import).
    NotPrintedYet,
    /// Everyone admitted with this ticket type, compared by [`same_ticket_type`].
    TicketType(String),
    /// One person, by attendee id.
    Person(i64),
}

impl Selection {
    pub fn includes(&self, person: &Attendee) -> bool {
        if person.status != Status::Admitted {
            return false;
        }
        match self {
            Selection::Everyone => true,
            Selection::NotPrintedYet => person.printed_at.is_none(),
            Selection::TicketType(wanted) => same_ticket_type(&person.ticket_type, wanted),
            Selection::Person(id) => person.id == *id,
        }
    }
}

impl std::fmt::Display for Selection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Selection::Everyone => f.write_str("Everyone admitted"),
            Selection::NotPrintedYet => f.write_str("Not printed yet"),
            Selection::TicketType(t) => write!(f, "Ticket type: {}", t.trim()),
            Selection::Person(id) => write!(f, "Attendee {id}"),
        }
    }
}

/// The people, in the order given, that every one of `selections` includes (no selections:
/// everyone admitted).
pub fn select<'a>(
    people: impl IntoIterator<Item = &'a Attendee>,
    selections: &[Selection],
) -> Vec<Attendee> {
    people
        .into_iter()
        .filter(|a| Selection::Everyone.includes(a) && selections.iter().all(|s| s.includes(a)))
        .cloned()
        .collect()
}

/// Ticket types as exports spell them: " speaker ", "Speaker" and "SPEAKER" are one type;
/// so are "ÉQUIPE" and "équipe".
pub fn same_ticket_type(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The ticket types of `people`, once each by [`same_ticket_type`] (the first spelling met,
/// trimmed), sorted: the choices the Badges screen offers.
pub fn ticket_types<'a>(people: impl IntoIterator<Item = &'a Attendee>) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::new();
    for person in people {
        let name = person.ticket_type.trim();
        if !name.is_empty() {
            seen.entry(fold(name)).or_insert_with(|| name.to_string());
        }
    }
    let mut types: Vec<String> = seen.into_values().collect();
    types.sort();
    types
}

fn fold(ticket_type: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Composed first, so that an "é" typed as e + accent equals the one-character "é".
    ticket_type.trim().nfc().collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_types_compare_trimmed_and_ignoring_case_in_any_script() {
        assert!(same_ticket_type(" speaker ", "Speaker"));
        assert!(same_ticket_type("SPEAKER", "speaker"));
        assert!(same_ticket_type("ÉQUIPE", "équipe"));
        assert!(same_ticket_type("e\u{301}quipe", "Équipe"));
        assert!(same_ticket_type("ПРЕСС", "пресс"));
        assert!(!same_ticket_type("Speaker", "Speakers"));
    }
}
