//! Times as the desk shows them: stored in UTC, shown in the event's time zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::store::Event;

/// The event's zone; without an event, the default event's.
pub fn zone_of(event: Option<&Event>) -> Tz {
    event.map_or_else(|| Event::default().time_zone, |e| e.time_zone)
}

/// The time zone this computer is set to, for a new event: `TZ` when it names a zone, else
/// the system's setting; UTC when neither can be told.
pub fn computer_zone() -> Tz {
    let from_env = std::env::var("TZ")
        .ok()
        .and_then(|name| name.trim_start_matches(':').parse().ok());
    from_env
        .or_else(|| {
            iana_time_zone::get_timezone()
                .ok()
                .and_then(|name| name.parse().ok())
        })
        .unwrap_or(chrono_tz::UTC)
}

/// `2018-07-09T07:42:13.123Z` in Europe/Stockholm → `09:42`. Takes a stored
/// `store::Timestamp` as well as a `DateTime<Utc>`.
pub fn local_hhmm(utc: impl Into<DateTime<Utc>>, zone: Tz) -> String {
    utc.into().with_timezone(&zone).format("%H:%M").to_string()
}

/// A session's times in the event's zone, `10:00–10:45`; across a change of the clocks, or in
/// the hour that happens twice when they go back, with the zone's names, so that a session
/// from 02:00 summer time to 02:00 winter time reads `02:00 CEST–02:00 CET`, not `02:00–02:00`.
pub fn local_span(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> String {
    use chrono::Offset;
    let (start, end) = (start.with_timezone(&zone), end.with_timezone(&zone));
    let unclear = start.offset().fix() != end.offset().fix()
        || happens_twice(&start, zone)
        || happens_twice(&end, zone);
    if unclear {
        format!("{}–{}", start.format("%H:%M %Z"), end.format("%H:%M %Z"))
    } else {
        format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"))
    }
}

/// The local time on the wall clock occurs twice that day (the clocks went back over it).
fn happens_twice(at: &DateTime<Tz>, zone: Tz) -> bool {
    use chrono::TimeZone;
    matches!(
        zone.from_local_datetime(&at.naive_local()),
        chrono::LocalResult::Ambiguous(..)
    )
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

    #[test]
    fn a_span_across_the_clocks_going_back_names_the_offsets() {
        let zone: Tz = "Europe/Stockholm".parse().expect("known zone");
        let at = |utc: &str| parse_utc(utc).expect("a time");
        // 28 October 2018: 03:00 CEST became 02:00 CET.
        assert_eq!(
            local_span(at("2018-10-28T00:00:00Z"), at("2018-10-28T01:00:00Z"), zone),
            "02:00 CEST–02:00 CET"
        );
        assert_eq!(
            local_span(at("2018-10-27T23:30:00Z"), at("2018-10-28T01:30:00Z"), zone),
            "01:30 CEST–02:30 CET"
        );
        // Within the repeated hour, both ends in winter time: still ambiguous on the wall.
        assert_eq!(
            local_span(at("2018-10-28T01:05:00Z"), at("2018-10-28T01:50:00Z"), zone),
            "02:05 CET–02:50 CET"
        );
        // Spring forward: 02:00 CET became 03:00 CEST.
        assert_eq!(
            local_span(at("2018-03-25T00:30:00Z"), at("2018-03-25T01:30:00Z"), zone),
            "01:30 CET–03:30 CEST"
        );
        assert_eq!(
            local_span(at("2018-07-09T08:00:00Z"), at("2018-07-09T08:45:00Z"), zone),
            "10:00–10:45"
        );
    }
}
