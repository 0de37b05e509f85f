//! The hub's test server and relay themselves, checked with psql alone: the hub's tests rely
//! on a server that asks for a password over TCP, keeps its data across a stop, speaks TLS
//! when asked, and on a relay that fails, stalls and delays as it is told.
//!
//! Skipped, with the reason printed, where PostgreSQL is not installed, unless
//! FRONTDESK_HUB_REQUIRED=1 (CI sets it).

mod common;

use std::process::{Child, Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::pg::Cluster;
use common::relay::Relay;

/// How long psql may take to connect: a cut must fail well within it.
const CONNECT_TIMEOUT_SECONDS: &str = "3";

/// psql over TCP, as a desk connects: by URL, with the password in it.
fn psql_command(cluster: &Cluster, url: &str, sql: &str) -> Command {
    let mut command = cluster.client_command("psql");
    command
        .args(["-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
        .env("PGCONNECT_TIMEOUT", CONNECT_TIMEOUT_SECONDS);
    command
}

fn psql_over_tcp(cluster: &Cluster, url: &str, sql: &str) -> Output {
    psql_command(cluster, url, sql).output().expect("psql runs")
}

/// What psql printed, or a panic with why it failed.
fn answer(output: &Output) -> String {
    assert!(
        output.status.success(),
        "psql failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .trim_end()
        .to_string()
}

fn spawn_psql(cluster: &Cluster, url: &str, sql: &str) -> Child {
    psql_command(cluster, url, sql)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("psql starts")
}

/// Waits up to `limit` for a child to end; None if it is still running.
fn wait_at_most(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("psql can be waited for") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            return None;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_new_server_has_a_hub_database_and_asks_for_the_password_over_tcp() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    assert_eq!(cluster.psql("SELECT current_database()"), "hub");
    assert_eq!(
        answer(&psql_over_tcp(&cluster, &cluster.url(), "SELECT 1")),
        "1"
    );
    let without_password = format!("postgresql://postgres@127.0.0.1:{}/hub", cluster.port());
    let refused = psql_over_tcp(&cluster, &without_password, "SELECT 1");
    assert!(
        !refused.status.success(),
        "the server let a client in over TCP without a password"
    );
}

#[test]
fn the_relay_carries_connections_fails_them_fast_when_cut_and_carries_them_again_when_restored() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let relay = Relay::start(cluster.port());
    let url = cluster.url_via(relay.port());
    assert_eq!(answer(&psql_over_tcp(&cluster, &url, "SELECT 1")), "1");

    relay.cut();
    let started = Instant::now();
    let failed = psql_over_tcp(&cluster, &url, "SELECT 1");
    assert!(!failed.status.success(), "psql got through a cut relay");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "a cut should fail at once, not after the connect timeout: {:?}",
        started.elapsed()
    );

    relay.restore();
    assert_eq!(answer(&psql_over_tcp(&cluster, &url, "SELECT 1")), "1");
}

#[test]
fn a_cut_closes_the_connections_already_open() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let relay = Relay::start(cluster.port());
    let url = cluster.url_via(relay.port());
    let mut waiting = spawn_psql(&cluster, &url, "SELECT pg_sleep(20)");
    wait_until_sleeping(&cluster);

    relay.cut();
    let status = wait_at_most(&mut waiting, Duration::from_secs(5))
        .expect("psql should end soon after the cut, not when its query does");
    assert!(!status.success(), "psql's query succeeded through a cut");
}

/// Waits until a `pg_sleep` runs on the server, so the connection is surely open.
fn wait_until_sleeping(cluster: &Cluster) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let sleeping = "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'";
    while cluster.psql(sleeping) != "1" {
        assert!(
            Instant::now() < deadline,
            "psql's query never reached the server"
        );
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_blackhole_holds_a_connection_silently_and_restore_lets_it_through() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let relay = Relay::start(cluster.port());
    let url = cluster.url_via(relay.port());

    relay.blackhole();
    let mut held = spawn_psql(&cluster, &url, "SELECT 1");
    assert_eq!(
        wait_at_most(&mut held, Duration::from_millis(700)),
        None,
        "psql ended while the relay held its connection"
    );

    relay.restore();
    let output = held.wait_with_output().expect("psql ends");
    assert_eq!(answer(&output), "1");
}

#[test]
fn a_delay_slows_every_round_trip() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let relay = Relay::start(cluster.port());
    let url = cluster.url_via(relay.port());
    let delay = Duration::from_millis(100);
    relay.set_delay(delay);

    let started = Instant::now();
    assert_eq!(answer(&psql_over_tcp(&cluster, &url, "SELECT 1")), "1");
    // Connecting alone takes several round trips (TLS offer, startup, SCRAM, the query).
    let elapsed = started.elapsed();
    assert!(
        elapsed >= 4 * delay,
        "psql took {elapsed:?} through a relay that delays {delay:?} each way"
    );
}

#[test]
fn stop_and_start_again_keep_the_data_and_the_port() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    cluster.psql("CREATE TABLE scans (badge text); INSERT INTO scans VALUES ('A-17')");

    cluster.stop();
    let refused = psql_over_tcp(&cluster, &cluster.url(), "SELECT 1");
    assert!(!refused.status.success(), "a stopped server answered");

    cluster.start_again();
    let scans = psql_over_tcp(&cluster, &cluster.url(), "SELECT badge FROM scans");
    assert_eq!(answer(&scans), "A-17");

    cluster.restart();
    assert_eq!(cluster.psql("SELECT count(*) FROM scans"), "1");
}

#[test]
fn new_database_is_a_hub_of_its_own_on_the_same_server() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let url = cluster.new_database("second_hub");
    assert_eq!(
        url,
        format!(
            "postgresql://postgres:frontdesk-test@127.0.0.1:{}/second_hub",
            cluster.port()
        )
    );
    answer(&psql_over_tcp(
        &cluster,
        &url,
        "CREATE TABLE scans (badge text)",
    ));
    assert_eq!(
        cluster.psql("SELECT count(*) FROM pg_tables WHERE tablename = 'scans'"),
        "0",
        "a table in the new database showed up in hub"
    );
}

#[test]
fn a_tls_server_encrypts_and_its_certificate_verifies() {
    let Some(cluster) = Cluster::start_with_tls() else {
        return;
    };
    let tls_url = cluster.tls_url();
    assert_eq!(answer(&psql_over_tcp(&cluster, &tls_url, "SHOW ssl")), "on");
    let encrypted = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";
    assert_eq!(answer(&psql_over_tcp(&cluster, &tls_url, encrypted)), "t");

    // A client that trusts the certificate checks the server's name, by IP and by name.
    let certificate = cluster.cert_path().display().to_string();
    for host in ["127.0.0.1", "localhost"] {
        let verified = format!(
            "postgresql://postgres:frontdesk-test@{host}:{}/hub?sslmode=verify-full&sslrootcert={certificate}",
            cluster.port()
        );
        assert_eq!(answer(&psql_over_tcp(&cluster, &verified, "SELECT 1")), "1");
    }
}
