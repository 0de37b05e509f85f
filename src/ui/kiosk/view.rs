//! How the kiosk looks: the event and the clock along the top, one large prompt or answer in
//! the middle, the code field under it. Sizes follow the window, so the prompt reads from a
//! step away on a laptop, a 24" screen or a portrait tablet alike.

use iced::widget::{
    column, container, mouse_area, responsive, row, space, stack, text, text_input,
};
use iced::{Alignment, Element, Font, Length, Size};

use super::{KIOSK_INPUT, Kiosk, Message, Panel};
use crate::kiosk::KioskAnswer;
use crate::ui::theme::{self, Tone};

const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..Font::DEFAULT
};
/// The hidden corner an organizer presses to leave the kiosk.
const CORNER: f32 = 96.0;

/// Text sizes for a window of `size`: the desk's sizes at 1280×800 (at 800×1280 on a portrait
/// screen), larger on a larger screen, smaller on a smaller one.
#[derive(Debug, Clone, Copy)]
struct Scale(f32);

impl Scale {
    fn of(size: Size) -> Scale {
        let (long, short) = if size.width >= size.height {
            (size.width, size.height)
        } else {
            (size.height, size.width)
        };
        Scale((long / 1280.0).min(short / 800.0).clamp(0.6, 2.0))
    }

    fn of_size(self, base: f32) -> f32 {
        (base * self.0).round()
    }
}

impl Kiosk {
    pub fn view(&self) -> Element<'_, Message> {
        let screen = responsive(move |size| self.screen(Scale::of(size)));
        let corner =
            mouse_area(space().width(CORNER).height(CORNER)).on_press(Message::CornerPressed);
        stack![screen, corner].into()
    }

    fn screen(&self, scale: Scale) -> Element<'_, Message> {
        let body = match &self.panel {
            Panel::Pin { lock, .. } => self.pin(lock),
            Panel::Attract => self.attract(scale),
            _ => column![self.middle(scale), self.code_field(scale)]
                .spacing(scale.of_size(theme::SPACING))
                .align_x(Alignment::Center)
                .into(),
        };
        // The attract screen is its own header: the event and the clock, big.
        let header = (!matches!(self.panel, Panel::Attract)).then(|| self.header(scale));
        container(column![header, container(body).center(Length::Fill)])
            .padding(scale.of_size(theme::PADDING))
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    fn clock(&self) -> String {
        self.now
            .with_timezone(&self.zone)
            .format("%H:%M")
            .to_string()
    }

    fn header(&self, scale: Scale) -> Element<'_, Message> {
        row![
            text(&self.event_name)
                .size(scale.of_size(theme::TITLE))
                .font(BOLD)
                .width(Length::Fill),
            text(self.clock())
                .size(scale.of_size(theme::TITLE))
                .font(BOLD),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center)
        .into()
    }

    fn middle(&self, scale: Scale) -> Element<'_, Message> {
        match &self.panel {
            Panel::Answer {
                answer,
                print_failed,
                ..
            } => answer_card(answer, *print_failed, scale),
            Panel::Waiting => text("One moment…")
                .size(scale.of_size(theme::HEADLINE))
                .into(),
            Panel::Problem => card(
                Tone::Refused,
                "Please see the staff desk",
                vec!["This kiosk cannot check you in right now.".to_string()],
                scale,
            ),
            _ => self.prompt(scale),
        }
    }

    fn prompt(&self, scale: Scale) -> Element<'_, Message> {
        let hint = if self.settings.kiosk_email_search {
            "No code to scan? Type your email address, or your family name and your \
             ticket's last 4 digits, and press Enter."
        } else {
            "Hold it under the scanner."
        };
        column![
            text("Scan the QR code on your ticket")
                .size(scale.of_size(theme::HEADLINE))
                .font(BOLD)
                .align_x(Alignment::Center),
            text(hint)
                .size(scale.of_size(theme::TITLE))
                .color(theme::MUTED)
                .align_x(Alignment::Center),
        ]
        .spacing(scale.of_size(theme::SPACING))
        .align_x(Alignment::Center)
        .into()
    }

    /// The code field, and under it the camera's view when there is a camera: attendees see
    /// where to hold their ticket.
    fn code_field(&self, scale: Scale) -> Element<'_, Message> {
        let field = self.text_field(scale);
        match &self.camera_preview {
            Some(preview) => column![
                field,
                iced::widget::image(preview.clone()).width(scale.of_size(320.0))
            ]
            .spacing(scale.of_size(12.0))
            .align_x(Alignment::Center)
            .into(),
            None => field,
        }
    }

    fn text_field(&self, scale: Scale) -> Element<'_, Message> {
        let placeholder = if self.settings.kiosk_email_search {
            "Scan your ticket, or type your email address"
        } else {
            "Scan your ticket"
        };
        text_input(placeholder, &self.input)
            .id(KIOSK_INPUT)
            .on_input(Message::InputChanged)
            .on_submit(Message::Submitted)
            .size(scale.of_size(theme::BODY))
            .padding(scale.of_size(14.0))
            .width(Length::Fixed(scale.of_size(760.0)))
            .style(theme::code_input)
            .into()
    }

    /// After a minute with nobody at the kiosk: the event and the one thing to do, big.
    fn attract(&self, scale: Scale) -> Element<'_, Message> {
        column![
            text(&self.event_name)
                .size(scale.of_size(theme::HEADLINE))
                .font(BOLD)
                .align_x(Alignment::Center),
            text("Scan your ticket to check in")
                .size(scale.of_size(theme::VERDICT))
                .color(theme::ACCENT)
                .align_x(Alignment::Center),
            text(self.clock())
                .size(scale.of_size(theme::HEADLINE))
                .color(theme::MUTED),
            self.code_field(scale),
        ]
        .spacing(scale.of_size(theme::SPACING * 1.5))
        .align_x(Alignment::Center)
        .into()
    }

    fn pin<'a>(&'a self, lock: &'a crate::ui::lock::Lock) -> Element<'a, Message> {
        lock.view().map(Message::Lock)
    }
}

fn answer_card<'a>(answer: &KioskAnswer, print_failed: bool, scale: Scale) -> Element<'a, Message> {
    let tone = match answer {
        KioskAnswer::Welcome { .. } => Tone::Welcome,
        KioskAnswer::AlreadyCheckedIn | KioskAnswer::ScanAgain => Tone::Caution,
        KioskAnswer::SeeStaff => Tone::Refused,
    };
    let mut details = answer.details();
    if print_failed {
        details.retain(|line| line != "Your badge is printing.");
        details.push("Please collect your badge at the staff desk.".to_string());
    }
    card(tone, &answer.headline(), details, scale)
}

fn card<'a>(
    tone: Tone,
    headline: &str,
    details: Vec<String>,
    scale: Scale,
) -> Element<'a, Message> {
    let icon = match tone {
        Tone::Welcome => "✓",
        Tone::Caution => "!",
        Tone::Refused => "→",
    };
    let mut lines = column![
        row![
            text(icon).size(scale.of_size(theme::VERDICT)).font(BOLD),
            text(headline.to_string())
                .size(scale.of_size(theme::VERDICT))
                .font(BOLD),
        ]
        .spacing(scale.of_size(theme::SPACING))
        .align_y(Alignment::Center),
    ]
    .spacing(scale.of_size(12.0))
    .align_x(Alignment::Center);
    for line in details {
        lines = lines.push(
            text(line)
                .size(scale.of_size(theme::TITLE))
                .align_x(Alignment::Center),
        );
    }
    container(lines)
        .padding(scale.of_size(theme::PADDING * 1.5))
        .width(Length::Fill)
        .align_x(Alignment::Center)
        .style(theme::card(tone))
        .into()
}
