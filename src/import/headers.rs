//! Recognising what each column holds from its header, in the languages organizers in Europe
//! and the Americas export in, and recognising which registration system wrote the file.
//!
//! Headers are compared folded (see [`fold`]): ` First Name `, `FIRSTNAME` and `first-name`
//! are the same header. Matching is exact on the folded text, because loose matching would
//! read Tito's "Ticket Phone Number" as a ticket number; only Google Forms, whose headers are
//! whole questions, falls back to looking for key words inside the header.

use super::clean::fold;
use super::error::list_headers;
use super::{Field, Format, ImportError, vendor};

/// Tito and Eventbrite prefix attendee details with these words ("Ticket Email", "Attendee
/// Status"); what follows the prefix is read as a header of its own.
const PERSON_PREFIXES: &[&str] = &["ticket", "attendee", "participant", "registrant", "holder"];

fn exact_field(folded: &str) -> Option<Field> {
    let field = match folded {
        "firstname" | "first" | "givenname" | "forename" | "fornamn" | "vorname" | "prenom"
        | "nombre" | "voornaam" | "fornavn" | "etunimi" | "nome" => Field::FirstName,
        "lastname" | "last" | "surname" | "familyname" | "efternamn" | "nachname" | "nom"
        | "apellido" | "apellidos" | "achternaam" | "etternavn" | "sukunimi" | "cognome"
        | "sobrenome" => Field::LastName,
        "name" | "fullname" | "yourname" | "namn" | "navn" | "vollstandigername" | "nomcomplet"
        | "nombrecompleto" | "fulltnamn" => Field::FullName,
        "email" | "emailaddress" | "mail" | "epost" | "epostadress" | "courriel" | "correo"
        | "correoelectronico" | "emailadresse" | "mailadresse" | "adresseemail"
        | "indirizzoemail" => Field::Email,
        "company" | "companyname" | "organisation" | "organization" | "organisationname"
        | "organizationname" | "affiliation" | "employer" | "foretag" | "firma" | "unternehmen"
        | "entreprise" | "societe" | "empresa" | "institution" | "azienda" => Field::Company,
        "jobtitle"
        | "title"
        | "position"
        | "role"
        | "jobrole"
        | "befattning"
        | "titel"
        | "poste"
        | "cargo"
        | "occupation"
        | "titoloprofessionale"
        | "puesto" => Field::JobTitle,
        "tickettype" | "ticket" | "product" | "ticketclass" | "release" | "category"
        | "biljettyp" | "biljett" | "ticketart" | "typedebillet" | "registrationtype" | "tier"
        | "passtype" | "ticketname" | "tipologiabiglietto" | "tipodeingresso" | "tipodeentrada" => {
            Field::TicketType
        }
        "barcode"
        | "secret"
        | "ticketreference"
        | "reference"
        | "ticketcode"
        | "code"
        | "badgecode"
        | "qrcode"
        | "ticketid"
        | "ticketnumber"
        | "barcodenumber"
        | "barcodenr"
        | "ncodiceabarre"
        | "numerodecodigodebarras"
        | "qrcodeurl"
        | "uniqueticketurl" => Field::TicketCode,
        "attendeestatus"
        | "status"
        | "void"
        | "voidstatus"
        | "refunded"
        | "cancelled"
        | "canceled"
        | "ticketstatus"
        | "orderstatus"
        | "registrationstatus"
        | "avbokad"
        | "storniert"
        | "annule"
        | "cancelado"
        | "approvalstatus"
        | "rsvp"
        | "teilnehmerstatus"
        | "statusdoparticipante" => Field::Status,
        _ => return None,
    };
    Some(field)
}

fn prefixed_field(folded: &str) -> Option<Field> {
    PERSON_PREFIXES.iter().find_map(|prefix| {
        let rest = folded
            .strip_prefix(prefix)
            .filter(|rest| !rest.is_empty())?;
        exact_field(rest)
            .filter(|field| !matches!(field, Field::TicketType | Field::TicketCode | Field::Ignore))
    })
}

/// Key words inside a Google Forms question, most specific first, so "Company name" is a
/// company and "What is your name?" a full name.
const FORMS_KEYWORDS: &[(&[&str], Field)] = &[
    (
        &["email", "epost", "mail", "courriel", "correo"],
        Field::Email,
    ),
    (
        &["firstname", "givenname", "fornamn", "vorname", "prenom"],
        Field::FirstName,
    ),
    (
        &["lastname", "surname", "familyname", "efternamn", "nachname"],
        Field::LastName,
    ),
    (
        &[
            "company",
            "organisation",
            "organization",
            "employer",
            "affiliation",
            "foretag",
        ],
        Field::Company,
    ),
    (
        &["jobtitle", "role", "position", "befattning"],
        Field::JobTitle,
    ),
    (&["ticket", "biljett"], Field::TicketType),
    (&["name", "namn"], Field::FullName),
];

fn forms_field(folded: &str) -> Option<Field> {
    FORMS_KEYWORDS
        .iter()
        .find(|(words, _)| words.iter().any(|word| folded.contains(word)))
        .map(|(_, field)| *field)
}

fn guess_field(header: &str, format: Format) -> Field {
    let folded = fold(header);
    if folded.is_empty() {
        return Field::Ignore;
    }
    exact_field(&folded)
        .or_else(|| prefixed_field(&folded))
        .or_else(|| {
            vendor::of(format)
                .headers_are_questions
                .then(|| forms_field(&folded))
                .flatten()
        })
        .unwrap_or(Field::Ignore)
}

/// Recognises the exporting system from headers only those exports have.
pub fn detect_format(headers: &[String]) -> Format {
    vendor::detect(headers)
}

/// Columns that carry the same header and would hold the same field: only the first would be
/// read, the others' values dropped.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RepeatedColumn {
    pub header: String,
    /// 1-based, as a spreadsheet counts them.
    pub columns: Vec<usize>,
}

impl RepeatedColumn {
    /// [`RepeatedColumn::describe`] in the organizer's language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        let numbers: Vec<String> = self.columns.iter().map(usize::to_string).collect();
        let (last, rest) = numbers.split_last().map_or(("", &[][..]), |(l, r)| (l, r));
        t.tr_with(
            "import-repeated-columns",
            &[
                ("header", self.header.as_str().into()),
                ("columns", rest.join(", ").into()),
                ("last", last.into()),
            ],
        )
    }

    /// `"Email" (columns 3 and 7)`.
    pub fn describe(&self) -> String {
        let numbers: Vec<String> = self.columns.iter().map(usize::to_string).collect();
        let (last, rest) = numbers.split_last().map_or(("", &[][..]), |(l, r)| (l, r));
        format!(
            "\"{}\" (columns {} and {last})",
            self.header,
            rest.join(", ")
        )
    }
}

/// Assigns a field to every header.
///
/// Overrides from `--map` are applied first and win. Every other field goes to the first
/// column that claims it, so a later "Order Email" never displaces "Ticket Email". Status and
/// ticket codes are the exceptions: an export may say "Void" and "Refunded" in separate
/// columns, and each one counts; a ticket may be scanned by its reference or its URL (unless
/// `--map` names the code column).
///
/// Also names the repeated headers whose later columns it leaves unused (those `--map` does
/// not place): the same header twice is not "Order Email" after "Ticket Email", and
/// dropping its values silently would lose data.
pub fn map_headers_noting_repeats(
    headers: &[String],
    format: Format,
    overrides: &[(String, Field)],
    file: &str,
) -> Result<(Vec<Field>, Vec<RepeatedColumn>), ImportError> {
    let mapping = assign_fields(headers, format, overrides, file)?;
    let fixed = overridden_columns(headers, overrides, file)?;
    let mut repeated: Vec<RepeatedColumn> = Vec::new();
    for (index, header) in headers.iter().enumerate() {
        let field = guess_field(header, format);
        let dropped = fixed[index].is_none()
            && mapping[index] == Field::Ignore
            && !matches!(field, Field::Ignore | Field::Status | Field::TicketCode);
        if !dropped {
            continue;
        }
        let folded = fold(header);
        let Some(first) = (0..index).find(|&earlier| fold(&headers[earlier]) == folded) else {
            continue;
        };
        match repeated.iter_mut().find(|r| r.columns[0] == first + 1) {
            Some(known) => known.columns.push(index + 1),
            None => repeated.push(RepeatedColumn {
                header: header.trim().to_string(),
                columns: vec![first + 1, index + 1],
            }),
        }
    }
    Ok((mapping, repeated))
}

fn assign_fields(
    headers: &[String],
    format: Format,
    overrides: &[(String, Field)],
    file: &str,
) -> Result<Vec<Field>, ImportError> {
    let fixed = overridden_columns(headers, overrides, file)?;
    let mut claimed: Vec<Field> = fixed.iter().flatten().copied().collect();
    // A code column the organizer named replaces the ones frontdesk would have guessed.
    let codes_named = claimed.contains(&Field::TicketCode);
    let mapping = headers
        .iter()
        .zip(&fixed)
        .map(|(header, fixed)| {
            if let Some(field) = fixed {
                return *field;
            }
            let field = guess_field(header, format);
            let repeatable = match field {
                Field::Status | Field::Ignore => true,
                Field::TicketCode => !codes_named,
                _ => false,
            };
            if !repeatable && claimed.contains(&field) {
                return Field::Ignore;
            }
            claimed.push(field);
            field
        })
        .collect();
    Ok(mapping)
}

fn overridden_columns(
    headers: &[String],
    overrides: &[(String, Field)],
    file: &str,
) -> Result<Vec<Option<Field>>, ImportError> {
    let folded: Vec<String> = headers.iter().map(|header| fold(header)).collect();
    let mut fixed: Vec<Option<Field>> = vec![None; headers.len()];
    for (column, field) in overrides {
        let wanted = fold(column);
        // A header with no letters or digits ("#", or none at all) is matched as written.
        let matches = |index: usize| {
            if wanted.is_empty() {
                headers[index].trim() == column.trim()
            } else {
                folded[index] == wanted
            }
        };
        let mut candidates = (0..headers.len()).filter(|&index| matches(index));
        let first = candidates.clone().next();
        let index = candidates
            .find(|&index| fixed[index].is_none())
            .or(first)
            .ok_or_else(|| ImportError::MapColumnMissing {
                file: file.to_owned(),
                column: column.clone(),
                found: list_headers(headers),
            })?;
        fixed[index] = Some(*field);
    }
    Ok(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map_headers(
        headers: &[String],
        format: Format,
        overrides: &[(String, Field)],
        file: &str,
    ) -> Result<Vec<Field>, ImportError> {
        Ok(map_headers_noting_repeats(headers, format, overrides, file)?.0)
    }

    fn headers(line: &str) -> Vec<String> {
        line.split(',').map(str::to_owned).collect()
    }

    fn mapped(line: &str, format: Format) -> Vec<Field> {
        map_headers(&headers(line), format, &[], "list.csv").unwrap_or_default()
    }

    #[test]
    fn headers_match_whatever_the_spelling() {
        use Field::*;
        let fields = mapped(
            " First Name ,LAST NAME,E-mail,Förnamn,Notes,",
            Format::Generic,
        );
        assert_eq!(fields, [FirstName, LastName, Email, Ignore, Ignore, Ignore]);
        let swedish = mapped(
            "Förnamn,Efternamn,E-postadress,Företag,Biljettyp",
            Format::Generic,
        );
        assert_eq!(swedish, [FirstName, LastName, Email, Company, TicketType]);
    }

    #[test]
    fn eventbrite_order_numbers_are_not_ticket_codes() {
        use Field::*;
        let line = "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,\
                    Attendee #,Barcode #,Job Title,Company,Attendee Status";
        let expected = [
            Ignore, Ignore, FirstName, LastName, Email, Ignore, TicketType, Ignore, TicketCode,
            JobTitle, Company, Status,
        ];
        assert_eq!(mapped(line, Format::Eventbrite), expected);
    }

    #[test]
    fn pretix_secret_is_the_code_and_product_the_ticket_type() {
        use Field::*;
        let line = "Order code,Attendee name,Attendee email,Company,Product,Secret,Status";
        let expected = [
            Ignore, FullName, Email, Company, TicketType, TicketCode, Status,
        ];
        assert_eq!(mapped(line, Format::Pretix), expected);
    }

    #[test]
    fn tito_ticket_columns_win_over_order_columns() {
        use Field::*;
        let line = "Number,Ticket,Ticket Full Name,Ticket First Name,Ticket Last Name,Ticket Email,\
                    Ticket Company Name,Ticket Phone Number,Void Status,Discount Status,\
                    Ticket Reference,Order Reference,Order Name,Order Email";
        let expected = [
            Ignore, TicketType, FullName, FirstName, LastName, Email, Company, Ignore, Status,
            Ignore, TicketCode, Ignore, Ignore, Ignore,
        ];
        assert_eq!(mapped(line, Format::Tito), expected);
    }

    #[test]
    fn forms_questions_are_matched_by_key_words() {
        use Field::*;
        let line = "Timestamp,Email address,What is your name?,Company / organisation,\
                    Which ticket?,Dietary requirements";
        let expected = [Ignore, Email, FullName, Company, TicketType, Ignore];
        assert_eq!(mapped(line, Format::Forms), expected);
        assert_eq!(mapped("What is your name?", Format::Generic), [Ignore]);
    }

    #[test]
    fn the_first_column_for_a_field_wins_except_status() {
        use Field::*;
        let fields = mapped("Email,Mail,Void,Refunded,Name", Format::Generic);
        assert_eq!(fields, [Email, Ignore, Status, Status, FullName]);
    }

    #[test]
    fn overrides_win_and_release_the_automatic_column() {
        use Field::*;
        let overrides = [
            ("badge id".to_owned(), TicketCode),
            ("NAME".to_owned(), Ignore),
        ];
        let found = map_headers(
            &headers("Name,Code,Badge ID,Full name"),
            Format::Generic,
            &overrides,
            "l.csv",
        );
        assert_eq!(found, Ok(vec![Ignore, Ignore, TicketCode, FullName]));
    }

    #[test]
    fn overrides_for_a_repeated_header_take_its_columns_in_turn() {
        use Field::*;
        let overrides = [
            ("Email".to_owned(), Ignore),
            ("email".to_owned(), Email),
            (String::new(), TicketCode),
        ];
        let found = map_headers(
            &headers("Name,Email,E-mail,"),
            Format::Generic,
            &overrides,
            "l.csv",
        );
        assert_eq!(found, Ok(vec![FullName, Ignore, Email, TicketCode]));
    }

    #[test]
    fn a_header_given_to_several_columns_is_named_with_every_column() {
        let (fields, repeated) = map_headers_noting_repeats(
            &headers("Name,Email,Phone,Email,EMAIL,Void,Void"),
            Format::Generic,
            &[],
            "l.csv",
        )
        .expect("mapped");
        assert_eq!(fields[1], Field::Email);
        assert_eq!(
            repeated.len(),
            1,
            "two status columns both count: {repeated:?}"
        );
        assert_eq!(repeated[0].describe(), "\"Email\" (columns 2, 4 and 5)");
        let (_, placed) = map_headers_noting_repeats(
            &headers("Name,Email,Email"),
            Format::Generic,
            &[
                ("Email".to_owned(), Field::Email),
                ("Email".to_owned(), Field::Ignore),
            ],
            "l.csv",
        )
        .expect("mapped");
        assert!(placed.is_empty(), "--map placed both: {placed:?}");
    }

    #[test]
    fn overriding_a_missing_column_is_refused() {
        let overrides = [("Badge".to_owned(), Field::TicketCode)];
        let result = map_headers(&headers("Name,Email"), Format::Generic, &overrides, "l.csv");
        assert!(
            matches!(result, Err(ImportError::MapColumnMissing { ref column, .. }) if column == "Badge")
        );
    }

    #[test]
    fn formats_are_recognised_from_their_headers() {
        let detect = |line: &str| detect_format(&headers(line));
        assert_eq!(detect("Order #,First Name,Barcode #"), Format::Eventbrite);
        assert_eq!(detect("Order #,Attendee #,First Name"), Format::Eventbrite);
        assert_eq!(detect("Order code,Attendee name,Status"), Format::Pretix);
        assert_eq!(detect("Name,Secret"), Format::Pretix);
        assert_eq!(
            detect("Ticket,Ticket Full Name,Ticket Reference"),
            Format::Tito
        );
        assert_eq!(detect("Ticket,Name,Reference,Void"), Format::Tito);
        assert_eq!(detect("Zeitstempel,Name"), Format::Forms);
        assert_eq!(detect("Name,Timestamp"), Format::Generic);
        assert_eq!(detect("Name,Barcode"), Format::Generic);
    }
}
