//! `frontdesk agenda`: load the programme from a schedule file, see it, fix late changes, and
//! ask what is on now.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};

use super::Cli;
use super::commands::{CliError, print_json};
use crate::agenda::new::{self, Draft, Length, Start};
use crate::agenda::report::{NowNextReport, SessionReport, parse_at};
use crate::agenda::{Agenda, SessionKind, Speaker};
use crate::store::{self, SessionEdit, Store};

#[derive(Debug, Args)]
pub struct AgendaArgs {
    #[command(subcommand)]
    command: AgendaCommand,
}

impl AgendaArgs {
    pub(super) fn changes_shared(&self) -> bool {
        matches!(
            self.command,
            AgendaCommand::Import { .. } | AgendaCommand::Edit { .. } | AgendaCommand::Add { .. }
        )
    }

    /// Importing a whole programme is part of preparing an event: it may make the database.
    pub(super) fn may_create(&self) -> bool {
        matches!(self.command, AgendaCommand::Import { dry_run: false, .. })
    }
}

#[derive(Debug, Subcommand)]
enum AgendaCommand {
    /// Replace the agenda with a schedule file: frab XML, pretalx schedule.json or frontdesk TOML.
    Import {
        file: PathBuf,
        /// Read and check the file, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// What is on now and next in each room (`--at` asks about another moment).
    Now,
    /// Every session, with the ids that `agenda edit` takes.
    List,
    /// Change one session: move it, make it longer or shorter, rename it or delete it.
    Edit {
        id: i64,
        /// Move start and end by this many minutes (negative: earlier).
        #[arg(long, value_name = "MINUTES", allow_hyphen_values = true)]
        shift: Option<i64>,
        /// Move the end only by this many minutes.
        #[arg(long, value_name = "MINUTES", allow_hyphen_values = true)]
        lengthen: Option<i64>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        delete: bool,
    },
    /// Add a session.
    Add {
        #[arg(long)]
        title: String,
        #[arg(long)]
        room: String,
        /// ISO 8601; without an offset, the event's local time.
        #[arg(long, value_name = "ISO-8601")]
        start: String,
        #[arg(long, value_name = "ISO-8601")]
        end: String,
        #[arg(long, default_value = "talk", value_name = "talk|keynote|break|other")]
        kind: String,
        /// "Name" or "Name, Affiliation"; repeat for several speakers.
        #[arg(long = "speaker")]
        speakers: Vec<String>,
        #[arg(long, default_value = "")]
        subtitle: String,
    },
}

pub fn run(cli: &Cli, args: &AgendaArgs) -> Result<u8, CliError> {
    let path = cli.db.clone().unwrap_or_else(store::default_path);
    let mut store = if args.may_create() {
        Store::open(&path)?
    } else {
        Store::open_existing(&path)?
    };
    match &args.command {
        AgendaCommand::Import { file, dry_run } => import(cli, &mut store, file, *dry_run),
        AgendaCommand::Now => now(cli, &store, cli.at.as_deref()),
        AgendaCommand::List => list(cli, &store),
        AgendaCommand::Edit {
            id,
            shift,
            lengthen,
            title,
            delete,
        } => {
            let edits = edits(*shift, *lengthen, title.as_deref(), *delete);
            if edits.is_empty() {
                return Err(CliError::Usage(
                    "say what to change: --shift, --lengthen, --title or --delete".into(),
                ));
            }
            for edit in &edits {
                store.edit_session(*id, edit)?;
            }
            say_done(cli, &format!("Session {id} changed."));
            Ok(0)
        }
        AgendaCommand::Add {
            title,
            room,
            start,
            end,
            kind,
            speakers,
            subtitle,
        } => {
            let agenda = store.agenda()?;
            // The editor's rules: a title and a room, and the conference day of the start
            // (a session after midnight belongs to the day before).
            let session = Draft {
                title: title.clone(),
                subtitle: subtitle.clone(),
                speakers: speakers.iter().filter_map(|s| new::speaker(s)).collect(),
                room: room.clone(),
                kind: SessionKind::parse(kind).ok_or_else(|| {
                    CliError::Usage(format!(
                        "\"{kind}\" is not a kind of session; use talk, keynote, break or other"
                    ))
                })?,
                start: Start::At(instant(start, &agenda)?),
                length: Length::Until(instant(end, &agenda)?),
            }
            .session(agenda.time_zone, agenda.day_changes_at)
            .map_err(|refused| CliError::Usage(refused.to_string()))?;
            let id = store.add_session(&session)?;
            say_done(cli, &format!("Added session {id}."));
            Ok(0)
        }
    }
}

fn edits(
    shift: Option<i64>,
    lengthen: Option<i64>,
    title: Option<&str>,
    delete: bool,
) -> Vec<SessionEdit> {
    if delete {
        return vec![SessionEdit::Delete];
    }
    let mut edits = Vec::new();
    edits.extend(title.map(|t| SessionEdit::Retitle(t.to_string())));
    edits.extend(shift.map(|minutes| SessionEdit::Shift { minutes }));
    edits.extend(lengthen.map(|minutes| SessionEdit::Lengthen { minutes }));
    edits
}

fn say_done(cli: &Cli, sentence: &str) {
    if cli.json {
        say!("{}", serde_json::json!({ "ok": sentence }));
    } else {
        say!("{sentence}");
    }
}

fn instant(text: &str, agenda: &Agenda) -> Result<DateTime<Utc>, CliError> {
    parse_at(text, agenda.time_zone).ok_or_else(|| {
        CliError::Usage(format!(
            "\"{text}\" is not a time; write it as 2018-07-09T10:15:00+02:00 (or without the \
             offset for the event's local time)"
        ))
    })
}

fn import(
    cli: &Cli,
    store: &mut Store,
    file: &std::path::Path,
    dry_run: bool,
) -> Result<u8, CliError> {
    let (bytes, name) = super::commands::read_input(file)?;
    let zone = crate::time::zone_of(store.event()?.as_ref());
    let schedule = crate::agenda::parse(&bytes, &name, zone).map_err(Box::new)?;
    if dry_run {
        let days = schedule
            .sessions
            .iter()
            .map(|s| s.day)
            .collect::<std::collections::BTreeSet<_>>();
        let summary = serde_json::json!({
            "dry_run": true, "sessions": schedule.sessions.len(), "rooms": schedule.rooms.len(),
            "days": days.len(), "time_zone": schedule.time_zone.name(),
        });
        if cli.json {
            say!("{summary}");
        } else {
            say!(
                "{name}: {} ({}); nothing changed (dry run).",
                summary_line(schedule.sessions.len(), schedule.rooms.len(), days.len()),
                schedule.time_zone.name()
            );
        }
        return Ok(0);
    }
    let report = store.replace_agenda(&schedule)?;
    if cli.json {
        print_json(&report)?;
    } else {
        say!(
            "{name}: {} ({}), replacing {}.",
            summary_line(report.sessions, report.rooms, report.days),
            report.time_zone,
            counted(report.replaced, "session")
        );
    }
    Ok(0)
}

/// "13 sessions in 1 room over 1 day"
fn summary_line(sessions: usize, rooms: usize, days: usize) -> String {
    format!(
        "{} in {} over {}",
        counted(sessions, "session"),
        counted(rooms, "room"),
        counted(days, "day")
    )
}

fn counted(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

fn now(cli: &Cli, store: &Store, at: Option<&str>) -> Result<u8, CliError> {
    let agenda = store.agenda()?;
    let at = match at {
        Some(text) => instant(text, &agenda)?,
        None => Utc::now(),
    };
    let report = NowNextReport::new(&agenda, at);
    if cli.json {
        print_json(&report)?;
        return Ok(0);
    }
    say!("At {}:", hhmm(&report.at));
    if agenda.sessions.is_empty() {
        say!("  No agenda yet: load one with `frontdesk agenda import FILE`.");
    }
    for (label, sessions) in [("Now", &report.now), ("Next", &report.next)] {
        for session in sessions.iter() {
            say!("  {label:<4}  {}", line(session));
        }
    }
    Ok(0)
}

fn line(session: &SessionReport) -> String {
    let speakers: Vec<String> = session.speakers.iter().map(Speaker::label).collect();
    let by = if speakers.is_empty() {
        String::new()
    } else {
        format!(" — {}", speakers.join("; "))
    };
    format!(
        "{}–{}  {}  {}{by}",
        hhmm(&session.start),
        hhmm(&session.end),
        session.room,
        session.title
    )
}

/// `2018-07-09T10:15:00+02:00` → `10:15`
fn hhmm(local: &str) -> &str {
    local.get(11..16).unwrap_or(local)
}

fn list(cli: &Cli, store: &Store) -> Result<u8, CliError> {
    let agenda = store.agenda()?;
    if cli.json {
        let sessions: Vec<serde_json::Value> = agenda
            .sessions
            .iter()
            .map(|s| {
                let mut value = serde_json::to_value(SessionReport::new(s, agenda.time_zone))
                    .unwrap_or_default();
                value["id"] = s.id.into();
                value["day"] = s.day.to_string().into();
                value
            })
            .collect();
        print_json(&serde_json::json!({
            "time_zone": agenda.time_zone.name(), "rooms": agenda.rooms, "sessions": sessions,
        }))?;
        return Ok(0);
    }
    let mut day = None;
    for session in &agenda.sessions {
        if day != Some(session.day) {
            say!("{} ({})", session.day, agenda.time_zone.name());
            day = Some(session.day);
        }
        let report = SessionReport::new(session, agenda.time_zone);
        say!("  {:>4}  {}", session.id, line(&report));
    }
    if agenda.sessions.is_empty() {
        say!("No agenda yet: load one with `frontdesk agenda import FILE`.");
    }
    Ok(0)
}
