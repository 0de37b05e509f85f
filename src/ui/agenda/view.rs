//! How the agenda editor looks: the day's sessions on the left, the selected one's changes and
//! the "add a session" form on the right.

use iced::widget::{
    Column, button, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Length};

use super::add::Field;
use super::{AgendaEditor, Message};
use crate::agenda::{Session, SessionKind};
use crate::ui::theme;

const KINDS: [SessionKind; 4] = [
    SessionKind::Talk,
    SessionKind::Keynote,
    SessionKind::Break,
    SessionKind::Other,
];

impl AgendaEditor {
    pub fn view(&self) -> Element<'_, Message> {
        let header = row![
            text("Agenda").size(theme::TITLE),
            iced::widget::space::horizontal(),
            button(text("Back to the desk (Esc)").size(theme::SMALL))
                .padding(12)
                .style(theme::quiet_button)
                .on_press(Message::Back),
        ]
        .align_y(Alignment::Center);
        let mut content = column![header].spacing(theme::SPACING);
        if let Some(notice) = &self.notice {
            content = content.push(text(notice).size(theme::SMALL).color(theme::ACCENT));
        }
        content = content.push(
            row![self.list(), self.side()]
                .spacing(theme::SPACING)
                .height(Length::Fill),
        );
        container(content)
            .padding(theme::PADDING)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    fn list(&self) -> Element<'_, Message> {
        let Some(agenda) = &self.agenda else {
            return text("Reading the agenda…").size(theme::SMALL).into();
        };
        if agenda.sessions.is_empty() {
            return text(
                "No agenda yet: import one with frontdesk agenda import FILE, or add a session.",
            )
            .size(theme::SMALL)
            .into();
        }
        let mut rows = Column::new().spacing(4);
        let mut day = None;
        for session in &agenda.sessions {
            if day != Some(session.day) {
                day = Some(session.day);
                rows = rows.push(
                    text(session.day.format("%A %-d %B").to_string())
                        .size(theme::SMALL)
                        .color(theme::MUTED),
                );
            }
            rows = rows.push(self.list_row(session, agenda.time_zone));
        }
        container(scrollable(rows).height(Length::Fill))
            .width(Length::FillPortion(5))
            .into()
    }

    fn list_row<'a>(&self, session: &'a Session, zone: chrono_tz::Tz) -> Element<'a, Message> {
        let label = format!(
            "{}  {}  ·  {}",
            crate::time::local_span(session.start, session.end, zone),
            session.title,
            session.room
        );
        let selected = self.selected == Some(session.id);
        button(text(label).size(theme::SMALL))
            .width(Length::Fill)
            .padding([8, 12])
            .style(move |theme, status| {
                if selected {
                    button::primary(theme, status)
                } else {
                    theme::quiet_button(theme, status)
                }
            })
            .on_press(Message::Select(session.id))
            .into()
    }

    fn side(&self) -> Element<'_, Message> {
        let side = column![self.changes(), self.add_form()].spacing(theme::SPACING);
        container(scrollable(side).height(Length::Fill))
            .width(Length::FillPortion(4))
            .into()
    }

    fn changes(&self) -> Element<'_, Message> {
        let enabled = self.selected.is_some() && !self.busy;
        let act = |label: &'static str, message: Message| {
            button(text(label).size(theme::SMALL))
                .padding([8, 12])
                .on_press_maybe(enabled.then_some(message))
        };
        let delete_label = if self.confirm_delete {
            "Press again to delete"
        } else {
            "Delete"
        };
        let panel = column![
            text("Selected session")
                .size(theme::SMALL)
                .color(theme::MUTED),
            text_input("Title", &self.title_draft)
                .on_input(Message::TitleChanged)
                .on_submit(Message::Rename)
                .size(theme::SMALL)
                .padding(10),
            row![
                act("Rename", Message::Rename),
                act(delete_label, Message::Delete)
            ]
            .spacing(8),
            text("Move").size(theme::SMALL).color(theme::MUTED),
            row![
                act("−15 min", Message::Shift(-15)),
                act("−5 min", Message::Shift(-5)),
                act("+5 min", Message::Shift(5)),
                act("+15 min", Message::Shift(15)),
            ]
            .spacing(8),
            text("Length").size(theme::SMALL).color(theme::MUTED),
            row![
                act("5 min shorter", Message::Lengthen(-5)),
                act("5 min longer", Message::Lengthen(5)),
            ]
            .spacing(8),
        ]
        .spacing(10);
        container(panel).padding(16).style(theme::surface).into()
    }

    fn add_form(&self) -> Element<'_, Message> {
        let field = |placeholder: &'static str, value: &str, which: Field| {
            text_input(placeholder, value)
                .on_input(move |v| Message::Add(which, v))
                .size(theme::SMALL)
                .padding(10)
        };
        let form = &self.add;
        let panel = column![
            text("Add a session").size(theme::SMALL).color(theme::MUTED),
            field("Title", &form.title, Field::Title),
            field(
                "Speakers: Name, Company; Name",
                &form.speakers,
                Field::Speakers
            ),
            row![
                field("Room", &form.room, Field::Room),
                pick_list(KINDS, Some(form.kind), Message::AddKind).text_size(theme::SMALL),
            ]
            .spacing(8),
            row![
                labelled("Day", field("Day (2018-07-09)", &form.day, Field::Day)),
                labelled(
                    "Starts at",
                    field("Start (14:30)", &form.start, Field::Start)
                ),
                labelled(
                    "Minutes long",
                    field("Minutes", &form.minutes, Field::Minutes)
                ),
            ]
            .spacing(8),
            button(text("Add").size(theme::SMALL))
                .padding([8, 12])
                .on_press_maybe((!self.busy).then_some(Message::AddPressed)),
        ]
        .spacing(10);
        container(panel).padding(16).style(theme::surface).into()
    }
}

/// A small label over a field whose value alone would not say what it is ("30").
fn labelled<'a>(
    label: &'static str,
    field: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    column![text(label).size(16).color(theme::MUTED), field.into()]
        .spacing(4)
        .width(Length::Fill)
        .into()
}
