//! Deciding a scan at the hub, in one transaction: the scan joins the append-only log (a scan
//! id seen twice is one scan), and a check-in claims the person's admission for the day. The
//! admission's primary key decides between two desks: whoever commits first wins, whatever the
//! laptops' clocks say.

use chrono::{DateTime, Utc};
use tokio_postgres::{Client, Transaction};
use uuid::Uuid;

use super::{HubScan, HubStoreError, ScanAction, notify, take_positions};

/// The check-in that stands for a person on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WinningScan {
    pub scan_id: Uuid,
    pub desk: String,
    pub scanned_at: DateTime<Utc>,
}

/// What the hub decided for one scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HubAnswer {
    /// This scan's check-in is the person's admission for the day.
    Admitted,
    /// Someone else's scan was first; when this scan had already admitted the person offline,
    /// the hub recorded a conflict.
    Already {
        winner: WinningScan,
        conflict: bool,
    },
    Undone {
        undid: Uuid,
    },
    NotCheckedIn,
}

impl HubAnswer {
    fn result(&self) -> &'static str {
        match self {
            HubAnswer::Admitted => "admitted",
            HubAnswer::Already { .. } => "already",
            HubAnswer::Undone { .. } => "undone",
            HubAnswer::NotCheckedIn => "not_checked_in",
        }
    }
}

/// Decides `scan` and commits it. `admitted_offline` says the desk already told the person
/// "welcome" from its own copy: losing then is a conflict to show, never to hide.
pub async fn submit(
    client: &mut Client,
    scan: &HubScan,
    admitted_offline: bool,
) -> Result<HubAnswer, HubStoreError> {
    let tx = client.transaction().await?;
    let position = take_positions(&tx, 1).await?;
    let answer = match seen_before(&tx, scan.scan_id).await? {
        Some(answer) => answer,
        None => {
            let answer = decide(&tx, scan).await?;
            insert_scan(&tx, scan, &answer, position).await?;
            if let HubAnswer::Admitted = answer {
                tx.execute(
                    "INSERT INTO admission (badge_code, day, scan_id) VALUES ($1, $2, $3)",
                    &[&scan.badge_code, &scan.day, &scan.scan_id],
                )
                .await?;
            }
            answer
        }
    };
    let answer = note_conflict(&tx, scan, answer, admitted_offline).await?;
    notify(&tx).await?;
    tx.commit().await?;
    Ok(answer)
}

/// The answer a scan got the first time it reached the hub: a desk that lost its connection
/// before the answer came sends the same scan again.
async fn seen_before(
    tx: &Transaction<'_>,
    scan_id: Uuid,
) -> Result<Option<HubAnswer>, HubStoreError> {
    let row = tx
        .query_opt(
            "SELECT s.result, s.badge_code, s.day, s.undoes FROM scan s WHERE s.scan_id = $1",
            &[&scan_id],
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let result: String = row.get(0);
    Ok(Some(match result.as_str() {
        "admitted" => HubAnswer::Admitted,
        "undone" => HubAnswer::Undone {
            undid: row.get::<_, Option<Uuid>>(3).unwrap_or(scan_id),
        },
        "not_checked_in" => HubAnswer::NotCheckedIn,
        _ => {
            let winner = winner(tx, row.get(1), row.get(2)).await?.ok_or_else(|| {
                HubStoreError::BadRow(format!("scan {scan_id} lost to a check-in that is gone"))
            });
            match winner {
                Ok(winner) => HubAnswer::Already {
                    winner,
                    conflict: false,
                },
                // The admission it lost to was undone since: nothing stands now.
                Err(_) => HubAnswer::NotCheckedIn,
            }
        }
    }))
}

async fn decide(tx: &Transaction<'_>, scan: &HubScan) -> Result<HubAnswer, HubStoreError> {
    match scan.action {
        ScanAction::CheckIn => {
            // The admission row is locked by whoever holds it; the feed head's lock, taken
            // first, already makes this transaction the only writer.
            match winner(tx, scan.badge_code.clone(), scan.day).await? {
                Some(winner) => Ok(HubAnswer::Already {
                    winner,
                    conflict: false,
                }),
                None => Ok(HubAnswer::Admitted),
            }
        }
        ScanAction::Undo => {
            let undone = tx
                .query_opt(
                    "DELETE FROM admission
                     WHERE badge_code = $1 AND day = $2 AND ($3::uuid IS NULL OR scan_id = $3)
                     RETURNING scan_id",
                    &[&scan.badge_code, &scan.day, &scan.undoes],
                )
                .await?;
            Ok(match undone {
                Some(row) => HubAnswer::Undone { undid: row.get(0) },
                None => HubAnswer::NotCheckedIn,
            })
        }
    }
}

/// The check-in standing for a person on a day, if any.
async fn winner(
    tx: &Transaction<'_>,
    badge_code: String,
    day: chrono::NaiveDate,
) -> Result<Option<WinningScan>, HubStoreError> {
    let row = tx
        .query_opt(
            "SELECT s.scan_id, s.desk, s.scanned_at FROM admission a
             JOIN scan s ON s.scan_id = a.scan_id WHERE a.badge_code = $1 AND a.day = $2",
            &[&badge_code, &day],
        )
        .await?;
    Ok(row.map(|row| WinningScan {
        scan_id: row.get(0),
        desk: row.get(1),
        scanned_at: row.get(2),
    }))
}

async fn insert_scan(
    tx: &Transaction<'_>,
    scan: &HubScan,
    answer: &HubAnswer,
    position: i64,
) -> Result<(), HubStoreError> {
    let undoes = match answer {
        HubAnswer::Undone { undid } => Some(*undid),
        _ => scan.undoes,
    };
    tx.execute(
        "INSERT INTO scan (scan_id, action, badge_code, day, desk, scanned_at, offline, undoes,
                           result, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        &[
            &scan.scan_id,
            &scan.action.as_str(),
            &scan.badge_code,
            &scan.day,
            &scan.desk,
            &scan.scanned_at,
            &scan.offline,
            &undoes,
            &answer.result(),
            &position,
        ],
    )
    .await?;
    Ok(())
}

/// A check-in the desk confirmed offline that the hub did not admit: kept as a conflict with
/// both scans, once, never resolved by itself.
async fn note_conflict(
    tx: &Transaction<'_>,
    scan: &HubScan,
    answer: HubAnswer,
    admitted_offline: bool,
) -> Result<HubAnswer, HubStoreError> {
    let HubAnswer::Already { winner, .. } = answer else {
        return Ok(answer);
    };
    if !admitted_offline || winner.scan_id == scan.scan_id {
        return Ok(HubAnswer::Already {
            winner,
            conflict: false,
        });
    }
    tx.execute(
        "INSERT INTO conflict (scan_id, winner_scan_id) VALUES ($1, $2)
         ON CONFLICT (scan_id) DO NOTHING",
        &[&scan.scan_id, &winner.scan_id],
    )
    .await?;
    Ok(HubAnswer::Already {
        winner,
        conflict: true,
    })
}
