//! `frontdesk erase`: remove every attendee's personal data after the event, optionally after
//! writing the check-in report and attendee list for the records.

use std::path::{Path, PathBuf};

use clap::Args;

use super::Cli;
use super::commands::{CliError, open, print_json};
use crate::export;
use crate::store::Store;

/// Typed out in full, so that nobody erases an event by accident or by a stray flag.
pub const CONFIRMATION: &str = "erase all attendee data";

#[derive(Debug, Args)]
pub struct EraseArgs {
    /// Must be exactly "erase all attendee data".
    #[arg(long, value_name = "TEXT")]
    confirm: Option<String>,
    /// First write checkins.csv and attendees.csv into this folder; nothing is erased if that fails.
    #[arg(long, value_name = "DIR")]
    export_first: Option<PathBuf>,
}

pub fn run(cli: &Cli, args: &EraseArgs) -> Result<u8, CliError> {
    if args.confirm.as_deref() != Some(CONFIRMATION) {
        return Err(CliError::Usage(format!(
            "nothing was erased; to erase all attendee data, add --confirm \"{CONFIRMATION}\""
        )));
    }
    let mut store = open(cli)?;
    let exported = match &args.export_first {
        Some(dir) => Some(export_to(&store, dir)?),
        None => None,
    };
    // A desk of a hub erases at the hub, and so every desk's copy.
    let report = match super::hub::joined_hub(cli, &store)? {
        Some(mut hub) => {
            let desk = cli.desk.as_deref().unwrap_or("Command line");
            hub.erase_everywhere(&mut store, desk)?
        }
        None => store.erase_attendee_data()?,
    };
    if cli.json {
        print_json(&serde_json::json!({ "erased": report, "exported": exported }))?;
        return Ok(0);
    }
    if let Some(files) = exported {
        say!(
            "Wrote {}.",
            files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(" and ")
        );
    }
    say!(
        "Erased {} people, {} ticket codes, {} log entries and {} edits; the event, agenda and settings are kept.",
        report.attendees,
        report.ticket_codes,
        report.log_entries,
        report.changes
    );
    if !report.checkpointed {
        say!(
            "Another desk still has the database open: close it so the file can be fully rewritten."
        );
    }
    Ok(0)
}

/// Writes both reports; an existing file is never overwritten (it may be an earlier event's).
fn export_to(store: &Store, dir: &Path) -> Result<Vec<PathBuf>, CliError> {
    let write_error = |path: &Path| {
        let path = path.display().to_string();
        move |source| CliError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(write_error(dir))?;
    let checkins = dir.join("checkins.csv");
    let attendees = dir.join("attendees.csv");
    for path in [&checkins, &attendees] {
        let mut csv = Vec::new();
        if *path == checkins {
            export::checkins(store, &mut csv)?;
        } else {
            export::attendees(store, &mut csv)?;
        }
        crate::file::write_atomic_new(path, &csv)?;
    }
    Ok(vec![checkins, attendees])
}
