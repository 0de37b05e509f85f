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
    // 2: late scans found by an index, and a scan decided by one call at the hub, so that a desk waits one round trip for it,
    // and a journal of offline scans is delivered in a few. Every writer takes the feed
    // head's lock first: positions stay in commit order and no two writers wait for each
    // other in opposite orders.
    r#"
    CREATE FUNCTION submit_scans(
        p_scan_id uuid[], p_action text[], p_badge_code text[], p_day date[], p_desk text[],
        p_scanned_at timestamptz[], p_offline boolean[], p_undoes uuid[],
        p_admitted_offline boolean[])
    RETURNS TABLE (answer text, winner_scan uuid, winner_desk text, winner_at timestamptz,
                   conflicted boolean, undid_scan uuid)
    LANGUAGE plpgsql AS $$
    DECLARE
        n_scans integer := coalesce(array_length(p_scan_id, 1), 0);
        first_position bigint;
        seen record;
    BEGIN
        IF n_scans = 0 THEN
            RETURN;
        END IF;
        UPDATE feed_head SET position = position + n_scans WHERE id = 1
            RETURNING position - n_scans + 1 INTO first_position;
        FOR i IN 1 .. n_scans LOOP
            answer := NULL; winner_scan := NULL; winner_desk := NULL; winner_at := NULL;
            conflicted := false; undid_scan := NULL;
            SELECT s.result, s.badge_code, s.day, s.undoes INTO seen
              FROM scan s WHERE s.scan_id = p_scan_id[i];
            IF FOUND THEN
                -- The same scan again: its answer was lost on the way to the desk.
                answer := seen.result;
                undid_scan := coalesce(seen.undoes, p_scan_id[i]);
                IF answer = 'already' THEN
                    SELECT s.scan_id, s.desk, s.scanned_at
                      INTO winner_scan, winner_desk, winner_at
                      FROM admission a JOIN scan s ON s.scan_id = a.scan_id
                     WHERE a.badge_code = seen.badge_code AND a.day = seen.day;
                    IF NOT FOUND THEN
                        -- What it lost to was undone since: nothing stands now.
                        answer := 'not_checked_in';
                    END IF;
                END IF;
            ELSE
                IF p_action[i] = 'check_in' THEN
                    SELECT s.scan_id, s.desk, s.scanned_at
                      INTO winner_scan, winner_desk, winner_at
                      FROM admission a JOIN scan s ON s.scan_id = a.scan_id
                     WHERE a.badge_code = p_badge_code[i] AND a.day = p_day[i];
                    answer := CASE WHEN FOUND THEN 'already' ELSE 'admitted' END;
                ELSE
                    DELETE FROM admission a
                     WHERE a.badge_code = p_badge_code[i] AND a.day = p_day[i]
                       AND (p_undoes[i] IS NULL OR a.scan_id = p_undoes[i])
                    RETURNING a.scan_id INTO undid_scan;
                    IF FOUND THEN
                        answer := 'undone';
                    ELSE
                        answer := 'not_checked_in';
                        undid_scan := p_undoes[i];
                    END IF;
                END IF;
                INSERT INTO scan (scan_id, action, badge_code, day, desk, scanned_at, offline,
                                  undoes, result, position)
                VALUES (p_scan_id[i], p_action[i], p_badge_code[i], p_day[i], p_desk[i],
                        p_scanned_at[i], p_offline[i], undid_scan, answer,
                        first_position + i - 1);
                IF answer = 'admitted' THEN
                    INSERT INTO admission (badge_code, day, scan_id)
                    VALUES (p_badge_code[i], p_day[i], p_scan_id[i]);
                END IF;
            END IF;
            IF answer = 'already' AND p_admitted_offline[i]
               AND winner_scan IS DISTINCT FROM p_scan_id[i] THEN
                -- Welcomed offline here, admitted elsewhere first: kept, never hidden.
                INSERT INTO conflict (scan_id, winner_scan_id)
                VALUES (p_scan_id[i], winner_scan)
                ON CONFLICT (scan_id) DO NOTHING;
                conflicted := true;
            END IF;
            RETURN NEXT;
        END LOOP;
        PERFORM pg_notify('frontdesk_feed', '');
    END $$;
    -- Scans that reached the hub more than two minutes after they were made, by desk.
    CREATE INDEX scan_late_by_desk ON scan (desk)
        WHERE extract(epoch FROM received_at - scanned_at) > 120;
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
