//! `frontdesk dashboard`: the organizer's figures, as text or `--json`.

use clap::Args;

use super::Cli;
use super::commands::{CliError, open, print_json};
use crate::dashboard::{ActivityKind, Dashboard};
use crate::time;

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// How many of the newest desk actions to show.
    #[arg(long, default_value_t = 10)]
    recent: usize,
    /// List admitted people who have not arrived, matching these words (empty: everyone).
    #[arg(long, value_name = "QUERY")]
    not_arrived: Option<String>,
    /// How many not-arrived people to list.
    #[arg(long, default_value_t = 50)]
    limit: usize,
}

pub fn run(cli: &Cli, args: &DashboardArgs) -> Result<u8, CliError> {
    let store = open(cli)?;
    let dashboard = store.dashboard(args.recent)?;
    let missing = match &args.not_arrived {
        Some(query) => Some(store.not_arrived(query, args.limit)?),
        None => None,
    };
    if cli.json {
        print_json(&serde_json::json!({ "dashboard": dashboard, "not_arrived": missing }))?;
        return Ok(0);
    }
    let zone = time::zone_of(store.event()?.as_ref());
    print_figures(&dashboard, zone);
    if let Some(people) = missing {
        say!("Not arrived ({} shown):", people.len());
        for a in people {
            say!(
                "  {}  {} — {} [{}]",
                a.badge_code,
                a.display_name,
                a.company,
                a.ticket_type
            );
        }
    }
    Ok(0)
}

fn print_figures(d: &Dashboard, zone: chrono_tz::Tz) {
    let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&zone).format("%H:%M");
    say!(
        "{} registered, {} admitted, {} checked in.",
        d.registered,
        d.admitted,
        d.checked_in
    );
    for t in &d.by_ticket_type {
        say!(
            "  {}: {} of {} admitted checked in ({} registered)",
            t.ticket_type,
            t.checked_in,
            t.admitted,
            t.registered
        );
    }
    for (desk, count) in &d.by_desk {
        say!("  at {desk}: {count}");
    }
    if !d.arrivals.is_empty() {
        say!("Arrivals per 10 minutes:");
        for bin in &d.arrivals {
            say!("  {}  {}", local(bin.start), bin.check_ins);
        }
    }
    if !d.recent.is_empty() {
        say!("Latest:");
    }
    for a in &d.recent {
        let what = match a.kind {
            ActivityKind::CheckIn => "checked in",
            ActivityKind::Undo => "check-in undone",
            ActivityKind::WalkIn => "walk-in added",
            ActivityKind::Edit => "edited",
        };
        say!("  {} {} {what} at {}", local(a.at), a.attendee, a.desk);
    }
}
