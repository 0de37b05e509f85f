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

/// The largest registrant list read: reading takes about fourteen times the file's size in
/// memory, and a kiosk laptop may have little.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Refuses a list larger than [`MAX_FILE_BYTES`] before it is read: `size` from the file's
/// metadata, or the length of bytes already read.
pub fn refuse_too_large(size: u64, file: &str) -> Result<(), ImportError> {
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            file: file.to_owned(),
            megabytes: size.div_ceil(1024 * 1024),
        });
    }
    Ok(())
}

pub fn decode<'a>(bytes: &'a [u8], file: &str) -> Result<Decoded<'a>, ImportError> {
    refuse_too_large(bytes.len() as u64, file)?;
    refuse_workbook(bytes, file)?;
    let decoded = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, UTF_16LE, "UTF-16LE", file)?,
        [0xFE, 0xFF, rest @ ..] => utf16(rest, UTF_16BE, "UTF-16BE", file)?,
        _ if bytes.contains(&0) => match utf16_without_bom(bytes) {
            Some((encoding, name)) => utf16(bytes, encoding, name, file)?,
            None => {
                return Err(ImportError::NotText {
                    file: file.to_owned(),
                });
            }
        },
        [0xEF, 0xBB, 0xBF, rest @ ..] => Decoded {
            text: Cow::Borrowed(std::str::from_utf8(rest).map_err(|_| {
                ImportError::Undecodable {
                    file: file.to_owned(),
                    encoding: "UTF-8",
                }
            })?),
            encoding: "UTF-8 (BOM)",
        },
        _ => utf8_or_windows_1252(bytes, file)?,
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

/// UTF-16 saved without its byte-order mark: text of mostly Latin letters then has a zero in
/// every other byte, odd ones for little-endian, even ones for big-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, &'static str)> {
    let sample = &bytes[..bytes.len().min(SNIFF_CHARS) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zero_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    let mostly = |zeros: usize| zeros * 10 >= pairs * 6;
    let hardly = |zeros: usize| zeros * 20 <= pairs;
    if mostly(odd) && hardly(even) {
        Some((UTF_16LE, "UTF-16LE (no byte-order mark)"))
    } else if mostly(even) && hardly(odd) {
        Some((UTF_16BE, "UTF-16BE (no byte-order mark)"))
    } else {
        None
    }
}

/// UTF-8, or Windows-1252 for a file with no UTF-8 in it at all. A file of UTF-8 with a few
/// stray bytes is refused with the lines that hold them: read as Windows-1252 it would turn
/// every accented name into mojibake.
fn utf8_or_windows_1252<'a>(bytes: &'a [u8], file: &str) -> Result<Decoded<'a>, ImportError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: "UTF-8",
        });
    }
    let mut line = 1usize;
    let mut multibyte = 0usize;
    let mut bad_lines: Vec<usize> = Vec::new();
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            multibyte += usize::from(c.len_utf8() > 1);
            line += usize::from(c == '\n');
        }
        if !chunk.invalid().is_empty() && bad_lines.last() != Some(&line) {
            bad_lines.push(line);
        }
    }
    // Windows-1252 text has accented letters as single bytes; it hardly ever forms a valid
    // UTF-8 sequence, let alone several.
    if multibyte >= 2 {
        return Err(damaged_utf8(file, &bad_lines));
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text,
        encoding: "windows-1252",
    })
}

fn damaged_utf8(file: &str, lines: &[usize]) -> ImportError {
    const SHOWN: usize = 3;
    // Three named in full and a count of the rest: all of them would not fit a sentence.
    let shown = lines.len().min(SHOWN);
    ImportError::DamagedUtf8 {
        file: file.to_owned(),
        shown: lines[..shown].to_vec(),
        more: lines.len() - shown,
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

    #[test]
    fn utf16_without_a_byte_order_mark_is_read_as_utf16() {
        let text = "First Name;Last Name\nBjörn;Åkesson\nZoë;Ørsted\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(
            decoded(&le),
            (text.to_owned(), "UTF-16LE (no byte-order mark)")
        );
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            decoded(&be),
            (text.to_owned(), "UTF-16BE (no byte-order mark)")
        );
    }

    #[test]
    fn utf8_with_stray_bytes_is_refused_naming_the_lines_not_read_as_windows_1252() {
        let mut bytes = "Name;Company\nZoë Ørsted;Novo\nAnna Björk;KTH\n"
            .as_bytes()
            .to_vec();
        bytes.extend(b"Bad \xE9 byte;Acme\n");
        bytes.extend("Lars Öberg;Volvo\n".as_bytes());
        let error = decode(&bytes, "list.csv").err().expect("refused");
        assert_eq!(
            error.to_string(),
            "list.csv is UTF-8 text, but line 4 has bytes that are not: read otherwise, every \
             accented name would be garbled. Fix that row (or save the list again as \"CSV \
             UTF-8\") and import it again."
        );
        bytes.extend(b"\xFF\n\xFE\n\xFD\n");
        let many = decode(&bytes, "list.csv")
            .err()
            .expect("refused")
            .to_string();
        assert!(
            many.contains("lines 4, 6, 7 and 1 more have bytes"),
            "{many}"
        );
    }

    #[test]
    fn windows_1252_with_no_utf8_in_it_is_still_read() {
        let bytes = b"Name;Company\nZo\xEB \xD8rsted;Novo\nAnna Bj\xF6rk;KTH\n";
        assert_eq!(
            decoded(bytes),
            (
                "Name;Company\nZoë Ørsted;Novo\nAnna Björk;KTH\n".to_owned(),
                "windows-1252"
            )
        );
    }
}
