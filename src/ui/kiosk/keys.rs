//! The one key chord a kiosk answers: Ctrl+Alt+K asks for the organizer PIN. The staff desk's
//! shortcuts (Esc, Ctrl+O, Ctrl+Z, ...) are not listened to at all here.

use iced::event::{self, Event};
use iced::keyboard::{self, Key};
use iced::{Subscription, window};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskKey {
    /// Ctrl+Alt+K: the organizer wants to leave the kiosk.
    Leave,
}

pub fn kiosk_keys() -> Subscription<KioskKey> {
    event::listen_with(key_of)
}

fn key_of(event: Event, _status: event::Status, _window: window::Id) -> Option<KioskKey> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    is_leave_chord(&key, modifiers).then_some(KioskKey::Leave)
}

/// Ctrl+Alt+K (Cmd+Alt+K on a Mac).
pub fn is_leave_chord(key: &Key, modifiers: keyboard::Modifiers) -> bool {
    matches!(key.as_ref(), Key::Character("k" | "K")) && modifiers.command() && modifiers.alt()
}
