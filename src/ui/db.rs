//! The window's handle on the event database. Every call runs on the worker, so the window
//! never waits for the disk.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::{Error, worker};
use crate::clock::Clock;
use crate::hub::{HubDesk, HubError};
use crate::language::Language;
use crate::store::{Store, StoreError};

/// A desk window syncs every second; each of its calls to the hub gives up after this, so a
/// scan never waits long behind a sync on a network that went silent (the first call that
/// times out ends the sync). A call delivers up to 500 scans or pulls 2,000 changes: tens of
/// milliseconds on a venue's network.
pub const WINDOW_SYNC_DEADLINE: std::time::Duration = std::time::Duration::from_millis(1_000);

#[derive(Clone)]
pub struct Database {
    store: Arc<Mutex<Store>>,
    /// The hub this desk checks in through, when it is a desk of one. The console can join
    /// or leave a hub while the window runs, so it is set in place.
    hub: Arc<Mutex<Option<HubDesk>>>,
    /// Opening the database finished an erase that had been cut short.
    finished_erase: bool,
    /// Where the database is, to name it when its disk is why a call failed.
    path: PathBuf,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Database")
    }
}

impl Database {
    pub fn new(store: Store) -> Database {
        Database {
            finished_erase: store.finished_an_interrupted_erase(),
            path: store.path().to_path_buf(),
            store: Arc::new(Mutex::new(store)),
            hub: Arc::new(Mutex::new(None)),
        }
    }

    /// Opening the database finished an erase that had been cut short: the desk and the
    /// console's Erase tab say so.
    pub fn finished_an_interrupted_erase(&self) -> bool {
        self.finished_erase
    }

    /// This desk checks in through `hub`.
    pub fn with_hub(self, hub: HubDesk) -> Database {
        self.set_hub(Some(hub));
        self
    }

    /// Joins (`Some`) or leaves (`None`) a hub while the window runs.
    pub fn set_hub(&self, hub: Option<HubDesk>) {
        *self
            .hub
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) =
            hub.map(|hub| hub.with_sync_deadline(WINDOW_SYNC_DEADLINE));
    }

    /// Runs `work` with the store and the hub (when there is one) on this thread. The hub is
    /// locked before the store, always in that order. Blocking, like [`Database::blocking`].
    pub fn blocking_at_desk<T>(
        &self,
        work: impl FnOnce(&mut Store, Option<&mut HubDesk>) -> T,
    ) -> T {
        let mut hub = lock(&self.hub);
        let mut store = lock(&self.store);
        work(&mut store, hub.as_mut())
    }

    /// An organizer's change (an import, a correction, the agenda, settings, the PIN): on a
    /// desk of a hub it needs the hub, and goes to it at once. Blocking, like `blocking`.
    pub fn blocking_change<T, E: Into<Error>>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> Result<T, Error> {
        self.blocking_at_desk(|store, hub| {
            let Some(hub) = hub else {
                return work(store).map_err(Into::into);
            };
            let desk = super::desk_name::resolve(None);
            hub.before_change(store, &desk)?;
            let answer = work(store).map_err(Into::into)?;
            if let Err(error) = hub.sync(store, &desk) {
                // The change waits in this desk's outbox for the next sync.
                tracing::warn!(%error, "the change reaches the hub with the next sync");
            }
            Ok(answer)
        })
    }

    /// [`Database::blocking_change`] on the worker.
    pub async fn change<T, E>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    ) -> Result<T, Error>
    where
        T: Send + 'static,
        E: Into<Error> + Send + 'static,
    {
        let database = self.clone();
        let answer = worker::run(move || database.blocking_change(work)).await?;
        answer.map_err(|error| error.diagnosed(&self.path))
    }

    /// [`Database::attempt`] with the hub, for the desk's check-ins and its background sync.
    pub async fn at_desk<T, E>(
        &self,
        work: impl FnOnce(&mut Store, Option<&mut HubDesk>) -> Result<T, E> + Send + 'static,
    ) -> Result<T, Error>
    where
        T: Send + 'static,
        E: Into<Error> + Send + 'static,
    {
        let database = self.clone();
        worker::attempt(move || database.blocking_at_desk(work))
            .await
            .map_err(|error| error.diagnosed(&self.path))
    }

    /// Runs `work` with the store on this thread, waiting for any other call to finish.
    /// Blocking: only for work already off the window's thread (a job with progress).
    pub fn blocking<T>(&self, work: impl FnOnce(&mut Store) -> T) -> T {
        let mut store = lock(&self.store);
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
        worker::attempt(move || database.blocking(work))
            .await
            .map_err(|error| error.diagnosed(&self.path))
    }
}

/// Locks `mutex`; a panic in another call must not lock every later check-in out.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Opens the database (loading the sample event when it is empty) and reads what the desk
/// shows first.
pub async fn open_desk(
    path: PathBuf,
    desk: Option<String>,
    clock: Clock,
    hub: Option<String>,
    language: Language,
) -> Result<(Database, super::desk::Start), Error> {
    worker::attempt(move || {
        let desk_name = super::desk_name::resolve(desk.as_deref());
        read_start_in(&path, &desk_name, clock, hub.as_deref(), language)
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
    read_start_at(path, desk_name, clock, None)
}

/// [`read_start_on`] for a desk of a hub: the one `hub` names (joined now if this database is
/// new), or the one this database joined before. A desk of a hub never loads the sample.
pub fn read_start_at(
    path: &std::path::Path,
    desk_name: &str,
    clock: Clock,
    hub: Option<&str>,
) -> Result<(Database, super::desk::Start), Error> {
    read_start_in(path, desk_name, clock, hub, Language::English)
}

/// [`read_start_at`] for a desk whose staff read `language`.
pub fn read_start_in(
    path: &std::path::Path,
    desk_name: &str,
    clock: Clock,
    hub: Option<&str>,
    language: Language,
) -> Result<(Database, super::desk::Start), Error> {
    let texts = language.texts();
    let mut store = Store::open(path)?.with_clock(clock);
    let hub = desk_of_hub(&mut store, desk_name, hub)?;
    let sample = match hub {
        Some(_) => None,
        None => crate::sample::load_if_empty(&mut store)?,
    };
    let event = store.event_or_default()?;
    let desk_name = desk_name.to_string();
    let (camera, camera_notice) = match crate::camera::CameraSetting::load() {
        Ok(camera) => (camera, None),
        Err(error) => (
            crate::camera::CameraSetting::default(),
            Some(texts.tr_with("desk-camera-off", &[("error", error.say(texts).into())])),
        ),
    };
    let start = super::desk::Start {
        event_name: event.title().to_string(),
        zone: event.time_zone,
        totals: super::desk::work::first_totals(&store, &desk_name, hub.as_ref())?,
        settings: crate::settings::Settings::load(&store)?,
        speaker: crate::sound::Speaker::system(),
        camera,
        language,
        desk_name,
        notice: match sample {
            Some(report) => {
                Some(texts.tr_with("desk-sample-notice", &[("count", report.added.into())]))
            }
            None => store
                .finished_an_interrupted_erase()
                .then(|| texts.tr("erase-finished-interrupted"))
                .or(camera_notice),
        },
    };
    let database = Database::new(store);
    Ok((
        match hub {
            Some(hub) => database.with_hub(hub),
            None => database,
        },
        start,
    ))
}

fn desk_of_hub(
    store: &mut Store,
    desk_name: &str,
    given: Option<&str>,
) -> Result<Option<HubDesk>, HubError> {
    let joined = store.hub_link()?.is_some();
    let Some(mut hub) = HubDesk::for_database(store.path(), given)? else {
        return Ok(None);
    };
    if !joined {
        // Joining downloads the whole event: it may take longer than a background sync.
        hub.join(store, desk_name)?;
        return Ok(Some(hub.with_sync_deadline(WINDOW_SYNC_DEADLINE)));
    }
    let mut hub = hub.with_sync_deadline(WINDOW_SYNC_DEADLINE);
    if let Err(error) = hub.sync(store, desk_name) {
        // The desk opens on its own copy and says it is offline.
        if !error.keeps_the_desk_going() {
            return Err(error);
        }
    }
    Ok(Some(hub))
}
