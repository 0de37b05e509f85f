//! Organizers correcting a person (a misspelt name, the wrong ticket type), with every change
//! logged: who changed what, where and when.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::attendees::{Attendee, attendee_by_id};
use super::{Store, StoreError, Timestamp};
use crate::import::join_name;

/// The fields an organizer can correct, all given: the form shows the current values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttendeeEdit {
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub ticket_type: String,
}

impl AttendeeEdit {
    /// The form filled with a person's current values.
    pub fn of(attendee: &Attendee) -> AttendeeEdit {
        AttendeeEdit {
            first_name: attendee.first_name.clone(),
            last_name: attendee.last_name.clone(),
            company: attendee.company.clone(),
            ticket_type: attendee.ticket_type.clone(),
        }
    }
}

/// One changed field of one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttendeeChange {
    pub id: i64,
    pub attendee_id: i64,
    pub at: Timestamp,
    pub desk: String,
    /// The column name: first_name, last_name, display_name, company or ticket_type.
    pub field: String,
    pub old: String,
    pub new: String,
}

impl Store {
    /// Applies an organizer's corrections to one person in one transaction, logging one row
    /// per changed field. Returns the person as they now are.
    pub fn edit_attendee(
        &mut self,
        id: i64,
        edit: &AttendeeEdit,
        desk: &str,
    ) -> Result<Attendee, StoreError> {
        let edit = cleaned(edit);
        if edit.first_name.is_empty() && edit.last_name.is_empty() {
            return Err(StoreError::EmptyName);
        }
        let day = self.today()?.date;
        let tx = self.write()?;
        let current = attendee_by_id(&tx, id, day)?.ok_or(StoreError::NoSuchAttendee(id))?;
        let changes = changed_fields(&current, &edit);
        if !changes.is_empty() {
            apply(&tx, id, &edit, &changes, desk)?;
        }
        let updated = attendee_by_id(&tx, id, day)?.ok_or(StoreError::NoSuchAttendee(id))?;
        tx.commit()?;
        Ok(updated)
    }

    /// A person's logged changes, oldest first.
    pub fn attendee_changes(&self, id: i64) -> Result<Vec<AttendeeChange>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, attendee_id, at, desk, field, old, new FROM attendee_change
             WHERE attendee_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |row| {
            Ok(AttendeeChange {
                id: row.get(0)?,
                attendee_id: row.get(1)?,
                at: row.get(2)?,
                desk: row.get(3)?,
                field: row.get(4)?,
                old: row.get(5)?,
                new: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Values as an import would store them: trimmed, inner runs of spaces made one.
fn cleaned(edit: &AttendeeEdit) -> AttendeeEdit {
    let clean = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    AttendeeEdit {
        first_name: clean(&edit.first_name),
        last_name: clean(&edit.last_name),
        company: clean(&edit.company),
        ticket_type: clean(&edit.ticket_type),
    }
}

/// `(column, old, new)` for each field the edit changes. The badge name follows the first and
/// last name the way an import without a full-name column builds it; when neither name changes,
/// a full name the import brought (`Pachet, François`) is kept.
fn changed_fields(current: &Attendee, edit: &AttendeeEdit) -> Vec<(&'static str, String, String)> {
    let names_changed =
        current.first_name != edit.first_name || current.last_name != edit.last_name;
    let display_name = if names_changed {
        join_name(&edit.first_name, &edit.last_name)
    } else {
        current.display_name.clone()
    };
    [
        ("first_name", &current.first_name, &edit.first_name),
        ("last_name", &current.last_name, &edit.last_name),
        ("display_name", &current.display_name, &display_name),
        ("company", &current.company, &edit.company),
        ("ticket_type", &current.ticket_type, &edit.ticket_type),
    ]
    .into_iter()
    .filter(|(_, old, new)| old != new)
    .map(|(field, old, new)| (field, old.clone(), new.clone()))
    .collect()
}

fn apply(
    conn: &Connection,
    id: i64,
    edit: &AttendeeEdit,
    changes: &[(&'static str, String, String)],
    desk: &str,
) -> Result<(), StoreError> {
    let now = Timestamp::now();
    let display_name = changes
        .iter()
        .find(|(field, _, _)| *field == "display_name")
        .map(|(_, _, new)| new.as_str());
    conn.execute(
        "UPDATE attendee SET first_name = ?2, last_name = ?3, company = ?4, ticket_type = ?5,
             display_name = coalesce(?6, display_name), updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            edit.first_name,
            edit.last_name,
            edit.company,
            edit.ticket_type,
            display_name,
            now
        ],
    )?;
    let mut log = conn.prepare_cached(
        "INSERT INTO attendee_change (attendee_id, at, desk, field, old, new)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (field, old, new) in changes {
        log.execute(params![id, now, desk, field, old, new])?;
        super::corrections::remember_before_correction(conn, id, field, old)?;
    }
    Ok(())
}
