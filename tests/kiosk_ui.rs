//! The self-service kiosk, headless: iced_test's simulator scans and types on the real view,
//! the messages go through the real `update`, and the check-ins run against a real database
//! with the sample event. Every answer is in the attendee's words, and no screen ever shows
//! anyone but the person whose code was scanned.

mod common;

use common::Screen as _;

use std::path::PathBuf;
use std::time::Duration;

use futures::{FutureExt, StreamExt};
use iced::Task;
use iced::keyboard::{self, Key, Modifiers, key::Named};
use iced_test::futures::subscription::{self as recipes, Event as Input};
use iced_test::selector::{self, Candidate};
use iced_test::simulator;

use frontdesk::settings::Settings;
use frontdesk::sound::{Speaker, Tone};
use frontdesk::store::{Attendee, Status, Store};
use frontdesk::text::fold;
use frontdesk::ui::Clock;
use frontdesk::ui::db::read_start_on;
use frontdesk::ui::kiosk::{Action, KIOSK_INPUT, Kiosk, KioskKey, Message, Panel, PinPurpose};
use frontdesk::ui::lock;
use frontdesk::ui::screen::Saved;

const PIN: &str = "2468";

struct Harness {
    kiosk: Kiosk,
    /// The tones the kiosk asked for.
    speaker: Speaker,
    clock: Clock,
    path: PathBuf,
    /// The kiosk asked to leave (the organizer's PIN was right).
    left: bool,
    _dir: tempfile::TempDir,
}

impl common::Screen for Harness {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match self.kiosk.update(message) {
            Action::Run(task) => task,
            Action::Leave => {
                self.left = true;
                Task::none()
            }
            Action::None => Task::none(),
        }
    }
}

impl Harness {
    /// A kiosk on the sample event, its organizer PIN set, with `settings` changed first.
    fn start(change: impl FnOnce(&mut Settings), with_pin: bool) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        let clock = Clock::manual(chrono::Utc::now());
        drop(read_start_on(&path, "Kiosk 1", clock.clone()).unwrap());
        let mut store = Store::open(&path).unwrap();
        let mut settings = Settings::load(&store).unwrap();
        change(&mut settings);
        settings.save(&mut store).unwrap();
        if with_pin {
            frontdesk::pin::set(&mut store, PIN).unwrap();
        }
        drop(store);
        let (database, start) = read_start_on(&path, "Kiosk 1", clock.clone()).unwrap();
        let saved = Saved {
            event_name: start.event_name,
            desk_name: start.desk_name,
            settings: start.settings,
            zone: start.zone,
            camera: start.camera,
            language: start.language,
        };
        let speaker = Speaker::recording();
        let (kiosk, boot) = Kiosk::new(database, saved, speaker.clone(), clock.clone());
        let mut harness = Harness {
            kiosk,
            speaker,
            clock,
            path,
            left: false,
            _dir: dir,
        };
        harness.settle(boot);
        harness
    }

    fn plain() -> Harness {
        Harness::start(|_| (), true)
    }

    /// Types `text` into the code field and presses Enter, as a scanner or a person does.
    fn scan(&mut self, text: &str) {
        let mut ui = simulator(self.kiosk.view());
        ui.click(selector::id(KIOSK_INPUT)).unwrap();
        ui.typewrite(text);
        ui.tap_key(Named::Enter);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    /// Every text on the screen, as one string.
    fn screen_text(&self) -> String {
        let mut texts = Vec::new();
        let mut ui = simulator(self.kiosk.view());
        let _ = ui.find(|candidate: Candidate<'_>| -> Option<()> {
            match candidate {
                Candidate::Text { content, .. } => texts.push(content.to_string()),
                Candidate::TextInput { state, .. } => texts.push(state.text().to_string()),
                _ => {}
            }
            None
        });
        texts.join("\n")
    }

    fn shows(&self, text: &str) -> bool {
        self.screen_text().contains(text)
    }

    /// The screen names nobody of the event but `allowed` (by first name), and no one's
    /// family name or email address.
    fn assert_shows_no_one_but(&self, allowed: Option<&Attendee>) {
        let screen = self.screen_text();
        for person in self.people() {
            let is_allowed = allowed.is_some_and(|a| a.id == person.id);
            for private in [&person.last_name, &person.email, &person.display_name] {
                if private.chars().count() > 2 {
                    assert!(
                        !screen.contains(private.as_str()),
                        "{private:?} is on the kiosk's screen:\n{screen}"
                    );
                }
            }
            // First names are shared by many; only the scanned person's may be shown, and
            // only when nobody else's first name is one of theirs.
            if !is_allowed && allowed.is_none_or(|a| a.first_name != person.first_name) {
                let first = format!(", {}", person.first_name);
                assert!(
                    person.first_name.is_empty() || !screen.contains(&first),
                    "{:?} is on the kiosk's screen:\n{screen}",
                    person.first_name
                );
            }
        }
    }

    fn people(&self) -> Vec<Attendee> {
        Store::open(&self.path).unwrap().attendees().unwrap()
    }

    fn admitted(&self, nth: usize) -> Attendee {
        self.people()
            .into_iter()
            .filter(|a| a.status == Status::Admitted && !a.company.is_empty())
            .nth(nth)
            .unwrap()
    }

    fn is_checked_in(&self, id: i64) -> bool {
        self.people()
            .iter()
            .any(|a| a.id == id && a.checked_in_at.is_some())
    }

    /// Moves the kiosk's clock on, one second at a time, as the window's timer would.
    fn wait(&mut self, seconds: u64) {
        for _ in 0..seconds {
            self.clock.advance(Duration::from_secs(1));
            self.send(Message::Tick);
        }
    }

    fn enter_pin(&mut self, pin: &str) {
        let mut ui = simulator(self.kiosk.view());
        ui.click(selector::id(lock::PIN_INPUT))
            .unwrap_or_else(|e| panic!("no PIN field: {e}"));
        ui.typewrite(pin);
        ui.tap_key(Named::Enter);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    /// What the kiosk's subscription makes of one key press, as the window delivers it.
    fn keys_heard(&self, key: Key, modifiers: Modifiers) -> Vec<Message> {
        let executor = <iced::executor::Default as iced::Executor>::new().unwrap();
        let mut heard = Vec::new();
        for recipe in recipes::into_recipes(self.kiosk.subscription()) {
            let press = Input::Interaction {
                window: iced::window::Id::unique(),
                event: iced::Event::Keyboard(keyboard::Event::KeyPressed {
                    key: key.clone(),
                    modified_key: key.clone(),
                    physical_key: keyboard::key::Physical::Unidentified(
                        keyboard::key::NativeCode::Unidentified,
                    ),
                    location: keyboard::Location::Standard,
                    modifiers,
                    text: None,
                    repeat: false,
                }),
                status: iced::event::Status::Ignored,
            };
            let input = futures::stream::iter([press]).boxed();
            iced::Executor::enter(&executor, || {
                let mut output = recipe.stream(input);
                while let Some(Some(message)) = output.next().now_or_never() {
                    heard.push(message);
                }
            });
        }
        heard
    }
}

#[test]
fn a_scan_welcomes_by_first_name_and_company_only() {
    let mut h = Harness::plain();
    let person = h.admitted(0);
    h.scan(person.badge_code.canonical());
    assert!(
        h.shows(&format!("Welcome, {}", person.first_name)),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(h.shows(&person.company));
    assert!(h.shows("You are checked in."));
    assert!(h.is_checked_in(person.id));
    h.assert_shows_no_one_but(Some(&person));
}

#[test]
fn already_checked_in_sends_to_the_staff_desk_without_the_name() {
    let mut h = Harness::plain();
    let person = h.admitted(1);
    h.scan(person.badge_code.canonical());
    h.wait(4);
    h.scan(&person.badge_code.grouped());
    assert!(
        h.shows("You are already checked in"),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(h.shows("please ask at the staff desk"));
    assert!(!h.shows(&person.first_name));
    h.assert_shows_no_one_but(None);
}

#[test]
fn a_refused_person_and_an_unknown_code_hear_the_same_and_no_reason() {
    let mut h = Harness::plain();
    let refused = h
        .people()
        .into_iter()
        .find(|a| a.status == Status::NotAdmitted)
        .unwrap();
    h.scan(refused.badge_code.canonical());
    assert!(
        h.shows("Please see the staff desk"),
        "{:?}",
        h.kiosk.panel()
    );
    // The words under the header (the event and the clock, which moves on).
    let answer = |h: &Harness| {
        h.screen_text()
            .lines()
            .skip(2)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let refusal = answer(&h);
    assert!(!refusal.contains("Not Attending") && !refusal.contains(&refused.status_reason));
    h.assert_shows_no_one_but(None);

    h.wait(6);
    h.scan("K7QM-2XHD-9FPA-0000");
    assert_eq!(answer(&h), refusal, "the same words for an unknown code");
}

#[test]
fn a_misread_code_asks_to_scan_again() {
    let mut h = Harness::plain();
    let person = h.admitted(2);
    let mut typo: Vec<char> = person.badge_code.canonical().chars().collect();
    typo[11] = if typo[11] == 'X' { 'Y' } else { 'X' };
    h.scan(&typo.into_iter().collect::<String>());
    assert!(h.shows("Please scan again"), "{:?}", h.kiosk.panel());
    assert!(!h.is_checked_in(person.id));
    h.assert_shows_no_one_but(None);
}

#[test]
fn the_answer_leaves_after_five_seconds_and_the_attract_screen_comes_after_a_minute() {
    let mut h = Harness::plain();
    let person = h.admitted(3);
    h.scan(person.badge_code.canonical());
    h.wait(4);
    assert!(h.shows("Welcome"), "still there after 4 s");
    h.wait(1);
    assert!(
        matches!(h.kiosk.panel(), Panel::Prompt),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(h.shows("Scan the QR code on your ticket"));
    assert!(!h.shows(&person.first_name));

    h.wait(54);
    assert!(
        matches!(h.kiosk.panel(), Panel::Prompt),
        "not yet idle a minute"
    );
    h.wait(2);
    assert!(
        matches!(h.kiosk.panel(), Panel::Attract),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(h.shows("Scan your ticket to check in"));

    // A scan from the attract screen is answered at once.
    let next = h.admitted(4);
    h.scan(next.badge_code.canonical());
    assert!(h.shows(&format!("Welcome, {}", next.first_name)));
}

#[test]
fn a_ticket_held_under_the_scanner_is_read_once() {
    let mut h = Harness::plain();
    let person = h.admitted(5);
    h.scan(person.badge_code.canonical());
    h.wait(1);
    h.scan(person.badge_code.canonical());
    assert!(h.shows("Welcome"), "the second read is dropped");
    let log = Store::open(&h.path)
        .unwrap()
        .recent_log(Some("Kiosk 1"), 10)
        .unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
}

#[test]
fn a_typed_name_or_email_finds_no_one_while_email_search_is_off() {
    let mut h = Harness::plain();
    let someone = h.admitted(6);
    h.scan(&someone.display_name);
    assert!(
        h.shows("Please see the staff desk"),
        "{:?}",
        h.kiosk.panel()
    );
    h.assert_shows_no_one_but(None);
    h.wait(6);
    h.scan(&someone.email);
    assert!(
        h.shows("Please see the staff desk"),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(!h.is_checked_in(someone.id));
    h.assert_shows_no_one_but(None);
}

#[test]
fn with_email_search_on_only_a_whole_address_finds_its_owner() {
    let mut h = Harness::start(|s| s.kiosk_email_search = true, true);
    assert!(h.shows("Type your email address"));
    let person = h.admitted(7);
    let partial = &person.email[..person.email.find('@').unwrap() + 2];
    h.scan(partial);
    assert!(
        h.shows("Please see the staff desk"),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(!h.is_checked_in(person.id));
    h.assert_shows_no_one_but(None);

    h.wait(6);
    h.scan(&format!("  {}  ", person.email.to_uppercase()));
    assert!(
        h.shows(&format!("Welcome, {}", person.first_name)),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(h.is_checked_in(person.id));
    h.assert_shows_no_one_but(Some(&person));
}

#[test]
fn with_self_search_on_a_family_name_and_the_tickets_last_digits_find_one_person() {
    let mut h = Harness::start(|s| s.kiosk_email_search = true, true);
    assert!(h.shows("your family name and your"));
    let store = Store::open(&h.path).unwrap();
    let (person, digits) = h
        .people()
        .into_iter()
        .filter(|a| a.status == Status::Admitted && !a.last_name.is_empty())
        .find_map(|a| {
            let ticket = a.external_codes.first()?.clone();
            let digits = ticket[ticket.len().checked_sub(4)?..].to_string();
            let namesakes = store
                .family_names_with_ticket_ending(&digits)
                .unwrap()
                .into_iter()
                .filter(|(_, family)| fold(family) == fold(&a.last_name))
                .count();
            (namesakes == 1).then_some((a, digits))
        })
        .expect("someone whose name and digits are their own");
    drop(store);

    h.scan(&format!("{} 0000", person.last_name));
    assert!(
        h.shows("Please see the staff desk"),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(!h.is_checked_in(person.id));
    h.assert_shows_no_one_but(None);

    h.wait(6);
    h.scan(&format!("{} {digits}", fold(&person.last_name)));
    assert!(
        h.shows(&format!("Welcome, {}", person.first_name)),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(h.is_checked_in(person.id));
    h.assert_shows_no_one_but(Some(&person));
}

#[test]
fn with_print_at_check_in_the_welcome_says_the_badge_is_printing() {
    let mut h = Harness::start(|s| s.print_at_check_in = true, true);
    let person = h.admitted(8);
    h.scan(person.badge_code.canonical());
    assert!(h.shows("Welcome"), "{:?}", h.kiosk.panel());
    // This machine may have no printer: then the attendee is sent for the badge instead.
    assert!(
        h.shows("Your badge is printing.")
            || h.shows("Please collect your badge at the staff desk."),
        "{}",
        h.screen_text()
    );
}

#[test]
fn leaving_the_kiosk_needs_the_organizer_pin() {
    let mut h = Harness::plain();
    h.send(Message::CornerPressed);
    assert!(
        matches!(
            h.kiosk.panel(),
            Panel::Pin {
                purpose: PinPurpose::Leave,
                ..
            }
        ),
        "{:?}",
        h.kiosk.panel()
    );
    h.enter_pin("1111");
    assert!(!h.left);
    assert!(h.shows("Wrong PIN"), "{}", h.screen_text());
    // Wrong PINs slow the next try down.
    h.clock.advance(Duration::from_secs(60));
    h.enter_pin(PIN);
    assert!(h.left, "{}", h.screen_text());
}

#[test]
fn an_unused_pin_screen_returns_to_the_prompt() {
    let mut h = Harness::plain();
    h.send(Message::Key(KioskKey::Leave));
    assert!(matches!(h.kiosk.panel(), Panel::Pin { .. }));
    h.wait(31);
    assert!(
        matches!(h.kiosk.panel(), Panel::Prompt),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(!h.left);
}

#[test]
fn only_ctrl_alt_k_is_heard_and_the_desks_shortcuts_do_nothing() {
    let h = Harness::plain();
    let ctrl = Modifiers::CTRL;
    let ctrl_alt = Modifiers::CTRL | Modifiers::ALT;
    assert!(
        h.keys_heard(Key::Named(Named::Escape), Modifiers::empty())
            .is_empty()
    );
    for letter in ["o", "z", "n", "p", "b", "e", "l", "k"] {
        let heard = h.keys_heard(Key::Character(letter.into()), ctrl);
        assert!(heard.is_empty(), "Ctrl+{letter}: {heard:?}");
    }
    let heard = h.keys_heard(Key::Character("k".into()), ctrl_alt);
    assert!(
        matches!(heard.as_slice(), [Message::Key(KioskKey::Leave)]),
        "{heard:?}"
    );
}

#[test]
fn a_kiosk_without_an_organizer_pin_has_one_chosen_before_attendees_use_it() {
    let mut h = Harness::start(|_| (), false);
    assert!(
        matches!(
            h.kiosk.panel(),
            Panel::Pin {
                purpose: PinPurpose::Choose,
                ..
            }
        ),
        "{:?}",
        h.kiosk.panel()
    );
    h.send(Message::Lock(lock::Message::Cancel));
    assert!(
        matches!(h.kiosk.panel(), Panel::Pin { .. }),
        "cannot be skipped"
    );
    h.send(Message::Lock(lock::Message::PinChanged(PIN.into())));
    h.send(Message::Lock(lock::Message::RepeatChanged(PIN.into())));
    h.send(Message::Lock(lock::Message::Submit));
    assert!(
        matches!(h.kiosk.panel(), Panel::Prompt),
        "{:?}",
        h.kiosk.panel()
    );
    assert!(!h.left);
    assert!(frontdesk::pin::is_set(&Store::open(&h.path).unwrap()).unwrap());
}

/// The kiosk's screen sizes: a portrait tablet or pillar display, a TV, a laptop.
const KIOSK_SIZES: [(f32, f32); 3] = [(1080.0, 1920.0), (1920.0, 1080.0), (1280.0, 800.0)];

/// `text` is drawn whole and wholly inside a `width` × `height` screen.
fn assert_inside(h: &Harness, text: &str, (width, height): (f32, f32)) {
    let mut ui = iced_test::Simulator::with_size(
        iced::Settings::default(),
        iced::Size::new(width, height),
        h.kiosk.view(),
    );
    let found = ui
        .find(text)
        .unwrap_or_else(|_| panic!("{text:?} missing at {width}×{height}"));
    let whole = found.bounds();
    let visible = found
        .visible_bounds()
        .unwrap_or_else(|| panic!("{text:?} is clipped away at {width}×{height}"));
    assert!(
        visible.x >= 0.0
            && visible.y >= 0.0
            && visible.x + visible.width <= width + 0.5
            && visible.y + visible.height <= height + 0.5,
        "{text:?} runs off the {width}×{height} screen: {visible:?}"
    );
    assert!(
        (whole.width - visible.width).abs() < 1.0 && (whole.height - visible.height).abs() < 1.0,
        "{text:?} is cut at {width}×{height}: drawn {whole:?}, visible {visible:?}"
    );
}

#[test]
fn the_kiosk_fits_a_portrait_tablet_and_a_large_screen() {
    let mut h = Harness::plain();
    for size in KIOSK_SIZES {
        assert_inside(&h, "Scan the QR code on your ticket", size);
        let mut ui = iced_test::Simulator::with_size(
            iced::Settings::default(),
            iced::Size::new(size.0, size.1),
            h.kiosk.view(),
        );
        assert!(ui.find(selector::id(KIOSK_INPUT)).is_ok());
    }
    // The answer after a scan, the attendee's own name in it, fits each screen too.
    let person = h.admitted(3);
    h.scan(person.badge_code.canonical());
    let welcome = format!("Welcome, {}", person.first_name);
    assert!(h.shows(&welcome));
    for size in KIOSK_SIZES {
        assert_inside(&h, &welcome, size);
    }
}

#[test]
fn the_kiosk_plays_the_answers_tone() {
    let mut h = Harness::plain();
    let person = h.admitted(9);
    h.scan(person.badge_code.canonical());
    h.wait(4);
    h.scan(person.badge_code.canonical());
    h.wait(6);
    h.scan(&person.email);
    assert_eq!(
        h.speaker.asked(),
        vec![Tone::Welcome, Tone::Already, Tone::Refused]
    );
}

/// The kiosk speaks the event's language: its prompt, and the answer with the attendee's name,
/// each text whole on each of the kiosk's screens.
#[test]
fn the_kiosk_speaks_the_events_language_and_every_text_fits() {
    use frontdesk::language::Language;
    for language in Language::ALL {
        let mut h = Harness::start(|s| s.event_language = language, true);
        let texts = language.texts();
        assert!(h.shows(&texts.tr("kiosk-prompt")), "{language}");
        for size in KIOSK_SIZES {
            common::assert_every_text_whole(
                &format!("the kiosk's prompt in {language}"),
                h.kiosk.view(),
                iced::Size::new(size.0, size.1),
            );
        }
        let person = h.admitted(3);
        h.scan(person.badge_code.canonical());
        let welcome = texts.tr_with(
            "kiosk-welcome-name",
            &[("name", person.first_name.as_str().into())],
        );
        assert!(h.shows(&welcome), "{language}: {}", h.screen_text());
        for size in KIOSK_SIZES {
            common::assert_every_text_whole(
                &format!("the kiosk's welcome in {language}"),
                h.kiosk.view(),
                iced::Size::new(size.0, size.1),
            );
        }
        h.scan("NO-SUCH-CODE-1");
        assert!(h.shows(&texts.tr("kiosk-see-staff")), "{language}");
        for size in KIOSK_SIZES {
            common::assert_every_text_whole(
                &format!("the kiosk's refusal in {language}"),
                h.kiosk.view(),
                iced::Size::new(size.0, size.1),
            );
        }
        // Whoever touches the hidden corner reads the PIN screen in the event's language too.
        h.send(Message::CornerPressed);
        h.enter_pin("1111");
        assert!(h.shows(&texts.tr("lock-leave-kiosk")), "{language}");
        assert!(
            h.shows(&texts.tr("lock-wrong")),
            "{language}: {}",
            h.screen_text()
        );
        for size in KIOSK_SIZES {
            common::assert_every_text_whole(
                &format!("the kiosk's PIN screen in {language}"),
                h.kiosk.view(),
                iced::Size::new(size.0, size.1),
            );
        }
    }
}
