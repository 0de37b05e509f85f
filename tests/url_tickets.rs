//! Tickets whose QR code holds a URL (Luma, Tito and others) check the person in; a URL that
//! means nobody is unknown.

mod common;

use frontdesk::checkin::CheckIn;

fn name(answer: &CheckIn) -> &str {
    answer
        .attendee()
        .map_or("nobody", |attendee| attendee.display_name.as_str())
}

#[test]
fn a_luma_check_in_url_checks_its_guest_in() {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, "registrants-luma.csv");
    let scanned = "https://lu.ma/check-in/evt-NKXctR3fMVfX24o?pk=g-7Hq2LmZx0PzR3Kd";
    let answer = store.check_in(scanned, "Desk 1").expect("answers");
    assert!(matches!(answer, CheckIn::CheckedIn(_)), "{answer:?}");
    assert_eq!(name(&answer), "Omar Haddad");
    let again = store.check_in(scanned, "Desk 1").expect("answers");
    assert!(matches!(again, CheckIn::AlreadyCheckedIn { .. }));
    // A declined guest's URL is theirs, and they are not admitted.
    let declined = "https://lu.ma/check-in/evt-NKXctR3fMVfX24o?pk=g-Zr81xQp4LmN2aB0";
    let answer = store.check_in(declined, "Desk 1").expect("answers");
    assert!(matches!(answer, CheckIn::NotAdmitted { .. }));
}

#[test]
fn a_tito_ticket_checks_in_by_its_url_or_the_part_its_qr_carries() {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, "registrants-tito.csv");
    let by_url = store
        .check_in("https://ti.to/tickets/ti_pb7rt1x", "Desk 1")
        .expect("answers");
    assert_eq!(name(&by_url), "Ludwig van Beethoven");
    assert!(matches!(by_url, CheckIn::CheckedIn(_)));
    let by_slug = store.check_in("ti_pqxkf2x", "Desk 1").expect("answers");
    assert_eq!(name(&by_slug), "Claire Dorman");
    // Another site's URL ending in a Tito ticket's token is read by its parts too.
    let wrapped = store
        .check_in("https://tickets.example.org/scan?t=ti_pqxkf1x", "Desk 1")
        .expect("answers");
    assert_eq!(name(&wrapped), "François Pachet");
}

#[test]
fn a_url_holding_a_badge_code_checks_that_badge_in() {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, "registrants-eventbrite.csv");
    let people = store.attendees().expect("attendees");
    let anna = people
        .iter()
        .find(|a| a.status == frontdesk::store::Status::Admitted)
        .expect("someone admitted");
    let url = format!(
        "https://frontdesk.example/badge/{}",
        anna.badge_code.grouped()
    );
    let answer = store.check_in(&url, "Desk 1").expect("answers");
    assert!(matches!(answer, CheckIn::CheckedIn(_)), "{answer:?}");
    assert_eq!(name(&answer), anna.display_name);
}

#[test]
fn a_url_that_means_nobody_is_unknown_never_a_typo() {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, "registrants-luma.csv");
    for scanned in [
        "https://lu.ma/check-in/evt-NKXctR3fMVfX24o?pk=g-doesnotexist",
        "https://phishing.example/login?next=https://lu.ma",
        "https://example.org/K7QM-2XHD-9FPB",
        "http://",
    ] {
        let answer = store.check_in(scanned, "Desk 1").expect("answers");
        assert_eq!(answer, CheckIn::Unknown, "{scanned}");
    }
    assert!(store.recent_log(None, 10).expect("log").is_empty());
}
