//! The desk's database work, each a future for `Task::perform`: it runs on a worker thread
//! and answers with everything the screen needs next, in one trip.

use std::sync::Arc;

use crate::checkin::{CheckIn, Undo};
use crate::day::EventDay;
use crate::hub::{HubDesk, HubError};
use crate::search::SearchIndex;
use crate::store::Who;
use crate::store::{
    Attendee, Counts, LogAction, LogEntry, NewAttendee, Store, StoreError, Timestamp,
};
use crate::ui::Error;
use crate::ui::db::Database;

const RECENT: usize = 10;

/// What changes on screen after anything is written: the counts and this desk's last ten.
#[derive(Debug, Clone)]
pub struct Totals {
    /// Checked in on `day`.
    pub counts: Counts,
    pub recent: Vec<Recent>,
    /// The event day the counts are of.
    pub day: EventDay,
    /// How this desk stands with its hub, when it has one.
    pub hub: Option<HubState>,
}

/// A desk of a hub: whether the hub answers, and the scans waiting for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubState {
    pub online: bool,
    pub pending: u64,
}

/// One of this desk's last check-ins, and whether it was undone since.
#[derive(Debug, Clone)]
pub struct Recent {
    pub entry: LogEntry,
    pub undone: bool,
}

#[derive(Debug, Clone)]
pub struct Scan {
    pub outcome: CheckIn,
    /// Decided from this desk's copy: its hub did not answer in time.
    pub offline: bool,
    /// The event day the answer was decided on.
    pub day: EventDay,
    pub totals: Totals,
}

/// Changes when anyone is added or edited: the search index is rebuilt then.
pub type Signature = (i64, i64, String);

#[derive(Debug, Clone)]
pub struct Poll {
    pub data_version: i64,
    /// Only when another desk or program wrote since the last poll.
    pub changed: Option<(Totals, Signature)>,
    /// The hub erased the event's attendee data, and this desk's copy with it.
    pub erased: Option<crate::hub::ErasedHere>,
}

/// The counts and this desk's last check-ins, of today only: on day 2 of an event the side
/// list must not show yesterday's arrivals as if they had just come.
fn totals(store: &Store, desk: &str) -> Result<Totals, StoreError> {
    totals_at(store, desk, None)
}

fn totals_at(store: &Store, desk: &str, hub: Option<&HubDesk>) -> Result<Totals, StoreError> {
    let day = store.today()?;
    let mut log = store.recent_log(Some(desk), RECENT * 2)?;
    log.retain(|entry| entry.day == day.date);
    let hub = match hub {
        Some(hub) => Some(HubState {
            online: hub.is_online(),
            pending: store.journal_pending()?,
        }),
        None => None,
    };
    Ok(Totals {
        counts: store.counts()?,
        recent: recent_check_ins(log),
        day,
        hub,
    })
}

/// Checks in through the hub when the desk has one, else in the store alone.
pub(crate) fn scan_at_desk(
    store: &mut Store,
    hub: Option<&mut HubDesk>,
    who: Who<'_>,
    desk: &str,
) -> Result<Scan, HubError> {
    let (day, outcome, offline) = match hub {
        Some(hub) => {
            let answer = hub.check_in(store, who, desk)?;
            (answer.day, answer.answer, answer.offline)
        }
        None => match who {
            Who::Code(code) => {
                let (day, outcome) = store.check_in_with_day(code, desk)?;
                (day, outcome, false)
            }
            Who::Id(id) => {
                let (day, outcome) = store.check_in_id_with_day(id, desk)?;
                (day, outcome, false)
            }
        },
    };
    Ok(Scan {
        outcome,
        offline,
        day,
        totals: totals(store, desk)?,
    })
}

/// Newest first: each check-in, marked when a newer entry undid it.
fn recent_check_ins(log: Vec<LogEntry>) -> Vec<Recent> {
    let mut undone_since = std::collections::HashSet::new();
    let mut recent = Vec::new();
    for entry in log {
        if entry.action == LogAction::Undo {
            undone_since.insert(entry.attendee_id);
        } else if recent.len() < RECENT {
            let undone = undone_since.remove(&entry.attendee_id);
            recent.push(Recent { entry, undone });
        }
    }
    recent
}

pub async fn check_in(database: Database, code: String, desk: String) -> Result<Scan, Error> {
    database
        .at_desk(move |store, mut hub| {
            let mut scan = scan_at_desk(store, hub.as_deref_mut(), Who::Code(&code), &desk)?;
            scan.totals.hub = hub_state(store, hub.as_deref())?;
            Ok::<_, HubError>(scan)
        })
        .await
}

fn hub_state(store: &Store, hub: Option<&HubDesk>) -> Result<Option<HubState>, StoreError> {
    Ok(totals_at(store, "", hub)?.hub)
}

/// Whether the code field's text is a whole badge or ticket code, so a scanner that sends no
/// Enter can be taken as done.
pub async fn is_complete_code(database: Database, text: String) -> Result<bool, Error> {
    database
        .run(move |store| store.is_complete_code(&text))
        .await
}

pub async fn check_in_person(database: Database, id: i64, desk: String) -> Result<Scan, Error> {
    database
        .at_desk(move |store, mut hub| {
            let mut scan = scan_at_desk(store, hub.as_deref_mut(), Who::Id(id), &desk)?;
            scan.totals.hub = hub_state(store, hub.as_deref())?;
            Ok::<_, HubError>(scan)
        })
        .await
}

pub async fn walk_in(database: Database, person: NewAttendee, desk: String) -> Result<Scan, Error> {
    database
        .at_desk(move |store, mut hub| {
            // A walk-in is added here and reaches the hub with the next sync, online or not.
            let added = store.add_attendee(&person, &format!("walk-in:{desk}"))?;
            let mut scan = scan_at_desk(store, hub.as_deref_mut(), Who::Id(added.id), &desk)?;
            scan.totals.hub = hub_state(store, hub.as_deref())?;
            Ok::<_, HubError>(scan)
        })
        .await
}

pub async fn last_check_in(
    database: Database,
    desk: String,
) -> Result<Option<(Attendee, Timestamp)>, Error> {
    database
        .run(move |store| store.last_check_in_at_desk(&desk))
        .await
}

pub async fn undo(database: Database, id: i64, desk: String) -> Result<(Undo, Totals), Error> {
    database
        .at_desk(move |store, hub| {
            let outcome = match hub {
                Some(hub) => {
                    let outcome = hub.undo(store, Who::Id(id), &desk)?.answer;
                    let totals = totals_at(store, &desk, Some(hub))?;
                    return Ok::<_, HubError>((outcome, totals));
                }
                None => store.undo_check_in_id(id, &desk)?,
            };
            Ok((outcome, totals(store, &desk)?))
        })
        .await
}

/// The people a query finds, best first, with their current state.
pub async fn search(
    database: Database,
    index: Arc<SearchIndex>,
    query: String,
    limit: usize,
) -> Result<Vec<Attendee>, Error> {
    database
        .run(move |store| {
            let ids: Vec<i64> = index.search(&query, limit).iter().map(|h| h.id).collect();
            store.attendees_by_ids(&ids)
        })
        .await
}

pub async fn build_index(database: Database) -> Result<(Arc<SearchIndex>, Signature), Error> {
    database
        .run(|store| Ok((Arc::new(store.search_index()?), store.attendee_signature()?)))
        .await
}

/// What other desks did: from the database file, and from the hub's feed on a desk of a hub
/// (which first delivers this desk's waiting scans).
pub async fn poll(database: Database, known: Option<i64>, desk: String) -> Result<Poll, Error> {
    database
        .at_desk(move |store, hub| {
            let data_version = store.data_version()?;
            let mut erased = None;
            let changed = match hub {
                Some(hub) => {
                    match hub.sync(store, &desk) {
                        Ok(report) => erased = report.erased,
                        Err(error) if error.keeps_the_desk_going() => {
                            tracing::info!(%error, "the hub cannot be used; the desk goes on offline");
                        }
                        Err(error) => return Err(error),
                    }
                    Some((
                        totals_at(store, &desk, Some(hub))?,
                        store.attendee_signature()?,
                    ))
                }
                None if Some(data_version) == known => None,
                None => Some((totals(store, &desk)?, store.attendee_signature()?)),
            };
            Ok::<_, HubError>(Poll {
                data_version,
                changed,
                erased,
            })
        })
        .await
}

/// The automatic copy into the backups folder beside the database, if one is due.
pub async fn backup(
    database: Database,
    every: std::time::Duration,
) -> Result<Option<std::path::PathBuf>, Error> {
    database
        .run(move |store| {
            let folder = crate::store::backup::folder_for(store.path());
            store.automatic_backup(&folder, every)
        })
        .await
}

pub async fn ticket_types(database: Database) -> Result<Vec<String>, Error> {
    database.run(|store| store.ticket_types()).await
}

/// What the desk shows as it opens: a desk of a hub says at once whether it is online.
pub fn first_totals(
    store: &Store,
    desk: &str,
    hub: Option<&HubDesk>,
) -> Result<Totals, StoreError> {
    totals_at(store, desk, hub)
}
