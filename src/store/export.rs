//! What the check-in log export reads: every entry, oldest first, with the person it is about.
//! The CSV's columns and wording are `crate::export`'s.

use super::{LogAction, Store, StoreError, Timestamp};
use crate::code::BadgeCode;

/// One log entry with the person's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogExportRow {
    pub at: Timestamp,
    pub action: LogAction,
    pub desk: String,
    pub badge_code: BadgeCode,
    pub display_name: String,
    pub email: String,
    pub company: String,
    pub ticket_type: String,
    /// The event day the entry belongs to.
    pub day: chrono::NaiveDate,
}

impl Store {
    /// Hands each entry of the log to `each`, oldest first, without holding the whole log in
    /// memory; stops at the first error `each` returns.
    pub(crate) fn each_log_export_row<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(LogExportRow) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT l.at, l.action, l.desk, a.badge_code, a.display_name, a.email, a.company,
                        a.ticket_type, l.day
                 FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id ORDER BY l.id",
            )
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([]).map_err(StoreError::from)?;
        while let Some(row) = rows.next().map_err(StoreError::from)? {
            let read = || -> rusqlite::Result<LogExportRow> {
                Ok(LogExportRow {
                    at: row.get(0)?,
                    action: row.get(1)?,
                    desk: row.get(2)?,
                    badge_code: BadgeCode::from_canonical(&row.get::<_, String>(3)?),
                    display_name: row.get(4)?,
                    email: row.get(5)?,
                    company: row.get(6)?,
                    ticket_type: row.get(7)?,
                    day: super::timestamp::date(row, 8)?,
                })
            };
            each(read().map_err(StoreError::from)?)?;
        }
        Ok(())
    }
}
