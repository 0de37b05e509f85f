//! An organizer's own event in a database that has none yet, or only the sample event the
//! program loads on its first start. Naming it replaces the sample's people, check-ins and
//! agenda in the same transaction, so no desk ever shows the sample's people under the
//! organizer's event name.

use serde::Serialize;

use super::erase::{EraseReport, delete_attendee_data};
use super::event::{Event, read_event, write_event};
use super::{Store, StoreError, read_setting};

/// The setting that marks the sample event; the sample sets it, naming an own event clears it.
const SAMPLE_SETTING: &str = "sample_event";

/// Whether the database holds an event an organizer named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventState {
    /// The organizer's event.
    Named,
    /// No event yet, or one without a name: the desks would say "Unnamed event".
    Unnamed,
    /// The sample event the program loaded into an empty database.
    Sample,
}

impl EventState {
    /// Whether importing a list should first ask for the event.
    pub fn needs_an_event(self) -> bool {
        self != EventState::Named
    }
}

/// What naming the event did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnEventReport {
    pub event: Event,
    /// The sample's people, codes and log entries that were removed, when it was the sample.
    pub removed_sample: Option<EraseReport>,
}

impl Store {
    pub fn event_state(&self) -> Result<EventState, StoreError> {
        state_in(&self.conn)
    }

    /// Refuses to mix a registrant list into the sample event: the organizer's list goes into
    /// their own event.
    pub fn refuse_the_sample(&self) -> Result<(), StoreError> {
        match self.event_state()? {
            EventState::Sample => Err(StoreError::SampleEvent),
            EventState::Named | EventState::Unnamed => Ok(()),
        }
    }

    /// Marks the event just loaded as the sample.
    pub(crate) fn mark_sample(&mut self) -> Result<(), StoreError> {
        self.set_setting(SAMPLE_SETTING, "1")
    }

    /// Saves `event` (checked by the event's rules) as this database's event; when the
    /// database held the sample event, its registrants, check-ins and agenda go in the same
    /// transaction, and the file is rewritten without them.
    pub fn start_own_event(&mut self, event: Event) -> Result<OwnEventReport, StoreError> {
        let event = event.validated()?;
        let on_hub = self.hub_link()?.is_some();
        let tx = self.write()?;
        let sample = state_in(&tx)? == EventState::Sample;
        if sample && on_hub {
            // The sample's people are the hub's too: only an erase reaches every desk. After
            // one, the event is named here and, with the sample's agenda gone, reaches the hub
            // through the outbox as any change does.
            let people: i64 = tx.query_row("SELECT count(*) FROM attendee", [], |r| r.get(0))?;
            if people > 0 {
                return Err(StoreError::SampleOnHub);
            }
        }
        let removed_sample = if sample {
            let report = delete_attendee_data(&tx)?;
            tx.execute("DELETE FROM agenda_session", [])?;
            tx.execute("DELETE FROM agenda_room", [])?;
            Some(report)
        } else {
            None
        };
        write_event(&tx, &event)?;
        tx.execute("DELETE FROM setting WHERE key = ?1", [SAMPLE_SETTING])?;
        tx.commit()?;
        if let Some(report) = &removed_sample {
            // Finishes like an erase; the erase left pending is finished at the next open.
            let checkpointed = self.compact()?;
            tracing::info!(?report, checkpointed, "replaced the sample event");
        }
        Ok(OwnEventReport {
            event,
            removed_sample,
        })
    }
}

fn state_in(conn: &rusqlite::Connection) -> Result<EventState, StoreError> {
    if read_setting(conn, SAMPLE_SETTING)?.as_deref() == Some("1") {
        return Ok(EventState::Sample);
    }
    Ok(match read_event(conn)? {
        Some(event) if !event.name.trim().is_empty() => EventState::Named,
        _ => EventState::Unnamed,
    })
}
