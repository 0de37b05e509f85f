//! The agenda reader (`frontdesk::agenda::parse`, as `tests/properties.rs` calls it) kept to
//! pretalx schedule JSON: serde_json parsing, conference/days/rooms/talks, start times,
//! durations, zones and speakers. Seeds: the multi-room schedule from tests/data and
//! data/event.json.
//!
//! Input whose content is detected as another agenda format is left to that format's target.
//! Beyond "no panic", every schedule returned is checked (see agenda_common.rs): detected as
//! this format, not empty, each session ending after it starts in a listed room, sorted by start.
#![no_main]

mod agenda_common;

use frontdesk::agenda::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    agenda_common::check(data, "agenda.json", Format::PretalxJson);
});
