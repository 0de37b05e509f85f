//! TLS to the hub with rustls. Venue Wi-Fi is shared with attendees: desks encrypt always,
//! and check the hub's certificate when given one to trust. A self-signed hub certificate is
//! trusted by being the very certificate in the desk's file (pinned); a certificate from a
//! certificate authority is checked the usual way against that file's or the public roots
//! (with `verify-ca`, its chain only; with `verify-full`, also the host it names).

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::HubError;
use super::url::Tls;

pub fn client_config(tls: &Tls) -> Result<ClientConfig, HubError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| HubError::Tls(e.to_string()))?;
    let verifier: Arc<dyn ServerCertVerifier> = match tls {
        Tls::Disable | Tls::Require => {
            Arc::new(Unverified(provider.signature_verification_algorithms))
        }
        Tls::Verify {
            root_certificate,
            check_name,
        } => {
            let pinned = match root_certificate {
                Some(path) => read_certificates(path)?,
                None => Vec::new(),
            };
            let mut roots = RootCertStore::empty();
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            for certificate in &pinned {
                // A self-signed leaf is not a usable root for webpki; pinning covers it.
                let _ = roots.add(certificate.clone());
            }
            let webpki =
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                    .build()
                    .map_err(|e| HubError::Tls(e.to_string()))?;
            Arc::new(Pinned {
                pinned,
                webpki,
                check_name: *check_name,
                signatures: Unverified(provider.signature_verification_algorithms),
            })
        }
    };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

fn read_certificates(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, HubError> {
    let bytes = std::fs::read(path).map_err(|source| HubError::Certificate {
        path: path.to_path_buf(),
        source,
    })?;
    let certificates: Vec<_> = rustls_pemfile::certs(&mut bytes.as_slice())
        .collect::<Result<_, _>>()
        .map_err(|e| HubError::Tls(format!("{}: {e}", path.display())))?;
    if certificates.is_empty() {
        return Err(HubError::Tls(format!(
            "{} holds no certificate (a PEM file beginning \"-----BEGIN CERTIFICATE-----\")",
            path.display()
        )));
    }
    Ok(certificates)
}

/// `sslmode=require`: encrypted, the handshake's signatures checked, the certificate not.
#[derive(Debug)]
struct Unverified(WebPkiSupportedAlgorithms);

impl ServerCertVerifier for Unverified {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_schemes()
    }
}

/// `sslrootcert=FILE`: the hub's certificate is one in the file, or one a root vouches for.
#[derive(Debug)]
struct Pinned {
    pinned: Vec<CertificateDer<'static>>,
    webpki: Arc<WebPkiServerVerifier>,
    /// `verify-full`: the certificate must name the host; `verify-ca` asks only that a
    /// trusted root vouches for it.
    check_name: bool,
    /// The handshake's signatures are checked the same way in every mode.
    signatures: Unverified,
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if self
            .pinned
            .iter()
            .any(|c| c.as_ref() == end_entity.as_ref())
        {
            if self.check_name {
                let parsed = rustls::server::ParsedCertificate::try_from(end_entity)?;
                rustls::client::verify_server_name(&parsed, server_name)?;
            }
            return Ok(ServerCertVerified::assertion());
        }
        match self
            .webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::NotValidForName
                | rustls::CertificateError::NotValidForNameContext { .. },
            )) if !self.check_name => Ok(ServerCertVerified::assertion()),
            answer => answer,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.signatures.supported_verify_schemes()
    }
}
