//! Writing a file so that nobody ever finds half of it: a printer spooling a badge PDF, a
//! spreadsheet opening a report, the next start reading the desk's name. The bytes go to a
//! temporary file in the same folder, are flushed to the disk, and the temporary file is then
//! renamed over the target in one step; a crash or a full disk leaves the old file (or none).

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// A file that could not be written, named.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} already exists; frontdesk does not overwrite it", path.display())]
    Exists { path: PathBuf },
}

impl FileError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        use crate::language::{detail_arg, path_arg};
        match self {
            FileError::Write { path, source } => t.tr_with(
                "file-error-write",
                &[("file", path_arg(path)), ("detail", detail_arg(source))],
            ),
            FileError::Exists { path } => {
                t.tr_with("file-error-exists", &[("file", path_arg(path))])
            }
        }
    }

    pub fn path(&self) -> &Path {
        match self {
            FileError::Write { path, .. } | FileError::Exists { path } => path,
        }
    }
}

/// Writes `bytes` to `path`, replacing what was there, all or nothing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let temporary = write_temporary(path, bytes)?;
    let renamed = std::fs::rename(&temporary, path);
    finish(path, &temporary, renamed)
}

/// Like [`write_atomic`], but refuses to replace a file that is already there (an earlier
/// event's report, say).
pub fn write_atomic_new(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    if path.exists() {
        return Err(FileError::Exists {
            path: path.to_path_buf(),
        });
    }
    let temporary = write_temporary(path, bytes)?;
    // A hard link fails if the target appeared meanwhile; a folder that has no hard links
    // (a FAT memory stick) gets a rename, the existence check above being all it can have.
    let placed = match std::fs::hard_link(&temporary, path) {
        Ok(()) => std::fs::remove_file(&temporary),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = std::fs::remove_file(&temporary);
            return Err(FileError::Exists {
                path: path.to_path_buf(),
            });
        }
        Err(_) => std::fs::rename(&temporary, path),
    };
    finish(path, &temporary, placed)
}

fn finish(path: &Path, temporary: &Path, placed: std::io::Result<()>) -> Result<(), FileError> {
    if let Err(source) = placed {
        let _ = std::fs::remove_file(temporary);
        return Err(FileError::Write {
            path: path.to_path_buf(),
            source,
        });
    }
    sync_folder(path);
    Ok(())
}

/// The bytes in a new file beside `path`, flushed to the disk. Removed again if that fails.
fn write_temporary(path: &Path, bytes: &[u8]) -> Result<PathBuf, FileError> {
    let error = |source| FileError::Write {
        path: path.to_path_buf(),
        source,
    };
    let (temporary, mut file) = create_temporary(path).map_err(error)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    if let Err(source) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(error(source));
    }
    Ok(temporary)
}

/// `.badges.pdf.1234-7.tmp` beside `badges.pdf`: same folder, so the rename stays on one disk;
/// hidden, so a file manager or a spooler watching the folder does not pick it up.
fn create_temporary(path: &Path) -> std::io::Result<(PathBuf, File)> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_string());
    let folder = folder_of(path);
    loop {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let temporary = folder.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((temporary, file)),
            // Left behind by a process that had this id before: take the next number.
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Makes the rename itself durable. Only some systems can open a folder to flush it; where
/// one cannot, the file's own flush is what there is.
fn sync_folder(path: &Path) {
    if let Ok(folder) = File::open(folder_of(path))
        && let Err(error) = folder.sync_all()
    {
        tracing::debug!(%error, path = %path.display(), "cannot flush the folder");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("readable folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_and_replaces_leaving_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("report.csv");
        write_atomic(&path, b"first").expect("written");
        write_atomic(&path, b"second").expect("replaced");
        assert_eq!(std::fs::read(&path).expect("readable"), b"second");
        assert_eq!(names(dir.path()), ["report.csv"]);
    }

    #[test]
    fn a_failed_write_leaves_no_partial_file_and_names_the_file() {
        let dir = tempfile::tempdir().expect("temporary folder");
        // The target is a folder: the rename fails after the bytes were written.
        let path = dir.path().join("badges.pdf");
        std::fs::create_dir(&path).expect("folder");
        std::fs::write(path.join("inside"), b"kept").expect("written");
        let error = write_atomic(&path, b"%PDF").expect_err("cannot replace a folder");
        assert_eq!(error.path(), path);
        assert!(error.to_string().contains("badges.pdf"), "{error}");
        assert_eq!(names(dir.path()), ["badges.pdf"]);

        let missing = dir.path().join("no such folder").join("a.csv");
        assert!(write_atomic(&missing, b"x").is_err());
        assert_eq!(names(dir.path()), ["badges.pdf"]);
    }

    #[test]
    fn a_new_file_never_replaces_one_that_is_there() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("checkins.csv");
        write_atomic_new(&path, b"first").expect("written");
        let error = write_atomic_new(&path, b"second").expect_err("refused");
        assert!(matches!(error, FileError::Exists { .. }), "{error}");
        assert_eq!(std::fs::read(&path).expect("readable"), b"first");
        assert_eq!(names(dir.path()), ["checkins.csv"]);
    }
}
