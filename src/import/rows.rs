//! Turning one row of an export into a registrant, or into the reason it cannot be one.

use csv::StringRecord;

use super::clean::{clean, is_blank, looks_like_email};
use super::names::{join_name, split_full_name};
use super::status::{Reading, StatusColumn, judge};
use super::{Admission, Field, Format, Note, Registrant, vendor};

/// Where each detail sits in a row, worked out once from the header mapping.
#[derive(Debug)]
pub struct Columns {
    first: Option<usize>,
    last: Option<usize>,
    full: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    job_title: Option<usize>,
    ticket_type: Option<usize>,
    codes: Vec<usize>,
    statuses: Vec<(usize, StatusColumn)>,
    width: usize,
    unnamed: Vec<usize>,
    format: Format,
}

impl Columns {
    pub fn new(headers: &[String], mapping: &[Field], format: Format) -> Columns {
        let mut columns = Columns {
            first: None,
            last: None,
            full: None,
            email: None,
            company: None,
            job_title: None,
            ticket_type: None,
            codes: Vec::new(),
            statuses: Vec::new(),
            width: headers.len(),
            unnamed: Vec::new(),
            format,
        };
        for (index, (header, field)) in headers.iter().zip(mapping).enumerate() {
            let slot = match field {
                Field::FirstName => &mut columns.first,
                Field::LastName => &mut columns.last,
                Field::FullName => &mut columns.full,
                Field::Email => &mut columns.email,
                Field::Company => &mut columns.company,
                Field::JobTitle => &mut columns.job_title,
                Field::TicketType => &mut columns.ticket_type,
                Field::TicketCode => {
                    columns.codes.push(index);
                    continue;
                }
                Field::Status => {
                    columns
                        .statuses
                        .push((index, StatusColumn::for_header(header)));
                    continue;
                }
                Field::Ignore => {
                    if header.is_empty() {
                        columns.unnamed.push(index);
                    }
                    continue;
                }
            };
            slot.get_or_insert(index);
        }
        columns
    }

    pub fn has_name(&self) -> bool {
        self.first.is_some() || self.last.is_some() || self.full.is_some()
    }
}

/// A row that became a registrant, with the caveats the organizer should hear about, or
/// the reason it was left out.
pub type Built = Result<(Registrant, Vec<Note>), Note>;

pub fn build(columns: &Columns, record: &StringRecord, row: usize) -> Built {
    if record.iter().all(is_blank) {
        return Err(Note::EmptyRow);
    }
    if is_totals_row(record) {
        return Err(Note::TotalsRow);
    }
    let value = |column: Option<usize>| {
        column
            .and_then(|index| record.get(index))
            .map(clean)
            .unwrap_or_default()
    };
    let (first_name, last_name, display_name) = names(
        value(columns.first),
        value(columns.last),
        value(columns.full),
    );
    if display_name.is_empty() {
        return Err(Note::NoName);
    }
    let mut warnings = Vec::new();
    let email = value(columns.email);
    if !email.is_empty() && !looks_like_email(&email) {
        warnings.push(Note::NotAnEmail(email.clone()));
    }
    let external_codes = ticket_codes(columns, record);
    let person = Registrant {
        row,
        first_name,
        last_name,
        display_name,
        email,
        company: value(columns.company),
        job_title: value(columns.job_title),
        ticket_type: value(columns.ticket_type),
        external_codes,
        admission: admission(columns, record, &mut warnings),
    };
    warnings.extend(stray_values(columns, record));
    Ok((person, warnings))
}

/// "Total", "Totals (320)", "TOTALI", "Summe", "Totalt" and the like, folded and without digits,
/// as spreadsheets and some exports write under the last person.
const TOTALS_WORDS: &[&str] = &[
    "total",
    "totals",
    "grandtotal",
    "subtotal",
    "totale",
    "totali",
    "totales",
    "totalgeneral",
    "totaux",
    "summe",
    "gesamt",
    "insgesamt",
    "gesamtsumme",
    "totalt",
    "summa",
    "totaal",
    "yhteensa",
    "ialt",
];

/// A summary line, not a person: its first filled cell is a totals word and no cell holds an
/// email address (a real person called Total would have one, or at least a surname).
fn is_totals_row(record: &StringRecord) -> bool {
    let Some(first) = record.iter().find(|cell| !is_blank(cell)) else {
        return false;
    };
    let word: String = super::clean::fold(first)
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    TOTALS_WORDS.contains(&word.as_str())
        && !record.iter().any(|cell| looks_like_email(cell.trim()))
}

/// Every code the ticket can be scanned by: each code column's value and, for a system whose
/// QR holds only a part of the ticket's URL, that part too.
fn ticket_codes(columns: &Columns, record: &StringRecord) -> Vec<String> {
    let url_token = vendor::of(columns.format).token_in_ticket_url;
    let mut codes = Vec::new();
    for index in &columns.codes {
        let code = record.get(*index).map(clean).unwrap_or_default();
        if code.is_empty() {
            continue;
        }
        if let Some(token) = url_token.and_then(|token| token(&code)) {
            codes.push(token);
        }
        codes.push(code);
    }
    codes.dedup();
    codes
}

/// Separate first and last name columns are trusted over a full-name column for sorting,
/// but the full name, when given, is what the badge shows.
fn names(first: String, last: String, full: String) -> (String, String, String) {
    let (first, last) = if first.is_empty() && last.is_empty() {
        split_full_name(&full)
    } else {
        (first, last)
    };
    let display = if full.is_empty() {
        join_name(&first, &last)
    } else {
        full
    };
    (first, last, display)
}

/// The first status column that says no decides; unknown values admit but are reported.
fn admission(columns: &Columns, record: &StringRecord, warnings: &mut Vec<Note>) -> Admission {
    for (index, column) in &columns.statuses {
        let raw = record.get(*index).unwrap_or_default();
        match judge(columns.format, *column, raw) {
            Reading::Admitted => {}
            Reading::NotAdmitted(reason) => return Admission::NotAdmitted { reason },
            Reading::Unclear => warnings.push(Note::UnknownStatus(clean(raw))),
        }
    }
    Admission::Admitted
}

const PREVIEW_CHARS: usize = 30;

/// Values past the last header, or under a header left empty, have nowhere to go.
fn stray_values(columns: &Columns, record: &StringRecord) -> Option<Note> {
    let stray: Vec<String> = record
        .iter()
        .enumerate()
        .filter(|(index, raw)| {
            (*index >= columns.width || columns.unnamed.contains(index)) && !is_blank(raw)
        })
        .map(|(_, raw)| preview(&clean(raw)))
        .collect();
    if stray.is_empty() {
        return None;
    }
    Some(Note::StrayValues {
        count: stray.len(),
        values: stray.join(", "),
    })
}

fn preview(value: &str) -> String {
    if value.chars().count() <= PREVIEW_CHARS {
        return format!("\"{value}\"");
    }
    let start: String = value.chars().take(PREVIEW_CHARS).collect();
    format!("\"{start}…\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns_of(line: &str, mapping: &[Field]) -> Columns {
        let headers: Vec<String> = line.split(',').map(str::to_owned).collect();
        Columns::new(&headers, mapping, Format::Generic)
    }

    fn person(built: Built) -> (Registrant, Vec<Note>) {
        built.unwrap_or_else(|reason| panic!("skipped: {reason}"))
    }

    use Field::*;

    #[test]
    fn full_name_is_split_but_kept_for_display() {
        let columns = columns_of("Name,Email", &[FullName, Email]);
        let record = StringRecord::from(vec!["Pachet,  François", "fp@example.org"]);
        let (person, warnings) = person(build(&columns, &record, 2));
        assert_eq!(
            (person.first_name.as_str(), person.last_name.as_str()),
            ("François", "Pachet")
        );
        assert_eq!(person.display_name, "Pachet, François");
        assert!(warnings.is_empty());
    }

    #[test]
    fn blank_and_nameless_rows_are_skipped() {
        let columns = columns_of("First,Last,Email", &[FirstName, LastName, Email]);
        let blank = StringRecord::from(vec![" ", "\u{200B}", ""]);
        assert!(matches!(build(&columns, &blank, 3), Err(Note::EmptyRow)));
        let nameless = StringRecord::from(vec!["", "", "anna@example.org"]);
        assert!(matches!(build(&columns, &nameless, 4), Err(Note::NoName)));
    }

    #[test]
    fn totals_rows_are_skipped_with_their_reason() {
        let columns = columns_of("Name,Email,Ticket", &[FullName, Email, TicketType]);
        for first in [
            "Total",
            "TOTALI",
            "Summe:",
            "Totalt 320",
            "Grand total",
            "Totals (320)",
        ] {
            let record = StringRecord::from(vec![first, "", "320"]);
            assert!(
                matches!(build(&columns, &record, 9), Err(Note::TotalsRow)),
                "{first}"
            );
        }
        let late = StringRecord::from(vec!["", "", "Total"]);
        assert!(matches!(build(&columns, &late, 9), Err(Note::TotalsRow)));
        // Someone whose name is a totals word is still a person when the row has an email.
        let person_row = StringRecord::from(vec!["Total", "total@example.org", "Standard"]);
        assert!(build(&columns, &person_row, 9).is_ok());
        let named = StringRecord::from(vec!["Totalt Nilsson", "", "Standard"]);
        assert!(build(&columns, &named, 9).is_ok());
    }

    #[test]
    fn short_rows_leave_missing_details_empty() {
        let columns = columns_of(
            "First,Last,Email,Company",
            &[FirstName, LastName, Email, Company],
        );
        let (person, warnings) = person(build(&columns, &StringRecord::from(vec!["Adam"]), 5));
        assert_eq!(person.display_name, "Adam");
        assert_eq!(person.company, "");
        assert!(warnings.is_empty());
    }

    #[test]
    fn stray_values_and_bad_emails_are_reported() {
        let columns = columns_of("First,Email,", &[FirstName, Email, Ignore]);
        let record = StringRecord::from(vec!["Anna", "not-an-email", "", "extra", "fields"]);
        let (person, warnings) = person(build(&columns, &record, 9));
        assert_eq!(person.email, "not-an-email");
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0]
                .to_string()
                .starts_with("\"not-an-email\" does not look like an email")
        );
        assert_eq!(
            warnings[1].to_string(),
            "ignored 2 values with no column header: \"extra\", \"fields\""
        );
    }

    #[test]
    fn first_refusing_status_decides() {
        let columns = columns_of("Name,Void,Refunded", &[FullName, Status, Status]);
        let record = StringRecord::from(vec!["Anna", "no", "yes"]);
        let (person, _) = person(build(&columns, &record, 2));
        let reason = "ticket refunded".to_owned();
        assert_eq!(person.admission, Admission::NotAdmitted { reason });
    }

    #[test]
    fn long_stray_values_are_shortened() {
        assert_eq!(preview("short"), "\"short\"");
        let long = "x".repeat(100);
        assert_eq!(preview(&long).chars().count(), PREVIEW_CHARS + 3);
    }
}
