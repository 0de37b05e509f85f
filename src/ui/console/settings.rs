//! The console's Settings tab: the event (name, venue, dates, time zone, when its day
//! changes, day passes), this desk's name, how desks print badges, and what the lobby shows,
//! saved in one go, checked first; below, the hub this desk checks in through.

use iced::widget::{Column, button, checkbox, column, pick_list, row, text};
use iced::{Element, Length, Task};

use crate::camera::{CameraChoice, CameraInfo, CameraSetting};
use crate::day::TicketDays;
use crate::language::{Language, Texts};
use crate::settings::Settings;
use crate::store::event;
use crate::store::{Event, EventError};
use crate::ui::Error;
use crate::ui::badges::LayoutChoice;
use crate::ui::db::Database;
use crate::ui::event_form::{EventField, EventForm, labelled_input};
use crate::ui::screen::{Action, Saved};
use crate::ui::theme;

use super::hub_link::{self, HubLinkSection};

/// The form as typed: nothing here counts until it is saved.
#[derive(Debug, Clone)]
pub struct SettingsTab {
    event: EventForm,
    day_changes_at: String,
    /// Day passes as typed: `Tuesday pass=2018-07-10; Weekend=2018-07-11,2018-07-12`.
    ticket_days: String,
    desk_name: String,
    settings: Settings,
    printer: String,
    /// This desk opens as a self-service kiosk (kept in the settings by the desk's name).
    kiosk_here: bool,
    /// This computer's camera, as chosen in the form.
    camera: CameraSetting,
    /// The cameras this computer has, once read.
    cameras: Vec<CameraInfo>,
    /// The language this computer's desk speaks to its staff.
    desk_language: Language,
    notice: Option<String>,
    /// What is being written, as it will be once the database confirms it.
    saving: Option<Saved>,
    hub: HubLinkSection,
    /// The words of this desk's language, as saved.
    texts: &'static Texts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Event(EventField),
    DayChangesAt,
    TicketDays,
    DeskName,
    Printer,
}

#[derive(Debug, Clone)]
pub enum Message {
    Edit(Field, String),
    Layout(LayoutChoice),
    PrintAtCheckIn(bool),
    LobbyCount(bool),
    KioskHere(bool),
    KioskEmailSearch(bool),
    Sounds(bool),
    Camera(CameraOption),
    MirrorCamera(bool),
    DeskLanguage(Language),
    EventLanguage(Language),
    CamerasFound(Vec<CameraInfo>),
    Save,
    Saved(Result<(), Error>),
    Hub(hub_link::Message),
}

impl SettingsTab {
    pub fn new(event: Option<Event>, saved: &Saved) -> SettingsTab {
        let (settings, desk_name) = (saved.settings.clone(), saved.desk_name.clone());
        let event = event.unwrap_or_default();
        SettingsTab {
            event: EventForm::of(&event),
            day_changes_at: event.day_changes_at.format("%H:%M").to_string(),
            ticket_days: settings.ticket_days.to_one_line(),
            desk_name,
            printer: settings.printer.clone().unwrap_or_default(),
            kiosk_here: saved.settings.is_kiosk(&saved.desk_name),
            camera: saved.camera.clone(),
            cameras: Vec::new(),
            desk_language: saved.language,
            settings,
            notice: None,
            saving: None,
            hub: HubLinkSection::new(saved.language.texts()),
            texts: saved.language.texts(),
        }
    }

    /// Reads whether this desk belongs to a hub, for the hub section, and which cameras the
    /// computer has.
    pub fn load(&self, database: &Database) -> Task<Message> {
        let cameras = Task::perform(crate::ui::worker::run(crate::camera::cameras), |found| {
            Message::CamerasFound(found.unwrap_or_default())
        });
        Task::batch([self.hub.load(database).map(Message::Hub), cameras])
    }

    /// `saved` is what the desk runs with: the hub section names this desk by its saved
    /// name, never by the form's.
    pub fn update(
        &mut self,
        message: Message,
        database: &Database,
        saved: &Saved,
    ) -> Action<Message> {
        match message {
            Message::Hub(message) => {
                return self
                    .hub
                    .update(message, database, &saved.desk_name)
                    .map(Message::Hub);
            }
            Message::Edit(Field::Event(field), value) => self.event.edit(field, value),
            Message::Edit(field, value) => {
                if let Some(slot) = self.slot(field) {
                    *slot = value;
                }
            }
            Message::Layout(choice) => self.settings.badge_layout = choice.0,
            Message::PrintAtCheckIn(on) => self.settings.print_at_check_in = on,
            Message::LobbyCount(on) => self.settings.lobby_shows_count = on,
            Message::KioskHere(on) => self.kiosk_here = on,
            Message::KioskEmailSearch(on) => self.settings.kiosk_email_search = on,
            Message::Sounds(on) => self.settings.sounds = on,
            Message::Camera(option) => self.camera.choice = option.choice,
            Message::MirrorCamera(on) => self.camera.mirror = on,
            Message::DeskLanguage(language) => self.desk_language = language,
            Message::EventLanguage(language) => self.settings.event_language = language,
            Message::CamerasFound(cameras) => self.cameras = cameras,
            Message::Save => return self.save(database, &saved.desk_name),
            Message::Saved(Ok(())) => {
                self.notice = Some(self.texts.tr("settings-saved"));
                // The desk and the console show the new names at once.
                if let Some(saved) = self.saving.take() {
                    return Action::SettingsSaved(saved);
                }
            }
            Message::Saved(Err(error)) => {
                self.saving = None;
                self.notice = Some(error.sentence(self.texts));
            }
        }
        Action::None
    }

    /// The text a field other than the event's keeps.
    fn slot(&mut self, field: Field) -> Option<&mut String> {
        match field {
            Field::Event(_) => None,
            Field::DayChangesAt => Some(&mut self.day_changes_at),
            Field::TicketDays => Some(&mut self.ticket_days),
            Field::DeskName => Some(&mut self.desk_name),
            Field::Printer => Some(&mut self.printer),
        }
    }

    /// Checks every field, then writes the event and the settings on the worker thread.
    /// `running_as` is the desk's name before this save: a renamed kiosk stays one.
    fn save(&mut self, database: &Database, running_as: &str) -> Action<Message> {
        let event = match self.checked_event() {
            Ok(event) => event,
            Err(refused) => {
                self.notice = Some(refused.say(self.texts));
                return Action::None;
            }
        };
        let ticket_days = match TicketDays::parse_lines(&self.ticket_days)
            .and_then(|days| days.validate(&event).map(|()| days))
        {
            Ok(days) => days,
            Err(refused) => {
                self.notice = Some(self.texts.tr_with(
                    "settings-day-passes-refused",
                    &[("reason", refused.say(self.texts).into())],
                ));
                return Action::None;
            }
        };
        if self.desk_name.trim().is_empty() {
            self.notice = Some(self.texts.tr("settings-name-the-desk"));
            return Action::None;
        }
        self.settings.ticket_days = ticket_days;
        self.settings.printer = Some(self.printer.trim().to_string()).filter(|p| !p.is_empty());
        let desk_name = self.desk_name.trim().to_string();
        self.settings.set_kiosk(running_as, false);
        self.settings.set_kiosk(&desk_name, self.kiosk_here);
        let settings = self.settings.clone();
        let camera = self.camera.clone();
        let desk_language = self.desk_language;
        self.saving = Some(Saved {
            event_name: event.name.clone(),
            desk_name: desk_name.clone(),
            settings: settings.clone(),
            zone: crate::time::zone_of(Some(&event)),
            camera: camera.clone(),
            language: desk_language,
        });
        let database = database.clone();
        Action::Run(Task::perform(
            async move {
                database
                    .change(move |store| {
                        store.set_event_and_settings(&event, &settings.pairs())?;
                        crate::ui::desk_name::remember(&desk_name);
                        camera.save()?;
                        crate::language::remember_for_this_desk(desk_language)?;
                        Ok::<_, Error>(())
                    })
                    .await
            },
            Message::Saved,
        ))
    }

    /// Which camera this computer reads codes from, and whether its preview is mirrored.
    fn camera_choice(&self) -> Element<'_, Message> {
        let t = self.texts;
        let options = CameraOption::all(&self.cameras, &self.camera.choice, t);
        let chosen = options
            .iter()
            .find(|option| option.choice == self.camera.choice)
            .cloned();
        row![
            text(t.tr("settings-camera"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            pick_list(options, chosen, Message::Camera).text_size(theme::SMALL),
            checkbox(self.camera.mirror)
                .label(t.tr("settings-mirror"))
                .on_toggle_maybe(
                    (self.camera.choice != CameraChoice::Off).then_some(Message::MirrorCamera)
                )
                .text_size(theme::SMALL),
        ]
        .spacing(12)
        .align_y(iced::Alignment::Center)
        .into()
    }

    /// The desk's language (this computer's staff) and the event's (kiosks and the lobby).
    fn languages(&self) -> Element<'_, Message> {
        let label = |id: &str| {
            text(self.texts.tr(id))
                .size(theme::SMALL)
                .color(theme::MUTED)
        };
        row![
            label("settings-desk-language"),
            pick_list(
                Language::ALL,
                Some(self.desk_language),
                Message::DeskLanguage
            )
            .text_size(theme::SMALL),
            label("settings-event-language"),
            pick_list(
                Language::ALL,
                Some(self.settings.event_language),
                Message::EventLanguage
            )
            .text_size(theme::SMALL),
        ]
        .spacing(12)
        .align_y(iced::Alignment::Center)
        .into()
    }

    /// The event the fields describe, checked by the event's own rules.
    fn checked_event(&self) -> Result<Event, EventError> {
        self.event
            .checked(event::parse_day_change(&self.day_changes_at)?)
    }

    pub fn view<'a>(&'a self) -> Element<'a, Message> {
        let t = self.texts;
        let field = |label: &'static str, value: &'a str, which: Field| {
            labelled_input(
                label,
                t,
                value,
                move |v| Message::Edit(which, v),
                Message::Save,
            )
        };
        let layouts: Vec<LayoutChoice> = crate::badge::Layout::ALL
            .into_iter()
            .map(|layout| LayoutChoice(layout, t))
            .collect();
        let event = column![
            text(t.tr("settings-the-event")).size(theme::BODY),
            self.event.view(
                t,
                |field, v| Message::Edit(Field::Event(field), v),
                Message::Save
            ),
        ]
        .spacing(10);
        let desks = column![
            text(t.tr("settings-desk-and-printing")).size(theme::BODY),
            field("settings-desk-name", &self.desk_name, Field::DeskName),
            text(t.tr("settings-badge-layout"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            pick_list(
                layouts,
                Some(LayoutChoice(self.settings.badge_layout, t)),
                Message::Layout
            )
            .text_size(theme::SMALL),
            field("settings-printer", &self.printer, Field::Printer),
            checkbox(self.settings.print_at_check_in)
                .label(t.tr("settings-print-at-check-in"))
                .on_toggle(Message::PrintAtCheckIn)
                .text_size(theme::SMALL),
            checkbox(self.settings.lobby_shows_count)
                .label(t.tr("settings-lobby-count"))
                .on_toggle(Message::LobbyCount)
                .text_size(theme::SMALL),
            checkbox(self.settings.sounds)
                .label(t.tr("settings-sounds"))
                .on_toggle(Message::Sounds)
                .text_size(theme::SMALL),
            checkbox(self.kiosk_here)
                .label(t.tr("settings-kiosk-here"))
                .on_toggle(Message::KioskHere)
                .text_size(theme::SMALL),
            checkbox(self.settings.kiosk_email_search)
                .label(t.tr_with(
                    "settings-kiosk-search",
                    &[("digits", crate::kiosk::TICKET_DIGITS.into())]
                ))
                .on_toggle(Message::KioskEmailSearch)
                .text_size(theme::SMALL),
            self.camera_choice(),
            self.languages(),
        ]
        .spacing(10);
        let days = column![
            text(t.tr("settings-several-days")).size(theme::BODY),
            row![
                column![field(
                    "settings-day-changes-at",
                    &self.day_changes_at,
                    Field::DayChangesAt
                )]
                .width(Length::FillPortion(1)),
                column![field(
                    "settings-day-passes",
                    &self.ticket_days,
                    Field::TicketDays
                )]
                .width(Length::FillPortion(4)),
            ]
            .spacing(12),
        ]
        .spacing(10);
        let mut content: Column<'_, Message> = column![event, desks, days].spacing(theme::SPACING);
        content = content.push(
            row![
                button(text(t.tr("settings-save")).size(theme::SMALL))
                    .padding([10, 16])
                    .on_press_maybe(self.saving.is_none().then_some(Message::Save)),
            ]
            .push(
                self.notice
                    .as_ref()
                    .map(|n| text(n.clone()).size(theme::SMALL).color(theme::ACCENT)),
            )
            .spacing(16)
            .align_y(iced::Alignment::Center),
        );
        content = content.push(self.hub.view().map(Message::Hub));
        content.into()
    }
}

/// One line of the camera list: no camera, the first one found, or one of the computer's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameraOption {
    pub choice: CameraChoice,
    label: String,
}

impl CameraOption {
    /// No camera, the first camera, each camera found; and the chosen device when it is not
    /// connected now, so that opening the Settings never changes the choice by itself.
    fn all(cameras: &[CameraInfo], chosen: &CameraChoice, t: &Texts) -> Vec<CameraOption> {
        let mut options = vec![
            CameraOption {
                choice: CameraChoice::Off,
                label: t.tr("settings-camera-off"),
            },
            CameraOption {
                choice: CameraChoice::First,
                label: t.tr("settings-camera-first"),
            },
        ];
        options.extend(cameras.iter().map(|camera| CameraOption {
            choice: CameraChoice::Device(camera.path.clone()),
            label: format!("{} ({})", camera.name, camera.path.display()),
        }));
        if let CameraChoice::Device(path) = chosen
            && !cameras.iter().any(|camera| &camera.path == path)
        {
            options.push(CameraOption {
                choice: chosen.clone(),
                label: t.tr_with(
                    "settings-camera-absent",
                    &[("device", path.display().to_string().into())],
                ),
            });
        }
        options
    }

    /// The option for `choice`, as the list names it (for tests).
    pub fn of(choice: CameraChoice) -> CameraOption {
        let label = choice.to_text();
        CameraOption { choice, label }
    }
}

impl std::fmt::Display for CameraOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}
