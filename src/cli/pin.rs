//! `frontdesk pin`: set or check the organizer PIN. The PIN is read from standard input, one
//! line, so that it never lands in the shell's history or the process list.

use std::io::{BufRead, IsTerminal, Write};

use clap::{Args, Subcommand};

use super::commands::{CliError, open, open_or_create, print_json};
use super::{Cli, exit};
use crate::pin::{self, PinCheck, PinError};

#[derive(Debug, Args)]
pub struct PinArgs {
    #[command(subcommand)]
    action: PinAction,
}

impl PinArgs {
    pub(super) fn changes_shared(&self) -> bool {
        matches!(self.action, PinAction::Set)
    }

    /// Setting the PIN is part of preparing an event, so it may make the database (before
    /// the window's first start loads the sample into it, say); checking one needs one.
    pub(super) fn may_create(&self) -> bool {
        matches!(self.action, PinAction::Set)
    }
}

#[derive(Debug, Subcommand)]
enum PinAction {
    /// Set or replace the organizer PIN (4-12 digits, read from standard input).
    Set,
    /// Check a PIN read from standard input: exit 0 when right, 1 when wrong or too soon.
    Check,
}

pub fn run(cli: &Cli, args: &PinArgs) -> Result<u8, CliError> {
    let entered = read_pin()?;
    let mut store = if args.may_create() {
        open_or_create(cli)?
    } else {
        open(cli)?
    };
    match args.action {
        PinAction::Set => {
            pin::set(&mut store, &entered).map_err(pin_error)?;
            if cli.json {
                print_json(&serde_json::json!({ "outcome": "set" }))?;
            } else {
                say!("The organizer PIN is set.");
            }
            Ok(0)
        }
        PinAction::Check => {
            let answer = pin::check(&mut store, &entered, chrono::Utc::now()).map_err(pin_error)?;
            report(cli.json, answer)?;
            Ok(if answer == PinCheck::Accepted {
                0
            } else {
                exit::ERROR
            })
        }
    }
}

fn report(json: bool, answer: PinCheck) -> Result<(), CliError> {
    let (name, wait, message) = match answer {
        PinCheck::Accepted => ("accepted", None, "PIN accepted.".to_string()),
        PinCheck::Wrong { wait: None } => ("wrong", None, "Wrong PIN.".to_string()),
        PinCheck::Wrong { wait: Some(w) } => (
            "wrong",
            Some(w),
            format!("Wrong PIN. Wait {} s before the next try.", w.as_secs()),
        ),
        PinCheck::TooSoon { wait } => (
            "too_soon",
            Some(wait),
            format!(
                "Too soon after a wrong PIN: try again in {} s.",
                wait.as_secs().max(1)
            ),
        ),
    };
    if json {
        let wait = wait.map(|w| w.as_secs_f64());
        print_json(&serde_json::json!({ "outcome": name, "wait_seconds": wait }))
    } else {
        say!("{message}");
        Ok(())
    }
}

/// One line from standard input, without its line ending. Asks on standard error when a
/// person is typing (the PIN still shows as typed: a terminal is the organizer's own).
fn read_pin() -> Result<String, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Organizer PIN: ");
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|source| CliError::Read {
            path: "standard input".to_string(),
            source,
        })?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn pin_error(error: PinError) -> CliError {
    match error {
        PinError::Store(e) => CliError::Store(e),
        PinError::NotSet | PinError::Damaged | PinError::Hash(_) => {
            CliError::Failed(error.to_string())
        }
        other => CliError::Usage(other.to_string()),
    }
}
