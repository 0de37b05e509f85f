//! The iced shell: turns messages into core calls and state into views. Screens live in their
//! own modules; this one routes between them.

pub mod db;
pub mod overview;
pub mod theme;

use std::path::PathBuf;
use std::time::Duration;

use iced::{Element, Subscription, Task};

use db::Database;

/// What the window needs to start: set from the command line.
#[derive(Debug, Clone)]
pub struct Config {
    pub db_path: PathBuf,
    pub desk: Option<String>,
}

pub fn run(config: Config) -> iced::Result {
    iced::application(move || App::new(config.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window_size((1280.0, 800.0))
        .run()
}

pub struct App {
    db_path: PathBuf,
    screen: Screen,
}

enum Screen {
    Loading,
    Failed(String),
    Overview(overview::Overview),
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened(Result<(Database, overview::Snapshot), db::DbError>),
    Overview(overview::Message),
}

impl App {
    pub fn new(config: Config) -> (App, Task<Message>) {
        let path = config.db_path.clone();
        let app = App {
            db_path: config.db_path,
            screen: Screen::Loading,
        };
        (
            app,
            Task::perform(db::open_with_sample(path), Message::Opened),
        )
    }

    fn title(&self) -> String {
        match &self.screen {
            Screen::Overview(overview) => format!("{} — frontdesk", overview.event_name()),
            _ => "frontdesk".to_string(),
        }
    }

    fn theme(&self) -> iced::Theme {
        theme::kiosk()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Opened(Ok((database, snapshot))) => {
                self.screen = Screen::Overview(overview::Overview::new(database, snapshot));
                Task::none()
            }
            Message::Opened(Err(error)) => {
                tracing::error!(%error, path = %self.db_path.display(), "cannot open the database");
                self.screen = Screen::Failed(format!(
                    "Cannot open the event database {}: {error}",
                    self.db_path.display()
                ));
                Task::none()
            }
            Message::Overview(message) => {
                let Screen::Overview(overview) = &mut self.screen else {
                    return Task::none();
                };
                match overview.update(message) {
                    overview::Action::None => Task::none(),
                    overview::Action::Run(task) => task.map(Message::Overview),
                }
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Loading => theme::centered_notice("Opening the event…"),
            Screen::Failed(error) => theme::centered_notice(error),
            Screen::Overview(overview) => overview.view().map(Message::Overview),
        }
    }

    fn subscription(&self) -> Subscription<Message> {
        match &self.screen {
            // Another desk's check-ins show up within two seconds.
            Screen::Overview(_) => iced::time::every(Duration::from_secs(2))
                .map(|_| Message::Overview(overview::Message::Poll)),
            _ => Subscription::none(),
        }
    }
}
