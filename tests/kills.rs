//! frontdesk stopped dead, as a kill or a power cut would stop it: during an import, and right
//! after a check-in committed. Each case proves the database is whole afterwards and holds
//! exactly what was confirmed (the old list or the new one, never half of one).

mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use common::{assert_success, frontdesk, json};
use frontdesk::fault::FAULT_VARIABLE;

const PACHET_TICKET: &str = "7400000007797980173001";
const EVENT_MORNING: &str = "2018-07-09T09:00";

fn stopped_at(point: &str, db: &Path, args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("FRONTDESK_DB")
        .env(FAULT_VARIABLE, point)
        .output()
        .expect("frontdesk runs");
    assert!(
        !output.status.success(),
        "the fault point {point} was not reached: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    output
}

fn imported(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("event.sqlite");
    let list = common::data("registrants-eventbrite.csv");
    assert_success(&frontdesk(&db, &["import", &list.to_string_lossy()]));
    db
}

fn integrity(db: &Path) -> String {
    let raw = rusqlite::Connection::open(db).expect("opens");
    raw.query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("checks")
}

fn counts(db: &Path) -> serde_json::Value {
    let stats = frontdesk(db, &["stats", "--json", "--at", EVENT_MORNING]);
    assert_success(&stats);
    json(&stats)
}

/// The eventbrite list with `extra` more people, as an organizer's second export would be.
fn longer_list(dir: &Path, extra: usize) -> std::path::PathBuf {
    let mut text = std::fs::read_to_string(common::data("registrants-eventbrite.csv"))
        .expect("test data is readable");
    for n in 0..extra {
        text.push_str(&format!(
            "751{n:06},2018-07-01 10:00:00+02:00,Late{n},Comer,late{n}@example.org,1,\
             General Admission,95{n:07},75{n:020},,Example AB,Attending\n"
        ));
    }
    let path = dir.join("registrants-longer.csv");
    std::fs::write(&path, text).expect("writes");
    path
}

#[test]
fn a_re_import_stopped_dead_halfway_leaves_the_list_as_it_was() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = imported(dir.path());
    assert_success(&frontdesk(
        &db,
        &["checkin", PACHET_TICKET, "--at", EVENT_MORNING],
    ));
    let before = frontdesk::store::Store::open(&db).expect("opens");
    let seen_before = common::fingerprint(&before);
    drop(before);

    let longer = longer_list(dir.path(), 200);
    stopped_at(
        "import-half-written",
        &db,
        &["import", &longer.to_string_lossy()],
    );

    assert_eq!(integrity(&db), "ok");
    let after = frontdesk::store::Store::open(&db).expect("opens");
    assert_eq!(common::fingerprint(&after), seen_before);
    drop(after);
    let stats = counts(&db);
    assert_eq!(stats["registered"], 320);
    assert_eq!(stats["checked_in"], 1);
    // And the same import, run again to the end, takes all of it.
    assert_success(&frontdesk(&db, &["import", &longer.to_string_lossy()]));
    assert_eq!(counts(&db)["registered"], 520);
}

#[test]
fn a_first_import_stopped_dead_halfway_leaves_an_event_with_nobody_in_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("event.sqlite");
    let list = common::data("registrants-eventbrite.csv");
    stopped_at(
        "import-half-written",
        &db,
        &["import", &list.to_string_lossy()],
    );

    assert_eq!(integrity(&db), "ok");
    assert_eq!(counts(&db)["registered"], 0);
    assert_success(&frontdesk(&db, &["import", &list.to_string_lossy()]));
    assert_eq!(counts(&db)["registered"], 320);
}

/// The screen says "checked in" only after the commit; a kill between the two must not lose
/// the check-in, nor let the person in twice.
#[test]
fn a_check_in_stopped_dead_right_after_its_commit_is_there_at_the_next_start() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = imported(dir.path());
    let stopped = stopped_at(
        "write-committed",
        &db,
        &["checkin", PACHET_TICKET, "--at", EVENT_MORNING, "--json"],
    );
    assert!(stopped.stdout.is_empty(), "it answered before the stop");

    assert_eq!(integrity(&db), "ok");
    assert_eq!(counts(&db)["checked_in"], 1);
    let again = frontdesk(
        &db,
        &[
            "checkin",
            PACHET_TICKET,
            "--at",
            "2018-07-09T09:05",
            "--json",
        ],
    );
    let said = String::from_utf8_lossy(&again.stdout);
    assert!(said.contains("already"), "{said}");
    assert_eq!(counts(&db)["checked_in"], 1);
}

/// A real SIGKILL at five moments of a large re-import: each time the database is whole and
/// holds either the old list or the new one.
#[test]
fn a_large_re_import_killed_at_any_moment_is_all_or_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = imported(dir.path());
    let longer = longer_list(dir.path(), 30_000);
    for wait_ms in [20, 60, 120, 250, 500] {
        let mut import = Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&longer)
            .env_remove("FRONTDESK_DB")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("frontdesk runs");
        std::thread::sleep(Duration::from_millis(wait_ms));
        let _ = import.kill();
        let ended = import.wait().expect("the import ends");

        assert_eq!(integrity(&db), "ok", "killed after {wait_ms} ms");
        let registered = counts(&db)["registered"].as_u64().expect("a count");
        if ended.success() {
            assert_eq!(
                registered, 30_320,
                "finished before the kill at {wait_ms} ms"
            );
            return;
        }
        assert_eq!(registered, 320, "killed after {wait_ms} ms: half a list");
    }
}
