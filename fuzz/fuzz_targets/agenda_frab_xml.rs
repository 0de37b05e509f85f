//! The agenda reader (`frontdesk::agenda::parse`, as `tests/properties.rs` calls it) kept to
//! frab schedule XML (the reader behind <schedule> exports of frab, pretalx and others):
//! roxmltree parsing, the nesting-depth guard, DTD/entity refusal, days, rooms, events, times,
//! durations, zones and persons. Seeds: the multi-room and one-day schedules and the entity
//! bomb from tests/data.
//!
//! Input whose content is detected as another agenda format is left to that format's target.
//! Beyond "no panic", every schedule returned is checked (see agenda_common.rs): detected as
//! this format, not empty, each session ending after it starts in a listed room, sorted by start.
#![no_main]

mod agenda_common;

use frontdesk::agenda::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    agenda_common::check(data, "agenda.xml", Format::FrabXml);
});
