//! PIN rules, hashing and the slow-down after wrong tries.

use super::*;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("pin.sqlite")).expect("database opens");
    (dir, store)
}

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_700_000_000 + seconds, 0).expect("valid instant")
}

#[test]
fn refuses_pins_that_are_not_4_to_12_digits() {
    let (_dir, mut store) = store();
    assert!(matches!(set(&mut store, "123"), Err(PinError::TooShort)));
    assert!(matches!(
        set(&mut store, "1234567890123"),
        Err(PinError::TooLong)
    ));
    assert!(matches!(set(&mut store, "12a4"), Err(PinError::NotDigits)));
    assert!(matches!(set(&mut store, "1234 "), Err(PinError::NotDigits)));
    assert!(matches!(set(&mut store, "١٢٣٤"), Err(PinError::NotDigits)));
    assert!(!is_set(&store).expect("readable"));
}

#[test]
fn stores_only_an_argon2id_hash() {
    let (_dir, mut store) = store();
    set(&mut store, "4711").expect("valid PIN");
    assert!(is_set(&store).expect("readable"));
    let stored = store.setting(PIN_KEY).expect("readable").expect("stored");
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{stored}"
    );
    assert!(!stored.contains("4711"));
    assert_eq!(
        check(&mut store, "4711", at(0)).ok(),
        Some(PinCheck::Accepted)
    );
}

#[test]
fn checking_before_a_pin_is_set_says_so() {
    let (_dir, mut store) = store();
    assert!(matches!(
        check(&mut store, "1234", at(0)),
        Err(PinError::NotSet)
    ));
}

#[test]
fn waits_grow_after_three_free_wrong_tries() {
    assert_eq!(wait_after(1), None);
    assert_eq!(wait_after(3), None);
    assert_eq!(wait_after(4), Some(Duration::from_secs(5)));
    assert_eq!(wait_after(5), Some(Duration::from_secs(10)));
    assert_eq!(wait_after(6), Some(Duration::from_secs(20)));
    assert_eq!(wait_after(10), Some(Duration::from_secs(300)));
    assert_eq!(wait_after(u32::MAX), Some(Duration::from_secs(300)));
}

#[test]
fn wrong_tries_slow_down_and_survive_a_restart() {
    let (dir, mut store) = store();
    set(&mut store, "2468").expect("valid PIN");
    for _ in 0..3 {
        let answer = check(&mut store, "0000", at(0)).expect("checked");
        assert_eq!(answer, PinCheck::Wrong { wait: None });
    }
    let five = Duration::from_secs(5);
    assert_eq!(
        check(&mut store, "0000", at(0)).ok(),
        Some(PinCheck::Wrong { wait: Some(five) })
    );
    drop(store);
    let mut store = Store::open(&dir.path().join("pin.sqlite")).expect("reopens");
    // Even the right PIN is not looked at while the wait lasts.
    assert_eq!(
        check(&mut store, "2468", at(2)).ok(),
        Some(PinCheck::TooSoon {
            wait: Duration::from_secs(3)
        })
    );
    assert_eq!(
        check(&mut store, "0000", at(5)).ok(),
        Some(PinCheck::Wrong {
            wait: Some(Duration::from_secs(10))
        })
    );
    assert_eq!(
        check(&mut store, "2468", at(15)).ok(),
        Some(PinCheck::Accepted)
    );
    // The right PIN starts the count afresh.
    assert_eq!(
        check(&mut store, "0000", at(16)).ok(),
        Some(PinCheck::Wrong { wait: None })
    );
}

#[test]
fn a_clock_set_back_waits_at_most_five_minutes() {
    let (_dir, mut store) = store();
    set(&mut store, "2468").expect("valid PIN");
    store
        .set_setting(NOT_BEFORE_KEY, &format_utc(at(86_400)))
        .expect("written");
    assert_eq!(
        check(&mut store, "2468", at(0)).ok(),
        Some(PinCheck::TooSoon { wait: LONGEST_WAIT })
    );
}

#[test]
fn a_new_pin_forgets_wrong_tries() {
    let (_dir, mut store) = store();
    set(&mut store, "2468").expect("valid PIN");
    for _ in 0..5 {
        let _ = check(&mut store, "0000", at(0));
    }
    set(&mut store, "13579").expect("valid PIN");
    assert_eq!(
        check(&mut store, "13579", at(0)).ok(),
        Some(PinCheck::Accepted)
    );
    assert_eq!(
        check(&mut store, "2468", at(0)).ok(),
        Some(PinCheck::Wrong { wait: None })
    );
}
