//! A first look at an export before anything is imported: what it is, which column holds
//! what, and its first rows, so the organizer can check or correct the columns.

use csv::StringRecord;

use super::{Field, Format, ImportError, clean, decode, headers, open};

/// Data rows an [`Inspection`] keeps for the preview.
pub const PREVIEW_ROWS: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    pub format: Format,
    /// As [`super::ParsedList::encoding`] names it.
    pub encoding: &'static str,
    pub delimiter: char,
    /// As in the file, cleaned like values are.
    pub headers: Vec<String>,
    /// What each header was recognised as; `None` for a column frontdesk would not use.
    pub detected: Vec<Option<Field>>,
    /// Headers given to several columns whose later ones are not used until the organizer
    /// chooses what they hold.
    pub repeated: Vec<headers::RepeatedColumn>,
    /// The first [`PREVIEW_ROWS`] records after the header, cleaned, as written.
    pub rows: Vec<Vec<String>>,
    /// Records after the header, blank lines not counted.
    pub row_count: usize,
}

impl Inspection {
    /// The detected field of every column, [`Field::Ignore`] where nothing was recognised:
    /// where the organizer's choices start.
    pub fn fields(&self) -> Vec<Field> {
        self.detected
            .iter()
            .map(|field| field.unwrap_or(Field::Ignore))
            .collect()
    }
}

/// Decodes the export, reads its header and counts its rows, with the same detection
/// [`super::parse`] uses. A file without a name column is inspected all the same: the
/// organizer can say which column holds the names.
pub fn inspect(bytes: &[u8], file_name: &str) -> Result<Inspection, ImportError> {
    let decoded = decode::decode(bytes, file_name)?;
    let mut opened = open(&decoded.text, file_name)?;
    let format = headers::detect_format(&opened.headers);
    let (mapping, repeated) =
        headers::map_headers_noting_repeats(&opened.headers, format, &[], file_name)?;
    let detected = mapping
        .into_iter()
        .map(|field| (field != Field::Ignore).then_some(field))
        .collect();
    let mut record = StringRecord::new();
    let mut rows = Vec::new();
    let mut row_count = 0;
    while opened.sheet.next(&mut record)?.is_some() {
        if record.iter().all(clean::is_blank) {
            continue;
        }
        row_count += 1;
        if rows.len() < PREVIEW_ROWS {
            rows.push(record.iter().map(clean::clean).collect());
        }
    }
    if row_count == 0 {
        return Err(ImportError::HeaderOnly {
            file: file_name.to_owned(),
        });
    }
    Ok(Inspection {
        format,
        encoding: decoded.encoding,
        delimiter: opened.delimiter,
        headers: opened.headers,
        detected,
        repeated,
        rows,
        row_count,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_detection_and_first_rows_are_reported() {
        let text = "Name;E-mail;Shoe size\nAnna;anna@example.org;38\n;;\nBo;bo@example.org;44\n";
        let found = inspect(text.as_bytes(), "list.csv").unwrap();
        assert_eq!(found.format, Format::Generic);
        assert_eq!(found.delimiter, ';');
        assert_eq!(found.encoding, "UTF-8");
        assert_eq!(
            found.detected,
            [Some(Field::FullName), Some(Field::Email), None]
        );
        assert_eq!(found.row_count, 2);
        assert_eq!(found.rows[1], ["Bo", "bo@example.org", "44"]);
        assert_eq!(
            found.fields(),
            [Field::FullName, Field::Email, Field::Ignore]
        );
    }

    #[test]
    fn lists_without_names_are_inspected_and_empty_ones_refused() {
        let found = inspect(b"Mail,Company\na@example.org,Acme\n", "l.csv").unwrap();
        assert_eq!(found.detected, [Some(Field::Email), Some(Field::Company)]);
        assert!(matches!(
            inspect(b"Name,Email\n\n", "l.csv"),
            Err(ImportError::HeaderOnly { .. })
        ));
        assert!(matches!(
            inspect(b"PK\x03\x04rest", "l.xlsx"),
            Err(ImportError::Workbook { .. })
        ));
    }
}
