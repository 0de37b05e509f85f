//! A screen that only shows the event (the lobby) following a hub: its own copy of the event,
//! kept up to date in the background from the hub's feed. It never checks anyone in or
//! changes anything, so it only ever reads from the hub.

use std::path::Path;
use std::time::Duration;

use super::{HubDesk, HubError};
use crate::store::Store;

/// How long the follower waits for the hub's notice before it asks anyway.
const POLL_EVERY: Duration = Duration::from_secs(1);
/// How long a follower whose hub is gone waits before it tries again.
const RETRY_EVERY: Duration = Duration::from_secs(2);

/// Makes the database at `db` follow the hub `given` names (joining it if the database is
/// new) or the hub it joined before. Returns false, doing nothing, for a database of its own.
pub fn follow(db: &Path, given: Option<&str>, name: &str) -> Result<bool, HubError> {
    let Some(mut hub) = HubDesk::for_database(db, given)? else {
        return Ok(false);
    };
    // A lobby following a hub may start on a new database: it joins with it.
    let mut store = Store::open(db)?;
    if store.hub_link()?.is_none() {
        hub.join(&mut store, name)?;
    }
    let name = name.to_string();
    std::thread::Builder::new()
        .name("frontdesk-follow".into())
        .spawn(move || keep_up(&mut store, &mut hub, &name))
        .map_err(|e| HubError::Unreachable {
            host: "this computer".into(),
            reason: e.to_string(),
        })?;
    Ok(true)
}

fn keep_up(store: &mut Store, hub: &mut HubDesk, name: &str) {
    loop {
        match hub.sync(store, name) {
            Ok(_) => {
                hub.wait_for_change(POLL_EVERY);
            }
            Err(error) => {
                tracing::info!(%error, "the lobby shows its own copy until the hub answers");
                std::thread::sleep(RETRY_EVERY);
            }
        }
    }
}
