//! What the outbox keeps: a sent email drops its payload and bodies (live links, names), and
//! erasing one's data removes the emails to one's address.

mod common;

use std::sync::Arc;

use chorus::app::Roles;
use chorus::email::worker::Worker;
use chorus::email::Transport;
use common::*;

/// Runs worker rounds until the outbox has nothing due.
async fn drain(worker: &Worker) {
    while worker.round().await.unwrap() > 0 {}
}

async fn rows_to(app: &TestApp, to: &str, extra: &str) -> i64 {
    app.scalar_i64(&format!(
        "SELECT COUNT(*) FROM outbox WHERE lower(recipient) = lower('{to}') {extra}"
    ))
    .await
}

async fn sent_outbox_rows_forget_and_erasure_purges(engine: Engine) {
    let db = TestDb::new(engine).await;
    let settings = test_settings(&db.url);
    let worker_settings = Arc::new(test_settings(&db.url));
    let roles = Roles {
        web: true,
        worker: false,
    };
    let app = TestApp::start(engine, db, settings, roles).await;
    let worker = Worker::new(
        app.db().clone(),
        Transport::from_settings(&worker_settings).unwrap(),
        worker_settings.clone(),
        chorus::app::render_email,
    )
    .unwrap();
    app.create_petition("keep1", "").await;
    app.create_petition("keep2", "").await;
    let to = unique_email("outbox");
    let mut body = signer(&to);
    body["newsletter"] = true.into();
    let sign = |slug: &'static str| {
        let (app, body) = (&app, body.clone());
        async move {
            let path = format!("/api/v1/petitions/{slug}/signatures");
            assert_eq!(app.post_json(&path, &body).await.status(), 202);
        }
    };

    // Delivered: the row keeps what it was and when, not the links or the name.
    sign("keep1").await;
    drain(&worker).await;
    let mail = wait_for_mails(&to, 1).await.remove(0);
    let confirm = mail.link("/confirm/");
    let token = confirm.rsplit('/').next().unwrap().to_owned();
    assert_eq!(rows_to(&app, &to, "AND state = 'sent'").await, 1);
    assert_eq!(
        rows_to(
            &app,
            &to,
            "AND (payload IS NOT NULL OR text_body <> '' OR html_body IS NOT NULL)"
        )
        .await,
        0,
        "a sent row still carries its content"
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM outbox WHERE payload LIKE '%{token}%' OR text_body LIKE '%{token}%' \
             OR html_body LIKE '%{token}%'"
        ))
        .await,
        0
    );
    let res = app.client.post(app.link(&confirm)).send().await.unwrap();
    assert_eq!(res.status(), 200);

    // The same person signs another petition (its email waits in the outbox) and asks for a copy
    // of their first signature's data; then erases the first signature.
    sign("keep2").await;
    let my_data = app.link(&mail.link("/my-data/"));
    let res = app
        .client
        .post(format!("{my_data}/copy"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(rows_to(&app, &to, "AND state = 'pending'").await, 2);
    let res = app
        .client
        .post(format!("{my_data}/erase"))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // Gone: the delivered confirmation and the copy. Kept: the other petition's confirmation.
    assert_eq!(rows_to(&app, &to, "").await, 1);
    assert_eq!(
        rows_to(&app, &to, "AND state = 'pending' AND kind <> 'data_copy'").await,
        1
    );
    drain(&worker).await;
    let mails = wait_for_mails(&to, 2).await;
    assert_eq!(mails.len(), 2, "no copy of erased data is sent");
    assert!(mails[1].text.contains("keep2"), "{}", mails[1].text);

    // Erasing the other signature leaves nothing addressed to them.
    let my_data = app.link(&mails[1].link("/my-data/"));
    let res = app
        .client
        .post(format!("{my_data}/erase"))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(rows_to(&app, &to, "").await, 0);
    app.stop().await;
}

/// Erasure finds an address's sent emails, and the letters among them, by index: one public
/// erase link must not make the server read the whole outbox (on SQLite, while every signature
/// waits for the write lock).
async fn erasure_finds_an_address_by_index(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let statement = chorus::email::outbox::FORGET_SENT_TO.replace("$1", "'a@example.org'");
    let plan: Vec<String> = match app.db() {
        chorus::db::Db::Sqlite(pool) => {
            sqlx::query_as::<_, (i64, i64, i64, String)>(&format!("EXPLAIN QUERY PLAN {statement}"))
                .fetch_all(pool)
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.3)
                .collect()
        }
        chorus::db::Db::Postgres(pool) => {
            let mut conn = pool.acquire().await.unwrap();
            // An empty table is read whole whatever the indexes; forbid that to see what can be used.
            sqlx::query("SET enable_seqscan = off")
                .execute(&mut *conn)
                .await
                .unwrap();
            let plan = sqlx::query_scalar(&format!("EXPLAIN {statement}"))
                .fetch_all(&mut *conn)
                .await
                .unwrap();
            sqlx::query("RESET enable_seqscan")
                .execute(&mut *conn)
                .await
                .unwrap();
            plan
        }
    };
    let plan = plan.join("\n");
    if let chorus::db::Db::Sqlite(pool) = app.db() {
        // What an erasure reads of the queue under the write lock: only what was queued since its
        // first read, by the primary key's range.
        let since = chorus::email::outbox::QUEUED_SINCE_SQLITE
            .replace("$1", "'a@example.org'")
            .replace("$2", "1000");
        let steps: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(&format!("EXPLAIN QUERY PLAN {since}"))
                .fetch_all(pool)
                .await
                .unwrap();
        assert_eq!(steps.len(), 1, "{steps:?}");
        assert!(
            steps[0].3.contains("USING INTEGER PRIMARY KEY (rowid>?)"),
            "{steps:?}"
        );
    }
    assert!(plan.contains("outbox_recipient_done"), "{plan}");
    assert!(plan.contains("letters_outbox"), "{plan}");
    assert!(
        !plan.contains("SCAN outbox") && !plan.contains("Seq Scan"),
        "{plan}"
    );
    app.stop().await;
}

both_engines!(
    sent_outbox_rows_forget_and_erasure_purges,
    erasure_finds_an_address_by_index
);

/// An email queued for a signature while its erasure waits (PostgreSQL, where a repeat signature's
/// batch can run beside it): the erasure takes the row first, so it sees and removes what was
/// queued meanwhile instead of leaving it behind the erased row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erasure_waits_for_a_signature_being_written() {
    let app = TestApp::spawn(Engine::Postgres).await;
    app.create_petition("p1", "").await;
    let to = unique_email("erasing");
    let res = app
        .post_json("/api/v1/petitions/p1/signatures", &signer(&to))
        .await;
    assert_eq!(res.status(), 202);
    let my_data = app.link(&wait_for_mails(&to, 1).await[0].link("/my-data/"));
    // Withdrawn already, so the erasure's own withdrawal has nothing to wait for.
    app.execute("UPDATE signatures SET state = 'withdrawn'")
        .await;
    let chorus::db::Db::Postgres(pool) = app.db() else {
        unreachable!()
    };
    // Another transaction holds the row, as a repeat signature's batch does while it writes.
    let mut writing = pool.begin().await.unwrap();
    sqlx::query("SELECT id FROM signatures WHERE canonical_email = lower($1) FOR UPDATE")
        .bind(&to)
        .execute(&mut *writing)
        .await
        .unwrap();
    let client = app.client.clone();
    let erase = tokio::spawn(async move {
        client
            .post(format!("{my_data}/erase"))
            .form(&[("confirm", "yes")])
            .send()
            .await
            .unwrap()
            .status()
    });
    until_a_session_waits_on_a_lock(pool, "the erasure never met the lock").await;
    // What that batch adds before it commits: an email to the address.
    sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, text_body, state, next_attempt_at, created_at, sent_at) \
         VALUES ('already_signed', $1, 'queued meanwhile', 'text', 'sent', 0, 0, 0)",
    )
    .bind(&to)
    .execute(&mut *writing)
    .await
    .unwrap();
    writing.commit().await.unwrap();
    assert_eq!(erase.await.unwrap(), 200);
    assert_eq!(
        rows_to(&app, &to, "").await,
        0,
        "nothing to the address is left"
    );
    app.stop().await;
}

/// SQLite hands a deleted newest row's id to the next email: an erasure that read the queue before
/// its transaction then reads it whole again, rather than miss an email queued to the address
/// under a reused id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_early_read_of_the_queue_notices_a_reused_id() {
    use chorus::email::outbox::sql::sqlite::{queued_before, queued_since};
    let app = TestApp::spawn(Engine::Sqlite).await;
    let chorus::db::Db::Sqlite(pool) = app.db() else {
        unreachable!()
    };
    let queue = |to: &'static str, at: i64| {
        sqlx::query(
            "INSERT INTO outbox (kind, recipient, subject, text_body, next_attempt_at, created_at) \
             VALUES ('data_copy', $1, 's', 't', 0, $2)",
        )
        .bind(to)
        .bind(at)
        .execute(pool)
    };
    queue("erasing@example.org", 1).await.unwrap();
    let newest = queue("someone@example.org", 2)
        .await
        .unwrap()
        .last_insert_rowid();
    let early = queued_before(pool, "erasing@example.org").await.unwrap();
    // The newest row goes (another erasure), and its id goes to an email to the address.
    sqlx::query("DELETE FROM outbox WHERE id = $1")
        .bind(newest)
        .execute(pool)
        .await
        .unwrap();
    let reused = queue("Erasing@example.org", 3)
        .await
        .unwrap()
        .last_insert_rowid();
    assert_eq!(reused, newest, "SQLite handed the id out again");
    let mut tx = pool.begin().await.unwrap();
    let seen: Vec<i64> = queued_since(&mut tx, "erasing@example.org", early)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen.contains(&reused), "{seen:?}");
    app.stop().await;
}
