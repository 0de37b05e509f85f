//! This desk as a desk of a hub: the link to the hub's event, and the journal of this desk's
//! scans. Every scan the desk confirms is journaled in the transaction that writes it here,
//! and leaves the journal's waiting list only once the hub has committed it: nothing a desk
//! confirmed is lost when the network, the hub or the desk goes down.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Transaction};
use serde::Serialize;
use uuid::Uuid;

use super::attendees::{Attendee, attendee_by_id};
use super::hub::{HubScan, ScanAction, Upload, WinningScan};
use super::log::{Decision, Entry, append, day_rules, decide, no_row};
use super::{LogAction, Store, StoreError, Timestamp};
use crate::checkin::{self, CheckIn, LogWrite, Resolution, Undo};
use crate::day::EventDay;

/// The hub this database is a desk of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HubLink {
    pub event_key: String,
    /// Where the hub is, as it may be shown: host, port and database, never the password.
    pub hub: String,
    /// How far this desk has applied the hub's feed.
    pub feed_position: i64,
    pub last_sync: Option<Timestamp>,
}

/// One scan of this desk, as the journal keeps it for the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalEntry {
    pub scan: HubScan,
    /// The desk said "checked in" from its own copy: losing at the hub is a conflict.
    pub admitted_here: bool,
}

/// A scan about to be written here and journaled.
pub(crate) struct Journaled {
    pub scan_id: Uuid,
    pub offline: bool,
    /// Already committed by the hub (an online scan): journaled as delivered.
    pub delivered: bool,
}

/// What the desk's own copy says of a scan before the hub is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prepared<W> {
    /// No admission to ask for: unknown, a typo, not admitted, already checked in here.
    Answer(EventDay, W),
    /// The hub decides: this person may be checked in (or their check-in taken back).
    Ask {
        day: EventDay,
        attendee: Box<Attendee>,
        /// For an undo, the scan of the check-in it takes back, when known.
        undoes: Option<Uuid>,
    },
}

impl Store {
    pub fn hub_link(&self) -> Result<Option<HubLink>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT event_key, hub, feed_position, last_sync FROM hub_link WHERE id = 1",
                [],
                |row| {
                    Ok(HubLink {
                        event_key: row.get(0)?,
                        hub: row.get(1)?,
                        feed_position: row.get(2)?,
                        last_sync: row.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Makes this database a desk of the hub's event `event_key`, with its feed applied up to
    /// `feed_position`.
    pub fn link_hub(
        &mut self,
        event_key: &str,
        hub: &str,
        feed_position: i64,
    ) -> Result<(), StoreError> {
        let tx = self.write()?;
        tx.execute("DELETE FROM hub_link", [])?;
        tx.execute("DELETE FROM hub_outbox", [])?;
        tx.execute(
            "INSERT INTO hub_link (id, event_key, hub, feed_position) VALUES (1, ?1, ?2, ?3)",
            rusqlite::params![event_key, hub, feed_position],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// This database stands alone again; its journal stays, for the record.
    pub fn unlink_hub(&mut self) -> Result<(), StoreError> {
        let tx = self.write()?;
        tx.execute("DELETE FROM hub_link", [])?;
        tx.execute("DELETE FROM hub_outbox", [])?;
        tx.commit()?;
        Ok(())
    }

    pub fn note_sync(&mut self) -> Result<(), StoreError> {
        let now = Timestamp::from(self.clock.now());
        self.conn
            .execute("UPDATE hub_link SET last_sync = ?1", [now])?;
        Ok(())
    }

    /// The hub restore this desk has followed ("" for none): see `follow_hub_restore`.
    pub fn hub_restore_id(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT restore_id FROM hub_link WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or_default())
    }

    /// The hub was put back from a backup or re-created from a desk's copy (restore
    /// `restore_id`): every scan of this desk goes to it again (the hub keeps each scan once,
    /// so those it has are no second scan) and the feed is read again after `read_from`, so
    /// nothing made after the backup is lost. Returns how many scans will be sent.
    pub fn follow_hub_restore(
        &mut self,
        restore_id: &str,
        read_from: i64,
    ) -> Result<u64, StoreError> {
        self.in_one_write(|tx| {
            let resent = tx.execute("UPDATE hub_journal SET synced_at = NULL", [])?;
            tx.execute(
                "UPDATE hub_link SET restore_id = ?1, feed_position = min(feed_position, ?2)",
                rusqlite::params![restore_id, read_from],
            )?;
            Ok(resent as u64)
        })
    }

    /// Refuses to join a hub with a database that already holds people or check-ins.
    pub fn ensure_empty(&self) -> Result<(), StoreError> {
        let people: u64 = self
            .conn
            .query_row("SELECT count(*) FROM attendee", [], |r| r.get(0))?;
        if people > 0 {
            return Err(StoreError::NotEmpty { people });
        }
        Ok(())
    }

    /// The scans the hub has not committed yet, oldest first.
    pub fn journal_waiting(&self, limit: usize) -> Result<Vec<JournalEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT j.scan_id, j.action, j.badge_code, j.day, j.desk, j.scanned_at, j.undoes,
                    j.offline
             FROM hub_journal j WHERE j.synced_at IS NULL ORDER BY j.seq LIMIT ?1",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map([limit], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, Timestamp>(5)?,
                row.get::<_, Option<String>>(6)?,
                row.get::<_, bool>(7)?,
            ))
        })?;
        let mut entries = Vec::new();
        for row in rows {
            let (scan_id, action, badge_code, day, desk, at, undoes, offline) = row?;
            let bad = |what: &str| StoreError::BadHubData(format!("journal {what} of {scan_id}"));
            let action = match action.as_str() {
                "check_in" => ScanAction::CheckIn,
                _ => ScanAction::Undo,
            };
            entries.push(JournalEntry {
                scan: HubScan {
                    scan_id: Uuid::parse_str(&scan_id).map_err(|_| bad("scan id"))?,
                    action,
                    badge_code,
                    day: day.parse().map_err(|_| bad("day"))?,
                    desk,
                    scanned_at: at.utc(),
                    undoes: undoes.and_then(|u| Uuid::parse_str(&u).ok()),
                    offline,
                },
                admitted_here: action == ScanAction::CheckIn,
            });
        }
        Ok(entries)
    }

    /// How many scans wait for the hub.
    pub fn journal_pending(&self) -> Result<u64, StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM hub_journal WHERE synced_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// How many scans this desk has journaled in all, delivered or not.
    pub fn journal_len(&self) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM hub_journal", [], |r| r.get(0))?)
    }

    /// The hub committed these scans: marked in one transaction, after the hub's commit.
    pub fn journal_delivered(&mut self, scan_ids: &[Uuid]) -> Result<(), StoreError> {
        let now = Timestamp::from(self.clock.now());
        self.in_one_write(|tx| {
            let mut mark =
                tx.prepare_cached("UPDATE hub_journal SET synced_at = ?2 WHERE scan_id = ?1")?;
            for scan_id in scan_ids {
                mark.execute(rusqlite::params![scan_id.to_string(), now])?;
            }
            Ok(())
        })
    }

    /// The check-in the desk's copy would give, without writing: for the hub to decide.
    pub fn prepare_check_in(&mut self, who: Who<'_>) -> Result<Prepared<CheckIn>, StoreError> {
        self.prepare_scan::<CheckIn>(who)
    }

    pub fn prepare_undo(&mut self, who: Who<'_>) -> Result<Prepared<Undo>, StoreError> {
        self.prepare_scan::<Undo>(who)
    }

    fn prepare_scan<W: LogWrite>(&mut self, who: Who<'_>) -> Result<Prepared<W>, StoreError> {
        let now = Timestamp::from(self.clock.now());
        self.in_one_write(|tx| {
            let (day, rules) = day_rules(tx, now)?;
            Ok(match decide::<W>(tx, who.resolve(tx)?, &rules)? {
                Decision::Answer(answer) => Prepared::Answer(day, answer),
                Decision::Write(attendee) => {
                    let undoes = standing_scan(tx, attendee.id, rules.day)?;
                    Prepared::Ask {
                        day,
                        attendee,
                        undoes,
                    }
                }
            })
        })
    }

    /// Checks in from this desk's copy alone, journaling the scan for the hub: the hub was
    /// not reachable.
    pub fn check_in_offline(
        &mut self,
        who: Who<'_>,
        desk: &str,
        scan_id: Uuid,
    ) -> Result<(EventDay, CheckIn), StoreError> {
        let scan = Journaled {
            scan_id,
            offline: true,
            delivered: false,
        };
        self.logged_as(desk, |tx| who.resolve(tx), Some(&scan))
    }

    pub fn undo_offline(
        &mut self,
        who: Who<'_>,
        desk: &str,
        scan_id: Uuid,
    ) -> Result<(EventDay, Undo), StoreError> {
        let scan = Journaled {
            scan_id,
            offline: true,
            delivered: false,
        };
        self.logged_as(desk, |tx| who.resolve(tx), Some(&scan))
    }

    /// Writes here what the hub decided for this desk's scan `scan_id` of `attendee`: the
    /// standing check-in (this scan's, or the one that beat it) and the journal entry, as
    /// delivered.
    pub fn record_hub_check_in(
        &mut self,
        attendee_id: i64,
        day: NaiveDate,
        scan: &HubScan,
        winner: &WinningScan,
    ) -> Result<CheckIn, StoreError> {
        let won = winner.scan_id == scan.scan_id;
        let tx = self.write()?;
        journal_delivered_scan(&tx, scan)?;
        let standing = attendee_by_id(&tx, attendee_id, day)?.ok_or(no_row())?;
        if standing.checked_in_at.is_none() {
            append(
                &tx,
                &Entry {
                    attendee_id,
                    day,
                    at: Timestamp::from(winner.scanned_at),
                    desk: &winner.desk,
                    action: LogAction::CheckIn,
                    scan_id: Some(winner.scan_id.to_string()),
                },
            )?;
        }
        let attendee = attendee_by_id(&tx, attendee_id, day)?.ok_or(no_row())?;
        tx.commit()?;
        Ok(if won {
            CheckIn::CheckedIn(attendee)
        } else {
            CheckIn::AlreadyCheckedIn {
                attendee,
                first_checked_in_at: Timestamp::from(winner.scanned_at),
                first_desk: winner.desk.clone(),
            }
        })
    }

    /// Writes here an undo the hub committed (or found nothing to undo for): this desk's copy
    /// then agrees that the person is not checked in that day.
    pub fn record_hub_undo(
        &mut self,
        attendee_id: i64,
        day: NaiveDate,
        scan: &HubScan,
        undone: bool,
    ) -> Result<Undo, StoreError> {
        let tx = self.write()?;
        journal_delivered_scan(&tx, scan)?;
        let standing = attendee_by_id(&tx, attendee_id, day)?.ok_or(no_row())?;
        if standing.checked_in_at.is_some() {
            append(
                &tx,
                &Entry {
                    attendee_id,
                    day,
                    at: Timestamp::from(scan.scanned_at),
                    desk: &scan.desk,
                    action: LogAction::Undo,
                    scan_id: Some(scan.scan_id.to_string()),
                },
            )?;
        }
        let attendee = attendee_by_id(&tx, attendee_id, day)?.ok_or(no_row())?;
        tx.commit()?;
        Ok(if undone {
            Undo::Undone(attendee)
        } else {
            Undo::NotCheckedIn(attendee)
        })
    }

    /// Everything this database holds of its event, for a new hub.
    pub fn hub_upload(&self) -> Result<Upload, StoreError> {
        let event_name = self.event_or_default()?.name;
        let images = self.all_images()?;
        let mut stmt = self.conn.prepare(
            "SELECT l.id, l.scan_id, l.action, a.badge_code, l.day, l.desk, l.at,
                    EXISTS (SELECT 1 FROM presence p WHERE p.log_id = l.id)
             FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id ORDER BY l.id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, Option<String>>(1)?,
                row.get::<_, LogAction>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, Timestamp>(6)?,
                row.get::<_, bool>(7)?,
            ))
        })?;
        let mut upload = Upload {
            event_name,
            images,
            ..Upload::default()
        };
        for row in rows {
            let (scan_id, action, badge_code, day, desk, at, standing) = row?;
            let scan_id = scan_id
                .and_then(|id| Uuid::parse_str(&id).ok())
                .unwrap_or_else(|| scan_id_at(at.utc()));
            let day: NaiveDate = day
                .parse()
                .map_err(|_| StoreError::BadHubData(format!("log day {day:?}")))?;
            let (action, result) = match action {
                LogAction::CheckIn => (ScanAction::CheckIn, "admitted"),
                LogAction::Undo => (ScanAction::Undo, "undone"),
            };
            if standing {
                upload.admissions.push((badge_code.clone(), day, scan_id));
            }
            upload.scans.push((
                HubScan {
                    scan_id,
                    action,
                    badge_code,
                    day,
                    desk,
                    scanned_at: at.utc(),
                    undoes: None,
                    offline: false,
                },
                result,
            ));
        }
        Ok(upload)
    }
}

/// Who a scan is of: a scanned or typed code, or a person picked from a search.
#[derive(Debug, Clone, Copy)]
pub enum Who<'a> {
    Code(&'a str),
    Id(i64),
}

impl Who<'_> {
    fn resolve(&self, tx: &Transaction<'_>) -> Result<Resolution, StoreError> {
        match self {
            Who::Code(code) => checkin::resolve(tx, code),
            Who::Id(id) => Ok(Resolution::Attendee(*id)),
        }
    }
}

/// A time-ordered scan id for a log entry made before the desk had a hub.
fn scan_id_at(at: DateTime<Utc>) -> Uuid {
    let seconds = u64::try_from(at.timestamp()).unwrap_or_default();
    let timestamp =
        uuid::Timestamp::from_unix(uuid::NoContext, seconds, at.timestamp_subsec_nanos());
    Uuid::new_v7(timestamp)
}

/// The scan id of the check-in that stands for a person on a day, if it has one.
fn standing_scan(
    tx: &Transaction<'_>,
    attendee_id: i64,
    day: NaiveDate,
) -> Result<Option<Uuid>, StoreError> {
    let id: Option<Option<String>> = tx
        .prepare_cached(
            "SELECT l.scan_id FROM presence p JOIN checkin_log l ON l.id = p.log_id
             WHERE p.attendee_id = ?1 AND p.day = ?2",
        )?
        .query_row(rusqlite::params![attendee_id, day.to_string()], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(id.flatten().and_then(|id| Uuid::parse_str(&id).ok()))
}

/// Journals a scan this desk writes, inside the transaction that writes it.
pub(super) fn journal(
    tx: &Transaction<'_>,
    scan: &Journaled,
    attendee: &Attendee,
    entry: &Entry<'_>,
) -> Result<(), StoreError> {
    let undoes = match entry.action {
        LogAction::Undo => standing_scan(tx, attendee.id, entry.day)?,
        LogAction::CheckIn => None,
    };
    let synced_at = scan.delivered.then_some(entry.at);
    tx.prepare_cached(
        "INSERT INTO hub_journal (scan_id, action, badge_code, day, desk, scanned_at, undoes,
                                  offline, synced_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(rusqlite::params![
        scan.scan_id.to_string(),
        entry.action,
        attendee.badge_code.canonical(),
        entry.day.to_string(),
        entry.desk,
        entry.at,
        undoes.map(|u| u.to_string()),
        scan.offline,
        synced_at
    ])?;
    Ok(())
}

/// An online scan, journaled as delivered: the journal then holds every scan this desk made.
fn journal_delivered_scan(tx: &Transaction<'_>, scan: &HubScan) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO hub_journal (scan_id, action, badge_code, day, desk, scanned_at, undoes,
                                  offline, synced_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?6)
         ON CONFLICT (scan_id) DO UPDATE SET synced_at = coalesce(synced_at, excluded.synced_at)",
    )?
    .execute(rusqlite::params![
        scan.scan_id.to_string(),
        scan.action.as_str(),
        scan.badge_code,
        scan.day.to_string(),
        scan.desk,
        Timestamp::from(scan.scanned_at),
        scan.undoes.map(|u| u.to_string()),
    ])?;
    Ok(())
}
