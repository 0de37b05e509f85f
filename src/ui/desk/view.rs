//! How the desk looks: a header with the event, this desk, the count and the clock; the code
//! field; below it the answer, the search results or a form; this desk's last check-ins at
//! the side.

use iced::widget::{
    Column, Container, button, column, container, responsive, row, scrollable, space, text,
    text_input,
};
use iced::{Alignment, Element, Font, Length};

use super::print::{BadgeOnScreen, PrintState};
use super::verdict::Verdict;
use super::{CODE_INPUT, Desk, Message, Panel};
use crate::language::Texts;
use crate::store::{Attendee, Status, Timestamp};
use crate::text::mask_email;
use crate::time;
use crate::ui::theme::{self, Sizes, Tone, measure};

/// The code field and the answer take 7 parts of the width, this desk's list 3.
const MAIN_PORTION: u16 = 7;
const SIDEBAR_PORTION: u16 = 3;

const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..Font::DEFAULT
};

impl Desk {
    pub fn view(&self) -> Element<'_, Message> {
        responsive(move |window| self.view_in(Sizes::for_window(window))).into()
    }

    fn view_in(&self, s: Sizes) -> Element<'_, Message> {
        let main = column![self.code_field(s), self.body(s)].spacing(s.spacing());
        // On a portrait screen this desk's list goes below the answer, not beside it.
        let content: Element<'_, Message> = if s.portrait() {
            column![
                main.height(Length::FillPortion(MAIN_PORTION)),
                self.sidebar(s).height(Length::FillPortion(SIDEBAR_PORTION))
            ]
            .spacing(s.spacing())
            .into()
        } else {
            row![
                main.width(Length::FillPortion(MAIN_PORTION)),
                self.sidebar(s).width(Length::FillPortion(SIDEBAR_PORTION))
            ]
            .spacing(s.spacing())
            .into()
        };
        container(column![self.header(s), content].spacing(s.spacing()))
            .padding(s.padding())
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    /// "120 / 316 checked in"; on an event of several days, "Day 2 of 3 · 120 / 316 checked
    /// in today".
    fn count_line(&self) -> String {
        let checked_in = ("checked_in", self.counts.checked_in.into());
        let admitted = ("admitted", self.counts.admitted.into());
        match super::verdict::day_label(&self.day, self.texts) {
            Some(day) => self.texts.tr_with(
                "desk-count-today",
                &[("day", day.into()), checked_in, admitted],
            ),
            None => self.texts.tr_with("desk-count", &[checked_in, admitted]),
        }
    }

    fn header(&self, s: Sizes) -> Element<'_, Message> {
        let clock = self
            .now
            .with_timezone(&self.zone)
            .format("%H:%M")
            .to_string();
        // The event's name takes what the rest leaves, wrapping if it must: the clock and
        // the hub's state never leave the screen.
        row![
            text(&self.event_name)
                .size(s.title())
                .font(BOLD)
                .width(Length::Fill),
            container(text(&self.desk_name).size(s.small()))
                .padding([s.px(6.0), s.px(14.0)])
                .style(theme::surface),
            self.hub_badge(s),
            text(self.count_line()).size(s.body()),
            text(clock).size(s.title()).font(BOLD),
        ]
        .spacing(s.spacing())
        .align_y(Alignment::Center)
        .into()
    }

    /// "Offline: 7 scans waiting" while the hub does not answer; nothing for a desk alone.
    fn hub_badge(&self, s: Sizes) -> Element<'_, Message> {
        let Some(hub) = self.hub else {
            return space::horizontal().width(0).into();
        };
        let t = self.texts;
        let (label, tone) = match (hub.online, hub.pending) {
            (true, 0) => (t.tr("desk-hub-online"), Tone::Welcome),
            (true, waiting) => (
                t.tr_with("desk-hub-sending", &[("count", waiting.into())]),
                Tone::Caution,
            ),
            (false, waiting) => (
                t.tr_with("desk-hub-offline", &[("count", waiting.into())]),
                Tone::Caution,
            ),
        };
        container(text(label).size(s.small()).font(BOLD))
            .padding([s.px(6.0), s.px(14.0)])
            .style(theme::card(tone))
            .into()
    }

    fn code_field(&self, s: Sizes) -> Element<'_, Message> {
        let preview = self.camera_preview();
        let preview_width = crate::ui::camera::PREVIEW_WIDTH as f32 / 2.0;
        let padding = s.px(18.0);
        let mut field_width = main_width(s) - 2.0 * padding;
        if preview.is_some() {
            field_width -= preview_width + s.spacing();
        }
        let hint = self.texts.tr("desk-code-hint");
        let size = code_hint_size(&hint, field_width, s);
        let field = text_input(&hint, &self.input)
            .id(CODE_INPUT)
            .on_input(Message::InputChanged)
            .on_submit(Message::Submitted)
            .size(size)
            .padding(padding)
            .style(theme::code_input);
        match preview {
            Some(preview) => row![
                field,
                iced::widget::image(preview.clone()).width(preview_width)
            ]
            .spacing(s.spacing())
            .align_y(Alignment::Center)
            .into(),
            None => field.into(),
        }
    }

    fn body(&self, s: Sizes) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.panel {
            Panel::Idle => self.idle(s),
            Panel::Waiting => centered(text(self.texts.tr("desk-checking")).size(s.title()).into()),
            Panel::Answer { verdict, badge, .. } => answer(verdict, badge.as_ref(), self.texts, s),
            Panel::Search {
                query,
                hits,
                selected,
            } => self.search_results(query, hits, *selected, s),
            Panel::ConfirmUndo { attendee, at } => self.confirm_undo(attendee, at, s),
            Panel::WalkIn(form) => container(form.view(s).map(Message::WalkIn))
                .padding(s.padding())
                .style(theme::surface)
                .width(Length::Fill)
                .into(),
            Panel::Problem(problem) => card(
                Tone::Refused,
                column![
                    text(format!("✕  {}", self.texts.tr("desk-problem"))).size(s.title()),
                    text(problem).size(s.body())
                ]
                .spacing(s.spacing())
                .into(),
                s,
            ),
        };
        container(body).height(Length::Fill).into()
    }

    fn idle(&self, s: Sizes) -> Element<'_, Message> {
        let mut page = column![
            text(self.texts.tr("desk-idle-scan"))
                .size(s.headline())
                .font(BOLD),
            text(self.texts.tr("desk-idle-type"))
                .size(s.title())
                .color(theme::MUTED),
        ]
        .spacing(s.spacing())
        .align_x(Alignment::Center);
        if let Some(notice) = &self.notice {
            page = page.push(
                text(notice)
                    .size(s.small())
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
        s: Sizes,
    ) -> Element<'_, Message> {
        if hits.is_empty() {
            return centered(
                column![
                    text(
                        self.texts
                            .tr_with("desk-nobody-found", &[("query", query.into())])
                    )
                    .size(s.title()),
                    text(self.texts.tr("desk-nobody-found-hint"))
                        .size(s.body())
                        .color(theme::MUTED),
                ]
                .spacing(s.spacing())
                .align_x(Alignment::Center)
                .into(),
            );
        }
        let rows = hits.iter().enumerate().map(|(i, person)| {
            let line = self.search_row(person, i == selected, s);
            button(line)
                .on_press(Message::Pick(i))
                .padding(0)
                .style(button::text)
                .width(Length::Fill)
                .into()
        });
        column![
            text(self.texts.tr("desk-search-keys"))
                .size(s.small())
                .color(theme::MUTED),
            scrollable(Column::with_children(rows).spacing(s.px(6.0))),
        ]
        .spacing(s.px(12.0))
        .into()
    }

    fn search_row(&self, person: &Attendee, selected: bool, s: Sizes) -> Element<'_, Message> {
        let state = match (
            &person.checked_in_at,
            &person.checked_in_desk,
            person.status,
        ) {
            (Some(at), Some(desk), _) => format!(
                "✓ {}",
                self.texts.tr_with(
                    "desk-row-checked-in",
                    &[
                        ("time", time::local_hhmm(at, self.zone).into()),
                        ("desk", desk.as_str().into()),
                    ],
                )
            ),
            (_, _, Status::NotAdmitted) => format!(
                "✕ {}",
                self.texts.tr_with(
                    "desk-row-not-admitted",
                    &[("reason", person.status_reason.as_str().into())],
                )
            ),
            _ => self.texts.tr("desk-row-not-yet"),
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
                text(if selected { "▶" } else { " " }).size(s.body()),
                text(person.display_name.clone()).size(s.body()).font(BOLD),
                space::horizontal(),
                text(state).size(s.small()),
            ]
            .spacing(s.px(12.0))
            .align_y(Alignment::Center),
            text(about).size(s.small()).color(theme::MUTED),
        ]
        .spacing(s.px(4.0));
        let style = if selected {
            theme::selected_row
        } else {
            theme::surface
        };
        container(line)
            .padding([s.px(6.0), s.px(16.0)])
            .width(Length::Fill)
            .style(style)
            .into()
    }

    fn confirm_undo(&self, attendee: &Attendee, at: &Timestamp, s: Sizes) -> Element<'_, Message> {
        card(
            Tone::Caution,
            column![
                text(format!("↺  {}", self.texts.tr("desk-undo-question")))
                    .size(s.title())
                    .font(BOLD),
                text(attendee.display_name.clone())
                    .size(s.name())
                    .font(BOLD),
                text(self.texts.tr_with(
                    "desk-undo-checked-in",
                    &[
                        ("time", time::local_hhmm(at, self.zone).into()),
                        ("desk", self.desk_name.as_str().into()),
                    ],
                ))
                .size(s.body()),
                text(self.texts.tr("desk-undo-keys")).size(s.body()),
            ]
            .spacing(s.spacing())
            .into(),
            s,
        )
    }

    fn sidebar(&self, s: Sizes) -> Container<'_, Message> {
        let recent = self.recent.iter().map(|recent| {
            let entry = &recent.entry;
            let name = if recent.undone {
                text(self.texts.tr_with(
                    "desk-recent-undone",
                    &[("name", entry.display_name.as_str().into())],
                ))
                .color(theme::MUTED)
            } else {
                text(entry.display_name.clone())
            };
            row![
                text(time::local_hhmm(entry.at, self.zone))
                    .size(s.small())
                    .color(theme::MUTED),
                name.size(s.small()),
            ]
            .spacing(s.px(12.0))
            .into()
        });
        let list: Element<'_, Message> = if self.recent.is_empty() {
            text(self.texts.tr("desk-recent-none"))
                .size(s.small())
                .color(theme::MUTED)
                .into()
        } else {
            Column::with_children(recent).spacing(s.px(8.0)).into()
        };
        container(
            column![
                text(self.texts.tr("desk-recent-title"))
                    .size(s.body())
                    .font(BOLD),
                list,
                space::vertical(),
                button(text(self.texts.tr("desk-undo-last")).size(s.small()))
                    .on_press(Message::UndoPressed)
                    .padding(s.px(12.0))
                    .width(Length::Fill)
                    .style(theme::quiet_button),
                button(text(self.texts.tr("desk-new-attendee")).size(s.small()))
                    .on_press(Message::NewAttendeePressed)
                    .padding(s.px(12.0))
                    .width(Length::Fill)
                    .style(theme::quiet_button),
            ]
            .spacing(s.px(12.0)),
        )
        .padding(s.px(20.0))
        .style(theme::surface)
        .width(Length::Fill)
        .height(Length::Fill)
    }
}

fn answer<'a>(
    verdict: &'a Verdict,
    badge: Option<&'a BadgeOnScreen>,
    texts: &Texts,
    s: Sizes,
) -> Element<'a, Message> {
    let headline_size = headline_size(verdict.icon, &verdict.headline, s);
    let mut lines = column![
        row![
            text(verdict.icon).size(headline_size).font(BOLD),
            text(&verdict.headline).size(headline_size).font(BOLD),
        ]
        .spacing(s.spacing())
        .align_y(Alignment::Center),
    ]
    .spacing(s.spacing());
    if let Some(name) = &verdict.name {
        lines = lines.push(text(name).size(s.name()).font(BOLD));
    }
    for detail in &verdict.details {
        lines = lines.push(text(detail).size(s.title()));
    }
    if let Some(ticket_type) = &verdict.ticket_type {
        lines = lines.push(ribbon(ticket_type, s));
    }
    // The offline mark shares the print row: on a 800-pixel-high screen a line of its own
    // pushes the print button out of the card.
    let offline = verdict
        .offline
        .then(|| text(texts.tr("desk-offline-mark")).size(s.small()));
    match (badge, offline) {
        (Some(badge), offline) => {
            lines = lines.push(
                row![print_row(badge, texts, s)]
                    .push(offline)
                    .spacing(s.spacing())
                    .align_y(Alignment::Center),
            );
        }
        (None, Some(offline)) => lines = lines.push(offline),
        (None, None) => {}
    }
    card(verdict.tone, lines.into(), s)
}

fn print_row<'a>(badge: &'a BadgeOnScreen, texts: &Texts, s: Sizes) -> Element<'a, Message> {
    let print = |label: String| {
        button(text(label).size(s.small()))
            .on_press(Message::PrintBadge)
            .padding([s.px(8.0), s.px(16.0)])
            .style(theme::quiet_button)
    };
    match &badge.state {
        PrintState::Ready => print(texts.tr("desk-print")).into(),
        PrintState::Printing => text(texts.tr("desk-printing")).size(s.small()).into(),
        PrintState::Done(done) => column![
            text(done).size(s.small()),
            print(texts.tr("desk-print-again"))
        ]
        .spacing(s.px(8.0))
        .into(),
        PrintState::Failed(problem) => column![
            text(texts.tr_with("desk-not-printed", &[("problem", problem.as_str().into())]))
                .size(s.small()),
            print(texts.tr("desk-print-retry"))
        ]
        .spacing(s.px(8.0))
        .into(),
    }
}

fn ribbon(ticket_type: &str, s: Sizes) -> Element<'_, Message> {
    match theme::ribbon(ticket_type) {
        Some(color) => container(text(ticket_type.to_uppercase()).size(s.title()).font(BOLD))
            .padding([s.px(8.0), s.px(24.0)])
            .style(theme::ribbon_style(color))
            .into(),
        None => text(ticket_type).size(s.body()).into(),
    }
}

/// The code field's hint stays whole on a narrow or portrait screen, in every language.
fn code_hint_size(hint: &str, field_width: f32, s: Sizes) -> f32 {
    measure::one_line_size(hint, field_width, s.input(), Font::DEFAULT)
}

/// An answer's headline never wraps: "Already checked in today" shrinks until it fits
/// beside its icon.
pub(crate) fn headline_size(icon: &str, headline: &str, s: Sizes) -> f32 {
    let icon_width = measure::rendered_width(icon, s.verdict(), BOLD) + s.spacing();
    measure::one_line_size(headline, card_text_width(s) - icon_width, s.verdict(), BOLD)
}

/// The width inside an answer card: the main column's share of the window, less the
/// window's and the card's padding.
fn card_text_width(s: Sizes) -> f32 {
    main_width(s) - 2.0 * card_padding(s)
}

/// The width of the code field's and the answer's column.
fn main_width(s: Sizes) -> f32 {
    let inside = s.window().width - 2.0 * s.padding();
    if s.portrait() {
        inside
    } else {
        (inside - s.spacing()) * f32::from(MAIN_PORTION) / f32::from(MAIN_PORTION + SIDEBAR_PORTION)
    }
}

fn card_padding(s: Sizes) -> f32 {
    s.padding() * 1.5
}

fn card<'a>(tone: Tone, content: Element<'a, Message>, s: Sizes) -> Element<'a, Message> {
    container(content)
        .padding(card_padding(s))
        .width(Length::Fill)
        .style(theme::card(tone))
        .into()
}

fn centered(content: Element<'_, Message>) -> Element<'_, Message> {
    container(content).center(Length::Fill).into()
}

#[cfg(test)]
mod tests {
    use iced::Size;

    use super::*;
    use crate::ui::theme::measure::rendered_width;

    use crate::language::Language;

    const WINDOWS: [Size; 6] = [
        Size::new(1280.0, 800.0),
        Size::new(1366.0, 768.0),
        Size::new(1440.0, 900.0),
        Size::new(1920.0, 1080.0),
        Size::new(2560.0, 1440.0),
        Size::new(1080.0, 1920.0),
    ];

    /// Every headline an answer at the desk can have.
    const HEADLINES: [&str; 10] = [
        "verdict-welcome",
        "verdict-welcome-back",
        "verdict-already",
        "verdict-already-today",
        "verdict-not-admitted",
        "verdict-typo",
        "verdict-unknown",
        "verdict-undone",
        "verdict-not-checked-in",
        "verdict-nothing-undone",
    ];

    #[test]
    fn every_headline_fits_one_line_beside_its_icon_at_every_supported_size() {
        for window in WINDOWS {
            let s = Sizes::for_window(window);
            for (language, headline) in Language::ALL
                .into_iter()
                .flat_map(|l| HEADLINES.map(|id| (l, l.texts().tr(id))))
            {
                let headline = headline.as_str();
                let size = headline_size("✓", headline, s);
                let room = card_text_width(s) - rendered_width("✓", size, BOLD) - s.spacing();
                let width = rendered_width(headline, size, BOLD);
                assert!(
                    width <= room,
                    "{language}: “{headline}” at {size} px is {width} px wide in a {room} px card at {window:?}"
                );
                // Fitting never shrinks a headline to small print.
                assert!(
                    size >= 0.6 * s.verdict(),
                    "{language}: {headline} at {window:?}: {size} px"
                );
            }
        }
    }

    #[test]
    fn the_code_hint_fits_its_field_at_every_supported_size() {
        for window in WINDOWS {
            let s = Sizes::for_window(window);
            let field = main_width(s) - 2.0 * s.px(18.0);
            for language in Language::ALL {
                let hint = language.texts().tr("desk-code-hint");
                let size = code_hint_size(&hint, field, s);
                let width = rendered_width(&hint, size, Font::DEFAULT);
                assert!(
                    width <= field,
                    "{language}: {width} px in a {field} px field at {window:?}"
                );
            }
        }
    }

    #[test]
    fn a_larger_screen_gets_larger_answers() {
        let laptop = Sizes::for_window(Size::new(1280.0, 800.0));
        let full_hd = Sizes::for_window(Size::new(1920.0, 1080.0));
        assert_eq!(laptop.verdict(), theme::VERDICT);
        assert!(full_hd.verdict() >= 1.3 * laptop.verdict());
        assert!(
            headline_size("✓", "Welcome", full_hd) >= 1.3 * headline_size("✓", "Welcome", laptop)
        );
        // 1080 wide and 1920 high: the same scale as 1920×1080 turned on its side.
        let portrait = Sizes::for_window(Size::new(1080.0, 1920.0));
        assert_eq!(portrait.verdict(), full_hd.verdict());
    }
}
