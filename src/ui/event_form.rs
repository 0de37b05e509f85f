//! The event's name, venue, days and time zone as an organizer types them. The console's
//! Settings and the import wizard's first step show the same fields, checked by the event's
//! own rules (`store::event`).

use chrono::NaiveTime;
use iced::Element;
use iced::Length;
use iced::widget::{column, row, text, text_input};

use crate::language::Texts;
use crate::store::event::{self, Day};
use crate::store::{Event, EventError};
use crate::ui::theme;

/// The fields as typed: nothing here counts until it is checked and saved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventForm {
    pub name: String,
    pub venue: String,
    pub starts_on: String,
    pub ends_on: String,
    pub time_zone: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventField {
    Name,
    Venue,
    StartsOn,
    EndsOn,
    TimeZone,
}

impl EventForm {
    pub fn of(event: &Event) -> EventForm {
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        EventForm {
            name: event.name.clone(),
            venue: event.venue.clone(),
            starts_on: day(event.starts_on),
            ends_on: day(event.ends_on),
            time_zone: event.time_zone.name().to_string(),
        }
    }

    pub fn edit(&mut self, field: EventField, value: String) {
        let slot = match field {
            EventField::Name => &mut self.name,
            EventField::Venue => &mut self.venue,
            EventField::StartsOn => &mut self.starts_on,
            EventField::EndsOn => &mut self.ends_on,
            EventField::TimeZone => &mut self.time_zone,
        };
        *slot = value;
    }

    /// The event the fields describe, with the day changing at `day_changes_at`.
    pub fn checked(&self, day_changes_at: NaiveTime) -> Result<Event, EventError> {
        Event {
            name: self.name.clone(),
            venue: self.venue.clone(),
            time_zone: event::parse_zone(&self.time_zone)?,
            starts_on: event::parse_day(&self.starts_on, Day::First)?,
            ends_on: event::parse_day(&self.ends_on, Day::Last)?,
            day_changes_at,
        }
        .validated()
    }

    /// Name and venue, then the first day, the last day and the zone on one line; each
    /// field's edit becomes `on_edit`, Enter becomes `submit`.
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        texts: &'a Texts,
        on_edit: fn(EventField, String) -> M,
        submit: M,
    ) -> Element<'a, M> {
        let field = |id: &'static str, value: &'a str, which: EventField| {
            labelled_input(id, texts, value, move |v| on_edit(which, v), submit.clone())
        };
        column![
            field(NAME_INPUT, &self.name, EventField::Name),
            field("event-venue", &self.venue, EventField::Venue),
            row![
                field("event-first-day", &self.starts_on, EventField::StartsOn),
                field("event-last-day", &self.ends_on, EventField::EndsOn),
                field("event-time-zone", &self.time_zone, EventField::TimeZone),
            ]
            .spacing(12),
        ]
        .spacing(10)
        .into()
    }
}

/// The event name's field, focused when a form asks for a new event.
pub const NAME_INPUT: &str = "event-name";

/// A text field under its label, as the organizer's forms show them. `id` is the label's
/// message, and the field's widget id: the same in every language.
pub fn labelled_input<'a, M: Clone + 'a>(
    id: &'static str,
    texts: &Texts,
    value: &'a str,
    on_input: impl Fn(String) -> M + 'a,
    submit: M,
) -> Element<'a, M> {
    let label = texts.tr(id);
    column![
        text(label.clone()).size(theme::SMALL).color(theme::MUTED),
        text_input(&label, value)
            .id(id)
            .on_input(on_input)
            .on_submit(submit)
            .size(theme::SMALL)
            .padding(10),
    ]
    .spacing(4)
    .width(Length::Fill)
    .into()
}
