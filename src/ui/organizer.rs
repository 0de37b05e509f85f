//! The organizer's side of the desk app: the console, badges and the agenda editor, all behind
//! the organizer PIN. Unlocking lasts until the organizer returns to the desk or leaves the
//! screens alone for a few minutes; then the PIN is asked again.

use std::time::{Duration, Instant};

use iced::{Element, Subscription, Task};

use super::db::{Database, DbError};
use super::{agenda, badges, console, desk, lock};

/// Which organizer screen was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Console,
    Badges,
    Agenda,
}

pub enum Screen {
    Lock { lock: Box<lock::Lock>, then: Target },
    Badges(Box<badges::Badges>),
    Agenda(Box<agenda::AgendaEditor>),
    Console(Box<console::Console>),
}

#[derive(Debug, Clone)]
pub enum Message {
    Lock(lock::Message),
    Badges(badges::Message),
    Agenda(agenda::Message),
    Console(console::Message),
    ConsoleStart(Result<console::Start, DbError>),
    IdleCheck,
    /// A key or a click in the window: the organizer is still there.
    Activity,
}

/// What the app must do for the desk after an organizer message.
pub enum Outcome {
    Stay,
    /// Back to the desk (locked again).
    Desk,
    /// The desk must re-read its counts and search index.
    PeopleChanged,
    SettingsSaved {
        event_name: String,
        desk_name: String,
        settings: crate::settings::Settings,
    },
}

pub struct Organizer {
    pub screen: Option<Screen>,
    unlocked_at: Option<Instant>,
    idle_after: Duration,
}

impl Default for Organizer {
    fn default() -> Self {
        Organizer {
            screen: None,
            unlocked_at: None,
            idle_after: crate::pin::LOCK_AFTER_IDLE,
        }
    }
}

impl Organizer {
    /// Organizer screens that lock after `idle_after` without a key or a click (tests use a
    /// short one; the app uses `pin::LOCK_AFTER_IDLE`).
    pub fn with_idle_after(idle_after: Duration) -> Organizer {
        Organizer {
            idle_after,
            ..Organizer::default()
        }
    }

    pub fn is_open(&self) -> bool {
        self.screen.is_some()
    }

    /// Opens `target`, through the PIN gate unless the organizer unlocked a moment ago.
    pub fn open(
        &mut self,
        target: Target,
        database: &Database,
        desk: &desk::Desk,
    ) -> Task<Message> {
        if self
            .unlocked_at
            .is_some_and(|at| at.elapsed() < self.idle_after)
        {
            return self.show(target, database, desk);
        }
        let (lock, task) = lock::Lock::new(database.clone());
        self.screen = Some(Screen::Lock {
            lock: Box::new(lock),
            then: target,
        });
        task.map(Message::Lock)
    }

    fn show(&mut self, target: Target, database: &Database, desk: &desk::Desk) -> Task<Message> {
        self.unlocked_at = Some(Instant::now());
        match target {
            Target::Badges => {
                let (screen, task) = badges::Badges::new(database.clone());
                self.screen = Some(Screen::Badges(Box::new(screen)));
                task.map(Message::Badges)
            }
            Target::Agenda => {
                let (screen, task) = agenda::AgendaEditor::new(database.clone());
                self.screen = Some(Screen::Agenda(Box::new(screen)));
                task.map(Message::Agenda)
            }
            Target::Console => {
                let (database, desk_name) = (database.clone(), desk.desk_name().to_string());
                Task::perform(
                    async move {
                        database
                            .run(move |store| {
                                Ok(console::Start {
                                    event: store.event()?,
                                    settings: crate::settings::Settings::load(store)?,
                                    desk_name,
                                })
                            })
                            .await
                    },
                    Message::ConsoleStart,
                )
            }
        }
    }

    fn close(&mut self) -> Outcome {
        self.screen = None;
        self.unlocked_at = None;
        Outcome::Desk
    }

    pub fn update(
        &mut self,
        message: Message,
        database: &Database,
        desk: &desk::Desk,
    ) -> (Task<Message>, Outcome) {
        let Some(screen) = &mut self.screen else {
            return (Task::none(), Outcome::Stay);
        };
        match (screen, message) {
            // Only the organizer's own keys and clicks count: the dashboard's timer and the
            // answers it brings must not keep an abandoned console open.
            (_, Message::Activity) => {
                if self.unlocked_at.is_some() {
                    self.unlocked_at = Some(Instant::now());
                }
                (Task::none(), Outcome::Stay)
            }
            // The PIN screen itself has nothing to lock.
            (Screen::Lock { .. }, Message::IdleCheck) => (Task::none(), Outcome::Stay),
            (_, Message::IdleCheck) => {
                let idle = self
                    .unlocked_at
                    .is_none_or(|at| at.elapsed() >= self.idle_after);
                if idle {
                    tracing::info!("organizer screens locked after being left alone");
                    return (Task::none(), self.close());
                }
                (Task::none(), Outcome::Stay)
            }
            (Screen::Lock { lock, then }, Message::Lock(message)) => {
                let then = *then;
                match lock.update(message) {
                    lock::Action::None => (Task::none(), Outcome::Stay),
                    lock::Action::Run(task) => (task.map(Message::Lock), Outcome::Stay),
                    lock::Action::Unlocked => (self.show(then, database, desk), Outcome::Stay),
                    lock::Action::Cancelled => (Task::none(), self.close()),
                }
            }
            (Screen::Badges(screen), Message::Badges(message)) => match screen.update(message) {
                badges::Action::None => (Task::none(), Outcome::Stay),
                badges::Action::Run(task) => (task.map(Message::Badges), Outcome::Stay),
                badges::Action::Back => (Task::none(), self.close()),
            },
            (Screen::Agenda(screen), Message::Agenda(message)) => match screen.update(message) {
                agenda::Action::None => (Task::none(), Outcome::Stay),
                agenda::Action::Run(task) => (task.map(Message::Agenda), Outcome::Stay),
                agenda::Action::Back => (Task::none(), self.close()),
            },
            (_, Message::ConsoleStart(Ok(start))) => {
                let (console, task) = console::Console::new(database.clone(), start);
                self.screen = Some(Screen::Console(Box::new(console)));
                (task.map(Message::Console), Outcome::Stay)
            }
            (_, Message::ConsoleStart(Err(error))) => {
                tracing::error!(%error, "cannot open the organizer console");
                (Task::none(), self.close())
            }
            (Screen::Console(screen), Message::Console(message)) => {
                let action = screen.update(message);
                self.console(action, database, desk)
            }
            // A late message for a screen that has closed.
            _ => (Task::none(), Outcome::Stay),
        }
    }

    fn console(
        &mut self,
        action: console::Action,
        database: &Database,
        desk: &desk::Desk,
    ) -> (Task<Message>, Outcome) {
        match action {
            console::Action::None => (Task::none(), Outcome::Stay),
            console::Action::Run(task) => (task.map(Message::Console), Outcome::Stay),
            console::Action::Back => (Task::none(), self.close()),
            console::Action::PeopleChanged(task) => {
                (task.map(Message::Console), Outcome::PeopleChanged)
            }
            console::Action::Open(target) => (self.show(target, database, desk), Outcome::Stay),
            console::Action::SettingsSaved {
                event_name,
                desk_name,
                settings,
            } => (
                Task::none(),
                Outcome::SettingsSaved {
                    event_name,
                    desk_name,
                    settings,
                },
            ),
        }
    }

    pub fn view(&self) -> Option<Element<'_, Message>> {
        Some(match self.screen.as_ref()? {
            Screen::Lock { lock, .. } => lock.view().map(Message::Lock),
            Screen::Badges(screen) => screen.view().map(Message::Badges),
            Screen::Agenda(screen) => screen.view().map(Message::Agenda),
            Screen::Console(screen) => screen.view().map(Message::Console),
        })
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let screen = match &self.screen {
            None => return Subscription::none(),
            Some(Screen::Lock { .. }) => lock::cancel_key().map(Message::Lock),
            Some(Screen::Badges(_)) => badges::back_key().map(Message::Badges),
            Some(Screen::Agenda(_)) => agenda::back_key().map(Message::Agenda),
            Some(Screen::Console(_)) => console::subscription().map(Message::Console),
        };
        Subscription::batch([
            screen,
            iced::time::every(Duration::from_secs(10)).map(|_| Message::IdleCheck),
            iced::event::listen_with(|event, _status, _window| match event {
                iced::Event::Keyboard(iced::keyboard::Event::KeyPressed { .. })
                | iced::Event::Mouse(
                    iced::mouse::Event::ButtonPressed(_) | iced::mouse::Event::WheelScrolled { .. },
                ) => Some(Message::Activity),
                _ => None,
            }),
        ])
    }
}
