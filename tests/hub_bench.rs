//! The hub's figures that need a network that lags or drops, through the tests' relay: run by
//! tests/bench/hub.sh (`cargo test --release --test hub_bench -- --ignored --nocapture`), never
//! by a plain `cargo test`. Each prints what it measured and asserts only that the desks still
//! work: speed goals are read from the figures, not failed on a busy machine.

mod common;

use std::time::{Duration, Instant};

use common::pg::Cluster;
use common::relay::Relay;
use frontdesk::checkin::CheckIn;
use frontdesk::hub::{DeskAnswer, HubConnection, HubDesk, HubUrl};
use frontdesk::import::{self, ParseOptions};
use frontdesk::store::{ImportOptions, Status, Store, Who};

/// One desk: its own database, and its way to the hub.
struct Desk {
    _dir: tempfile::TempDir,
    store: Store,
    hub: HubDesk,
    name: String,
}

impl Desk {
    fn check_in(&mut self, code: &str) -> (Duration, DeskAnswer) {
        let started = Instant::now();
        let answer = self
            .hub
            .check_in(&mut self.store, Who::Code(code), &self.name)
            .expect("a check-in is answered");
        (started.elapsed(), answer)
    }
}

fn url(text: &str) -> HubUrl {
    HubUrl::parse(text).expect("a hub URL")
}

/// An organizer's database with `people` generated registrants, started as the hub's first
/// desk; with the admitted people's badge codes.
fn first_desk(hub: &str, people: usize) -> (Desk, Vec<String>) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut store = Store::open(&dir.path().join("desk.sqlite")).expect("database opens");
    let csv = frontdesk::cli::generate_csv(people);
    let list = import::parse(&csv, "generated.csv", &ParseOptions::default()).expect("parses");
    store
        .import_registrants(&list, "import:generated.csv", ImportOptions::default())
        .expect("imports");
    let mut hub = HubDesk::new(url(hub));
    hub.init(&mut store, false).expect("the hub starts");
    hub.sync(&mut store, "Desk 1").expect("first sync");
    let codes = store
        .attendees()
        .expect("attendees")
        .into_iter()
        .filter(|a| a.status == Status::Admitted)
        .map(|a| a.badge_code.canonical().to_string())
        .collect();
    let desk = Desk {
        _dir: dir,
        store,
        hub,
        name: "Desk 1".into(),
    };
    (desk, codes)
}

fn joined(name: &str, hub: &str) -> Desk {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut store = Store::open(&dir.path().join("desk.sqlite")).expect("database opens");
    let mut hub = HubDesk::new(url(hub));
    hub.join(&mut store, name).expect("the desk joins");
    Desk {
        _dir: dir,
        store,
        hub,
        name: name.into(),
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1_000.0
}

/// p50, p99 and max in milliseconds.
fn spread(times: &mut [Duration]) -> (f64, f64, f64) {
    times.sort_unstable();
    let at = |p: usize| ms(times[(times.len() - 1) * p / 100]);
    (at(50), at(99), ms(*times.last().expect("a time")))
}

/// One round trip to the hub through the relay: a simple query, one message each way.
fn round_trip(hub: &str) -> Duration {
    let mut connection = HubConnection::open(&url(hub), Duration::from_secs(30)).expect("opens");
    let mut times: Vec<Duration> = (0..10)
        .map(|_| {
            let started = Instant::now();
            connection
                .call(Duration::from_secs(10), |client| {
                    Box::pin(async move {
                        client.simple_query("SELECT 1").await?;
                        Ok(())
                    })
                })
                .expect("SELECT 1");
            started.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[times.len() / 2]
}

/// (e) Online check-ins through a network with 20 ms each way: the figure to compare with one
/// round trip plus the two commits.
#[test]
#[ignore = "a benchmark: run by tests/bench/hub.sh"]
fn bench_online_check_in_through_a_20_ms_network() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let (_first, codes) = first_desk(&cluster.url(), 200);
    let relay = Relay::start(cluster.port());
    let via = cluster.url_via(relay.port());
    let mut desk = joined("Desk 2", &via);
    let mut people = codes.iter();
    let mut measure = |desk: &mut Desk, count: usize| {
        let mut times = Vec::with_capacity(count);
        for code in people.by_ref().take(count) {
            let (took, answer) = desk.check_in(code);
            assert!(!answer.offline, "{code} answered offline after {took:?}");
            assert!(matches!(answer.answer, CheckIn::CheckedIn(_)), "{code}");
            times.push(took);
        }
        spread(&mut times)
    };
    let (near_p50, near_p99, _) = measure(&mut desk, 50);
    let near_trip = round_trip(&via);
    relay.set_delay(Duration::from_millis(20));
    let trip = round_trip(&via);
    let (p50, p99, max) = measure(&mut desk, 40);
    let added = trip.saturating_sub(near_trip);
    eprintln!(
        "(e) online check-in through the relay: no delay p50 {near_p50:.1} ms p99 {near_p99:.1} \
         ms (round trip {:.2} ms); 20 ms each way p50 {p50:.1} ms p99 {p99:.1} ms max \
         {max:.1} ms, one round trip {:.1} ms: a check-in costs {:.1} round trips",
        ms(near_trip),
        ms(trip),
        (p50 - near_p50) / ms(added).max(1e-9)
    );

    // Farther: 40 ms each way, as over a hub in another building's network or a VPN.
    relay.set_delay(Duration::from_millis(40));
    for code in people.take(3) {
        reconnect(&mut desk);
        let (took, answer) = desk.check_in(code);
        eprintln!(
            "(e) 40 ms each way: {code} answered in {:.0} ms, {}",
            ms(took),
            if answer.offline {
                "offline (past the 1 s deadline)"
            } else {
                "online"
            }
        );
    }
}

/// Connects a desk that lost its connection, as its next background sync would, and says how
/// long that took and how many attempts.
fn reconnect(desk: &mut Desk) -> (Duration, u32) {
    let started = Instant::now();
    for attempt in 1..=20 {
        if desk
            .hub
            .connect(Duration::from_secs(10))
            .expect("an unreachable hub is an answer")
        {
            return (started.elapsed(), attempt);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{} did not reconnect within 2 s", desk.name);
}

/// (f) The network drops silently: the first scan is answered offline after the deadline,
/// the next ones at once; when the network is back, one sync delivers them all.
#[test]
#[ignore = "a benchmark: run by tests/bench/hub.sh"]
fn bench_first_scans_after_the_network_drops() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let (_first, codes) = first_desk(&cluster.url(), 100);
    let relay = Relay::start(cluster.port());
    let mut desk = joined("Desk 2", &cluster.url_via(relay.port()));
    let (took, answer) = desk.check_in(&codes[0]);
    assert!(!answer.offline);
    eprintln!("(f) online before the drop: {:.1} ms", ms(took));
    relay.blackhole();
    let mut times = Vec::new();
    for (index, code) in codes[1..12].iter().enumerate() {
        let (took, answer) = desk.check_in(code);
        assert!(answer.offline, "{code} answered online through a blackhole");
        assert!(matches!(answer.answer, CheckIn::CheckedIn(_)), "{code}");
        eprintln!(
            "(f) scan {} after the drop: offline in {:.1} ms{}",
            index + 1,
            ms(took),
            if index == 0 { " (goal < 1.5 s)" } else { "" }
        );
        times.push(took);
    }
    assert!(
        times[0] < Duration::from_secs(5),
        "first scan: {:?}",
        times[0]
    );
    assert!(
        times[1..].iter().all(|t| *t < Duration::from_secs(1)),
        "the following scans waited: {times:?}"
    );
    relay.restore();
    let restored = Instant::now();
    let mut attempts = 0;
    let report = loop {
        attempts += 1;
        match desk.hub.sync(&mut desk.store, "Desk 2") {
            Ok(report) => break report,
            Err(error)
                if error.is_unreachable() && restored.elapsed() < Duration::from_secs(10) =>
            {
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(error) => panic!("the sync after the network came back: {error}"),
        }
    };
    eprintln!(
        "(f) network back: {} scans delivered {:.0} ms later ({attempts} sync attempts), {} \
         waiting",
        report.delivered,
        ms(restored.elapsed()),
        report.pending
    );
    assert_eq!(report.pending, 0);
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "12");

    // At a desk window, a background sync (its calls give up after 1 s) runs every second
    // under the same lock as the scans: a scan can arrive just as a sync starts waiting for a
    // network that has just gone silent.
    desk.hub = HubDesk::new(url(&cluster.url_via(relay.port())))
        .with_sync_deadline(frontdesk::ui::db::WINDOW_SYNC_DEADLINE);
    reconnect(&mut desk);
    desk.hub
        .sync(&mut desk.store, "Desk 2")
        .expect("a sync while the network is up");
    relay.blackhole();
    let desk = std::sync::Mutex::new(desk);
    let (took, answer) = std::thread::scope(|scope| {
        scope.spawn(|| {
            let mut desk = desk.lock().expect("the desk");
            let desk = &mut *desk;
            let _ = desk.hub.sync(&mut desk.store, "Desk 2");
        });
        std::thread::sleep(Duration::from_millis(20));
        let scanned = Instant::now();
        let answer = desk.lock().expect("the desk").check_in(&codes[12]).1;
        (scanned.elapsed(), answer)
    });
    assert!(answer.offline);
    eprintln!(
        "(f) a scan just after a window's background sync started into the drop: offline in \
         {:.0} ms (goal < 1.5 s)",
        ms(took)
    );
    relay.restore();
}

/// (g) A desk's network drops while its check-in is on the way. A check-in is one statement
/// (the hub's `submit_scans`), so the hub never holds a transaction open for a desk that
/// went silent: the other desks' check-ins must stay online, with nothing idle in a
/// transaction and nobody waiting for a lock at the hub.
#[test]
#[ignore = "a benchmark: run by tests/bench/hub.sh"]
fn bench_a_desk_cut_off_in_the_middle_of_a_check_in() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let (mut near, codes) = first_desk(&cluster.url(), 100);
    let relay = Relay::start(cluster.port());
    let mut far = joined("Desk 2", &cluster.url_via(relay.port()));
    relay.set_delay(Duration::from_millis(150));
    let (took, answer) = near.check_in(&codes[0]);
    assert!(!answer.offline);
    eprintln!(
        "(g) desk 1 (next to the hub) before: online in {:.1} ms",
        ms(took)
    );
    std::thread::scope(|scope| {
        let far_scan = scope.spawn(|| far.check_in(&codes[1]));
        // Desk 2's check-in is inside the relay, 150 ms from the hub, when the network goes.
        std::thread::sleep(Duration::from_millis(100));
        relay.blackhole();
        let (took, answer) = far_scan.join().expect("desk 2's scan");
        eprintln!(
            "(g) desk 2, cut off in the middle of its check-in: {} after {:.0} ms",
            if answer.offline { "offline" } else { "online" },
            ms(took)
        );
    });
    let stalled = Instant::now();
    for code in &codes[2..7] {
        let (reconnected, attempts) = reconnect(&mut near);
        let (took, answer) = near.check_in(code);
        let stuck = cluster.psql(
            "SELECT count(*) FILTER (WHERE state = 'idle in transaction'),
                    count(*) FILTER (WHERE wait_event_type = 'Lock')
             FROM pg_stat_activity WHERE datname = 'hub'",
        );
        eprintln!(
            "(g) desk 1, {:.1} s into the stall: {} in {:.0} ms (reconnected in {:.0} ms, \
             {attempts} attempts); at the hub, sessions idle in a transaction | waiting for a \
             lock: {stuck}",
            stalled.elapsed().as_secs_f64(),
            if answer.offline { "offline" } else { "online" },
            ms(took),
            ms(reconnected)
        );
    }
    // The network comes back: desk 2 delivers what it decided offline.
    relay.restore();
    relay.set_delay(Duration::ZERO);
    std::thread::sleep(Duration::from_millis(200));
    reconnect(&mut near);
    let (took, answer) = near.check_in(&codes[7]);
    eprintln!(
        "(g) desk 1 after desk 2's network is back: {} in {:.1} ms",
        if answer.offline { "offline" } else { "online" },
        ms(took)
    );
    for desk in [&mut near, &mut far] {
        let started = Instant::now();
        loop {
            match desk.hub.sync(&mut desk.store, &desk.name.clone()) {
                Ok(report) if report.pending == 0 => break,
                Ok(_) => {}
                Err(error) if error.is_unreachable() => {}
                Err(error) => panic!("{}: {error}", desk.name),
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{} syncs",
                desk.name
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "8");
}

/// (h) The rush of `frontdesk bench hub` (40 desks, 10 scans a second each) through a network
/// with `one_way` each way: every check-in holds the hub's one lock for most of its round
/// trips, so the round trip bounds how many check-ins the whole hub makes a second.
fn rush_through(cluster: &Cluster, relay: &Relay, codes: &[String], one_way: Duration) {
    const DESKS: usize = 40;
    const LENGTH: Duration = Duration::from_secs(8);
    let interval = Duration::from_millis(100);
    let hub = url(&cluster.url_via(relay.port()));
    let day = chrono::Local::now().date_naive();
    relay.set_delay(Duration::ZERO);
    let connections: Vec<HubConnection> = (0..DESKS)
        .map(|_| HubConnection::open(&hub, Duration::from_secs(30)).expect("opens"))
        .collect();
    relay.set_delay(one_way);
    let began = Instant::now();
    let results: Vec<(Vec<Duration>, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = connections
            .into_iter()
            .enumerate()
            .map(|(index, mut connection)| {
                let hub = &hub;
                scope.spawn(move || {
                    let desk = format!("Rush {} ms {index:02}", one_way.as_millis());
                    let phase = interval * index as u32 / DESKS as u32;
                    let started = Instant::now();
                    let (mut times, mut errors) = (Vec::new(), 0);
                    for n in 0.. {
                        let due = phase + interval * n;
                        let now = started.elapsed();
                        if due >= LENGTH || now >= LENGTH {
                            break;
                        }
                        if due > now {
                            std::thread::sleep(due - now);
                        }
                        if connection.is_closed() {
                            match HubConnection::open(hub, Duration::from_secs(1)) {
                                Ok(fresh) => connection = fresh,
                                Err(_) => {
                                    errors += 1;
                                    continue;
                                }
                            }
                        }
                        let scan = frontdesk::store::hub::HubScan {
                            scan_id: uuid::Uuid::now_v7(),
                            action: frontdesk::store::hub::ScanAction::CheckIn,
                            badge_code: codes[(index * 7_919 + n as usize * 104_729) % codes.len()]
                                .clone(),
                            day,
                            desk: desk.clone(),
                            scanned_at: chrono::Utc::now(),
                            undoes: None,
                            offline: false,
                        };
                        let asked = Instant::now();
                        let answer =
                            connection.call(frontdesk::hub::CHECK_IN_DEADLINE, move |client| {
                                Box::pin(async move {
                                    frontdesk::store::hub::submit_one(client, &scan, false).await
                                })
                            });
                        match answer {
                            Ok(_) => times.push(asked.elapsed()),
                            Err(_) => errors += 1,
                        }
                    }
                    (times, errors)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a rush desk"))
            .collect()
    });
    let mut times: Vec<Duration> = results.iter().flat_map(|(t, _)| t.clone()).collect();
    let took = began.elapsed();
    let errors: usize = results.iter().map(|(_, e)| e).sum();
    let answered = times.len();
    let (p50, p99, max) = if times.is_empty() {
        (0.0, 0.0, 0.0)
    } else {
        spread(&mut times)
    };
    let committed = cluster.psql(&format!(
        "SELECT count(*), round(extract(epoch FROM max(received_at) - min(received_at))::numeric, 1)
         FROM scan WHERE desk LIKE 'Rush {} ms %'",
        one_way.as_millis()
    ));
    eprintln!("(h) the hub committed | over seconds: {committed}");
    eprintln!(
        "(h) rush of {DESKS} desks x 10 scans/s planned for {} s, {:.0} ms each way: ran \
         {:.1} s, {answered} answered ({:.0}/s), p50 {p50:.1} ms p99 {p99:.1} ms max {max:.1} \
         ms, {errors} past the deadline or failed",
        LENGTH.as_secs(),
        ms(one_way),
        took.as_secs_f64(),
        answered as f64 / took.as_secs_f64()
    );
}

#[test]
#[ignore = "a benchmark: run by tests/bench/hub.sh"]
fn bench_rush_of_40_desks_through_a_venue_network() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let (_first, codes) = first_desk(&cluster.url(), 5_000);
    let relay = Relay::start(cluster.port());
    for one_way in [0, 1, 2] {
        rush_through(&cluster, &relay, &codes, Duration::from_millis(one_way));
    }
}
