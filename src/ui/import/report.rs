//! The last step: what the import did, and the rows it left out or kept with a caveat.

use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Length};

use super::view::{action, quiet};
use super::{Message, count};
use crate::import::RowNote;
use crate::store::ImportReport;
use crate::ui::theme;

/// Rows listed per section; a file with thousands of bad rows is better fixed at the source.
const LISTED: usize = 200;

/// "0 added, 320 unchanged" when nothing changed; zero counts of updates are left out so a
/// re-import of the same file reads as what it is.
pub fn summary(report: &ImportReport) -> String {
    let mut parts = vec![format!("{} added", count_u64(report.added))];
    if report.updated > 0 {
        parts.push(format!("{} updated", count_u64(report.updated)));
    }
    parts.push(format!("{} unchanged", count_u64(report.unchanged)));
    parts.join(", ")
}

fn count_u64(n: u64) -> String {
    count(usize::try_from(n).unwrap_or(usize::MAX))
}

fn rows(n: usize) -> String {
    if n == 1 {
        "1 row".to_string()
    } else {
        format!("{} rows", count(n))
    }
}

pub fn view<'a>(file_name: &'a str, report: &'a ImportReport) -> Element<'a, Message> {
    let mut facts = vec![format!(
        "{} not admitted (cancelled or refunded tickets)",
        count_u64(report.not_admitted)
    )];
    facts.push(format!(
        "{} people from earlier imports are missing from this file",
        count_u64(report.missing_from_file)
    ));
    facts.extend(crate::store::kept_sentence(report.kept_corrections));
    facts.extend(
        report
            .replaced_corrections
            .iter()
            .map(|replaced| format!("Row {}: {}", replaced.row, replaced.describe())),
    );
    facts.push(format!("{} skipped", rows(report.skipped.len())));
    if !report.warnings.is_empty() {
        facts.push(format!(
            "{} imported with a note",
            rows(report.warnings.len())
        ));
    }
    let mut panel = column![
        text(format!("Imported {file_name}")).size(theme::BODY),
        text(summary(report)).size(theme::BODY),
    ]
    .spacing(12);
    for fact in facts {
        panel = panel.push(text(fact).size(theme::SMALL));
    }
    if !report.skipped.is_empty() {
        panel = panel.push(notes("Skipped rows", &report.skipped));
    }
    if !report.warnings.is_empty() {
        panel = panel.push(notes("Imported with a note", &report.warnings));
    }
    column![
        scrollable(panel).height(Length::Fill),
        row![
            action("Import another file…", Some(Message::ImportAnother)),
            quiet("Done", Message::Done),
        ]
        .spacing(12),
    ]
    .spacing(theme::SPACING)
    .into()
}

fn notes<'a>(title: &'a str, notes: &'a [RowNote]) -> Element<'a, Message> {
    let mut list = Column::new()
        .spacing(8)
        .push(text(title).size(theme::SMALL).color(theme::MUTED));
    for note in notes.iter().take(LISTED) {
        let mut entry =
            column![text(format!("Row {}: {}", note.row, note.reason)).size(theme::SMALL)];
        if !note.content.is_empty() {
            entry = entry.push(
                text(note.content.as_str())
                    .size(theme::SMALL)
                    .color(theme::MUTED),
            );
        }
        list = list.push(entry);
    }
    if notes.len() > LISTED {
        list =
            list.push(text(format!("and {} more", rows(notes.len() - LISTED))).size(theme::SMALL));
    }
    container(list)
        .padding(16)
        .width(Length::Fill)
        .style(theme::surface)
        .into()
}
