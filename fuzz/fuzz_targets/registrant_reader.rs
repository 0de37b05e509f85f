//! The registrant reader (`frontdesk::import::parse`) on arbitrary bytes: every encoding
//! (UTF-8 with and without BOM, UTF-16 with and without BOM, windows-1252), workbook and
//! binary refusal, delimiter detection, header/format detection, rows, names, e-mails and
//! duplicate merging. Seeds: small exports of each vendor from tests/data.
//!
//! Beyond "no panic", the invariants that always hold (`tests/properties.rs` checks the first
//! on CSV-like text only):
//! - never more registrants + skipped rows than the file has lines (a CR ends a line too),
//!   checked whenever the bytes were read in a one-byte-per-line-break encoding;
//! - one field in the mapping per header.
#![no_main]

use frontdesk::import::{ParseOptions, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(list) = parse(data, "fuzz.csv", &ParseOptions::default()) else {
        return;
    };
    assert_eq!(list.mapping.len(), list.headers.len(), "one field per header");
    // In UTF-8 and windows-1252 a line break is the byte itself; UTF-16 has two per break.
    if matches!(list.encoding, "UTF-8" | "UTF-8 (BOM)" | "windows-1252") {
        let lines = data.iter().filter(|b| matches!(b, b'\n' | b'\r')).count() + 1;
        assert!(
            list.registrants.len() + list.skipped.len() <= lines,
            "{} registrants + {} skipped from {lines} lines",
            list.registrants.len(),
            list.skipped.len()
        );
    }
});
