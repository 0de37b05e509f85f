//! The organizer's Badges screen, headless: choose which badges, see a real badge, save the
//! PDF off the window's thread and find the badges recorded as printed.

mod common;

use common::Screen as _;

use iced::Task;
use iced_test::simulator;

use frontdesk::store::Store;
use frontdesk::ui::badges::{Action, Badges, Message, Selection};
use frontdesk::ui::db::read_start;

impl common::Screen for Badges {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match Badges::update(self, message) {
            Action::Run(task) => task,
            _ => Task::none(),
        }
    }
}

fn shows(screen: &Badges, text: &str) -> bool {
    simulator(screen.view()).find(text).is_ok()
}

#[test]
fn badges_are_previewed_saved_and_recorded_as_printed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("event.sqlite");
    let (database, _) = read_start(&path, "Desk 1").unwrap();
    let (mut screen, load) = Badges::new(database, frontdesk::language::Language::English.texts());
    screen.settle(load);
    assert!(
        shows(&screen, "316 badges on 40 pages"),
        "everyone admitted, 8 to an A4 page"
    );
    assert!(screen.has_preview());

    screen.send(Message::WhichChosen(Selection::TicketType(
        "Speaker".into(),
    )));
    assert!(shows(&screen, "9 badges on 2 pages"));

    let pdf = dir.path().join("speakers.pdf");
    screen.send(Message::SaveTo(Some(pdf.clone())));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(shows(
        &screen,
        &format!("9 badges on 2 pages saved to {}.", pdf.display())
    ));

    let store = Store::open(&path).unwrap();
    let printed = store
        .attendees()
        .unwrap()
        .into_iter()
        .filter(|a| a.printed_at.is_some())
        .count();
    assert_eq!(printed, 9);

    screen.send(Message::WhichChosen(Selection::NotPrintedYet));
    assert!(shows(&screen, "307 badges on 39 pages"));
}

/// The Badges screen and `frontdesk badges` pick the same people for one ticket type however
/// it is spelt: trimmed, ignoring case, in any script.
#[test]
fn the_screen_and_the_command_line_pick_the_same_people_for_a_ticket_type() {
    use frontdesk::store::AttendeeEdit;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("event.sqlite");
    let (database, _) = read_start(&path, "Desk 1").unwrap();
    {
        // Spellings as different exports write them.
        let mut store = Store::open(&path).unwrap();
        let people = store.attendees().unwrap();
        let speakers: Vec<_> = people
            .iter()
            .filter(|a| a.ticket_type == "Speaker")
            .collect();
        assert_eq!(speakers.len(), 9);
        let others: Vec<_> = people
            .iter()
            .filter(|a| {
                a.ticket_type != "Speaker" && a.status == frontdesk::store::Status::Admitted
            })
            .take(2)
            .collect();
        for (person, spelling) in [
            (speakers[0], "SPEAKER"),
            (speakers[1], "speaker"),
            (others[0], "Équipe"),
            (others[1], "ÉQUIPE"),
        ] {
            let edit = AttendeeEdit {
                ticket_type: spelling.to_string(),
                ..AttendeeEdit::of(person)
            };
            store.edit_attendee(person.id, &edit, "Office").unwrap();
        }
        let types = frontdesk::badge::ticket_types(&store.attendees().unwrap());
        let speaker_choices = types
            .iter()
            .filter(|t| t.to_lowercase() == "speaker")
            .count();
        assert_eq!(
            speaker_choices, 1,
            "one choice for one ticket type: {types:?}"
        );
    }

    let (mut screen, load) = Badges::new(database, frontdesk::language::Language::English.texts());
    screen.settle(load);
    for (spelling, expected) in [
        (" speaker ", "9 badges on 2 pages"),
        ("Speaker", "9 badges on 2 pages"),
        ("SPEAKER", "9 badges on 2 pages"),
        ("équipe", "2 badges on 1 page"),
    ] {
        screen.send(Message::WhichChosen(Selection::TicketType(spelling.into())));
        assert!(shows(&screen, expected), "the screen for {spelling:?}");
    }

    for (spelling, expected) in [
        (" speaker ", 9),
        ("Speaker", 9),
        ("SPEAKER", 9),
        (" ÉQUIPE", 2),
    ] {
        let out = dir.path().join("badges.pdf");
        let done = common::frontdesk(
            &path,
            &[
                "badges",
                "--ticket-type",
                spelling,
                "--out",
                out.to_str().unwrap(),
                "--json",
            ],
        );
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&done.stdout).unwrap();
        assert_eq!(
            report["badges"], expected,
            "the command line for {spelling:?}"
        );
    }
}
