//! The iced shell: turns messages into core calls and state into views. Screens live in their
//! own modules; this one routes between them.

pub mod badges;
pub mod db;
pub mod desk;
mod desk_name;
pub mod theme;

use std::path::PathBuf;

use iced::{Element, Subscription, Task};

use db::Database;

/// What the window needs to start: set from the command line.
#[derive(Debug, Clone)]
pub struct Config {
    pub db_path: PathBuf,
    pub desk: Option<String>,
    /// Kiosk mode: the whole screen, no window frame.
    pub fullscreen: bool,
}

pub fn run(config: Config) -> iced::Result {
    let window = iced::window::Settings {
        size: iced::Size::new(1280.0, 800.0),
        min_size: Some(iced::Size::new(1024.0, 640.0)),
        fullscreen: config.fullscreen,
        ..iced::window::Settings::default()
    };
    iced::application(move || App::new(config.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window(window)
        .run()
}

/// Full-screen needs a window manager; on a bare X server (a kiosk without a desktop) the
/// window is sized to the monitor instead.
fn fill_the_screen<T: Send + 'static>() -> Task<T> {
    use iced::window;
    window::latest()
        .and_then(|id| window::monitor_size(id).and_then(move |size| window::resize(id, size)))
}

pub struct App {
    db_path: PathBuf,
    screen: Screen,
}

enum Screen {
    Loading,
    Failed(String),
    /// The desk stays alive under the organizer's screens, so its state survives a visit.
    Ready {
        database: Database,
        desk: Box<desk::Desk>,
        badges: Option<Box<badges::Badges>>,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened(Result<(Database, desk::Start), db::DbError>),
    Desk(Box<desk::Message>),
    Badges(Box<badges::Message>),
}

fn to_desk(message: desk::Message) -> Message {
    Message::Desk(Box::new(message))
}

fn to_badges(message: badges::Message) -> Message {
    Message::Badges(Box::new(message))
}

impl App {
    pub fn new(config: Config) -> (App, Task<Message>) {
        let app = App {
            db_path: config.db_path.clone(),
            screen: Screen::Loading,
        };
        let open = Task::perform(db::open_desk(config.db_path, config.desk), Message::Opened);
        if config.fullscreen {
            (app, Task::batch([open, fill_the_screen()]))
        } else {
            (app, open)
        }
    }

    fn title(&self) -> String {
        match &self.screen {
            Screen::Ready { desk, .. } => format!("{} — frontdesk", desk.event_name()),
            _ => "frontdesk".to_string(),
        }
    }

    fn theme(&self) -> iced::Theme {
        theme::kiosk()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Opened(Ok((database, start))) => {
                let (desk, task) = desk::Desk::new(database.clone(), start);
                self.screen = Screen::Ready {
                    database,
                    desk: Box::new(desk),
                    badges: None,
                };
                task.map(to_desk)
            }
            Message::Opened(Err(error)) => {
                tracing::error!(%error, path = %self.db_path.display(), "cannot open the database");
                self.screen = Screen::Failed(format!(
                    "Cannot open the event database {}: {error}",
                    self.db_path.display()
                ));
                Task::none()
            }
            Message::Desk(message) => self.update_desk(*message),
            Message::Badges(message) => self.update_badges(*message),
        }
    }

    fn update_desk(&mut self, message: desk::Message) -> Task<Message> {
        let Screen::Ready {
            database,
            desk,
            badges,
        } = &mut self.screen
        else {
            return Task::none();
        };
        match desk.update(message) {
            desk::Action::None => Task::none(),
            desk::Action::Run(task) => task.map(to_desk),
            desk::Action::OpenBadges => {
                let (screen, task) = badges::Badges::new(database.clone());
                *badges = Some(Box::new(screen));
                task.map(to_badges)
            }
        }
    }

    fn update_badges(&mut self, message: badges::Message) -> Task<Message> {
        let Screen::Ready { desk, badges, .. } = &mut self.screen else {
            return Task::none();
        };
        let Some(screen) = badges else {
            return Task::none();
        };
        match screen.update(message) {
            badges::Action::None => Task::none(),
            badges::Action::Run(task) => task.map(to_badges),
            badges::Action::Back => {
                *badges = None;
                desk.focus_code_field().map(to_desk)
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Loading => theme::centered_notice("Opening the event…"),
            Screen::Failed(error) => theme::centered_notice(error),
            Screen::Ready {
                badges: Some(screen),
                ..
            } => screen.view().map(to_badges),
            Screen::Ready { desk, .. } => desk.view().map(to_desk),
        }
    }

    fn subscription(&self) -> Subscription<Message> {
        match &self.screen {
            Screen::Ready {
                badges: Some(_), ..
            } => badges::back_key().map(to_badges),
            Screen::Ready { desk, .. } => desk.subscription().map(to_desk),
            _ => Subscription::none(),
        }
    }
}
