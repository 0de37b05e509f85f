//! The QR symbol of a badge code: the code alone (no personal data), error correction Q.

use qrcode::{Color, EcLevel, QrCode};

use super::BadgeError;

/// A square of modules, row by row; `true` is dark. The quiet zone is not included: the
/// layout keeps that space white.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Qr {
    /// Q (25 % recoverable) rather than the minimum M: a 12-character code still fits the
    /// smallest symbol (21 × 21), and a scuffed or bent badge still scans. Upper-case letters
    /// and digits are encoded in alphanumeric mode.
    pub fn encode(code: &str) -> Result<Qr, BadgeError> {
        let symbol =
            QrCode::with_error_correction_level(code.as_bytes(), EcLevel::Q).map_err(|e| {
                BadgeError::Qr {
                    code: code.to_string(),
                    reason: e.to_string(),
                }
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
