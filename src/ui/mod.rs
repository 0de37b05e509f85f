//! The iced shell: turns messages into core calls and state into views. Screens live in their
//! own modules; this one routes between them and keeps the windows: the desk's, and the lobby
//! screen's when it is opened on a second monitor.

pub mod agenda;
pub mod badges;
pub mod camera;
pub mod console;
pub mod db;
pub mod desk;
pub(crate) mod desk_name;
mod error;
pub mod event_form;
pub mod help;
pub mod import;
pub mod kiosk;
pub mod lobby;
pub mod lock;
pub mod organizer;
pub mod pause;
pub mod print;
pub mod screen;
pub mod theme;
pub mod worker;

pub use crate::clock::Clock;
pub use error::Error;

use std::path::PathBuf;

use iced::{Element, Subscription, Task, window};

use db::Database;

/// What the window needs to start: set from the command line.
#[derive(Debug, Clone)]
pub struct Config {
    pub db_path: PathBuf,
    pub desk: Option<String>,
    /// The whole screen, no window frame.
    pub fullscreen: bool,
    /// Open as a self-service kiosk for attendees (`--kiosk`); a desk the settings name as a
    /// kiosk opens as one too.
    pub kiosk: bool,
    /// The language the desk speaks to its staff.
    pub language: crate::language::Language,
    /// The real time, or a rehearsal's (`--at`, `--speed`).
    pub clock: Clock,
    /// The hub to check in through (`--hub`); a joined database remembers its own.
    pub hub: Option<String>,
    /// The camera the command line asks for (`--camera`, `--camera-frames`), over the one
    /// this computer's Settings chose.
    pub camera: camera::Asked,
}

pub fn run(config: Config) -> iced::Result {
    iced::daemon(move || App::new(config.clone()), App::update, App::view)
        .title(App::title)
        .theme(|_: &App, _| theme::kiosk())
        .subscription(App::subscription)
        .run()
}

fn desk_window(fullscreen: bool) -> window::Settings {
    window::Settings {
        size: iced::Size::new(1280.0, 800.0),
        min_size: Some(iced::Size::new(1024.0, 640.0)),
        fullscreen,
        // A kiosk's window must not close at Alt+F4: the app decides (`CloseRequested`).
        exit_on_close_request: false,
        ..window::Settings::default()
    }
}

fn lobby_window() -> window::Settings {
    window::Settings {
        size: iced::Size::new(1280.0, 720.0),
        min_size: Some(iced::Size::new(640.0, 360.0)),
        ..window::Settings::default()
    }
}

/// Full-screen needs a window manager; on a bare X server (a kiosk without a desktop) the
/// window is sized to the monitor instead.
pub(crate) fn fill_the_screen<T: Send + 'static>() -> Task<T> {
    window::latest().and_then(fill_window)
}

fn fill_window<T: Send + 'static>(id: window::Id) -> Task<T> {
    window::monitor_size(id).and_then(move |size| window::resize(id, size))
}

pub struct App {
    db_path: PathBuf,
    /// The one clock every screen reads the time from.
    clock: Clock,
    desk_window: window::Id,
    screen: Screen,
    /// The lobby screen in a second window, with its own database connection.
    lobby: Option<(window::Id, Box<lobby::Lobby>)>,
    /// Opens the desk as a self-service kiosk (`--kiosk`).
    opens_as_kiosk: bool,
    /// The camera the command line asks for, over this computer's Settings.
    camera: camera::Asked,
    /// The language the desk speaks before the event is open.
    language: crate::language::Language,
}

enum Screen {
    Loading,
    Failed(String),
    /// The desk stays alive under the organizer's screens and the kiosk, so its state (and
    /// its syncing with the hub and its backups) goes on beneath them.
    Ready {
        database: Database,
        desk: Box<desk::Desk>,
        organizer: organizer::Organizer,
        /// The attendees' self-service screen, over the desk until an organizer leaves it.
        kiosk: Option<Box<kiosk::Kiosk>>,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened(Result<(Database, Box<desk::Start>), Error>),
    Desk(Box<desk::Message>),
    Organizer(Box<organizer::Message>),
    Lobby(Box<lobby::Message>),
    Kiosk(Box<kiosk::Message>),
    Camera(camera::CameraEvent),
    CloseRequested(window::Id),
    WindowClosed(window::Id),
}

fn to_desk(message: desk::Message) -> Message {
    Message::Desk(Box::new(message))
}

fn to_organizer(message: organizer::Message) -> Message {
    Message::Organizer(Box::new(message))
}

fn to_lobby(message: lobby::Message) -> Message {
    Message::Lobby(Box::new(message))
}

fn to_kiosk(message: kiosk::Message) -> Message {
    Message::Kiosk(Box::new(message))
}

impl App {
    pub fn new(config: Config) -> (App, Task<Message>) {
        let (desk_window, opened) = window::open(desk_window(config.fullscreen));
        let app = App {
            db_path: config.db_path.clone(),
            clock: config.clock.clone(),
            desk_window,
            screen: Screen::Loading,
            lobby: None,
            opens_as_kiosk: config.kiosk,
            camera: config.camera.clone(),
            language: config.language,
        };
        let open = Task::perform(
            db::open_desk(
                config.db_path,
                config.desk,
                config.clock,
                config.hub,
                config.language,
            ),
            |opened| Message::Opened(opened.map(|(database, start)| (database, Box::new(start)))),
        );
        let mut tasks = vec![opened.discard(), open];
        if config.fullscreen || config.kiosk {
            tasks.push(fill_window(desk_window));
        }
        (app, Task::batch(tasks))
    }

    /// The camera the command line names, else the one this computer's Settings chose.
    fn camera_frames(&self, desk: &desk::Desk) -> Subscription<Message> {
        let setting = desk.camera_setting();
        let source = match &self.camera {
            camera::Asked::AsSettingsSay => camera::Source::chosen(&setting.choice),
            camera::Asked::Off => None,
            camera::Asked::Source(source) => Some(source.clone()),
        };
        let preview = camera::Preview {
            mirror: setting.mirror,
        };
        match source {
            Some(source) => camera::from(source, preview).map(Message::Camera),
            None => Subscription::none(),
        }
    }

    fn title(&self, window: window::Id) -> String {
        if let Some((id, lobby)) = &self.lobby
            && *id == window
        {
            return lobby.title();
        }
        match &self.screen {
            Screen::Ready { desk, .. } => format!("{} — frontdesk", desk.event_name()),
            _ => "frontdesk".to_string(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Opened(Ok((database, start))) => {
                let as_kiosk = self.opens_as_kiosk || start.settings.is_kiosk(&start.desk_name);
                let (desk, task) = desk::Desk::new(database.clone(), *start, self.clock.clone());
                let mut tasks = vec![task.map(to_desk)];
                let kiosk = as_kiosk.then(|| {
                    let (kiosk, task) = kiosk::Kiosk::new(
                        database.clone(),
                        desk.saved(),
                        desk.speaker().clone(),
                        self.clock.clone(),
                    );
                    tasks.push(task.map(to_kiosk));
                    if !self.opens_as_kiosk {
                        tasks.push(fill_window(self.desk_window));
                    }
                    Box::new(kiosk)
                });
                self.screen = Screen::Ready {
                    database,
                    desk: Box::new(desk),
                    organizer: organizer::Organizer::new(self.clock.clone()),
                    kiosk,
                };
                Task::batch(tasks)
            }
            Message::Opened(Err(error)) => {
                tracing::error!(%error, path = %self.db_path.display(), "cannot open the database");
                let texts = self.language.texts();
                let file = self.db_path.display().to_string();
                let said = error.say(texts);
                // "…/event.sqlite is on a read-only disk" names the file already.
                self.screen = Screen::Failed(if said.contains(&file) {
                    crate::ui::error::as_sentence(&said)
                } else {
                    texts.tr_with(
                        "app-cannot-open",
                        &[("file", file.into()), ("error", said.into())],
                    )
                });
                Task::none()
            }
            Message::Desk(message) => self.update_desk(*message),
            Message::Organizer(message) => self.update_organizer(*message),
            Message::Lobby(message) => self.update_lobby(*message),
            Message::Kiosk(message) => self.update_kiosk(*message),
            Message::Camera(event) => self.camera(event),
            Message::CloseRequested(id) => match &self.screen {
                Screen::Ready { kiosk: Some(_), .. } if id == self.desk_window => {
                    tracing::info!("the kiosk's window stays open: leaving it needs the PIN");
                    Task::none()
                }
                _ => window::close(id),
            },
            Message::WindowClosed(id) if id == self.desk_window => match &self.screen {
                // The last copy of the database first, then the app ends.
                Screen::Ready { desk, .. } if desk.backs_up() => {
                    desk.final_backup().then(|_| iced::exit())
                }
                _ => iced::exit(),
            },
            Message::WindowClosed(id) => {
                if self.lobby.as_ref().is_some_and(|(lobby, _)| *lobby == id) {
                    self.lobby = None;
                }
                Task::none()
            }
        }
    }

    /// A camera frame goes to the kiosk when it is up, else to the desk; not to an organizer
    /// screen (a code held up while the console is open is no check-in).
    fn camera(&mut self, event: camera::CameraEvent) -> Task<Message> {
        match &self.screen {
            Screen::Ready { kiosk: Some(_), .. } => {
                self.update_kiosk(kiosk::Message::Camera(event))
            }
            Screen::Ready { organizer, .. } if !organizer.is_open() => {
                self.update_desk(desk::Message::Camera(event))
            }
            _ => Task::none(),
        }
    }

    fn update_kiosk(&mut self, message: kiosk::Message) -> Task<Message> {
        let Screen::Ready {
            desk,
            kiosk: kiosk_slot,
            ..
        } = &mut self.screen
        else {
            return Task::none();
        };
        let Some(kiosk) = kiosk_slot else {
            return Task::none();
        };
        match kiosk.update(message) {
            kiosk::Action::None => Task::none(),
            kiosk::Action::Run(task) => task.map(to_kiosk),
            kiosk::Action::Leave => {
                *kiosk_slot = None;
                // The kiosk's check-ins went through the desk's own connection.
                desk.data_changed_here();
                desk.focus_code_field().map(to_desk)
            }
        }
    }

    fn update_desk(&mut self, message: desk::Message) -> Task<Message> {
        let Screen::Ready {
            database,
            desk,
            organizer,
            ..
        } = &mut self.screen
        else {
            return Task::none();
        };
        match desk.update(message) {
            desk::Action::None => Task::none(),
            desk::Action::Run(task) => task.map(to_desk),
            desk::Action::Open(target) => organizer.open(target, database, desk).map(to_organizer),
            desk::Action::OpenLobby => self.open_lobby(),
        }
    }

    /// Opens the lobby in a second window, or brings it forward when it is open already.
    fn open_lobby(&mut self) -> Task<Message> {
        if let Some((id, _)) = &self.lobby {
            return window::gain_focus(*id);
        }
        let (id, opened) = window::open(lobby_window());
        let (lobby, task) = lobby::Lobby::opening(self.db_path.clone(), self.clock.clone());
        self.lobby = Some((id, Box::new(lobby)));
        Task::batch([opened.discard(), task.map(to_lobby)])
    }

    fn update_organizer(&mut self, message: organizer::Message) -> Task<Message> {
        let Screen::Ready {
            database,
            desk,
            organizer,
            ..
        } = &mut self.screen
        else {
            return Task::none();
        };
        match organizer.update(message, database, desk) {
            organizer::Action::None => Task::none(),
            organizer::Action::Run(task) => task.map(to_organizer),
            organizer::Action::Back => desk.focus_code_field().map(to_desk),
            organizer::Action::PeopleChanged(task) => {
                desk.data_changed_here();
                task.map(to_organizer)
            }
            organizer::Action::Open(target) => {
                organizer.open(target, database, desk).map(to_organizer)
            }
            organizer::Action::SettingsSaved(saved) => {
                desk.apply_settings(saved);
                Task::none()
            }
        }
    }

    fn update_lobby(&mut self, message: lobby::Message) -> Task<Message> {
        let Some((_, lobby)) = &mut self.lobby else {
            return Task::none();
        };
        match lobby.update(message) {
            lobby::Action::None => Task::none(),
            lobby::Action::Run(task) => task.map(to_lobby),
        }
    }

    pub fn view(&self, window: window::Id) -> Element<'_, Message> {
        if let Some((id, lobby)) = &self.lobby
            && *id == window
        {
            return lobby.view().map(to_lobby);
        }
        match &self.screen {
            Screen::Loading => theme::centered_notice(&self.language.texts().tr("app-opening")),
            Screen::Failed(error) => theme::centered_notice(error),
            Screen::Ready {
                kiosk: Some(kiosk), ..
            } => kiosk.view().map(to_kiosk),
            Screen::Ready {
                organizer, desk, ..
            } => match organizer.view() {
                Some(view) => view.map(to_organizer),
                None => desk.view().map(to_desk),
            },
        }
    }

    fn subscription(&self) -> Subscription<Message> {
        let screen = match &self.screen {
            // The desk goes on beneath the kiosk (syncing, backups) but hears no keys.
            Screen::Ready {
                kiosk: Some(kiosk),
                desk,
                ..
            } => Subscription::batch([
                kiosk.subscription().map(to_kiosk),
                desk.background_subscription().map(to_desk),
            ]),
            Screen::Ready { organizer, .. } if organizer.is_open() => {
                organizer.subscription().map(to_organizer)
            }
            Screen::Ready { desk, .. } => desk.subscription().map(to_desk),
            _ => Subscription::none(),
        };
        let lobby = match &self.lobby {
            Some((_, lobby)) => lobby.subscription().map(to_lobby),
            None => Subscription::none(),
        };
        let camera = match &self.screen {
            Screen::Ready { desk, .. } => self.camera_frames(desk),
            _ => Subscription::none(),
        };
        Subscription::batch([
            screen,
            lobby,
            camera,
            window::close_requests().map(Message::CloseRequested),
            window::close_events().map(Message::WindowClosed),
        ])
    }
}
