//! Reasons an import is refused as a whole. Each message is shown to the organizer as is, so
//! it is one sentence that names the file and says what to do next.

use fluent_bundle::FluentValue;

use super::headers::RepeatedColumn;
use crate::language::Texts;

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
        "{file} has columns with the same name: {}. Only the first of each would be \
         read and the others' values dropped; rename them in the file, say what each holds \
         with --map (given twice, --map NAME=FIELD takes such columns in turn), or choose in \
         the import wizard.",
        described(columns)
    )]
    RepeatedColumns {
        file: String,
        columns: Vec<RepeatedColumn>,
    },

    #[error(
        "{file} is UTF-8 text, but {} bytes that are not: read otherwise, every accented name \
         would be garbled. Fix {} (or save the list again as \"CSV UTF-8\") and import it \
         again.",
        lines_that_have(shown, *more),
        if shown.len() + more == 1 { "that row" } else { "those rows" }
    )]
    DamagedUtf8 {
        file: String,
        /// The first few lines with such bytes, in order.
        shown: Vec<usize>,
        /// How many more lines have them.
        more: usize,
    },

    #[error(
        "{file} has column headers but no registrant rows; check that the export includes the \
         attendees and try again."
    )]
    HeaderOnly { file: String },

    #[error(
        "{file} has no column with registrant names (columns found: {}); say which column \
         holds them with --map COLUMN=full_name, or --map COLUMN=first_name and \
         --map COLUMN=last_name.",
        list_headers(headers)
    )]
    NoNameColumn { file: String, headers: Vec<String> },

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

fn described(columns: &[RepeatedColumn]) -> String {
    let described: Vec<String> = columns.iter().map(RepeatedColumn::describe).collect();
    described.join(", ")
}

/// "line 12 has", "lines 12, 40 and 41 have", "lines 12, 40, 41 and 9 more have".
fn lines_that_have(shown: &[usize], more: usize) -> String {
    let named: Vec<String> = shown.iter().map(usize::to_string).collect();
    match (named.split_last(), more) {
        (None, _) => "some lines have".to_string(),
        (Some((only, [])), 0) => format!("line {only} has"),
        (Some((last, rest)), 0) => format!("lines {} and {last} have", rest.join(", ")),
        (Some(_), more) => format!("lines {} and {more} more have", named.join(", ")),
    }
}

impl ImportError {
    /// The refusal in `t`'s language, as a whole sentence. Refusals of the command line's
    /// own arguments (`--map`, `--format`) never reach a window and stay in English.
    pub fn say(&self, t: &Texts) -> String {
        let file = |file: &String| -> FluentValue<'static> { file.clone().into() };
        match self {
            ImportError::Empty { file: name } => {
                t.tr_with("import-error-empty", &[("file", file(name))])
            }
            ImportError::TooLarge {
                file: name,
                megabytes,
            } => t.tr_with(
                "import-error-too-large",
                &[("file", file(name)), ("megabytes", (*megabytes).into())],
            ),
            ImportError::NotText { file: name } => {
                t.tr_with("import-error-not-text", &[("file", file(name))])
            }
            ImportError::Workbook { file: name } => {
                t.tr_with("import-error-workbook", &[("file", file(name))])
            }
            ImportError::Undecodable {
                file: name,
                encoding,
            } => t.tr_with(
                "import-error-undecodable",
                &[("file", file(name)), ("encoding", (*encoding).into())],
            ),
            ImportError::RepeatedColumns {
                file: name,
                columns,
            } => {
                let said: Vec<String> = columns.iter().map(|c| c.say(t)).collect();
                t.tr_with(
                    "import-error-repeated-columns",
                    &[("file", file(name)), ("columns", said.join(", ").into())],
                )
            }
            ImportError::DamagedUtf8 {
                file: name,
                shown,
                more,
            } => damaged_utf8(t, name, shown, *more).unwrap_or_else(|| self.to_string()),
            ImportError::HeaderOnly { file: name } => {
                t.tr_with("import-error-header-only", &[("file", file(name))])
            }
            ImportError::NoNameColumn {
                file: name,
                headers,
            } => {
                let found = if headers.iter().all(String::is_empty) {
                    t.tr("import-no-headers")
                } else {
                    list_headers(headers)
                };
                t.tr_with(
                    "import-error-no-name-column",
                    &[("file", file(name)), ("found", found.into())],
                )
            }
            ImportError::Unreadable {
                file: name,
                row,
                detail,
            } => t.tr_with(
                "import-error-unreadable",
                &[
                    ("file", file(name)),
                    ("row", (*row).into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            ImportError::MapColumnMissing { .. }
            | ImportError::BadMapArgument { .. }
            | ImportError::UnknownField { .. }
            | ImportError::UnknownFormat { .. } => self.to_string(),
        }
    }
}

/// `None` when no line is named, which the decoder never does: it found the bytes on one.
fn damaged_utf8(t: &Texts, file: &str, shown: &[usize], more: usize) -> Option<String> {
    let named: Vec<String> = shown.iter().map(usize::to_string).collect();
    let file: FluentValue<'_> = file.into();
    let (last, rest) = named.split_last()?;
    Some(match (rest, more) {
        ([], 0) => t.tr_with(
            "import-error-damaged-utf8-line",
            &[("file", file), ("line", last.as_str().into())],
        ),
        (rest, 0) => t.tr_with(
            "import-error-damaged-utf8-lines",
            &[
                ("file", file),
                ("lines", rest.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
        (_, more) => t.tr_with(
            "import-error-damaged-utf8-more",
            &[
                ("file", file),
                ("lines", named.join(", ").into()),
                ("more", more.into()),
            ],
        ),
    })
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
                headers: vec!["Mail".to_owned(), "Org".to_owned()],
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
