//! Why a desk could not do what it asked of its hub. `Display` is the command line's English;
//! [`HubError::say`] is the same in the language of the person at the screen.

use std::path::PathBuf;

use super::HubUrl;
use crate::language::{Texts, detail_arg, path_arg};
use crate::store::StoreError;
use crate::store::hub::HubStoreError;

#[derive(Debug, thiserror::Error)]
pub enum HubError {
    #[error("the hub address cannot be used: {reason}")]
    BadUrl { reason: String },
    #[error("the hub at {host} is not reachable: {reason}")]
    Unreachable { host: String, reason: String },
    #[error(
        "the hub at {host} showed a certificate this desk does not trust ({reason}); check \
         that sslrootcert in the hub's address is a copy of the hub's certificate, made for \
         this host"
    )]
    Untrusted { host: String, reason: String },
    #[error("the hub at {host} refused this desk: {reason}")]
    Refused { host: String, reason: String },
    #[error("TLS to the hub: {0}")]
    Tls(String),
    #[error("cannot use {path} (where this desk keeps its hub's address): {source}")]
    UrlFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "cannot read the hub's certificate {path} (sslrootcert in the hub's address): {source}"
    )]
    Certificate {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "not erased: {desks} still had scans waiting for the hub when they last spoke to it; \
         erasing now would lose them. Let those desks sync (or leave the hub) first"
    )]
    DesksWaiting { desks: String },
    #[error("this database is not a desk of a hub; join one with frontdesk hub join --hub URL")]
    NotJoined,
    #[error(
        "this change needs the hub at {host}; it is not reachable. Try again when the desk \
         shows it is online"
    )]
    NeedsHub { host: String },
    #[error(
        "the hub at {host} now holds another event (\"{name}\"); this desk's copy is of an \
         earlier one. Leave it (frontdesk hub leave) and join again"
    )]
    OtherEvent { host: String, name: String },
    #[error(
        "{pending} scans of this desk have not reached the hub yet; sync when it is reachable, \
         then leave (or leave and erase this copy)"
    )]
    ScansWaiting { pending: u64 },
    #[error(transparent)]
    Hub(HubStoreError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl HubError {
    /// A hub error in the desk's words: a dropped or refused connection is "not reachable",
    /// a wrong password "refused", anything else the hub's own sentence.
    pub(crate) fn from_store(error: HubStoreError, url: &HubUrl) -> HubError {
        match error {
            HubStoreError::Postgres(e) => HubError::from_postgres(e, url),
            other => HubError::Hub(other),
        }
    }

    pub(crate) fn from_postgres(error: tokio_postgres::Error, url: &HubUrl) -> HubError {
        let host = url.host().to_string();
        if let Some(db) = error.as_db_error() {
            let code = db.code().code();
            // 28xxx: authentication; 3D000: no such database.
            if code.starts_with("28") || code == "3D000" {
                return HubError::Refused {
                    host,
                    reason: db.message().to_string(),
                };
            }
            return HubError::Hub(HubStoreError::Postgres(error));
        }
        let reason = std::error::Error::source(&error)
            .map(|s| s.to_string())
            .unwrap_or_else(|| error.to_string());
        if is_certificate_refusal(&error) {
            return HubError::Untrusted { host, reason };
        }
        HubError::Unreachable { host, reason }
    }

    /// A scan goes on offline rather than failing: the hub is not reachable, or it refuses
    /// this desk (a password changed, its database gone). The queue must not stop because
    /// the hub is out of order; the scans wait in the journal until it is put right.
    pub fn keeps_the_desk_going(&self) -> bool {
        self.is_unreachable() || matches!(self, HubError::Refused { .. })
    }

    /// The hub could not be reached, or not safely: the desk goes on offline. A certificate
    /// it does not trust may be someone on the venue's Wi-Fi posing as the hub.
    pub fn is_unreachable(&self) -> bool {
        matches!(
            self,
            HubError::Unreachable { .. } | HubError::Untrusted { .. }
        )
    }
}

/// The TLS handshake failed on the hub's certificate (not on the network).
fn is_certificate_refusal(error: &tokio_postgres::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(error);
    while let Some(error) = cause {
        if let Some(rustls::Error::InvalidCertificate(_)) = error.downcast_ref::<rustls::Error>() {
            return true;
        }
        if let Some(io) = error.downcast_ref::<std::io::Error>()
            && let Some(rustls::Error::InvalidCertificate(_)) = io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        {
            return true;
        }
        cause = error.source();
    }
    false
}

impl HubError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &Texts) -> String {
        let host = |host: &String| -> fluent_bundle::FluentValue<'static> { host.clone().into() };
        match self {
            HubError::BadUrl { reason } => {
                t.tr_with("hub-error-bad-address", &[("detail", detail_arg(reason))])
            }
            HubError::Unreachable { host: h, reason } => t.tr_with(
                "hub-error-unreachable",
                &[("host", host(h)), ("detail", detail_arg(reason))],
            ),
            HubError::Untrusted { host: h, reason } => t.tr_with(
                "hub-error-untrusted",
                &[("host", host(h)), ("detail", detail_arg(reason))],
            ),
            HubError::Refused { host: h, reason } => t.tr_with(
                "hub-error-refused",
                &[("host", host(h)), ("detail", detail_arg(reason))],
            ),
            HubError::Tls(reason) => t.tr_with("hub-error-tls", &[("detail", detail_arg(reason))]),
            HubError::UrlFile { path, source } => t.tr_with(
                "hub-error-address-file",
                &[("file", path_arg(path)), ("detail", detail_arg(source))],
            ),
            HubError::Certificate { path, source } => t.tr_with(
                "hub-error-certificate",
                &[("file", path_arg(path)), ("detail", detail_arg(source))],
            ),
            HubError::DesksWaiting { desks } => t.tr_with(
                "hub-error-desks-waiting",
                &[("desks", desks.as_str().into())],
            ),
            HubError::NotJoined => t.tr("hub-error-not-joined"),
            HubError::NeedsHub { host: h } => {
                t.tr_with("hub-error-needs-hub", &[("host", host(h))])
            }
            HubError::OtherEvent { host: h, name } => t.tr_with(
                "hub-error-other-event",
                &[("host", host(h)), ("name", name.as_str().into())],
            ),
            HubError::ScansWaiting { pending } => {
                t.tr_with("hub-error-scans-waiting", &[("pending", (*pending).into())])
            }
            HubError::Hub(error) => error.say(t),
            HubError::Store(error) => error.say(t),
        }
    }
}
