//! Deciding scans at the hub, in one call and one transaction (the hub's `submit_scans`,
//! schema 2): each scan joins the append-only log (a scan id seen twice is one scan), and a
//! check-in claims the person's admission for the day. The admission's primary key decides
//! between two desks: whoever commits first wins, whatever the laptops' clocks say.

use chrono::{DateTime, Utc};
use tokio_postgres::Client;
use tokio_postgres::types::{ToSql, Type};
use uuid::Uuid;

use super::HubScan;
use super::HubStoreError;

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

/// A scan to decide, and whether the desk already told the person "welcome" from its own
/// copy: losing then is a conflict to show, never to hide.
#[derive(Debug, Clone, Copy)]
pub struct Submission<'a> {
    pub scan: &'a HubScan,
    pub admitted_offline: bool,
}

/// Decides `scans` in order and commits them together, in one round trip: one scan for a
/// check-in at the desk, a batch of the journal after the network came back. The answers
/// come in the same order.
pub async fn submit(
    client: &Client,
    scans: &[Submission<'_>],
) -> Result<Vec<HubAnswer>, HubStoreError> {
    let column = |pick: fn(&Submission<'_>) -> String| scans.iter().map(pick).collect::<Vec<_>>();
    let scan_ids: Vec<Uuid> = scans.iter().map(|s| s.scan.scan_id).collect();
    let actions = column(|s| s.scan.action.as_str().to_string());
    let badge_codes = column(|s| s.scan.badge_code.clone());
    let days: Vec<chrono::NaiveDate> = scans.iter().map(|s| s.scan.day).collect();
    let desks = column(|s| s.scan.desk.clone());
    let scanned_at: Vec<DateTime<Utc>> = scans.iter().map(|s| s.scan.scanned_at).collect();
    let offline: Vec<bool> = scans.iter().map(|s| s.scan.offline).collect();
    let undoes: Vec<Option<Uuid>> = scans.iter().map(|s| s.scan.undoes).collect();
    let admitted_offline: Vec<bool> = scans.iter().map(|s| s.admitted_offline).collect();
    // Typed parameters: the call is sent with its statement, with no prepare round trip.
    let params: [(&(dyn ToSql + Sync), Type); 9] = [
        (&scan_ids, Type::UUID_ARRAY),
        (&actions, Type::TEXT_ARRAY),
        (&badge_codes, Type::TEXT_ARRAY),
        (&days, Type::DATE_ARRAY),
        (&desks, Type::TEXT_ARRAY),
        (&scanned_at, Type::TIMESTAMPTZ_ARRAY),
        (&offline, Type::BOOL_ARRAY),
        (&undoes, Type::UUID_ARRAY),
        (&admitted_offline, Type::BOOL_ARRAY),
    ];
    let rows = client
        .query_typed(
            "SELECT answer, winner_scan, winner_desk, winner_at, conflicted, undid_scan
             FROM submit_scans($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &params,
        )
        .await?;
    if rows.len() != scans.len() {
        return Err(HubStoreError::BadRow(format!(
            "the hub answered {} of {} scans",
            rows.len(),
            scans.len()
        )));
    }
    rows.iter()
        .zip(scans)
        .map(|(row, submission)| answer_of(row, submission.scan.scan_id))
        .collect()
}

fn answer_of(row: &tokio_postgres::Row, scan_id: Uuid) -> Result<HubAnswer, HubStoreError> {
    let answer: String = row.try_get(0)?;
    Ok(match answer.as_str() {
        "admitted" => HubAnswer::Admitted,
        "undone" => HubAnswer::Undone {
            undid: row.try_get::<_, Option<Uuid>>(5)?.unwrap_or(scan_id),
        },
        "not_checked_in" => HubAnswer::NotCheckedIn,
        "already" => HubAnswer::Already {
            winner: WinningScan {
                scan_id: row.try_get(1)?,
                desk: row.try_get(2)?,
                scanned_at: row.try_get(3)?,
            },
            conflict: row.try_get(4)?,
        },
        other => {
            return Err(HubStoreError::BadRow(format!(
                "scan {scan_id} was answered {other:?}"
            )));
        }
    })
}

/// Decides one scan: a check-in or an undo at a desk that is online.
pub async fn submit_one(
    client: &Client,
    scan: &HubScan,
    admitted_offline: bool,
) -> Result<HubAnswer, HubStoreError> {
    let answers = submit(
        client,
        &[Submission {
            scan,
            admitted_offline,
        }],
    )
    .await?;
    answers
        .into_iter()
        .next()
        .ok_or_else(|| HubStoreError::BadRow(format!("scan {} got no answer", scan.scan_id)))
}
