//! A Google Forms response sheet: whole questions as headers, a timestamp first.

use super::{Headers, Vendor};
use crate::import::Format;

pub const VENDOR: Vendor = Vendor {
    format: Format::Forms,
    name: "forms",
    label: "Google Forms",
    aliases: &["google", "googleforms", "google-forms", "form"],
    recognises,
    reads_state: None,
    token_in_ticket_url: None,
    headers_are_questions: true,
};

/// The first column's header in each language Forms is used in, folded.
const TIMESTAMPS: &[&str] = &[
    "timestamp",
    "zeitstempel",
    "tidstampel",
    "horodateur",
    "marcatemporal",
    "tijdstempel",
    "tidsstempel",
    "aikaleima",
];

fn recognises(headers: &Headers<'_>) -> bool {
    headers
        .first_folded()
        .is_some_and(|first| TIMESTAMPS.contains(&first))
}
