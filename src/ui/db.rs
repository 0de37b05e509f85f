//! The window's handle on the event database. Every call runs on a worker thread, so the
//! window never waits for the disk.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use iced::futures::channel::oneshot;

use crate::store::{Store, StoreError};

#[derive(Debug, Clone, thiserror::Error)]
pub enum DbError {
    #[error("{0}")]
    Store(Arc<str>),
    #[error("the database worker stopped unexpectedly")]
    WorkerStopped,
}

impl From<StoreError> for DbError {
    fn from(error: StoreError) -> Self {
        DbError::Store(error.to_string().into())
    }
}

#[derive(Clone)]
pub struct Database(Arc<Mutex<Store>>);

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Database")
    }
}

impl Database {
    pub fn new(store: Store) -> Database {
        Database(Arc::new(Mutex::new(store)))
    }

    /// Runs `work` with the store on a worker thread and hands back its answer.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, DbError> {
        let store = Arc::clone(&self.0);
        let (sender, receiver) = oneshot::channel();
        std::thread::spawn(move || {
            // A panic in another call must not lock every later check-in out.
            let mut store = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let _ = sender.send(work(&mut store).map_err(DbError::from));
        });
        receiver.await.unwrap_or(Err(DbError::WorkerStopped))
    }
}

/// Opens the database (loading the sample event when it is empty) and reads what the desk
/// shows first.
pub async fn open_desk(
    path: PathBuf,
    desk: Option<String>,
) -> Result<(Database, super::desk::Start), DbError> {
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let desk_name = super::desk_name::resolve(desk.as_deref());
        let _ = sender.send(read_start(&path, &desk_name));
    });
    receiver.await.unwrap_or(Err(DbError::WorkerStopped))
}

/// Opens the database for the desk called `desk_name`, loading the sample event when the
/// database is empty. Blocking: call it off the window's thread.
pub fn read_start(
    path: &std::path::Path,
    desk_name: &str,
) -> Result<(Database, super::desk::Start), DbError> {
    let mut store = Store::open(path)?;
    let sample = crate::sample::load_if_empty(&mut store)
        .map_err(|e| DbError::Store(e.to_string().into()))?;
    let event = store.event_or_default()?;
    let desk_name = desk_name.to_string();
    let start = super::desk::Start {
        event_name: event.title().to_string(),
        zone: event.time_zone,
        totals: super::desk::work::first_totals(&store, &desk_name)?,
        settings: crate::settings::Settings::load(&store)?,
        desk_name,
        notice: sample.map(|report| {
            format!(
                "This is the sample event: the database was empty, so {} registrants of \
                 Spotify ML Day were loaded. Import your own list with frontdesk import FILE.",
                report.added
            )
        }),
    };
    Ok((Database::new(store), start))
}
