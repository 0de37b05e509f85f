//! Why a row was left out of an import, or imported with a caveat: one kind per reason, so
//! the command line says it in English and the import wizard in the organizer's language.

use std::fmt;

use super::dedupe::Why;
use crate::language::Texts;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    EmptyRow,
    TotalsRow,
    NoName,
    /// The same person as an earlier row, merged into it.
    SameAs {
        row: usize,
        why: Why,
    },
    /// Imported apart from the earlier row whose email address it shares.
    SharesEmail {
        row: usize,
    },
    NotAnEmail(String),
    UnknownStatus(String),
    /// Values under no header, as previewed ("\"x\", \"y\"").
    StrayValues {
        count: usize,
        values: String,
    },
    /// Matches a person another row of this file already updated.
    UpdatedTwice,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::EmptyRow => f.write_str("empty row"),
            Note::TotalsRow => f.write_str("looks like a totals row"),
            Note::NoName => f.write_str("no name"),
            Note::SameAs { row, why } => {
                write!(f, "same person as row {row} ({})", why.describe())
            }
            Note::SharesEmail { row } => write!(
                f,
                "shares its email address with row {row} but not the name; imported as a \
                 separate person"
            ),
            Note::NotAnEmail(email) => write!(
                f,
                "\"{email}\" does not look like an email address; imported without it being \
                 usable for matching"
            ),
            Note::UnknownStatus(status) => write!(
                f,
                "status \"{status}\" is not one frontdesk knows; imported as admitted"
            ),
            Note::StrayValues { count, values } => {
                let noun = if *count == 1 { "value" } else { "values" };
                write!(f, "ignored {count} {noun} with no column header: {values}")
            }
            Note::UpdatedTwice => {
                f.write_str("matches a person already updated from an earlier row; imported once")
            }
        }
    }
}

impl Note {
    /// The note in the organizer's language.
    pub fn say(&self, t: &Texts) -> String {
        match self {
            Note::EmptyRow => t.tr("note-empty-row"),
            Note::TotalsRow => t.tr("note-totals-row"),
            Note::NoName => t.tr("note-no-name"),
            Note::SameAs { row, why } => t.tr_with(
                "note-same-as",
                &[("row", (*row).into()), ("why", t.tr(why.message()).into())],
            ),
            Note::SharesEmail { row } => t.tr_with("note-shares-email", &[("row", (*row).into())]),
            Note::NotAnEmail(email) => {
                t.tr_with("note-not-an-email", &[("text", email.as_str().into())])
            }
            Note::UnknownStatus(status) => {
                t.tr_with("note-unknown-status", &[("status", status.as_str().into())])
            }
            Note::StrayValues { count, values } => t.tr_with(
                "note-stray-values",
                &[
                    ("count", (*count).into()),
                    ("values", values.as_str().into()),
                ],
            ),
            Note::UpdatedTwice => t.tr("note-updated-twice"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn every_note_is_said_in_each_language_and_not_left_in_english() {
        let notes = [
            Note::EmptyRow,
            Note::TotalsRow,
            Note::NoName,
            Note::SameAs {
                row: 4,
                why: Why::Email,
            },
            Note::SharesEmail { row: 4 },
            Note::NotAnEmail("anna@".into()),
            Note::UnknownStatus("maybe".into()),
            Note::StrayValues {
                count: 2,
                values: "\"x\", \"y\"".into(),
            },
            Note::UpdatedTwice,
        ];
        let english = Language::English.texts();
        for note in &notes {
            assert_eq!(
                note.say(english),
                note.to_string(),
                "English screens and the command line agree"
            );
            for language in Language::ALL.into_iter().skip(1) {
                assert_ne!(
                    note.say(language.texts()),
                    note.to_string(),
                    "{language}: {note:?}"
                );
            }
        }
    }
}
