//! One connection from a desk to the hub, with a deadline on every call: the desk's own
//! small runtime drives it, so that the desk's blocking code (the window's worker, the
//! command line) can ask the hub and give up after a second when the network is gone.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::runtime::Runtime;
use tokio::sync::Notify;
use tokio_postgres::{AsyncMessage, Client, NoTls};

use super::HubError;
use super::url::{HubUrl, Tls};
use crate::store::hub::{FEED_CHANNEL, HubStoreError};

pub struct HubConnection {
    runtime: Runtime,
    client: Client,
    url: HubUrl,
    /// Set when the connection ended: the next call reconnects instead.
    closed: Arc<AtomicBool>,
    /// Woken by the hub's `NOTIFY` when another desk changed something.
    changed: Arc<Notify>,
}

impl HubConnection {
    /// Connects within `deadline` and brings the hub's schema up to date.
    pub fn open(url: &HubUrl, deadline: Duration) -> Result<HubConnection, HubError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("frontdesk-hub")
            .enable_all()
            .build()
            .map_err(|e| HubError::Unreachable {
                host: url.host().to_string(),
                reason: e.to_string(),
            })?;
        let closed = Arc::new(AtomicBool::new(false));
        let changed = Arc::new(Notify::new());
        let client = runtime.block_on(async {
            tokio::time::timeout(deadline, connect(url, closed.clone(), changed.clone()))
                .await
                .map_err(|_| unreachable(url, "it did not answer in time"))?
        })?;
        let mut connection = HubConnection {
            runtime,
            client,
            url: url.clone(),
            closed,
            changed,
        };
        connection.call(deadline.max(Duration::from_secs(5)), |client| {
            Box::pin(async move {
                crate::store::hub::schema::migrate(client).await?;
                // A desk cut off in the middle of a check-in must not hold the hub's feed
                // lock until the server's TCP gives up: its session ends in seconds, and
                // no desk waits long for a lock.
                client
                    .batch_execute(&format!(
                        "SET idle_in_transaction_session_timeout = '5s';
                         SET lock_timeout = '3s';
                         LISTEN {FEED_CHANNEL}"
                    ))
                    .await?;
                Ok(())
            })
        })?;
        Ok(connection)
    }

    pub fn url(&self) -> &HubUrl {
        &self.url
    }

    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst) || self.client.is_closed()
    }

    /// Runs `work` against the hub, giving up after `deadline`. A call that times out leaves
    /// the connection closed: what it sent may still commit, which the scan ids make safe.
    pub fn call<T>(
        &mut self,
        deadline: Duration,
        work: impl for<'c> FnOnce(
            &'c mut Client,
        ) -> std::pin::Pin<
            Box<dyn Future<Output = Result<T, HubStoreError>> + Send + 'c>,
        >,
    ) -> Result<T, HubError> {
        if self.is_closed() {
            return Err(unreachable(&self.url, "the connection was lost"));
        }
        let client = &mut self.client;
        let url = &self.url;
        let answer = self
            .runtime
            .block_on(async { tokio::time::timeout(deadline, work(client)).await });
        match answer {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => {
                let error = HubError::from_store(error, url);
                if error.is_unreachable() {
                    self.closed.store(true, Ordering::SeqCst);
                }
                Err(error)
            }
            Err(_) => {
                self.closed.store(true, Ordering::SeqCst);
                Err(unreachable(url, "it did not answer within the deadline"))
            }
        }
    }

    /// Waits up to `wait` for another desk's change to be announced.
    pub fn wait_for_change(&self, wait: Duration) -> bool {
        let changed = self.changed.clone();
        self.runtime
            .block_on(async { tokio::time::timeout(wait, changed.notified()).await.is_ok() })
    }
}

async fn connect(
    url: &HubUrl,
    closed: Arc<AtomicBool>,
    changed: Arc<Notify>,
) -> Result<Client, HubError> {
    let mut config: tokio_postgres::Config =
        url.connect_string()
            .parse()
            .map_err(|e: tokio_postgres::Error| HubError::BadUrl {
                reason: e.to_string(),
            })?;
    // A venue's Wi-Fi that goes silent is noticed in seconds, not hours.
    config
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(5))
        .keepalives_interval(Duration::from_secs(2))
        .keepalives_retries(3);
    match &url.tls {
        Tls::Disable => {
            let (client, connection) = config
                .connect(NoTls)
                .await
                .map_err(|e| HubError::from_postgres(e, url))?;
            tokio::spawn(drive(connection, closed, changed));
            Ok(client)
        }
        tls => {
            let tls =
                tokio_postgres_rustls::MakeRustlsConnect::new(super::tls::client_config(tls)?);
            let (client, connection) = config
                .connect(tls)
                .await
                .map_err(|e| HubError::from_postgres(e, url))?;
            tokio::spawn(drive(connection, closed, changed));
            Ok(client)
        }
    }
}

/// Drives the connection, passing on the hub's notices; marks it closed when it ends.
async fn drive<S, T>(
    mut connection: tokio_postgres::Connection<S, T>,
    closed: Arc<AtomicBool>,
    changed: Arc<Notify>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    loop {
        let message = std::future::poll_fn(|cx| connection.poll_message(cx)).await;
        match message {
            Some(Ok(AsyncMessage::Notification(_))) => changed.notify_one(),
            Some(Ok(_)) => {}
            Some(Err(error)) => {
                tracing::info!(%error, "the hub connection ended");
                break;
            }
            None => break,
        }
    }
    closed.store(true, Ordering::SeqCst);
    changed.notify_one();
}

pub(super) fn unreachable(url: &HubUrl, reason: &str) -> HubError {
    HubError::Unreachable {
        host: url.host().to_string(),
        reason: reason.to_string(),
    }
}
