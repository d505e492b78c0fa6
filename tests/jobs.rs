//! Background work that fails alone: a broken job leaves confirmation emails flowing, and a send
//! whose failure cannot be recorded leaves the round's other sends marked once.

mod common;

use std::sync::Arc;

use chorus::app::Roles;
use chorus::db::{now_ms, Db};
use chorus::email::worker::Worker;
use chorus::email::{Email, Transport};
use common::*;

fn email_to(to: &str) -> Email {
    Email {
        kind: chorus::email::EmailKind::StaffEnrolCode,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: "round".into(),
        text: "plain body".into(),
        html: None,
        payload: None,
    }
}

async fn enqueue(db: &Db, email: &Email) {
    match db {
        Db::Sqlite(p) => {
            let q = email.insert_query::<sqlx::Sqlite>(now_ms());
            q.execute(p).await.map(|_| ())
        }
        Db::Postgres(p) => {
            let q = email.insert_query::<sqlx::Postgres>(now_ms());
            q.execute(p).await.map(|_| ())
        }
    }
    .unwrap();
}

/// Failures of the letters' dispatch job, from the metrics page.
async fn dispatch_failures(app: &TestApp) -> i64 {
    let addr = app.metrics_addr.clone().expect("metrics_listen binds");
    let text = reqwest::get(format!("{addr}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find(|l| {
            l.starts_with("jobs_runs_total{")
                && l.contains("job=\"letters.dispatch\"")
                && l.contains("outcome=\"failed\"")
        })
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0) as i64
}

/// With the letters' dispatch failing on every run (its table gone), signers still get their
/// confirmation emails, one after another, while the failures keep being counted.
async fn failing_letter_dispatch_leaves_confirmations_flowing(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.metrics_listen = "127.0.0.1:0".into()).await;
    app.create_petition("flowing", "").await;
    app.execute("ALTER TABLE letters RENAME TO letters_away")
        .await;
    let mut seen = dispatch_failures(&app).await;
    for _ in 0..2 {
        let to = unique_email("flowing");
        let res = app
            .post_json("/api/v1/petitions/flowing/signatures", &signer(&to))
            .await;
        assert_eq!(res.status(), 202);
        let mails = wait_for_mails(&to, 1).await;
        assert!(mails[0].subject.contains("Please confirm your signature"));
        // The job went on failing meanwhile: the emails did not wait for it.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let now = dispatch_failures(&app).await;
            if now > seen {
                seen = now;
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "dispatch never failed"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    app.execute("ALTER TABLE letters_away RENAME TO letters")
        .await;
    app.stop().await;
}

/// A round where recording one failed send errors: the other sends of the round complete and
/// are marked sent at once, so no lease runs out on them and nobody gets a second copy.
async fn unrecorded_failure_spares_the_other_sends(engine: Engine) {
    let db = TestDb::new(engine).await;
    let settings = test_settings(&db.url);
    let roles = Roles {
        web: true,
        worker: false,
    };
    let app = TestApp::start(engine, db, settings, roles).await;
    match engine {
        Engine::Sqlite => {
            app.execute(
                "CREATE TRIGGER no_failure_record BEFORE UPDATE ON outbox \
                 WHEN NEW.last_error IS NOT NULL \
                 BEGIN SELECT RAISE(ABORT, 'recording failures is broken'); END",
            )
            .await
        }
        Engine::Postgres => {
            app.execute(
                "CREATE FUNCTION no_failure_record() RETURNS trigger LANGUAGE plpgsql AS \
                 $$ BEGIN RAISE EXCEPTION 'recording failures is broken'; END $$",
            )
            .await;
            app.execute(
                "CREATE TRIGGER no_failure_record BEFORE UPDATE ON outbox FOR EACH ROW \
                 WHEN (NEW.last_error IS NOT NULL) \
                 EXECUTE FUNCTION no_failure_record()",
            )
            .await
        }
    }
    let failing = unique_email("reject");
    enqueue(app.db(), &email_to(&failing)).await;
    let fine: Vec<String> = (0..20).map(|_| unique_email("spared")).collect();
    for to in &fine {
        enqueue(app.db(), &email_to(to)).await;
    }
    let settings = Arc::new(test_settings(&app.db.url));
    let worker = Worker::new(
        app.db().clone(),
        Transport::from_settings(&settings).unwrap(),
        settings,
        chorus::app::render_email,
    )
    .unwrap();
    assert_eq!(worker.round().await.unwrap(), 21, "one round claims all");
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM outbox WHERE state = 'sent' AND recipient LIKE 'spared-%'"
        )
        .await,
        20,
        "every accepted email is marked sent"
    );
    for to in &fine {
        wait_for_mails(to, 1).await;
    }
    // The leases run out: only the email whose failure went unrecorded is taken again.
    app.execute("UPDATE outbox SET locked_until = 1 WHERE locked_until IS NOT NULL")
        .await;
    assert_eq!(worker.round().await.unwrap(), 1);
    assert_eq!(mails_to(&failing).len(), 0);
    for to in &fine {
        assert_eq!(mails_to(to).len(), 1, "{to} got one copy");
    }
    app.stop().await;
}

/// The worker runs two claim-and-send rounds at once over one set of connections, in rounds
/// smaller than the backlog: every email goes out once, none is claimed twice, and a worker
/// stopped midway finishes the emails it had claimed and leaves the rest to the next.
async fn overlapping_rounds_send_each_email_once(engine: Engine) {
    let db = TestDb::new(engine).await;
    let settings = test_settings(&db.url);
    let roles = Roles {
        web: true,
        worker: false,
    };
    let app = TestApp::start(engine, db, settings, roles).await;
    let to: Vec<String> = (0..60).map(|_| unique_email("overlap")).collect();
    for t in &to {
        enqueue(app.db(), &email_to(t)).await;
    }
    let worker = || {
        let mut settings = test_settings(&app.db.url);
        settings.worker.batch_size = 7;
        settings.worker.smtp_pool_size = 3;
        let settings = Arc::new(settings);
        Worker::new(
            app.db().clone(),
            Transport::from_settings(&settings).unwrap(),
            settings,
            chorus::app::render_email,
        )
        .unwrap()
    };
    let sent = || {
        app.scalar_i64(
            "SELECT COUNT(*) FROM outbox WHERE state = 'sent' AND recipient LIKE 'overlap-%'",
        )
    };
    let until = |least: i64| async move {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while sent().await < least {
            assert!(
                std::time::Instant::now() < deadline,
                "fewer than {least} sent"
            );
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    };
    let stop_after = |least: i64| async move {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(worker().run(stopped));
        until(least).await;
        stop.send(true).unwrap();
        tokio::time::timeout(std::time::Duration::from_secs(30), task)
            .await
            .expect("the worker stops")
            .unwrap();
    };
    stop_after(10).await;
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts > 0 AND recipient LIKE 'overlap-%'"
        )
        .await,
        0,
        "every claimed email was sent before the worker stopped"
    );
    stop_after(60).await;
    assert_eq!(
        app.scalar_i64("SELECT MAX(attempts) FROM outbox WHERE recipient LIKE 'overlap-%'")
            .await,
        1,
        "no email was claimed twice"
    );
    for t in &to {
        assert_eq!(wait_for_mails(t, 1).await.len(), 1, "{t} got one copy");
    }
    app.stop().await;
}

both_engines!(
    failing_letter_dispatch_leaves_confirmations_flowing,
    unrecorded_failure_spares_the_other_sends,
    overlapping_rounds_send_each_email_once,
);
