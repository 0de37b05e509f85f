//! `frontdesk bench camera`: how many camera frames of badges and emailed tickets are read,
//! and how long a frame takes on one core, at 640×480 and 1280×720. The frames are made
//! without a camera (`camera::photo`): the sample event's badges as the project renders them
//! (the part around the code, as a badge is held up to a camera) and a ticket QR of each
//! registration system as a phone shows it, held up straight, small, turned 15°, tilted,
//! out of focus, grainy, in a dim hall, all of these at once, and with a second code in view.

use std::path::Path;
use std::time::Instant;

use clap::Args;
use image::GrayImage;
use serde::Serialize;

use super::commands::CliError;
use crate::camera::{self, photo};
use crate::store::{Status, Store};

#[derive(Debug, Args)]
pub struct BenchCameraArgs {
    /// Also write every frame tried here as PNG (to look at, or to play with --camera-frames).
    #[arg(long, value_name = "DIR")]
    write_frames: Option<std::path::PathBuf>,
}

/// What the QR of an emailed ticket holds, one of each registration system the import reads
/// (taken from the exports in tests/data).
const TICKETS: [(&str, &str); 4] = [
    ("eventbrite", "7400000007797980173001"),
    ("pretix", "ckxb724szuap6q28rc2xrfhdjhxbdm72"),
    ("tito", "https://ti.to/tickets/ti_pqxkf1x"),
    (
        "luma",
        "https://lu.ma/check-in/evt-NKXctR3fMVfX24o?pk=g-2U61lr65dtD1YXI",
    ),
];
const BADGES: usize = 8;

#[derive(Debug, Serialize)]
struct Resolution {
    width: u32,
    height: u32,
    frames: usize,
    decoded: usize,
    decoded_percent: f64,
    ms_median: f64,
    ms_p95: f64,
    ms_max: f64,
    /// A frame with no code in view (most frames at a desk).
    ms_no_code_median: f64,
    /// Frames read out of those tried, by condition.
    by_condition: Vec<(String, usize, usize)>,
}

pub fn run(json: bool, args: &BenchCameraArgs) -> Result<u8, CliError> {
    let pictures = pictures()?;
    let mut results = Vec::new();
    for (width, height) in [(640, 480), (1280, 720)] {
        results.push(measure(
            &pictures,
            width,
            height,
            args.write_frames.as_deref(),
        )?);
    }
    if json {
        say!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(0);
    }
    for r in &results {
        say!(
            "{}×{}: {} of {} frames read ({:.1} %); {:.1} ms a frame (median), p95 {:.1} ms, \
             slowest {:.1} ms, {:.1} ms with no code in view, on one core",
            r.width,
            r.height,
            r.decoded,
            r.frames,
            r.decoded_percent,
            r.ms_median,
            r.ms_p95,
            r.ms_max,
            r.ms_no_code_median
        );
        for (condition, read, tried) in &r.by_condition {
            say!("  {condition}: {read} of {tried}");
        }
    }
    Ok(0)
}

/// Each picture to hold up, with the text its code holds: badges of the sample event as they
/// print, and tickets as a phone shows them.
fn pictures() -> Result<Vec<(String, GrayImage)>, CliError> {
    let dir = tempfile_dir()?;
    let result = sample_badges(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let mut pictures = result?;
    for (_, text) in TICKETS {
        pictures.push((text.to_string(), photo::qr_picture(text, 8)));
    }
    Ok(pictures)
}

fn tempfile_dir() -> Result<std::path::PathBuf, CliError> {
    let dir = std::env::temp_dir().join(format!("frontdesk-bench-camera-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|source| CliError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    Ok(dir)
}

fn sample_badges(dir: &Path) -> Result<Vec<(String, GrayImage)>, CliError> {
    let mut store = Store::open(&dir.join("event.sqlite"))?;
    crate::sample::load_if_empty(&mut store)
        .map_err(|e| CliError::Failed(format!("cannot load the sample event: {e}")))?;
    let people: Vec<_> = store
        .attendees()?
        .into_iter()
        .filter(|a| a.status == Status::Admitted)
        .take(BADGES)
        .collect();
    let style = crate::printer::BadgeStyle::load(&store)?;
    let (badges, _) = crate::badge::prepare(&people, &style.event_name, &style.colours)?;
    let mut pictures = Vec::new();
    for badge in &badges {
        let png = crate::badge::png(badge, crate::badge::Layout::Label62x100, 150.0)?;
        let picture = image::load_from_memory(&png)
            .map_err(|e| CliError::Failed(format!("cannot read a rendered badge: {e}")))?
            .to_luma8();
        // Held up to a camera, a badge is shown by its code, close enough to fill the view.
        pictures.push((
            badge.code.canonical().to_string(),
            photo::around_the_code(&picture),
        ));
    }
    Ok(pictures)
}

fn measure(
    pictures: &[(String, GrayImage)],
    width: u32,
    height: u32,
    write_to: Option<&Path>,
) -> Result<Resolution, CliError> {
    let mut times = Vec::new();
    let mut by_condition = Vec::new();
    let mut conditions: Vec<(String, photo::Shot, bool)> = photo::conditions(width, height)
        .into_iter()
        .map(|(name, shot)| (name.to_string(), shot, false))
        .collect();
    conditions.push((
        "a second code in view".to_string(),
        photo::Shot::straight(width, height),
        true,
    ));
    for (n, (condition, shot, with_another)) in conditions.iter().enumerate() {
        let mut read = 0;
        for (i, (text, picture)) in pictures.iter().enumerate() {
            let seed = (n * 1000 + i) as u64 + 7;
            let frame = if *with_another {
                let (_, other) = &pictures[(i + 1) % pictures.len()];
                photo::photograph_with_another(picture, other, shot, seed)
            } else {
                photo::photograph(picture, shot, seed)
            };
            if let Some(dir) = write_to {
                write_frame(dir, &format!("{width}x{height}-{n:02}-{i:02}.png"), &frame)?;
            }
            let started = Instant::now();
            let codes = camera::decode(&frame);
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            // Read means: the code held up is the one the desk takes, the first.
            if codes.first() == Some(text) {
                read += 1;
            }
        }
        by_condition.push((condition.clone(), read, pictures.len()));
    }
    // Most frames at a desk show no code at all: what they cost, apart.
    let mut empty_times = Vec::new();
    for seed in 0..20 {
        let nothing = photo::photograph(
            &GrayImage::from_pixel(1, 1, image::Luma([96])),
            &photo::Shot {
                noise: 12,
                ..photo::Shot::straight(width, height)
            },
            seed,
        );
        let started = Instant::now();
        let _ = camera::decode(&nothing);
        empty_times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    empty_times.sort_by(f64::total_cmp);
    times.sort_by(f64::total_cmp);
    let frames = times.len();
    let decoded: usize = by_condition.iter().map(|(_, read, _)| read).sum();
    let at = |share: f64| times[((frames as f64 * share) as usize).min(frames - 1)];
    Ok(Resolution {
        width,
        height,
        frames,
        decoded,
        decoded_percent: decoded as f64 * 100.0 / frames as f64,
        ms_median: at(0.5),
        ms_p95: at(0.95),
        ms_max: times[frames - 1],
        ms_no_code_median: empty_times[empty_times.len() / 2],
        by_condition,
    })
}

fn write_frame(dir: &Path, name: &str, frame: &GrayImage) -> Result<(), CliError> {
    std::fs::create_dir_all(dir).map_err(|source| CliError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let path = dir.join(name);
    frame
        .save_with_format(&path, image::ImageFormat::Png)
        .map_err(|e| CliError::Failed(format!("cannot write {}: {e}", path.display())))
}
