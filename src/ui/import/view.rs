//! How the wizard looks at each step.

use iced::widget::{
    Column, button, column, container, pick_list, progress_bar, row, scrollable, text,
};
use iced::{Element, Length};

use super::{
    Cells, EventStep, FieldChoice, ImportWizard, Mapping, Message, Preview, PreviewRow, Step,
};
use crate::language::Texts;
use crate::ui::theme;

/// The preview's columns, after its row number.
const PREVIEW_HEADERS: [&str; 6] = [
    "walk-in-first-name",
    "walk-in-last-name",
    "walk-in-email",
    "walk-in-company",
    "walk-in-ticket-type",
    "import-column-code",
];

pub(super) fn action<'a>(label: String, message: Option<Message>) -> Element<'a, Message> {
    button(text(label).size(theme::SMALL))
        .padding(12)
        .on_press_maybe(message)
        .into()
}

pub(super) fn quiet<'a>(label: String, message: Message) -> Element<'a, Message> {
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
        let t = self.texts();
        let body = match &self.step {
            Step::Checking => muted(t.tr("import-reading-event")),
            Step::Event(asked) => event_step(asked, t),
            Step::Choose { problem } => choose(
                self.event_notice.as_deref(),
                problem.as_deref(),
                &self.typed_path,
                t,
            ),
            Step::Reading { path } => muted(t.tr_with(
                "import-reading-file",
                &[("file", path.display().to_string().into())],
            )),
            Step::Mapping(mapping) => mapping_view(mapping, None, t),
            Step::Importing {
                mapping,
                progress,
                cancel,
            } => {
                let cancelling = cancel.load(std::sync::atomic::Ordering::Relaxed);
                mapping_view(mapping, Some(importing(*progress, cancelling, t)), t)
            }
            Step::Report { file_name, report } => super::report::view(file_name, report, t),
        };
        container(
            column![text(t.tr("import-title")).size(theme::TITLE), body].spacing(theme::SPACING),
        )
        .padding(theme::PADDING)
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
    }
}

/// The event, asked for before the first list: its name is on every desk and badge.
fn event_step<'a>(asked: &'a EventStep, t: &'a Texts) -> Element<'a, Message> {
    let why = if asked.replaces_sample {
        container(text(t.tr("import-replaces-sample")).size(theme::SMALL))
            .padding(16)
            .style(theme::card(theme::Tone::Caution))
            .into()
    } else {
        muted(t.tr("import-why-event"))
    };
    let save_label = if asked.replaces_sample {
        t.tr("import-replace-sample")
    } else {
        t.tr("import-save-event")
    };
    let mut panel = column![
        text(t.tr("import-first-event")).size(theme::BODY),
        why,
        asked.form.view(t, Message::EventEdit, Message::SaveEvent),
        muted(t.tr("import-zone-hint")),
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
        action(t.tr("walk-in-saving"), None)
    } else {
        action(save_label, Some(Message::SaveEvent))
    };
    panel
        .push(row![save, quiet(t.tr("import-back"), Message::Back)].spacing(12))
        .into()
}

fn choose<'a>(
    saved_event: Option<&'a str>,
    problem: Option<&'a str>,
    typed_path: &'a str,
    t: &Texts,
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
        text(t.tr_with(
            "import-choose-list",
            &[("systems", systems_listed(t).into())],
        ))
        .size(theme::BODY)
        .into(),
        row![
            action(t.tr("import-choose-file"), Some(Message::ChooseFile)),
            quiet(t.tr("import-back"), Message::Back),
        ]
        .spacing(12)
        .into(),
        iced::widget::text_input(&t.tr("import-type-path"), typed_path)
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

fn delimiter_name(delimiter: char, t: &Texts) -> String {
    match delimiter {
        ',' => t.tr("import-comma-separated"),
        ';' => t.tr("import-semicolon-separated"),
        '\t' => t.tr("import-tab-separated"),
        other => t.tr_with("import-separated-by", &[("mark", other.to_string().into())]),
    }
}

/// The columns and the preview; while importing, the progress replaces the buttons.
fn mapping_view<'a>(
    mapping: &'a Mapping,
    importing: Option<Element<'a, Message>>,
    t: &'static Texts,
) -> Element<'a, Message> {
    let file = &mapping.file;
    let found = &file.inspection;
    let summary = text(t.tr_with(
        "import-file-summary",
        &[
            ("file", file.name.as_str().into()),
            ("system", system_name(found.format, t).into()),
            ("encoding", found.encoding.to_string().into()),
            ("separator", delimiter_name(found.delimiter, t).into()),
            ("rows", t.count(found.row_count as u64).into()),
        ],
    ))
    .size(theme::BODY);
    let locked = importing.is_some();
    let mut columns = Column::new().spacing(8);
    for (index, header) in found.headers.iter().enumerate() {
        columns = columns.push(column_line(mapping, index, header, locked, t));
    }
    let mut details = column![text(t.tr("import-columns")).size(theme::SMALL)].spacing(16);
    for repeated in &found.repeated {
        details = details.push(
            text(t.tr_with(
                "import-repeated-header",
                &[("columns", repeated.say(t).into())],
            ))
            .size(theme::SMALL)
            .color(theme::ACCENT),
        );
    }
    let details = details.push(
        column![
            columns,
            text(t.tr("import-first-rows")).size(theme::SMALL),
            preview(&mapping.preview, t),
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
            action(t.tr("import-import"), ready.then_some(Message::Import)),
            quiet(t.tr("import-back"), Message::Back),
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
    t: &'static Texts,
) -> Element<'a, Message> {
    let found = &mapping.file.inspection;
    let chosen = mapping
        .fields
        .get(index)
        .copied()
        .map(|field| FieldChoice(field).label(t));
    let picker = pick_list(FieldChoice::ALL.map(|f| f.label(t)), chosen, move |label| {
        Message::FieldChosen(index, label.0)
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
        (Some(first), _) => t.tr_with("import-same-name-as", &[("column", first.into())]),
        (None, Some(field)) => t.tr_with(
            "import-detected",
            &[("field", FieldChoice(field).label(t).to_string().into())],
        ),
        (None, None) => t.tr("import-not-recognised"),
    };
    let example = found
        .rows
        .iter()
        .filter_map(|values| values.get(index))
        .find(|value| !value.is_empty())
        .map(|value| t.tr_with("import-example", &[("value", shorten(value).into())]))
        .unwrap_or_else(|| t.tr("import-empty-column"));
    let name = if header.is_empty() {
        t.tr("import-no-header")
    } else {
        header.to_string()
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

fn preview<'a>(preview: &'a Preview, t: &Texts) -> Element<'a, Message> {
    let rows = match preview {
        Preview::Waiting => return muted(t.tr("import-reading-rows")),
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
    let heading = std::iter::once(ROW).chain(PREVIEW_HEADERS).map(|h| {
        let label: Element<'_, Message> = text(t.tr(h))
            .size(theme::SMALL)
            .color(theme::MUTED)
            .width(width(h))
            .into();
        label
    });
    let mut table = Column::new().spacing(6).push(row(heading).spacing(12));
    for PreviewRow { row: line, cells } in rows {
        let number = text(line.to_string()).size(theme::SMALL).width(width(ROW));
        let line: Element<'_, Message> = match cells {
            Cells::Read(cells) => {
                let values = cells.iter().map(|value| cell(shorten(value)));
                row(std::iter::once(Element::from(number)).chain(values))
                    .spacing(12)
                    .into()
            }
            Cells::Skipped(reason) => row![
                number,
                muted(t.tr_with("import-row-skipped", &[("reason", reason.say(t).into())]))
            ]
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

/// The preview's first column: the row's number in the file.
const ROW: &str = "import-column-row";

fn width(header: &str) -> Length {
    if header == ROW {
        Length::Fixed(60.0)
    } else {
        Length::FillPortion(2)
    }
}

fn importing<'a>(
    progress: Option<(usize, usize)>,
    cancelling: bool,
    t: &Texts,
) -> Element<'a, Message> {
    let (label, done, total) = match progress {
        None => (t.tr("import-reading-whole"), 0, 1),
        Some((done, total)) => (
            t.tr_with(
                "import-importing",
                &[
                    ("done", t.count(done as u64).into()),
                    ("total", t.count(total as u64).into()),
                ],
            ),
            done,
            total.max(1),
        ),
    };
    let cancel = if cancelling {
        action(t.tr("import-cancelling"), None)
    } else {
        quiet(t.tr("import-cancel"), Message::Cancel)
    };
    column![
        text(label).size(theme::SMALL),
        progress_bar(0.0..=total as f32, done as f32),
        cancel,
    ]
    .spacing(8)
    .into()
}

/// A registration system as staff know it: the product's own name, or "spreadsheet" in the
/// organizer's language.
fn system_name(format: crate::import::Format, t: &Texts) -> String {
    match format {
        crate::import::Format::Generic => t.tr("import-system-spreadsheet"),
        other => other.label().to_string(),
    }
}

/// "Eventbrite, pretix, Tito, Luma, Meetup, Google Forms or a spreadsheet".
fn systems_listed(t: &Texts) -> String {
    let names: Vec<String> = crate::import::vendor::VENDORS
        .iter()
        .map(|vendor| system_name(vendor.format, t))
        .collect();
    t.or_list(&names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn the_systems_are_listed_in_the_organizers_language() {
        assert_eq!(
            systems_listed(Language::English.texts()),
            "Eventbrite, pretix, Tito, Luma, Meetup, Google Forms or spreadsheet"
        );
        assert!(
            systems_listed(Language::Swedish.texts()).ends_with("Google Forms eller kalkylblad")
        );
    }
}
