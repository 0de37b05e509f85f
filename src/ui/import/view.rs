//! How the wizard looks at each step.

use iced::widget::{
    Column, button, column, container, pick_list, progress_bar, row, scrollable, text,
};
use iced::{Element, Length};

use super::{
    Cells, EventStep, FieldChoice, ImportWizard, Mapping, Message, Preview, PreviewRow, Step, count,
};
use crate::ui::theme;

const PREVIEW_HEADERS: [&str; 6] = [
    "First name",
    "Last name",
    "Email",
    "Company",
    "Ticket type",
    "Code",
];

pub(super) fn action<'a>(label: &'a str, message: Option<Message>) -> Element<'a, Message> {
    button(text(label).size(theme::SMALL))
        .padding(12)
        .on_press_maybe(message)
        .into()
}

pub(super) fn quiet<'a>(label: &'a str, message: Message) -> Element<'a, Message> {
    button(text(label).size(theme::SMALL))
        .padding(12)
        .style(theme::quiet_button)
        .on_press(message)
        .into()
}

fn muted<'a>(content: String) -> Element<'a, Message> {
    text(content).size(theme::SMALL).color(theme::MUTED).into()
}

impl ImportWizard {
    pub fn view(&self) -> Element<'_, Message> {
        let body = match &self.step {
            Step::Checking => muted("Reading the event…".to_string()),
            Step::Event(asked) => event_step(asked),
            Step::Choose { problem } => choose(
                self.event_notice.as_deref(),
                problem.as_deref(),
                &self.typed_path,
            ),
            Step::Reading { path } => muted(format!("Reading {}…", path.display())),
            Step::Mapping(mapping) => mapping_view(mapping, None),
            Step::Importing {
                mapping,
                progress,
                cancel,
            } => {
                let cancelling = cancel.load(std::sync::atomic::Ordering::Relaxed);
                mapping_view(mapping, Some(importing(*progress, cancelling)))
            }
            Step::Report { file_name, report } => super::report::view(file_name, report),
        };
        container(
            column![text("Import registrants").size(theme::TITLE), body].spacing(theme::SPACING),
        )
        .padding(theme::PADDING)
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
    }
}

/// The event, asked for before the first list: its name is on every desk and badge.
fn event_step(asked: &EventStep) -> Element<'_, Message> {
    let why = if asked.replaces_sample {
        container(
            text(
                "This database holds the sample event, Spotify ML Day. Your event replaces \
                 it: the sample's registrants, their check-ins and its agenda are removed.",
            )
            .size(theme::SMALL),
        )
        .padding(16)
        .style(theme::card(theme::Tone::Caution))
        .into()
    } else {
        muted(
            "The desks, the badges and the lobby screen show the event's name; the days and \
             the time zone decide which day a check-in counts for."
                .to_string(),
        )
    };
    let save_label = if asked.replaces_sample {
        "Replace the sample with this event"
    } else {
        "Save the event and choose its list"
    };
    let mut panel = column![
        text("First, your event").size(theme::BODY),
        why,
        asked.form.view(Message::EventEdit, Message::SaveEvent),
        muted(
            "The time zone is this computer's: change it if the event is elsewhere \
             (Europe/Stockholm, America/New_York)."
                .to_string()
        ),
    ]
    // Tighter than the other steps, so the whole form and its buttons fit at 1280×800.
    .spacing(16);
    if let Some(problem) = &asked.problem {
        panel = panel.push(
            container(text(problem).size(theme::SMALL))
                .padding(16)
                .style(theme::card(theme::Tone::Caution)),
        );
    }
    let save = if asked.saving {
        action("Saving…", None)
    } else {
        action(save_label, Some(Message::SaveEvent))
    };
    panel
        .push(row![save, quiet("Back", Message::Back)].spacing(12))
        .into()
}

fn choose<'a>(
    saved_event: Option<&'a str>,
    problem: Option<&'a str>,
    typed_path: &'a str,
) -> Element<'a, Message> {
    let mut panel = Column::new().spacing(theme::SPACING);
    if let Some(saved) = saved_event {
        panel = panel.push(
            container(text(saved).size(theme::SMALL))
                .padding(16)
                .style(theme::card(theme::Tone::Welcome)),
        );
    }
    let mut panel = panel.extend([
        text(format!(
            "Choose the registrant list exported from {} (CSV or tab-separated text).",
            crate::import::vendor::labels_listed()
        ))
        .size(theme::BODY)
        .into(),
        row![
            action("Choose a file…", Some(Message::ChooseFile)),
            quiet("Back", Message::Back),
        ]
        .spacing(12)
        .into(),
        iced::widget::text_input("…or type the file's path and press Enter", typed_path)
            .on_input(Message::PathTyped)
            .on_submit(Message::OpenTypedPath)
            .size(theme::SMALL)
            .padding(10)
            .into(),
    ]);
    if let Some(problem) = problem {
        panel = panel.push(
            container(text(problem).size(theme::SMALL))
                .padding(16)
                .style(theme::card(theme::Tone::Caution)),
        );
    }
    panel.into()
}

fn delimiter_name(delimiter: char) -> String {
    match delimiter {
        ',' => "comma-separated".to_string(),
        ';' => "semicolon-separated".to_string(),
        '\t' => "tab-separated".to_string(),
        other => format!("separated by \"{other}\""),
    }
}

/// The columns and the preview; while importing, the progress replaces the buttons.
fn mapping_view<'a>(
    mapping: &'a Mapping,
    importing: Option<Element<'a, Message>>,
) -> Element<'a, Message> {
    let file = &mapping.file;
    let found = &file.inspection;
    let summary = text(format!(
        "{}: {} export, {}, {}, {} rows",
        file.name,
        found.format.label(),
        found.encoding,
        delimiter_name(found.delimiter),
        count(found.row_count)
    ))
    .size(theme::BODY);
    let locked = importing.is_some();
    let mut columns = Column::new().spacing(8);
    for (index, header) in found.headers.iter().enumerate() {
        columns = columns.push(column_line(mapping, index, header, locked));
    }
    let mut details = column![text("Columns").size(theme::SMALL)].spacing(16);
    for repeated in &found.repeated {
        details = details.push(
            text(format!(
                "{}: the same name twice. Only the first is used unless you choose a field \
                 for the others.",
                repeated.describe()
            ))
            .size(theme::SMALL)
            .color(theme::ACCENT),
        );
    }
    let details = details.push(
        column![
            columns,
            text("The first rows as they will be imported").size(theme::SMALL),
            preview(&mapping.preview),
        ]
        .spacing(16),
    );
    // The buttons and the progress stay in sight below the scrolling part.
    let mut footer = Column::new().spacing(12);
    if let Some(notice) = &mapping.notice {
        footer = footer.push(text(notice).size(theme::SMALL));
    }
    footer = footer.push(importing.unwrap_or_else(|| {
        let ready = matches!(mapping.preview, Preview::Ready(_));
        row![
            action("Import", ready.then_some(Message::Import)),
            quiet("Back", Message::Back),
        ]
        .spacing(12)
        .into()
    }));
    column![summary, scrollable(details).height(Length::Fill), footer]
        .spacing(16)
        .into()
}

fn column_line<'a>(
    mapping: &'a Mapping,
    index: usize,
    header: &'a str,
    locked: bool,
) -> Element<'a, Message> {
    let found = &mapping.file.inspection;
    let chosen = mapping.fields.get(index).copied().map(FieldChoice);
    let picker = pick_list(FieldChoice::ALL, chosen, move |choice| {
        Message::FieldChosen(index, choice)
    })
    .text_size(theme::SMALL)
    .width(200.0);
    let picker: Element<'a, Message> = if locked {
        // A pick list without a handler cannot be disabled; while importing, the choice
        // is shown as text instead.
        text(chosen.map(|c| c.to_string()).unwrap_or_default())
            .size(theme::SMALL)
            .width(200.0)
            .into()
    } else {
        picker.into()
    };
    let repeat_of = found
        .repeated
        .iter()
        .find(|r| r.columns.iter().skip(1).any(|&c| c == index + 1))
        .map(|r| r.columns[0]);
    let detected = match (repeat_of, found.detected.get(index).copied().flatten()) {
        (Some(first), _) => format!("same name as column {first}: choose what it holds"),
        (None, Some(field)) => format!("detected: {}", FieldChoice(field)),
        (None, None) => "not recognised".to_string(),
    };
    let example = found
        .rows
        .iter()
        .filter_map(|values| values.get(index))
        .find(|value| !value.is_empty())
        .map(|value| format!("e.g. {}", shorten(value)))
        .unwrap_or_else(|| "empty in the first rows".to_string());
    let name = if header.is_empty() {
        "(no header)"
    } else {
        header
    };
    row![
        text(name).size(theme::SMALL).width(260.0),
        picker,
        container(muted(detected)).width(220.0),
        muted(example),
    ]
    .spacing(16)
    .into()
}

fn shorten(value: &str) -> String {
    const LONGEST: usize = 40;
    if value.chars().count() <= LONGEST {
        return value.to_string();
    }
    let mut short: String = value.chars().take(LONGEST).collect();
    short.push('…');
    short
}

fn preview(preview: &Preview) -> Element<'_, Message> {
    let rows = match preview {
        Preview::Waiting => return muted("Reading the first rows…".to_string()),
        Preview::Refused(sentence) => {
            return container(text(sentence).size(theme::SMALL))
                .padding(16)
                .style(theme::card(theme::Tone::Caution))
                .into();
        }
        Preview::Ready(rows) => rows,
    };
    let cell = |content: String| -> Element<'_, Message> {
        // Emails and codes have no spaces: let them break anywhere rather than run into the
        // next column.
        text(content)
            .size(theme::SMALL)
            .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
            .width(Length::FillPortion(2))
            .into()
    };
    let heading = std::iter::once("Row").chain(PREVIEW_HEADERS).map(|h| {
        let label: Element<'_, Message> = text(h)
            .size(theme::SMALL)
            .color(theme::MUTED)
            .width(width(h))
            .into();
        label
    });
    let mut table = Column::new().spacing(6).push(row(heading).spacing(12));
    for PreviewRow { row: line, cells } in rows {
        let number = text(line.to_string())
            .size(theme::SMALL)
            .width(width("Row"));
        let line: Element<'_, Message> = match cells {
            Cells::Read(cells) => {
                let values = cells.iter().map(|value| cell(shorten(value)));
                row(std::iter::once(Element::from(number)).chain(values))
                    .spacing(12)
                    .into()
            }
            Cells::Skipped(reason) => row![number, muted(format!("skipped: {reason}"))]
                .spacing(12)
                .into(),
        };
        table = table.push(line);
    }
    container(table)
        .padding(16)
        .width(Length::Fill)
        .style(theme::surface)
        .into()
}

fn width(header: &str) -> Length {
    if header == "Row" {
        Length::Fixed(60.0)
    } else {
        Length::FillPortion(2)
    }
}

fn importing<'a>(progress: Option<(usize, usize)>, cancelling: bool) -> Element<'a, Message> {
    let (label, done, total) = match progress {
        None => ("Reading the whole file…".to_string(), 0, 1),
        Some((done, total)) => (
            format!("Importing: {} of {} people", count(done), count(total)),
            done,
            total.max(1),
        ),
    };
    let cancel = if cancelling {
        action("Cancelling…", None)
    } else {
        quiet("Cancel", Message::Cancel)
    };
    column![
        text(label).size(theme::SMALL),
        progress_bar(0.0..=total as f32, done as f32),
        cancel,
    ]
    .spacing(8)
    .into()
}
