//! The organizer's Badges screen, headless: choose which badges, see a real badge, save the
//! PDF off the window's thread and find the badges recorded as printed.

mod common;

use common::Screen as _;

use iced::Task;
use iced_test::simulator;

use frontdesk::store::Store;
use frontdesk::ui::badges::{Action, Badges, Message, Which};
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
    let (mut screen, load) = Badges::new(database);
    screen.settle(load);
    assert!(
        shows(&screen, "316 badges on 40 pages"),
        "everyone admitted, 8 to an A4 page"
    );
    assert!(screen.has_preview());

    screen.send(Message::WhichChosen(Which::TicketType("Speaker".into())));
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

    screen.send(Message::WhichChosen(Which::NotPrintedYet));
    assert!(shows(&screen, "307 badges on 39 pages"));
}
