//! Reading QR codes from a camera, for events without a barcode scanner: every laptop has a
//! camera. A frame source (the frames of a folder, for tests and rehearsals) gives greyscale
//! frames; [`decode`] finds the codes in one; [`RepeatFilter`] keeps a ticket held up to the
//! camera for two seconds from being read twenty times. What a code means is the desk's usual
//! business: a decoded code is one more source of scanned text.

mod frames;
#[cfg(target_os = "linux")]
pub mod live;
pub mod photo;
mod setting;

use std::time::Duration;

use chrono::{DateTime, Utc};
use image::GrayImage;

pub use frames::{Due, FileFrames, FrameError, read_frame};
pub use setting::{CameraChoice, CameraSetting, CameraSettingError};

/// Why a camera gives no frames: said on the desk in its language, so kept typed until then.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CameraFailure {
    #[error(transparent)]
    Frames(std::sync::Arc<FrameError>),
    #[cfg(target_os = "linux")]
    #[error(transparent)]
    Webcam(std::sync::Arc<live::WebcamError>),
    #[error("webcams are read on Linux only, so far")]
    NotOnThisSystem,
}

impl From<FrameError> for CameraFailure {
    fn from(error: FrameError) -> Self {
        CameraFailure::Frames(std::sync::Arc::new(error))
    }
}

#[cfg(target_os = "linux")]
impl From<live::WebcamError> for CameraFailure {
    fn from(error: live::WebcamError) -> Self {
        CameraFailure::Webcam(std::sync::Arc::new(error))
    }
}

impl CameraFailure {
    /// The reason as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        match self {
            CameraFailure::Frames(error) => error.say(t),
            #[cfg(target_os = "linux")]
            CameraFailure::Webcam(error) => error.say(t),
            CameraFailure::NotOnThisSystem => t.tr("camera-error-not-linux"),
        }
    }
}

/// A camera the computer has: its device file and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameraInfo {
    pub path: std::path::PathBuf,
    pub name: String,
}

/// The cameras of this computer (found on Linux only, so far).
pub fn cameras() -> Vec<CameraInfo> {
    #[cfg(target_os = "linux")]
    return live::cameras();
    #[cfg(not(target_os = "linux"))]
    return Vec::new();
}

/// The same code read again within this time is the same ticket still in view.
pub const REPEAT_WITHIN: Duration = Duration::from_secs(4);

/// Frames narrower than this are read again at twice the size when nothing was found: a code
/// held far from a 640×480 camera has modules of two or three pixels, too few for the
/// decoder's thresholding, but enough once interpolated. (Reading every small frame at 1.5×
/// instead costs more: the resize alone takes longer than the decoding.)
const SMALL_FRAME: u32 = 800;

/// The codes in `frame`, the largest in view first: when two tickets are in the picture, the
/// one held closest to the camera is the one being shown.
pub fn decode(frame: &GrayImage) -> Vec<String> {
    let codes = decode_as_is(frame.clone());
    if !codes.is_empty() || frame.width() >= SMALL_FRAME {
        return codes;
    }
    decode_as_is(image::imageops::resize(
        frame,
        frame.width() * 2,
        frame.height() * 2,
        image::imageops::FilterType::Triangle,
    ))
}

fn decode_as_is(frame: GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(frame);
    let mut found: Vec<(f64, String)> = prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let area = quad_area(&grid.bounds);
            grid.decode().ok().map(|(_, text)| (area, text))
        })
        .filter(|(_, text)| !text.trim().is_empty())
        .collect();
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut codes: Vec<String> = Vec::with_capacity(found.len());
    for (_, text) in found {
        if !codes.contains(&text) {
            codes.push(text);
        }
    }
    codes
}

/// The area of a quadrilateral given by its corners in order (the shoelace formula).
fn quad_area(corners: &[rqrr::Point; 4]) -> f64 {
    let mut twice = 0i64;
    for i in 0..4 {
        let (a, b) = (corners[i], corners[(i + 1) % 4]);
        twice += i64::from(a.x) * i64::from(b.y) - i64::from(b.x) * i64::from(a.y);
    }
    (twice.abs() as f64) / 2.0
}

/// Lets a code through once, then not again until it has been out of view for
/// [`REPEAT_WITHIN`]: a ticket held still is one scan, the same ticket shown again later is
/// another.
#[derive(Debug, Default, Clone)]
pub struct RepeatFilter {
    /// The code last let through or seen, and when it was last seen.
    last: Option<(String, DateTime<Utc>)>,
}

impl RepeatFilter {
    /// Whether `code`, read at `now`, is a new scan.
    pub fn is_new(&mut self, code: &str, now: DateTime<Utc>) -> bool {
        let within = chrono::Duration::from_std(REPEAT_WITHIN).unwrap_or_default();
        let repeat = self
            .last
            .as_ref()
            .is_some_and(|(last, at)| last == code && now - *at < within);
        self.last = Some((code.to_string(), now));
        !repeat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_held_in_view_is_one_scan_and_shown_again_later_another() {
        let mut filter = RepeatFilter::default();
        let start = Utc::now();
        let at = |ms: i64| start + chrono::Duration::milliseconds(ms);
        assert!(filter.is_new("A", at(0)));
        // Twenty frames of the same ticket over six seconds, never out of view long.
        for frame in 1..20 {
            assert!(!filter.is_new("A", at(frame * 300)), "frame {frame}");
        }
        assert!(filter.is_new("B", at(6_100)));
        assert!(!filter.is_new("B", at(6_200)));
        assert!(filter.is_new("A", at(6_300)), "another code came between");
        assert!(
            filter.is_new("A", at(6_300 + 4_000)),
            "out of view four seconds"
        );
    }

    #[test]
    fn the_largest_code_in_view_comes_first() {
        let frame = photo::two_codes_side_by_side("SMALL1", 3, "LARGE2", 7);
        assert_eq!(
            decode(&frame),
            vec!["LARGE2".to_string(), "SMALL1".to_string()]
        );
    }
}
