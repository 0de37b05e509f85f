//! The wizard's work off the window's thread: reading and inspecting the file, previewing a
//! mapping, and the import itself with its progress.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::{Stream, StreamExt};

use crate::import::{self, Field, Inspection, ParseOptions, Registrant};
use crate::language::Texts;
use crate::store::{ImportOptions, ImportReport, StoreError};
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::worker::{self, Update};

/// Data rows the mapping step previews.
pub const PREVIEW_ROWS: usize = 5;

/// A file the organizer chose, read and inspected.
#[derive(Debug)]
pub struct Chosen {
    pub path: PathBuf,
    /// The file name, as every message names the file.
    pub name: String,
    pub bytes: Vec<u8>,
    pub inspection: Inspection,
}

/// One previewed row: the details the import would read from it, or why it would skip it.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewRow {
    pub row: usize,
    pub cells: Cells,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cells {
    /// First name, last name, email, company, ticket type, code.
    Read([String; 6]),
    /// Why the import would skip the row.
    Skipped(crate::import::Note),
}

#[derive(Debug, Clone)]
pub enum Progress {
    /// People written to the database so far, of all in the file.
    Rows {
        done: usize,
        total: usize,
    },
    Finished(ImportEnd),
}

/// How an import ended.
#[derive(Debug, Clone)]
pub enum ImportEnd {
    Imported(ImportReport),
    /// Stopped by the organizer; nothing was changed.
    Cancelled,
    Failed(Error),
}

impl ImportEnd {
    /// The sentence for a failed import: the parser's own, or what the database said.
    pub fn failure_sentence(error: &Error, t: &Texts) -> String {
        match error {
            Error::Import(refused) => refused.say(t),
            other => t.tr_with("import-nothing-imported", &[("error", other.say(t).into())]),
        }
    }
}

/// Whether the database holds the organizer's event, and the event as stored.
pub async fn read_event(
    database: Database,
) -> Result<(crate::store::EventState, Option<crate::store::Event>), Error> {
    database
        .run(|store| Ok::<_, StoreError>((store.event_state()?, store.event()?)))
        .await
}

/// Reads and inspects the file at `path`.
pub async fn read(path: PathBuf) -> Result<Arc<Chosen>, Error> {
    worker::attempt(move || {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        if let Ok(meta) = std::fs::metadata(&path) {
            import::refuse_too_large(meta.len(), &name)?;
        }
        let bytes = std::fs::read(&path).map_err(|source| Error::Unreadable {
            name: name.clone(),
            source: Arc::new(source),
        })?;
        let inspection = import::inspect(&bytes, &name)?;
        Ok::<_, Error>(Arc::new(Chosen {
            path,
            name,
            bytes,
            inspection,
        }))
    })
    .await
}

fn options(file: &Chosen, fields: &[Field]) -> ParseOptions {
    let inspection = &file.inspection;
    ParseOptions::with_mapping(inspection.format, &inspection.headers, fields)
}

/// The first rows as the import would read them with `fields`; the error is the parser's
/// (no name column, for one).
pub async fn preview(file: Arc<Chosen>, fields: Vec<Field>) -> Result<Vec<PreviewRow>, Error> {
    worker::attempt(move || {
        let list = import::preview(
            &file.bytes,
            &file.name,
            &options(&file, &fields),
            PREVIEW_ROWS,
        )?;
        let mut rows: Vec<PreviewRow> = list.registrants.iter().map(previewed).collect();
        rows.extend(list.skipped.into_iter().map(|note| PreviewRow {
            row: note.row,
            cells: Cells::Skipped(note.note),
        }));
        rows.sort_by_key(|row| row.row);
        Ok::<_, Error>(rows)
    })
    .await
}

fn previewed(person: &Registrant) -> PreviewRow {
    PreviewRow {
        row: person.row,
        cells: Cells::Read([
            person.first_name.clone(),
            person.last_name.clone(),
            person.email.clone(),
            person.company.clone(),
            person.ticket_type.clone(),
            person.external_codes.join(", "),
        ]),
    }
}

/// Parses the whole file with `fields` and imports it on the worker, reporting progress.
/// Each report waits for the window to take the one before, so the import never runs more
/// than a report ahead of the window: a cancel lands within the next
/// [`crate::store::PROGRESS_EVERY`] people.
pub fn import(
    database: Database,
    file: Arc<Chosen>,
    fields: Vec<Field>,
    cancel: Arc<AtomicBool>,
) -> impl Stream<Item = Progress> {
    worker::with_progress(move |reporter| {
        let options = options(&file, &fields);
        let source = format!("import:{}", file.name);
        let list = match import::parse(&file.bytes, &file.name, &options) {
            Ok(list) => list,
            Err(refused) => return ImportEnd::Failed(refused.into()),
        };
        if cancel.load(Ordering::Relaxed) {
            return ImportEnd::Cancelled;
        }
        let progress = |done, total| reporter.report(Progress::Rows { done, total });
        // On a desk of a hub the import needs the hub, and goes to it when done.
        let end = database.blocking_change(|store| {
            let options = ImportOptions::default();
            Ok::<_, crate::ui::Error>(
                match store
                    .import_registrants_with_progress(&list, &source, options, progress, &cancel)
                {
                    Ok(report) => ImportEnd::Imported(report),
                    Err(StoreError::Cancelled) => ImportEnd::Cancelled,
                    Err(other) => ImportEnd::Failed(other.into()),
                },
            )
        });
        end.unwrap_or_else(ImportEnd::Failed)
    })
    .map(|update| match update {
        Update::Progress(progress) => progress,
        Update::Done(Ok(end)) => Progress::Finished(end),
        Update::Done(Err(stopped)) => Progress::Finished(ImportEnd::Failed(stopped)),
    })
}
