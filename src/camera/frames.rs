//! A folder of frames played as a camera would give them (`--camera-frames DIR`): the PNG
//! files in name order at a steady rate. When reading a frame takes longer than the time
//! between frames, the frames in between are dropped, never queued, as with a live camera.

use std::path::{Path, PathBuf};
use std::time::Duration;

use image::GrayImage;

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("cannot read the camera frames in {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} holds no PNG frames: give a folder of .png files, one a frame")]
    Empty { path: PathBuf },
    #[error("cannot read the frame {path}: {reason}")]
    Frame { path: PathBuf, reason: String },
}

impl FrameError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        use crate::language::{detail_arg, path_arg};
        match self {
            FrameError::Folder { path, source } => t.tr_with(
                "camera-error-frames-folder",
                &[("folder", path_arg(path)), ("detail", detail_arg(source))],
            ),
            FrameError::Empty { path } => {
                t.tr_with("camera-error-no-frames", &[("folder", path_arg(path))])
            }
            FrameError::Frame { path, reason } => t.tr_with(
                "camera-error-frame",
                &[("file", path_arg(path)), ("detail", detail_arg(reason))],
            ),
        }
    }
}

/// What the source has for the moment asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// This frame is the one to show now; `dropped` frames were passed over since the last.
    Frame { path: PathBuf, dropped: usize },
    /// The next frame comes after this wait.
    Wait(Duration),
    /// Every frame has been shown.
    End,
}

#[derive(Debug, Clone)]
pub struct FileFrames {
    files: Vec<PathBuf>,
    every: Duration,
    /// The frame last handed out.
    last: Option<usize>,
}

impl FileFrames {
    /// The PNG frames in `folder`, at `fps` frames a second.
    pub fn open(folder: &Path, fps: u32) -> Result<FileFrames, FrameError> {
        let entries = std::fs::read_dir(folder).map_err(|source| FrameError::Folder {
            path: folder.to_path_buf(),
            source,
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                path.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("png"))
            })
            .collect();
        if files.is_empty() {
            return Err(FrameError::Empty {
                path: folder.to_path_buf(),
            });
        }
        files.sort();
        Ok(FileFrames {
            files,
            every: Duration::from_secs(1) / fps.max(1),
            last: None,
        })
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Every frame's file, in the order they play.
    pub fn paths(&self) -> &[PathBuf] {
        &self.files
    }

    /// The frame due `elapsed` after the source started.
    pub fn due(&mut self, elapsed: Duration) -> Due {
        let index = (elapsed.as_nanos() / self.every.as_nanos().max(1)) as usize;
        if index >= self.files.len() {
            return Due::End;
        }
        if self.last.is_some_and(|last| index <= last) {
            let next = self.every * (self.last.unwrap_or(0) as u32 + 1);
            return Due::Wait(next.saturating_sub(elapsed));
        }
        let dropped = index - self.last.map_or(0, |last| last + 1);
        self.last = Some(index);
        Due::Frame {
            path: self.files[index].clone(),
            dropped,
        }
    }
}

/// Reads one frame as greyscale.
pub fn read_frame(path: &Path) -> Result<GrayImage, FrameError> {
    let bytes = std::fs::read(path).map_err(|e| FrameError::Frame {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .map(|picture| picture.to_luma8())
        .map_err(|e| FrameError::Frame {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_of(n: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..n {
            std::fs::write(dir.path().join(format!("{i:03}.png")), b"").unwrap();
        }
        std::fs::write(dir.path().join("notes.txt"), b"").unwrap();
        dir
    }

    #[test]
    fn frames_come_in_order_at_their_rate_and_late_ones_are_dropped() {
        let dir = folder_of(10);
        let mut frames = FileFrames::open(dir.path(), 10).unwrap();
        assert_eq!(frames.len(), 10);
        let ms = Duration::from_millis;
        assert!(matches!(frames.due(ms(0)), Due::Frame { dropped: 0, .. }));
        assert_eq!(frames.due(ms(40)), Due::Wait(ms(60)));
        assert!(matches!(frames.due(ms(100)), Due::Frame { dropped: 0, .. }));
        // Reading frame 1 took 350 ms: frames 2 and 3 are passed over, frame 4 is shown.
        let Due::Frame { path, dropped } = frames.due(ms(450)) else {
            panic!("a frame is due");
        };
        assert_eq!(
            (path.file_name().unwrap().to_str(), dropped),
            (Some("004.png"), 2)
        );
        assert_eq!(frames.due(ms(1000)), Due::End);
    }

    #[test]
    fn a_folder_without_frames_is_refused_with_its_name() {
        let dir = folder_of(0);
        let refused = FileFrames::open(dir.path(), 10).unwrap_err().to_string();
        assert!(refused.contains("holds no PNG frames"), "{refused}");
        let missing = FileFrames::open(&dir.path().join("nope"), 10).unwrap_err();
        assert!(missing.to_string().contains("nope"), "{missing}");
    }
}
