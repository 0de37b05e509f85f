//! Camera frames made without a camera, for the tests and `frontdesk bench camera`: a badge
//! PNG or a ticket's QR placed in a frame as a phone screen or a printed badge held up to a
//! laptop's camera looks: smaller or larger, turned, tilted away, out of focus, grainy, in a
//! dim hall, with a second code in view.

use image::{GrayImage, Luma};

/// How a picture is held up to the camera.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shot {
    pub width: u32,
    pub height: u32,
    /// The picture's height as a share of the frame's.
    pub size: f32,
    /// Turned in the picture's plane, in degrees.
    pub angle: f32,
    /// Tilted away from the camera: the far edge this share narrower than the near one.
    pub tilt: f32,
    /// Box-blur passes of radius 1 (each about a pixel of defocus).
    pub blur: u32,
    /// Sensor noise, up to this many grey levels either way.
    pub noise: u8,
    /// Brightness: 1 a lit hall, 0.3 a dim one.
    pub light: f32,
}

impl Shot {
    pub fn straight(width: u32, height: u32) -> Shot {
        Shot {
            width,
            height,
            size: 0.7,
            angle: 0.0,
            tilt: 0.0,
            blur: 0,
            noise: 0,
            light: 1.0,
        }
    }
}

/// The conditions `frontdesk bench camera` and the tests try, by name.
pub fn conditions(width: u32, height: u32) -> Vec<(&'static str, Shot)> {
    let base = Shot::straight(width, height);
    vec![
        ("straight", base),
        ("small", Shot { size: 0.4, ..base }),
        (
            "turned 15°",
            Shot {
                angle: 15.0,
                ..base
            },
        ),
        (
            "turned 15°, tilted",
            Shot {
                angle: 15.0,
                tilt: 0.25,
                ..base
            },
        ),
        ("out of focus", Shot { blur: 2, ..base }),
        ("grainy", Shot { noise: 40, ..base }),
        (
            "dim hall",
            Shot {
                light: 0.3,
                noise: 12,
                ..base
            },
        ),
        (
            "everything at once",
            Shot {
                size: 0.55,
                angle: -12.0,
                tilt: 0.15,
                blur: 1,
                noise: 20,
                light: 0.5,
                ..base
            },
        ),
    ]
}

/// A QR code of `text` with `module` pixels a module and the standard four-module quiet zone,
/// as a ticket email or a phone screen shows it (error correction M).
pub fn qr_picture(text: &str, module: u32) -> GrayImage {
    let symbol = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .or_else(|_| qrcode::QrCode::new(text.as_bytes()));
    let Ok(symbol) = symbol else {
        return GrayImage::from_pixel(module * 8, module * 8, Luma([255]));
    };
    let width = symbol.width() as u32;
    let side = (width + 8) * module;
    let colors = symbol.to_colors();
    GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / module, y / module);
        let inside = (4..width + 4).contains(&mx) && (4..width + 4).contains(&my);
        let dark = inside && colors[((my - 4) * width + (mx - 4)) as usize] == qrcode::Color::Dark;
        Luma([if dark { 20 } else { 245 }])
    })
}

/// `picture` as the camera sees it in `shot`, centred; `seed` makes the noise repeatable.
pub fn photograph(picture: &GrayImage, shot: &Shot, seed: u64) -> GrayImage {
    let mut frame = GrayImage::from_pixel(shot.width, shot.height, Luma([96]));
    place(&mut frame, picture, shot, (0.5, 0.5));
    finish(frame, shot, seed)
}

/// `main` held up in `shot` with `other` (another person's ticket) smaller at the frame's side.
pub fn photograph_with_another(
    main: &GrayImage,
    other: &GrayImage,
    shot: &Shot,
    seed: u64,
) -> GrayImage {
    let mut frame = GrayImage::from_pixel(shot.width, shot.height, Luma([96]));
    let aside = Shot {
        size: shot.size * 0.45,
        angle: shot.angle - 8.0,
        ..*shot
    };
    place(&mut frame, other, &aside, (0.86, 0.72));
    let main_shot = Shot {
        size: shot.size * 0.85,
        ..*shot
    };
    place(&mut frame, main, &main_shot, (0.42, 0.5));
    finish(frame, shot, seed)
}

/// The part of a badge held up to the camera: a square around its QR code, twice the code's
/// width (some of the name and the ribbon show too). The whole badge when no code is found.
pub fn around_the_code(badge: &GrayImage) -> GrayImage {
    let mut prepared = rqrr::PreparedImage::prepare(badge.clone());
    let Some(grid) = prepared.detect_grids().into_iter().next() else {
        return badge.clone();
    };
    let xs = grid.bounds.map(|p| p.x);
    let ys = grid.bounds.map(|p| p.y);
    let (left, right) = (
        *xs.iter().min().unwrap_or(&0),
        *xs.iter().max().unwrap_or(&0),
    );
    let (top, bottom) = (
        *ys.iter().min().unwrap_or(&0),
        *ys.iter().max().unwrap_or(&0),
    );
    let side = ((right - left).max(bottom - top) * 2).max(1) as u32;
    let (cx, cy) = ((left + right) / 2, (top + bottom) / 2);
    let x = (cx - side as i32 / 2).clamp(0, (badge.width().saturating_sub(side)) as i32) as u32;
    let y = (cy - side as i32 / 2).clamp(0, (badge.height().saturating_sub(side)) as i32) as u32;
    image::imageops::crop_imm(
        badge,
        x,
        y,
        side.min(badge.width()),
        side.min(badge.height()),
    )
    .to_image()
}

/// Two plain QR codes side by side, at `a_module` and `b_module` pixels a module.
pub fn two_codes_side_by_side(a: &str, a_module: u32, b: &str, b_module: u32) -> GrayImage {
    let (left, right) = (qr_picture(a, a_module), qr_picture(b, b_module));
    let height = left.height().max(right.height());
    let mut frame = GrayImage::from_pixel(left.width() + right.width(), height, Luma([245]));
    image::imageops::replace(&mut frame, &left, 0, 0);
    image::imageops::replace(&mut frame, &right, i64::from(left.width()), 0);
    frame
}

/// Draws `picture` into `frame`, centred at `centre` (shares of the frame), turned and
/// tilted as a camera sees a card held at an angle: its corners land on a rotated trapezoid,
/// and each frame pixel looks up where it falls on the picture through the homography of
/// those four corners (bilinear).
fn place(frame: &mut GrayImage, picture: &GrayImage, shot: &Shot, centre: (f32, f32)) {
    let (pw, ph) = (picture.width() as f64, picture.height() as f64);
    let scale = f64::from(shot.size) * f64::from(shot.height) / ph;
    let (w, h) = (pw * scale, ph * scale);
    let tilt = f64::from(shot.tilt);
    // The far (top) edge narrower and the card foreshortened, as seen tilted away.
    let (top, height) = (w * (1.0 - tilt), h * (1.0 - tilt / 2.0));
    let local = [
        (-top / 2.0, -height / 2.0),
        (top / 2.0, -height / 2.0),
        (w / 2.0, height / 2.0),
        (-w / 2.0, height / 2.0),
    ];
    let (sin, cos) = f64::from(shot.angle).to_radians().sin_cos();
    let (cx, cy) = (
        f64::from(centre.0) * f64::from(shot.width),
        f64::from(centre.1) * f64::from(shot.height),
    );
    let corners = local.map(|(x, y)| (cx + x * cos - y * sin, cy + x * sin + y * cos));
    let source = [
        (0.0, 0.0),
        (pw - 1.0, 0.0),
        (pw - 1.0, ph - 1.0),
        (0.0, ph - 1.0),
    ];
    let Some(to_picture) = homography(&corners, &source) else {
        return;
    };
    let xs = corners.map(|c| c.0);
    let ys = corners.map(|c| c.1);
    let bound = |values: [f64; 4], limit: u32| {
        let low = values
            .iter()
            .copied()
            .fold(f64::MAX, f64::min)
            .floor()
            .max(0.0) as u32;
        let high = values
            .iter()
            .copied()
            .fold(f64::MIN, f64::max)
            .ceil()
            .max(0.0) as u32;
        (low.min(limit), high.min(limit))
    };
    let (x0, x1) = bound(xs, frame.width());
    let (y0, y1) = bound(ys, frame.height());
    for y in y0..y1 {
        for x in x0..x1 {
            let (u, v) = apply(&to_picture, f64::from(x), f64::from(y));
            if let Some(value) = sample(picture, u as f32, v as f32) {
                frame.put_pixel(x, y, Luma([value]));
            }
        }
    }
}

/// The homography taking the four points `from` to the four points `to`, as the 3×3 matrix's
/// first eight entries (the ninth is 1); `None` for points three of which are in a line.
fn homography(from: &[(f64, f64); 4], to: &[(f64, f64); 4]) -> Option<[f64; 8]> {
    let mut rows = [[0.0f64; 9]; 8];
    for i in 0..4 {
        let ((x, y), (u, v)) = (from[i], to[i]);
        rows[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
        rows[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
    }
    // Gaussian elimination with partial pivoting on the 8×8 system.
    for col in 0..8 {
        let pivot = (col..8).max_by(|a, b| rows[*a][col].abs().total_cmp(&rows[*b][col].abs()))?;
        if rows[pivot][col].abs() < 1e-12 {
            return None;
        }
        rows.swap(col, pivot);
        let pivot_row = rows[col];
        for (r, row) in rows.iter_mut().enumerate() {
            if r == col {
                continue;
            }
            let factor = row[col] / pivot_row[col];
            for (value, pivot_value) in row.iter_mut().zip(pivot_row).skip(col) {
                *value -= factor * pivot_value;
            }
        }
    }
    let h: [f64; 8] = std::array::from_fn(|i| rows[i][8] / rows[i][i]);
    Some(h)
}

fn apply(h: &[f64; 8], x: f64, y: f64) -> (f64, f64) {
    let w = h[6] * x + h[7] * y + 1.0;
    (
        (h[0] * x + h[1] * y + h[2]) / w,
        (h[3] * x + h[4] * y + h[5]) / w,
    )
}

/// The picture's grey at (`u`, `v`), between pixels bilinear; `None` outside it.
fn sample(picture: &GrayImage, u: f32, v: f32) -> Option<u8> {
    let (w, h) = (picture.width() as f32, picture.height() as f32);
    if u < 0.0 || v < 0.0 || u > w - 1.0 || v > h - 1.0 {
        return None;
    }
    let (x0, y0) = (u.floor() as u32, v.floor() as u32);
    let (x1, y1) = (
        (x0 + 1).min(picture.width() - 1),
        (y0 + 1).min(picture.height() - 1),
    );
    let (fx, fy) = (u - x0 as f32, v - y0 as f32);
    let at = |x, y| f32::from(picture.get_pixel(x, y)[0]);
    let top = at(x0, y0) * (1.0 - fx) + at(x1, y0) * fx;
    let bottom = at(x0, y1) * (1.0 - fx) + at(x1, y1) * fx;
    Some((top * (1.0 - fy) + bottom * fy).round() as u8)
}

/// Defocus, light and noise, applied to the whole frame as the camera would.
fn finish(mut frame: GrayImage, shot: &Shot, seed: u64) -> GrayImage {
    for _ in 0..shot.blur {
        frame = image::imageops::blur(&frame, 1.0);
    }
    let mut state = seed | 1;
    for pixel in frame.pixels_mut() {
        let mut value = f32::from(pixel[0]) * shot.light;
        if shot.noise > 0 {
            // xorshift: repeatable grain without a random-number crate.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let spread = f32::from(shot.noise);
            value += (state % 1000) as f32 / 999.0 * 2.0 * spread - spread;
        }
        pixel[0] = value.clamp(0.0, 255.0) as u8;
    }
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_shot_of_a_ticket_reads_back() {
        let picture = qr_picture("TICKET-0001", 6);
        let frame = photograph(&picture, &Shot::straight(640, 480), 1);
        assert_eq!((frame.width(), frame.height()), (640, 480));
        assert_eq!(
            super::super::decode(&frame),
            vec!["TICKET-0001".to_string()]
        );
    }
}
