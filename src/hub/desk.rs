//! A desk of a hub: check-ins decided by the hub when it answers within a second, by the
//! desk's own copy when it does not; and the sync that delivers the journal, then the
//! organizer's changes, then applies the hub's feed.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::connection::{HubConnection, unreachable};
use super::{HubError, HubUrl};
use crate::checkin::{CheckIn, Undo};
use crate::day::EventDay;
use crate::store::hub::{self as hub_sql, DeskStatus, HubAnswer, HubScan, ScanAction, WinningScan};
use crate::store::{Applied, Prepared, Store, Who};

/// How long a check-in waits for the hub before the desk decides alone.
pub const CHECK_IN_DEADLINE: Duration = Duration::from_secs(1);
/// How long a sync or an organizer's change waits for the hub.
const SYNC_DEADLINE: Duration = Duration::from_secs(10);
/// How long a desk that lost the hub waits before trying to reach it again in the
/// background; scans meanwhile are answered at once from the desk's copy.
const RECONNECT_EVERY: Duration = Duration::from_secs(1);
/// How long leaving waits to tell the hub.
const LEAVE_DEADLINE: Duration = Duration::from_secs(2);
/// Journal entries delivered per round trip.
const DELIVERY_BATCH: usize = 500;
/// Feed items applied per transaction.
const FEED_PAGE: i64 = 2_000;

/// An answer at a desk of a hub: a check-in's or an undo's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtDesk<W> {
    pub day: EventDay,
    pub answer: W,
    /// Decided from this desk's copy: the hub did not answer in time.
    pub offline: bool,
    /// Scans this desk still has to deliver to the hub.
    pub pending: u64,
}

pub type DeskAnswer = AtDesk<CheckIn>;
pub type UndoAnswer = AtDesk<Undo>;

fn at_desk<W>(
    store: &Store,
    day: EventDay,
    answer: W,
    offline: bool,
) -> Result<AtDesk<W>, HubError> {
    Ok(AtDesk {
        day,
        answer,
        offline,
        pending: store.journal_pending()?,
    })
}

/// Writes here the check-in the hub decided: this scan's, or the one that beat it.
fn record_check_in(
    store: &mut Store,
    attendee_id: i64,
    scan: &HubScan,
    answer: HubAnswer,
) -> Result<CheckIn, HubError> {
    let winner = match answer {
        HubAnswer::Admitted => WinningScan {
            scan_id: scan.scan_id,
            desk: scan.desk.clone(),
            scanned_at: scan.scanned_at,
        },
        HubAnswer::Already { winner, .. } => winner,
        other => {
            return Err(HubError::Hub(hub_sql::HubStoreError::BadRow(format!(
                "a check-in answered {other:?}"
            ))));
        }
    };
    Ok(store.record_hub_check_in(attendee_id, scan.day, scan, &winner)?)
}

fn record_undo(
    store: &mut Store,
    attendee_id: i64,
    scan: &HubScan,
    answer: HubAnswer,
) -> Result<Undo, HubError> {
    let undone = matches!(answer, HubAnswer::Undone { .. });
    Ok(store.record_hub_undo(attendee_id, scan.day, scan, undone)?)
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Journal entries the hub committed.
    pub delivered: u64,
    /// Of those, check-ins made offline that the hub found someone else had already made.
    pub conflicts: u64,
    /// People, settings and agenda changes sent to the hub.
    pub changes_sent: u64,
    /// What the hub's feed changed here.
    pub applied: Applied,
    /// Scans still waiting (0 after a full sync).
    pub pending: u64,
    /// The hub erased the event's attendee data since this desk last synced: this copy was
    /// erased first, with the scans that were still waiting for the hub.
    pub erased: Option<ErasedHere>,
}

/// What a desk's copy lost when it followed the hub's erase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErasedHere {
    pub attendees: u64,
    /// Scans made here that had not reached the hub: their people are gone too.
    pub discarded_scans: u64,
}

/// `frontdesk hub status`.
#[derive(Debug, Clone, Serialize)]
pub struct HubStatus {
    pub hub: String,
    pub connected: bool,
    pub pending: u64,
    pub last_sync: Option<DateTime<Utc>>,
    pub desks: Vec<DeskStatus>,
}

/// This desk's way to its hub: the connection while it lasts, and when to try again.
pub struct HubDesk {
    url: HubUrl,
    connection: Option<HubConnection>,
    next_attempt: Option<Instant>,
    /// How long a sync's calls wait: long on the command line, short at a desk window whose
    /// scans wait behind it.
    sync_deadline: Duration,
}

impl HubDesk {
    pub fn new(url: HubUrl) -> HubDesk {
        HubDesk {
            url,
            connection: None,
            next_attempt: None,
            sync_deadline: SYNC_DEADLINE,
        }
    }

    /// The hub remembered beside `db`, or `given` (from `--hub`), for a database that has
    /// joined one; `None` for a desk alone.
    pub fn for_database(db: &Path, given: Option<&str>) -> Result<Option<HubDesk>, HubError> {
        let url = match given {
            Some(url) => Some(HubUrl::parse(url)?),
            None => HubUrl::remembered(db)?,
        };
        Ok(url.map(HubDesk::new))
    }

    pub fn url(&self) -> &HubUrl {
        &self.url
    }

    /// A desk window syncs in the background every second: it gives up sooner, so that a
    /// scan never waits long behind a sync on a network that went silent.
    pub fn with_sync_deadline(mut self, deadline: Duration) -> HubDesk {
        self.sync_deadline = deadline;
        self
    }

    /// Believed reachable: connected, and the connection has not dropped.
    pub fn is_online(&self) -> bool {
        self.connection.as_ref().is_some_and(|c| !c.is_closed())
    }

    /// The open connection, connecting now if the last attempt is long enough ago.
    fn connection(&mut self, deadline: Duration) -> Result<&mut HubConnection, HubError> {
        // A connection found closed is replaced at once; only a failed attempt waits.
        if self
            .connection
            .as_ref()
            .is_some_and(HubConnection::is_closed)
        {
            self.connection = None;
        }
        if self.connection.is_none() {
            if self.next_attempt.is_some_and(|at| Instant::now() < at) {
                return Err(unreachable(&self.url, "the connection was lost"));
            }
            match HubConnection::open(&self.url, deadline) {
                Ok(connection) => {
                    self.next_attempt = None;
                    self.connection = Some(connection);
                }
                Err(error) => {
                    self.next_attempt = Some(Instant::now() + RECONNECT_EVERY);
                    return Err(error);
                }
            }
        }
        self.connection
            .as_mut()
            .ok_or_else(|| unreachable(&self.url, "no connection"))
    }

    /// Opens the connection a check-in uses, waiting at most `deadline`; an unreachable hub
    /// is an answer too (the desk goes on offline), so only other errors are returned.
    pub fn connect(&mut self, deadline: Duration) -> Result<bool, HubError> {
        match self.connection(deadline) {
            Ok(_) => Ok(true),
            Err(error) if error.keeps_the_desk_going() => Ok(false),
            Err(error) => Err(error),
        }
    }

    /// Checks in the person `who` is: the hub decides if it answers within a second; else
    /// this desk decides from its copy and journals the scan.
    pub fn check_in(
        &mut self,
        store: &mut Store,
        who: Who<'_>,
        desk: &str,
    ) -> Result<DeskAnswer, HubError> {
        let prepared = store.prepare_check_in(who)?;
        self.decide(
            store,
            prepared,
            ScanAction::CheckIn,
            desk,
            record_check_in,
            |store, id, scan_id| store.check_in_offline(Who::Id(id), desk, scan_id),
        )
    }

    /// Takes back today's check-in of the person `who` is, at the hub when it answers.
    pub fn undo(
        &mut self,
        store: &mut Store,
        who: Who<'_>,
        desk: &str,
    ) -> Result<UndoAnswer, HubError> {
        let prepared = store.prepare_undo(who)?;
        self.decide(
            store,
            prepared,
            ScanAction::Undo,
            desk,
            record_undo,
            |store, id, scan_id| store.undo_offline(Who::Id(id), desk, scan_id),
        )
    }

    /// What the desk's copy prepared, decided: at once when no admission is asked for, by the
    /// hub when it answers in time, else by this desk alone (`offline`), journaled.
    fn decide<W>(
        &mut self,
        store: &mut Store,
        prepared: Prepared<W>,
        action: ScanAction,
        desk: &str,
        record: impl FnOnce(&mut Store, i64, &HubScan, HubAnswer) -> Result<W, HubError>,
        offline: impl FnOnce(&mut Store, i64, Uuid) -> Result<(EventDay, W), crate::store::StoreError>,
    ) -> Result<AtDesk<W>, HubError> {
        let (day, attendee, undoes) = match prepared {
            Prepared::Answer(day, answer) => {
                let was_offline = !self.is_online();
                return at_desk(store, day, answer, was_offline);
            }
            Prepared::Ask {
                day,
                attendee,
                undoes,
            } => (day, attendee, undoes),
        };
        let undoes = undoes.filter(|_| action == ScanAction::Undo);
        let scan = scan_of(store, action, &attendee, &day, desk, undoes);
        let asked = self
            .deliver_waiting(store)
            .and_then(|()| self.submit(&scan, false));
        match asked {
            Ok(answer) => {
                let answer = record(store, attendee.id, &scan, answer)?;
                at_desk(store, day, answer, false)
            }
            Err(error) if error.keeps_the_desk_going() => {
                tracing::warn!(%error, "deciding offline");
                let (day, answer) = offline(store, attendee.id, scan.scan_id)?;
                at_desk(store, day, answer, true)
            }
            Err(error) => Err(error),
        }
    }

    /// Delivers the scans still waiting in the journal before a new one is asked, so that
    /// the hub sees this desk's scans in the order they were made (an undo made offline
    /// before a new check-in of the same person, say). Usually nothing waits.
    fn deliver_waiting(&mut self, store: &mut Store) -> Result<(), HubError> {
        if store.journal_pending()? == 0 {
            return Ok(());
        }
        let connection = match self.connection.as_mut() {
            Some(connection) if !connection.is_closed() => connection,
            _ => return Err(unreachable(&self.url, "the connection was lost")),
        };
        deliver_journal(
            connection,
            store,
            CHECK_IN_DEADLINE,
            &mut SyncReport::default(),
        )
    }

    /// Asks the hub over the connection a sync opened: a check-in never waits for a new
    /// connection, so the first scan after the network drops is answered within a second.
    fn submit(&mut self, scan: &HubScan, admitted_offline: bool) -> Result<HubAnswer, HubError> {
        let connection = match self.connection.as_mut() {
            Some(connection) if !connection.is_closed() => connection,
            _ => return Err(unreachable(&self.url, "the connection was lost")),
        };
        let scan = scan.clone();
        connection.call(CHECK_IN_DEADLINE, move |client| {
            Box::pin(async move { hub_sql::submit_one(client, &scan, admitted_offline).await })
        })
    }

    /// Delivers the journal (in order, each entry marked delivered only after the hub's
    /// commit), sends the organizer's changes, then applies the hub's feed.
    pub fn sync(&mut self, store: &mut Store, desk: &str) -> Result<SyncReport, HubError> {
        let link = store.hub_link()?.ok_or(HubError::NotJoined)?;
        let deadline = self.sync_deadline;
        let connection = self.connection(deadline)?;
        check_same_event(connection, &link.event_key, deadline)?;
        let mut report = SyncReport {
            erased: follow_erase(connection, store, deadline)?,
            ..SyncReport::default()
        };
        follow_restore(connection, store, deadline)?;
        deliver_journal(connection, store, deadline, &mut report)?;
        send_changes(connection, store, desk, deadline, &mut report)?;
        let from = store
            .hub_link()?
            .map_or(link.feed_position, |l| l.feed_position);
        pull_feed(connection, store, from, deadline, &mut report)?;
        report.pending = store.journal_pending()?;
        let position = store
            .hub_link()?
            .map(|l| l.feed_position)
            .unwrap_or_default();
        let desk_name = desk.to_string();
        let pending = report.pending as i64;
        let holds_data = store.holds_attendee_data()?;
        connection.call(deadline, move |client| {
            Box::pin(async move {
                hub_sql::heartbeat(client, &desk_name, pending, position, holds_data).await
            })
        })?;
        store.note_sync()?;
        Ok(report)
    }

    /// Tells the hub, as a last heartbeat, that this desk has nothing waiting and whether it
    /// still holds attendee data. Best effort: leaving never waits for a hub that is gone.
    pub fn report_leaving(&mut self, store: &Store, desk: &str) -> bool {
        let Ok(holds_data) = store.holds_attendee_data() else {
            return false;
        };
        let Ok(connection) = self.connection(LEAVE_DEADLINE) else {
            return false;
        };
        let desk = desk.to_string();
        let told = connection.call(LEAVE_DEADLINE, move |client| {
            Box::pin(async move { hub_sql::heartbeat(client, &desk, 0, 0, holds_data).await })
        });
        if let Err(error) = &told {
            tracing::info!(%error, "the hub did not hear that this desk left");
        }
        told.is_ok()
    }

    /// Refuses an organizer's change while the hub is not reachable, so that desks never
    /// hold two versions of a person; syncs first so the change is made on the newest copy.
    pub fn before_change(&mut self, store: &mut Store, desk: &str) -> Result<(), HubError> {
        match self.sync(store, desk) {
            Ok(_) => Ok(()),
            Err(error) if error.is_unreachable() => Err(HubError::NeedsHub {
                host: self.url.host().to_string(),
            }),
            Err(error) => Err(error),
        }
    }

    /// Waits up to `wait` for the hub to announce a change; false when nothing came.
    pub fn wait_for_change(&mut self, wait: Duration) -> bool {
        match &self.connection {
            Some(connection) if !connection.is_closed() => connection.wait_for_change(wait),
            _ => {
                std::thread::sleep(wait);
                false
            }
        }
    }

    pub fn status(&mut self, store: &Store) -> Result<HubStatus, HubError> {
        let link = store.hub_link()?.ok_or(HubError::NotJoined)?;
        let desks = match self.connection(SYNC_DEADLINE) {
            Ok(connection) => connection.call(SYNC_DEADLINE, |client| {
                Box::pin(async move { hub_sql::desks(client).await })
            }),
            Err(error) => Err(error),
        };
        let (connected, desks) = match desks {
            Ok(desks) => (true, desks),
            Err(error) if error.is_unreachable() => (false, Vec::new()),
            Err(error) => return Err(error),
        };
        Ok(HubStatus {
            hub: link.hub,
            connected,
            pending: store.journal_pending()?,
            last_sync: link.last_sync.map(|t| t.utc()),
            desks,
        })
    }

    pub fn conflicts(&mut self) -> Result<Vec<hub_sql::Conflict>, HubError> {
        let connection = self.connection(SYNC_DEADLINE)?;
        connection.call(SYNC_DEADLINE, |client| {
            Box::pin(async move { hub_sql::conflicts(client).await })
        })
    }

    /// Starts the hub from this database: uploads its whole event in one transaction and
    /// makes it the hub's first desk.
    pub fn init(&mut self, store: &mut Store, replace: bool) -> Result<u64, HubError> {
        let upload = store.hub_upload()?;
        // A desk starting a hub again (its hub was lost) keeps its event, so the other desks
        // carry on with the new hub and send it their scans.
        let same_event = store.hub_link()?.map(|link| link.event_key);
        let people = upload
            .images
            .iter()
            .filter(|i| i.kind == hub_sql::ImageKind::Attendee)
            .count() as u64;
        let connection = self.connection(SYNC_DEADLINE)?;
        let (key, head) = connection.call(Duration::from_secs(600), move |client| {
            Box::pin(async move {
                hub_sql::start(client, &upload, same_event.as_deref(), replace).await
            })
        })?;
        store.link_hub(&key, &self.url.shown, head)?;
        self.url.remember(store.path())?;
        Ok(people)
    }

    /// The hub's whole content, for `frontdesk hub backup`.
    pub fn backup(&mut self) -> Result<hub_sql::HubBackup, HubError> {
        let connection = self.connection(SYNC_DEADLINE)?;
        connection.call(Duration::from_secs(600), |client| {
            Box::pin(async move { hub_sql::backup(client).await })
        })
    }

    /// Puts `backup` into this hub (empty, or any with `replace`); a database that is a desk
    /// of the backup's event remembers this hub as its own.
    pub fn restore(
        &mut self,
        store: &Store,
        backup: hub_sql::HubBackup,
        replace: bool,
    ) -> Result<(), HubError> {
        let event_key = backup.event_key();
        let connection = self.connection(SYNC_DEADLINE)?;
        connection.call(Duration::from_secs(600), move |client| {
            Box::pin(async move { hub_sql::restore(client, &backup, replace).await.map(|_| ()) })
        })?;
        if store
            .hub_link()?
            .is_some_and(|link| Some(link.event_key) == event_key)
        {
            self.url.remember(store.path())?;
        }
        Ok(())
    }

    /// Erases the event's attendee data at the hub and then here; every other desk erases its
    /// copy when it next syncs (at once if online).
    pub fn erase_everywhere(
        &mut self,
        store: &mut Store,
        desk: &str,
    ) -> Result<crate::store::EraseReport, HubError> {
        // The sync first delivers every waiting scan, so none is discarded here.
        self.before_change(store, desk)?;
        let deadline = self.sync_deadline;
        let connection = self.connection(deadline)?;
        let desks = connection.call(deadline, |client| {
            Box::pin(async move { hub_sql::desks(client).await })
        })?;
        let waiting: Vec<String> = desks
            .iter()
            .filter(|d| d.desk != desk && d.pending > 0)
            .map(|d| format!("{} ({} waiting)", d.desk, d.pending))
            .collect();
        if !waiting.is_empty() {
            return Err(HubError::DesksWaiting {
                desks: waiting.join(", "),
            });
        }
        let generation = connection.call(Duration::from_secs(120), |client| {
            Box::pin(async move { hub_sql::erase(client).await })
        })?;
        let (report, _) = store.erase_as_hub_did(generation)?;
        let _ = self.sync(store, desk);
        Ok(report)
    }

    /// The name of the event the hub holds, or `None` for an empty hub: what the console's
    /// Test button says before anyone joins.
    pub fn probe(&mut self) -> Result<Option<String>, HubError> {
        let deadline = self.sync_deadline;
        let connection = self.connection(deadline)?;
        let event = connection.call(deadline, |client| {
            Box::pin(async move { hub_sql::event_of(client).await })
        })?;
        Ok(event.map(|(_, name)| name))
    }

    /// Makes this (empty) database a desk of the hub: downloads the whole event.
    pub fn join(&mut self, store: &mut Store, desk: &str) -> Result<SyncReport, HubError> {
        store.ensure_empty()?;
        let connection = self.connection(SYNC_DEADLINE)?;
        let event = connection.call(SYNC_DEADLINE, |client| {
            Box::pin(async move { hub_sql::event_of(client).await })
        })?;
        let (key, _) = event.ok_or(HubError::Hub(hub_sql::HubStoreError::Empty))?;
        store.link_hub(&key, &self.url.shown, 0)?;
        self.url.remember(store.path())?;
        self.sync(store, desk)
    }
}

/// Before anything else: a hub that erased its attendee data since this desk last synced
/// has this copy erased too.
fn follow_erase(
    connection: &mut HubConnection,
    store: &mut Store,
    deadline: Duration,
) -> Result<Option<ErasedHere>, HubError> {
    let generation = connection.call(deadline, |client| {
        Box::pin(async move { hub_sql::erase_generation(client).await })
    })?;
    if generation <= store.hub_erased()? {
        return Ok(None);
    }
    let (report, discarded_scans) = store.erase_as_hub_did(generation)?;
    tracing::warn!(
        discarded_scans,
        "the hub erased the attendee data; so did this desk"
    );
    Ok(Some(ErasedHere {
        attendees: report.attendees,
        discarded_scans,
    }))
}

/// A hub put back from a backup, or re-created from one desk's copy, lacks what the other
/// desks sent since: this desk sends all its scans again and reads the feed again.
fn follow_restore(
    connection: &mut HubConnection,
    store: &mut Store,
    deadline: Duration,
) -> Result<(), HubError> {
    let (restore_id, read_from) = connection.call(deadline, |client| {
        Box::pin(async move { hub_sql::last_restore(client).await })
    })?;
    if restore_id == store.hub_restore_id()? {
        return Ok(());
    }
    let resent = store.follow_hub_restore(&restore_id, read_from)?;
    tracing::warn!(
        resent,
        "the hub was restored from a backup; this desk sends its scans again"
    );
    Ok(())
}

/// This desk's scan of `attendee` now, as the hub is sent it.
fn scan_of(
    store: &Store,
    action: ScanAction,
    attendee: &crate::store::Attendee,
    day: &EventDay,
    desk: &str,
    undoes: Option<Uuid>,
) -> HubScan {
    HubScan {
        scan_id: Uuid::now_v7(),
        action,
        badge_code: attendee.badge_code.canonical().to_string(),
        day: day.date,
        desk: desk.to_string(),
        scanned_at: store.clock().now(),
        undoes,
        offline: false,
    }
}

fn check_same_event(
    connection: &mut HubConnection,
    key: &str,
    deadline: Duration,
) -> Result<(), HubError> {
    let event = connection.call(deadline, |client| {
        Box::pin(async move { hub_sql::event_of(client).await })
    })?;
    match event {
        Some((hub_key, _)) if hub_key == key => Ok(()),
        Some((_, name)) => Err(HubError::OtherEvent {
            host: connection.url().host().to_string(),
            name,
        }),
        None => Err(HubError::Hub(hub_sql::HubStoreError::Empty)),
    }
}

fn deliver_journal(
    connection: &mut HubConnection,
    store: &mut Store,
    deadline: Duration,
    report: &mut SyncReport,
) -> Result<(), HubError> {
    loop {
        let waiting = store.journal_waiting(DELIVERY_BATCH)?;
        if waiting.is_empty() {
            return Ok(());
        }
        let delivered: Vec<Uuid> = waiting.iter().map(|entry| entry.scan.scan_id).collect();
        let answers = connection.call(deadline, move |client| {
            Box::pin(async move {
                let batch: Vec<hub_sql::Submission<'_>> = waiting
                    .iter()
                    .map(|entry| hub_sql::Submission {
                        scan: &entry.scan,
                        admitted_offline: entry.admitted_here,
                    })
                    .collect();
                hub_sql::submit(client, &batch).await
            })
        })?;
        report.conflicts += answers
            .iter()
            .filter(|answer| matches!(answer, HubAnswer::Already { conflict: true, .. }))
            .count() as u64;
        store.journal_delivered(&delivered)?;
        report.delivered += delivered.len() as u64;
    }
}

fn send_changes(
    connection: &mut HubConnection,
    store: &mut Store,
    desk: &str,
    deadline: Duration,
    report: &mut SyncReport,
) -> Result<(), HubError> {
    let (images, marks) = store.outbox_images()?;
    if images.is_empty() {
        return Ok(());
    }
    let count = images.len() as u64;
    let origin = desk.to_string();
    // A whole registrant list may travel at once: it gets longer than a scan.
    connection.call(deadline * 12, move |client| {
        Box::pin(async move { hub_sql::push_images(client, &images, &origin).await })
    })?;
    store.clear_outbox(&marks)?;
    report.changes_sent += count;
    Ok(())
}

fn pull_feed(
    connection: &mut HubConnection,
    store: &mut Store,
    mut after: i64,
    deadline: Duration,
    report: &mut SyncReport,
) -> Result<(), HubError> {
    loop {
        let pulled = connection.call(deadline, move |client| {
            Box::pin(async move { hub_sql::pull(client, after, FEED_PAGE).await })
        })?;
        let applied = store.apply_feed(&pulled)?;
        report.applied.images += applied.images;
        report.applied.check_ins += applied.check_ins;
        report.applied.undos += applied.undos;
        if !pulled.more || pulled.next_after == after {
            return Ok(());
        }
        after = pulled.next_after;
    }
}
