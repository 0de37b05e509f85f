//! What the organizer's dashboard reads from the log and the edits. Counting, binning and
//! naming the entries are `crate::dashboard`'s.

use chrono::{DateTime, Utc};

use super::{LogAction, Store, StoreError, Timestamp};

/// A check-in that stands (not undone since): where and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandingCheckIn {
    pub desk: String,
    pub at: DateTime<Utc>,
}

/// A log entry as the dashboard lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedAction {
    pub at: DateTime<Utc>,
    pub desk: String,
    /// The person's display name.
    pub attendee: String,
    pub action: LogAction,
    /// The person was added at a desk (source `walk-in:<desk>`) and this is their first
    /// entry: the check-in that followed adding them.
    pub walk_in: bool,
}

/// An organizer's correction of one person, however many fields it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedEdit {
    pub at: DateTime<Utc>,
    pub desk: String,
    /// The person's display name.
    pub attendee: String,
}

impl Store {
    /// The check-ins that stand on event day `day`.
    pub(crate) fn standing_check_ins(
        &self,
        day: chrono::NaiveDate,
    ) -> Result<Vec<StandingCheckIn>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.desk, l.at FROM presence p JOIN checkin_log l ON l.id = p.log_id
             WHERE p.day = ?1",
        )?;
        let rows = stmt.query_map([day.to_string()], |row| {
            Ok(StandingCheckIn {
                desk: row.get(0)?,
                at: row.get::<_, Timestamp>(1)?.utc(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest `limit` log entries, newest first.
    pub(crate) fn logged_actions(&self, limit: usize) -> Result<Vec<LoggedAction>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.at, l.desk, a.display_name, l.action,
                    a.source LIKE 'walk-in:%' AND l.id =
                        (SELECT min(m.id) FROM checkin_log m WHERE m.attendee_id = a.id)
             FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id
             ORDER BY l.id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |row| {
            Ok(LoggedAction {
                at: row.get::<_, Timestamp>(0)?.utc(),
                desk: row.get(1)?,
                attendee: row.get(2)?,
                action: row.get(3)?,
                walk_in: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest `limit` edits, newest first; the fields an edit changed at once are one.
    pub(crate) fn logged_edits(&self, limit: usize) -> Result<Vec<LoggedEdit>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.at, c.desk, a.display_name
             FROM attendee_change c JOIN attendee a ON a.id = c.attendee_id
             GROUP BY c.attendee_id, c.at, c.desk ORDER BY max(c.id) DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |row| {
            Ok(LoggedEdit {
                at: row.get::<_, Timestamp>(0)?.utc(),
                desk: row.get(1)?,
                attendee: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
