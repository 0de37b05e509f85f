//! The front desk: scan first. The code field keeps keyboard focus, because a barcode scanner
//! is a keyboard; letters typed instead of a code search by name.

mod keys;
pub(crate) mod print;
pub mod verdict;
mod view;
pub mod walk_in;
pub mod work;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use iced::widget::operation;
use iced::{Subscription, Task};

use crate::checkin::{CheckIn, Undo};
use crate::day::EventDay;
use crate::search::SearchIndex;
use crate::settings::Settings;
use crate::store::{Attendee, Counts, Timestamp};
use crate::ui::db::Database;
use crate::ui::organizer::Target;
use crate::ui::screen::Saved;
use crate::ui::{Clock, Error};
pub use keys::Shortcut;
use verdict::Verdict;
use work::{Recent, Scan, Signature, Totals};

pub const CODE_INPUT: &str = "code";
/// How long an answer stays before the idle screen returns.
pub const RESULT_TIME: Duration = Duration::from_secs(8);
/// A scanner that fires twice on one trigger sends the same code again within this time.
const DOUBLE_SCAN: Duration = Duration::from_millis(1500);
const SEARCH_RESULTS: usize = 6;
/// A scanner types a whole code within this time; letters are searched only once typing
/// pauses, so the first letters of a scanned code never flash a search.
const SEARCH_PAUSE: Duration = Duration::from_millis(120);
/// Scanners set to send nothing after a code type it whole within 15 to 110 ms; a whole code
/// that gets no key for this long is submitted as if Enter had come.
const CODE_END_PAUSE: Duration = Duration::from_millis(80);

/// What the desk knows at start.
#[derive(Debug, Clone)]
pub struct Start {
    pub event_name: String,
    pub zone: Tz,
    pub desk_name: String,
    pub totals: Totals,
    pub notice: Option<String>,
    pub settings: Settings,
    /// Plays the answers' tones (a recording one in tests).
    pub speaker: crate::sound::Speaker,
    /// The camera this computer reads codes from, as saved in its Settings.
    pub camera: crate::camera::CameraSetting,
    /// The language this desk's staff read.
    pub language: crate::language::Language,
}

pub struct Desk {
    database: Database,
    /// The app's clock: the answer's 8 seconds and the double scan are measured by it.
    clock: Clock,
    event_name: String,
    zone: Tz,
    desk_name: String,
    counts: Counts,
    /// The event day the counts are of; its number is shown for an event of several days.
    day: EventDay,
    recent: Vec<Recent>,
    notice: Option<String>,
    input: String,
    panel: Panel,
    now: DateTime<Utc>,
    index: Option<Arc<SearchIndex>>,
    signature: Option<Signature>,
    data_version: Option<i64>,
    /// How this desk stands with its hub; `None` for a desk alone.
    hub: Option<work::HubState>,
    polling: bool,
    backing_up: bool,
    /// Answers to older requests are dropped, so a slow answer never covers a newer scan.
    /// Scans and searches count apart: the first keys of the next scan must not swallow
    /// the answer to this one.
    latest_scan: u64,
    latest_search: u64,
    /// Counts apart too: a pause that began before the last key, or before an Enter, is over.
    latest_code_pause: u64,
    /// Every key starts a pause; the older ones stop rather than wake the desk for nothing.
    code_pause: Option<iced::task::Handle>,
    last_submit: Option<(String, DateTime<Utc>)>,
    ticket_types: Vec<String>,
    settings: Settings,
    speaker: crate::sound::Speaker,
    /// The camera's last frame, small, when the desk reads codes from a camera.
    camera_preview: Option<iced::widget::image::Handle>,
    /// A ticket held up to the camera is read once.
    camera_repeats: crate::camera::RepeatFilter,
    /// The camera this computer reads codes from, as saved in its Settings.
    camera: crate::camera::CameraSetting,
    /// The words of this desk's language.
    texts: &'static crate::language::Texts,
}

/// What the body of the screen shows; one at a time, so the states cannot mix.
#[derive(Debug, Clone)]
pub enum Panel {
    Idle,
    Waiting,
    Answer {
        verdict: Verdict,
        until: DateTime<Utc>,
        /// The person's badge, to print or reprint (not for typos and unknown codes).
        badge: Option<print::BadgeOnScreen>,
    },
    Search {
        query: String,
        hits: Vec<Attendee>,
        selected: usize,
    },
    ConfirmUndo {
        attendee: Box<Attendee>,
        at: Timestamp,
    },
    WalkIn(walk_in::Form),
    Problem(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    InputChanged(String),
    Submitted,
    Scanned(u64, Result<Scan, Error>),
    WalkInSaved(u64, Result<Scan, Error>),
    SearchDue(u64),
    /// No key came for a moment after the code field last changed.
    CodePaused(u64),
    /// Whether the text the field held then is a whole code.
    CodeChecked(u64, String, Result<bool, Error>),
    Searched(u64, Result<Vec<Attendee>, Error>),
    IndexBuilt(Result<(Arc<SearchIndex>, Signature), Error>),
    Pick(usize),
    Shortcut(Shortcut),
    UndoPressed,
    UndoFound(Result<Option<(Attendee, Timestamp)>, Error>),
    UndoDone(Result<(Undo, Totals), Error>),
    NewAttendeePressed,
    TicketTypes(Result<Vec<String>, Error>),
    WalkIn(walk_in::Message),
    PrintBadge,
    BadgePrinted(i64, Result<crate::printer::Sent, Error>),
    Tick,
    Poll,
    Polled(Result<work::Poll, Error>),
    /// Time for the automatic copy of the database (every few minutes, a setting).
    BackupDue,
    BackedUp(Result<Option<std::path::PathBuf>, Error>),
    /// A frame from the camera, with the codes in view.
    Camera(crate::ui::camera::CameraEvent),
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// An organizer screen, behind the PIN: the console (Ctrl+O), badges (Ctrl+B), the
    /// agenda editor (Ctrl+E).
    Open(Target),
    /// The lobby screen in a window of its own (Ctrl+L).
    OpenLobby,
}

impl Desk {
    pub fn new(database: Database, start: Start, clock: Clock) -> (Desk, Task<Message>) {
        let desk = Desk {
            database: database.clone(),
            now: clock.now(),
            clock,
            event_name: start.event_name,
            zone: start.zone,
            desk_name: start.desk_name,
            counts: start.totals.counts,
            hub: start.totals.hub,
            day: start.totals.day,
            recent: start.totals.recent,
            notice: start.notice,
            input: String::new(),
            panel: Panel::Idle,
            index: None,
            signature: None,
            data_version: None,
            polling: false,
            backing_up: false,
            latest_scan: 0,
            latest_search: 0,
            latest_code_pause: 0,
            code_pause: None,
            last_submit: None,
            ticket_types: Vec::new(),
            settings: start.settings,
            speaker: start.speaker,
            camera: start.camera,
            texts: start.language.texts(),
            camera_preview: None,
            camera_repeats: crate::camera::RepeatFilter::default(),
        };
        let load = Task::batch([
            Task::perform(work::build_index(database.clone()), Message::IndexBuilt),
            Task::perform(work::ticket_types(database), Message::TicketTypes),
            operation::focus(CODE_INPUT),
        ]);
        (desk, load)
    }

    pub fn event_name(&self) -> &str {
        &self.event_name
    }

    /// The names and settings the desk runs with: as last saved.
    pub fn saved(&self) -> Saved {
        Saved {
            event_name: self.event_name.clone(),
            desk_name: self.desk_name.clone(),
            settings: self.settings.clone(),
            zone: self.zone,
            camera: self.camera.clone(),
            language: self.texts.language(),
        }
    }

    /// The words of this desk's language: the organizer's screens at this desk speak it too.
    pub fn texts(&self) -> &'static crate::language::Texts {
        self.texts
    }

    pub fn desk_name(&self) -> &str {
        &self.desk_name
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The speaker the desk plays its tones on; the kiosk over it plays on the same.
    pub fn speaker(&self) -> &crate::sound::Speaker {
        &self.speaker
    }

    /// This window changed the people (an import, a correction, an erase): the desk's own
    /// connection does not see its writes through `data_version`, so the next poll re-reads.
    pub fn data_changed_here(&mut self) {
        self.data_version = None;
    }

    /// An organizer changed the event's name, this desk's name or how badges print. The
    /// desk re-reads its figures too: a new event replaces the sample's people.
    pub fn apply_settings(&mut self, saved: Saved) {
        self.data_changed_here();
        self.event_name = saved.event_name;
        self.desk_name = saved.desk_name;
        self.settings = saved.settings;
        self.zone = saved.zone;
        self.camera = saved.camera;
        self.texts = saved.language.texts();
    }

    /// The camera this computer reads codes from, as saved in its Settings.
    pub fn camera_setting(&self) -> &crate::camera::CameraSetting {
        &self.camera
    }

    pub fn panel(&self) -> &Panel {
        &self.panel
    }

    pub fn input(&self) -> &str {
        &self.input
    }

    pub fn counts(&self) -> &Counts {
        &self.counts
    }

    pub fn is_search_ready(&self) -> bool {
        self.index.is_some()
    }

    /// Gives the code field the keyboard back, after another screen had it.
    pub fn focus_code_field(&self) -> Task<Message> {
        self.refocus()
    }

    pub fn update(&mut self, message: Message) -> Action {
        if let Message::Shortcut(shortcut) = &message
            && !matches!(self.panel, Panel::WalkIn(_))
        {
            match shortcut {
                Shortcut::Open(target) => return Action::Open(*target),
                Shortcut::OpenLobby => return Action::OpenLobby,
                _ => {}
            }
        }
        let task = match message {
            Message::InputChanged(text) => self.input_changed(text),
            Message::Submitted => self.submit(),
            Message::Scanned(request, result) => self.scanned(request, result),
            Message::WalkInSaved(request, result) => self.walk_in_saved(request, result),
            Message::SearchDue(request) => self.search_due(request),
            Message::CodePaused(request) => self.code_paused(request),
            Message::CodeChecked(request, text, result) => self.code_checked(request, text, result),
            Message::Searched(request, result) => self.searched(request, result),
            Message::IndexBuilt(result) => self.index_built(result),
            Message::Pick(row) => self.pick(row),
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::UndoPressed => self.find_undo(),
            Message::UndoFound(result) => self.undo_found(result),
            Message::UndoDone(result) => self.undo_done(result),
            Message::NewAttendeePressed => self.open_walk_in(),
            Message::TicketTypes(result) => {
                self.ticket_types = result.unwrap_or_default();
                Task::none()
            }
            Message::WalkIn(message) => self.walk_in(message),
            Message::PrintBadge => self.print_badge(),
            Message::BadgePrinted(id, result) => self.badge_printed(id, result),
            Message::Tick => self.tick(),
            Message::Poll => self.poll(),
            Message::Polled(result) => self.polled(result),
            Message::BackupDue => self.back_up(),
            Message::BackedUp(result) => self.backed_up(result),
            Message::Camera(event) => self.camera(event),
        };
        Action::Run(task)
    }

    /// A camera frame: its preview is shown, and a code new in view is checked in as if it had
    /// been scanned (the field and the panel's search are left alone).
    fn camera(&mut self, event: crate::ui::camera::CameraEvent) -> Task<Message> {
        use crate::ui::camera::CameraEvent;
        match event {
            CameraEvent::Frame { preview, codes } => {
                self.camera_preview = Some(preview);
                match codes.into_iter().next() {
                    Some(code) if self.camera_repeats.is_new(&code, self.clock.now()) => {
                        tracing::debug!("a code read by the camera");
                        Task::batch([self.check_in_text(code), self.refocus()])
                    }
                    _ => Task::none(),
                }
            }
            CameraEvent::Failed(reason) => {
                self.notice = Some(self.texts.tr_with(
                    "desk-camera-failed",
                    &[("reason", reason.say(self.texts).into())],
                ));
                self.camera_preview = None;
                Task::none()
            }
            CameraEvent::Ended => {
                self.camera_preview = None;
                Task::none()
            }
        }
    }

    pub fn camera_preview(&self) -> Option<&iced::widget::image::Handle> {
        self.camera_preview.as_ref()
    }

    /// Copies the database into its backups folder when the last copy is old enough.
    fn back_up(&mut self) -> Task<Message> {
        let minutes = self.settings.backup_every_minutes;
        if self.backing_up || minutes == 0 {
            return Task::none();
        }
        self.backing_up = true;
        let every = Duration::from_secs(u64::from(minutes) * 60);
        Task::perform(
            work::backup(self.database.clone(), every),
            Message::BackedUp,
        )
    }

    fn backed_up(&mut self, result: Result<Option<std::path::PathBuf>, Error>) -> Task<Message> {
        self.backing_up = false;
        match result {
            Ok(Some(copy)) => tracing::info!(copy = %copy.display(), "backed up the database"),
            Ok(None) => {}
            // Said on screen: a desk whose copies fail should not find out when it needs one.
            Err(error) => {
                self.notice = Some(self.texts.tr_with(
                    "desk-backup-failed",
                    &[("error", error.say(self.texts).into())],
                ));
            }
        }
        Task::none()
    }

    /// The settings ask for automatic copies of the database.
    pub fn backs_up(&self) -> bool {
        self.settings.backup_every_minutes > 0
    }

    /// The last copy, as the desk window closes: taken whatever the time since the previous.
    pub fn final_backup(&self) -> Task<Message> {
        Task::perform(
            work::backup(self.database.clone(), Duration::ZERO),
            Message::BackedUp,
        )
    }

    fn next_scan(&mut self) -> u64 {
        self.latest_scan += 1;
        // A search still under way would show its results over the answer.
        self.latest_search += 1;
        self.latest_scan
    }

    fn next_search(&mut self) -> u64 {
        self.latest_search += 1;
        self.latest_search
    }

    fn refocus(&self) -> Task<Message> {
        match &self.panel {
            Panel::WalkIn(_) => Task::none(),
            _ => operation::focus(CODE_INPUT),
        }
    }

    fn input_changed(&mut self, text: String) -> Task<Message> {
        self.input = text;
        let query = self.input.trim().to_string();
        let pause = self.next_code_pause();
        if !looks_like_a_name(&query) {
            if matches!(self.panel, Panel::Search { .. }) {
                self.panel = Panel::Idle;
            }
            if query.is_empty() {
                return Task::none();
            }
            let (waiting, handle) =
                Task::perform(crate::ui::pause::pause(CODE_END_PAUSE), move |()| {
                    Message::CodePaused(pause)
                })
                .abortable();
            self.code_pause = Some(handle.abort_on_drop());
            return waiting;
        }
        let request = self.next_search();
        Task::perform(crate::ui::pause::pause(SEARCH_PAUSE), move |()| {
            Message::SearchDue(request)
        })
    }

    fn search_due(&mut self, request: u64) -> Task<Message> {
        let query = self.input.trim().to_string();
        if request != self.latest_search || !looks_like_a_name(&query) {
            return Task::none();
        }
        let Some(index) = self.index.clone() else {
            return Task::none();
        };
        Task::perform(
            work::search(self.database.clone(), index, query, SEARCH_RESULTS),
            move |result| Message::Searched(request, result),
        )
    }

    /// Starts counting a new pause in the typing and ends the one under way.
    fn next_code_pause(&mut self) -> u64 {
        self.latest_code_pause += 1;
        self.code_pause = None;
        self.latest_code_pause
    }

    fn code_paused(&mut self, request: u64) -> Task<Message> {
        let typed = self.input.trim().to_string();
        if request != self.latest_code_pause || typed.is_empty() || looks_like_a_name(&typed) {
            return Task::none();
        }
        Task::perform(
            work::is_complete_code(self.database.clone(), typed.clone()),
            move |result| Message::CodeChecked(request, typed, result),
        )
    }

    /// A scanner that sends no Enter has finished: the field still holds the whole code it
    /// paused on, and nothing was typed or submitted since.
    fn code_checked(
        &mut self,
        request: u64,
        text: String,
        result: Result<bool, Error>,
    ) -> Task<Message> {
        if request != self.latest_code_pause || self.input.trim() != text {
            return Task::none();
        }
        match result {
            Ok(true) => {
                tracing::debug!("a whole code with no Enter after it");
                self.submit()
            }
            Ok(false) => Task::none(),
            // Enter still checks in (and says what is wrong); a pause alone never shows a problem.
            Err(error) => {
                tracing::warn!(%error, "cannot tell whether the code field holds a whole code");
                Task::none()
            }
        }
    }

    fn submit(&mut self) -> Task<Message> {
        // A scanner's Enter comes before its pause ends: that pause must not submit again.
        self.next_code_pause();
        let typed = std::mem::take(&mut self.input);
        let typed = typed.trim();
        tracing::debug!(typed, panel = ?std::mem::discriminant(&self.panel), "submitted");
        if let Panel::ConfirmUndo { attendee, .. } = &self.panel {
            if typed.is_empty() {
                let id = attendee.id;
                return self.run_undo(id);
            }
            self.panel = Panel::Idle;
        }
        // A badge code without digits looks like a name; its check character tells it apart.
        let is_badge_code = matches!(crate::code::parse(typed), crate::code::Parsed::Valid(_));
        if let Panel::Search { hits, selected, .. } = &self.panel
            && looks_like_a_name(typed)
            && !is_badge_code
            && let Some(person) = hits.get(*selected)
        {
            let id = person.id;
            return self.check_in_person(id);
        }
        if typed.is_empty() {
            return self.refocus();
        }
        self.check_in_text(typed.to_string())
    }

    /// Checks in whoever `typed` (a code, a ticket, a URL; typed, scanned or read by the
    /// camera) means.
    fn check_in_text(&mut self, typed: String) -> Task<Message> {
        let typed = typed.as_str();
        let now = self.clock.now();
        if let Some((last, at)) = &self.last_submit
            && last == typed
            && self.clock.since(*at) < DOUBLE_SCAN
        {
            tracing::debug!("ignored a double scan");
            return self.refocus();
        }
        self.last_submit = Some((typed.to_string(), now));
        let request = self.next_scan();
        self.panel = Panel::Waiting;
        Task::perform(
            work::check_in(
                self.database.clone(),
                typed.to_string(),
                self.desk_name.clone(),
            ),
            move |result| Message::Scanned(request, result),
        )
    }

    fn check_in_person(&mut self, id: i64) -> Task<Message> {
        let request = self.next_scan();
        self.panel = Panel::Waiting;
        Task::batch([
            Task::perform(
                work::check_in_person(self.database.clone(), id, self.desk_name.clone()),
                move |result| Message::Scanned(request, result),
            ),
            operation::focus(CODE_INPUT),
        ])
    }

    fn scanned(&mut self, request: u64, result: Result<Scan, Error>) -> Task<Message> {
        if request != self.latest_scan {
            return Task::none();
        }
        let printing = match result {
            Ok(scan) => self.show_scan(scan, false),
            Err(error) => {
                self.show_problem(error);
                Task::none()
            }
        };
        Task::batch([printing, self.refocus()])
    }

    fn walk_in_saved(&mut self, request: u64, result: Result<Scan, Error>) -> Task<Message> {
        if request != self.latest_scan {
            return Task::none();
        }
        match (result, &mut self.panel) {
            (Ok(scan), _) => {
                let printing = self.show_scan(scan, true);
                // The new person must be findable by name at once.
                Task::batch([
                    printing,
                    Task::perform(
                        work::build_index(self.database.clone()),
                        Message::IndexBuilt,
                    ),
                    self.refocus(),
                ])
            }
            (Err(error), Panel::WalkIn(form)) => {
                form.failed(self.texts.tr_with(
                    "walk-in-not-saved",
                    &[("error", error.say(self.texts).into())],
                ));
                Task::none()
            }
            (Err(error), _) => {
                self.show_problem(error);
                self.refocus()
            }
        }
    }

    fn show_scan(&mut self, scan: Scan, walk_in: bool) -> Task<Message> {
        let verdict = if walk_in {
            Verdict::walk_in_saved(&scan.outcome, &scan.day, self.zone, self.texts)
        } else {
            Verdict::of(&scan.outcome, &scan.day, self.zone, self.texts)
        }
        .decided_offline(scan.offline);
        if matches!(scan.outcome, CheckIn::CheckedIn(_)) {
            self.notice = None;
        }
        self.counts = scan.totals.counts;
        self.hub = scan.totals.hub;
        self.day = scan.totals.day;
        self.recent = scan.totals.recent;
        let badge = match &scan.outcome {
            CheckIn::CheckedIn(a) | CheckIn::AlreadyCheckedIn { attendee: a, .. } => {
                Some(print::BadgeOnScreen {
                    attendee_id: a.id,
                    state: print::PrintState::Ready,
                })
            }
            _ => None,
        };
        self.panel = Panel::Answer {
            verdict,
            until: self.answer_until(),
            badge,
        };
        let tone = play(
            &self.speaker,
            &self.settings,
            crate::sound::Tone::of(&scan.outcome),
        );
        let newly_in = matches!(scan.outcome, CheckIn::CheckedIn(_));
        if newly_in && self.settings.print_at_check_in {
            return Task::batch([tone, self.print_badge()]);
        }
        tone
    }

    fn show_problem(&mut self, error: Error) {
        tracing::error!(%error, "desk could not reach the database");
        // A busy database (a large import at another desk) is worth a retry in a moment; a
        // damaged or missing one needs an organizer.
        self.panel = Panel::Problem(if error.is_busy() {
            error.sentence(self.texts)
        } else {
            self.texts.tr_with(
                "desk-database-problem",
                &[("error", error.say(self.texts).into())],
            )
        });
    }

    fn searched(&mut self, request: u64, result: Result<Vec<Attendee>, Error>) -> Task<Message> {
        if request != self.latest_search || !looks_like_a_name(self.input.trim()) {
            return Task::none();
        }
        match result {
            Ok(hits) => {
                self.panel = Panel::Search {
                    query: self.input.trim().to_string(),
                    hits,
                    selected: 0,
                }
            }
            Err(error) => self.show_problem(error),
        }
        Task::none()
    }

    fn index_built(
        &mut self,
        result: Result<(Arc<SearchIndex>, Signature), Error>,
    ) -> Task<Message> {
        match result {
            Ok((index, signature)) => {
                self.index = Some(index);
                self.signature = Some(signature);
                // Letters typed while the index was loading are searched now.
                let typed = self.input.clone();
                self.input_changed(typed)
            }
            Err(error) => {
                tracing::error!(%error, "cannot build the search index");
                Task::none()
            }
        }
    }

    fn pick(&mut self, row: usize) -> Task<Message> {
        let Panel::Search { hits, .. } = &self.panel else {
            return self.refocus();
        };
        let Some(person) = hits.get(row) else {
            return self.refocus();
        };
        let id = person.id;
        self.input.clear();
        self.check_in_person(id)
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        match (shortcut, &mut self.panel) {
            (Shortcut::Escape, Panel::WalkIn(_)) => self.close_walk_in(),
            (Shortcut::Escape, _) => {
                self.input.clear();
                self.last_submit = None;
                self.panel = Panel::Idle;
                self.refocus()
            }
            (Shortcut::Next, Panel::WalkIn(_)) => operation::focus_next(),
            // Scanners set to end a code with Tab instead of Enter: Tab submits, and the code
            // field keeps the focus.
            (Shortcut::Next, _) if !self.input.trim().is_empty() => {
                Task::batch([self.submit(), self.refocus()])
            }
            (Shortcut::Previous, Panel::WalkIn(_)) => operation::focus_previous(),
            (Shortcut::Down, Panel::Search { hits, selected, .. }) => {
                *selected = (*selected + 1).min(hits.len().saturating_sub(1));
                Task::none()
            }
            (Shortcut::Up, Panel::Search { selected, .. }) => {
                *selected = selected.saturating_sub(1);
                Task::none()
            }
            (Shortcut::Undo | Shortcut::NewAttendee | Shortcut::PrintBadge, Panel::WalkIn(_)) => {
                Task::none()
            }
            (Shortcut::Undo, _) => self.find_undo(),
            (Shortcut::PrintBadge, _) => self.print_badge(),
            (Shortcut::NewAttendee, _) => self.open_walk_in(),
            _ => Task::none(),
        }
    }

    fn find_undo(&mut self) -> Task<Message> {
        Task::perform(
            work::last_check_in(self.database.clone(), self.desk_name.clone()),
            Message::UndoFound,
        )
    }

    fn undo_found(
        &mut self,
        result: Result<Option<(Attendee, Timestamp)>, Error>,
    ) -> Task<Message> {
        match result {
            Ok(Some((attendee, at))) => {
                self.input.clear();
                self.panel = Panel::ConfirmUndo {
                    attendee: Box::new(attendee),
                    at,
                };
            }
            Ok(None) => {
                self.panel = Panel::Problem(self.texts.tr_with(
                    "desk-nothing-to-undo",
                    &[("desk", self.desk_name.as_str().into())],
                ))
            }
            Err(error) => self.show_problem(error),
        }
        self.refocus()
    }

    fn run_undo(&mut self, id: i64) -> Task<Message> {
        self.panel = Panel::Waiting;
        // The badge is often scanned again right after an undo; that is no double scan.
        self.last_submit = None;
        Task::perform(
            work::undo(self.database.clone(), id, self.desk_name.clone()),
            Message::UndoDone,
        )
    }

    fn undo_done(&mut self, result: Result<(Undo, Totals), Error>) -> Task<Message> {
        match result {
            Ok((outcome, totals)) => {
                self.counts = totals.counts;
                self.hub = totals.hub;
                self.day = totals.day;
                self.recent = totals.recent;
                self.panel = Panel::Answer {
                    verdict: verdict::undone(&outcome, self.texts),
                    until: self.answer_until(),
                    badge: None,
                };
            }
            Err(error) => self.show_problem(error),
        }
        self.refocus()
    }

    fn open_walk_in(&mut self) -> Task<Message> {
        let default_type = self
            .ticket_types
            .iter()
            .find(|t| t.to_lowercase().contains("walk"))
            .cloned()
            .unwrap_or_else(|| "Walk-in".to_string());
        self.input.clear();
        self.panel = Panel::WalkIn(walk_in::Form::new(&default_type, self.texts));
        operation::focus(walk_in::FIRST_FIELD)
    }

    fn close_walk_in(&mut self) -> Task<Message> {
        self.panel = Panel::Idle;
        self.refocus()
    }

    fn walk_in(&mut self, message: walk_in::Message) -> Task<Message> {
        let Panel::WalkIn(form) = &mut self.panel else {
            return Task::none();
        };
        match form.update(message) {
            walk_in::Action::None => Task::none(),
            walk_in::Action::Cancel => self.close_walk_in(),
            walk_in::Action::Save(person) => {
                let request = self.next_scan();
                Task::perform(
                    work::walk_in(self.database.clone(), *person, self.desk_name.clone()),
                    move |result| Message::WalkInSaved(request, result),
                )
            }
        }
    }

    /// When an answer shown now gives way to the idle screen.
    fn answer_until(&self) -> DateTime<Utc> {
        self.clock.now() + chrono::Duration::from_std(RESULT_TIME).unwrap_or_default()
    }

    fn tick(&mut self) -> Task<Message> {
        self.now = self.clock.now();
        if let Panel::Answer { until, .. } = &self.panel
            && self.now >= *until
        {
            self.panel = Panel::Idle;
            return self.refocus();
        }
        Task::none()
    }

    fn poll(&mut self) -> Task<Message> {
        self.now = self.clock.now();
        if self.polling {
            return Task::none();
        }
        self.polling = true;
        Task::perform(
            work::poll(
                self.database.clone(),
                self.data_version,
                self.desk_name.clone(),
            ),
            Message::Polled,
        )
    }

    fn polled(&mut self, result: Result<work::Poll, Error>) -> Task<Message> {
        self.polling = false;
        let poll = match result {
            Ok(poll) => poll,
            Err(error) => {
                tracing::warn!(%error, "cannot poll the database");
                return Task::none();
            }
        };
        self.data_version = Some(poll.data_version);
        if let Some(erased) = &poll.erased {
            self.notice = Some(format!(
                "The hub erased the event's attendee data, so this desk erased its copy ({} \
                 people{}).",
                erased.attendees,
                match erased.discarded_scans {
                    0 => String::new(),
                    n => format!("; {n} scans made here offline went with it"),
                }
            ));
        }
        let Some((totals, signature)) = poll.changed else {
            return Task::none();
        };
        self.counts = totals.counts;
        self.hub = totals.hub;
        self.day = totals.day;
        self.recent = totals.recent;
        if self.signature.as_ref() != Some(&signature) {
            return Task::perform(
                work::build_index(self.database.clone()),
                Message::IndexBuilt,
            );
        }
        Task::none()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            self.background_subscription(),
            keys::shortcuts().map(Message::Shortcut),
        ])
    }

    /// What the desk does without anyone at its keyboard: polling the database and the hub,
    /// its answer's timer, its backups. It goes on under the kiosk.
    pub fn background_subscription(&self) -> Subscription<Message> {
        let answer_timer = match self.panel {
            Panel::Answer { .. } => {
                iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick)
            }
            _ => Subscription::none(),
        };
        Subscription::batch([
            // Other desks' check-ins reach the counts and answers within two seconds; a desk
            // of a hub asks it every second.
            iced::time::every(if self.hub.is_some() {
                Duration::from_secs(1)
            } else {
                Duration::from_secs(2)
            })
            .map(|_| Message::Poll),
            answer_timer,
            iced::time::every(Duration::from_secs(60)).map(|_| Message::BackupDue),
        ])
    }
}

/// Plays `tone` on the worker, unless the settings mute the desks.
pub(crate) fn play<M: Send + 'static>(
    speaker: &crate::sound::Speaker,
    settings: &Settings,
    tone: crate::sound::Tone,
) -> Task<M> {
    if !settings.sounds {
        return Task::none();
    }
    let speaker = speaker.clone();
    Task::perform(crate::ui::worker::run(move || speaker.play(tone)), |_| ()).discard()
}

/// Letters (and spaces, hyphens, apostrophes) but no digit: a name, not a code.
fn looks_like_a_name(text: &str) -> bool {
    text.chars().count() >= 2
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(|c| c.is_ascii_digit())
}
