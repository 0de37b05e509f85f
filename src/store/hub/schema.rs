//! The hub's own schema in PostgreSQL, versioned like the desks' SQLite one: each entry of
//! `MIGRATIONS` moves the hub from version `i` to `i + 1`, and entries are never edited once
//! released.
//!
//! The hub keeps the event as row images (one JSON document per person, the agenda, each
//! setting, the event), the append-only log of every desk's scans, one admission per person
//! per day (the rule that makes two desks' simultaneous scans one check-in), and the
//! conflicts that desks made while offline. Images and scans share one feed position, handed
//! out under the `feed_head` row's lock so that positions are taken in commit order and a desk
//! reading "everything after N" never skips a row committed late.

use tokio_postgres::Client;

use super::HubStoreError;

pub const MIGRATIONS: &[&str] = &[
    // 1: the event's images, the scan log, admissions, conflicts, desks and the feed's head.
    r#"
    CREATE TABLE hub_meta (
        key   text PRIMARY KEY,
        value text NOT NULL
    );
    CREATE TABLE feed_head (
        id       integer PRIMARY KEY CHECK (id = 1),
        position bigint NOT NULL
    );
    INSERT INTO feed_head (id, position) VALUES (1, 0);
    CREATE TABLE image (
        kind     text NOT NULL,
        key      text NOT NULL,
        image    jsonb,
        position bigint NOT NULL,
        origin   text NOT NULL,
        PRIMARY KEY (kind, key)
    );
    CREATE INDEX image_by_position ON image (position);
    CREATE TABLE scan (
        scan_id     uuid PRIMARY KEY,
        action      text NOT NULL CHECK (action IN ('check_in', 'undo')),
        badge_code  text NOT NULL,
        day         date NOT NULL,
        desk        text NOT NULL,
        scanned_at  timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        offline     boolean NOT NULL,
        undoes      uuid,
        result      text NOT NULL
                    CHECK (result IN ('admitted', 'already', 'undone', 'not_checked_in')),
        position    bigint NOT NULL
    );
    CREATE INDEX scan_by_position ON scan (position);
    CREATE INDEX scan_by_person ON scan (badge_code, day);
    CREATE FUNCTION scan_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF current_setting('frontdesk.erasing', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the scan log is append-only';
    END $$;
    CREATE TRIGGER scan_is_append_only BEFORE UPDATE OR DELETE ON scan
        FOR EACH ROW EXECUTE FUNCTION scan_is_append_only();
    CREATE TABLE admission (
        badge_code text NOT NULL,
        day        date NOT NULL,
        scan_id    uuid NOT NULL REFERENCES scan (scan_id),
        PRIMARY KEY (badge_code, day)
    );
    CREATE TABLE conflict (
        scan_id        uuid PRIMARY KEY REFERENCES scan (scan_id),
        winner_scan_id uuid NOT NULL REFERENCES scan (scan_id),
        noted_at       timestamptz NOT NULL DEFAULT clock_timestamp()
    );
    CREATE TABLE desk (
        name       text PRIMARY KEY,
        last_seen  timestamptz NOT NULL,
        pending    integer NOT NULL DEFAULT 0,
        position   bigint NOT NULL DEFAULT 0,
        holds_data boolean NOT NULL DEFAULT true
    );
    "#,
];

/// A lock key of the hub's own, so that two desks migrating at once take turns.
const MIGRATION_LOCK: i64 = 0x6672_6f6e_7464_736b;

/// Brings the hub's schema up to date, one migration per transaction.
pub async fn migrate(client: &mut Client) -> Result<(), HubStoreError> {
    loop {
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)")
            .await?;
        let version: i32 = tx
            .query_opt("SELECT version FROM hub_schema", &[])
            .await?
            .map(|row| row.get(0))
            .unwrap_or(0);
        let known = MIGRATIONS.len() as i32;
        if version > known {
            return Err(HubStoreError::TooNew {
                found: version,
                known,
            });
        }
        if version == known {
            return Ok(());
        }
        tracing::info!(from = version, to = version + 1, "migrating the hub");
        tx.batch_execute(MIGRATIONS[version as usize]).await?;
        tx.execute("DELETE FROM hub_schema", &[]).await?;
        tx.execute(
            "INSERT INTO hub_schema (version) VALUES ($1)",
            &[&(version + 1)],
        )
        .await?;
        tx.commit().await?;
    }
}
