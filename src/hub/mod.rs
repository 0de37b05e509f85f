//! Several desks on several computers: one PostgreSQL server at the venue (the hub) holds the
//! truth; every desk keeps a full copy of the event in its own SQLite file and a journal of its
//! scans. Online, the hub decides each check-in; offline, the desk decides from its copy,
//! says so, and delivers its journal when the hub is back, where a person admitted twice
//! becomes a conflict to look at, never a silent overwrite.
//!
//! This module is the desk's side of that contract; the SQL of both sides lives in
//! `crate::store` (`store::hub` for PostgreSQL, `store::journal` and `store::replica` here).

mod connection;
mod desk;
mod error;
mod follow;
mod tls;
pub mod url;

pub use connection::HubConnection;
pub use desk::{
    CHECK_IN_DEADLINE, DeskAnswer, ErasedHere, HubDesk, HubStatus, SyncReport, UndoAnswer,
};
pub use error::HubError;
pub use follow::follow;
pub use url::HubUrl;

use crate::store::{EraseReport, Store};

/// Stops `store` being a desk of its hub: forgets the hub's address and, with `erase`, this
/// computer's copy of the attendee data. Refused while scans wait for the hub, unless they
/// are erased with the copy. When `hub` answers, it is told, so that the Desks & sync tab no
/// longer counts this desk as holding attendee data once it erased its copy.
pub fn leave(
    store: &mut Store,
    hub: Option<&mut HubDesk>,
    desk: &str,
    erase: bool,
) -> Result<Left, HubError> {
    let link = store.hub_link()?.ok_or(HubError::NotJoined)?;
    let pending = store.journal_pending()?;
    if pending > 0 && !erase {
        return Err(HubError::ScansWaiting { pending });
    }
    let erased = if erase {
        Some(store.erase_attendee_data()?)
    } else {
        None
    };
    let hub_told = match hub {
        Some(hub) => hub.report_leaving(store, desk),
        None => false,
    };
    store.unlink_hub()?;
    HubUrl::forget(store.path())?;
    Ok(Left {
        hub: link.hub,
        erased,
        hub_told,
    })
}

/// What leaving a hub did.
#[derive(Debug, Clone)]
pub struct Left {
    pub hub: String,
    pub erased: Option<EraseReport>,
    /// The hub heard that this desk left (and whether it still holds attendee data); false
    /// when it was not reachable.
    pub hub_told: bool,
}

/// The variable that names the hub like `--hub` does.
pub const HUB_VARIABLE: &str = "FRONTDESK_HUB";
