//! A hub's whole content as one JSON document, and putting it back: what `frontdesk hub
//! backup` writes and `frontdesk hub restore` reads. Each table travels as its rows' own JSON
//! (`to_jsonb`), so a backup holds every column as the hub had it, the event's key and the
//! feed positions included, and desks keep syncing with the restored hub as with the old one.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio_postgres::Client;
use uuid::Uuid;

use super::schema::MIGRATIONS;
use super::{HubStoreError, event_of, notify};

/// What a backup file says it is, so a restore refuses any other JSON.
pub const BACKUP_FORMAT: &str = "frontdesk hub backup";

/// The hub's tables, in the order a restore fills them: each after those it refers to.
const TABLES: &[(&str, &str)] = &[
    ("hub_meta", "key"),
    ("feed_head", "id"),
    ("image", "position"),
    ("scan", "position"),
    ("admission", "badge_code, day"),
    ("conflict", "scan_id"),
    ("desk", "name"),
];

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HubBackup {
    pub format: String,
    /// The hub schema the rows are in: a restore needs the same.
    pub schema: i32,
    pub taken_at: chrono::DateTime<chrono::Utc>,
    pub event_name: String,
    /// Each table's rows, as JSON objects by column name.
    pub tables: serde_json::Map<String, Value>,
}

impl HubBackup {
    pub fn count(&self, table: &str) -> usize {
        self.tables
            .get(table)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }

    /// The key of the event backed up: desks of that event sync with the restored hub.
    pub fn event_key(&self) -> Option<String> {
        let meta = self.tables.get("hub_meta")?.as_array()?;
        let row = meta
            .iter()
            .find(|row| row.get("key") == Some(&Value::from("event_key")))?;
        Some(row.get("value")?.as_str()?.to_string())
    }

    fn holds_an_event(&self) -> bool {
        self.event_key().is_some() && self.count("feed_head") == 1
    }
}

/// Reads the whole hub in one snapshot, so the tables agree with each other.
pub async fn backup(client: &mut Client) -> Result<HubBackup, HubStoreError> {
    let Some((_, event_name)) = event_of(client).await? else {
        return Err(HubStoreError::Empty);
    };
    let tx = client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?;
    let mut tables = serde_json::Map::new();
    for (table, order) in TABLES {
        let row = tx
            .query_one(
                &format!(
                    "SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY {order}), '[]'::jsonb) \
                     FROM {table} t"
                ),
                &[],
            )
            .await?;
        tables.insert((*table).to_string(), row.get::<_, Value>(0));
    }
    tx.commit().await?;
    Ok(HubBackup {
        format: BACKUP_FORMAT.to_string(),
        schema: MIGRATIONS.len() as i32,
        taken_at: chrono::Utc::now(),
        event_name,
        tables,
    })
}

/// Empties the hub and fills it from `backup` in one transaction, then marks the hub as
/// restored (a new restore id), which tells every desk to send its scans again: the ones made
/// after the backup come back that way. A hub holding an event is refused unless `replace`.
pub async fn restore(
    client: &mut Client,
    backup: &HubBackup,
    replace: bool,
) -> Result<Uuid, HubStoreError> {
    let known = MIGRATIONS.len() as i32;
    if backup.format != BACKUP_FORMAT || backup.schema != known {
        return Err(HubStoreError::BadBackup(format!(
            "it is hub schema {} and this frontdesk writes {known}; restore it with the \
             frontdesk version that took it",
            backup.schema
        )));
    }
    if !backup.holds_an_event() {
        return Err(HubStoreError::BadBackup(
            "it holds no event (no event key or feed head)".into(),
        ));
    }
    if let Some((_, name)) = event_of(client).await?
        && !replace
    {
        return Err(HubStoreError::HoldsAnotherEvent { name });
    }
    let tx = client.transaction().await?;
    tx.batch_execute(
        "SET LOCAL frontdesk.erasing = 'on';
         TRUNCATE conflict, admission, scan, image, desk, hub_meta, feed_head;",
    )
    .await?;
    for (table, _) in TABLES {
        let rows = backup.tables.get(*table).cloned().unwrap_or(Value::Null);
        if !rows.is_array() {
            return Err(HubStoreError::BadBackup(format!("it has no {table} rows")));
        }
        tx.execute(
            &format!(
                "INSERT INTO {table} SELECT * FROM jsonb_populate_recordset(NULL::{table}, $1)"
            ),
            &[&rows],
        )
        .await?;
    }
    // The restored feed keeps its positions: desks read on from where the backup ends.
    let head: i64 = tx
        .query_one("SELECT position FROM feed_head", &[])
        .await?
        .get(0);
    let restore_id = mark_restored(&tx, head).await?;
    notify(&tx).await?;
    tx.commit().await?;
    tracing::info!(event = %backup.event_name, "hub restored from a backup");
    Ok(restore_id)
}

/// Records a new restore: desks that see its id send all their scans again and read the
/// feed again after `read_from`.
pub(super) async fn mark_restored(
    tx: &tokio_postgres::Transaction<'_>,
    read_from: i64,
) -> Result<Uuid, HubStoreError> {
    let restore_id = Uuid::now_v7();
    tx.execute(
        "INSERT INTO hub_meta (key, value) VALUES ('restore_id', $1), ('restore_read_from', $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&restore_id.to_string(), &read_from.to_string()],
    )
    .await?;
    Ok(restore_id)
}

/// The hub's last restore: its id ("" for a hub never restored or re-created) and the feed
/// position desks read again after.
pub async fn last_restore(client: &Client) -> Result<(String, i64), HubStoreError> {
    let rows = client
        .query(
            "SELECT key, value FROM hub_meta WHERE key IN ('restore_id', 'restore_read_from')",
            &[],
        )
        .await?;
    let mut restore = (String::new(), 0);
    for row in rows {
        let value: String = row.get(1);
        match row.get::<_, &str>(0) {
            "restore_id" => restore.0 = value,
            _ => {
                restore.1 = value
                    .parse()
                    .map_err(|_| HubStoreError::BadRow(format!("restore_read_from {value:?}")))?
            }
        }
    }
    Ok(restore)
}
