//! Badge codes: 55 random bits in Crockford base32 with a check character, printed as
//! `K7QM-2XHD-9FPA`.
//!
//! The check character is a Damm-style check over GF(32): interim ← 2·interim + symbol, and the
//! check symbol brings the interim back to zero. Multiplying by a constant other than 0 and 1
//! is a bijection, so every single-character substitution and every swap of two adjacent
//! different characters (the check character included) changes the result: such a code is
//! reported as a typo, never as someone else's badge.

use serde::{Serialize, Serializer};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_LEN: usize = 11;
pub const CODE_LEN: usize = DATA_LEN + 1;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BadgeCode(String);

/// What a piece of typed or scanned text is, read as a badge code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Valid(BadgeCode),
    /// The right length and alphabet, but the check character fails: a misread or mistyped code.
    Typo,
    /// Not shaped like a badge code at all (it may still be a ticket code from an export).
    NotABadgeCode,
}

impl BadgeCode {
    pub fn random() -> BadgeCode {
        Self::from_random_bits(RandomBits::default().next_word())
    }

    /// A code from 55 of the given random bits.
    pub fn from_random_bits(mut bits: u64) -> BadgeCode {
        let mut data = [0u8; DATA_LEN];
        for symbol in &mut data {
            *symbol = (bits & 31) as u8;
            bits >>= 5;
        }
        Self::from_symbols(&data)
    }

    fn from_symbols(data: &[u8]) -> BadgeCode {
        let check = gf_double(fold(data));
        let text = data
            .iter()
            .chain(std::iter::once(&check))
            .map(|&s| ALPHABET[s as usize] as char)
            .collect();
        BadgeCode(text)
    }

    /// Trusts `text` to be a canonical code (as stored in the database).
    pub fn from_canonical(text: &str) -> BadgeCode {
        BadgeCode(text.to_string())
    }

    /// 12 characters, no separators: what the QR code holds and the database stores.
    pub fn canonical(&self) -> &str {
        &self.0
    }

    /// Grouped for people: `K7QM-2XHD-9FPA`.
    pub fn grouped(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }
}

/// Random 64-bit words from the operating system's CSPRNG, fetched 512 at a time.
#[derive(Default)]
pub struct RandomBits {
    buffer: Vec<u64>,
}

impl RandomBits {
    pub fn next_word(&mut self) -> u64 {
        if self.buffer.is_empty() {
            let mut bytes = [0u8; 8 * 512];
            // The OS's random source failing is not something a desk can recover from.
            getrandom::fill(&mut bytes).expect("the operating system's random source failed");
            self.buffer = bytes
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect();
        }
        self.buffer.pop().unwrap_or_default()
    }
}

impl std::fmt::Display for BadgeCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.grouped())
    }
}

impl Serialize for BadgeCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.grouped())
    }
}

/// Reads a code as a person or scanner typed it: case, spaces and hyphens do not matter, and
/// O reads as 0, I and L as 1 (Crockford's rules).
pub fn parse(input: &str) -> Parsed {
    let mut symbols = Vec::with_capacity(CODE_LEN);
    for c in input.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        match symbol_of(c) {
            Some(s) => symbols.push(s),
            None => return Parsed::NotABadgeCode,
        }
    }
    if symbols.len() != CODE_LEN {
        return Parsed::NotABadgeCode;
    }
    if fold(&symbols) != 0 {
        return Parsed::Typo;
    }
    let text = symbols
        .iter()
        .map(|&s| ALPHABET[s as usize] as char)
        .collect();
    Parsed::Valid(BadgeCode(text))
}

fn symbol_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u8)
}

fn fold(symbols: &[u8]) -> u8 {
    symbols.iter().fold(0, |interim, &s| gf_double(interim) ^ s)
}

/// Multiplication by 2 (the polynomial x) in GF(32) built on x⁵ + x² + 1.
fn gf_double(value: u8) -> u8 {
    let shifted = value << 1;
    if shifted & 0b10_0000 != 0 {
        (shifted ^ 0b10_0101) & 31
    } else {
        shifted
    }
}

/// Ticket codes from exports (Eventbrite barcodes, pretix secrets, Tito references) are matched
/// without regard to case or spaces, because people type them from a printout.
pub fn normalize_ticket_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The path segments and query values of an `http(s)://` URL, last first (a ticket's token is
/// usually at the end), percent-decoded; `None` when the text is not such a URL.
pub fn url_parts(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    let scheme_end = text.find("://")?;
    if !text[..scheme_end].eq_ignore_ascii_case("http")
        && !text[..scheme_end].eq_ignore_ascii_case("https")
    {
        return None;
    }
    let rest = &text[scheme_end + 3..];
    let rest = rest.split('#').next().unwrap_or_default();
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut parts: Vec<String> = path
        .split('/')
        .skip(1) // the host
        .filter(|segment| !segment.is_empty())
        .map(percent_decoded)
        .collect();
    parts.extend(
        query
            .split('&')
            .filter_map(|pair| pair.split_once('=').map(|(_, value)| value))
            .filter(|value| !value.is_empty())
            .map(percent_decoded),
    );
    parts.reverse();
    Some(parts)
}

/// `%2F` → `/`, `+` → space; a malformed escape is kept as written.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| {
            bytes
                .get(at)
                .and_then(|b| char::from(*b).to_digit(16))
                .and_then(|d| u8::try_from(d).ok())
        };
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push(high * 16 + low);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_read_into_their_parts_last_first() {
        assert_eq!(
            url_parts("https://lu.ma/check-in/evt-NK?pk=g-2U6&x=%41b+c").as_deref(),
            Some(&["Ab c", "g-2U6", "evt-NK", "check-in"].map(String::from)[..])
        );
        assert_eq!(
            url_parts("HTTP://ti.to/tickets/ti_abc/#x").as_deref(),
            Some(&["ti_abc", "tickets"].map(String::from)[..])
        );
        assert_eq!(url_parts("https://example.org").as_deref(), Some(&[][..]));
        assert_eq!(url_parts("K7QM-2XHD-9FPA"), None);
        assert_eq!(url_parts("ftp://example.org/a"), None);
        assert_eq!(percent_decoded("100%"), "100%");
    }

    #[test]
    fn random_codes_are_valid_and_grouped() {
        for _ in 0..1000 {
            let code = BadgeCode::random();
            assert_eq!(code.canonical().len(), CODE_LEN);
            assert_eq!(parse(code.canonical()), Parsed::Valid(code.clone()));
            let grouped = code.grouped();
            assert_eq!(grouped.len(), 14);
            assert_eq!(&grouped[4..5], "-");
        }
    }

    #[test]
    fn parsing_forgives_case_separators_and_look_alikes() {
        let code = BadgeCode::from_symbols(&[0, 1, 1, 0, 5, 6, 7, 8, 9, 10, 11]);
        let typed = code
            .canonical()
            .to_lowercase()
            .replacen('0', "o", 1)
            .replacen('1', "l", 1);
        let spaced = format!(" {} ", code.grouped().replace('-', " - "));
        assert_eq!(parse(&typed), Parsed::Valid(code.clone()));
        assert_eq!(parse(&spaced), Parsed::Valid(code));
    }

    #[test]
    fn every_single_substitution_is_a_typo() {
        for _ in 0..200 {
            let code = BadgeCode::random();
            let chars: Vec<char> = code.canonical().chars().collect();
            for position in 0..CODE_LEN {
                for &replacement in ALPHABET {
                    let replacement = replacement as char;
                    if replacement == chars[position] {
                        continue;
                    }
                    let mut changed = chars.clone();
                    changed[position] = replacement;
                    let text: String = changed.into_iter().collect();
                    assert_eq!(parse(&text), Parsed::Typo, "{code} → {text}");
                }
            }
        }
    }

    #[test]
    fn every_adjacent_transposition_is_a_typo() {
        for _ in 0..2000 {
            let code = BadgeCode::random();
            let chars: Vec<char> = code.canonical().chars().collect();
            for position in 0..CODE_LEN - 1 {
                if chars[position] == chars[position + 1] {
                    continue;
                }
                let mut swapped = chars.clone();
                swapped.swap(position, position + 1);
                let text: String = swapped.into_iter().collect();
                assert_eq!(parse(&text), Parsed::Typo, "{code} → {text}");
            }
        }
    }

    #[test]
    fn other_text_is_not_a_badge_code() {
        assert_eq!(parse("7400000007797980173001"), Parsed::NotABadgeCode);
        assert_eq!(parse("anna"), Parsed::NotABadgeCode);
        assert_eq!(parse("K7QM-2XHD-9FP!"), Parsed::NotABadgeCode);
        assert_eq!(parse(""), Parsed::NotABadgeCode);
    }

    #[test]
    fn ticket_codes_ignore_case_and_spaces() {
        assert_eq!(normalize_ticket_code(" ckxb 724s "), "CKXB724S");
    }
}
