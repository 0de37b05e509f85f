//! Erasing everyone's personal data after the event, as data-protection rules ask: people, their
//! codes, the check-in log and edits go; the event, its agenda and the settings stay, so the
//! same database can serve next year's event.

use serde::Serialize;

use super::{Store, StoreError};

/// How many rows the erase removed, and whether the file was fully rewritten.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EraseReport {
    pub attendees: u64,
    pub ticket_codes: u64,
    pub log_entries: u64,
    pub changes: u64,
    /// False when another desk still had the database open for reading, so the write-ahead
    /// file could not be emptied yet; it is emptied the next time nobody reads.
    pub checkpointed: bool,
}

/// The same guard schema version 5 installs; put back before the erase commits.
const LOG_DELETE_GUARD: &str = "
    CREATE TRIGGER checkin_log_is_append_only_delete BEFORE DELETE ON checkin_log
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;";

impl Store {
    /// Deletes all attendee data in one transaction, then rewrites the file so that the deleted
    /// rows cannot be read back from free pages or the write-ahead log.
    pub fn erase_attendee_data(&mut self) -> Result<EraseReport, StoreError> {
        let mut report = EraseReport::default();
        let tx = self.write()?;
        // The log refuses deletes; the guard is lifted only inside this transaction, so no
        // other connection ever sees the log unguarded.
        tx.execute_batch("DROP TRIGGER checkin_log_is_append_only_delete")?;
        tx.execute("DELETE FROM presence", [])?;
        report.changes = tx.execute("DELETE FROM attendee_change", [])? as u64;
        tx.execute("DELETE FROM attendee_import_value", [])?;
        report.log_entries = tx.execute("DELETE FROM checkin_log", [])? as u64;
        report.ticket_codes = tx.execute("DELETE FROM ticket_code", [])? as u64;
        report.attendees = tx.execute("DELETE FROM attendee", [])? as u64;
        tx.execute_batch(LOG_DELETE_GUARD)?;
        tx.commit()?;
        // VACUUM rebuilds the file from the remaining rows only; the checkpoint then moves the
        // rebuilt pages into the main file and empties the write-ahead log.
        self.conn.execute_batch("VACUUM")?;
        report.checkpointed = self.checkpoint()?;
        tracing::info!(?report, "erased attendee data");
        Ok(report)
    }

    /// Copies the write-ahead log into the database file and truncates it. False when a reader
    /// at another desk kept part of it in use.
    fn checkpoint(&self) -> Result<bool, StoreError> {
        let (busy, _, _): (i64, i64, i64) =
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })?;
        Ok(busy == 0)
    }
}
