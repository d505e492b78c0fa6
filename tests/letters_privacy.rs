//! Retention and erasure for letters and organisation sign-ons: unconfirmed ones are deleted after
//! the pending period, confirmed ones anonymised once their campaign or petition has been closed
//! for the retention period, and a supporter can delete their details by their link.

mod common;

use chorus::abuse::retention::{run_others, Others};
use chorus::letters::{self, targets, CampaignSpec};
use chorus::on_db;
use common::*;

fn spec(state: &str) -> CampaignSpec {
    let text = format!(
        r#"slug = "board"
title = "Letters to the board"
state = "{state}"
target_rule = "body"
target_body = "Test Board"
subjects = ["Fund the routes"]
template = "Dear {{{{ target.last_name }}}},\n\n{{{{ personal_message }}}}"
"#
    );
    toml::from_str(&text).expect("valid campaign TOML")
}

async fn board(app: &TestApp) -> String {
    let a = unique_email("supervisor-a");
    let csv = format!(
        "external_id,honorific,first_name,last_name,email,phone,contact_url\n\
         s1,Supervisor,Ana,Ruiz,{a},555-0101,\n\
         s3,Supervisor,Chen,Li,,555-0103,https://county.example.org/contact\n"
    );
    let rows = targets::read_csv(csv.as_bytes()).unwrap();
    on_db!(
        app.db(),
        targets::sql,
        import("Test Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    letters::save_campaign(app.db(), &spec("open"))
        .await
        .unwrap();
    a
}

async fn write(app: &TestApp, email: &str, message: &str) -> String {
    let body = serde_json::json!({
        "name": "Rosa Parks", "email": email, "address": "12 Elm Road", "city": "Essex",
        "country": "US", "postcode": "07001", "personal_message": message, "subject": 0,
        "consent": true,
    });
    let res = app.post_json("/api/v1/letters/board/letters", &body).await;
    assert_eq!(res.status(), 202);
    app.link(&wait_for_mails(email, 1).await[0].link("/letters/confirm/"))
}

async fn organisation(app: &TestApp, org: &str, email: &str) -> String {
    let form = [
        ("org_name", org),
        ("country", "FR"),
        ("name", "Jo Contact"),
        ("email", email),
        ("consent", "on"),
    ];
    assert_eq!(
        app.post_form("/p/p1/organisations", &form).await.status(),
        200
    );
    app.link(&wait_for_mails(email, 1).await[0].link("/organisations/confirm/"))
}

async fn unconfirmed_are_deleted_and_closed_ones_anonymised(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let a = board(&app).await;
    app.create_petition("p1", "").await;
    app.execute("UPDATE petitions SET accepts_organisations = TRUE WHERE slug = 'p1'")
        .await;
    let (pending, confirmed) = (unique_email("pending"), unique_email("confirmed"));
    write(&app, &pending, "Never confirmed.").await;
    let link = write(&app, &confirmed, "Confirmed words.").await;
    app.client.post(&link).send().await.unwrap();
    wait_for_mails(&a, 1).await;
    let (org_pending, org_confirmed) = (unique_email("org-pending"), unique_email("org-yes"));
    organisation(&app, "Pending Group", &org_pending).await;
    let link = organisation(&app, "Confirmed Group", &org_confirmed).await;
    app.client.post(&link).send().await.unwrap();

    // Nothing is due yet.
    let due = run_others(app.db(), &app.state.settings).await.unwrap();
    assert_eq!(due, Others::default());

    // Past the pending period, and closed for longer than the retention period.
    app.execute("UPDATE letter_supporters SET created_at = 1 WHERE state = 'pending'")
        .await;
    app.execute("UPDATE organisation_signatures SET created_at = 1 WHERE state = 'pending'")
        .await;
    letters::save_campaign(app.db(), &spec("closed"))
        .await
        .unwrap();
    app.execute("UPDATE letter_campaigns SET updated_at = 1")
        .await;
    app.execute("UPDATE petitions SET state = 'closed', closes_at = 1")
        .await;
    let done = run_others(app.db(), &app.state.settings).await.unwrap();
    assert_eq!(
        done,
        Others {
            deleted: 2,
            anonymised: 2
        }
    );
    for (sql, n) in [
        ("SELECT COUNT(*) FROM letter_supporters", 1),
        ("SELECT COUNT(*) FROM letter_tokens", 0),
        ("SELECT COUNT(*) FROM letters", 2),
        (
            "SELECT COUNT(*) FROM letters WHERE body = '' AND canonical_email LIKE 'anonymised-%'",
            2,
        ),
        (
            "SELECT COUNT(*) FROM letter_supporters WHERE name = '' AND email = '' AND address = '' \
             AND personal_message = '' AND ip_hash IS NULL",
            1,
        ),
        ("SELECT COUNT(*) FROM organisation_signatures", 1),
        (
            "SELECT COUNT(*) FROM organisation_signatures WHERE org_name = 'Confirmed Group' \
             AND contact_email = '' AND contact_name = ''",
            1,
        ),
    ] {
        assert_eq!(app.scalar_i64(sql).await, n, "{sql}");
    }
    // The counts stay; a second run finds nothing more.
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE state <> 'pending'")
            .await,
        2
    );
    let again = run_others(app.db(), &app.state.settings).await.unwrap();
    assert_eq!(again, Others::default());
    app.stop().await;
}

async fn supporters_erase_their_details_by_their_link(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let a = board(&app).await;
    // Before confirming: everything goes, and the link stops working.
    let early = unique_email("early");
    let link = write(&app, &early, "Second thoughts.").await;
    let page = app
        .client
        .get(&link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-testid=\"erase\""));
    let erase = link.replace("/letters/confirm/", "/letters/erase/");
    let res = app
        .client
        .post(&erase)
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Your details are deleted"));
    assert_eq!(app.client.get(&link).send().await.unwrap().status(), 404);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM letters").await, 0);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM letter_supporters WHERE email = '{early}' OR name <> ''"
        ))
        .await,
        0
    );

    // After delivery: the letters stay counted, without their words.
    let late = unique_email("late");
    let link = write(&app, &late, "Delivered words.").await;
    app.client.post(&link).send().await.unwrap();
    wait_for_mails(&a, 1).await;
    let erase = link.replace("/letters/confirm/", "/letters/erase/");
    let res = app.client.post(&erase).form(&[("confirm", "yes")]).send();
    assert_eq!(res.await.unwrap().status(), 200);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM letters WHERE body = '' AND state IN ('queued', 'manual')"
        )
        .await,
        2
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letter_supporters WHERE email <> ''")
            .await,
        0
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient = '{late}'"
        ))
        .await,
        0,
        "the supporter's own emails are gone"
    );
    app.stop().await;
}

both_engines!(
    unconfirmed_are_deleted_and_closed_ones_anonymised,
    supporters_erase_their_details_by_their_link,
);
