//! pretix's order and check-in list exports.

use super::{Headers, Vendor};
use crate::import::Format;
use crate::import::status::Reading;

pub const VENDOR: Vendor = Vendor {
    format: Format::Pretix,
    name: "pretix",
    label: "pretix",
    aliases: &[],
    recognises,
    reads_state: Some(state),
    token_in_ticket_url: None,
    headers_are_questions: false,
};

fn recognises(headers: &Headers<'_>) -> bool {
    headers.has("secret") || (headers.has("ordercode") && headers.has("attendeename"))
}

/// pretix writes either the full word or its one-letter code, depending on the exporter.
fn state(lower: &str, _value: &str) -> Reading {
    let reason = match lower {
        "paid" | "p" => return Reading::Admitted,
        "pending" | "n" => "pending — not paid",
        "canceled" | "cancelled" | "c" => "canceled",
        "expired" | "e" => "expired",
        "refunded" | "r" => "refunded",
        _ => return Reading::Unclear,
    };
    Reading::NotAdmitted(format!("pretix order status: {reason}"))
}
