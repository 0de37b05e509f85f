//! Tito's ticket export.

use super::{Headers, Vendor};
use crate::import::Format;

pub const VENDOR: Vendor = Vendor {
    format: Format::Tito,
    name: "tito",
    label: "Tito",
    aliases: &[],
    recognises,
    reads_state: None,
    headers_are_questions: false,
};

fn recognises(headers: &Headers<'_>) -> bool {
    headers.has("ticketreference")
        || (headers.has("ticket")
            && headers.has("reference")
            && (headers.has("void") || headers.has("voidstatus")))
}
