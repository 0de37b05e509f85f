//! The agenda editor, headless: an organizer clicks and types on the real view (iced_test's
//! simulator at 1920×1080), the messages go through the real `update`, and the changes it asks
//! for run to completion against a real database with the sample event's agenda.

mod common;

use common::Screen as _;

use std::path::PathBuf;

use chrono::{DateTime, Duration, Utc};
use iced::keyboard::key::Named;
use iced::{Size, Task};
use iced_test::{Simulator, core};

use frontdesk::agenda::{Session, SessionKind, Speaker};
use frontdesk::store::Store;
use frontdesk::ui::agenda::{Action, AgendaEditor, Message};
use frontdesk::ui::db::read_start;

const KEYNOTE: &str = "Using AI to help make good songs";

/// The editor's text fields, in the order they are drawn.
#[derive(Debug, Clone, Copy)]
enum Input {
    SelectedTitle = 0,
    NewTitle = 1,
    NewSpeakers = 2,
    NewRoom = 3,
    NewDay = 4,
    NewStart = 5,
    NewMinutes = 6,
}

struct Editor {
    editor: AgendaEditor,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl common::Screen for Editor {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match self.editor.update(message) {
            Action::Run(task) => task,
            Action::None => Task::none(),
            Action::Back => panic!("the editor asked to go back"),
            _ => panic!("the editor answered what only the console answers"),
        }
    }
}

impl Editor {
    fn open() -> Editor {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        let (database, _) = read_start(&path, "Desk 1").unwrap();
        let (editor, load) =
            AgendaEditor::new(database, frontdesk::language::Language::English.texts());
        let mut editor = Editor {
            editor,
            path,
            _dir: dir,
        };
        editor.settle(load);
        assert!(
            editor.shows("09:30–10:00  Registration and coffee  ·  Main stage"),
            "the sample agenda is listed"
        );
        editor
    }

    /// The editor opened again on the same database, as after a change made elsewhere.
    fn reopened(old: Editor) -> Editor {
        let (database, _) = read_start(&old.path, "Desk 1").unwrap();
        let (editor, load) =
            AgendaEditor::new(database, frontdesk::language::Language::English.texts());
        let mut editor = Editor { editor, ..old };
        editor.settle(load);
        editor
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            core::Settings::default(),
            Size::new(1920.0, 1080.0),
            self.editor.view(),
        )
    }

    fn shows(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    /// Clicks the button (or row) showing exactly `label`, and runs what it starts.
    fn click(&mut self, label: &str) {
        let mut ui = self.ui();
        ui.click(label)
            .unwrap_or_else(|e| panic!("no {label:?} to click: {e}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    fn fill(&mut self, fields: &[(Input, &str)], then_press_enter: bool) {
        let mut ui = self.ui();
        for (input, value) in fields {
            common::fill_nth_text_field(&mut ui, *input as usize, value);
        }
        if then_press_enter {
            ui.tap_key(Named::Enter);
        }
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    fn stored(&self) -> Vec<Session> {
        Store::open(&self.path).unwrap().agenda().unwrap().sessions
    }

    fn stored_titled(&self, title: &str) -> Option<Session> {
        self.stored().into_iter().find(|s| s.title == title)
    }

    fn list_row(&self, title: &str) -> String {
        let session = self.stored_titled(title).unwrap();
        let zone = chrono_tz::Europe::Stockholm;
        let local = |at: DateTime<Utc>| at.with_timezone(&zone).format("%H:%M").to_string();
        format!(
            "{}–{}  {}  ·  {}",
            local(session.start),
            local(session.end),
            session.title,
            session.room
        )
    }
}

#[test]
fn plus_five_minutes_moves_the_selected_session_and_only_it() {
    let mut e = Editor::open();
    let before = e.stored();
    let keynote = e.stored_titled(KEYNOTE).unwrap();
    e.click("10:00–10:45  Using AI to help make good songs  ·  Main stage");
    assert!(
        e.shows(KEYNOTE),
        "the title field holds the selected session"
    );
    e.click("+5 min");
    assert!(e.shows("Moved by +5 min."));
    let moved = e.stored_titled(KEYNOTE).unwrap();
    assert_eq!(moved.start, keynote.start + Duration::minutes(5));
    assert_eq!(moved.end, keynote.end + Duration::minutes(5));
    let others_before: Vec<_> = before.iter().filter(|s| s.id != keynote.id).collect();
    let after = e.stored();
    let others_after: Vec<_> = after.iter().filter(|s| s.id != keynote.id).collect();
    assert_eq!(others_before, others_after, "no other session moved");
    // The list shows the new times and the session stays selected for the next press.
    assert!(e.shows("10:05–10:50  Using AI to help make good songs  ·  Main stage"));
    e.click("−15 min");
    let moved = e.stored_titled(KEYNOTE).unwrap();
    assert_eq!(moved.start, keynote.start - Duration::minutes(10));
    e.click("5 min longer");
    let longer = e.stored_titled(KEYNOTE).unwrap();
    assert_eq!(longer.start, moved.start);
    assert_eq!(longer.end, moved.end + Duration::minutes(5));
    assert!(e.shows("Length changed by +5 min."));
}

#[test]
fn a_session_cannot_be_shortened_to_nothing() {
    let mut e = Editor::open();
    // The 17:15–17:30 wrap-up: fifteen minutes, three presses from nothing.
    let row = e.list_row("Wrap-up and mingle");
    e.click(&row);
    let before = e.stored_titled("Wrap-up and mingle").unwrap();
    e.click("5 min shorter");
    e.click("5 min shorter");
    assert_eq!(
        e.stored_titled("Wrap-up and mingle").unwrap().end,
        before.end - Duration::minutes(10)
    );
    e.click("5 min shorter");
    let after = e.stored_titled("Wrap-up and mingle").unwrap();
    assert_eq!(after.end, before.end - Duration::minutes(10), "refused");
    assert!(after.end > after.start);
    assert!(
        e.shows(
            "\"Wrap-up and mingle\" would not end after it starts; give it an end after its start."
        ),
        "the refusal is said, not a success"
    );
}

#[test]
fn typing_a_new_title_and_pressing_enter_renames_the_session() {
    let mut e = Editor::open();
    let row = e.list_row(KEYNOTE);
    e.click(&row);
    let id = e.stored_titled(KEYNOTE).unwrap().id;
    e.fill(&[(Input::SelectedTitle, "Making good songs with AI")], true);
    assert!(e.shows("Renamed."));
    let stored = e.stored().into_iter().find(|s| s.id == id).unwrap();
    assert_eq!(stored.title, "Making good songs with AI");
    assert!(e.shows("10:00–10:45  Making good songs with AI  ·  Main stage"));
    // An empty title is refused with a sentence.
    e.fill(&[(Input::SelectedTitle, "   ")], true);
    assert!(e.shows("A session needs a title."));
    let stored = e.stored().into_iter().find(|s| s.id == id).unwrap();
    assert_eq!(stored.title, "Making good songs with AI");
}

#[test]
fn delete_asks_for_a_second_press() {
    let mut e = Editor::open();
    let count = e.stored().len();
    let row = e.list_row("Coffee break");
    e.click(&row);
    e.click("Delete");
    assert_eq!(e.stored().len(), count, "one press deletes nothing");
    assert!(e.shows("Press again to delete"));
    // Choosing another session forgets the half-made delete.
    let row = e.list_row(KEYNOTE);
    e.click(&row);
    assert!(e.shows("Delete"));
    assert!(!e.shows("Press again to delete"));
    e.click("Delete");
    assert_eq!(e.stored().len(), count);
    e.click("Press again to delete");
    assert!(e.shows("Deleted."));
    assert_eq!(e.stored().len(), count - 1);
    assert!(e.stored_titled(KEYNOTE).is_none());
    assert!(e.shows("Delete"), "the next delete asks again");
}

#[test]
fn a_session_added_through_the_form_is_stored() {
    let mut e = Editor::open();
    let count = e.stored().len();
    e.fill(
        &[
            (Input::NewTitle, "Lightning talks"),
            (
                Input::NewSpeakers,
                "Ada Lovelace, Analytical Engines; Grace Hopper",
            ),
            (Input::NewRoom, "Main stage"),
            (Input::NewDay, "2018-07-09"),
            (Input::NewStart, "17:30"),
            (Input::NewMinutes, "20"),
        ],
        false,
    );
    e.click("Add");
    assert!(e.shows("Added \"Lightning talks\"."));
    let stored = e.stored();
    assert_eq!(stored.len(), count + 1);
    let added = e.stored_titled("Lightning talks").expect("stored");
    let start: DateTime<Utc> = "2018-07-09T15:30:00Z".parse().unwrap();
    assert_eq!(added.start, start, "17:30 in Stockholm");
    assert_eq!(added.end, start + Duration::minutes(20));
    assert_eq!(added.room, "Main stage");
    assert_eq!(added.day.to_string(), "2018-07-09");
    assert_eq!(added.kind, SessionKind::Talk);
    assert_eq!(
        added.speakers,
        [
            Speaker {
                name: "Ada Lovelace".into(),
                affiliation: Some("Analytical Engines".into())
            },
            Speaker {
                name: "Grace Hopper".into(),
                affiliation: None
            },
        ]
    );
    assert!(e.shows("17:30–17:50  Lightning talks  ·  Main stage"));
}

#[test]
fn a_session_in_a_new_room_adds_the_room() {
    let mut e = Editor::open();
    e.fill(
        &[
            (Input::NewTitle, "Poster session"),
            (Input::NewRoom, "Foyer"),
            (Input::NewStart, "12:30"),
            (Input::NewMinutes, "45"),
        ],
        false,
    );
    e.click("Add");
    assert!(e.shows("Added \"Poster session\"."));
    let agenda = Store::open(&e.path).unwrap().agenda().unwrap();
    assert_eq!(agenda.rooms, ["Main stage", "Foyer"]);
    let added = e.stored_titled("Poster session").unwrap();
    assert_eq!(added.room, "Foyer");
    let start: DateTime<Utc> = "2018-07-09T10:30:00Z".parse().unwrap();
    assert_eq!(
        (added.start, added.end),
        (start, start + Duration::minutes(45))
    );
    assert_eq!(
        added.day.to_string(),
        "2018-07-09",
        "the selected session's day"
    );
}

#[test]
fn a_start_time_that_does_not_exist_is_refused_with_a_sentence_and_nothing_is_stored() {
    let mut e = Editor::open();
    let before = e.stored();
    e.fill(
        &[
            (Input::NewTitle, "Midnight snack"),
            (Input::NewStart, "25:99"),
        ],
        false,
    );
    e.click("Add");
    assert!(
        e.shows("\"25:99\" is not a time; write it as 14:30."),
        "a sentence says what to fix"
    );
    assert_eq!(e.stored(), before, "nothing stored");

    // The other fields say what is wrong with them too.
    for (fields, sentence) in [
        (
            vec![(Input::NewStart, "14:30"), (Input::NewMinutes, "0")],
            "\"0\" is not a length in minutes.",
        ),
        (
            vec![(Input::NewMinutes, "30"), (Input::NewDay, "9 July")],
            "\"9 July\" is not a day; write it as 2018-07-09.",
        ),
        (
            vec![(Input::NewDay, "2018-07-09"), (Input::NewRoom, " ")],
            "Say which room the new session is in.",
        ),
        (
            vec![(Input::NewRoom, "Main stage"), (Input::NewTitle, "")],
            "Give the new session a title.",
        ),
    ] {
        e.fill(&fields, false);
        e.click("Add");
        assert!(e.shows(sentence), "expected {sentence:?}");
        assert_eq!(e.stored(), before, "nothing stored");
    }
}

#[test]
fn a_change_to_a_session_deleted_at_another_desk_says_so() {
    let mut e = Editor::open();
    let row = e.list_row("Lunch");
    e.click(&row);
    let lunch = e.stored_titled("Lunch").unwrap();
    let mut other_desk = Store::open(&e.path).unwrap();
    other_desk
        .edit_session(lunch.id, &frontdesk::store::SessionEdit::Delete)
        .unwrap();
    let before = e.stored();
    e.click("+5 min");
    assert!(
        e.shows(
            "This session is no longer in the agenda (it may have been deleted at another desk)."
        ),
        "the organizer is told why nothing moved"
    );
    assert_eq!(e.stored(), before, "nothing else moved instead");
}

/// The editor's add form follows the after-midnight rule too: 00:45 under 9 July is the night
/// after it, 10 July at 00:45, still on the conference day of 9 July.
#[test]
fn a_session_added_after_midnight_starts_the_next_morning_on_its_day() {
    let mut e = Editor::open();
    e.fill(
        &[
            (Input::NewTitle, "Night owls"),
            (Input::NewRoom, "Main stage"),
            (Input::NewDay, "2018-07-09"),
            (Input::NewStart, "00:45"),
            (Input::NewMinutes, "30"),
        ],
        false,
    );
    e.click("Add");
    assert!(e.shows("Added \"Night owls\"."));
    let added = e.stored_titled("Night owls").expect("stored");
    let start: DateTime<Utc> = "2018-07-09T22:45:00Z".parse().unwrap();
    assert_eq!(added.start, start, "00:45 on 10 July in Stockholm");
    assert_eq!(added.day.to_string(), "2018-07-09");
}

/// A session across the night the clocks go back lists both times with their zone names:
/// "02:00 CEST–02:00 CET", not "02:00–02:00".
#[test]
fn a_session_across_the_repeated_hour_shows_which_two_oclock() {
    let e = Editor::open();
    let at = |utc: &str| utc.parse::<DateTime<Utc>>().unwrap();
    Store::open(&e.path)
        .unwrap()
        .add_session(&frontdesk::agenda::NewSession {
            day: "2018-10-27".parse().unwrap(),
            start: at("2018-10-28T00:00:00Z"),
            end: at("2018-10-28T01:00:00Z"),
            room: "Main stage".to_string(),
            title: "The hour that happens twice".to_string(),
            subtitle: String::new(),
            speakers: Vec::new(),
            kind: frontdesk::agenda::SessionKind::Talk,
        })
        .unwrap();
    let e = Editor::reopened(e);
    assert!(
        e.shows("02:00 CEST–02:00 CET  The hour that happens twice  ·  Main stage"),
        "the row names both offsets"
    );
    assert!(
        e.shows("09:30–10:00  Registration and coffee  ·  Main stage"),
        "an ordinary day's rows are as before"
    );
}
