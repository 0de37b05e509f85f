use std::process::ExitCode;

use clap::Parser;
use frontdesk::cli::{self, Cli};
use frontdesk::ui;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("FRONTDESK_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => cli::run(&cli, command),
        None => open_window(&cli),
    }
}

fn open_window(cli: &Cli) -> ExitCode {
    let db_path = cli
        .db
        .clone()
        .unwrap_or_else(frontdesk::store::default_path);
    // `--at` without an offset is the event's local time; a database that cannot be read yet
    // is reported by the window, and UTC reads the time meanwhile.
    let zone = frontdesk::store::Store::open(&db_path)
        .and_then(|store| store.event_or_default())
        .map_or(chrono_tz::UTC, |event| event.time_zone);
    let clock = match cli::clock(cli, zone) {
        Ok(clock) => clock,
        Err(error) => {
            eprintln!("frontdesk: {error}");
            return ExitCode::from(cli::exit::USAGE);
        }
    };
    let config = ui::Config {
        db_path,
        desk: cli.desk.clone(),
        fullscreen: cli.fullscreen,
        kiosk: cli.kiosk,
        language: frontdesk::language::for_this_desk(cli.language),
        camera: ui::camera::Asked::of(cli.camera.as_deref(), cli.camera_frames.as_deref()),
        clock,
        hub: cli.hub.clone(),
    };
    match ui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("frontdesk: cannot open the window: {error}");
            ExitCode::from(cli::exit::ERROR)
        }
    }
}
