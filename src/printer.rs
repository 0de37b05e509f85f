//! Sending a badge PDF to a printer: CUPS `lp` where there is one (the printer chosen in the
//! settings, else the default printer), otherwise the PDF opens in the system's viewer so
//! it can be printed from there.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::badge::{self, Layout, MissingGlyph, RibbonColours};
use crate::store::{Attendee, Store, StoreError};

#[derive(Debug, Clone, thiserror::Error)]
pub enum PrintError {
    #[error(transparent)]
    File(std::sync::Arc<crate::file::FileError>),
    #[error("the printer refused the badge: {0}")]
    Refused(String),
    #[error(
        "no printer and no PDF viewer was found; save the PDF and print it from another computer"
    )]
    NothingToPrintWith,
    #[error(transparent)]
    Badge(std::sync::Arc<badge::BadgeError>),
}

impl From<badge::BadgeError> for PrintError {
    fn from(error: badge::BadgeError) -> Self {
        PrintError::Badge(std::sync::Arc::new(error))
    }
}

impl PrintError {
    /// Why the badge did not print, as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        match self {
            PrintError::File(error) => error.say(t),
            PrintError::Refused(reason) => {
                t.tr_with("print-error-refused", &[("reason", reason.as_str().into())])
            }
            PrintError::NothingToPrintWith => t.tr("print-error-nothing"),
            PrintError::Badge(error) => error.say(t),
        }
    }
}

/// The event's name and ribbon colours: what every badge of the event shares.
#[derive(Debug, Clone)]
pub struct BadgeStyle {
    pub event_name: String,
    pub colours: RibbonColours,
}

impl BadgeStyle {
    pub fn load(store: &Store) -> Result<BadgeStyle, StoreError> {
        Ok(BadgeStyle {
            event_name: store.event_or_default()?.name,
            colours: RibbonColours::load(store)?,
        })
    }
}

/// The PDF of `people`'s badges, and every character no bundled font has.
pub fn badges_pdf(
    style: &BadgeStyle,
    people: &[Attendee],
    layout: Layout,
    cut_marks: bool,
) -> Result<(badge::Pdf, Vec<MissingGlyph>), PrintError> {
    let (prepared, missing) = badge::prepare(people, &style.event_name, &style.colours)?;
    Ok((badge::pdf(&prepared, layout, cut_marks)?, missing))
}

/// Where a badge went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Sent to this CUPS printer; `None` is the computer's default printer.
    Printer(Option<String>),
    Viewer(PathBuf),
}

impl std::fmt::Display for Sent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Sent::Printer(Some(name)) => write!(f, "sent to {name}"),
            Sent::Printer(None) => write!(f, "sent to the default printer"),
            Sent::Viewer(path) => write!(f, "opened in the PDF viewer ({})", path.display()),
        }
    }
}

/// Prints `pdf` on `printer` (or the default one). Blocking: call it off the window's thread.
pub fn print(pdf: &[u8], name: &str, printer: Option<&str>) -> Result<Sent, PrintError> {
    let path = std::env::temp_dir().join(format!("frontdesk-{name}.pdf"));
    // Whole or not at all: `lp` or the viewer must never open a PDF still being written.
    crate::file::write_atomic(&path, pdf).map_err(|e| PrintError::File(e.into()))?;
    if has_program("lp") {
        return send_to_lp(&path, printer);
    }
    open_in_viewer(&path)
}

fn send_to_lp(path: &Path, printer: Option<&str>) -> Result<Sent, PrintError> {
    let mut lp = Command::new("lp");
    if let Some(printer) = printer {
        lp.args(["-d", printer]);
    }
    let output = lp
        .arg(path)
        .output()
        .map_err(|e| PrintError::Refused(e.to_string()))?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr).trim().to_string();
        return Err(PrintError::Refused(reason));
    }
    Ok(Sent::Printer(printer.map(str::to_string)))
}

fn open_in_viewer(path: &Path) -> Result<Sent, PrintError> {
    let opener = ["xdg-open", "open"]
        .into_iter()
        .find(|program| has_program(program))
        .ok_or(PrintError::NothingToPrintWith)?;
    Command::new(opener)
        .arg(path)
        .spawn()
        .map_err(|e| PrintError::Refused(e.to_string()))?;
    Ok(Sent::Viewer(path.to_path_buf()))
}

fn has_program(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
