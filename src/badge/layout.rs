//! Where everything goes, in millimetres from the top-left corner of the page: one description
//! that the PDF and the PNG writers both draw, so they agree to the glyph.

use super::fonts::{Fonts, Weight};
use super::qr::Qr;
use super::text::{ASCENT, Block, Fit, LINE_HEIGHT, Run, fit};

pub type Colour = [u8; 3];

const BLACK: Colour = [0, 0, 0];
const GREY: Colour = [0x45, 0x4f, 0x5a];
const WHITE: Colour = [0xff, 0xff, 0xff];

/// QR module size: 1/30 in, exactly 10 pixels at 300 dpi and 5 at 150 dpi, so the modules
/// stay sharp in the PNG; 25 modules make a 21.2 mm symbol (at least 20 mm on paper).
pub const MODULE_MM: f32 = 25.4 / 30.0;
/// The white margin a scanner needs around the symbol, in modules.
pub const QUIET_MODULES: f32 = 4.0;

#[derive(Debug, Clone)]
pub enum Item {
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        colour: Colour,
    },
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        run: Run,
        colour: Colour,
    },
    /// The symbol's top-left corner (without its quiet zone) and its modules.
    Qr { x: f32, y: f32, qr: Qr },
    /// A cut mark, 0.2 mm wide.
    Hairline { x1: f32, y1: f32, x2: f32, y2: f32 },
}

/// One page (or one PNG): its size in mm and what is drawn on it.
#[derive(Debug, Clone, Default)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

/// A badge's texts, already cleaned of characters no font has.
#[derive(Debug, Clone)]
pub struct Content {
    pub event: String,
    pub first: String,
    pub last: String,
    pub company: String,
    pub ribbon: String,
    pub ribbon_colour: Colour,
    pub code: String,
    pub qr: Qr,
}

#[derive(Clone, Copy)]
enum Align {
    Start,
    Center,
}

/// A rectangle on the page, in mm.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// Draws one badge into `frame`: landscape badges put the QR beside the names, portrait
/// labels put it under them; the ribbon runs along the bottom of both.
pub fn badge(fonts: &Fonts, content: &Content, frame: Frame, out: &mut Vec<Item>) {
    let margin = if frame.w > frame.h { 5.0 } else { 4.0 };
    let ribbon_h = 12.0;
    let ribbon_y = frame.y + frame.h - ribbon_h;
    ribbon(fonts, content, frame, ribbon_y, ribbon_h, out);
    let inner_w = frame.w - 2.0 * margin;
    let event_fit = Fit {
        max_size: 4.0,
        min_size: 2.5,
        width: inner_w,
        height: 6.0,
    };
    let event = fit(fonts, &content.event, Weight::Regular, event_fit);
    let x = frame.x + margin;
    let y = frame.y + margin - 0.5;
    let symbol = content.qr.width as f32 * MODULE_MM;
    let quiet = QUIET_MODULES * MODULE_MM;
    let code_h = 4.8;
    if frame.w > frame.h {
        place(&event, x, y, inner_w, Align::Start, GREY, out);
        let qr_x = frame.x + frame.w - 6.0 - symbol;
        let qr_y = frame.y + 15.0;
        qr_with_code(fonts, content, qr_x, qr_y, out);
        let column = Frame {
            x,
            y: frame.y + 12.5,
            w: qr_x - quiet - 2.0 - x,
            h: ribbon_y - 2.0 - (frame.y + 12.5),
        };
        names(fonts, content, column, [23.0, 13.0, 9.0], Align::Start, out);
    } else {
        place(&event, x, y, inner_w, Align::Center, GREY, out);
        let qr_x = frame.x + (frame.w - symbol) / 2.0;
        let qr_y = ribbon_y - 2.0 - code_h - quiet - symbol;
        qr_with_code(fonts, content, qr_x, qr_y, out);
        let top = frame.y + 11.0;
        let column = Frame {
            x,
            y: top,
            w: inner_w,
            h: qr_y - quiet - top,
        };
        names(
            fonts,
            content,
            column,
            [19.0, 12.0, 7.0],
            Align::Center,
            out,
        );
    }
}

fn ribbon(fonts: &Fonts, content: &Content, frame: Frame, y: f32, h: f32, out: &mut Vec<Item>) {
    out.push(Item::Fill {
        x: frame.x,
        y,
        w: frame.w,
        h,
        colour: content.ribbon_colour,
    });
    let width = frame.w - 8.0;
    let label_fit = Fit {
        max_size: 7.0,
        min_size: 3.5,
        width,
        height: h - 1.0,
    };
    let label = fit(fonts, &content.ribbon, Weight::Bold, label_fit);
    let top = y + (h - label.height()) / 2.0;
    place(
        &label,
        frame.x + 4.0,
        top,
        width,
        Align::Center,
        text_on(content.ribbon_colour),
        out,
    );
}

/// White on dark ribbons, black on light ones (a sponsor's yellow, say).
pub(super) fn text_on(colour: Colour) -> Colour {
    let [r, g, b] = colour.map(f32::from);
    if 0.299 * r + 0.587 * g + 0.114 * b > 160.0 {
        BLACK
    } else {
        WHITE
    }
}

fn qr_with_code(fonts: &Fonts, content: &Content, x: f32, y: f32, out: &mut Vec<Item>) {
    let symbol = content.qr.width as f32 * MODULE_MM;
    let quiet = QUIET_MODULES * MODULE_MM;
    out.push(Item::Qr {
        x,
        y,
        qr: content.qr.clone(),
    });
    let width = symbol + 2.0 * quiet;
    let code_fit = Fit {
        max_size: 3.4,
        min_size: 2.5,
        width,
        height: 4.8,
    };
    let code = fit(fonts, &content.code, Weight::Bold, code_fit);
    place(
        &code,
        x - quiet,
        y + symbol + quiet,
        width,
        Align::Center,
        BLACK,
        out,
    );
}

/// First name, last name and company, stacked and centred vertically in `column`; `heights`
/// are the most each may take.
fn names(
    fonts: &Fonts,
    content: &Content,
    column: Frame,
    heights: [f32; 3],
    align: Align,
    out: &mut Vec<Item>,
) {
    let w = column.w;
    let blocks = [
        fit(
            fonts,
            &content.first,
            Weight::Bold,
            Fit {
                max_size: 11.0,
                min_size: 6.0,
                width: w,
                height: heights[0],
            },
        ),
        fit(
            fonts,
            &content.last,
            Weight::Regular,
            Fit {
                max_size: 7.0,
                min_size: 4.5,
                width: w,
                height: heights[1],
            },
        ),
        fit(
            fonts,
            &content.company,
            Weight::Regular,
            Fit {
                max_size: 4.5,
                min_size: 3.0,
                width: w,
                height: heights[2],
            },
        ),
    ];
    let gap = 1.0;
    let used: f32 = blocks.iter().map(|b| b.height()).sum::<f32>() + gap * 2.0;
    let mut y = column.y + ((column.h - used) / 2.0).max(0.0);
    for (block, colour) in blocks.iter().zip([BLACK, BLACK, GREY]) {
        place(block, column.x, y, w, align, colour, out);
        y += block.height() + gap;
    }
}

/// Puts a fitted block's lines at `top`, aligned in a box `width` wide: start-aligned means
/// right-aligned for a right-to-left name.
fn place(
    block: &Block,
    x: f32,
    top: f32,
    width: f32,
    align: Align,
    colour: Colour,
    out: &mut Vec<Item>,
) {
    for (i, line) in block.lines.iter().enumerate() {
        let line_w = line.width * block.size;
        let lx = match align {
            Align::Start if line.rtl => x + width - line_w,
            Align::Start => x,
            Align::Center => x + (width - line_w) / 2.0,
        };
        let baseline = top + (i as f32 * LINE_HEIGHT + ASCENT) * block.size;
        for run in &line.runs {
            out.push(Item::Text {
                x: lx + run.x * block.size,
                baseline,
                size: block.size,
                run: run.clone(),
                colour,
            });
        }
    }
}
