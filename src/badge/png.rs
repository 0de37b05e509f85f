//! The PNG writer: the same scene rasterised with tiny-skia, glyphs drawn from the bundled
//! fonts' outlines, QR modules snapped to whole pixels so that they stay sharp.

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

use super::BadgeError;
use super::fonts::Fonts;
use super::layout::{Colour, Item, MODULE_MM, Scene};
use super::text::Run;

pub fn write(fonts: &Fonts, scene: &Scene, dpi: f32) -> Result<Vec<u8>, BadgeError> {
    let scale = dpi / 25.4;
    let w = (scene.width * scale).round() as u32;
    let h = (scene.height * scale).round() as u32;
    let mut pixmap = Pixmap::new(w, h).ok_or(BadgeError::PageSize)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    for item in &scene.items {
        draw(&mut pixmap, fonts, item, scale);
    }
    encode(&pixmap, dpi)
}

fn paint(colour: Colour, anti_alias: bool) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(colour[0], colour[1], colour[2], 255);
    paint.anti_alias = anti_alias;
    paint
}

fn draw(pixmap: &mut Pixmap, fonts: &Fonts, item: &Item, scale: f32) {
    match item {
        Item::Fill { x, y, w, h, colour } => {
            if let Some(rect) = Rect::from_xywh(x * scale, y * scale, w * scale, h * scale) {
                pixmap.fill_rect(rect, &paint(*colour, true), Transform::identity(), None);
            }
        }
        Item::Text {
            x,
            baseline,
            size,
            run,
            colour,
        } => {
            text(
                pixmap,
                fonts,
                run,
                (x * scale, baseline * scale),
                size * scale,
                *colour,
            );
        }
        Item::Qr { x, y, qr } => {
            let module = MODULE_MM * scale;
            // Whole, even pixels: sharp modules here and in a copy scaled to half size.
            let snap = |v: f32| (v * scale / 2.0).round() * 2.0;
            let (ox, oy) = (snap(*x), snap(*y));
            let black = paint([0, 0, 0], false);
            for (row, col, len) in qr.runs() {
                let left = (ox + col as f32 * module).round();
                let right = (ox + (col + len) as f32 * module).round();
                let top = (oy + row as f32 * module).round();
                let bottom = (oy + (row + 1) as f32 * module).round();
                if let Some(rect) = Rect::from_ltrb(left, top, right, bottom) {
                    pixmap.fill_rect(rect, &black, Transform::identity(), None);
                }
            }
        }
        Item::Hairline { x1, y1, x2, y2 } => {
            let mut path = PathBuilder::new();
            path.move_to(x1 * scale, y1 * scale);
            path.line_to(x2 * scale, y2 * scale);
            if let Some(path) = path.finish() {
                let stroke = tiny_skia::Stroke {
                    width: 0.2 * scale,
                    ..Default::default()
                };
                pixmap.stroke_path(
                    &path,
                    &paint([0, 0, 0], true),
                    &stroke,
                    Transform::identity(),
                    None,
                );
            }
        }
    }
}

/// Fills each glyph's outline, placed like the PDF places it: advances from the run's start,
/// offsets from shaping (font y points up, the pixmap's y down).
fn text(
    pixmap: &mut Pixmap,
    fonts: &Fonts,
    run: &Run,
    origin: (f32, f32),
    size: f32,
    colour: Colour,
) {
    let face = fonts.face(run.font);
    let em = size / face.units_per_em() as f32;
    let paint = paint(colour, true);
    let mut pen = origin.0;
    for glyph in &run.glyphs {
        let mut outline = Outline(PathBuilder::new());
        let id = rustybuzz::ttf_parser::GlyphId(glyph.id);
        if face.outline_glyph(id, &mut outline).is_some()
            && let Some(path) = outline.0.finish()
        {
            let x = pen + glyph.x_offset * size;
            let y = origin.1 - glyph.y_offset * size;
            let transform = Transform::from_row(em, 0.0, 0.0, -em, x, y);
            pixmap.fill_path(&path, &paint, FillRule::Winding, transform, None);
        }
        pen += glyph.advance * size;
    }
}

struct Outline(PathBuilder);

impl rustybuzz::ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// RGB (the badge is opaque), fast compression (text and flat colour compress well anyway),
/// and the resolution recorded so that printing the file gives the badge its real size.
fn encode(pixmap: &Pixmap, dpi: f32) -> Result<Vec<u8>, BadgeError> {
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: (dpi / 0.0254).round() as u32,
        yppu: (dpi / 0.0254).round() as u32,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder
        .write_header()
        .map_err(|e| BadgeError::Png(e.to_string()))?;
    writer
        .write_image_data(&rgb)
        .map_err(|e| BadgeError::Png(e.to_string()))?;
    writer
        .finish()
        .map_err(|e| BadgeError::Png(e.to_string()))?;
    Ok(bytes)
}
