//! The console's Desks & sync tab: the hub this desk checks in through, every desk's last
//! contact and waiting scans, which desks still hold attendee data, and the people admitted
//! twice while offline. Joining, starting and leaving a hub are in Settings
//! (`hub_link.rs`).

use iced::widget::{column, container, row, text};
use iced::{Element, Length, Task};

use chrono_tz::Tz;

use crate::hub::HubStatus;
use crate::store::hub::Conflict;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::Action;
use crate::ui::theme;

#[derive(Debug, Default)]
pub struct DesksTab {
    /// `None` until loaded; `Some(None)` for a desk alone.
    hub: Option<Option<HubStatus>>,
    conflicts: Vec<Conflict>,
    loading: bool,
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
}

impl DesksTab {
    pub fn load(&mut self, database: &Database) -> Task<Message> {
        self.loading = true;
        Task::perform(load(database.clone()), Message::Loaded)
    }

    pub fn update(&mut self, message: Message, database: &Database) -> Action<Message> {
        match message {
            // A hub slower than the timer is not asked twice at once.
            Message::Refresh if !self.loading => return Action::Run(self.load(database)),
            Message::Refresh => {}
            Message::Loaded(loaded) => {
                self.loading = false;
                match loaded {
                    Ok(loaded) => {
                        self.hub = Some(loaded.status);
                        self.conflicts = loaded.conflicts;
                        self.notice = None;
                    }
                    Err(error) => self.notice = Some(error.to_string()),
                }
            }
        }
        Action::None
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
        text(
            "This desk stands alone: its check-ins are in this computer's database only. To \
             join a hub or start one with this event, see Settings.",
        )
        .size(theme::BODY)
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
        text("Late (over 2 min)")
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
            text(desk.late.to_string())
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
