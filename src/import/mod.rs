//! Reading a registrant export (the CSV an organizer downloads from Eventbrite, pretix, Tito,
//! Google Forms, or keeps as a spreadsheet) into clean registrant records.
//!
//! Nothing here touches the database: [`parse`] returns the people it found together with a
//! report of rows it left out and rows it imported with a caveat, so the organizer can review
//! the import before it is applied. Whole-file problems are refused with an [`ImportError`]
//! whose message says what to do.

mod clean;
mod decode;
pub use decode::{MAX_FILE_BYTES, refuse_too_large};
mod dedupe;
mod error;
mod fields;
mod fingerprint;
mod headers;
mod inspect;
mod names;
mod note;
mod pipeline;
pub(crate) use names::join_name;
pub use note::Note;
mod read;
mod rows;
mod status;
pub mod vendor;

use std::fmt;

use csv::StringRecord;

pub use clean::looks_like_email;
pub use error::ImportError;
pub use fields::{Field, Format, FormatChoice, parse_map_arg};
pub use inspect::{Inspection, inspect};

use dedupe::{People, Placement};
use read::{Found, Sheet};
use rows::Columns;

/// What the organizer chose in the import dialog or on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParseOptions {
    pub format: FormatChoice,
    /// From `--map COLUMN=FIELD`; columns are matched the way headers are. When several
    /// columns share a header, each override for it takes the next of them.
    pub overrides: Vec<(String, Field)>,
}

impl ParseOptions {
    /// Options that read every column as the organizer chose: one field per header, in the
    /// order of the headers.
    pub fn with_mapping(format: Format, headers: &[String], fields: &[Field]) -> ParseOptions {
        ParseOptions {
            format: FormatChoice::Exactly(format),
            overrides: headers
                .iter()
                .cloned()
                .zip(fields.iter().copied())
                .collect(),
        }
    }
}

/// Whether the export says this person may be let in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Admission {
    Admitted,
    NotAdmitted { reason: String },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Registrant {
    /// The line a spreadsheet shows for the row (the header is line 1); a row whose cells
    /// contain line breaks is numbered by its first line.
    pub row: usize,
    pub first_name: String,
    pub last_name: String,
    /// The full-name column as written when the export has one, else "First Last".
    pub display_name: String,
    /// As written (trimmed); may not look like an address, see [`ParsedList::warnings`].
    pub email: String,
    pub company: String,
    pub job_title: String,
    pub ticket_type: String,
    /// Ticket codes from the export as written, without duplicates; usually zero or one.
    pub external_codes: Vec<String>,
    pub admission: Admission,
}

impl Registrant {
    pub fn is_admitted(&self) -> bool {
        self.admission == Admission::Admitted
    }
}

/// A row left out, or imported with a caveat. `reason` does not repeat the row number;
/// `Display` gives the full line, e.g. `row 12: "not-an-email" does not look like ...`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowNote {
    pub row: usize,
    /// The note in the command line's English.
    pub reason: String,
    /// What the note says, for a screen to say it in its own language.
    #[serde(skip)]
    pub note: Note,
    /// The row's values as the file has them (cleaned, joined with " | ", shortened when
    /// long), so the organizer recognises the row without opening the file; empty for a
    /// blank row.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub content: String,
}

/// Longest [`RowNote::content`], in characters.
const CONTENT_CHARS: usize = 160;

/// A row's values the way [`RowNote::content`] shows them.
fn row_content(record: &StringRecord) -> String {
    let cells: Vec<String> = record.iter().map(clean::clean).collect();
    let last = cells
        .iter()
        .rposition(|c| !c.is_empty())
        .map_or(0, |i| i + 1);
    let joined = cells[..last].join(" | ");
    if joined.chars().count() <= CONTENT_CHARS {
        return joined;
    }
    let mut short: String = joined.chars().take(CONTENT_CHARS).collect();
    short.push('…');
    short
}

impl fmt::Display for RowNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.reason)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ParsedList {
    pub format: Format,
    /// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "windows-1252".
    pub encoding: &'static str,
    pub delimiter: char,
    /// As in the file, cleaned like values are.
    pub headers: Vec<String>,
    /// One per header; [`Field::Ignore`] for columns frontdesk does not use.
    pub mapping: Vec<Field>,
    pub registrants: Vec<Registrant>,
    /// Rows not imported, each with a reason a person understands.
    pub skipped: Vec<RowNote>,
    /// Rows imported with a caveat.
    pub warnings: Vec<RowNote>,
}

/// Reads an export. `source_name` is the file name the organizer picked; it appears in
/// every refusal message.
pub fn parse(
    bytes: &[u8],
    source_name: &str,
    options: &ParseOptions,
) -> Result<ParsedList, ImportError> {
    parse_rows(
        bytes,
        source_name,
        options,
        usize::MAX,
        pipeline::FROM_BYTES,
    )
}

/// Reads the header and the first `rows` records only, the way [`parse`] reads the whole
/// file: what an import dialog shows before the organizer commits to the import.
pub fn preview(
    bytes: &[u8],
    source_name: &str,
    options: &ParseOptions,
    rows: usize,
) -> Result<ParsedList, ImportError> {
    parse_rows(bytes, source_name, options, rows.max(1), usize::MAX)
}

/// A decoded export with its header read: where [`parse`] and [`inspect`] both start.
struct Opened<'a> {
    delimiter: char,
    sheet: Sheet<'a>,
    headers: Vec<String>,
}

fn open<'a>(text: &'a str, source_name: &'a str) -> Result<Opened<'a>, ImportError> {
    let empty = || ImportError::Empty {
        file: source_name.to_owned(),
    };
    if clean::is_blank(text) {
        return Err(empty());
    }
    let delimiter = decode::detect_delimiter(text);
    let mut sheet = Sheet::new(text, delimiter, source_name);
    let mut record = StringRecord::new();
    sheet.next(&mut record)?.ok_or_else(empty)?;
    let headers = record.iter().map(clean::clean).collect();
    Ok(Opened {
        delimiter,
        sheet,
        headers,
    })
}

fn parse_rows(
    bytes: &[u8],
    source_name: &str,
    options: &ParseOptions,
    limit: usize,
    pipeline_from: usize,
) -> Result<ParsedList, ImportError> {
    let decoded = decode::decode(bytes, source_name)?;
    let Opened {
        delimiter,
        mut sheet,
        headers,
    } = open(&decoded.text, source_name)?;
    let format = match options.format {
        FormatChoice::Auto => headers::detect_format(&headers),
        FormatChoice::Exactly(format) => format,
    };
    let (mapping, repeated) =
        headers::map_headers_noting_repeats(&headers, format, &options.overrides, source_name)?;
    if !repeated.is_empty() {
        return Err(ImportError::RepeatedColumns {
            file: source_name.to_owned(),
            columns: repeated,
        });
    }
    let columns = Columns::new(&headers, &mapping, format);
    if !columns.has_name() {
        return Err(ImportError::NoNameColumn {
            file: source_name.to_owned(),
            headers,
        });
    }
    let mut list = ParsedList {
        format,
        encoding: decoded.encoding,
        delimiter,
        headers,
        mapping,
        registrants: Vec::new(),
        skipped: Vec::new(),
        warnings: Vec::new(),
    };
    let rows = read_rows(&mut sheet, &columns, &mut list, limit, pipeline_from)?;
    if rows == 0 {
        return Err(ImportError::HeaderOnly {
            file: source_name.to_owned(),
        });
    }
    tracing::debug!(
        file = source_name,
        format = format.name(),
        registrants = list.registrants.len(),
        skipped = list.skipped.len(),
        warnings = list.warnings.len(),
        "read registrant export"
    );
    Ok(list)
}

/// Fills the registrants and the report; returns how many records followed the header.
/// Whole files of `pipeline_from` bytes or more are read on two threads.
fn read_rows(
    sheet: &mut Sheet<'_>,
    columns: &Columns,
    list: &mut ParsedList,
    limit: usize,
    pipeline_from: usize,
) -> Result<usize, ImportError> {
    let mut people = People::default();
    let mut take = |found: Found, built: rows::Built, content: &dyn Fn() -> String| {
        take(&mut people, list, found, built, content);
    };
    let rest = sheet.text().len().saturating_sub(sheet.position());
    let rows = if limit == usize::MAX && rest >= pipeline_from {
        pipeline::read_all(sheet, columns, &mut take)?
    } else {
        read_in_order(sheet, columns, limit, &mut take)?
    };
    list.registrants = people.into_list();
    Ok(rows)
}

/// What becomes of one row once read: `content` writes the row out, for a note only.
type Take<'t> = dyn FnMut(Found, rows::Built, &dyn Fn() -> String) + 't;

/// Reads up to `limit` records on this thread; returns how many it read.
fn read_in_order(
    sheet: &mut Sheet<'_>,
    columns: &Columns,
    limit: usize,
    take: &mut Take<'_>,
) -> Result<usize, ImportError> {
    let mut record = StringRecord::new();
    let mut rows = 0;
    while rows < limit {
        let Some(found) = sheet.next(&mut record)? else {
            break;
        };
        rows += 1;
        let built = rows::build(columns, &record, found.line);
        take(found, built, &|| row_content(&record));
    }
    Ok(rows)
}

fn take(
    people: &mut People,
    list: &mut ParsedList,
    found: Found,
    built: rows::Built,
    content: &dyn Fn() -> String,
) {
    for blank in found.blank_lines {
        list.skipped
            .push(RowNote::new(blank, Note::EmptyRow, String::new()));
    }
    match built {
        Err(why) => list.skipped.push(RowNote::new(found.line, why, content())),
        Ok((person, warnings)) => place(people, person, warnings, content, list),
    }
}

/// A row merged into an earlier one is reported as skipped; its own caveats are dropped
/// because nothing of it is imported except details that filled gaps. The row's content is
/// written out only for a note: most rows have none, and a large list has many rows.
fn place(
    people: &mut People,
    person: Registrant,
    warnings: Vec<Note>,
    content: &dyn Fn() -> String,
    list: &mut ParsedList,
) {
    let row = person.row;
    match people.place(person) {
        Placement::Merged { row: earlier, why } => {
            let note = Note::SameAs { row: earlier, why };
            list.skipped.push(RowNote::new(row, note, content()));
            return;
        }
        Placement::SharesEmail { row: earlier } => list.warnings.push(RowNote::new(
            row,
            Note::SharesEmail { row: earlier },
            content(),
        )),
        Placement::New => {}
    }
    if warnings.is_empty() {
        return;
    }
    let content = content();
    list.warnings.extend(
        warnings
            .into_iter()
            .map(|note| RowNote::new(row, note, content.clone())),
    );
}

impl RowNote {
    pub fn new(row: usize, note: Note, content: String) -> RowNote {
        RowNote {
            row,
            reason: note.to_string(),
            note,
            content,
        }
    }
}
