//! The hub's SQL: the PostgreSQL side of several desks, beside the SQLite store of each desk.
//! Every function here runs one transaction or one read; how a desk uses them (online,
//! offline, reconnecting) is `crate::hub`'s.

mod backup;
mod erase;
mod feed;
mod scans;
pub mod schema;
mod start;
mod status;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

pub use backup::{BACKUP_FORMAT, HubBackup, backup, last_restore, restore};
pub use erase::{erase, erase_generation};
pub use feed::{FedScan, head, pull, push_images};
pub use feed::{FeedItem, Image, ImageKind, Pulled};
pub use scans::{HubAnswer, Submission, WinningScan, submit, submit_one};
pub use start::{Upload, start};
pub use status::{Conflict, ConflictScan, DeskStatus};
pub use status::{conflicts, desks, heartbeat};

/// The channel desks `LISTEN` on: a notice that the feed has grown.
pub const FEED_CHANNEL: &str = "frontdesk_feed";

#[derive(Debug, thiserror::Error)]
pub enum HubStoreError {
    #[error("{0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error(
        "the hub was set up by a newer frontdesk (hub schema {found}, this one knows {known}); \
         update frontdesk on this desk"
    )]
    TooNew { found: i32, known: i32 },
    #[error(
        "the hub already holds another event, \"{name}\"; join it with frontdesk hub join, or \
         give --replace to replace it with this database's event"
    )]
    HoldsAnotherEvent { name: String },
    #[error(
        "the hub holds no event yet; start it from the organizer's database with frontdesk hub init"
    )]
    Empty,
    #[error("this is not a hub backup frontdesk can restore: {0}")]
    BadBackup(String),
    #[error("the hub sent a row this desk cannot read: {0}")]
    BadRow(String),
}

impl HubStoreError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        use crate::language::detail_arg;
        match self {
            HubStoreError::Postgres(error) => {
                t.tr_with("hub-error-hub", &[("detail", detail_arg(error))])
            }
            HubStoreError::TooNew { found, known } => t.tr_with(
                "hub-error-too-new",
                &[("found", (*found).into()), ("known", (*known).into())],
            ),
            HubStoreError::HoldsAnotherEvent { name } => t.tr_with(
                "hub-error-holds-another-event",
                &[("name", name.as_str().into())],
            ),
            HubStoreError::Empty => t.tr("hub-error-empty"),
            HubStoreError::BadBackup(what) => {
                t.tr_with("hub-error-bad-backup", &[("detail", what.as_str().into())])
            }
            HubStoreError::BadRow(what) => {
                t.tr_with("hub-error-bad-row", &[("detail", what.as_str().into())])
            }
        }
    }
}

/// What makes a hub's event itself: a key made when the hub was started, so that a desk
/// never mixes two events' data.
pub type EventKey = String;

/// One scan as a desk sends it to the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HubScan {
    pub scan_id: Uuid,
    pub action: ScanAction,
    pub badge_code: String,
    pub day: NaiveDate,
    pub desk: String,
    /// The desk's clock when the person was scanned: kept for reports, never used to decide.
    pub scanned_at: DateTime<Utc>,
    /// The check-in an undo takes back; `None` takes back whatever stands that day.
    pub undoes: Option<Uuid>,
    /// Decided by the desk from its own copy while the hub was not reachable.
    pub offline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScanAction {
    CheckIn,
    Undo,
}

impl ScanAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ScanAction::CheckIn => "check_in",
            ScanAction::Undo => "undo",
        }
    }

    pub fn parse(text: &str) -> Result<ScanAction, HubStoreError> {
        match text {
            "check_in" => Ok(ScanAction::CheckIn),
            "undo" => Ok(ScanAction::Undo),
            other => Err(HubStoreError::BadRow(format!(
                "unknown scan action {other:?}"
            ))),
        }
    }
}

/// The feed positions `count` new rows take, under the feed head's row lock: the lock is held
/// until the caller's transaction commits, so positions are handed out in commit order.
async fn take_positions(
    tx: &tokio_postgres::Transaction<'_>,
    count: i64,
) -> Result<i64, HubStoreError> {
    let row = tx
        .query_one(
            "UPDATE feed_head SET position = position + $1 WHERE id = 1 RETURNING position",
            &[&count],
        )
        .await?;
    let last: i64 = row.get(0);
    Ok(last - count + 1)
}

/// Tells the listening desks, when the caller's transaction commits, that the feed grew.
async fn notify(tx: &tokio_postgres::Transaction<'_>) -> Result<(), HubStoreError> {
    tx.batch_execute(&format!("NOTIFY {FEED_CHANNEL}")).await?;
    Ok(())
}

/// The event the hub holds: its key and name, if it holds one.
pub async fn event_of(
    client: &tokio_postgres::Client,
) -> Result<Option<(EventKey, String)>, HubStoreError> {
    let key = client
        .query_opt("SELECT value FROM hub_meta WHERE key = 'event_key'", &[])
        .await?;
    let Some(key) = key else { return Ok(None) };
    let name = client
        .query_opt(
            "SELECT image->>'name' FROM image WHERE kind = 'event' AND key = ''",
            &[],
        )
        .await?
        .and_then(|row| row.get::<_, Option<String>>(0))
        .unwrap_or_default();
    Ok(Some((key.get(0), name)))
}
