//! Text shaping and fitting, shared by the PDF and the PNG so both draw the same glyphs at the
//! same places. Sizes here are in em (multiply by the font size); the layout works in mm.

use unicode_bidi::BidiInfo;

use super::fonts::{FontId, Fonts, Weight, is_neutral};

/// How tall a line is, in em: Noto's ascent (1.07) and a descent deep enough for Arabic.
pub const LINE_HEIGHT: f32 = 1.42;
/// Where the baseline sits below the top of its line, in em.
pub const ASCENT: f32 = 1.07;

/// One shaped glyph; advances and offsets in em.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The bytes of the run's text this glyph's cluster stands for (for copying text out of
    /// the PDF).
    pub range: std::ops::Range<usize>,
}

/// Glyphs of one font in visual order, starting `x` em from the start of the line.
#[derive(Debug, Clone)]
pub struct Run {
    pub font: FontId,
    pub text: String,
    pub x: f32,
    pub glyphs: Vec<Glyph>,
}

#[derive(Debug, Clone, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
    /// The paragraph reads right to left (its first strong letter is Arabic or Hebrew).
    pub rtl: bool,
}

/// A text fitted into a box: its size in mm and its lines.
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub size: f32,
    pub lines: Vec<Line>,
}

impl Block {
    pub fn height(&self) -> f32 {
        self.lines.len() as f32 * LINE_HEIGHT * self.size
    }
}

/// The box a text must fit in, in mm, and the sizes it may take.
#[derive(Debug, Clone, Copy)]
pub struct Fit {
    pub max_size: f32,
    pub min_size: f32,
    pub width: f32,
    pub height: f32,
}

/// The smallest size anything is shrunk to when even wrapped lines do not fit: still legible
/// on paper, and reached only by absurdly long texts.
const FLOOR_SIZE: f32 = 1.2;

/// Fits `text` on one line as large as allowed; below the minimum size it wraps at the
/// minimum size, and shrinks further only if the wrapped lines still overflow the box.
pub fn fit(fonts: &Fonts, text: &str, weight: Weight, fit: Fit) -> Block {
    if text.trim().is_empty() {
        return Block::default();
    }
    let line = shape_line(fonts, text, weight);
    let size = fit
        .max_size
        .min(fit.width / line.width.max(f32::EPSILON))
        .min(fit.height / LINE_HEIGHT);
    if size >= fit.min_size {
        return Block {
            size,
            lines: vec![line],
        };
    }
    let mut size = fit.min_size;
    loop {
        let lines = wrap(fonts, text, weight, fit.width / size);
        let block = Block { size, lines };
        if block.height() <= fit.height || size <= FLOOR_SIZE {
            return block;
        }
        size = (size * 0.92).max(FLOOR_SIZE);
    }
}

/// Breaks `text` into lines no wider than `width` em: at spaces, after hyphens
/// (`Ruiz-Picasso`), and inside a word only when a piece alone is too wide.
fn wrap(fonts: &Fonts, text: &str, weight: Weight, width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for (word, after_space) in pieces(text) {
        let candidate = match (current.is_empty(), after_space) {
            (true, _) => word.to_string(),
            (false, true) => format!("{current} {word}"),
            (false, false) => format!("{current}{word}"),
        };
        if shape_line(fonts, &candidate, weight).width <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(shape_line(fonts, &current, weight));
        }
        current = break_word(fonts, word, weight, width, &mut lines);
    }
    if !current.is_empty() {
        lines.push(shape_line(fonts, &current, weight));
    }
    lines
}

/// Words split after each hyphen, each with whether a space came before it.
fn pieces(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let mut after_space = true;
        for piece in word.split_inclusive('-') {
            out.push((piece, after_space));
            after_space = false;
        }
    }
    out
}

/// Pushes full lines of a word too wide for one line and returns what is left of it.
fn break_word(
    fonts: &Fonts,
    word: &str,
    weight: Weight,
    width: f32,
    lines: &mut Vec<Line>,
) -> String {
    let mut piece = String::new();
    for c in word.chars() {
        let candidate = format!("{piece}{c}");
        if !piece.is_empty() && shape_line(fonts, &candidate, weight).width > width {
            lines.push(shape_line(fonts, &piece, weight));
            piece = c.to_string();
        } else {
            piece = candidate;
        }
    }
    piece
}

/// Shapes one line: bidi runs in visual order, each split by font and shaped in its direction.
pub fn shape_line(fonts: &Fonts, text: &str, weight: Weight) -> Line {
    let bidi = BidiInfo::new(text, None);
    let mut line = Line::default();
    let Some(para) = bidi.paragraphs.first() else {
        return line;
    };
    line.rtl = para.level.is_rtl();
    let (levels, runs) = bidi.visual_runs(para, para.range.clone());
    for range in runs {
        let rtl = levels[range.start].is_rtl();
        let mut segments = segments(fonts, &text[range.clone()], weight, range.start);
        if rtl {
            segments.reverse();
        }
        for (font, seg) in segments {
            let run = shape_run(fonts, font, &text[seg], rtl, line.width);
            line.width += run.glyphs.iter().map(|g| g.advance).sum::<f32>();
            line.runs.push(run);
        }
    }
    line
}

/// Splits a same-direction run into pieces that one font can draw, in logical order.
fn segments(
    fonts: &Fonts,
    text: &str,
    weight: Weight,
    offset: usize,
) -> Vec<(FontId, std::ops::Range<usize>)> {
    let mut out: Vec<(FontId, std::ops::Range<usize>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = offset + i + c.len_utf8();
        if let Some((font, range)) = out.last_mut() {
            let stays =
                is_neutral(c) && (fonts.covers(*font, c) || fonts.covering(c, weight).is_none());
            if stays || fonts.covering(c, weight) == Some(*font) {
                range.end = end;
                continue;
            }
        }
        let font = fonts.covering(c, weight).unwrap_or(Fonts::primary(weight));
        out.push((font, offset + i..end));
    }
    out
}

fn shape_run(fonts: &Fonts, font: FontId, text: &str, rtl: bool, x: f32) -> Run {
    let face = fonts.face(font);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(face, &[], buffer);
    let em = face.units_per_em() as f32;
    let infos = shaped.glyph_infos();
    let glyphs = infos
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| Glyph {
            id: info.glyph_id as u16,
            advance: pos.x_advance as f32 / em,
            x_offset: pos.x_offset as f32 / em,
            y_offset: pos.y_offset as f32 / em,
            range: cluster_range(infos, info.cluster as usize, text.len()),
        })
        .collect();
    Run {
        font,
        text: text.to_string(),
        x,
        glyphs,
    }
}

/// A cluster covers the text from its start to the next cluster's start (in logical order,
/// whichever the visual order of the glyphs).
fn cluster_range(
    infos: &[rustybuzz::GlyphInfo],
    start: usize,
    len: usize,
) -> std::ops::Range<usize> {
    let end = infos
        .iter()
        .map(|i| i.cluster as usize)
        .filter(|&c| c > start)
        .min()
        .unwrap_or(len);
    start..end
}
