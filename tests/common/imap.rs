//! The private Dovecot that scripts/services starts (IMAP over TLS with a self-signed
//! certificate): each test gets a folder of its own, puts messages in it as a mail server would,
//! and reads their flags back.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls::{self, pki_types::pem::PemObject, pki_types::CertificateDer};

type Session = async_imap::Session<TlsStream<TcpStream>>;

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run `. scripts/services`"))
}

/// host:port of the server.
pub fn addr() -> String {
    var("CHORUS_TEST_IMAP")
}

/// Its certificate, to trust.
pub fn ca_file() -> PathBuf {
    var("CHORUS_TEST_IMAP_CA").into()
}

/// The app's `imap_url` for `folder`, through `addr` (the server's, or a proxy's).
pub fn url(addr: &str, folder: &str) -> String {
    format!(
        "imaps://{}:{}@{addr}/{folder}",
        var("CHORUS_TEST_IMAP_USER"),
        var("CHORUS_TEST_IMAP_PASSWORD")
    )
}

pub struct Folder {
    pub name: String,
    session: Session,
}

/// Logs in and creates a new, empty folder.
pub async fn folder() -> Folder {
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca_file()).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let tcp = TcpStream::connect(addr()).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tls);
    client.read_response().await.unwrap().unwrap();
    let mut session = client
        .login(
            var("CHORUS_TEST_IMAP_USER"),
            var("CHORUS_TEST_IMAP_PASSWORD"),
        )
        .await
        .map_err(|(e, _)| e)
        .unwrap();
    let name = format!("t{}", super::random_hex(6));
    session.create(&name).await.unwrap();
    Folder { name, session }
}

impl Folder {
    /// Delivers `raw` (LF line ends become CRLF) with `flags` and an internal date.
    pub async fn append(&mut self, raw: &str, flags: Option<&str>, date: Option<&str>) {
        let raw = raw.replace("\r\n", "\n").replace('\n', "\r\n");
        self.session
            .append(&self.name, flags, date, raw.as_bytes())
            .await
            .unwrap();
    }

    /// Every message's UID and flags, now.
    pub async fn flags(&mut self) -> Vec<(u32, Vec<String>)> {
        self.session.select(&self.name).await.unwrap();
        let fetched: Vec<_> = self
            .session
            .uid_fetch("1:*", "(UID FLAGS)")
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        let mut out: Vec<(u32, Vec<String>)> = fetched
            .iter()
            .filter_map(|f| {
                let flags = f.flags().map(|fl| format!("{fl:?}")).collect();
                Some((f.uid?, flags))
            })
            .collect();
        out.sort();
        out
    }

    /// Waits until the folder holds exactly `n` messages, all seen.
    pub async fn wait_all_seen(&mut self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let flags = self.flags().await;
            if flags.len() == n && flags.iter().all(|(_, f)| f.iter().any(|x| x == "Seen")) {
                return;
            }
            assert!(Instant::now() < deadline, "not all handled: {flags:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}
