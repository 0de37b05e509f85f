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

/// What the command line, the desk and the console say when opening the database finished
/// an erase that had been cut short.
pub const FINISHED_ERASE: &str = "An erase of the attendee data had been cut short (the \
    computer stopped in the middle); it was finished as the database opened, and no attendee \
    data is left in the file.";

/// The same guard schema version 5 installs; put back before the erase commits.
const LOG_DELETE_GUARD: &str = "
    CREATE TRIGGER checkin_log_is_append_only_delete BEFORE DELETE ON checkin_log
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;";

impl Store {
    /// Deletes all attendee data in one transaction, then rewrites the file so that the deleted
    /// rows cannot be read back from free pages or the write-ahead log.
    pub fn erase_attendee_data(&mut self) -> Result<EraseReport, StoreError> {
        let tx = self.write()?;
        let mut report = delete_attendee_data(&tx)?;
        tx.commit()?;
        crate::fault::point("erase-deleted");
        report.checkpointed = self.compact()?;
        tracing::info!(?report, "erased attendee data");
        Ok(report)
    }

    /// Erases this desk's copy because its hub erased the event's attendee data (generation
    /// `generation` of erasing there): the scans still waiting for the hub go too, since the
    /// people they name are gone, and nothing of it is sent back to the hub.
    pub fn erase_as_hub_did(&mut self, generation: i64) -> Result<(EraseReport, u64), StoreError> {
        let tx = self.write()?;
        tx.execute("UPDATE hub_link SET applying = 1", [])?;
        let mut report = delete_attendee_data(&tx)?;
        let discarded = tx.execute("DELETE FROM hub_journal WHERE synced_at IS NULL", [])? as u64;
        tx.execute("DELETE FROM hub_journal", [])?;
        tx.execute("DELETE FROM hub_outbox WHERE kind = 'attendee'", [])?;
        tx.execute(
            "UPDATE hub_link SET applying = 0, erased = ?1",
            [generation],
        )?;
        tx.commit()?;
        crate::fault::point("erase-deleted");
        report.checkpointed = self.compact()?;
        tracing::info!(?report, discarded, "erased this copy as the hub did");
        Ok((report, discarded))
    }

    /// The erase generation of the hub this copy has followed.
    pub fn hub_erased(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(erased), 0) FROM hub_link", [], |r| {
                r.get(0)
            })?)
    }

    /// Whether this copy holds anyone's personal data.
    pub fn holds_attendee_data(&self) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM attendee)", [], |r| r.get(0))?)
    }

    /// Rewrites the file from the remaining rows; false when a reader kept the WAL in use.
    /// The erase stays pending (and is finished at the next open) until the file holds none
    /// of the deleted rows.
    pub(super) fn compact(&self) -> Result<bool, StoreError> {
        // VACUUM rebuilds the file from the remaining rows only; the checkpoint then moves the
        // rebuilt pages into the main file and empties the write-ahead log.
        self.conn.execute_batch("VACUUM")?;
        let checkpointed = self.checkpoint()?;
        if checkpointed {
            self.conn.execute("DELETE FROM erase_pending", [])?;
            self.checkpoint()?;
        }
        Ok(checkpointed)
    }

    /// Finishes an erase that was cut short after its delete (a kill, a power cut): rewrites
    /// the file before anything else reads it. True when there was one to finish.
    pub(super) fn finish_pending_erase(&self) -> Result<bool, StoreError> {
        let pending: bool =
            self.conn
                .query_row("SELECT EXISTS (SELECT 1 FROM erase_pending)", [], |row| {
                    row.get(0)
                })?;
        if !pending {
            return Ok(false);
        }
        let checkpointed = self.compact()?;
        tracing::warn!(
            checkpointed,
            "finished an erase of the attendee data that had been cut short"
        );
        Ok(true)
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

/// Deletes every person, code, log entry and edit inside the caller's transaction.
pub(super) fn delete_attendee_data(
    tx: &rusqlite::Transaction<'_>,
) -> Result<EraseReport, StoreError> {
    let mut report = EraseReport::default();
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
    tx.execute(
        "INSERT INTO erase_pending (started_at) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
        [],
    )?;
    Ok(report)
}
