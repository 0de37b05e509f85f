//! `frontdesk camera`: the cameras of this computer, and the codes a camera reads, from a
//! webcam or from a folder of frames, as the desk reads them.

use std::path::Path;
use std::time::{Duration, Instant};

use super::Cli;
use super::commands::{CliError, print_json};

/// `frontdesk camera --list`.
pub fn list(cli: &Cli) -> Result<u8, CliError> {
    let cameras = cameras();
    if cli.json {
        print_json(&serde_json::json!(
            cameras
                .iter()
                .map(|(path, name)| serde_json::json!({ "device": path, "name": name }))
                .collect::<Vec<_>>()
        ))?;
    } else if cameras.is_empty() {
        say!("No camera found.");
    } else {
        for (path, name) in &cameras {
            say!("{}: {name}", path.display());
        }
    }
    Ok(0)
}

fn cameras() -> Vec<(std::path::PathBuf, String)> {
    crate::camera::cameras()
        .into_iter()
        .map(|c| (c.path, c.name))
        .collect()
}

/// `frontdesk camera --device DEV`: every new code the webcam reads for `seconds`.
#[cfg(target_os = "linux")]
pub fn read_webcam(cli: &Cli, device: &str, seconds: u64) -> Result<u8, CliError> {
    let path = (device != "auto").then(|| Path::new(device));
    let mut webcam = crate::camera::live::Webcam::open(path, 1280, 720)
        .map_err(|e| CliError::Failed(e.to_string()))?;
    let (width, height) = webcam.size();
    if !cli.json {
        say!("Reading {width}×{height} frames for {seconds} s; hold a code up to the camera.");
    }
    let mut repeats = crate::camera::RepeatFilter::default();
    let (started, mut frames, mut read) = (Instant::now(), 0u64, Vec::new());
    while started.elapsed() < Duration::from_secs(seconds) {
        let frame = webcam
            .frame()
            .map_err(|e| CliError::Failed(e.to_string()))?;
        frames += 1;
        if let Some(code) = crate::camera::decode(&frame).into_iter().next()
            && repeats.is_new(&code, chrono::Utc::now())
        {
            if !cli.json {
                say!("{code}");
            }
            read.push(code);
        }
    }
    if cli.json {
        print_json(&serde_json::json!({
            "width": width, "height": height, "frames": frames, "codes": read,
        }))?;
    }
    Ok(0)
}

#[cfg(not(target_os = "linux"))]
pub fn read_webcam(_cli: &Cli, _device: &str, _seconds: u64) -> Result<u8, CliError> {
    Err(CliError::Failed(
        "webcams are read on Linux only, so far".to_string(),
    ))
}

/// `frontdesk camera --frames DIR`: the codes in each frame, the largest first.
pub fn frames(cli: &Cli, folder: &Path) -> Result<u8, CliError> {
    let frames = crate::camera::FileFrames::open(folder, 1).map_err(frame_error)?;
    let mut read = Vec::new();
    for path in frames.paths() {
        let frame = crate::camera::read_frame(path).map_err(frame_error)?;
        let started = std::time::Instant::now();
        let codes = crate::camera::decode(&frame);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let name = path.file_name().map(|n| n.to_string_lossy().to_string());
        if !cli.json {
            match codes.as_slice() {
                [] => say!("{}: no code", name.as_deref().unwrap_or("?")),
                codes => say!("{}: {}", name.as_deref().unwrap_or("?"), codes.join(", ")),
            }
        }
        read.push(serde_json::json!({ "frame": name, "codes": codes, "ms": ms }));
    }
    if cli.json {
        print_json(&serde_json::json!(read))?;
    }
    Ok(0)
}

fn frame_error(error: crate::camera::FrameError) -> CliError {
    CliError::Failed(error.to_string())
}
