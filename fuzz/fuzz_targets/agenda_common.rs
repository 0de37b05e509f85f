//! What the three agenda targets share: `frontdesk::agenda::parse` on the raw bytes, kept to
//! one format per target, and the invariants every schedule it returns holds.

use frontdesk::agenda::{self, Format};

/// Reads `data` as the agenda file `file_name` if its content is detected as `wanted` (or as
/// no format at all: the refusal paths are cheap and belong to every target). Input detected
/// as one of the other formats is left to that format's target.
pub fn check(data: &[u8], file_name: &str, wanted: Format) {
    let detected = Format::detect(data, file_name);
    if detected.is_some_and(|format| format != wanted) {
        return;
    }
    let Ok(schedule) = agenda::parse(data, file_name, chrono_tz::Europe::Stockholm) else {
        return;
    };
    // A schedule is only ever read from content detected as a format.
    assert_eq!(detected, Some(wanted), "a schedule from undetected content");
    assert!(!schedule.sessions.is_empty(), "a schedule without sessions");
    for session in &schedule.sessions {
        assert!(session.end > session.start, "{session:?} ends before it starts");
        assert!(
            schedule.rooms.contains(&session.room),
            "room {:?} not among {:?}",
            session.room,
            schedule.rooms
        );
    }
    assert!(
        schedule.sessions.is_sorted_by_key(|s| s.start),
        "sessions not sorted by start"
    );
}
