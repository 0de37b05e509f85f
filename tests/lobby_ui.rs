//! The lobby screen, headless: the real view of the sample event (Spotify ML Day, 9 July 2018,
//! Stockholm) at fixed moments on a stopped rehearsal clock, drawn at 1920×1080 by iced_test's
//! simulator, and the database work it asks for run to completion against a real database.

mod common;

use common::Screen as _;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use iced::{Size, Task};
use iced_test::selector::Candidate;
use iced_test::{Simulator, core};

use frontdesk::settings::Settings;
use frontdesk::store::{SessionEdit, Status, Store};
use frontdesk::ui::lobby::{Action, Clock, Lobby, Message, Snapshot};

const FULL_HD: Size = Size::new(1920.0, 1080.0);

fn instant(iso: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(iso)
        .unwrap_or_else(|e| panic!("{iso}: {e}"))
        .to_utc()
}

struct Screen {
    lobby: Lobby,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl common::Screen for Screen {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match self.lobby.update(message) {
            Action::Run(task) => task,
            Action::None => Task::none(),
        }
    }
}

impl Screen {
    /// The lobby on a new database (the sample loads itself), its clock stopped at `iso`.
    fn at(iso: &str) -> Screen {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        let (database, snapshot) = Lobby::open(&path).unwrap();
        let lobby = Lobby::new(database, snapshot, Clock::rehearsal(instant(iso), 0.0));
        Screen {
            lobby,
            path,
            _dir: dir,
        }
    }

    /// Another lobby on the same database, its clock stopped at `iso` (reads what is stored now).
    fn reopen_at(&mut self, iso: &str) {
        let (database, snapshot) = Lobby::open(&self.path).unwrap();
        self.lobby = Lobby::new(database, snapshot, Clock::rehearsal(instant(iso), 0.0));
    }

    fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }

    fn ui(&self, size: Size) -> Simulator<'_, Message> {
        Simulator::with_size(core::Settings::default(), size, self.lobby.view())
    }

    /// Every piece of text on the screen, in drawing order.
    fn texts_at(&self, size: Size) -> Vec<String> {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let mut ui = self.ui(size);
        let collect = move |candidate: Candidate<'_>| -> Option<()> {
            if let Candidate::Text { content, .. } = candidate {
                sink.lock().unwrap().push(content.to_string());
            }
            None
        };
        let _ = ui.find(collect);
        seen.lock().unwrap().clone()
    }

    fn texts(&self) -> Vec<String> {
        self.texts_at(FULL_HD)
    }

    /// Exactly this text is on screen, as one piece.
    fn shows(&self, text: &str) -> bool {
        self.ui(FULL_HD).find(text).is_ok()
    }

    fn assert_shows(&self, wanted: &[&str]) {
        let texts = self.texts();
        for text in wanted {
            assert!(
                texts.iter().any(|t| t == text),
                "expected {text:?} at {}; the screen shows {texts:?}",
                self.lobby.at()
            );
        }
    }

    fn assert_hides(&self, unwanted: &[&str]) {
        let texts = self.texts();
        for text in unwanted {
            assert!(
                !texts.iter().any(|t| t.contains(text)),
                "{text:?} should not be on screen at {}: {texts:?}",
                self.lobby.at()
            );
        }
    }

    fn snapshot(&self) -> Snapshot {
        self.lobby.snapshot().expect("the lobby is open").clone()
    }
}

#[test]
fn before_the_doors_open_it_counts_down_to_the_first_session() {
    let screen = Screen::at("2018-07-09T09:00:00+02:00");
    assert_eq!(screen.lobby.at(), instant("2018-07-09T07:00:00Z"));
    assert_eq!(screen.lobby.title(), "Spotify ML Day — lobby");
    screen.assert_shows(&[
        "Spotify ML Day",
        "Monday 9 July",
        "09:00",
        "Doors open at 09:30",
        "in 30 min",
        "First · 09:30 · in 30 min",
        "Registration and coffee",
    ]);
    screen.assert_hides(&["Now ·", "min left", "Thank you for coming!"]);
}

#[test]
fn in_the_first_minute_of_the_keynote_it_shows_the_talk_the_speaker_and_the_time_left() {
    let screen = Screen::at("2018-07-09T10:00:00+02:00");
    screen.assert_shows(&[
        "10:00",
        "Now · Main stage",
        "Using AI to help make good songs",
        "Opening keynote",
        "45 min left · until 10:45",
        "Next · 10:45 · in 45 min",
        "Delivering Personalized Mood, Genre, and Activity Playlists on Pandora",
        "Claire Dorman, Pandora",
    ]);
    let texts = screen.texts();
    assert!(
        texts.iter().any(|t| t.contains("François Pachet")),
        "the keynote's speaker: {texts:?}"
    );
    screen.assert_hides(&["Doors open", "Thank you"]);
}

#[test]
fn a_coffee_break_is_labelled_as_a_break_with_the_next_talk() {
    let screen = Screen::at("2018-07-09T11:30:00+02:00");
    screen.assert_shows(&[
        "11:30",
        "Break",
        "Coffee break",
        "15 min left · until 11:45",
        "Next · 11:45 · in 15 min",
        "James McInerney, Spotify",
    ]);
    screen.assert_hides(&["Now · Main stage"]);
}

#[test]
fn lunch_is_a_break() {
    let screen = Screen::at("2018-07-09T13:00:00+02:00");
    screen.assert_shows(&[
        "13:00",
        "Break",
        "Lunch",
        "30 min left · until 13:30",
        "Next · 13:30 · in 30 min",
        "Offline A/B testing for Recommender Systems",
    ]);
}

#[test]
fn after_the_last_session_it_thanks_everyone() {
    let screen = Screen::at("2018-07-09T17:45:00+02:00");
    screen.assert_shows(&["17:45", "Thank you for coming!", "Safe travels home."]);
    screen.assert_hides(&["Now ·", "Next ·", "min left", "Doors open"]);
    // The same late in the evening: the day stays on screen until midnight.
    let screen = Screen::at("2018-07-09T23:30:00+02:00");
    screen.assert_shows(&["Thank you for coming!"]);
}

#[test]
fn one_instant_written_in_two_offsets_shows_the_same_screen() {
    let stockholm = Screen::at("2018-07-09T10:15:00+02:00");
    let utc = Screen::at("2018-07-09T08:15:00Z");
    let new_york = Screen::at("2018-07-09T04:15:00-04:00");
    assert_eq!(stockholm.lobby.at(), utc.lobby.at());
    let texts = stockholm.texts();
    assert!(texts.iter().any(|t| t == "10:15"), "{texts:?}");
    assert!(
        texts.iter().any(|t| t == "30 min left · until 10:45"),
        "{texts:?}"
    );
    assert_eq!(texts, utc.texts());
    assert_eq!(texts, new_york.texts());
}

#[test]
fn the_day_list_pages_when_it_does_not_fit_and_marks_which_page() {
    let screen = Screen::at("2018-07-09T10:00:00+02:00");
    let texts = screen.texts();
    let heading = texts
        .iter()
        .find(|t| t.starts_with("Today"))
        .unwrap_or_else(|| panic!("no day list: {texts:?}"));
    let sessions = screen.snapshot().agenda.sessions.len();
    assert_eq!(sessions, 13);
    // Rows of the list: a start time followed by a title. The clock is "10:00" too, so count
    // the times that start a session.
    let starts = [
        "09:30", "10:00", "10:45", "11:25", "11:45", "12:25", "13:30", "14:10", "14:50", "15:15",
        "15:55", "16:15", "17:15",
    ];
    let listed = starts
        .iter()
        .filter(|s| texts.iter().any(|t| t == *s))
        .count();
    if heading == "Today" {
        assert_eq!(listed, sessions, "one page holds the whole day: {texts:?}");
    } else {
        assert_eq!(heading, "Today · 1/2", "{texts:?}");
        assert!(listed < sessions && listed >= 6, "{texts:?}");
        assert!(texts.iter().any(|t| t == "09:30"), "page 1 starts the day");
    }
}

/// In the afternoon the list starts at the session before the current one: the morning's
/// finished talks are neither listed nor paged through.
#[test]
fn in_the_afternoon_the_day_list_starts_at_the_session_before_the_current_one() {
    let screen = Screen::at("2018-07-09T14:00:00+02:00");
    let texts = screen.texts();
    for morning in ["09:30", "10:00", "10:45", "11:25", "11:45"] {
        assert!(
            !texts.iter().any(|t| t == morning),
            "{morning} is listed: {texts:?}"
        );
    }
    for listed in ["12:25", "13:30", "14:10"] {
        assert!(
            texts.iter().any(|t| t == listed),
            "{listed} missing: {texts:?}"
        );
    }
}

/// The key lines lie wholly inside the screen at TV, laptop, smallest-window and portrait
/// sizes.
#[test]
fn every_size_shows_the_clock_the_talk_and_the_time_left_inside_the_screen() {
    let screen = Screen::at("2018-07-09T10:50:00+02:00");
    let title = "Delivering Personalized Mood, Genre, and Activity Playlists on Pandora";
    for size in [
        FULL_HD,
        Size::new(3840.0, 2160.0),
        Size::new(1280.0, 720.0),
        Size::new(1024.0, 768.0),
        Size::new(640.0, 360.0),
        // Portrait: a pillar display or a tablet on its side.
        Size::new(1080.0, 1920.0),
        Size::new(800.0, 1280.0),
    ] {
        for text in ["10:50", title, "35 min left · until 11:25"] {
            assert_inside(&screen, text, size);
        }
    }
}

/// `text` is drawn whole and wholly inside a screen of `size`.
fn assert_inside(screen: &Screen, text: &str, size: Size) {
    let mut ui = screen.ui(size);
    let found = ui
        .find(text)
        .unwrap_or_else(|_| panic!("{text:?} missing at {size:?}"));
    let bounds = found
        .visible_bounds()
        .unwrap_or_else(|| panic!("{text:?} is clipped away entirely at {size:?}: {found:?}"));
    let whole = found.bounds();
    assert!(
        bounds.x >= 0.0
            && bounds.y >= 0.0
            && bounds.x + bounds.width <= size.width + 0.5
            && bounds.y + bounds.height <= size.height + 0.5,
        "{text:?} runs off the {size:?} screen: {bounds:?}"
    );
    assert!(
        (whole.width - bounds.width).abs() < 1.0 && (whole.height - bounds.height).abs() < 1.0,
        "{text:?} is cut at {size:?}: drawn {whole:?}, visible {bounds:?}"
    );
}

/// A long event name wraps beside the clock instead of pushing it off a portrait screen, and
/// on a tall screen the whole day's list fits below now-and-next without paging.
#[test]
fn in_portrait_a_long_event_name_leaves_the_clock_on_screen_and_the_day_fits() {
    let mut screen = Screen::at("2018-07-09T11:30:00+02:00");
    let mut store = screen.store();
    let mut event = store.event().unwrap().unwrap();
    event.name = "Spotify Machine Learning Day Stockholm 2018".to_string();
    store.set_event(&event).unwrap();
    drop(store);
    screen.reopen_at("2018-07-09T11:30:00+02:00");
    for size in [Size::new(1080.0, 1920.0), Size::new(800.0, 1280.0), FULL_HD] {
        assert_inside(&screen, "11:30", size);
    }
    let texts = screen.texts_at(Size::new(1080.0, 1920.0));
    assert!(texts.iter().any(|t| t == "Today"), "{texts:?}");
    assert!(
        texts.iter().any(|t| t == "Wrap-up and mingle"),
        "the day's last session is listed: {texts:?}"
    );
}

/// Names of people who registered and are not on the programme.
fn attendee_names(screen: &Screen) -> Vec<String> {
    let people = screen.store().attendees().unwrap();
    assert_eq!(people.len(), 320, "the sample's registrants are loaded");
    let speakers: Vec<String> = screen
        .snapshot()
        .agenda
        .sessions
        .iter()
        .flat_map(|s| s.speakers.iter().map(|p| p.name.clone()))
        .collect();
    people
        .into_iter()
        .filter(|a| !speakers.contains(&a.display_name))
        .map(|a| a.display_name)
        .collect()
}

fn registrant_names_from_the_csv() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/registrants-eventbrite.csv"
    );
    let mut reader = csv::Reader::from_path(path).unwrap();
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| r.get(6) != Some("Speaker"))
        .map(|r| format!("{} {}", &r[2], &r[3]))
        .collect()
}

#[test]
fn no_attendee_name_is_ever_on_the_lobby_screen() {
    let mut screen = Screen::at("2018-07-09T09:00:00+02:00");
    let names = attendee_names(&screen);
    assert!(names.len() > 250, "{}", names.len());
    let from_csv = registrant_names_from_the_csv();
    assert!(from_csv.len() > 250);
    // Check-ins happen, and the count is on: still no name.
    let mut desk = screen.store();
    let mut settings = Settings::load(&desk).unwrap();
    settings.lobby_shows_count = true;
    settings.save(&mut desk).unwrap();
    for person in desk
        .attendees()
        .unwrap()
        .iter()
        .filter(|a| a.status == Status::Admitted)
        .take(5)
    {
        desk.check_in(person.badge_code.canonical(), "Desk 1")
            .unwrap();
    }
    for at in [
        "2018-07-09T09:00:00+02:00",
        "2018-07-09T10:00:00+02:00",
        "2018-07-09T11:30:00+02:00",
        "2018-07-09T16:30:00+02:00",
        "2018-07-09T18:00:00+02:00",
    ] {
        screen.reopen_at(at);
        let texts = screen.texts().join("\n");
        assert!(texts.contains("5 people checked in"), "{texts}");
        for name in names.iter().chain(&from_csv) {
            assert!(!texts.contains(name.as_str()), "{name:?} shown at {at}");
        }
        let mut ui = screen.ui(FULL_HD);
        for name in names.iter().take(10).chain(from_csv.iter().take(10)) {
            assert!(ui.find(name.as_str()).is_err(), "{name:?} shown at {at}");
        }
    }
}

#[test]
fn the_count_is_off_by_default_and_follows_check_ins_when_switched_on() {
    let mut screen = Screen::at("2018-07-09T10:00:00+02:00");
    assert_eq!(screen.snapshot().checked_in, None);
    screen.assert_hides(&["checked in"]);

    let mut desk = screen.store();
    let mut settings = Settings::load(&desk).unwrap();
    assert!(!settings.lobby_shows_count);
    settings.lobby_shows_count = true;
    settings.save(&mut desk).unwrap();
    screen.send(Message::Poll);
    assert_eq!(screen.snapshot().checked_in, Some(0));
    assert!(screen.shows("0 people checked in"), "{:?}", screen.texts());

    let admitted: Vec<_> = desk
        .attendees()
        .unwrap()
        .into_iter()
        .filter(|a| a.status == Status::Admitted)
        .take(3)
        .collect();
    for person in &admitted {
        let outcome = desk
            .check_in(&person.badge_code.grouped(), "Desk 2")
            .unwrap();
        assert_eq!(outcome.name(), "checked_in", "{outcome:?}");
    }
    // A second scan of the same badge does not count twice.
    desk.check_in(admitted[0].badge_code.canonical(), "Desk 1")
        .unwrap();
    screen.send(Message::Poll);
    assert!(screen.shows("3 people checked in"), "{:?}", screen.texts());

    settings.lobby_shows_count = false;
    settings.save(&mut desk).unwrap();
    screen.send(Message::Poll);
    screen.assert_hides(&["checked in"]);
}

#[test]
fn a_session_retitled_from_another_connection_appears_after_a_poll() {
    let mut screen = Screen::at("2018-07-09T10:00:00+02:00");
    assert!(screen.shows("Using AI to help make good songs"));
    // Nothing changed: a poll keeps the screen as it is.
    screen.send(Message::Poll);
    assert!(screen.shows("Using AI to help make good songs"));

    let keynote = screen
        .snapshot()
        .agenda
        .sessions
        .iter()
        .find(|s| s.title == "Using AI to help make good songs")
        .unwrap()
        .id;
    let mut organizer = screen.store();
    organizer
        .edit_session(
            keynote,
            &SessionEdit::Retitle("Making good songs with AI".into()),
        )
        .unwrap();
    assert!(
        screen.shows("Using AI to help make good songs"),
        "nothing changes before the poll"
    );
    screen.send(Message::Poll);
    assert!(
        screen.shows("Making good songs with AI"),
        "{:?}",
        screen.texts()
    );
    screen.assert_hides(&["Using AI to help make good songs"]);

    // A late start: the keynote moves by 15 minutes, and registration now runs on.
    organizer
        .edit_session(keynote, &SessionEdit::Shift { minutes: 15 })
        .unwrap();
    screen.send(Message::Poll);
    assert!(
        screen.shows("Next · 10:15 · in 15 min"),
        "{:?}",
        screen.texts()
    );
    assert!(screen.shows("Making good songs with AI"));
}

#[test]
fn a_poll_while_one_is_running_does_not_start_another() {
    let mut screen = Screen::at("2018-07-09T10:00:00+02:00");
    let Action::Run(first) = screen.lobby.update(Message::Poll) else {
        panic!("the first poll reads the database");
    };
    assert!(matches!(screen.lobby.update(Message::Poll), Action::None));
    screen.settle(first);
    assert!(matches!(screen.lobby.update(Message::Poll), Action::Run(_)));
}

#[test]
fn several_rooms_running_show_one_row_per_room() {
    let mut screen = Screen::at("2018-10-27T10:15:00+02:00");
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/agenda-multiroom.xml"
    ))
    .unwrap();
    let schedule =
        frontdesk::agenda::parse(&bytes, "agenda-multiroom.xml", chrono_tz::Europe::Stockholm)
            .unwrap();
    let mut organizer = screen.store();
    organizer.replace_agenda(&schedule).unwrap();
    screen.send(Message::Poll);
    let snapshot = screen.snapshot();
    assert_eq!(snapshot.agenda.rooms, ["Aula", "Room B", "Room C"]);

    let texts = screen.texts();
    let count = |wanted: &str| texts.iter().filter(|t| *t == wanted).count();
    let position = |wanted: &str| texts.iter().position(|t| t == wanted);
    // Aula has its coffee break, Room B the workshop, Room C the hallway track: one row each,
    // in the schedule's room order, each with its own time left.
    for (room, title, left) in [
        ("Aula", "Coffee", "15 min left · until 10:30"),
        ("Room B", "Rust workshop", "30 min left · until 10:45"),
        // 75 minutes: written either way.
        ("Room C", "Hallway track", " left · until 11:30"),
    ] {
        assert_eq!(count(room), 1, "one row for {room}: {texts:?}");
        assert_eq!(count(title), 1, "{title} once: {texts:?}");
        let lefts: Vec<usize> = (0..texts.len())
            .filter(|i| texts[*i].ends_with(left))
            .collect();
        assert_eq!(lefts.len(), 1, "{left:?} once: {texts:?}");
        let (room_at, title_at, left_at) = (position(room), position(title), Some(lefts[0]));
        assert!(
            room_at < title_at && title_at < left_at,
            "{room}'s row reads room, title, time left: {texts:?}"
        );
    }
    assert!(position("Aula") < position("Room B") && position("Room B") < position("Room C"));
    // The coffee is labelled a break; the two talks are not.
    assert_eq!(count("Break"), 1, "{texts:?}");
    assert!(
        texts.iter().filter(|t| t.starts_with("Now")).count() == 2,
        "two rooms have a talk on: {texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.starts_with("Rooms ")),
        "three rooms fit at 1080p"
    );
    // The day list names each session's room.
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Rust workshop · Room B")),
        "{texts:?}"
    );

    // Later that morning only Room C runs: the other rooms say so or show what comes next.
    screen.reopen_at("2018-10-27T11:00:00+02:00");
    let texts = screen.texts();
    assert!(texts.iter().any(|t| t == "Hallway track"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "Rust workshop"), "{texts:?}");
}

/// The lobby speaks the event's language: its date in that language ("måndag 9 juli"), the
/// time left, the thanks; at every moment of the day each text is whole at 1280×800, at
/// 1920×1080 and on a pillar display.
#[test]
fn the_lobby_speaks_the_events_language_and_every_text_fits() {
    use frontdesk::language::Language;
    let moments = [
        "2018-07-09T09:00:00+02:00",
        "2018-07-09T10:00:00+02:00",
        "2018-07-09T11:30:00+02:00",
        "2018-07-09T17:45:00+02:00",
    ];
    let sizes = [Size::new(1280.0, 800.0), FULL_HD, Size::new(1080.0, 1920.0)];
    for language in Language::ALL {
        let mut screen = Screen::at(moments[0]);
        let mut store = screen.store();
        let mut settings = Settings::load(&store).unwrap();
        settings.event_language = language;
        settings.save(&mut store).unwrap();
        let texts = language.texts();
        let monday = chrono::NaiveDate::from_ymd_opt(2018, 7, 9).unwrap();
        for moment in moments {
            screen.reopen_at(moment);
            for size in sizes {
                common::assert_every_text_whole(
                    &format!("the lobby at {moment} in {language}"),
                    screen.lobby.view(),
                    size,
                );
            }
        }
        screen.reopen_at(moments[0]);
        screen.assert_shows(&[&texts.long_date(monday)]);
        screen.reopen_at(moments[1]);
        let left = texts.tr_with(
            "lobby-time-left",
            &[
                (
                    "left",
                    texts
                        .tr_with("lobby-minutes", &[("minutes", 45.into())])
                        .into(),
                ),
                ("end", "10:45".into()),
            ],
        );
        screen.assert_shows(&[&left]);
        screen.reopen_at(moments[3]);
        screen.assert_shows(&[&texts.tr("lobby-thank-you")]);
    }
}

#[test]
fn the_swedish_lobby_writes_the_date_as_swedes_do() {
    let screen = Screen::at("2018-07-09T09:00:00+02:00");
    let mut store = screen.store();
    let mut settings = Settings::load(&store).unwrap();
    settings.event_language = frontdesk::language::Language::Swedish;
    settings.save(&mut store).unwrap();
    let mut screen = screen;
    screen.reopen_at("2018-07-09T09:00:00+02:00");
    screen.assert_shows(&["måndag 9 juli"]);
}
