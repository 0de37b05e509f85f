//! `frontdesk lobby`: opens the lobby screen on its own.

use clap::Args;

use super::Cli;
use super::commands::CliError;
use crate::store::{self, Store};
use crate::ui::lobby::LobbyConfig;

#[derive(Debug, Args)]
pub struct LobbyArgs {
    /// Fill the whole screen (for the lobby TV). `--at` and `--speed` rehearse the day.
    #[arg(long)]
    fullscreen: bool,
}

pub fn run(cli: &Cli, args: &LobbyArgs) -> Result<u8, CliError> {
    let db_path = cli.db.clone().unwrap_or_else(store::default_path);
    // With a hub (--hub, or the one this database joined), a copy kept from its feed.
    let desk = cli.desk.as_deref().unwrap_or("Lobby");
    crate::hub::follow(&db_path, cli.hub.as_deref(), desk)?;
    let zone = crate::time::zone_of(Store::open(&db_path)?.event()?.as_ref());
    let config = LobbyConfig {
        db_path,
        fullscreen: args.fullscreen || cli.fullscreen,
        clock: super::clock(cli, zone)?,
    };
    crate::ui::lobby::run(config)
        .map_err(|error| CliError::Usage(format!("cannot open the lobby window: {error}")))?;
    Ok(0)
}
