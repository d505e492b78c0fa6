//! Graceful shutdown: SIGTERM with 200 requests in flight; every one completes and the process
//! exits cleanly within 15 seconds.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

async fn sigterm_with_requests_in_flight(engine: Engine) {
    let db = TestDb::new(engine).await;
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("p.toml");
    std::fs::write(
        &spec,
        "slug = \"term\"\ntitle = \"Shutdown\"\ntarget = \"T\"\nstate = \"open\"\n",
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let chorus = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_chorus"));
        c.env("DATABASE_URL", &db.url)
            .env("CHORUS_LISTEN", format!("127.0.0.1:{port}"))
            .env("CHORUS_OUTBOX_DIR", dir.path().join("outbox"))
            .env("CHORUS_ABUSE__ALLOW_IPS", "127.0.0.0/8")
            .env("CHORUS_ABUSE__DOMAIN_MAX", "1000000")
            .env_remove("CHORUS_SMTP_URL")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        c
    };
    assert!(chorus()
        .args(["petition", "create", "--file"])
        .arg(&spec)
        .status()
        .unwrap()
        .success());
    let mut server = chorus().arg("serve").spawn().unwrap();
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while client
        .get(format!("http://127.0.0.1:{port}/readyz"))
        .send()
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Each request sends its headers and half its body, then the rest 2 s later; SIGTERM comes after 1 s,
    // when all 200 are being handled.
    // Each client first opens its connection (so none is still connecting when the signal comes).
    let ready = std::sync::Arc::new(tokio::sync::Barrier::new(201));
    let mut tasks = Vec::new();
    for i in 0..200 {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        let url = format!("http://127.0.0.1:{port}/api/v1/petitions/term/signatures");
        let health = format!("http://127.0.0.1:{port}/healthz");
        let ready = ready.clone();
        tasks.push(tokio::spawn(async move {
            assert_eq!(client.get(health).send().await.unwrap().status(), 200);
            ready.wait().await;
            let body =
                serde_json::to_vec(&signer(&format!("term-{i}-{}@example.com", random_hex(3))))
                    .unwrap();
            let (head, tail) = body.split_at(body.len() / 2);
            let (head, tail) = (head.to_vec(), tail.to_vec());
            let chunks = futures_util::stream::unfold(0, move |step| {
                let (head, tail) = (head.clone(), tail.clone());
                async move {
                    match step {
                        0 => Some((Ok::<_, std::io::Error>(head), 1)),
                        1 => {
                            tokio::time::sleep(Duration::from_millis(2000)).await;
                            Some((Ok(tail), 2))
                        }
                        _ => None,
                    }
                }
            });
            let res = client
                .post(url)
                .header("content-type", "application/json")
                .body(reqwest::Body::wrap_stream(chunks))
                .send()
                .await;
            match res {
                Ok(r) => r.status().as_u16(),
                Err(e) => {
                    eprintln!("request failed: {e:?}");
                    0
                }
            }
        }));
    }
    ready.wait().await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let signalled = Instant::now();
    assert!(Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap()
        .success());
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    let failed = statuses.iter().filter(|s| **s != 202).count();
    assert_eq!(
        failed, 0,
        "requests in flight at SIGTERM failed: {statuses:?}"
    );
    let exit = server.wait().unwrap();
    assert!(exit.success(), "exit status {exit}");
    assert!(
        signalled.elapsed() < Duration::from_secs(15),
        "shutdown took {:?}",
        signalled.elapsed()
    );
    assert_eq!(
        scalar_on(&db.url, "SELECT COUNT(*) FROM signatures").await,
        200
    );
}

both_engines!(sigterm_with_requests_in_flight);
