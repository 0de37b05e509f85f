//! Badges: the printed badge that the desk scans all day and people read across a room, as a
//! PDF of sheets or labels, or one PNG per badge. No GUI here; `frontdesk badges` and the
//! window both call [`pdf`] and [`png`].
//!
//! One layout ([`layout`]) in millimetres is drawn by both writers, with text shaped once by
//! rustybuzz, so the PDF and the PNG show the same thing.

mod content;
pub mod fonts;
mod layout;
mod pdf;
mod png;
mod qr;
mod selection;
mod sheet;
mod text;

pub use content::{MissingGlyph, RibbonColours, parse_colour, text_on};
pub use layout::{Colour, Frame};
pub use qr::Qr;
pub use selection::{Selection, same_ticket_type, select, ticket_types};
pub use sheet::Layout;

use crate::code::BadgeCode;
use crate::store::Attendee;

/// The resolution of the PNGs: what badge printers print at.
pub const PNG_DPI: f32 = 300.0;

#[derive(Debug, thiserror::Error)]
pub enum BadgeError {
    #[error("the bundled badge fonts cannot be read; this copy of frontdesk is damaged")]
    Fonts,
    #[error("cannot make a QR code of {code}: {reason}")]
    Qr { code: String, reason: String },
    #[error("the badge page size is not valid")]
    PageSize,
    #[error("cannot write the badge PDF: {0}")]
    Pdf(String),
    #[error("cannot write a badge PNG: {0}")]
    Png(String),
}

impl BadgeError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        let detail = |what: &String| -> fluent_bundle::FluentValue<'static> { what.clone().into() };
        match self {
            BadgeError::Fonts => t.tr("badge-error-fonts"),
            BadgeError::Qr { code, reason } => t.tr_with(
                "badge-error-qr",
                &[("code", code.as_str().into()), ("detail", detail(reason))],
            ),
            BadgeError::PageSize => t.tr("badge-error-page-size"),
            BadgeError::Pdf(reason) => t.tr_with("badge-error-pdf", &[("detail", detail(reason))]),
            BadgeError::Png(reason) => t.tr_with("badge-error-png", &[("detail", detail(reason))]),
        }
    }
}

/// A badge ready to draw.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub attendee_id: i64,
    pub code: BadgeCode,
    content: layout::Content,
}

/// Badges of `attendees`, in the order given, and every character that could not be drawn
/// (the rest of that text is still printed).
pub fn prepare(
    attendees: &[Attendee],
    event: &str,
    colours: &RibbonColours,
) -> Result<(Vec<Prepared>, Vec<MissingGlyph>), BadgeError> {
    use rayon::prelude::*;
    let fonts = fonts::fonts()?;
    let mut missing = content::event_missing(fonts, event);
    // Each badge's QR code and text are independent of the others': made on every core, kept
    // in the order given.
    let prepared: Vec<(Prepared, Vec<MissingGlyph>)> = attendees
        .par_iter()
        .map(|a| {
            let mut own = Vec::new();
            content::prepare(fonts, a, event, colours, &mut own).map(|badge| (badge, own))
        })
        .collect::<Result<_, _>>()?;
    let mut badges = Vec::with_capacity(prepared.len());
    for (badge, own) in prepared {
        badges.push(badge);
        missing.extend(own);
    }
    Ok((badges, missing))
}

/// A written PDF and its page count.
#[derive(Debug, Clone)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// All badges in one PDF, `layout.per_page()` to a page; `cut_marks` on sheets only.
pub fn pdf(badges: &[Prepared], layout: Layout, cut_marks: bool) -> Result<Pdf, BadgeError> {
    let fonts = fonts::fonts()?;
    let pages = sheet::pages(fonts, badges, layout, cut_marks);
    Ok(Pdf {
        bytes: pdf::write(&pages)?,
        pages: pages.len(),
    })
}

/// One badge as a PNG at `dpi`, the size it has in `layout`.
pub fn png(badge: &Prepared, layout: Layout, dpi: f32) -> Result<Vec<u8>, BadgeError> {
    let fonts = fonts::fonts()?;
    png::write(fonts, &sheet::single(fonts, badge, layout), dpi)
}

/// Where one piece of text landed on a badge, in mm: for checking that nothing runs off the
/// badge or into the QR code's quiet zone.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    /// Font size in mm.
    pub size: f32,
    /// A file name from `assets/fonts/`.
    pub font: &'static str,
    /// Glyph ids drawn; 0 would be the font's empty box.
    pub glyphs: Vec<u16>,
}

/// The badge's size in `layout`, the QR code's area with its quiet zone, and its texts.
pub fn inspect(
    badge: &Prepared,
    layout: Layout,
) -> Result<(Frame, Frame, Vec<TextBox>), BadgeError> {
    let fonts = fonts::fonts()?;
    let scene = sheet::single(fonts, badge, layout);
    let page = Frame {
        x: 0.0,
        y: 0.0,
        w: scene.width,
        h: scene.height,
    };
    let mut qr_area = page;
    let mut boxes = Vec::new();
    for item in &scene.items {
        match item {
            layout::Item::Qr { x, y, qr } => {
                let quiet = layout::QUIET_MODULES * layout::MODULE_MM;
                let side = qr.width as f32 * layout::MODULE_MM + 2.0 * quiet;
                qr_area = Frame {
                    x: x - quiet,
                    y: y - quiet,
                    w: side,
                    h: side,
                };
            }
            layout::Item::Text {
                x,
                baseline,
                size,
                run,
                ..
            } => boxes.push(TextBox {
                text: run.text.clone(),
                x: *x,
                y: baseline - text::ASCENT * size,
                w: run.glyphs.iter().map(|g| g.advance).sum::<f32>() * size,
                h: text::LINE_HEIGHT * size,
                size: *size,
                font: fonts::FILE_NAMES[run.font.0],
                glyphs: run.glyphs.iter().map(|g| g.id).collect(),
            }),
            _ => {}
        }
    }
    Ok((page, qr_area, boxes))
}
