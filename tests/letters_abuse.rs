//! Letter campaigns on the open internet: a capped number of confirmation emails per window, the signing
//! guard on the letter routes, a confirmation that confirms exactly the newest submission (shown
//! before the button), closed campaigns that stop, and letter templates that cannot grow without
//! bound.

mod common;

use chorus::letters::{self, targets, CampaignSpec};
use chorus::on_db;
use common::staff::*;
use common::*;

fn spec(slug: &str, extra: &str) -> CampaignSpec {
    let text = format!(
        r#"slug = "{slug}"
title = "Letters {slug}"
state = "open"
target_rule = "body"
target_body = "Test Board"
subjects = ["Fund the routes"]
template = """
Dear {{{{ target.title }}}} {{{{ target.last_name }}}},

{{{{ personal_message }}}}
"""
{extra}
"#
    );
    toml::from_str(&text).expect("valid campaign TOML")
}

/// A board of three: two with email addresses (unique to this run) and one without.
async fn county_board(app: &TestApp) -> (String, String) {
    let a = unique_email("supervisor-a");
    let b = unique_email("supervisor-b");
    let csv = format!(
        "external_id,honorific,first_name,last_name,email,phone,contact_url\n\
         s1,Supervisor,Ana,Ruiz,{a},555-0101,\n\
         s2,Supervisor,Ben,Okafor,{b},555-0102,\n\
         s3,Supervisor,Chen,Li,,555-0103,https://county.example.org/contact\n"
    );
    let rows = targets::read_csv(csv.as_bytes()).unwrap();
    on_db!(
        app.db(),
        targets::sql,
        import("Test Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    (a, b)
}

async fn campaign(app: &TestApp, slug: &str, extra: &str) {
    letters::save_campaign(app.db(), &spec(slug, extra))
        .await
        .unwrap();
}

fn body(email: &str, name: &str, message: &str) -> serde_json::Value {
    serde_json::json!({
        "name": name, "email": email, "address": "12 Elm Road", "city": "Essex",
        "country": "US", "postcode": "07001", "personal_message": message,
        "subject": 0, "consent": true,
    })
}

async fn submit(app: &TestApp, slug: &str, body: &serde_json::Value) -> (u16, Vec<u8>) {
    let res = app
        .post_json(&format!("/api/v1/letters/{slug}/letters"), body)
        .await;
    (res.status().as_u16(), res.bytes().await.unwrap().to_vec())
}

async fn post(app: &TestApp, link: &str) -> (u16, String) {
    let res = app.client.post(app.link(link)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn get(app: &TestApp, link: &str) -> (u16, String) {
    let res = app.client.get(app.link(link)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

fn confirm_link(mail: &Mail) -> String {
    mail.link("/letters/confirm/")
}

async fn confirmation_emails_are_capped_per_address(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let (a, _) = county_board(&app).await;
    campaign(&app, "board", "").await;
    let who = unique_email("repeat");
    let mut answers = Vec::new();
    for i in 0..7 {
        answers.push(submit(&app, "board", &body(&who, "Rosa Parks", "Buses.")).await);
        // One at a time, so the mails arrive in the order the links were made.
        wait_for_mails(&who, (i + 1).min(5)).await;
    }
    assert_eq!(answers[0].0, 202);
    assert!(
        answers[..5].iter().all(|a| a == &answers[0]),
        "under the cap, the same answer"
    );
    assert!(
        answers[5..]
            .iter()
            .all(|a| a.0 == 202 && String::from_utf8_lossy(&a.1).contains("not_emailed")),
        "over the cap, the answer does not claim an email"
    );
    let mails = assert_mail_count(&app, &who, 5).await;
    assert_eq!(
        app.scalar_i64("SELECT emails_sent FROM letter_supporters")
            .await,
        5,
        "one supporter row, counting its emails"
    );
    // The cap counts the emails of the rolling window (`signing.letter_emails_window_hours`), not
    // for ever: a week on, the address may be emailed again (see letters_care.rs).
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letter_email_log")
            .await,
        5
    );
    // Past the cap nothing changed, so the last email's link still works.
    let (status, _) = post(&app, &confirm_link(&mails[4])).await;
    assert_eq!(status, 200);
    assert_eq!(wait_for_mails(&a, 1).await.len(), 1);

    // Many at once from one address: still five emails at most.
    let crowd = unique_email("crowd");
    let body = body(&crowd, "Rosa Parks", "At once.");
    let all = (0..12).map(|_| submit(&app, "board", &body));
    for (status, _) in futures_util::future::join_all(all).await {
        assert_eq!(status, 202);
    }
    assert_mail_count(&app, &crowd, 5).await;
    app.stop().await;
}

async fn letter_routes_run_the_signing_guard(engine: Engine) {
    let blocked = unique_email("blocked");
    let list = blocked.clone();
    let app = TestApp::spawn_with(engine, move |s| {
        s.abuse.allow_ips.clear();
        s.abuse.min_fill_secs = 60;
        // One a minute per address, so the second API client below is over it.
        s.abuse.ip_burst_max = 1;
        s.abuse.block_emails = vec![list];
    })
    .await;
    let (a, _) = county_board(&app).await;
    campaign(&app, "board", "").await;
    make_admin(&app, "owner@example.org", "owner").await;

    // The form carries the honeypot and a signed stamp through both steps.
    let page = app.get("/l/board").await.text().await.unwrap();
    assert!(page.contains("name=\"issued\"") && page.contains("name=\"website\""));
    let fresh = page
        .split("name=\"issued\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    // A stamp from two minutes ago: the form was filled at a human pace.
    let aged = app.state.guard.form_stamp(chorus::db::now_ms() - 120_000);
    let html_send = |email: String, stamp: String, trap: &'static str| {
        let app = &app;
        async move {
            let details = [
                ("name", "Katherine Johnson".to_owned()),
                ("email", email),
                ("address", "3 Oak Lane".into()),
                ("city", "Essex".into()),
                ("country", "US".into()),
                ("postcode", "07001".into()),
                ("issued", stamp.clone()),
                ("website", trap.into()),
            ];
            let pairs: Vec<(&str, &str)> = details.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = app.post_form("/l/board/write", &pairs).await;
            assert_eq!(res.status(), 200);
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("name=\"issued\" value=\"{stamp}\"")));
            assert!(html.contains("name=\"website\""));
            let mut send = pairs.clone();
            send.extend([("subject", "0"), ("consent", "on")]);
            let res = app.post_form("/l/board/send", &send).await;
            (
                res.status().as_u16(),
                res.headers()["location"].to_str().unwrap().to_owned(),
            )
        }
    };
    let clean = unique_email("clean");
    let trapped = unique_email("trapped");
    let hasty = unique_email("hasty");
    let first = html_send(clean.clone(), aged.clone(), "").await;
    assert_eq!(first, (303, "/l/board/sent".to_owned()));
    assert_eq!(
        html_send(trapped.clone(), aged, "http://spam.example").await,
        first
    );
    assert_eq!(html_send(hasty.clone(), fresh, "").await, first);

    // The API: a blocked address and a second client within the burst window.
    let rated = unique_email("rated");
    let blocked_answer = submit(&app, "board", &body(&blocked, "Block Ed", "")).await;
    let rated_answer = submit(&app, "board", &body(&rated, "Rate Limited", "")).await;
    assert_eq!(blocked_answer, rated_answer, "the same answer");
    assert_eq!(rated_answer.0, 202);

    let flag = |email: &str| {
        format!("SELECT COUNT(*) FROM letter_supporters WHERE email = '{email}' AND flag IS NULL")
    };
    assert_eq!(app.scalar_i64(&flag(&clean)).await, 1);
    for (email, why) in [
        (&trapped, "honeypot"),
        (&hasty, "too_fast"),
        (&blocked, "blocked_email"),
        (&rated, "ip_rate"),
    ] {
        let n = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM letter_supporters WHERE email = '{email}' AND flag = '{why}'"
            ))
            .await;
        assert_eq!(n, 1, "{email} stored with flag {why}");
    }
    // Bots get no email; a rate flag may be a real person behind a shared address: emailed.
    for bot in [&trapped, &hasty, &blocked] {
        assert_mail_count(&app, bot, 0).await;
    }
    let rated_mail = &wait_for_mails(&rated, 1).await[0];
    let clean_mail = &wait_for_mails(&clean, 1).await[0];
    assert_eq!(post(&app, &confirm_link(clean_mail)).await.0, 200);
    assert_eq!(post(&app, &confirm_link(rated_mail)).await.0, 200);
    // Only the clean supporter's letter reaches the target; the flagged one waits for staff.
    let got = assert_mail_count(&app, &a, 1).await;
    assert!(got[0].text.contains("Katherine Johnson"), "{}", got[0].text);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM letters l JOIN letter_supporters s ON s.id = l.supporter_id \
             WHERE s.email = '{rated}' AND l.state = 'confirmed'"
        ))
        .await,
        2,
        "confirmed and held"
    );

    // Staff release the rate-flagged letters (audit-logged); they go out.
    let staff = log_in(&app, "owner@example.org").await;
    let page = staff
        .get(&app, "/admin/letters/board")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(page.matches("data-testid=\"held-row\"").count(), 4);
    let rated_id = app
        .scalar_i64(&format!(
            "SELECT id FROM letter_supporters WHERE email = '{rated}'"
        ))
        .await;
    let res = staff
        .post(
            &app,
            &format!("/admin/letters/board/held/{rated_id}/release"),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let got = assert_mail_count(&app, &a, 2).await;
    assert!(got[1].text.contains("Rate Limited"));

    // Releasing a bot-flagged supporter sends the confirmation email it never got.
    let trapped_id = app
        .scalar_i64(&format!(
            "SELECT id FROM letter_supporters WHERE email = '{trapped}'"
        ))
        .await;
    let res = staff
        .post(
            &app,
            &format!("/admin/letters/board/held/{trapped_id}/release"),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let mail = &wait_for_mails(&trapped, 1).await[0];
    assert_eq!(post(&app, &confirm_link(mail)).await.0, 200);
    assert_mail_count(&app, &a, 3).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'letters.release'")
            .await,
        2
    );
    app.stop().await;
}

async fn a_repeat_replaces_pending_letters_and_the_page_shows_them(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let (a, b) = county_board(&app).await;
    campaign(&app, "board", "").await;
    let victim = unique_email("victim");
    // Someone else submits first, in the owner's name, with their own words.
    submit(
        &app,
        "board",
        &body(&victim, "Mallory Impostor", "Text A from someone else."),
    )
    .await;
    wait_for_mails(&victim, 1).await;
    submit(
        &app,
        "board",
        &body(&victim, "Victoria Owner", "Text B, my own words."),
    )
    .await;
    let mails = wait_for_mails(&victim, 2).await;
    let (old, new) = (confirm_link(&mails[0]), confirm_link(&mails[1]));

    // The older link no longer works, before or after the button.
    let (status, page) = get(&app, &old).await;
    assert_eq!(status, 404);
    assert!(page.contains("not valid or has expired"), "{page}");
    assert_eq!(post(&app, &old).await.0, 404);
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE state <> 'pending'")
            .await,
        0
    );

    // The newest link shows what will be confirmed, letter by letter with its recipient.
    let (status, page) = get(&app, &new).await;
    assert_eq!(status, 200);
    assert_eq!(page.matches("data-testid=\"pending-letter\"").count(), 3);
    for who in [
        "Supervisor Ana Ruiz",
        "Supervisor Ben Okafor",
        "Supervisor Chen Li",
    ] {
        assert!(page.contains(who), "{who} in {page}");
    }
    assert!(page.contains("Text B, my own words.") && page.contains("Victoria Owner"));
    assert!(!page.contains("Text A") && !page.contains("Mallory"));
    let button = page.find("Confirm my letters").unwrap();
    assert!(
        page.find("Text B").unwrap() < button,
        "the letters come first"
    );

    assert_eq!(post(&app, &new).await.0, 200);
    for target in [&a, &b] {
        let got = assert_mail_count(&app, target, 1).await;
        assert!(got[0].text.contains("Text B, my own words."));
        assert!(!got[0].text.contains("Text A"));
        assert!(got[0].header("From").unwrap().contains("Victoria Owner"));
        assert_eq!(got[0].header("Reply-To"), Some(victim.as_str()));
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE body LIKE '%Text A%'")
            .await,
        0,
        "nothing of the first submission is kept"
    );
    app.stop().await;
}

async fn closing_a_campaign_stops_its_letters(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let (a, _) = county_board(&app).await;
    campaign(&app, "closing", "").await;
    campaign(&app, "still", "").await;
    let late = unique_email("late");
    submit(&app, "closing", &body(&late, "Late Writer", "Too late.")).await;
    let link = confirm_link(&wait_for_mails(&late, 1).await[0]);
    let mut closed = spec("closing", "");
    closed.state = "closed".parse().unwrap();
    letters::save_campaign(app.db(), &closed).await.unwrap();

    // A pending letter cannot be confirmed any more: a clear page, not an error.
    for (status, page) in [get(&app, &link).await, post(&app, &link).await] {
        assert_eq!(status, 409);
        assert!(
            page.contains("closed before your letters were confirmed"),
            "{page}"
        );
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letter_supporters WHERE state = 'pending'")
            .await,
        1
    );

    // Many letters of the closed campaign, confirmed earlier, wait ahead of a new one: they are
    // left out by the query itself, so they neither go out nor starve the open campaign.
    let target = app
        .scalar_i64("SELECT id FROM targets WHERE external_id = 's1'")
        .await;
    let supporter = app
        .scalar_i64("SELECT id FROM letter_supporters WHERE state = 'pending'")
        .await;
    app.execute(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) \
         INSERT INTO letters (campaign_id, supporter_id, target_id, canonical_email, subject, body, edited, state, \
         created_at, confirmed_at) SELECT (SELECT id FROM letter_campaigns WHERE slug = 'closing'), {supporter}, \
         {target}, 'old' || i || '@example.com', 'Old', 'Old letter', FALSE, 'confirmed', 1, 1 FROM n"
    ))
    .await;
    let writer = unique_email("writer");
    submit(&app, "still", &body(&writer, "Open Writer", "Still open.")).await;
    let mail = &wait_for_mails(&writer, 1).await[0];
    assert_eq!(post(&app, &confirm_link(mail)).await.0, 200);
    let got = assert_mail_count(&app, &a, 1).await;
    assert!(got[0].text.contains("Still open."));
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM letters WHERE state = 'confirmed' AND body = 'Old letter'"
        )
        .await,
        600,
        "a closed campaign's letters stay where they are"
    );
    app.stop().await;
}

/// Staff can require a proof of work on a campaign under attack: the API (no solution) and a
/// replayed solution are held back and email nobody; a solved form goes through.
async fn proof_of_work_on_a_letter_campaign(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    county_board(&app).await;
    campaign(&app, "board", "").await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let res = staff
        .post(&app, "/admin/letters/board/pow", &[("on", "1")])
        .await;
    assert_eq!(res.status(), 303);
    let page = app.get("/l/board").await.text().await.unwrap();
    assert!(!page.contains("data-pow"), "the first step needs none");

    let api = unique_email("api");
    assert_eq!(
        submit(&app, "board", &body(&api, "Api User", "")).await.0,
        202
    );
    let pow = solved_pow(&app, "campaign=board").await;
    let send = |email: String| {
        let (app, pow) = (&app, pow.clone());
        async move {
            let fields = [
                ("name", "Katherine Johnson"),
                ("email", email.as_str()),
                ("address", "3 Oak Lane"),
                ("city", "Essex"),
                ("country", "US"),
                ("postcode", "07001"),
                ("pow", pow.as_str()),
            ];
            let html = app
                .post_form("/l/board/write", &fields)
                .await
                .text()
                .await
                .unwrap();
            assert!(
                html.contains("data-pow=\"/api/v1/pow?campaign=board\""),
                "{html}"
            );
            let mut all = fields.to_vec();
            all.extend([("subject", "0"), ("consent", "on")]);
            app.post_form("/l/board/send", &all).await.status().as_u16()
        }
    };
    let (solved, replayed) = (unique_email("solved"), unique_email("replayed"));
    assert_eq!(send(solved.clone()).await, 303);
    assert_eq!(send(replayed.clone()).await, 303, "answered alike");
    let flag = |email: &str| {
        format!(
            "SELECT COUNT(*) FROM letter_supporters WHERE email = '{email}' AND flag = 'no_pow'"
        )
    };
    assert_eq!(
        app.scalar_i64(&flag(&api)).await,
        1,
        "the API has no solution"
    );
    assert_eq!(
        app.scalar_i64(&flag(&replayed)).await,
        1,
        "a solution is good once"
    );
    assert_eq!(app.scalar_i64(&flag(&solved)).await, 0);
    wait_for_mails(&solved, 1).await;
    outbox_drained(&app).await;
    assert!(mails_to(&api).is_empty() && mails_to(&replayed).is_empty());
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.pow_on'")
            .await,
        1
    );
    app.stop().await;
}

async fn letter_templates_cannot_grow_without_bound(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    county_board(&app).await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let form = |template: &'static str, action: &'static str| {
        vec![
            ("slug", "big"),
            ("title", "Big letters"),
            ("state", "open"),
            ("target_rule", "body"),
            ("target_body", "Test Board"),
            ("subjects", "A subject"),
            ("template", template),
            ("max_length", "5000"),
            ("window_start_hour", "0"),
            ("window_end_hour", "24"),
            ("time_zone", "UTC"),
            ("hourly_cap", "30"),
            ("consent_text", "I agree."),
            ("action", action),
        ]
    };
    // Gigabytes asked for in a loop: refused with a clear message, on save and on preview.
    let huge = "{% for i in range(1000) %}{{ \"x\" * 100000000 }}{% endfor %}";
    for action in ["save", "preview"] {
        let res = staff
            .post(&app, "/admin/letters", &form(huge, action))
            .await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("Letter templates cannot use"), "{html}");
    }
    // Harmless constructs that still fill more than a letter may take: the size is named.
    let long =
        "{% for i in range(5000) %}{{ target.name }} writes to {{ supporter.name }}. {% endfor %}";
    let res = staff
        .post(&app, "/admin/letters", &form(long, "save"))
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("longer than 64 KB"));
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letter_campaigns")
            .await,
        0
    );

    // A template that is small with the sample but grows with what the supporter writes.
    let grows = "{% for i in range(100) %}{{ personal_message }}{% endfor %}";
    let res = staff
        .post(&app, "/admin/letters", &form(grows, "save"))
        .await;
    assert_eq!(res.status(), 303);
    let story = "s".repeat(2000);
    let who = unique_email("story");
    let res = app
        .post_json(
            "/api/v1/letters/big/lookup",
            &body(&who, "Long Story", &story),
        )
        .await;
    assert_eq!(res.status(), 422);
    let json: serde_json::Value = res.json().await.unwrap();
    assert!(
        json["error"].as_str().unwrap().contains("too long"),
        "{json}"
    );
    let res = app
        .post_form(
            "/l/big/write",
            &[
                ("name", "Long Story"),
                ("email", &who),
                ("address", "1 Road"),
                ("city", "Essex"),
                ("country", "US"),
                ("postcode", "07001"),
                ("personal_message", &story),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("campaign team"));

    // One stored before these rules (written straight to the database) is refused when used.
    app.execute(&format!(
        "UPDATE letter_campaigns SET template = '{}' WHERE slug = 'big'",
        huge.replace('\'', "''")
    ))
    .await;
    let res = app
        .post_json("/api/v1/letters/big/lookup", &body(&who, "Short", "Hi"))
        .await;
    assert_eq!(res.status(), 422);
    assert_mail_count(&app, &who, 0).await;
    app.stop().await;
}

both_engines!(
    confirmation_emails_are_capped_per_address,
    letter_routes_run_the_signing_guard,
    a_repeat_replaces_pending_letters_and_the_page_shows_them,
    closing_a_campaign_stops_its_letters,
    letter_templates_cannot_grow_without_bound,
    proof_of_work_on_a_letter_campaign,
);
