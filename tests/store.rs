mod common;

use common::{fingerprint, import_file, import_with, temp_store};
use frontdesk::checkin::{CheckIn, Undo};
use frontdesk::store::{ImportOptions, Status, Store, schema};

fn first_admitted(store: &Store) -> frontdesk::store::Attendee {
    store
        .attendees()
        .unwrap()
        .into_iter()
        .find(|a| a.status == Status::Admitted)
        .unwrap()
}

#[test]
fn a_database_of_the_first_schema_upgrades_and_keeps_its_check_ins() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        let old = Store::open_at_version(&path, 1).unwrap();
        assert_eq!(old.schema_version().unwrap(), 1);
        // What a version-1 desk wrote: a person, checked in, checked out, checked in again,
        // and a second person checked in and undone.
        rusqlite::Connection::open(old.path())
            .unwrap()
            .execute_batch(
                "INSERT INTO attendee (id, badge_code, display_name, created_at, updated_at)
                 VALUES (1, 'AAAAAAAAAAAA', 'Ada', 't', 't'), (2, 'BBBBBBBBBBBB', 'Bo', 't', 't');
                 INSERT INTO checkin_log (attendee_id, at, desk, action) VALUES
                   (1, '2018-07-09T07:00:00.000Z', 'Desk 1', 'check_in'),
                   (1, '2018-07-09T07:01:00.000Z', 'Desk 1', 'undo'),
                   (1, '2018-07-09T07:02:00.000Z', 'Desk 2', 'check_in'),
                   (2, '2018-07-09T07:03:00.000Z', 'Desk 1', 'check_in'),
                   (2, '2018-07-09T07:04:00.000Z', 'Desk 1', 'undo');",
            )
            .unwrap();
    }
    // Read on the day those check-ins were made: day 1 of the event they belong to.
    let on_the_day = frontdesk::clock::Clock::manual("2018-07-09T12:00:00Z".parse().unwrap());
    let store = Store::open(&path).unwrap().with_clock(on_the_day);
    assert_eq!(store.schema_version().unwrap(), schema::current_version());
    let ada = store.attendee(1).unwrap().unwrap();
    let bo = store.attendee(2).unwrap().unwrap();
    assert_eq!(ada.checked_in_desk.as_deref(), Some("Desk 2"));
    assert_eq!(
        ada.checked_in_at.map(|at| at.to_string()).as_deref(),
        Some("2018-07-09T07:02:00.000Z")
    );
    assert_eq!(bo.checked_in_at, None);
    assert_eq!(store.stats().unwrap().checked_in, 1);
}

/// Schema 12 drops an index no query could use; the kiosk's email lookup, which reads the
/// addresses trimmed, still finds its owner on an upgraded database.
#[test]
fn an_upgrade_drops_the_unused_email_index_and_email_lookup_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    let email_index = |path: &std::path::Path| -> i64 {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'attendee_by_email'",
                [],
                |row| row.get(0),
            )
            .unwrap()
    };
    {
        let mut old = Store::open_at_version(&path, 11).unwrap();
        import_file(&mut old, "registrants-eventbrite.csv");
    }
    assert_eq!(email_index(&path), 1);
    let store = Store::open(&path).unwrap();
    assert_eq!(email_index(&path), 0);
    let someone = first_admitted(&store);
    let typed = format!("  {}  ", someone.email.to_uppercase());
    assert_eq!(
        store.attendee_ids_with_email(&typed).unwrap(),
        vec![someone.id]
    );
}

#[test]
fn a_newer_schema_is_refused_with_a_sentence() {
    let (dir, store) = temp_store();
    rusqlite::Connection::open(store.path())
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    drop(store);
    let error = Store::open(&dir.path().join("event.sqlite")).err().unwrap();
    assert!(error.to_string().contains("newer frontdesk"), "{error}");
}

/// A version we never wrote (negative), or one lower than the tables in the file (0 to the
/// one before the newest on a current database), is one sentence naming the file: never a
/// panic, never the SQL of a migration.
#[test]
fn a_schema_version_that_does_not_match_the_tables_is_refused_with_a_sentence() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join("event.sqlite");
    import_file(&mut store, "registrants-eventbrite.csv");
    drop(store);
    for version in [-1, i64::MIN]
        .into_iter()
        .chain(0..schema::current_version())
    {
        rusqlite::Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", version)
            .unwrap();
        let error = Store::open(&path).err().unwrap_or_else(|| {
            panic!("a database claiming schema {version} was opened as if it were")
        });
        let said = error.to_string();
        assert!(
            said.contains("is damaged or was changed by another program"),
            "{version}: {said}"
        );
        assert!(said.contains(&path.display().to_string()), "{said}");
        assert!(!said.contains("CREATE"), "{version}: {said}");
        let output = common::frontdesk(&path, &["stats"]);
        assert_eq!(output.status.code(), Some(1), "{version}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{version}: {stderr}");
    }
    // Put right, the file opens with everything in it.
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", schema::current_version())
        .unwrap();
    assert_eq!(Store::open(&path).unwrap().stats().unwrap().registered, 320);
}

/// A database cut short (a copy that stopped half-way) is named, with what to do.
#[test]
fn a_truncated_database_is_named_as_damaged() {
    let (dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    drop(store);
    let path = dir.path().join("event.sqlite");
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(40_000).unwrap();
    drop(file);
    for args in [&["stats"][..], &["checkin", "ABCD-EFGH-JKLM"]] {
        let output = common::frontdesk(&path, args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains(&path.display().to_string()), "{said}");
        assert!(said.contains("is damaged"), "{said}");
        assert!(
            said.contains("restore a copy of it from a backup"),
            "{said}"
        );
    }
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite");
    std::fs::write(
        &path,
        "these are my notes, not a database at all, but long enough",
    )
    .unwrap();
    let error = Store::open(&path).err().unwrap();
    assert!(
        error.to_string().contains("not a frontdesk database"),
        "{error}"
    );
}

#[test]
fn check_in_outcomes() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let people = store.attendees().unwrap();
    let admitted = people
        .iter()
        .find(|a| a.status == Status::Admitted)
        .unwrap();
    let refused = people
        .iter()
        .find(|a| a.status == Status::NotAdmitted)
        .unwrap();
    let code = admitted.badge_code.grouped();

    match store.check_in(&code, "Desk 1").unwrap() {
        CheckIn::CheckedIn(a) => {
            assert_eq!(a.id, admitted.id);
            assert_eq!(a.checked_in_desk.as_deref(), Some("Desk 1"));
        }
        other => panic!("expected a check-in, got {other:?}"),
    }
    match store.check_in(&code.to_lowercase(), "Desk 2").unwrap() {
        CheckIn::AlreadyCheckedIn {
            attendee,
            first_desk,
            first_checked_in_at,
        } => {
            assert_eq!(attendee.id, admitted.id);
            assert_eq!(first_desk, "Desk 1");
            let first_checked_in_at = first_checked_in_at.to_string();
            assert!(first_checked_in_at.ends_with('Z') && first_checked_in_at.contains('.'));
        }
        other => panic!("expected already checked in, got {other:?}"),
    }
    match store
        .check_in(refused.badge_code.canonical(), "Desk 1")
        .unwrap()
    {
        CheckIn::NotAdmitted { reason, .. } => {
            assert!(reason.contains("Not Attending"), "{reason}")
        }
        other => panic!("expected not admitted, got {other:?}"),
    }
    let mut typo: Vec<char> = admitted.badge_code.canonical().chars().collect();
    typo.swap(2, 3);
    if typo[2] != typo[3] {
        assert_eq!(
            store
                .check_in(&typo.iter().collect::<String>(), "Desk 1")
                .unwrap(),
            CheckIn::Typo
        );
    }
    let stranger = frontdesk::code::BadgeCode::random();
    assert_eq!(
        store.check_in(stranger.canonical(), "Desk 1").unwrap(),
        CheckIn::Unknown
    );
    assert_eq!(
        store.check_in("nobody", "Desk 1").unwrap(),
        CheckIn::Unknown
    );
}

#[test]
fn the_emailed_ticket_code_checks_in_too() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    // François Pachet's Eventbrite barcode, as in the export.
    let outcome = store.check_in("7400000007797980173001", "Desk 1").unwrap();
    assert_eq!(outcome.name(), "checked_in");
    assert_eq!(outcome.attendee().unwrap().last_name, "Pachet");
}

#[test]
fn codes_typed_through_a_french_or_german_layout_still_resolve() {
    use frontdesk::keyboard::{HOST_LAYOUTS, as_seen_on};
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let people = store.attendees().unwrap();
    let mut resolved = 0;
    for (person, layout) in people
        .iter()
        .filter(|a| a.status == Status::Admitted)
        .zip(HOST_LAYOUTS.iter().cycle())
        .take(30)
    {
        let shown = as_seen_on(*layout, person.badge_code.canonical());
        let outcome = store.check_in(&shown, "Desk 1").unwrap();
        assert_eq!(
            outcome.attendee().map(|a| a.id),
            Some(person.id),
            "{layout:?} {shown}"
        );
        resolved += 1;
    }
    assert_eq!(resolved, 30);
    // Eventbrite's numeric barcodes arrive as &é"'(-è_çà on a French layout.
    let shown = as_seen_on(
        frontdesk::keyboard::HostLayout::Azerty,
        "7400000073088742808001",
    );
    let outcome = store.check_in(&shown, "Desk 1").unwrap();
    assert_eq!(outcome.attendee().unwrap().last_name, "Dorman");
}

#[test]
fn undo_is_logged_and_the_state_follows_the_log() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let person = first_admitted(&store);
    let code = person.badge_code.canonical().to_string();
    assert!(matches!(
        store.undo_check_in(&code, "Desk 1").unwrap(),
        Undo::NotCheckedIn(_)
    ));
    store.check_in(&code, "Desk 1").unwrap();
    assert!(matches!(
        store.undo_check_in(&code, "Desk 1").unwrap(),
        Undo::Undone(_)
    ));
    assert_eq!(
        store.attendee(person.id).unwrap().unwrap().checked_in_at,
        None
    );
    assert_eq!(
        store.check_in(&code, "Desk 2").unwrap().name(),
        "checked_in"
    );
    let log = store.recent_log(None, 10).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["check_in", "undo", "check_in"]);
    // The log cannot be rewritten.
    let raw = rusqlite::Connection::open(store.path()).unwrap();
    let rewrite = raw.execute("UPDATE checkin_log SET desk = 'x'", []);
    assert!(rewrite.is_err());
    // The checked-in state agrees with the log for everyone.
    let disagreeing: i64 = raw
        .query_row(
            "SELECT count(*) FROM attendee a WHERE
               (EXISTS (SELECT 1 FROM presence p WHERE p.attendee_id = a.id)) <>
               (coalesce((SELECT action FROM checkin_log l WHERE l.attendee_id = a.id
                          ORDER BY l.id DESC LIMIT 1), 'undo') = 'check_in')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(disagreeing, 0);
}

#[test]
fn reimport_is_idempotent_and_keeps_check_ins() {
    let (_dir, mut store) = temp_store();
    let first = import_file(&mut store, "registrants-eventbrite.csv");
    assert_eq!((first.added, first.updated, first.unchanged), (320, 0, 0));
    let person = first_admitted(&store);
    store
        .check_in(person.badge_code.canonical(), "Desk 1")
        .unwrap();
    let before = fingerprint(&store);
    let again = import_file(&mut store, "registrants-eventbrite.csv");
    assert_eq!(
        (
            again.added,
            again.updated,
            again.unchanged,
            again.missing_from_file
        ),
        (0, 0, 320, 0)
    );
    assert_eq!(fingerprint(&store), before);
}

#[test]
fn a_second_export_of_the_same_people_merges_by_email() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let report = import_file(&mut store, "registrants-messy.csv");
    let registered = store.stats().unwrap().registered;
    // Everyone the messy sheet shares with the Eventbrite export (by email) was updated or
    // unchanged, not added again.
    assert_eq!(registered, 320 + report.added);
    assert!(report.updated + report.unchanged > 0);
}

#[test]
fn prune_marks_people_missing_from_the_new_list() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let report = import_with(
        &mut store,
        "registrants-pretix.csv",
        ImportOptions {
            prune: true,
            dry_run: false,
        },
    );
    assert!(report.missing_from_file > 0);
    assert!(report.pruned > 0 && report.pruned <= report.missing_from_file);
    let pruned = store
        .attendees()
        .unwrap()
        .into_iter()
        .filter(|a| {
            a.status_reason
                .starts_with("not in the latest registrant list")
        })
        .count() as u64;
    assert_eq!(pruned, report.pruned);
}

#[test]
fn a_dry_run_changes_nothing() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-pretix.csv");
    let before = fingerprint(&store);
    let report = import_with(
        &mut store,
        "registrants-eventbrite.csv",
        ImportOptions {
            prune: true,
            dry_run: true,
        },
    );
    assert!(report.added > 0);
    assert_eq!(fingerprint(&store), before);
}

#[test]
fn two_desks_race_for_the_same_people_and_each_is_checked_in_once() {
    let (dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let codes: Vec<String> = store
        .attendees()
        .unwrap()
        .into_iter()
        .filter(|a| a.status == Status::Admitted)
        .map(|a| a.badge_code.canonical().to_string())
        .collect();
    let path = dir.path().join("event.sqlite");
    let desks: Vec<_> = ["Desk 1", "Desk 2"]
        .into_iter()
        .map(|desk| {
            let codes = codes.clone();
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path).unwrap();
                codes
                    .iter()
                    .map(|c| store.check_in(c, desk).unwrap().name())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let results: Vec<Vec<&str>> = desks.into_iter().map(|d| d.join().unwrap()).collect();
    for i in 0..codes.len() {
        let mut pair = [results[0][i], results[1][i]];
        pair.sort();
        assert_eq!(
            pair,
            ["already_checked_in", "checked_in"],
            "code {}",
            codes[i]
        );
    }
    let entries: i64 = rusqlite::Connection::open(store.path())
        .unwrap()
        .query_row("SELECT count(*) FROM checkin_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(entries as usize, codes.len());
}

fn import_bytes(store: &mut Store, bytes: &[u8]) -> frontdesk::store::ImportReport {
    let list = frontdesk::import::parse(bytes, "inline.csv", &Default::default()).unwrap();
    store
        .import_registrants(&list, "import:inline.csv", ImportOptions::default())
        .unwrap()
}

/// A ticket transferred to someone else comes back in the next export under the new
/// holder's name with the same code: the same registration, renamed, so scanning it then
/// welcomes the new holder and nobody is left holding it twice.
#[test]
fn a_transferred_ticket_checks_in_its_new_holder() {
    let (_dir, mut store) = temp_store();
    let header = "First Name,Last Name,Email,Barcode #\n";
    import_bytes(
        &mut store,
        format!("{header}Ada,Lovelace,ada@example.org,7400000000000000000001\n").as_bytes(),
    );
    let report = import_bytes(
        &mut store,
        format!("{header}Alan,Turing,alan@example.org,7400000000000000000001\n").as_bytes(),
    );
    assert_eq!((report.added, report.updated), (0, 1));
    let answer = store.check_in("7400000000000000000001", "front").unwrap();
    assert_eq!(
        answer.attendee().map(|a| a.display_name.as_str()),
        Some("Alan Turing")
    );
    assert_eq!(store.counts().unwrap().registered, 1);
}

#[test]
fn each_sample_export_imports_with_exact_counts() {
    for (file, added, not_admitted, skipped) in [
        ("registrants-eventbrite.csv", 320, 4, 0),
        ("registrants-pretix.csv", 250, 11, 0),
        ("registrants-messy.csv", 120, 0, 20),
    ] {
        let (_dir, mut store) = temp_store();
        let report = import_file(&mut store, file);
        assert_eq!(
            (report.added, report.not_admitted, report.skipped.len()),
            (added, not_admitted, skipped),
            "{file}"
        );
        let stats = store.stats().unwrap();
        assert_eq!(
            (stats.registered, stats.registered - stats.admitted),
            (added, not_admitted)
        );
        let again = import_file(&mut store, file);
        assert_eq!(
            (again.added, again.updated, again.unchanged),
            (0, 0, added),
            "{file} again"
        );
    }
}

#[test]
fn the_messy_sheet_merges_the_person_registered_twice() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-messy.csv");
    let jameses: Vec<_> = store
        .attendees()
        .unwrap()
        .into_iter()
        .filter(|a| a.display_name == "James McInerney")
        .collect();
    assert_eq!(jameses.len(), 1);
    assert_eq!(
        jameses[0].email.to_lowercase(),
        "james.mcinerney@example.org"
    );
    // The zero-width space after Zoë is gone; the formula in Notes was never imported.
    assert!(
        store
            .attendees()
            .unwrap()
            .iter()
            .any(|a| a.first_name == "Zoë")
    );
}

#[test]
fn people_sharing_an_inbox_stay_two_people_across_reimports() {
    let (_dir, mut store) = temp_store();
    let file = b"First Name,Last Name,Email,Company\n\
        Ada,Lind,office@example.org,Acme\n\
        Bo,Berg,office@example.org,Acme\n";
    assert_eq!(import_bytes(&mut store, file).added, 2);
    let again = import_bytes(&mut store, file);
    assert_eq!(
        (again.added, again.unchanged, again.missing_from_file),
        (0, 2, 0)
    );
    assert_eq!(store.stats().unwrap().registered, 2);
}

#[test]
fn namesakes_at_one_company_with_their_own_emails_are_two_people() {
    let (_dir, mut store) = temp_store();
    import_bytes(
        &mut store,
        b"First Name,Last Name,Email,Company\nAnna,Andersson,anna.a@example.org,Spotify\n",
    );
    let report = import_bytes(
        &mut store,
        b"First Name,Last Name,Email,Company\nAnna,Andersson,anna.a@example.org,Spotify\nAnna,Andersson,anna.b@example.org,Spotify\n",
    );
    assert_eq!((report.added, report.unchanged), (1, 1));
}

#[test]
fn an_updated_export_updates_people_and_keeps_their_check_in() {
    let (_dir, mut store) = temp_store();
    import_bytes(
        &mut store,
        b"First Name,Last Name,Email,Company,Ticket Type\nAda,Lind,ada@example.org,Acme,Attendee\n",
    );
    let ada = store.attendees().unwrap().remove(0);
    store
        .check_in(ada.badge_code.canonical(), "Desk 1")
        .unwrap();
    let report = import_bytes(
        &mut store,
        b"First Name,Last Name,Email,Company,Ticket Type\nAda,Lindqvist,ADA@example.org,Acme AB,Speaker\n",
    );
    assert_eq!((report.added, report.updated), (0, 1));
    let after = store.attendee(ada.id).unwrap().unwrap();
    assert_eq!(
        (after.last_name.as_str(), after.ticket_type.as_str()),
        ("Lindqvist", "Speaker")
    );
    assert_eq!(after.badge_code, ada.badge_code);
    assert_eq!(after.checked_in_desk.as_deref(), Some("Desk 1"));
}

#[test]
fn the_quick_counts_agree_with_the_full_stats() {
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let person = first_admitted(&store);
    store
        .check_in(person.badge_code.canonical(), "Desk 1")
        .unwrap();
    let (counts, stats) = (store.counts().unwrap(), store.stats().unwrap());
    assert_eq!(
        (counts.registered, counts.admitted, counts.checked_in),
        (stats.registered, stats.admitted, stats.checked_in)
    );
    assert_eq!(
        (counts.registered, counts.admitted, counts.checked_in),
        (320, 316, 1)
    );
}

/// A list of `people` distinct people, as a large registration export would have them.
fn generated_list(people: usize) -> frontdesk::import::ParsedList {
    let mut csv = String::from("First name,Last name,Email,Company,Ticket type\n");
    for i in 0..people {
        csv.push_str(&format!(
            "Person{i},Surname{i},person{i}@example.org,Company {},General\n",
            i % 97
        ));
    }
    frontdesk::import::parse(
        csv.as_bytes(),
        "large.csv",
        &frontdesk::import::ParseOptions::default(),
    )
    .unwrap()
}

#[test]
fn import_progress_is_reported_every_thousand_people_and_at_both_ends() {
    use std::sync::atomic::AtomicBool;
    let (_dir, mut store) = temp_store();
    let list = generated_list(2_500);
    let mut ticks = Vec::new();
    let never = AtomicBool::new(false);
    let report = store
        .import_registrants_with_progress(
            &list,
            "import:large.csv",
            ImportOptions::default(),
            |done, total| ticks.push((done, total)),
            &never,
        )
        .unwrap();
    assert_eq!(report.added, 2_500);
    assert_eq!(
        ticks,
        [(0, 2_500), (1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]
    );
    assert_eq!(store.stats().unwrap().registered, 2_500);
}

#[test]
fn a_cancelled_import_leaves_the_database_exactly_as_it_was() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let (_dir, mut store) = temp_store();
    import_file(&mut store, "registrants-pretix.csv");
    let before = fingerprint(&store);
    let list = generated_list(5_000);
    let cancel = AtomicBool::new(false);
    let mut ticks = Vec::new();
    let result = store.import_registrants_with_progress(
        &list,
        "import:large.csv",
        ImportOptions::default(),
        |done, _| {
            ticks.push(done);
            // The organizer presses Cancel after the third report, mid-way.
            if ticks.len() == 3 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    let error = result.unwrap_err();
    assert!(matches!(error, frontdesk::store::StoreError::Cancelled));
    assert_eq!(
        error.to_string(),
        "the import was cancelled and the database is as it was before"
    );
    assert_eq!(
        ticks,
        [0, 1_000, 2_000],
        "stopped at the report after Cancel"
    );
    assert_eq!(fingerprint(&store), before);
    assert_eq!(store.stats().unwrap().registered, 250);

    // The same list imports in full afterwards: the cancelled transaction left nothing behind.
    let report = store
        .import_registrants(&list, "import:large.csv", ImportOptions::default())
        .unwrap();
    assert_eq!(report.added, 5_000);
}
