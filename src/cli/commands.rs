use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::{BenchWhat, Cli, Command, ExportKind, exit};
use crate::checkin::{CheckIn, CheckInJson, Undo};
use crate::day::EventDay;
use crate::hub::{CHECK_IN_DEADLINE, HubDesk};
use crate::import::{self, FormatChoice, ImportError, ParseOptions};
use crate::kiosk::{self, KioskAnswer, KioskLookup};
use crate::store::event::Day;
use crate::store::{
    self, Attendee, Event, EventState, ImportOptions, ImportReport, Store, StoreError, Who,
};
use crate::{export, text, time};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Export(#[from] export::ExportError),
    #[error(transparent)]
    Badge(#[from] crate::badge::BadgeError),
    #[error(transparent)]
    Agenda(#[from] Box<crate::agenda::AgendaError>),
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    File(#[from] crate::file::FileError),
    #[error(transparent)]
    Hub(#[from] crate::hub::HubError),
    /// The answer could not be put into JSON: the command's fault, not the caller's.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    Usage(String),
    /// An event the command line was asked to save but that breaks the event's rules.
    #[error(transparent)]
    Event(#[from] store::EventError),
    /// A refusal that is not a mistake in the command: exit 1, not 2.
    #[error("{0}")]
    Failed(String),
    #[error(transparent)]
    Sound(#[from] crate::sound::SoundError),
    #[error(transparent)]
    Camera(#[from] crate::camera::CameraSettingError),
    #[error(transparent)]
    Language(#[from] crate::language::DeskLanguageError),
}

const COMMAND_LINE_DESK: &str = "Command line";

/// Runs one subcommand; the window is opened by `main` when there is none.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    match dispatch(cli, command) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let error = error.diagnosed(&db_path(cli));
            if cli.json {
                let message = serde_json::json!({ "error": error.to_string() });
                say!("{message}");
            } else {
                eprintln!("frontdesk: {error}");
            }
            ExitCode::from(match error {
                CliError::Usage(_) | CliError::Event(_) => exit::USAGE,
                _ => exit::ERROR,
            })
        }
    }
}

impl CliError {
    /// The error in the user's words when the disk holding the database is its cause.
    fn diagnosed(self, db: &Path) -> CliError {
        match self {
            CliError::Store(error) => CliError::Store(store::disk::diagnose(db, error)),
            CliError::Hub(crate::hub::HubError::Store(error)) => {
                CliError::Store(store::disk::diagnose(db, error))
            }
            other => other,
        }
    }
}

/// The event database `--db` names, on the clock `--at` asks for. It must exist (see
/// [`open_or_create`]).
pub(super) fn open(cli: &Cli) -> Result<Store, CliError> {
    with_clock(cli, Store::open_existing(&db_path(cli))?)
}

/// For the commands that only read: the database, read as it stands when its disk is full
/// or read-only, with a note saying so.
pub(super) fn open_to_read(cli: &Cli) -> Result<Store, CliError> {
    let (store, as_it_stands) = Store::open_to_read(&db_path(cli))?;
    if let Some(why) = as_it_stands {
        eprintln!("frontdesk: {why}. Shown as the file stands.");
    }
    with_clock(cli, store)
}

/// For the commands that start an event (`import`, `event`, `hub join`): the database,
/// made if it is not there yet.
pub(super) fn open_or_create(cli: &Cli) -> Result<Store, CliError> {
    with_clock(cli, Store::open(&db_path(cli))?)
}

pub(super) fn db_path(cli: &Cli) -> PathBuf {
    cli.db.clone().unwrap_or_else(store::default_path)
}

fn guide(cli: &Cli) -> Result<u8, CliError> {
    let page = crate::guide::GETTING_STARTED;
    if cli.json {
        print_json(&serde_json::json!({ "markdown": page }))?;
    } else {
        print!("{page}");
    }
    Ok(0)
}

fn with_clock(cli: &Cli, store: Store) -> Result<Store, CliError> {
    if store.finished_an_interrupted_erase() {
        eprintln!("frontdesk: {}", store::FINISHED_ERASE);
    }
    let zone = store.event_or_default()?.time_zone;
    Ok(store.with_clock(super::clock(cli, zone)?))
}

/// Organizer changes that may make the event database: they start an event (`hub join`
/// decides for itself, in `hub::run`).
fn starts_an_event(command: &Command) -> bool {
    match command {
        Command::Import { .. } | Command::Event { .. } => true,
        Command::Pin(args) => args.may_create(),
        Command::Agenda(args) => args.may_create(),
        _ => false,
    }
}

fn dispatch(cli: &Cli, command: &Command) -> Result<u8, CliError> {
    let desk = cli.desk.as_deref().unwrap_or(COMMAND_LINE_DESK);
    if changes_shared_data(command) {
        let store = if starts_an_event(command) {
            open_or_create(cli)?
        } else {
            open(cli)?
        };
        return shared_change(cli, store, desk, || run_command(cli, command, desk));
    }
    run_command(cli, command, desk)
}

/// A change every desk must see the same: on a desk of a hub it needs the hub.
fn changes_shared_data(command: &Command) -> bool {
    match command {
        Command::Import { dry_run, .. } => !dry_run,
        Command::Event { .. } => {
            event_fields(command).is_some_and(|fields| fields.iter().any(|field| field.is_some()))
        }
        Command::Settings(args) => args.changes_shared(),
        Command::Agenda(args) => args.changes_shared(),
        Command::Pin(args) => args.changes_shared(),
        Command::Attendee(args) => args.changes_shared(),
        _ => false,
    }
}

/// On a desk of a hub, refuses `change` while the hub is not reachable, and sends it to the
/// hub right after; alone, simply runs it.
fn shared_change(
    cli: &Cli,
    mut store: Store,
    desk: &str,
    change: impl FnOnce() -> Result<u8, CliError>,
) -> Result<u8, CliError> {
    let Some(mut hub) = super::hub::joined_hub(cli, &store)? else {
        return change();
    };
    hub.before_change(&mut store, desk)?;
    let code = change()?;
    if let Err(error) = hub.sync(&mut store, desk) {
        // The change is in this desk's outbox and goes with the next sync.
        tracing::warn!(%error, "the change reaches the hub with the next sync");
    }
    Ok(code)
}

/// `frontdesk event`'s fields in the order `event` takes them.
fn event_fields(command: &Command) -> Option<[&Option<String>; 6]> {
    match command {
        Command::Event {
            name,
            venue,
            time_zone,
            starts_on,
            ends_on,
            day_changes_at,
            ..
        } => Some([name, venue, time_zone, starts_on, ends_on, day_changes_at]),
        _ => None,
    }
}

fn run_command(cli: &Cli, command: &Command, desk: &str) -> Result<u8, CliError> {
    match command {
        Command::Import {
            file,
            dry_run,
            format,
            maps,
            prune,
        } => import_file(cli, file, *format, maps, *prune, *dry_run),
        Command::Attendees => list_attendees(cli),
        Command::Checkin { code, kiosk } => check_in(cli, code, desk, *kiosk),
        Command::Undo { code } => undo(cli, code, desk),
        Command::Search { query, limit } => search(cli, query, *limit),
        Command::Stats => stats(cli),
        Command::Export { what, out } => export_csv(cli, *what, out),
        Command::Event { replace_sample, .. } => match event_fields(command) {
            Some(fields) => event(cli, fields, *replace_sample),
            None => Ok(0),
        },
        Command::Badges(args) => super::badges::run(cli, args),
        Command::Settings(args) => super::settings::run(cli, args),
        Command::Agenda(args) => super::agenda::run(cli, args),
        Command::Lobby(args) => super::lobby::run(cli, args),
        Command::Pin(args) => super::pin::run(cli, args),
        Command::Attendee(args) => super::attendee::run(cli, args, desk),
        Command::Dashboard(args) => super::dashboard::run(cli, args),
        Command::Erase(args) => super::erase::run(cli, args),
        Command::Tone { name, out } => tone(cli, name, out.as_deref()),
        Command::Backup { out } => backup(cli, out),
        Command::Restore { file } => restore(cli, file),
        Command::Hub(args) => super::hub::run(cli, args, desk),
        Command::Guide => guide(cli),
        Command::Bench {
            what: Some(BenchWhat::Hub(args)),
            ..
        } => super::bench_hub::run(cli, args),
        Command::Bench {
            what: Some(BenchWhat::Camera(args)),
            ..
        } => super::bench_camera::run(cli.json, args),
        Command::Camera {
            list,
            frames,
            device,
            seconds,
        } => match (list, frames, device) {
            (_, Some(frames), _) => super::camera::frames(cli, frames),
            (_, None, Some(device)) => super::camera::read_webcam(cli, device, *seconds),
            (_, None, None) => super::camera::list(cli),
        },
        Command::Bench {
            what: None,
            attendees,
            write_csv,
        } => super::bench::run(cli.json, *attendees, write_csv.as_deref()),
    }
}

fn backup(cli: &Cli, out: &Path) -> Result<u8, CliError> {
    let store = open_to_read(cli)?;
    store.backup_to(out)?;
    let people = store.counts()?.registered;
    if cli.json {
        print_json(&serde_json::json!({ "out": out, "registered": people }))?;
    } else {
        say!(
            "Wrote a copy of the event ({people} people) to {}.",
            out.display()
        );
    }
    Ok(0)
}

fn restore(cli: &Cli, file: &Path) -> Result<u8, CliError> {
    let db = db_path(cli);
    let restored = store::backup::restore(&db, file, chrono::Utc::now())?;
    if cli.json {
        print_json(&restored)?;
    } else {
        say!(
            "Restored {} into {} ({} people).",
            file.display(),
            db.display(),
            restored.registered
        );
        if let Some(aside) = &restored.saved_aside {
            say!("The database as it was is saved in {}.", aside.display());
        }
    }
    Ok(0)
}

pub(super) fn print_json<T: Serialize>(value: &T) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(value)?;
    say!("{text}");
    Ok(())
}

/// A file named on the command line: its bytes and the name messages call it by.
pub(super) fn read_input(file: &Path) -> Result<(Vec<u8>, String), CliError> {
    let bytes = std::fs::read(file).map_err(|source| CliError::Read {
        path: file.display().to_string(),
        source,
    })?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.display().to_string());
    Ok((bytes, name))
}

fn import_file(
    cli: &Cli,
    file: &Path,
    format: FormatChoice,
    maps: &[String],
    prune: bool,
    dry_run: bool,
) -> Result<u8, CliError> {
    if let Ok(meta) = std::fs::metadata(file) {
        import::refuse_too_large(meta.len(), &file.display().to_string())?;
    }
    let (bytes, name) = read_input(file)?;
    let options = ParseOptions {
        format,
        overrides: maps
            .iter()
            .map(|m| import::parse_map_arg(m))
            .collect::<Result<_, _>>()?,
    };
    let started = std::time::Instant::now();
    let list = import::parse(&bytes, &name, &options)?;
    let parsed = started.elapsed();
    let mut store = if dry_run {
        open(cli)?
    } else {
        open_or_create(cli)?
    };
    if !dry_run {
        store.refuse_the_sample()?;
    }
    let report = store.import_registrants(
        &list,
        &format!("import:{name}"),
        ImportOptions { prune, dry_run },
    )?;
    tracing::info!(?parsed, total = ?started.elapsed(), rows = list.registrants.len(), "imported");
    if cli.json {
        print_json(&report)?;
    } else {
        print_import_report(&name, &report);
        if !dry_run && store.event_state()? == EventState::Unnamed {
            say!(
                "The event has no name yet, so desks and badges say \"{}\": name it with \
                 frontdesk event --name NAME --venue VENUE --time-zone {} --starts-on \
                 YYYY-MM-DD --ends-on YYYY-MM-DD, or in the console's Settings.",
                store::event::UNNAMED,
                crate::time::computer_zone().name()
            );
        }
    }
    Ok(0)
}

fn print_import_report(name: &str, r: &ImportReport) {
    let delimiter = match r.delimiter.as_str() {
        "\t" => "tab",
        ";" => "semicolon",
        _ => "comma",
    };
    let verb = if r.dry_run {
        "Would import"
    } else {
        "Imported"
    };
    say!(
        "{verb} {name} ({}, {}, {delimiter}-separated): {} added, {} updated, {} unchanged; \
         {} not admitted; {} missing from the file{}.",
        r.format,
        r.encoding,
        r.added,
        r.updated,
        r.unchanged,
        r.not_admitted,
        r.missing_from_file,
        if r.pruned > 0 {
            format!(" ({} marked not admitted)", r.pruned)
        } else {
            String::new()
        }
    );
    if let Some(kept) = store::kept_sentence(r.kept_corrections) {
        say!("{kept}.");
    }
    if !r.replaced_corrections.is_empty() {
        say!("The file changed fields that had been corrected:");
        for replaced in &r.replaced_corrections {
            say!("  row {}: {}", replaced.row, replaced.describe());
        }
    }
    if !r.skipped.is_empty() {
        say!("Skipped {} rows:", r.skipped.len());
        for note in &r.skipped {
            say!("  row {}: {}", note.row, note.reason);
        }
    }
    if !r.warnings.is_empty() {
        say!("Imported with a warning:");
        for note in &r.warnings {
            say!("  row {}: {}", note.row, note.reason);
        }
    }
    if r.dry_run {
        say!("Nothing was changed (--dry-run).");
    }
}

fn list_attendees(cli: &Cli) -> Result<u8, CliError> {
    let store = open_to_read(cli)?;
    let people = store.attendees()?;
    if cli.json {
        print_json(&people)?;
        return Ok(0);
    }
    let zone = time::zone_of(store.event()?.as_ref());
    for a in &people {
        say!("{}", describe(a, zone));
    }
    say!("{} people.", people.len());
    Ok(0)
}

fn describe(a: &Attendee, zone: chrono_tz::Tz) -> String {
    let state = match (&a.checked_in_at, &a.checked_in_desk, a.status) {
        (Some(at), Some(desk), _) => {
            format!("checked in {} at {desk}", time::local_hhmm(at, zone))
        }
        (_, _, store::Status::NotAdmitted) => format!("not admitted: {}", a.status_reason),
        _ => "not checked in".to_string(),
    };
    let company = if a.company.is_empty() {
        String::new()
    } else {
        format!(", {}", a.company)
    };
    let ticket = if a.ticket_type.is_empty() {
        String::new()
    } else {
        format!(" [{}]", a.ticket_type)
    };
    format!(
        "{}  {}{company}{ticket} — {state}",
        a.badge_code, a.display_name
    )
}

fn check_in(cli: &Cli, code: &str, desk: &str, kiosk: bool) -> Result<u8, CliError> {
    let mut store = open(cli)?;
    let settings = crate::settings::Settings::load(&store)?;
    // A kiosk reads an email address as its owner, or as nobody.
    let lookup = if kiosk {
        kiosk::lookup(&store, code, settings.kiosk_email_search)?
    } else {
        KioskLookup::Code(code.to_string())
    };
    let who = match &lookup {
        KioskLookup::Code(code) => Some(Who::Code(code)),
        KioskLookup::Person(id) => Some(Who::Id(*id)),
        KioskLookup::NoMatch => None,
    };
    let (day, outcome, offline, pending) = match (who, super::hub::joined_hub(cli, &store)?) {
        (None, _) => (store.today()?, CheckIn::Unknown, false, 0),
        (Some(who), Some(mut hub)) => {
            // A second for the hub to answer at all; then the scan is decided here.
            hub.connect(CHECK_IN_DEADLINE)?;
            let answer = hub.check_in(&mut store, who, desk)?;
            // Waiting scans and the other desks' news, after the answer is decided.
            sync_quietly(&mut hub, &mut store, desk)?;
            let pending = store.journal_pending()?;
            (answer.day, answer.answer, answer.offline, pending)
        }
        (Some(Who::Code(code)), None) => {
            let (day, outcome) = store.check_in_with_day(code, desk)?;
            (day, outcome, false, 0)
        }
        (Some(Who::Id(id)), None) => {
            let (day, outcome) = store.check_in_id_with_day(id, desk)?;
            (day, outcome, false, 0)
        }
    };
    if kiosk {
        let printing = settings.print_at_check_in && matches!(outcome, CheckIn::CheckedIn(_));
        let answer = KioskAnswer::of(&outcome, &day, printing);
        // In the words the kiosk's screen would show: the event's language.
        let language = settings.event_language;
        if cli.json {
            print_json(&answer.to_json(language))?;
        } else {
            say!("{}", answer.headline(language.texts()));
            for line in answer.details(language.texts(), false) {
                say!("{line}");
            }
        }
        return Ok(exit_code(&outcome));
    }
    let zone = time::zone_of(store.event()?.as_ref());
    if cli.json {
        let mut json = serde_json::to_value(CheckInJson::new(&day, &outcome))?;
        json["offline"] = serde_json::json!(offline);
        json["pending"] = serde_json::json!(pending);
        print_json(&json)?;
    } else {
        let offline_note = if offline {
            format!(
                " (offline: {pending} {} waiting for the hub)",
                if pending == 1 { "scan" } else { "scans" }
            )
        } else {
            String::new()
        };
        say!("{}{offline_note}", say_outcome(&outcome, &day, zone));
    }
    Ok(exit_code(&outcome))
}

/// `checkin`'s exit status: a script tells the answers apart by it.
fn exit_code(outcome: &CheckIn) -> u8 {
    match outcome {
        CheckIn::CheckedIn(_) => exit::CHECKED_IN,
        CheckIn::AlreadyCheckedIn { .. } => exit::ALREADY_CHECKED_IN,
        CheckIn::NotAdmitted { .. } => exit::NOT_ADMITTED,
        CheckIn::Typo => exit::TYPO,
        CheckIn::Unknown => exit::UNKNOWN,
    }
}

/// `frontdesk tone NAME`: plays a desk's tone, or writes it as a WAV file.
fn tone(cli: &Cli, name: &str, out: Option<&Path>) -> Result<u8, CliError> {
    let tone = crate::sound::Tone::parse(name).ok_or_else(|| {
        CliError::Usage(format!(
            "\"{name}\" is not a tone; the tones are welcome, already and refused"
        ))
    })?;
    match out {
        Some(path) => crate::sound::write_wav(tone, path)?,
        None => crate::sound::play_to_end(tone)?,
    }
    if cli.json {
        print_json(&serde_json::json!({
            "tone": tone.name(),
            "millis": tone.millis(),
            "notes": tone.notes().iter().map(|n| serde_json::json!({"hz": n.hz, "ms": n.ms, "rest_ms": n.rest_ms})).collect::<Vec<_>>(),
            "out": out,
        }))?;
    } else if let Some(path) = out {
        say!(
            "Wrote the {} tone ({} ms) to {}.",
            tone.name(),
            tone.millis(),
            path.display()
        );
    }
    Ok(0)
}

/// Syncs with the hub if it answers; an unreachable hub only leaves scans waiting.
fn sync_quietly(hub: &mut HubDesk, store: &mut Store, desk: &str) -> Result<(), CliError> {
    match hub.sync(store, desk) {
        Ok(_) => Ok(()),
        Err(error) if error.keeps_the_desk_going() => Ok(()),
        Err(error) => Err(error.into()),
    }
}

fn say_outcome(outcome: &CheckIn, day: &EventDay, zone: chrono_tz::Tz) -> String {
    let on_day = day.label().map(|d| format!(" ({d})")).unwrap_or_default();
    match outcome {
        CheckIn::CheckedIn(a) if outcome.is_welcome_back(day) => {
            format!("Welcome back, {} — checked in{on_day}.", a.display_name)
        }
        CheckIn::CheckedIn(a) => format!("Welcome, {} — checked in{on_day}.", a.display_name),
        CheckIn::AlreadyCheckedIn {
            attendee,
            first_checked_in_at,
            first_desk,
        } => format!(
            "{} is already checked in{} at {} at {first_desk}.",
            attendee.display_name,
            if day.is_of_several() { " today" } else { "" },
            time::local_hhmm(first_checked_in_at, zone)
        ),
        CheckIn::NotAdmitted { attendee, reason } => {
            format!("{} is not admitted: {reason}.", attendee.display_name)
        }
        CheckIn::Typo => {
            "Check the code: it has a typo (its check character does not match).".to_string()
        }
        CheckIn::Unknown => "Code not found — search by name.".to_string(),
    }
}

fn undo(cli: &Cli, code: &str, desk: &str) -> Result<u8, CliError> {
    let mut store = open(cli)?;
    let outcome = match super::hub::joined_hub(cli, &store)? {
        Some(mut hub) => {
            hub.connect(CHECK_IN_DEADLINE)?;
            let answer = hub.undo(&mut store, Who::Code(code), desk)?.answer;
            sync_quietly(&mut hub, &mut store, desk)?;
            answer
        }
        None => store.undo_check_in(code, desk)?,
    };
    let (name, attendee, message) = match &outcome {
        Undo::Undone(a) => (
            "undone",
            Some(a),
            format!("Undid the check-in of {}.", a.display_name),
        ),
        Undo::NotCheckedIn(a) => (
            "not_checked_in",
            Some(a),
            format!("{} is not checked in; nothing to undo.", a.display_name),
        ),
        Undo::Typo => ("typo", None, "Check the code: it has a typo.".to_string()),
        Undo::Unknown => ("unknown", None, "Code not found.".to_string()),
    };
    if cli.json {
        print_json(&serde_json::json!({ "outcome": name, "attendee": attendee }))?;
    } else {
        say!("{message}");
    }
    Ok(match outcome {
        Undo::Undone(_) => 0,
        Undo::NotCheckedIn(_) => exit::NOT_CHECKED_IN,
        Undo::Typo => exit::TYPO,
        Undo::Unknown => exit::UNKNOWN,
    })
}

fn search(cli: &Cli, query: &str, limit: usize) -> Result<u8, CliError> {
    let store = open_to_read(cli)?;
    let index = store.search_index()?;
    let mut people = Vec::new();
    for hit in index.search(query, limit) {
        if let Some(a) = store.attendee(hit.id)? {
            people.push(a);
        }
    }
    if cli.json {
        print_json(&people)?;
        return Ok(0);
    }
    let zone = time::zone_of(store.event()?.as_ref());
    for a in &people {
        say!("{}  <{}>", describe(a, zone), text::mask_email(&a.email));
    }
    if people.is_empty() {
        say!("Nobody matches \"{query}\".");
    }
    Ok(0)
}

fn stats(cli: &Cli) -> Result<u8, CliError> {
    let store = open_to_read(cli)?;
    let stats = store.stats()?;
    if cli.json {
        print_json(&stats)?;
        return Ok(0);
    }
    say!(
        "{} registered, {} admitted, {} checked in.",
        stats.registered,
        stats.admitted,
        stats.checked_in
    );
    for (ticket, c) in &stats.by_ticket_type {
        say!(
            "  {ticket}: {} registered, {} admitted, {} checked in",
            c.registered,
            c.admitted,
            c.checked_in
        );
    }
    Ok(0)
}

fn export_csv(cli: &Cli, what: ExportKind, out: &Path) -> Result<u8, CliError> {
    let store = open_to_read(cli)?;
    // The whole report first, then the file in one step: a failed export leaves no half file.
    let mut csv = Vec::new();
    let (rows, noun) = match what {
        ExportKind::Attendees => (export::attendees(&store, &mut csv)?, "attendees"),
        ExportKind::Checkins => (export::checkins(&store, &mut csv)?, "log entries"),
    };
    crate::file::write_atomic(out, &csv)?;
    if cli.json {
        print_json(&serde_json::json!({ "rows": rows, "out": out }))?;
    } else {
        say!("Wrote {rows} {noun} to {}.", out.display());
    }
    Ok(0)
}

/// `frontdesk event`, given its name, venue, time zone, first day, last day and the hour the
/// day changes (each `None` when not given). On the sample event, a change needs
/// `replace_sample`: the organizer's event replaces it.
fn event(cli: &Cli, values: [&Option<String>; 6], replace_sample: bool) -> Result<u8, CliError> {
    let [name, venue, time_zone, starts_on, ends_on, day_changes_at] = values;
    let changing = values.iter().any(|v| v.is_some());
    // Setting the event's name starts an event; showing it needs one.
    let mut store = if changing {
        open_or_create(cli)?
    } else {
        open_to_read(cli)?
    };
    let state = store.event_state()?;
    if changing && state == EventState::Sample && !replace_sample {
        return Err(store::StoreError::SampleEvent.into());
    }
    // A new event (or one replacing the sample) starts in this computer's time zone.
    let starts_anew = changing && (state == EventState::Sample || store.event()?.is_none());
    let mut event = if starts_anew {
        Event {
            time_zone: crate::time::computer_zone(),
            ..Event::default()
        }
    } else {
        store.event_or_default()?
    };
    if let Some(time) = day_changes_at {
        event.day_changes_at = store::event::parse_day_change(time)?;
    }
    if let Some(zone) = time_zone {
        event.time_zone = store::event::parse_zone(zone)?;
    }
    if let Some(day) = starts_on {
        event.starts_on = store::event::parse_day(day, Day::First)?;
    }
    if let Some(day) = ends_on {
        event.ends_on = store::event::parse_day(day, Day::Last)?;
    }
    if let Some(v) = name {
        event.name = v.clone();
    }
    if let Some(v) = venue {
        event.venue = v.clone();
    }
    if changing {
        // The same rules as the console's Settings form: a name, the days in order.
        let report = store.start_own_event(event.validated()?)?;
        if let Some(removed) = &report.removed_sample
            && !cli.json
        {
            say!(
                "Removed the sample event: {} registrants, {} check-in log entries and its \
                 agenda.",
                removed.attendees,
                removed.log_entries
            );
        }
        event = report.event;
    }
    if cli.json {
        print_json(&event)?;
    } else {
        say!(
            "{} — {} ({}), {} to {}; the day changes at {}",
            event.name,
            event.venue,
            event.time_zone.name(),
            day(event.starts_on),
            day(event.ends_on),
            event.day_changes_at.format("%H:%M")
        );
    }
    Ok(0)
}

fn day(date: Option<chrono::NaiveDate>) -> String {
    date.map_or_else(|| "?".to_string(), |d| d.to_string())
}
