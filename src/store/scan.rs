//! Whether what a scanner typed so far is a whole code: scanners that send no Enter after a
//! code are read as done once their typing pauses, and a code cut short must never be checked.

use super::{Store, StoreError, attendees};
use crate::code::{self, Parsed};

impl Store {
    /// A badge code whose check character is right, or exactly a ticket code from an import.
    /// A badge code missing its last characters has no check character yet, so it is never
    /// whole; a ticket code is whole only as imported, never a part of it.
    pub fn is_complete_code(&self, text: &str) -> Result<bool, StoreError> {
        if matches!(code::parse(text), Parsed::Valid(_)) {
            return Ok(true);
        }
        let ticket = code::normalize_ticket_code(text);
        if ticket.is_empty() {
            return Ok(false);
        }
        Ok(attendees::id_by_ticket_code(&self.conn, &ticket)?.is_some())
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{NewAttendee, Store};

    fn store_with_ticket(ticket: &str) -> (tempfile::TempDir, Store, String) {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut store = Store::open(&dir.path().join("event.sqlite")).expect("database opens");
        let person = NewAttendee {
            first_name: "Ada".to_string(),
            last_name: "Lovelace".to_string(),
            external_codes: vec![ticket.to_string()],
            ..NewAttendee::default()
        };
        let added = store.add_attendee(&person, "test").expect("added");
        let badge = added.badge_code.canonical().to_string();
        (dir, store, badge)
    }

    #[test]
    fn a_badge_code_is_whole_only_with_its_right_check_character() {
        let (_dir, store, badge) = store_with_ticket("1234567890123");
        assert!(store.is_complete_code(&badge).expect("readable"));
        let grouped = format!("{}-{}-{}", &badge[..4], &badge[4..8], &badge[8..]);
        assert!(
            store
                .is_complete_code(&grouped.to_lowercase())
                .expect("readable")
        );
        assert!(!store.is_complete_code(&badge[..11]).expect("readable"));
        let last = badge.chars().last().expect("twelve characters");
        let wrong = if last == 'X' { 'Y' } else { 'X' };
        let misread = format!("{}{wrong}", &badge[..11]);
        assert!(!store.is_complete_code(&misread).expect("readable"));
        // A badge code of another event is whole too: the desk says it is not found.
        let elsewhere = crate::code::BadgeCode::random();
        assert!(
            store
                .is_complete_code(&elsewhere.grouped())
                .expect("readable")
        );
    }

    #[test]
    fn a_ticket_code_is_whole_only_exactly_as_imported() {
        let (_dir, store, _) = store_with_ticket("ckxb 724s");
        assert!(store.is_complete_code("CKXB724S").expect("readable"));
        assert!(store.is_complete_code("ckxb724s").expect("readable"));
        assert!(!store.is_complete_code("CKXB724").expect("readable"));
        assert!(!store.is_complete_code("CKXB724S9").expect("readable"));
        assert!(!store.is_complete_code("").expect("readable"));
        assert!(!store.is_complete_code("   ").expect("readable"));
    }
}
