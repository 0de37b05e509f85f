//! The first screen: which event this is and how many people have arrived. The front-desk
//! scan screen takes its place in a later release.

use iced::widget::{column, container, text};
use iced::{Element, Length, Task};

use super::db::{Database, DbError};
use super::theme;
use crate::store::{Stats, Store, StoreError};

#[derive(Debug, Clone)]
pub struct Snapshot {
    pub event_name: String,
    pub venue: String,
    pub stats: Stats,
    /// How many sample registrants were loaded at this start, if the database was empty.
    pub sample_loaded: Option<u64>,
}

impl Snapshot {
    pub fn read(store: &Store, sample_loaded: Option<u64>) -> Result<Snapshot, StoreError> {
        let event = store.event()?;
        Ok(Snapshot {
            event_name: event
                .as_ref()
                .map(|e| e.name.clone())
                .unwrap_or_else(|| "Unnamed event".to_string()),
            venue: event.map(|e| e.venue).unwrap_or_default(),
            stats: store.stats()?,
            sample_loaded,
        })
    }
}

pub struct Overview {
    database: Database,
    snapshot: Snapshot,
    data_version: Option<i64>,
    refreshing: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Poll,
    Polled(Result<(i64, Option<Stats>), DbError>),
}

pub enum Action {
    None,
    Run(Task<Message>),
}

impl Overview {
    pub fn new(database: Database, snapshot: Snapshot) -> Overview {
        Overview {
            database,
            snapshot,
            data_version: None,
            refreshing: false,
        }
    }

    pub fn event_name(&self) -> &str {
        &self.snapshot.event_name
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Poll if !self.refreshing => {
                self.refreshing = true;
                let database = self.database.clone();
                let known = self.data_version;
                Action::Run(Task::perform(
                    async move {
                        database
                            .run(move |store| {
                                let version = store.data_version()?;
                                let stats = if Some(version) == known {
                                    None
                                } else {
                                    Some(store.stats()?)
                                };
                                Ok((version, stats))
                            })
                            .await
                    },
                    Message::Polled,
                ))
            }
            Message::Poll => Action::None,
            Message::Polled(result) => {
                self.refreshing = false;
                match result {
                    Ok((version, stats)) => {
                        self.data_version = Some(version);
                        if let Some(stats) = stats {
                            self.snapshot.stats = stats;
                        }
                    }
                    Err(error) => tracing::warn!(%error, "cannot refresh the counts"),
                }
                Action::None
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let stats = &self.snapshot.stats;
        let mut page = column![
            text(&self.snapshot.event_name).size(theme::HEADLINE),
            text(&self.snapshot.venue).size(theme::BODY),
            text(format!(
                "{} / {} checked in",
                stats.checked_in, stats.admitted
            ))
            .size(theme::TITLE),
            text(format!(
                "{} registered, {} not admitted",
                stats.registered,
                stats.registered - stats.admitted
            ))
            .size(theme::BODY),
        ]
        .spacing(theme::SPACING);
        if let Some(added) = self.snapshot.sample_loaded {
            page = page.push(
                text(format!(
                    "The database was empty, so the sample event was loaded with {added} \
                     registrants. Import your own list with: frontdesk import FILE.csv"
                ))
                .size(theme::SMALL),
            );
        }
        container(page)
            .padding(theme::PADDING)
            .width(Length::Fill)
            .into()
    }
}
