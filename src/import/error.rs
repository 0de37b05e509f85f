//! Reasons an import is refused as a whole. Each message is shown to the organizer as is, so
//! it is one sentence that names the file and says what to do next.

/// Why nothing could be imported. Row-level problems never end up here; they become
/// skipped rows or warnings on the parsed list instead.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum ImportError {
    #[error("{file} is empty; export the registrant list again and choose the new file.")]
    Empty { file: String },

    #[error(
        "{file} is {megabytes} MB; frontdesk imports registrant lists of up to 64 MB (about \
         half a million people). Export one list per event, or split the file and import the \
         parts one after the other."
    )]
    TooLarge { file: String, megabytes: u64 },

    #[error("{file} is not a text file; export the registrant list as CSV.")]
    NotText { file: String },

    #[error(
        "{file} is a spreadsheet workbook, not a CSV file; save it as \"CSV UTF-8\" from your \
         spreadsheet program and import that file."
    )]
    Workbook { file: String },

    #[error(
        "{file} starts out as {encoding} text but contains bytes that are not; save it again as \
         \"CSV UTF-8\" and import that file."
    )]
    Undecodable {
        file: String,
        encoding: &'static str,
    },

    #[error(
        "{file} has columns with the same name: {columns}. Only the first of each would be \
         read and the others' values dropped; rename them in the file, say what each holds \
         with --map (given twice, --map NAME=FIELD takes such columns in turn), or choose in \
         the import wizard."
    )]
    RepeatedColumns { file: String, columns: String },

    #[error(
        "{file} is UTF-8 text, but {lines} {have} bytes that are not: read otherwise, every \
         accented name would be garbled. Fix {those} (or save the list again as \"CSV UTF-8\") \
         and import it again."
    )]
    DamagedUtf8 {
        file: String,
        /// "line 12", "lines 12, 40 and 41", "lines 12, 40, 41 and 9 more".
        lines: String,
        have: &'static str,
        those: &'static str,
    },

    #[error(
        "{file} has column headers but no registrant rows; check that the export includes the \
         attendees and try again."
    )]
    HeaderOnly { file: String },

    #[error(
        "{file} has no column with registrant names (columns found: {found}); say which column \
         holds them with --map COLUMN=full_name, or --map COLUMN=first_name and \
         --map COLUMN=last_name."
    )]
    NoNameColumn { file: String, found: String },

    #[error(
        "{file} has no column called \"{column}\" (columns found: {found}); check the spelling \
         in --map."
    )]
    MapColumnMissing {
        file: String,
        column: String,
        found: String,
    },

    #[error("{file} could not be read at row {row} ({detail}); save it again as CSV and retry.")]
    Unreadable {
        file: String,
        row: usize,
        detail: String,
    },

    #[error("--map \"{arg}\" is not COLUMN=FIELD; write it like --map \"Badge ID=code\".")]
    BadMapArgument { arg: String },

    #[error(
        "--map \"{arg}\" names \"{field}\", which is not a registrant detail; use first_name, \
         last_name, full_name, email, company, title, ticket_type, code, status or ignore."
    )]
    UnknownField { arg: String, field: String },

    #[error(
        "\"{name}\" is not an import format; use {}.",
        super::vendor::names_listed()
    )]
    UnknownFormat { name: String },
}

/// Lists column headers the way the refusal messages show them: quoted, so an empty or
/// space-padded header is visible.
pub(crate) fn list_headers(headers: &[String]) -> String {
    if headers.iter().all(|header| header.is_empty()) {
        return "none".to_owned();
    }
    headers
        .iter()
        .map(|header| format!("\"{header}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_and_are_one_sentence() {
        let file = "attendees.csv".to_owned();
        let errors = [
            ImportError::Empty { file: file.clone() },
            ImportError::NotText { file: file.clone() },
            ImportError::Workbook { file: file.clone() },
            ImportError::HeaderOnly { file: file.clone() },
            ImportError::NoNameColumn {
                file: file.clone(),
                found: list_headers(&["Mail".to_owned(), "Org".to_owned()]),
            },
        ];
        for error in errors {
            let text = error.to_string();
            assert!(text.starts_with("attendees.csv "), "{text}");
            assert_eq!(text.matches(". ").count(), 0, "{text}");
            assert!(text.ends_with('.'), "{text}");
        }
    }

    #[test]
    fn header_list_quotes_each_header() {
        let found = list_headers(&["Mail".to_owned(), String::new()]);
        assert_eq!(found, "\"Mail\", \"\"");
        assert_eq!(list_headers(&[String::new()]), "none");
    }
}
