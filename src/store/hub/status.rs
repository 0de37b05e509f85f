//! What the hub knows of its desks and of the conflicts they made offline.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use tokio_postgres::Client;
use uuid::Uuid;

use super::HubStoreError;

/// A scan that arrives this long after it was made was made offline for a while (the hub's
/// index `scan_late_by_desk` and `desks` below say the same in SQL).
const LATE_AFTER_SECONDS: i64 = 120;

/// One desk as the hub last heard of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeskStatus {
    pub desk: String,
    pub last_seen: DateTime<Utc>,
    /// Scans the desk had not yet delivered when it last spoke to the hub.
    pub pending: i64,
    /// The desk's copy holds attendee data (it has not erased it).
    pub holds_data: bool,
    /// Its scans that reached the hub more than two minutes after they were made.
    pub late: i64,
}

/// A person admitted twice on one day while desks were offline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub attendee: String,
    pub badge_code: String,
    pub day: NaiveDate,
    /// The admission that stands first, then the offline check-ins that lost to it.
    pub scans: Vec<ConflictScan>,
}

impl Conflict {
    /// [`Conflict::describe`] in the organizer's language.
    pub fn say(&self, zone: chrono_tz::Tz, t: &crate::language::Texts) -> String {
        let scans: Vec<String> = self
            .scans
            .iter()
            .map(|s| {
                t.tr_with(
                    if s.late {
                        "desks-conflict-scan-late"
                    } else {
                        "desks-conflict-scan"
                    },
                    &[
                        ("desk", s.desk.as_str().into()),
                        ("time", crate::time::local_hhmm(s.scanned_at, zone).into()),
                    ],
                )
            })
            .collect();
        t.tr_with(
            "desks-conflict",
            &[
                ("name", self.attendee.as_str().into()),
                ("day", self.day.to_string().into()),
                ("scans", scans.join(", ").into()),
            ],
        )
    }

    /// "Ada Lovelace (2018-07-09): admitted twice while offline: Desk 2 09:14, Desk 4 09:16
    /// (late)", in the event's time: how the console and the command line name it.
    pub fn describe(&self, zone: chrono_tz::Tz) -> String {
        let scans: Vec<String> = self
            .scans
            .iter()
            .map(|s| {
                format!(
                    "{} {}{}",
                    s.desk,
                    crate::time::local_hhmm(s.scanned_at, zone),
                    if s.late { " (late)" } else { "" }
                )
            })
            .collect();
        format!(
            "{} ({}): admitted twice while offline: {}",
            self.attendee,
            self.day,
            scans.join(", ")
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictScan {
    pub scan_id: Uuid,
    pub desk: String,
    pub scanned_at: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
    pub offline: bool,
    /// Reached the hub more than two minutes after it was made.
    pub late: bool,
}

/// Records that `desk` spoke to the hub now, with what it still has to deliver.
pub async fn heartbeat(
    client: &Client,
    desk: &str,
    pending: i64,
    position: i64,
    holds_data: bool,
) -> Result<(), HubStoreError> {
    client
        .execute(
            "INSERT INTO desk (name, last_seen, pending, position, holds_data)
             VALUES ($1, clock_timestamp(), $2, $3, $4)
             ON CONFLICT (name) DO UPDATE SET last_seen = excluded.last_seen,
                 pending = excluded.pending, position = excluded.position,
                 holds_data = excluded.holds_data",
            &[&desk, &(pending as i32), &position, &holds_data],
        )
        .await?;
    Ok(())
}

pub async fn desks(client: &Client) -> Result<Vec<DeskStatus>, HubStoreError> {
    let rows = client
        .query(
            // The late condition is the index's own (schema 2), so only late scans are read.
            "SELECT d.name, d.last_seen, d.pending, d.holds_data, coalesce(l.late, 0)
             FROM desk d
             LEFT JOIN (SELECT desk, count(*) AS late FROM scan
                        WHERE extract(epoch FROM received_at - scanned_at) > 120
                        GROUP BY desk) l ON l.desk = d.name
             ORDER BY d.name",
            &[],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|row| DeskStatus {
            desk: row.get(0),
            last_seen: row.get(1),
            pending: i64::from(row.get::<_, i32>(2)),
            holds_data: row.get(3),
            late: row.get(4),
        })
        .collect())
}

/// Every conflict, oldest first, each with the admission that stands and the scans it beat.
pub async fn conflicts(client: &Client) -> Result<Vec<Conflict>, HubStoreError> {
    let rows = client
        .query(
            "SELECT w.badge_code, w.day, coalesce(i.image->'row'->>'display_name', ''),
                    w.scan_id, w.desk, w.scanned_at, w.received_at, w.offline,
                    l.scan_id, l.desk, l.scanned_at, l.received_at, l.offline
             FROM conflict c
             JOIN scan l ON l.scan_id = c.scan_id
             JOIN scan w ON w.scan_id = c.winner_scan_id
             LEFT JOIN image i ON i.kind = 'attendee' AND i.key = w.badge_code
             ORDER BY w.day, w.badge_code, l.received_at",
            &[],
        )
        .await?;
    let mut found: Vec<Conflict> = Vec::new();
    for row in &rows {
        let winner = conflict_scan(row, 3);
        let loser = conflict_scan(row, 8);
        let day: NaiveDate = row.get(1);
        let badge_code: String = row.get(0);
        match found.last_mut() {
            Some(last) if last.day == day && last.scans[0].scan_id == winner.scan_id => {
                last.scans.push(loser)
            }
            _ => found.push(Conflict {
                attendee: row.get(2),
                badge_code,
                day,
                scans: vec![winner, loser],
            }),
        }
    }
    Ok(found)
}

fn conflict_scan(row: &tokio_postgres::Row, first: usize) -> ConflictScan {
    let scanned_at: DateTime<Utc> = row.get(first + 2);
    let received_at: DateTime<Utc> = row.get(first + 3);
    ConflictScan {
        scan_id: row.get(first),
        desk: row.get(first + 1),
        scanned_at,
        received_at,
        offline: row.get(first + 4),
        late: (received_at - scanned_at).num_seconds() > LATE_AFTER_SECONDS,
    }
}
