//! The hub's outbox triggers (`hub_outbox_*` in the schema) note every change to people for
//! the next sync, but only while the desk is joined to a hub. Unjoined, each trigger still
//! runs, and because it could fail after its row was written SQLite keeps a statement journal
//! for every insert: about a tenth of a 100,000-person import spent writing nothing.

use rusqlite::Connection;
use rusqlite::config::DbConfig;

use super::StoreError;

/// Turns the connection's triggers off until dropped, when the desk has no hub to send
/// changes to. Take it inside a write transaction: nobody can join a hub until it ends, so
/// every trigger it silences would have written nothing.
pub(crate) struct QuietOutbox<'c> {
    conn: &'c Connection,
}

impl<'c> QuietOutbox<'c> {
    /// `None` when the desk is joined to a hub: then its triggers stay on.
    pub(crate) fn unless_joined(
        conn: &'c Connection,
    ) -> Result<Option<QuietOutbox<'c>>, StoreError> {
        let joined: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM hub_link)", [], |row| {
            row.get(0)
        })?;
        if joined {
            return Ok(None);
        }
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
        Ok(Some(QuietOutbox { conn }))
    }
}

impl Drop for QuietOutbox<'_> {
    fn drop(&mut self) {
        // Statements prepared without the triggers are re-prepared with them by SQLite.
        if let Err(error) = self
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)
        {
            tracing::error!(%error, "could not turn the outbox triggers back on");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn store(dir: &tempfile::TempDir) -> Store {
        Store::open(&dir.path().join("event.sqlite")).expect("database opens")
    }

    /// What `hub join` leaves behind that the triggers look at: the link.
    fn join(store: &Store) {
        store
            .conn
            .execute(
                "INSERT INTO hub_link (id, event_key, hub) VALUES (1, 'key', 'hub')",
                [],
            )
            .expect("join");
    }

    /// Turning triggers off silences every trigger on the tables an import writes; that is
    /// only right while each of them is an outbox trigger that writes nothing unjoined.
    #[test]
    fn the_tables_an_import_writes_have_only_outbox_triggers() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let store = store(&dir);
        let mut stmt = store
            .conn
            .prepare(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'
                 AND tbl_name IN ('attendee', 'ticket_code', 'attendee_import_value')",
            )
            .expect("query");
        let triggers: Vec<(String, String)> = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("triggers");
        assert!(triggers.len() >= 3, "{triggers:?}");
        for (name, table) in triggers {
            assert!(
                name.starts_with("hub_outbox_"),
                "trigger {name} on {table} would be silenced by an import: \
                 keep QuietOutbox from covering it"
            );
        }
    }

    #[test]
    fn triggers_come_back_on_when_dropped_and_stay_on_when_joined() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let store = store(&dir);
        let enabled = |conn: &Connection| {
            conn.db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER)
                .expect("config")
        };
        {
            let quiet = QuietOutbox::unless_joined(&store.conn).expect("quiet");
            assert!(quiet.is_some());
            assert!(!enabled(&store.conn));
        }
        assert!(enabled(&store.conn));
        join(&store);
        let quiet = QuietOutbox::unless_joined(&store.conn).expect("quiet");
        assert!(quiet.is_none());
        assert!(enabled(&store.conn));
    }

    /// The outbox is what a joined desk sends: an import there must fill it, one unjoined
    /// must leave it empty, and the desk's later writes must note changes again.
    #[test]
    fn an_import_fills_the_outbox_only_when_joined() {
        let csv = b"First Name,Last Name,Email\nAda,Lovelace,ada@example.org\nAlan,Turing,alan@example.org\n";
        let list = crate::import::parse(csv, "people.csv", &Default::default()).expect("parsed");
        let outbox = |store: &Store| -> i64 {
            store
                .conn
                .query_row("SELECT count(*) FROM hub_outbox", [], |row| row.get(0))
                .expect("count")
        };
        let options = crate::store::ImportOptions::default();
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut unjoined = store(&dir);
        unjoined
            .import_registrants(&list, "import:people.csv", options)
            .expect("imported");
        assert_eq!(outbox(&unjoined), 0);

        let dir = tempfile::tempdir().expect("temporary folder");
        let mut joined = store(&dir);
        join(&joined);
        joined
            .import_registrants(&list, "import:people.csv", options)
            .expect("imported");
        assert_eq!(outbox(&joined), 2);
        let walk_in = crate::store::NewAttendee {
            display_name: "Grace Hopper".to_owned(),
            ..Default::default()
        };
        joined.add_attendee(&walk_in, "desk").expect("added");
        assert_eq!(outbox(&joined), 3);
    }

    /// A ticket code that moves to someone else (a walk-in added at the desk with the
    /// code on a ticket that was someone else's) is a change to both people: the hub must
    /// hear of the first, or their next update hands the code back to them at every desk.
    #[test]
    fn a_ticket_code_given_to_another_person_notes_both_for_the_hub() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut joined = store(&dir);
        join(&joined);
        let code = "7400000000000000000001";
        let csv = format!("First Name,Last Name,Barcode #\nAda,Lovelace,{code}\n");
        let list = crate::import::parse(csv.as_bytes(), "people.csv", &Default::default())
            .expect("parsed");
        joined
            .import_registrants(&list, "import:people.csv", Default::default())
            .expect("imported");
        joined
            .conn
            .execute("DELETE FROM hub_outbox", [])
            .expect("sent");
        let walk_in = crate::store::NewAttendee {
            display_name: "Alan Turing".to_owned(),
            external_codes: vec![code.to_owned()],
            ..Default::default()
        };
        joined.add_attendee(&walk_in, "desk").expect("added");
        let noted: Vec<String> = joined
            .conn
            .prepare(
                "SELECT display_name FROM hub_outbox JOIN attendee ON badge_code = key
                 ORDER BY display_name",
            )
            .expect("query")
            .query_map([], |row| row.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("names");
        assert_eq!(noted, ["Ada Lovelace", "Alan Turing"]);
    }
}
