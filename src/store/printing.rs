//! Badge printing: when each badge was printed, and the ribbon colours an organizer chose.

use super::{Store, StoreError, Timestamp};

/// Settings keys `ribbon_colour.<ticket type>` hold `#RRGGBB`.
pub const RIBBON_COLOUR_PREFIX: &str = "ribbon_colour.";

impl Store {
    /// Records that the badges of `ids` were printed now, all in one transaction (called only
    /// once the PDF or PNGs are written). Returns the time written.
    pub fn mark_printed(&mut self, ids: &[i64]) -> Result<Timestamp, StoreError> {
        let at = Timestamp::now();
        let tx = self.write()?;
        {
            let mut stmt = tx.prepare("UPDATE attendee SET printed_at = ?1 WHERE id = ?2")?;
            for id in ids {
                stmt.execute(rusqlite::params![at, id])?;
            }
        }
        tx.commit()?;
        Ok(at)
    }

    /// The ribbon colours set for this event, as `(ticket type, "#RRGGBB")`.
    pub fn ribbon_colour_settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT key, value FROM setting WHERE key LIKE 'ribbon\\_colour.%' ESCAPE '\\'",
        )?;
        let rows = stmt.query_map([], |row| {
            let key: String = row.get(0)?;
            let value: String = row.get(1)?;
            let ticket_type = key.strip_prefix(RIBBON_COLOUR_PREFIX).unwrap_or(&key);
            Ok((ticket_type.to_string(), value))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Sets the ribbon colour of a ticket type for every desk of the event.
    pub fn set_ribbon_colour(&mut self, ticket_type: &str, hex: &str) -> Result<(), StoreError> {
        self.set_setting(
            &format!("{RIBBON_COLOUR_PREFIX}{}", ticket_type.trim()),
            hex,
        )
    }
}
