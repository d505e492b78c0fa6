//! Two Chorus instances on one PostgreSQL database, both serving and both sending: counts agree
//! everywhere and every email is sent once. CHORUS_INSTANCE_SIGNERS sets the load (default 100).

mod common;

use std::time::{Duration, Instant};

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

    // Each clicks their link on the other instance, at once. A repeat while pending replaced the
    // first submission, so only the newest link works: exactly one of the emails confirms.
    outbox_drained(&a).await;
    // The mailbox is read before the clicks, not inside each: reading it blocks a thread of the
    // runtime this test shares with both servers, and with a whole run's mail in it, a hundred
    // reads at once held their connections unread until the servers gave up on them.
    let links: Vec<Vec<String>> = emails
        .iter()
        .map(|e| mails_to(e).iter().map(|m| m.link("/confirm/")).collect())
        .collect();
    let confirms = emails
        .iter()
        .zip(&links)
        .enumerate()
        .map(|(i, (e, links))| async move {
            let app = apps[(i + 1) % 2];
            let mut confirmed = 0;
            for link in links {
                let res = app.client.post(app.link(link)).send().await.unwrap();
                if res.status() == 200 {
                    let page = res.text().await.unwrap();
                    assert!(page.contains("now counts"), "{page}");
                    confirmed += 1;
                } else {
                    assert_eq!(res.status(), 404, "an older link is dead");
                }
            }
            assert_eq!(confirmed, 1, "one live link for {e}");
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
    // A repeat signer got a second email unless both submissions shared one batch (then only the
    // newest left); nobody got more.
    for (i, e) in emails.iter().enumerate() {
        let most = if i.is_multiple_of(10) { 2 } else { 1 };
        let got = mails_to(e).len();
        assert!((1..=most).contains(&got), "{got} emails to {e}");
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

async fn sign_page(app: &TestApp, slug: &str, email: &str, client: &str, pow: &str) {
    let res = app
        .client
        .post(app.url(&format!("/p/{slug}/sign")))
        .header("x-forwarded-for", client)
        .form(&[
            ("name", "Ada Lovelace"),
            ("email", email),
            ("country", "GB"),
            ("consent", "on"),
            ("pow", pow),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

/// Two instances share their rate windows and their record of used proof-of-work solutions: two
/// instances allow what one would, and a solution is good once, for its own petition.
async fn instances_share_limits_and_pow(engine: Engine) {
    let tweak = |s: &mut chorus::config::Settings| {
        s.abuse.allow_ips.clear();
        s.abuse.trusted_proxies = vec!["127.0.0.1/32".into()];
        s.abuse.share_every_ms = 100;
    };
    let a = TestApp::spawn_with(engine, tweak).await;
    let mut settings = test_settings(&a.db.url);
    tweak(&mut settings);
    let roles = Roles {
        web: true,
        worker: false,
    };
    let b = TestApp::start(engine, a.db.shared(), settings, roles).await;
    a.create_petition("p1", "").await;
    let flagged = "SELECT COUNT(*) FROM signatures WHERE flag = 'ip_rate'";

    // Three from one address on A, then (once B has read A's hits) three more on B: the sixth
    // within a minute is over the allowance of five, though each instance saw only three.
    for i in 0..3 {
        sign_page(
            &a,
            "p1",
            &unique_email(&format!("a{i}")),
            "198.51.100.20",
            "",
        )
        .await;
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while a
        .scalar_i64(
            "SELECT COALESCE(CAST(SUM(hits) AS BIGINT), 0) FROM rate_hits WHERE key LIKE 'ip:%'",
        )
        .await
        < 3
    {
        assert!(Instant::now() < deadline, "A never shared its hits");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let seen = b.state.guard.syncs();
    while b.state.guard.syncs() < seen + 2 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for i in 0..2 {
        sign_page(
            &b,
            "p1",
            &unique_email(&format!("b{i}")),
            "198.51.100.20",
            "",
        )
        .await;
    }
    assert_eq!(b.scalar_i64(flagged).await, 0, "five in a minute are fine");
    sign_page(&b, "p1", &unique_email("b2"), "198.51.100.20", "").await;
    assert_eq!(
        b.scalar_i64(flagged).await,
        1,
        "the sixth is held back, across instances"
    );

    // Proof of work: solved once for p2, used on A; replayed on B (another email) it is held back,
    // and a solution for p2 does not sign p3.
    a.create_petition("p2", "").await;
    a.create_petition("p3", "").await;
    a.execute("UPDATE petitions SET pow_required = TRUE WHERE slug IN ('p2', 'p3')")
        .await;
    let pow = solved_pow(&a, "petition=p2").await;
    let (first, replay, elsewhere) = (
        unique_email("pow1"),
        unique_email("pow2"),
        unique_email("pow3"),
    );
    sign_page(&a, "p2", &first, "198.51.100.31", &pow).await;
    sign_page(&b, "p2", &replay, "198.51.100.32", &pow).await;
    let other = solved_pow(&a, "petition=p2").await;
    sign_page(&b, "p3", &elsewhere, "198.51.100.33", &other).await;
    let flag_of = |email: String| {
        let app = &a;
        async move {
            app.scalar_i64(&format!(
                "SELECT COUNT(*) FROM signatures WHERE email = '{email}' AND flag = 'no_pow'"
            ))
            .await
        }
    };
    assert_eq!(flag_of(first.clone()).await, 0, "the first use counts");
    assert_eq!(
        flag_of(replay.clone()).await,
        1,
        "a replay on another instance is held back"
    );
    assert_eq!(
        flag_of(elsewhere.clone()).await,
        1,
        "a solution signs only its own petition"
    );
    assert_eq!(
        a.get("/api/v1/pow").await.status(),
        400,
        "a challenge names its petition"
    );
    b.stop().await;
    a.stop().await;
}

both_engines!(instances_share_limits_and_pow);
