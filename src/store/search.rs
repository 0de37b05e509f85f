//! The text name searches read: everyone for the desk's search index, and the admitted people
//! not checked in yet for the dashboard's "who is missing". How the text is matched and ranked
//! is `crate::search`'s and `crate::dashboard`'s.

use rusqlite::Row;

use super::{Store, StoreError};

/// One person's searchable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRow {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub company: String,
    pub email: String,
    pub ticket_type: String,
}

const SELECT_SEARCH_ROW: &str = "SELECT a.id, a.first_name, a.last_name, a.display_name, \
     a.company, a.email, a.ticket_type FROM attendee a";

fn search_row(row: &Row<'_>) -> rusqlite::Result<SearchRow> {
    Ok(SearchRow {
        id: row.get(0)?,
        first_name: row.get(1)?,
        last_name: row.get(2)?,
        display_name: row.get(3)?,
        company: row.get(4)?,
        email: row.get(5)?,
        ticket_type: row.get(6)?,
    })
}

impl Store {
    /// Everyone in the database.
    pub(crate) fn search_rows(&self) -> Result<Vec<SearchRow>, StoreError> {
        let mut stmt = self.conn.prepare(SELECT_SEARCH_ROW)?;
        let rows = stmt.query_map([], search_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Admitted people who are not checked in on event day `day`; with `came_earlier`, only
    /// those checked in on an earlier day.
    pub(crate) fn not_arrived_rows(
        &self,
        day: chrono::NaiveDate,
        came_earlier: bool,
    ) -> Result<Vec<SearchRow>, StoreError> {
        let sql = format!(
            "{SELECT_SEARCH_ROW}
             WHERE a.status = 'admitted'
               AND NOT EXISTS (SELECT 1 FROM presence p WHERE p.attendee_id = a.id AND p.day = ?1)
               AND (NOT ?2 OR EXISTS (SELECT 1 FROM presence q
                                      WHERE q.attendee_id = a.id AND q.day < ?1))"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params![day.to_string(), came_earlier], search_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
