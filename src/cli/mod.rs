//! The command line: every organizer and desk action without the window, with `--json` for
//! scripts.

/// Prints a line to standard output. A closed pipe (`frontdesk attendees | head`) ends the
/// output quietly instead of with a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod agenda;
mod attendee;
mod badges;
mod bench;
mod bench_camera;
mod bench_hub;
mod camera;
mod commands;
mod dashboard;
mod erase;
mod hub;
mod lobby;
mod pin;
mod rehearsal;
mod settings;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::import::FormatChoice;

pub use bench::generate_csv;
pub use commands::run;
pub use rehearsal::clock;

#[derive(Debug, Parser)]
#[command(
    name = "frontdesk",
    version,
    about = "Check-in kiosk for conferences and one-day events"
)]
pub struct Cli {
    /// The event database (default: in the platform's data folder).
    #[arg(long, global = true, env = "FRONTDESK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// This desk's name, shown in the log and to other desks (remembered by the window).
    #[arg(long, global = true, value_name = "NAME")]
    pub desk: Option<String>,
    /// Open the window full-screen.
    #[arg(long)]
    pub fullscreen: bool,
    /// Open the window as a self-service kiosk for attendees (full-screen; leaving it needs
    /// the organizer PIN).
    #[arg(long)]
    pub kiosk: bool,
    /// The language the desk's window speaks this time (en, sv, de, fr, es), over the one this
    /// computer's Settings chose; kiosks and the lobby speak the event's language.
    #[arg(long, value_name = "LANGUAGE", value_parser = language)]
    pub language: Option<crate::language::Language>,
    /// Read QR codes from a webcam: `auto` (the first one) or its device, e.g. /dev/video0;
    /// `off` for none. Without it, the camera this computer's Settings chose.
    #[arg(long, value_name = "off|auto|DEVICE")]
    pub camera: Option<String>,
    /// Read QR codes from camera frames in this folder instead (PNG files, played at 10 a
    /// second): a rehearsal of the camera without one.
    #[arg(long, value_name = "DIR", conflicts_with = "camera")]
    pub camera_frames: Option<PathBuf>,
    /// Rehearse: run as if it were this moment (ISO 8601, any UTC offset; without one, the
    /// event's local time). Check-ins are stamped with it and count for its event day.
    #[arg(long, global = true, value_name = "ISO-8601")]
    pub at: Option<String>,
    /// With the window or the lobby: run the clock this many times as fast (60: an hour a
    /// minute).
    #[arg(long, global = true, value_name = "N", default_value_t = 1.0)]
    pub speed: f64,
    /// The hub this desk checks in through (postgresql://USER:PASSWORD@HOST:5432/DATABASE):
    /// for `hub init` and `hub join`; a joined desk remembers it.
    #[arg(
        long,
        global = true,
        env = "FRONTDESK_HUB",
        value_name = "URL",
        hide_env_values = true
    )]
    pub hub: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn language(code: &str) -> Result<crate::language::Language, String> {
    crate::language::Language::parse(code).ok_or_else(|| {
        format!("\"{code}\" is not a language frontdesk speaks; use en, sv, de, fr or es")
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import (or re-import) a registrant list exported from a ticketing tool or spreadsheet.
    Import {
        file: PathBuf,
        /// Work out and report everything, change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Which system exported the file; `auto` recognises it by its headers.
        #[arg(long, default_value = "auto", ignore_case = true, value_parser = format_choice())]
        format: FormatChoice,
        /// Map a column to a field, e.g. --map "Badge ID=code" (fields: first_name, last_name,
        /// full_name, email, company, title, ticket_type, code, status, ignore).
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        maps: Vec<String>,
        /// Mark people who are no longer in the file as not admitted.
        #[arg(long)]
        prune: bool,
    },
    /// List everyone.
    Attendees,
    /// Check in the person behind a badge or ticket code.
    Checkin {
        code: String,
        /// Answer as a self-service kiosk does: in the attendee's words, with no one else's
        /// data; an email address finds its owner when kiosk email search is on.
        #[arg(long)]
        kiosk: bool,
    },
    /// Take back a check-in (the log keeps both).
    Undo { code: String },
    /// Search people by name, company or email.
    Search {
        query: String,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Registered, admitted and checked-in counts, also by ticket type.
    Stats,
    /// Write a CSV report.
    Export {
        what: ExportKind,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Show or change the event's name, venue, time zone, dates and when its day changes.
    Event {
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        venue: Option<String>,
        /// IANA time zone, e.g. Europe/Stockholm.
        #[arg(long)]
        time_zone: Option<String>,
        /// First day, YYYY-MM-DD.
        #[arg(long)]
        starts_on: Option<String>,
        /// Last day, YYYY-MM-DD.
        #[arg(long)]
        ends_on: Option<String>,
        /// When one event day ends and the next begins, HH:MM (default 04:00): a check-in at
        /// 00:30 still counts for the day before.
        #[arg(long, value_name = "HH:MM")]
        day_changes_at: Option<String>,
        /// On the sample event: replace it with this one, removing the sample's registrants,
        /// check-ins and agenda.
        #[arg(long)]
        replace_sample: bool,
    },
    /// Write badges: a PDF of sheets or labels, or one PNG per badge; records them as printed.
    Badges(badges::BadgesArgs),
    /// Show or change how desks print badges (layout, printer, print at check-in).
    Settings(settings::SettingsArgs),
    /// The day's programme: import a schedule, list it, fix it, see what is on now.
    Agenda(agenda::AgendaArgs),
    /// Open the lobby screen: now, next and the rest of the day, for a big display.
    Lobby(lobby::LobbyArgs),
    /// Set or check the organizer PIN (read from standard input).
    Pin(pin::PinArgs),
    /// Correct a person, or list their logged changes.
    Attendee(attendee::AttendeeArgs),
    /// The organizer's figures: counts, desks, arrivals, latest actions, who has not arrived.
    Dashboard(dashboard::DashboardArgs),
    /// The cameras of this computer (--list), or the QR codes the camera reads: from a webcam
    /// for some seconds (--device), or in a folder of PNG frames (--frames).
    Camera {
        #[arg(long, conflicts_with_all = ["frames", "device"])]
        list: bool,
        #[arg(long, value_name = "DIR", conflicts_with = "device")]
        frames: Option<PathBuf>,
        /// `auto` (the first camera) or its device, e.g. /dev/video0.
        #[arg(long, value_name = "auto|DEVICE")]
        device: Option<String>,
        /// With --device: how long to read, in seconds.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
    /// Play the tone desks play for an answer (welcome, already, refused), or write it as WAV.
    Tone {
        name: String,
        #[arg(long, value_name = "FILE.wav")]
        out: Option<PathBuf>,
    },
    /// Write a consistent copy of the event database (taken while desks may be writing).
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the event database with a copy made by backup (or the window's automatic
    /// copies); the database as it was is saved aside first.
    Restore { file: PathBuf },
    /// Erase all attendee data (people, codes, check-in log, edits); keeps event, agenda, settings.
    Erase(erase::EraseArgs),
    /// Several desks on several computers: start, join or leave a hub, and see its desks.
    Hub(hub::HubArgs),
    /// Print the "Getting started" page (the window shows it on F1): the event, badges,
    /// desks, the hub, the lobby, after the event.
    Guide,
    /// Measure import, check-in and search speed on a generated event in a temporary database
    /// (`bench hub --hub URL`: the hub's figures, against an empty PostgreSQL database).
    Bench {
        #[command(subcommand)]
        what: Option<BenchWhat>,
        #[arg(long, default_value_t = 100_000)]
        attendees: usize,
        /// Also write the generated registrant CSV here (to compare with other tools).
        #[arg(long, value_name = "FILE")]
        write_csv: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum BenchWhat {
    /// Measure the hub named by --hub (an empty database: it is filled with a generated
    /// event): check-ins online and offline, desks seeing each other, a rush of 40 desks.
    Hub(bench_hub::BenchHubArgs),
    /// Measure how many camera frames of badges and tickets are read, and how fast, at
    /// 640×480 and 1280×720 (frames made from the sample event, no camera needed).
    Camera(bench_camera::BenchCameraArgs),
}

/// `--format`: `auto` or a name from the import formats' one table.
fn format_choice() -> impl clap::builder::TypedValueParser<Value = FormatChoice> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let names = std::iter::once(PossibleValue::new("auto")).chain(
        crate::import::vendor::VENDORS
            .iter()
            .map(|vendor| PossibleValue::new(vendor.name).aliases(vendor.aliases.iter().copied())),
    );
    PossibleValuesParser::new(names).try_map(|name| name.parse::<FormatChoice>())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportKind {
    Checkins,
    Attendees,
}

/// Exit codes of `frontdesk checkin` and `frontdesk undo`, so that scripts can tell the
/// outcomes apart (the README lists them).
pub mod exit {
    pub const CHECKED_IN: u8 = 0;
    /// Something failed: the database, a file, the output. A sentence on stderr.
    pub const ERROR: u8 = 1;
    /// The command itself is wrong: a bad value, a missing flag.
    pub const USAGE: u8 = 2;
    pub const ALREADY_CHECKED_IN: u8 = 3;
    pub const NOT_ADMITTED: u8 = 4;
    /// `undo` of someone who is not checked in: the same number as "not admitted" at check-in,
    /// as scripts already read it.
    pub const NOT_CHECKED_IN: u8 = 4;
    pub const TYPO: u8 = 5;
    pub const UNKNOWN: u8 = 6;
}
