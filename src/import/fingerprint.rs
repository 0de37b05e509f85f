//! Fingerprints of the keys that recognise a repeated registrant. Indexing 64-bit hashes
//! instead of strings keeps a 100,000-row export from allocating, hashing and freeing
//! hundreds of thousands of key strings; the caller confirms every hit against the real
//! values, so a collision can only hide a duplicate, never merge two people.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::clean::{for_each_folded, looks_like_email};

/// Registrant positions by key fingerprint.
pub type Index = HashMap<u64, usize, BuildHasherDefault<Fnv>>;

/// FNV-1a: the keys come from one local file, so the flooding resistance of the standard
/// hasher buys nothing here.
#[derive(Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        bytes.iter().for_each(|byte| self.byte(*byte));
    }

    /// Index keys are fingerprints already; spreading them over all bits is enough.
    fn write_u64(&mut self, value: u64) {
        self.0 = (value ^ (value >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl Fnv {
    fn byte(&mut self, byte: u8) {
        self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
}

/// Ticket codes are compared exactly: codes differing in case are different tickets.
pub fn code_print(code: &str) -> u64 {
    let mut hasher = Fnv::default();
    hasher.write(code.as_bytes());
    hasher.finish()
}

/// Only addresses that look valid identify anyone; the case of an address carries no meaning.
pub fn email_print(email: &str) -> Option<u64> {
    if !looks_like_email(email) {
        return None;
    }
    let mut hasher = Fnv::default();
    if email.is_ascii() {
        email
            .bytes()
            .for_each(|b| hasher.byte(b.to_ascii_lowercase()));
    } else {
        hasher.write(email.to_lowercase().as_bytes());
    }
    Some(hasher.finish())
}

/// Name and company folded like headers, so "Zoë Nyström, King" and "ZOE NYSTROM, king"
/// match; `None` when there is no name to go by.
pub fn name_print(first: &str, last: &str, company: &str) -> Option<u64> {
    let mut hasher = Fnv::default();
    let mut empty = true;
    for part in [first, last] {
        for_each_folded(part, |b| {
            hasher.byte(b);
            empty = false;
        });
    }
    hasher.byte(b'|');
    for_each_folded(company, |b| hasher.byte(b));
    (!empty).then(|| hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_match_in_any_case_and_only_when_plausible() {
        assert_eq!(
            email_print("JAMES@EXAMPLE.ORG"),
            email_print("james@example.org")
        );
        assert_eq!(email_print("ZOË@example.se"), email_print("zoë@example.se"));
        assert_ne!(
            email_print("anna@example.org"),
            email_print("anne@example.org")
        );
        assert_eq!(email_print("not-an-email"), None);
    }

    #[test]
    fn names_match_across_case_accents_and_spacing() {
        let zoe = name_print("Zoë", "Nyström", "King");
        assert!(zoe.is_some());
        assert_eq!(zoe, name_print("ZOE", "Nystrom", "king"));
        assert_eq!(zoe, name_print("Zoe Nyström", "", "K.I.N.G."));
        assert_ne!(zoe, name_print("Zoë", "Nyström", "Spotify"));
        assert_eq!(name_print("", "", "King"), None);
    }

    #[test]
    fn codes_keep_their_case() {
        assert_ne!(code_print("ab12"), code_print("AB12"));
        assert_eq!(code_print("AB12"), code_print("AB12"));
    }
}
