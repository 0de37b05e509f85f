//! The window's handle on the event database. Every call runs on the worker, so the window
//! never waits for the disk.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::{Error, worker};
use crate::clock::Clock;
use crate::store::{Store, StoreError};

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

    /// Runs `work` with the store on this thread, waiting for any other call to finish.
    /// Blocking: only for work already off the window's thread (a job with progress).
    pub fn blocking<T>(&self, work: impl FnOnce(&mut Store) -> T) -> T {
        // A panic in another call must not lock every later check-in out.
        let mut store = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&mut store)
    }

    /// Runs `work` with the store on the worker and hands back its answer.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, Error> {
        self.attempt(work).await
    }

    /// [`Database::run`] for work whose errors are not only the store's (a PIN, a file).
    pub async fn attempt<T, E>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    ) -> Result<T, Error>
    where
        T: Send + 'static,
        E: Into<Error> + Send + 'static,
    {
        let database = self.clone();
        worker::attempt(move || database.blocking(work)).await
    }
}

/// Opens the database (loading the sample event when it is empty) and reads what the desk
/// shows first.
pub async fn open_desk(
    path: PathBuf,
    desk: Option<String>,
    clock: Clock,
) -> Result<(Database, super::desk::Start), Error> {
    worker::attempt(move || {
        let desk_name = super::desk_name::resolve(desk.as_deref());
        read_start_on(&path, &desk_name, clock)
    })
    .await
}

/// Opens the database for the desk called `desk_name` on the real clock, loading the sample
/// event when the database is empty. Blocking: call it off the window's thread.
pub fn read_start(
    path: &std::path::Path,
    desk_name: &str,
) -> Result<(Database, super::desk::Start), Error> {
    read_start_on(path, desk_name, Clock::real())
}

/// [`read_start`] on the app's clock: the store stamps check-ins and decides the event day
/// by it, so a rehearsal's day 2 is day 2 at the desk too.
pub fn read_start_on(
    path: &std::path::Path,
    desk_name: &str,
    clock: Clock,
) -> Result<(Database, super::desk::Start), Error> {
    let mut store = Store::open(path)?.with_clock(clock);
    let sample = crate::sample::load_if_empty(&mut store)?;
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
