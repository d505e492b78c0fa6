//! Background work that fails alone: a broken job leaves confirmation emails flowing, and a send
//! whose failure cannot be recorded leaves the round's other sends marked once.

mod common;

use std::sync::Arc;

use chorus::app::Roles;
use chorus::db::{now_ms, Db};
use chorus::email::outbox::OutboxRow;
use chorus::email::worker::{RenderCtx, Worker};
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
    refuse_outbox_updates(&app, "no_failure_record", "NEW.last_error IS NOT NULL").await;
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

/// Stop signals for `stopping_render`, by recipient prefix: (prefix, emails rendered, stop).
type Stops = std::sync::Mutex<Vec<(String, usize, tokio::sync::watch::Sender<bool>)>>;
static STOPS: Stops = std::sync::Mutex::new(Vec::new());

/// Renders as the app does, and stops its worker once it has rendered ten emails whose
/// recipient starts with a registered prefix; an email to "panic-…" panics.
fn stopping_render(row: &mut OutboxRow, ctx: &RenderCtx<'_>) -> Result<(), String> {
    assert!(!row.recipient.starts_with("panic-"), "a bug in rendering");
    for (prefix, rendered, stop) in STOPS.lock().unwrap().iter_mut() {
        if row.recipient.starts_with(prefix.as_str()) {
            *rendered += 1;
            if *rendered == 10 {
                stop.send(true).unwrap();
            }
        }
    }
    chorus::app::render_email(row, ctx)
}

/// A worker on `app`'s database sending in rounds of `batch` over 3 connections, at most 3 public
/// emails per address, rendering with `stopping_render`.
fn worker_for(app: &TestApp, batch: i64) -> Worker {
    let mut settings = test_settings(&app.db.url);
    settings.worker.batch_size = batch;
    settings.worker.smtp_pool_size = 3;
    settings.worker.max_public_emails_per_address = 3;
    let settings = Arc::new(settings);
    Worker::new(
        app.db().clone(),
        Transport::from_settings(&settings).unwrap(),
        settings,
        stopping_render,
    )
    .unwrap()
}

/// An app that serves but sends nothing: the tests run their own workers.
async fn web_app(engine: Engine) -> TestApp {
    let db = TestDb::new(engine).await;
    let settings = test_settings(&db.url);
    let roles = Roles {
        web: true,
        worker: false,
    };
    TestApp::start(engine, db, settings, roles).await
}

/// Runs `worker` until the count `remaining` is zero (or the worker stops itself), then stops it
/// and waits for it to return.
async fn run_until(
    app: &TestApp,
    worker: Worker,
    stop: tokio::sync::watch::Sender<bool>,
    stopped: tokio::sync::watch::Receiver<bool>,
    remaining: &str,
) {
    let task = tokio::spawn(worker.run(stopped));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !task.is_finished() && app.scalar_i64(remaining).await > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "still some: {remaining}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let _ = stop.send(true);
    tokio::time::timeout(std::time::Duration::from_secs(30), task)
        .await
        .expect("the worker stops")
        .unwrap();
}

/// Makes the database refuse every update of an outbox row for which `when` (on `NEW`) holds:
/// a trigger called `name`, as a database failing one kind of write.
async fn refuse_outbox_updates(app: &TestApp, name: &str, when: &str) {
    match app.engine {
        Engine::Sqlite => {
            app.execute(&format!(
                "CREATE TRIGGER {name} BEFORE UPDATE ON outbox WHEN {when} \
                 BEGIN SELECT RAISE(ABORT, 'refused'); END"
            ))
            .await
        }
        Engine::Postgres => {
            app.execute(&format!(
                "CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS \
                 $$ BEGIN RAISE EXCEPTION 'refused'; END $$"
            ))
            .await;
            app.execute(&format!(
                "CREATE TRIGGER {name} BEFORE UPDATE ON outbox FOR EACH ROW \
                 WHEN ({when}) EXECUTE FUNCTION {name}()"
            ))
            .await
        }
    }
}

/// One address signs five new petitions `{prefix}0` to `{prefix}4`: five public emails to it.
async fn sign_five(app: &TestApp, prefix: &str) -> String {
    let victim = unique_email(prefix);
    for i in 0..5 {
        app.create_petition(&format!("{prefix}{i}"), "").await;
        let res = app
            .post_json(
                &format!("/api/v1/petitions/{prefix}{i}/signatures"),
                &signer(&victim),
            )
            .await;
        assert_eq!(res.status(), 202);
    }
    victim
}

/// Counts `to`'s emails not yet sent or given up.
fn settled(to: &str) -> String {
    format!(
        "SELECT COUNT(*) FROM outbox WHERE recipient = '{to}' AND state NOT IN ('sent', 'failed')"
    )
}

/// The cap of three let through the confirmations of the first three petitions, no others.
fn assert_earliest_three(victim: &str, prefix: &str) {
    let mut got: Vec<String> = mails_to(victim).into_iter().map(|m| m.subject).collect();
    got.sort();
    assert_eq!(got.len(), 3, "{got:?}");
    for (i, subject) in got.iter().enumerate() {
        assert!(
            subject.ends_with(&format!("Test petition {prefix}{i}")),
            "{got:?}"
        );
    }
}

/// The worker runs two claim-and-send rounds at once over one set of connections, in rounds
/// smaller than the backlog: every email goes out once, none is claimed twice, and a worker
/// stopped midway finishes the emails it had claimed and leaves the rest to the next.
async fn overlapping_rounds_send_each_email_once(engine: Engine) {
    let app = web_app(engine).await;
    let prefix = format!("overlap{}-", random_hex(4));
    let to: Vec<String> = (0..60)
        .map(|_| unique_email(&prefix[..prefix.len() - 1]))
        .collect();
    for t in &to {
        enqueue(app.db(), &email_to(t)).await;
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    STOPS
        .lock()
        .unwrap()
        .push((prefix.clone(), 0, stop.clone()));
    // Stopped by its tenth rendering: the rounds in hand finish, the rest stay unclaimed.
    let never = "SELECT COUNT(*) + 1 FROM outbox";
    run_until(&app, worker_for(&app, 7), stop, stopped, never).await;
    let mine = format!("recipient LIKE '{prefix}%'");
    let claimed_unsent =
        format!("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts > 0 AND {mine}");
    assert_eq!(
        app.scalar_i64(&claimed_unsent).await,
        0,
        "every claimed email was sent before the worker stopped"
    );
    let unclaimed = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM outbox WHERE attempts = 0 AND {mine}"
        ))
        .await;
    assert!(
        unclaimed > 0,
        "the worker stopped midway ({unclaimed} left)"
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let unsent = format!("SELECT COUNT(*) FROM outbox WHERE state <> 'sent' AND {mine}");
    run_until(&app, worker_for(&app, 7), stop, stopped, &unsent).await;
    assert_eq!(
        app.scalar_i64(&format!("SELECT MAX(attempts) FROM outbox WHERE {mine}"))
            .await,
        1,
        "no email was claimed twice"
    );
    for t in &to {
        assert_eq!(wait_for_mails(t, 1).await.len(), 1, "{t} got one copy");
    }
    app.stop().await;
}

/// Five signatures with one address, queued before the worker starts and claimed one per round
/// by two overlapping rounds: the per-address cap (3) keeps the first three petitions' emails.
async fn cap_keeps_the_earliest_across_overlapping_rounds(engine: Engine) {
    let app = web_app(engine).await;
    let victim = sign_five(&app, "capfirst").await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    run_until(&app, worker_for(&app, 1), stop, stopped, &settled(&victim)).await;
    assert_earliest_three(&victim, "capfirst");
    app.stop().await;
}

/// An email whose rendering panics is given up, and the worker goes on sending the others.
async fn a_panicking_render_fails_alone(engine: Engine) {
    let app = web_app(engine).await;
    let bad = unique_email("panic");
    enqueue(app.db(), &email_to(&bad)).await;
    let fine: Vec<String> = (0..5).map(|_| unique_email("afterpanic")).collect();
    for t in &fine {
        enqueue(app.db(), &email_to(t)).await;
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let settled = "SELECT COUNT(*) FROM outbox \
         WHERE (recipient LIKE 'afterpanic-%' AND state <> 'sent') OR (recipient LIKE 'panic-%' AND state <> 'failed')";
    run_until(&app, worker_for(&app, 50), stop, stopped, settled).await;
    for t in &fine {
        assert_eq!(mails_to(t).len(), 1, "{t} got one copy");
    }
    assert!(mails_to(&bad).is_empty());
    app.stop().await;
}

/// The cap's accounting is one transaction: a round that fails while giving up the emails over
/// the cap leaves none counted, so when they come back the cap is applied again and the earliest
/// three still go (before, the emails were marked counted first and then went out uncapped).
async fn a_failed_cap_round_leaves_nothing_counted(engine: Engine) {
    let app = web_app(engine).await;
    let victim = sign_five(&app, "capfail").await;
    // The database refuses to give up an email over the cap.
    refuse_outbox_updates(&app, "refuse_cap", "NEW.last_error LIKE 'not sent: over%'").await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    // The round claimed all five (batch of 50), then failed: they are leased, none sent.
    let leased = format!(
        "SELECT COUNT(*) FROM outbox WHERE recipient = '{victim}' AND state = 'pending' AND locked_until IS NULL"
    );
    run_until(&app, worker_for(&app, 50), stop, stopped, &leased).await;
    assert!(mails_to(&victim).is_empty());
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient = '{victim}' AND cap_counted"
        ))
        .await,
        0,
        "nothing counted by the failed round"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM mail_caps").await,
        0,
        "the failed round added nothing to the address's window"
    );

    // The database accepts again and the lease has run out.
    app.execute(match engine {
        Engine::Sqlite => "DROP TRIGGER refuse_cap",
        Engine::Postgres => "DROP TRIGGER refuse_cap ON outbox",
    })
    .await;
    app.execute("UPDATE outbox SET locked_until = 0").await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    run_until(&app, worker_for(&app, 50), stop, stopped, &settled(&victim)).await;
    assert_earliest_three(&victim, "capfail");
    app.stop().await;
}

both_engines!(
    failing_letter_dispatch_leaves_confirmations_flowing,
    unrecorded_failure_spares_the_other_sends,
    overlapping_rounds_send_each_email_once,
    cap_keeps_the_earliest_across_overlapping_rounds,
    a_panicking_render_fails_alone,
    a_failed_cap_round_leaves_nothing_counted,
);
