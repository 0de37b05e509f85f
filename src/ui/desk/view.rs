//! How the desk looks: a header with the event, this desk, the count and the clock; the code
//! field; below it the answer, the search results or a form; this desk's last check-ins at
//! the side.

use iced::widget::{Column, button, column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Font, Length};

use super::print::{BadgeOnScreen, PrintState};
use super::verdict::Verdict;
use super::{CODE_INPUT, Desk, Message, Panel};
use crate::store::{Attendee, Status, Timestamp};
use crate::text::mask_email;
use crate::time;
use crate::ui::theme::{self, Tone};

const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..Font::DEFAULT
};

impl Desk {
    pub fn view(&self) -> Element<'_, Message> {
        let main = column![self.code_field(), self.body()]
            .spacing(theme::SPACING)
            .width(Length::FillPortion(7));
        let content = row![main, self.sidebar()].spacing(theme::SPACING);
        container(column![self.header(), content].spacing(theme::SPACING))
            .padding(theme::PADDING)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    /// "120 / 316 checked in"; on an event of several days, "Day 2 of 3 · 120 / 316 checked
    /// in today".
    fn count_line(&self) -> String {
        let counts = format!(
            "{} / {} checked in",
            self.counts.checked_in, self.counts.admitted
        );
        match self.day.label() {
            Some(day) => format!("{} · {counts} today", crate::day::capitalised(&day)),
            None => counts,
        }
    }

    fn header(&self) -> Element<'_, Message> {
        let clock = self
            .now
            .with_timezone(&self.zone)
            .format("%H:%M")
            .to_string();
        // The event's name takes what the rest leaves, wrapping if it must: the clock and
        // the hub's state never leave the screen.
        row![
            text(&self.event_name)
                .size(theme::TITLE)
                .font(BOLD)
                .width(Length::Fill),
            container(text(&self.desk_name).size(theme::SMALL))
                .padding([6, 14])
                .style(theme::surface),
            self.hub_badge(),
            text(self.count_line()).size(theme::BODY),
            text(clock).size(theme::TITLE).font(BOLD),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center)
        .into()
    }

    /// "Offline: 7 scans waiting" while the hub does not answer; nothing for a desk alone.
    fn hub_badge(&self) -> Element<'_, Message> {
        let Some(hub) = self.hub else {
            return space::horizontal().width(0).into();
        };
        let (label, tone) = match (hub.online, hub.pending) {
            (true, 0) => ("Hub: online".to_string(), Tone::Welcome),
            (true, waiting) => (
                format!("Sending {} to the hub", scans(waiting)),
                Tone::Caution,
            ),
            (false, waiting) => (
                format!("Offline: {} waiting", scans(waiting)),
                Tone::Caution,
            ),
        };
        container(text(label).size(theme::SMALL).font(BOLD))
            .padding([6, 14])
            .style(theme::card(tone))
            .into()
    }

    fn code_field(&self) -> Element<'_, Message> {
        let field = text_input("Scan a badge or ticket, or type a name", &self.input)
            .id(CODE_INPUT)
            .on_input(Message::InputChanged)
            .on_submit(Message::Submitted)
            .size(theme::INPUT)
            .padding(18)
            .style(theme::code_input);
        match self.camera_preview() {
            Some(preview) => row![
                field,
                iced::widget::image(preview.clone())
                    .width(crate::ui::camera::PREVIEW_WIDTH as f32 / 2.0)
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center)
            .into(),
            None => field.into(),
        }
    }

    fn body(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.panel {
            Panel::Idle => self.idle(),
            Panel::Waiting => centered(text("Checking…").size(theme::TITLE).into()),
            Panel::Answer { verdict, badge, .. } => answer(verdict, badge.as_ref()),
            Panel::Search {
                query,
                hits,
                selected,
            } => self.search_results(query, hits, *selected),
            Panel::ConfirmUndo { attendee, at } => self.confirm_undo(attendee, at),
            Panel::WalkIn(form) => container(form.view().map(Message::WalkIn))
                .padding(theme::PADDING)
                .style(theme::surface)
                .width(Length::Fill)
                .into(),
            Panel::Problem(problem) => card(
                Tone::Refused,
                column![
                    text("✕  Something went wrong").size(theme::TITLE),
                    text(problem).size(theme::BODY)
                ]
                .spacing(theme::SPACING)
                .into(),
            ),
        };
        container(body).height(Length::Fill).into()
    }

    fn idle(&self) -> Element<'_, Message> {
        let mut page = column![
            text("Scan your badge or ticket")
                .size(theme::HEADLINE)
                .font(BOLD),
            text("or type your name")
                .size(theme::TITLE)
                .color(theme::MUTED),
        ]
        .spacing(theme::SPACING)
        .align_x(Alignment::Center);
        if let Some(notice) = &self.notice {
            page = page.push(
                text(notice)
                    .size(theme::SMALL)
                    .color(theme::MUTED)
                    .width(Length::Fill)
                    .align_x(Alignment::Center),
            );
        }
        centered(page.into())
    }

    fn search_results(
        &self,
        query: &str,
        hits: &[Attendee],
        selected: usize,
    ) -> Element<'_, Message> {
        if hits.is_empty() {
            return centered(
                column![
                    text(format!("Nobody found for “{query}”")).size(theme::TITLE),
                    text("Check the spelling, try the last name, or add a new attendee (Ctrl+N).")
                        .size(theme::BODY)
                        .color(theme::MUTED),
                ]
                .spacing(theme::SPACING)
                .align_x(Alignment::Center)
                .into(),
            );
        }
        let rows = hits.iter().enumerate().map(|(i, person)| {
            let line = self.search_row(person, i == selected);
            button(line)
                .on_press(Message::Pick(i))
                .padding(0)
                .style(button::text)
                .width(Length::Fill)
                .into()
        });
        column![
            text("↑ ↓ choose · Enter checks in · Esc clears")
                .size(theme::SMALL)
                .color(theme::MUTED),
            scrollable(Column::with_children(rows).spacing(6)),
        ]
        .spacing(12)
        .into()
    }

    fn search_row(&self, person: &Attendee, selected: bool) -> Element<'_, Message> {
        let state = match (
            &person.checked_in_at,
            &person.checked_in_desk,
            person.status,
        ) {
            (Some(at), Some(desk), _) => {
                format!("✓ checked in {} at {desk}", time::local_hhmm(at, self.zone))
            }
            (_, _, Status::NotAdmitted) => format!("✕ not admitted: {}", person.status_reason),
            _ => "not checked in yet".to_string(),
        };
        let about = [
            person.company.clone(),
            mask_email(&person.email),
            person.ticket_type.clone(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        let line = column![
            row![
                text(if selected { "▶" } else { " " }).size(theme::BODY),
                text(person.display_name.clone())
                    .size(theme::BODY)
                    .font(BOLD),
                space::horizontal(),
                text(state).size(theme::SMALL),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            text(about).size(theme::SMALL).color(theme::MUTED),
        ]
        .spacing(4);
        let style = if selected {
            theme::selected_row
        } else {
            theme::surface
        };
        container(line)
            .padding([6, 16])
            .width(Length::Fill)
            .style(style)
            .into()
    }

    fn confirm_undo(&self, attendee: &Attendee, at: &Timestamp) -> Element<'_, Message> {
        card(
            Tone::Caution,
            column![
                text("↺  Undo this check-in?").size(theme::TITLE).font(BOLD),
                text(attendee.display_name.clone())
                    .size(theme::NAME)
                    .font(BOLD),
                text(format!(
                    "checked in at {} at {}",
                    time::local_hhmm(at, self.zone),
                    self.desk_name
                ))
                .size(theme::BODY),
                text("Enter: undo · Esc: keep it").size(theme::BODY),
            ]
            .spacing(theme::SPACING)
            .into(),
        )
    }

    fn sidebar(&self) -> Element<'_, Message> {
        let recent = self.recent.iter().map(|recent| {
            let entry = &recent.entry;
            let name = if recent.undone {
                text(format!("{} (undone)", entry.display_name)).color(theme::MUTED)
            } else {
                text(entry.display_name.clone())
            };
            row![
                text(time::local_hhmm(entry.at, self.zone))
                    .size(theme::SMALL)
                    .color(theme::MUTED),
                name.size(theme::SMALL),
            ]
            .spacing(12)
            .into()
        });
        let list: Element<'_, Message> = if self.recent.is_empty() {
            text("No check-ins at this desk yet.")
                .size(theme::SMALL)
                .color(theme::MUTED)
                .into()
        } else {
            Column::with_children(recent).spacing(8).into()
        };
        container(
            column![
                text("This desk").size(theme::BODY).font(BOLD),
                list,
                space::vertical(),
                button(text("Undo last (Ctrl+Z)").size(theme::SMALL))
                    .on_press(Message::UndoPressed)
                    .padding(12)
                    .width(Length::Fill)
                    .style(theme::quiet_button),
                button(text("New attendee (Ctrl+N)").size(theme::SMALL))
                    .on_press(Message::NewAttendeePressed)
                    .padding(12)
                    .width(Length::Fill)
                    .style(theme::quiet_button),
            ]
            .spacing(12),
        )
        .padding(20)
        .style(theme::surface)
        .width(Length::FillPortion(3))
        .height(Length::Fill)
        .into()
    }
}

/// The small mark on an answer the desk gave from its own copy; the header counts what waits.
pub const OFFLINE_MARK: &str = "offline: decided at this desk";

fn answer<'a>(verdict: &'a Verdict, badge: Option<&'a BadgeOnScreen>) -> Element<'a, Message> {
    let mut lines = column![
        row![
            text(verdict.icon).size(theme::VERDICT).font(BOLD),
            text(&verdict.headline).size(theme::VERDICT).font(BOLD),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center),
    ]
    .spacing(theme::SPACING);
    if let Some(name) = &verdict.name {
        lines = lines.push(text(name).size(theme::NAME).font(BOLD));
    }
    for detail in &verdict.details {
        lines = lines.push(text(detail).size(theme::TITLE));
    }
    if let Some(ticket_type) = &verdict.ticket_type {
        lines = lines.push(ribbon(ticket_type));
    }
    // The offline mark shares the print row: on a 800-pixel-high screen a line of its own
    // pushes the print button out of the card.
    let offline = verdict
        .offline
        .then(|| text(OFFLINE_MARK).size(theme::SMALL));
    match (badge, offline) {
        (Some(badge), offline) => {
            lines = lines.push(
                row![print_row(badge)]
                    .push(offline)
                    .spacing(theme::SPACING)
                    .align_y(Alignment::Center),
            );
        }
        (None, Some(offline)) => lines = lines.push(offline),
        (None, None) => {}
    }
    card(verdict.tone, lines.into())
}

fn print_row(badge: &BadgeOnScreen) -> Element<'_, Message> {
    let print = |label: &'static str| {
        button(text(label).size(theme::SMALL))
            .on_press(Message::PrintBadge)
            .padding([8, 16])
            .style(theme::quiet_button)
    };
    match &badge.state {
        PrintState::Ready => print("Print badge (Ctrl+P)").into(),
        PrintState::Printing => text("Printing the badge…").size(theme::SMALL).into(),
        PrintState::Done(done) => column![text(done).size(theme::SMALL), print("Print again")]
            .spacing(8)
            .into(),
        PrintState::Failed(problem) => column![
            text(format!("Not printed: {problem}")).size(theme::SMALL),
            print("Try again")
        ]
        .spacing(8)
        .into(),
    }
}

fn ribbon(ticket_type: &str) -> Element<'_, Message> {
    match theme::ribbon(ticket_type) {
        Some(color) => container(
            text(ticket_type.to_uppercase())
                .size(theme::TITLE)
                .font(BOLD),
        )
        .padding([8, 24])
        .style(theme::ribbon_style(color))
        .into(),
        None => text(ticket_type).size(theme::BODY).into(),
    }
}

fn card<'a>(tone: Tone, content: Element<'a, Message>) -> Element<'a, Message> {
    container(content)
        .padding(theme::PADDING * 1.5)
        .width(Length::Fill)
        .style(theme::card(tone))
        .into()
}

fn centered(content: Element<'_, Message>) -> Element<'_, Message> {
    container(content).center(Length::Fill).into()
}

/// "1 scan", "7 scans".
fn scans(count: u64) -> String {
    crate::text::counted(count, "scan", "scans")
}
