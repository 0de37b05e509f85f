//! An organizer's own event: a database with no event, or with the sample event the window
//! loads on its first start, gets the organizer's event before their list, from the command
//! line as from the import wizard (`tests/import_wizard_ui.rs`).

mod common;

use common::{assert_success, frontdesk, json};

use frontdesk::store::{Event, EventState, Store, StoreError};

fn nordic_data_day() -> Event {
    Event {
        name: "  Nordic Data Day ".into(),
        venue: "Kulturhuset".into(),
        time_zone: chrono_tz::Europe::Stockholm,
        starts_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 4),
        ends_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 5),
        ..Event::default()
    }
}

fn sample_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("event.sqlite");
    let mut store = Store::open(&path).unwrap();
    frontdesk::sample::load_if_empty(&mut store)
        .unwrap()
        .expect("the sample loads into an empty database");
    (dir, path)
}

#[test]
fn a_new_database_has_no_event_of_the_organizers_until_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("event.sqlite")).unwrap();
    assert_eq!(store.event_state().unwrap(), EventState::Unnamed);
    assert!(store.event_state().unwrap().needs_an_event());

    let blank = Event {
        name: " ".into(),
        ..nordic_data_day()
    };
    assert_eq!(
        store.start_own_event(blank).unwrap_err().to_string(),
        "Give the event a name."
    );
    assert_eq!(
        store.event().unwrap(),
        None,
        "a refused event changes nothing"
    );

    let report = store.start_own_event(nordic_data_day()).unwrap();
    assert_eq!(report.event.name, "Nordic Data Day", "trimmed");
    assert_eq!(report.removed_sample, None);
    assert_eq!(store.event_state().unwrap(), EventState::Named);
    assert_eq!(store.event().unwrap(), Some(report.event));
}

#[test]
fn the_organizers_event_replaces_the_sample_its_people_and_its_agenda() {
    let (_dir, path) = sample_db();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.event_state().unwrap(), EventState::Sample);
    let sample_people = store.stats().unwrap().registered;
    assert!(sample_people > 0);
    assert!(!store.agenda().unwrap().sessions.is_empty());
    assert!(matches!(
        store.refuse_the_sample(),
        Err(StoreError::SampleEvent)
    ));

    let report = store.start_own_event(nordic_data_day()).unwrap();
    let removed = report.removed_sample.expect("the sample was removed");
    assert_eq!(removed.attendees, sample_people);
    assert_eq!(store.stats().unwrap().registered, 0);
    assert!(store.agenda().unwrap().sessions.is_empty());
    assert_eq!(store.event_state().unwrap(), EventState::Named);
    assert!(store.refuse_the_sample().is_ok());
    drop(store);

    // The sample's people are not readable in the file afterwards.
    let bytes = std::fs::read(&path).unwrap();
    let sample_email = b"francois.pachet@example.org";
    assert!(
        !bytes.windows(sample_email.len()).any(|w| w == sample_email),
        "an email of the sample is still in the file"
    );
    // Reopening does not load the sample again: the database has an event now.
    let mut store = Store::open(&path).unwrap();
    assert_eq!(frontdesk::sample::load_if_empty(&mut store).unwrap(), None);
}

#[test]
fn the_command_line_asks_before_it_replaces_the_sample() {
    let (_dir, db) = sample_db();
    let list = common::data("registrants-pretix.csv");
    let list = list.to_str().unwrap();

    let refused = frontdesk(&db, &["import", list]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("this database holds the sample event") && said.contains("--replace-sample"),
        "{said}"
    );
    let refused = frontdesk(&db, &["event", "--name", "Nordic Data Day"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--replace-sample"));
    let stats = json(&frontdesk(&db, &["stats", "--json"]));
    assert_eq!(stats["registered"], 320, "nothing changed");

    let replaced = frontdesk(
        &db,
        &[
            "event",
            "--replace-sample",
            "--name",
            "Nordic Data Day",
            "--time-zone",
            "Europe/Stockholm",
            "--starts-on",
            "2027-03-04",
        ],
    );
    assert_success(&replaced);
    assert!(
        String::from_utf8_lossy(&replaced.stdout)
            .contains("Removed the sample event: 320 registrants"),
        "{}",
        String::from_utf8_lossy(&replaced.stdout)
    );
    let event = json(&frontdesk(&db, &["event", "--json"]));
    assert_eq!(event["name"], "Nordic Data Day");
    assert_eq!(event["starts_on"], "2027-03-04");
    assert_eq!(event["venue"], "", "nothing of the sample's event is kept");

    assert_success(&frontdesk(&db, &["import", list]));
    let stats = json(&frontdesk(&db, &["stats", "--json"]));
    assert_eq!(stats["registered"], 250);
}

#[test]
fn an_import_into_a_new_database_says_how_to_name_the_event() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let list = common::data("registrants-pretix.csv");
    let out = frontdesk(&db, &["import", list.to_str().unwrap()]);
    assert_success(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("The event has no name yet") && said.contains("frontdesk event --name NAME"),
        "{said}"
    );
    assert_success(&frontdesk(&db, &["event", "--name", "Nordic Data Day"]));
    let again = frontdesk(&db, &["import", list.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&again.stdout).contains("no name yet"));
}

#[test]
fn a_new_event_starts_in_the_computers_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let named = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("--db")
        .arg(&db)
        .args(["event", "--name", "Nordic Data Day", "--json"])
        .env("TZ", "America/New_York")
        .output()
        .unwrap();
    assert_eq!(json(&named)["time_zone"], "America/New_York");
    // A zone given by hand wins; an existing event keeps its zone.
    assert_success(&frontdesk(&db, &["event", "--venue", "Pier 17"]));
    assert_eq!(
        json(&frontdesk(&db, &["event", "--json"]))["time_zone"],
        "America/New_York"
    );
}

/// On a desk of a hub the sample's people are the hub's too: replacing the sample here alone
/// would leave them everywhere else, so it waits for an erase, which reaches every desk.
#[test]
fn a_desk_of_a_hub_replaces_the_sample_only_after_an_erase() {
    let (_dir, path) = sample_db();
    let mut store = Store::open(&path).unwrap();
    store
        .link_hub("event-key", "127.0.0.1:5432/frontdesk", 0)
        .unwrap();
    let refused = store.start_own_event(nordic_data_day()).unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("erase the attendee data first"),
        "{refused}"
    );
    assert_eq!(
        store.attendees().unwrap().len(),
        320,
        "a refusal changes nothing"
    );
    assert_eq!(store.event_state().unwrap(), EventState::Sample);

    store.erase_attendee_data().unwrap();
    let report = store.start_own_event(nordic_data_day()).unwrap();
    let removed = report.removed_sample.expect("the sample's agenda goes");
    assert_eq!(removed.attendees, 0, "the erase removed the people already");
    assert_eq!(store.event_state().unwrap(), EventState::Named);
    assert!(
        store.agenda().unwrap().sessions.is_empty(),
        "the sample's agenda is gone"
    );
}
