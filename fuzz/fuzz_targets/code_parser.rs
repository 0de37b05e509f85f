//! The badge code parser (`frontdesk::code::parse`) on any UTF-8 text (other bytes cannot be
//! typed or scanned into it: it takes `&str`).
//!
//! Beyond "no panic" (`tests/properties.rs`: any text is read as a code without panicking):
//! - ASCII case never matters (Crockford's rules, as the parser documents);
//! - a code read as valid is 12 characters of the alphabet, and its grouped (`K7QM-2XHD-9FPA`),
//!   canonical and displayed forms read back as the same code (`tests/properties.rs`: a code
//!   reads back as itself however it is written).
#![no_main]

use frontdesk::code::{self, CODE_LEN, Parsed};
use libfuzzer_sys::fuzz_target;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = code::parse(text);
    assert_eq!(code::parse(&text.to_ascii_lowercase()), parsed, "lowercase");
    assert_eq!(code::parse(&text.to_ascii_uppercase()), parsed, "uppercase");
    if let Parsed::Valid(badge) = &parsed {
        let canonical = badge.canonical();
        assert_eq!(canonical.len(), CODE_LEN, "{canonical:?}");
        assert!(canonical.chars().all(|c| ALPHABET.contains(c)), "{canonical:?}");
        assert_eq!(code::parse(canonical), parsed, "canonical");
        assert_eq!(code::parse(&badge.grouped()), parsed, "grouped");
        assert_eq!(code::parse(&badge.to_string()), parsed, "displayed");
    }
});
