//! Erasing the event's personal data at the hub: every person's row image, the scans, the
//! admissions and the conflicts, in one transaction. Each erase raises the hub's erase
//! generation, which every desk compares with its own before anything else when it syncs, so
//! a desk offline at that moment erases its copy as soon as it is back.

use tokio_postgres::Client;

use super::{HubStoreError, notify, take_positions};

/// Erases the hub's attendee data and returns the new erase generation.
pub async fn erase(client: &mut Client) -> Result<i64, HubStoreError> {
    let tx = client.transaction().await?;
    // Taken first, so no scan or change commits between the erase and its generation.
    take_positions(&tx, 1).await?;
    tx.batch_execute(
        "SET LOCAL frontdesk.erasing = 'on';
         DELETE FROM conflict; DELETE FROM admission; DELETE FROM scan;
         DELETE FROM image WHERE kind = 'attendee';",
    )
    .await?;
    let row = tx
        .query_one(
            "INSERT INTO hub_meta (key, value) VALUES ('erase_generation', '1')
             ON CONFLICT (key) DO UPDATE SET value = (hub_meta.value::bigint + 1)::text
             RETURNING value::bigint",
            &[],
        )
        .await?;
    notify(&tx).await?;
    tx.commit().await?;
    Ok(row.get(0))
}

/// How many times the hub's attendee data has been erased.
pub async fn erase_generation(client: &Client) -> Result<i64, HubStoreError> {
    Ok(client
        .query_opt(
            "SELECT value::bigint FROM hub_meta WHERE key = 'erase_generation'",
            &[],
        )
        .await?
        .map(|row| row.get(0))
        .unwrap_or(0))
}
