//! The console's Export tab: the check-in report and the attendee list as CSV files (UTF-8
//! with a BOM, formula-looking values neutralised), saved where the organizer chooses.

use std::path::PathBuf;

use iced::widget::{button, column, row, text};
use iced::{Element, Task};

use crate::file::write_atomic;
use crate::language::Texts;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::Action;
use crate::ui::theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    CheckIns,
    Attendees,
}

impl Report {
    pub fn file_name(self) -> &'static str {
        match self {
            Report::CheckIns => "check-ins.csv",
            Report::Attendees => "attendees.csv",
        }
    }

    /// "Wrote 12 log entries to …", in the catalogue.
    fn written(self) -> &'static str {
        match self {
            Report::CheckIns => "export-wrote-log",
            Report::Attendees => "export-wrote-attendees",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(Report),
    Chosen(Report, Option<PathBuf>),
    Written(Report, PathBuf, Result<u64, Error>),
    FolderTyped(String),
    SaveInFolder(Report),
}

#[derive(Debug)]
pub struct ExportTab {
    notice: Option<String>,
    busy: bool,
    /// Where "Save in folder" writes: kiosks without a desktop portal have no save dialog.
    folder: String,
    /// The words of this desk's language.
    pub(super) texts: &'static Texts,
}

impl ExportTab {
    pub fn new(texts: &'static Texts) -> Self {
        let folder = directories::UserDirs::new()
            .map(|dirs| {
                dirs.document_dir()
                    .unwrap_or(dirs.home_dir())
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        ExportTab {
            notice: None,
            busy: false,
            folder,
            texts,
        }
    }

    pub fn update(&mut self, message: Message, database: &Database) -> Action<Message> {
        match self.step(message, database) {
            Some(task) => Action::Run(task),
            None => Action::None,
        }
    }

    fn step(&mut self, message: Message, database: &Database) -> Option<Task<Message>> {
        match message {
            Message::Choose(report) => {
                self.busy = true;
                let title = self.texts.tr("export-dialog-title");
                Some(Task::perform(choose_file(report, title), move |path| {
                    Message::Chosen(report, path)
                }))
            }
            Message::FolderTyped(folder) => {
                self.folder = folder;
                None
            }
            Message::SaveInFolder(report) => {
                let path = PathBuf::from(self.folder.trim()).join(report.file_name());
                self.busy = true;
                self.step(Message::Chosen(report, Some(path)), database)
            }
            Message::Chosen(_, None) => {
                self.busy = false;
                None
            }
            Message::Chosen(report, Some(path)) => Some(Task::perform(
                write(database.clone(), report, path.clone()),
                move |r| Message::Written(report, path.clone(), r),
            )),
            Message::Written(report, path, result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(rows) => self.texts.tr_with(
                        report.written(),
                        &[
                            ("count", rows.into()),
                            ("file", path.display().to_string().into()),
                        ],
                    ),
                    // A file error names the file itself: "cannot write …: …" as a sentence.
                    Err(error @ Error::File(_)) => error.sentence(self.texts),
                    Err(error) => self.texts.tr_with(
                        "export-cannot-write",
                        &[
                            ("file", path.display().to_string().into()),
                            ("error", error.say(self.texts).into()),
                        ],
                    ),
                });
                None
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let t = self.texts;
        let action = |label: &'static str, report: Report| {
            button(text(t.tr(label)).size(theme::SMALL))
                .padding([10, 16])
                .on_press_maybe((!self.busy).then_some(Message::Choose(report)))
        };
        column![
            text(t.tr("export-about"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            row![
                action("export-check-ins", Report::CheckIns),
                action("export-attendees", Report::Attendees),
            ]
            .spacing(12),
            text(t.tr("export-or-folder"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            iced::widget::text_input(&t.tr("export-folder"), &self.folder)
                .on_input(Message::FolderTyped)
                .size(theme::SMALL)
                .padding(10),
            row![
                button(text(t.tr("export-check-ins-here")).size(theme::SMALL))
                    .padding([10, 16])
                    .style(theme::quiet_button)
                    .on_press_maybe(
                        (!self.busy).then_some(Message::SaveInFolder(Report::CheckIns))
                    ),
                button(text(t.tr("export-attendees-here")).size(theme::SMALL))
                    .padding([10, 16])
                    .style(theme::quiet_button)
                    .on_press_maybe(
                        (!self.busy).then_some(Message::SaveInFolder(Report::Attendees))
                    ),
            ]
            .spacing(12),
        ]
        .push(
            self.notice
                .as_ref()
                .map(|n| text(n.clone()).size(theme::SMALL)),
        )
        .spacing(16)
        .into()
    }
}

async fn choose_file(report: Report, title: String) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(report.file_name())
        .add_filter("CSV", &["csv"])
        .save_file()
        .await
        .map(|handle| handle.path().to_path_buf())
}

/// Writes the report through the database worker; the whole report is made first and the
/// file written in one step, so a failed export never leaves half a report behind.
pub async fn write(database: Database, report: Report, path: PathBuf) -> Result<u64, Error> {
    database
        .attempt(move |store| {
            let mut csv = Vec::new();
            let rows = match report {
                Report::CheckIns => crate::export::checkins(store, &mut csv),
                Report::Attendees => crate::export::attendees(store, &mut csv),
            }?;
            write_atomic(&path, &csv)?;
            Ok::<_, Error>(rows)
        })
        .await
}
