//! Tidying of single values. Registrant exports are full of text pasted from web forms and
//! spreadsheets: padding, line breaks inside cells, invisible characters that break search and
//! duplicate detection, and decomposed accents that look identical but compare unequal.
//!
//! Values that look like spreadsheet formulas (`=`, `+`, `-`, `@`) are kept as written: they
//! are harmless inside frontdesk and are neutralised only when a CSV is written out again.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Characters that render as nothing but make two equal-looking names differ.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_control(c: char) -> bool {
    c < ' ' || ('\u{7F}'..='\u{9F}').contains(&c)
}

/// Most cells are short printable ASCII with single spaces; they only need trimming.
fn is_plain(raw: &str) -> bool {
    raw.bytes().all(|b| (0x20..0x7F).contains(&b)) && !raw.contains("  ")
}

/// Cleans one cell: invisible and control characters removed, line breaks and tabs turned into
/// spaces, runs of whitespace collapsed, ends trimmed, NFC normalised.
pub fn clean(raw: &str) -> String {
    if is_plain(raw) {
        return raw.trim().to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut space_pending = false;
    for c in raw.chars() {
        match visible(c) {
            None => {}
            Some(' ') => space_pending = !out.is_empty(),
            Some(c) => {
                if space_pending {
                    out.push(' ');
                    space_pending = false;
                }
                out.push(c);
            }
        }
    }
    if is_nfc_quick(out.chars()) == IsNormalized::Yes {
        out
    } else {
        out.nfc().collect()
    }
}

/// What a character becomes in a cleaned value: nothing, a plain space, or itself.
fn visible(c: char) -> Option<char> {
    match c {
        c if is_invisible(c) => None,
        '\t' | '\n' | '\r' => Some(' '),
        c if is_control(c) => None,
        c if c.is_whitespace() => Some(' '),
        c => Some(c),
    }
}

/// True when a cell would be empty after cleaning, checked without allocating.
pub fn is_blank(raw: &str) -> bool {
    raw.chars()
        .all(|c| c.is_whitespace() || is_invisible(c) || is_control(c))
}

/// A plausibility check, not validation: one `@`, something before it, and a dotted domain.
/// Addresses that fail are still imported but are not used to recognise people.
pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
}

/// Reduces text to lowercase ASCII letters and digits, so `Förnamn`, `FÖRNAMN` and `Fornamn`
/// compare equal. Used for column headers and for recognising repeated names.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text);
    folded
}

/// [`fold`], appending to `out` so keys built from several values need one allocation.
pub fn fold_into(out: &mut String, text: &str) {
    for_each_folded(text, |b| out.push(char::from(b)));
}

/// Feeds the folded form of `text` byte by byte, so it can be hashed without building it.
pub fn for_each_folded(text: &str, mut emit: impl FnMut(u8)) {
    let mut keep = |ascii: &str| {
        for b in ascii.bytes().filter(u8::is_ascii_alphanumeric) {
            emit(b.to_ascii_lowercase());
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            keep(c.encode_utf8(&mut [0; 4]));
        } else if let Some(ascii) = deunicode::deunicode_char(c) {
            keep(ascii);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_collapses_whitespace() {
        assert_eq!(clean("  Claire  "), "Claire");
        assert_eq!(clean("Ana   María\t Nguyen"), "Ana María Nguyen");
        assert_eq!(clean("Acme\r\nResearch Lab"), "Acme Research Lab");
        assert_eq!(clean("\u{a0}Zoë\u{a0}"), "Zoë");
    }

    #[test]
    fn removes_invisible_and_control_characters() {
        assert_eq!(clean("Zoë\u{200B}"), "Zoë");
        assert_eq!(clean("\u{FEFF}Name"), "Name");
        assert_eq!(clean("Jo\u{2060}hn\u{7}"), "John");
        assert_eq!(clean("Ma\u{85}ja"), "Maja");
    }

    #[test]
    fn composes_decomposed_accents() {
        let decomposed = "Zoe\u{308}";
        assert_eq!(clean(decomposed), "Zoë");
        assert_eq!(clean(decomposed).chars().count(), 3);
    }

    #[test]
    fn keeps_formula_looking_values_as_written() {
        assert_eq!(clean("=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(clean(" -5 "), "-5");
        assert_eq!(clean("@handle"), "@handle");
    }

    #[test]
    fn blank_means_nothing_visible() {
        assert!(is_blank(""));
        assert!(is_blank(" \u{200B}\t"));
        assert!(!is_blank(" x "));
    }

    #[test]
    fn email_plausibility() {
        assert!(looks_like_email("anna.huang@example.org"));
        assert!(looks_like_email("JAMES@EXAMPLE.ORG"));
        assert!(!looks_like_email("not-an-email"));
        assert!(!looks_like_email("a@b@example.org"));
        assert!(!looks_like_email("anna@localhost"));
        assert!(!looks_like_email("@example.org"));
        assert!(!looks_like_email("anna huang@example.org"));
        assert!(!looks_like_email("anna@example."));
    }

    #[test]
    fn folding_ignores_case_spacing_punctuation_and_accents() {
        assert_eq!(fold(" First Name "), "firstname");
        assert_eq!(fold("E-post"), "epost");
        assert_eq!(fold("Förnamn"), "fornamn");
        assert_eq!(fold("Barcode #"), "barcode");
        assert_eq!(fold("Société"), "societe");
    }
}
