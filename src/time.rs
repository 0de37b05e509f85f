//! Times as the desk shows them: stored in UTC, shown in the event's time zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::store::Event;

/// The event's zone; without an event, the default event's.
pub fn zone_of(event: Option<&Event>) -> Tz {
    event.map_or_else(|| Event::default().time_zone, |e| e.time_zone)
}

/// `2018-07-09T07:42:13.123Z` in Europe/Stockholm → `09:42`. Takes a stored
/// `store::Timestamp` as well as a `DateTime<Utc>`.
pub fn local_hhmm(utc: impl Into<DateTime<Utc>>, zone: Tz) -> String {
    utc.into().with_timezone(&zone).format("%H:%M").to_string()
}

pub fn parse_utc(utc: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(utc)
        .ok()
        .map(|at| at.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_stored_times_in_the_event_zone() {
        let zone: Tz = "Europe/Stockholm".parse().expect("known zone");
        let stored = crate::store::Timestamp::parse("2018-07-09T07:42:13.123Z").expect("a time");
        assert_eq!(local_hhmm(stored, zone), "09:42");
        assert_eq!(local_hhmm(stored.utc(), zone), "09:42");
        // Text that is no time no longer reaches the screen: reading it is an error
        // (`store::Timestamp`'s tests).
        assert_eq!(crate::store::Timestamp::parse("garbage"), None);
    }
}
