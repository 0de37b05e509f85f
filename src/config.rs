//! This computer's own choices (the desk's name, its camera), kept in the platform's
//! configuration folder rather than in the event's database: they belong to the machine on the
//! table, whichever event it serves, and must not travel to the other desks through the hub.

use std::path::PathBuf;

/// The file called `name` in frontdesk's configuration folder (`~/.config/frontdesk` on
/// Linux); `None` when the platform has no such folder (no home directory).
pub fn file(name: &str) -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "frontdesk", "frontdesk")
        .map(|dirs| dirs.config_dir().join(name))
}
