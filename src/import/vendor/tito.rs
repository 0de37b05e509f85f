//! Tito's ticket export. Its tickets are scanned by their reference or by the unique ticket
//! URL's last part (`https://ti.to/tickets/ti_…`), which is what Tito's QR codes carry.

use super::{Headers, Vendor};
use crate::import::Format;

pub const VENDOR: Vendor = Vendor {
    format: Format::Tito,
    name: "tito",
    label: "Tito",
    aliases: &[],
    recognises,
    reads_state: None,
    token_in_ticket_url: Some(super::last_path_segment),
    headers_are_questions: false,
};

fn recognises(headers: &Headers<'_>) -> bool {
    headers.has("Ticket Reference")
        || headers.has("Unique Ticket URL")
        || (headers.has("ticket")
            && headers.has("reference")
            && (headers.has("void") || headers.has("voidstatus")))
}
