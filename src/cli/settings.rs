//! `frontdesk settings`: how desks print badges and what the lobby shows, shared by every desk
//! of the event.

use clap::{Args, ValueEnum};

use super::Cli;
use super::commands::CliError;
use crate::badge::Layout;
use crate::camera::{CameraChoice, CameraSetting};
use crate::day::DayPass;
use crate::language::Language;
use crate::settings::Settings;
use crate::store::{self, Store};

#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// The layout desks print single badges in: a4-8, letter-6, label-62x100, label-4x3.
    #[arg(long, value_name = "LAYOUT")]
    badge_layout: Option<String>,
    /// Print a badge for everyone checked in (for events that print on arrival).
    #[arg(long, value_enum, value_name = "on|off")]
    print_at_check_in: Option<Switch>,
    /// The CUPS printer desks print on; an empty name means the default printer.
    #[arg(long, value_name = "NAME")]
    printer: Option<String>,
    /// Show "183 people checked in" on the lobby screen (a count, never a name).
    #[arg(long, value_enum, value_name = "on|off")]
    lobby_count: Option<Switch>,
    /// A day pass: a ticket type and the days it admits, e.g. "Tuesday pass=2018-07-10"
    /// (days separated by commas; nothing after = lifts the limit). Repeat for more.
    #[arg(long = "ticket-days", value_name = "TICKET TYPE=DAYS")]
    ticket_days: Vec<String>,
    /// How often a desk window copies its database into its backups folder, in minutes
    /// (default 5; 0 turns the copies off).
    #[arg(long, value_name = "MINUTES")]
    backup_every: Option<u32>,
    /// Let attendees at a kiosk check themselves in by typing their whole email address, or
    /// their family name and their ticket's last 4 digits ("Åkesson 3001").
    #[arg(long, value_enum, value_name = "on|off")]
    kiosk_email_search: Option<Switch>,
    /// Open the desk named NAME as a self-service kiosk, or as a staff desk again:
    /// "Kiosk 1=on", "Kiosk 1=off". Repeat for more.
    #[arg(long = "kiosk-desk", value_name = "NAME=on|off")]
    kiosk_desks: Vec<String>,
    /// A short tone at desks and kiosks for each answer (welcome, already, refused).
    #[arg(long, value_enum, value_name = "on|off")]
    sounds: Option<Switch>,
    /// The camera this computer's desk reads QR codes from: off, auto (the first camera) or
    /// a device such as /dev/video0 (`frontdesk camera --list` names them). Kept on this
    /// computer, not shared with the other desks.
    #[arg(long, value_name = "off|auto|DEVICE")]
    camera: Option<String>,
    /// The language kiosks and the lobby speak to visitors: en, sv, de, fr or es.
    #[arg(long, value_name = "LANGUAGE")]
    event_language: Option<String>,
    /// The language this computer's desk speaks to its staff (en, sv, de, fr, es); kept on
    /// this computer. Without it, the computer's own language.
    #[arg(long, value_name = "LANGUAGE")]
    desk_language: Option<String>,
    /// Draw this computer's camera preview as a mirror shows it.
    #[arg(long, value_enum, value_name = "on|off")]
    mirror_camera: Option<Switch>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Switch {
    On,
    Off,
}

impl SettingsArgs {
    /// Changes a setting the desks share (not only this computer's printer).
    pub(super) fn changes_shared(&self) -> bool {
        self.badge_layout.is_some()
            || self.print_at_check_in.is_some()
            || self.lobby_count.is_some()
            || !self.ticket_days.is_empty()
            || self.backup_every.is_some()
            || self.kiosk_email_search.is_some()
            || !self.kiosk_desks.is_empty()
            || self.sounds.is_some()
            || self.event_language.is_some()
    }
}

pub fn run(cli: &Cli, args: &SettingsArgs) -> Result<u8, CliError> {
    let path = cli.db.clone().unwrap_or_else(store::default_path);
    let mut store = Store::open_existing(&path)?;
    let mut settings = Settings::load(&store)?;
    let before = settings.clone();
    let changing = args.badge_layout.is_some()
        || args.print_at_check_in.is_some()
        || args.printer.is_some()
        || args.lobby_count.is_some()
        || !args.ticket_days.is_empty()
        || args.backup_every.is_some()
        || args.kiosk_email_search.is_some()
        || !args.kiosk_desks.is_empty()
        || args.sounds.is_some()
        || args.event_language.is_some();
    if !args.ticket_days.is_empty() {
        for text in &args.ticket_days {
            let pass = DayPass::parse(text).map_err(|e| CliError::Usage(e.to_string()))?;
            settings.ticket_days.set(pass);
        }
        settings
            .ticket_days
            .validate(&store.event_or_default()?)
            .map_err(|e| CliError::Usage(e.to_string()))?;
    }
    if let Some(name) = &args.badge_layout {
        settings.badge_layout = Layout::parse(name).ok_or_else(|| {
            CliError::Usage(format!(
                "\"{name}\" is not a badge layout; use a4-8, letter-6, label-62x100 or label-4x3"
            ))
        })?;
    }
    if let Some(switch) = args.print_at_check_in {
        settings.print_at_check_in = matches!(switch, Switch::On);
    }
    if let Some(printer) = &args.printer {
        settings.printer = Some(printer.trim().to_string()).filter(|p| !p.is_empty());
    }
    if let Some(switch) = args.lobby_count {
        settings.lobby_shows_count = matches!(switch, Switch::On);
    }
    if let Some(minutes) = args.backup_every {
        settings.backup_every_minutes = minutes;
    }
    if let Some(switch) = args.kiosk_email_search {
        settings.kiosk_email_search = matches!(switch, Switch::On);
    }
    if let Some(switch) = args.sounds {
        settings.sounds = matches!(switch, Switch::On);
    }
    if let Some(code) = &args.event_language {
        settings.event_language = language(code)?;
    }
    for text in &args.kiosk_desks {
        let (desk, kiosk) = kiosk_desk(text)?;
        settings.set_kiosk(desk, kiosk);
    }
    if changing {
        settings.save_changes(&before, &mut store)?;
    }
    let camera = this_computers_camera(args)?;
    let desk_language = match &args.desk_language {
        Some(code) => {
            let chosen = language(code)?;
            crate::language::remember_for_this_desk(chosen)?;
            chosen
        }
        None => crate::language::for_this_desk(None),
    };
    if cli.json {
        let mut json = settings.to_json();
        json["desk_language"] = serde_json::json!(desk_language.code());
        json["camera"] = serde_json::json!({
            "use": camera.choice.to_text(),
            "mirror": camera.mirror,
        });
        say!("{json}");
    } else {
        say!(
            "Desks print badges as {} on {}; print at check-in: {}; lobby shows the count: {}.",
            settings.badge_layout.name(),
            settings.printer.as_deref().unwrap_or("the default printer"),
            if settings.print_at_check_in {
                "on"
            } else {
                "off"
            },
            if settings.lobby_shows_count {
                "on"
            } else {
                "off"
            }
        );
        if !settings.kiosk_desks.is_empty() {
            say!(
                "Self-service kiosks: {}; attendees may type their email address or name and ticket \
                 digits: {}.",
                settings.kiosk_desks.join(", "),
                if settings.kiosk_email_search {
                    "on"
                } else {
                    "off"
                }
            );
        }
        for pass in settings.ticket_days.passes() {
            say!("Day pass: {}.", pass.refusal().replace(" only", ""));
        }
        say!(
            "Kiosks and the lobby speak {}; this computer's desk speaks {}.",
            settings.event_language.name(),
            desk_language.name()
        );
        say!("This computer's camera: {}.", camera_sentence(&camera));
    }
    Ok(0)
}

fn language(code: &str) -> Result<Language, CliError> {
    Language::parse(code).ok_or_else(|| {
        let spoken: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        CliError::Usage(format!(
            "\"{code}\" is not a language frontdesk speaks; use one of {}",
            spoken.join(", ")
        ))
    })
}

/// The camera setting of this computer, changed and saved first when the arguments say so.
fn this_computers_camera(args: &SettingsArgs) -> Result<CameraSetting, CliError> {
    let mut camera = CameraSetting::load()?;
    if args.camera.is_none() && args.mirror_camera.is_none() {
        return Ok(camera);
    }
    if let Some(choice) = &args.camera {
        camera.choice = CameraChoice::parse(choice);
    }
    if let Some(switch) = args.mirror_camera {
        camera.mirror = matches!(switch, Switch::On);
    }
    camera.save()?;
    Ok(camera)
}

fn camera_sentence(camera: &CameraSetting) -> String {
    let mirror = if camera.mirror { ", mirrored" } else { "" };
    match &camera.choice {
        CameraChoice::Off => "off (codes come from the keyboard or a scanner)".to_string(),
        CameraChoice::First => format!("the first camera found{mirror}"),
        CameraChoice::Device(path) => format!("{}{mirror}", path.display()),
    }
}

/// "Kiosk 1=on" into the desk's name and whether it is a kiosk.
fn kiosk_desk(text: &str) -> Result<(&str, bool), CliError> {
    let usage = || {
        CliError::Usage(format!(
            "--kiosk-desk \"{text}\": write the desk's name, = and on or off, e.g. \"Kiosk 1=on\""
        ))
    };
    let (desk, switch) = text.rsplit_once('=').ok_or_else(usage)?;
    let kiosk = match switch.trim().to_ascii_lowercase().as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(usage()),
    };
    let desk = desk.trim();
    if desk.is_empty() {
        return Err(usage());
    }
    Ok((desk, kiosk))
}
