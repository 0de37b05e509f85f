//! Copies of the event database: by hand (`frontdesk backup`, `frontdesk restore`) and the
//! desk window's automatic ones, kept as the newest few and the first of each day.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{frontdesk, import_file, temp_store};
use frontdesk::clock::Clock;
use frontdesk::store::{Store, backup};

fn registered(db: &Path) -> u64 {
    Store::open_existing(db)
        .unwrap()
        .counts()
        .unwrap()
        .registered
}

fn checked_in(db: &Path) -> u64 {
    Store::open_existing(db)
        .unwrap()
        .counts()
        .unwrap()
        .checked_in
}

#[test]
fn a_backup_restores_the_event_and_the_database_as_it_was_is_saved_aside() {
    let (dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let code = store.attendees().unwrap()[3]
        .badge_code
        .canonical()
        .to_string();
    drop(store);
    let db = dir.path().join("event.sqlite");
    let copy = dir.path().join("copy.sqlite");
    common::assert_success(&frontdesk(
        &db,
        &["backup", "--out", copy.to_str().unwrap()],
    ));
    assert_eq!(registered(&copy), 320);

    common::assert_success(&frontdesk(&db, &["checkin", &code]));
    assert_eq!(checked_in(&db), 1);
    let restored = frontdesk(&db, &["restore", copy.to_str().unwrap(), "--json"]);
    common::assert_success(&restored);
    let answer = common::json(&restored);
    assert_eq!(answer["registered"], 320);
    assert_eq!(checked_in(&db), 0, "the copy was taken before the check-in");
    let aside = answer["saved_aside"].as_str().expect("saved aside");
    assert_eq!(
        checked_in(Path::new(aside)),
        1,
        "the check-in is kept aside"
    );
}

#[test]
fn a_file_that_is_not_a_frontdesk_database_is_not_restored() {
    let (dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    drop(store);
    let db = dir.path().join("event.sqlite");
    let notes = dir.path().join("notes.sqlite");
    std::fs::write(
        &notes,
        "not a database, only some notes that are long enough",
    )
    .unwrap();
    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    for (file, says) in [
        (&notes, "not a frontdesk database"),
        (&other, "holds no frontdesk event"),
    ] {
        let refused = frontdesk(&db, &["restore", file.to_str().unwrap()]);
        assert_eq!(refused.status.code(), Some(1));
        let said = String::from_utf8_lossy(&refused.stderr);
        assert!(said.contains(says), "{said}");
        assert!(said.contains(&file.display().to_string()), "{said}");
    }
    assert_eq!(registered(&db), 320, "nothing was touched");
}

#[test]
fn a_database_too_damaged_to_open_is_moved_aside_and_the_copy_restored() {
    let (dir, mut store) = temp_store();
    import_file(&mut store, "registrants-eventbrite.csv");
    let db = dir.path().join("event.sqlite");
    let copy = dir.path().join("copy.sqlite");
    store.backup_to(&copy).unwrap();
    drop(store);
    std::fs::OpenOptions::new()
        .write(true)
        .open(&db)
        .unwrap()
        .set_len(40_000)
        .unwrap();
    let restored = frontdesk(&db, &["restore", copy.to_str().unwrap()]);
    common::assert_success(&restored);
    assert_eq!(registered(&db), 320);
}

#[test]
fn automatic_copies_are_taken_when_due_and_keep_the_newest_and_the_first_of_each_day() {
    let (dir, store) = temp_store();
    let start = chrono::DateTime::parse_from_rfc3339("2018-07-09T08:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let clock = Clock::manual(start);
    let store = store.with_clock(clock.clone());
    let folder = backup::folder_for(store.path());
    let every = Duration::from_secs(5 * 60);
    assert!(
        store.automatic_backup(&folder, every).unwrap().is_some(),
        "none yet: due"
    );
    clock.advance(Duration::from_secs(60));
    assert!(
        store.automatic_backup(&folder, every).unwrap().is_none(),
        "a minute later"
    );
    // Twelve more copies, five minutes apart, then twelve on the next day.
    for _ in 0..12 {
        clock.advance(every);
        assert!(store.automatic_backup(&folder, every).unwrap().is_some());
    }
    clock.advance(Duration::from_secs(24 * 3600));
    for _ in 0..12 {
        clock.advance(every);
        store.automatic_backup(&folder, every).unwrap();
    }
    let mut kept: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(
        kept.len(),
        8,
        "6 newest, the first of each of 2 days: {kept:?}"
    );
    assert_eq!(kept[0], "frontdesk-20180709-080000.sqlite");
    assert!(kept[1].starts_with("frontdesk-20180710-"), "{kept:?}");
    for name in &kept {
        let copy = folder.join(name);
        assert_eq!(
            Store::open_existing(&copy)
                .unwrap()
                .counts()
                .unwrap()
                .registered,
            0
        );
    }
    drop(dir);
}
