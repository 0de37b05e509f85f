//! The organizer console's core: editing people with a log, the dashboard's figures, who has
//! not arrived, erasing attendee data, and the commands that expose them.

mod common;

use common::json;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use frontdesk::dashboard::ActivityKind;
use frontdesk::store::{AttendeeEdit, NewAttendee, Store, StoreError};

const PACHET_TICKET: &str = "7400000007797980173001";
const PACHET_EMAIL: &str = "francois.pachet@example.org";

fn imported() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = common::temp_store();
    common::import_file(&mut store, "registrants-eventbrite.csv");
    (dir, store)
}

fn pachet(store: &Store) -> frontdesk::store::Attendee {
    store
        .find_by_code(PACHET_TICKET)
        .expect("readable")
        .expect("Pachet is in the test list")
}

fn frontdesk(db: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("FRONTDESK_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("frontdesk runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    input
        .write_all(stdin.as_bytes())
        .expect("stdin takes the PIN");
    drop(input);
    child.wait_with_output().expect("frontdesk ends")
}

#[test]
fn an_edit_logs_each_changed_field_and_rebuilds_the_badge_name() {
    let (_dir, mut store) = imported();
    let before = pachet(&store);
    let signature = store.attendee_signature().expect("readable");
    let edit = AttendeeEdit {
        first_name: "  François ".to_string(),
        last_name: "Pachet-Roy".to_string(),
        ticket_type: "Keynote".to_string(),
        ..AttendeeEdit::of(&before)
    };
    let after = store
        .edit_attendee(before.id, &edit, "Desk 2")
        .expect("edited");
    assert_eq!(after.first_name, "François");
    assert_eq!(after.display_name, "François Pachet-Roy");
    assert_eq!(after.ticket_type, "Keynote");
    assert_eq!(after.company, before.company);
    assert_ne!(store.attendee_signature().expect("readable"), signature);
    let changes = store.attendee_changes(before.id).expect("readable");
    let fields: Vec<(&str, &str, &str)> = changes
        .iter()
        .map(|c| (c.field.as_str(), c.old.as_str(), c.new.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("last_name", "Pachet", "Pachet-Roy"),
            ("display_name", "François Pachet", "François Pachet-Roy"),
            ("ticket_type", "Speaker", "Keynote"),
        ]
    );
    assert!(changes.iter().all(|c| c.desk == "Desk 2"));
}

#[test]
fn an_edit_that_changes_nothing_logs_nothing() {
    let (_dir, mut store) = imported();
    let person = pachet(&store);
    let same = store
        .edit_attendee(person.id, &AttendeeEdit::of(&person), "Desk 1")
        .expect("edited");
    assert_eq!(same, person);
    assert!(
        store
            .attendee_changes(person.id)
            .expect("readable")
            .is_empty()
    );
}

#[test]
fn an_edit_of_the_company_keeps_a_full_name_from_the_import() {
    let (_dir, mut store) = common::temp_store();
    let person = NewAttendee {
        first_name: "François".to_string(),
        last_name: "Pachet".to_string(),
        display_name: "Pachet, François".to_string(),
        ..NewAttendee::default()
    };
    let added = store.add_attendee(&person, "import:test").expect("added");
    let edit = AttendeeEdit {
        company: "Sony CSL".to_string(),
        ..AttendeeEdit::of(&added)
    };
    let after = store
        .edit_attendee(added.id, &edit, "Desk 1")
        .expect("edited");
    assert_eq!(after.display_name, "Pachet, François");
    assert_eq!(after.company, "Sony CSL");
}

#[test]
fn an_edit_without_any_name_or_of_nobody_is_refused() {
    let (_dir, mut store) = imported();
    let person = pachet(&store);
    let nameless = AttendeeEdit {
        first_name: " ".to_string(),
        last_name: String::new(),
        ..AttendeeEdit::of(&person)
    };
    let refused = store.edit_attendee(person.id, &nameless, "Desk 1");
    assert!(matches!(refused, Err(StoreError::EmptyName)), "{refused:?}");
    assert_eq!(pachet(&store), person);
    let nobody = store.edit_attendee(999_999, &AttendeeEdit::of(&person), "Desk 1");
    match nobody {
        Err(e @ StoreError::NoSuchAttendee(999_999)) => {
            assert!(e.to_string().contains("no attendee 999999"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_dashboard_counts_who_is_here_by_desk_and_over_time() {
    let (_dir, store) = imported();
    let clock = frontdesk::clock::Clock::manual(chrono::Utc::now());
    let mut store = store.with_clock(clock.clone());
    let people = store.attendees().expect("readable");
    let admitted: Vec<_> = people
        .iter()
        .filter(|a| a.status == frontdesk::store::Status::Admitted)
        .collect();
    for a in &admitted[..3] {
        store.check_in_id(a.id, "North").expect("checked in");
    }
    store
        .check_in_id(admitted[3].id, "South")
        .expect("checked in");
    store
        .undo_check_in_id(admitted[0].id, "North")
        .expect("undone");
    let walk_in = NewAttendee {
        first_name: "Walk".to_string(),
        last_name: "In".to_string(),
        display_name: "Walk In".to_string(),
        ..NewAttendee::default()
    };
    let added = store
        .add_attendee(&walk_in, "walk-in:South")
        .expect("added");
    store.check_in_id(added.id, "South").expect("checked in");
    // Apart from the walk-in by more than the log's millisecond, so the order is certain.
    clock.advance(std::time::Duration::from_millis(5));
    let edit = AttendeeEdit {
        company: "Elsewhere".to_string(),
        ..AttendeeEdit::of(admitted[4])
    };
    store
        .edit_attendee(admitted[4].id, &edit, "Office")
        .expect("edited");

    let d = store.dashboard(10).expect("dashboard");
    assert_eq!((d.registered, d.admitted, d.checked_in), (321, 317, 4));
    assert_eq!(
        d.by_desk,
        [("North".to_string(), 2), ("South".to_string(), 2)]
    );
    let arrivals: u32 = d.arrivals.iter().map(|b| b.check_ins).sum();
    assert_eq!(arrivals, 4, "the undone check-in does not count");
    let ticket_sum: u64 = d.by_ticket_type.iter().map(|t| t.registered).sum();
    assert_eq!(ticket_sum, 321);
    let kinds: Vec<ActivityKind> = d.recent.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [
            ActivityKind::Edit,
            ActivityKind::WalkIn,
            ActivityKind::Undo,
            ActivityKind::CheckIn,
            ActivityKind::CheckIn,
            ActivityKind::CheckIn,
            ActivityKind::CheckIn,
        ]
    );
    assert_eq!(d.recent[1].attendee, "Walk In");
    assert_eq!(store.dashboard(2).expect("dashboard").recent.len(), 2);
}

#[test]
fn the_dashboard_lists_session_starts() {
    let (_dir, mut store) = imported();
    let bytes = std::fs::read(common::data("agenda-spotify-ml-day.toml")).expect("readable");
    let schedule = frontdesk::agenda::parse(
        &bytes,
        "agenda-spotify-ml-day.toml",
        chrono_tz::Europe::Stockholm,
    )
    .expect("parses");
    store.replace_agenda(&schedule).expect("stored");
    // The sessions of the day shown: the agenda's one day, 9 July.
    let day = chrono::NaiveDate::from_ymd_opt(2018, 7, 9).expect("a date");
    let d = store.dashboard_on(day, 5).expect("dashboard");
    assert_eq!(d.session_starts.len(), schedule.sessions.len());
    let other_day = store.dashboard_on(day.succ_opt().expect("a date"), 5);
    assert!(other_day.expect("dashboard").session_starts.is_empty());
    assert!(d.session_starts.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn not_arrived_matches_without_accents_and_sorts_by_last_name() {
    let (_dir, mut store) = imported();
    let francois = pachet(&store);
    let found = store.not_arrived("FRANCOIS", 100).expect("readable");
    assert!(found.iter().any(|a| a.id == francois.id));
    assert!(found.iter().all(|a| {
        frontdesk::text::fold(&format!("{} {} {}", a.display_name, a.company, a.email))
            .contains("francois")
    }));
    store.check_in(PACHET_TICKET, "North").expect("checked in");
    let found = store.not_arrived("françois", 100).expect("readable");
    assert!(found.iter().all(|a| a.id != francois.id));

    let everyone = store.not_arrived("", 1000).expect("readable");
    assert_eq!(everyone.len(), 316 - 1, "admitted, less the one checked in");
    let keys: Vec<String> = everyone
        .iter()
        .map(|a| frontdesk::text::fold(&a.last_name))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(store.not_arrived("", 5).expect("readable").len(), 5);
}

#[test]
fn the_log_refuses_deletes() {
    let (_dir, mut store) = imported();
    store.check_in(PACHET_TICKET, "North").expect("checked in");
    let raw = rusqlite::Connection::open(store.path()).expect("opens");
    let refused = raw.execute("DELETE FROM checkin_log", []);
    assert!(refused.is_err());
    assert_eq!(store.recent_log(None, 10).expect("readable").len(), 1);
}

#[test]
fn erasing_removes_people_from_the_file_and_keeps_the_event() {
    let (dir, mut store) = imported();
    let mut event = store.event_or_default().expect("readable");
    event.name = "ML Day".to_string();
    store.set_event(&event).expect("stored");
    store.set_setting("printer", "Brother").expect("stored");
    store.check_in(PACHET_TICKET, "North").expect("checked in");
    let person = pachet(&store);
    let edit = AttendeeEdit {
        company: "Sony CSL".to_string(),
        ..AttendeeEdit::of(&person)
    };
    store
        .edit_attendee(person.id, &edit, "Office")
        .expect("edited");
    let path = dir.path().join("event.sqlite");
    let report = store.erase_attendee_data().expect("erased");
    assert_eq!(report.attendees, 320);
    assert_eq!(report.log_entries, 1);
    assert_eq!(report.changes, 1);
    assert!(report.checkpointed);
    assert!(store.attendees().expect("readable").is_empty());
    assert_eq!(
        store.event().expect("readable").map(|e| e.name),
        Some("ML Day".to_string())
    );
    assert_eq!(
        store.setting("printer").expect("readable").as_deref(),
        Some("Brother")
    );
    let guards: i64 = rusqlite::Connection::open(store.path())
        .expect("opens")
        .query_row(
            "SELECT count(*) FROM sqlite_master
             WHERE type = 'trigger' AND name = 'checkin_log_is_append_only_delete'",
            [],
            |row| row.get(0),
        )
        .expect("readable");
    assert_eq!(guards, 1, "the log is append-only again");
    drop(store);
    for file in ["event.sqlite", "event.sqlite-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        let needle = PACHET_EMAIL.as_bytes();
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{file} still holds the email"
        );
    }
    let store = Store::open(&path).expect("reopens");
    assert_eq!(store.counts().expect("readable").registered, 0);
}

#[test]
fn an_older_database_gains_the_change_log() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("old.sqlite");
    drop(Store::open_at_version(&path, 4).expect("opens at version 4"));
    let mut store = Store::open(&path).expect("upgrades");
    assert_eq!(
        store.schema_version().expect("readable"),
        frontdesk::store::schema::current_version()
    );
    common::import_file(&mut store, "registrants-eventbrite.csv");
    let person = pachet(&store);
    let edit = AttendeeEdit {
        company: "Sony".to_string(),
        ..AttendeeEdit::of(&person)
    };
    store
        .edit_attendee(person.id, &edit, "Office")
        .expect("edited");
    assert_eq!(
        store.attendee_changes(person.id).expect("readable").len(),
        1
    );
}

#[test]
fn pin_commands_read_standard_input_and_answer_with_exit_codes() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("event.sqlite");
    let short = frontdesk(&db, &["pin", "set"], "12\n");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 4 digits"));
    let set = frontdesk(&db, &["pin", "set"], "482915\n");
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let right = frontdesk(&db, &["pin", "check", "--json"], "482915\r\n");
    assert_eq!(right.status.code(), Some(0));
    assert_eq!(json(&right)["outcome"], "accepted");
    let wrong = frontdesk(&db, &["pin", "check", "--json"], "000000\n");
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(json(&wrong)["outcome"], "wrong");
    let store = Store::open(&db).expect("opens");
    let stored = store
        .setting("organizer_pin")
        .expect("readable")
        .expect("set");
    assert!(!stored.contains("482915"));
}

#[test]
fn attendee_edit_and_dashboard_on_the_command_line() {
    let (dir, store) = imported();
    drop(store);
    let db = dir.path().join("event.sqlite");
    let edited = frontdesk(
        &db,
        &[
            "attendee",
            "edit",
            PACHET_TICKET,
            "--company",
            "Sony CSL",
            "--json",
            "--desk",
            "Office",
        ],
        "",
    );
    assert!(
        edited.status.success(),
        "{}",
        String::from_utf8_lossy(&edited.stderr)
    );
    assert_eq!(json(&edited)["company"], "Sony CSL");
    let nothing = frontdesk(&db, &["attendee", "edit", PACHET_TICKET], "");
    assert_eq!(nothing.status.code(), Some(2));
    let unknown = frontdesk(&db, &["attendee", "edit", "nope", "--company", "X"], "");
    assert_eq!(unknown.status.code(), Some(6));
    let changes = json(&frontdesk(
        &db,
        &["attendee", "changes", PACHET_TICKET, "--json"],
        "",
    ));
    assert_eq!(changes[0]["field"], "company");
    assert_eq!(changes[0]["desk"], "Office");

    let checked = frontdesk(&db, &["checkin", PACHET_TICKET, "--desk", "North"], "");
    assert!(checked.status.success());
    let out = json(&frontdesk(
        &db,
        &["dashboard", "--json", "--not-arrived", "pachet"],
        "",
    ));
    assert_eq!(out["dashboard"]["checked_in"], 1);
    assert_eq!(out["dashboard"]["by_desk"][0][0], "North");
    assert_eq!(out["dashboard"]["recent"][0]["kind"], "check_in");
    assert_eq!(out["dashboard"]["arrivals"][0]["check_ins"], 1);
    assert_eq!(out["not_arrived"].as_array().map(Vec::len), Some(0));
    let text = frontdesk(&db, &["dashboard"], "");
    assert!(String::from_utf8_lossy(&text.stdout).contains("1 checked in"));
}

#[test]
fn erase_needs_the_exact_words_and_can_export_first() {
    let (dir, store) = imported();
    drop(store);
    let db = dir.path().join("event.sqlite");
    let refused = frontdesk(&db, &["erase", "--confirm", "yes"], "");
    assert_eq!(refused.status.code(), Some(2));
    let bare = frontdesk(&db, &["erase"], "");
    assert_eq!(bare.status.code(), Some(2));
    assert_eq!(
        Store::open(&db)
            .expect("opens")
            .counts()
            .expect("readable")
            .registered,
        320
    );

    frontdesk(&db, &["checkin", PACHET_TICKET], "");
    let records = dir.path().join("records");
    let erased = frontdesk(
        &db,
        &[
            "erase",
            "--confirm",
            "erase all attendee data",
            "--export-first",
            records.to_str().expect("utf-8 path"),
            "--json",
        ],
        "",
    );
    assert!(
        erased.status.success(),
        "{}",
        String::from_utf8_lossy(&erased.stderr)
    );
    assert_eq!(json(&erased)["erased"]["attendees"], 320);
    let people = std::fs::read_to_string(records.join("attendees.csv")).expect("written");
    assert!(people.contains(PACHET_EMAIL));
    let log = std::fs::read_to_string(records.join("checkins.csv")).expect("written");
    assert_eq!(log.lines().count(), 2);
    assert_eq!(
        Store::open(&db)
            .expect("opens")
            .counts()
            .expect("readable")
            .registered,
        0
    );
}

fn holds_email(dir: &Path) -> Vec<&'static str> {
    let needle = PACHET_EMAIL.as_bytes();
    ["event.sqlite", "event.sqlite-wal"]
        .into_iter()
        .filter(|file| {
            let bytes = std::fs::read(dir.join(file)).unwrap_or_default();
            bytes.windows(needle.len()).any(|w| w == needle)
        })
        .collect()
}

/// An erase stopped dead after its delete committed and before the file was rewritten (as a
/// kill or a power cut would) is finished by the next command to open the database, which
/// says so; no email is readable in the file afterwards.
#[test]
fn an_erase_cut_short_after_its_delete_is_finished_at_the_next_open() {
    let (dir, store) = imported();
    drop(store);
    let db = dir.path().join("event.sqlite");
    let mut erase = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
    erase
        .arg("--db")
        .arg(&db)
        .args(["erase", "--confirm", "erase all attendee data"])
        .env(frontdesk::fault::FAULT_VARIABLE, "erase-deleted");
    let stopped = erase.output().expect("frontdesk runs");
    assert!(!stopped.status.success(), "the fault point was not reached");
    // The state the fault leaves: nobody registered, yet the emails are still in the file.
    let raw =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("opens");
    let registered: i64 = raw
        .query_row("SELECT count(*) FROM attendee", [], |row| row.get(0))
        .expect("readable");
    assert_eq!(registered, 0);
    drop(raw);
    assert!(
        !holds_email(dir.path()).is_empty(),
        "the fault left nothing to finish: the test proves nothing"
    );

    let stats = frontdesk(&db, &["stats", "--json"], "");
    assert!(stats.status.success());
    let said = String::from_utf8_lossy(&stats.stderr);
    assert!(said.contains("had been cut short"), "{said}");
    assert_eq!(json(&stats)["registered"], 0);
    assert_eq!(holds_email(dir.path()), Vec::<&str>::new());
    // Finished once: the next command says nothing more.
    let again = frontdesk(&db, &["stats"], "");
    assert!(String::from_utf8_lossy(&again.stderr).is_empty());
}

#[test]
#[ignore = "a figure for the README: cargo test --test organizer -- --ignored --nocapture"]
fn dashboard_at_100_000_registrants() {
    let (_dir, mut store) = common::temp_store();
    let csv = frontdesk::cli::generate_csv(100_000);
    let list =
        frontdesk::import::parse(&csv, "generated.csv", &Default::default()).expect("parses");
    store
        .import_registrants(&list, "import:generated.csv", Default::default())
        .expect("imports");
    let ids: Vec<i64> = store
        .attendees()
        .expect("readable")
        .iter()
        .map(|a| a.id)
        .collect();
    for id in ids.iter().step_by(3) {
        store.check_in_id(*id, "North").expect("checked in");
    }
    let started = Instant::now();
    let d = store.dashboard(20).expect("dashboard");
    let dashboard = started.elapsed();
    let started = Instant::now();
    let found = store.not_arrived("ber", 50).expect("readable");
    let not_arrived = started.elapsed();
    println!(
        "dashboard: {dashboard:?} ({} checked in, {} bins); not_arrived: {not_arrived:?} ({} found)",
        d.checked_in,
        d.arrivals.len(),
        found.len()
    );
}
