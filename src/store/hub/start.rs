//! Starting a hub from an organizer's database, and reading the whole event back when a desk
//! joins.

use tokio_postgres::Client;
use uuid::Uuid;

use super::feed::{Image, insert_images};
use super::{EventKey, HubScan, HubStoreError, event_of, notify, take_positions};

/// Everything a database holds of its event, as the hub stores it.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    pub event_name: String,
    pub images: Vec<Image>,
    /// The check-in log, oldest first, with what each entry did.
    pub scans: Vec<(HubScan, &'static str)>,
    /// Who stands checked in on which day: (badge code, day, the scan that did it).
    pub admissions: Vec<(String, chrono::NaiveDate, Uuid)>,
}

/// Uploads `upload` into an empty hub in one transaction and returns the event's key: a new
/// one, or `same_event`'s when a desk re-creates its lost hub, whose other desks then send
/// their scans again and read the whole new feed. A hub holding another event is refused
/// unless `replace`, which empties it first.
pub async fn start(
    client: &mut Client,
    upload: &Upload,
    same_event: Option<&str>,
    replace: bool,
) -> Result<(EventKey, i64), HubStoreError> {
    if let Some((_, name)) = event_of(client).await?
        && !replace
    {
        return Err(HubStoreError::HoldsAnotherEvent { name });
    }
    let tx = client.transaction().await?;
    tx.batch_execute(
        "SET LOCAL frontdesk.erasing = 'on';
         TRUNCATE conflict, admission, scan, image, desk, hub_meta;",
    )
    .await?;
    let count = (upload.images.len() + upload.scans.len()) as i64;
    let first = take_positions(&tx, count.max(1)).await?;
    insert_images(&tx, &upload.images, first, "hub init").await?;
    let scan_insert = tx
        .prepare(
            "INSERT INTO scan (scan_id, action, badge_code, day, desk, scanned_at, received_at,
                               offline, result, position)
             VALUES ($1, $2, $3, $4, $5, $6, $6, false, $7, $8)",
        )
        .await?;
    let positions = first + upload.images.len() as i64..;
    for (position, (scan, result)) in positions.zip(&upload.scans) {
        tx.execute(
            &scan_insert,
            &[
                &scan.scan_id,
                &scan.action.as_str(),
                &scan.badge_code,
                &scan.day,
                &scan.desk,
                &scan.scanned_at,
                result,
                &position,
            ],
        )
        .await?;
    }
    let admit = tx
        .prepare("INSERT INTO admission (badge_code, day, scan_id) VALUES ($1, $2, $3)")
        .await?;
    for (badge_code, day, scan_id) in &upload.admissions {
        tx.execute(&admit, &[badge_code, day, scan_id]).await?;
    }
    let key = same_event.map_or_else(|| Uuid::now_v7().to_string(), str::to_string);
    tx.execute(
        "INSERT INTO hub_meta (key, value) VALUES ('event_key', $1)",
        &[&key],
    )
    .await?;
    if same_event.is_some() {
        super::backup::mark_restored(&tx, 0).await?;
    }
    let head = first + count - 1;
    notify(&tx).await?;
    tx.commit().await?;
    tracing::info!(event = %upload.event_name, items = count, "hub started");
    Ok((key, head.max(first)))
}
