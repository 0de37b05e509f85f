//! The console's Desks & sync tab: the hub this desk checks in through, every desk's last
//! contact and waiting scans, which desks still hold attendee data, and the people admitted
//! twice while offline. A desk alone can test a hub's address and join it here, or start one
//! with this event; a desk of a hub can leave it.

use iced::widget::{button, checkbox, column, container, row, text, text_input};
use iced::{Element, Length, Task};

use chrono_tz::Tz;

use crate::hub::{HubDesk, HubStatus, HubUrl};
use crate::store::hub::Conflict;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::{Action, Saved};
use crate::ui::theme;

#[derive(Debug, Default)]
pub struct DesksTab {
    /// `None` until loaded; `Some(None)` for a desk alone.
    hub: Option<Option<HubStatus>>,
    conflicts: Vec<Conflict>,
    address: String,
    erase_on_leave: bool,
    busy: bool,
    notice: Option<String>,
}

/// What the tab read of the hub.
#[derive(Debug, Clone)]
pub struct Loaded {
    status: Option<HubStatus>,
    conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Refresh,
    Loaded(Result<Loaded, Error>),
    AddressChanged(String),
    Test,
    Join,
    Start,
    EraseOnLeave(bool),
    Leave,
    Done(Result<String, Error>),
}

impl DesksTab {
    pub fn load(&self, database: &Database) -> Task<Message> {
        Task::perform(load(database.clone()), Message::Loaded)
    }

    pub fn update(
        &mut self,
        message: Message,
        database: &Database,
        saved: &Saved,
    ) -> Action<Message> {
        let desk = saved.desk_name.as_str();
        match message {
            Message::Refresh if !self.busy => return Action::Run(self.load(database)),
            Message::Refresh => {}
            Message::Loaded(Ok(loaded)) => {
                self.hub = Some(loaded.status);
                self.conflicts = loaded.conflicts;
            }
            Message::Loaded(Err(error)) => self.notice = Some(error.to_string()),
            Message::AddressChanged(address) => self.address = address,
            Message::EraseOnLeave(on) => self.erase_on_leave = on,
            Message::Test => return self.run(test(self.address.clone())),
            Message::Join => {
                return self.run(join(
                    database.clone(),
                    self.address.clone(),
                    desk.to_string(),
                ));
            }
            Message::Start => return self.run(start(database.clone(), self.address.clone())),
            Message::Leave => return self.run(leave(database.clone(), self.erase_on_leave)),
            Message::Done(result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(said) => said,
                    Err(error) => error.to_string(),
                });
                return Action::Run(self.load(database));
            }
        }
        Action::None
    }

    fn run(
        &mut self,
        work: impl std::future::Future<Output = Result<String, Error>> + Send + 'static,
    ) -> Action<Message> {
        if self.busy {
            return Action::None;
        }
        self.busy = true;
        self.notice = Some("Asking the hub…".to_string());
        Action::Run(Task::perform(work, Message::Done))
    }

    pub fn view(&self, zone: Tz) -> Element<'_, Message> {
        let mut page = column![text("Desks & sync").size(theme::TITLE)].spacing(theme::SPACING);
        page = match &self.hub {
            None => page.push(text("Reading…").size(theme::BODY)),
            Some(None) => page.push(self.alone()),
            Some(Some(status)) => page.push(self.joined(status, zone)),
        };
        if let Some(notice) = &self.notice {
            page = page.push(text(notice).size(theme::BODY));
        }
        page.into()
    }

    fn alone(&self) -> Element<'_, Message> {
        let field = text_input(
            "postgresql://frontdesk:PASSWORD@HUB:5432/frontdesk?sslmode=require",
            &self.address,
        )
        .on_input(Message::AddressChanged)
        .on_submit(Message::Test)
        .size(theme::SMALL)
        .padding(12);
        let action = |label: &'static str, message: Message| {
            button(text(label).size(theme::SMALL))
                .padding([10, 18])
                .on_press_maybe((!self.busy && !self.address.trim().is_empty()).then_some(message))
        };
        column![
            text(
                "This desk stands alone: its check-ins are in this computer's database only. \
                 With several computers, give them one hub (see the README)."
            )
            .size(theme::BODY),
            field,
            row![
                action("Test", Message::Test),
                action("Join (new, empty database)", Message::Join),
                action("Start the hub with this event", Message::Start),
            ]
            .spacing(12),
        ]
        .spacing(theme::SPACING)
        .into()
    }

    fn joined<'a>(&'a self, status: &'a HubStatus, zone: Tz) -> Element<'a, Message> {
        let state = if status.connected {
            "connected".to_string()
        } else {
            "not reachable: this desk checks people in from its own copy".to_string()
        };
        let mut page = column![
            text(format!("Hub {}: {state}", status.hub)).size(theme::BODY),
            text(format!(
                "{} scans of this desk waiting for the hub; last sync {}",
                status.pending,
                status
                    .last_sync
                    .map(|t| local_time(t, zone))
                    .unwrap_or_else(|| "never".to_string())
            ))
            .size(theme::SMALL),
        ]
        .spacing(theme::SPACING);
        page = page.push(desk_table(status, zone));
        page = page.push(self.conflict_list(zone));
        page = page.push(
            row![
                checkbox(self.erase_on_leave)
                    .label("Also erase this computer's copy of the attendee data")
                    .on_toggle(Message::EraseOnLeave)
                    .size(22),
                button(text("Leave the hub").size(theme::SMALL))
                    .padding([10, 18])
                    .style(theme::quiet_button)
                    .on_press_maybe((!self.busy).then_some(Message::Leave)),
            ]
            .spacing(18)
            .align_y(iced::Alignment::Center),
        );
        page.into()
    }

    fn conflict_list(&self, zone: Tz) -> Element<'_, Message> {
        if self.conflicts.is_empty() {
            return text("No conflicts: nobody was admitted twice.")
                .size(theme::SMALL)
                .into();
        }
        let mut list = column![
            text(match self.conflicts.len() {
                1 => "1 person admitted twice while offline (both scans are kept):".to_string(),
                n => format!("{n} people admitted twice while offline (both scans are kept):"),
            })
            .size(theme::BODY)
        ]
        .spacing(6);
        for conflict in &self.conflicts {
            list = list.push(text(conflict.describe(zone)).size(theme::SMALL));
        }
        container(list)
            .padding(14)
            .style(theme::card(theme::Tone::Caution))
            .width(Length::Fill)
            .into()
    }
}

fn local_time(at: chrono::DateTime<chrono::Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%H:%M:%S").to_string()
}

fn desk_table(status: &HubStatus, zone: Tz) -> Element<'_, Message> {
    let mut table = column![row![
        text("Desk")
            .size(theme::SMALL)
            .width(Length::FillPortion(3)),
        text("Last contact")
            .size(theme::SMALL)
            .width(Length::FillPortion(3)),
        text("Waiting")
            .size(theme::SMALL)
            .width(Length::FillPortion(2)),
        text("Attendee data")
            .size(theme::SMALL)
            .width(Length::FillPortion(2)),
    ]]
    .spacing(6);
    for desk in &status.desks {
        table = table.push(row![
            text(&desk.desk)
                .size(theme::SMALL)
                .width(Length::FillPortion(3)),
            text(local_time(desk.last_seen, zone))
                .size(theme::SMALL)
                .width(Length::FillPortion(3)),
            text(desk.pending.to_string())
                .size(theme::SMALL)
                .width(Length::FillPortion(2)),
            text(if desk.holds_data {
                "holds a copy"
            } else {
                "erased"
            })
            .size(theme::SMALL)
            .width(Length::FillPortion(2)),
        ]);
    }
    container(table)
        .padding(14)
        .style(theme::surface)
        .width(Length::Fill)
        .into()
}

async fn load(database: Database) -> Result<Loaded, Error> {
    database
        .at_desk(|store, hub| {
            let Some(hub) = hub else {
                return Ok::<_, crate::hub::HubError>(Loaded {
                    status: None,
                    conflicts: Vec::new(),
                });
            };
            let status = hub.status(store)?;
            let conflicts = if status.connected {
                hub.conflicts()?
            } else {
                Vec::new()
            };
            Ok(Loaded {
                status: Some(status),
                conflicts,
            })
        })
        .await
}

async fn test(address: String) -> Result<String, Error> {
    crate::ui::worker::attempt(move || {
        let mut hub = HubDesk::new(HubUrl::parse(&address)?);
        let shown = hub.url().shown.clone();
        Ok::<_, crate::hub::HubError>(match hub.probe()? {
            Some(name) => format!("The hub at {shown} answers; it holds \"{name}\"."),
            None => format!("The hub at {shown} answers; it holds no event yet."),
        })
    })
    .await
}

async fn join(database: Database, address: String, desk: String) -> Result<String, Error> {
    let handle = database.clone();
    database
        .at_desk(move |store, _| {
            let mut hub = HubDesk::new(HubUrl::parse(&address)?);
            hub.join(store, &desk)?;
            let said = format!("Joined the hub at {}.", hub.url().shown);
            Ok::<_, crate::hub::HubError>((said, hub))
        })
        .await
        .map(|(said, hub)| {
            handle.set_hub(Some(hub));
            said
        })
}

async fn start(database: Database, address: String) -> Result<String, Error> {
    let handle = database.clone();
    database
        .at_desk(move |store, _| {
            let mut hub = HubDesk::new(HubUrl::parse(&address)?);
            let people = hub.init(store, false)?;
            let said = format!(
                "The hub at {} now holds this event ({people} people); this is its first desk.",
                hub.url().shown
            );
            Ok::<_, crate::hub::HubError>((said, hub))
        })
        .await
        .map(|(said, hub)| {
            handle.set_hub(Some(hub));
            said
        })
}

async fn leave(database: Database, erase: bool) -> Result<String, Error> {
    let handle = database.clone();
    let said = database
        .at_desk(move |store, _| {
            let left = crate::hub::leave(store, erase)?;
            Ok::<_, crate::hub::HubError>(match left.erased {
                Some(report) => format!(
                    "This desk left the hub at {} and erased its copy ({} people).",
                    left.hub, report.attendees
                ),
                None => format!(
                    "This desk left the hub at {}; its copy of the attendee data stays until \
                     it is erased.",
                    left.hub
                ),
            })
        })
        .await?;
    handle.set_hub(None);
    Ok(said)
}
