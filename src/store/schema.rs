//! The versioned schema. Each entry of `MIGRATIONS` moves a database from version `i` to
//! `i + 1` (kept in `PRAGMA user_version`); entries are never edited once released, only added.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

pub const MIGRATIONS: &[&str] = &[
    // 1: event, attendees with their ticket codes, and the append-only check-in log.
    r#"
    CREATE TABLE event (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        name        TEXT NOT NULL,
        venue       TEXT NOT NULL DEFAULT '',
        time_zone   TEXT NOT NULL DEFAULT 'UTC',
        starts_on   TEXT,
        ends_on     TEXT
    );
    CREATE TABLE attendee (
        id            INTEGER PRIMARY KEY,
        badge_code    TEXT NOT NULL UNIQUE,
        first_name    TEXT NOT NULL DEFAULT '',
        last_name     TEXT NOT NULL DEFAULT '',
        display_name  TEXT NOT NULL,
        email         TEXT NOT NULL DEFAULT '',
        company       TEXT NOT NULL DEFAULT '',
        job_title     TEXT NOT NULL DEFAULT '',
        ticket_type   TEXT NOT NULL DEFAULT '',
        status        TEXT NOT NULL DEFAULT 'admitted'
                      CHECK (status IN ('admitted', 'not_admitted')),
        status_reason TEXT NOT NULL DEFAULT '',
        source        TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE INDEX attendee_by_email ON attendee (lower(email));
    CREATE TABLE ticket_code (
        code        TEXT PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendee (id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX ticket_code_by_attendee ON ticket_code (attendee_id);
    CREATE TABLE checkin_log (
        id          INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendee (id),
        at          TEXT NOT NULL,
        desk        TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('check_in', 'undo')),
        by_whom     TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX checkin_log_by_attendee ON checkin_log (attendee_id);
    CREATE TRIGGER checkin_log_is_append_only_update BEFORE UPDATE ON checkin_log
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;
    "#,
    // 2: the current checked-in state, kept by triggers from the log so the two always agree,
    // and the one-check-in-per-person rule enforced by the primary key; badge print times;
    // small per-installation settings (this desk's name).
    r#"
    CREATE TABLE presence (
        attendee_id INTEGER PRIMARY KEY REFERENCES attendee (id),
        log_id      INTEGER NOT NULL REFERENCES checkin_log (id)
    );
    INSERT INTO presence (attendee_id, log_id)
        SELECT l.attendee_id, l.id FROM checkin_log l
        WHERE l.action = 'check_in'
          AND l.id = (SELECT max(m.id) FROM checkin_log m WHERE m.attendee_id = l.attendee_id);
    CREATE TRIGGER checkin_log_check_in AFTER INSERT ON checkin_log
        WHEN NEW.action = 'check_in'
    BEGIN INSERT INTO presence (attendee_id, log_id) VALUES (NEW.attendee_id, NEW.id); END;
    CREATE TRIGGER checkin_log_undo AFTER INSERT ON checkin_log
        WHEN NEW.action = 'undo'
    BEGIN
        SELECT RAISE(ABORT, 'not checked in')
            WHERE NOT EXISTS (SELECT 1 FROM presence WHERE attendee_id = NEW.attendee_id);
        DELETE FROM presence WHERE attendee_id = NEW.attendee_id;
    END;
    ALTER TABLE attendee ADD COLUMN printed_at TEXT;
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    "#,
    // 3: the desk shows "checked in / admitted" after every scan; a small index of the people
    // not admitted keeps that count instant at 100,000 registrants.
    r#"
    CREATE INDEX attendee_not_admitted ON attendee (id) WHERE status = 'not_admitted';
    "#,
    // 4: the agenda. Times are UTC instants written as sortable text; rooms keep the order the
    // schedule lists them in; speakers are a small JSON array per session.
    r#"
    CREATE TABLE agenda_room (
        name     TEXT PRIMARY KEY,
        position INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE agenda_session (
        id         INTEGER PRIMARY KEY,
        day        TEXT NOT NULL,
        start_utc  TEXT NOT NULL,
        end_utc    TEXT NOT NULL,
        room       TEXT NOT NULL REFERENCES agenda_room (name) ON UPDATE CASCADE,
        title      TEXT NOT NULL,
        subtitle   TEXT NOT NULL DEFAULT '',
        speakers   TEXT NOT NULL DEFAULT '[]',
        kind       TEXT NOT NULL CHECK (kind IN ('talk', 'keynote', 'break', 'other')),
        updated_at TEXT NOT NULL,
        CHECK (end_utc > start_utc)
    );
    CREATE INDEX agenda_session_by_start ON agenda_session (start_utc);
    "#,
    // 5: organizers' edits of a person, one row per changed field, so a desk can see who changed
    // a name and when. The log now refuses deletes as it refuses updates: only erasing all
    // attendee data (which lifts this trigger inside its own transaction) removes entries.
    r#"
    CREATE TABLE attendee_change (
        id          INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendee (id),
        at          TEXT NOT NULL,
        desk        TEXT NOT NULL,
        field       TEXT NOT NULL,
        old         TEXT NOT NULL,
        new         TEXT NOT NULL
    );
    CREATE INDEX attendee_change_by_attendee ON attendee_change (attendee_id);
    CREATE TRIGGER checkin_log_is_append_only_delete BEFORE DELETE ON checkin_log
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;
    "#,
    // 6: the value a corrected field came in as, so that re-importing the same export keeps an
    // organizer's correction. The first logged change of each field holds it already.
    r#"
    CREATE TABLE attendee_import_value (
        attendee_id INTEGER NOT NULL REFERENCES attendee (id),
        field       TEXT NOT NULL,
        value       TEXT NOT NULL,
        PRIMARY KEY (attendee_id, field)
    ) WITHOUT ROWID;
    INSERT INTO attendee_import_value (attendee_id, field, value)
        SELECT c.attendee_id, c.field, c.old FROM attendee_change c
        WHERE c.id = (SELECT min(first.id) FROM attendee_change first
                      WHERE first.attendee_id = c.attendee_id AND first.field = c.field);
    "#,
    // 7: events of several days. Every log entry names the event day it belongs to, and
    // presence is one row per person per day, so the primary key allows one check-in per
    // person each day. The event says when its day changes. Check-ins made before this
    // version are all on day 1: the event's first day, or the date of the first check-in.
    r#"
    ALTER TABLE event ADD COLUMN day_changes_at TEXT NOT NULL DEFAULT '04:00';
    ALTER TABLE checkin_log ADD COLUMN day TEXT NOT NULL DEFAULT '';
    DROP TRIGGER checkin_log_is_append_only_update;
    UPDATE checkin_log SET day = coalesce(
        (SELECT starts_on FROM event WHERE id = 1 AND coalesce(starts_on, '') <> ''),
        (SELECT substr(min(at), 1, 10) FROM checkin_log));
    CREATE TRIGGER checkin_log_is_append_only_update BEFORE UPDATE ON checkin_log
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;
    CREATE INDEX checkin_log_by_day ON checkin_log (day);

    DROP TRIGGER checkin_log_check_in;
    DROP TRIGGER checkin_log_undo;
    CREATE TABLE presence_by_day (
        attendee_id INTEGER NOT NULL REFERENCES attendee (id),
        day         TEXT NOT NULL,
        log_id      INTEGER NOT NULL REFERENCES checkin_log (id),
        PRIMARY KEY (attendee_id, day)
    ) WITHOUT ROWID;
    INSERT INTO presence_by_day (attendee_id, day, log_id)
        SELECT p.attendee_id, l.day, p.log_id FROM presence p JOIN checkin_log l ON l.id = p.log_id;
    DROP TABLE presence;
    ALTER TABLE presence_by_day RENAME TO presence;
    CREATE INDEX presence_on_day ON presence (day);
    CREATE TRIGGER checkin_log_check_in AFTER INSERT ON checkin_log
        WHEN NEW.action = 'check_in'
    BEGIN
        INSERT INTO presence (attendee_id, day, log_id) VALUES (NEW.attendee_id, NEW.day, NEW.id);
    END;
    CREATE TRIGGER checkin_log_undo AFTER INSERT ON checkin_log
        WHEN NEW.action = 'undo'
    BEGIN
        SELECT RAISE(ABORT, 'not checked in')
            WHERE NOT EXISTS (SELECT 1 FROM presence
                              WHERE attendee_id = NEW.attendee_id AND day = NEW.day);
        DELETE FROM presence WHERE attendee_id = NEW.attendee_id AND day = NEW.day;
    END;
    "#,
    // 8: desks of a hub. Each log entry may carry the id of the scan that made it, so that the
    // hub's change feed, which brings every desk's scans back, never writes one twice. The
    // journal keeps this desk's scans until the hub has committed them; the outbox names the
    // rows an organizer changed here that the hub has not taken yet. Triggers fill the outbox
    // only while the database is a hub's desk and is not applying the hub's own changes. This
    // computer's printer and its PIN lock-out stay its own.
    r#"
    ALTER TABLE checkin_log ADD COLUMN scan_id TEXT;
    CREATE UNIQUE INDEX checkin_log_by_scan ON checkin_log (scan_id) WHERE scan_id IS NOT NULL;
    CREATE TABLE hub_link (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        event_key     TEXT NOT NULL,
        hub           TEXT NOT NULL,
        feed_position INTEGER NOT NULL DEFAULT 0,
        erased        INTEGER NOT NULL DEFAULT 0,
        last_sync     TEXT,
        applying      INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE hub_journal (
        seq         INTEGER PRIMARY KEY,
        scan_id     TEXT NOT NULL UNIQUE,
        action      TEXT NOT NULL CHECK (action IN ('check_in', 'undo')),
        badge_code  TEXT NOT NULL,
        day         TEXT NOT NULL,
        desk        TEXT NOT NULL,
        scanned_at  TEXT NOT NULL,
        undoes      TEXT,
        offline     INTEGER NOT NULL,
        synced_at   TEXT
    );
    CREATE INDEX hub_journal_waiting ON hub_journal (seq) WHERE synced_at IS NULL;
    CREATE TABLE hub_outbox (
        kind    TEXT NOT NULL,
        key     TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    CREATE TRIGGER hub_outbox_attendee_insert AFTER INSERT ON attendee
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('attendee', NEW.badge_code)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_attendee_update AFTER UPDATE ON attendee
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('attendee', NEW.badge_code)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_attendee_delete AFTER DELETE ON attendee
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('attendee', OLD.badge_code)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_code_insert AFTER INSERT ON ticket_code
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key)
            SELECT 'attendee', badge_code FROM attendee WHERE id = NEW.attendee_id
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_code_delete AFTER DELETE ON ticket_code
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key)
            SELECT 'attendee', badge_code FROM attendee WHERE id = OLD.attendee_id
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_import_value_insert AFTER INSERT ON attendee_import_value
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key)
            SELECT 'attendee', badge_code FROM attendee WHERE id = NEW.attendee_id
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_import_value_update AFTER UPDATE ON attendee_import_value
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key)
            SELECT 'attendee', badge_code FROM attendee WHERE id = NEW.attendee_id
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_import_value_delete AFTER DELETE ON attendee_import_value
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key)
            SELECT 'attendee', badge_code FROM attendee WHERE id = OLD.attendee_id
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_session_insert AFTER INSERT ON agenda_session
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('agenda', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_session_update AFTER UPDATE ON agenda_session
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('agenda', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_session_delete AFTER DELETE ON agenda_session
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('agenda', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_room_insert AFTER INSERT ON agenda_room
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('agenda', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_room_delete AFTER DELETE ON agenda_room
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('agenda', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_setting_insert AFTER INSERT ON setting
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
         AND NEW.key NOT IN ('printer', 'organizer_pin_failures', 'organizer_pin_not_before')
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('setting', NEW.key)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_setting_update AFTER UPDATE ON setting
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
         AND NEW.key NOT IN ('printer', 'organizer_pin_failures', 'organizer_pin_not_before')
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('setting', NEW.key)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_setting_delete AFTER DELETE ON setting
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
         AND OLD.key NOT IN ('printer', 'organizer_pin_failures', 'organizer_pin_not_before')
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('setting', OLD.key)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_event_insert AFTER INSERT ON event
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('event', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    CREATE TRIGGER hub_outbox_event_update AFTER UPDATE ON event
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key) VALUES ('event', '')
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    "#,
    // 9: an erase that has deleted the attendee data but not yet rewritten the file. Set in
    // the delete's own transaction, cleared once VACUUM and the checkpoint are done, so an
    // erase cut short is finished the next time the database opens.
    r#"
    CREATE TABLE erase_pending (
        started_at TEXT NOT NULL
    );
    "#,
    // 10: the hub restore (from a backup) a desk has followed by sending its scans again.
    r#"
    ALTER TABLE hub_link ADD COLUMN restore_id TEXT NOT NULL DEFAULT '';
    "#,
    // 11: a ticket code given to another person (a transferred ticket) is a change to both:
    // the hub must hear that the first no longer holds it, or its next update hands the
    // code back to them at every desk.
    r#"
    CREATE TRIGGER hub_outbox_code_update AFTER UPDATE ON ticket_code
        WHEN EXISTS (SELECT 1 FROM hub_link WHERE applying = 0)
    BEGIN
        INSERT INTO hub_outbox (kind, key)
            SELECT 'attendee', badge_code FROM attendee
            WHERE id IN (OLD.attendee_id, NEW.attendee_id)
            ON CONFLICT DO UPDATE SET version = version + 1;
    END;
    "#,
    // 12: no query ever used the index on lower(email) (the kiosk's lookup trims the address
    // too, so it cannot), yet every person imported paid for it: about a quarter of a large
    // import's time.
    r#"
    DROP INDEX attendee_by_email;
    "#,
];

pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the database up to the newest schema, one migration per transaction.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    migrate_to(conn, path, current_version())
}

/// Migrates up to `target` only; tests use it to build a database as an older release left it.
pub fn migrate_to(conn: &mut Connection, path: &Path, target: i64) -> Result<(), StoreError> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > current_version() {
            return Err(StoreError::TooNew {
                found: version,
                known: current_version(),
            });
        }
        let damaged = || StoreError::SchemaDamaged {
            path: path.to_path_buf(),
            found: version,
        };
        if version < 0 || (version == 0 && holds_tables(&tx)?) {
            return Err(damaged());
        }
        if version >= target {
            return Ok(());
        }
        tracing::info!(from = version, to = version + 1, "migrating the database");
        match tx.execute_batch(MIGRATIONS[version as usize]) {
            Ok(()) => {}
            // Our own migration failing on its SQL (tables it creates exist already, ones it
            // changes do not, rows it copies are there): the version is not the one the
            // tables were made by.
            Err(error) if fails_on_its_sql(&error) => return Err(damaged()),
            Err(error) => return Err(error.into()),
        }
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

/// The error of a statement that does not fit the tables (not a full disk, a lock or an I/O
/// failure): SQLite reports those as a generic error or a constraint.
fn fails_on_its_sql(error: &rusqlite::Error) -> bool {
    let failure = match error {
        rusqlite::Error::SqliteFailure(failure, _) => failure,
        rusqlite::Error::SqlInputError { error, .. } => error,
        _ => return false,
    };
    matches!(
        failure.code,
        rusqlite::ErrorCode::Unknown | rusqlite::ErrorCode::ConstraintViolation
    )
}

/// A database at version 0 is new, unless something already made tables in it.
fn holds_tables(tx: &rusqlite::Transaction<'_>) -> Result<bool, StoreError> {
    let tables: i64 = tx.query_row(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
        [],
        |row| row.get(0),
    )?;
    Ok(tables > 0)
}
