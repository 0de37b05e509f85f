//! The organizer's "Import registrants…" wizard: name the event when the database has none
//! of the organizer's yet (replacing the sample event), choose a file, check how its columns
//! are read (and correct them), import it with a progress bar and a Cancel that changes
//! nothing, and read the report. Everything slow runs off the window's thread.

pub mod job;
mod labels;
mod report;
mod view;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::Task;

use crate::import::Field;
use crate::language::Texts;
use crate::store::{Event, EventState, ImportReport, OwnEventReport};
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::event_form::{EventField, EventForm};
use crate::ui::screen::Saved;
pub use job::{Cells, Chosen, ImportEnd, PreviewRow, Progress};
pub use labels::FieldChoice;

/// Where the wizard is; each step holds exactly what it needs.
enum Step {
    /// Reading whether the database holds the organizer's event.
    Checking,
    /// The organizer's event, asked for before its list.
    Event(EventStep),
    Choose {
        problem: Option<String>,
    },
    Reading {
        path: PathBuf,
    },
    Mapping(Mapping),
    Importing {
        mapping: Mapping,
        /// People written so far and in all; `None` while the file is being read.
        progress: Option<(usize, usize)>,
        cancel: Arc<AtomicBool>,
    },
    Report {
        file_name: String,
        report: Box<ImportReport>,
    },
}

struct EventStep {
    form: EventForm,
    /// The hour the day changes, kept as the stored event has it.
    day_changes_at: chrono::NaiveTime,
    /// The database holds the sample event, which this one replaces.
    replaces_sample: bool,
    problem: Option<String>,
    saving: bool,
}

struct Mapping {
    file: Arc<Chosen>,
    /// The organizer's choice for each column of the file.
    fields: Vec<Field>,
    preview: Preview,
    /// Why the wizard came back here (a cancelled or failed import).
    notice: Option<String>,
}

enum Preview {
    Waiting,
    Ready(Vec<PreviewRow>),
    /// The parser's sentence: the mapping cannot be imported.
    Refused(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    EventRead(Result<(EventState, Option<Event>), Error>),
    EventEdit(EventField, String),
    SaveEvent,
    EventSaved(Result<OwnEventReport, Error>),
    ChooseFile,
    FileChosen(Option<PathBuf>),
    PathTyped(String),
    OpenTypedPath,
    Inspected(u64, Result<Arc<Chosen>, Error>),
    FieldChosen(usize, FieldChoice),
    Previewed(u64, Result<Vec<PreviewRow>, Error>),
    Import,
    Progress(u64, Progress),
    Cancel,
    Back,
    ImportAnother,
    Done,
}

/// The console's tabs' shape: `Back` leaves the wizard; `PeopleChanged` says an import was
/// committed (the wizard shows its report, see [`ImportWizard::report`]); `SettingsSaved`
/// says the organizer's event was saved (and the sample's people removed).
pub type Action = crate::ui::screen::Action<Message>;

pub struct ImportWizard {
    database: Database,
    /// What the desk runs with; the event's name and zone change when the event is saved.
    saved: Saved,
    step: Step,
    /// What saving the event did, said above the file's choice.
    event_notice: Option<String>,
    started_event: Option<Event>,
    /// Tags each piece of work, so an answer to an older request is dropped.
    request: u64,
    /// A path typed by hand: kiosks without a desktop portal have no file dialog.
    typed_path: String,
}

impl ImportWizard {
    pub fn new(database: Database, saved: Saved) -> (ImportWizard, Task<Message>) {
        let read = job::read_event(database.clone());
        let wizard = ImportWizard {
            database,
            saved,
            step: Step::Checking,
            event_notice: None,
            started_event: None,
            request: 0,
            typed_path: String::new(),
        };
        (wizard, Task::perform(read, Message::EventRead))
    }

    /// The words of this desk's language.
    fn texts(&self) -> &'static Texts {
        self.saved.language.texts()
    }

    /// The event this wizard saved, once it has.
    pub fn started_event(&self) -> Option<&Event> {
        self.started_event.as_ref()
    }

    /// Whether the wizard asks for the event before the list.
    pub fn asks_for_the_event(&self) -> bool {
        matches!(self.step, Step::Event(_))
    }

    /// The field chosen for each column, while the columns are shown.
    pub fn fields(&self) -> Option<&[Field]> {
        match &self.step {
            Step::Mapping(mapping) | Step::Importing { mapping, .. } => Some(&mapping.fields),
            _ => None,
        }
    }

    /// The report of the import just committed, while the wizard shows it.
    pub fn report(&self) -> Option<&ImportReport> {
        match &self.step {
            Step::Report { report, .. } => Some(report),
            _ => None,
        }
    }

    /// Whether an import is running.
    pub fn is_importing(&self) -> bool {
        matches!(self.step, Step::Importing { .. })
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::EventRead(result) => return self.event_read(result),
            Message::EventEdit(field, value) => {
                if let Step::Event(asked) = &mut self.step {
                    asked.form.edit(field, value);
                }
            }
            Message::SaveEvent => return self.save_event(),
            Message::EventSaved(result) => return self.event_saved(result),
            Message::ChooseFile => return Action::Run(choose_file(self.texts())),
            Message::PathTyped(path) => self.typed_path = path,
            Message::OpenTypedPath => {
                let path = expand_home(self.typed_path.trim());
                if !path.as_os_str().is_empty() {
                    return self.read(path);
                }
            }
            Message::FileChosen(None) => {
                if !matches!(self.step, Step::Choose { .. }) {
                    self.step = Step::Choose { problem: None };
                }
            }
            Message::FileChosen(Some(path)) => return self.read(path),
            Message::Inspected(request, result) if request == self.request => {
                if let Step::Reading { .. } = self.step {
                    return self.inspected(result);
                }
            }
            Message::FieldChosen(column, choice) => return self.choose_field(column, choice.0),
            Message::Previewed(request, result) if request == self.request => {
                let texts = self.texts();
                if let Step::Mapping(mapping) = &mut self.step {
                    mapping.preview = match result {
                        Ok(rows) => Preview::Ready(rows),
                        Err(problem) => Preview::Refused(problem.sentence(texts)),
                    };
                }
            }
            Message::Import => return self.start(),
            Message::Progress(request, progress) if request == self.request => {
                return self.progress(progress);
            }
            Message::Cancel => {
                if let Step::Importing { cancel, .. } = &self.step {
                    cancel.store(true, Ordering::Relaxed);
                }
            }
            Message::Back => match self.step {
                Step::Checking | Step::Event(_) | Step::Choose { .. } | Step::Report { .. } => {
                    return Action::Back;
                }
                Step::Mapping(_) | Step::Reading { .. } => {
                    self.request += 1;
                    self.step = Step::Choose { problem: None };
                }
                Step::Importing { .. } => {}
            },
            Message::ImportAnother => {
                self.step = Step::Choose { problem: None };
                return Action::Run(choose_file(self.texts()));
            }
            Message::Done => return Action::Back,
            Message::Inspected(..) | Message::Previewed(..) | Message::Progress(..) => {}
        }
        Action::None
    }

    fn event_read(&mut self, result: Result<(EventState, Option<Event>), Error>) -> Action {
        if !matches!(self.step, Step::Checking) {
            return Action::None;
        }
        self.step = match result {
            Ok((state, _)) if !state.needs_an_event() => Step::Choose { problem: None },
            Ok((state, stored)) => Step::Event(EventStep::new(state, stored)),
            Err(error) => Step::Choose {
                problem: Some(error.sentence(self.texts())),
            },
        };
        // The organizer types the event's name at once, with no click first.
        match self.step {
            Step::Event(_) => Action::Run(iced::widget::operation::focus(
                crate::ui::event_form::NAME_INPUT,
            )),
            _ => Action::None,
        }
    }

    fn save_event(&mut self) -> Action {
        let Step::Event(asked) = &mut self.step else {
            return Action::None;
        };
        if asked.saving {
            return Action::None;
        }
        let event = match asked.form.checked(asked.day_changes_at) {
            Ok(event) => event,
            Err(refused) => {
                asked.problem = Some(refused.say(self.saved.language.texts()));
                return Action::None;
            }
        };
        asked.problem = None;
        asked.saving = true;
        let database = self.database.clone();
        Action::Run(Task::perform(
            async move {
                database
                    .change(move |store| store.start_own_event(event))
                    .await
            },
            Message::EventSaved,
        ))
    }

    fn event_saved(&mut self, result: Result<OwnEventReport, Error>) -> Action {
        let Step::Event(asked) = &mut self.step else {
            return Action::None;
        };
        let report = match result {
            Ok(report) => report,
            Err(error) => {
                asked.saving = false;
                asked.problem = Some(error.sentence(self.saved.language.texts()));
                return Action::None;
            }
        };
        self.event_notice = Some(saved_sentence(&report, self.texts()));
        self.step = Step::Choose { problem: None };
        self.saved.event_name = report.event.name.clone();
        self.saved.zone = report.event.time_zone;
        self.started_event = Some(report.event);
        Action::SettingsSaved(self.saved.clone())
    }

    fn read(&mut self, path: PathBuf) -> Action {
        if self.is_importing() {
            return Action::None;
        }
        self.request += 1;
        let request = self.request;
        self.step = Step::Reading { path: path.clone() };
        Action::Run(Task::perform(job::read(path), move |result| {
            Message::Inspected(request, result)
        }))
    }

    fn inspected(&mut self, result: Result<Arc<Chosen>, Error>) -> Action {
        match result {
            Err(problem) => {
                self.step = Step::Choose {
                    problem: Some(problem.sentence(self.texts())),
                };
                Action::None
            }
            Ok(file) => {
                let fields = file.inspection.fields();
                self.step = Step::Mapping(Mapping {
                    file,
                    fields,
                    preview: Preview::Waiting,
                    notice: None,
                });
                self.refresh_preview()
            }
        }
    }

    fn choose_field(&mut self, column: usize, field: Field) -> Action {
        let Step::Mapping(mapping) = &mut self.step else {
            return Action::None;
        };
        let Some(slot) = mapping.fields.get_mut(column) else {
            return Action::None;
        };
        *slot = field;
        mapping.notice = None;
        self.refresh_preview()
    }

    fn refresh_preview(&mut self) -> Action {
        let Step::Mapping(mapping) = &mut self.step else {
            return Action::None;
        };
        self.request += 1;
        let request = self.request;
        mapping.preview = Preview::Waiting;
        let work = job::preview(Arc::clone(&mapping.file), mapping.fields.clone());
        Action::Run(Task::perform(work, move |result| {
            Message::Previewed(request, result)
        }))
    }

    fn start(&mut self) -> Action {
        let step = std::mem::replace(&mut self.step, Step::Choose { problem: None });
        let Step::Mapping(mut mapping) = step else {
            self.step = step;
            return Action::None;
        };
        if !matches!(mapping.preview, Preview::Ready(_)) {
            self.step = Step::Mapping(mapping);
            return Action::None;
        }
        mapping.notice = None;
        self.request += 1;
        let request = self.request;
        let cancel = Arc::new(AtomicBool::new(false));
        let work = job::import(
            self.database.clone(),
            Arc::clone(&mapping.file),
            mapping.fields.clone(),
            Arc::clone(&cancel),
        );
        self.step = Step::Importing {
            mapping,
            progress: None,
            cancel,
        };
        Action::Run(Task::run(work, move |progress| {
            Message::Progress(request, progress)
        }))
    }

    fn progress(&mut self, update: Progress) -> Action {
        let Step::Importing { progress, .. } = &mut self.step else {
            return Action::None;
        };
        let end = match update {
            Progress::Rows { done, total } => {
                *progress = Some((done, total));
                return Action::None;
            }
            Progress::Finished(end) => end,
        };
        let step = std::mem::replace(&mut self.step, Step::Choose { problem: None });
        let Step::Importing { mut mapping, .. } = step else {
            return Action::None;
        };
        match end {
            ImportEnd::Imported(report) => {
                self.step = Step::Report {
                    file_name: mapping.file.name.clone(),
                    report: Box::new(report),
                };
                Action::PeopleChanged(Task::none())
            }
            ImportEnd::Cancelled => {
                mapping.notice = Some(self.texts().tr("import-cancelled"));
                self.step = Step::Mapping(mapping);
                Action::None
            }
            ImportEnd::Failed(error) => {
                mapping.notice = Some(ImportEnd::failure_sentence(&error, self.texts()));
                self.step = Step::Mapping(mapping);
                Action::None
            }
        }
    }
}

impl EventStep {
    /// The form for a new event: the stored one's values when it has some (an agenda may have
    /// set the zone), else empty in this computer's time zone. The sample's are never kept.
    fn new(state: EventState, stored: Option<Event>) -> EventStep {
        let replaces_sample = state == EventState::Sample;
        let start = match stored {
            Some(event) if !replaces_sample => event,
            _ => Event {
                time_zone: crate::time::computer_zone(),
                ..Event::default()
            },
        };
        EventStep {
            form: EventForm::of(&start),
            day_changes_at: start.day_changes_at,
            replaces_sample,
            problem: None,
            saving: false,
        }
    }
}

/// What the wizard says once the event is saved, above the file's choice.
fn saved_sentence(report: &OwnEventReport, t: &Texts) -> String {
    let name = ("event", report.event.name.as_str().into());
    match &report.removed_sample {
        Some(removed) => t.tr_with(
            "import-event-saved-sample-gone",
            &[
                name,
                ("registrants", t.count(removed.attendees).into()),
                ("check_ins", t.count(removed.log_entries).into()),
            ],
        ),
        None => t.tr_with("import-event-saved", &[name]),
    }
}

/// The system's file dialog, for the lists registration systems export.
fn choose_file(t: &Texts) -> Task<Message> {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(t.tr("import-dialog-title"))
        .add_filter(t.tr("import-dialog-lists"), &["csv", "tsv", "txt"])
        .add_filter(t.tr("import-dialog-all"), &["*"]);
    Task::perform(
        async move { dialog.pick_file().await.map(|f| f.path().to_path_buf()) },
        Message::FileChosen,
    )
}

/// `~/Downloads/list.csv` → the home folder's `Downloads/list.csv`.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}
