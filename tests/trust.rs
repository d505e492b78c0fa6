//! Trust in what is counted and what is sent: held-back signatures and their release, no email for
//! what a bot submitted, one live link per pending signature, the per-address cap on emails the
//! public can cause, the confirm page, and the delivery file.

mod common;

use common::staff::*;
use common::*;
use sha2::Digest;

const PATH: &str = "/api/v1/petitions/p1/signatures";

async fn sign_as(app: &TestApp, body: serde_json::Value, client: &str) -> u16 {
    app.client
        .post(app.url(PATH))
        .header("x-forwarded-for", client)
        .json(&body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Confirms by the n-th email's link; returns the page the signer sees.
async fn confirm_latest(app: &TestApp, to: &str, n: usize) -> String {
    let mail = wait_for_mails(to, n).await.pop().unwrap();
    let link = app.link(&mail.link("/confirm/"));
    let res = app.client.post(&link).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {html}"))
        + start.len();
    &html[from..from + html[from..].find(end).unwrap()]
}

/// Households share an address: with the defaults two signers from one address both count. A burst
/// of 20 from one address counts the per-minute allowance; the rest is held back, named so in every
/// staff view and export, and counts once released.
async fn households_count_and_bursts_are_released(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        let defaults = chorus::config::Settings::load(None).unwrap().abuse;
        s.abuse = defaults;
        s.abuse.trusted_proxies = vec!["127.0.0.1/32".into()];
    })
    .await;
    app.create_petition("p1", "").await;
    for who in ["home-a", "home-b"] {
        let e = unique_email(who);
        assert_eq!(sign_as(&app, signer(&e), "198.51.100.7").await, 202);
        confirm_latest(&app, &e, 1).await;
    }
    assert_eq!(app.api_count("p1").await, 2, "a household is not held back");

    let burst: Vec<String> = (0..20)
        .map(|i| unique_email(&format!("rally{i}")))
        .collect();
    for e in &burst {
        assert_eq!(sign_as(&app, signer(e), "203.0.113.9").await, 202);
    }
    // Rate flags still get their email (a crowded office shares one address), and can confirm;
    // the held ones are told a person checks their signature before it counts, not that it counts.
    for (i, e) in burst.iter().enumerate() {
        let page = confirm_latest(&app, e, 1).await;
        if i < 5 {
            assert!(page.contains("now counts"), "{page}");
        } else {
            assert!(page.contains("a person on the team checks"), "{page}");
            assert!(!page.contains("now counts"), "{page}");
        }
    }
    // Opening the link again says the same.
    let again = wait_for_mails(&burst[19], 1).await.pop().unwrap();
    let page = app
        .client
        .get(app.link(&again.link("/confirm/")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("a person on the team checks"), "{page}");
    assert_eq!(
        app.api_count("p1").await,
        2 + 5,
        "only the per-minute allowance counts"
    );
    let held = "SELECT COUNT(*) FROM signatures WHERE state = 'pending' AND flag = 'ip_rate'";
    assert_eq!(app.scalar_i64(held).await, 15);

    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let dash = staff.get(&app, "/admin").await.text().await.unwrap();
    assert_eq!(
        between(&dash, "data-testid=\"held-p1\">", "</td>"),
        "<a href=\"/admin/petitions/p1/review\">15</a>"
    );
    let csv = staff
        .get(&app, "/admin/petitions/p1/export/signatures.csv?state=all")
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",held_back"), "{csv}");
    assert_eq!(
        csv.lines().filter(|l| l.contains(",held_back,")).count(),
        15,
        "{csv}"
    );
    let page = staff
        .get(&app, "/admin/petitions/p1/review")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(page.matches("data-testid=\"held-row\"").count(), 15);
    assert!(page.contains("many from one address"), "{page}");
    // The counts export splits what is not counted yet as the admin page does.
    let pending = app.scalar_i64("SELECT pending FROM petition_counts").await;
    let counts = staff
        .get(&app, "/admin/petitions/p1/export/counts.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        counts.contains(&format!(
            "total,pending,{pending}\r\ntotal,awaiting_confirmation,{}\r\ntotal,held_back,15\r\n",
            pending - 15
        )),
        "{counts}"
    );
    let json: serde_json::Value = staff
        .get(&app, "/admin/petitions/p1/export/counts.json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (&json["held_back"], &json["awaiting_confirmation"]),
        (&15.into(), &(pending - 15).into())
    );

    // Preview, then release exactly what was previewed.
    let filter = [("ip_prefix", "203.0.113.0/24"), ("action", "preview")];
    let html = staff
        .post(&app, "/admin/petitions/p1/review", &filter)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        between(&html, "data-testid=\"release-count\" data-count=\"", "\""),
        "15"
    );
    let stale = [
        ("ip_prefix", "203.0.113.0/24"),
        ("action", "release"),
        ("expected_release", "14"),
    ];
    staff.post(&app, "/admin/petitions/p1/review", &stale).await;
    assert_eq!(
        app.api_count("p1").await,
        7,
        "a stale preview changes nothing"
    );
    let go = [
        ("ip_prefix", "203.0.113.0/24"),
        ("action", "release"),
        ("expected_release", "15"),
    ];
    let html = staff
        .post(&app, "/admin/petitions/p1/review", &go)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Released 15 signatures: 15 now counted"),
        "{html}"
    );
    assert_eq!(
        app.api_count("p1").await,
        22,
        "released signatures count at once"
    );
    assert_eq!(app.scalar_i64(held).await, 0);
    assert_eq!(
        app.scalar_i64("SELECT CAST(SUM(confirmed) AS BIGINT) FROM petition_day_counts")
            .await,
        22
    );
    assert_eq!(
        app.scalar_i64("SELECT row_count FROM audit_log WHERE action = 'signatures.release'")
            .await,
        15
    );
    app.stop().await;
}

/// What a bot submits is stored and answered as usual, but emails nobody; staff release sends it.
async fn bot_flags_send_no_email_until_released(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.abuse.min_fill_secs = 2).await;
    app.create_petition("p1", "").await;
    let victim = unique_email("victim");
    let fresh = app.state.guard.form_stamp(chorus::db::now_ms());
    let old = app.state.guard.form_stamp(chorus::db::now_ms() - 10_000);
    for (email, website, issued) in [
        (victim.as_str(), "http://spam.example", old.as_str()),
        (victim.as_str(), "", fresh.as_str()),
    ] {
        let res = app
            .post_form(
                "/p/p1/sign",
                &[
                    ("name", "Bot Bot"),
                    ("email", email),
                    ("country", "GB"),
                    ("consent", "on"),
                    ("website", website),
                    ("issued", issued),
                ],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/p/p1/signed",
            "answered as usual"
        );
    }
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{victim}' AND flag IS NOT NULL"
        ))
        .await,
        1
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient = '{victim}'"
        ))
        .await,
        0,
        "nothing was queued for the victim"
    );
    // A person's signature after it is emailed (the outbox is worked in order), the victim's not.
    let person = unique_email("person");
    let res = app
        .post_form(
            "/p/p1/sign",
            &[
                ("name", "Real Person"),
                ("email", &person),
                ("country", "GB"),
                ("consent", "on"),
                ("issued", &old),
            ],
        )
        .await;
    assert_eq!(res.headers()["location"], "/p/p1/signed");
    wait_for_mails(&person, 1).await;
    outbox_drained(&app).await;
    assert!(mails_to(&victim).is_empty());

    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let id = app
        .scalar_i64(&format!(
            "SELECT id FROM signatures WHERE email = '{victim}'"
        ))
        .await
        .to_string();
    let html = staff
        .post(
            &app,
            "/admin/petitions/p1/review",
            &[("id", &id), ("action", "release")],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Released 1 signature: 0 now counted, 1 sent their confirmation email"),
        "{html}"
    );
    confirm_latest(&app, &victim, 1).await;
    assert_eq!(
        app.api_count("p1").await,
        1,
        "released and confirmed, it counts"
    );
    app.stop().await;
}

/// A form that comes back with errors keeps the time it was first served (so fixing a field quickly
/// is not "too fast"), unless that is over a day old.
async fn corrected_forms_keep_their_stamp(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.abuse.min_fill_secs = 2).await;
    app.create_petition("p1", "").await;
    let now = chorus::db::now_ms();
    let served = app.state.guard.form_stamp(now - 3_000);
    let email = unique_email("typo");
    let post = |issued: String, email: String| {
        let app = &app;
        async move {
            app.post_form(
                "/p/p1/sign",
                &[
                    ("name", "Quick Fixer"),
                    ("email", &email),
                    ("country", "GB"),
                    ("consent", "on"),
                    ("issued", &issued),
                ],
            )
            .await
        }
    };
    let res = post(served.clone(), "not-an-email".into()).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let carried = between(&html, "name=\"issued\" value=\"", "\"").to_owned();
    assert_eq!(carried, served, "the error page keeps the original stamp");
    let res = post(carried, email.clone()).await;
    assert_eq!(res.headers()["location"], "/p/p1/signed");
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{email}' AND flag IS NULL"
        ))
        .await,
        1,
        "the corrected form is not taken for a bot"
    );
    wait_for_mails(&email, 1).await;

    let stale = app.state.guard.form_stamp(now - 25 * 3_600_000);
    // Sent as it is, a day-old stamp is held back as a bot's (it must not serve one for ever).
    let kept = unique_email("stale");
    assert_eq!(post(stale.clone(), kept.clone()).await.status(), 303);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{kept}' AND flag = 'stale_form'"
        ))
        .await,
        1
    );
    let html = post(stale.clone(), "still-wrong".into())
        .await
        .text()
        .await
        .unwrap();
    let renewed = between(&html, "name=\"issued\" value=\"", "\"");
    assert_ne!(renewed, stale);
    let at: i64 = renewed.split('.').next().unwrap().parse().unwrap();
    assert!(at >= now, "a day-old stamp is renewed");
    app.stop().await;
}

/// Someone signs in another person's name first; the owner signs too. Only the owner's newest
/// link works, and it confirms the owner's own data, shown before the button.
async fn a_confirmation_confirms_the_owners_data(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let owner = unique_email("owner");
    let mut forged = signer(&owner);
    forged["name"] = "Offensive Forgery".into();
    forged["newsletter"] = true.into();
    forged["comment"] = "words the owner never wrote".into();
    assert_eq!(sign_as(&app, forged, "127.0.0.1").await, 202);
    let first = wait_for_mails(&owner, 1).await[0].link("/confirm/");
    let mut own = signer(&owner);
    own["name"] = "Ada Owner".into();
    own["newsletter"] = false.into();
    own["show_name"] = true.into();
    assert_eq!(sign_as(&app, own, "127.0.0.1").await, 202);
    let second = wait_for_mails(&owner, 2).await[1].link("/confirm/");
    assert_ne!(first, second);

    assert_eq!(
        app.client
            .get(app.link(&first))
            .send()
            .await
            .unwrap()
            .status(),
        404,
        "the older link is dead"
    );
    let page = app
        .client
        .get(app.link(&second))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let details = between(&page, "data-testid=\"confirm-details\">", "</dl>");
    assert!(
        details.contains("Ada Owner (shown on the petition page as “Ada”)"),
        "{details}"
    );
    assert!(
        details.contains("<dd>no</dd>")
            && !details.contains("Forgery")
            && !details.contains("never wrote"),
        "{details}"
    );
    assert_eq!(
        app.client
            .post(app.link(&first))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        app.client
            .post(app.link(&second))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{owner}' AND state = 'confirmed' AND name = 'Ada Owner' \
             AND NOT newsletter AND comment IS NULL"
        ))
        .await,
        1
    );
    assert_eq!(app.api_count("p1").await, 1);
    app.stop().await;
}

/// One address reaches at most the cap of public-caused emails per window, across petitions.
async fn public_emails_are_capped_per_address(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.worker.max_public_emails_per_address = 3).await;
    let victim = unique_email("flooded");
    for i in 0..5 {
        let slug = format!("cap{i}");
        app.create_petition(&slug, "").await;
        // Dots and a +tag reach the same inbox: they count against the same cap.
        let (local, domain) = victim.split_once('@').unwrap();
        let to = if i % 2 == 0 {
            victim.clone()
        } else {
            format!("{local}+{i}@{domain}")
        };
        let res = app
            .post_json(
                &format!("/api/v1/petitions/{slug}/signatures"),
                &signer(&to),
            )
            .await;
        assert_eq!(res.status(), 202);
    }
    outbox_drained(&app).await;
    let (local, domain) = victim.split_once('@').unwrap();
    let arrived: usize = (0..5)
        .map(|i| {
            if i % 2 == 0 {
                victim.clone()
            } else {
                format!("{local}+{i}@{domain}")
            }
        })
        .collect::<std::collections::BTreeSet<_>>()
        .iter()
        .map(|to| mails_to(to).len())
        .sum();
    assert_eq!(arrived, 3);
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM outbox WHERE state = 'failed' AND last_error LIKE 'not sent: over the per-address limit%'")
            .await,
        2,
        "what is over the cap is recorded, not sent"
    );
    // With no room left, a repeat changes nothing: it must not kill the link that did arrive.
    let first = mails_to(&victim)
        .into_iter()
        .find(|m| m.subject.contains("Test petition cap0"))
        .expect("the first petition's email is sent: the cap keeps the earliest")
        .link("/confirm/");
    let res = app
        .post_json("/api/v1/petitions/cap0/signatures", &signer(&victim))
        .await;
    assert_eq!(res.status(), 202);
    assert_eq!(
        app.client
            .post(app.link(&first))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        app.api_count("cap0").await,
        1,
        "the first link still confirms"
    );
    // Another address is not affected.
    let other = unique_email("other");
    app.post_json("/api/v1/petitions/cap0/signatures", &signer(&other))
        .await;
    wait_for_mails(&other, 1).await;
    app.stop().await;
}

/// The delivery file holds only what the consent names, and the pack prints its SHA-256.
async fn delivery_file_follows_the_consent(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    chorus::demo::seed(app.db()).await.unwrap();
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    for (slug, header, forbidden) in [
        ("protect-human-rights-defenders", "Name,Country", "@"),
        ("safe-routes-to-school", "Name,Postcode", "@"),
    ] {
        let p = app.petition(slug).await;
        assert!(p.consent_text.contains(if header.ends_with("Country") {
            "name and country"
        } else {
            "name and ZIP code"
        }));
        let pack = staff
            .get(&app, &format!("/admin/petitions/{slug}/delivery"))
            .await
            .text()
            .await
            .unwrap();
        let digest = between(&pack, "data-testid=\"digest\">", "<").to_owned();
        let at = pack.find("data-testid=\"csv-link\"").unwrap();
        let href_at = pack[..at].rfind("href=\"").unwrap() + 6;
        let href = pack[href_at..]
            .split('"')
            .next()
            .unwrap()
            .replace("&amp;", "&");
        assert!(href.contains("/export/delivery.csv?as_of="), "{href}");
        let body = staff.get(&app, &href).await.bytes().await.unwrap();
        assert_eq!(hex::encode(sha2::Sha256::digest(&body)), digest);
        let text = String::from_utf8(body.to_vec()).unwrap();
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(header));
        assert!(!text.contains(forbidden), "no emails in the delivery file");
        assert!(lines.all(|l| l.split(',').count() == 2), "two fields a row");
        assert!(pack.contains(&format!("{slug}-delivery.csv")));
    }
    app.stop().await;
}

/// Unconfirmed signers get exactly the configured reminders (the clock is passed in); confirming,
/// unsubscribing or a bot flag means none.
async fn reminders_follow_the_schedule(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let [late, prompt, bot, leaver] = ["late", "prompt", "bot", "leaver"].map(unique_email);
    for e in [&late, &prompt, &leaver] {
        assert_eq!(sign_as(&app, signer(e), "127.0.0.1").await, 202);
    }
    let res = app
        .post_form(
            "/p/p1/sign",
            &[
                ("name", "Bot Bot"),
                ("email", &bot),
                ("country", "GB"),
                ("consent", "on"),
                ("website", "x"),
            ],
        )
        .await;
    assert_eq!(res.headers()["location"], "/p/p1/signed");
    confirm_latest(&app, &prompt, 1).await;
    let mail = wait_for_mails(&leaver, 1).await.remove(0);
    let unsubscribe = mail
        .header("List-Unsubscribe")
        .unwrap()
        .trim_matches(['<', '>'])
        .to_owned();
    assert_eq!(
        app.client
            .post(app.link(&unsubscribe))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let s = app.state.settings.clone();
    let at = |hours: i64| chorus::db::now_ms() + hours * 3_600_000;
    let due = |hours: i64| {
        let (db, s) = (app.db().clone(), s.clone());
        async move {
            chorus::signatures::reminders::send_due(&db, &s, at(hours))
                .await
                .unwrap()
        }
    };
    assert_eq!(due(1).await, 0, "nothing is due after an hour");
    assert_eq!(
        due(49).await,
        1,
        "the first reminder, to the one who did not confirm"
    );
    assert_eq!(due(50).await, 0);
    let reminder = wait_for_mails(&late, 2).await.remove(1);
    assert!(
        reminder
            .subject
            .starts_with("Reminder: please confirm your signature"),
        "{}",
        reminder.subject
    );
    assert!(reminder.text.contains("not counted"), "{}", reminder.text);
    assert_eq!(due(145).await, 1, "the second");
    assert_eq!(due(1000).await, 0, "and no more");
    outbox_drained(&app).await;
    for (to, n) in [(&late, 3), (&prompt, 1), (&bot, 0), (&leaver, 1)] {
        assert_eq!(mails_to(to).len(), n, "emails to {to}");
    }
    // The reminder's link confirms.
    let link = app.link(&reminder.link("/confirm/"));
    assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
    assert_eq!(app.api_count("p1").await, 2);
    app.stop().await;
}

/// Staff see, per source code, how many confirmed, how many still wait, and the confirmation rate.
async fn sources_show_confirmation_rates(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let [a, b] = ["src-a", "src-b"].map(unique_email);
    for e in [&a, &b] {
        let fields = [
            ("name", "Ada Lovelace"),
            ("email", e.as_str()),
            ("country", "GB"),
            ("consent", "on"),
            ("source", "mail1"),
        ];
        assert_eq!(app.post_form("/p/p1/sign", &fields).await.status(), 303);
    }
    confirm_latest(&app, &a, 1).await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let page = staff
        .get(&app, "/admin/petitions/p1")
        .await
        .text()
        .await
        .unwrap();
    let table = between(&page, "data-testid=\"sources\">", "</table>");
    assert!(
        table.contains("<td>mail1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">50%</td>"),
        "{table}"
    );
    app.stop().await;
}

both_engines!(
    sources_show_confirmation_rates,
    reminders_follow_the_schedule,
    households_count_and_bursts_are_released,
    bot_flags_send_no_email_until_released,
    corrected_forms_keep_their_stamp,
    a_confirmation_confirms_the_owners_data,
    public_emails_are_capped_per_address,
    delivery_file_follows_the_consent,
    a_reused_id_opens_nothing,
);

/// A signature's links die with it: when its id is handed out again (SQLite gives the highest id
/// to the next row after a delete, as the purge of stale pending signatures does), its old links
/// neither confirm nor open the new signer's data.
async fn a_reused_id_opens_nothing(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let first = unique_email("gone");
    assert_eq!(app.post_json(PATH, &signer(&first)).await.status(), 202);
    let mail = &wait_for_mails(&first, 1).await[0];
    let (confirm, my_data) = (mail.link("/confirm/"), mail.link("/my-data/"));
    let id = app.scalar_i64("SELECT MAX(id) FROM signatures").await;
    app.execute(&format!("DELETE FROM signatures WHERE id = {id}"))
        .await;
    app.execute("UPDATE petition_counts SET pending = 0").await;
    let second = unique_email("next");
    assert_eq!(app.post_json(PATH, &signer(&second)).await.status(), 202);
    wait_for_mails(&second, 1).await;
    if engine == Engine::Sqlite {
        assert_eq!(
            app.scalar_i64("SELECT MAX(id) FROM signatures").await,
            id,
            "the id was handed out again"
        );
    }
    assert_eq!(
        app.client
            .get(app.link(&my_data))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        app.client
            .get(app.link(&confirm))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    app.client.post(app.link(&confirm)).send().await.unwrap();
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE state = 'confirmed'")
            .await,
        0,
        "the old link confirmed nothing"
    );
    app.stop().await;
}

/// A repeat signature meeting a confirmation in progress (PostgreSQL, where the two can run at
/// once): the repeat waits for it and then sees a confirmed row, so the confirmed signature is not
/// put back to pending to be counted a second time by its new link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeat_waits_for_a_confirmation_in_progress() {
    let app = TestApp::spawn(Engine::Postgres).await;
    app.create_petition("p1", "").await;
    let owner = unique_email("race");
    assert_eq!(sign_as(&app, signer(&owner), "127.0.0.1").await, 202);
    wait_for_mails(&owner, 1).await;
    let chorus::db::Db::Postgres(pool) = app.db() else {
        unreachable!()
    };
    // A confirmation's transaction holds the row: the repeat's writer, having found the address
    // taken, must wait for it before reading the row's state.
    let mut confirming = pool.begin().await.unwrap();
    sqlx::query("SELECT id FROM signatures WHERE canonical_email = lower($1) FOR UPDATE")
        .bind(&owner)
        .execute(&mut *confirming)
        .await
        .unwrap();
    let mut repeat = signer(&owner);
    repeat["name"] = "Someone Else".into();
    let client = app.client.clone();
    let url = app.url(PATH);
    let signing = tokio::spawn(async move {
        client
            .post(url)
            .json(&repeat)
            .send()
            .await
            .unwrap()
            .status()
    });
    // The repeat's writer reaches the row and waits on the confirmation's lock.
    until_a_session_waits_on_a_lock(pool, "the repeat never met the lock").await;
    sqlx::query(
        "UPDATE signatures SET state = 'confirmed', confirmed_at = 1 WHERE canonical_email = lower($1)",
    )
    .bind(&owner)
    .execute(&mut *confirming)
    .await
    .unwrap();
    sqlx::query("UPDATE petition_counts SET confirmed = confirmed + 1, pending = pending - 1")
        .execute(&mut *confirming)
        .await
        .unwrap();
    confirming.commit().await.unwrap();
    assert_eq!(signing.await.unwrap(), 202);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM signatures WHERE state = 'confirmed' AND name = 'Ada Lovelace'"
        )
        .await,
        1,
        "the confirmed signature stays confirmed, with what its owner confirmed"
    );
    assert_eq!(
        app.scalar_i64("SELECT confirmed * 10 + pending FROM petition_counts")
            .await,
        10
    );
    // The repeat is told it has signed already, with no new link to count it again.
    let told = wait_for_mails(&owner, 2).await.pop().unwrap();
    assert!(!told.text.contains("/confirm/"), "{}", told.text);
    app.stop().await;
}

/// A made-up link of the older, stored-token shape is looked up on a reader: it answers "not
/// found" while another transaction holds SQLite's write lock, instead of queueing for it with
/// the real confirmations.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn made_up_links_stay_out_of_the_write_transaction() {
    let app = TestApp::spawn(Engine::Sqlite).await;
    app.create_petition("p1", "").await;
    let chorus::db::Db::Sqlite(pool) = app.db() else {
        unreachable!()
    };
    let mut writer = pool.acquire().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *writer)
        .await
        .unwrap();
    let made_up = "ab".repeat(32);
    let res = app
        .client
        .post(app.url(&format!("/confirm/{made_up}")))
        .timeout(std::time::Duration::from_secs(3))
        .send()
        .await
        .expect("answered without waiting for the write lock");
    assert_eq!(res.status(), 404);
    sqlx::query("ROLLBACK").execute(&mut *writer).await.unwrap();
    app.stop().await;
}
