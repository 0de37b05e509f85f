//! Page layouts: sheets of several badges and one-badge label pages.

use super::Prepared;
use super::fonts::Fonts;
use super::layout::{self, Frame, Item, Scene};

const INCH: f32 = 25.4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// A4 sheets of 8 badges, 105 × 74 mm (the common perforated badge stock).
    A4x8,
    /// US Letter sheets of 6 badges, 4 × 3 in.
    Letter6,
    /// One 62 × 100 mm badge per page, for 62 mm continuous label printers.
    Label62x100,
    /// One 4 × 3 in badge per page.
    Label4x3,
}

/// A page and the grid of badges on it, in mm.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    pub page_w: f32,
    pub page_h: f32,
    pub badge_w: f32,
    pub badge_h: f32,
    pub cols: usize,
    pub rows: usize,
}

/// Written by its command-line name (`label-62x100`), as the settings store it.
impl serde::Serialize for Layout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::A4x8,
        Layout::Letter6,
        Layout::Label62x100,
        Layout::Label4x3,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layout::A4x8 => "a4-8",
            Layout::Letter6 => "letter-6",
            Layout::Label62x100 => "label-62x100",
            Layout::Label4x3 => "label-4x3",
        }
    }

    pub fn parse(name: &str) -> Option<Layout> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    pub fn sheet(self) -> Sheet {
        let (page_w, page_h, badge_w, badge_h, cols, rows) = match self {
            Layout::A4x8 => (210.0, 297.0, 105.0, 74.0, 2, 4),
            Layout::Letter6 => (8.5 * INCH, 11.0 * INCH, 4.0 * INCH, 3.0 * INCH, 2, 3),
            Layout::Label62x100 => (62.0, 100.0, 62.0, 100.0, 1, 1),
            Layout::Label4x3 => (4.0 * INCH, 3.0 * INCH, 4.0 * INCH, 3.0 * INCH, 1, 1),
        };
        Sheet {
            page_w,
            page_h,
            badge_w,
            badge_h,
            cols,
            rows,
        }
    }

    pub fn per_page(self) -> usize {
        let sheet = self.sheet();
        sheet.cols * sheet.rows
    }

    /// How many pages `badges` badges take.
    pub fn pages_for(self, badges: usize) -> usize {
        badges.div_ceil(self.per_page())
    }
}

impl Sheet {
    /// The badge grid is centred on the page.
    fn origin(&self) -> (f32, f32) {
        (
            (self.page_w - self.cols as f32 * self.badge_w) / 2.0,
            (self.page_h - self.rows as f32 * self.badge_h) / 2.0,
        )
    }

    fn frame(&self, slot: usize) -> Frame {
        let (ox, oy) = self.origin();
        Frame {
            x: ox + (slot % self.cols) as f32 * self.badge_w,
            y: oy + (slot / self.cols) as f32 * self.badge_h,
            w: self.badge_w,
            h: self.badge_h,
        }
    }

    /// A small cross at every corner of the grid, where the guillotine cuts; the arms stay
    /// within the badges' empty margins.
    fn cut_marks(&self, out: &mut Vec<Item>) {
        let (ox, oy) = self.origin();
        let arm = 2.5;
        for col in 0..=self.cols {
            for row in 0..=self.rows {
                let x = ox + col as f32 * self.badge_w;
                let y = oy + row as f32 * self.badge_h;
                out.push(Item::Hairline {
                    x1: x - arm,
                    y1: y,
                    x2: x + arm,
                    y2: y,
                });
                out.push(Item::Hairline {
                    x1: x,
                    y1: y - arm,
                    x2: x,
                    y2: y + arm,
                });
            }
        }
    }
}

/// The pages of a PDF: badges in order, left to right and top to bottom.
pub fn pages(fonts: &Fonts, badges: &[Prepared], layout: Layout, cut_marks: bool) -> Vec<Scene> {
    let sheet = layout.sheet();
    badges
        .chunks(layout.per_page())
        .map(|chunk| {
            let mut scene = Scene {
                width: sheet.page_w,
                height: sheet.page_h,
                items: Vec::new(),
            };
            for (slot, badge) in chunk.iter().enumerate() {
                layout::badge(fonts, &badge.content, sheet.frame(slot), &mut scene.items);
            }
            if cut_marks && layout.per_page() > 1 {
                sheet.cut_marks(&mut scene.items);
            }
            scene
        })
        .collect()
}

/// One badge alone, the size it is on paper: for a PNG.
pub fn single(fonts: &Fonts, badge: &Prepared, layout: Layout) -> Scene {
    let sheet = layout.sheet();
    let frame = Frame {
        x: 0.0,
        y: 0.0,
        w: sheet.badge_w,
        h: sheet.badge_h,
    };
    let mut scene = Scene {
        width: sheet.badge_w,
        height: sheet.badge_h,
        items: Vec::new(),
    };
    layout::badge(fonts, &badge.content, frame, &mut scene.items);
    scene
}
