//! Which camera this desk reads codes from, and whether its preview is mirrored. A choice of
//! the computer, kept in its configuration folder (a file `camera`), because the cameras are
//! the computer's: the hub never carries it to another desk.
//!
//! The file is two lines, as `frontdesk settings --camera` writes them:
//!
//! ```text
//! camera=auto
//! mirror=on
//! ```

use std::path::{Path, PathBuf};

use crate::file::FileError;

const FILE_NAME: &str = "camera";

/// Which camera the desk reads codes from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum CameraChoice {
    /// No camera: the desk reads codes from the keyboard (a scanner) only.
    #[default]
    Off,
    /// The first camera the computer has, when it has one; none is no matter.
    First,
    /// This device, e.g. `/dev/video2`.
    Device(PathBuf),
}

impl CameraChoice {
    /// `off`, `auto` (the first camera) or a device's path.
    pub fn parse(text: &str) -> CameraChoice {
        match text.trim() {
            "" | "off" | "none" => CameraChoice::Off,
            "auto" | "first" => CameraChoice::First,
            device => CameraChoice::Device(PathBuf::from(device)),
        }
    }

    /// The word `parse` reads back.
    pub fn to_text(&self) -> String {
        match self {
            CameraChoice::Off => "off".to_string(),
            CameraChoice::First => "auto".to_string(),
            CameraChoice::Device(path) => path.display().to_string(),
        }
    }
}

/// The camera this computer's desk uses, and how its preview is drawn.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CameraSetting {
    pub choice: CameraChoice,
    /// The preview is drawn as a mirror shows it, as people expect of a camera facing them;
    /// the codes are read from the frame as the camera gives it either way.
    pub mirror: bool,
}

impl Default for CameraSetting {
    fn default() -> Self {
        CameraSetting {
            choice: CameraChoice::Off,
            mirror: true,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CameraSettingError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "line {line} of {} says \"{text}\", which is neither camera=off|auto|DEVICE nor \
         mirror=on|off; correct the line or delete the file",
        path.display()
    )]
    BadLine {
        path: PathBuf,
        line: usize,
        text: String,
    },
    #[error("this computer has no configuration folder (no home directory) to keep the camera in")]
    NoFolder,
    #[error(transparent)]
    Write(#[from] FileError),
}

impl CameraSettingError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        use crate::language::{detail_arg, path_arg};
        match self {
            CameraSettingError::Read { path, source } => t.tr_with(
                "setting-error-read",
                &[("file", path_arg(path)), ("detail", detail_arg(source))],
            ),
            CameraSettingError::BadLine { path, line, text } => t.tr_with(
                "setting-error-camera-line",
                &[
                    ("line", (*line).into()),
                    ("file", path_arg(path)),
                    ("text", text.as_str().into()),
                ],
            ),
            CameraSettingError::NoFolder => t.tr("setting-error-no-folder-camera"),
            CameraSettingError::Write(error) => error.say(t),
        }
    }
}

impl CameraSetting {
    /// This computer's camera setting; the default (no camera) when none was saved.
    pub fn load() -> Result<CameraSetting, CameraSettingError> {
        match crate::config::file(FILE_NAME) {
            Some(path) => CameraSetting::load_from(&path),
            None => Ok(CameraSetting::default()),
        }
    }

    /// [`CameraSetting::load`], a file that cannot be read logged and taken as no camera: a
    /// broken camera file must not keep the desk from opening.
    pub fn load_or_default() -> CameraSetting {
        CameraSetting::load().unwrap_or_else(|error| {
            tracing::warn!(%error, "the camera setting is left at no camera");
            CameraSetting::default()
        })
    }

    pub fn load_from(path: &Path) -> Result<CameraSetting, CameraSettingError> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                CameraSetting::parse(&text).map_err(|(line, text)| CameraSettingError::BadLine {
                    path: path.to_path_buf(),
                    line,
                    text,
                })
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Ok(CameraSetting::default())
            }
            Err(source) => Err(CameraSettingError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Saves the setting for this computer's next start and every desk window after.
    pub fn save(&self) -> Result<(), CameraSettingError> {
        let path = crate::config::file(FILE_NAME).ok_or(CameraSettingError::NoFolder)?;
        self.save_to(&path)
    }

    pub fn save_to(&self, path: &Path) -> Result<(), CameraSettingError> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|source| FileError::Write {
                path: path.to_path_buf(),
                source,
            })?;
        }
        crate::file::write_atomic(path, self.to_text().as_bytes())?;
        Ok(())
    }

    /// The file's two lines.
    pub fn to_text(&self) -> String {
        format!(
            "camera={}\nmirror={}\n",
            self.choice.to_text(),
            if self.mirror { "on" } else { "off" }
        )
    }

    /// Reads the file's lines; a line it cannot read is returned with its number.
    fn parse(text: &str) -> Result<CameraSetting, (usize, String)> {
        let mut setting = CameraSetting::default();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || (index + 1, line.to_string());
            let (key, value) = line.split_once('=').ok_or_else(bad)?;
            match (key.trim(), value.trim()) {
                ("camera", value) => setting.choice = CameraChoice::parse(value),
                ("mirror", "on") => setting.mirror = true,
                ("mirror", "off") => setting.mirror = false,
                _ => return Err(bad()),
            }
        }
        Ok(setting)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_what_was_saved() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("frontdesk").join("camera");
        for setting in [
            CameraSetting::default(),
            CameraSetting {
                choice: CameraChoice::First,
                mirror: false,
            },
            CameraSetting {
                choice: CameraChoice::Device("/dev/video2".into()),
                mirror: true,
            },
        ] {
            setting.save_to(&path).unwrap();
            assert_eq!(CameraSetting::load_from(&path).unwrap(), setting);
        }
    }

    #[test]
    fn no_file_is_no_camera() {
        let folder = tempfile::tempdir().unwrap();
        let setting = CameraSetting::load_from(&folder.path().join("camera")).unwrap();
        assert_eq!(setting.choice, CameraChoice::Off);
    }

    #[test]
    fn a_line_it_cannot_read_is_named_with_the_file() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("camera");
        std::fs::write(&path, "camera=auto\nmirror=sideways\n").unwrap();
        let error = CameraSetting::load_from(&path).unwrap_err().to_string();
        assert!(error.contains("line 2"), "{error}");
        assert!(error.contains("mirror=sideways"), "{error}");
        assert!(error.contains(&path.display().to_string()), "{error}");
    }

    #[test]
    fn choices_are_words_or_a_device() {
        assert_eq!(CameraChoice::parse("off"), CameraChoice::Off);
        assert_eq!(CameraChoice::parse(" auto "), CameraChoice::First);
        assert_eq!(
            CameraChoice::parse("/dev/video0"),
            CameraChoice::Device("/dev/video0".into())
        );
        for choice in [
            CameraChoice::Off,
            CameraChoice::First,
            CameraChoice::Device("/dev/video1".into()),
        ] {
            assert_eq!(CameraChoice::parse(&choice.to_text()), choice);
        }
    }
}
