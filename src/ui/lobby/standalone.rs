//! `frontdesk lobby`: the lobby screen as a program of its own, for the computer behind the
//! lobby TV.

use std::path::PathBuf;

use iced::{Element, Subscription, Task};

use super::{Action, Clock, Lobby, Message};
use crate::ui::theme;

#[derive(Debug, Clone)]
pub struct LobbyConfig {
    pub db_path: PathBuf,
    pub fullscreen: bool,
    pub clock: Clock,
}

pub fn run(config: LobbyConfig) -> iced::Result {
    let window = iced::window::Settings {
        size: iced::Size::new(1280.0, 720.0),
        min_size: Some(iced::Size::new(640.0, 360.0)),
        fullscreen: config.fullscreen,
        ..iced::window::Settings::default()
    };
    iced::application(
        move || {
            let (lobby, task) = Lobby::opening(config.db_path.clone(), config.clock.clone());
            let fill = if config.fullscreen {
                crate::ui::fill_the_screen()
            } else {
                Task::none()
            };
            (Standalone(lobby), Task::batch([task, fill]))
        },
        Standalone::update,
        Standalone::view,
    )
    .title(|app: &Standalone| app.0.title())
    .theme(|_: &Standalone| theme::kiosk())
    .subscription(Standalone::subscription)
    .window(window)
    .run()
}

struct Standalone(Lobby);

impl Standalone {
    fn update(&mut self, message: Message) -> Task<Message> {
        match self.0.update(message) {
            Action::None => Task::none(),
            Action::Run(task) => task,
        }
    }

    fn view(&self) -> Element<'_, Message> {
        self.0.view()
    }

    fn subscription(&self) -> Subscription<Message> {
        self.0.subscription()
    }
}
