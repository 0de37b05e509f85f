//! What a database error means when its cause is the disk under the file: full, read-only, or
//! a folder this user cannot write. SQLite says "disk I/O error" or "unable to open database
//! file" for all of them; the user needs the file named and the cause.

use std::path::{Path, PathBuf};

use rustix::fs::{Access, StatVfsMountFlags};

use super::StoreError;

/// Below this much free space a write of the database cannot be trusted to fit: SQLite needs
/// room for its write-ahead log and its shared-memory index.
const FULL_BELOW_BYTES: u64 = 256 * 1024;

/// How the disk holding a database stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    Full,
    ReadOnly,
    NotWritable,
    Fine,
}

/// The state of the disk and folder that hold `path` (or would hold it).
pub fn state_of(path: &Path) -> DiskState {
    let folder = existing_folder(path);
    let Ok(stat) = rustix::fs::statvfs(&folder) else {
        return DiskState::Fine;
    };
    if stat.f_flag.contains(StatVfsMountFlags::RDONLY) {
        return DiskState::ReadOnly;
    }
    if stat.f_bavail.saturating_mul(stat.f_frsize) < FULL_BELOW_BYTES {
        return DiskState::Full;
    }
    if rustix::fs::access(&folder, Access::WRITE_OK).is_err() {
        return DiskState::NotWritable;
    }
    DiskState::Fine
}

/// The folder that holds `path`, or its nearest ancestor that exists.
fn existing_folder(path: &Path) -> PathBuf {
    let mut folder = path.parent().unwrap_or(Path::new("."));
    loop {
        if folder.as_os_str().is_empty() {
            return PathBuf::from(".");
        }
        if folder.is_dir() {
            return folder.to_path_buf();
        }
        match folder.parent() {
            Some(parent) => folder = parent,
            None => return PathBuf::from("."),
        }
    }
}

/// `error` in the user's words when the disk holding `path` is its cause; any other error as
/// it is.
pub fn diagnose(path: &Path, error: StoreError) -> StoreError {
    disk_reason(path, &error).unwrap_or(error)
}

/// The sentence for `error` that names the file: when the disk holding `path` is why it
/// happened, or when the file itself is damaged.
pub fn disk_reason(path: &Path, error: &StoreError) -> Option<StoreError> {
    let StoreError::Sqlite(sqlite) = error else {
        return None;
    };
    use rusqlite::ErrorCode::{CannotOpen, DatabaseCorrupt, DiskFull, ReadOnly, SystemIoFailure};
    if sqlite.sqlite_error_code() == Some(DatabaseCorrupt) {
        return Some(StoreError::Damaged {
            path: path.to_path_buf(),
            detail: sqlite.to_string(),
        });
    }
    let disk_may_be_why = matches!(
        sqlite.sqlite_error_code(),
        Some(DiskFull | SystemIoFailure | CannotOpen | ReadOnly)
    );
    if !disk_may_be_why {
        return None;
    }
    explain(path)
}

/// Why the database at `path` cannot be written, when its disk or folder is the reason.
pub fn explain(path: &Path) -> Option<StoreError> {
    let path = path.to_path_buf();
    match state_of(&path) {
        DiskState::Full => Some(StoreError::DiskFull { path }),
        DiskState::ReadOnly => Some(StoreError::ReadOnlyDisk { path }),
        DiskState::NotWritable => Some(StoreError::FolderNotWritable { path }),
        DiskState::Fine => None,
    }
}
