//! `--at` and `--speed`: the clock a command or a window runs on. Without them it is the real
//! time; with them, organizers rehearse a day (day 2 of a three-day event, say) before it comes.

use chrono::Utc;
use chrono_tz::Tz;

use super::Cli;
use super::commands::CliError;
use crate::agenda::report::parse_at;
use crate::clock::Clock;

/// The clock `cli` asks for; `zone` reads an `--at` written without an offset.
pub fn clock(cli: &Cli, zone: Tz) -> Result<Clock, CliError> {
    if !(cli.speed.is_finite() && cli.speed >= 0.0) {
        return Err(CliError::Usage(format!(
            "--speed {} is not a speed; give a number like 1 (real time) or 60 (an hour a minute)",
            cli.speed
        )));
    }
    match &cli.at {
        None if cli.speed == 1.0 => Ok(Clock::real()),
        None => Ok(Clock::rehearsal(Utc::now(), cli.speed)),
        Some(text) => {
            let origin = parse_at(text, zone).ok_or_else(|| {
                CliError::Usage(format!(
                    "--at \"{text}\" is not a time; write it as 2018-07-10T09:15:00+02:00 \
                     (or 2018-07-10T09:15 in the event's time zone)"
                ))
            })?;
            Ok(Clock::rehearsal(origin, cli.speed))
        }
    }
}
