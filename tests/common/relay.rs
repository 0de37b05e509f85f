//! A TCP forwarder on 127.0.0.1 between a desk and the hub's server, that a test can cut,
//! stall and slow down, to play the venue's Wi-Fi dropping out or lagging.
//!
//! - `cut`: the network is gone and the desk notices: open connections are shut down, and new
//!   ones open and close at once (a desk fails fast).
//! - `blackhole`: the network is gone and nobody says so: bytes stop moving on open
//!   connections, and new ones open but get nothing (a desk waits until its own timeout).
//!   `restore` lets everything held move on, as TCP does when the Wi-Fi comes back in time.
//! - `set_delay`: every byte arrives that much later, each way.
//!
//! Each connection has one thread per direction reading and one writing, blocked on the
//! socket or the queue between them; cutting shuts the sockets down, which wakes them.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How long the relay waits for the server to take a connection; the server is on loopback, so
/// this is only reached when something is badly wrong.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

const CHUNK_SIZE: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Link {
    Up,
    Cut,
    Blackhole,
    /// The relay was dropped.
    Closed,
}

pub struct Relay {
    port: u16,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

struct Shared {
    state: Mutex<State>,
    /// Signalled whenever the link changes, for the threads held by a blackhole.
    link_changed: Condvar,
}

struct State {
    link: Link,
    delay: Duration,
    next_connection: u64,
    /// Every socket of every open connection, to shut them down on a cut.
    connections: HashMap<u64, Vec<TcpStream>>,
}

/// A chunk of bytes on its way, and when it may be written out.
struct Chunk {
    due: Instant,
    bytes: Vec<u8>,
}

impl Relay {
    /// A relay on a free port of 127.0.0.1 to the server at 127.0.0.1:`target_port`, with the
    /// link up and no delay.
    pub fn start(target_port: u16) -> Relay {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a free port on 127.0.0.1");
        let port = listener
            .local_addr()
            .expect("the relay's listener has an address")
            .port();
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                link: Link::Up,
                delay: Duration::ZERO,
                next_connection: 0,
                connections: HashMap::new(),
            }),
            link_changed: Condvar::new(),
        });
        let target = SocketAddr::from(([127, 0, 0, 1], target_port));
        let acceptor = {
            let shared = Arc::clone(&shared);
            thread::Builder::new()
                .name("relay-accept".into())
                .spawn(move || accept_connections(listener, target, shared))
                .expect("a thread for the relay")
        };
        Relay {
            port,
            shared,
            acceptor: Some(acceptor),
        }
    }

    /// The port on 127.0.0.1 that clients connect to instead of the server's.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Takes the link down loudly: open connections are shut down both ways, and new ones
    /// are closed as soon as they open, until `restore`.
    pub fn cut(&self) {
        self.shared.set_link(Link::Cut);
        self.shared.shut_down_all();
    }

    /// Takes the link down silently: open connections stay open but carry nothing, and new
    /// ones open but reach nothing, until `restore` (or `cut`).
    pub fn blackhole(&self) {
        self.shared.set_link(Link::Blackhole);
    }

    /// Brings the link back: new connections reach the server, and what a blackhole held
    /// moves on. Connections closed by a cut stay closed.
    pub fn restore(&self) {
        self.shared.set_link(Link::Up);
    }

    /// Makes every chunk read from now on arrive `delay` later, in each direction; a round
    /// trip through the relay takes `2 * delay` longer.
    pub fn set_delay(&self, delay: Duration) {
        self.shared.lock().delay = delay;
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.shared.set_link(Link::Closed);
        self.shared.shut_down_all();
        // The acceptor is blocked in accept: a connection of our own wakes it to see Closed.
        let woken = TcpStream::connect_timeout(
            &SocketAddr::from(([127, 0, 0, 1], self.port)),
            CONNECT_TIMEOUT,
        )
        .is_ok();
        if let Some(acceptor) = self.acceptor.take()
            && woken
        {
            let _ = acceptor.join();
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A thread of the relay that panicked leaves the state as consistent as before.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn link(&self) -> Link {
        self.lock().link
    }

    fn set_link(&self, link: Link) {
        let mut state = self.lock();
        if state.link != Link::Closed {
            state.link = link;
        }
        self.link_changed.notify_all();
    }

    fn delay(&self) -> Duration {
        self.lock().delay
    }

    fn shut_down_all(&self) {
        let connections = std::mem::take(&mut self.lock().connections);
        for stream in connections.values().flatten() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }

    /// Waits while the link is a blackhole; true when it is up again, false when it was cut or
    /// the relay closed.
    fn wait_while_blackholed(&self) -> bool {
        let mut state = self.lock();
        while state.link == Link::Blackhole {
            state = self
                .link_changed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        state.link == Link::Up
    }

    /// Records a new connection's first socket, unless the link is cut or closed.
    fn register(&self, client: &TcpStream) -> Option<u64> {
        let mut state = self.lock();
        if matches!(state.link, Link::Cut | Link::Closed) {
            return None;
        }
        let id = state.next_connection;
        state.next_connection += 1;
        state.connections.insert(id, vec![client.try_clone().ok()?]);
        Some(id)
    }

    /// Records the server's side of a connection; false when the connection was cut while
    /// the relay was connecting to the server.
    fn add_server_side(&self, id: u64, server: &TcpStream) -> bool {
        let mut state = self.lock();
        let link = state.link;
        match (state.connections.get_mut(&id), server.try_clone()) {
            (Some(sockets), Ok(clone)) if link == Link::Up => {
                sockets.push(clone);
                true
            }
            _ => false,
        }
    }

    fn forget(&self, id: u64) {
        self.lock().connections.remove(&id);
    }
}

fn accept_connections(listener: TcpListener, target: SocketAddr, shared: Arc<Shared>) {
    for incoming in listener.incoming() {
        let link = shared.link();
        if link == Link::Closed {
            return;
        }
        let client = match incoming {
            Ok(client) => client,
            Err(_) => {
                // Out of file descriptors or similar: give the machine a moment instead of
                // spinning on the same error.
                thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        if link == Link::Cut {
            // Dropping it closes it: the desk sees the connection fail at once.
            continue;
        }
        let shared = Arc::clone(&shared);
        let spawned = thread::Builder::new()
            .name("relay-connection".into())
            .spawn(move || carry_connection(client, target, shared));
        if spawned.is_err() {
            thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Connects a client to the server, once the link lets it, and forwards both ways until
/// both sides are done or the link is cut.
fn carry_connection(client: TcpStream, target: SocketAddr, shared: Arc<Shared>) {
    let Some(id) = shared.register(&client) else {
        return;
    };
    if shared.wait_while_blackholed()
        && let Ok(server) = TcpStream::connect_timeout(&target, CONNECT_TIMEOUT)
        && shared.add_server_side(id, &server)
    {
        forward_both_ways(client, server, &shared);
    } else {
        let _ = client.shutdown(Shutdown::Both);
    }
    shared.forget(id);
}

fn forward_both_ways(client: TcpStream, server: TcpStream, shared: &Arc<Shared>) {
    // Small messages (a scan, its answer) must not wait for Nagle's algorithm: that would
    // add latency the benchmark did not ask for.
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (Ok(client_copy), Ok(server_copy)) = (client.try_clone(), server.try_clone()) else {
        let _ = client.shutdown(Shutdown::Both);
        let _ = server.shutdown(Shutdown::Both);
        return;
    };
    let upstream = {
        let shared = Arc::clone(shared);
        thread::Builder::new()
            .name("relay-upstream".into())
            .spawn(move || forward(client_copy, server_copy, shared))
    };
    forward(server, client, Arc::clone(shared));
    if let Ok(upstream) = upstream {
        let _ = upstream.join();
    }
}

/// Forwards one direction: a thread reads chunks as they come, stamped with when they are
/// due, and this one writes each out when due.
fn forward(from: TcpStream, to: TcpStream, shared: Arc<Shared>) {
    let (chunks, arrivals) = mpsc::channel();
    let reader = match from.try_clone() {
        Ok(from_copy) => {
            let shared = Arc::clone(&shared);
            thread::Builder::new()
                .name("relay-read".into())
                .spawn(move || read_chunks(from_copy, chunks, &shared))
                .ok()
        }
        Err(_) => None,
    };
    let finished_cleanly = reader.is_some() && write_chunks(arrivals, &to, &shared);
    if finished_cleanly {
        // The sender finished: pass its half-close on, the other direction goes on.
        let _ = to.shutdown(Shutdown::Write);
    } else {
        // A write failed or the link was cut: the whole connection is over.
        let _ = from.shutdown(Shutdown::Both);
        let _ = to.shutdown(Shutdown::Both);
    }
    if let Some(reader) = reader {
        let _ = reader.join();
    }
}

fn read_chunks(mut from: TcpStream, chunks: Sender<Chunk>, shared: &Shared) {
    let mut buffer = vec![0; CHUNK_SIZE];
    loop {
        let count = match from.read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(count) => count,
        };
        // In a blackhole, stop reading: the sender's buffers fill up as over a dead network.
        if !shared.wait_while_blackholed() {
            return;
        }
        let chunk = Chunk {
            due: Instant::now() + shared.delay(),
            bytes: buffer[..count].to_vec(),
        };
        if chunks.send(chunk).is_err() {
            return;
        }
    }
}

/// Writes each chunk when it is due; true when the reading side ended, false when a write
/// failed or the link was cut.
fn write_chunks(arrivals: Receiver<Chunk>, mut to: &TcpStream, shared: &Shared) -> bool {
    for chunk in arrivals {
        let now = Instant::now();
        if chunk.due > now {
            thread::sleep(chunk.due - now);
        }
        if !shared.wait_while_blackholed() || to.write_all(&chunk.bytes).is_err() {
            return false;
        }
    }
    true
}
