//! Luma's guest list ("Event - Guests - date.csv"): snake_case headers, the approval status of
//! each guest, and the check-in URL their QR code holds (`qr_code_url`).

use super::{Headers, Vendor};
use crate::import::Format;
use crate::import::status::Reading;

pub const VENDOR: Vendor = Vendor {
    format: Format::Luma,
    name: "luma",
    label: "Luma",
    aliases: &["lu.ma"],
    recognises,
    reads_state: Some(state),
    token_in_ticket_url: None,
    headers_are_questions: false,
};

fn recognises(headers: &Headers<'_>) -> bool {
    headers.has("api_id") && headers.has("approval_status")
}

/// Only approved guests may come; declined, waitlisted, invited and pending ones may not.
fn state(lower: &str, value: &str) -> Reading {
    match lower {
        "approved" => Reading::Admitted,
        "declined" | "waitlist" | "pending_approval" | "invited" => {
            Reading::NotAdmitted(format!("Luma approval status: {}", value.trim()))
        }
        _ => Reading::Unclear,
    }
}
