//! An organizer's corrections survive a re-import of the same export; a source that changed a
//! corrected field since wins, and the report shows both values.

mod common;

use frontdesk::import::{self, ParseOptions};
use frontdesk::store::{AttendeeEdit, ImportOptions, ImportReport, Store};

const LIST: &str = "registrants-eventbrite.csv";
const PACHET_TICKET: &str = "7400000007797980173001";

fn pachet(store: &Store) -> frontdesk::store::Attendee {
    store
        .find_by_code(PACHET_TICKET)
        .expect("readable")
        .expect("Pachet is in the test list")
}

fn correct(store: &mut Store, edit: impl FnOnce(&mut AttendeeEdit)) {
    let person = pachet(store);
    let mut changed = AttendeeEdit::of(&person);
    edit(&mut changed);
    store
        .edit_attendee(person.id, &changed, "Office")
        .expect("corrected");
}

/// The test list with `from` replaced by `to` on Pachet's row only.
fn import_changed(store: &mut Store, from: &str, to: &str) -> ImportReport {
    let text = std::fs::read_to_string(common::data(LIST)).expect("test data is text");
    let changed: String = text
        .lines()
        .map(|line| {
            if line.contains(PACHET_TICKET) {
                line.replace(from, to)
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let list = import::parse(changed.as_bytes(), LIST, &ParseOptions::default()).expect("parses");
    store
        .import_registrants(&list, "import:changed.csv", ImportOptions::default())
        .expect("imports")
}

#[test]
fn a_reimport_of_the_same_export_keeps_the_corrections() {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, LIST);
    correct(&mut store, |edit| {
        edit.first_name = "Francois".to_string();
        edit.company = "Sony CSL".to_string();
        edit.ticket_type = "Keynote speaker".to_string();
    });
    let report = common::import_file(&mut store, LIST);
    let person = pachet(&store);
    assert_eq!(person.first_name, "Francois");
    assert_eq!(person.display_name, "Francois Pachet");
    assert_eq!(person.company, "Sony CSL");
    assert_eq!(person.ticket_type, "Keynote speaker");
    // first name, badge name, company, ticket type
    assert_eq!(report.kept_corrections, 4);
    assert!(report.replaced_corrections.is_empty());
    assert_eq!(report.updated, 0, "nothing in the file changed");
    // And again: a correction is kept for as long as the source stays the same.
    let again = common::import_file(&mut store, LIST);
    assert_eq!(again.kept_corrections, 4);
    assert_eq!(pachet(&store).company, "Sony CSL");
}

#[test]
fn a_source_that_changed_a_corrected_field_wins_and_both_values_are_reported() {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, LIST);
    correct(&mut store, |edit| {
        edit.company = "Sony CSL".to_string();
        edit.ticket_type = "Keynote speaker".to_string();
    });
    let report = import_changed(&mut store, ",Spotify,", ",Spotify AB,");
    let person = pachet(&store);
    assert_eq!(person.company, "Spotify AB");
    assert_eq!(
        person.ticket_type, "Keynote speaker",
        "unchanged in the file"
    );
    assert_eq!(report.kept_corrections, 1);
    assert_eq!(report.replaced_corrections.len(), 1);
    let replaced = &report.replaced_corrections[0];
    assert_eq!(replaced.field, "company");
    assert_eq!(replaced.corrected, "Sony CSL");
    assert_eq!(replaced.imported, "Spotify AB");
    assert_eq!(
        replaced.describe(),
        "company is now \"Spotify AB\" as the file says; it had been corrected to \"Sony CSL\""
    );
    // The file's value now stands: importing it again is no longer a correction to keep.
    let again = import_changed(&mut store, ",Spotify,", ",Spotify AB,");
    assert!(again.replaced_corrections.is_empty());
    assert_eq!(
        again.kept_corrections, 1,
        "the ticket type is still corrected"
    );
}

/// Takes schema 8's desk-of-a-hub tables and triggers off again, as before version 8.
fn drop_hub_tables(raw: &rusqlite::Connection) {
    let triggers: Vec<String> = raw
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'hub_outbox_%'",
        )
        .expect("readable")
        .query_map([], |row| row.get(0))
        .expect("readable")
        .collect::<Result<_, _>>()
        .expect("readable");
    for trigger in triggers {
        raw.execute_batch(&format!("DROP TRIGGER {trigger}"))
            .expect("dropped");
    }
    raw.execute_batch(
        "DROP TABLE hub_link; DROP TABLE hub_journal; DROP TABLE hub_outbox;
         DROP INDEX checkin_log_by_scan; ALTER TABLE checkin_log DROP COLUMN scan_id;",
    )
    .expect("back before version 8");
}

#[test]
fn a_correction_made_before_the_upgrade_is_kept_too() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("old.sqlite");
    {
        let mut store = Store::open(&path).expect("opens");
        common::import_file(&mut store, LIST);
        correct(&mut store, |edit| edit.company = "Sony CSL".to_string());
    }
    // What a version-5 database with that correction holds: the change log, and no record
    // of the value the field came in as; nor the event days of version 7 (no one is checked
    // in here, so presence is rebuilt empty).
    let raw = rusqlite::Connection::open(&path).expect("opens");
    drop_hub_tables(&raw);
    raw.execute_batch(
        "DROP TABLE erase_pending;
         DROP TABLE attendee_import_value;
         DROP TRIGGER checkin_log_check_in; DROP TRIGGER checkin_log_undo;
         DROP TABLE presence;
         CREATE TABLE presence (
             attendee_id INTEGER PRIMARY KEY REFERENCES attendee (id),
             log_id      INTEGER NOT NULL REFERENCES checkin_log (id));
         CREATE TRIGGER checkin_log_check_in AFTER INSERT ON checkin_log
             WHEN NEW.action = 'check_in'
         BEGIN INSERT INTO presence (attendee_id, log_id) VALUES (NEW.attendee_id, NEW.id); END;
         CREATE TRIGGER checkin_log_undo AFTER INSERT ON checkin_log WHEN NEW.action = 'undo'
         BEGIN DELETE FROM presence WHERE attendee_id = NEW.attendee_id; END;
         DROP INDEX checkin_log_by_day;
         ALTER TABLE checkin_log DROP COLUMN day;
         ALTER TABLE event DROP COLUMN day_changes_at;
         CREATE INDEX attendee_by_email ON attendee (lower(email));
         PRAGMA user_version = 5;",
    )
    .expect("back to version 5");
    drop(raw);
    let mut store = Store::open(&path).expect("upgrades");
    let report = common::import_file(&mut store, LIST);
    assert_eq!(pachet(&store).company, "Sony CSL");
    assert_eq!(report.kept_corrections, 1);
}

#[test]
fn the_command_line_reports_kept_corrections() {
    let (dir, mut store) = common::temp_store();
    common::import_file(&mut store, LIST);
    correct(&mut store, |edit| edit.company = "Sony CSL".to_string());
    let db = store.path().to_path_buf();
    drop(store);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(common::data(LIST))
        .env_remove("FRONTDESK_DB")
        .output()
        .expect("frontdesk runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("Kept 1 correction made in frontdesk."),
        "{said}"
    );
    drop(dir);
}
