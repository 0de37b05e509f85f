//! Reading real-world registrant exports end to end, from the bytes of the file to the list
//! an organizer reviews before importing.

use std::path::PathBuf;

use frontdesk::import::*;

fn sample(name: &str) -> Vec<u8> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", name]
        .iter()
        .collect();
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse_sample(name: &str) -> ParsedList {
    parse_bytes(&sample(name), name)
}

fn parse_bytes(bytes: &[u8], name: &str) -> ParsedList {
    parse(bytes, name, &ParseOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn refusal(bytes: &[u8], name: &str) -> ImportError {
    match parse(bytes, name, &ParseOptions::default()) {
        Ok(list) => panic!(
            "{name} was accepted with {} registrants",
            list.registrants.len()
        ),
        Err(error) => error,
    }
}

fn person<'a>(list: &'a ParsedList, display_name: &str) -> &'a Registrant {
    let mut found = list
        .registrants
        .iter()
        .filter(|r| r.display_name == display_name);
    let first = found
        .next()
        .unwrap_or_else(|| panic!("{display_name} missing"));
    assert!(found.next().is_none(), "{display_name} imported twice");
    first
}

fn not_admitted(list: &ParsedList) -> Vec<(&str, &str)> {
    list.registrants
        .iter()
        .filter_map(|r| match &r.admission {
            Admission::Admitted => None,
            Admission::NotAdmitted { reason } => Some((r.display_name.as_str(), reason.as_str())),
        })
        .collect()
}

fn notes(notes: &[RowNote]) -> Vec<(usize, &str)> {
    notes.iter().map(|n| (n.row, n.reason.as_str())).collect()
}

fn not_admitted_reason(reason: &str) -> Admission {
    Admission::NotAdmitted {
        reason: reason.to_owned(),
    }
}

#[test]
fn eventbrite_attendee_report() {
    let list = parse_sample("registrants-eventbrite.csv");
    assert_eq!(list.format, Format::Eventbrite);
    assert_eq!((list.encoding, list.delimiter), ("UTF-8 (BOM)", ','));
    assert_eq!(list.headers[0], "Order #");
    assert_eq!(list.mapping[0], Field::Ignore);
    assert_eq!(
        list.mapping[7],
        Field::Ignore,
        "Attendee # is not a ticket code"
    );
    assert_eq!(list.mapping[8], Field::TicketCode);
    assert_eq!(list.registrants.len(), 320);
    assert!(list.skipped.is_empty() && list.warnings.is_empty());

    let refused = not_admitted(&list);
    assert_eq!(refused.len(), 4);
    assert!(
        refused
            .iter()
            .all(|(_, reason)| *reason == "Eventbrite status: Not Attending")
    );
    assert_eq!(
        person(&list, "Zoë Bergström").admission,
        not_admitted_reason("Eventbrite status: Not Attending")
    );

    let first = &list.registrants[0];
    assert_eq!(first.row, 2);
    assert_eq!(
        (first.first_name.as_str(), first.last_name.as_str()),
        ("François", "Pachet")
    );
    assert_eq!(first.external_codes, ["7400000007797980173001"]);
    assert_eq!(
        (first.company.as_str(), first.job_title.as_str()),
        ("Spotify", "Speaker")
    );
    assert_eq!(first.ticket_type, "Speaker");
    assert_eq!(list.registrants[319].row, 321);
}

#[test]
fn pretix_order_export() {
    let list = parse_sample("registrants-pretix.csv");
    assert_eq!(list.format, Format::Pretix);
    assert_eq!(list.encoding, "UTF-8");
    assert_eq!(
        list.mapping[0],
        Field::Ignore,
        "the order code is not a ticket code"
    );
    assert_eq!(list.registrants.len(), 250);
    assert!(list.skipped.is_empty() && list.warnings.is_empty());

    let refused = not_admitted(&list);
    let pending = refused
        .iter()
        .filter(|(_, r)| *r == "pretix order status: pending — not paid");
    let canceled = refused
        .iter()
        .filter(|(_, r)| *r == "pretix order status: canceled");
    assert_eq!(
        (refused.len(), pending.count(), canceled.count()),
        (11, 3, 8)
    );
    assert!(!person(&list, "Karin Yılmaz").is_admitted());

    let first = &list.registrants[0];
    assert_eq!(first.display_name, "François Pachet");
    assert_eq!(
        (first.first_name.as_str(), first.last_name.as_str()),
        ("François", "Pachet")
    );
    assert_eq!(first.external_codes, ["ckxb724szuap6q28rc2xrfhdjhxbdm72"]);
    assert_eq!(first.ticket_type, "Speaker");
    assert!(first.is_admitted());
}

#[test]
fn messy_spreadsheet_counts() {
    let list = parse_sample("registrants-messy.csv");
    assert_eq!(list.format, Format::Generic);
    assert_eq!((list.encoding, list.delimiter), ("UTF-8 (BOM)", ','));
    assert_eq!(
        list.headers,
        ["First Name", "LAST NAME", "E-mail", "Company", "Notes", ""]
    );
    use Field::*;
    assert_eq!(
        list.mapping,
        [FirstName, LastName, Email, Company, Ignore, Ignore]
    );
    assert_eq!(list.registrants.len(), 120);
    assert_eq!(list.skipped.len(), 20);
    assert_eq!(list.warnings.len(), 20);
    assert!(list.registrants.iter().all(Registrant::is_admitted));
}

#[test]
fn messy_spreadsheet_skips_blank_rows_and_second_registrations() {
    let list = parse_sample("registrants-messy.csv");
    let mut expected = Vec::new();
    for block in 0..10 {
        let first = 4 + 15 * block;
        expected.push((
            first + 1,
            format!("same person as row {first} (same email address)"),
        ));
        expected.push((9 + 15 * block, "empty row".to_owned()));
    }
    let skipped: Vec<(usize, String)> = list
        .skipped
        .iter()
        .map(|n| (n.row, n.reason.clone()))
        .collect();
    assert_eq!(skipped, expected);
}

#[test]
fn messy_spreadsheet_warns_about_bad_emails_and_stray_values() {
    let list = parse_sample("registrants-messy.csv");
    let warnings = notes(&list.warnings);
    let bad_email = "\"not-an-email\" does not look like an email address; imported without it \
                     being usable for matching";
    let stray = "ignored 2 values with no column header: \"extra\", \"fields\"";
    for block in 0..10 {
        assert_eq!(warnings[2 * block], (11 + 15 * block, bad_email));
        assert_eq!(warnings[2 * block + 1], (14 + 15 * block, stray));
    }
    assert_eq!(list.warnings[0].to_string(), format!("row 11: {bad_email}"));
}

#[test]
fn messy_spreadsheet_values_are_cleaned_and_numbered() {
    let list = parse_sample("registrants-messy.csv");
    let rows: Vec<usize> = list.registrants.iter().take(6).map(|r| r.row).collect();
    assert_eq!(
        rows,
        [2, 3, 4, 6, 8, 10],
        "a record with a line break spans two lines"
    );
    assert_eq!(list.registrants.last().map(|r| r.row), Some(151));

    assert_eq!(person(&list, "Claire Dorman").first_name, "Claire");
    assert_eq!(
        person(&list, "Clément Calauzènes").company,
        "Acme Research Lab"
    );
    assert_eq!(person(&list, "Zoë Hawthorne").first_name.chars().count(), 3);
    assert_eq!(person(&list, "Adam Roberts").company, "");
    let anna = person(&list, "Anna Huang");
    assert_eq!((anna.row, anna.email.as_str()), (11, "not-an-email"));
    assert_eq!(
        list.registrants
            .iter()
            .filter(|r| r.display_name == "سارة الحسن")
            .count(),
        10
    );
}

#[test]
fn messy_spreadsheet_merges_second_registrations() {
    let list = parse_sample("registrants-messy.csv");
    let james = person(&list, "James McInerney");
    assert_eq!(
        (james.row, james.email.as_str()),
        (4, "JAMES.MCINERNEY@EXAMPLE.ORG")
    );
    let dubois = person(&list, "Jiří Dubois");
    assert_eq!((dubois.row, dubois.company.as_str()), (49, ""));
    assert_eq!(
        list.skipped
            .iter()
            .find(|n| n.row == 50)
            .map(|n| n.reason.as_str()),
        Some("same person as row 49 (same email address)")
    );
}

#[test]
fn later_registrations_fill_gaps_and_add_tickets() {
    let csv = "Name,Email,Company,Title,Code\n\
               Anna Huang,ANNA@example.org,,,A1\n\
               Bo Ek,bo@example.org,Klarna,,\n\
               Anna Huang,anna@example.org,Google,Engineer,B2\n\
               Bo Ek,,Klarna,CTO,\n";
    let list = parse_bytes(csv.as_bytes(), "two-lists.csv");
    assert_eq!(list.registrants.len(), 2);
    let anna = person(&list, "Anna Huang");
    assert_eq!(
        (anna.company.as_str(), anna.job_title.as_str()),
        ("Google", "Engineer")
    );
    assert_eq!(anna.external_codes, ["A1", "B2"]);
    assert_eq!(person(&list, "Bo Ek").job_title, "CTO");
    assert_eq!(
        notes(&list.skipped),
        [
            (4, "same person as row 2 (same email address)"),
            (5, "same person as row 3 (same name and company)")
        ]
    );
}

#[test]
fn colleagues_sharing_an_address_are_both_imported() {
    let csv = "Name,Email\nAnna Huang,office@example.org\nBo Ek,Office@example.org\n";
    let list = parse_bytes(csv.as_bytes(), "team.csv");
    assert_eq!(list.registrants.len(), 2);
    assert!(list.skipped.is_empty());
    let expected =
        "shares its email address with row 2 but not the name; imported as a separate person";
    assert_eq!(notes(&list.warnings), [(3, expected)]);
}

#[test]
fn tito_ticket_export() {
    let list = parse_sample("registrants-tito.csv");
    assert_eq!(list.format, Format::Tito);
    assert_eq!(list.registrants.len(), 7);
    assert_eq!(notes(&list.skipped), [(7, "no name")]);
    assert!(list.warnings.is_empty());
    assert_eq!(not_admitted(&list), [("Anna Huang", "ticket void")]);

    let claire = person(&list, "Claire Dorman");
    assert_eq!(
        claire.email, "claire.dorman@example.org",
        "the buyer's email is not hers"
    );
    let ludwig = person(&list, "Ludwig van Beethoven");
    assert_eq!(ludwig.last_name, "van Beethoven");
    // The reference, and the unique ticket URL with the part of it Tito's QR code carries.
    assert_eq!(
        ludwig.external_codes,
        ["B7RT-1", "ti_pb7rt1x", "https://ti.to/tickets/ti_pb7rt1x"]
    );
    assert_eq!(ludwig.ticket_type, "Speaker");
    assert_eq!(
        person(&list, "Maja Ó Súilleabháin").company,
        "Acme Research Lab, Dublin"
    );
}

#[test]
fn google_forms_responses() {
    let list = parse_sample("registrants-forms.csv");
    assert_eq!(list.format, Format::Forms);
    use Field::*;
    assert_eq!(
        list.mapping,
        [Ignore, Email, FullName, Company, TicketType, Ignore, Ignore]
    );
    assert_eq!(list.registrants.len(), 5);
    assert_eq!(
        notes(&list.skipped),
        [
            (6, "same person as row 4 (same email address)"),
            (7, "no name")
        ]
    );
    let francois = person(&list, "Pachet, François");
    assert_eq!(
        (francois.first_name.as_str(), francois.last_name.as_str()),
        ("François", "Pachet")
    );
    let madonna = person(&list, "Madonna");
    assert_eq!(
        (madonna.first_name.as_str(), madonna.last_name.as_str()),
        ("Madonna", "")
    );
    let rachel = person(&list, "Rachel Bittner");
    assert_eq!(
        (rachel.email.as_str(), rachel.company.as_str()),
        ("Rachel.Bittner@Example.org", "Spotify")
    );
    assert_eq!(person(&list, "Aoife Ní Bhriain").last_name, "Ní Bhriain");
}

#[test]
fn excel_windows_1252_with_semicolons() {
    let list = parse_sample("registrants-excel-sv.csv");
    assert_eq!(
        (list.encoding, list.delimiter, list.format),
        ("windows-1252", ';', Format::Generic)
    );
    assert_eq!(list.headers[0], "Förnamn");
    assert_eq!(list.registrants.len(), 5);
    assert_eq!(
        person(&list, "Björn Öberg").company,
        "Kött & Fisk; Göteborg"
    );
    assert_eq!(person(&list, "Jürgen Müller").company, "€uro Consult GmbH");
    assert_eq!(
        not_admitted(&list),
        [("Märta Ekström", "registration cancelled")]
    );
}

#[test]
fn excel_unicode_text_is_utf16_with_tabs() {
    let list = parse_sample("registrants-excel-unicode.txt");
    assert_eq!((list.encoding, list.delimiter), ("UTF-16LE", '\t'));
    assert_eq!(list.registrants.len(), 5);
    let li = person(&list, "李小龍");
    assert_eq!(
        (li.first_name.as_str(), li.external_codes.as_slice()),
        ("李小龍", ["UT-003".to_owned()].as_slice())
    );
    assert_eq!(not_admitted(&list), [("李小龍", "status: Cancelled")]);
    assert_eq!(person(&list, "Nguyễn Thị Hoa").company, "Viettel, Hanoi");
}

#[test]
fn utf16_big_endian_and_utf8_tabs() {
    let text = "First name\tSurname\tE-post\r\nÅsa\tÅkesson\tasa@example.se\r\n";
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let list = parse_bytes(&bytes, "export.txt");
    assert_eq!((list.encoding, list.delimiter), ("UTF-16BE", '\t'));
    assert_eq!(person(&list, "Åsa Åkesson").email, "asa@example.se");

    let list = parse_bytes(text.as_bytes(), "export.tsv");
    assert_eq!((list.encoding, list.delimiter), ("UTF-8", '\t'));
    assert_eq!(list.registrants.len(), 1);
}

#[test]
fn blank_lines_between_rows_are_reported() {
    let list = parse_bytes(b"Name\r\nAnna Huang\r\n\r\nBo Ek\r\n", "gaps.csv");
    assert_eq!(list.registrants.len(), 2);
    assert_eq!(notes(&list.skipped), [(3, "empty row")]);
    assert_eq!(list.registrants[1].row, 4);
}

/// Bytes, file name, and the kind of refusal expected.
type Refusal = (&'static [u8], &'static str, fn(&ImportError) -> bool);

#[test]
fn whole_file_refusals_name_the_file() {
    let cases: [Refusal; 6] = [
        (b"", "empty.csv", |e| matches!(e, ImportError::Empty { .. })),
        (b"\xEF\xBB\xBF \r\n", "blank.csv", |e| {
            matches!(e, ImportError::Empty { .. })
        }),
        (b"First Name,Last Name,Email\r\n\r\n", "header.csv", |e| {
            matches!(e, ImportError::HeaderOnly { .. })
        }),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "badge.png", |e| {
            matches!(e, ImportError::NotText { .. })
        }),
        (b"PK\x03\x04\x14\0\x06\0\x08\0", "list.xlsx", |e| {
            matches!(e, ImportError::Workbook { .. })
        }),
        (b"Mail,Org\nanna@example.org,Google\n", "nonames.csv", |e| {
            matches!(e, ImportError::NoNameColumn { .. })
        }),
    ];
    for (bytes, name, expected) in cases {
        let error = refusal(bytes, name);
        assert!(expected(&error), "{name}: {error:?}");
        let message = error.to_string();
        assert!(message.starts_with(name), "{message}");
        assert!(
            message.ends_with('.') && !message.contains(". "),
            "{message}"
        );
    }
}

#[test]
fn missing_name_column_lists_headers_and_suggests_map() {
    let message = refusal(b"Mail,Org\nanna@example.org,Google\n", "nonames.csv").to_string();
    assert!(message.contains("\"Mail\", \"Org\""), "{message}");
    assert!(message.contains("--map COLUMN=full_name"), "{message}");
    assert!(
        refusal(b"PK\x03\x04", "list.xlsx")
            .to_string()
            .contains("not a CSV file")
    );
    assert!(
        refusal(b"\x89PNG\0", "badge.png")
            .to_string()
            .contains("export the registrant list as CSV")
    );
}

#[test]
fn map_overrides_name_the_columns() {
    let csv = "Attendee,Badge ID,Mail,Code\nAnna Huang,BX-1,anna@example.org,999\n";
    let overrides = ["attendee=name", "BADGE-ID=code"]
        .iter()
        .map(|arg| parse_map_arg(arg))
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{e}"));
    let options = ParseOptions {
        format: FormatChoice::Auto,
        overrides,
    };
    let list = parse(csv.as_bytes(), "custom.csv", &options).unwrap_or_else(|e| panic!("{e}"));
    use Field::*;
    assert_eq!(list.mapping, [FullName, TicketCode, Email, Ignore]);
    assert_eq!(list.registrants[0].external_codes, ["BX-1"]);

    let wrong = ParseOptions {
        overrides: vec![("Badge".to_owned(), TicketCode)],
        ..options
    };
    let error = parse(csv.as_bytes(), "custom.csv", &wrong).err();
    assert!(
        matches!(error, Some(ImportError::MapColumnMissing { ref column, .. }) if column == "Badge")
    );
}

#[test]
fn a_chosen_format_is_reported_as_chosen() {
    let options = ParseOptions {
        format: FormatChoice::Exactly(Format::Generic),
        overrides: vec![],
    };
    let list = parse(&sample("registrants-eventbrite.csv"), "eb.csv", &options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(list.format, Format::Generic);
    assert_eq!(
        person(&list, "Zoë Bergström").admission,
        not_admitted_reason("status: Not Attending")
    );
}

#[test]
fn formula_looking_values_are_kept_as_written() {
    let list = parse_bytes(b"Name,Company\n=cmd|' /C calc'!A0,+46 Group\n", "f.csv");
    assert_eq!(list.registrants[0].display_name, "=cmd|' /C calc'!A0");
    assert_eq!(list.registrants[0].company, "+46 Group");
}

#[test]
fn a_hundred_thousand_rows() {
    let mut csv = String::from("First Name,Last Name,Email,Company,Barcode\n");
    for i in 0..100_000 {
        csv.push_str(&format!(
            "Zoë{i},Nyström,zoe{i}@example.org,\"Acme, Inc\",C{i}\n"
        ));
    }
    // Speed is measured by `frontdesk bench`, not here: this checks that nothing is lost.
    let list = parse_bytes(csv.as_bytes(), "big.csv");
    assert_eq!(list.registrants.len(), 100_000);
    assert_eq!(list.registrants[99_999].row, 100_001);
}
