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
