//! The stored agenda: an import replaces it whole, a bad file changes nothing, organizers'
//! edits are checked, and another connection (the lobby) sees every change.

mod common;

use common::frontdesk;

use std::path::Path;

use chrono::Duration;
use frontdesk::agenda::{self, NewSession, SessionKind};
use frontdesk::store::{SessionEdit, Store, StoreError};
use serde_json::Value;

const STOCKHOLM: chrono_tz::Tz = chrono_tz::Europe::Stockholm;

fn schedule(name: &str) -> agenda::Schedule {
    let bytes = std::fs::read(common::data(name)).expect("test data is readable");
    agenda::parse(&bytes, name, STOCKHOLM).expect("test agenda parses")
}

#[test]
fn an_import_replaces_the_agenda_and_keeps_the_files_room_order() {
    let (_dir, mut store) = common::temp_store();
    let sample = schedule("agenda-spotify-ml-day.toml");
    let report = store.replace_agenda(&sample).unwrap();
    assert_eq!(
        (report.sessions, report.rooms, report.days, report.replaced),
        (13, 1, 1, 0)
    );
    assert_eq!(
        store.event().unwrap().unwrap().time_zone.name(),
        "Europe/Stockholm"
    );
    let multi = schedule("agenda-multiroom.xml");
    let report = store.replace_agenda(&multi).unwrap();
    assert_eq!(report.replaced, 13);
    let stored = store.agenda().unwrap();
    assert_eq!(stored.rooms, multi.rooms);
    assert_eq!(stored.sessions.len(), multi.sessions.len());
    for (kept, read) in stored.sessions.iter().zip(&multi.sessions) {
        assert_eq!(
            (
                kept.day,
                kept.start,
                kept.end,
                &kept.room,
                &kept.title,
                &kept.speakers,
                kept.kind
            ),
            (
                read.day,
                read.start,
                read.end,
                &read.room,
                &read.title,
                &read.speakers,
                read.kind
            )
        );
    }
}

#[test]
fn edits_move_rename_and_delete_and_refuse_impossible_times() {
    let (_dir, mut store) = common::temp_store();
    store
        .replace_agenda(&schedule("agenda-spotify-ml-day.toml"))
        .unwrap();
    let before = store.agenda().unwrap();
    let keynote = before
        .sessions
        .iter()
        .find(|s| s.kind == SessionKind::Keynote)
        .unwrap()
        .clone();

    store
        .edit_session(keynote.id, &SessionEdit::Shift { minutes: 10 })
        .unwrap();
    store
        .edit_session(keynote.id, &SessionEdit::Lengthen { minutes: -5 })
        .unwrap();
    store
        .edit_session(keynote.id, &SessionEdit::Retitle("  New title ".into()))
        .unwrap();
    let moved = store.agenda().unwrap().session(keynote.id).unwrap().clone();
    assert_eq!(moved.start, keynote.start + Duration::minutes(10));
    assert_eq!(moved.end, keynote.end + Duration::minutes(5));
    assert_eq!(moved.title, "New title");

    let length = (moved.end - moved.start).num_minutes();
    let refused = store.edit_session(keynote.id, &SessionEdit::Lengthen { minutes: -length });
    assert!(
        matches!(refused, Err(StoreError::SessionEndsBeforeStart { .. })),
        "{refused:?}"
    );
    assert_eq!(
        store.agenda().unwrap().session(keynote.id),
        Some(&moved),
        "a refused edit changes nothing"
    );

    store
        .edit_session(keynote.id, &SessionEdit::Delete)
        .unwrap();
    assert!(store.agenda().unwrap().session(keynote.id).is_none());
    let gone = store.edit_session(keynote.id, &SessionEdit::Shift { minutes: 5 });
    assert!(
        matches!(gone, Err(StoreError::NoSuchSession(_))),
        "{gone:?}"
    );
    assert!(
        gone.unwrap_err()
            .to_string()
            .contains("deleted at another desk")
    );
}

#[test]
fn an_added_session_in_a_new_room_goes_last_in_the_room_order() {
    let (_dir, mut store) = common::temp_store();
    store
        .replace_agenda(&schedule("agenda-spotify-ml-day.toml"))
        .unwrap();
    let first = store.agenda().unwrap().sessions[0].clone();
    let added = NewSession {
        day: first.day,
        start: first.start,
        end: first.start + Duration::minutes(30),
        room: "Side room".into(),
        title: "Office hours".into(),
        subtitle: String::new(),
        speakers: vec![],
        kind: SessionKind::Other,
    };
    let id = store.add_session(&added).unwrap();
    let agenda = store.agenda().unwrap();
    assert_eq!(agenda.rooms, ["Main stage", "Side room"]);
    assert_eq!(agenda.session(id).unwrap().title, "Office hours");
    let backwards = NewSession {
        end: added.start,
        ..added
    };
    assert!(matches!(
        store.add_session(&backwards),
        Err(StoreError::SessionEndsBeforeStart { .. })
    ));
}

#[test]
fn another_connection_sees_an_edit() {
    let (dir, mut store) = common::temp_store();
    store
        .replace_agenda(&schedule("agenda-spotify-ml-day.toml"))
        .unwrap();
    let lobby = Store::open(&dir.path().join("event.sqlite")).unwrap();
    let seen = lobby.data_version().unwrap();
    let id = store.agenda().unwrap().sessions[1].id;
    store
        .edit_session(id, &SessionEdit::Retitle("Moved to the afternoon".into()))
        .unwrap();
    assert_ne!(lobby.data_version().unwrap(), seen);
    assert_eq!(
        lobby.agenda().unwrap().session(id).unwrap().title,
        "Moved to the afternoon"
    );
}

/// A database with the sample's agenda, imported through the command line.
fn sample_agenda() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let good = common::data("agenda-spotify-ml-day.toml");
    assert!(
        frontdesk(&db, &["agenda", "import", good.to_str().unwrap()])
            .status
            .success()
    );
    (dir, db)
}

#[test]
fn a_bad_agenda_file_changes_nothing() {
    let (dir, db) = sample_agenda();
    let listed = |db: &Path| frontdesk(db, &["agenda", "list", "--json"]).stdout;
    let before = listed(&db);
    let backwards = dir.path().join("backwards.toml");
    std::fs::write(
        &backwards,
        "title = \"T\"\ntime_zone = \"Europe/Stockholm\"\n[[day]]\ndate = 2018-07-09\n\
         [[day.session]]\nstart = \"10:00\"\nend = \"11:00\"\nroom = \"A\"\ntitle = \"Fine\"\n\
         [[day.session]]\nstart = \"12:00\"\nend = \"11:30\"\nroom = \"A\"\ntitle = \"Backwards\"\n",
    )
    .unwrap();
    let bad_zone = dir.path().join("zone.toml");
    std::fs::write(
        &bad_zone,
        "time_zone = \"Europe/Stokholm\"\n[[day]]\ndate = 2018-07-09\n[[day.session]]\n\
         start = \"10:00\"\nend = \"11:00\"\nroom = \"A\"\ntitle = \"Talk\"\n",
    )
    .unwrap();
    let bomb = common::data("agenda-entity-bomb.xml");
    let csv = common::data("registrants-eventbrite.csv");
    for (file, says) in [
        (backwards.to_str().unwrap(), "Backwards"),
        (bad_zone.to_str().unwrap(), "Europe/Stokholm"),
        (bomb.to_str().unwrap(), "entities"),
        (csv.to_str().unwrap(), "not a schedule"),
    ] {
        let out = frontdesk(&db, &["agenda", "import", file]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {stderr}");
        assert!(stderr.contains(says), "{file}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(listed(&db), before, "{file} changed the agenda");
    }
}

#[test]
fn agenda_now_answers_the_same_for_one_instant_in_two_offsets() {
    let (_dir, db) = sample_agenda();
    let ask = |at: &str| frontdesk(&db, &["agenda", "now", "--at", at, "--json"]).stdout;
    let local = ask("2018-07-09T10:15:00+02:00");
    assert_eq!(local, ask("2018-07-09T08:15:00Z"));
    assert_eq!(local, ask("2018-07-09T03:15:00-05:00"));
    let answer: Value = serde_json::from_slice(&local).unwrap();
    assert_eq!(answer["at"], "2018-07-09T10:15:00+02:00");
    assert_eq!(answer["now"][0]["room"], "Main stage");
    assert_eq!(answer["now"][0]["kind"], "keynote");
    assert_eq!(answer["now"][0]["speakers"][0]["name"], "François Pachet");
    assert_eq!(answer["now"][0]["speakers"][0]["affiliation"], "Spotify");
    assert_eq!(answer["next"].as_array().unwrap().len(), 1);
    for key in [
        "room", "title", "subtitle", "speakers", "start", "end", "kind",
    ] {
        assert!(answer["next"][0].get(key).is_some(), "next has {key}");
    }
    let bad = frontdesk(&db, &["agenda", "now", "--at", "teatime"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// `frontdesk agenda add` keeps the editor's rules: a title and a room, and a session after
/// midnight belongs to the conference day before (README, docs/agenda-toml.md), not to its
/// calendar date.
#[test]
fn agenda_add_refuses_a_blank_title_or_room_and_files_the_night_under_its_day() {
    let (_dir, db) = sample_agenda();
    let listed = |db: &Path| frontdesk(db, &["agenda", "list", "--json"]).stdout;
    let before = listed(&db);
    let add = |title: &str, room: &str, start: &str, end: &str| {
        frontdesk(
            &db,
            &[
                "agenda",
                "add",
                "--title",
                title,
                "--room",
                room,
                "--start",
                start,
                "--end",
                end,
                "--speaker",
                "Ada Lovelace, Analytical Engines",
            ],
        )
    };
    for (title, room, says) in [
        ("  ", "Main stage", "Give the new session a title."),
        ("After party", " ", "Say which room the new session is in."),
    ] {
        let out = add(title, room, "2018-07-09T21:00", "2018-07-09T23:00");
        assert_eq!(
            out.status.code(),
            Some(2),
            "a usage error, as the editor refuses it"
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim(),
            format!("frontdesk: {says}")
        );
        assert_eq!(listed(&db), before, "nothing changed");
    }

    let out = add(
        " Night owls ",
        "Main stage",
        "2018-07-10T01:30",
        "2018-07-10T02:15",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let agenda = Store::open(&db).unwrap().agenda().unwrap();
    let night = agenda
        .sessions
        .iter()
        .find(|s| s.title == "Night owls")
        .expect("stored, trimmed");
    assert_eq!(
        night.day.to_string(),
        "2018-07-09",
        "the conference day it belongs to"
    );
    assert_eq!(
        night.start,
        "2018-07-09T23:30:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
    assert_eq!(night.end - night.start, Duration::minutes(45));
    assert_eq!(
        night.speakers[0].affiliation.as_deref(),
        Some("Analytical Engines")
    );
}
