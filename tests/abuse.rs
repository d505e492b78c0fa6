//! Anti-abuse and privacy: silent flagging by rate limit and honeypot, trusted proxies, fraud
//! review with bulk invalidation, retention, one-click unsubscribe, copy and erasure of one's data.

mod common;

use common::staff::*;
use common::*;

const PATH: &str = "/api/v1/petitions/p1/signatures";

/// Signs through the API; returns status and the exact body bytes.
async fn sign_from(app: &TestApp, email: &str, forwarded: Option<&str>) -> (u16, Vec<u8>) {
    let mut req = app.client.post(app.url(PATH)).json(&signer(email));
    if let Some(f) = forwarded {
        req = req.header("x-forwarded-for", f);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.bytes().await.unwrap().to_vec())
}

/// Follows the confirmation link; returns the page's bytes.
async fn confirm(app: &TestApp, to: &str) -> Vec<u8> {
    let mail = &wait_for_mails(to, 1).await[0];
    let link = app.link(&mail.link("/confirm/"));
    let res = app.client.post(&link).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.bytes().await.unwrap().to_vec()
}

/// Over the rate limit, signing answers exactly as for anyone (nothing tells a script which
/// submission crossed it); on confirming, the held signer is told the truth: a person checks the
/// signature before it counts (the public count would show it anyway).
async fn over_limit_signatures_are_held_and_told_so(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        s.abuse.allow_ips.clear();
        s.abuse.ip_burst_max = 1;
    })
    .await;
    app.create_petition("p1", "").await;
    let emails: Vec<String> = (0..10)
        .map(|i| unique_email(&format!("burst{i}")))
        .collect();
    let mut answers = Vec::new();
    for e in &emails {
        answers.push(sign_from(&app, e, None).await);
    }
    assert!(
        answers.iter().all(|a| a == &answers[0]),
        "every answer is byte-identical"
    );
    assert_eq!(answers[0].0, 202);
    let mut pages = Vec::new();
    for e in &emails {
        pages.push(confirm(&app, e).await);
    }
    let text = |p: &Vec<u8>| String::from_utf8_lossy(p).into_owned();
    assert!(
        text(&pages[0]).contains("now counts"),
        "{}",
        text(&pages[0])
    );
    assert!(
        pages[1..].iter().all(|p| p == &pages[1]),
        "the held signers' pages are identical"
    );
    assert!(
        text(&pages[1]).contains("a person on the team checks")
            && !text(&pages[1]).contains("now counts"),
        "{}",
        text(&pages[1])
    );
    assert_eq!(app.api_count("p1").await, 1, "only the first one counts");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE flag = 'ip_rate'")
            .await,
        9
    );
    // Stored as a keyed hash and a /24, never the address.
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE ip_prefix = '127.0.0.0/24' AND length(ip_hash) = 32")
            .await,
        10
    );
    // A held signer who opens the link again is told the same.
    let link = app.link(&wait_for_mails(&emails[5], 1).await[0].link("/confirm/"));
    let again = app
        .client
        .get(&link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(again.contains("a person on the team checks"), "{again}");

    // The HTML form's honeypot: same redirect, flagged.
    let trap = unique_email("bot");
    let res = app
        .post_form(
            "/p/p1/sign",
            &[
                ("name", "Bot Bot"),
                ("email", &trap),
                ("country", "GB"),
                ("consent", "on"),
                ("website", "http://spam.example"),
            ],
        )
        .await;
    assert_eq!(
        (
            res.status().as_u16(),
            res.headers()["location"].to_str().unwrap()
        ),
        (303, "/p/p1/signed")
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE flag = 'honeypot' AND email = '{trap}'"
        ))
        .await,
        1
    );
    app.stop().await;
}

async fn forwarded_for_is_believed_only_from_trusted_proxies(engine: Engine) {
    // No trusted proxy: two "different" forwarded addresses are one client.
    let app = TestApp::spawn_with(engine, |s| {
        s.abuse.allow_ips.clear();
        s.abuse.ip_burst_max = 1;
    })
    .await;
    app.create_petition("p1", "").await;
    sign_from(&app, &unique_email("a"), Some("198.51.100.1")).await;
    sign_from(&app, &unique_email("b"), Some("203.0.113.1")).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE flag = 'ip_rate'")
            .await,
        1
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE ip_prefix <> '127.0.0.0/24'")
            .await,
        0,
        "the header of an untrusted peer is ignored"
    );
    app.stop().await;

    // Behind a trusted proxy, the forwarded address is the client.
    let app = TestApp::spawn_with(engine, |s| {
        s.abuse.allow_ips.clear();
        s.abuse.trusted_proxies = vec!["127.0.0.1/32".into()];
    })
    .await;
    app.create_petition("p1", "").await;
    sign_from(&app, &unique_email("a"), Some("198.51.100.1")).await;
    sign_from(&app, &unique_email("b"), Some("6.6.6.6, 203.0.113.1")).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE flag IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE ip_prefix IN ('198.51.100.0/24', '203.0.113.0/24')")
            .await,
        2
    );
    app.stop().await;
}

async fn bulk_invalidation_removes_what_it_previewed(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        s.abuse.trusted_proxies = vec!["127.0.0.1/32".into()];
        s.abuse.allow_ips = vec!["203.0.113.0/24".into(), "198.51.100.0/24".into()];
    })
    .await;
    app.create_petition("p1", "").await;
    for i in 0..10 {
        let e = unique_email(&format!("farm{i}"));
        let from = if i < 6 {
            format!("203.0.113.{i}")
        } else {
            format!("198.51.100.{i}")
        };
        sign_from(&app, &e, Some(&from)).await;
        confirm(&app, &e).await;
    }
    assert_eq!(app.api_count("p1").await, 10);
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let page = staff
        .get(&app, "/admin/petitions/p1/review")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("203.0.113.0/24") && page.contains("198.51.100.0/24"),
        "{page}"
    );

    let filter = [("ip_prefix", "203.0.113.0/24"), ("action", "preview")];
    let html = staff
        .post(&app, "/admin/petitions/p1/review", &filter)
        .await
        .text()
        .await
        .unwrap();
    let preview = html.split("data-testid=\"preview-count\">").nth(1).unwrap();
    let preview: i64 = preview[..preview.find('<').unwrap()].parse().unwrap();
    assert_eq!(preview, 6);

    // A stale number is refused: nothing changes until the current count is confirmed.
    let stale = [
        ("ip_prefix", "203.0.113.0/24"),
        ("action", "invalidate"),
        ("expected", "5"),
    ];
    staff.post(&app, "/admin/petitions/p1/review", &stale).await;
    assert_eq!(app.api_count("p1").await, 10);

    let n = preview.to_string();
    let go = [
        ("ip_prefix", "203.0.113.0/24"),
        ("action", "invalidate"),
        ("expected", n.as_str()),
    ];
    let html = staff
        .post(&app, "/admin/petitions/p1/review", &go)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Invalidated 6 signatures"), "{html}");
    assert_eq!(
        app.api_count("p1").await,
        10 - preview,
        "counts drop by the previewed number"
    );
    assert_eq!(
        app.scalar_i64("SELECT CAST(SUM(confirmed) AS BIGINT) FROM petition_country_counts")
            .await,
        4
    );
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM signatures WHERE flag = 'invalidated' AND state = 'withdrawn'"
        )
        .await,
        6
    );
    assert_eq!(
        app.scalar_i64("SELECT row_count FROM audit_log WHERE action = 'signatures.invalidate'")
            .await,
        6
    );
    app.stop().await;
}

async fn retention_anonymises_and_keeps_counts(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.retention.anonymise_after_days = 30).await;
    app.create_petition("p1", "").await;
    let emails: Vec<String> = (0..3).map(|i| unique_email(&format!("old{i}"))).collect();
    for e in &emails {
        sign_from(&app, e, None).await;
        confirm(&app, e).await;
    }
    let before: serde_json::Value = app.get("/api/v1/petitions/p1").await.json().await.unwrap();
    // Not yet due: closed recently.
    let closed_at = chorus::db::now_ms() - 10 * 86_400_000;
    app.execute(&format!(
        "UPDATE petitions SET state = 'closed', closes_at = {closed_at}"
    ))
    .await;
    let (sigs, _) = chorus::abuse::retention::run(app.db(), &app.state.settings)
        .await
        .unwrap();
    assert_eq!(sigs, 0);
    let closed_at = chorus::db::now_ms() - 31 * 86_400_000;
    app.execute(&format!("UPDATE petitions SET closes_at = {closed_at}"))
        .await;
    let (sigs, mails) = chorus::abuse::retention::run(app.db(), &app.state.settings)
        .await
        .unwrap();
    assert_eq!(sigs, 3);
    assert_eq!(mails, 0, "the confirmation emails are recent");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE name = '' AND email = '' AND postcode IS NULL AND ip_hash IS NULL AND anonymised_at IS NOT NULL")
            .await,
        3
    );
    for e in &emails {
        assert_eq!(
            app.scalar_i64(&format!(
                "SELECT COUNT(*) FROM signatures WHERE email = '{e}' OR canonical_email = '{e}'"
            ))
            .await,
            0
        );
    }
    let after: serde_json::Value = app.get("/api/v1/petitions/p1").await.json().await.unwrap();
    assert_eq!(before["signature_count"], after["signature_count"]);
    assert_eq!(before["by_country"], after["by_country"]);
    app.stop().await;
}

async fn unsubscribe_copy_and_erasure(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let to = unique_email("self");
    let mut body = signer(&to);
    body["newsletter"] = true.into();
    assert_eq!(app.post_json(PATH, &body).await.status(), 202);
    confirm(&app, &to).await;
    let mail = &mails_to(&to)[0];
    let header = mail.header("List-Unsubscribe").unwrap();
    assert!(
        header.starts_with("<http://127.0.0.1:9/unsubscribe/"),
        "{header}"
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    let unsubscribe = app.link(header.trim_matches(['<', '>']));
    let newsletter = || app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE newsletter");

    // GET (a link scanner) changes nothing; the one-click POST does.
    let page = app.client.get(&unsubscribe).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(newsletter().await, 1);
    let res = app
        .client
        .post(&unsubscribe)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(newsletter().await, 0);
    assert_eq!(
        app.api_count("p1").await,
        1,
        "unsubscribing keeps the signature"
    );

    // A copy of one's data by email, then erasure.
    let my_data = app.link(&mail.link("/my-data/"));
    let page = app
        .client
        .get(&my_data)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Ada Lovelace") && page.contains(&to));
    app.client
        .post(format!("{my_data}/copy"))
        .send()
        .await
        .unwrap();
    let copy = wait_for_mails(&to, 2).await;
    let copy = copy
        .iter()
        .find(|m| m.subject == "A copy of your data")
        .expect("a copy");
    assert!(copy.text.contains("Name: Ada Lovelace") && copy.text.contains("SW1A 1AA"));
    let res = app
        .client
        .post(format!("{my_data}/erase"))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.api_count("p1").await,
        0,
        "erasure withdraws the signature"
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{to}' OR name <> ''"
        ))
        .await,
        0
    );
    assert_eq!(
        app.client.get(&my_data).send().await.unwrap().status(),
        404,
        "the link is dead"
    );
    app.stop().await;
}

both_engines!(
    over_limit_signatures_are_held_and_told_so,
    forwarded_for_is_believed_only_from_trusted_proxies,
    bulk_invalidation_removes_what_it_previewed,
    retention_anonymises_and_keeps_counts,
    unsubscribe_copy_and_erasure,
    a_rate_flag_does_not_skip_the_proof_of_work,
);

/// A petition that asks for proof of work asks it of every signature: one a rate limit already
/// flagged is not let through without it (and emailed), or tripping the limit on purpose would
/// be the way around the proof.
async fn a_rate_flag_does_not_skip_the_proof_of_work(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        s.abuse.allow_ips.clear();
        s.abuse.ip_burst_max = 1;
    })
    .await;
    app.create_petition("p1", "").await;
    app.execute("UPDATE petitions SET pow_required = TRUE")
        .await;
    for i in 0..3 {
        let (status, _) = sign_from(&app, &unique_email(&format!("nopow{i}")), None).await;
        assert_eq!(status, 202);
    }
    // The answers came after the commit: what the rows say is final.
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE flag = 'no_pow'")
            .await,
        3,
        "every one without a proof is held as a bot's, rate-flagged or not"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM outbox WHERE recipient LIKE 'nopow%'")
            .await,
        0,
        "nobody is emailed"
    );
    app.stop().await;
}
