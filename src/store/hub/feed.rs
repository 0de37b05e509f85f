//! The change feed: row images an organizer's desk pushes (people, the agenda, settings, the
//! event) and the scans every desk makes, in one order that desks apply to their copies.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use tokio_postgres::{Client, Row};
use uuid::Uuid;

use super::{HubStoreError, ScanAction, notify, take_positions};

/// What a row image is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// One person, keyed by badge code, with their ticket codes and import values.
    Attendee,
    /// The whole agenda, rooms and sessions, under the key "".
    Agenda,
    /// One shared setting, keyed by its name.
    Setting,
    /// The event's name, venue, dates and zone, under the key "".
    Event,
}

impl ImageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ImageKind::Attendee => "attendee",
            ImageKind::Agenda => "agenda",
            ImageKind::Setting => "setting",
            ImageKind::Event => "event",
        }
    }

    pub fn parse(text: &str) -> Result<ImageKind, HubStoreError> {
        match text {
            "attendee" => Ok(ImageKind::Attendee),
            "agenda" => Ok(ImageKind::Agenda),
            "setting" => Ok(ImageKind::Setting),
            "event" => Ok(ImageKind::Event),
            other => Err(HubStoreError::BadRow(format!(
                "unknown image kind {other:?}"
            ))),
        }
    }
}

/// A row as it now is: `None` when it was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub kind: ImageKind,
    pub key: String,
    pub image: Option<Value>,
}

/// One entry of the feed, at its position.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedItem {
    Image(Image),
    Scan(FedScan),
}

/// A scan as the hub decided it.
#[derive(Debug, Clone, PartialEq)]
pub struct FedScan {
    pub scan_id: Uuid,
    pub action: ScanAction,
    pub badge_code: String,
    pub day: NaiveDate,
    pub desk: String,
    pub scanned_at: DateTime<Utc>,
    /// `admitted` or `undone` changed who is checked in; `already` and `not_checked_in` did not.
    pub result: String,
}

/// A page of the feed: its items in order and the position to ask from next time.
#[derive(Debug, Clone, Default)]
pub struct Pulled {
    pub items: Vec<(i64, FeedItem)>,
    pub next_after: i64,
    /// More items wait after this page.
    pub more: bool,
}

/// Pushes row images in one transaction: each takes a new feed position, so every desk
/// applies it after what it has already seen.
pub async fn push_images(
    client: &mut Client,
    images: &[Image],
    origin: &str,
) -> Result<(), HubStoreError> {
    if images.is_empty() {
        return Ok(());
    }
    let tx = client.transaction().await?;
    let first = take_positions(&tx, images.len() as i64).await?;
    insert_images(&tx, images, first, origin).await?;
    notify(&tx).await?;
    tx.commit().await?;
    Ok(())
}

/// Upserts `images` at positions `first`, `first + 1`, … inside the caller's transaction.
pub(super) async fn insert_images(
    tx: &tokio_postgres::Transaction<'_>,
    images: &[Image],
    first: i64,
    origin: &str,
) -> Result<(), HubStoreError> {
    let statement = tx
        .prepare(
            "INSERT INTO image (kind, key, image, position, origin)
             SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::bigint[], $5::text[])
             ON CONFLICT (kind, key) DO UPDATE
                 SET image = excluded.image, position = excluded.position, origin = excluded.origin",
        )
        .await?;
    for (chunk_index, chunk) in images.chunks(2_000).enumerate() {
        let offset = first + (chunk_index * 2_000) as i64;
        let kinds: Vec<&str> = chunk.iter().map(|i| i.kind.as_str()).collect();
        let keys: Vec<&str> = chunk.iter().map(|i| i.key.as_str()).collect();
        let values: Vec<Option<&Value>> = chunk.iter().map(|i| i.image.as_ref()).collect();
        let positions: Vec<i64> = (0..chunk.len() as i64).map(|i| offset + i).collect();
        let origins: Vec<&str> = vec![origin; chunk.len()];
        tx.execute(&statement, &[&kinds, &keys, &values, &positions, &origins])
            .await?;
    }
    Ok(())
}

/// Up to `limit` feed items after position `after`, images and scans merged in feed order.
pub async fn pull(client: &Client, after: i64, limit: i64) -> Result<Pulled, HubStoreError> {
    let images = client
        .query(
            "SELECT position, kind, key, image FROM image
             WHERE position > $1 ORDER BY position LIMIT $2",
            &[&after, &limit],
        )
        .await?;
    let scans = client
        .query(
            "SELECT position, scan_id, action, badge_code, day, desk, scanned_at, result
             FROM scan WHERE position > $1 ORDER BY position LIMIT $2",
            &[&after, &limit],
        )
        .await?;
    let mut items = Vec::with_capacity(images.len() + scans.len());
    for row in &images {
        items.push((row.get(0), FeedItem::Image(image_of(row)?)));
    }
    for row in &scans {
        items.push((row.get(0), FeedItem::Scan(fed_scan_of(row)?)));
    }
    items.sort_by_key(|(position, _)| *position);
    let full_page = images.len() as i64 == limit || scans.len() as i64 == limit;
    // With a full page of either, the other's rows past the shorter page's end may be
    // missing: keep only what is certainly complete.
    if full_page {
        let complete_to = [&images, &scans]
            .iter()
            .filter(|rows| rows.len() as i64 == limit)
            .filter_map(|rows| rows.last().map(|row| row.get::<_, i64>(0)))
            .min()
            .unwrap_or(after);
        items.retain(|(position, _)| *position <= complete_to);
    }
    let next_after = items.last().map(|(p, _)| *p).unwrap_or(after);
    Ok(Pulled {
        items,
        next_after,
        more: full_page,
    })
}

fn image_of(row: &Row) -> Result<Image, HubStoreError> {
    Ok(Image {
        kind: ImageKind::parse(row.get(1))?,
        key: row.get(2),
        image: row.get(3),
    })
}

fn fed_scan_of(row: &Row) -> Result<FedScan, HubStoreError> {
    Ok(FedScan {
        scan_id: row.get(1),
        action: ScanAction::parse(row.get(2))?,
        badge_code: row.get(3),
        day: row.get(4),
        desk: row.get(5),
        scanned_at: row.get(6),
        result: row.get(7),
    })
}

/// The feed's head: the last position handed out.
pub async fn head(client: &Client) -> Result<i64, HubStoreError> {
    Ok(client
        .query_one("SELECT position FROM feed_head WHERE id = 1", &[])
        .await?
        .get(0))
}
