//! Meetup's attendee list of an event (tab-separated): who answered the RSVP, without email
//! addresses or ticket codes, so members are found by name at the desk.

use super::{Headers, Vendor};
use crate::import::Format;
use crate::import::status::Reading;

pub const VENDOR: Vendor = Vendor {
    format: Format::Meetup,
    name: "meetup",
    label: "Meetup",
    aliases: &[],
    recognises,
    reads_state: Some(state),
    token_in_ticket_url: None,
    headers_are_questions: false,
};

fn recognises(headers: &Headers<'_>) -> bool {
    headers.has("RSVP") && (headers.has("User ID") || headers.has("RSVPed on"))
}

/// "Yes" comes; "No" and "Waiting List" do not.
fn state(lower: &str, value: &str) -> Reading {
    match lower {
        "yes" => Reading::Admitted,
        "no" | "waiting list" | "waitlist" => {
            Reading::NotAdmitted(format!("Meetup RSVP: {}", value.trim()))
        }
        _ => Reading::Unclear,
    }
}
