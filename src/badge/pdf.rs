//! The PDF writer. krilla embeds each font once per document, subset to the glyphs used, and
//! draws the QR modules as vector rectangles.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Data, Document, SerializeSettings};

use super::BadgeError;
use super::fonts::FACES;
use super::layout::{Colour, Item, MODULE_MM, Scene};
use super::text::Run;

/// PDF user space is in points; the layout is in millimetres.
const PT_PER_MM: f32 = 72.0 / 25.4;

pub fn write(pages: &[Scene]) -> Result<Vec<u8>, BadgeError> {
    let fonts = FACES
        .iter()
        .map(|data| Font::new(Data::from(*data), 0))
        .collect::<Option<Vec<_>>>()
        .ok_or(BadgeError::Fonts)?;
    let mut document = Document::new_with(SerializeSettings::default());
    for scene in pages {
        let settings = PageSettings::from_wh(scene.width * PT_PER_MM, scene.height * PT_PER_MM)
            .ok_or(BadgeError::PageSize)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        surface.push_transform(&Transform::from_scale(PT_PER_MM, PT_PER_MM));
        for item in &scene.items {
            draw(&mut surface, &fonts, item);
        }
        surface.pop();
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| BadgeError::Pdf(format!("{e:?}")))
}

fn fill(colour: Colour) -> Fill {
    Fill {
        paint: rgb::Color::new(colour[0], colour[1], colour[2]).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn draw(surface: &mut Surface<'_>, fonts: &[Font], item: &Item) {
    match item {
        Item::Fill { x, y, w, h, colour } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                path.push_rect(rect);
            }
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*colour)));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
        Item::Text {
            x,
            baseline,
            size,
            run,
            colour,
        } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*colour)));
            let glyphs = krilla_glyphs(run);
            let font = fonts[run.font.0].clone();
            surface.draw_glyphs(
                Point::from_xy(*x, *baseline),
                &glyphs,
                font,
                &run.text,
                *size,
                false,
            );
        }
        Item::Qr { x, y, qr } => {
            // One path for the whole symbol: neighbouring modules filled together leave no
            // hairline seams in viewers that anti-alias each rectangle.
            let mut path = PathBuilder::new();
            for (row, col, len) in qr.runs() {
                let rect = Rect::from_xywh(
                    x + col as f32 * MODULE_MM,
                    y + row as f32 * MODULE_MM,
                    len as f32 * MODULE_MM,
                    MODULE_MM,
                );
                if let Some(rect) = rect {
                    path.push_rect(rect);
                }
            }
            surface.set_stroke(None);
            surface.set_fill(Some(fill([0, 0, 0])));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
        Item::Hairline { x1, y1, x2, y2 } => {
            let mut path = PathBuilder::new();
            path.move_to(*x1, *y1);
            path.line_to(*x2, *y2);
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                width: 0.2,
                ..Stroke::default()
            }));
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
            surface.set_stroke(None);
        }
    }
}

fn krilla_glyphs(run: &Run) -> Vec<KrillaGlyph> {
    run.glyphs
        .iter()
        .map(|g| {
            KrillaGlyph::new(
                GlyphId::new(u32::from(g.id)),
                g.advance,
                g.x_offset,
                g.y_offset,
                0.0,
                g.range.clone(),
                None,
            )
        })
        .collect()
}
