//! The console's Erase tab: after the event, delete every attendee and the check-in log and
//! compact the file, so no personal data stays on the kiosk. It asks for the sentence typed
//! out, and can save the two reports first.

use std::path::PathBuf;

use iced::widget::{button, checkbox, column, text, text_input};
use iced::{Element, Task};

use super::export::{self, Report};
use crate::language::Texts;
use crate::store::EraseReport;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::Action;
use crate::ui::theme;

impl EraseTab {
    /// The tab as the console opens: it says so when opening the database finished an erase
    /// that had been cut short.
    pub fn new(database: &Database, texts: &'static Texts) -> EraseTab {
        EraseTab {
            notice: database
                .finished_an_interrupted_erase()
                .then(|| texts.tr("erase-finished-interrupted")),
            typed: String::new(),
            export_first: false,
            busy: false,
            texts,
        }
    }

    /// What the organizer types to confirm, in their language: "erase all attendee data".
    fn confirmation(&self) -> String {
        self.texts.tr("erase-confirmation")
    }
}

#[derive(Debug)]
pub struct EraseTab {
    typed: String,
    export_first: bool,
    busy: bool,
    notice: Option<String>,
    /// The words of this desk's language.
    pub(super) texts: &'static Texts,
}

#[derive(Debug, Clone)]
pub enum Message {
    Typed(String),
    ExportFirst(bool),
    Erase,
    FolderChosen(Option<PathBuf>),
    Done(Result<Erased, Error>),
}

/// What an erase did, and where the reports went first.
#[derive(Debug, Clone)]
pub struct Erased {
    report: EraseReport,
    reports_in: Option<PathBuf>,
}

impl Erased {
    /// What was erased, in the organizer's language.
    fn say(&self, texts: &Texts) -> String {
        let mut said = texts.tr_with(
            "erase-done",
            &[
                ("attendees", self.report.attendees.into()),
                ("entries", self.report.log_entries.into()),
            ],
        );
        if let Some(folder) = &self.reports_in {
            said.push(' ');
            said.push_str(&texts.tr_with(
                "erase-reports-in",
                &[("folder", folder.display().to_string().into())],
            ));
        }
        said
    }
}

impl EraseTab {
    pub fn update(&mut self, message: Message, database: &Database) -> Action<Message> {
        match message {
            Message::Typed(text) => self.typed = text,
            Message::ExportFirst(on) => self.export_first = on,
            Message::Erase if self.busy || self.typed.trim() != self.confirmation() => {
                self.notice = Some(self.texts.tr_with(
                    "erase-type-to-confirm",
                    &[("phrase", self.confirmation().into())],
                ));
            }
            Message::Erase if self.export_first => {
                self.busy = true;
                let title = self.texts.tr("erase-folder-title");
                return Action::Run(Task::perform(
                    async move {
                        rfd::AsyncFileDialog::new()
                            .set_title(title)
                            .pick_folder()
                            .await
                            .map(|f| f.path().to_path_buf())
                    },
                    Message::FolderChosen,
                ));
            }
            Message::Erase => {
                self.busy = true;
                return Action::Run(Task::perform(erase(database.clone(), None), Message::Done));
            }
            Message::FolderChosen(None) => self.busy = false,
            Message::FolderChosen(Some(folder)) => {
                return Action::Run(Task::perform(
                    erase(database.clone(), Some(folder)),
                    Message::Done,
                ));
            }
            Message::Done(result) => {
                self.busy = false;
                self.typed.clear();
                let erased = result.is_ok();
                self.notice = Some(match result {
                    Ok(done) => done.say(self.texts),
                    Err(e) => self
                        .texts
                        .tr_with("erase-failed", &[("error", e.say(self.texts).into())]),
                });
                if erased {
                    return Action::PeopleChanged(Task::none());
                }
            }
        }
        Action::None
    }

    pub fn view(&self) -> Element<'_, Message> {
        let t = self.texts;
        let confirmation = self.confirmation();
        let ready = !self.busy && self.typed.trim() == confirmation;
        column![
            text(t.tr("erase-title")).size(theme::BODY),
            text(t.tr("erase-about"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            checkbox(self.export_first)
                .label(t.tr("erase-export-first"))
                .on_toggle(Message::ExportFirst)
                .text_size(theme::SMALL),
            text(t.tr_with(
                "erase-type-phrase",
                &[("phrase", confirmation.as_str().into())]
            ))
            .size(theme::SMALL),
            text_input(&confirmation, &self.typed)
                .on_input(Message::Typed)
                .on_submit(Message::Erase)
                .size(theme::SMALL)
                .padding(10),
            button(text(t.tr("erase-button")).size(theme::SMALL))
                .padding([10, 18])
                .style(button::danger)
                .on_press_maybe(ready.then_some(Message::Erase)),
        ]
        .push(
            self.notice
                .as_ref()
                .map(|n| text(n.clone()).size(theme::SMALL).color(theme::ACCENT)),
        )
        .spacing(12)
        .max_width(900)
        .into()
    }
}

/// Saves the reports (when a folder is given), then erases; a failed report erases nothing.
async fn erase(database: Database, folder: Option<PathBuf>) -> Result<Erased, Error> {
    if let Some(folder) = &folder {
        for report in [Report::CheckIns, Report::Attendees] {
            let path = folder.join(report.file_name());
            export::write(database.clone(), report, path).await?;
        }
    }
    // A desk of a hub erases at the hub, and so every desk's copy.
    let report = database
        .at_desk(|store, hub| match hub {
            Some(hub) => {
                let desk = crate::ui::desk_name::resolve(None);
                hub.erase_everywhere(store, &desk)
            }
            None => Ok(store.erase_attendee_data()?),
        })
        .await?;
    Ok(Erased {
        report,
        reports_in: folder,
    })
}
