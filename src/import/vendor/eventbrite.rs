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
    token_in_ticket_url: None,
    headers_are_questions: false,
};

/// The attendee report is exported in the organizer's language. The headers here are the
/// ones seen in real exports and importers of them: English; German (`Bestellnr.`,
/// `Teilnehmernummer`, `Barcode-Nr.`, `Teilnehmerstatus`); Portuguese, Brazil (`Nº do
/// pedido`, `Participante nº`, `Status do participante`); Italian (`Ordine n.`, `N. codice a
/// barre`, `Tipologia biglietto`); Spanish (`Número de código de barras`).
fn recognises(headers: &Headers<'_>) -> bool {
    headers.written("Barcode #")
        || (headers.written("Order #") && headers.written("Attendee #"))
        || headers.has_any(&[
            "Barcode-Nr.",
            "N. codice a barre",
            "Número de código de barras",
        ])
        || (headers.has("Bestellnr.") && headers.has("Teilnehmernummer"))
        || (headers.has("Nº do pedido") && headers.has("Participante nº"))
        || (headers.has("Ordine n.") && headers.has("Tipologia biglietto"))
}

/// Eventbrite lists attendees who may come as "Attending" (or "Checked In" once the organizer
/// scanned some), in the export's language; its other statuses mean the ticket is not valid.
/// A status in a language not listed here is imported as admitted and reported, so a whole
/// list in another language is never turned away at the door.
fn state(lower: &str, value: &str) -> Reading {
    match lower {
        "attending" | "checked in" | "checked-in" | "nimmt teil" | "participando"
        | "fez check-in" => Reading::Admitted,
        "not attending"
        | "transferred"
        | "refunded"
        | "refunded/canceled"
        | "canceled"
        | "cancelled"
        | "deleted"
        | "abandoned"
        | "pending"
        | "unpaid"
        | "partially refunded"
        | "partially transferred"
        | "não participando"
        | "nao participando" => {
            Reading::NotAdmitted(format!("Eventbrite status: {}", value.trim()))
        }
        _ => Reading::Unclear,
    }
}
