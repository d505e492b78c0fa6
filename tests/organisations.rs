//! Organisation sign-on on the open internet: the signing guard (rate limits, honeypot, form age,
//! block lists), names without links, a capped number of emails, and rejection by staff.

mod common;

use common::staff::*;
use common::*;

async fn open_for_organisations(app: &TestApp) {
    app.create_petition("p1", "").await;
    app.execute("UPDATE petitions SET accepts_organisations = TRUE WHERE slug = 'p1'")
        .await;
}

fn form<'a>(org: &'a str, contact: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("org_name", org),
        ("country", "FR"),
        ("website", ""),
        ("name", contact),
        ("email", email),
        ("consent", "on"),
    ]
}

async fn sign(app: &TestApp, fields: &[(&str, &str)]) -> (u16, String) {
    let res = app.post_form("/p/p1/organisations", fields).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn flag_of(app: &TestApp, email: &str) -> i64 {
    app.scalar_i64(&format!(
        "SELECT COUNT(*) FROM organisation_signatures WHERE contact_email = '{email}' AND flag IS NOT NULL"
    ))
    .await
}

async fn organisation_sign_on_runs_the_signing_guard(engine: Engine) {
    let blocked = unique_email("blocked");
    let list = blocked.clone();
    let app = TestApp::spawn_with(engine, move |s| {
        s.abuse.allow_ips.clear();
        s.abuse.min_fill_secs = 60;
        // One a minute per address, so the repeats below are over it.
        s.abuse.ip_burst_max = 1;
        s.abuse.block_emails = vec![list];
    })
    .await;
    open_for_organisations(&app).await;
    let page = app.get("/p/p1/organisations").await.text().await.unwrap();
    assert!(page.contains("name=\"issued\"") && page.contains("name=\"homepage\""));
    let aged = app.state.guard.form_stamp(chorus::db::now_ms() - 120_000);

    // Links in either name are refused before anything is stored.
    let email = unique_email("links");
    for (org, contact) in [
        ("Visit www.spam.example", "Jo Contact"),
        ("Friends of Trees", "Jo https://spam.example"),
    ] {
        let (status, html) = sign(&app, &form(org, contact, &email)).await;
        assert_eq!(status, 422);
        assert!(html.contains("cannot contain a link"), "{html}");
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM organisation_signatures")
            .await,
        0
    );

    // A clean sign-on is emailed; its repeats send a fresh link each, five emails at most.
    let clean = unique_email("clean");
    let mut fields = form("Friends of Trees", "Jo Contact", &clean);
    fields.push(("issued", &aged));
    let (status, first) = sign(&app, &fields).await;
    assert_eq!(status, 200);
    for _ in 0..6 {
        let (status, again) = sign(&app, &fields).await;
        assert_eq!((status, &again), (200, &first), "the same answer");
    }
    assert_mail_count(&app, &clean, 5).await;
    // Repeats of one address are one signer, not more attempts from the client's address.
    assert_eq!(flag_of(&app, &clean).await, 0);

    // Bots are answered alike, stored with their flag, and email nobody.
    let trapped = unique_email("trapped");
    let hasty = unique_email("hasty");
    let mut trap = form("Bot Org", "Bot Contact", &trapped);
    trap.extend([
        ("issued", aged.as_str()),
        ("homepage", "http://spam.example"),
    ]);
    let fresh = page_stamp(&page);
    let mut fast = form("Fast Org", "Fast Contact", &hasty);
    fast.push(("issued", &fresh));
    let mut block = form("Blocked Org", "Block Contact", &blocked);
    block.push(("issued", &aged));
    for (fields, who, why) in [
        (&trap, &trapped, "honeypot"),
        (&fast, &hasty, "too_fast"),
        (&block, &blocked, "blocked_email"),
    ] {
        let (status, html) = sign(&app, fields).await;
        assert_eq!(status, 200);
        assert!(html.contains("We have emailed the contact person"));
        let n = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM organisation_signatures WHERE contact_email = '{who}' AND flag = '{why}'"
            ))
            .await;
        assert_eq!(n, 1, "{who}: {why}");
    }
    for who in [&trapped, &hasty, &blocked] {
        assert_mail_count(&app, who, 0).await;
    }
    app.stop().await;
}

fn page_stamp(page: &str) -> String {
    page.split("name=\"issued\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

async fn rejected_organisations_are_never_listed(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    open_for_organisations(&app).await;
    make_admin(&app, "owner@example.org", "owner").await;
    let contact = unique_email("dubious");
    let (status, html) = sign(&app, &form("Dubious Front Group", "Jo Contact", &contact)).await;
    assert_eq!(status, 200, "{html}");
    let mail = &wait_for_mails(&contact, 1).await[0];
    let link = app.link(&mail.link("/organisations/confirm/"));
    app.client.post(&link).send().await.unwrap();
    let staff = log_in(&app, "owner@example.org").await;
    let id = app
        .scalar_i64("SELECT id FROM organisation_signatures WHERE state = 'confirmed'")
        .await;
    let res = staff
        .post(
            &app,
            &format!("/admin/petitions/p1/organisations/{id}"),
            &[("decision", "reject")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = app.get("/p/p1/organisations").await.text().await.unwrap();
    assert!(!page.contains("Dubious Front Group"));
    let admin = staff
        .get(&app, "/admin/petitions/p1")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(admin.matches("data-testid=\"org-waiting\"").count(), 0);
    assert_mail_count(&app, &contact, 1).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.rejected'")
            .await,
        1
    );
    app.stop().await;
}

both_engines!(
    organisation_sign_on_runs_the_signing_guard,
    rejected_organisations_are_never_listed,
);
