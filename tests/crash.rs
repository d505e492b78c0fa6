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
    let child = chorus(db_url, port).arg("serve").spawn().unwrap();
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

async fn crash_under_load(engine: Engine) {
    let rounds: usize = std::env::var("CHORUS_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let db = TestDb::new(engine).await;
    let prefix = format!("crash-{}-", random_hex(4));
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("p.toml");
    std::fs::write(
        &spec,
        "slug = \"crash\"\ntitle = \"Crash test\"\ntarget = \"T\"\nstate = \"open\"\n",
    )
    .unwrap();
    let status = chorus(&db.url, 0)
        .args(["petition", "create", "--file"])
        .arg(&spec)
        .status()
        .unwrap();
    assert!(status.success());

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

both_engines!(crash_under_load);
