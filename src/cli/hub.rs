//! `frontdesk hub ...`: start a hub from this database, join one, leave it, and see how the
//! desks and their scans stand.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::Cli;
use super::commands::{CliError, open, open_or_create, print_json};
use crate::hub::{HubDesk, HubError, HubUrl};
use crate::store::Store;

#[derive(Debug, Args)]
pub struct HubArgs {
    #[command(subcommand)]
    action: HubAction,
}

impl HubArgs {
    /// Joining makes the desk's database; every other hub command needs one.
    pub fn starts_an_event(&self) -> bool {
        matches!(self.action, HubAction::Join)
    }
}

#[derive(Debug, Subcommand)]
enum HubAction {
    /// Start the hub from this database: upload its event and make this its first desk.
    Init {
        /// Replace another event the hub holds.
        #[arg(long)]
        replace: bool,
    },
    /// Make this (new, empty) database a desk of the hub: download the whole event.
    Join,
    /// Stop being a desk of the hub; this copy stays unless --erase.
    Leave {
        /// Also erase this computer's copy of the attendee data.
        #[arg(long)]
        erase: bool,
    },
    /// The hub, whether it answers, the scans waiting here and every desk's last contact.
    Status,
    /// Deliver this desk's waiting scans and changes, then take the hub's.
    Sync,
    /// People admitted twice while desks were offline, with both scans.
    Conflicts,
    /// Write the hub's whole content (people, agenda, scans, conflicts, desks) to a file.
    Backup {
        /// The JSON file to write; it holds personal data, so only its owner may read it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Put a hub backup into the hub --hub names (a new server after the old one was lost);
    /// its desks then send their scans again, so those made after the backup come back too.
    Restore {
        file: PathBuf,
        /// Replace the event the hub holds.
        #[arg(long)]
        replace: bool,
    },
}

pub fn run(cli: &Cli, args: &HubArgs, desk: &str) -> Result<u8, CliError> {
    let mut store = if args.starts_an_event() {
        open_or_create(cli)?
    } else {
        open(cli)?
    };
    match &args.action {
        HubAction::Init { replace } => init(cli, &mut store, *replace, desk),
        HubAction::Join => join(cli, &mut store, desk),
        HubAction::Leave { erase } => leave(cli, &mut store, desk, *erase),
        HubAction::Status => status(cli, &mut store),
        HubAction::Sync => sync(cli, &mut store, desk),
        HubAction::Conflicts => conflicts(cli, &mut store),
        HubAction::Backup { out } => backup(cli, &store, out),
        HubAction::Restore { file, replace } => restore(cli, &store, file, *replace),
    }
}

/// The hub `--hub` (or `FRONTDESK_HUB`) names; init and join need one.
fn named_hub(cli: &Cli) -> Result<HubDesk, CliError> {
    let url = cli.hub.as_deref().ok_or_else(|| {
        CliError::Usage("name the hub: --hub postgresql://USER:PASSWORD@HOST:5432/DATABASE".into())
    })?;
    Ok(HubDesk::new(HubUrl::parse(url)?))
}

/// The hub this database is a desk of.
pub(super) fn joined_hub(cli: &Cli, store: &Store) -> Result<Option<HubDesk>, CliError> {
    if store.hub_link()?.is_none() {
        return Ok(None);
    }
    let hub = HubDesk::for_database(store.path(), cli.hub.as_deref())?;
    Ok(Some(hub.ok_or(HubError::BadUrl {
        reason: format!(
            "this database is a desk of a hub, but {} is missing; give --hub again",
            HubUrl::file_for(store.path()).display()
        ),
    })?))
}

fn init(cli: &Cli, store: &mut Store, replace: bool, desk: &str) -> Result<u8, CliError> {
    let mut hub = named_hub(cli)?;
    let people = hub.init(store, replace)?;
    let report = hub.sync(store, desk)?;
    if cli.json {
        print_json(&serde_json::json!({
            "hub": hub.url().shown, "people": people, "pending": report.pending
        }))?;
    } else {
        say!(
            "The hub at {} now holds this event ({people} people); this database is its first desk.",
            hub.url().shown
        );
    }
    Ok(0)
}

fn join(cli: &Cli, store: &mut Store, desk: &str) -> Result<u8, CliError> {
    let mut hub = named_hub(cli)?;
    let report = hub.join(store, desk)?;
    let people = store.counts()?.registered;
    if cli.json {
        print_json(&serde_json::json!({
            "hub": hub.url().shown, "people": people, "applied": report.applied
        }))?;
    } else {
        say!(
            "Joined the hub at {}: {} people, {} check-ins. This desk now checks in through it.",
            hub.url().shown,
            people,
            report.applied.check_ins
        );
    }
    Ok(0)
}

fn leave(cli: &Cli, store: &mut Store, desk: &str, erase: bool) -> Result<u8, CliError> {
    let mut hub = joined_hub(cli, store).ok().flatten();
    let left = crate::hub::leave(store, hub.as_mut(), desk, erase)?;
    if cli.json {
        print_json(&serde_json::json!({
            "left": left.hub, "erased": left.erased.is_some(), "hub_told": left.hub_told
        }))?;
    } else {
        say!(
            "This database is no longer a desk of the hub at {}.",
            left.hub
        );
        if !left.hub_told {
            say!(
                "The hub was not reachable: its desk list still shows this desk as it last \
                 reported."
            );
        }
        match left.erased {
            Some(report) => say!("Erased this copy: {} people.", report.attendees),
            None => say!(
                "Its copy of the attendee data stays here; erase it with frontdesk erase when \
                 the event is over."
            ),
        }
    }
    Ok(0)
}

fn status(cli: &Cli, store: &mut Store) -> Result<u8, CliError> {
    let mut hub = joined_hub(cli, store)?.ok_or(HubError::NotJoined)?;
    let zone = crate::time::zone_of(store.event()?.as_ref());
    let status = hub.status(store)?;
    if cli.json {
        print_json(&status)?;
        return Ok(0);
    }
    say!(
        "Hub {}: {}. {} scans waiting here.",
        status.hub,
        if status.connected {
            "connected"
        } else {
            "not reachable"
        },
        status.pending
    );
    for desk in &status.desks {
        say!(
            "  {}: last seen {}, {} waiting{}{}",
            desk.desk,
            desk.last_seen
                .with_timezone(&zone)
                .format("%Y-%m-%d %H:%M:%S"),
            desk.pending,
            match desk.late {
                0 => String::new(),
                late => format!(
                    ", {} more than 2 minutes late",
                    crate::text::counted(late.unsigned_abs(), "scan", "scans")
                ),
            },
            if desk.holds_data {
                ""
            } else {
                ", holds no attendee data"
            }
        );
    }
    Ok(0)
}

fn sync(cli: &Cli, store: &mut Store, desk: &str) -> Result<u8, CliError> {
    let mut hub = joined_hub(cli, store)?.ok_or(HubError::NotJoined)?;
    let report = hub.sync(store, desk)?;
    if cli.hub.is_some() {
        // The hub holds this desk's event (sync checked): e.g. a hub restored on a new server.
        hub.url().remember(store.path())?;
    }
    if cli.json {
        print_json(&report)?;
    } else {
        if let Some(erased) = &report.erased {
            say!(
                "The hub erased the event's attendee data, so this desk erased its copy: {} \
                 people, and {} {} that had not reached the hub.",
                erased.attendees,
                erased.discarded_scans,
                if erased.discarded_scans == 1 {
                    "scan"
                } else {
                    "scans"
                }
            );
        }
        let n = crate::text::counted;
        say!(
            "Delivered {} ({}) and {}; took {}, {} and {} from the hub. {} waiting.",
            n(report.delivered, "scan", "scans"),
            n(report.conflicts, "conflict", "conflicts"),
            n(report.changes_sent, "change", "changes"),
            n(report.applied.images, "change", "changes"),
            n(report.applied.check_ins, "check-in", "check-ins"),
            n(report.applied.undos, "undo", "undos"),
            n(report.pending, "scan", "scans")
        );
    }
    Ok(0)
}

fn conflicts(cli: &Cli, store: &mut Store) -> Result<u8, CliError> {
    let mut hub = joined_hub(cli, store)?.ok_or(HubError::NotJoined)?;
    let conflicts = hub.conflicts()?;
    let zone = crate::time::zone_of(store.event()?.as_ref());
    if cli.json {
        print_json(&conflicts)?;
        return Ok(0);
    }
    if conflicts.is_empty() {
        say!("No conflicts: nobody was admitted twice.");
    }
    for conflict in &conflicts {
        say!("{}", conflict.describe(zone));
    }
    Ok(0)
}

/// The hub `--hub` names, or else the one this desk belongs to.
fn given_or_joined_hub(cli: &Cli, store: &Store) -> Result<HubDesk, CliError> {
    if cli.hub.is_some() {
        return named_hub(cli);
    }
    Ok(joined_hub(cli, store)?.ok_or(HubError::NotJoined)?)
}

fn backup(cli: &Cli, store: &Store, out: &Path) -> Result<u8, CliError> {
    let mut hub = given_or_joined_hub(cli, store)?;
    let backup = hub.backup()?;
    let text = serde_json::to_vec(&backup)?;
    crate::file::write_atomic(out, &text)?;
    keep_private(out);
    let people = backup
        .tables
        .get("image")
        .and_then(serde_json::Value::as_array)
        .map_or(0, |images| {
            images
                .iter()
                .filter(|image| image["kind"] == "attendee" && !image["image"].is_null())
                .count()
        });
    if cli.json {
        print_json(&serde_json::json!({
            "out": out.display().to_string(), "event": backup.event_name, "people": people,
            "scans": backup.count("scan"), "conflicts": backup.count("conflict"),
            "bytes": text.len()
        }))?;
    } else {
        say!(
            "Backed up the hub at {} to {}: \"{}\", {people} people, {} scans, {} conflicts.",
            hub.url().shown,
            out.display(),
            backup.event_name,
            backup.count("scan"),
            backup.count("conflict")
        );
    }
    Ok(0)
}

fn restore(cli: &Cli, store: &Store, file: &Path, replace: bool) -> Result<u8, CliError> {
    let mut hub = named_hub(cli)?;
    let text = std::fs::read(file).map_err(|source| CliError::Read {
        path: file.display().to_string(),
        source,
    })?;
    let backup: crate::store::hub::HubBackup = serde_json::from_slice(&text).map_err(|error| {
        CliError::Failed(format!(
            "{} is not a hub backup ({error}); give a file written by frontdesk hub backup",
            file.display()
        ))
    })?;
    let (event, taken_at, scans) = (
        backup.event_name.clone(),
        backup.taken_at,
        backup.count("scan"),
    );
    hub.restore(store, backup, replace)?;
    if cli.json {
        print_json(&serde_json::json!({
            "hub": hub.url().shown, "event": event, "taken_at": taken_at, "scans": scans
        }))?;
    } else {
        say!(
            "The hub at {} holds \"{event}\" again, as backed up at {} ({scans} scans). Each \
             desk sends its scans again when it next syncs (give it --hub once if the hub's \
             address changed); changes to people or the agenda made after the backup must be \
             made again.",
            hub.url().shown,
            taken_at.format("%Y-%m-%d %H:%M UTC")
        );
    }
    Ok(0)
}

/// A backup holds personal data: only its owner may read it.
fn keep_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Err(error) = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)) {
            tracing::warn!(%error, path = %path.display(), "the backup stays readable by others");
        }
    }
}
