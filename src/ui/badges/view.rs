//! How the Badges screen looks: choices and actions on the left, a real badge on the right.

use iced::widget::{button, column, container, image, pick_list, progress_bar, row, text};
use iced::{Alignment, Element, Length};

use super::{Badges, LayoutChoice, Message, Selection};
use crate::badge::Layout;
use crate::ui::theme;

impl Badges {
    pub fn view(&self) -> Element<'_, Message> {
        let content = row![self.controls(), self.preview()].spacing(theme::SPACING);
        container(column![text("Badges").size(theme::TITLE), content].spacing(theme::SPACING))
            .padding(theme::PADDING)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    fn controls(&self) -> Element<'_, Message> {
        let layouts: Vec<LayoutChoice> = Layout::ALL.into_iter().map(LayoutChoice).collect();
        let mut choices = vec![Selection::Everyone, Selection::NotPrintedYet];
        choices.extend(self.ticket_types.iter().cloned().map(Selection::TicketType));
        let count = self.selected().len();
        let idle = self.running.is_none() && count > 0;
        let mut panel = column![
            text("Layout").size(theme::SMALL),
            pick_list(
                layouts,
                Some(LayoutChoice(self.layout)),
                Message::LayoutChosen
            )
            .text_size(theme::SMALL)
            .width(Length::Fill),
            text("Which badges").size(theme::SMALL),
            pick_list(choices, Some(self.which.clone()), Message::WhichChosen)
                .text_size(theme::SMALL)
                .width(Length::Fill),
            text(format!(
                "{count} badges on {} pages",
                self.layout.pages_for(count)
            ))
            .size(theme::BODY),
            row![
                button(text("Save PDF…").size(theme::SMALL))
                    .padding(12)
                    .on_press_maybe(idle.then_some(Message::SavePressed)),
                button(text("Print").size(theme::SMALL))
                    .padding(12)
                    .on_press_maybe(idle.then_some(Message::PrintPressed)),
                button(text("Back to the desk (Esc)").size(theme::SMALL))
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
                    text(format!(
                        "Making badges: {} of {}",
                        running.done, running.total
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
            None => text("No badge to show: nobody matches.")
                .size(theme::SMALL)
                .color(theme::MUTED)
                .into(),
        };
        container(
            column![
                text("Preview").size(theme::SMALL).color(theme::MUTED),
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
