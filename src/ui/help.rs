//! Help (F1 at the desk): the "Getting started" page from [`crate::guide`], the same text
//! `frontdesk guide` prints. Open to everyone at the desk: it holds no event data.

use iced::widget::operation::{self, AbsoluteOffset, RelativeOffset};
use iced::widget::{
    Id, button, column, container, markdown, responsive, row, scrollable, space, text,
};
use iced::{Element, Length, Subscription};

use super::screen;
use super::theme;
use crate::language::Texts;

const PAGE: &str = "help-page";
/// How far the arrow keys move the page; Page Up and Down move it nearly a screen.
const LINE_STEP: f32 = 60.0;
const PAGE_STEP: f32 = 600.0;

pub struct Help {
    page: Vec<markdown::Item>,
    /// The words of this desk's language; the page is in it too.
    texts: &'static Texts,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A link in the page; the page has none that leave the app, so it is only logged.
    Link(markdown::Uri),
    /// A key moved the page: no mouse is needed to read it.
    Scroll(Scroll),
    Back,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scroll {
    By(f32),
    Top,
    End,
}

pub type Action = screen::Action<Message>;

impl Help {
    pub fn new(texts: &'static Texts) -> Help {
        Help {
            page: markdown::parse(crate::guide::getting_started(texts.language())).collect(),
            texts,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Link(uri) => {
                tracing::info!(%uri, "a link in the help page");
                Action::None
            }
            Message::Scroll(Scroll::By(pixels)) => Action::Run(operation::scroll_by(
                PAGE,
                AbsoluteOffset { x: 0.0, y: pixels },
            )),
            Message::Scroll(Scroll::Top) => {
                Action::Run(operation::snap_to(PAGE, RelativeOffset::START))
            }
            Message::Scroll(Scroll::End) => Action::Run(operation::snap_to_end(PAGE)),
            Message::Back => Action::Back,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        responsive(move |size| self.page_at(theme::Sizes::for_window(size))).into()
    }

    /// The page in type that grows with the window, as the desk's does: a full-screen desk
    /// on a large display reads it from the same distance as a laptop.
    fn page_at(&self, s: theme::Sizes) -> Element<'_, Message> {
        let settings = markdown::Settings::with_text_size(
            s.small(),
            markdown::Style::from_palette(theme::kiosk().palette()),
        );
        let page = markdown::view_with(&self.page, settings, &PageViewer);
        let back = button(text(self.texts.tr("lock-back-to-desk")).size(s.small()))
            .padding([s.px(10.0), s.px(18.0)])
            .style(theme::quiet_button)
            .on_press(Message::Back);
        column![
            row![space::horizontal(), back].padding([s.px(16.0), s.padding()]),
            scrollable(
                container(page)
                    .max_width(s.px(960.0))
                    .padding([0.0, s.padding()])
            )
            .id(Id::new(PAGE))
            .height(Length::Fill)
            .width(Length::Fill),
        ]
        .into()
    }
}

/// The keys that move the page.
pub fn subscription() -> Subscription<Message> {
    use iced::keyboard::{Event, Key, key::Named};
    iced::event::listen_with(|event, _status, _window| {
        let iced::Event::Keyboard(Event::KeyPressed { key, .. }) = event else {
            return None;
        };
        let scroll = match key {
            Key::Named(Named::ArrowDown) => Scroll::By(LINE_STEP),
            Key::Named(Named::ArrowUp) => Scroll::By(-LINE_STEP),
            Key::Named(Named::PageDown | Named::Space) => Scroll::By(PAGE_STEP),
            Key::Named(Named::PageUp) => Scroll::By(-PAGE_STEP),
            Key::Named(Named::Home) => Scroll::Top,
            Key::Named(Named::End) => Scroll::End,
            _ => return None,
        };
        Some(Message::Scroll(scroll))
    })
}

/// Draws the page as iced does, except its screenshots: they show this very app, so inside it
/// they are left out (the page on the project's site shows them).
struct PageViewer;

impl<'a> markdown::Viewer<'a, Message> for PageViewer {
    fn on_link_click(uri: markdown::Uri) -> Message {
        Message::Link(uri)
    }

    /// Headings as plain text: they carry no links or emphasis, and read as one line each.
    fn heading(
        &self,
        settings: markdown::Settings,
        level: &'a markdown::HeadingLevel,
        heading: &'a markdown::Text,
        index: usize,
    ) -> Element<'a, Message> {
        let words: String = heading
            .spans(settings.style)
            .iter()
            .map(|span| span.text.as_ref())
            .collect();
        let size = match level {
            markdown::HeadingLevel::H1 => settings.h1_size,
            markdown::HeadingLevel::H2 => settings.h2_size,
            _ => settings.h3_size,
        };
        let above = if index > 0 { settings.text_size.0 } else { 0.0 };
        container(text(words).size(size))
            .padding(iced::padding::top(above))
            .into()
    }

    fn image(
        &self,
        _settings: markdown::Settings,
        _url: &'a markdown::Uri,
        _title: &'a str,
        _alt: &markdown::Text,
    ) -> Element<'a, Message> {
        space::vertical().height(0).into()
    }
}
