//! Events of several days: one check-in per person each event day, the night after a day
//! still belonging to it, day passes, the day in every answer and figure, and databases of
//! one-day releases moving forward with their check-ins on day 1.

mod common;

use common::json;

use chrono::{DateTime, NaiveDate, Utc};
use frontdesk::checkin::{CheckIn, CheckInJson, Undo};
use frontdesk::clock::Clock;
use frontdesk::dashboard::Missing;
use frontdesk::day::{DayPass, TicketDays};
use frontdesk::settings::Settings;
use frontdesk::store::{Event, NewAttendee, Store, schema};

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("an instant")
        .with_timezone(&Utc)
}

/// A three-day summer school in Stockholm (UTC+2 in July), its clock at 09:00 on day 1.
fn summer_school() -> (tempfile::TempDir, Store, Clock) {
    let (dir, store) = common::temp_store();
    let clock = Clock::manual(instant("2018-07-09T09:00:00+02:00"));
    let mut store = store.with_clock(clock.clone());
    store
        .set_event(&Event {
            name: "Summer school".into(),
            time_zone: chrono_tz::Europe::Stockholm,
            starts_on: Some(date("2018-07-09")),
            ends_on: Some(date("2018-07-11")),
            ..Event::default()
        })
        .unwrap();
    (dir, store, clock)
}

fn add(store: &mut Store, name: &str, ticket_type: &str) -> String {
    let person = NewAttendee {
        first_name: name.into(),
        display_name: name.into(),
        ticket_type: ticket_type.into(),
        ..NewAttendee::default()
    };
    store
        .add_attendee(&person, "test")
        .unwrap()
        .badge_code
        .canonical()
        .to_string()
}

fn hours(n: u64) -> std::time::Duration {
    std::time::Duration::from_secs(n * 3600)
}

#[test]
fn a_person_checks_in_once_each_day_and_is_welcomed_back() {
    let (_dir, mut store, clock) = summer_school();
    let ada = add(&mut store, "Ada", "Full pass");

    let (day, first) = store.check_in_with_day(&ada, "Desk 1").unwrap();
    assert!(matches!(first, CheckIn::CheckedIn(_)));
    assert_eq!((day.number, day.of), (Some(1), Some(3)));
    assert!(!first.is_welcome_back(&day));
    assert!(matches!(
        store.check_in(&ada, "Desk 2").unwrap(),
        CheckIn::AlreadyCheckedIn { .. }
    ));

    // 00:30 after a long first evening is still day 1.
    clock.advance(hours(15) + std::time::Duration::from_secs(1800));
    let (night, again) = store.check_in_with_day(&ada, "Desk 2").unwrap();
    assert_eq!(night.date, date("2018-07-09"));
    assert!(
        matches!(again, CheckIn::AlreadyCheckedIn { first_desk, .. } if first_desk == "Desk 1")
    );

    // 09:00 on day 2: checked in again, welcomed back.
    clock.advance(hours(8) + std::time::Duration::from_secs(1800));
    let (day2, second) = store.check_in_with_day(&ada, "Desk 2").unwrap();
    assert_eq!(
        (day2.date, day2.label()),
        (date("2018-07-10"), Some("day 2 of 3".into()))
    );
    assert!(second.is_welcome_back(&day2));
    let json = serde_json::to_value(CheckInJson::new(&day2, &second)).unwrap();
    assert_eq!(json["outcome"], "checked_in");
    assert_eq!(json["day"], "2018-07-10");
    assert_eq!(json["day_number"], 2);
    assert_eq!(json["welcome_back"], true);
    assert_eq!(
        json["attendee"]["checked_in_days"],
        serde_json::json!(["2018-07-09", "2018-07-10"])
    );
    match store.check_in(&ada, "Desk 3").unwrap() {
        CheckIn::AlreadyCheckedIn {
            first_desk,
            first_checked_in_at,
            ..
        } => {
            assert_eq!(first_desk, "Desk 2");
            assert_eq!(
                first_checked_in_at.utc(),
                instant("2018-07-10T09:00:00+02:00")
            );
        }
        other => panic!("expected already checked in today, got {other:?}"),
    }

    // Undoing today's check-in leaves day 1's.
    assert!(matches!(
        store.undo_check_in(&ada, "Desk 2").unwrap(),
        Undo::Undone(_)
    ));
    let person = store.find_by_code(&ada).unwrap().unwrap();
    assert_eq!(person.checked_in_at, None);
    assert_eq!(person.checked_in_days, vec![date("2018-07-09")]);
    let stats = store.stats().unwrap();
    assert_eq!(stats.checked_in, 0);
    let by_day = serde_json::to_value(&stats).unwrap()["by_day"].clone();
    assert_eq!(by_day, serde_json::json!({"2018-07-09": {"checked_in": 1}}));
}

#[test]
fn a_day_pass_admits_on_its_days_and_refuses_the_others_with_the_reason() {
    let (_dir, mut store, clock) = summer_school();
    let bo = add(&mut store, "Bo", "Tuesday pass");
    let mut settings = Settings::load(&store).unwrap();
    let mut days = TicketDays::default();
    days.set(DayPass::parse("Tuesday pass=2018-07-10").unwrap());
    settings.ticket_days = days;
    settings.save(&mut store).unwrap();

    match store.check_in(&bo, "Desk 1").unwrap() {
        CheckIn::NotAdmitted { reason, .. } => {
            assert_eq!(reason, "Tuesday pass: valid on Tue 10 Jul only")
        }
        other => panic!("expected not admitted on Monday, got {other:?}"),
    }
    // A day pass not valid today is not someone the dashboard waits for.
    assert!(store.not_arrived("Bo", 10).unwrap().is_empty());
    clock.advance(hours(24));
    assert!(matches!(
        store.check_in(&bo, "Desk 1").unwrap(),
        CheckIn::CheckedIn(_)
    ));
    assert_eq!(
        Settings::load(&store).unwrap().ticket_days.passes().len(),
        1
    );
}

#[test]
fn the_dashboard_shows_a_chosen_day_and_who_came_before_but_not_yet_today() {
    let (_dir, mut store, clock) = summer_school();
    let ada = add(&mut store, "Ada", "Full pass");
    let bo = add(&mut store, "Bo", "Full pass");
    add(&mut store, "Cy", "Full pass");
    store.check_in(&ada, "Desk 1").unwrap();
    store.check_in(&bo, "Desk 2").unwrap();
    clock.advance(hours(24));
    store.check_in(&ada, "Desk 1").unwrap();

    let today = store.dashboard(10).unwrap();
    assert_eq!(today.day.date, date("2018-07-10"));
    assert_eq!(today.checked_in, 1);
    assert_eq!(today.came_earlier_not_this_day, 1);
    let picker: Vec<(NaiveDate, u64)> = today
        .days
        .iter()
        .map(|d| (d.day.date, d.checked_in))
        .collect();
    assert_eq!(
        picker,
        vec![
            (date("2018-07-09"), 2),
            (date("2018-07-10"), 1),
            (date("2018-07-11"), 0)
        ]
    );
    let expected_back = store
        .not_arrived_on(date("2018-07-10"), Missing::CameEarlier, "", 10)
        .unwrap();
    let names: Vec<&str> = expected_back
        .iter()
        .map(|a| a.display_name.as_str())
        .collect();
    assert_eq!(names, ["Bo"]);
    let everyone_missing = store
        .not_arrived_on(date("2018-07-10"), Missing::Everyone, "", 10)
        .unwrap();
    assert_eq!(everyone_missing.len(), 2);

    let day1 = store.dashboard_on(date("2018-07-09"), 10).unwrap();
    assert_eq!((day1.checked_in, day1.day.number), (2, Some(1)));
    assert_eq!(day1.arrivals.iter().map(|b| b.check_ins).sum::<u32>(), 2);
    let desks: Vec<&str> = day1.by_desk.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(desks, ["Desk 1", "Desk 2"]);
}

#[test]
fn a_one_day_release_moves_forward_with_its_check_ins_on_day_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("event.sqlite");
    {
        let old = Store::open_at_version(&path, 6).unwrap();
        rusqlite::Connection::open(old.path())
            .unwrap()
            .execute_batch(
                "INSERT INTO event (id, name, time_zone, starts_on, ends_on)
                   VALUES (1, 'ML Day', 'Europe/Stockholm', '2018-07-09', '2018-07-10');
                 INSERT INTO attendee (id, badge_code, display_name, created_at, updated_at)
                   VALUES (1, 'AAAAAAAAAAAA', 'Ada', 't', 't'), (2, 'BBBBBBBBBBBB', 'Bo', 't', 't');
                 INSERT INTO checkin_log (attendee_id, at, desk, action) VALUES
                   (1, '2018-07-09T07:00:00.000Z', 'Desk 1', 'check_in'),
                   (2, '2018-07-09T22:30:00.000Z', 'Desk 1', 'check_in');",
            )
            .unwrap();
    }
    let clock = Clock::manual(instant("2018-07-09T12:00:00+02:00"));
    let mut store = Store::open(&path).unwrap().with_clock(clock.clone());
    assert_eq!(store.schema_version().unwrap(), schema::current_version());
    assert_eq!(
        store.event().unwrap().unwrap().day_changes_at.to_string(),
        "04:00:00"
    );
    for id in [1, 2] {
        let person = store.attendee(id).unwrap().unwrap();
        assert_eq!(person.checked_in_days, vec![date("2018-07-09")], "{id}");
        assert_eq!(person.checked_in_desk.as_deref(), Some("Desk 1"));
    }
    // The new key still allows one check-in per person per day, and the log stays append-only.
    assert!(matches!(
        store.check_in_id(1, "Desk 2").unwrap(),
        CheckIn::AlreadyCheckedIn { .. }
    ));
    clock.advance(hours(24));
    assert!(matches!(
        store.check_in_id(1, "Desk 2").unwrap(),
        CheckIn::CheckedIn(_)
    ));
    let raw = rusqlite::Connection::open(&path).unwrap();
    assert!(
        raw.execute("UPDATE checkin_log SET desk = 'x'", [])
            .is_err()
    );
    assert!(
        raw.execute(
            "INSERT INTO presence (attendee_id, day, log_id) VALUES (1, '2018-07-10', 1)",
            []
        )
        .is_err(),
        "a second check-in the same day is refused by the primary key"
    );
}

#[test]
fn the_command_line_rehearses_day_two_with_at_and_sets_day_passes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let run = |args: &[&str]| common::frontdesk(&db, args);
    let out = run(&[
        "event",
        "--name",
        "Summer school",
        "--time-zone",
        "Europe/Stockholm",
        "--starts-on",
        "2018-07-09",
        "--ends-on",
        "2018-07-11",
    ]);
    common::assert_success(&out);
    let file = common::data("registrants-eventbrite.csv");
    assert!(run(&["import", file.to_str().unwrap()]).status.success());
    let people = json(&run(&["attendees", "--json"]));
    let code = people[0]["code"].as_str().unwrap().to_string();

    let day1 = run(&["checkin", &code, "--at", "2018-07-09T09:00", "--json"]);
    assert_eq!(day1.status.code(), Some(0));
    let day1 = json(&day1);
    assert_eq!(
        (day1["day"].as_str(), day1["day_number"].as_u64()),
        (Some("2018-07-09"), Some(1))
    );
    let night = run(&[
        "checkin",
        &code,
        "--at",
        "2018-07-10T00:30:00+02:00",
        "--json",
    ]);
    assert_eq!(
        night.status.code(),
        Some(3),
        "00:30 is still day 1: already checked in"
    );
    let day2 = run(&["checkin", &code, "--at", "2018-07-10T09:00:00+02:00"]);
    assert_eq!(day2.status.code(), Some(0));
    let said = String::from_utf8_lossy(&day2.stdout);
    assert!(
        said.starts_with("Welcome back,") && said.contains("day 2 of 3"),
        "{said}"
    );
    let checked_in_at =
        json(&run(&["attendees", "--json", "--at", "2018-07-10T12:00"]))[0]["checked_in_at"]
            .clone();
    assert_eq!(checked_in_at, "2018-07-10T07:00:00.000Z");
    let stats = json(&run(&["stats", "--json", "--at", "2018-07-10T12:00"]));
    assert_eq!(stats["checked_in"], 1);
    assert_eq!(stats["by_day"]["2018-07-09"]["checked_in"], 1);

    let refused = run(&["settings", "--ticket-days", "Friday=2018-07-13"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not a day of the event"));
    let set = json(&run(&[
        "settings",
        "--ticket-days",
        "Tuesday pass=2018-07-10",
        "--json",
    ]));
    assert_eq!(
        set["ticket_days"]["Tuesday pass"],
        serde_json::json!(["2018-07-10"])
    );
    let bad_at = run(&["checkin", &code, "--at", "tomorrow"]);
    assert_eq!(bad_at.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_at.stderr).contains("is not a time"));

    let csv = dir.path().join("log.csv");
    assert!(
        run(&["export", "checkins", "--out", csv.to_str().unwrap()])
            .status
            .success()
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.ends_with("Event day"), "{header}");
    assert!(
        text.lines().nth(2).unwrap().ends_with("2018-07-10"),
        "{text}"
    );
}
