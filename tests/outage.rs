//! PostgreSQL outage: readiness and requests answer 503 quickly while the database is down, and
//! Chorus recovers by itself when it returns. (Its own test binary: it stops the shared server.)

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

fn run(var: &str) {
    let script =
        std::env::var(var).unwrap_or_else(|_| panic!("{var} is not set: run scripts/test"));
    let status = Command::new(&script).status().unwrap();
    assert!(status.success(), "{script} failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_and_requests_follow_postgres() {
    let app = TestApp::spawn_with(Engine::Postgres, |s| s.database.acquire_timeout_ms = 1000).await;
    app.create_petition("outage", "").await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    assert_eq!(app.get("/p/outage").await.status(), 200);

    run("CHORUS_TEST_PG_STOP");
    let down = async {
        let started = Instant::now();
        let ready = app.get("/readyz").await.status();
        let page = app.get("/p/outage").await.status();
        let sign = app
            .post_json(
                "/api/v1/petitions/outage/signatures",
                &signer(&unique_email("outage")),
            )
            .await
            .status();
        (ready, page, sign, started.elapsed())
    }
    .await;
    run("CHORUS_TEST_PG_START");

    let (ready, page, sign, took) = down;
    assert_eq!(ready, 503, "/readyz while PostgreSQL is down");
    assert_eq!(page, 503, "a page while PostgreSQL is down");
    assert_eq!(sign, 503, "signing while PostgreSQL is down");
    assert!(
        took < Duration::from_secs(15),
        "answers must not hang past the request timeout: {took:?}"
    );

    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if app.get("/readyz").await.status() == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "/readyz did not recover after PostgreSQL returned"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(app.get("/p/outage").await.status(), 200);
    let to = unique_email("after");
    assert_eq!(
        app.post_json("/api/v1/petitions/outage/signatures", &signer(&to))
            .await
            .status(),
        202
    );
    wait_for_mails(&to, 1).await;
    app.stop().await;
}
