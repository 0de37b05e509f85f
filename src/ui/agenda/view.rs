//! How the agenda editor looks: the day's sessions on the left, the selected one's changes and
//! the "add a session" form on the right.

use iced::widget::{
    Column, button, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Length};

use super::add::Field;
use super::{AgendaEditor, Message};
use crate::agenda::{Session, SessionKind};
use crate::language::Texts;
use crate::ui::theme;

const KINDS: [SessionKind; 4] = [
    SessionKind::Talk,
    SessionKind::Keynote,
    SessionKind::Break,
    SessionKind::Other,
];

/// A kind of session as the drop-down shows it, in the organizer's language.
#[derive(Debug, Clone, Copy)]
struct KindChoice(SessionKind, &'static Texts);

impl PartialEq for KindChoice {
    fn eq(&self, other: &KindChoice) -> bool {
        self.0 == other.0
    }
}

impl std::fmt::Display for KindChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1.tr(match self.0 {
            SessionKind::Talk => "agenda-kind-talk",
            SessionKind::Keynote => "agenda-kind-keynote",
            SessionKind::Break => "agenda-kind-break",
            SessionKind::Other => "agenda-kind-other",
        }))
    }
}

impl AgendaEditor {
    pub fn view(&self) -> Element<'_, Message> {
        let t = self.texts;
        let header = row![
            text(t.tr("agenda-title")).size(theme::TITLE),
            iced::widget::space::horizontal(),
            button(text(t.tr("lock-back-to-desk")).size(theme::SMALL))
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
            return text(self.texts.tr("agenda-reading"))
                .size(theme::SMALL)
                .into();
        };
        if agenda.sessions.is_empty() {
            return text(self.texts.tr("agenda-empty"))
                .size(theme::SMALL)
                .into();
        }
        let mut rows = Column::new().spacing(4);
        let mut day = None;
        for session in &agenda.sessions {
            if day != Some(session.day) {
                day = Some(session.day);
                rows = rows.push(
                    text(self.texts.long_date(session.day))
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
        let t = self.texts;
        let act = |label: String, message: Message| {
            button(text(label).size(theme::SMALL))
                .padding([8, 12])
                .on_press_maybe(enabled.then_some(message))
        };
        let minutes = |id: &str, m: i64| t.tr_with(id, &[("minutes", m.into())]);
        let delete_label = if self.confirm_delete {
            t.tr("agenda-delete-confirm")
        } else {
            t.tr("agenda-delete")
        };
        let panel = column![
            text(t.tr("agenda-selected"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            text_input(&t.tr("agenda-session-title"), &self.title_draft)
                .on_input(Message::TitleChanged)
                .on_submit(Message::Rename)
                .size(theme::SMALL)
                .padding(10),
            row![
                act(t.tr("agenda-rename"), Message::Rename),
                act(delete_label, Message::Delete)
            ]
            .spacing(8),
            text(t.tr("agenda-move"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            row![
                act(minutes("agenda-earlier", 15), Message::Shift(-15)),
                act(minutes("agenda-earlier", 5), Message::Shift(-5)),
                act(minutes("agenda-later", 5), Message::Shift(5)),
                act(minutes("agenda-later", 15), Message::Shift(15)),
            ]
            .spacing(8),
            text(t.tr("agenda-length"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            row![
                act(minutes("agenda-shorter", 5), Message::Lengthen(-5)),
                act(minutes("agenda-longer", 5), Message::Lengthen(5)),
            ]
            .spacing(8),
        ]
        .spacing(10);
        container(panel).padding(16).style(theme::surface).into()
    }

    fn add_form(&self) -> Element<'_, Message> {
        let t = self.texts;
        let field = |placeholder: &'static str, value: &str, which: Field| {
            text_input(&t.tr(placeholder), value)
                .on_input(move |v| Message::Add(which, v))
                .size(theme::SMALL)
                .padding(10)
        };
        let form = &self.add;
        let panel = column![
            text(t.tr("agenda-add-title"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            field("agenda-session-title", &form.title, Field::Title),
            field("agenda-speakers", &form.speakers, Field::Speakers),
            row![
                field("agenda-room", &form.room, Field::Room),
                pick_list(
                    KINDS.map(|kind| KindChoice(kind, t)),
                    Some(KindChoice(form.kind, t)),
                    |choice| Message::AddKind(choice.0)
                )
                .text_size(theme::SMALL),
            ]
            .spacing(8),
            row![
                labelled(
                    t.tr("agenda-day"),
                    field("agenda-day-hint", &form.day, Field::Day)
                ),
                labelled(
                    t.tr("agenda-starts-at"),
                    field("agenda-start-hint", &form.start, Field::Start)
                ),
                labelled(
                    t.tr("agenda-minutes-long"),
                    field("agenda-minutes", &form.minutes, Field::Minutes)
                ),
            ]
            .spacing(8),
            button(text(t.tr("agenda-add")).size(theme::SMALL))
                .padding([8, 12])
                .on_press_maybe((!self.busy).then_some(Message::AddPressed)),
        ]
        .spacing(10);
        container(panel).padding(16).style(theme::surface).into()
    }
}

/// A small label over a field whose value alone would not say what it is ("30").
fn labelled<'a>(label: String, field: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    column![text(label).size(16).color(theme::MUTED), field.into()]
        .spacing(4)
        .width(Length::Fill)
        .into()
}
