//! The bounce mailbox read over IMAP (`bounces.imap_url`), with implicit TLS only (rustls, the
//! public roots plus `imap_ca_file`). Each run logs in, takes the unseen messages, hands each to
//! the same reader as the maildir, then marks it seen. A crash between the two leaves it unseen:
//! read again, its digest is already recorded and nothing changes, so each report counts once.
//! A connection that fails is one failed run of the job: logged, and tried again next round.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use futures_util::TryStreamExt;
use secrecy::ExposeSecret;
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls::{self, pki_types::pem::PemObject, pki_types::CertificateDer};
use tokio_rustls::TlsConnector;

use super::{handle_message, ignored, MAX_MESSAGE_BYTES};
use crate::config::{BouncesSettings, ImapMailbox as Mailbox, Settings};
use crate::db::Db;
use crate::email::verp::Verp;
use crate::email::worker::VERP_KEY;

/// Messages read per run; the rest wait for the next.
const PER_RUN: usize = 500;
/// The longest any one exchange with the server may take.
const STEP: Duration = Duration::from_secs(60);

type Session = async_imap::Session<TlsStream<TcpStream>>;

/// TLS with the public roots, and the extra ones of `imap_ca_file`.
pub fn connector(s: &BouncesSettings) -> anyhow::Result<TlsConnector> {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    if !s.imap_ca_file.as_os_str().is_empty() {
        let file = &s.imap_ca_file;
        let certs: Vec<CertificateDer> = CertificateDer::pem_file_iter(file)
            .and_then(|certs| certs.collect())
            .with_context(|| format!("bounces.imap_ca_file {} is not PEM", file.display()))?;
        anyhow::ensure!(
            !certs.is_empty(),
            "bounces.imap_ca_file {} holds no certificate",
            file.display()
        );
        for cert in certs {
            roots
                .add(cert)
                .context("bounces.imap_ca_file: a certificate is unusable")?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(TlsConnector::from(Arc::new(config)))
}

pub fn job(settings: &Settings) -> crate::jobs::Job {
    let every = Duration::from_millis(settings.bounces.poll_ms.max(50));
    crate::jobs::Job::new("bounces.imap", every, |ctx| async move {
        let handled = read(&ctx.db, &ctx.settings)
            .await
            .context("the IMAP bounce mailbox was not read; trying again next round")?;
        if handled > 0 {
            tracing::info!(handled, "IMAP bounce mailbox read");
        }
        Ok(())
    })
}

/// One exchange with the server, bounded in time.
async fn step<T, E>(what: &'static str, f: impl Future<Output = Result<T, E>>) -> anyhow::Result<T>
where
    E: std::error::Error + Send + Sync + 'static,
{
    tokio::time::timeout(STEP, f)
        .await
        .with_context(|| format!("IMAP {what}: no answer in time"))?
        .with_context(|| format!("IMAP {what}"))
}

/// Logs in over TLS and selects the folder.
pub async fn connect(mailbox: &Mailbox, tls: &TlsConnector) -> anyhow::Result<Session> {
    let tcp = step(
        "connect",
        TcpStream::connect((mailbox.host.as_str(), mailbox.port)),
    )
    .await?;
    let name = rustls::pki_types::ServerName::try_from(mailbox.host.clone())
        .context("bounces.imap_url: the host is not a valid server name")?;
    let stream = step("TLS handshake", tls.connect(name, tcp)).await?;
    let mut client = async_imap::Client::new(stream);
    step("greeting", client.read_response())
        .await?
        .context("IMAP greeting: the server closed the connection")?;
    let password = mailbox.password.expose_secret();
    let mut session = step("login", async {
        client
            .login(&mailbox.user, password)
            .await
            .map_err(|(e, _)| e)
    })
    .await?;
    step("select", session.select(&mailbox.folder)).await?;
    Ok(session)
}

/// Handles the unseen messages; returns how many it marked seen.
pub async fn read(db: &Db, settings: &Settings) -> anyhow::Result<usize> {
    let mailbox = settings.bounces.imap_mailbox()?;
    let tls = connector(&settings.bounces)?;
    let verp = Verp::new(&crate::secret::shared_key(db, VERP_KEY).await?);
    let mut session = connect(&mailbox, &tls).await?;
    let outcome = round(&mut session, db, settings, &verp).await;
    let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
    outcome
}

async fn round(
    session: &mut Session,
    db: &Db,
    settings: &Settings,
    verp: &Verp,
) -> anyhow::Result<usize> {
    let mut uids: Vec<u32> = step("search", session.uid_search("UNSEEN"))
        .await?
        .into_iter()
        .collect();
    uids.sort_unstable();
    uids.truncate(PER_RUN);
    let mut handled = 0;
    if !uids.is_empty() {
        // Sizes first: a message too big to be a bounce is never downloaded.
        let set = uids
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let sizes: Vec<(u32, u32)> = step("fetch sizes", async {
            session
                .uid_fetch(&set, "(UID RFC822.SIZE)")
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await?
        .iter()
        .filter_map(|f| Some((f.uid?, f.size?)))
        .collect();
        for (uid, size) in sizes {
            if u64::from(size) > MAX_MESSAGE_BYTES {
                ignored("unreadable");
            } else {
                let fetch = async {
                    session
                        .uid_fetch(uid.to_string(), "BODY.PEEK[]")
                        .await?
                        .try_collect::<Vec<_>>()
                        .await
                };
                let fetched = match tokio::time::timeout(STEP, fetch).await {
                    Ok(Ok(fetched)) => fetched,
                    // The server refused this one message (a damaged file on its side): the
                    // others are read all the same, and this one is tried again next round.
                    Ok(Err(
                        e @ (async_imap::error::Error::No(_) | async_imap::error::Error::Bad(_)),
                    )) => {
                        tracing::warn!(error = %e, "the IMAP server did not give a bounce message; skipped");
                        metrics::counter!("bounce_mailbox_read_errors_total", "source" => "imap")
                            .increment(1);
                        continue;
                    }
                    Ok(Err(e)) => return Err(e).context("IMAP fetch"),
                    Err(_) => anyhow::bail!("IMAP fetch: no answer in time"),
                };
                // Gone meanwhile (another reader, or staff): nothing to do.
                let Some(raw) = fetched.iter().find_map(|f| f.body()) else {
                    continue;
                };
                handle_message(db, settings, verp, raw).await?;
            }
            step("store", async {
                session
                    .uid_store(uid.to_string(), "+FLAGS.SILENT (\\Seen)")
                    .await?
                    .try_collect::<Vec<_>>()
                    .await
            })
            .await?;
            handled += 1;
        }
    }
    prune(session, settings).await?;
    Ok(handled)
}

/// Deletes seen messages that arrived more than `keep_handled_days` ago, so the mailbox does
/// not grow forever. Their digests outlive them in the database. Only on servers with UID
/// EXPUNGE (RFC 4315): a plain EXPUNGE would also remove whatever anyone else marked deleted.
async fn prune(session: &mut Session, settings: &Settings) -> anyhow::Result<()> {
    let uidplus = step("capability", session.capabilities())
        .await?
        .has_str("UIDPLUS");
    if !uidplus {
        return Ok(());
    }
    let days = settings.bounces.keep_handled_days.max(1);
    let before = chrono::Utc::now() - chrono::Duration::days(days);
    let query = format!("SEEN BEFORE {}", before.format("%-d-%b-%Y"));
    let mut old: Vec<u32> = step("search", session.uid_search(&query))
        .await?
        .into_iter()
        .collect();
    if old.is_empty() {
        return Ok(());
    }
    old.sort_unstable();
    old.truncate(PER_RUN);
    let set = old.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    step("store", async {
        session
            .uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await?;
    // UID EXPUNGE removes only these.
    step("expunge", async {
        session
            .uid_expunge(&set)
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await?;
    tracing::info!(pruned = old.len(), "handled bounce messages deleted");
    Ok(())
}
