//! The lobby screen: what is on now and next, and the rest of the day, for a TV read from across
//! the room. It never shows anyone's name: only the programme, the clock and, if organizers
//! switch it on, how many people have checked in.
//!
//! It keeps its own connection to the event database, so it notices every change (an organizer
//! moving a session, any desk's check-in) through `PRAGMA data_version`, in this process or
//! another.

mod standalone;
mod view;

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use iced::{Subscription, Task};

use crate::agenda::Agenda;
pub use crate::clock::Clock;
use crate::language::{Language, Texts};
use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Error;
use crate::ui::db::Database;
pub use standalone::{LobbyConfig, run};

/// How often the lobby asks whether the agenda or the count changed.
const POLL: Duration = Duration::from_secs(2);

/// What the lobby shows, read from the database in one go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub event_name: String,
    pub agenda: Agenda,
    /// Only when organizers switched the count on.
    pub checked_in: Option<u64>,
    /// The event's language: visitors read the lobby.
    pub language: Language,
    data_version: i64,
}

impl Snapshot {
    pub fn read(store: &Store) -> Result<Snapshot, crate::store::StoreError> {
        let settings = Settings::load(store)?;
        let language = settings.event_language;
        let event_name = store
            .event()?
            .map(|e| e.name)
            .unwrap_or_else(|| language.texts().tr("lobby-welcome"));
        let checked_in = if settings.lobby_shows_count {
            Some(store.counts()?.checked_in)
        } else {
            None
        };
        Ok(Snapshot {
            event_name,
            agenda: store.agenda()?,
            checked_in,
            language,
            data_version: store.data_version()?,
        })
    }
}

pub struct Lobby {
    clock: Clock,
    at: DateTime<Utc>,
    /// Real seconds since the lobby opened, as of the last tick.
    page_clock: u64,
    state: State,
    polling: bool,
}

enum State {
    /// Before the event (and its language) is read, the computer's language is the best guess
    /// at who reads the screen.
    Opening(&'static Texts),
    Failed(String),
    Ready {
        database: Database,
        snapshot: Box<Snapshot>,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened(Result<(Database, Box<Snapshot>), Error>),
    Tick,
    Poll,
    Polled(Result<Option<Box<Snapshot>>, Error>),
}

pub enum Action {
    None,
    Run(Task<Message>),
}

impl Lobby {
    /// Opens its own connection to the database at `path` (blocking: call off the window's
    /// thread) and reads the first snapshot.
    pub fn open(path: &std::path::Path) -> Result<(Database, Snapshot), Error> {
        Lobby::open_on(path, Clock::real())
    }

    /// [`Lobby::open`] on the app's clock: the count it may show is today's.
    pub fn open_on(path: &std::path::Path, clock: Clock) -> Result<(Database, Snapshot), Error> {
        let mut store = Store::open(path)?.with_clock(clock);
        crate::sample::load_if_empty(&mut store)?;
        let snapshot = Snapshot::read(&store)?;
        Ok((Database::new(store), snapshot))
    }

    pub fn new(database: Database, snapshot: Snapshot, clock: Clock) -> Lobby {
        Lobby {
            at: clock.now(),
            page_clock: 0,
            clock,
            state: State::Ready {
                database,
                snapshot: Box::new(snapshot),
            },
            polling: false,
        }
    }

    /// A lobby whose database is still being opened at `path`.
    pub fn opening(path: PathBuf, clock: Clock) -> (Lobby, Task<Message>) {
        let task = Task::perform(
            crate::ui::worker::attempt({
                let clock = clock.clone();
                move || Lobby::open_on(&path, clock)
            }),
            |result| {
                Message::Opened(result.map(|(database, snapshot)| (database, Box::new(snapshot))))
            },
        );
        let lobby = Lobby {
            at: clock.now(),
            page_clock: 0,
            clock,
            state: State::Opening(Language::of_computer().texts()),
            polling: false,
        };
        (lobby, task)
    }

    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    pub fn snapshot(&self) -> Option<&Snapshot> {
        match &self.state {
            State::Ready { snapshot, .. } => Some(snapshot),
            _ => None,
        }
    }

    pub fn title(&self) -> String {
        match self.snapshot() {
            Some(snapshot) => snapshot.language.texts().tr_with(
                "lobby-window-title",
                &[("event", snapshot.event_name.as_str().into())],
            ),
            None => "frontdesk lobby".to_string(),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Opened(Ok((database, snapshot))) => {
                self.state = State::Ready { database, snapshot }
            }
            Message::Opened(Err(error)) => {
                tracing::error!(%error, "the lobby cannot read the event database");
                // Nothing was read, the event's language neither: the computer's is the best
                // guess at who reads it.
                let texts = Language::of_computer().texts();
                self.state = State::Failed(
                    texts.tr_with("lobby-cannot-read", &[("error", error.say(texts).into())]),
                );
            }
            Message::Tick => {
                self.at = self.clock.now();
                self.page_clock = self.clock.real_seconds();
            }
            Message::Poll => return self.poll(),
            Message::Polled(result) => {
                self.polling = false;
                match result {
                    Ok(Some(fresh)) => {
                        if let State::Ready { snapshot, .. } = &mut self.state {
                            *snapshot = fresh;
                        }
                    }
                    Ok(None) => {}
                    // Keep showing the programme it has; the next poll tries again.
                    Err(error) => tracing::warn!(%error, "the lobby could not re-read the agenda"),
                }
            }
        }
        Action::None
    }

    fn poll(&mut self) -> Action {
        let State::Ready { database, snapshot } = &self.state else {
            return Action::None;
        };
        if self.polling {
            return Action::None;
        }
        self.polling = true;
        let (database, seen) = (database.clone(), snapshot.data_version);
        Action::Run(Task::perform(
            async move {
                database
                    .run(move |store| {
                        if store.data_version()? == seen {
                            Ok(None)
                        } else {
                            Snapshot::read(store).map(|s| Some(Box::new(s)))
                        }
                    })
                    .await
            },
            Message::Polled,
        ))
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let tick = self.clock.tick();
        Subscription::batch([
            iced::time::every(tick).map(|_| Message::Tick),
            iced::time::every(POLL).map(|_| Message::Poll),
        ])
    }
}
