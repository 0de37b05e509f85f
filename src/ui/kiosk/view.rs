//! How the kiosk looks: the event and the clock along the top, one large prompt or answer in
//! the middle, the code field under it. Sizes follow the window, so the prompt reads from a
//! step away on a laptop, a 24" screen or a portrait tablet alike.

use iced::widget::{
    column, container, mouse_area, responsive, row, space, stack, text, text_input,
};
use iced::{Alignment, Element, Font, Length};

use super::{KIOSK_INPUT, Kiosk, Message, Panel};
use crate::kiosk::KioskAnswer;
use crate::language::Texts;
use crate::ui::theme::{self, Sizes, Tone};

const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..Font::DEFAULT
};
/// The hidden corner an organizer presses to leave the kiosk.
const CORNER: f32 = 96.0;

impl Kiosk {
    pub fn view(&self) -> Element<'_, Message> {
        let screen = responsive(move |size| self.screen(Sizes::for_window(size)));
        let corner =
            mouse_area(space().width(CORNER).height(CORNER)).on_press(Message::CornerPressed);
        stack![screen, corner].into()
    }

    fn screen(&self, scale: Sizes) -> Element<'_, Message> {
        let body = match &self.panel {
            Panel::Pin { lock, .. } => self.pin(lock),
            Panel::Attract => self.attract(scale),
            _ => column![self.middle(scale), self.code_field(scale)]
                .spacing(scale.px(theme::SPACING))
                .align_x(Alignment::Center)
                .into(),
        };
        // The attract screen is its own header: the event and the clock, big.
        let header = (!matches!(self.panel, Panel::Attract)).then(|| self.header(scale));
        container(column![header, container(body).center(Length::Fill)])
            .padding(scale.px(theme::PADDING))
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

    fn header(&self, scale: Sizes) -> Element<'_, Message> {
        row![
            text(&self.event_name)
                .size(scale.px(theme::TITLE))
                .font(BOLD)
                .width(Length::Fill),
            text(self.clock()).size(scale.px(theme::TITLE)).font(BOLD),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center)
        .into()
    }

    /// The words the attendees read: the event's language.
    fn texts(&self) -> &'static Texts {
        self.settings.event_language.texts()
    }

    fn middle(&self, scale: Sizes) -> Element<'_, Message> {
        let t = self.texts();
        match &self.panel {
            Panel::Answer {
                answer,
                print_failed,
                ..
            } => answer_card(answer, *print_failed, t, scale),
            Panel::Waiting => text(t.tr("kiosk-one-moment"))
                .size(scale.px(theme::HEADLINE))
                .into(),
            Panel::Problem => card(
                Tone::Refused,
                &t.tr("kiosk-see-staff"),
                vec![t.tr("kiosk-cannot")],
                scale,
            ),
            _ => self.prompt(scale),
        }
    }

    fn prompt(&self, scale: Sizes) -> Element<'_, Message> {
        let t = self.texts();
        let hint = if self.settings.kiosk_email_search {
            t.tr_with(
                "kiosk-prompt-hint-search",
                &[("digits", crate::kiosk::TICKET_DIGITS.into())],
            )
        } else {
            t.tr("kiosk-prompt-hint")
        };
        column![
            text(t.tr("kiosk-prompt"))
                .size(scale.px(theme::HEADLINE))
                .font(BOLD)
                .align_x(Alignment::Center),
            text(hint)
                .size(scale.px(theme::TITLE))
                .color(theme::MUTED)
                .align_x(Alignment::Center),
        ]
        .spacing(scale.px(theme::SPACING))
        .align_x(Alignment::Center)
        .into()
    }

    /// The code field, and under it the camera's view when there is a camera: attendees see
    /// where to hold their ticket.
    fn code_field(&self, scale: Sizes) -> Element<'_, Message> {
        let field = self.text_field(scale);
        match &self.camera_preview {
            Some(preview) => column![
                field,
                iced::widget::image(preview.clone()).width(scale.px(320.0))
            ]
            .spacing(scale.px(12.0))
            .align_x(Alignment::Center)
            .into(),
            None => field,
        }
    }

    fn text_field(&self, scale: Sizes) -> Element<'_, Message> {
        let placeholder = if self.settings.kiosk_email_search {
            self.texts().tr("kiosk-field-search")
        } else {
            self.texts().tr("kiosk-field")
        };
        let (width, padding) = field_box(scale);
        text_input(&placeholder, &self.input)
            .id(KIOSK_INPUT)
            .on_input(Message::InputChanged)
            .on_submit(Message::Submitted)
            .size(placeholder_size(&placeholder, scale))
            .padding(padding)
            .width(Length::Fixed(width))
            .style(theme::code_input)
            .into()
    }

    /// After a minute with nobody at the kiosk: the event and the one thing to do, big.
    fn attract(&self, scale: Sizes) -> Element<'_, Message> {
        column![
            text(&self.event_name)
                .size(scale.px(theme::HEADLINE))
                .font(BOLD)
                .align_x(Alignment::Center),
            text(self.texts().tr("kiosk-attract"))
                .size(scale.px(theme::VERDICT))
                .color(theme::ACCENT)
                .align_x(Alignment::Center),
            text(self.clock())
                .size(scale.px(theme::HEADLINE))
                .color(theme::MUTED),
            self.code_field(scale),
        ]
        .spacing(scale.px(theme::SPACING * 1.5))
        .align_x(Alignment::Center)
        .into()
    }

    fn pin<'a>(&'a self, lock: &'a crate::ui::lock::Lock) -> Element<'a, Message> {
        lock.view().map(Message::Lock)
    }
}

fn answer_card<'a>(
    answer: &KioskAnswer,
    print_failed: bool,
    texts: &Texts,
    scale: Sizes,
) -> Element<'a, Message> {
    let tone = match answer {
        KioskAnswer::Welcome { .. } => Tone::Welcome,
        KioskAnswer::AlreadyCheckedIn | KioskAnswer::ScanAgain => Tone::Caution,
        KioskAnswer::SeeStaff => Tone::Refused,
    };
    card(
        tone,
        &answer.headline(texts),
        answer.details(texts, print_failed),
        scale,
    )
}

fn card<'a>(
    tone: Tone,
    headline: &str,
    details: Vec<String>,
    scale: Sizes,
) -> Element<'a, Message> {
    let icon = match tone {
        Tone::Welcome => "✓",
        Tone::Caution => "!",
        Tone::Refused => "→",
    };
    let mut lines = column![
        row![
            text(icon).size(scale.px(theme::VERDICT)).font(BOLD),
            text(headline.to_string())
                .size(scale.px(theme::VERDICT))
                .font(BOLD),
        ]
        .spacing(scale.px(theme::SPACING))
        .align_y(Alignment::Center),
    ]
    .spacing(scale.px(12.0))
    .align_x(Alignment::Center);
    for line in details {
        lines = lines.push(
            text(line)
                .size(scale.px(theme::TITLE))
                .align_x(Alignment::Center),
        );
    }
    container(lines)
        .padding(scale.px(theme::PADDING * 1.5))
        .width(Length::Fill)
        .align_x(Alignment::Center)
        .style(theme::card(tone))
        .into()
}

/// The code field's width and padding.
fn field_box(scale: Sizes) -> (f32, f32) {
    (scale.px(760.0), scale.px(14.0))
}

/// The field's hint stays whole in every language: a long one gets smaller type.
fn placeholder_size(placeholder: &str, scale: Sizes) -> f32 {
    let (width, padding) = field_box(scale);
    theme::measure::one_line_size(
        placeholder,
        width - 2.0 * padding,
        scale.px(theme::BODY),
        Font::DEFAULT,
    )
}

#[cfg(test)]
mod tests {
    use iced::Size;

    use super::*;
    use crate::language::Language;
    use crate::ui::theme::measure::rendered_width;

    #[test]
    fn the_fields_hint_fits_it_in_every_language_at_every_kiosk_size() {
        for window in [
            Size::new(1280.0, 800.0),
            Size::new(1920.0, 1080.0),
            Size::new(1080.0, 1920.0),
        ] {
            let scale = Sizes::for_window(window);
            let (width, padding) = field_box(scale);
            for language in Language::ALL {
                for id in ["kiosk-field", "kiosk-field-search"] {
                    let hint = language.texts().tr(id);
                    let size = placeholder_size(&hint, scale);
                    let drawn = rendered_width(&hint, size, Font::DEFAULT);
                    assert!(
                        drawn <= width - 2.0 * padding,
                        "{language}: “{hint}” is {drawn} px in a {width} px field at {window:?}"
                    );
                }
            }
        }
    }
}
