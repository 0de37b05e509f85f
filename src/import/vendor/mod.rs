//! The registration systems frontdesk reads exports of, one profile each: what the system is
//! called, which headers give its exports away, and how it writes a registrant's status.
//!
//! [`VENDORS`] is the one list of formats: the command line's `--format`, the import wizard,
//! detection and status reading all go through it. Adding a format is a file here, a variant of
//! [`Format`] and a row in the table.

mod eventbrite;
mod forms;
mod generic;
mod luma;
mod meetup;
mod pretix;
mod tito;

use super::Format;
use super::clean::fold;
use super::status::Reading;

/// One registration system's export.
pub struct Vendor {
    pub format: Format,
    /// The name typed on the command line and stored in settings.
    pub name: &'static str,
    /// The name shown to staff, spelled the way the product spells itself.
    pub label: &'static str,
    /// Other names organizers type for it on the command line.
    pub aliases: &'static [&'static str],
    /// Whether the headers are ones only this system's exports have.
    pub recognises: fn(&Headers<'_>) -> bool,
    /// How its free-text status column reads (`lower` is the trimmed value in lower case);
    /// `None` reads the words most systems share.
    pub reads_state: Option<fn(lower: &str, value: &str) -> Reading>,
    /// The part of a ticket URL (from a code column) that the ticket's QR holds, when it
    /// holds less than the whole URL; it is kept as one more code of the ticket.
    pub token_in_ticket_url: Option<fn(url: &str) -> Option<String>>,
    /// Its headers are whole questions ("What is your email address?"), so a column is also
    /// recognised by a key word inside its header.
    pub headers_are_questions: bool,
}

/// Every format, in the order detection tries them: the most telling headers first, the
/// plain spreadsheet (which recognises anything) last.
pub const VENDORS: [Vendor; 7] = [
    eventbrite::VENDOR,
    pretix::VENDOR,
    tito::VENDOR,
    luma::VENDOR,
    meetup::VENDOR,
    forms::VENDOR,
    generic::VENDOR,
];

/// The profile of `format`.
pub fn of(format: Format) -> &'static Vendor {
    VENDORS
        .iter()
        .find(|vendor| vendor.format == format)
        .unwrap_or(&VENDORS[VENDORS.len() - 1])
}

/// The system whose headers these are; the plain spreadsheet when none claims them.
pub fn detect(headers: &[String]) -> Format {
    let headers = Headers::new(headers);
    VENDORS
        .iter()
        .find(|vendor| (vendor.recognises)(&headers))
        .map_or(Format::Generic, |vendor| vendor.format)
}

/// The format an organizer named, by its name or an alias, in any case.
pub fn named(name: &str) -> Option<Format> {
    let wanted = name.trim().to_ascii_lowercase();
    VENDORS
        .iter()
        .find(|vendor| vendor.name == wanted || vendor.aliases.contains(&wanted.as_str()))
        .map(|vendor| vendor.format)
}

/// The names to offer, as "eventbrite, pretix, tito, luma, meetup, forms or generic".
pub fn names_listed() -> String {
    or_list(VENDORS.iter().map(|vendor| vendor.name).collect())
}

fn or_list(items: Vec<&str>) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// The last path segment of a URL, without its query: `https://ti.to/tickets/ti_pX9` → `ti_pX9`.
pub fn last_path_segment(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let path = rest.split(['?', '#']).next()?;
    let (_host, path) = path.split_once('/')?;
    path.split('/')
        .rfind(|segment| !segment.is_empty())
        .map(str::to_owned)
}

/// An export's header line, as the profiles look at it.
pub struct Headers<'a> {
    raw: &'a [String],
    folded: Vec<String>,
}

impl<'a> Headers<'a> {
    pub fn new(raw: &'a [String]) -> Headers<'a> {
        Headers {
            raw,
            folded: raw.iter().map(|header| fold(header)).collect(),
        }
    }

    /// A header exactly as written (trimmed, any case): for headers whose punctuation is
    /// what gives the system away, like Eventbrite's "Barcode #".
    pub fn written(&self, name: &str) -> bool {
        self.raw
            .iter()
            .any(|header| header.trim().eq_ignore_ascii_case(name))
    }

    /// A header as headers are compared (folded), so profiles write it as the export does.
    pub fn has(&self, header: &str) -> bool {
        let wanted = fold(header);
        self.folded.contains(&wanted)
    }

    /// Any of these headers.
    pub fn has_any(&self, headers: &[&str]) -> bool {
        headers.iter().any(|header| self.has(header))
    }

    pub fn first_folded(&self) -> Option<&str> {
        self.folded.first().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(line: &str) -> Format {
        let headers: Vec<String> = line.split(',').map(str::to_owned).collect();
        detect(&headers)
    }

    #[test]
    fn every_format_has_one_profile_and_a_unique_name() {
        for vendor in &VENDORS {
            assert_eq!(of(vendor.format).name, vendor.name);
            assert_eq!(named(vendor.name), Some(vendor.format));
            for alias in vendor.aliases {
                assert_eq!(named(alias), Some(vendor.format), "alias {alias}");
            }
        }
        let mut names: Vec<&str> = VENDORS.iter().map(|vendor| vendor.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), VENDORS.len());
    }

    #[test]
    fn the_spreadsheet_comes_last_because_it_takes_anything() {
        let last = &VENDORS[VENDORS.len() - 1];
        assert_eq!(last.format, Format::Generic);
        assert!((last.recognises)(&Headers::new(&[])));
    }

    #[test]
    fn the_last_path_segment_of_a_ticket_url() {
        let tito = "https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw";
        assert_eq!(
            last_path_segment(tito).as_deref(),
            Some("ti_pX9tJEguENQbdPOdhq66Vtw")
        );
        assert_eq!(
            last_path_segment("https://ti.to/tickets/ti_abc/?x=1#top").as_deref(),
            Some("ti_abc")
        );
        assert_eq!(last_path_segment("https://ti.to"), None);
        assert_eq!(last_path_segment("QWER-1"), None);
    }

    #[test]
    fn names_are_listed_for_sentences() {
        assert_eq!(
            names_listed(),
            "eventbrite, pretix, tito, luma, meetup, forms or generic"
        );
    }

    #[test]
    fn detection_goes_by_each_systems_own_headers() {
        assert_eq!(detected("Order #,First Name,Barcode #"), Format::Eventbrite);
        assert_eq!(detected("Order code,Attendee name,Status"), Format::Pretix);
        assert_eq!(detected("Ticket,Name,Reference,Void"), Format::Tito);
        assert_eq!(
            detected("Bestellnr.,Bestelldatum,Vorname,Nachname,Ticketart,Teilnehmernummer"),
            Format::Eventbrite
        );
        assert_eq!(
            detected("Nº do pedido,Nome,Sobrenome,Participante nº"),
            Format::Eventbrite
        );
        assert_eq!(
            detected("Ordine n.,Nome,N. codice a barre"),
            Format::Eventbrite
        );
        assert_eq!(
            detected("api_id,name,email,approval_status,qr_code_url"),
            Format::Luma
        );
        assert_eq!(detected("Name,User ID,RSVP,RSVPed on"), Format::Meetup);
        assert_eq!(detected("Zeitstempel,Name"), Format::Forms);
        assert_eq!(detected("Name,Timestamp"), Format::Generic);
    }
}
