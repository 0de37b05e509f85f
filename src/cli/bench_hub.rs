//! `frontdesk bench hub --hub URL`: the hub's speed figures, measured against a PostgreSQL
//! database the organizer gives (an empty one: the benchmark fills it with a generated event),
//! with desks in temporary databases on this computer.
//!
//! a. online check-in at one desk (the hub's transaction and the desk's own commit);
//! b. a check-in at desk A until desk B shows that person as checked in;
//! c. 10,000 scans made offline, then delivered with one sync;
//! d. a rush: 40 desks at 10 scans a second each against the whole event.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, mpsc};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use clap::Args;
use serde::Serialize;
use uuid::Uuid;

use super::Cli;
use super::bench::{Lcg, generate_csv, percentile};
use super::commands::CliError;
use crate::checkin::CheckIn;
use crate::hub::{CHECK_IN_DEADLINE, HubConnection, HubDesk, HubError, HubUrl};
use crate::import::{self, ParseOptions};
use crate::store::hub::{self as hub_sql, HubAnswer, HubScan, ScanAction};
use crate::store::{ImportOptions, Status, Store, Who};

#[derive(Debug, Args)]
pub struct BenchHubArgs {
    /// People in the generated event the hub is started with.
    #[arg(long, default_value_t = 50_000)]
    attendees: usize,
}

/// The generated event's name: a hub holding an event of another name is refused, so that the
/// benchmark never replaces a real event.
const EVENT_NAME: &str = "frontdesk hub benchmark";
const DESK_A: &str = "Bench desk A";
const DESK_B: &str = "Bench desk B";

/// Online check-ins measured at one desk (a).
const ONLINE_SAMPLES: usize = 2_000;
/// People checked in at A and watched for at B (b).
const SEEN_SAMPLES: usize = 20;
/// Scans made offline, then delivered (c).
const JOURNAL_SCANS: usize = 10_000;
/// The rush (d).
const RUSH_DESKS: usize = 40;
const RUSH_SCANS_PER_SECOND: u32 = 10;
const RUSH_LENGTH: Duration = Duration::from_secs(15);
/// One scan in this many of the rush is a person this desk scanned a moment ago.
const RUSH_REPEAT_EVERY: usize = 10;

/// How long the benchmark waits for desk B before it calls the figure failed.
const SEEN_GIVE_UP: Duration = Duration::from_secs(10);

#[derive(Debug, Serialize)]
struct HubFigures {
    hub: String,
    attendees: usize,
    import_s: f64,
    hub_init_s: f64,
    join_s: f64,
    online_check_in: Latencies,
    /// Check-ins answered from the desk's copy although the hub was up: 0 expected.
    online_answered_offline: usize,
    seen_at_other_desk: Latencies,
    journal: Journal,
    rush: Rush,
    hub_admissions: i64,
    expected_admissions: i64,
    total_s: f64,
}

/// Wall times in milliseconds.
#[derive(Debug, Serialize)]
struct Latencies {
    measured: usize,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

#[derive(Debug, Serialize)]
struct Journal {
    scans: usize,
    offline_check_in: Latencies,
    /// The sync that delivered them: journal, then the feed back, then the heartbeat.
    sync_s: f64,
    delivered: u64,
    conflicts: u64,
    pending_after: u64,
}

#[derive(Debug, Serialize)]
struct Rush {
    desks: usize,
    scans_per_desk_per_s: u32,
    /// From the start until the last desk's last answer.
    seconds: f64,
    scans: usize,
    scans_per_s: f64,
    latency: Latencies,
    admitted: usize,
    already: usize,
    errors: usize,
    /// How far the slowest desk fell behind its own rhythm of scans.
    max_behind_ms: f64,
}

pub fn run(cli: &Cli, args: &BenchHubArgs) -> Result<u8, CliError> {
    let url = cli.hub.as_deref().ok_or_else(|| {
        CliError::Usage(
            "name the hub to measure: --hub postgresql://USER:PASSWORD@HOST:5432/DATABASE \
             (an empty database: the benchmark fills it with a generated event)"
                .into(),
        )
    })?;
    let url = HubUrl::parse(url)?;
    let dir = std::env::temp_dir().join(format!(
        "frontdesk-bench-hub-{}-{}",
        std::process::id(),
        Uuid::now_v7().simple()
    ));
    let result = measure(&dir, &url, args.attendees);
    let _ = std::fs::remove_dir_all(&dir);
    let figures = result?;
    if cli.json {
        say!("{}", serde_json::to_string_pretty(&figures)?);
    } else {
        print_table(&figures);
    }
    Ok(0)
}

fn measure(dir: &Path, url: &HubUrl, attendees: usize) -> Result<HubFigures, CliError> {
    let all_started = Instant::now();
    std::fs::create_dir_all(dir).map_err(|source| CliError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let mut hub_a = HubDesk::new(url.clone());
    if let Some(name) = hub_a.probe()?
        && name != EVENT_NAME
    {
        return Err(CliError::Failed(format!(
            "the hub at {} holds the event \"{name}\"; the benchmark replaces what its hub \
             holds, so give it an empty database",
            url.shown
        )));
    }

    // The organizer's desk: the generated event, imported, then the hub started from it.
    let mut a = Store::open(&dir.join("a.sqlite"))?;
    let started = Instant::now();
    let csv = generate_csv(attendees);
    let list = import::parse(&csv, "generated.csv", &ParseOptions::default())?;
    a.import_registrants(&list, "import:generated.csv", ImportOptions::default())?;
    let import_s = secs(started.elapsed());
    let mut event = a.event_or_default()?;
    event.name = EVENT_NAME.to_string();
    a.set_event(&event)?;
    let started = Instant::now();
    hub_a.init(&mut a, true)?;
    hub_a.sync(&mut a, DESK_A)?;
    let hub_init_s = secs(started.elapsed());

    let mut b = Store::open(&dir.join("b.sqlite"))?;
    let mut hub_b = HubDesk::new(url.clone());
    let started = Instant::now();
    hub_b.join(&mut b, DESK_B)?;
    let join_s = secs(started.elapsed());

    let codes: Vec<String> = a
        .attendees()?
        .into_iter()
        .filter(|person| person.status == Status::Admitted)
        .map(|person| person.badge_code.canonical().to_string())
        .collect();
    if codes.len() < 100 {
        return Err(CliError::Usage(
            "the hub benchmark needs at least 100 admitted people: give --attendees 1000 or more"
                .into(),
        ));
    }
    let mut people = codes.clone();
    shuffle(&mut people, &mut Lcg(11));
    let online_count = ONLINE_SAMPLES.min(people.len() / 5);
    let seen_count = SEEN_SAMPLES.min(people.len() / 5);
    // Half of the rest at most: the rush (d) still finds people to admit.
    let journal_count = JOURNAL_SCANS.min((people.len() - online_count - seen_count) / 2);
    let (online_people, rest) = people.split_at(online_count);
    let (seen_people, rest) = rest.split_at(seen_count);
    let journal_people = &rest[..journal_count];

    // a. Online check-ins at A.
    let mut times = Vec::with_capacity(online_people.len());
    let mut answered_offline = 0;
    let mut day = None;
    for code in online_people {
        let started = Instant::now();
        let answer = hub_a.check_in(&mut a, Who::Code(code), DESK_A)?;
        times.push(started.elapsed());
        answered_offline += usize::from(answer.offline);
        expect_checked_in(&answer.answer, code)?;
        day.get_or_insert(answer.day.date);
    }
    let online_check_in = latencies(&mut times);
    let day = day.ok_or_else(|| CliError::Failed("no check-in was measured".into()))?;

    // b. From a check-in at A to B showing it: B follows the hub as a desk window does.
    let (seen_at_other_desk, mut b) = watch_from_b(&mut hub_a, &mut a, b, hub_b, seen_people)?;

    // c. B loses the hub (a desk that never reached it), checks everyone in from its own copy,
    // then delivers the journal with one sync.
    let mut offline_b = HubDesk::new(url.clone());
    let mut times = Vec::with_capacity(journal_people.len());
    let mut pending = 0;
    for code in journal_people {
        let started = Instant::now();
        let answer = offline_b.check_in(&mut b, Who::Code(code), DESK_B)?;
        times.push(started.elapsed());
        if !answer.offline {
            return Err(CliError::Failed(format!(
                "{code} was checked in online by a desk that should have no hub"
            )));
        }
        expect_checked_in(&answer.answer, code)?;
        pending = answer.pending;
    }
    let offline_check_in = latencies(&mut times);
    if pending != journal_people.len() as u64 {
        return Err(CliError::Failed(format!(
            "{pending} scans wait in the journal, {} were made",
            journal_people.len()
        )));
    }
    let started = Instant::now();
    let report = offline_b.sync(&mut b, DESK_B)?;
    let sync_s = secs(started.elapsed());
    let journal = Journal {
        scans: journal_people.len(),
        offline_check_in,
        sync_s,
        delivered: report.delivered,
        conflicts: report.conflicts,
        pending_after: b.journal_pending()?,
    };
    if journal.pending_after != 0 || journal.delivered != journal.scans as u64 {
        return Err(CliError::Failed(format!(
            "the sync delivered {} of {} scans; {} still wait",
            journal.delivered, journal.scans, journal.pending_after
        )));
    }
    let before_rush = admissions(url)?;
    let expected = (online_people.len() + seen_people.len() + journal_people.len()) as i64;
    if before_rush != expected {
        return Err(CliError::Failed(format!(
            "the hub holds {before_rush} admissions after the journal's delivery; \
             {expected} people were checked in"
        )));
    }

    // d. The rush.
    let rush = rush(url, &codes, day)?;
    let hub_admissions = admissions(url)?;
    let expected_admissions = expected + rush.admitted as i64;
    Ok(HubFigures {
        hub: url.shown.clone(),
        attendees,
        import_s,
        hub_init_s,
        join_s,
        online_check_in,
        online_answered_offline: answered_offline,
        seen_at_other_desk,
        journal,
        rush,
        hub_admissions,
        expected_admissions,
        total_s: secs(all_started.elapsed()),
    })
}

/// Checks `people` in at A one after another, a moment apart, while B waits for the hub's
/// notice and syncs; each figure runs from the scan at A until B counts the person in.
fn watch_from_b(
    hub_a: &mut HubDesk,
    a: &mut Store,
    b: Store,
    hub_b: HubDesk,
    people: &[String],
) -> Result<(Latencies, Store), CliError> {
    let stop = Arc::new(AtomicBool::new(false));
    let (seen, seen_here) = mpsc::channel::<(Instant, u64)>();
    let follower = {
        let stop = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("bench-desk-b".into())
            .spawn(move || follow(b, hub_b, &stop, &seen))
            .map_err(|e| CliError::Failed(format!("cannot start desk B: {e}")))?
    };
    let result = (|| {
        let mut checked_in = a.counts()?.checked_in;
        wait_until_seen(&seen_here, checked_in)?;
        let mut pause = Lcg(5);
        let mut times = Vec::with_capacity(people.len());
        for code in people {
            // B idles between scans, as a desk does between people.
            std::thread::sleep(Duration::from_millis(50 + pause.below(200) as u64));
            let started = Instant::now();
            let answer = hub_a.check_in(a, Who::Code(code), DESK_A)?;
            expect_checked_in(&answer.answer, code)?;
            checked_in += 1;
            let at = wait_until_seen(&seen_here, checked_in)?;
            times.push(at.saturating_duration_since(started));
        }
        Ok::<_, CliError>(latencies(&mut times))
    })();
    stop.store(true, Ordering::SeqCst);
    let b = follower
        .join()
        .map_err(|_| CliError::Failed("desk B stopped with a panic".into()))??;
    Ok((result?, b))
}

/// Desk B's loop: wait up to a second for the hub's notice, then sync; after each sync, says
/// how many people it counts in.
fn follow(
    mut b: Store,
    mut hub_b: HubDesk,
    stop: &AtomicBool,
    seen: &mpsc::Sender<(Instant, u64)>,
) -> Result<Store, CliError> {
    while !stop.load(Ordering::SeqCst) {
        hub_b.wait_for_change(Duration::from_secs(1));
        hub_b.sync(&mut b, DESK_B)?;
        let _ = seen.send((Instant::now(), b.counts()?.checked_in));
    }
    Ok(b)
}

fn wait_until_seen(seen: &mpsc::Receiver<(Instant, u64)>, count: u64) -> Result<Instant, CliError> {
    let give_up = Instant::now() + SEEN_GIVE_UP;
    loop {
        let left = give_up.saturating_duration_since(Instant::now());
        match seen.recv_timeout(left) {
            Ok((at, counted)) if counted >= count => return Ok(at),
            Ok(_) => {}
            Err(_) => {
                return Err(CliError::Failed(format!(
                    "desk B did not count {count} people in within {} s",
                    SEEN_GIVE_UP.as_secs()
                )));
            }
        }
    }
}

/// What one simulated desk of the rush measured.
#[derive(Default)]
struct DeskRun {
    times: Vec<Duration>,
    admitted: usize,
    already: usize,
    errors: usize,
    max_behind: Duration,
}

/// 40 desks, each with its own connection, scanning at its own steady rhythm: a scan is a
/// new scan id, a random person of the event, now and then someone this desk just scanned.
fn rush(url: &HubUrl, codes: &[String], day: NaiveDate) -> Result<Rush, CliError> {
    let mut connections = Vec::with_capacity(RUSH_DESKS);
    for _ in 0..RUSH_DESKS {
        connections.push(HubConnection::open(url, Duration::from_secs(10))?);
    }
    let interval = Duration::from_secs(1) / RUSH_SCANS_PER_SECOND;
    let start_line = Arc::new(Barrier::new(RUSH_DESKS + 1));
    let (runs, took): (Vec<DeskRun>, Duration) = std::thread::scope(|scope| {
        let handles: Vec<_> = connections
            .into_iter()
            .enumerate()
            .map(|(index, connection)| {
                let start_line = Arc::clone(&start_line);
                scope.spawn(move || {
                    start_line.wait();
                    // The desks' rhythms are spread over the interval, as people arrive.
                    let phase = interval * index as u32 / RUSH_DESKS as u32;
                    simulated_desk(url, connection, index, codes, day, phase, interval)
                })
            })
            .collect();
        start_line.wait();
        let began = Instant::now();
        let runs = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect();
        (runs, began.elapsed())
    });
    let mut times: Vec<Duration> = runs.iter().flat_map(|r| r.times.clone()).collect();
    let scans = times.len() + runs.iter().map(|r| r.errors).sum::<usize>();
    let seconds = secs(took);
    Ok(Rush {
        desks: RUSH_DESKS,
        scans_per_desk_per_s: RUSH_SCANS_PER_SECOND,
        seconds,
        scans,
        scans_per_s: (scans as f64 / seconds.max(1e-3) * 10.0).round() / 10.0,
        latency: latencies(&mut times),
        admitted: runs.iter().map(|r| r.admitted).sum(),
        already: runs.iter().map(|r| r.already).sum(),
        errors: runs.iter().map(|r| r.errors).sum(),
        max_behind_ms: ms(runs.iter().map(|r| r.max_behind).max().unwrap_or_default()),
    })
}

fn simulated_desk(
    url: &HubUrl,
    mut connection: HubConnection,
    index: usize,
    codes: &[String],
    day: NaiveDate,
    phase: Duration,
    interval: Duration,
) -> DeskRun {
    let desk = format!("Rush desk {:02}", index + 1);
    let mut random = Lcg(1_000 + index as u64);
    let mut recent: Vec<String> = Vec::new();
    let mut run = DeskRun::default();
    let started = Instant::now();
    for n in 0.. {
        let due = phase + interval * n;
        let now = started.elapsed();
        // A desk the hub slows down keeps scanning the queue in front of it, until the end.
        if due >= RUSH_LENGTH || now >= RUSH_LENGTH {
            break;
        }
        if due > now {
            std::thread::sleep(due - now);
        } else {
            run.max_behind = run.max_behind.max(now - due);
        }
        let code = if !recent.is_empty() && random.below(RUSH_REPEAT_EVERY) == 0 {
            recent[random.below(recent.len())].clone()
        } else {
            codes[random.below(codes.len())].clone()
        };
        if recent.len() == 20 {
            recent.remove(0);
        }
        recent.push(code.clone());
        let scan = HubScan {
            scan_id: Uuid::now_v7(),
            action: ScanAction::CheckIn,
            badge_code: code,
            day,
            desk: desk.clone(),
            scanned_at: Utc::now(),
            undoes: None,
            offline: false,
        };
        if connection.is_closed() {
            match HubConnection::open(url, CHECK_IN_DEADLINE) {
                Ok(fresh) => connection = fresh,
                Err(_) => {
                    run.errors += 1;
                    continue;
                }
            }
        }
        let asked = Instant::now();
        let answer = connection.call(CHECK_IN_DEADLINE, move |client| {
            Box::pin(async move { hub_sql::submit_one(client, &scan, false).await })
        });
        let took = asked.elapsed();
        match answer {
            Ok(HubAnswer::Admitted) => {
                run.admitted += 1;
                run.times.push(took);
            }
            Ok(HubAnswer::Already { .. }) => {
                run.already += 1;
                run.times.push(took);
            }
            Ok(other) => {
                tracing::warn!(?other, "a rush check-in got an odd answer");
                run.errors += 1;
            }
            Err(error) => {
                tracing::warn!(%error, "a rush check-in failed");
                run.errors += 1;
            }
        }
    }
    run
}

/// How many admissions the hub holds.
fn admissions(url: &HubUrl) -> Result<i64, HubError> {
    let mut connection = HubConnection::open(url, Duration::from_secs(10))?;
    connection.call(Duration::from_secs(10), |client| {
        Box::pin(async move {
            Ok(client
                .query_one("SELECT count(*) FROM admission", &[])
                .await?
                .get::<_, i64>(0))
        })
    })
}

fn expect_checked_in(answer: &CheckIn, code: &str) -> Result<(), CliError> {
    match answer {
        CheckIn::CheckedIn(_) => Ok(()),
        other => Err(CliError::Failed(format!(
            "{code} was answered {} where a first check-in was expected",
            other.name()
        ))),
    }
}

fn shuffle<T>(items: &mut [T], random: &mut Lcg) {
    for i in (1..items.len()).rev() {
        items.swap(i, random.below(i + 1));
    }
}

fn latencies(times: &mut [Duration]) -> Latencies {
    let max = times.iter().max().copied().unwrap_or_default();
    Latencies {
        measured: times.len(),
        p50_ms: micros_as_ms(percentile(times, 50)),
        p99_ms: micros_as_ms(percentile(times, 99)),
        max_ms: ms(max),
    }
}

fn micros_as_ms(micros: u128) -> f64 {
    (micros as f64 / 10.0).round() / 100.0
}

/// Seconds, to the millisecond.
fn secs(duration: Duration) -> f64 {
    (duration.as_secs_f64() * 1_000.0).round() / 1_000.0
}

fn ms(duration: Duration) -> f64 {
    micros_as_ms(duration.as_micros())
}

fn print_table(f: &HubFigures) {
    let met = |ok: bool| if ok { "met" } else { "MISSED" };
    say!(
        "Hub at {}, {} attendees: import {:.1} s, hub init {:.1} s, join of a second desk {:.1} s",
        f.hub,
        f.attendees,
        f.import_s,
        f.hub_init_s,
        f.join_s
    );
    say!(
        "{:<46} {:>6} {:>9} {:>9} {:>9}  goal",
        "figure",
        "count",
        "p50 ms",
        "p99 ms",
        "max ms"
    );
    let row = |name: &str, l: &Latencies, goal: String| {
        say!(
            "{name:<46} {:>6} {:>9.2} {:>9.2} {:>9.2}  {goal}",
            l.measured,
            l.p50_ms,
            l.p99_ms,
            l.max_ms
        );
    };
    let online = &f.online_check_in;
    row(
        "a. online check-in, one desk",
        online,
        format!(
            "p99 < 10 ms: {}{}",
            met(online.p99_ms < 10.0),
            if f.online_answered_offline > 0 {
                format!(" ({} answered offline)", f.online_answered_offline)
            } else {
                String::new()
            }
        ),
    );
    let seen = &f.seen_at_other_desk;
    row(
        "b. check-in at A until desk B shows it",
        seen,
        format!("< 1 s: {}", met(seen.max_ms < 1_000.0)),
    );
    let journal = &f.journal;
    row(
        "c. offline check-in (journaled)",
        &journal.offline_check_in,
        String::new(),
    );
    say!(
        "{:<46} {:>6} {:>29}  < 10 s: {}",
        format!("c. {} offline scans delivered by one sync", journal.scans),
        journal.delivered,
        format!(
            "{:.2} s ({:.0} scans/s)",
            journal.sync_s,
            journal.delivered as f64 / journal.sync_s.max(1e-9)
        ),
        met(journal.sync_s < 10.0 && journal.pending_after == 0)
    );
    let rush = &f.rush;
    row(
        &format!(
            "d. {} desks x {} scans/s, {:.0} s",
            rush.desks, rush.scans_per_desk_per_s, rush.seconds
        ),
        &rush.latency,
        format!(
            "0 errors: {} ({} errors)",
            met(rush.errors == 0),
            rush.errors
        ),
    );
    say!(
        "   rush: {} scans ({:.0}/s), {} admitted, {} already checked in; slowest desk fell \
         {:.0} ms behind its rhythm",
        rush.scans,
        rush.scans_per_s,
        rush.admitted,
        rush.already,
        rush.max_behind_ms
    );
    say!(
        "The hub holds {} admissions ({} expected); {} conflicts; {} scans still wait. Total {:.1} s.",
        f.hub_admissions,
        f.expected_admissions,
        journal.conflicts,
        journal.pending_after,
        f.total_s
    );
}
