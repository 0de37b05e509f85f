//! The camera as a subscription: frames are read and decoded on a thread of their own, never
//! on the window's, and each reaches the screen as a small preview and the codes in view. The
//! channel holds one frame: when the window has not taken the last one yet, the next is
//! dropped, never queued. The frames come from a webcam (`--camera auto|DEVICE`, Linux) or a
//! folder of frames (`--camera-frames DIR`, for rehearsals and tests).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use iced::Subscription;
use iced::futures::channel::mpsc;
use iced::widget::image::Handle;

use crate::camera::{self, CameraChoice, Due, FileFrames};

/// Frames a second read from a folder, as a webcam gives them.
const FRAMES_A_SECOND: u32 = 10;
/// Frames a second decoded from a webcam: enough for a code held up to be read at once, and
/// half a core's work less than a 30 fps camera's every frame on a laptop's battery.
const WEBCAM_FRAMES_A_SECOND: u32 = 15;
/// How wide the preview beside the code field is drawn, in pixels.
pub const PREVIEW_WIDTH: u32 = 240;

#[derive(Debug, Clone)]
pub enum CameraEvent {
    /// A frame: its preview and the codes in it, largest first.
    Frame { preview: Handle, codes: Vec<String> },
    /// The source cannot give frames; the desk goes on without.
    Failed(camera::CameraFailure),
    /// Every frame of the folder has been shown.
    Ended,
}

/// Where the frames come from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    /// A webcam: this device, or the first one (`None`).
    Webcam(Option<PathBuf>),
    /// The PNG frames of a folder, played at 10 a second.
    Folder(PathBuf),
}

/// The size asked of a webcam: the one the decoder reads best at (README, camera scanning).
const WEBCAM_SIZE: (u32, u32) = (1280, 720);

impl Source {
    /// The source a saved camera choice names; `None` for no camera.
    pub fn chosen(choice: &CameraChoice) -> Option<Source> {
        match choice {
            CameraChoice::Off => None,
            CameraChoice::First => Some(Source::Webcam(None)),
            CameraChoice::Device(path) => Some(Source::Webcam(Some(path.clone()))),
        }
    }
}

/// The camera the command line asks for, over the one this computer's Settings chose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Asked {
    /// Nothing asked: the Settings' choice.
    #[default]
    AsSettingsSay,
    /// `--camera off`: no camera, whatever the Settings say.
    Off,
    /// `--camera auto|DEVICE` or `--camera-frames DIR`.
    Source(Source),
}

impl Asked {
    /// What `--camera` (`off`, `auto`, a device) and `--camera-frames` ask for.
    pub fn of(camera: Option<&str>, frames: Option<&std::path::Path>) -> Asked {
        if let Some(folder) = frames {
            return Asked::Source(Source::Folder(folder.to_path_buf()));
        }
        match camera.map(CameraChoice::parse) {
            None => Asked::AsSettingsSay,
            Some(choice) => Source::chosen(&choice).map_or(Asked::Off, Asked::Source),
        }
    }
}

/// How the frames are shown: the preview as a mirror shows it, or as the camera sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Preview {
    pub mirror: bool,
}

/// The frames of the folder `frames`, while the subscription lives.
pub fn frames(folder: PathBuf) -> Subscription<CameraEvent> {
    from(Source::Folder(folder), Preview { mirror: false })
}

/// The frames of `source`, while the subscription lives; a new source or preview starts
/// the camera again.
pub fn from(source: Source, preview: Preview) -> Subscription<CameraEvent> {
    Subscription::run_with((source, preview), start)
}

fn start((source, look): &(Source, Preview)) -> mpsc::Receiver<CameraEvent> {
    let (sender, receiver) = mpsc::channel(0);
    let (source, look) = (source.clone(), *look);
    let spawned = std::thread::Builder::new()
        .name("camera".into())
        .spawn(move || match source {
            Source::Folder(folder) => read_frames(&folder, look, sender),
            Source::Webcam(device) => read_webcam(device.as_deref(), look, sender),
        });
    if let Err(error) = spawned {
        tracing::error!(%error, "cannot start the camera's thread");
    }
    receiver
}

fn read_frames(folder: &std::path::Path, look: Preview, mut sender: mpsc::Sender<CameraEvent>) {
    let mut frames = match FileFrames::open(folder, FRAMES_A_SECOND) {
        Ok(frames) => frames,
        Err(error) => {
            deliver(&mut sender, CameraEvent::Failed(error.into()));
            return;
        }
    };
    let started = Instant::now();
    loop {
        let path = match frames.due(started.elapsed()) {
            Due::Wait(wait) => {
                std::thread::sleep(wait.max(Duration::from_millis(1)));
                continue;
            }
            Due::End => {
                deliver(&mut sender, CameraEvent::Ended);
                return;
            }
            Due::Frame { path, dropped } => {
                if dropped > 0 {
                    tracing::debug!(
                        dropped,
                        "decoding is slower than the camera: frames dropped"
                    );
                }
                path
            }
        };
        let frame = match camera::read_frame(&path) {
            Ok(frame) => frame,
            Err(error) => {
                tracing::warn!(%error, "a camera frame could not be read");
                continue;
            }
        };
        if !send_frame(&mut sender, &frame, look) {
            return;
        }
    }
}

#[cfg(target_os = "linux")]
fn read_webcam(
    device: Option<&std::path::Path>,
    look: Preview,
    mut sender: mpsc::Sender<CameraEvent>,
) {
    let (width, height) = WEBCAM_SIZE;
    let mut webcam = match camera::live::Webcam::open(device, width, height) {
        Ok(webcam) => webcam,
        // "The first camera" on a computer without one: the desk works as without a camera
        // and says nothing about it.
        Err(camera::live::WebcamError::NoCamera) if device.is_none() => {
            tracing::info!("no camera on this computer; codes come from the keyboard");
            return;
        }
        Err(error) => {
            deliver(&mut sender, CameraEvent::Failed(error.into()));
            return;
        }
    };
    let between = Duration::from_secs(1) / WEBCAM_FRAMES_A_SECOND;
    loop {
        let started = Instant::now();
        let frame = match webcam.frame() {
            Ok(frame) => frame,
            Err(error) => {
                deliver(&mut sender, CameraEvent::Failed(error.into()));
                return;
            }
        };
        if !send_frame(&mut sender, &frame, look) {
            return;
        }
        // The next frame read after the pause is the newest: the driver skips the rest.
        std::thread::sleep(between.saturating_sub(started.elapsed()));
    }
}

#[cfg(not(target_os = "linux"))]
fn read_webcam(
    device: Option<&std::path::Path>,
    _look: Preview,
    mut sender: mpsc::Sender<CameraEvent>,
) {
    if device.is_some() {
        deliver(
            &mut sender,
            CameraEvent::Failed(camera::CameraFailure::NotOnThisSystem),
        );
    }
}

/// Decodes `frame` and offers it to the window; `false` once the window stopped listening.
fn send_frame(
    sender: &mut mpsc::Sender<CameraEvent>,
    frame: &image::GrayImage,
    look: Preview,
) -> bool {
    let codes = camera::decode(frame);
    let (width, height, rgba) = preview_pixels(frame, look);
    let event = CameraEvent::Frame {
        preview: Handle::from_rgba(width, height, rgba),
        codes,
    };
    match sender.try_send(event) {
        Ok(()) => true,
        // The window has not taken the last frame: this one is dropped.
        Err(error) if error.is_full() => true,
        // The subscription ended: the camera stops.
        Err(_) => false,
    }
}

/// Sends `event` once the window took the frame before it: the end of the frames and a
/// failure must arrive, unlike a frame.
fn deliver(sender: &mut mpsc::Sender<CameraEvent>, event: CameraEvent) {
    use iced::futures::SinkExt;
    let _ = iced::futures::executor::block_on(sender.send(event));
}

/// The frame, small and maybe mirrored, as the screen draws it: its width, height and RGBA
/// bytes.
pub fn preview_pixels(frame: &image::GrayImage, look: Preview) -> (u32, u32, Vec<u8>) {
    let height = (frame.height() * PREVIEW_WIDTH / frame.width().max(1)).max(1);
    let mut small = image::imageops::resize(
        frame,
        PREVIEW_WIDTH,
        height,
        image::imageops::FilterType::Nearest,
    );
    if look.mirror {
        image::imageops::flip_horizontal_in_place(&mut small);
    }
    let rgba: Vec<u8> = small
        .pixels()
        .flat_map(|p| [p[0], p[0], p[0], 255])
        .collect();
    (PREVIEW_WIDTH, height, rgba)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame dark on its left half, light on its right.
    fn half_dark() -> image::GrayImage {
        image::GrayImage::from_fn(640, 480, |x, _| {
            image::Luma([if x < 320 { 0 } else { 255 }])
        })
    }

    #[test]
    fn a_mirrored_preview_swaps_left_and_right() {
        let (width, _, plain) = preview_pixels(&half_dark(), Preview { mirror: false });
        let (_, _, mirrored) = preview_pixels(&half_dark(), Preview { mirror: true });
        let left = 0;
        let right = (width as usize - 1) * 4;
        assert_eq!((plain[left], plain[right]), (0, 255));
        assert_eq!((mirrored[left], mirrored[right]), (255, 0));
    }

    #[test]
    fn the_preview_keeps_the_frames_shape() {
        let (width, height, rgba) = preview_pixels(&half_dark(), Preview { mirror: true });
        assert_eq!((width, height), (PREVIEW_WIDTH, 180));
        assert_eq!(rgba.len(), (width * height * 4) as usize);
    }
}
