//! The console's Export tab: the check-in report and the attendee list as CSV files (UTF-8
//! with a BOM, formula-looking values neutralised), saved where the organizer chooses.

use std::path::PathBuf;

use iced::widget::{button, column, row, text};
use iced::{Element, Task};

use crate::file::write_atomic;
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

    fn noun(self) -> &'static str {
        match self {
            Report::CheckIns => "log entries",
            Report::Attendees => "attendees",
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
}

impl Default for ExportTab {
    fn default() -> Self {
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
        }
    }
}

impl ExportTab {
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
                Some(Task::perform(choose_file(report), move |path| {
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
                    Ok(rows) => format!("Wrote {rows} {} to {}.", report.noun(), path.display()),
                    // A file error names the file itself: "cannot write …: …" as a sentence.
                    Err(Error::File(error)) => sentence(&error.to_string()),
                    Err(error) => format!("Cannot write {}: {error}", path.display()),
                });
                None
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let action = |label: &'static str, report: Report| {
            button(text(label).size(theme::SMALL))
                .padding([10, 16])
                .on_press_maybe((!self.busy).then_some(Message::Choose(report)))
        };
        column![
            text(
                "Reports as CSV files, for spreadsheets: UTF-8 with a byte-order mark, \
                  formula-looking values neutralised."
            )
            .size(theme::SMALL)
            .color(theme::MUTED),
            row![
                action("Export check-in report…", Report::CheckIns),
                action("Export attendee list…", Report::Attendees),
            ]
            .spacing(12),
            text("Or save both in this folder:")
                .size(theme::SMALL)
                .color(theme::MUTED),
            iced::widget::text_input("Folder", &self.folder)
                .on_input(Message::FolderTyped)
                .size(theme::SMALL)
                .padding(10),
            row![
                button(text("Save check-in report here").size(theme::SMALL))
                    .padding([10, 16])
                    .style(theme::quiet_button)
                    .on_press_maybe(
                        (!self.busy).then_some(Message::SaveInFolder(Report::CheckIns))
                    ),
                button(text("Save attendee list here").size(theme::SMALL))
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

fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| format!("{}{}.", first.to_uppercase(), chars.as_str()))
        .unwrap_or_default()
}

async fn choose_file(report: Report) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_title("Save the report")
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
