//! SMTP connections kept open between messages, with Nagle's algorithm off.
//!
//! lettre's pool sends a NOOP before every reuse, and its connections leave Nagle's algorithm on:
//! the message body and the closing `.` go out as two writes, so the second waits for the
//! server's delayed ACK (about 40 ms a message, whatever the server's speed). A profile of the
//! worker showed both it and the SMTP server mostly idle. This pool keeps up to `size` open
//! connections, sets `TCP_NODELAY`, and reconnects once when a kept connection turns out closed.

use std::sync::Mutex;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::extension::ClientId;

use super::transport::SendError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StartTls {
    No,
    IfOffered,
    Required,
}

pub struct SmtpPool {
    host: String,
    port: u16,
    starttls: StartTls,
    /// A PEM file of extra trusted roots, for a relay with a private CA (`?ca_file=`).
    ca_file: Option<String>,
    credentials: Option<Credentials>,
    hello: ClientId,
    timeout: Duration,
    idle: Mutex<Vec<AsyncSmtpConnection>>,
    size: usize,
}

impl SmtpPool {
    /// For `smtp://[user:pass@]host[:port][?tls=required|opportunistic][&ca_file=PATH]` URLs (the
    /// forms lettre reads the same way, plus extra trusted roots); `None` for any other (e.g.
    /// `smtps://`, left to lettre's transport).
    pub fn from_url(raw: &str, size: usize) -> Option<SmtpPool> {
        let url = url::Url::parse(raw).ok()?;
        if url.scheme() != "smtp" {
            return None;
        }
        let param = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        let tls = param("tls");
        let (starttls, default_port) = match tls.as_deref() {
            None => (StartTls::No, 25),
            Some("required") => (StartTls::Required, 587),
            Some("opportunistic") => (StartTls::IfOffered, 587),
            Some(_) => return None,
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let credentials = (!url.username().is_empty()).then(|| {
            Credentials::new(decode(url.username()), decode(url.password().unwrap_or("")))
        });
        Some(SmtpPool {
            host: url.host_str()?.to_owned(),
            port: url.port().unwrap_or(default_port),
            starttls,
            ca_file: param("ca_file"),
            credentials,
            hello: ClientId::default(),
            timeout: Duration::from_secs(60),
            idle: Mutex::new(Vec::new()),
            size: size.max(1),
        })
    }

    /// A connection ready to send: connected, greeted, upgraded to TLS if asked, logged in; all
    /// within the timeout, so a server that stops answering cannot hold a send forever.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        tokio::time::timeout(self.timeout, self.handshake())
            .await
            .map_err(|_| unreachable_server("no answer in time"))?
    }

    async fn handshake(&self) -> Result<AsyncSmtpConnection, SendError> {
        let stream = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| unreachable_server(&e.to_string()))?;
        stream
            .set_nodelay(true)
            .map_err(|e| unreachable_server(&e.to_string()))?;
        let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(stream), &self.hello)
            .await
            .map_err(from_lettre)?;
        let upgrade = match self.starttls {
            StartTls::No => false,
            StartTls::IfOffered => conn.can_starttls(),
            StartTls::Required => true,
        };
        if upgrade {
            let params = self.tls_parameters().await?;
            conn.starttls(params, &self.hello)
                .await
                .map_err(from_lettre)?;
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                .await
                .map_err(from_lettre)?;
        }
        Ok(conn)
    }

    /// The server's name to check its certificate against, and the roots to trust: the usual
    /// public ones, plus `ca_file` when given. The certificate is always checked.
    async fn tls_parameters(&self) -> Result<TlsParameters, SendError> {
        let mut builder = TlsParameters::builder(self.host.clone());
        if let Some(path) = &self.ca_file {
            let pem = tokio::fs::read(path)
                .await
                .map_err(|e| unreachable_server(&format!("ca_file {path}: {e}")))?;
            builder =
                builder.add_root_certificate(Certificate::from_pem(&pem).map_err(from_lettre)?);
        }
        builder.build_rustls().map_err(from_lettre)
    }

    /// Sends one message. A kept connection that fails before any reply (closed while idle) is
    /// replaced once; a reply from the server, good or bad, is final for this attempt.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        // A connection in hand when the timeout strikes is dropped with the future.
        tokio::time::timeout(self.timeout, self.send_once(envelope, message))
            .await
            .map_err(|_| unreachable_server("no answer in time"))?
    }

    async fn send_once(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        let kept = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut conn = match kept {
            Some(mut conn) => match conn.send(envelope, message).await {
                Ok(_) => {
                    self.keep(conn);
                    return Ok(());
                }
                Err(e) if e.is_response() || !conn.has_broken() => {
                    self.keep_if_usable(conn);
                    return Err(from_lettre(e));
                }
                Err(_) => self.connect().await?,
            },
            None => self.connect().await?,
        };
        let sent = conn.send(envelope, message).await;
        self.keep_if_usable(conn);
        sent.map(|_| ()).map_err(from_lettre)
    }

    fn keep(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < self.size {
            idle.push(conn);
        }
    }

    /// After a refused message the connection is still good; after a network error it is not.
    fn keep_if_usable(&self, conn: AsyncSmtpConnection) {
        if !conn.has_broken() {
            self.keep(conn);
        }
    }
}

/// A lettre error as the worker judges it: permanent (5xx) or worth retrying.
pub(super) fn from_lettre(e: lettre::transport::smtp::Error) -> SendError {
    SendError {
        permanent: e.is_permanent(),
        message: e.to_string(),
    }
}

/// No server to talk to: worth trying again later.
fn unreachable_server(cause: &str) -> SendError {
    SendError {
        permanent: false,
        message: format!("could not connect to the SMTP server: {cause}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_smtp_urls_as_lettre_does() {
        let p = SmtpPool::from_url("smtp://u:p%20w@mail.example.org?tls=required", 4).unwrap();
        assert_eq!((p.host.as_str(), p.port), ("mail.example.org", 587));
        assert_eq!(p.starttls, StartTls::Required);
        assert!(p.credentials.is_some());
        let p = SmtpPool::from_url("smtp://127.0.0.1:2525", 4).unwrap();
        assert_eq!((p.port, p.starttls), (2525, StartTls::No));
        assert!(p.credentials.is_none());
        let p = SmtpPool::from_url("smtp://relay?tls=required&ca_file=/etc/ca.pem", 1).unwrap();
        assert_eq!(p.ca_file.as_deref(), Some("/etc/ca.pem"));
        let p = SmtpPool::from_url("smtp://relay?tls=opportunistic", 0).unwrap();
        assert_eq!((p.port, p.starttls, p.size), (587, StartTls::IfOffered, 1));
        // Implicit TLS stays with lettre's transport; unknown modes are lettre's to refuse.
        assert!(SmtpPool::from_url("smtps://relay", 4).is_none());
        assert!(SmtpPool::from_url("smtp://relay?tls=sometimes", 4).is_none());
    }
}
