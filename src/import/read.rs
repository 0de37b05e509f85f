//! Walking the records of a decoded export while keeping track of the line number a
//! spreadsheet shows for each, so staff can find a reported row in the file they exported.
//!
//! The csv reader's own record positions point at the end of the previous record, before
//! its line break and any blank lines, so the line of each record is counted here from byte
//! offsets instead.

use std::ops::Range;

use csv::{Reader, ReaderBuilder, StringRecord};

use super::ImportError;

pub struct Sheet<'a> {
    reader: Reader<&'a [u8]>,
    bytes: &'a [u8],
    delimiter: char,
    counted_to: usize,
    line: usize,
    end_of_previous: Option<usize>,
    file: &'a str,
}

/// The text a sheet reads, for reading a record of it again.
#[derive(Clone, Copy)]
pub struct SheetText<'a> {
    bytes: &'a [u8],
    delimiter: char,
}

impl SheetText<'_> {
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// The record at `bytes` (a [`Found::bytes`]) read again: to write out a row's content
    /// for a note without keeping every row in memory.
    pub fn record_at(&self, bytes: Range<usize>) -> StringRecord {
        let mut record = StringRecord::new();
        let slice = self.bytes.get(bytes).unwrap_or_default();
        // These bytes were read as this record once already; reading them again cannot fail.
        if reader(slice, self.delimiter)
            .read_record(&mut record)
            .is_err()
        {
            record.clear();
        }
        record
    }
}

/// Where a record was found: its first line, the blank lines just before it, and the bytes
/// it takes in the text (from its first character to its last, without the line break).
pub struct Found {
    pub line: usize,
    pub blank_lines: Range<usize>,
    pub bytes: Range<usize>,
}

impl<'a> Sheet<'a> {
    pub fn new(text: &'a str, delimiter: char, file: &'a str) -> Sheet<'a> {
        Sheet {
            reader: reader(text.as_bytes(), delimiter),
            bytes: text.as_bytes(),
            delimiter,
            counted_to: 0,
            line: 1,
            end_of_previous: None,
            file,
        }
    }

    /// Where the next record (or the line breaks before it) starts.
    pub fn position(&self) -> usize {
        to_index(self.reader.position().byte())
    }

    pub fn text(&self) -> SheetText<'a> {
        SheetText {
            bytes: self.bytes,
            delimiter: self.delimiter,
        }
    }

    /// Reads the next record into `record`; `None` at the end of the file.
    pub fn next(&mut self, record: &mut StringRecord) -> Result<Option<Found>, ImportError> {
        let previous_last_line = self.end_of_previous.map(|end| self.line_at(end));
        let more = self
            .reader
            .read_record(record)
            .map_err(|error| ImportError::Unreadable {
                file: self.file.to_owned(),
                row: previous_last_line.map_or(1, |line| line + 1),
                detail: error.to_string(),
            })?;
        if !more {
            return Ok(None);
        }
        let reported = record
            .position()
            .map_or(self.counted_to, |p| to_index(p.byte()));
        let start = self.skip_line_breaks(reported);
        let line = self.line_at(start);
        let end = self.content_end(self.position());
        self.end_of_previous = Some(end);
        let first_blank = previous_last_line.map_or(1, |last| last + 1);
        Ok(Some(Found {
            line,
            blank_lines: first_blank.min(line)..line,
            bytes: start..end.max(start),
        }))
    }

    /// The reader stops either on or after a record's line break, depending on its style.
    fn content_end(&self, mut end: usize) -> usize {
        end = end.min(self.bytes.len());
        while end > self.counted_to && matches!(self.bytes[end - 1], b'\r' | b'\n') {
            end -= 1;
        }
        end
    }

    fn skip_line_breaks(&self, from: usize) -> usize {
        let rest = self.bytes.get(from..).unwrap_or_default();
        from + rest
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count()
    }

    /// Line number at a byte offset; offsets only ever move forward, so counting is linear
    /// over the whole file.
    fn line_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte > self.counted_to {
            let seen = &self.bytes[self.counted_to..byte];
            self.line += seen.iter().filter(|b| **b == b'\n').count();
            self.counted_to = byte;
        }
        self.line
    }
}

fn reader(bytes: &[u8], delimiter: char) -> Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(u8::try_from(delimiter).unwrap_or(b','))
        .from_reader(bytes)
}

fn to_index(byte: u64) -> usize {
    usize::try_from(byte).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(usize, Range<usize>, String)> {
        let mut sheet = Sheet::new(text, ',', "t.csv");
        let mut record = StringRecord::new();
        let mut found = Vec::new();
        while let Ok(Some(at)) = sheet.next(&mut record) {
            found.push((
                at.line,
                at.blank_lines,
                record.get(0).unwrap_or_default().to_owned(),
            ));
        }
        found
    }

    #[test]
    fn records_are_numbered_by_their_first_line() {
        let text = "Name,Notes\r\nAnna,\"two\r\nlines\"\r\nBo,x\r\n";
        let found = lines(text);
        let numbers: Vec<usize> = found.iter().map(|(line, _, _)| *line).collect();
        assert_eq!(numbers, [1, 2, 4]);
        assert!(found.iter().all(|(_, blank, _)| blank.is_empty()));
    }

    #[test]
    fn blank_lines_are_reported_by_number() {
        let found = lines("Name\n\nAnna\n\n\nBo\n\n");
        assert_eq!(found[1], (3, 2..3, "Anna".to_owned()));
        assert_eq!(found[2], (6, 4..6, "Bo".to_owned()));
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn leading_blank_lines_shift_the_header() {
        let found = lines("\r\n\r\nName\r\nAnna");
        assert_eq!(found[0], (3, 1..3, "Name".to_owned()));
        assert_eq!(found[1], (4, 4..4, "Anna".to_owned()));
    }
}
