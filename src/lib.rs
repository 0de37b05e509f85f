//! frontdesk: a check-in kiosk for conferences and one-day events.
//!
//! The core modules (`store`, `import`, `code`, `checkin`, `search`, `export`, `file`,
//! `sample`) never touch the GUI; the command line (`cli`) and the iced shell (`ui`) are thin
//! layers over them.

pub mod agenda;
pub mod badge;
pub mod camera;
pub mod checkin;
pub mod cli;
pub mod clock;
pub mod code;
pub mod collation;
pub mod config;
pub mod dashboard;
pub mod day;
pub mod export;
pub mod fault;
pub mod file;
pub mod guide;
pub mod hub;
pub mod import;
pub mod keyboard;
pub mod kiosk;
pub mod language;
pub mod pin;
pub mod printer;
pub mod sample;
pub mod search;
pub mod settings;
pub mod sound;
pub mod store;
pub mod text;
pub mod time;
pub mod ui;
