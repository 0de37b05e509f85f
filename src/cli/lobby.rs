//! `frontdesk lobby`: opens the lobby screen on its own.

use chrono::Utc;
use clap::Args;

use super::Cli;
use super::commands::CliError;
use crate::agenda::report::parse_at;
use crate::store::{self, Store};
use crate::ui::lobby::{Clock, LobbyConfig};

#[derive(Debug, Args)]
pub struct LobbyArgs {
    /// Fill the whole screen (for the lobby TV).
    #[arg(long)]
    fullscreen: bool,
    /// Start the clock at this moment (ISO 8601, any UTC offset), to rehearse the day.
    #[arg(long, value_name = "ISO-8601")]
    at: Option<String>,
    /// Run the clock this many times as fast (with --at: watch the day in minutes).
    #[arg(long, value_name = "N", default_value_t = 1.0)]
    speed: f64,
}

pub fn run(cli: &Cli, args: &LobbyArgs) -> Result<u8, CliError> {
    let db_path = cli.db.clone().unwrap_or_else(store::default_path);
    if !(args.speed.is_finite() && args.speed >= 0.0) {
        return Err(CliError::Usage(format!(
            "--speed {} is not a speed; give a number like 1 (real time) or 60 (an hour a minute)",
            args.speed
        )));
    }
    let origin = match &args.at {
        Some(text) => {
            let zone = crate::time::zone_of(Store::open(&db_path)?.event()?.as_ref());
            parse_at(text, zone).ok_or_else(|| {
                CliError::Usage(format!(
                    "--at \"{text}\" is not a time; write it as 2018-07-09T10:15:00+02:00"
                ))
            })?
        }
        None => Utc::now(),
    };
    let config = LobbyConfig {
        db_path,
        fullscreen: args.fullscreen || cli.fullscreen,
        clock: Clock::rehearsal(origin, args.speed),
    };
    crate::ui::lobby::run(config)
        .map_err(|error| CliError::Usage(format!("cannot open the lobby window: {error}")))?;
    Ok(0)
}
