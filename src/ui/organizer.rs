//! The organizer's side of the desk app: the console, badges and the agenda editor, all behind
//! the organizer PIN. Unlocking lasts until the organizer returns to the desk or leaves the
//! screens alone for a few minutes; then the PIN is asked again.
//!
//! Every organizer screen answers with the same [`screen::Action`], mapped in one place
//! ([`Organizer::act`]), and Esc goes back to the desk from all of them; a new screen needs
//! one variant in `Target`, `Screen` and `Message` and one arm in `show`, `update` and
//! `view` (and in `subscription` only when it has timers of its own).

use std::time::Duration;

use chrono::{DateTime, Utc};
use iced::{Element, Subscription, Task};

use super::db::Database;
use super::screen;
use super::{Clock, Error};
use super::{agenda, badges, console, desk, help, lock};

/// Which organizer screen was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Console,
    Badges,
    Agenda,
    /// The "Getting started" page (F1): no PIN, since it holds no event data.
    Help,
}

pub enum Screen {
    Lock {
        lock: Box<lock::Lock>,
        then: Target,
    },
    Badges(Box<badges::Badges>),
    Agenda(Box<agenda::AgendaEditor>),
    Console(Box<console::Console>),
    /// The help page, and the last key or click on it: left alone, it gives the desk back.
    Help {
        page: Box<help::Help>,
        last_activity: DateTime<Utc>,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Lock(lock::Message),
    Badges(badges::Message),
    Agenda(agenda::Message),
    Console(console::Message),
    Help(help::Message),
    ConsoleStart(Result<console::Start, Error>),
    IdleCheck,
    /// A key or a click in the window: the organizer is still there.
    Activity,
    /// Esc, on any organizer screen: back to the desk, locked again.
    Back,
}

/// What the app must do after an organizer message: `Back` returns to the desk (locked
/// again), `PeopleChanged` makes the desk re-read, `SettingsSaved` gives it the new names.
pub type Action = screen::Action<Message>;

pub struct Organizer {
    pub screen: Option<Screen>,
    clock: Clock,
    /// The organizer's last key or click since unlocking, by the app's clock.
    unlocked_at: Option<DateTime<Utc>>,
}

impl Organizer {
    /// Organizer screens that lock after [`crate::pin::LOCK_AFTER_IDLE`] without a key or a
    /// click, as measured by `clock`.
    pub fn new(clock: Clock) -> Organizer {
        Organizer {
            screen: None,
            clock,
            unlocked_at: None,
        }
    }

    pub fn is_open(&self) -> bool {
        self.screen.is_some()
    }

    fn is_idle(&self) -> bool {
        self.unlocked_at
            .is_none_or(|at| self.clock.since(at) >= crate::pin::LOCK_AFTER_IDLE)
    }

    /// Opens `target`, through the PIN gate unless the organizer unlocked a moment ago.
    pub fn open(
        &mut self,
        target: Target,
        database: &Database,
        desk: &desk::Desk,
    ) -> Task<Message> {
        if target == Target::Help || !self.is_idle() {
            return self.show(target, database, desk);
        }
        let (lock, task) = lock::Lock::new(database.clone(), self.clock.clone(), desk.texts());
        self.screen = Some(Screen::Lock {
            lock: Box::new(lock),
            then: target,
        });
        task.map(Message::Lock)
    }

    fn show(&mut self, target: Target, database: &Database, desk: &desk::Desk) -> Task<Message> {
        // Reading the help is no organizer's work: it keeps no one unlocked.
        if target != Target::Help {
            self.unlocked_at = Some(self.clock.now());
        }
        match target {
            Target::Help => {
                self.screen = Some(Screen::Help {
                    page: Box::new(help::Help::new(desk.texts())),
                    last_activity: self.clock.now(),
                });
                Task::none()
            }
            Target::Badges => {
                let (screen, task) = badges::Badges::new(database.clone(), desk.texts());
                self.screen = Some(Screen::Badges(Box::new(screen)));
                task.map(Message::Badges)
            }
            Target::Agenda => {
                let (screen, task) = agenda::AgendaEditor::new(database.clone(), desk.texts());
                self.screen = Some(Screen::Agenda(Box::new(screen)));
                task.map(Message::Agenda)
            }
            Target::Console => Task::perform(
                console::Start::read(database.clone(), desk.saved()),
                Message::ConsoleStart,
            ),
        }
    }

    fn close(&mut self) -> Action {
        self.screen = None;
        self.unlocked_at = None;
        Action::Back
    }

    pub fn update(&mut self, message: Message, database: &Database, desk: &desk::Desk) -> Action {
        let Some(screen) = &mut self.screen else {
            return Action::None;
        };
        match (screen, message) {
            // Only the organizer's own keys and clicks count: the dashboard's timer and the
            // answers it brings must not keep an abandoned console open.
            (Screen::Help { last_activity, .. }, Message::Activity) => {
                *last_activity = self.clock.now();
                Action::None
            }
            (_, Message::Activity) => {
                if self.unlocked_at.is_some() {
                    self.unlocked_at = Some(self.clock.now());
                }
                Action::None
            }
            (_, Message::Back) => self.close(),
            // The PIN screen itself has nothing to lock.
            (Screen::Lock { .. }, Message::IdleCheck) => Action::None,
            (Screen::Help { last_activity, .. }, Message::IdleCheck) => {
                if self.clock.since(*last_activity) >= crate::pin::LOCK_AFTER_IDLE {
                    return self.close();
                }
                Action::None
            }
            (_, Message::IdleCheck) => {
                if self.is_idle() {
                    tracing::info!("organizer screens locked after being left alone");
                    return self.close();
                }
                Action::None
            }
            (Screen::Lock { lock, then }, Message::Lock(message)) => {
                let then = *then;
                match lock.update(message) {
                    lock::Action::None => Action::None,
                    lock::Action::Run(task) => Action::Run(task.map(Message::Lock)),
                    lock::Action::Unlocked => Action::Run(self.show(then, database, desk)),
                    lock::Action::Cancelled => self.close(),
                }
            }
            (Screen::Badges(screen), Message::Badges(message)) => {
                let action = screen.update(message);
                self.act(action.map(Message::Badges), database, desk)
            }
            (Screen::Agenda(screen), Message::Agenda(message)) => {
                let action = screen.update(message);
                self.act(action.map(Message::Agenda), database, desk)
            }
            (Screen::Help { page, .. }, Message::Help(message)) => {
                let action = page.update(message);
                self.act(action.map(Message::Help), database, desk)
            }
            (Screen::Console(screen), Message::Console(message)) => {
                let action = screen.update(message);
                self.act(action.map(Message::Console), database, desk)
            }
            (_, Message::ConsoleStart(Ok(start))) => {
                let (console, task) = console::Console::new(database.clone(), start);
                self.screen = Some(Screen::Console(Box::new(console)));
                Action::Run(task.map(Message::Console))
            }
            (_, Message::ConsoleStart(Err(error))) => {
                tracing::error!(%error, "cannot open the organizer console");
                self.close()
            }
            // A late message for a screen that has closed.
            _ => Action::None,
        }
    }

    /// What every organizer screen's answer means for the app: the one place they are read.
    fn act(&mut self, action: Action, database: &Database, desk: &desk::Desk) -> Action {
        match action {
            Action::Back => self.close(),
            Action::Open(target) => Action::Run(self.show(target, database, desk)),
            other => other,
        }
    }

    pub fn view(&self) -> Option<Element<'_, Message>> {
        Some(match self.screen.as_ref()? {
            Screen::Lock { lock, .. } => lock.view().map(Message::Lock),
            Screen::Badges(screen) => screen.view().map(Message::Badges),
            Screen::Agenda(screen) => screen.view().map(Message::Agenda),
            Screen::Console(screen) => screen.view().map(Message::Console),
            Screen::Help { page, .. } => page.view().map(Message::Help),
        })
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // Only screens with timers or keys of their own have a subscription.
        let screen = match &self.screen {
            None => return Subscription::none(),
            Some(Screen::Console(_)) => console::subscription().map(Message::Console),
            Some(Screen::Lock { .. }) => lock::subscription().map(Message::Lock),
            Some(Screen::Help { .. }) => help::subscription().map(Message::Help),
            Some(_) => Subscription::none(),
        };
        Subscription::batch([
            screen,
            super::theme::escape_key().map(|()| Message::Back),
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
