//! How the Dashboard tab looks: the three big numbers, the arrivals chart, ticket types and
//! desks, the latest activity; on the right, who has not arrived and the person being edited.

use iced::widget::{Column, button, canvas, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use super::chart::Arrivals;
use super::dashboard::{DashboardTab, Field, Message};
use crate::dashboard::{ActivityKind, Dashboard, Missing};
use crate::store::Attendee;
use crate::ui::theme;

impl DashboardTab {
    pub fn view(&self) -> Element<'_, Message> {
        let left: Element<'_, Message> = match &self.figures {
            Some(figures) => self.figures_view(figures),
            None => text("Counting…").size(theme::SMALL).into(),
        };
        row![
            container(left).width(Length::FillPortion(3)),
            container(self.people_view()).width(Length::FillPortion(2)),
        ]
        .spacing(theme::SPACING)
        .into()
    }

    fn figures_view<'a>(&'a self, figures: &'a Dashboard) -> Element<'a, Message> {
        let big = |label: &'static str, value: u64| {
            column![
                text(value.to_string()).size(theme::NAME),
                text(label).size(theme::SMALL).color(theme::MUTED),
            ]
            .spacing(2)
            .width(Length::Fill)
        };
        let totals = row![
            big("registered", figures.registered),
            big("admitted", figures.admitted),
            big("checked in", figures.checked_in),
        ];
        let chart = canvas(Arrivals {
            bins: &figures.arrivals,
            session_starts: &figures.session_starts,
            zone: self.zone,
        })
        .width(Length::Fill)
        .height(Length::Fixed(200.0));
        let mut types = Column::new().spacing(4).width(Length::FillPortion(3));
        types = types.push(
            text("Ticket type: checked in / admitted (registered)")
                .size(theme::SMALL)
                .color(theme::MUTED),
        );
        for t in &figures.by_ticket_type {
            types = types.push(
                text(format!(
                    "{}: {} / {} ({})",
                    t.ticket_type, t.checked_in, t.admitted, t.registered
                ))
                .size(theme::SMALL),
            );
        }
        let mut desks = Column::new().spacing(4).width(Length::FillPortion(2));
        desks = desks.push(text("Desks").size(theme::SMALL).color(theme::MUTED));
        for (desk, count) in &figures.by_desk {
            desks = desks.push(text(format!("{desk}: {count}")).size(theme::SMALL));
        }
        let mut recent = Column::new().spacing(2);
        recent = recent.push(text("Latest").size(theme::SMALL).color(theme::MUTED));
        for activity in &figures.recent {
            let what = match activity.kind {
                ActivityKind::CheckIn => "checked in",
                ActivityKind::Undo => "check-in undone",
                ActivityKind::WalkIn => "walk-in added",
                ActivityKind::Edit => "details corrected",
            };
            recent = recent.push(
                text(format!(
                    "{}  {} — {what} at {}",
                    activity.at.with_timezone(&self.zone).format("%H:%M"),
                    activity.attendee,
                    activity.desk
                ))
                .size(16),
            );
        }
        column![
            self.day_picker(figures),
            totals,
            text("Arrivals per 10 minutes, with session starts")
                .size(theme::SMALL)
                .color(theme::MUTED),
            chart,
            row![types, desks].spacing(theme::SPACING),
            recent,
        ]
        .spacing(16)
        .into()
    }

    /// One button per event day with its check-ins, the day shown marked; nothing for an
    /// event of one day.
    fn day_picker<'a>(&'a self, figures: &'a Dashboard) -> Element<'a, Message> {
        if figures.days.len() < 2 {
            return Column::new().into();
        }
        let mut days = row![].spacing(8).align_y(Alignment::Center);
        for summary in &figures.days {
            let label = format!(
                "{} · {}",
                crate::day::short_date(summary.day.date),
                summary.checked_in
            );
            let shown = summary.day.date == figures.day.date;
            days = days.push(
                button(text(label).size(theme::SMALL))
                    .padding([8, 12])
                    .style(if shown {
                        button::primary
                    } else {
                        theme::quiet_button
                    })
                    .on_press(Message::PickDay(Some(summary.day.date))),
            );
        }
        if self.day.is_some() {
            days = days.push(
                button(text("Today").size(theme::SMALL))
                    .padding([8, 12])
                    .style(theme::quiet_button)
                    .on_press(Message::PickDay(None)),
            );
        }
        let shown = match figures.day.label() {
            Some(label) => format!(
                "{}: {} came before and are not here yet",
                crate::day::capitalised(&label),
                figures.came_earlier_not_this_day
            ),
            None => crate::day::short_date(figures.day.date),
        };
        column![days, text(shown).size(theme::SMALL).color(theme::MUTED)]
            .spacing(6)
            .into()
    }

    fn people_view(&self) -> Element<'_, Message> {
        let several_days = self.figures.as_ref().is_some_and(|f| f.days.len() > 1);
        let choice = |label: &'static str, which: Missing| {
            button(text(label).size(theme::SMALL))
                .padding([6, 10])
                .style(if self.missing == which {
                    button::primary
                } else {
                    theme::quiet_button
                })
                .on_press(Message::ShowMissing(which))
        };
        let mut side = column![
            row![text("Not arrived yet").size(theme::BODY)]
                .push(several_days.then(|| {
                    row![
                        choice("Everyone", Missing::Everyone),
                        choice("Came before", Missing::CameEarlier),
                    ]
                    .spacing(6)
                }))
                .spacing(12)
                .align_y(Alignment::Center),
            text_input("Search by name, company or email", &self.query)
                .on_input(Message::QueryChanged)
                .size(theme::SMALL)
                .padding(10),
        ]
        .spacing(10);
        let mut list = Column::new().spacing(2);
        for person in &self.not_arrived {
            list = list.push(not_arrived_row(person));
        }
        if self.not_arrived.is_empty() {
            list = list.push(
                text("Nobody matches.")
                    .size(theme::SMALL)
                    .color(theme::MUTED),
            );
        }
        side = side.push(
            scrollable(list.padding(iced::Padding::ZERO.right(16))).height(Length::Fixed(240.0)),
        );
        side = side.push(
            row![
                text_input("Edit anyone: badge or ticket code", &self.code)
                    .on_input(Message::CodeChanged)
                    .on_submit(Message::FindCode)
                    .size(theme::SMALL)
                    .padding(10),
                button(text("Find").size(theme::SMALL))
                    .padding(10)
                    .on_press(Message::FindCode),
            ]
            .spacing(8),
        );
        if let Some(editing) = &self.editing {
            side = side.push(self.edit_form(&editing.person, &editing.fields));
        }
        side = side.push(
            self.notice
                .as_ref()
                .map(|n| text(n.clone()).size(theme::SMALL).color(theme::ACCENT)),
        );
        side.into()
    }

    fn edit_form<'a>(
        &'a self,
        person: &'a Attendee,
        fields: &'a crate::store::AttendeeEdit,
    ) -> Element<'a, Message> {
        let field = |label: &'static str, value: &str, which: Field| {
            text_input(label, value)
                .on_input(move |v| Message::EditField(which, v))
                .on_submit(Message::SaveEdit)
                .size(theme::SMALL)
                .padding(8)
        };
        container(
            column![
                text(format!(
                    "Correct {} ({})",
                    person.display_name,
                    person.badge_code.grouped()
                ))
                .size(theme::SMALL),
                row![
                    field("First name", &fields.first_name, Field::FirstName),
                    field("Last name", &fields.last_name, Field::LastName),
                ]
                .spacing(8),
                row![
                    field("Company", &fields.company, Field::Company),
                    field("Ticket type", &fields.ticket_type, Field::TicketType),
                ]
                .spacing(8),
                row![
                    button(text("Save").size(theme::SMALL))
                        .padding(10)
                        .on_press(Message::SaveEdit),
                    button(text("Reprint badge").size(theme::SMALL))
                        .padding(10)
                        .on_press(Message::Reprint),
                    button(text("Undo check-in").size(theme::SMALL))
                        .padding(10)
                        .style(theme::quiet_button)
                        .on_press_maybe(
                            person
                                .checked_in_at
                                .is_some()
                                .then_some(Message::UndoCheckIn)
                        ),
                    button(text("Close").size(theme::SMALL))
                        .padding(10)
                        .style(theme::quiet_button)
                        .on_press(Message::CancelEdit),
                ]
                .spacing(8),
            ]
            .spacing(8),
        )
        .padding(12)
        .style(theme::surface)
        .into()
    }
}

fn not_arrived_row(person: &Attendee) -> Element<'_, Message> {
    let mut who = person.display_name.clone();
    if !person.company.is_empty() {
        who = format!("{who} · {}", person.company);
    }
    row![
        text(who).size(16).width(Length::Fill),
        text(person.ticket_type.clone())
            .size(16)
            .color(theme::MUTED),
        button(text("Edit").size(14))
            .padding([4, 10])
            .style(theme::quiet_button)
            .on_press(Message::Edit(Box::new(person.clone()))),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}
