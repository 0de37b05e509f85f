//! Sizes, colours and shared pieces of the kiosk look: large type, high contrast.

use iced::widget::{container, text};
use iced::{Element, Length, Theme};

pub const TITLE: f32 = 48.0;
pub const HEADLINE: f32 = 72.0;
pub const BODY: f32 = 28.0;
pub const SMALL: f32 = 20.0;
pub const SPACING: f32 = 24.0;
pub const PADDING: f32 = 48.0;

pub fn kiosk() -> Theme {
    Theme::Dark
}

pub fn centered_notice<'a, M: 'a>(message: &str) -> Element<'a, M> {
    container(text(message.to_string()).size(BODY))
        .center(Length::Fill)
        .padding(PADDING)
        .into()
}
