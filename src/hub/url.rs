//! The hub's address as organizers write it: a PostgreSQL URL
//! (`postgresql://frontdesk:PASSWORD@HOST:5432/frontdesk?sslmode=require`), remembered per
//! desk in a file only its user can read, and shown without its password.

use std::path::{Path, PathBuf};

use super::HubError;

/// How the desk speaks TLS to the hub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    /// Plain TCP: only for a hub on this computer.
    Disable,
    /// Encrypted, with the hub's certificate not checked (libpq's `require`).
    Require,
    /// Encrypted, with the hub's certificate checked against `sslrootcert` (or the public
    /// roots when none is given): libpq's `verify-ca`, and with `check_name` its
    /// `verify-full`, where the certificate must also name the host the desk dialled.
    Verify {
        root_certificate: Option<PathBuf>,
        check_name: bool,
    },
}

/// A hub's address, parsed.
#[derive(Clone, PartialEq, Eq)]
pub struct HubUrl {
    /// The URL as given, password included: never printed.
    url: String,
    /// The URL without the options tokio-postgres does not read (TLS ones we handle).
    connect: String,
    pub tls: Tls,
    /// `host:port/database`, to name the hub in sentences.
    pub shown: String,
}

impl std::fmt::Debug for HubUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HubUrl({})", self.shown)
    }
}

impl HubUrl {
    pub fn parse(url: &str) -> Result<HubUrl, HubError> {
        let url = url.trim();
        let rest = url
            .strip_prefix("postgresql://")
            .or_else(|| url.strip_prefix("postgres://"))
            .ok_or_else(|| HubError::BadUrl {
                reason: "it should start with postgresql://".into(),
            })?;
        let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
        let host_part = address.rsplit_once('@').map(|(_, h)| h).unwrap_or(address);
        if host_part.is_empty() || host_part.starts_with('/') {
            return Err(HubError::BadUrl {
                reason: "it names no host (postgresql://USER:PASSWORD@HOST:5432/DATABASE)".into(),
            });
        }
        let mut mode = "prefer".to_string();
        let mut root_certificate = None;
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "sslmode" => mode = value.to_string(),
                "sslrootcert" => root_certificate = Some(PathBuf::from(value)),
                _ => kept.push(pair),
            }
        }
        let tls = match (mode.as_str(), root_certificate) {
            ("disable" | "allow" | "prefer", None) if is_loopback(host_part) => Tls::Disable,
            ("disable", None) => Tls::Disable,
            ("allow" | "prefer" | "require", None) => Tls::Require,
            ("verify-full", root) => Tls::Verify {
                root_certificate: root,
                check_name: true,
            },
            ("verify-ca", root) | (_, root @ Some(_)) => Tls::Verify {
                root_certificate: root,
                check_name: false,
            },
            (other, None) => {
                return Err(HubError::BadUrl {
                    reason: format!(
                        "sslmode={other} is not one of disable, require, verify-ca, verify-full"
                    ),
                });
            }
        };
        let pg_mode = if tls == Tls::Disable {
            "disable"
        } else {
            "require"
        };
        kept.push(if pg_mode == "disable" {
            "sslmode=disable"
        } else {
            "sslmode=require"
        });
        let connect = format!("postgresql://{address}?{}", kept.join("&"));
        Ok(HubUrl {
            url: url.to_string(),
            connect,
            tls,
            shown: host_part.to_string(),
        })
    }

    /// `address` with `password` as its user's password, for a form that asks for the
    /// password in a field of its own so that it is never on the screen. The password is
    /// percent-encoded (a `@` or `/` in it would otherwise break the address); an empty one
    /// leaves the address as typed.
    pub fn with_password(address: &str, password: &str) -> String {
        let address = address.trim();
        if password.is_empty() {
            return address.to_string();
        }
        let (scheme, rest) = match address.split_once("://") {
            Some((scheme, rest)) => (scheme, rest),
            None => ("postgresql", address),
        };
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);
        let (user, host) = match authority.rsplit_once('@') {
            Some((userinfo, host)) => (userinfo.split(':').next().unwrap_or(""), host),
            None => ("", authority),
        };
        format!(
            "{scheme}://{user}:{}@{host}{tail}",
            percent_encode(password)
        )
    }

    pub(crate) fn connect_string(&self) -> &str {
        &self.connect
    }

    /// The host alone, for "needs the hub at HOST".
    pub fn host(&self) -> &str {
        let host = self.shown.split('/').next().unwrap_or(&self.shown);
        host.rsplit_once(':').map(|(h, _)| h).unwrap_or(host)
    }

    /// Where a desk remembers its hub: beside its database, readable by its user only.
    pub fn file_for(db: &Path) -> PathBuf {
        let mut name = db.as_os_str().to_owned();
        name.push(".hub");
        PathBuf::from(name)
    }

    pub fn remember(&self, db: &Path) -> Result<(), HubError> {
        let path = Self::file_for(db);
        write_private(&path, &format!("{}\n", self.url)).map_err(|source| HubError::UrlFile {
            path: path.clone(),
            source,
        })
    }

    /// The hub remembered for `db`, if any.
    pub fn remembered(db: &Path) -> Result<Option<HubUrl>, HubError> {
        let path = Self::file_for(db);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(HubUrl::parse(text.trim())?)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(HubError::UrlFile { path, source }),
        }
    }

    pub fn forget(db: &Path) -> Result<(), HubError> {
        let path = Self::file_for(db);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(HubError::UrlFile { path, source }),
        }
    }
}

fn is_loopback(host_part: &str) -> bool {
    let host = host_part.split(['/', ':']).next().unwrap_or_default();
    matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

/// Writes a file only its owner can read, created so from the start (no moment of 0644).
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let mut file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        file.write_all(text.as_bytes())?;
        file.sync_all()
    }
    #[cfg(not(unix))]
    {
        let mut file = options.open(path)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()
    }
}

/// Every byte but the URL-unreserved ones as `%XX`.
fn percent_encode(text: &str) -> String {
    use std::fmt::Write;
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_from_its_own_field_goes_into_the_address_encoded() {
        let address = "postgresql://frontdesk@hub.local:5432/frontdesk?sslmode=require";
        assert_eq!(
            HubUrl::with_password(address, "p@ss/w:rd é"),
            "postgresql://frontdesk:p%40ss%2Fw%3Ard%20%C3%A9@hub.local:5432/frontdesk?sslmode=require"
        );
        assert_eq!(
            HubUrl::with_password("postgresql://frontdesk:old@hub/frontdesk", "new"),
            "postgresql://frontdesk:new@hub/frontdesk",
            "the field's password replaces one typed in the address"
        );
        assert_eq!(HubUrl::with_password(address, ""), address);
        let url = HubUrl::parse(&HubUrl::with_password(address, "p@ss")).unwrap();
        assert_eq!(url.shown, "hub.local:5432/frontdesk");
    }

    #[test]
    fn the_password_is_never_shown() {
        let url =
            HubUrl::parse("postgresql://frontdesk:s3cret@hub.local:5432/frontdesk?sslmode=require")
                .expect("parses");
        assert_eq!(url.shown, "hub.local:5432/frontdesk");
        assert_eq!(url.host(), "hub.local");
        assert!(!format!("{url:?}").contains("s3cret"));
        assert_eq!(url.tls, Tls::Require);
    }

    #[test]
    fn a_root_certificate_means_the_hub_is_verified() {
        let url = HubUrl::parse(
            "postgresql://u:p@10.0.0.2/frontdesk?sslmode=verify-full&sslrootcert=/etc/hub.crt",
        )
        .expect("parses");
        assert_eq!(
            url.tls,
            Tls::Verify {
                root_certificate: Some(PathBuf::from("/etc/hub.crt")),
                check_name: true,
            }
        );
        assert!(!url.connect_string().contains("sslrootcert"));
        let by_chain_only = HubUrl::parse(
            "postgresql://u:p@10.0.0.2/frontdesk?sslmode=verify-ca&sslrootcert=a.crt",
        )
        .expect("parses");
        assert_eq!(
            by_chain_only.tls,
            Tls::Verify {
                root_certificate: Some(PathBuf::from("a.crt")),
                check_name: false,
            }
        );
    }

    #[test]
    fn not_a_url_gets_a_sentence() {
        let error = HubUrl::parse("hub.local:5432").expect_err("refused");
        assert!(error.to_string().contains("postgresql://"), "{error}");
    }
}
