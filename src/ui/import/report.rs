//! The last step: what the import did, and the rows it left out or kept with a caveat.

use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Length};

use super::Message;
use super::view::{action, quiet};
use crate::import::RowNote;
use crate::language::Texts;
use crate::store::ImportReport;
use crate::ui::theme;

/// Rows listed per section; a file with thousands of bad rows is better fixed at the source.
const LISTED: usize = 200;

/// "0 added, 320 unchanged" when nothing changed; zero counts of updates are left out so a
/// re-import of the same file reads as what it is.
pub fn summary(report: &ImportReport, t: &Texts) -> String {
    let counted = |id: &str, n: u64| t.tr_with(id, &[("count", t.count(n).into())]);
    let mut parts = vec![counted("import-added", report.added)];
    if report.updated > 0 {
        parts.push(counted("import-updated", report.updated));
    }
    parts.push(counted("import-unchanged", report.unchanged));
    parts.join(", ")
}

/// "1 row", "7 rows".
fn rows(n: usize, t: &Texts) -> String {
    t.tr_with(
        "import-rows",
        &[("count", n.into()), ("shown", t.count(n as u64).into())],
    )
}

pub fn view<'a>(
    file_name: &'a str,
    report: &'a ImportReport,
    t: &'a Texts,
) -> Element<'a, Message> {
    let counted = |id: &str, n: u64| t.tr_with(id, &[("count", t.count(n).into())]);
    let mut facts = vec![counted("import-not-admitted", report.not_admitted)];
    facts.push(counted("import-missing", report.missing_from_file));
    facts.extend(crate::store::kept_sentence_in(report.kept_corrections, t));
    facts.extend(report.replaced_corrections.iter().map(|replaced| {
        t.tr_with(
            "import-row-note",
            &[
                ("row", replaced.row.into()),
                ("note", replaced.say(t).into()),
            ],
        )
    }));
    facts.push(t.tr_with(
        "import-skipped",
        &[("rows", rows(report.skipped.len(), t).into())],
    ));
    if !report.warnings.is_empty() {
        facts.push(t.tr_with(
            "import-with-note",
            &[("rows", rows(report.warnings.len(), t).into())],
        ));
    }
    let mut panel = column![
        text(t.tr_with("import-imported", &[("file", file_name.into())])).size(theme::BODY),
        text(summary(report, t)).size(theme::BODY),
    ]
    .spacing(12);
    for fact in facts {
        panel = panel.push(text(fact).size(theme::SMALL));
    }
    if !report.skipped.is_empty() {
        panel = panel.push(notes(t.tr("import-skipped-rows"), &report.skipped, t));
    }
    if !report.warnings.is_empty() {
        panel = panel.push(notes(t.tr("import-noted-rows"), &report.warnings, t));
    }
    column![
        scrollable(panel).height(Length::Fill),
        row![
            action(t.tr("import-another"), Some(Message::ImportAnother)),
            quiet(t.tr("import-done"), Message::Done),
        ]
        .spacing(12),
    ]
    .spacing(theme::SPACING)
    .into()
}

fn notes<'a>(title: String, notes: &'a [RowNote], t: &Texts) -> Element<'a, Message> {
    let mut list = Column::new()
        .spacing(8)
        .push(text(title).size(theme::SMALL).color(theme::MUTED));
    for note in notes.iter().take(LISTED) {
        let line = t.tr_with(
            "import-row-note",
            &[("row", note.row.into()), ("note", note.note.say(t).into())],
        );
        let mut entry = column![text(line).size(theme::SMALL)];
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
        let more = t.tr_with(
            "import-more",
            &[("rows", rows(notes.len() - LISTED, t).into())],
        );
        list = list.push(text(more).size(theme::SMALL));
    }
    container(list)
        .padding(16)
        .width(Length::Fill)
        .style(theme::surface)
        .into()
}
