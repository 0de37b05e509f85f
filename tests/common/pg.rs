//! A throwaway PostgreSQL server for the hub's tests: its own data folder in a temporary
//! directory, a free loopback port, a password required over TCP (as at a venue), and a
//! database `hub`. Dropping the `Cluster` stops the server and removes the folder.
//!
//! On a machine without PostgreSQL, `start` says why on stderr and returns `None`, so the
//! tests that need it pass as skipped; with `FRONTDESK_HUB_REQUIRED=1` (CI sets it) it panics
//! instead, so a missing package fails the run rather than hiding every hub test.

use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `postgres` user's password over TCP. Fixed: the server listens on loopback only and
/// lives as long as one test.
pub const PASSWORD: &str = "frontdesk-test";

/// The database every cluster starts with, for the hub's tables.
pub const HUB_DATABASE: &str = "hub";

const NO_TLS: &str = "this test server has no TLS: start it with Cluster::start_with_tls";

const REQUIRED_VARIABLE: &str = "FRONTDESK_HUB_REQUIRED";

/// Where Debian puts each major version's server programs (`15/bin/initdb`, ...).
const DEBIAN_VERSIONS: &str = "/usr/lib/postgresql";

/// How long pg_ctl may wait for the server to come up or go down: generous, because a
/// 2-core machine compiling and testing at once can take many seconds to start a server.
const WAIT_SECONDS: &str = "60";

/// The server user that initdb and the server run as: they refuse to run as root.
const SERVER_USER_WHEN_ROOT: &str = "postgres";

pub struct Cluster {
    programs: PathBuf,
    /// `Some` when we are root and the server has to run as another user.
    server_user: Option<String>,
    folder: tempfile::TempDir,
    port: u16,
    /// The server's certificate, for a cluster with TLS.
    certificate: Option<PathBuf>,
}

/// The PostgreSQL programs found on this machine and who runs the server.
struct Installation {
    programs: PathBuf,
    server_user: Option<String>,
}

impl Cluster {
    /// A new server with a `hub` database, or `None` (the reason on stderr) where this
    /// machine has no PostgreSQL and `FRONTDESK_HUB_REQUIRED` is not set.
    pub fn start() -> Option<Cluster> {
        Self::start_or_skip(false)
    }

    /// Like `start`, with TLS on, using a self-signed certificate for `localhost` and
    /// 127.0.0.1 that a client can trust through `cert_path`.
    pub fn start_with_tls() -> Option<Cluster> {
        Self::start_or_skip(true)
    }

    fn start_or_skip(tls: bool) -> Option<Cluster> {
        match find_installation(tls) {
            Ok(installation) => Some(Self::create(installation, tls)),
            Err(reason) => {
                skip_or_fail(&reason);
                None
            }
        }
    }

    fn create(installation: Installation, tls: bool) -> Cluster {
        let folder = tempfile::Builder::new()
            .prefix("frontdesk-pg-")
            .tempdir()
            .expect("a temporary folder for the test server");
        // Built before anything can fail, so that Drop cleans up after a failed start too.
        let mut cluster = Cluster {
            programs: installation.programs,
            server_user: installation.server_user,
            folder,
            port: 0,
            certificate: None,
        };
        fs::write(cluster.password_file(), PASSWORD).expect("the password file is writable");
        if tls {
            cluster.certificate = Some(cluster.make_certificate());
        }
        cluster.hand_folder_to_server_user();
        cluster.init_data_folder();
        cluster.write_settings();
        cluster.start_on_a_free_port();
        cluster.create_database(HUB_DATABASE);
        cluster
    }

    /// The server's TCP port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `postgresql://postgres:PASSWORD@127.0.0.1:PORT/hub`, over TCP with the password.
    pub fn url(&self) -> String {
        url(self.port, HUB_DATABASE)
    }

    /// The hub's URL with `sslmode=require`; only for a cluster from `start_with_tls`.
    pub fn tls_url(&self) -> String {
        assert!(self.certificate.is_some(), "{NO_TLS}");
        format!("{}?sslmode=require", self.url())
    }

    /// The server's certificate (self-signed, for `localhost` and 127.0.0.1), for a client
    /// that verifies the server; only for a cluster from `start_with_tls`.
    pub fn cert_path(&self) -> &Path {
        self.certificate.as_deref().expect(NO_TLS)
    }

    /// The hub's URL on another port, for a client that goes through a `Relay`.
    pub fn url_via(&self, port: u16) -> String {
        url(port, HUB_DATABASE)
    }

    /// Creates another database on this server and returns its URL, so that tests can each
    /// have a hub of their own on one server.
    pub fn new_database(&self, name: &str) -> String {
        assert!(
            is_plain_name(name),
            "a test database's name is lowercase letters, digits and _, not {name:?}"
        );
        self.create_database(name);
        url(self.port, name)
    }

    fn create_database(&self, name: &str) {
        // From template0, which nobody can connect to: copying template1 fails while any
        // session (a test poking around) is connected to it.
        self.psql_in(
            "postgres",
            &format!("CREATE DATABASE {name} TEMPLATE template0"),
        );
    }

    /// Stops the server as an administrator would (`pg_ctl stop -m fast`) and waits until it
    /// is down; clients connected to it see their connections closed.
    pub fn stop(&self) {
        let output = self.pg_ctl(&["stop", "-m", "fast"]);
        assert!(
            output.status.success(),
            "the test server did not stop:\n{}",
            describe(&output)
        );
    }

    /// Stops the server at once, as a power cut would (`pg_ctl stop -m immediate`: no
    /// checkpoint, open transactions simply end); the next start recovers from its WAL.
    pub fn kill(&self) {
        let output = self.pg_ctl(&["stop", "-m", "immediate"]);
        assert!(
            output.status.success(),
            "the test server did not stop:\n{}",
            describe(&output)
        );
    }

    /// Starts the server again after `stop`, on the same port and data, and waits until it
    /// accepts connections.
    pub fn start_again(&self) {
        let output = self.pg_ctl_start();
        assert!(
            output.status.success(),
            "the test server did not start again:\n{}\n{}",
            describe(&output),
            self.server_log()
        );
    }

    /// Stops and starts the server, as after a server update at the venue.
    pub fn restart(&self) {
        self.stop();
        self.start_again();
    }

    /// Runs SQL in the hub database over the server's Unix socket (no password, no relay)
    /// and returns what psql printed with `-tA`: rows on lines, columns split by `|`.
    pub fn psql(&self, sql: &str) -> String {
        self.psql_in(HUB_DATABASE, sql)
    }

    /// Like `psql`, in another database of this server.
    pub fn psql_in(&self, database: &str, sql: &str) -> String {
        let output = self
            .client_command("psql")
            .args(["-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1"])
            .arg("-h")
            .arg(self.folder.path())
            .args(["-p", &self.port.to_string()])
            .args(["-U", "postgres", "-d", database])
            .args(["-c", sql])
            .output()
            .expect("psql runs");
        assert!(
            output.status.success(),
            "psql failed on {sql:?}:\n{}",
            describe(&output)
        );
        String::from_utf8_lossy(&output.stdout)
            .trim_end_matches('\n')
            .to_string()
    }

    /// A client program of this server's version (`psql`, `pg_dump`, ...), with no `PG...`
    /// variables from the environment that could point it at another server.
    pub fn client_command(&self, program: &str) -> Command {
        let mut command = Command::new(self.programs.join(program));
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("PG") {
                command.env_remove(name);
            }
        }
        command.stdin(Stdio::null());
        command
    }

    /// What the server logged so far, for a failure message.
    pub fn server_log(&self) -> String {
        fs::read_to_string(self.folder.path().join("server.log"))
            .unwrap_or_else(|e| format!("(no server log: {e})"))
    }

    fn data_folder(&self) -> PathBuf {
        self.folder.path().join("data")
    }

    fn password_file(&self) -> PathBuf {
        self.folder.path().join("password")
    }

    /// Makes the server's key and self-signed certificate and returns the certificate's path.
    fn make_certificate(&self) -> PathBuf {
        let folder = self.folder.path();
        // CA:FALSE and the names in subjectAltName make the certificate acceptable as its own
        // trust anchor to strict clients (rustls rejects a CA certificate used by a server,
        // and ignores the CN), so that verify-full works against 127.0.0.1 and localhost.
        let output = Command::new("openssl")
            .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes"])
            .args(["-subj", "/CN=localhost", "-days", "2"])
            .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
            .args(["-addext", "basicConstraints=critical,CA:FALSE"])
            .arg("-keyout")
            .arg(folder.join("server.key"))
            .arg("-out")
            .arg(folder.join("server.crt"))
            .stdin(Stdio::null())
            .output()
            .expect("openssl runs");
        assert!(
            output.status.success(),
            "openssl could not make the test certificate:\n{}",
            describe(&output)
        );
        // The server refuses a key that others can read.
        run_checked(
            Command::new("chmod")
                .arg("600")
                .arg(folder.join("server.key")),
        );
        folder.join("server.crt")
    }

    /// Gives the folder, with the password file and the key, to the user the server runs as.
    fn hand_folder_to_server_user(&self) {
        if let Some(user) = &self.server_user {
            run_checked(
                Command::new("chown")
                    .arg("-R")
                    .arg(user)
                    .arg(self.folder.path()),
            );
        }
    }

    fn init_data_folder(&self) {
        let mut initdb = self.server_command("initdb");
        initdb
            .arg("-D")
            .arg(self.data_folder())
            .args(["-U", "postgres"])
            .arg("--pwfile")
            .arg(self.password_file())
            // A password over TCP, as the desks at a venue will use; none on the socket, for
            // the test's own psql.
            .args(["--auth-host=scram-sha-256", "--auth-local=trust"])
            // Independent of the machine's locale settings, which may name a locale that is
            // not installed.
            .args(["--encoding=UTF8", "--locale=C"])
            .args(["--no-sync", "--no-instructions"]);
        let output = run(&mut initdb);
        assert!(
            output.status.success(),
            "initdb failed:\n{}",
            describe(&output)
        );
    }

    /// Appends this cluster's settings to postgresql.conf, so that they hold on every start
    /// and no path passes through pg_ctl's shell.
    fn write_settings(&self) {
        let folder = self.folder.path();
        let mut settings = String::from("\n# frontdesk test server\n");
        settings += "listen_addresses = '127.0.0.1'\n";
        settings += &format!("unix_socket_directories = {}\n", quoted(folder));
        // The data is thrown away after the test and the machine does not crash under it;
        // written data still reaches the OS, so stopping or killing the server loses nothing.
        settings += "fsync = off\n";
        if let Some(certificate) = &self.certificate {
            settings += "ssl = on\n";
            settings += &format!("ssl_cert_file = {}\n", quoted(certificate));
            settings += &format!("ssl_key_file = {}\n", quoted(&folder.join("server.key")));
        }
        let conf = self.data_folder().join("postgresql.conf");
        let mut text = fs::read_to_string(&conf).expect("initdb wrote postgresql.conf");
        text += &settings;
        // Rewriting keeps the file's owner: it is the server user's.
        fs::write(&conf, text).expect("postgresql.conf is writable");
    }

    /// Starts the server on a port that was free a moment ago; if another process took the
    /// port in between, tries another.
    fn start_on_a_free_port(&mut self) {
        const ATTEMPTS: usize = 3;
        for attempt in 1..=ATTEMPTS {
            self.port = free_loopback_port();
            let log_before = self.server_log().len();
            let output = self.pg_ctl_start();
            if output.status.success() {
                return;
            }
            let log = self.server_log();
            let port_taken = log
                .get(log_before..)
                .is_some_and(|new| new.contains("Address already in use"));
            assert!(
                port_taken && attempt < ATTEMPTS,
                "the test server did not start:\n{}\n{log}",
                describe(&output)
            );
        }
    }

    fn pg_ctl_start(&self) -> Output {
        let mut pg_ctl = self.pg_ctl_command();
        pg_ctl
            .arg("-l")
            .arg(self.folder.path().join("server.log"))
            .args(["-o", &format!("-p {}", self.port), "start"]);
        run(&mut pg_ctl)
    }

    fn pg_ctl(&self, action_and_options: &[&str]) -> Output {
        run(self.pg_ctl_command().args(action_and_options))
    }

    /// pg_ctl on this cluster's data, waiting for whatever it is asked to do.
    fn pg_ctl_command(&self) -> Command {
        let mut pg_ctl = self.server_command("pg_ctl");
        pg_ctl
            .arg("-D")
            .arg(self.data_folder())
            .args(["-w", "-t", WAIT_SECONDS]);
        pg_ctl
    }

    /// initdb or pg_ctl, run as the server's user, in the cluster's folder (one that user can
    /// enter: the server refuses to start in a folder it cannot).
    fn server_command(&self, program: &str) -> Command {
        let path = self.programs.join(program);
        let mut command = match &self.server_user {
            Some(user) => {
                let mut command = Command::new("runuser");
                command.args(["-u", user, "--"]).arg(path);
                command
            }
            None => Command::new(path),
        };
        command.current_dir(self.folder.path()).stdin(Stdio::null());
        command
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        // Immediate: nothing of a throwaway server needs saving. Fails harmlessly when the
        // server is already down; the folder goes with the TempDir.
        if self.port != 0 {
            let _ = self.pg_ctl(&["stop", "-m", "immediate"]);
        }
    }
}

fn url(port: u16, database: &str) -> String {
    format!("postgresql://postgres:{PASSWORD}@127.0.0.1:{port}/{database}")
}

fn is_plain_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A path as a postgresql.conf string value.
fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}

fn free_loopback_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// Prints why the test is skipped, or panics with it when CI asked for the hub's tests to
/// run.
fn skip_or_fail(reason: &str) {
    let required = std::env::var(REQUIRED_VARIABLE).is_ok_and(|v| !v.is_empty() && v != "0");
    assert!(!required, "{REQUIRED_VARIABLE} is set but {reason}");
    eprintln!("skipped: {reason}");
}

/// PostgreSQL's programs and who runs the server, or why the tests cannot have a server.
fn find_installation(tls: bool) -> Result<Installation, String> {
    let programs = find_programs().ok_or_else(|| {
        format!(
            "no PostgreSQL (initdb not found under {DEBIAN_VERSIONS}/*/bin or on PATH); \
             install the postgresql package"
        )
    })?;
    let server_user = if running_as_root() {
        if !user_exists(SERVER_USER_WHEN_ROOT) {
            return Err(format!(
                "the tests run as root, which initdb refuses, and there is no \
                 {SERVER_USER_WHEN_ROOT} user to run the server as; install the postgresql \
                 package"
            ));
        }
        Some(SERVER_USER_WHEN_ROOT.to_string())
    } else {
        None
    };
    if tls && !on_path("openssl") {
        return Err(
            "no openssl to make the test server's certificate; install the openssl package"
                .to_string(),
        );
    }
    Ok(Installation {
        programs,
        server_user,
    })
}

/// The folder with initdb, pg_ctl and psql: the highest version under Debian's
/// /usr/lib/postgresql, or else the first on PATH.
fn find_programs() -> Option<PathBuf> {
    let complete = |folder: &Path| {
        ["initdb", "pg_ctl", "psql"]
            .iter()
            .all(|program| folder.join(program).is_file())
    };
    let newest_debian = fs::read_dir(DEBIAN_VERSIONS)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version: u32 = entry.file_name().to_str()?.parse().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, folder)| complete(folder))
        .max_by_key(|(version, _)| *version)
        .map(|(_, folder)| folder);
    newest_debian.or_else(|| {
        std::env::split_paths(&std::env::var_os("PATH")?).find(|folder| complete(folder))
    })
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

fn user_exists(user: &str) -> bool {
    Command::new("id")
        .arg("-u")
        .arg(user)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|folder| folder.join(program).is_file())
    })
}

fn run(command: &mut Command) -> Output {
    command
        .output()
        .unwrap_or_else(|e| panic!("{command:?} could not run: {e}"))
}

fn run_checked(command: &mut Command) {
    let output = run(command);
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}",
        describe(&output)
    );
}

fn describe(output: &Output) -> String {
    format!(
        "{}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
