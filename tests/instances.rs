//! Two Chorus instances on one PostgreSQL database, both serving and both sending: counts agree
//! everywhere and every email is sent once. CHORUS_INSTANCE_SIGNERS sets the load (default 100).

mod common;

use chorus::app::Roles;
use common::*;
use futures_util::future::join_all;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_sign_confirm_and_send_once() {
    let signers: usize = std::env::var("CHORUS_INSTANCE_SIGNERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let a = TestApp::spawn(Engine::Postgres).await;
    let b = TestApp::start(
        Engine::Postgres,
        a.db.shared(),
        test_settings(&a.db.url),
        Roles {
            web: true,
            worker: true,
        },
    )
    .await;
    a.create_petition("p1", "").await;
    let apps = [&a, &b];
    let emails: Vec<String> = (0..signers)
        .map(|i| unique_email(&format!("two{i}")))
        .collect();

    // Everyone signs at once, half through each instance; some sign twice, through both.
    let mut jobs: Vec<(&TestApp, serde_json::Value)> = Vec::new();
    for (i, e) in emails.iter().enumerate() {
        jobs.push((apps[i % 2], signer(e)));
        if i.is_multiple_of(10) {
            jobs.push((apps[(i + 1) % 2], signer(e)));
        }
    }
    let signs = jobs
        .iter()
        .map(|(app, body)| app.post_json("/api/v1/petitions/p1/signatures", body));
    for res in join_all(signs).await {
        assert_eq!(res.status(), 202);
    }

    // Each clicks their link on the other instance, at once.
    let confirms = emails.iter().enumerate().map(|(i, e)| async move {
        let mail = &wait_for_mails(e, 1).await[0];
        let app = apps[(i + 1) % 2];
        let res = app
            .client
            .post(app.link(&mail.link("/confirm/")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let page = res.text().await.unwrap();
        assert!(page.contains("now counts"), "{page}");
    });
    join_all(confirms).await;

    let n = signers as i64;
    assert_eq!(a.api_count("p1").await, n);
    assert_eq!(b.api_count("p1").await, n);
    assert_eq!(
        a.scalar_i64("SELECT COUNT(*) FROM signatures WHERE state = 'confirmed'")
            .await,
        n
    );
    // The repeat signers got a second ("already pending") email; nobody got more.
    let expected = |i: usize| if i.is_multiple_of(10) { 2 } else { 1 };
    for (i, e) in emails.iter().enumerate() {
        wait_for_mails(e, expected(i)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    for (i, e) in emails.iter().enumerate() {
        assert_eq!(mails_to(e).len(), expected(i), "emails to {e}");
    }
    assert_eq!(
        a.scalar_i64("SELECT COUNT(*) FROM outbox WHERE state <> 'sent'")
            .await,
        0
    );
    eprintln!(
        "two instances: {signers} signers ({} repeats), counts {n} on both, every email sent once",
        signers / 10
    );
    b.stop().await;
    a.stop().await;
}
