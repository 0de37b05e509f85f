//! The wizard's work off the window's thread: reading and inspecting the file, previewing a
//! mapping, and the import itself with its progress.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::channel::{mpsc, oneshot};
use iced::futures::{FutureExt, SinkExt, Stream, StreamExt, stream};

use crate::import::{self, Field, Inspection, ParseOptions, Registrant};
use crate::store::{ImportOptions, ImportReport, StoreError};
use crate::ui::db::Database;

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
    /// First name, last name, email, company, ticket type, code.
    pub cells: Result<[String; 6], String>,
}

#[derive(Debug, Clone)]
pub enum Progress {
    /// People written to the database so far, of all in the file.
    Rows {
        done: usize,
        total: usize,
    },
    Finished(Outcome),
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Imported(ImportReport),
    /// Stopped by the organizer; nothing was changed.
    Cancelled,
    Failed(String),
}

const WORKER_STOPPED: &str = "the import worker stopped unexpectedly";

/// Runs `work` on a thread of its own; `None` if it panicked.
async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver.await.ok()
}

/// Reads and inspects the file at `path`; the error is the sentence to show.
pub async fn read(path: PathBuf) -> Result<Arc<Chosen>, String> {
    off_thread(move || {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let bytes = std::fs::read(&path)
            .map_err(|e| format!("{name} could not be read ({e}); choose another file."))?;
        let inspection = import::inspect(&bytes, &name).map_err(|e| e.to_string())?;
        Ok(Arc::new(Chosen {
            path,
            name,
            bytes,
            inspection,
        }))
    })
    .await
    .unwrap_or_else(|| Err(WORKER_STOPPED.to_string()))
}

fn options(file: &Chosen, fields: &[Field]) -> ParseOptions {
    let inspection = &file.inspection;
    ParseOptions::with_mapping(inspection.format, &inspection.headers, fields)
}

/// The first rows as the import would read them with `fields`; the error is the parser's
/// sentence (no name column, for one).
pub async fn preview(file: Arc<Chosen>, fields: Vec<Field>) -> Result<Vec<PreviewRow>, String> {
    off_thread(move || {
        let list = import::preview(
            &file.bytes,
            &file.name,
            &options(&file, &fields),
            PREVIEW_ROWS,
        )
        .map_err(|e| e.to_string())?;
        let mut rows: Vec<PreviewRow> = list.registrants.iter().map(previewed).collect();
        rows.extend(list.skipped.into_iter().map(|note| PreviewRow {
            row: note.row,
            cells: Err(note.reason),
        }));
        rows.sort_by_key(|row| row.row);
        Ok(rows)
    })
    .await
    .unwrap_or_else(|| Err(WORKER_STOPPED.to_string()))
}

fn previewed(person: &Registrant) -> PreviewRow {
    PreviewRow {
        row: person.row,
        cells: Ok([
            person.first_name.clone(),
            person.last_name.clone(),
            person.email.clone(),
            person.company.clone(),
            person.ticket_type.clone(),
            person.external_codes.join(", "),
        ]),
    }
}

/// Parses the whole file with `fields` and imports it, reporting progress. The progress
/// channel holds one report at a time, so the import never runs more than a report ahead
/// of the window: a cancel lands within the next [`crate::store::PROGRESS_EVERY`] people.
pub fn import(
    database: Database,
    file: Arc<Chosen>,
    fields: Vec<Field>,
    cancel: Arc<AtomicBool>,
) -> impl Stream<Item = Progress> {
    let (sender, receiver) = mpsc::channel(0);
    let work = async move {
        let outcome = run(database, file, fields, cancel, sender.clone()).await;
        let mut sender = sender;
        let _ = sender.send(Progress::Finished(outcome)).await;
    };
    let work = work
        .into_stream()
        .filter_map(|()| std::future::ready(None::<Progress>));
    stream::select(receiver, work)
}

async fn run(
    database: Database,
    file: Arc<Chosen>,
    fields: Vec<Field>,
    cancel: Arc<AtomicBool>,
    sender: mpsc::Sender<Progress>,
) -> Outcome {
    let options = options(&file, &fields);
    let source = format!("import:{}", file.name);
    let parsed = off_thread(move || import::parse(&file.bytes, &file.name, &options)).await;
    let list = match parsed {
        Some(Ok(list)) => list,
        Some(Err(refused)) => return Outcome::Failed(refused.to_string()),
        None => return Outcome::Failed(WORKER_STOPPED.to_string()),
    };
    if cancel.load(Ordering::Relaxed) {
        return Outcome::Cancelled;
    }
    let imported = database
        .run(move |store| {
            let mut sender = sender;
            let progress = |done, total| {
                let update = Progress::Rows { done, total };
                // Waits while the window has not taken the previous report; fails at once
                // if the window is gone.
                let _ = iced::futures::executor::block_on(sender.send(update));
            };
            let options = ImportOptions::default();
            match store.import_registrants_with_progress(&list, &source, options, progress, &cancel)
            {
                Ok(report) => Ok(Some(report)),
                Err(StoreError::Cancelled) => Ok(None),
                Err(other) => Err(other),
            }
        })
        .await;
    match imported {
        Ok(Some(report)) => Outcome::Imported(report),
        Ok(None) => Outcome::Cancelled,
        Err(problem) => Outcome::Failed(format!("Nothing was imported: {problem}.")),
    }
}
