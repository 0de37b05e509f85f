//! The console's Desks & sync tab: the hub this desk checks in through, every desk's last
//! contact and waiting scans, which desks still hold attendee data, and the people admitted
//! twice while offline. Joining, starting and leaving a hub are in Settings
//! (`hub_link.rs`).

use iced::widget::{column, container, row, text};
use iced::{Element, Length, Task};

use chrono_tz::Tz;

use crate::hub::HubStatus;
use crate::language::Texts;
use crate::store::hub::Conflict;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::Action;
use crate::ui::theme;

#[derive(Debug)]
pub struct DesksTab {
    /// `None` until loaded; `Some(None)` for a desk alone.
    hub: Option<Option<HubStatus>>,
    conflicts: Vec<Conflict>,
    loading: bool,
    notice: Option<String>,
    /// The words of this desk's language.
    pub(super) texts: &'static Texts,
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
    pub fn new(texts: &'static Texts) -> DesksTab {
        DesksTab {
            hub: None,
            conflicts: Vec::new(),
            loading: false,
            notice: None,
            texts,
        }
    }

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
                    Err(error) => self.notice = Some(error.sentence(self.texts)),
                }
            }
        }
        Action::None
    }

    pub fn view(&self, zone: Tz) -> Element<'_, Message> {
        let t = self.texts;
        let mut page =
            column![text(t.tr("console-tab-desks")).size(theme::TITLE)].spacing(theme::SPACING);
        page = match &self.hub {
            None => page.push(text(t.tr("desks-reading")).size(theme::BODY)),
            Some(None) => page.push(self.alone()),
            Some(Some(status)) => page.push(self.joined(status, zone)),
        };
        if let Some(notice) = &self.notice {
            page = page.push(text(notice).size(theme::BODY));
        }
        page.into()
    }

    fn alone(&self) -> Element<'_, Message> {
        text(self.texts.tr("desks-alone")).size(theme::BODY).into()
    }

    fn joined<'a>(&'a self, status: &'a HubStatus, zone: Tz) -> Element<'a, Message> {
        let t = self.texts;
        let state = if status.connected {
            "desks-hub-connected"
        } else {
            "desks-hub-unreachable"
        };
        let last_sync = status
            .last_sync
            .map(|at| local_time(at, zone))
            .unwrap_or_else(|| t.tr("desks-never"));
        let mut page = column![
            text(t.tr_with(state, &[("hub", status.hub.to_string().into())])).size(theme::BODY),
            text(t.tr_with(
                "desks-waiting",
                &[("count", status.pending.into()), ("last", last_sync.into())],
            ))
            .size(theme::SMALL),
        ]
        .spacing(theme::SPACING);
        page = page.push(desk_table(status, zone, t));
        page = page.push(self.conflict_list(zone));
        page.into()
    }

    fn conflict_list(&self, zone: Tz) -> Element<'_, Message> {
        if self.conflicts.is_empty() {
            return text(self.texts.tr("desks-no-conflicts"))
                .size(theme::SMALL)
                .into();
        }
        let mut list = column![
            text(
                self.texts
                    .tr_with("desks-conflicts", &[("count", self.conflicts.len().into())])
            )
            .size(theme::BODY)
        ]
        .spacing(6);
        for conflict in &self.conflicts {
            list = list.push(text(conflict.say(zone, self.texts)).size(theme::SMALL));
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

fn desk_table<'a>(status: &'a HubStatus, zone: Tz, t: &Texts) -> Element<'a, Message> {
    let heading = |id: &str, portion: u16| {
        text(t.tr(id))
            .size(theme::SMALL)
            .width(Length::FillPortion(portion))
    };
    let mut table = column![row![
        heading("desks-column-desk", 3),
        heading("desks-column-last-contact", 3),
        heading("desks-column-waiting", 2),
        heading("desks-column-late", 2),
        heading("desks-column-data", 2),
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
                t.tr("desks-holds-copy")
            } else {
                t.tr("desks-erased")
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
