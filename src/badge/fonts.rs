//! The bundled fonts (Noto Sans with its Arabic and Hebrew companions, SIL OFL, in
//! `assets/fonts/`), compiled into the binary so a desk computer needs no fonts installed.

use std::sync::OnceLock;

use rustybuzz::Face;

use super::BadgeError;

/// Regular or bold; the first name and the ribbon are bold, everything else regular.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

/// One of the six bundled faces: three scripts (Latin/Greek/Cyrillic, Arabic, Hebrew) in two
/// weights. The index is the face's place in [`FACES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FontId(pub usize);

/// The font files, in fallback order: a character is looked up in Noto Sans first.
pub const FACES: [&[u8]; 6] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansHebrew-Bold.ttf"),
];

pub const FILE_NAMES: [&str; 6] = [
    "NotoSans-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Bold.ttf",
];

const FAMILIES: usize = 3;

pub struct Fonts {
    faces: Vec<Face<'static>>,
}

/// The parsed fonts, parsed once per process.
pub fn fonts() -> Result<&'static Fonts, BadgeError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let faces = FACES
                .iter()
                .map(|data| Face::from_slice(data, 0))
                .collect::<Option<Vec<_>>>()?;
            Some(Fonts { faces })
        })
        .as_ref()
        .ok_or(BadgeError::Fonts)
}

impl Fonts {
    pub fn face(&self, id: FontId) -> &Face<'static> {
        &self.faces[id.0]
    }

    /// The faces of one weight, in fallback order.
    fn family(weight: Weight) -> std::ops::Range<usize> {
        match weight {
            Weight::Regular => 0..FAMILIES,
            Weight::Bold => FAMILIES..2 * FAMILIES,
        }
    }

    /// The first face of `weight` that has a glyph for `c`, if any does.
    pub fn covering(&self, c: char, weight: Weight) -> Option<FontId> {
        Self::family(weight)
            .find(|&i| self.faces[i].glyph_index(c).is_some())
            .map(FontId)
    }

    /// Whether `font` has a glyph for `c`.
    pub fn covers(&self, font: FontId, c: char) -> bool {
        self.faces[font.0].glyph_index(c).is_some()
    }

    pub fn primary(weight: Weight) -> FontId {
        FontId(Self::family(weight).start)
    }
}

/// Characters that draw nothing by themselves (spaces aside): bidi marks and joiners steer
/// shaping, and no font needs a glyph for them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
    ) || c.is_control()
}

/// Characters that belong to whatever script surrounds them (spaces, punctuation, digits,
/// combining marks): they stay in the current font when it has them, so that an Arabic name
/// with a space or a vowel mark is shaped as one piece.
pub fn is_neutral(c: char) -> bool {
    !c.is_alphabetic()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0591}'..='\u{05C7}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}
