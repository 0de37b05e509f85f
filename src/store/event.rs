//! The event itself: one row, named by the organizer.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub name: String,
    pub venue: String,
    /// IANA name, e.g. `Europe/Stockholm`.
    pub time_zone: String,
    /// `YYYY-MM-DD`
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
}

impl Store {
    pub fn event(&self) -> Result<Option<Event>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, venue, time_zone, starts_on, ends_on FROM event WHERE id = 1",
                [],
                |row| {
                    Ok(Event {
                        name: row.get(0)?,
                        venue: row.get(1)?,
                        time_zone: row.get(2)?,
                        starts_on: row.get(3)?,
                        ends_on: row.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn set_event(&mut self, event: &Event) -> Result<(), StoreError> {
        let tx = self.write()?;
        write_event(&tx, event)?;
        tx.commit()?;
        Ok(())
    }
}

pub(super) fn write_event(tx: &rusqlite::Transaction<'_>, event: &Event) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO event (id, name, venue, time_zone, starts_on, ends_on)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, venue = excluded.venue,
                time_zone = excluded.time_zone, starts_on = excluded.starts_on,
                ends_on = excluded.ends_on",
        rusqlite::params![
            event.name,
            event.venue,
            event.time_zone,
            event.starts_on,
            event.ends_on
        ],
    )?;
    Ok(())
}
