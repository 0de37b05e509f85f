//! The organizer's import wizard, headless: a file is fed in as if chosen in the dialog, the
//! wizard's work runs to completion against a real database, and the simulator reads the
//! real view at each step.

mod common;

use common::Screen as _;

use std::path::{Path, PathBuf};

use futures::StreamExt;
use iced::Task;
use iced_test::runtime::{self, task};
use iced_test::simulator;

use frontdesk::import::{Field, ImportError};
use frontdesk::language::Language;
use frontdesk::store::{Event, EventState, ImportReport, Store};
use frontdesk::ui::db::Database;
use frontdesk::ui::event_form::EventField;
use frontdesk::ui::import::{Action, FieldChoice, ImportWizard, Message, Progress};
use frontdesk::ui::screen::Saved;

struct Harness {
    wizard: ImportWizard,
    path: PathBuf,
    dir: tempfile::TempDir,
    imported: Vec<ImportReport>,
    /// What the wizard told the desk each time it saved the organizer's event.
    saved: Vec<Saved>,
    left: bool,
}

impl common::Screen for Harness {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match self.wizard.update(message) {
            Action::None => Task::none(),
            Action::Run(task) => task,
            Action::Back => {
                self.left = true;
                Task::none()
            }
            Action::SettingsSaved(saved) => {
                self.saved.push(saved);
                Task::none()
            }
            Action::PeopleChanged(task) => {
                let report = self.wizard.report().expect("the wizard shows the report");
                self.imported.push(report.clone());
                task
            }
            _ => panic!("the wizard answered what only other screens answer"),
        }
    }
}

impl Harness {
    /// The wizard on a named event with nobody in it yet.
    fn start() -> Harness {
        Harness::start_with(|store| {
            store
                .set_event(&Event {
                    name: "Spotify ML Day".into(),
                    ..Event::default()
                })
                .unwrap();
        })
    }

    /// The wizard on a named event, at a desk that speaks `language`.
    fn start_in(language: Language) -> Harness {
        Harness::start_speaking(language, |store| {
            store
                .set_event(&Event {
                    name: "Spotify ML Day".into(),
                    ..Event::default()
                })
                .unwrap();
        })
    }

    /// The wizard on a database `prepare` made.
    fn start_with(prepare: impl FnOnce(&mut Store)) -> Harness {
        Harness::start_speaking(Language::English, prepare)
    }

    fn start_speaking(language: Language, prepare: impl FnOnce(&mut Store)) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        let mut store = Store::open(&path).unwrap();
        prepare(&mut store);
        let database = Database::new(store);
        let saved = Saved {
            language,
            ..desk_runs_with()
        };
        let (wizard, boot) = ImportWizard::new(database, saved);
        let mut harness = Harness {
            wizard,
            path,
            dir,
            imported: Vec::new(),
            saved: Vec::new(),
            left: false,
        };
        harness.settle(boot);
        harness
    }

    fn type_event(&mut self, field: EventField, value: &str) {
        self.send(Message::EventEdit(field, value.to_string()));
    }

    fn open(&mut self, file: &Path) {
        self.send(Message::FileChosen(Some(file.to_path_buf())));
    }

    fn shows(&self, text: &str) -> bool {
        simulator(self.wizard.view()).find(text).is_ok()
    }

    fn assert_shows(&self, text: &str) {
        assert!(self.shows(text), "the wizard does not show {text:?}");
    }

    /// The messages a click on `text` produces.
    fn click(&self, text: &str) -> Vec<Message> {
        let mut ui = simulator(self.wizard.view());
        ui.click(text)
            .unwrap_or_else(|e| panic!("cannot click {text:?}: {e}"));
        ui.into_messages().collect()
    }

    fn press(&mut self, text: &str) {
        for message in self.click(text) {
            self.send(message);
        }
    }

    fn registered(&self) -> u64 {
        Store::open(&self.path).unwrap().stats().unwrap().registered
    }
}

/// The names and settings of a desk on a database without an event.
fn desk_runs_with() -> Saved {
    Saved {
        event_name: String::new(),
        desk_name: "Desk 1".into(),
        settings: frontdesk::settings::Settings::default(),
        zone: chrono_tz::UTC,
        camera: frontdesk::camera::CameraSetting::default(),
        language: frontdesk::language::Language::English,
    }
}

#[test]
fn an_empty_database_asks_for_the_event_before_the_list() {
    let mut h = Harness::start_with(|_| {});
    assert!(h.wizard.asks_for_the_event());
    h.assert_shows("First, your event");
    let zone = frontdesk::time::computer_zone();
    h.assert_shows(zone.name());
    assert!(!h.shows("Choose a file…"));

    // Checked by the event's rules, with their sentences.
    h.press("Save the event and choose its list");
    h.assert_shows("Give the event a name.");
    h.type_event(EventField::Name, "Nordic Data Day");
    h.type_event(EventField::Venue, "Kulturhuset, Stockholm");
    h.type_event(EventField::StartsOn, "4 March");
    h.press("Save the event and choose its list");
    h.assert_shows("The first day \"4 March\" is not a date; write it as 2018-07-09.");
    h.type_event(EventField::StartsOn, "2027-03-04");
    h.type_event(EventField::EndsOn, "2027-03-05");
    h.type_event(EventField::TimeZone, "Europe/Stockholm");
    assert!(Store::open(&h.path).unwrap().event().unwrap().is_none());

    h.press("Save the event and choose its list");
    h.assert_shows("Nordic Data Day is saved. Now choose its registrant list.");
    h.assert_shows("Choose a file…");
    assert_eq!(h.saved.len(), 1, "the desk is told the event's name");
    assert_eq!(h.saved[0].event_name, "Nordic Data Day");
    assert_eq!(h.saved[0].zone, chrono_tz::Europe::Stockholm);
    assert_eq!(h.saved[0].desk_name, "Desk 1");
    let store = Store::open(&h.path).unwrap();
    let event = store.event().unwrap().expect("the event is saved");
    assert_eq!(event.venue, "Kulturhuset, Stockholm");
    assert_eq!(
        event.ends_on.map(|d| d.to_string()).as_deref(),
        Some("2027-03-05")
    );
    assert_eq!(h.wizard.started_event(), Some(&event));

    h.open(&common::data("registrants-pretix.csv"));
    h.press("Import");
    h.assert_shows("250 added, 0 unchanged");
}

#[test]
fn the_sample_event_is_replaced_only_when_the_organizer_says_so() {
    let mut h = Harness::start_with(|store| {
        frontdesk::sample::load_if_empty(store).unwrap();
    });
    let sample_people = h.registered();
    assert!(sample_people > 0);
    h.assert_shows(
        "This database holds the sample event, Spotify ML Day. Your event replaces it: the \
         sample's registrants, their check-ins and its agenda are removed.",
    );
    h.type_event(EventField::Name, "Nordic Data Day");
    // Back leaves the sample as it was.
    h.press("Back");
    assert!(h.left);
    assert_eq!(h.registered(), sample_people);

    let mut h = Harness::start_with(|store| {
        frontdesk::sample::load_if_empty(store).unwrap();
    });
    h.type_event(EventField::Name, "Nordic Data Day");
    h.press("Replace the sample with this event");
    h.assert_shows(&format!(
        "Nordic Data Day is saved and the sample event is gone ({sample_people} registrants, 0 \
         check-ins and its agenda removed). Now choose Nordic Data Day's registrant list."
    ));
    assert_eq!(h.registered(), 0);
    let store = Store::open(&h.path).unwrap();
    assert!(store.agenda().unwrap().sessions.is_empty());
    assert_eq!(store.event_state().unwrap(), EventState::Named);
}

#[test]
fn a_named_event_goes_straight_to_the_list() {
    let h = Harness::start();
    assert!(!h.wizard.asks_for_the_event());
    h.assert_shows("Choose a file…");
}

#[test]
fn a_pretix_export_is_recognised_previewed_through_the_mapping_and_imported() {
    let mut h = Harness::start();
    h.assert_shows("Choose a file…");
    assert!(matches!(
        h.click("Choose a file…")[..],
        [Message::ChooseFile]
    ));

    h.open(&common::data("registrants-pretix.csv"));
    h.assert_shows("registrants-pretix.csv: pretix export, UTF-8, comma-separated, 250 rows");
    h.assert_shows("Attendee name");
    h.assert_shows("detected: full name");
    h.assert_shows("e.g. François Pachet");
    let fields = h.wizard.fields().unwrap().to_vec();
    assert_eq!(fields[1], Field::FullName, "Attendee name is preset");
    assert_eq!(
        fields[0],
        Field::Ignore,
        "the order code is not a ticket code"
    );
    h.assert_shows("francois.pachet@example.org");
    h.assert_shows("ckxb724szuap6q28rc2xrfhdjhxbdm72");

    // The email column ignored: the preview no longer reads it.
    h.send(Message::FieldChosen(2, FieldChoice(Field::Ignore)));
    assert_eq!(h.wizard.fields().unwrap()[2], Field::Ignore);
    assert!(!h.shows("francois.pachet@example.org"));
    h.assert_shows("François");
    h.send(Message::FieldChosen(2, FieldChoice(Field::Email)));
    h.assert_shows("francois.pachet@example.org");

    h.press("Import");
    h.assert_shows("Imported registrants-pretix.csv");
    h.assert_shows("250 added, 0 unchanged");
    h.assert_shows("11 not admitted (cancelled or refunded tickets)");
    assert_eq!(h.imported.len(), 1);
    assert_eq!(h.imported[0].added, 250);
    assert_eq!(h.registered(), 250);
    let store = Store::open(&h.path).unwrap();
    let people = store.attendees().unwrap();
    assert!(people.iter().any(|a| a.display_name == "François Pachet"
        && a.email == "francois.pachet@example.org"
        && a.ticket_type == "Speaker"));

    // Importing the same file again on the day changes nobody.
    h.open(&common::data("registrants-pretix.csv"));
    h.press("Import");
    h.assert_shows("0 added, 250 unchanged");
    assert_eq!(h.registered(), 250);
    h.press("Done");
    assert!(h.left);
}

#[test]
fn a_messy_sheet_reports_skipped_rows_with_their_numbers_and_content() {
    let mut h = Harness::start();
    h.open(&common::data("registrants-messy.csv"));
    h.assert_shows(
        "registrants-messy.csv: spreadsheet export, UTF-8 (BOM), comma-separated, 130 rows",
    );
    h.assert_shows("(no header)");
    h.press("Import");
    h.assert_shows("120 added, 0 unchanged");
    h.assert_shows("20 rows skipped");
    h.assert_shows("Row 5: same person as row 4 (same email address)");
    h.assert_shows(
        "James | McInerney | james.mcinerney@example.org | Spotify | second registration",
    );
    h.assert_shows("Row 9: empty row");
    h.assert_shows("20 rows imported with a note");
    h.assert_shows("Row 14: ignored 2 values with no column header: \"extra\", \"fields\"");
    assert_eq!(h.registered(), 120);
}

#[test]
fn a_list_without_a_name_column_cannot_be_imported_until_one_is_chosen() {
    let mut h = Harness::start();
    let file = h.dir.path().join("guests.csv");
    std::fs::write(&file, "Mail,Org,Attendee\na@example.org,Acme,Anna Berg\n").unwrap();
    h.open(&file);
    let sentence = "guests.csv has no column with registrant names";
    let refused = simulator(h.wizard.view())
        .find(
            |candidate: iced_test::selector::Candidate<'_>| match candidate {
                iced_test::selector::Candidate::Text { content, .. }
                    if content.starts_with(sentence) =>
                {
                    Some(())
                }
                _ => None,
            },
        )
        .is_ok();
    assert!(refused, "the parser's sentence is shown");
    assert!(h.click("Import").is_empty(), "Import is disabled");

    h.send(Message::FieldChosen(2, FieldChoice(Field::FullName)));
    h.assert_shows("Anna");
    h.press("Import");
    h.assert_shows("1 added, 0 unchanged");
    assert_eq!(h.registered(), 1);
}

#[test]
fn a_file_that_is_not_a_registrant_list_is_refused_with_a_sentence() {
    let mut h = Harness::start();
    let file = h.dir.path().join("photo.png");
    std::fs::write(&file, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").unwrap();
    h.open(&file);
    h.assert_shows("photo.png is not a text file; export the registrant list as CSV.");
    h.assert_shows("Choose a file…");

    let workbook = h.dir.path().join("guests.xlsx");
    std::fs::write(&workbook, b"PK\x03\x04 a zip archive").unwrap();
    h.open(&workbook);
    h.assert_shows(
        "guests.xlsx is a spreadsheet workbook, not a CSV file; save it as \"CSV UTF-8\" from \
         your spreadsheet program and import that file.",
    );
    h.send(Message::FileChosen(None));
    h.assert_shows("Choose a file…");
    assert_eq!(h.registered(), 0);
}

#[test]
fn a_refused_file_is_said_in_the_organizers_language() {
    let mut h = Harness::start_in(Language::Swedish);
    let workbook = h.dir.path().join("gäster.xlsx");
    std::fs::write(&workbook, b"PK\x03\x04 a zip archive").unwrap();
    h.open(&workbook);
    let refusal = ImportError::Workbook {
        file: "gäster.xlsx".into(),
    };
    let swedish = refusal.say(Language::Swedish.texts());
    assert_ne!(swedish, refusal.to_string());
    h.assert_shows(&swedish);
}

#[test]
fn cancel_pressed_right_after_import_changes_nothing() {
    let mut h = Harness::start();
    h.open(&common::data("registrants-pretix.csv"));
    h.press("Import");
    let before = common::fingerprint(&Store::open(&h.path).unwrap());

    h.open(&common::data("registrants-messy.csv"));
    let Action::Run(import) = h.wizard.update(Message::Import) else {
        panic!("Import starts the import");
    };
    h.send(Message::Cancel);
    h.assert_shows("Cancelling…");
    h.settle(import);
    h.assert_shows("Import cancelled: nothing was changed.");
    h.assert_shows("Import");
    assert_eq!(h.imported.len(), 1, "only the first import was reported");
    assert_eq!(common::fingerprint(&Store::open(&h.path).unwrap()), before);
}

#[test]
fn a_large_import_shows_its_progress_and_cancels_mid_way() {
    const PEOPLE: usize = 100_000;
    let mut h = Harness::start();
    h.open(&common::data("registrants-pretix.csv"));
    h.press("Import");
    let before = common::fingerprint(&Store::open(&h.path).unwrap());

    let file = h.dir.path().join("large.csv");
    let mut csv = String::from("First name,Last name,Email,Company,Ticket type,Code\n");
    for i in 0..PEOPLE {
        csv.push_str(&format!(
            "Person{i},Surname{i},person{i}@example.org,Company {},General,T{i:08}\n",
            i % 211
        ));
    }
    std::fs::write(&file, csv).unwrap();
    h.open(&file);
    h.assert_shows("large.csv: spreadsheet export, UTF-8, comma-separated, 100,000 rows");

    let Action::Run(import) = h.wizard.update(Message::Import) else {
        panic!("Import starts the import");
    };
    h.assert_shows("Reading the whole file…");
    let mut stream = task::into_stream(import).unwrap();
    let mut seen = Vec::new();
    let mut cancelled_at = None;
    while let Some(action) = futures::executor::block_on(stream.next()) {
        let runtime::Action::Output(message) = action else {
            continue;
        };
        if let Message::Progress(_, Progress::Rows { done, total }) = &message {
            assert_eq!(*total, PEOPLE);
            seen.push(*done);
        }
        h.send(message);
        if let (None, Some(&done)) = (cancelled_at, seen.last())
            && done >= 2_000
        {
            h.assert_shows("Importing: 2,000 of 100,000 people");
            cancelled_at = Some(done);
            h.send(Message::Cancel);
        }
    }
    assert_eq!(&seen[..3], [0, 1_000, 2_000], "the bar moves by thousands");
    let last = *seen.last().unwrap();
    assert!(
        last <= 4_000,
        "the import stops within a report or two of Cancel, not at {last}"
    );
    h.assert_shows("Import cancelled: nothing was changed.");
    assert!(!h.wizard.is_importing());
    assert_eq!(common::fingerprint(&Store::open(&h.path).unwrap()), before);
    assert_eq!(h.registered(), 250);
}

#[test]
fn a_second_column_of_the_same_name_is_shown_as_such_and_imported_once_chosen() {
    let mut h = Harness::start();
    let file = h.dir.path().join("two-emails.csv");
    std::fs::write(
        &file,
        "First Name,Last Name,Email,Email\nAnna,Berg,anna@example.org,anna.berg@work.example\n",
    )
    .unwrap();
    h.open(&file);
    h.assert_shows("same name as column 3: choose what it holds");
    assert!(
        !h.shows("not recognised"),
        "the second Email is not called unrecognised"
    );
    h.send(Message::FieldChosen(3, FieldChoice(Field::Company)));
    h.assert_shows("anna.berg@work.example");
    h.press("Import");
    h.assert_shows("1 added, 0 unchanged");
    let attendee = &Store::open(&h.path).unwrap().attendees().unwrap()[0];
    assert_eq!(attendee.email, "anna@example.org");
    assert_eq!(attendee.company, "anna.berg@work.example");
}
