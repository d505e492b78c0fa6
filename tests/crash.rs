//! Crash under load: signers keep signing while the server is killed with SIGKILL at random
//! moments and restarted. Afterwards every acknowledged signature is present exactly once, the
//! database is intact, the counters agree, and every confirmation email was delivered (a
//! no address gets more than one extra copy per crash). Rounds: CHORUS_CRASH_ROUNDS (default 3; the long run uses 30).

mod common;

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn chorus(db_url: &str, port: u16) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chorus"));
    cmd.env("DATABASE_URL", db_url)
        .env("CHORUS_LISTEN", format!("127.0.0.1:{port}"))
        .env("CHORUS_BASE_URL", BASE_URL)
        .env(
            "CHORUS_SMTP_URL",
            format!(
                "smtp://{}",
                std::env::var("CHORUS_TEST_SMTP").expect("run scripts/test")
            ),
        )
        .env("CHORUS_WORKER__POLL_MS", "50")
        .env("CHORUS_ABUSE__ALLOW_IPS", "127.0.0.0/8")
        .env("CHORUS_ABUSE__DOMAIN_MAX", "1000000")
        .env("CHORUS_WORKER__LEASE_SECS", "2")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

async fn start(db_url: &str, port: u16) -> Child {
    serve_ready(chorus(db_url, port), port).await
}

/// Runs `serve` and waits until the instance is ready.
async fn serve_ready(mut cmd: Command, port: u16) -> Child {
    let child = cmd.arg("serve").spawn().unwrap();
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while client
        .get(format!("http://127.0.0.1:{port}/readyz"))
        .send()
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(Instant::now() < deadline, "server did not become ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    child
}

/// Recipient → number of messages, for every message whose recipient starts with `prefix`.
fn delivered(prefix: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    let dir = std::env::var("CHORUS_TEST_MAILDIR").unwrap();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let Ok(mail) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        for r in mail["rcpt_tos"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str())
        {
            if r.starts_with(prefix) {
                *out.entry(r.to_owned()).or_default() += 1;
            }
        }
    }
    out
}

/// The petition "crash", created with the command line.
fn create_petition(db_url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("p.toml");
    std::fs::write(
        &spec,
        "slug = \"crash\"\ntitle = \"Crash test\"\ntarget = \"T\"\nstate = \"open\"\n",
    )
    .unwrap();
    let status = chorus(db_url, 0)
        .args(["petition", "create", "--file"])
        .arg(&spec)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Waits until `sql` on the database at `url` gives a value that `ok` accepts; returns it.
async fn wait_for_value(url: &str, sql: &str, ok: impl Fn(i64) -> bool) -> i64 {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = scalar_on(url, sql).await;
        if ok(v) {
            return v;
        }
        assert!(Instant::now() < deadline, "never: {sql} (last {v})");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// An instance is killed while its emails are on the wire to a server that never answers (their
/// lease renewed meanwhile): with the default lease, a fresh instance delivers every one of them
/// within 10 s of being started.
async fn killed_worker_emails_arrive_soon(engine: Engine) {
    let db = TestDb::new(engine).await;
    create_petition(&db.url);
    // An SMTP server that accepts connections and never says a word.
    let hole = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hole_port = hole.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = hole.accept().await {
            held.push(socket);
        }
    });
    let port = free_port();
    let mut cmd = chorus(&db.url, port);
    cmd.env("CHORUS_SMTP_URL", format!("smtp://127.0.0.1:{hole_port}"))
        .env_remove("CHORUS_WORKER__LEASE_SECS");
    let mut server = serve_ready(cmd, port).await;
    let prefix = format!("lease-{}-", random_hex(4));
    let client = reqwest::Client::new();
    for n in 0..10 {
        let res = client
            .post(format!(
                "http://127.0.0.1:{port}/api/v1/petitions/crash/signatures"
            ))
            .json(&signer(&format!("{prefix}{n}@example.com")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 202);
    }
    wait_for_value(&db.url, "SELECT COUNT(*) FROM outbox", |n| n == 10).await;
    // The first round's emails hang on the wire (the others wait for that round to end).
    let leased = "SELECT COUNT(*) FROM outbox WHERE locked_until IS NOT NULL";
    wait_for_value(&db.url, leased, |n| n > 0).await;
    let first = scalar_on(&db.url, "SELECT MAX(locked_until) FROM outbox").await;
    // Renewed while the sends hang: the lease alone would have run out by now.
    let renewed = "SELECT MIN(locked_until) FROM outbox WHERE locked_until IS NOT NULL";
    wait_for_value(&db.url, renewed, |l| l > first).await;
    server.kill().unwrap();
    server.wait().unwrap();

    let restarted = Instant::now();
    let mut server = serve_ready(
        {
            let mut cmd = chorus(&db.url, port);
            cmd.env_remove("CHORUS_WORKER__LEASE_SECS");
            cmd
        },
        port,
    )
    .await;
    while delivered(&prefix).len() < 10 {
        assert!(
            restarted.elapsed() < Duration::from_secs(10),
            "{} of 10 emails within 10 s of the restart",
            delivered(&prefix).len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(delivered(&prefix).values().all(|&n| n == 1));
    server.kill().unwrap();
    server.wait().unwrap();
}

async fn crash_under_load(engine: Engine) {
    let rounds: usize = std::env::var("CHORUS_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let db = TestDb::new(engine).await;
    let prefix = format!("crash-{}-", random_hex(4));
    create_petition(&db.url);

    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut kills = 0;
    for round in 0..rounds {
        let port = free_port();
        let mut server = start(&db.url, port).await;
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut signers = Vec::new();
        for s in 0..50 {
            let (ack, stop, prefix) = (acknowledged.clone(), stop.clone(), prefix.clone());
            signers.push(tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .timeout(Duration::from_secs(5))
                    .build()
                    .unwrap();
                let url = format!("http://127.0.0.1:{port}/api/v1/petitions/crash/signatures");
                let mut n = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    n += 1;
                    let email = format!("{prefix}{round}-{s}-{n}@example.com");
                    match client.post(&url).json(&signer(&email)).send().await {
                        Ok(res) if res.status() == 202 => ack.lock().unwrap().push(email),
                        Ok(res) => assert!(
                            res.status().is_server_error(),
                            "unexpected {}",
                            res.status()
                        ),
                        Err(_) => break,
                    }
                }
            }));
        }
        // Kill at a random moment while requests are in flight.
        let mut b = [0u8; 2];
        getrandom::fill(&mut b).unwrap();
        tokio::time::sleep(Duration::from_millis(
            200 + u16::from_le_bytes(b) as u64 % 1300,
        ))
        .await;
        server.kill().unwrap();
        server.wait().unwrap();
        kills += 1;
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for s in signers {
            s.await.unwrap();
        }
    }

    // Restart once more and let the worker deliver everything.
    let port = free_port();
    let mut server = start(&db.url, port).await;
    let acked: Vec<String> = acknowledged.lock().unwrap().clone();
    assert!(
        acked.len() > 50 * rounds,
        "the load was too light to prove anything: {}",
        acked.len()
    );
    // The backlog grows with the rounds (tens of thousands of emails in the long run): allow time
    // to drain it at a modest rate, on top of the fixed two minutes.
    let deadline = Instant::now() + Duration::from_secs(120 + acked.len() as u64 / 40);
    let mails = loop {
        let mails = delivered(&prefix);
        if acked.iter().all(|a| mails.contains_key(a)) {
            break mails;
        }
        assert!(
            Instant::now() < deadline,
            "{} acknowledged signatures never got their email",
            acked.iter().filter(|a| !mails.contains_key(*a)).count()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    server.kill().unwrap();
    server.wait().unwrap();

    let app_db = open_db(&db.url).await;
    let stored: Vec<String> = match &app_db {
        chorus::db::Db::Sqlite(p) => sqlx::query_scalar("SELECT email FROM signatures")
            .fetch_all(p)
            .await
            .unwrap(),
        chorus::db::Db::Postgres(p) => sqlx::query_scalar("SELECT email FROM signatures")
            .fetch_all(p)
            .await
            .unwrap(),
    };
    let stored_set: HashSet<&String> = stored.iter().collect();
    assert_eq!(
        stored_set.len(),
        stored.len(),
        "no signature is stored twice"
    );
    for a in &acked {
        assert!(
            stored_set.contains(a),
            "acknowledged signature {a} was lost"
        );
    }
    if let chorus::db::Db::Sqlite(p) = &app_db {
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(p)
            .await
            .unwrap();
        assert_eq!(check, "ok");
    }
    let pending = scalar_on(&db.url, "SELECT pending FROM petition_counts").await;
    let rows = scalar_on(
        &db.url,
        "SELECT COUNT(*) FROM signatures WHERE state = 'pending'",
    )
    .await;
    assert_eq!(pending, rows, "the pending counter matches the rows");
    // An email is sent again only if a crash came between sending it and recording that: so no
    // address gets more than one extra copy per crash.
    let worst = mails.values().copied().max().unwrap_or(0);
    assert!(
        worst <= 1 + kills,
        "an address got {worst} copies after {kills} crashes"
    );
    let duplicates: usize = mails.values().map(|n| n - 1).sum();
    println!(
        "crash[{engine:?}]: kills {kills}, acknowledged {}, stored {}, emails to acknowledged {}, duplicates {duplicates}",
        acked.len(),
        stored.len(),
        acked.iter().map(|a| mails.get(a).copied().unwrap_or(0)).sum::<usize>()
    );
}

both_engines!(crash_under_load, killed_worker_emails_arrive_soon);
