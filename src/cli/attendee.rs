//! `frontdesk attendee`: correct a person's name, company or ticket type, and see what was
//! changed before.

use clap::{Args, Subcommand};

use super::commands::{CliError, open, print_json};
use super::{Cli, exit};
use crate::store::{Attendee, AttendeeEdit, Store};

#[derive(Debug, Args)]
pub struct AttendeeArgs {
    #[command(subcommand)]
    action: AttendeeAction,
}

impl AttendeeArgs {
    pub(super) fn changes_shared(&self) -> bool {
        matches!(self.action, AttendeeAction::Edit { .. })
    }
}

#[derive(Debug, Subcommand)]
enum AttendeeAction {
    /// Correct a person found by badge or ticket code; fields not given stay as they are.
    Edit {
        code: String,
        #[arg(long)]
        first_name: Option<String>,
        #[arg(long)]
        last_name: Option<String>,
        #[arg(long)]
        company: Option<String>,
        #[arg(long)]
        ticket_type: Option<String>,
    },
    /// The logged changes of a person, oldest first.
    Changes { code: String },
}

pub fn run(cli: &Cli, args: &AttendeeArgs, desk: &str) -> Result<u8, CliError> {
    let mut store = open(cli)?;
    match &args.action {
        AttendeeAction::Edit {
            code,
            first_name,
            last_name,
            company,
            ticket_type,
        } => {
            let Some(person) = find(cli, &store, code)? else {
                return Ok(exit::UNKNOWN);
            };
            let mut edit = AttendeeEdit::of(&person);
            let given = [
                (&mut edit.first_name, first_name),
                (&mut edit.last_name, last_name),
                (&mut edit.company, company),
                (&mut edit.ticket_type, ticket_type),
            ]
            .into_iter()
            .filter_map(|(field, value)| value.as_ref().map(|v| *field = v.clone()))
            .count();
            if given == 0 {
                return Err(CliError::Usage(
                    "say what to change: --first-name, --last-name, --company or --ticket-type"
                        .to_string(),
                ));
            }
            let updated = store.edit_attendee(person.id, &edit, desk)?;
            if cli.json {
                print_json(&updated)?;
            } else {
                say!(
                    "{} ({}) — {}, {}.",
                    updated.display_name,
                    updated.badge_code,
                    or_none(&updated.company),
                    or_none(&updated.ticket_type)
                );
            }
            Ok(0)
        }
        AttendeeAction::Changes { code } => {
            let Some(person) = find(cli, &store, code)? else {
                return Ok(exit::UNKNOWN);
            };
            let changes = store.attendee_changes(person.id)?;
            if cli.json {
                print_json(&changes)?;
                return Ok(0);
            }
            for c in &changes {
                say!(
                    "{} at {}: {} \"{}\" → \"{}\"",
                    c.at,
                    c.desk,
                    c.field,
                    c.old,
                    c.new
                );
            }
            if changes.is_empty() {
                say!("{} has not been edited.", person.display_name);
            }
            Ok(0)
        }
    }
}

fn find(cli: &Cli, store: &Store, code: &str) -> Result<Option<Attendee>, CliError> {
    let found = store.find_by_code(code)?;
    if found.is_none() {
        if cli.json {
            print_json(&serde_json::json!({ "outcome": "unknown" }))?;
        } else {
            say!("Code not found.");
        }
    }
    Ok(found)
}

fn or_none(value: &str) -> &str {
    if value.is_empty() { "(none)" } else { value }
}
