//! What goes on a badge: the attendee's texts checked against the bundled fonts, the ribbon's
//! label and colour, the QR symbol.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fonts::{Fonts, Weight, is_invisible};
use super::layout::{Colour, Content};
use super::qr::Qr;
use super::{BadgeError, Prepared};
use crate::store::Attendee;

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

/// Ribbon colours by ticket type (compared ignoring case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RibbonColours(BTreeMap<String, Colour>);

impl Default for RibbonColours {
    fn default() -> Self {
        let mut colours = RibbonColours(BTreeMap::new());
        colours.set("Speaker", [0xc6, 0x28, 0x28]);
        colours.set("Staff", [0x2e, 0x7d, 0x32]);
        colours.set("Sponsor", [0xf9, 0xa8, 0x25]);
        colours.set("Attendee", [0x15, 0x65, 0xc0]);
        colours
    }
}

impl RibbonColours {
    pub fn set(&mut self, ticket_type: &str, colour: Colour) {
        self.0.insert(ticket_type.trim().to_lowercase(), colour);
    }

    /// The colour of a ticket type: its own if set; else that of a known type its name
    /// contains ("Speaker (day 2)"); else the attendee colour.
    pub fn of(&self, ticket_type: &str) -> Colour {
        let key = ticket_type.trim().to_lowercase();
        self.0
            .get(&key)
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(k, _)| key.contains(k.as_str()))
                    .map(|(_, c)| c)
            })
            .or_else(|| self.0.get("attendee"))
            .copied()
            .unwrap_or([0x15, 0x65, 0xc0])
    }
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
