//! The organizer's "Import registrants…" wizard: choose a file, check how its columns are
//! read (and correct them), import it with a progress bar and a Cancel that changes
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
use crate::store::ImportReport;
use crate::ui::Error;
use crate::ui::db::Database;
pub use job::{Cells, Chosen, ImportEnd, PreviewRow, Progress};
pub use labels::FieldChoice;
use labels::count;

/// Where the wizard is; each step holds exactly what it needs.
enum Step {
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
/// committed (the wizard shows its report, see [`ImportWizard::report`]).
pub type Action = crate::ui::screen::Action<Message>;

pub struct ImportWizard {
    database: Database,
    step: Step,
    /// Tags each piece of work, so an answer to an older request is dropped.
    request: u64,
    /// A path typed by hand: kiosks without a desktop portal have no file dialog.
    typed_path: String,
}

impl ImportWizard {
    pub fn new(database: Database) -> (ImportWizard, Task<Message>) {
        let wizard = ImportWizard {
            database,
            step: Step::Choose { problem: None },
            request: 0,
            typed_path: String::new(),
        };
        (wizard, Task::none())
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
            Message::ChooseFile => return Action::Run(choose_file()),
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
                if let Step::Mapping(mapping) = &mut self.step {
                    mapping.preview = match result {
                        Ok(rows) => Preview::Ready(rows),
                        Err(problem) => Preview::Refused(problem.to_string()),
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
                Step::Choose { .. } | Step::Report { .. } => return Action::Back,
                Step::Mapping(_) | Step::Reading { .. } => {
                    self.request += 1;
                    self.step = Step::Choose { problem: None };
                }
                Step::Importing { .. } => {}
            },
            Message::ImportAnother => {
                self.step = Step::Choose { problem: None };
                return Action::Run(choose_file());
            }
            Message::Done => return Action::Back,
            Message::Inspected(..) | Message::Previewed(..) | Message::Progress(..) => {}
        }
        Action::None
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
                    problem: Some(problem.to_string()),
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
                mapping.notice = Some("Import cancelled: nothing was changed.".to_string());
                self.step = Step::Mapping(mapping);
                Action::None
            }
            ImportEnd::Failed(error) => {
                mapping.notice = Some(ImportEnd::failure_sentence(&error));
                self.step = Step::Mapping(mapping);
                Action::None
            }
        }
    }
}

/// The system's file dialog, for the lists registration systems export.
fn choose_file() -> Task<Message> {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title("Choose the registrant list")
        .add_filter("Registrant lists (CSV, TSV, text)", &["csv", "tsv", "txt"])
        .add_filter("All files", &["*"]);
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
