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

use crate::camera::{self, Due, FileFrames};

/// Frames a second read from a folder, as a webcam gives them.
const FRAMES_A_SECOND: u32 = 10;
/// How wide the preview beside the code field is drawn, in pixels.
pub const PREVIEW_WIDTH: u32 = 240;

#[derive(Debug, Clone)]
pub enum CameraEvent {
    /// A frame: its preview and the codes in it, largest first.
    Frame { preview: Handle, codes: Vec<String> },
    /// The source cannot give frames (the sentence says why); the desk goes on without.
    Failed(String),
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

/// The frames of the folder `frames`, while the subscription lives.
pub fn frames(folder: PathBuf) -> Subscription<CameraEvent> {
    from(Source::Folder(folder))
}

/// The frames of `source`, while the subscription lives.
pub fn from(source: Source) -> Subscription<CameraEvent> {
    Subscription::run_with(source, start)
}

fn start(source: &Source) -> mpsc::Receiver<CameraEvent> {
    let (sender, receiver) = mpsc::channel(0);
    let source = source.clone();
    let spawned = std::thread::Builder::new()
        .name("camera".into())
        .spawn(move || match source {
            Source::Folder(folder) => read_frames(&folder, sender),
            Source::Webcam(device) => read_webcam(device.as_deref(), sender),
        });
    if let Err(error) = spawned {
        tracing::error!(%error, "cannot start the camera's thread");
    }
    receiver
}

fn read_frames(folder: &std::path::Path, mut sender: mpsc::Sender<CameraEvent>) {
    let mut frames = match FileFrames::open(folder, FRAMES_A_SECOND) {
        Ok(frames) => frames,
        Err(error) => {
            deliver(&mut sender, CameraEvent::Failed(error.to_string()));
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
        if !send_frame(&mut sender, &frame) {
            return;
        }
    }
}

#[cfg(target_os = "linux")]
fn read_webcam(device: Option<&std::path::Path>, mut sender: mpsc::Sender<CameraEvent>) {
    let (width, height) = WEBCAM_SIZE;
    let mut webcam = match camera::live::Webcam::open(device, width, height) {
        Ok(webcam) => webcam,
        Err(error) => {
            deliver(&mut sender, CameraEvent::Failed(error.to_string()));
            return;
        }
    };
    loop {
        let frame = match webcam.frame() {
            Ok(frame) => frame,
            Err(error) => {
                deliver(&mut sender, CameraEvent::Failed(error.to_string()));
                return;
            }
        };
        if !send_frame(&mut sender, &frame) {
            return;
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn read_webcam(_device: Option<&std::path::Path>, mut sender: mpsc::Sender<CameraEvent>) {
    deliver(
        &mut sender,
        CameraEvent::Failed("webcams are read on Linux only, so far".to_string()),
    );
}

/// Decodes `frame` and offers it to the window; `false` once the window stopped listening.
fn send_frame(sender: &mut mpsc::Sender<CameraEvent>, frame: &image::GrayImage) -> bool {
    let codes = camera::decode(frame);
    let event = CameraEvent::Frame {
        preview: preview(frame),
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

/// The frame, small, as the screen draws it.
fn preview(frame: &image::GrayImage) -> Handle {
    let height = (frame.height() * PREVIEW_WIDTH / frame.width().max(1)).max(1);
    let small = image::imageops::resize(
        frame,
        PREVIEW_WIDTH,
        height,
        image::imageops::FilterType::Nearest,
    );
    let rgba: Vec<u8> = small
        .pixels()
        .flat_map(|p| [p[0], p[0], p[0], 255])
        .collect();
    Handle::from_rgba(PREVIEW_WIDTH, height, rgba)
}
