//! The self-service kiosk: attendees check themselves in. One large prompt, the event and the
//! clock; answers in the attendee's words (`crate::kiosk`), gone after five seconds; no staff
//! buttons, no search list, no undo. Leaving needs the organizer PIN (Ctrl+Alt+K, or a press
//! in the top-left corner); Esc, Ctrl shortcuts and closing the window do nothing here.

mod keys;
mod view;
pub mod work;

use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use iced::widget::operation;
use iced::{Subscription, Task};

use crate::kiosk::{ANSWER_SECONDS, ATTRACT_AFTER_SECONDS, KioskAnswer};
use crate::settings::Settings;
use crate::ui::db::Database;
use crate::ui::lock::{self, Lock};
use crate::ui::screen::Saved;
use crate::ui::{Clock, Error};
pub use keys::KioskKey;
use work::KioskScan;

pub const KIOSK_INPUT: &str = "kiosk-code";
/// A scanner that fires twice on one trigger, or a ticket held under it, sends the same code
/// again within this time: read once.
const REPEAT_SCAN: Duration = Duration::from_secs(3);
/// The PIN screen goes back to the prompt when nobody types for this long: an attendee who
/// pressed the corner by chance must not leave the kiosk asking for a PIN.
const PIN_GIVE_UP: Duration = Duration::from_secs(30);

pub struct Kiosk {
    database: Database,
    clock: Clock,
    event_name: String,
    zone: Tz,
    desk_name: String,
    settings: Settings,
    input: String,
    panel: Panel,
    now: DateTime<Utc>,
    /// The last key, scan or answer: the attract screen comes a minute after it.
    last_activity: DateTime<Utc>,
    /// Answers to older scans are dropped, so a slow answer never covers a newer one.
    latest_scan: u64,
    last_submit: Option<(String, DateTime<Utc>)>,
    speaker: crate::sound::Speaker,
    /// The camera's last frame, small, when the kiosk reads codes from a camera.
    camera_preview: Option<iced::widget::image::Handle>,
    camera_repeats: crate::camera::RepeatFilter,
}

/// What the kiosk shows; one at a time.
pub enum Panel {
    Prompt,
    Waiting,
    Answer {
        answer: KioskAnswer,
        until: DateTime<Utc>,
        /// The badge was to print and did not.
        print_failed: bool,
    },
    /// Nobody has scanned for a minute: the event and "Scan your ticket", big.
    Attract,
    /// The organizer PIN: to leave the kiosk, or to choose one before it opens.
    Pin {
        lock: Box<Lock>,
        purpose: PinPurpose,
    },
    /// The database did not answer: the attendee is sent to the staff desk.
    Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinPurpose {
    /// The PIN that lets an organizer leave the kiosk.
    Leave,
    /// No organizer PIN is set yet: one is chosen before attendees use the kiosk, or anyone
    /// could leave it.
    Choose,
}

#[derive(Debug, Clone)]
pub enum Message {
    InputChanged(String),
    Submitted,
    Scanned(u64, Result<KioskScan, Error>),
    BadgePrinted(Result<crate::printer::Sent, Error>),
    PinKnown(Result<bool, Error>),
    Key(KioskKey),
    /// The hidden press in the top-left corner.
    CornerPressed,
    Lock(lock::Message),
    Tick,
    /// A frame from the camera, with the codes in view.
    Camera(crate::ui::camera::CameraEvent),
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// The organizer typed the PIN: back to the staff desk.
    Leave,
}

impl Kiosk {
    pub fn new(
        database: Database,
        saved: Saved,
        speaker: crate::sound::Speaker,
        clock: Clock,
    ) -> (Kiosk, Task<Message>) {
        let now = clock.now();
        let kiosk = Kiosk {
            database: database.clone(),
            clock,
            event_name: saved.event_name,
            zone: saved.zone,
            desk_name: saved.desk_name,
            settings: saved.settings,
            input: String::new(),
            panel: Panel::Prompt,
            now,
            last_activity: now,
            latest_scan: 0,
            last_submit: None,
            speaker,
            camera_preview: None,
            camera_repeats: crate::camera::RepeatFilter::default(),
        };
        let pin_known = Task::perform(
            async move { database.run(|store| crate::pin::is_set(store)).await },
            Message::PinKnown,
        );
        (
            kiosk,
            Task::batch([pin_known, operation::focus(KIOSK_INPUT)]),
        )
    }

    pub fn panel(&self) -> &Panel {
        &self.panel
    }

    pub fn input(&self) -> &str {
        &self.input
    }

    pub fn update(&mut self, message: Message) -> Action {
        let task = match message {
            Message::InputChanged(text) => self.input_changed(text),
            Message::Submitted => self.submit(),
            Message::Scanned(request, result) => self.scanned(request, result),
            Message::BadgePrinted(result) => self.badge_printed(result),
            Message::PinKnown(result) => self.pin_known(result),
            Message::Key(KioskKey::Leave) | Message::CornerPressed => self.ask_for_pin(),
            Message::Lock(message) => return self.lock(message),
            Message::Tick => self.tick(),
            Message::Camera(event) => self.camera(event),
        };
        Action::Run(task)
    }

    fn input_changed(&mut self, text: String) -> Task<Message> {
        self.last_activity = self.clock.now();
        if matches!(self.panel, Panel::Attract) {
            self.panel = Panel::Prompt;
        }
        self.input = text;
        Task::none()
    }

    fn submit(&mut self) -> Task<Message> {
        let typed = std::mem::take(&mut self.input);
        let typed = typed.trim().to_string();
        self.last_activity = self.clock.now();
        if typed.is_empty() {
            return operation::focus(KIOSK_INPUT);
        }
        self.check_in_text(typed)
    }

    /// Checks in whoever `typed` (typed, scanned or read by the camera) means.
    fn check_in_text(&mut self, typed: String) -> Task<Message> {
        let now = self.clock.now();
        self.last_activity = now;
        if let Some((last, at)) = &self.last_submit
            && *last == typed
            && self.clock.since(*at) < REPEAT_SCAN
        {
            tracing::debug!("the same code again at the kiosk: read once");
            return operation::focus(KIOSK_INPUT);
        }
        self.last_submit = Some((typed.clone(), now));
        self.latest_scan += 1;
        let request = self.latest_scan;
        self.panel = Panel::Waiting;
        Task::batch([
            Task::perform(
                work::check_in(
                    self.database.clone(),
                    typed,
                    self.desk_name.clone(),
                    self.settings.clone(),
                ),
                move |result| Message::Scanned(request, result),
            ),
            operation::focus(KIOSK_INPUT),
        ])
    }

    fn scanned(&mut self, request: u64, result: Result<KioskScan, Error>) -> Task<Message> {
        if request != self.latest_scan {
            return Task::none();
        }
        self.last_activity = self.clock.now();
        let scan = match result {
            Ok(scan) => scan,
            Err(error) => {
                tracing::error!(%error, "the kiosk could not check in");
                self.panel = Panel::Problem;
                return Task::none();
            }
        };
        self.panel = Panel::Answer {
            answer: scan.answer,
            until: self.clock.now() + chrono::Duration::seconds(ANSWER_SECONDS as i64),
            print_failed: false,
        };
        let tone = crate::ui::desk::play(&self.speaker, &self.settings, scan.tone);
        match scan.print {
            Some(id) => Task::batch([
                tone,
                Task::perform(
                    crate::ui::print::print(self.database.clone(), id, self.settings.clone()),
                    Message::BadgePrinted,
                ),
            ]),
            None => tone,
        }
    }

    fn badge_printed(&mut self, result: Result<crate::printer::Sent, Error>) -> Task<Message> {
        let Err(problem) = result else {
            return Task::none();
        };
        tracing::warn!(%problem, "a badge did not print at the kiosk");
        if let Panel::Answer { print_failed, .. } = &mut self.panel {
            *print_failed = true;
        }
        Task::none()
    }

    /// A camera frame: its preview is shown and a code new in view is checked in; not while
    /// an organizer types the PIN.
    fn camera(&mut self, event: crate::ui::camera::CameraEvent) -> Task<Message> {
        use crate::ui::camera::CameraEvent;
        match event {
            CameraEvent::Frame { preview, codes } => {
                self.camera_preview = Some(preview);
                if matches!(self.panel, Panel::Pin { .. }) {
                    return Task::none();
                }
                match codes.into_iter().next() {
                    Some(code) if self.camera_repeats.is_new(&code, self.clock.now()) => {
                        self.check_in_text(code)
                    }
                    _ => Task::none(),
                }
            }
            CameraEvent::Failed(reason) => {
                tracing::warn!(%reason, "the kiosk's camera gives no frames");
                self.camera_preview = None;
                Task::none()
            }
            CameraEvent::Ended => {
                self.camera_preview = None;
                Task::none()
            }
        }
    }

    fn pin_known(&mut self, result: Result<bool, Error>) -> Task<Message> {
        match result {
            Ok(true) => Task::none(),
            Ok(false) => self.open_lock(PinPurpose::Choose),
            Err(error) => {
                tracing::error!(%error, "cannot tell whether an organizer PIN is set");
                Task::none()
            }
        }
    }

    fn ask_for_pin(&mut self) -> Task<Message> {
        if matches!(self.panel, Panel::Pin { .. }) {
            return Task::none();
        }
        self.open_lock(PinPurpose::Leave)
    }

    fn open_lock(&mut self, purpose: PinPurpose) -> Task<Message> {
        self.input.clear();
        self.last_activity = self.clock.now();
        // An attendee who touches the corner reads this too: the event's language.
        let texts = self.settings.event_language.texts();
        let (lock, task) = Lock::new(self.database.clone(), self.clock.clone(), texts);
        let lock = match purpose {
            PinPurpose::Leave => lock
                .with_cancel(Some(texts.tr("lock-back-to-kiosk")))
                .with_intro(texts.tr("lock-leave-kiosk")),
            PinPurpose::Choose => lock
                .with_cancel(None)
                .with_intro(texts.tr("lock-kiosk-needs-pin")),
        };
        self.panel = Panel::Pin {
            lock: Box::new(lock),
            purpose,
        };
        task.map(Message::Lock)
    }

    fn lock(&mut self, message: lock::Message) -> Action {
        let Panel::Pin { lock, purpose } = &mut self.panel else {
            return Action::None;
        };
        let purpose = *purpose;
        self.last_activity = self.clock.now();
        match (lock.update(message), purpose) {
            (lock::Action::None, _) => Action::None,
            (lock::Action::Run(task), _) => Action::Run(task.map(Message::Lock)),
            (lock::Action::Unlocked, PinPurpose::Leave) => Action::Leave,
            (lock::Action::Cancelled, PinPurpose::Leave) | (lock::Action::Unlocked, _) => {
                self.panel = Panel::Prompt;
                Action::Run(operation::focus(KIOSK_INPUT))
            }
            // Attendees must not use a kiosk anyone can leave.
            (lock::Action::Cancelled, PinPurpose::Choose) => Action::None,
        }
    }

    fn tick(&mut self) -> Task<Message> {
        self.now = self.clock.now();
        let idle = self.clock.since(self.last_activity);
        match &self.panel {
            Panel::Answer { until, .. } if self.now >= *until => self.panel = Panel::Prompt,
            Panel::Problem if idle >= Duration::from_secs(ANSWER_SECONDS) => {
                self.panel = Panel::Prompt
            }
            Panel::Pin {
                purpose: PinPurpose::Leave,
                ..
            } if idle >= PIN_GIVE_UP => self.panel = Panel::Prompt,
            Panel::Prompt
                if idle >= Duration::from_secs(ATTRACT_AFTER_SECONDS) && self.input.is_empty() =>
            {
                self.panel = Panel::Attract
            }
            _ => {}
        }
        match self.panel {
            // The PIN field has the keyboard; everywhere else the code field takes it back,
            // after a tap anywhere on the screen took it away.
            Panel::Pin { .. } => Task::none(),
            _ => operation::focus(KIOSK_INPUT),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick),
            keys::kiosk_keys().map(Message::Key),
        ])
    }
}

impl std::fmt::Debug for Panel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Panel::Prompt => f.write_str("Prompt"),
            Panel::Waiting => f.write_str("Waiting"),
            Panel::Answer { answer, .. } => write!(f, "Answer({answer:?})"),
            Panel::Attract => f.write_str("Attract"),
            Panel::Pin { purpose, .. } => write!(f, "Pin({purpose:?})"),
            Panel::Problem => f.write_str("Problem"),
        }
    }
}
