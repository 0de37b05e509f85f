//! How the Dashboard tab looks: the three big numbers, the arrivals chart, ticket types and
//! desks, the latest activity; on the right, who has not arrived and the person being edited.

use iced::widget::{Column, button, canvas, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use super::chart::Arrivals;
use super::dashboard::{DashboardTab, Field, Message};
use crate::dashboard::{ActivityKind, Dashboard, Missing};
use crate::language::Texts;
use crate::store::Attendee;
use crate::ui::theme;

impl DashboardTab {
    pub fn view(&self) -> Element<'_, Message> {
        let left: Element<'_, Message> = match &self.figures {
            Some(figures) => self.figures_view(figures),
            None => text(self.texts.tr("dashboard-counting"))
                .size(theme::SMALL)
                .into(),
        };
        row![
            container(left).width(Length::FillPortion(3)),
            container(self.people_view()).width(Length::FillPortion(2)),
        ]
        .spacing(theme::SPACING)
        .into()
    }

    fn figures_view<'a>(&'a self, figures: &'a Dashboard) -> Element<'a, Message> {
        let t = self.texts;
        let big = |label: &'static str, value: u64| {
            column![
                text(value.to_string()).size(theme::NAME),
                text(t.tr(label)).size(theme::SMALL).color(theme::MUTED),
            ]
            .spacing(2)
            .width(Length::Fill)
        };
        let totals = row![
            big("dashboard-registered", figures.registered),
            big("dashboard-admitted", figures.admitted),
            big("dashboard-checked-in", figures.checked_in),
        ];
        let chart = canvas(Arrivals {
            bins: &figures.arrivals,
            session_starts: &figures.session_starts,
            zone: self.zone,
            empty: t.tr("dashboard-no-check-ins"),
        })
        .width(Length::Fill)
        .height(Length::Fixed(200.0));
        let mut types = Column::new().spacing(4).width(Length::FillPortion(3));
        types = types.push(
            text(t.tr("dashboard-by-ticket-type"))
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
        desks = desks.push(
            text(t.tr("dashboard-desks"))
                .size(theme::SMALL)
                .color(theme::MUTED),
        );
        for (desk, count) in &figures.by_desk {
            desks = desks.push(text(format!("{desk}: {count}")).size(theme::SMALL));
        }
        let mut recent = Column::new().spacing(2);
        recent = recent.push(
            text(t.tr("dashboard-latest"))
                .size(theme::SMALL)
                .color(theme::MUTED),
        );
        for activity in &figures.recent {
            let what = match activity.kind {
                ActivityKind::CheckIn => "dashboard-activity-check-in",
                ActivityKind::Undo => "dashboard-activity-undo",
                ActivityKind::WalkIn => "dashboard-activity-walk-in",
                ActivityKind::Edit => "dashboard-activity-edit",
            };
            let line = t.tr_with(
                what,
                &[
                    ("name", activity.attendee.as_str().into()),
                    ("desk", activity.desk.as_str().into()),
                ],
            );
            recent = recent.push(
                text(format!(
                    "{}  {line}",
                    activity.at.with_timezone(&self.zone).format("%H:%M"),
                ))
                .size(16),
            );
        }
        column![
            self.day_picker(figures),
            totals,
            text(t.tr("dashboard-arrivals"))
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
                self.texts.short_date(summary.day.date),
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
                button(text(self.texts.tr("dashboard-today")).size(theme::SMALL))
                    .padding([8, 12])
                    .style(theme::quiet_button)
                    .on_press(Message::PickDay(None)),
            );
        }
        let shown = match crate::ui::desk::verdict::day_label(&figures.day, self.texts) {
            Some(label) => self.texts.tr_with(
                "dashboard-came-before",
                &[
                    ("day", label.into()),
                    ("count", figures.came_earlier_not_this_day.into()),
                ],
            ),
            None => self.texts.short_date(figures.day.date),
        };
        column![days, text(shown).size(theme::SMALL).color(theme::MUTED)]
            .spacing(6)
            .into()
    }

    fn people_view(&self) -> Element<'_, Message> {
        let several_days = self.figures.as_ref().is_some_and(|f| f.days.len() > 1);
        let t = self.texts;
        let choice = |label: &'static str, which: Missing| {
            button(text(t.tr(label)).size(theme::SMALL))
                .padding([6, 10])
                .style(if self.missing == which {
                    button::primary
                } else {
                    theme::quiet_button
                })
                .on_press(Message::ShowMissing(which))
        };
        let mut side = column![
            row![text(t.tr("dashboard-not-arrived")).size(theme::BODY)]
                .push(several_days.then(|| {
                    row![
                        choice("dashboard-everyone", Missing::Everyone),
                        choice("dashboard-came-earlier", Missing::CameEarlier),
                    ]
                    .spacing(6)
                }))
                .spacing(12)
                .align_y(Alignment::Center),
            text_input(&t.tr("dashboard-search"), &self.query)
                .on_input(Message::QueryChanged)
                .size(theme::SMALL)
                .padding(10),
        ]
        .spacing(10);
        let mut list = Column::new().spacing(2);
        for person in &self.not_arrived {
            list = list.push(not_arrived_row(person, t));
        }
        if self.not_arrived.is_empty() {
            list = list.push(
                text(t.tr("dashboard-nobody-matches"))
                    .size(theme::SMALL)
                    .color(theme::MUTED),
            );
        }
        side = side.push(
            scrollable(list.padding(iced::Padding::ZERO.right(16))).height(Length::Fixed(240.0)),
        );
        side = side.push(
            row![
                text_input(&t.tr("dashboard-edit-code"), &self.code)
                    .on_input(Message::CodeChanged)
                    .on_submit(Message::FindCode)
                    .size(theme::SMALL)
                    .padding(10),
                button(text(t.tr("dashboard-find")).size(theme::SMALL))
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
        let t = self.texts;
        let field = |label: &'static str, value: &str, which: Field| {
            text_input(&t.tr(label), value)
                .on_input(move |v| Message::EditField(which, v))
                .on_submit(Message::SaveEdit)
                .size(theme::SMALL)
                .padding(8)
        };
        container(
            column![
                text(t.tr_with(
                    "dashboard-correct",
                    &[
                        ("name", person.display_name.as_str().into()),
                        ("code", person.badge_code.grouped().into()),
                    ],
                ))
                .size(theme::SMALL),
                row![
                    field("walk-in-first-name", &fields.first_name, Field::FirstName),
                    field("walk-in-last-name", &fields.last_name, Field::LastName),
                ]
                .spacing(8),
                row![
                    field("walk-in-company", &fields.company, Field::Company),
                    field(
                        "walk-in-ticket-type",
                        &fields.ticket_type,
                        Field::TicketType
                    ),
                ]
                .spacing(8),
                row![
                    button(text(t.tr("dashboard-save")).size(theme::SMALL))
                        .padding(10)
                        .on_press(Message::SaveEdit),
                    button(text(t.tr("dashboard-reprint")).size(theme::SMALL))
                        .padding(10)
                        .on_press(Message::Reprint),
                    button(text(t.tr("dashboard-undo")).size(theme::SMALL))
                        .padding(10)
                        .style(theme::quiet_button)
                        .on_press_maybe(
                            person
                                .checked_in_at
                                .is_some()
                                .then_some(Message::UndoCheckIn)
                        ),
                    button(text(t.tr("dashboard-close")).size(theme::SMALL))
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

fn not_arrived_row<'a>(person: &'a Attendee, texts: &Texts) -> Element<'a, Message> {
    let mut who = person.display_name.clone();
    if !person.company.is_empty() {
        who = format!("{who} · {}", person.company);
    }
    row![
        text(who).size(16).width(Length::Fill),
        text(person.ticket_type.clone())
            .size(16)
            .color(theme::MUTED),
        button(text(texts.tr("dashboard-edit")).size(14))
            .padding([4, 10])
            .style(theme::quiet_button)
            .on_press(Message::Edit(Box::new(person.clone()))),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}
