//! The exports organizers have beyond the first four: Luma, Meetup, and Eventbrite's attendee
//! report in other languages. Each sample file has real headers (see the comments in
//! `src/import/vendor/`), and each test names exactly the people it must bring in.

use std::path::PathBuf;

use frontdesk::import::*;

fn parse_sample(name: &str) -> ParsedList {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", name]
        .iter()
        .collect();
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse(&bytes, name, &ParseOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// Name, email, company, ticket type, codes and the reason when not admitted, for each person.
fn people(list: &ParsedList) -> Vec<(String, String, String, String, Vec<String>, String)> {
    list.registrants
        .iter()
        .map(|r| {
            let refused = match &r.admission {
                Admission::Admitted => String::new(),
                Admission::NotAdmitted { reason } => reason.clone(),
            };
            (
                r.display_name.clone(),
                r.email.clone(),
                r.company.clone(),
                r.ticket_type.clone(),
                r.external_codes.clone(),
                refused,
            )
        })
        .collect()
}

fn row(
    name: &str,
    email: &str,
    company: &str,
    ticket: &str,
    codes: &[&str],
    refused: &str,
) -> (String, String, String, String, Vec<String>, String) {
    (
        name.to_owned(),
        email.to_owned(),
        company.to_owned(),
        ticket.to_owned(),
        codes.iter().map(|c| (*c).to_owned()).collect(),
        refused.to_owned(),
    )
}

#[test]
fn luma_guests_by_approval_status_with_their_check_in_urls() {
    let list = parse_sample("registrants-luma.csv");
    assert_eq!(list.format, Format::Luma);
    let url = |pk: &str| format!("https://lu.ma/check-in/evt-NKXctR3fMVfX24o?pk={pk}");
    assert_eq!(
        people(&list),
        [
            row(
                "Saga Lindqvist",
                "saga.lindqvist@example.se",
                "",
                "Standard",
                &[&url("g-2U61lr65dtD1YXI")],
                ""
            ),
            row(
                "Omar Haddad",
                "omar.haddad@example.se",
                "",
                "Speaker",
                &[&url("g-7Hq2LmZx0PzR3Kd")],
                ""
            ),
            row(
                "Maja Ek",
                "maja.ek@example.se",
                "",
                "Standard",
                &[&url("g-Zr81xQp4LmN2aB0")],
                "Luma approval status: declined"
            ),
            row(
                "Erik Holm",
                "erik.holm@example.se",
                "",
                "Standard",
                &[&url("g-Yq70wPo3KmM1zA9")],
                "Luma approval status: waitlist"
            ),
        ]
    );
    assert!(list.skipped.is_empty() && list.warnings.is_empty());
}

#[test]
fn meetup_rsvps_yes_come_and_the_rest_do_not() {
    let list = parse_sample("registrants-meetup.tsv");
    assert_eq!(list.format, Format::Meetup);
    assert_eq!(
        people(&list),
        [
            row("Linnea Sjöberg", "", "", "", &[], ""),
            row("Karim Benali", "", "", "", &[], ""),
            row("Sofia Nyberg", "", "", "", &[], "Meetup RSVP: Waiting List"),
            row("Viktor Åberg", "", "", "", &[], "Meetup RSVP: No"),
        ]
    );
}

#[test]
fn eventbrite_in_german() {
    let list = parse_sample("registrants-eventbrite-de.csv");
    assert_eq!(list.format, Format::Eventbrite);
    assert_eq!(
        people(&list),
        [
            row(
                "Jürgen Weiß",
                "",
                "",
                "Teilnehmer",
                &["589750179740658283001"],
                ""
            ),
            row(
                "Anneliese Groß",
                "",
                "",
                "Speaker",
                &["589750180740658290001"],
                ""
            ),
            row(
                "Tobias Müller",
                "",
                "",
                "Teilnehmer",
                &["589750191740658311001"],
                ""
            ),
        ]
    );
    assert!(list.warnings.is_empty(), "{:?}", list.warnings);
}

#[test]
fn eventbrite_in_brazilian_portuguese_with_semicolons() {
    let list = parse_sample("registrants-eventbrite-pt.csv");
    assert_eq!(list.format, Format::Eventbrite);
    assert_eq!(
        people(&list),
        [
            row(
                "João Conceição",
                "joao.conceicao@example.com.br",
                "",
                "Inteira",
                &[],
                ""
            ),
            row(
                "Ana Luísa Araújo",
                "ana.araujo@example.com.br",
                "",
                "Estudante",
                &[],
                ""
            ),
            row(
                "Rodrigo Sá",
                "rodrigo.sa@example.com.br",
                "",
                "Inteira",
                &[],
                "Eventbrite status: Não participando"
            ),
        ]
    );
    assert!(list.warnings.is_empty(), "{:?}", list.warnings);
}

#[test]
fn eventbrite_in_italian() {
    let list = parse_sample("registrants-eventbrite-it.csv");
    assert_eq!(list.format, Format::Eventbrite);
    assert_eq!(
        people(&list),
        [
            row(
                "Chiara D'Angelo",
                "chiara.dangelo@example.it",
                "Politecnico di Milano",
                "Biglietto intero",
                &["812345678901234567001"],
                ""
            ),
            row(
                "Niccolò Zappalà",
                "niccolo.zappala@example.it",
                "Spotify",
                "Relatore",
                &["812345679901234568001"],
                ""
            ),
        ]
    );
    let chiara = &list.registrants[0];
    assert_eq!(chiara.job_title, "Ricercatrice");
}

#[test]
fn an_eventbrite_status_in_an_unknown_language_admits_and_says_so() {
    let csv = "Order #,First Name,Last Name,Attendee #,Barcode #,Attendee Status\n\
               1,Anna,Berg,2,12001,Participe\n";
    let list = parse(csv.as_bytes(), "fr.csv", &ParseOptions::default()).expect("parses");
    assert_eq!(list.registrants[0].admission, Admission::Admitted);
    assert_eq!(list.warnings.len(), 1);
    assert!(list.warnings[0].reason.contains("\"Participe\""));
}
