//! Eventbrite's attendee report.

use super::{Headers, Vendor};
use crate::import::Format;
use crate::import::status::Reading;

pub const VENDOR: Vendor = Vendor {
    format: Format::Eventbrite,
    name: "eventbrite",
    label: "Eventbrite",
    aliases: &[],
    recognises,
    reads_state: Some(state),
    headers_are_questions: false,
};

fn recognises(headers: &Headers<'_>) -> bool {
    headers.written("Barcode #") || (headers.written("Order #") && headers.written("Attendee #"))
}

/// Eventbrite lists only attendees who may come as "Attending" (or "Checked In" when the
/// organizer already scanned some); everything else means the ticket is not valid.
fn state(lower: &str, value: &str) -> Reading {
    match lower {
        "attending" | "checked in" | "checked-in" => Reading::Admitted,
        _ => Reading::NotAdmitted(format!("Eventbrite status: {}", value.trim())),
    }
}
