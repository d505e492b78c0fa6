//! Signing a petition end to end: validation, deduplication, confirmation by the emailed link,
//! withdrawal, counts, closed petitions, and retention of unconfirmed signatures.

mod common;

use std::time::Duration;

use common::*;

const PATH: &str = "/api/v1/petitions/p1/signatures";

async fn sign_json(app: &TestApp, body: serde_json::Value) -> (u16, serde_json::Value) {
    let res = app.post_json(PATH, &body).await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or_default())
}

/// Follows the confirmation link of the latest email: GET shows a button and changes nothing, POST confirms.
async fn confirm_latest(app: &TestApp, to: &str, expected_mails: usize) -> String {
    let mails = wait_for_mails(to, expected_mails).await;
    let link = app.link(&mails.last().unwrap().link("/confirm/"));
    let page = app.client.get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Confirm my signature"), "{html}");
    let res = app.client.post(&link).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

async fn sign_confirm_and_count(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let to = unique_email("ada");
    let (status, body) = sign_json(&app, signer(&to)).await;
    assert_eq!(
        (status, body),
        (202, serde_json::json!({"status": "pending_confirmation"}))
    );
    assert_eq!(
        app.api_count("p1").await,
        0,
        "pending signatures do not count"
    );

    let mails = wait_for_mails(&to, 1).await;
    let mail = &mails[0];
    assert!(mail.subject.contains("Please confirm your signature"));
    assert!(mail.html.contains("Confirm my signature"));
    let confirm = mail.link("/confirm/");
    let withdraw = mail.link("/withdraw/");
    let token = confirm.rsplit('/').next().unwrap();
    assert_eq!(
        token.len(),
        chorus::secret::links::TOKEN_LEN,
        "a derived link: id, generation and a 128-bit MAC"
    );
    // Nothing is stored per link: the signature row is all a signature writes.
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signature_tokens")
            .await,
        0
    );
    // A forged MAC is refused like any unknown link.
    let forged = format!(
        "{}{}",
        &token[..token.len() - 1],
        if token.ends_with('0') { '1' } else { '0' }
    );
    let page = app.get(&format!("/confirm/{forged}")).await;
    assert_eq!(page.status(), 404);

    // A mail scanner opening the link (GET) must not confirm.
    app.client.get(app.link(&confirm)).send().await.unwrap();
    assert_eq!(app.api_count("p1").await, 0);
    let html = confirm_latest(&app, &to, 1).await;
    assert!(html.contains("your signature is confirmed"), "{html}");
    assert_eq!(app.api_count("p1").await, 1);
    let v: serde_json::Value = app.get("/api/v1/petitions/p1").await.json().await.unwrap();
    assert_eq!(v["by_country"], serde_json::json!({"GB": 1}));
    assert_eq!(v["state"], "open");

    // Single use: confirming again changes nothing.
    let again = app
        .client
        .post(app.link(&confirm))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(again.contains("Already confirmed"), "{again}");
    assert_eq!(app.api_count("p1").await, 1);

    // The page shows the confirmed count.
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(
        page.contains("<strong>1</strong> signature of a 100 goal"),
        "{page}"
    );

    // Withdraw: GET shows, POST acts, the count goes down.
    app.client.get(app.link(&withdraw)).send().await.unwrap();
    assert_eq!(app.api_count("p1").await, 1);
    let res = app
        .client
        .post(app.link(&withdraw))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(res.contains("withdrawn"), "{res}");
    assert_eq!(app.api_count("p1").await, 0);
    let v: serde_json::Value = app.get("/api/v1/petitions/p1").await.json().await.unwrap();
    assert_eq!(v["by_country"], serde_json::json!({}));

    // Bad tokens get a clear page, never an error.
    assert_eq!(
        app.client
            .post(app.url("/confirm/nonsense"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/confirm/{}", "a".repeat(64)))
            .await
            .status(),
        404
    );
    app.stop().await;
}

async fn duplicates_look_like_first_signatures(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let id = random_hex(4);
    let first = format!("Jane.Doe{id}+petition@gmail.com");
    let second = format!("janedoe{id}@googlemail.com");
    let third = format!("JANE.DOE{id}@GMAIL.COM");
    let (s1, b1) = sign_json(&app, signer(&first)).await;
    let (s2, b2) = sign_json(&app, signer(&second)).await;
    assert_eq!((s1, &b1), (s2, &b2), "a repeat gets the same answer");
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM signatures").await, 1);
    // Pending: the confirmation is sent again (to the address typed that time).
    wait_for_mails(&first, 1).await;
    wait_for_mails(&second, 1).await;
    assert!(mails_to(&second)[0].subject.contains("Please confirm"));
    // Confirm through the second email's link.
    confirm_latest(&app, &second, 1).await;
    assert_eq!(app.api_count("p1").await, 1);
    // Confirmed: an "already signed" email, same response.
    let (s3, b3) = sign_json(&app, signer(&third)).await;
    assert_eq!((s3, &b3), (s1, &b1));
    let mails = wait_for_mails(&third, 1).await;
    assert!(
        mails[0].subject.contains("You have already signed"),
        "{}",
        mails[0].subject
    );
    // At most 5 emails per signature, ever.
    for _ in 0..5 {
        assert_eq!(sign_json(&app, signer(&third)).await.0, 202);
    }
    outbox_drained(&app).await;
    let total = mails_to(&first).len() + mails_to(&second).len() + mails_to(&third).len();
    assert_eq!(total, 5, "emails about one signature are capped at 5");
    assert_eq!(
        app.scalar_i64("SELECT emails_sent FROM signatures").await,
        5
    );
    assert_eq!(app.api_count("p1").await, 1);
    app.stop().await;
}

async fn hundred_concurrent_identical_submissions(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let to = unique_email("burst");
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let client = app.client.clone();
        let url = app.url(PATH);
        let body = signer(&to);
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 202);
    }
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM signatures").await, 1);
    assert_eq!(
        app.scalar_i64("SELECT pending FROM petition_counts").await,
        1
    );
    // At most five emails ever; a repeat while pending replaces the earlier one (a repeat in the
    // same batch even before its email left), so exactly one of the links that arrived works.
    wait_for_mails(&to, 1).await;
    outbox_drained(&app).await;
    let mails = mails_to(&to);
    assert!((1..=5).contains(&mails.len()), "{} emails", mails.len());
    let mut live = 0;
    for m in &mails {
        let status = app
            .client
            .get(app.link(&m.link("/confirm/")))
            .send()
            .await
            .unwrap()
            .status();
        live += usize::from(status == 200);
    }
    assert_eq!(live, 1, "one live link");
    app.stop().await;
}

async fn twenty_concurrent_confirmations_count_once(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let to = unique_email("race");
    sign_json(&app, signer(&to)).await;
    let link = app.link(&wait_for_mails(&to, 1).await[0].link("/confirm/"));
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let client = app.client.clone();
        let link = link.clone();
        tasks.push(tokio::spawn(async move {
            client.post(link).send().await.unwrap().status().as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    assert_eq!(app.api_count("p1").await, 1);
    assert_eq!(
        app.scalar_i64("SELECT confirmed FROM petition_country_counts")
            .await,
        1
    );
    assert_eq!(
        app.scalar_i64("SELECT CAST(SUM(confirmed) AS BIGINT) FROM petition_day_counts")
            .await,
        1
    );
    assert_eq!(
        app.scalar_i64("SELECT pending FROM petition_counts").await,
        0
    );
    app.stop().await;
}

async fn validation_rules(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    app.create_petition(
        "us-only",
        "allowed_countries = [\"US\"]\npostcode_required = true",
    )
    .await;
    let cases: Vec<(serde_json::Value, &str)> = vec![
        (
            serde_json::json!({"name": "", "email": "a@example.com", "country": "GB", "consent": true}),
            "name",
        ),
        (
            serde_json::json!({"name": "=HYPERLINK(\"x\")", "email": "a@example.com", "country": "GB", "consent": true}),
            "name",
        ),
        (
            serde_json::json!({"name": "Visit https://spam.example", "email": "a@example.com", "country": "GB", "consent": true}),
            "name",
        ),
        (
            serde_json::json!({"name": "A\u{0007}B", "email": "a@example.com", "country": "GB", "consent": true}),
            "name",
        ),
        (
            serde_json::json!({"name": "x".repeat(256), "email": "a@example.com", "country": "GB", "consent": true}),
            "name",
        ),
        (
            serde_json::json!({"name": "Ann", "email": "not-an-email", "country": "GB", "consent": true}),
            "email",
        ),
        (
            serde_json::json!({"name": "Ann", "email": "a@example.com", "country": "ZZ", "consent": true}),
            "country",
        ),
        (
            serde_json::json!({"name": "Ann", "email": "a@example.com", "country": "GB", "postcode": "12345", "consent": true}),
            "postcode",
        ),
        (
            serde_json::json!({"name": "Ann", "email": "a@example.com", "country": "GB", "comment": "c".repeat(1001), "consent": true}),
            "comment",
        ),
        (
            serde_json::json!({"name": "Ann", "email": "a@example.com", "country": "GB", "consent": false}),
            "consent",
        ),
    ];
    for (body, field) in cases {
        let (status, v) = sign_json(&app, body.clone()).await;
        assert_eq!(status, 422, "{body}");
        assert!(
            v["errors"][field].as_array().is_some_and(|m| !m.is_empty()),
            "{field} not flagged for {body}: {v}"
        );
    }
    // Country eligibility and a required postcode.
    let us = "/api/v1/petitions/us-only/signatures";
    let res = app.post_json(us, &serde_json::json!({"name": "Ann", "email": "a@example.com", "country": "FR", "postcode": "75008", "consent": true})).await;
    assert_eq!(res.status(), 422);
    let v: serde_json::Value = res.json().await.unwrap();
    assert!(
        v["errors"]["country"][0]
            .as_str()
            .unwrap()
            .contains("United States"),
        "{v}"
    );
    let res = app.post_json(us, &serde_json::json!({"name": "Ann", "email": "a@example.com", "country": "US", "consent": true})).await;
    let v: serde_json::Value = res.json().await.unwrap();
    assert!(v["errors"]["postcode"].is_array(), "{v}");
    let res = app.post_json(us, &serde_json::json!({"name": "Ann", "email": unique_email("us"), "country": "US", "postcode": "10001", "consent": true})).await;
    assert_eq!(res.status(), 202);
    // Unknown fields and malformed JSON are 4xx, never 5xx.
    let res = app
        .post_json(PATH, &serde_json::json!({"name": "Ann", "admin": true}))
        .await;
    assert_eq!(res.status(), 422);
    let res = app
        .client
        .post(app.url(PATH))
        .header("content-type", "application/json")
        .body("{nope")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let res = app
        .client
        .post(app.url(PATH))
        .header("content-type", "text/plain")
        .body("hi")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 415);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM signatures").await, 1);
    // Unknown petition: 404.
    let res = app
        .post_json(
            "/api/v1/petitions/nope/signatures",
            &signer("a@example.com"),
        )
        .await;
    assert_eq!(res.status(), 404);
    app.stop().await;
}

async fn form_comes_back_filled_in(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let res = app
        .post_form(
            "/p/p1/sign",
            &[
                ("name", "Grace <b>Hopper</b>"),
                ("email", "grace@@example"),
                ("country", "FR"),
                ("postcode", "75008"),
                ("comment", "Keep going & win"),
                ("newsletter", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    // Every value typed is still there, escaped.
    assert!(
        html.contains(r#"value="Grace &#60;b&#62;Hopper&#60;/b&#62;""#)
            || html.contains("value=\"Grace &lt;b&gt;Hopper&lt;/b&gt;\""),
        "name lost: {html}"
    );
    assert!(html.contains(r#"value="grace@@example""#), "email lost");
    assert!(
        html.contains(r#"<option value="FR" selected>"#),
        "country lost"
    );
    assert!(html.contains(r#"value="75008""#), "postcode lost");
    assert!(
        html.contains("Keep going &#38; win") || html.contains("Keep going &amp; win"),
        "comment lost"
    );
    assert!(
        html.contains(r#"name="newsletter" value="on" checked"#),
        "newsletter tick lost"
    );
    assert!(!html.contains("<b>Hopper"), "input must be escaped");
    // Each problem next to its field.
    assert!(
        html.contains(r#"id="email-error">Please enter a valid email address."#),
        "{html}"
    );
    assert!(html.contains(r#"id="consent-error">"#));
    assert!(!html.contains(r#"id="name-error""#));
    // A valid form redirects to the "check your email" page.
    let to = unique_email("form");
    let res = app
        .post_form(
            "/p/p1/sign",
            &[
                ("name", "Grace Hopper"),
                ("email", &to),
                ("country", "US"),
                ("consent", "on"),
                ("show_name", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let next = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(next, "/p/p1/signed");
    assert!(app
        .get(&next)
        .await
        .text()
        .await
        .unwrap()
        .contains("Check your email"));
    confirm_latest(&app, &to, 1).await;
    // Shown publicly by first name and country only, because they ticked the box.
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(
        page.contains("<span>Grace</span><span>United States</span>"),
        "{page}"
    );
    assert!(!page.contains("Hopper"));
    assert!(page.contains("<svg class=\"chart\""));
    app.stop().await;
}

async fn closed_petitions(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    app.create_petition("done", "state = \"closed\"").await;
    app.create_petition("draft", "state = \"draft\"").await;
    let res = app
        .post_json(
            "/api/v1/petitions/done/signatures",
            &signer(&unique_email("late")),
        )
        .await;
    assert_eq!(res.status(), 409);
    let v: serde_json::Value = res.json().await.unwrap();
    assert!(v["error"].as_str().unwrap().contains("closed"));
    let res = app
        .post_form(
            "/p/done/sign",
            &[
                ("name", "Ann"),
                ("email", "ann@example.com"),
                ("country", "GB"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 409);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("This petition is closed"));
    assert_eq!(app.get("/p/draft").await.status(), 404);
    assert_eq!(app.get("/api/v1/petitions/draft").await.status(), 404);

    // Signed while open, petition closes: confirmation still accepted within the grace period…
    let (a, b) = (unique_email("grace"), unique_email("toolate"));
    sign_json(&app, signer(&a)).await;
    sign_json(&app, signer(&b)).await;
    wait_for_mails(&b, 1).await;
    let now = chorus::db::now_ms();
    app.execute(&format!(
        "UPDATE petitions SET state = 'closed', closes_at = {} WHERE slug = 'p1'",
        now - 1000
    ))
    .await;
    let html = confirm_latest(&app, &a, 1).await;
    assert!(html.contains("your signature is confirmed"), "{html}");
    // …but not after it.
    app.execute(&format!(
        "UPDATE petitions SET closes_at = {} WHERE slug = 'p1'",
        now - 25 * 3_600_000
    ))
    .await;
    let html = confirm_latest(&app, &b, 1).await;
    assert!(html.contains("This petition is closed"), "{html}");
    assert_eq!(app.api_count("p1").await, 1);
    let v: serde_json::Value = app.get("/api/v1/petitions/p1").await.json().await.unwrap();
    assert_eq!(v["state"], "closed");
    app.stop().await;
}

async fn stale_pending_signatures_are_purged(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let (old, fresh) = (unique_email("old"), unique_email("fresh"));
    sign_json(&app, signer(&old)).await;
    sign_json(&app, signer(&fresh)).await;
    let old_ms = chorus::db::now_ms() - 31 * 86_400_000;
    app.execute(&format!(
        "UPDATE signatures SET created_at = {old_ms} WHERE email = '{old}'"
    ))
    .await;
    let removed = chorus::signatures::purge_stale_pending(app.db(), &app.state.settings)
        .await
        .unwrap();
    assert_eq!(removed, 1);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM signatures").await, 1);
    assert_eq!(
        app.scalar_i64("SELECT pending FROM petition_counts").await,
        1
    );
    // Its links no longer work.
    let link = app.link(&wait_for_mails(&old, 1).await[0].link("/confirm/"));
    assert_eq!(app.client.post(link).send().await.unwrap().status(), 404);
    app.stop().await;
}

/// The maintained counters agree with a full recount after a mix of operations.
async fn counters_match_recount(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let p = app.create_petition("p1", "").await;
    let countries = ["GB", "FR", "DE", "FR"];
    let mut emails = Vec::new();
    for (i, c) in countries.iter().enumerate() {
        let to = unique_email(&format!("mix{i}"));
        let body =
            serde_json::json!({"name": "Sam Smith", "email": to, "country": c, "consent": true});
        assert_eq!(sign_json(&app, body).await.0, 202);
        emails.push(to);
    }
    for to in &emails[..3] {
        confirm_latest(&app, to, 1).await;
    }
    let withdraw = app.link(&mails_to(&emails[1])[0].link("/withdraw/"));
    app.client.post(withdraw).send().await.unwrap();
    let before: Vec<i64> = vec![
        app.scalar_i64("SELECT confirmed FROM petition_counts")
            .await,
        app.scalar_i64("SELECT pending FROM petition_counts").await,
        app.scalar_i64(
            "SELECT CAST(COALESCE(SUM(confirmed), 0) AS BIGINT) FROM petition_day_counts",
        )
        .await,
        app.scalar_i64("SELECT COUNT(*) FROM petition_country_counts WHERE confirmed > 0")
            .await,
    ];
    assert_eq!(before, vec![2, 1, 2, 2]);
    chorus::signatures::bulk::recount(app.db(), p.id)
        .await
        .unwrap();
    let after: Vec<i64> = vec![
        app.scalar_i64("SELECT confirmed FROM petition_counts")
            .await,
        app.scalar_i64("SELECT pending FROM petition_counts").await,
        app.scalar_i64(
            "SELECT CAST(COALESCE(SUM(confirmed), 0) AS BIGINT) FROM petition_day_counts",
        )
        .await,
        app.scalar_i64("SELECT COUNT(*) FROM petition_country_counts WHERE confirmed > 0")
            .await,
    ];
    assert_eq!(before, after);
    app.stop().await;
}

async fn pages_and_list(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition(
        "p1",
        "summary = \"Short summary\"\nbody = \"**Bold** <script>alert(1)</script>\"",
    )
    .await;
    let index = app.get("/").await.text().await.unwrap();
    assert!(index.contains("/p/p1"));
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(page.contains("Addressed to: The Target"), "{page}");
    assert!(page.contains("<strong>Bold</strong>"));
    assert!(!page.contains("<script>alert"));
    assert!(page.contains(r#"<label for="email">Email</label>"#));
    assert!(
        page.contains(r#"name="consent" value="on">"#),
        "consent must start unticked"
    );
    assert!(
        page.contains(r#"name="show_name" value="on">"#),
        "show name must start unticked"
    );
    assert!(
        page.contains(r#"name="newsletter" value="on">"#),
        "newsletter must start unticked"
    );
    assert!(
        page.contains("<option value=\"ZW\">Zimbabwe</option>"),
        "every country is offered"
    );
    let list: serde_json::Value = app.get("/api/v1/petitions").await.json().await.unwrap();
    assert_eq!(list[0]["slug"], "p1");
    assert_eq!(list[0]["signature_count"], 0);
    assert_eq!(list[0]["goal"], 100);
    assert_eq!(list[0]["target"], "The Target");
    app.stop().await;
}

/// With the default page cache, a confirmed signature shows on the page within a second.
async fn page_count_is_at_most_a_second_old(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.counts.cache_ms = 500).await;
    app.create_petition("p1", "").await;
    let to = unique_email("fresh");
    sign_json(&app, signer(&to)).await;
    let link = app.link(&wait_for_mails(&to, 1).await[0].link("/confirm/"));
    // Warm the cache with the old count, then confirm.
    assert!(app
        .get("/p/p1")
        .await
        .text()
        .await
        .unwrap()
        .contains("<strong>0</strong> signatures"));
    app.client.post(&link).send().await.unwrap();
    let confirmed_at = std::time::Instant::now();
    loop {
        let page = app.get("/p/p1").await.text().await.unwrap();
        if page.contains("<strong>1</strong> signature ") {
            break;
        }
        assert!(
            confirmed_at.elapsed() <= Duration::from_secs(1),
            "the page count is more than 1 s old"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    app.stop().await;
}

fn raw_signature(petition_id: i64, email: &str) -> chorus::signatures::NewSignature {
    chorus::signatures::NewSignature {
        petition_id,
        name: chorus::domain::PersonName::parse("Neighbour").unwrap(),
        email: chorus::domain::SignerEmail::parse(email, &Default::default()).unwrap(),
        country: chorus::domain::Country::parse("GB").unwrap(),
        postcode: None,
        comment: None,
        show_name: false,
        newsletter: false,
        consent_version: 1,
        sharing_notice: false,
        source: None,
        locale: "en".into(),
        flag: None,
        ip_hash: String::new(),
        ip_prefix: String::new(),
        signed_via: "api",
        pow: None,
        mail: chorus::signatures::emails::SignatureMail {
            name: "Neighbour".into(),
            title: "T".into(),
            target: "X".into(),
            slug: "p1".into(),
            id: 0,
            gen: 0,
            confirm: None,
            withdraw: None,
            lang: "en".into(),
        },
    }
}

/// One signature that cannot be written (its petition does not exist) fails alone: the
/// neighbours that shared its batch are all committed.
async fn a_failing_signature_does_not_sink_its_batch(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let p = app.create_petition("p1", "").await;
    let mut tasks = Vec::new();
    for i in 0..40 {
        let writer = app.state.signing.writer.clone();
        let petition = if i == 17 { 999_999 } else { p.id };
        let sig = raw_signature(petition, &unique_email(&format!("n{i}")));
        tasks.push(tokio::spawn(
            async move { writer.submit(sig).await.is_ok() },
        ));
    }
    let mut ok = 0;
    for t in tasks {
        ok += t.await.unwrap() as i64;
    }
    assert_eq!(ok, 39);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM signatures").await, 39);
    assert_eq!(
        app.scalar_i64("SELECT pending FROM petition_counts").await,
        39
    );
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM outbox").await, 39);
    app.stop().await;
}

/// Each signature records the version of the consent text it agreed to.
async fn signatures_record_consent_version(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let (first, second) = (unique_email("v1"), unique_email("v2"));
    assert_eq!(sign_json(&app, signer(&first)).await.0, 202);
    app.execute(
        "UPDATE petitions SET consent_text = 'new wording', consent_version = 2 WHERE slug = 'p1'",
    )
    .await;
    assert_eq!(sign_json(&app, signer(&second)).await.0, 202);
    let v1 = app
        .scalar_i64(&format!(
            "SELECT consent_version FROM signatures WHERE email = '{first}'"
        ))
        .await;
    let v2 = app
        .scalar_i64(&format!(
            "SELECT consent_version FROM signatures WHERE email = '{second}'"
        ))
        .await;
    assert_eq!((v1, v2), (1, 2));
    app.stop().await;
}

/// The page lists the countries with the most signatures first (ties by code) and the latest
/// signers who chose to be shown, newest first, first names only.
async fn page_orders_countries_and_latest_signers(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let people = [
        ("Ana Silva", "PT", true),
        ("Ben Ode", "DE", true),
        ("Cleo Roux", "FR", false),
        ("Dan Roy", "FR", true),
    ];
    for (name, country, shown) in people {
        let to = unique_email("order");
        let mut body = signer(&to);
        body["name"] = name.into();
        body["country"] = country.into();
        body["show_name"] = shown.into();
        body.as_object_mut().unwrap().remove("postcode");
        let res = app
            .post_json("/api/v1/petitions/p1/signatures", &body)
            .await;
        assert_eq!(res.status(), 202);
        confirm_latest(&app, &to, 1).await;
        // Distinct confirmation times.
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let page = app.get("/p/p1").await.text().await.unwrap();
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("{s} in {page}"));
    let countries = [
        "<span>France</span><span>2</span>",
        "<span>Germany</span><span>1</span>",
        "<span>Portugal</span><span>1</span>",
    ];
    assert!(at(countries[0]) < at(countries[1]) && at(countries[1]) < at(countries[2]));
    let recent = [
        "<span>Dan</span><span>France</span>",
        "<span>Ben</span><span>Germany</span>",
        "<span>Ana</span><span>Portugal</span>",
    ];
    assert!(at(recent[0]) < at(recent[1]) && at(recent[1]) < at(recent[2]));
    assert!(!page.contains("<span>Cleo</span>"), "not shown by choice");
    app.stop().await;
}

both_engines!(
    page_orders_countries_and_latest_signers,
    signatures_record_consent_version,
    a_failing_signature_does_not_sink_its_batch,
    page_count_is_at_most_a_second_old,
    sign_confirm_and_count,
    duplicates_look_like_first_signatures,
    hundred_concurrent_identical_submissions,
    twenty_concurrent_confirmations_count_once,
    validation_rules,
    form_comes_back_filled_in,
    closed_petitions,
    stale_pending_signatures_are_purged,
    counters_match_recount,
    pages_and_list,
);
