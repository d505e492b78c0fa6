//! SMTP outage: the mail server is down while people keep signing. Signing does not slow down,
//! nothing is lost, and once the server is back the backlog drains, each email exactly once.
//! Its own SMTP server (so the shared one stays up); the outage lasts CHORUS_SMTP_OUTAGE_SECS
//! (5 in CI; `OUTAGE=180 scripts/reliability` for the long run).

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::*;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_sink(port: u16, dir: &Path) -> Child {
    start_sink_with(port, dir, &[])
}

fn start_sink_with(port: u16, dir: &Path, extra: &[&str]) -> Child {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/smtp_sink.py");
    let child = Command::new("python3")
        .arg(script)
        .arg(port.to_string())
        .arg(dir)
        .args(extra)
        .stdout(std::process::Stdio::null())
        // Refused TLS handshakes are part of the tests; their tracebacks are noise.
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("python3 runs the SMTP sink");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the SMTP sink did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

/// Messages received per recipient.
fn received(dir: &Path) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
                for r in v["rcpt_tos"].as_array().into_iter().flatten() {
                    *out.entry(r.as_str().unwrap_or_default().to_owned())
                        .or_default() += 1;
                }
            }
        }
    }
    out
}

async fn timed_sign(app: &TestApp, email: &str) -> Duration {
    let started = Instant::now();
    let res = app
        .post_json("/api/v1/petitions/p1/signatures", &signer(email))
        .await;
    assert_eq!(res.status(), 202);
    started.elapsed()
}

fn p50(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn smtp_outage_loses_nothing(engine: Engine) {
    let outage = std::env::var("CHORUS_SMTP_OUTAGE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5u64);
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let mut sink = start_sink(port, dir.path());
    let app = TestApp::spawn_with(engine, |s| {
        s.smtp_url = secrecy::SecretString::from(format!("smtp://127.0.0.1:{port}"));
        s.worker.backoff_base_secs = 1;
        s.worker.max_attempts = 30;
    })
    .await;
    app.create_petition("p1", "").await;

    let mut addresses = Vec::new();
    let mut before = Vec::new();
    for i in 0..20 {
        let e = unique_email(&format!("before{i}"));
        before.push(timed_sign(&app, &e).await);
        addresses.push(e);
    }

    sink.kill().unwrap();
    sink.wait().unwrap();
    let mut during = Vec::new();
    let started = Instant::now();
    let mut i = 0;
    while started.elapsed() < Duration::from_secs(outage) {
        let e = unique_email(&format!("during{i}"));
        during.push(timed_sign(&app, &e).await);
        addresses.push(e);
        i += 1;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let retried = app
        .scalar_i64("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts > 0")
        .await;
    let mut sink = start_sink(port, dir.path());

    // The backlog drains: every address gets exactly its one confirmation email.
    let deadline = Instant::now() + Duration::from_secs(outage * 2 + 120);
    loop {
        let got = received(dir.path());
        if addresses
            .iter()
            .all(|a| got.get(a).is_some_and(|n| *n >= 1))
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {} emails arrived",
            addresses.iter().filter(|a| got.contains_key(*a)).count(),
            addresses.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Every row is marked sent (its message was written before the server answered): nothing
    // more can arrive.
    outbox_drained(&app).await;
    let got = received(dir.path());
    let twice: Vec<_> = addresses.iter().filter(|a| got[*a] != 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM outbox WHERE state <> 'sent'")
            .await,
        0
    );
    let (base, out) = (p50(before), p50(during.clone()));
    eprintln!(
        "smtp outage {outage}s ({engine:?}): {} signed before, {} during; p50 {base:?} before, {out:?} during; \
         {retried} emails waiting for a retry when the server returned; all {} delivered once",
        20,
        during.len(),
        addresses.len()
    );
    assert!(retried > 0, "emails were retried with backoff, not dropped");
    assert!(
        out <= base * 5 + Duration::from_millis(50),
        "signing slowed during the outage: p50 {base:?} -> {out:?}"
    );
    sink.kill().unwrap();
    let _ = sink.wait();
    app.stop().await;
}

/// A relay that wants a login: with the right credentials in the URL each email arrives once,
/// over kept connections; with a wrong password nothing is delivered and staff see why.
async fn authenticated_relay(engine: Engine) {
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let mut sink = start_sink_with(port, dir.path(), &["--auth", "chorus:s3cret pass"]);
    let app = TestApp::spawn_with(engine, |s| {
        s.smtp_url =
            secrecy::SecretString::from(format!("smtp://chorus:s3cret%20pass@127.0.0.1:{port}"));
    })
    .await;
    app.create_petition("p1", "").await;
    sign_and_deliver_once(&app, dir.path(), "auth", 5).await;
    app.stop().await;

    let wrong = TestApp::spawn_with(engine, |s| {
        s.smtp_url = secrecy::SecretString::from(format!("smtp://chorus:wrong@127.0.0.1:{port}"));
    })
    .await;
    wrong.create_petition("p1", "").await;
    let lost = unique_email("authfail");
    timed_sign(&wrong, &lost).await;
    let error = recorded_failure(&wrong).await;
    assert!(error.contains("535"), "{error}");
    assert!(!received(dir.path()).contains_key(&lost));
    wrong.stop().await;
    sink.kill().unwrap();
    let _ = sink.wait();
}

/// `n` people sign; each confirmation email reaches the relay writing to `dir` exactly once.
async fn sign_and_deliver_once(app: &TestApp, dir: &Path, prefix: &str, n: usize) {
    let addresses: Vec<String> = (0..n)
        .map(|i| unique_email(&format!("{prefix}{i}")))
        .collect();
    for a in &addresses {
        timed_sign(app, a).await;
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while addresses.iter().any(|a| !received(dir).contains_key(a)) {
        assert!(
            Instant::now() < deadline,
            "{prefix} emails through the relay"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let got = received(dir);
    assert!(addresses.iter().all(|a| got[a] == 1), "{got:?}");
}

/// Waits until the worker has tried and recorded why it failed; nothing may have been sent.
async fn recorded_failure(app: &TestApp) -> String {
    let failed = "SELECT last_error FROM outbox WHERE attempts > 0 AND last_error IS NOT NULL";
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let errors = match app.db() {
            chorus::db::Db::Sqlite(p) => sqlx::query_scalar::<_, String>(failed).fetch_all(p).await,
            chorus::db::Db::Postgres(p) => {
                sqlx::query_scalar::<_, String>(failed).fetch_all(p).await
            }
        }
        .unwrap();
        if let Some(e) = errors.into_iter().next() {
            let sent = "SELECT COUNT(*) FROM outbox WHERE state = 'sent'";
            assert_eq!(app.scalar_i64(sent).await, 0, "nothing is sent");
            return e;
        }
        assert!(Instant::now() < deadline, "the failure is recorded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A relay that insists on STARTTLS, with a certificate from a private CA. Trusted through
/// `ca_file`, each email arrives once and over TLS; without it the certificate is refused and
/// nothing is sent, in clear or otherwise.
async fn starttls_relay(engine: Engine) {
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let keys = tempfile::tempdir().unwrap();
    let (cert, key) = (keys.path().join("cert.pem"), keys.path().join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .args(["-addext", "basicConstraints=critical,CA:FALSE", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl makes a test certificate");
    assert!(made.success());
    let tls = ["--tls", cert.to_str().unwrap(), key.to_str().unwrap()];
    let mut sink = start_sink_with(port, dir.path(), &tls);

    let trusted = format!(
        "smtp://127.0.0.1:{port}?tls=required&ca_file={}",
        cert.display()
    );
    let app = TestApp::spawn_with(engine, |s| {
        s.smtp_url = secrecy::SecretString::from(trusted);
    })
    .await;
    app.create_petition("p1", "").await;
    sign_and_deliver_once(&app, dir.path(), "tls", 3).await;
    for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(entry.path()).unwrap()).unwrap();
        assert_eq!(v["tls"], true, "sent over TLS: {v}");
    }
    app.stop().await;

    let untrusted = TestApp::spawn_with(engine, |s| {
        s.smtp_url = secrecy::SecretString::from(format!("smtp://127.0.0.1:{port}?tls=required"));
    })
    .await;
    untrusted.create_petition("p1", "").await;
    let lost = unique_email("tlsfail");
    timed_sign(&untrusted, &lost).await;
    let error = recorded_failure(&untrusted).await;
    assert!(error.to_lowercase().contains("certificate"), "{error}");
    assert!(!received(dir.path()).contains_key(&lost));
    untrusted.stop().await;
    sink.kill().unwrap();
    let _ = sink.wait();
}

both_engines!(
    smtp_outage_loses_nothing,
    authenticated_relay,
    starttls_relay
);
