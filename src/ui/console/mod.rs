//! The organizer console, behind the organizer PIN: the live dashboard, importing registrants,
//! exports, settings and erasing attendee data after the event. Each tab is a module with its
//! own messages; this one switches between them and passes on what the app must know.

mod chart;
mod dashboard;
pub use dashboard::Message as DashboardMessage;
mod dashboard_view;
mod desks;
mod erase;
mod export;
mod hub_link;
mod settings;
pub use settings::{CameraOption, Message as SettingsMessage};

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Task};

use crate::language::Texts;
use crate::settings::Settings;
use crate::store::Event;
use crate::ui::db::Database;
use crate::ui::screen::{self, Saved};
use crate::ui::{Error, theme};
use dashboard::DashboardTab;
use desks::DesksTab;
use erase::EraseTab;
use export::ExportTab;
use settings::SettingsTab;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Dashboard,
    Import,
    Export,
    Settings,
    Desks,
    Erase,
}

impl Tab {
    const ALL: [Tab; 6] = [
        Tab::Dashboard,
        Tab::Import,
        Tab::Export,
        Tab::Settings,
        Tab::Desks,
        Tab::Erase,
    ];

    /// The tab's name in the catalogue.
    fn label(self) -> &'static str {
        match self {
            Tab::Dashboard => "console-tab-dashboard",
            Tab::Import => "console-tab-import",
            Tab::Export => "console-tab-export",
            Tab::Settings => "console-tab-settings",
            Tab::Desks => "console-tab-desks",
            Tab::Erase => "console-tab-erase",
        }
    }
}

pub struct Console {
    database: Database,
    tab: Tab,
    /// The names and settings as last saved: corrections, undos and reprints use these, never
    /// what the Settings tab holds before it is saved.
    saved: Saved,
    dashboard: DashboardTab,
    export: ExportTab,
    settings: SettingsTab,
    erase: EraseTab,
    desks: DesksTab,
    import: Option<Box<crate::ui::import::ImportWizard>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Show(Tab),
    Open(crate::ui::organizer::Target),
    Dashboard(dashboard::Message),
    Import(crate::ui::import::Message),
    Export(export::Message),
    Erase(erase::Message),
    Settings(settings::Message),
    Desks(desks::Message),
    /// Tab or Shift+Tab: to the next or the previous field of the tab's form.
    MoveFocus {
        forward: bool,
    },
    Back,
}

/// What the console tells the organizer screens; each tab answers the console the same way.
pub type Action = screen::Action<Message>;

/// What the console shows first, read off the window's thread.
#[derive(Debug, Clone)]
pub struct Start {
    pub event: Option<Event>,
    pub saved: Saved,
}

impl Start {
    /// Reads the event as stored; `desk` is what the desk runs with now.
    pub async fn read(database: Database, desk: Saved) -> Result<Start, Error> {
        database
            .run(move |store| {
                let event = store.event()?;
                let saved = Saved {
                    event_name: event.as_ref().map_or(desk.event_name, |e| e.name.clone()),
                    zone: crate::time::zone_of(event.as_ref()),
                    settings: Settings::load(store)?,
                    desk_name: desk.desk_name,
                    camera: desk.camera,
                    language: desk.language,
                };
                Ok(Start { event, saved })
            })
            .await
    }
}

impl Console {
    pub fn new(database: Database, start: Start) -> (Console, Task<Message>) {
        let saved = start.saved;
        let mut console = Console {
            settings: SettingsTab::new(start.event, &saved),
            dashboard: DashboardTab::new(saved.zone, saved.language.texts()),
            export: ExportTab::new(saved.language.texts()),
            erase: EraseTab::new(&database, saved.language.texts()),
            desks: DesksTab::new(saved.language.texts()),
            import: None,
            tab: Tab::Dashboard,
            saved,
            database,
        };
        let load = console
            .dashboard
            .load(&console.database)
            .map(Message::Dashboard);
        (console, load)
    }

    pub fn update(&mut self, message: Message) -> Action {
        let action = match message {
            Message::Show(tab) => return self.show(tab),
            Message::Import(message) => return self.import(message),
            Message::Back => return Action::Back,
            Message::MoveFocus { forward: true } => {
                return Action::Run(iced::widget::operation::focus_next());
            }
            Message::MoveFocus { forward: false } => {
                return Action::Run(iced::widget::operation::focus_previous());
            }
            Message::Open(target) => return Action::Open(target),
            Message::Dashboard(message) => self
                .dashboard
                .update(message, &self.database, &self.saved)
                .map(Message::Dashboard),
            Message::Erase(message) => self
                .erase
                .update(message, &self.database)
                .map(Message::Erase),
            Message::Export(message) => self
                .export
                .update(message, &self.database)
                .map(Message::Export),
            Message::Settings(message) => self
                .settings
                .update(message, &self.database, &self.saved)
                .map(Message::Settings),
            // The console's timer refreshes the tab on show only: each refresh asks the hub.
            Message::Desks(desks::Message::Refresh) if self.tab != Tab::Desks => Action::None,
            Message::Desks(message) => self
                .desks
                .update(message, &self.database)
                .map(Message::Desks),
        };
        if let Action::SettingsSaved(saved) = &action {
            self.take_saved(saved);
        }
        action
    }

    /// Corrections, undos and the dashboard's times use the names and zone just saved.
    fn take_saved(&mut self, saved: &Saved) {
        self.saved = saved.clone();
        self.dashboard.set_zone(saved.zone);
        // A new language for this desk: the tabs speak it from now.
        let texts = saved.language.texts();
        self.dashboard.texts = texts;
        self.export.texts = texts;
        self.erase.texts = texts;
        self.desks.texts = texts;
    }

    fn texts(&self) -> &'static Texts {
        self.saved.language.texts()
    }

    fn show(&mut self, tab: Tab) -> Action {
        self.tab = tab;
        match tab {
            Tab::Import if self.import.is_none() => {
                let (wizard, task) =
                    crate::ui::import::ImportWizard::new(self.database.clone(), self.saved.clone());
                self.import = Some(Box::new(wizard));
                Action::Run(task.map(Message::Import))
            }
            Tab::Dashboard => {
                Action::Run(self.dashboard.load(&self.database).map(Message::Dashboard))
            }
            Tab::Desks => Action::Run(self.desks.load(&self.database).map(Message::Desks)),
            Tab::Settings => Action::Run(self.settings.load(&self.database).map(Message::Settings)),
            _ => Action::None,
        }
    }

    fn import(&mut self, message: crate::ui::import::Message) -> Action {
        let Some(wizard) = &mut self.import else {
            return Action::None;
        };
        match wizard.update(message) {
            // Leaving the wizard goes back to the dashboard, not to the desk.
            screen::Action::Back => {
                self.import = None;
                self.show(Tab::Dashboard)
            }
            // The organizer's event, saved in the wizard: the Settings tab shows it from now.
            screen::Action::SettingsSaved(saved) => {
                let event = wizard.started_event().cloned();
                self.settings = SettingsTab::new(event, &saved);
                self.take_saved(&saved);
                Action::SettingsSaved(saved)
            }
            other => other.map(Message::Import),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut tabs = row![].spacing(6);
        for tab in Tab::ALL {
            let chosen = tab == self.tab;
            tabs = tabs.push(
                button(text(self.texts().tr(tab.label())).size(theme::SMALL))
                    .padding([10, 14])
                    .style(move |theme, status| {
                        if chosen {
                            button::primary(theme, status)
                        } else {
                            theme::quiet_button(theme, status)
                        }
                    })
                    .on_press(Message::Show(tab)),
            );
        }
        let header = row![
            tabs,
            iced::widget::space::horizontal(),
            button(text(self.texts().tr("console-badges")).size(theme::SMALL))
                .padding([10, 12])
                .style(theme::quiet_button)
                .on_press(Message::Open(crate::ui::organizer::Target::Badges)),
            button(text(self.texts().tr("console-agenda")).size(theme::SMALL))
                .padding([10, 12])
                .style(theme::quiet_button)
                .on_press(Message::Open(crate::ui::organizer::Target::Agenda)),
            button(text(self.texts().tr("console-lock")).size(theme::SMALL))
                .padding([10, 12])
                .style(theme::quiet_button)
                .on_press(Message::Back),
        ]
        .spacing(8)
        .align_y(iced::Alignment::Center);
        let body = match self.tab {
            Tab::Dashboard => self.dashboard.view().map(Message::Dashboard),
            Tab::Import => match &self.import {
                Some(wizard) => wizard.view().map(Message::Import),
                None => iced::widget::space().into(),
            },
            Tab::Export => self.export.view().map(Message::Export),
            Tab::Erase => self.erase.view().map(Message::Erase),
            Tab::Settings => self.settings.view().map(Message::Settings),
            Tab::Desks => self.desks.view(self.saved.zone).map(Message::Desks),
        };
        // The scrollbar takes its own room beside the tab, never over its right edge (where
        // the dashboard's Find button is).
        let body = iced::widget::scrollable(body)
            .spacing(theme::SPACING / 2.0)
            .height(Length::Fill);
        container(column![header, body].spacing(theme::SPACING))
            .padding(theme::PADDING)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }
}

/// The dashboard follows the desks: every 3 seconds it asks whether the database changed.
pub fn subscription() -> iced::Subscription<Message> {
    iced::Subscription::batch([
        iced::time::every(std::time::Duration::from_secs(3))
            .map(|_| Message::Dashboard(dashboard::Message::Refresh)),
        iced::time::every(std::time::Duration::from_secs(3))
            .map(|_| Message::Desks(desks::Message::Refresh)),
        theme::tab_key().map(|forward| Message::MoveFocus { forward }),
    ])
}
