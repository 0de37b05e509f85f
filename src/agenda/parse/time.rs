//! Clock times, durations and local times as agenda files write them.

use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Utc,
};
use chrono_tz::Tz;

use super::{AgendaError, Place};

/// A wall-clock time of a conference day: `09:30`, `9:30`, `09:30:00`; `24:30` (up to `47:59`) is
/// 00:30 on the next date. Returns the days to add to the day's date, and the time.
pub(super) fn clock(text: &str) -> Option<(u32, NaiveTime)> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (*h, *m, "0"),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if m.len() != 2 || !(1..=2).contains(&h.len()) || s.len() > 2 {
        return None;
    }
    let (h, m, s) = (number(h)?, number(m)?, number(s)?);
    if h >= 48 {
        return None;
    }
    Some((h / 24, NaiveTime::from_hms_opt(h % 24, m, s)?))
}

fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A session length: `00:45`, `0:45`, `01:30:00`; with `words`, also `45m`, `1h`, `1h30m`,
/// `1h 30m`.
pub(super) fn duration(text: &str, words: bool) -> Option<Duration> {
    let text = text.trim();
    if text.contains(':') {
        let parts: Vec<&str> = text.split(':').collect();
        let (h, m, s) = match parts.as_slice() {
            [h, m] => (*h, *m, "00"),
            [h, m, s] => (*h, *m, *s),
            _ => return None,
        };
        if m.len() != 2 || s.len() != 2 {
            return None;
        }
        let (h, m, s) = (number(h)?, number(m)?, number(s)?);
        if m >= 60 || s >= 60 || h > 24 * 14 {
            return None;
        }
        return Some(Duration::seconds(i64::from(h * 3600 + m * 60 + s)));
    }
    if !words || text.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut rest = text;
    let mut seen_unit = false;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let value: i64 = rest[..digits].parse().ok()?;
        rest = rest[digits..].trim_start();
        let unit = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let factor = match &rest[..unit] {
            "h" => 3600,
            "m" | "min" => 60,
            _ => return None,
        };
        total = total.checked_add(value.checked_mul(factor)?)?;
        rest = rest[unit..].trim_start();
        seen_unit = true;
    }
    (seen_unit && total <= 14 * 24 * 3600).then(|| Duration::seconds(total))
}

/// The end of a session that lasts `length`; a duration that leaves the calendar is unreadable.
pub(super) fn end_after(
    start: DateTime<Utc>,
    length: Duration,
    at: &Place,
    value: &str,
) -> Result<DateTime<Utc>, AgendaError> {
    start
        .checked_add_signed(length)
        .ok_or_else(|| AgendaError::BadDuration {
            at: at.clone(),
            value: value.trim().to_string(),
        })
}

/// A date as `YYYY-MM-DD`.
pub(super) fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A local wall-clock time in `zone` as an instant. A time the clocks skip is an error; one
/// they pass twice (the autumn change) is its first occurrence.
pub(super) fn local(
    zone: Tz,
    when: NaiveDateTime,
    at: impl FnOnce() -> Place,
) -> Result<DateTime<Utc>, AgendaError> {
    match zone.from_local_datetime(&when) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(AgendaError::NonexistentLocalTime {
            at: at(),
            local: when.format("%Y-%m-%d %H:%M").to_string(),
            zone: zone.name().to_string(),
        }),
    }
}

/// An ISO 8601 date and time: with a UTC offset it is that instant; without one it is local
/// time in `zone`. `None` when it cannot be read.
pub(super) fn iso(
    text: &str,
    zone: Tz,
    at: impl FnOnce() -> Place,
) -> Option<Result<DateTime<Utc>, AgendaError>> {
    let text = text.trim();
    if let Some(t) = with_offset(text) {
        return Some(Ok(t.with_timezone(&Utc)));
    }
    let naive = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())?;
    Some(local(zone, naive, at))
}

fn with_offset(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok().or_else(|| {
        [
            "%Y-%m-%dT%H:%M:%S%.f%z",
            "%Y-%m-%dT%H:%M%:z",
            "%Y-%m-%dT%H:%M%z",
        ]
        .iter()
        .find_map(|f| DateTime::parse_from_str(text, f).ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Stockholm;

    #[test]
    fn clock_times() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(clock("09:30"), Some((0, t(9, 30))));
        assert_eq!(clock("9:30"), Some((0, t(9, 30))));
        assert_eq!(clock("09:30:00"), Some((0, t(9, 30))));
        assert_eq!(clock("24:30"), Some((1, t(0, 30))));
        for bad in [
            "", "930", "09:3", "09:60", "48:00", "nine", "-1:00", "09:30 am",
        ] {
            assert_eq!(clock(bad), None, "{bad}");
        }
    }

    #[test]
    fn durations() {
        let m = Duration::minutes;
        assert_eq!(duration("00:45", false), Some(m(45)));
        assert_eq!(duration("1:30", false), Some(m(90)));
        assert_eq!(duration("01:30:00", false), Some(m(90)));
        assert_eq!(duration("45m", false), None);
        assert_eq!(duration("45m", true), Some(m(45)));
        assert_eq!(duration("1h30m", true), Some(m(90)));
        assert_eq!(duration("1h 30m", true), Some(m(90)));
        for bad in ["", "00:75", "1:5", "one hour", "1x", "h", "1h30"] {
            assert_eq!(duration(bad, true), None, "{bad}");
        }
    }

    #[test]
    fn local_times_in_summer_time_changes() {
        let at = || Place::file("a");
        let when = |s| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        // Autumn: 02:30 happens twice; the first (summer time, +02:00) is taken.
        let t = local(Stockholm, when("2018-10-28 02:30"), at).unwrap();
        assert_eq!(t.to_rfc3339(), "2018-10-28T00:30:00+00:00");
        // Spring: 02:30 never happens.
        let err = local(Stockholm, when("2018-03-25 02:30"), at).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        let t = iso("2018-10-28T02:30:00+01:00", Stockholm, at)
            .unwrap()
            .unwrap();
        assert_eq!(t.to_rfc3339(), "2018-10-28T01:30:00+00:00");
        assert!(iso("yesterday", Stockholm, at).is_none());
    }
}
