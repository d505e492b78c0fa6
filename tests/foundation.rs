//! The foundation: health, readiness, metrics, errors, and the outbox's delivery guarantees.

mod common;

use std::time::Duration;

use chorus::app::Roles;
use chorus::db::{now_ms, Db};
use chorus::email::worker::Worker;
use chorus::email::{Email, Transport};
use common::*;

fn email_to(to: &str, subject: &str) -> Email {
    Email {
        kind: chorus::email::EmailKind::StaffEnrolCode,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: subject.to_owned(),
        text: "plain body".into(),
        html: Some("<p>html body</p>".into()),
        payload: None,
    }
}

/// Writes an email in a transaction that either commits or rolls back.
async fn enqueue(db: &Db, email: &Email, commit: bool) {
    match db {
        Db::Sqlite(p) => {
            let mut tx = p.begin().await.unwrap();
            email
                .insert_query::<sqlx::Sqlite>(now_ms())
                .execute(&mut *tx)
                .await
                .unwrap();
            if commit {
                tx.commit().await.unwrap()
            } else {
                tx.rollback().await.unwrap()
            }
        }
        Db::Postgres(p) => {
            let mut tx = p.begin().await.unwrap();
            email
                .insert_query::<sqlx::Postgres>(now_ms())
                .execute(&mut *tx)
                .await
                .unwrap();
            if commit {
                tx.commit().await.unwrap()
            } else {
                tx.rollback().await.unwrap()
            }
        }
    }
}

async fn health_and_metrics(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.metrics_listen = "127.0.0.1:0".into()).await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 200);
    app.get("/no-such-page").await;
    // A client may send any method: each must not make a series of its own (unbounded memory).
    for odd in ["BREW", "XYZZY-1", "XYZZY-2"] {
        let method = reqwest::Method::from_bytes(odd.as_bytes()).unwrap();
        let res = app
            .client
            .request(method, app.url("/healthz"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 405);
    }
    // Metrics tell who was sent which email: never on the public listener.
    assert_eq!(app.get("/metrics").await.status(), 404);
    let private = app.metrics_addr.clone().expect("metrics_listen binds");
    assert_ne!(private, app.addr);
    let res = app
        .client
        .get(format!("{private}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let metrics = res.text().await.unwrap();
    assert!(metrics.contains("http_requests_total"), "{metrics}");
    assert!(metrics.contains("route=\"/healthz\""), "{metrics}");
    assert!(metrics.contains("method=\"other\""), "{metrics}");
    assert!(
        !metrics.contains("XYZZY") && !metrics.contains("BREW"),
        "{metrics}"
    );
    assert!(metrics.contains("outbox_depth"), "{metrics}");
    app.stop().await;
}

/// Without `metrics_listen` (the default) there is no metrics endpoint anywhere.
async fn no_metrics_by_default(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    assert!(app.metrics_addr.is_none());
    assert_eq!(app.get("/healthz").await.status(), 200);
    assert_eq!(app.get("/metrics").await.status(), 404);
    app.stop().await;
}

async fn errors_are_friendly(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let res = app.get("/p/does-not-exist").await;
    assert_eq!(res.status(), 404);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let body = res.text().await.unwrap();
    assert!(body.contains("We could not find that page."));
    let res = app.get("/api/v1/nothing").await;
    assert_eq!(res.status(), 404);
    let v: serde_json::Value = res.json().await.unwrap();
    assert!(v["error"].is_string());
    // Security headers on every response.
    let res = app.get("/").await;
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.headers()["referrer-policy"], "same-origin");
    assert!(res.headers().contains_key("content-security-policy"));
    // A body over the limit is refused with 413, not read.
    let big = "x".repeat(200_000);
    let res = app
        .client
        .post(app.url("/api/v1/petitions/x/signatures"))
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    app.stop().await;
}

/// An email enqueued in a rolled-back transaction is never sent; a committed one is delivered to
/// the real SMTP server exactly once even with two workers draining the same outbox.
async fn outbox_exactly_once_with_two_workers(engine: Engine) {
    let app = TestApp::spawn_with(engine, |_| {}).await;
    let rolled_back = unique_email("rolledback");
    let committed: Vec<String> = (0..20).map(|_| unique_email("committed")).collect();
    enqueue(app.db(), &email_to(&rolled_back, "never"), false).await;
    for to in &committed {
        enqueue(app.db(), &email_to(to, "once"), true).await;
    }
    // A second, independent worker on the same database (the app runs the first).
    let settings = std::sync::Arc::new(test_settings(&app.db.url));
    let transport = Transport::from_settings(&settings).unwrap();
    let second = Worker::new(
        app.db().clone(),
        transport,
        settings,
        chorus::app::render_email,
    )
    .unwrap();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let second = tokio::spawn(second.run(stopped));
    for to in &committed {
        let mails = assert_mail_count(&app, to, 1).await;
        assert_eq!(mails[0].subject, "once");
        assert_eq!(
            mails[0].header("From").unwrap(),
            "Chorus Test <noreply@chorus.test>"
        );
        assert!(mails[0].html.contains("<p>html body</p>"));
        assert!(mails[0].header("Message-ID").is_some());
    }
    assert_mail_count(&app, &rolled_back, 0).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
            .await,
        20
    );
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM outbox").await, 20);
    stop.send(true).unwrap();
    second.await.unwrap();
    app.stop().await;
}

/// A permanent 5xx is not retried and is recorded; a transient 4xx is retried until delivered.
async fn smtp_failures(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let rejected = unique_email("reject");
    let flaky = unique_email("tempfail");
    enqueue(app.db(), &email_to(&rejected, "bounce"), true).await;
    enqueue(app.db(), &email_to(&flaky, "eventually"), true).await;
    assert_mail_count(&app, &flaky, 1).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app
        .scalar_i64("SELECT COUNT(*) FROM outbox WHERE state = 'failed'")
        .await
        == 0
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the rejected email was never marked failed"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let failed = match app.db() {
        Db::Sqlite(p) => chorus::email::outbox::sql::sqlite::failed(p, 10)
            .await
            .unwrap(),
        Db::Postgres(p) => chorus::email::outbox::sql::postgres::failed(p, 10)
            .await
            .unwrap(),
    };
    assert_eq!(failed.len(), 1);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM outbox WHERE state = 'failed' AND text_body = '' AND html_body IS NULL"
        )
        .await,
        1,
        "a given-up email keeps none of what it carried"
    );
    assert_eq!(
        failed[0].attempts, 1,
        "a permanent failure must not be retried"
    );
    assert!(
        failed[0]
            .last_error
            .as_deref()
            .unwrap_or("")
            .contains("550"),
        "{:?}",
        failed[0].last_error
    );
    let flaky_attempts = app
        .scalar_i64("SELECT attempts FROM outbox WHERE subject = 'eventually'")
        .await;
    assert_eq!(flaky_attempts, 3, "two 451s then success");
    app.stop().await;
}

/// Web-only and worker-only processes share one database: the worker sends what the web enqueued.
async fn web_and_worker_roles(engine: Engine) {
    let db = TestDb::new(engine).await;
    let url = db.url.clone();
    let web = web_only(engine, db).await;
    web.create_petition("roles", "").await;
    let to = unique_email("roles");
    assert_eq!(
        web.post_json("/api/v1/petitions/roles/signatures", &signer(&to))
            .await
            .status(),
        202
    );
    // Queued, and no one took it: a web-only process sends nothing.
    assert_eq!(
        web.scalar_i64("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts = 0")
            .await,
        1
    );
    assert!(mails_to(&to).is_empty());
    let worker = chorus::app::Application::build(
        test_settings(&url),
        Roles {
            web: false,
            worker: true,
        },
    )
    .await
    .unwrap();
    assert!(worker.port().is_none());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(worker.run_until_stopped(async {
        let _ = stopped.await;
    }));
    assert_mail_count(&web, &to, 1).await;
    stop.send(()).unwrap();
    task.await.unwrap().unwrap();
    web.stop().await;
}

/// PostgreSQL connections the server ended: a dead one used at once answers 503, and the pool
/// pings connections idle for a second or more, so after that no reader gets a dead one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_idle_postgres_connections_are_replaced() {
    let db = TestDb::new(Engine::Postgres).await;
    let url = db.url.clone();
    let name = url.rsplit('/').next().unwrap().to_owned();
    let web = web_only(Engine::Postgres, db).await;
    web.create_petition("dropped", "").await;
    // Counts are not cached in tests: each read below takes pooled connections; the signature
    // takes a writer's.
    assert_eq!(web.get("/api/v1/petitions/dropped").await.status(), 200);
    let sign = || async {
        web.post_json(
            "/api/v1/petitions/dropped/signatures",
            &signer(&unique_email("dropped")),
        )
        .await
        .status()
    };
    assert_eq!(sign().await, 202);
    // Several readers at once, so the pool holds several idle connections to be ended.
    let reads = (0..8).map(|_| web.get("/api/v1/petitions/dropped"));
    for res in futures_util::future::join_all(reads).await {
        assert_eq!(res.status(), 200);
    }

    let mut admin = admin_connection().await;
    // The app's sessions first, then only those are ended (one statement could end others').
    let ended: Vec<i32> = sqlx::query_scalar("SELECT pid FROM pg_stat_activity WHERE datname = $1")
        .bind(&name)
        .fetch_all(&mut admin)
        .await
        .unwrap();
    assert!(!ended.is_empty(), "the app held connections");
    sqlx::query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid")
        .bind(&ended)
        .execute(&mut admin)
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY($1)")
        .bind(&ended)
        .fetch_one(&mut admin)
        .await
        .unwrap()
        > 0
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the server never ended the app's connections"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A connection used less than a second ago is handed out unchecked: a dead one fails its
    // query, which is the database going away (503), never a server error.
    for status in [
        web.get("/api/v1/petitions/dropped").await.status().as_u16(),
        sign().await.as_u16(),
    ] {
        assert!(
            status == 200 || status == 202 || status == 503,
            "a dropped connection answered {status}"
        );
    }
    // Past the pool's idle threshold, so the dead connections are checked when next acquired
    // (the writers' before every batch).
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    for _ in 0..3 {
        assert_eq!(web.get("/api/v1/petitions/dropped").await.status(), 200);
        assert_eq!(sign().await, 202);
    }
    web.stop().await;
}

/// A process that serves and sends nothing, on `db`.
async fn web_only(engine: Engine, db: TestDb) -> TestApp {
    let settings = test_settings(&db.url);
    let roles = Roles {
        web: true,
        worker: false,
    };
    TestApp::start(engine, db, settings, roles).await
}

async fn admin_connection() -> sqlx::PgConnection {
    <sqlx::PgConnection as sqlx::Connection>::connect(&std::env::var("CHORUS_TEST_PG_URL").unwrap())
        .await
        .unwrap()
}

/// PostgreSQL ending a session is the database going away (answered 503); a bad statement or a
/// statement timeout is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_the_server_ends_is_unavailable() {
    let mut conn = admin_connection().await;
    let bad = sqlx::query("SELECT no_such_column FROM pg_class")
        .execute(&mut conn)
        .await
        .unwrap_err();
    assert!(!chorus::db::is_unavailable(&bad), "{bad}");
    // A statement cut off by statement_timeout may be one row's lock wait, not an outage: a batch
    // that meets it is written again row by row, so its neighbours still get in.
    sqlx::query("SET statement_timeout = 50")
        .execute(&mut conn)
        .await
        .unwrap();
    let slow = sqlx::query("SELECT pg_sleep(5)")
        .execute(&mut conn)
        .await
        .unwrap_err();
    assert_eq!(
        slow.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("57014"),
        "{slow}"
    );
    assert!(!chorus::db::is_unavailable(&slow), "{slow}");
    let ended = sqlx::query("SELECT pg_terminate_backend(pg_backend_pid())")
        .execute(&mut conn)
        .await
        .unwrap_err();
    assert_eq!(
        ended.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("57P01"),
        "{ended}"
    );
    assert!(chorus::db::is_unavailable(&ended), "{ended}");
}

/// SQLite still locked after its busy timeout is the database being too busy (answered 503, and
/// a batch is not replayed row by row into the same lock), not a fault.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_sqlite_keeps_locked_is_unavailable() {
    use sqlx::ConnectOptions;
    let dir = tempfile::tempdir().unwrap();
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(dir.path().join("busy.db"))
        .create_if_missing(true)
        .busy_timeout(Duration::ZERO);
    let mut holder = opts.connect().await.unwrap();
    sqlx::query("CREATE TABLE t (x INTEGER)")
        .execute(&mut holder)
        .await
        .unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut holder)
        .await
        .unwrap();
    let mut other = opts.connect().await.unwrap();
    let busy = sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut other)
        .await
        .unwrap_err();
    assert_eq!(
        busy.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("5"),
        "{busy}"
    );
    assert!(chorus::db::is_unavailable(&busy), "{busy}");
    let bad = sqlx::query("SELECT no_such_column FROM t")
        .execute(&mut other)
        .await
        .unwrap_err();
    assert!(!chorus::db::is_unavailable(&bad), "{bad}");
}

both_engines!(
    health_and_metrics,
    no_metrics_by_default,
    errors_are_friendly,
    outbox_exactly_once_with_two_workers,
    smtp_failures,
    web_and_worker_roles,
);
