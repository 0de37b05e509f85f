//! Instants as the database stores them: check-ins, undos, edits, prints, imports.
//!
//! The text format is `2018-07-09T07:42:13.123Z` (UTC, milliseconds) and belongs to this type
//! alone: `ToSql`, `Serialize` and `Display` write it, so what a database holds, what
//! `--json` prints and what a CSV export shows are the same text. It sorts as text, which the
//! log's indexes and every database written so far rely on. rusqlite's own `chrono` support
//! would write `2018-07-09 07:42:13.123+00:00` instead (a space, an offset), which neither
//! sorts with the existing rows nor matches the exports, hence this newtype rather than that
//! feature. Reading accepts any RFC 3339 text, so a row an older writer left still reads.

use std::fmt;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Serialize, Serializer};

const FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.3fZ";

/// A UTC instant to the millisecond, as stored: a value equals what reading it back gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

/// Text in a time column that is no instant: the database was edited by hand or damaged.
#[derive(Debug, thiserror::Error)]
#[error("{0:?} is not a time (expected e.g. 2018-07-09T07:42:13.123Z)")]
pub struct NotATimestamp(String);

impl Timestamp {
    pub fn now() -> Timestamp {
        Timestamp::from(Utc::now())
    }

    /// Any RFC 3339 instant, whatever its offset or precision.
    pub fn parse(text: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|at| Timestamp::from(at.with_timezone(&Utc)))
    }

    pub fn utc(self) -> DateTime<Utc> {
        self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    /// Kept to the millisecond the text holds, so that what is written is what is read.
    fn from(at: DateTime<Utc>) -> Timestamp {
        Timestamp(at.trunc_subsecs(3))
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(at: Timestamp) -> DateTime<Utc> {
        at.0
    }
}

impl From<&Timestamp> for DateTime<Utc> {
    fn from(at: &Timestamp) -> DateTime<Utc> {
        at.0
    }
}

impl fmt::Display for Timestamp {
    /// Written field by field: every check-in and every imported person stamps one, and
    /// chrono's `format` reads its pattern again each time.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use chrono::{Datelike, Timelike};
        let at = self.0;
        // Years of other than four digits and leap seconds as chrono writes them.
        if !(0..=9999).contains(&at.year()) || at.nanosecond() >= 1_000_000_000 {
            return write!(f, "{}", at.format(FORMAT));
        }
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            at.second(),
            at.timestamp_subsec_millis(),
        )
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for Timestamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Timestamp> {
        let text = value.as_str()?;
        Timestamp::parse(text)
            .ok_or_else(|| FromSqlError::Other(Box::new(NotATimestamp(text.to_string()))))
    }
}

/// An event day (`2018-07-09`) in column `index` of `row`.
pub(crate) fn date(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<chrono::NaiveDate> {
    let text: String = row.get(index)?;
    text.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;

    fn table() -> Connection {
        let conn = Connection::open_in_memory().expect("in-memory database");
        conn.execute_batch("CREATE TABLE t (at TEXT NOT NULL)")
            .expect("table");
        conn
    }

    #[test]
    fn a_timestamp_is_stored_as_sortable_utc_text_and_reads_back_equal() {
        let conn = table();
        let at = Timestamp::parse("2018-07-09T09:42:13.123456+02:00").expect("an instant");
        conn.execute("INSERT INTO t (at) VALUES (?1)", [at])
            .expect("written");
        let (text, back): (String, Timestamp) = conn
            .query_row("SELECT at, at FROM t", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .expect("read");
        assert_eq!(text, "2018-07-09T07:42:13.123Z");
        assert_eq!(back, at);
        assert_eq!(back.to_string(), text);
        assert_eq!(
            serde_json::to_string(&back).expect("serializes"),
            "\"2018-07-09T07:42:13.123Z\""
        );
    }

    #[test]
    fn the_text_is_what_the_format_pattern_writes() {
        let start = Timestamp::parse("1999-12-31T23:59:58.001Z").expect("an instant");
        for step in 0..5_000i64 {
            let at = Timestamp::from(
                start.utc() + chrono::Duration::milliseconds(step * 997 + step * step * 86_400),
            );
            assert_eq!(at.to_string(), at.utc().format(FORMAT).to_string());
        }
        let far = chrono::NaiveDate::from_ymd_opt(10_000, 1, 1)
            .and_then(|day| day.and_hms_opt(0, 0, 0))
            .map(|at| Timestamp::from(at.and_utc()))
            .expect("a representable instant");
        assert_eq!(far.to_string(), far.utc().format(FORMAT).to_string());
    }

    #[test]
    fn text_an_existing_database_holds_reads_back() {
        let conn = table();
        conn.execute_batch(
            "INSERT INTO t (at) VALUES ('2018-07-09T07:02:00.000Z'), ('2018-07-09T07:03:00Z');",
        )
        .expect("written");
        let read: Vec<String> = conn
            .prepare("SELECT at FROM t ORDER BY rowid")
            .expect("prepared")
            .query_map([], |row| row.get::<_, Timestamp>(0))
            .expect("read")
            .map(|at| at.expect("a time").to_string())
            .collect();
        assert_eq!(
            read,
            ["2018-07-09T07:02:00.000Z", "2018-07-09T07:03:00.000Z"]
        );
    }

    #[test]
    fn text_that_is_no_time_is_an_error_not_a_guess() {
        let conn = table();
        conn.execute_batch("INSERT INTO t (at) VALUES ('garbage')")
            .expect("written");
        let read = conn.query_row("SELECT at FROM t", [], |row| row.get::<_, Timestamp>(0));
        let error = read.expect_err("garbage is refused").to_string();
        assert!(error.contains("garbage"), "{error}");
    }

    #[test]
    fn now_is_kept_to_the_millisecond() {
        let now = Timestamp::now();
        assert_eq!(Timestamp::parse(&now.to_string()), Some(now));
    }
}
