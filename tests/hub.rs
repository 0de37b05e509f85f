//! Several desks on several computers through a PostgreSQL hub: each test starts its own
//! throwaway server (skipped with a printed reason where PostgreSQL is not installed; CI sets
//! FRONTDESK_HUB_REQUIRED=1 to make that a failure) and runs desks as separate processes,
//! each with its own SQLite copy.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::pg::Cluster;
use common::relay::Relay;
use serde_json::Value;

/// One desk: its own database on "its own computer".
struct Desk {
    _dir: tempfile::TempDir,
    db: PathBuf,
    name: String,
}

impl Desk {
    fn new(name: &str) -> Desk {
        let dir = tempfile::tempdir().expect("temporary folder");
        let db = dir.path().join("desk.sqlite");
        Desk {
            _dir: dir,
            db,
            name: name.to_string(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        command
            .arg("--db")
            .arg(&self.db)
            .arg("--desk")
            .arg(&self.name)
            .args(args)
            .env_remove("FRONTDESK_HUB")
            .env("RUST_LOG", "warn");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("frontdesk runs")
    }

    /// Runs a command that must succeed and answers JSON.
    fn json(&self, args: &[&str]) -> Value {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let output = self.run(&with_json);
        common::assert_success(&output);
        common::json(&output)
    }

    /// `checkin CODE --json`: the outcome, offline and pending.
    fn check_in(&self, code: &str) -> Value {
        let output = self.run(&["checkin", code, "--json"]);
        let status = output.status.code();
        assert!(
            matches!(status, Some(0) | Some(3)),
            "{} checking in {code}: exit {status:?}\n{}{}",
            self.name,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        common::json(&output)
    }

    fn checked_in(&self) -> u64 {
        self.json(&["stats"])["checked_in"]
            .as_u64()
            .expect("a count")
    }

    fn sync(&self) -> Value {
        self.json(&["hub", "sync"])
    }
}

/// An organizer's database with `people` generated registrants, started as a hub's first desk.
fn first_desk(hub_url: &str, people: usize) -> (Desk, Vec<String>) {
    let desk = Desk::new("Desk 1");
    let csv = desk._dir.path().join("registrants.csv");
    std::fs::write(&csv, frontdesk::cli::generate_csv(people)).expect("csv written");
    common::assert_success(&desk.run(&["import", csv.to_str().expect("utf-8 path")]));
    common::assert_success(&desk.run(&[
        "event",
        "--name",
        "Hub day",
        "--time-zone",
        "Europe/Stockholm",
    ]));
    let init = desk.run(&["hub", "init", "--hub", hub_url]);
    common::assert_success(&init);
    let codes = admitted_codes(&desk.db);
    (desk, codes)
}

fn admitted_codes(db: &Path) -> Vec<String> {
    let store = frontdesk::store::Store::open(db).expect("database opens");
    store
        .attendees()
        .expect("attendees")
        .into_iter()
        .filter(|a| a.status == frontdesk::store::Status::Admitted)
        .map(|a| a.badge_code.canonical().to_string())
        .collect()
}

fn joined(name: &str, hub_url: &str) -> Desk {
    let desk = Desk::new(name);
    common::assert_success(&desk.run(&["hub", "join", "--hub", hub_url]));
    desk
}

fn cluster() -> Option<Cluster> {
    Cluster::start()
}

#[test]
fn four_desks_racing_over_200_codes_check_each_person_in_once() {
    let Some(cluster) = cluster() else { return };
    let url = cluster.url();
    let (first, codes) = first_desk(&url, 210);
    let codes: Vec<String> = codes.into_iter().take(200).collect();
    assert_eq!(codes.len(), 200);
    let desks: Vec<Desk> = std::iter::once(first)
        .chain((2..=4).map(|n| joined(&format!("Desk {n}"), &url)))
        .collect();
    let started = Instant::now();
    let answers: Vec<Vec<(String, String)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = desks
            .iter()
            .enumerate()
            .map(|(index, desk)| {
                let mut order = codes.clone();
                // Each desk goes through the codes from another starting point.
                order.rotate_left(index * 50);
                scope.spawn(move || {
                    order
                        .iter()
                        .map(|code| {
                            let answer = desk.check_in(code);
                            (
                                code.clone(),
                                answer["outcome"].as_str().unwrap_or("").to_string(),
                            )
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("desk thread"))
            .collect()
    });
    eprintln!(
        "800 check-ins by 4 desk processes in {:?}",
        started.elapsed()
    );
    let mut admitted: BTreeMap<String, u32> = BTreeMap::new();
    for desk_answers in &answers {
        for (code, outcome) in desk_answers {
            assert!(
                outcome == "checked_in" || outcome == "already_checked_in",
                "{code}: {outcome}"
            );
            if outcome == "checked_in" {
                *admitted.entry(code.clone()).or_default() += 1;
            }
        }
    }
    assert_eq!(admitted.len(), 200, "everyone checked in");
    assert!(
        admitted.values().all(|n| *n == 1),
        "each person once: {admitted:?}"
    );
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "200");
    for desk in &desks {
        desk.sync();
        assert_eq!(desk.checked_in(), 200, "{} agrees", desk.name);
    }
}

#[test]
fn an_import_at_one_desk_is_searchable_at_another_within_two_seconds_and_undo_shows() {
    let Some(cluster) = cluster() else { return };
    let url = cluster.url();
    let (a, codes) = first_desk(&url, 20);
    let b = joined("Desk 2", &url);
    let walk_ins = a._dir.path().join("late.csv");
    std::fs::write(
        &walk_ins,
        "First Name,Last Name,Email,Ticket Type\nZelda,Quarry-Hubtest,zelda@example.org,Speaker\n",
    )
    .expect("csv written");
    common::assert_success(&a.run(&["import", walk_ins.to_str().expect("utf-8 path")]));
    let imported = Instant::now();
    loop {
        b.sync();
        let found = b.json(&["search", "Quarry-Hubtest"]);
        if found.as_array().is_some_and(|hits| !hits.is_empty()) {
            break;
        }
        assert!(
            imported.elapsed() < Duration::from_secs(2),
            "not at desk B within 2 s"
        );
    }
    let code = &codes[0];
    assert_eq!(a.check_in(code)["outcome"], "checked_in");
    b.sync();
    assert_eq!(b.check_in(code)["outcome"], "already_checked_in");
    common::assert_success(&a.run(&["undo", code]));
    b.sync();
    assert_eq!(b.checked_in(), 0, "the undo at A shows at B");
    assert_eq!(b.check_in(code)["outcome"], "checked_in");
}

#[test]
fn desks_offline_keep_checking_in_and_a_double_admission_becomes_one_conflict() {
    let Some(cluster) = cluster() else { return };
    let (first, codes) = first_desk(&cluster.url(), 40);
    let relay = Relay::start(cluster.port());
    let via_relay = cluster.url_via(relay.port());
    let b = joined("Desk 2", &via_relay);
    let c = joined("Desk 3", &via_relay);
    let d = joined("Desk 4", &via_relay);
    relay.cut();
    let person = &codes[0];
    let answer_b = b.check_in(person);
    let answer_c = c.check_in(person);
    assert_eq!(answer_b["outcome"], "checked_in");
    assert_eq!(answer_b["offline"], true);
    assert_eq!(answer_c["outcome"], "checked_in");
    assert_eq!(answer_c["offline"], true);
    for code in &codes[1..11] {
        let answer = d.check_in(code);
        assert_eq!(
            (answer["outcome"].as_str(), answer["offline"].as_bool()),
            (Some("checked_in"), Some(true))
        );
    }
    assert_eq!(d.check_in(&codes[11])["pending"], 11);
    relay.restore();
    for desk in [&b, &c, &d] {
        let report = desk.sync();
        assert_eq!(report["pending"], 0, "{} delivered everything", desk.name);
    }
    first.sync();
    let conflicts = b.json(&["hub", "conflicts"]);
    let conflicts = conflicts.as_array().expect("a list");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let desks: BTreeSet<&str> = conflicts[0]["scans"]
        .as_array()
        .expect("scans")
        .iter()
        .filter_map(|s| s["desk"].as_str())
        .collect();
    assert_eq!(desks, BTreeSet::from(["Desk 2", "Desk 3"]));
    for desk in [&first, &b, &c, &d] {
        desk.sync();
        assert_eq!(desk.checked_in(), 12, "{} counts agree", desk.name);
    }
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "12");
    for desk in [&b, &c, &d] {
        let journaled = frontdesk::store::Store::open(&desk.db)
            .expect("database opens")
            .journal_len()
            .expect("journal");
        let at_hub = cluster.psql(&format!(
            "SELECT count(*) FROM scan WHERE desk = '{}'",
            desk.name
        ));
        assert_eq!(
            journaled.to_string(),
            at_hub.trim(),
            "{}: journal = hub scans",
            desk.name
        );
    }
    // Every scan a desk confirmed reached the hub: 1 + 1 + 11 journaled, 13 scans there.
    assert_eq!(
        cluster
            .psql("SELECT count(*) FROM scan WHERE desk IN ('Desk 2', 'Desk 3', 'Desk 4')")
            .trim(),
        "13"
    );
}

#[test]
fn scans_left_by_a_stopped_desk_arrive_at_its_next_start_and_a_hub_restart_loses_nothing() {
    let Some(cluster) = cluster() else { return };
    let (_first, codes) = first_desk(&cluster.url(), 40);
    let relay = Relay::start(cluster.port());
    let desk = joined("Desk 2", &cluster.url_via(relay.port()));
    relay.blackhole();
    let started = Instant::now();
    assert_eq!(desk.check_in(&codes[0])["offline"], true);
    eprintln!(
        "first scan with the network gone answered in {:?}",
        started.elapsed()
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    for code in &codes[1..5] {
        assert_eq!(desk.check_in(code)["offline"], true);
    }
    // Each command was its own process: the desk stopped with 5 scans waiting. Its next
    // start (the next scan) delivers them before anything else.
    relay.restore();
    let next = desk.check_in(&codes[30]);
    assert_eq!(next["offline"], false, "{next}");
    assert_eq!(next["pending"], 0, "{next}");
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "6");
    assert_eq!(
        cluster
            .psql("SELECT count(*) FROM scan WHERE desk = 'Desk 2' AND offline")
            .trim(),
        "5"
    );

    // The hub restarts in the middle of a rush: what the desk confirmed still arrives.
    let direct = joined("Desk 3", &cluster.url());
    for (index, code) in codes[5..25].iter().enumerate() {
        if index == 8 {
            cluster.restart();
        }
        let answer = direct.check_in(code);
        assert_eq!(answer["outcome"], "checked_in", "{code}: {answer}");
    }
    direct.sync();
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "26");
}

#[test]
fn a_desk_whose_clock_is_ten_minutes_behind_does_not_win_by_its_clock() {
    let Some(cluster) = cluster() else { return };
    let (_first, codes) = first_desk(&cluster.url(), 10);
    let relay = Relay::start(cluster.port());
    let on_time = joined("Desk 2", &cluster.url_via(relay.port()));
    let slow = joined("Desk 3", &cluster.url_via(relay.port()));
    relay.cut();
    let person = &codes[0];
    assert_eq!(on_time.check_in(person)["outcome"], "checked_in");
    let behind = (chrono::Utc::now() - chrono::Duration::minutes(10)).to_rfc3339();
    let output = slow.run(&["--at", &behind, "checkin", person, "--json"]);
    common::assert_success(&output);
    relay.restore();
    // The punctual desk reaches the hub first: it wins, though the slow desk's scan says
    // it was made ten minutes earlier.
    on_time.sync();
    slow.sync();
    let conflicts = on_time.json(&["hub", "conflicts"]);
    let scans = conflicts[0]["scans"].as_array().expect("scans");
    assert_eq!(
        scans[0]["desk"], "Desk 2",
        "the first to reach the hub stands: {conflicts}"
    );
    assert_eq!(scans[1]["desk"], "Desk 3");
    // Its scan says it was made ten minutes before it reached the hub: late, and counted.
    assert_eq!(scans[1]["late"], true);
    let desks = on_time.json(&["hub", "status"])["desks"].clone();
    let late = |name: &str| {
        desks
            .as_array()
            .expect("desks")
            .iter()
            .find(|d| d["desk"] == name)
            .map(|d| d["late"].as_i64().expect("a count"))
    };
    assert_eq!(late("Desk 3"), Some(1), "{desks}");
    assert_eq!(late("Desk 2"), Some(0), "{desks}");
}

#[test]
fn a_desk_speaks_tls_to_a_hub_that_requires_it() {
    let Some(cluster) = Cluster::start_with_tls() else {
        return;
    };
    let required = format!("{}?sslmode=require", cluster.url());
    let (desk, _) = first_desk(&required, 5);
    let status = desk.json(&["hub", "status"]);
    assert_eq!(status["connected"], true);
    let verified = format!(
        "{}?sslmode=verify-full&sslrootcert={}",
        cluster.url(),
        cluster.cert_path().display()
    );
    let verified_desk = joined("Desk 2", &verified);
    assert_eq!(verified_desk.checked_in(), 0);
    assert_eq!(
        verified_desk.json(&["attendees"]).as_array().map(Vec::len),
        Some(5)
    );
    // A certificate the hub does not have is refused: the desk really checks.
    let other = tempfile::tempdir().expect("temporary folder");
    let other_cert = other.path().join("other.crt");
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(other.path().join("other.key"))
        .arg("-out")
        .arg(&other_cert)
        .args(["-days", "2"])
        .output()
        .expect("openssl runs");
    assert!(made.status.success());
    let wrong = format!(
        "{}?sslmode=verify-full&sslrootcert={}",
        cluster.url(),
        other_cert.display()
    );
    let refused = Desk::new("Desk 3").run(&["hub", "join", "--hub", &wrong]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("does not trust"), "{said}");

    // The right certificate under a name it does not hold: verify-full refuses, verify-ca
    // (the chain only) joins. `hostaddr` dials this computer while the desk asks for "hub".
    let misnamed = |mode: &str| {
        let port_and_database = cluster
            .url()
            .rsplit(':')
            .next()
            .expect("a port")
            .to_string();
        format!(
            "postgresql://postgres:{}@hub:{port_and_database}?hostaddr=127.0.0.1&sslmode={mode}\
             &sslrootcert={}",
            common::pg::PASSWORD,
            cluster.cert_path().display()
        )
    };
    let refused = Desk::new("Desk 4").run(&["hub", "join", "--hub", &misnamed("verify-full")]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("does not trust"), "{said}");
    let by_chain = joined("Desk 5", &misnamed("verify-ca"));
    assert_eq!(by_chain.json(&["hub", "status"])["connected"], true);
}

#[test]
fn organizer_changes_need_the_hub_and_reach_every_desk() {
    let Some(cluster) = cluster() else { return };
    let (a, _) = first_desk(&cluster.url(), 5);
    let relay = Relay::start(cluster.port());
    let b = joined("Desk 2", &cluster.url_via(relay.port()));
    relay.cut();
    let refused = b.run(&["event", "--name", "Renamed offline"]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("this change needs the hub at 127.0.0.1; it is not reachable"),
        "{said}"
    );
    assert_eq!(
        b.json(&["event"])["name"],
        "Hub day",
        "nothing changed at B"
    );
    relay.restore();
    common::assert_success(&b.run(&["event", "--name", "Hub day, renamed"]));
    let agenda = common::data("agenda-spotify-ml-day.toml");
    common::assert_success(&a.run(&["agenda", "import", agenda.to_str().expect("utf-8 path")]));
    a.sync();
    b.sync();
    assert_eq!(a.json(&["event"])["name"], "Hub day, renamed");
    // A desk's own printer is not shared, and saving it does not send that desk's (older)
    // copy of the shared settings back over the organizer's newer ones.
    common::assert_success(&a.run(&["settings", "--lobby-count", "on"]));
    common::assert_success(&b.run(&["settings", "--printer", "Desk 2 label printer"]));
    b.sync();
    a.sync();
    assert_eq!(a.json(&["settings"])["lobby_shows_count"], true);
    assert_eq!(a.json(&["settings"])["printer"], Value::Null);
    let sessions_at_b = b.json(&["agenda", "list"]);
    assert!(
        sessions_at_b["sessions"]
            .as_array()
            .is_some_and(|s| s.len() > 5),
        "the agenda reached B: {sessions_at_b}"
    );
}

#[test]
fn an_erase_at_the_hub_erases_every_desk_also_one_offline_when_it_returns() {
    let Some(cluster) = cluster() else { return };
    let (a, codes) = first_desk(&cluster.url(), 8);
    let b = joined("Desk 2", &cluster.url());
    let relay = Relay::start(cluster.port());
    let c = joined("Desk 3", &cluster.url_via(relay.port()));
    relay.cut();
    assert_eq!(c.check_in(&codes[0])["offline"], true);
    let erased = a.run(&["erase", "--confirm", "erase all attendee data"]);
    common::assert_success(&erased);
    assert_eq!(
        cluster.psql("SELECT count(*) FROM image WHERE kind = 'attendee'"),
        "0"
    );
    assert_eq!(cluster.psql("SELECT count(*) FROM scan"), "0");
    let at_b = b.sync();
    assert_eq!(at_b["erased"]["attendees"], 8, "{at_b}");
    assert_eq!(b.json(&["attendees"]).as_array().map(Vec::len), Some(0));
    // The desk offline at the time erases its copy first when it is back, and says what
    // went with it.
    relay.restore();
    let at_c = c.sync();
    assert_eq!(at_c["erased"]["discarded_scans"], 1, "{at_c}");
    assert_eq!(c.json(&["attendees"]).as_array().map(Vec::len), Some(0));
    let status = a.json(&["hub", "status"]);
    let desks = status["desks"].as_array().expect("desks");
    assert!(
        desks.iter().all(|d| d["holds_data"] == false),
        "no desk holds attendee data: {status}"
    );
}

#[test]
fn a_hub_holding_another_event_is_replaced_only_when_asked_and_the_password_stays_private() {
    let Some(cluster) = cluster() else { return };
    let url = cluster.url();
    let (_first, _) = first_desk(&url, 3);
    let other = Desk::new("Other organizer");
    common::assert_success(&other.run(&["event", "--name", "Another event"]));
    let refused = other.run(&["hub", "init", "--hub", &url]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("already holds another event, \"Hub day\""),
        "{said}"
    );
    assert!(said.contains("--replace"), "{said}");
    let replaced = other.run(&["hub", "init", "--hub", &url, "--replace"]);
    common::assert_success(&replaced);
    let desk = joined("Desk 2", &url);
    assert_eq!(desk.json(&["event"])["name"], "Another event");
    let status = desk.run(&["hub", "status"]);
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&status.stdout),
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(!printed.contains(common::pg::PASSWORD), "{printed}");
    let remembered = frontdesk::hub::HubUrl::file_for(&desk.db);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&remembered)
            .expect("remembered")
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "only its user can read the hub's address"
        );
    }
}

/// The hub's one-call decision (`submit_scans`): a batch is decided in order, a scan sent
/// again gets its first answer without a second row, and an offline welcome that lost is one
/// conflict however often it is resent.
#[test]
fn a_batch_is_decided_in_order_and_a_resent_scan_is_one_scan() {
    use frontdesk::store::hub::{self as hub_sql, HubAnswer, HubScan, ScanAction, Submission};

    let Some(hub) = cluster() else { return };
    let (_desk, codes) = first_desk(&hub.url(), 3);
    let url = frontdesk::hub::HubUrl::parse(&hub.url()).expect("a hub URL");
    let mut connection =
        frontdesk::hub::HubConnection::open(&url, Duration::from_secs(30)).expect("opens");
    let day = chrono::NaiveDate::from_ymd_opt(2018, 7, 9).expect("a date");
    let scan = |action, code: &str, desk: &str, offline| HubScan {
        scan_id: uuid::Uuid::now_v7(),
        action,
        badge_code: code.to_string(),
        day,
        desk: desk.to_string(),
        scanned_at: chrono::Utc::now(),
        undoes: None,
        offline,
    };
    let first = scan(ScanAction::CheckIn, &codes[0], "Desk 2", false);
    let second = scan(ScanAction::CheckIn, &codes[0], "Desk 3", true);
    let undo = scan(ScanAction::Undo, &codes[0], "Desk 2", false);
    let again = scan(ScanAction::CheckIn, &codes[0], "Desk 3", false);
    let batch = [first.clone(), second.clone(), undo.clone(), again.clone()];
    let submit = |connection: &mut frontdesk::hub::HubConnection, scans: Vec<(HubScan, bool)>| {
        connection
            .call(Duration::from_secs(30), move |client| {
                Box::pin(async move {
                    let batch: Vec<Submission<'_>> = scans
                        .iter()
                        .map(|(scan, admitted_offline)| Submission {
                            scan,
                            admitted_offline: *admitted_offline,
                        })
                        .collect();
                    hub_sql::submit(client, &batch).await
                })
            })
            .expect("the hub answers")
    };
    let with_flags = |scans: &[HubScan]| -> Vec<(HubScan, bool)> {
        scans.iter().map(|s| (s.clone(), s.offline)).collect()
    };
    let answers = submit(&mut connection, with_flags(&batch));
    assert_eq!(answers[0], HubAnswer::Admitted);
    match &answers[1] {
        HubAnswer::Already { winner, conflict } => {
            assert_eq!(winner.scan_id, first.scan_id);
            assert_eq!(winner.desk, "Desk 2");
            assert!(conflict, "an offline welcome that lost is a conflict");
        }
        other => panic!("the second check-in was answered {other:?}"),
    }
    assert_eq!(
        answers[2],
        HubAnswer::Undone {
            undid: first.scan_id
        }
    );
    assert_eq!(answers[3], HubAnswer::Admitted);

    // The whole batch again, as a desk whose answer was lost resends it.
    let resent = submit(&mut connection, with_flags(&batch));
    assert_eq!(resent[0], HubAnswer::Admitted, "the first answer stays");
    match &resent[1] {
        HubAnswer::Already { winner, conflict } => {
            assert_eq!(winner.scan_id, again.scan_id, "what stands now");
            assert!(conflict);
        }
        other => panic!("the resent second check-in was answered {other:?}"),
    }
    assert_eq!(resent[3], HubAnswer::Admitted);
    let count = |sql: &str| hub.psql(sql).trim().to_string();
    assert_eq!(
        count("SELECT count(*) FROM scan WHERE day = '2018-07-09'"),
        "4"
    );
    assert_eq!(count("SELECT count(*) FROM conflict"), "1");
    assert_eq!(count("SELECT count(*) FROM admission"), "1");
    assert_eq!(
        count("SELECT count(DISTINCT position) = count(*) FROM scan"),
        "t",
        "every scan has a feed position of its own"
    );
}

/// `hub leave --erase` erases the copy and tells the hub, whose desk list then shows the desk
/// holding no attendee data; a leave without the hub still leaves, and says the hub was not
/// told.
#[test]
fn a_desk_that_leaves_and_erases_its_copy_is_shown_so_at_the_hub() {
    let Some(hub) = cluster() else { return };
    let (first, _) = first_desk(&hub.url(), 5);
    let second = joined("Desk 2", &hub.url());
    let holds_data = |desk: &Desk| -> Option<bool> {
        first.json(&["hub", "status"])["desks"]
            .as_array()
            .expect("desks")
            .iter()
            .find(|d| d["desk"] == desk.name.as_str())
            .map(|d| d["holds_data"].as_bool().expect("a flag"))
    };
    assert_eq!(holds_data(&second), Some(true));
    let left = second.json(&["hub", "leave", "--erase"]);
    assert_eq!(left["erased"], true);
    assert_eq!(left["hub_told"], true);
    assert_eq!(holds_data(&second), Some(false));
    assert_eq!(second.json(&["stats"])["registered"], 0);

    // Without the hub: the third desk still leaves, and is told the hub did not hear it.
    let third = joined("Desk 3", &hub.url());
    std::fs::write(
        frontdesk::hub::HubUrl::file_for(&third.db),
        "postgresql://postgres:wrong@127.0.0.1:1/hub",
    )
    .expect("address rewritten");
    let left = third.json(&["hub", "leave", "--erase"]);
    assert_eq!(left["hub_told"], false);
    assert_eq!(holds_data(&third), Some(true), "the hub was never told");
}

/// The hub sees a desk's scans in the order they were made: an undo made offline reaches it
/// before the same person's next check-in, made once the network is back.
#[test]
fn an_undo_made_offline_reaches_the_hub_before_the_next_check_in() {
    let Some(cluster) = cluster() else { return };
    let (_first, codes) = first_desk(&cluster.url(), 5);
    let relay = Relay::start(cluster.port());
    let desk = joined("Desk 2", &cluster.url_via(relay.port()));
    let person = &codes[0];
    assert_eq!(desk.check_in(person)["outcome"], "checked_in");
    relay.cut();
    let undone = desk.json(&["undo", person]);
    assert_eq!(undone["outcome"], "undone", "{undone}");
    relay.restore();
    let again = desk.check_in(person);
    assert_eq!(again["outcome"], "checked_in", "{again}");
    assert_eq!(again["offline"], false, "{again}");
    assert_eq!(again["pending"], 0, "{again}");
    assert_eq!(
        cluster
            .psql(
                "SELECT string_agg(result, ',' ORDER BY position) FROM scan WHERE desk = 'Desk 2'"
            )
            .trim(),
        "admitted,undone,admitted"
    );
    assert_eq!(cluster.psql("SELECT count(*) FROM admission").trim(), "1");
}

/// A hub with a conflict and check-ins, a backup of it, more check-ins after the backup (one
/// online, one offline), and then the hub's database lost: restored from the backup into a
/// new one, the desks send their scans again and the hub is whole, the conflict included.
#[test]
fn a_lost_hub_comes_back_from_its_backup_with_the_scans_made_after_it() {
    let Some(cluster) = cluster() else { return };
    let old = cluster.new_database("lost_hub");
    let (first, codes) = first_desk(&old, 40);
    let b = joined("Desk 2", &old);
    let c = joined("Desk 3", &old);
    make_a_conflict(&cluster, &b, &c, &codes[0]);
    for code in &codes[1..4] {
        assert_eq!(first.check_in(code)["offline"], false);
    }
    let file = first._dir.path().join("hub-backup.json");
    let backup = first.json(&["hub", "backup", "--out", file.to_str().expect("utf-8")]);
    assert_eq!(
        (&backup["people"], &backup["scans"], &backup["conflicts"]),
        (&40.into(), &5.into(), &1.into()),
        "{backup}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file)
            .expect("written")
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "personal data: only its owner reads it"
        );
    }
    // After the backup: one check-in reaches the hub, one is made with the hub gone.
    assert_eq!(b.check_in(&codes[4])["offline"], false);
    cluster.psql_in("postgres", "DROP DATABASE lost_hub WITH (FORCE)");
    let answer = c.check_in(&codes[5]);
    assert_eq!(
        (&answer["outcome"], &answer["offline"]),
        (&"checked_in".into(), &true.into())
    );

    let new = cluster.new_database("restored_hub");
    let refused = first.run(&[
        "hub",
        "restore",
        first._dir.path().join("x").to_str().unwrap(),
        "--hub",
        &new,
    ]);
    assert_eq!(refused.status.code(), Some(1), "a missing file is refused");
    let restored = first.json(&[
        "hub",
        "restore",
        file.to_str().expect("utf-8"),
        "--hub",
        &new,
    ]);
    assert_eq!(restored["scans"], 5, "{restored}");
    let again = first.run(&[
        "hub",
        "restore",
        file.to_str().expect("utf-8"),
        "--hub",
        &new,
    ]);
    assert_eq!(
        again.status.code(),
        Some(1),
        "a hub holding the event is not overwritten"
    );
    for desk in [&b, &c] {
        desk.json(&["hub", "sync", "--hub", &new]);
    }
    for desk in [&first, &b, &c] {
        // Without --hub: the new address is remembered.
        assert_eq!(desk.sync()["pending"], 0);
        assert_eq!(
            desk.checked_in(),
            6,
            "{}: every check-in, after the backup too",
            desk.name
        );
    }
    assert_eq!(
        cluster.psql_in("restored_hub", "SELECT count(*) FROM admission"),
        "6"
    );
    assert_eq!(
        cluster.psql_in("restored_hub", "SELECT count(*) FROM scan"),
        "7"
    );
    let conflicts = first.json(&["hub", "conflicts"]);
    assert_eq!(conflicts.as_array().map(Vec::len), Some(1), "{conflicts}");
    // The restored hub decides as the old one did: nobody is admitted twice.
    assert_eq!(b.check_in(&codes[5])["outcome"], "already_checked_in");
    assert_eq!(c.check_in(&codes[6])["offline"], false);
}

/// Without a backup, a desk's own copy re-creates a lost hub for the same event: the other
/// desks carry on with it, send their scans again, and double entries are flagged again.
#[test]
fn a_desk_re_creates_a_lost_hub_from_its_copy_and_the_other_desks_carry_on() {
    let Some(cluster) = cluster() else { return };
    let old = cluster.new_database("gone_hub");
    let (first, codes) = first_desk(&old, 40);
    let b = joined("Desk 2", &old);
    let c = joined("Desk 3", &old);
    make_a_conflict(&cluster, &b, &c, &codes[0]);
    assert_eq!(b.check_in(&codes[1])["offline"], false);
    first.sync();
    cluster.psql_in("postgres", "DROP DATABASE gone_hub WITH (FORCE)");
    // The hub is gone: check-ins go on offline, one of them twice.
    for desk in [&b, &c] {
        assert_eq!(desk.check_in(&codes[2])["offline"], true);
    }
    assert_eq!(c.check_in(&codes[3])["offline"], true);

    let new = cluster.new_database("new_hub");
    common::assert_success(&first.run(&["hub", "init", "--hub", &new]));
    for desk in [&b, &c] {
        assert_eq!(desk.json(&["hub", "sync", "--hub", &new])["pending"], 0);
    }
    for desk in [&first, &b, &c] {
        desk.sync();
        assert_eq!(desk.checked_in(), 4, "{} agrees", desk.name);
    }
    assert_eq!(
        cluster.psql_in("new_hub", "SELECT count(*) FROM admission"),
        "4"
    );
    let conflicts = b.json(&["hub", "conflicts"]);
    let people: BTreeSet<&str> = conflicts
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c["badge_code"].as_str())
        .collect();
    assert!(
        people.contains(codes[2].as_str()),
        "the double entry made while the hub was gone: {conflicts}"
    );
}

/// Desks `b` and `c` both admit `code` while cut off from the hub, then deliver: one conflict.
fn make_a_conflict(cluster: &Cluster, b: &Desk, c: &Desk, code: &str) {
    let relay = Relay::start(cluster.port());
    let cut_off = cluster.url_via(relay.port());
    relay.cut();
    for desk in [b, c] {
        let answer = desk.json(&["checkin", code, "--hub", &cut_off]);
        assert_eq!(answer["offline"], true, "{answer}");
    }
    for desk in [b, c] {
        desk.sync();
    }
}

/// The hub stopped dead (as by a power cut) while an import's 20,000 people are on their way
/// to it: it comes back with the list as it was or as it is now, never half of it, and once
/// the desk syncs the hub holds what the desk holds.
#[test]
fn a_hub_killed_in_the_middle_of_an_import_comes_back_whole() {
    let Some(cluster) = cluster() else { return };
    let (organizer, _) = first_desk(&cluster.url(), 40);
    let people_at_hub =
        || cluster.psql("SELECT count(*) FROM image WHERE kind = 'attendee' AND image IS NOT NULL");
    let before = people_at_hub();
    let csv = organizer._dir.path().join("bigger.csv");
    std::fs::write(&csv, frontdesk::cli::generate_csv(20_000)).expect("csv written");
    let import = organizer
        .command(&["import", csv.to_str().expect("utf-8 path")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("import starts");
    let started = Instant::now();
    let mut caught_sending = false;
    while started.elapsed() < Duration::from_secs(60) {
        let sending = cluster.psql(
            "SELECT count(*) FROM pg_stat_activity
             WHERE state = 'active' AND query ILIKE '%image%' AND pid <> pg_backend_pid()",
        );
        if sending != "0" {
            caught_sending = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    cluster.kill();
    let import = import.wait_with_output().expect("import ends");
    cluster.start_again();
    let after_kill = people_at_hub();
    organizer.run(&["hub", "sync"]);
    let at_desk = organizer.json(&["stats"])["registered"].to_string();
    assert!(
        after_kill == before || after_kill == at_desk,
        "the hub held {after_kill} people after the kill: neither the {before} before nor the \
         {at_desk} of the desk (import said: {})",
        String::from_utf8_lossy(&import.stderr)
    );
    assert_eq!(
        people_at_hub(),
        at_desk,
        "after a sync the hub holds the desk's list"
    );
    println!(
        "killed the hub {} the import's delivery; it came back with {after_kill} people, then {at_desk}",
        if caught_sending { "during" } else { "after" }
    );
}
