//! The vocabulary organizers use on the command line and in the import dialog: which system
//! produced the export, and which registrant detail a column holds.

use std::fmt;
use std::str::FromStr;

use super::ImportError;
use super::vendor;

/// The registration system an export came from. It decides how the status column is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Eventbrite,
    Pretix,
    Tito,
    Luma,
    Meetup,
    Forms,
    Generic,
}

impl Format {
    /// The name typed on the command line and stored in settings.
    pub fn name(self) -> &'static str {
        vendor::of(self).name
    }

    /// The name shown to staff, spelled the way each product spells itself.
    pub fn label(self) -> &'static str {
        vendor::of(self).label
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ImportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        vendor::named(s).ok_or(ImportError::UnknownFormat { name: s.to_owned() })
    }
}

/// Whether to trust the detected format or the one the organizer picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormatChoice {
    #[default]
    Auto,
    Exactly(Format),
}

impl FromStr for FormatChoice {
    type Err = ImportError;

    /// `auto`, or a format's name.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("auto") {
            return Ok(FormatChoice::Auto);
        }
        s.parse().map(FormatChoice::Exactly)
    }
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    FirstName,
    LastName,
    FullName,
    Email,
    Company,
    JobTitle,
    TicketType,
    TicketCode,
    Status,
    Ignore,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::FullName => "full_name",
            Field::Email => "email",
            Field::Company => "company",
            Field::JobTitle => "job_title",
            Field::TicketType => "ticket_type",
            Field::TicketCode => "ticket_code",
            Field::Status => "status",
            Field::Ignore => "ignore",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Field {
    type Err = ImportError;

    /// Accepts the snake_case names plus the short forms organizers reach for first
    /// (`name`, `title`, `code`), in any case and with `-` or spaces for `_`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted: String = s
            .trim()
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let field = match wanted.as_str() {
            "first_name" | "firstname" | "first" => Field::FirstName,
            "last_name" | "lastname" | "last" | "surname" => Field::LastName,
            "full_name" | "fullname" | "name" => Field::FullName,
            "email" | "e_mail" => Field::Email,
            "company" | "organisation" | "organization" => Field::Company,
            "title" | "job_title" => Field::JobTitle,
            "ticket_type" | "ticket" => Field::TicketType,
            "code" | "ticket_code" | "barcode" => Field::TicketCode,
            "status" => Field::Status,
            "ignore" | "skip" | "none" => Field::Ignore,
            _ => {
                return Err(ImportError::UnknownField {
                    arg: s.to_owned(),
                    field: s.trim().to_owned(),
                });
            }
        };
        Ok(field)
    }
}

/// Reads one `--map COLUMN=FIELD` argument, e.g. `Badge ID=code`.
///
/// The split is at the last `=` because field names never contain one while column
/// headers written by people occasionally do.
pub fn parse_map_arg(s: &str) -> Result<(String, Field), ImportError> {
    let bad = || ImportError::BadMapArgument { arg: s.to_owned() };
    let (column, field) = s.rsplit_once('=').ok_or_else(bad)?;
    let column = column.trim();
    if column.is_empty() || field.trim().is_empty() {
        return Err(bad());
    }
    let field = field
        .parse::<Field>()
        .map_err(|_| ImportError::UnknownField {
            arg: s.to_owned(),
            field: field.trim().to_owned(),
        })?;
    Ok((column.to_owned(), field))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_through_their_names() {
        for vendor in &vendor::VENDORS {
            let format = vendor.format;
            assert_eq!(format.to_string().parse::<Format>(), Ok(format));
            assert_eq!(format.name().parse(), Ok(FormatChoice::Exactly(format)));
        }
        assert_eq!(" Auto ".parse(), Ok(FormatChoice::Auto));
        assert_eq!("Google-Forms".parse::<Format>(), Ok(Format::Forms));
        assert!("eventbright".parse::<Format>().is_err());
    }

    #[test]
    fn fields_accept_documented_spellings() {
        let cases = [
            ("first_name", Field::FirstName),
            ("Last-Name", Field::LastName),
            ("name", Field::FullName),
            ("full_name", Field::FullName),
            ("title", Field::JobTitle),
            ("job_title", Field::JobTitle),
            ("code", Field::TicketCode),
            ("ticket_code", Field::TicketCode),
            ("ticket_type", Field::TicketType),
            ("STATUS", Field::Status),
            ("ignore", Field::Ignore),
        ];
        for (text, field) in cases {
            assert_eq!(text.parse::<Field>(), Ok(field), "{text}");
        }
        assert!("phone".parse::<Field>().is_err());
    }

    #[test]
    fn fields_display_their_snake_case_name() {
        assert_eq!(Field::TicketCode.to_string(), "ticket_code");
        assert_eq!(Field::JobTitle.to_string(), "job_title");
    }

    #[test]
    fn map_argument_splits_column_and_field() {
        assert_eq!(
            parse_map_arg("Badge ID=code"),
            Ok(("Badge ID".to_owned(), Field::TicketCode))
        );
        assert_eq!(
            parse_map_arg(" Score = 2 = ignore"),
            Ok(("Score = 2".to_owned(), Field::Ignore))
        );
    }

    #[test]
    fn map_argument_refuses_malformed_input() {
        assert!(matches!(
            parse_map_arg("Badge ID"),
            Err(ImportError::BadMapArgument { .. })
        ));
        assert!(matches!(
            parse_map_arg("=code"),
            Err(ImportError::BadMapArgument { .. })
        ));
        assert!(matches!(
            parse_map_arg("Badge ID=phone"),
            Err(ImportError::UnknownField { field, .. }) if field == "phone"
        ));
    }
}
