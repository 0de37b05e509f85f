//! Turning the bytes of an export into text, whichever program saved it: web exports are
//! UTF-8, Excel on Windows writes Windows-1252 ("CSV") or UTF-16 ("Unicode Text"), and Excel
//! for Mac still writes bare carriage returns between lines.

use std::borrow::Cow;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::ImportError;

pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static str,
}

/// Share of control characters above which a file is treated as binary; real exports have
/// none outside line breaks and tabs.
const CONTROL_SHARE_LIMIT: usize = 10;
const SNIFF_CHARS: usize = 64 * 1024;

pub fn decode<'a>(bytes: &'a [u8], file: &str) -> Result<Decoded<'a>, ImportError> {
    refuse_workbook(bytes, file)?;
    let decoded = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, UTF_16LE, "UTF-16LE", file)?,
        [0xFE, 0xFF, rest @ ..] => utf16(rest, UTF_16BE, "UTF-16BE", file)?,
        _ if bytes.contains(&0) => {
            return Err(ImportError::NotText {
                file: file.to_owned(),
            });
        }
        [0xEF, 0xBB, 0xBF, rest @ ..] => Decoded {
            text: Cow::Borrowed(std::str::from_utf8(rest).map_err(|_| {
                ImportError::Undecodable {
                    file: file.to_owned(),
                    encoding: "UTF-8",
                }
            })?),
            encoding: "UTF-8 (BOM)",
        },
        _ => utf8_or_windows_1252(bytes),
    };
    if looks_binary(&decoded.text) {
        return Err(ImportError::NotText {
            file: file.to_owned(),
        });
    }
    Ok(Decoded {
        text: old_mac_line_breaks(decoded.text),
        encoding: decoded.encoding,
    })
}

/// xlsx and ods files are zip archives, old xls files are OLE containers; both are common
/// mistakes worth a message of their own.
fn refuse_workbook(bytes: &[u8], file: &str) -> Result<(), ImportError> {
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if zip || ole {
        return Err(ImportError::Workbook {
            file: file.to_owned(),
        });
    }
    Ok(())
}

fn utf16<'a>(
    rest: &[u8],
    encoding: &'static encoding_rs::Encoding,
    name: &'static str,
    file: &str,
) -> Result<Decoded<'a>, ImportError> {
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(rest)
        .ok_or_else(|| ImportError::Undecodable {
            file: file.to_owned(),
            encoding: name,
        })?;
    Ok(Decoded {
        text: Cow::Owned(text.into_owned()),
        encoding: name,
    })
}

fn utf8_or_windows_1252(bytes: &[u8]) -> Decoded<'_> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: Cow::Borrowed(text),
            encoding: "UTF-8",
        },
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Decoded {
                text,
                encoding: "windows-1252",
            }
        }
    }
}

fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(SNIFF_CHARS) {
        total += 1;
        let is_control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
        control += usize::from(is_control || c == '\u{FFFD}');
    }
    control * 100 > total * CONTROL_SHARE_LIMIT
}

/// Files with `\r` line ends and no `\n` at all would otherwise be numbered as one line.
fn old_mac_line_breaks(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    }
}

/// Picks `,`, `;` or tab: whichever occurs most often outside quotes on the header line.
/// Ties go to the comma, then the semicolon, as the most common exports use them.
pub fn detect_delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [',', ';', '\t'];
    let mut best = 0;
    for (index, count) in counts.iter().enumerate() {
        if *count > counts[best] {
            best = index;
        }
    }
    candidates[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> (String, &'static str) {
        match decode(bytes, "list.csv") {
            Ok(d) => (d.text.into_owned(), d.encoding),
            Err(e) => panic!("{e}"),
        }
    }

    fn utf16le(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decoded("Zoë".as_bytes()), ("Zoë".to_owned(), "UTF-8"));
        assert_eq!(
            decoded(b"\xEF\xBB\xBFZo\xC3\xAB"),
            ("Zoë".to_owned(), "UTF-8 (BOM)")
        );
    }

    #[test]
    fn utf16_both_byte_orders() {
        assert_eq!(
            decoded(&utf16le("Björn;Åkesson")),
            ("Björn;Åkesson".to_owned(), "UTF-16LE")
        );
        let mut be = vec![0xFE, 0xFF];
        be.extend("Ørsted".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decoded(&be), ("Ørsted".to_owned(), "UTF-16BE"));
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252() {
        assert_eq!(
            decoded(b"Bj\xF6rn \x80"),
            ("Björn €".to_owned(), "windows-1252")
        );
    }

    #[test]
    fn truncated_utf16_is_undecodable() {
        let mut bytes = utf16le("Anna");
        bytes.push(b'x');
        assert!(matches!(
            decode(&bytes, "a.csv"),
            Err(ImportError::Undecodable { .. })
        ));
    }

    #[test]
    fn binary_files_are_refused() {
        let nul = decode(b"Name\0\x01\x02", "photo.jpg");
        assert!(matches!(nul, Err(ImportError::NotText { ref file }) if file == "photo.jpg"));
        let noise: Vec<u8> = (1u8..30).cycle().take(400).collect();
        assert!(matches!(
            decode(&noise, "x"),
            Err(ImportError::NotText { .. })
        ));
        let xlsx = decode(b"PK\x03\x04\x14\0\x06\0", "list.xlsx");
        assert!(matches!(xlsx, Err(ImportError::Workbook { .. })));
    }

    #[test]
    fn bare_carriage_returns_become_line_breaks() {
        assert_eq!(decoded(b"Name\rAnna\r").0, "Name\nAnna\n");
        assert_eq!(decoded(b"Name\r\nAnna\r\n").0, "Name\r\nAnna\r\n");
    }

    #[test]
    fn delimiter_is_the_most_frequent_outside_quotes() {
        assert_eq!(detect_delimiter("a,b,c\n1;2;3;4;5"), ',');
        assert_eq!(
            detect_delimiter("Förnamn;Efternamn;\"Företag, ort\"\n"),
            ';'
        );
        assert_eq!(detect_delimiter("First\tLast\tEmail, work\r\n"), '\t');
        assert_eq!(detect_delimiter("a;b,c\n"), ',');
        assert_eq!(detect_delimiter("Name\n"), ',');
        assert_eq!(detect_delimiter("\"Name;\nx\",a\n"), ',');
    }
}
