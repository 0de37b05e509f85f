//! Any spreadsheet: the headers are read by their words alone.

use super::{Headers, Vendor};
use crate::import::Format;

pub const VENDOR: Vendor = Vendor {
    format: Format::Generic,
    name: "generic",
    label: "spreadsheet",
    aliases: &["csv", "spreadsheet"],
    recognises,
    reads_state: None,
    token_in_ticket_url: None,
    headers_are_questions: false,
};

fn recognises(_headers: &Headers<'_>) -> bool {
    true
}
