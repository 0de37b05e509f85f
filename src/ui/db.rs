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

/// Opens the database, loading the sample event when it is empty, and reads what the first
/// screen shows.
pub async fn open_with_sample(
    path: PathBuf,
) -> Result<(Database, super::overview::Snapshot), DbError> {
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let opened = Store::open(&path)
            .map_err(DbError::from)
            .and_then(|mut store| {
                let sample = crate::sample::load_if_empty(&mut store)
                    .map_err(|e| DbError::Store(e.to_string().into()))?;
                let snapshot = super::overview::Snapshot::read(&store, sample.map(|r| r.added))?;
                Ok((Database::new(store), snapshot))
            });
        let _ = sender.send(opened);
    });
    receiver.await.unwrap_or(Err(DbError::WorkerStopped))
}
