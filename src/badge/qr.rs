//! The QR symbol of a badge code: the code alone (no personal data), error correction H.

use qrcode::{Color, EcLevel, QrCode, Version};

use super::BadgeError;

/// A square of modules, row by row; `true` is dark. The quiet zone is not included: the
/// layout keeps that space white.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Qr {
    /// Version 2 with error correction H (30 % recoverable), though the 12-character code
    /// would fit version 1: version 2 has an alignment pattern, which helps a scanner fit the
    /// grid of a badge held at an angle or printed slightly blurred, and H keeps a scuffed
    /// badge readable. Upper-case letters and digits are encoded in alphanumeric mode.
    pub fn encode(code: &str) -> Result<Qr, BadgeError> {
        let symbol = QrCode::with_version(code.as_bytes(), Version::Normal(2), EcLevel::H)
            .map_err(|e| BadgeError::Qr {
                code: code.to_string(),
                reason: e.to_string(),
            })?;
        Ok(Qr {
            width: symbol.width(),
            dark: symbol
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// The dark modules as horizontal runs `(row, first column, length)`: fewer, larger
    /// rectangles make a smaller PDF.
    pub fn runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for (row, cells) in self.dark.chunks(self.width).enumerate() {
            let mut col = 0;
            while col < cells.len() {
                let start = col;
                while col < cells.len() && cells[col] {
                    col += 1;
                }
                if col > start {
                    runs.push((row, start, col - start));
                }
                col += 1;
            }
        }
        runs
    }
}
