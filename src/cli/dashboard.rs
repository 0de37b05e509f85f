//! `frontdesk dashboard`: the organizer's figures, as text or `--json`.

use clap::Args;

use super::Cli;
use super::commands::{CliError, open_to_read, print_json};
use crate::dashboard::{ActivityKind, Dashboard, Missing};
use crate::day::EventDay;
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
    /// The event day to show, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    day: Option<String>,
    /// With --not-arrived: only people who came on an earlier day.
    #[arg(long)]
    came_earlier: bool,
}

pub fn run(cli: &Cli, args: &DashboardArgs) -> Result<u8, CliError> {
    let store = open_to_read(cli)?;
    let date = match &args.day {
        Some(text) => text.trim().parse().map_err(|_| {
            CliError::Usage(format!(
                "--day \"{text}\" is not a date; write it as 2018-07-10"
            ))
        })?,
        None => store.today()?.date,
    };
    let dashboard = store.dashboard_on(date, args.recent)?;
    let which = if args.came_earlier {
        Missing::CameEarlier
    } else {
        Missing::Everyone
    };
    let missing = match &args.not_arrived {
        Some(query) => Some(store.not_arrived_on(date, which, query, args.limit)?),
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
    let day = |day: &EventDay| match day.label() {
        Some(label) => format!("{} ({label})", day.date),
        None => day.date.to_string(),
    };
    say!(
        "{}: {} registered, {} admitted, {} checked in.",
        day(&d.day),
        d.registered,
        d.admitted,
        d.checked_in
    );
    if d.days.len() > 1 {
        for summary in &d.days {
            say!("  {}: {} checked in", day(&summary.day), summary.checked_in);
        }
        say!(
            "  {} came on an earlier day and have not come yet on this one.",
            d.came_earlier_not_this_day
        );
    }
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
