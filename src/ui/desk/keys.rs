//! Keyboard shortcuts of the desk. They are read from every key press, also those the code
//! field handled, because the field keeps the focus all day (Esc would otherwise only
//! unfocus it).

use iced::event::{self, Event};
use iced::keyboard::{self, Key, key::Named};
use iced::{Subscription, window};

use crate::ui::organizer::Target;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Up,
    Down,
    Escape,
    /// Tab and Shift+Tab, between the fields of a form.
    Next,
    Previous,
    /// Ctrl+Z
    Undo,
    /// Ctrl+N
    NewAttendee,
    /// Ctrl+P
    PrintBadge,
    /// An organizer screen: Ctrl+O the console (dashboard, import, export, settings,
    /// erase), Ctrl+B badges, Ctrl+E the agenda editor; F1 the help page, without the PIN.
    Open(Target),
    /// Ctrl+L: the lobby screen in a second window (for a second monitor).
    OpenLobby,
}

pub fn shortcuts() -> Subscription<Shortcut> {
    event::listen_with(shortcut_of)
}

fn shortcut_of(event: Event, _status: event::Status, _window: window::Id) -> Option<Shortcut> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    match key.as_ref() {
        Key::Named(Named::ArrowUp) => Some(Shortcut::Up),
        Key::Named(Named::ArrowDown) => Some(Shortcut::Down),
        Key::Named(Named::Escape) => Some(Shortcut::Escape),
        Key::Named(Named::F1) => Some(Shortcut::Open(Target::Help)),
        Key::Named(Named::Tab) if modifiers.shift() => Some(Shortcut::Previous),
        Key::Named(Named::Tab) => Some(Shortcut::Next),
        Key::Character("z" | "Z") if modifiers.command() => Some(Shortcut::Undo),
        Key::Character("n" | "N") if modifiers.command() => Some(Shortcut::NewAttendee),
        Key::Character("p" | "P") if modifiers.command() => Some(Shortcut::PrintBadge),
        Key::Character("b" | "B") if modifiers.command() => Some(Shortcut::Open(Target::Badges)),
        Key::Character("e" | "E") if modifiers.command() => Some(Shortcut::Open(Target::Agenda)),
        Key::Character("o" | "O") if modifiers.command() => Some(Shortcut::Open(Target::Console)),
        Key::Character("l" | "L") if modifiers.command() => Some(Shortcut::OpenLobby),
        _ => None,
    }
}
