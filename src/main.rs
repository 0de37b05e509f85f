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
    let config = ui::Config {
        db_path: cli
            .db
            .clone()
            .unwrap_or_else(frontdesk::store::default_path),
        desk: cli.desk.clone(),
        fullscreen: cli.fullscreen,
    };
    match ui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("frontdesk: cannot open the window: {error}");
            ExitCode::from(cli::exit::ERROR)
        }
    }
}
