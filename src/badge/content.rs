//! What goes on a badge: the attendee's texts checked against the bundled fonts, the ribbon's
//! label and colour, the QR symbol.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fonts::{Fonts, Weight, is_invisible};
use super::layout::{Colour, Content};
use super::qr::Qr;
use super::{BadgeError, Prepared};
use crate::store::{Attendee, Store, StoreError};

/// A character that no bundled font can draw: left out of the badge and reported, so that
/// nobody gets a badge with an empty box in their name without the desk knowing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingGlyph {
    /// `None` when the character is in the event's name (reported once, not per badge).
    pub attendee_id: Option<i64>,
    pub display_name: String,
    pub code: String,
    /// `event`, `first_name`, `last_name`, `company` or `ticket_type`.
    pub field: &'static str,
    pub character: String,
    /// `U+1F600`
    pub codepoint: String,
}

/// The colour of the ticket types people look for across a room, and of everyone else.
/// A ticket type containing one of these words gets its colour ("Speaker (day 2)", "Event
/// crew"); "organi" stands for organizer, organiser, organising team.
const DEFAULT_COLOURS: [(&str, Colour); 7] = [
    ("Speaker", [0xc6, 0x28, 0x28]),
    ("Staff", [0x2e, 0x7d, 0x32]),
    ("Crew", [0x2e, 0x7d, 0x32]),
    ("Organi", [0x2e, 0x7d, 0x32]),
    ("Sponsor", [0xf9, 0xa8, 0x25]),
    ("Partner", [0xf9, 0xa8, 0x25]),
    (ATTENDEE, ATTENDEE_COLOUR),
];

/// The ribbon of a plain ticket: no colour that makes a person stand out.
const ATTENDEE: &str = "Attendee";
const ATTENDEE_COLOUR: Colour = [0x15, 0x65, 0xc0];

/// Ribbon colours by ticket type (compared trimmed and ignoring case): the one rule the
/// printed badge and the desk's answer both show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RibbonColours(BTreeMap<String, Colour>);

impl Default for RibbonColours {
    fn default() -> Self {
        let mut colours = RibbonColours(BTreeMap::new());
        for (ticket_type, colour) in DEFAULT_COLOURS {
            colours.set(ticket_type, colour);
        }
        colours
    }
}

impl RibbonColours {
    /// The default colours, then those the organizer set for the event (a setting that is
    /// not `#RRGGBB` is skipped).
    pub fn load(store: &Store) -> Result<RibbonColours, StoreError> {
        let mut colours = RibbonColours::default();
        for (ticket_type, hex) in store.ribbon_colour_settings()? {
            match parse_colour(&hex) {
                Some(colour) => colours.set(&ticket_type, colour),
                None => tracing::warn!(%ticket_type, %hex, "a ribbon colour is not #RRGGBB"),
            }
        }
        Ok(colours)
    }

    pub fn set(&mut self, ticket_type: &str, colour: Colour) {
        self.0.insert(key(ticket_type), colour);
    }

    /// The colour of a ticket type on the badge: its own if set; else that of a known type
    /// its name contains ("Speaker (day 2)"); else the attendee colour.
    pub fn of(&self, ticket_type: &str) -> Colour {
        self.matching(ticket_type)
            .map(|(_, colour)| colour)
            .or_else(|| self.0.get(&key(ATTENDEE)).copied())
            .unwrap_or(ATTENDEE_COLOUR)
    }

    /// The colour of a ticket type people look for (a speaker, staff, a sponsor, any type with
    /// a colour of its own), or `None` for a plain ticket: the desk shows a ribbon only then.
    pub fn standout(&self, ticket_type: &str) -> Option<Colour> {
        self.matching(ticket_type)
            .filter(|(k, _)| *k != key(ATTENDEE))
            .map(|(_, colour)| colour)
    }

    fn matching(&self, ticket_type: &str) -> Option<(String, Colour)> {
        let wanted = key(ticket_type);
        if wanted.is_empty() {
            return None;
        }
        self.0
            .get_key_value(&wanted)
            .or_else(|| self.0.iter().find(|(k, _)| wanted.contains(k.as_str())))
            .map(|(k, c)| (k.clone(), *c))
    }
}

fn key(ticket_type: &str) -> String {
    ticket_type.trim().to_lowercase()
}

/// Text that reads on a ribbon of `colour`: white on dark ribbons, black on light ones (a
/// sponsor's yellow, say).
pub fn text_on(colour: Colour) -> Colour {
    super::layout::text_on(colour)
}

/// Reads `#RRGGBB` (or `RRGGBB`).
pub fn parse_colour(text: &str) -> Option<Colour> {
    let hex = text.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// A badge's content, with what could not be drawn added to `missing`.
pub fn prepare(
    fonts: &Fonts,
    attendee: &Attendee,
    event: &str,
    colours: &RibbonColours,
    missing: &mut Vec<MissingGlyph>,
) -> Result<Prepared, BadgeError> {
    let mut clean = |text: &str, weight: Weight, field: &'static str| {
        let (kept, lost) = clean(fonts, text, weight);
        for c in lost {
            missing.push(missing_glyph(attendee, field, c));
        }
        kept
    };
    let (first, last) =
        if attendee.first_name.trim().is_empty() && attendee.last_name.trim().is_empty() {
            (attendee.display_name.as_str(), "")
        } else {
            (attendee.first_name.as_str(), attendee.last_name.as_str())
        };
    let ticket = attendee.ticket_type.trim();
    let ribbon = if ticket.is_empty() {
        "Attendee"
    } else {
        ticket
    };
    let content = Content {
        event: clean_quietly(fonts, event),
        first: clean(first, Weight::Bold, "first_name"),
        last: clean(last, Weight::Regular, "last_name"),
        company: clean(&attendee.company, Weight::Regular, "company"),
        ribbon: clean(ribbon, Weight::Bold, "ticket_type"),
        ribbon_colour: colours.of(ticket),
        code: attendee.badge_code.grouped(),
        qr: Qr::encode(attendee.badge_code.canonical())?,
    };
    Ok(Prepared {
        attendee_id: attendee.id,
        code: attendee.badge_code.clone(),
        content,
    })
}

/// The characters of the event's name that no font has (reported once for the whole run).
pub fn event_missing(fonts: &Fonts, event: &str) -> Vec<MissingGlyph> {
    clean(fonts, event, Weight::Regular)
        .1
        .into_iter()
        .map(|c| MissingGlyph {
            attendee_id: None,
            display_name: String::new(),
            code: String::new(),
            field: "event",
            character: c.to_string(),
            codepoint: format!("U+{:04X}", u32::from(c)),
        })
        .collect()
}

fn clean_quietly(fonts: &Fonts, text: &str) -> String {
    clean(fonts, text, Weight::Regular).0
}

fn missing_glyph(attendee: &Attendee, field: &'static str, c: char) -> MissingGlyph {
    MissingGlyph {
        attendee_id: Some(attendee.id),
        display_name: attendee.display_name.clone(),
        code: attendee.badge_code.grouped(),
        field,
        character: c.to_string(),
        codepoint: format!("U+{:04X}", u32::from(c)),
    }
}

/// Whitespace becomes plain spaces, invisible formatting characters go (except the joiners
/// Arabic shaping needs), and characters no font has are dropped and returned, each once.
fn clean(fonts: &Fonts, text: &str, weight: Weight) -> (String, Vec<char>) {
    let mut kept = String::with_capacity(text.len());
    let mut lost = Vec::new();
    for c in text.trim().chars() {
        if c.is_whitespace() {
            kept.push(' ');
        } else if matches!(c, '\u{200C}' | '\u{200D}') {
            kept.push(c);
        } else if is_invisible(c) {
            continue;
        } else if fonts.covering(c, weight).is_some() {
            kept.push(c);
        } else if !lost.contains(&c) {
            lost.push(c);
        }
    }
    // A dropped character may leave two spaces in a row, or one at either end.
    let kept = kept
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (kept, lost)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_types_people_look_for_stand_out_and_plain_tickets_do_not() {
        let colours = RibbonColours::default();
        assert_eq!(
            colours.standout(" speaker (day 2)"),
            Some([0xc6, 0x28, 0x28])
        );
        assert_eq!(colours.standout("Event crew"), colours.standout("Staff"));
        assert_eq!(colours.standout("Organizer"), colours.standout("Staff"));
        assert_eq!(colours.standout("Partner"), colours.standout("SPONSOR"));
        assert_eq!(colours.standout("Attendee"), None);
        assert_eq!(colours.standout("Student"), None);
        assert_eq!(colours.standout(""), None);
        assert_eq!(colours.of("Student"), ATTENDEE_COLOUR);
        assert_eq!(colours.of("Speaker"), colours.standout("Speaker").unwrap());

        let mut configured = colours.clone();
        configured.set("VIP", [1, 2, 3]);
        configured.set("speaker", [4, 5, 6]);
        assert_eq!(configured.standout("vip"), Some([1, 2, 3]));
        assert_eq!(configured.of("Speaker"), [4, 5, 6]);
    }
}
