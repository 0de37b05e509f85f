//! Sizes, colours and shared pieces of the kiosk look: large type, high contrast, generous
//! spacing. An answer is never told by colour alone: each tone comes with an icon and a word.

use iced::widget::{button, container, text, text_input};
use iced::{Background, Border, Color, Element, Length, Theme};

pub const HEADLINE: f32 = 80.0;
/// The first line of an answer: Welcome, Already checked in, ...
pub const VERDICT: f32 = 64.0;
pub const NAME: f32 = 56.0;
pub const TITLE: f32 = 40.0;
pub const BODY: f32 = 28.0;
pub const SMALL: f32 = 20.0;
pub const INPUT: f32 = 40.0;
pub const SPACING: f32 = 24.0;
pub const PADDING: f32 = 32.0;

pub const BACKGROUND: Color = Color::from_rgb(0.09, 0.10, 0.12);
pub const SURFACE: Color = Color::from_rgb(0.15, 0.16, 0.19);
pub const TEXT: Color = Color::from_rgb(0.96, 0.96, 0.96);
pub const MUTED: Color = Color::from_rgb(0.72, 0.74, 0.78);
pub const ACCENT: Color = Color::from_rgb(0.35, 0.62, 1.0);

/// How an answer at the desk reads at a glance (with its icon and word, never alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Welcome,
    Caution,
    Refused,
}

impl Tone {
    pub fn background(self) -> Color {
        match self {
            Tone::Welcome => Color::from_rgb(0.05, 0.45, 0.22),
            Tone::Caution => Color::from_rgb(0.96, 0.70, 0.10),
            Tone::Refused => Color::from_rgb(0.70, 0.07, 0.12),
        }
    }

    pub fn foreground(self) -> Color {
        match self {
            Tone::Caution => Color::from_rgb(0.08, 0.08, 0.08),
            Tone::Welcome | Tone::Refused => Color::WHITE,
        }
    }
}

pub fn kiosk() -> Theme {
    Theme::custom(
        "Kiosk".to_string(),
        iced::theme::Palette {
            background: BACKGROUND,
            text: TEXT,
            primary: ACCENT,
            success: Tone::Welcome.background(),
            warning: Tone::Caution.background(),
            danger: Tone::Refused.background(),
        },
    )
}

pub fn card(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(tone.background())),
        text_color: Some(tone.foreground()),
        border: Border {
            radius: 16.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

pub fn surface(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        text_color: Some(TEXT),
        border: Border {
            radius: 12.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

pub fn selected_row(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgb(0.20, 0.30, 0.50))),
        text_color: Some(TEXT),
        border: Border {
            radius: 10.0.into(),
            width: 3.0,
            color: ACCENT,
        },
        ..container::Style::default()
    }
}

/// The desk's ribbon for the ticket types people look for across a room: the badge's colour
/// (the core decides which types and which colours), with text that reads on it.
pub fn ribbon(ticket_type: &str) -> Option<(Color, Color)> {
    let colour = crate::badge::RibbonColours::default().standout(ticket_type)?;
    Some((rgb(colour), rgb(crate::badge::text_on(colour))))
}

fn rgb([r, g, b]: crate::badge::Colour) -> Color {
    Color::from_rgb8(r, g, b)
}

pub fn ribbon_style((color, text): (Color, Color)) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(color)),
        text_color: Some(text),
        border: Border {
            radius: 8.0.into(),
            width: 3.0,
            color: Color::WHITE,
        },
        ..container::Style::default()
    }
}

pub fn code_input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let mut style = text_input::default(theme, status);
    style.background = Background::Color(Color::from_rgb(0.98, 0.98, 0.98));
    style.value = Color::from_rgb(0.05, 0.05, 0.05);
    style.placeholder = Color::from_rgb(0.40, 0.42, 0.46);
    style.border = Border {
        radius: 10.0.into(),
        width: 4.0,
        color: match status {
            text_input::Status::Focused { .. } => ACCENT,
            _ => MUTED,
        },
    };
    style
}

pub fn quiet_button(theme: &Theme, status: button::Status) -> button::Style {
    let mut style = button::secondary(theme, status);
    style.border.radius = 10.0.into();
    style
}

pub fn centered_notice<'a, M: 'a>(message: &str) -> Element<'a, M> {
    container(text(message.to_string()).size(BODY))
        .center(Length::Fill)
        .padding(PADDING)
        .into()
}

/// Esc on an organizer screen: back to the desk. Seen even when a text field has the focus.
pub fn escape_key() -> iced::Subscription<()> {
    iced::event::listen_with(|event, _status, _window| match event {
        iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
            key: iced::keyboard::Key::Named(iced::keyboard::key::Named::Escape),
            ..
        }) => Some(()),
        _ => None,
    })
}
