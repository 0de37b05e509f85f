//! The organizer console behind the organizer PIN, headless: an organizer types and clicks on
//! the real view (iced_test's simulator), the messages go through the real `Organizer::update`,
//! and the work it asks for runs to completion against a real database with the sample event
//! (320 registrants of Spotify ML Day, 316 of them admitted). The console's timers come from
//! its real subscription, so the dashboard follows check-ins made at another desk exactly as
//! the window's runtime would deliver them.

mod common;

use common::Screen as _;

use std::path::PathBuf;
use std::sync::Once;
use std::time::Duration;

use futures::{FutureExt, StreamExt};
use iced::keyboard::key::Named;
use iced::{Size, Task};
use iced_test::futures::subscription::{self as recipes, Event as Input};
use iced_test::selector::{self, Candidate, Target};
use iced_test::{Simulator, core};

use frontdesk::camera::CameraChoice;
use frontdesk::checkin::CheckIn;
use frontdesk::pin;
use frontdesk::settings::Settings;
use frontdesk::store::{Status, Store};
use frontdesk::ui::Clock;
use frontdesk::ui::console::{CameraOption, Message as ConsoleMessage, SettingsMessage};
use frontdesk::ui::db::{Database, read_start_on};
use frontdesk::ui::desk::Desk;
use frontdesk::ui::lock;
use frontdesk::ui::organizer::{Action, Message, Organizer, Screen, Target as Screens};

const PIN: &str = "1234";
const CONFIRMATION: &str = "erase all attendee data";

/// Speakers of the sample event, by the ticket code on their Eventbrite ticket.
const DORMAN: (&str, &str) = ("Claire Dorman · Pandora", "7400000073088742808001");
const MCINERNEY: (&str, &str) = ("James McInerney · Spotify", "7400000141328388966001");
const HUANG: (&str, &str) = ("Anna Huang · Google", "7400000428264931427001");
const PACHET_TICKET: &str = "7400000007797980173001";
const BITTNER_TICKET: &str = "7400000353881772390001";

/// Saving the settings remembers this computer's desk name in the platform's configuration
/// folder; the tests keep that file in a folder of their own, never the organizer's.
fn private_config_folder() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("console_ui-config");
        // SAFETY: every test calls this before it starts any thread or reads the environment,
        // and the `Once` makes the others wait until it is done.
        unsafe { std::env::set_var("XDG_CONFIG_HOME", folder) };
    });
}

struct Kiosk {
    organizer: Organizer,
    /// The app's clock, shared by the desk, the organizer screens and the PIN lock: it moves
    /// only when a test moves it.
    clock: Clock,
    database: Database,
    desk: Desk,
    path: PathBuf,
    /// What the organizer screens told the app, in order: every action but `None` and `Run`
    /// (their work is run, not kept).
    outcomes: Vec<Action>,
    _dir: tempfile::TempDir,
}

/// As the app does with the organizer's actions: it runs their work and keeps the rest.
impl common::Screen for Kiosk {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match self.organizer.update(message, &self.database, &self.desk) {
            Action::None => Task::none(),
            Action::Run(task) => task,
            Action::PeopleChanged(task) => {
                self.outcomes.push(Action::PeopleChanged(Task::none()));
                task
            }
            Action::Open(target) => self.organizer.open(target, &self.database, &self.desk),
            told => {
                self.outcomes.push(told);
                Task::none()
            }
        }
    }
}

impl Kiosk {
    /// A desk on a fresh sample database: no organizer PIN yet.
    fn start() -> Kiosk {
        Kiosk::start_on(Clock::manual(chrono::Utc::now()), |_| ())
    }

    /// [`Kiosk::start`] with the app and its store on `clock`, after `prepare` has had the
    /// sample database.
    fn start_on(clock: Clock, prepare: impl FnOnce(&std::path::Path)) -> Kiosk {
        Kiosk::start_in(clock, prepare, frontdesk::language::Language::English)
    }

    /// [`Kiosk::start_on`] at a desk whose staff read `language`.
    fn start_in(
        clock: Clock,
        prepare: impl FnOnce(&std::path::Path),
        language: frontdesk::language::Language,
    ) -> Kiosk {
        private_config_folder();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        drop(read_start_on(&path, "Desk 1", clock.clone()).unwrap());
        prepare(&path);
        let (database, mut start) =
            frontdesk::ui::db::read_start_in(&path, "Desk 1", clock.clone(), None, language)
                .unwrap();
        start.speaker = frontdesk::sound::Speaker::recording();
        // The desk's own first reads are not needed: the organizer screens only ask its name.
        let (desk, _boot) = Desk::new(database.clone(), start, clock.clone());
        Kiosk {
            organizer: Organizer::new(clock.clone()),
            clock,
            database,
            desk,
            path,
            outcomes: Vec::new(),
            _dir: dir,
        }
    }

    /// A desk whose event already has the organizer PIN `PIN`.
    fn with_pin() -> Kiosk {
        let kiosk = Kiosk::start();
        pin::set(&mut kiosk.store(), PIN).unwrap();
        kiosk
    }

    /// A desk with the console open on the Dashboard, unlocked with `PIN`.
    fn unlocked() -> Kiosk {
        let mut kiosk = Kiosk::with_pin();
        kiosk.open();
        kiosk.enter_pin(PIN);
        kiosk.assert_console();
        kiosk
    }

    fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }

    fn open(&mut self) {
        let task = self
            .organizer
            .open(Screens::Console, &self.database, &self.desk);
        self.settle(task);
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            core::Settings::default(),
            Size::new(1920.0, 1600.0),
            self.organizer.view().expect("an organizer screen is open"),
        )
    }

    fn shows(&self, text: &str) -> bool {
        self.organizer.is_open() && self.ui().find(text).is_ok()
    }

    fn assert_shows(&self, text: &str) {
        assert!(
            self.shows(text),
            "the screen does not show {text:?}; it shows {:?}",
            self.texts()
        );
    }

    /// Every text on the screen, in the order it is drawn.
    fn texts(&self) -> Vec<String> {
        let mut seen = Vec::new();
        if self.organizer.is_open() {
            let mut ui = self.ui();
            let _ = ui.find(|candidate: Candidate<'_>| -> Option<()> {
                if let Candidate::Text { content, .. } = candidate {
                    seen.push(content.to_string());
                }
                None
            });
        }
        seen
    }

    /// The first text on the screen that contains `part`.
    fn text_containing(&self, part: &str) -> Option<String> {
        self.texts().into_iter().find(|t| t.contains(part))
    }

    /// A big number of the dashboard: the text drawn just above its label.
    fn figure(&self, label: &str) -> String {
        let texts = self.texts();
        let at = texts
            .iter()
            .position(|t| t == label)
            .unwrap_or_else(|| panic!("no {label:?} figure in {texts:?}"));
        texts[at - 1].clone()
    }

    fn console_is_shown(&self) -> bool {
        matches!(self.organizer.screen, Some(Screen::Console(_))) && self.shows("Lock (Esc)")
    }

    fn assert_console(&self) {
        assert!(
            self.console_is_shown(),
            "the console is not shown; the screen shows {:?}",
            self.texts()
        );
    }

    /// The messages a click on the `nth` (from 0) text reading exactly `label` produces,
    /// without delivering them.
    fn messages_of_click_nth(&self, label: &str, nth: usize) -> Vec<Message> {
        let mut ui = self.ui();
        let mut seen = 0;
        let wanted = move |candidate: Candidate<'_>| -> Option<Target> {
            if let Candidate::Text { content, .. } = candidate
                && content == label
            {
                seen += 1;
                if seen == nth + 1 {
                    return Some(Target::from(candidate));
                }
            }
            None
        };
        ui.click(wanted)
            .unwrap_or_else(|e| panic!("no {label:?} number {nth} to click: {e}"));
        ui.into_messages().collect()
    }

    /// Clicks the `nth` (from 0) text reading exactly `label` and runs what it starts.
    fn click_nth(&mut self, label: &str, nth: usize) {
        let messages = self.messages_of_click_nth(label, nth);
        self.deliver(messages);
    }

    fn click(&mut self, label: &str) {
        self.click_nth(label, 0);
    }

    /// Fills in text fields by their position on the screen, then presses Enter if asked.
    fn fill(&mut self, fields: &[(usize, &str)], then_press_enter: bool) {
        let mut ui = self.ui();
        for (nth, value) in fields {
            common::fill_nth_text_field(&mut ui, *nth, value);
        }
        if then_press_enter {
            ui.tap_key(Named::Enter);
        }
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    /// Types a PIN in the PIN field of the lock and presses Enter.
    fn enter_pin(&mut self, pin: &str) {
        let mut ui = self.ui();
        ui.click(selector::id(lock::PIN_INPUT))
            .unwrap_or_else(|e| panic!("no PIN field: {e}"));
        ui.typewrite(pin);
        ui.tap_key(Named::Enter);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    /// Presses Esc: the key reaches the organizer through its subscription, as in the window.
    fn press_escape(&mut self) {
        let executor = <iced::executor::Default as iced::Executor>::new().unwrap();
        let mut messages = Vec::new();
        for recipe in recipes::into_recipes(self.organizer.subscription()) {
            let escape = Input::Interaction {
                window: iced::window::Id::unique(),
                event: iced_test::simulator::press_key(Named::Escape, None),
                status: iced::event::Status::Ignored,
            };
            let input = futures::stream::iter([escape]).boxed();
            iced::Executor::enter(&executor, || {
                let mut output = recipe.stream(input);
                // Key listeners answer at once; timers are still waiting and are left alone.
                while let Some(Some(message)) = output.next().now_or_never() {
                    messages.push(message);
                }
            });
        }
        self.deliver(messages);
    }

    /// Waits for the organizer's next timer message, as the window's runtime delivers it.
    fn next_tick(&self) -> Message {
        let executor = <iced::executor::Default as iced::Executor>::new().unwrap();
        let streams: Vec<_> = iced::Executor::enter(&executor, || {
            recipes::into_recipes(self.organizer.subscription())
                .into_iter()
                .map(|recipe| recipe.stream(futures::stream::empty().boxed()))
                .collect()
        });
        let mut timers = futures::stream::select_all(streams);
        iced::Executor::block_on(&executor, timers.next()).expect("a timer ticks")
    }

    /// Checks people in by their ticket codes at another desk, on its own connection.
    fn check_in_elsewhere(&self, codes: &[&str], desk: &str) {
        let mut other = self.store();
        for code in codes {
            let outcome = other.check_in(code, desk).unwrap();
            assert!(
                matches!(outcome, CheckIn::CheckedIn(_)),
                "{code}: {outcome:?}"
            );
        }
    }

    fn took_outcome(&mut self, wanted: fn(&Action) -> bool) -> bool {
        let found = self.outcomes.iter().any(wanted);
        self.outcomes.clear();
        found
    }
}

/// The text fields of the Dashboard tab, in the order they are drawn.
const NOT_ARRIVED_SEARCH: usize = 0;
const CODE_FIELD: usize = 1;
const FIRST_NAME: usize = 2;

/// The text fields of the Settings tab, in the order they are drawn.
const EVENT_NAME: usize = 0;
const TIME_ZONE: usize = 4;
const DESK_NAME: usize = 5;
const HUB_ADDRESS: usize = 9;
const HUB_PASSWORD: usize = 10;

const LOBBY_COUNT: &str = "Show how many people checked in on the lobby screen";

#[test]
fn the_dashboard_picks_a_day_of_a_three_day_event() {
    let at = |text: &str| {
        chrono::DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&chrono::Utc)
    };
    let clock = Clock::manual(at("2018-07-10T10:00:00+02:00"));
    let mut kiosk = Kiosk::start_on(clock, |path| {
        let day1 = Clock::manual(at("2018-07-09T09:00:00+02:00"));
        let mut store = Store::open(path).unwrap().with_clock(day1);
        let mut event = store.event().unwrap().unwrap();
        event.ends_on = Some("2018-07-11".parse().unwrap());
        store.set_event(&event).unwrap();
        let people = store.attendees().unwrap();
        for person in people
            .iter()
            .filter(|a| a.status == Status::Admitted)
            .take(3)
        {
            store.check_in_id(person.id, "Desk 2").unwrap();
        }
        pin::set(&mut store, PIN).unwrap();
    });
    kiosk.open();
    kiosk.enter_pin(PIN);
    kiosk.assert_console();
    assert!(kiosk.shows("Mon 9 Jul · 3"));
    assert!(kiosk.shows("Tue 10 Jul · 0"));
    assert!(kiosk.shows("Day 2 of 3: 3 came before and are not here yet"));
    kiosk.click("Mon 9 Jul · 3");
    assert!(kiosk.shows("Day 1 of 3: 0 came before and are not here yet"));
    assert!(kiosk.shows("Desk 2: 3"));
    assert!(kiosk.shows("Today"));
}

#[test]
fn the_first_opening_chooses_the_pin_and_later_openings_ask_for_it() {
    let mut k = Kiosk::start();
    k.open();
    k.assert_shows("Choose an organizer PIN");
    assert!(!k.console_is_shown());

    k.fill(&[(0, PIN), (1, "5678")], true);
    k.assert_shows("The two PINs differ; type the same PIN twice.");
    assert!(!k.console_is_shown());
    assert!(!pin::is_set(&k.store()).unwrap(), "no PIN is set yet");

    k.fill(&[(0, PIN), (1, PIN)], true);
    k.assert_console();
    k.assert_shows("registered");
    assert!(pin::is_set(&k.store()).unwrap());
    let store = k.store();
    let settings: Vec<(String, String)> = rusqlite::Connection::open(store.path())
        .unwrap()
        .prepare("SELECT key, value FROM setting")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        settings.iter().all(|(_, value)| !value.contains(PIN)),
        "the PIN is stored in clear: {settings:?}"
    );
    let hash = store.setting("organizer_pin").unwrap().unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    drop(store);

    // Esc goes back to the desk, locked again.
    k.press_escape();
    assert!(k.took_outcome(|o| matches!(o, Action::Back)));
    assert!(!k.organizer.is_open());
    k.open();
    k.assert_shows("Organizers only");
    k.assert_shows("Type the organizer PIN and press Enter.");
    assert!(!k.console_is_shown(), "going back to the desk locks");

    // So does the Lock button.
    k.enter_pin(PIN);
    k.assert_console();
    k.click("Lock (Esc)");
    assert!(k.took_outcome(|o| matches!(o, Action::Back)));
    assert!(!k.organizer.is_open());
    k.open();
    k.assert_shows("Organizers only");
}

#[test]
fn the_right_pin_on_a_fresh_lock_unlocks() {
    let mut k = Kiosk::with_pin();
    k.open();
    k.assert_shows("Organizers only");
    k.enter_pin(PIN);
    k.assert_console();
    assert!(
        k.outcomes.is_empty(),
        "unlocking stays on the organizer screens"
    );
}

#[test]
fn esc_on_the_lock_goes_back_to_the_desk_without_unlocking() {
    let mut k = Kiosk::with_pin();
    k.open();
    k.press_escape();
    assert!(k.took_outcome(|o| matches!(o, Action::Back)));
    assert!(!k.organizer.is_open());
}

#[test]
fn wrong_pins_are_refused_and_slow_the_next_try_down() {
    let mut k = Kiosk::with_pin();
    k.open();
    for _ in 0..3 {
        k.enter_pin("0000");
        k.assert_shows("Wrong PIN. Try again.");
        assert!(!k.console_is_shown());
    }
    k.enter_pin("0000");
    let refusal = k
        .text_containing("Wrong PIN")
        .expect("the fourth wrong PIN is refused");
    assert!(refusal.contains("Try again in"), "{refusal}");
    assert!(!k.console_is_shown());

    // The right PIN is not even looked at while the wait runs.
    k.enter_pin(PIN);
    let refusal = k.text_containing("before the next try").unwrap_or_default();
    assert!(refusal.contains("Too many wrong PINs"), "{:?}", k.texts());
    assert!(
        !k.console_is_shown(),
        "the right PIN unlocked during the wait"
    );

    // The wait is kept in the database: a new lock does not reset it.
    k.press_escape();
    assert!(k.took_outcome(|o| matches!(o, Action::Back)));
    k.open();
    k.enter_pin(PIN);
    assert!(!k.console_is_shown(), "a new lock forgot the wait");
    assert!(
        k.text_containing("before the next try").is_some(),
        "{:?}",
        k.texts()
    );

    // After the wait (5 seconds after the fourth wrong PIN), the right PIN unlocks.
    k.clock.advance(Duration::from_millis(5_500));
    k.enter_pin(PIN);
    k.assert_console();
}

#[test]
fn an_idle_check_right_after_unlocking_keeps_the_console_open() {
    let mut k = Kiosk::unlocked();
    k.send(Message::IdleCheck);
    k.assert_console();
    assert!(k.outcomes.is_empty());
}

/// Left alone for 3 minutes, the console locks itself, and not before; the dashboard's own
/// timer does not count as the organizer being there, a key press does.
#[test]
fn an_unattended_console_locks_itself_after_three_minutes_and_a_key_press_keeps_it_open() {
    const SECOND: Duration = Duration::from_secs(1);
    assert_eq!(pin::LOCK_AFTER_IDLE, 180 * SECOND);
    let mut k = Kiosk::unlocked();
    k.clock.advance(179 * SECOND);
    k.send(Message::IdleCheck);
    k.assert_console();
    assert!(k.outcomes.is_empty(), "locked before 3 minutes");

    k.send(Message::Activity);
    k.clock.advance(179 * SECOND);
    k.send(Message::IdleCheck);
    k.assert_console();
    assert!(k.outcomes.is_empty(), "a key press 2:59 ago keeps it open");

    k.send(Message::Console(
        frontdesk::ui::console::Message::Dashboard(
            frontdesk::ui::console::DashboardMessage::Refresh,
        ),
    ));
    k.clock.advance(SECOND);
    k.send(Message::IdleCheck);
    assert!(
        k.took_outcome(|o| matches!(o, Action::Back)),
        "the timer's refresh is not the organizer"
    );
    assert!(!k.console_is_shown());
    k.open();
    k.assert_shows("Organizers only");
}

/// The organizer screens all lock the same way: the Badges screen too.
#[test]
fn the_badges_screen_locks_after_three_minutes_alone() {
    let mut k = Kiosk::unlocked();
    k.click("Badges…");
    assert!(matches!(k.organizer.screen, Some(Screen::Badges(_))));
    k.clock
        .advance(pin::LOCK_AFTER_IDLE - Duration::from_secs(1));
    k.send(Message::IdleCheck);
    assert!(k.outcomes.is_empty(), "locked before 3 minutes");
    k.clock.advance(Duration::from_secs(1));
    k.send(Message::IdleCheck);
    assert!(k.took_outcome(|o| matches!(o, Action::Back)));
    assert!(!k.organizer.is_open());
}

/// The window sends `IdleCheck` every 10 seconds while any organizer screen is open, the PIN
/// lock included. The lock has not been unlocked yet, so it must not count as left alone.
#[test]
fn an_idle_check_leaves_the_pin_lock_open() {
    let mut k = Kiosk::with_pin();
    k.open();
    k.assert_shows("Organizers only");
    k.send(Message::IdleCheck);
    assert!(
        k.outcomes.is_empty(),
        "the lock went back to the desk while the organizer was typing the PIN"
    );
    assert!(k.shows("Organizers only"));
    k.enter_pin(PIN);
    k.assert_console();
}

#[test]
fn the_dashboard_follows_check_ins_at_another_desk() {
    let mut k = Kiosk::unlocked();
    assert_eq!(k.figure("registered"), "320");
    assert_eq!(k.figure("admitted"), "316");
    assert_eq!(k.figure("checked in"), "0");
    k.assert_shows("Speaker: 0 / 9 (9)");
    k.assert_shows("Desks");
    k.assert_shows("Not arrived yet");

    k.fill(&[(NOT_ARRIVED_SEARCH, "Dorman")], false);
    k.assert_shows(DORMAN.0);

    k.check_in_elsewhere(&[DORMAN.1, MCINERNEY.1, HUANG.1], "Desk 2");
    assert_eq!(
        k.figure("checked in"),
        "0",
        "nothing is re-read before the timer"
    );

    let tick = k.next_tick();
    assert_eq!(format!("{tick:?}"), "Console(Dashboard(Refresh))");
    k.send(tick);
    assert_eq!(k.figure("checked in"), "3");
    assert_eq!(k.figure("registered"), "320");
    assert_eq!(k.figure("admitted"), "316");
    k.assert_shows("Desk 2: 3");
    k.assert_shows("Speaker: 3 / 9 (9)");
    // The list re-read with the search still typed: Claire Dorman has arrived.
    assert!(!k.shows(DORMAN.0), "Claire Dorman is still listed");
    k.assert_shows("Nobody matches.");

    for (name, _) in [MCINERNEY, HUANG] {
        let surname = name.split(' ').nth(1).unwrap();
        k.fill(&[(NOT_ARRIVED_SEARCH, surname)], false);
        assert!(!k.shows(name), "{name} is still listed as not arrived");
    }
    k.fill(&[(NOT_ARRIVED_SEARCH, "Bittner")], false);
    k.assert_shows("Rachel Bittner · Spotify");
}

#[test]
fn correcting_a_name_from_the_not_arrived_list_is_saved_and_logged() {
    let mut k = Kiosk::unlocked();
    let pachet = k.store().find_by_code(PACHET_TICKET).unwrap().unwrap();
    k.fill(&[(NOT_ARRIVED_SEARCH, "Pachet")], false);
    k.assert_shows("François Pachet · Spotify");
    k.click("Edit");
    k.assert_shows(&format!(
        "Correct François Pachet ({})",
        pachet.badge_code.grouped()
    ));
    assert!(k.outcomes.is_empty());

    k.fill(&[(FIRST_NAME, "Francesco")], false);
    k.click("Save");
    assert!(
        k.took_outcome(|o| matches!(o, Action::PeopleChanged(_))),
        "the desk is not told that people changed"
    );
    k.assert_shows("Saved Francesco Pachet; the change is logged.");

    let store = k.store();
    let after = store.attendee(pachet.id).unwrap().unwrap();
    assert_eq!(after.first_name, "Francesco");
    assert_eq!(after.display_name, "Francesco Pachet");
    assert_eq!(after.last_name, "Pachet");
    let changes = store.attendee_changes(pachet.id).unwrap();
    let first = changes
        .iter()
        .find(|c| c.field == "first_name")
        .unwrap_or_else(|| panic!("the first name change is not logged: {changes:?}"));
    assert_eq!(
        (first.old.as_str(), first.new.as_str()),
        ("François", "Francesco")
    );
    assert_eq!(first.desk, "Desk 1");
    // The list shows the new name.
    k.fill(&[(NOT_ARRIVED_SEARCH, "Pachet")], false);
    k.assert_shows("Francesco Pachet · Spotify");
}

#[test]
fn anyone_can_be_found_by_code_and_corrected() {
    let mut k = Kiosk::unlocked();
    k.fill(&[(CODE_FIELD, "7400000000000000000000")], true);
    k.assert_shows("No one has the badge or ticket code 7400000000000000000000.");

    let bittner = k.store().find_by_code(BITTNER_TICKET).unwrap().unwrap();
    k.fill(&[(CODE_FIELD, BITTNER_TICKET)], false);
    k.click("Find");
    k.assert_shows(&format!(
        "Correct Rachel Bittner ({})",
        bittner.badge_code.grouped()
    ));
    k.fill(&[(FIRST_NAME, "Rachael")], true);
    assert!(k.took_outcome(|o| matches!(o, Action::PeopleChanged(_))));
    let store = k.store();
    assert_eq!(
        store.attendee(bittner.id).unwrap().unwrap().display_name,
        "Rachael Bittner"
    );
    assert!(
        store
            .attendee_changes(bittner.id)
            .unwrap()
            .iter()
            .any(|c| c.field == "first_name" && c.old == "Rachel" && c.new == "Rachael")
    );
}

/// Desk staff can undo only their own desk's check-ins; an organizer can undo any.
#[test]
fn an_organizer_undoes_a_check_in_made_at_another_desk() {
    let mut k = Kiosk::unlocked();
    let bittner = k.store().find_by_code(BITTNER_TICKET).unwrap().unwrap();
    k.store().check_in_id(bittner.id, "Desk 2").unwrap();
    k.fill(&[(CODE_FIELD, BITTNER_TICKET)], false);
    k.click("Find");
    k.click("Undo check-in");
    assert!(k.took_outcome(|o| matches!(o, Action::PeopleChanged(_))));
    k.assert_shows("Check-in undone; the log keeps both entries.");
    let store = k.store();
    assert!(
        store
            .attendee(bittner.id)
            .unwrap()
            .unwrap()
            .checked_in_at
            .is_none()
    );
    let log = store.recent_log(None, 10).unwrap();
    assert!(
        format!("{log:?}").contains("Desk 1"),
        "the undo is logged at the organizer's desk: {log:?}"
    );
}

#[test]
fn settings_are_saved_and_an_unknown_time_zone_is_refused() {
    let mut k = Kiosk::unlocked();
    let event = k.store().event().unwrap().unwrap();
    assert!(!Settings::load(&k.store()).unwrap().lobby_shows_count);
    k.click("Settings");
    k.assert_shows(LOBBY_COUNT);

    // A misspelt time zone: nothing is saved, not even the fields that were right.
    k.fill(
        &[
            (EVENT_NAME, "Spotify ML Day 2019"),
            (TIME_ZONE, "Europe/Stokholm"),
        ],
        false,
    );
    k.click("Save settings");
    k.assert_shows(
        "\"Europe/Stokholm\" is not a time zone; use a name such as Europe/Stockholm or \
         America/New_York.",
    );
    assert!(k.outcomes.is_empty());
    assert_eq!(k.store().event().unwrap().unwrap(), event);

    k.fill(&[(TIME_ZONE, "Europe/Stockholm")], false);
    k.click(LOBBY_COUNT);
    k.click("Save settings");
    k.assert_shows("Saved.");
    let saved = k.outcomes.drain(..).find_map(|o| match o {
        Action::SettingsSaved(saved) => Some(saved),
        _ => None,
    });
    let saved = saved.expect("the desk is told the new settings");
    assert_eq!(saved.event_name, "Spotify ML Day 2019");
    assert_eq!(saved.desk_name, "Desk 1");
    assert!(saved.settings.lobby_shows_count);

    let store = k.store();
    let stored = store.event().unwrap().unwrap();
    assert_eq!(stored.name, "Spotify ML Day 2019");
    assert_eq!(stored.time_zone.name(), "Europe/Stockholm");
    assert_eq!(stored.venue, event.venue);
    assert!(Settings::load(&store).unwrap().lobby_shows_count);
}

#[test]
fn erasing_asks_for_the_sentence_and_keeps_the_event_and_the_agenda() {
    let mut k = Kiosk::unlocked();
    k.check_in_elsewhere(&[DORMAN.1], "Desk 2");
    let event = k.store().event().unwrap().unwrap();
    let agenda = k.store().agenda().unwrap().sessions;
    assert!(!agenda.is_empty(), "the sample event has an agenda");
    k.click("Erase");
    k.assert_shows(&format!("Type \"{CONFIRMATION}\" to confirm:"));

    // A wrong sentence: the Erase button does nothing, and Enter says what to type.
    k.fill(&[(0, "erase all attendees")], false);
    assert!(
        k.messages_of_click_nth("Erase", 1).is_empty(),
        "Erase is pressable with the wrong sentence"
    );
    k.fill(&[(0, "erase all attendees")], true);
    k.assert_shows(&format!("Type \"{CONFIRMATION}\" to confirm."));
    assert_eq!(k.store().stats().unwrap().registered, 320);
    assert!(k.outcomes.is_empty());

    k.fill(&[(0, CONFIRMATION)], false);
    let erase = k.messages_of_click_nth("Erase", 1);
    assert!(
        !erase.is_empty(),
        "Erase is not pressable with the sentence typed"
    );
    k.deliver(erase);
    assert!(
        k.took_outcome(|o| matches!(o, Action::PeopleChanged(_))),
        "the desk is not told that people changed"
    );
    let notice = k.text_containing("Erased").unwrap_or_default();
    assert!(
        notice.starts_with("Erased 320 attendees and 1 log entry;"),
        "{:?}",
        k.texts()
    );

    let store = k.store();
    assert_eq!(store.stats().unwrap().registered, 0);
    assert!(store.attendees().unwrap().is_empty());
    assert!(store.find_by_code(DORMAN.1).unwrap().is_none());
    assert!(store.recent_log(None, 1_000).unwrap().is_empty());
    assert_eq!(store.event().unwrap().unwrap(), event);
    assert_eq!(store.agenda().unwrap().sessions, agenda);
    assert!(pin::is_set(&store).unwrap(), "the organizer PIN stays");
}

/// Corrections, undos and reprints from the dashboard are made as this desk, by its name as
/// saved: a new desk name typed in Settings counts only once it is saved.
/// The camera is this computer's, saved beside the desk's name: the desk is told at once, so
/// the window starts (or stops) reading frames without a restart.
#[test]
fn this_computers_camera_is_chosen_in_settings_and_the_desk_is_told() {
    let mut k = Kiosk::unlocked();
    k.click("Settings");
    k.assert_shows("Camera on this computer");
    let before = k.desk.camera_setting().clone();

    k.send(settings_message(SettingsMessage::Camera(CameraOption::of(
        CameraChoice::First,
    ))));
    k.click("Mirror the preview");
    k.click("Save settings");
    k.assert_shows("Saved.");
    let saved = k
        .outcomes
        .drain(..)
        .find_map(|o| match o {
            Action::SettingsSaved(saved) => Some(saved),
            _ => None,
        })
        .expect("the desk is told the new camera");
    assert_eq!(saved.camera.choice, CameraChoice::First);
    assert_eq!(saved.camera.mirror, !before.mirror);
    k.desk.apply_settings(saved);
    assert_eq!(k.desk.camera_setting().choice, CameraChoice::First);

    // No camera: the mirror is not asked about.
    k.send(settings_message(SettingsMessage::Camera(CameraOption::of(
        CameraChoice::Off,
    ))));
    k.click("Mirror the preview");
    k.click("Save settings");
    let saved = k
        .outcomes
        .drain(..)
        .find_map(|o| match o {
            Action::SettingsSaved(saved) => Some(saved),
            _ => None,
        })
        .expect("the desk is told the new camera");
    assert_eq!(saved.camera.choice, CameraChoice::Off);
    assert_eq!(
        saved.camera.mirror, !before.mirror,
        "a disabled box changed"
    );
}

fn settings_message(message: SettingsMessage) -> Message {
    Message::Console(ConsoleMessage::Settings(message))
}

/// The console's scrollbar has a lane of its own: at 1280×800 the dashboard's Find button
/// ends left of it instead of under it.
#[test]
fn at_1280_by_800_the_find_button_is_clear_of_the_scrollbar() {
    let mut k = Kiosk::unlocked();
    // Enough arrivals for the dashboard's "Latest" list to make the tab scroll.
    let codes: Vec<String> = k
        .store()
        .attendees()
        .unwrap()
        .into_iter()
        .filter(|a| a.status == Status::Admitted)
        .take(20)
        .map(|a| a.badge_code.canonical().to_string())
        .collect();
    k.check_in_elsewhere(
        &codes.iter().map(String::as_str).collect::<Vec<_>>(),
        "Desk 2",
    );
    let tick = k.next_tick();
    k.send(tick);
    assert_eq!(k.figure("checked in"), "20");
    let view = k.organizer.view().expect("the console is open");
    let mut ui = Simulator::with_size(core::Settings::default(), Size::new(1280.0, 800.0), view);
    let find = ui.find("Find").expect("the Find button is drawn");
    let bounds = find.visible_bounds().expect("Find is on screen");
    // The window's padding (32), the scrollbar's lane (10) and the button's own padding (16).
    assert!(
        bounds.x + bounds.width <= 1280.0 - 32.0 - 10.0 - 16.0,
        "Find ends at {} under the scrollbar",
        bounds.x + bounds.width
    );
}

#[test]
fn the_dashboard_uses_the_saved_desk_name_not_one_typed_but_unsaved() {
    let mut k = Kiosk::unlocked();
    let bittner = k.store().find_by_code(BITTNER_TICKET).unwrap().unwrap();
    k.store().check_in_id(bittner.id, "Desk 2").unwrap();
    k.click("Settings");
    k.fill(&[(DESK_NAME, "  Desk 9 ")], false);
    k.click("Dashboard");

    k.fill(&[(CODE_FIELD, BITTNER_TICKET)], false);
    k.click("Find");
    k.fill(&[(FIRST_NAME, "Rachael")], false);
    k.click("Save");
    k.assert_shows("Saved Rachael Bittner; the change is logged.");
    k.click("Undo check-in");
    k.assert_shows("Check-in undone; the log keeps both entries.");

    let store = k.store();
    let changes = store.attendee_changes(bittner.id).unwrap();
    assert!(!changes.is_empty());
    assert!(
        changes.iter().all(|c| c.desk == "Desk 1"),
        "the correction names an unsaved desk: {changes:?}"
    );
    let log = store.recent_log(None, 10).unwrap();
    assert_eq!(log[0].attendee_id, bittner.id);
    assert_eq!(
        log[0].desk, "Desk 1",
        "the undo names an unsaved desk: {log:?}"
    );
    drop(store);

    // Once saved, the new name (trimmed) is the one used.
    k.click("Settings");
    k.click("Save settings");
    k.assert_shows("Saved.");
    k.click("Dashboard");
    k.store().check_in_id(bittner.id, "Desk 2").unwrap();
    k.fill(&[(CODE_FIELD, BITTNER_TICKET)], false);
    k.click("Find");
    k.click("Undo check-in");
    let log = k.store().recent_log(None, 10).unwrap();
    assert_eq!(log[0].desk, "Desk 9", "{log:?}");
}

/// Settings holds the hub: a desk alone can test an address (here one nothing answers at,
/// which gets a sentence, not a hang), and the Desks & sync tab sends it there.
#[test]
fn settings_can_test_a_hub_and_desks_and_sync_points_there_for_a_desk_alone() {
    let mut k = Kiosk::unlocked();
    k.click("Desks & sync");
    k.assert_shows(
        "This desk stands alone: its check-ins are in this computer's database only. To join \
         a hub or start one with this event, see Settings.",
    );
    k.click("Settings");
    k.assert_shows("Several computers: the hub");
    k.assert_shows("Join (new, empty database)");
    k.fill(
        &[
            (HUB_ADDRESS, "postgresql://frontdesk@127.0.0.1:1/frontdesk"),
            (HUB_PASSWORD, "secret"),
        ],
        false,
    );
    // The address and the password field's password make one address the hub is asked at.
    k.click("Test");
    let said = k
        .text_containing("is not reachable")
        .unwrap_or_else(|| panic!("no sentence about the hub: {:?}", k.texts()));
    assert!(
        said.starts_with("The hub at 127.0.0.1 is not reachable"),
        "{said}"
    );
    assert!(
        !said.contains("secret"),
        "the password is never shown: {said}"
    );
    assert!(
        k.store().hub_link().unwrap().is_none(),
        "a test joins nothing"
    );
}

/// Opening a database whose erase was cut short (its delete done, the file not yet rewritten)
/// finishes the erase first; the console's Erase tab says so.
#[test]
fn the_erase_tab_says_when_opening_finished_an_erase_cut_short() {
    let mut k = Kiosk::start_on(Clock::manual(chrono::Utc::now()), |path| {
        pin::set(&mut Store::open(path).unwrap(), PIN).unwrap();
        // What an erase leaves when it is stopped dead between its delete and its rewrite.
        rusqlite::Connection::open(path)
            .unwrap()
            .execute(
                "INSERT INTO erase_pending (started_at) VALUES ('2018-07-10T18:00:00Z')",
                [],
            )
            .unwrap();
    });
    k.open();
    k.enter_pin(PIN);
    k.assert_console();
    k.click("Erase");
    k.assert_shows(frontdesk::store::FINISHED_ERASE);
    let pending: i64 = rusqlite::Connection::open(&k.path)
        .unwrap()
        .query_row("SELECT count(*) FROM erase_pending", [], |row| row.get(0))
        .unwrap();
    assert_eq!(
        pending, 0,
        "finished, so not finished again at the next open"
    );
}

#[test]
fn f1_help_opens_without_the_pin_unlocks_nothing_and_gives_the_desk_back() {
    const SECOND: Duration = Duration::from_secs(1);
    let mut k = Kiosk::with_pin();
    let task = k.organizer.open(Screens::Help, &k.database, &k.desk);
    k.settle(task);
    k.assert_shows("Getting started");
    k.assert_shows("2. Badges");
    k.assert_shows("6. After the event");
    assert!(!k.shows("Organizers only"), "the help page needs no PIN");

    k.press_escape();
    assert!(k.took_outcome(|o| matches!(o, Action::Back)));
    assert!(!k.organizer.is_open());
    // Reading the help unlocked nothing.
    k.open();
    k.assert_shows("Organizers only");
    k.press_escape();

    // Left alone at the desk, the page gives it back after three minutes, as the console does.
    let task = k.organizer.open(Screens::Help, &k.database, &k.desk);
    k.settle(task);
    k.clock.advance(179 * SECOND);
    k.send(Message::IdleCheck);
    k.assert_shows("Getting started");
    k.clock.advance(2 * SECOND);
    k.send(Message::IdleCheck);
    assert!(
        !k.organizer.is_open(),
        "the help page stayed up on an idle desk"
    );
}

#[test]
fn the_desks_and_the_events_languages_are_chosen_in_settings() {
    use frontdesk::language::Language;
    let mut k = Kiosk::unlocked();
    k.click("Settings");
    k.assert_shows("This desk speaks");
    k.assert_shows("Kiosks and the lobby speak");
    k.send(settings_message(SettingsMessage::DeskLanguage(
        Language::Swedish,
    )));
    k.send(settings_message(SettingsMessage::EventLanguage(
        Language::German,
    )));
    k.click("Save settings");
    k.assert_shows("Saved.");
    let saved = k
        .outcomes
        .drain(..)
        .find_map(|o| match o {
            Action::SettingsSaved(saved) => Some(saved),
            _ => None,
        })
        .expect("the desk is told the new languages");
    assert_eq!(saved.language, Language::Swedish);
    assert_eq!(saved.settings.event_language, Language::German);
    k.desk.apply_settings(saved);
    assert_eq!(k.desk.saved().language, Language::Swedish);
    // The event's language is the event's, for every desk; the desk's is this computer's.
    let stored = frontdesk::settings::Settings::load(&k.store()).unwrap();
    assert_eq!(stored.event_language, Language::German);
    assert_eq!(frontdesk::language::for_this_desk(None), Language::Swedish);
}

/// The organizer's screens speak the desk's language: each console tab, the import wizard's
/// first step, the badges screen, the agenda editor and the help page, every text whole at
/// 1280 pixels wide (tall enough that nothing scrolls out of sight).
#[test]
fn the_organizers_screens_speak_the_desks_language_and_every_text_fits() {
    use frontdesk::language::Language;
    use frontdesk::ui::organizer::Target;
    let size = Size::new(1280.0, 2400.0);
    for language in Language::ALL {
        let texts = language.texts();
        let mut k = Kiosk::start_in(Clock::manual(chrono::Utc::now()), |_| (), language);
        pin::set(&mut k.store(), PIN).unwrap();
        k.open();
        k.assert_shows(&texts.tr("lock-organizers-only"));
        k.enter_pin(PIN);
        k.assert_shows(&texts.tr("console-lock"));
        for tab in [
            "console-tab-dashboard",
            "console-tab-export",
            "console-tab-settings",
            "console-tab-desks",
            "console-tab-erase",
            "console-tab-import",
        ] {
            k.click(&texts.tr(tab));
            let view = k.organizer.view().expect("the console is open");
            common::assert_every_text_whole(&format!("{tab} in {language}"), view, size);
        }
        k.assert_shows(&texts.tr("import-title"));
        for target in [Target::Badges, Target::Agenda, Target::Help] {
            let task = k.organizer.open(target, &k.database, &k.desk);
            k.settle(task);
            let view = k.organizer.view().expect("a screen is open");
            common::assert_every_text_whole(&format!("{target:?} in {language}"), view, size);
        }
    }
}
