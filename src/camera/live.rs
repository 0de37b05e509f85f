//! A live webcam on Linux, through V4L2 with `linuxvideo` (which makes the kernel's ioctls
//! itself: building needs no libv4l and no libclang). YUYV frames only: every UVC webcam
//! gives them, and their luma bytes are the greyscale frame the decoder reads, with no
//! conversion. Frames that waited in the driver's queue while the last one was decoded are
//! skipped, so the frame read is always the newest.

use std::path::{Path, PathBuf};

use image::GrayImage;
use linuxvideo::format::{PixFormat, PixelFormat};
use linuxvideo::stream::ReadStream;
use linuxvideo::{BufType, CapabilityFlags, Device};

use super::CameraInfo;

#[derive(Debug, thiserror::Error)]
pub enum WebcamError {
    #[error("no camera found (no video capture device in /dev)")]
    NoCamera,
    #[error("cannot open the camera {path}: {source}")]
    Open {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the camera {path} does not give YUYV frames (it gives {formats}); choose another camera"
    )]
    NoYuyv { path: PathBuf, formats: String },
    #[error("the camera {path} stopped giving frames: {source}")]
    Capture {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl WebcamError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        use crate::language::{detail_arg, path_arg};
        match self {
            WebcamError::NoCamera => t.tr("camera-error-no-camera"),
            WebcamError::Open { path, source } => t.tr_with(
                "camera-error-open",
                &[("device", path_arg(path)), ("detail", detail_arg(source))],
            ),
            WebcamError::NoYuyv { path, formats } => t.tr_with(
                "camera-error-no-yuyv",
                &[
                    ("device", path_arg(path)),
                    ("formats", formats.as_str().into()),
                ],
            ),
            WebcamError::Capture { path, source } => t.tr_with(
                "camera-error-capture",
                &[("device", path_arg(path)), ("detail", detail_arg(source))],
            ),
        }
    }
}

/// The video capture devices of this computer.
pub fn cameras() -> Vec<CameraInfo> {
    let Ok(devices) = linuxvideo::list() else {
        return Vec::new();
    };
    devices
        .filter_map(Result::ok)
        .filter_map(|device| {
            let caps = device.capabilities().ok()?;
            if !caps
                .device_capabilities()
                .contains(CapabilityFlags::VIDEO_CAPTURE)
            {
                return None;
            }
            Some(CameraInfo {
                path: device.path().ok()?,
                name: caps.card().to_string(),
            })
        })
        .collect()
}

pub struct Webcam {
    path: PathBuf,
    stream: ReadStream,
    width: u32,
    height: u32,
    stride: u32,
}

impl Webcam {
    /// Opens `path` (or the first camera) and asks for frames of about `width`×`height`.
    pub fn open(path: Option<&Path>, width: u32, height: u32) -> Result<Webcam, WebcamError> {
        let path = match path {
            Some(path) => path.to_path_buf(),
            None => {
                cameras()
                    .into_iter()
                    .next()
                    .ok_or(WebcamError::NoCamera)?
                    .path
            }
        };
        let open_error = |source| WebcamError::Open {
            path: path.clone(),
            source,
        };
        let device = Device::open(&path).map_err(open_error)?;
        let formats: Vec<PixelFormat> = device
            .formats(BufType::VIDEO_CAPTURE)
            .filter_map(Result::ok)
            .map(|f| f.pixel_format())
            .collect();
        if !formats.contains(&PixelFormat::YUYV) {
            return Err(WebcamError::NoYuyv {
                path,
                formats: formats
                    .iter()
                    .map(|f| format!("{f}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        let capture = device
            .video_capture(PixFormat::new(width, height, PixelFormat::YUYV))
            .map_err(open_error)?;
        let format = capture.format();
        let (width, height, stride) = (format.width(), format.height(), format.bytes_per_line());
        let stream = capture.into_stream().map_err(open_error)?;
        tracing::info!(path = %path.display(), width, height, "camera open");
        Ok(Webcam {
            path,
            stream,
            width,
            height,
            stride,
        })
    }

    pub fn size(&self) -> (u32, u32) {
        (self.width, self.height)
    }

    /// The newest frame, as greyscale; waits for one when none is ready.
    pub fn frame(&mut self) -> Result<GrayImage, WebcamError> {
        // Older frames still queued are passed over: only the newest is worth reading.
        while !self.stream.will_block().unwrap_or(true) {
            self.stream
                .dequeue(|_| Ok(()))
                .map_err(|e| self.capture_error(e))?;
        }
        let (width, height, stride) = (self.width, self.height, self.stride as usize);
        let frame = self
            .stream
            .dequeue(|buffer| Ok(luma_of_yuyv(&buffer, width, height, stride)));
        frame.map_err(|e| self.capture_error(e))
    }

    fn capture_error(&self, source: std::io::Error) -> WebcamError {
        WebcamError::Capture {
            path: self.path.clone(),
            source,
        }
    }
}

/// The Y (luma) bytes of a YUYV frame: every other byte of each line.
pub fn luma_of_yuyv(data: &[u8], width: u32, height: u32, stride: usize) -> GrayImage {
    GrayImage::from_fn(width, height, |x, y| {
        let at = y as usize * stride + x as usize * 2;
        image::Luma([data.get(at).copied().unwrap_or(0)])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_luma_of_a_yuyv_frame_is_every_other_byte_of_each_line() {
        // Two lines of two pixels, each line padded to 6 bytes: Y0 U Y1 V, pad, pad.
        let data = [10, 128, 20, 128, 0, 0, 30, 128, 40, 128, 0, 0];
        let frame = luma_of_yuyv(&data, 2, 2, 6);
        assert_eq!(frame.into_raw(), vec![10, 20, 30, 40]);
    }

    #[test]
    fn a_camera_that_is_not_there_is_said_so() {
        let missing = Webcam::open(Some(Path::new("/dev/no-such-camera")), 640, 480);
        let said = missing.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("/dev/no-such-camera"), "{said}");
    }
}
