//! How the Badges screen looks: choices and actions on the left, a real badge on the right.

use iced::widget::{button, column, container, image, pick_list, progress_bar, row, text};
use iced::{Alignment, Element, Length};

use super::{Badges, LayoutChoice, Message, Selection, SelectionChoice};
use crate::badge::Layout;
use crate::ui::theme;

impl Badges {
    pub fn view(&self) -> Element<'_, Message> {
        let content = row![self.controls(), self.preview()].spacing(theme::SPACING);
        let title = text(self.texts.tr("badges-title")).size(theme::TITLE);
        container(column![title, content].spacing(theme::SPACING))
            .padding(theme::PADDING)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    fn controls(&self) -> Element<'_, Message> {
        let t = self.texts;
        let layouts: Vec<LayoutChoice> = Layout::ALL
            .into_iter()
            .map(|layout| LayoutChoice(layout, t))
            .collect();
        let mut choices = vec![Selection::Everyone, Selection::NotPrintedYet];
        choices.extend(self.ticket_types.iter().cloned().map(Selection::TicketType));
        let choices: Vec<SelectionChoice> = choices
            .into_iter()
            .map(|which| SelectionChoice(which, t))
            .collect();
        let count = self.selected().len();
        let idle = self.running.is_none() && count > 0;
        let mut panel = column![
            text(t.tr("badges-layout")).size(theme::SMALL),
            pick_list(
                layouts,
                Some(LayoutChoice(self.layout, t)),
                Message::LayoutChosen
            )
            .text_size(theme::SMALL)
            .width(Length::Fill),
            text(t.tr("badges-which")).size(theme::SMALL),
            pick_list(
                choices,
                Some(SelectionChoice(self.which.clone(), t)),
                |choice| Message::WhichChosen(choice.0)
            )
            .text_size(theme::SMALL)
            .width(Length::Fill),
            text(t.tr_with(
                "badges-count",
                &[
                    ("count", count.into()),
                    ("pages", self.layout.pages_for(count).into())
                ],
            ))
            .size(theme::BODY),
            row![
                button(text(t.tr("badges-save")).size(theme::SMALL))
                    .padding(12)
                    .on_press_maybe(idle.then_some(Message::SavePressed)),
                button(text(t.tr("badges-print")).size(theme::SMALL))
                    .padding(12)
                    .on_press_maybe(idle.then_some(Message::PrintPressed)),
                button(text(t.tr("lock-back-to-desk")).size(theme::SMALL))
                    .padding(12)
                    .style(theme::quiet_button)
                    .on_press(Message::Back),
            ]
            .spacing(12),
        ]
        .spacing(12)
        .width(Length::FillPortion(4));
        if let Some(running) = &self.running {
            panel = panel.push(
                column![
                    text(t.tr_with(
                        "badges-making",
                        &[
                            ("done", running.done.into()),
                            ("total", running.total.into())
                        ],
                    ))
                    .size(theme::SMALL),
                    progress_bar(0.0..=running.total.max(1) as f32, running.done as f32),
                ]
                .spacing(8),
            );
        }
        if let Some(outcome) = &self.outcome {
            panel = panel.push(text(outcome).size(theme::SMALL));
        }
        panel.into()
    }

    fn preview(&self) -> Element<'_, Message> {
        let inner: Element<'_, Message> = match &self.preview {
            Some(handle) => image(handle.clone()).into(),
            None => text(self.texts.tr("badges-no-preview"))
                .size(theme::SMALL)
                .color(theme::MUTED)
                .into(),
        };
        container(
            column![
                text(self.texts.tr("badges-preview"))
                    .size(theme::SMALL)
                    .color(theme::MUTED),
                inner
            ]
            .spacing(12)
            .align_x(Alignment::Center),
        )
        .padding(20)
        .center_x(Length::FillPortion(5))
        .style(theme::surface)
        .into()
    }
}
