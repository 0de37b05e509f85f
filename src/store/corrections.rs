//! Organizers' corrections that a re-import must not undo. When an organizer corrects a field
//! that came from an import, the value it came in as is kept here; a later import of the same
//! value keeps the correction, and an import that brings a new value (the source itself changed
//! the field) replaces it and says so, with both values.
//!
//! Only corrected fields have a row, so an import of people nobody corrected writes nothing
//! here.

use std::collections::HashMap;

use rusqlite::{Connection, params};
use serde::Serialize;

use super::StoreError;

/// A corrected field whose source brought a different value than before: the import took the
/// source's value, and the report shows both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReplacedCorrection {
    /// The row of the file.
    pub row: usize,
    pub attendee_id: i64,
    pub field: String,
    /// What the organizer had corrected the field to.
    pub corrected: String,
    /// What the file now says.
    pub imported: String,
}

impl ReplacedCorrection {
    /// For the import report: `Row 12: company is now "Spotify AB" as the file says; it had
    /// been corrected to "Spotify"`.
    pub fn describe(&self) -> String {
        format!(
            "{} is now \"{}\" as the file says; it had been corrected to \"{}\"",
            self.field.replace('_', " "),
            self.imported,
            self.corrected
        )
    }
}

impl ReplacedCorrection {
    /// [`ReplacedCorrection::describe`] in the organizer's language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        let field = match self.field.as_str() {
            "first_name" => t.tr("walk-in-first-name"),
            "last_name" => t.tr("walk-in-last-name"),
            "email" => t.tr("walk-in-email"),
            "company" => t.tr("walk-in-company"),
            "ticket_type" => t.tr("walk-in-ticket-type"),
            other => other.replace('_', " "),
        };
        t.tr_with(
            "import-correction-replaced",
            &[
                ("field", field.into()),
                ("imported", self.imported.as_str().into()),
                ("corrected", self.corrected.as_str().into()),
            ],
        )
    }
}

/// [`kept_sentence`] in the organizer's language.
pub fn kept_sentence_in(kept: u64, t: &crate::language::Texts) -> Option<String> {
    (kept > 0).then(|| t.tr_with("import-corrections-kept", &[("count", kept.into())]))
}

/// "Kept 3 corrections made in frontdesk", or nothing when there were none.
pub fn kept_sentence(kept: u64) -> Option<String> {
    match kept {
        0 => None,
        1 => Some("Kept 1 correction made in frontdesk".to_string()),
        n => Some(format!("Kept {n} corrections made in frontdesk")),
    }
}

/// What one field of a person becomes on a re-import.
#[derive(Debug, PartialEq, Eq)]
pub enum Merge {
    /// Not corrected (or corrected back): the file's value.
    Source,
    /// Corrected, and the file brings what it brought before: the correction stays.
    KeepCorrection,
    /// Corrected, but the file brings a new value: the file's value, reported.
    SourceChanged,
}

/// The values corrected fields came in as, by person and field, read once per import.
#[derive(Default)]
pub struct ImportedValues(HashMap<(i64, String), String>);

impl ImportedValues {
    pub fn load(conn: &Connection) -> Result<ImportedValues, StoreError> {
        let mut stmt =
            conn.prepare("SELECT attendee_id, field, value FROM attendee_import_value")?;
        let rows = stmt.query_map([], |row| Ok(((row.get(0)?, row.get(1)?), row.get(2)?)))?;
        Ok(ImportedValues(rows.collect::<Result<_, _>>()?))
    }

    /// How `field` of person `id` merges, given its stored and its newly imported value.
    pub fn merge(&self, id: i64, field: &str, stored: &str, incoming: &str) -> Merge {
        let Some(came_in_as) = self.0.get(&(id, field.to_owned())) else {
            return Merge::Source;
        };
        if stored == came_in_as {
            Merge::Source
        } else if incoming == came_in_as {
            Merge::KeepCorrection
        } else {
            Merge::SourceChanged
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The file's value now stands for `field`: nothing is corrected there any more.
pub fn forget(conn: &Connection, id: i64, field: &str) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM attendee_import_value WHERE attendee_id = ?1 AND field = ?2")?
        .execute(params![id, field])?;
    Ok(())
}

/// An organizer corrects `field`, which holds `before`: when it is the first correction since
/// the value came in, `before` is what it came in as.
pub fn remember_before_correction(
    conn: &Connection,
    id: i64,
    field: &str,
    before: &str,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO attendee_import_value (attendee_id, field, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (attendee_id, field) DO NOTHING",
    )?
    .execute(params![id, field, before])?;
    Ok(())
}
