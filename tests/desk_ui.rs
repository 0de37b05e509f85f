//! The front-desk screen, headless: iced_test's simulator types and clicks on the real view,
//! the messages go through the real `update`, and the database work it asks for runs to
//! completion against a real database with the sample event.

mod common;

use common::Screen as _;

use std::path::PathBuf;

use iced::keyboard::key::Named;
use iced::{Size, Task};
use iced_test::selector::{self, Candidate};
use iced_test::simulator;

use frontdesk::language::Language;
use frontdesk::sound::{Speaker, Tone};
use frontdesk::store::{Attendee, Status, Store};
use frontdesk::ui::Clock;
use frontdesk::ui::db::read_start_on;
use frontdesk::ui::desk::walk_in;
use frontdesk::ui::desk::{CODE_INPUT, Desk, Message, Panel, Shortcut};

struct Harness {
    desk: Desk,
    /// The tones the desk asked for.
    speaker: Speaker,
    /// The desk's clock: it moves only when a test moves it.
    clock: Clock,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl common::Screen for Harness {
    type Message = Message;

    fn update(&mut self, message: Message) -> Task<Message> {
        match self.desk.update(message) {
            frontdesk::ui::desk::Action::Run(task) => task,
            _ => Task::none(),
        }
    }
}

impl Harness {
    fn start() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        let harness = Harness::open(dir, path, Clock::manual(chrono::Utc::now()));
        assert!(harness.desk.is_search_ready());
        harness
    }

    /// The desk on the database at `path` (in `dir`), with the app and the store on `clock`.
    fn open(dir: tempfile::TempDir, path: PathBuf, clock: Clock) -> Harness {
        Harness::open_in(dir, path, clock, Language::English)
    }

    /// A desk on a new database whose staff read `language`.
    fn in_language(language: Language) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        Harness::open_in(dir, path, Clock::manual(chrono::Utc::now()), language)
    }

    fn open_in(dir: tempfile::TempDir, path: PathBuf, clock: Clock, language: Language) -> Harness {
        let (database, mut start) =
            frontdesk::ui::db::read_start_in(&path, "Desk 1", clock.clone(), None, language)
                .unwrap();
        let speaker = Speaker::recording();
        start.speaker = speaker.clone();
        let (desk, boot) = Desk::new(database, start, clock.clone());
        let mut harness = Harness {
            desk,
            speaker,
            clock,
            path,
            _dir: dir,
        };
        harness.settle(boot);
        harness
    }

    /// The sample event made two days long (9 and 10 July 2018), with `checked_in_on_day_1`
    /// checked in at this desk at 09:00 on day 1, and the desk opened at 09:30 on day 2.
    fn on_day_two(checked_in_on_day_1: impl FnOnce(&[Attendee]) -> String) -> (Harness, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.sqlite");
        let day1 = chrono::DateTime::parse_from_rfc3339("2018-07-09T09:00:00+02:00")
            .unwrap()
            .with_timezone(&chrono::Utc);
        let clock = Clock::manual(day1);
        drop(read_start_on(&path, "Desk 1", clock.clone()).unwrap());
        let mut store = Store::open(&path).unwrap().with_clock(clock.clone());
        let mut event = store.event().unwrap().unwrap();
        event.ends_on = Some("2018-07-10".parse().unwrap());
        store.set_event(&event).unwrap();
        let code = checked_in_on_day_1(&store.attendees().unwrap());
        store.check_in(&code, "Desk 1").unwrap();
        clock.advance(std::time::Duration::from_secs(24 * 3600 + 1800));
        (Harness::open(dir, path, clock), code)
    }

    /// Types into the code field as a scanner does, then presses Enter.
    fn scan(&mut self, code: &str) {
        let mut ui = simulator(self.desk.view());
        ui.click(selector::id(CODE_INPUT)).unwrap();
        ui.typewrite(code);
        ui.tap_key(Named::Enter);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    /// Types into the code field as a scanner set to send nothing after a code does: the
    /// keys, then no key, as long as the desk waits for one.
    fn scan_without_enter(&mut self, code: &str) {
        let mut ui = simulator(self.desk.view());
        ui.click(selector::id(CODE_INPUT)).unwrap();
        ui.typewrite(code);
        let typed: Vec<Message> = ui.into_messages().collect();
        self.deliver(typed);
    }

    /// What this desk's log holds, newest first.
    fn logged(&self) -> Vec<String> {
        let log = self.store().recent_log(Some("Desk 1"), 100).unwrap();
        log.iter().map(|e| e.action.as_str().to_string()).collect()
    }

    fn shows(&self, text: &str) -> bool {
        let mut ui = simulator(self.desk.view());
        ui.find(text).is_ok()
    }

    /// How many texts on the screen read exactly `wanted`.
    fn count(&self, wanted: &str) -> usize {
        let mut seen = 0;
        let mut ui = simulator(self.desk.view());
        let _ = ui.find(|candidate: Candidate<'_>| -> Option<()> {
            if let Candidate::Text { content, .. } = candidate
                && content == wanted
            {
                seen += 1;
            }
            None
        });
        seen
    }

    fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }

    fn people(&self) -> Vec<Attendee> {
        self.store().attendees().unwrap()
    }

    /// The `nth` admitted person whose badge code holds a digit: a code of letters only cannot
    /// be told from a name being typed, so it waits for Enter (about one badge in a hundred).
    fn admitted_with_a_digit(&self, nth: usize) -> Attendee {
        self.people()
            .into_iter()
            .filter(|a| a.status == Status::Admitted)
            .filter(|a| a.badge_code.canonical().chars().any(|c| c.is_ascii_digit()))
            .nth(nth)
            .unwrap()
    }

    fn admitted(&self, nth: usize) -> Attendee {
        self.people()
            .into_iter()
            .filter(|a| a.status == Status::Admitted)
            .nth(nth)
            .unwrap()
    }
}

#[test]
fn on_day_two_the_desk_welcomes_back_names_the_day_and_says_already_today() {
    let admitted = |people: &[Attendee]| {
        let person = people
            .iter()
            .find(|a| a.status == Status::Admitted)
            .unwrap();
        person.badge_code.canonical().to_string()
    };
    let (mut desk, code) = Harness::on_day_two(admitted);
    assert!(desk.shows("Day 2 of 2 · 0 / 316 checked in today"));
    assert!(
        !desk.shows("09:00"),
        "this desk's list shows today's check-ins, not day 1's"
    );
    desk.scan(&code);
    assert!(desk.shows("Welcome back"), "{:?}", desk.desk.panel());
    assert!(desk.shows("Day 2 of 2"));
    assert!(desk.shows("Day 2 of 2 · 1 / 316 checked in today"));
    desk.clock.advance(std::time::Duration::from_secs(600));
    desk.scan(&code);
    assert!(desk.shows("Already checked in today"));
    assert!(
        desk.shows("at 09:30 at Desk 1"),
        "today's check-in, not day 1's"
    );
}

#[test]
fn a_scan_welcomes_the_person_by_name() {
    let mut h = Harness::start();
    let person = h.admitted(0);
    assert!(h.shows("Scan your badge or ticket"));
    h.scan(&person.badge_code.grouped());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    assert!(h.shows("1 / 316 checked in"));
    let stored = h.store().attendee(person.id).unwrap().unwrap();
    assert_eq!(stored.checked_in_desk.as_deref(), Some("Desk 1"));
    assert_eq!(h.desk.input(), "", "the field is empty for the next scan");
}

#[test]
fn a_scanner_that_ends_with_tab_checks_in_and_keeps_the_field() {
    let mut h = Harness::start();
    let person = h.admitted(2);
    let mut ui = simulator(h.desk.view());
    ui.click(selector::id(CODE_INPUT)).unwrap();
    ui.typewrite(&person.badge_code.grouped());
    let typed: Vec<Message> = ui.into_messages().collect();
    h.deliver(typed);
    h.send(Message::Shortcut(Shortcut::Next));
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    assert_eq!(h.desk.input(), "", "the field is empty for the next scan");
    // Tab in an empty field does nothing.
    h.send(Message::Shortcut(Shortcut::Next));
    assert!(h.shows(&person.display_name));
}

#[test]
fn a_second_scan_says_already_checked_in_with_time_and_desk() {
    let mut h = Harness::start();
    let person = h.admitted(1);
    let mut other_desk = h.store();
    other_desk
        .check_in(person.badge_code.canonical(), "Desk 2")
        .unwrap();
    let at = h
        .store()
        .attendee(person.id)
        .unwrap()
        .unwrap()
        .checked_in_at
        .unwrap();
    let zone: chrono_tz::Tz = "Europe/Stockholm".parse().unwrap();
    h.scan(&person.badge_code.canonical().to_lowercase());
    assert!(h.shows("Already checked in"), "{:?}", h.desk.panel());
    let when = format!("at {} at Desk 2", frontdesk::time::local_hhmm(at, zone));
    assert!(h.shows(&when), "expected {when:?} in {:?}", h.desk.panel());
}

#[test]
fn a_typo_an_unknown_code_and_a_refusal_each_say_so_and_the_next_scan_works() {
    let mut h = Harness::start();
    let person = h.admitted(2);
    let mut typo: Vec<char> = person.badge_code.canonical().chars().collect();
    typo[11] = if typo[11] == 'X' { 'Y' } else { 'X' };
    h.scan(&typo.into_iter().collect::<String>());
    assert!(h.shows("Check the code"), "{:?}", h.desk.panel());

    h.scan("K7QM-2XHD-9FPA-0000");
    assert!(
        h.shows("Code not found") && h.shows("Search by name: type it in the field above."),
        "{:?}",
        h.desk.panel()
    );

    let refused = h
        .people()
        .into_iter()
        .find(|a| a.status == Status::NotAdmitted)
        .unwrap();
    h.scan(refused.badge_code.canonical());
    assert!(h.shows("Not admitted"), "{:?}", h.desk.panel());
    assert!(h.shows("Eventbrite status: Not Attending"));

    h.scan(&person.badge_code.grouped());
    assert!(
        h.shows("Welcome"),
        "the desk keeps working: {:?}",
        h.desk.panel()
    );
}

#[test]
fn typing_a_name_searches_and_enter_checks_in_the_chosen_person() {
    let mut h = Harness::start();
    let mut ui = simulator(h.desk.view());
    ui.click(selector::id(CODE_INPUT)).unwrap();
    ui.typewrite("fra pac");
    h.deliver(ui.into_messages().collect());
    assert!(
        matches!(h.desk.panel(), Panel::Search { .. }),
        "{:?}",
        h.desk.panel()
    );
    assert!(h.shows("François Pachet"));
    assert!(
        h.shows("f***@example.org · Speaker") || h.shows("Spotify · f***@example.org · Speaker")
    );

    let mut ui = simulator(h.desk.view());
    ui.click(selector::id(CODE_INPUT)).unwrap();
    ui.tap_key(Named::Enter);
    h.deliver(ui.into_messages().collect());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows("François Pachet"));
    let pachet = h
        .people()
        .into_iter()
        .find(|a| a.last_name == "Pachet")
        .unwrap();
    assert_eq!(pachet.checked_in_desk.as_deref(), Some("Desk 1"));
}

#[test]
fn arrow_keys_choose_among_namesakes() {
    let mut h = Harness::start();
    h.send(Message::InputChanged("anna".to_string()));
    let Panel::Search { hits, .. } = h.desk.panel().clone() else {
        panic!("no search: {:?}", h.desk.panel());
    };
    assert!(hits.len() >= 2, "{hits:?}");
    h.send(Message::Shortcut(Shortcut::Down));
    h.send(Message::Submitted);
    assert!(h.shows("Welcome"));
    assert!(h.shows(&hits[1].display_name), "{:?}", h.desk.panel());
}

#[test]
fn undo_asks_first_and_is_logged() {
    let mut h = Harness::start();
    let person = h.admitted(3);
    h.scan(&person.badge_code.grouped());
    let mut ui = simulator(h.desk.view());
    ui.click("Undo last (Ctrl+Z)").unwrap();
    h.deliver(ui.into_messages().collect());
    assert!(h.shows("↺  Undo this check-in?"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    h.scan("");
    assert!(h.shows("Check-in undone"), "{:?}", h.desk.panel());
    let stored = h.store().attendee(person.id).unwrap().unwrap();
    assert_eq!(stored.checked_in_at, None);
    let log = h.store().recent_log(Some("Desk 1"), 10).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["undo", "check_in"]);
    // Esc keeps a check-in.
    h.scan(&person.badge_code.grouped());
    h.send(Message::Shortcut(Shortcut::Undo));
    h.send(Message::Shortcut(Shortcut::Escape));
    assert!(h.shows("Scan your badge or ticket"));
    assert!(
        h.store()
            .attendee(person.id)
            .unwrap()
            .unwrap()
            .checked_in_at
            .is_some()
    );
}

#[test]
fn a_walk_in_is_added_checked_in_and_given_a_badge_code() {
    let mut h = Harness::start();
    let mut ui = simulator(h.desk.view());
    ui.click("New attendee (Ctrl+N)").unwrap();
    h.deliver(ui.into_messages().collect());
    let mut ui = simulator(h.desk.view());
    for (field, value) in [
        (walk_in::FIRST_FIELD, "Greta"),
        (walk_in::LAST_FIELD, "Garbo"),
        (walk_in::EMAIL_FIELD, "greta@example.se"),
        (walk_in::COMPANY_FIELD, "MGM"),
    ] {
        ui.click(selector::id(field)).unwrap();
        ui.typewrite(value);
    }
    ui.tap_key(Named::Enter);
    h.deliver(ui.into_messages().collect());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows("Greta Garbo"));
    let greta = h
        .people()
        .into_iter()
        .find(|a| a.last_name == "Garbo")
        .unwrap();
    assert_eq!(greta.company, "MGM");
    assert_eq!(greta.ticket_type, "Walk-in");
    assert_eq!(greta.checked_in_desk.as_deref(), Some("Desk 1"));
    assert!(h.shows(&format!("New attendee, badge code {}", greta.badge_code)));
    assert!(h.shows("1 / 317 checked in"), "counts include the walk-in");
    // Findable by name at once.
    h.send(Message::InputChanged("greta garbo".to_string()));
    assert!(matches!(h.desk.panel(), Panel::Search { hits, .. } if hits.len() == 1));
}

#[test]
fn a_walk_in_without_a_name_is_not_saved() {
    let mut h = Harness::start();
    h.send(Message::Shortcut(Shortcut::NewAttendee));
    h.send(Message::WalkIn(walk_in::Message::Save));
    assert!(h.shows("Type at least a first or a last name."));
    assert_eq!(h.people().len(), 320);
}

#[test]
fn a_late_answer_never_covers_a_newer_scan() {
    let mut h = Harness::start();
    let (first, second) = (h.admitted(4), h.admitted(5));
    h.desk
        .update(Message::InputChanged(first.badge_code.grouped()));
    let frontdesk::ui::desk::Action::Run(slow) = h.desk.update(Message::Submitted) else {
        panic!("no task");
    };
    h.desk
        .update(Message::InputChanged(second.badge_code.grouped()));
    let frontdesk::ui::desk::Action::Run(fast) = h.desk.update(Message::Submitted) else {
        panic!("no task");
    };
    h.settle(fast);
    h.settle(slow);
    assert!(h.shows(&second.display_name), "{:?}", h.desk.panel());
    assert!(!h.shows(&first.display_name));
}

#[test]
fn another_desks_check_ins_reach_the_counts() {
    let mut h = Harness::start();
    h.send(Message::Poll);
    let mut other_desk = h.store();
    for nth in 6..9 {
        let person = h.admitted(nth);
        other_desk
            .check_in(person.badge_code.canonical(), "Desk 2")
            .unwrap();
    }
    h.send(Message::Poll);
    assert_eq!(h.desk.counts().checked_in, 3);
    assert!(h.shows("3 / 316 checked in"));
}

#[test]
fn a_scanner_firing_twice_on_one_trigger_keeps_the_welcome() {
    let mut h = Harness::start();
    let person = h.admitted(9);
    h.scan(person.badge_code.canonical());
    h.scan(person.badge_code.canonical());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(!h.shows("Already checked in"));
}

#[test]
fn the_next_scan_starting_never_swallows_the_answer_to_this_one() {
    let mut h = Harness::start();
    let person = h.admitted(10);
    h.desk
        .update(Message::InputChanged(person.badge_code.grouped()));
    let frontdesk::ui::desk::Action::Run(check_in) = h.desk.update(Message::Submitted) else {
        panic!("no task");
    };
    // The next badge's first letters arrive before the answer does.
    let frontdesk::ui::desk::Action::Run(search) =
        h.desk.update(Message::InputChanged("HB".to_string()))
    else {
        panic!("no task");
    };
    h.settle(check_in);
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    h.settle(search);
}

#[test]
fn the_badge_of_the_person_on_screen_can_be_printed() {
    let mut h = Harness::start();
    let person = h.admitted(11);
    h.scan(&person.badge_code.grouped());
    let mut ui = simulator(h.desk.view());
    ui.click("Print badge (Ctrl+P)").unwrap();
    h.deliver(ui.into_messages().collect());
    let printed_at = h.store().attendee(person.id).unwrap().unwrap().printed_at;
    // Where CUPS or a PDF viewer exists the badge goes there and is recorded as printed;
    // elsewhere the desk says why, and nothing is recorded.
    if h.shows("Badge sent to the default printer") || printed_at.is_some() {
        assert!(printed_at.is_some());
    } else {
        assert!(
            h.shows("Not printed: no printer and no PDF viewer was found; save the PDF and print it from another computer"),
            "{:?}",
            h.desk.panel()
        );
        assert!(h.shows("Try again"));
    }
}

/// The privacy promise: an answer stays 8 seconds, then the name is gone from the screen.
#[test]
fn the_answer_and_the_name_leave_the_screen_after_eight_seconds() {
    let mut h = Harness::start();
    let person = h.admitted(12);
    h.scan(&person.badge_code.grouped());
    assert!(h.shows("Welcome") && h.shows(&person.display_name));

    // The side list of this desk's check-ins keeps the name; the answer shows it too.
    let on_screen = |h: &Harness| h.count(&person.display_name);
    assert_eq!(
        on_screen(&h),
        2,
        "the answer and the side list name the person"
    );

    h.clock.advance(std::time::Duration::from_secs(7));
    h.send(Message::Tick);
    assert!(h.shows("Welcome"), "gone before 8 seconds");
    assert_eq!(on_screen(&h), 2);

    h.clock.advance(std::time::Duration::from_secs(1));
    h.send(Message::Tick);
    assert!(
        matches!(h.desk.panel(), Panel::Idle),
        "{:?}",
        h.desk.panel()
    );
    assert!(!h.shows("Welcome"));
    assert_eq!(
        on_screen(&h),
        1,
        "the answer still names the person after 8 seconds"
    );
}

#[test]
fn a_badge_code_with_no_enter_after_it_checks_in_once_the_typing_pauses() {
    let mut h = Harness::start();
    let person = h.admitted_with_a_digit(13);
    h.scan_without_enter(&person.badge_code.grouped());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    assert_eq!(h.desk.input(), "", "the field is empty for the next scan");
    assert_eq!(h.logged(), ["check_in"]);
    let stored = h.store().attendee(person.id).unwrap().unwrap();
    assert_eq!(stored.checked_in_desk.as_deref(), Some("Desk 1"));
    // The next badge, from the same scanner.
    let next = h.admitted_with_a_digit(14);
    h.scan_without_enter(next.badge_code.canonical());
    assert!(h.shows(&next.display_name), "{:?}", h.desk.panel());
    assert_eq!(h.logged(), ["check_in", "check_in"]);
}

#[test]
fn a_ticket_code_with_no_enter_after_it_checks_in_when_it_is_exactly_an_imported_one() {
    let mut h = Harness::start();
    let person = h
        .people()
        .into_iter()
        .find(|a| a.status == Status::Admitted && !a.external_codes.is_empty())
        .unwrap();
    let ticket = person.external_codes[0].clone();
    // One character short is some other text, not this ticket.
    h.scan_without_enter(&ticket[..ticket.len() - 1]);
    assert!(
        matches!(h.desk.panel(), Panel::Idle),
        "{:?}",
        h.desk.panel()
    );
    assert_eq!(h.logged(), Vec::<String>::new());
    h.send(Message::Shortcut(Shortcut::Escape));

    h.scan_without_enter(&ticket);
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    assert_eq!(h.logged(), ["check_in"]);
}

#[test]
fn a_badge_code_cut_short_or_misread_waits_for_enter() {
    let mut h = Harness::start();
    let person = h.admitted_with_a_digit(15);
    let code = person.badge_code.canonical().to_string();
    h.scan_without_enter(&code[..11]);
    assert!(
        matches!(h.desk.panel(), Panel::Idle),
        "{:?}",
        h.desk.panel()
    );
    assert_eq!(h.desk.input(), &code[..11], "the field keeps what came");
    assert_eq!(h.logged(), Vec::<String>::new());
    h.send(Message::Shortcut(Shortcut::Escape));

    let mut misread: Vec<char> = code.chars().collect();
    misread[11] = if misread[11] == 'X' { 'Y' } else { 'X' };
    let misread: String = misread.into_iter().collect();
    h.scan_without_enter(&misread);
    assert!(
        matches!(h.desk.panel(), Panel::Idle),
        "{:?}",
        h.desk.panel()
    );
    assert_eq!(h.logged(), Vec::<String>::new());
    // Enter still says what is wrong with it.
    h.send(Message::Submitted);
    assert!(h.shows("Check the code"), "{:?}", h.desk.panel());
    assert_eq!(h.logged(), Vec::<String>::new());
}

#[test]
fn a_name_typed_with_no_enter_is_searched_and_never_submitted() {
    let mut h = Harness::start();
    h.scan_without_enter("fra pac");
    assert!(
        matches!(h.desk.panel(), Panel::Search { .. }),
        "{:?}",
        h.desk.panel()
    );
    assert!(h.shows("François Pachet"));
    assert_eq!(h.desk.input(), "fra pac");
    assert_eq!(h.logged(), Vec::<String>::new());
}

#[test]
fn a_scanner_that_sends_enter_still_checks_in_once() {
    let mut h = Harness::start();
    let person = h.admitted_with_a_digit(16);
    // Enter before the pause ends: the pause finds nothing left to submit.
    h.scan(&person.badge_code.grouped());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert_eq!(h.logged(), ["check_in"]);

    // Enter after the pause already submitted the code: Enter on the empty field does nothing.
    let next = h.admitted_with_a_digit(17);
    h.scan_without_enter(&next.badge_code.grouped());
    assert_eq!(h.logged(), ["check_in", "check_in"]);
    let mut ui = simulator(h.desk.view());
    ui.click(selector::id(CODE_INPUT)).unwrap();
    ui.tap_key(Named::Enter);
    h.deliver(ui.into_messages().collect());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&next.display_name));
    assert!(!h.shows("Already checked in"));
    assert_eq!(h.logged(), ["check_in", "check_in"]);
}

#[test]
fn a_pause_ends_only_after_the_last_key_and_only_for_the_text_it_paused_on() {
    let mut h = Harness::start();
    let person = h.admitted_with_a_digit(18);
    let code = person.badge_code.canonical().to_string();
    let run = |action| match action {
        frontdesk::ui::desk::Action::Run(task) => task,
        _ => panic!("no task"),
    };
    // A pause that began before the code's last key is over when that key comes.
    let early = run(h.desk.update(Message::InputChanged(code[..11].to_string())));
    let last = run(h.desk.update(Message::InputChanged(code.clone())));
    h.settle(early);
    assert_eq!(h.logged(), Vec::<String>::new());

    // The field changes while the desk asks whether the code is whole.
    let paused = common::outputs(last);
    let [Message::CodePaused(request)] = paused[..] else {
        panic!("the pause did not end: {paused:?}");
    };
    let asking = run(h.desk.update(Message::CodePaused(request)));
    let _ = h.desk.update(Message::InputChanged(format!("{code}7")));
    h.settle(asking);
    assert_eq!(h.logged(), Vec::<String>::new());
    assert_eq!(h.desk.input(), format!("{code}7"));
}

/// A desk of a hub that does not answer (nothing listens at its address): the desk opens on
/// its own copy, welcomes the person with the small offline mark, journals the scan, and its
/// header counts the scans waiting for the hub.
#[test]
fn a_desk_whose_hub_does_not_answer_welcomes_offline_and_counts_what_waits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("event.sqlite");
    let clock = Clock::manual(chrono::Utc::now());
    drop(read_start_on(&path, "Desk 1", clock.clone()).unwrap());
    let mut store = Store::open(&path).unwrap();
    store
        .link_hub("an-event-key", "127.0.0.1:1/hub", 0)
        .unwrap();
    frontdesk::hub::HubUrl::parse("postgresql://frontdesk:secret@127.0.0.1:1/hub")
        .unwrap()
        .remember(&path)
        .unwrap();
    drop(store);
    let (database, mut start) =
        frontdesk::ui::db::read_start_at(&path, "Desk 1", clock.clone(), None).unwrap();
    let speaker = Speaker::recording();
    start.speaker = speaker.clone();
    let (desk, boot) = Desk::new(database, start, clock.clone());
    let mut h = Harness {
        desk,
        speaker,
        clock,
        path,
        _dir: dir,
    };
    h.settle(boot);
    assert!(h.shows("Offline: 0 scans waiting"));

    let person = h.admitted(0);
    h.scan(&person.badge_code.grouped());
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.shows(&person.display_name));
    assert!(
        h.shows(
            &frontdesk::language::Language::English
                .texts()
                .tr("desk-offline-mark")
        )
    );
    assert!(h.shows("Offline: 1 scan waiting"));
    assert_eq!(h.store().journal_pending().unwrap(), 1);

    // The same badge a minute later (not the scanner firing twice) is answered from the copy
    // and its journal: already here.
    h.clock.advance(std::time::Duration::from_secs(60));
    h.scan(&person.badge_code.grouped());
    assert!(h.shows("Already checked in"), "{:?}", h.desk.panel());
    assert_eq!(h.store().journal_pending().unwrap(), 1);
}

/// Every minute the desk asks whether an automatic copy is due (every 5 minutes by default):
/// the first is taken at once into the backups folder beside the database, the next only
/// once the interval has passed on the desk's clock.
#[test]
fn the_desk_copies_its_database_when_a_backup_is_due() {
    let mut h = Harness::start();
    let folder = frontdesk::store::backup::folder_for(&h.path);
    let copies =
        |folder: &std::path::Path| std::fs::read_dir(folder).map_or(0, |entries| entries.count());
    assert_eq!(copies(&folder), 0);
    h.send(Message::BackupDue);
    assert_eq!(copies(&folder), 1);
    h.clock.advance(std::time::Duration::from_secs(60));
    h.send(Message::BackupDue);
    assert_eq!(copies(&folder), 1, "not due a minute later");
    h.clock.advance(std::time::Duration::from_secs(5 * 60));
    h.send(Message::BackupDue);
    assert_eq!(copies(&folder), 2);
}

#[test]
fn each_answer_asks_for_its_tone_and_muted_desks_ask_for_none() {
    let mut h = Harness::start();
    let person = h.admitted(0);
    h.scan(person.badge_code.canonical());
    h.clock.advance(std::time::Duration::from_secs(2));
    h.scan(&person.badge_code.grouped());
    h.scan("K7QM-2XHD-9FPA-0000");
    let refused = h
        .people()
        .into_iter()
        .find(|a| a.status == Status::NotAdmitted)
        .unwrap();
    h.scan(refused.badge_code.canonical());
    assert_eq!(
        h.speaker.asked(),
        vec![Tone::Welcome, Tone::Already, Tone::Refused, Tone::Refused]
    );

    let mut muted = h.desk.saved();
    muted.settings.sounds = false;
    h.desk.apply_settings(muted);
    h.scan(h.admitted(1).badge_code.canonical());
    assert!(h.shows("Welcome"));
    assert_eq!(h.speaker.asked().len(), 4, "a muted desk plays nothing");
}

fn camera_frame(codes: &[&str]) -> Message {
    Message::Camera(frontdesk::ui::camera::CameraEvent::Frame {
        preview: iced::widget::image::Handle::from_rgba(1, 1, vec![0, 0, 0, 255]),
        codes: codes.iter().map(|c| c.to_string()).collect(),
    })
}

#[test]
fn a_badge_held_up_to_the_camera_checks_in_once_and_again_only_after_leaving_the_view() {
    let mut h = Harness::start();
    let person = h.admitted(0);
    let code = person.badge_code.canonical().to_string();
    // Two seconds of frames with the badge in view, at ten a second.
    for _ in 0..20 {
        h.send(camera_frame(&[&code]));
        h.clock.advance(std::time::Duration::from_millis(100));
    }
    assert!(h.shows("Welcome"), "{:?}", h.desk.panel());
    assert!(h.desk.camera_preview().is_some());
    assert_eq!(
        h.logged(),
        vec!["check_in"],
        "one check-in for twenty frames"
    );

    // The badge out of view for five seconds, then shown again: a new scan.
    for _ in 0..50 {
        h.send(camera_frame(&[]));
        h.clock.advance(std::time::Duration::from_millis(100));
    }
    h.send(camera_frame(&[&code]));
    assert!(h.shows("Already checked in"), "{:?}", h.desk.panel());
}

#[test]
fn the_camera_reads_a_folder_of_frames_on_its_own_thread() {
    use frontdesk::camera::photo;
    use frontdesk::ui::camera::{CameraEvent, frames};
    use futures::StreamExt;
    use iced_test::futures::subscription as recipes;
    let dir = tempfile::tempdir().unwrap();
    let ticket = photo::photograph(
        &photo::qr_picture("7400000007797980173001", 6),
        &photo::Shot {
            angle: 15.0,
            ..photo::Shot::straight(640, 480)
        },
        3,
    );
    for i in 0..3 {
        ticket.save(dir.path().join(format!("{i}.png"))).unwrap();
    }
    let executor = <iced::executor::Default as iced::Executor>::new().unwrap();
    let mut events = Vec::new();
    for recipe in recipes::into_recipes(frames(dir.path().to_path_buf())) {
        let mut stream = iced::Executor::enter(&executor, || {
            recipe.stream(futures::stream::empty().boxed())
        });
        while let Some(event) = futures::executor::block_on(stream.next()) {
            let ended = matches!(event, CameraEvent::Ended);
            events.push(event);
            if ended {
                break;
            }
        }
    }
    let read: Vec<&Vec<String>> = events
        .iter()
        .filter_map(|e| match e {
            CameraEvent::Frame { codes, .. } => Some(codes),
            _ => None,
        })
        .collect();
    assert!(!read.is_empty(), "{events:?}");
    assert!(
        read.iter()
            .all(|codes| **codes == vec!["7400000007797980173001".to_string()])
    );
    assert!(matches!(events.last(), Some(CameraEvent::Ended)));
}

/// The desk speaks its staff's language: the prompt, the count, the welcome, the second scan,
/// the unknown code, the walk-in form; every text whole at 1280×800 and 1920×1080.
#[test]
fn the_desk_speaks_its_staffs_language_and_every_text_fits() {
    let sizes = [Size::new(1280.0, 800.0), Size::new(1920.0, 1080.0)];
    for language in Language::ALL {
        let mut h = Harness::in_language(language);
        let texts = language.texts();
        let fits = |h: &Harness, what: &str| {
            for size in sizes {
                common::assert_every_text_whole(
                    &format!("the desk's {what} in {language}"),
                    h.desk.view(),
                    size,
                );
            }
        };
        assert!(h.shows(&texts.tr("desk-idle-scan")), "{language}");
        fits(&h, "prompt");
        let person = h.admitted(0);
        h.scan(person.badge_code.canonical());
        assert!(
            h.shows(&texts.tr("verdict-welcome")),
            "{language}: {:?}",
            h.desk.panel()
        );
        let count = texts.tr_with(
            "desk-count",
            &[("checked_in", 1.into()), ("admitted", 316.into())],
        );
        assert!(h.shows(&count), "{language}: {count}");
        fits(&h, "welcome");
        // Later than a scanner's double read.
        h.clock.advance(std::time::Duration::from_secs(30));
        h.scan(person.badge_code.canonical());
        assert!(h.shows(&texts.tr("verdict-already")), "{language}");
        fits(&h, "second scan");
        h.scan("NO-SUCH-CODE-1");
        assert!(h.shows(&texts.tr("verdict-unknown")), "{language}");
        fits(&h, "unknown code");
        h.send(Message::NewAttendeePressed);
        assert!(h.shows(&texts.tr("walk-in-title")), "{language}");
        fits(&h, "walk-in form");
    }
}
