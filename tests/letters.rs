//! Letters to representatives end to end: lookup from the shipped US Congress data, eligibility,
//! the supporter's flow, confirmation before any delivery, email headers, the per-target cap, and
//! hand delivery for offices without an email address.

mod common;

use chorus::letters::{self, targets, CampaignSpec};
use chorus::on_db;
use common::staff::*;
use common::*;

fn spec(slug: &str, rule: &str, extra: &str) -> CampaignSpec {
    let text = format!(
        r#"slug = "{slug}"
title = "Letters {slug}"
state = "open"
target_rule = "{rule}"
subjects = ["Please support S.Res.220", "A constituent writes"]
template = """
Dear {{{{ target.title }}}} {{{{ target.last_name }}}},

I live in {{{{ supporter.city }}}}. Please support the resolution.

{{{{ personal_message }}}}

Sincerely,
"""
{extra}
"#
    );
    toml::from_str(&text).expect("valid campaign TOML")
}

async fn congress(app: &TestApp) {
    targets::import_us_congress(app.db(), None).await.unwrap();
}

async fn save(app: &TestApp, spec: &CampaignSpec) {
    letters::save_campaign(app.db(), spec).await.unwrap();
}

fn supporter(email: &str, country: &str, zip: &str) -> serde_json::Value {
    serde_json::json!({
        "name": "Grace Hopper", "email": email, "address": "1 Main Street", "city": "New York",
        "country": country, "postcode": zip,
    })
}

async fn lookup(app: &TestApp, slug: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
    let res = app
        .post_json(&format!("/api/v1/letters/{slug}/lookup"), body)
        .await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

fn names(v: &serde_json::Value) -> Vec<String> {
    v["letters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["target"].as_str().unwrap().to_owned())
        .collect()
}

async fn members_named(
    app: &TestApp,
    body: &str,
    region: &str,
    district: Option<&str>,
) -> Vec<String> {
    on_db!(
        app.db(),
        targets::sql,
        members(body, Some(region), district)
    )
    .unwrap()
    .iter()
    .map(|t| t.label())
    .collect()
}

async fn zip_10001_finds_new_york_members(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    congress(&app).await;
    save(
        &app,
        &spec("senators", "us_senators", r#"allowed_countries = ["US"]"#),
    )
    .await;
    save(
        &app,
        &spec("congress", "us_congress", r#"allowed_countries = ["US"]"#),
    )
    .await;
    let email = unique_email("grace");
    let ny_senators = members_named(&app, targets::US_SENATE, "NY", None).await;
    assert_eq!(ny_senators.len(), 2, "the data has two NY senators");

    // Senators need only the state.
    let (status, body) = lookup(&app, "senators", &supporter(&email, "US", "10001")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "ready");
    assert_eq!(names(&body), ny_senators);
    let letter = body["letters"][0]["body"].as_str().unwrap();
    assert!(letter.starts_with("Dear Sen. "), "{letter}");
    assert!(letter.contains("I live in New York."), "{letter}");

    // 10001 lies in two House districts: the supporter picks, nothing is guessed.
    let (status, body) = lookup(&app, "congress", &supporter(&email, "US", "10001")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "choose_district", "{body}");
    let values: Vec<&str> = body["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["NY-10", "NY-12"]);
    let ny12 = members_named(&app, targets::US_HOUSE, "NY", Some("12")).await;
    let name = ny12[0].split(" (").next().unwrap();
    let label = body["choices"][1]["label"].as_str().unwrap();
    assert!(
        label.contains(name) && label.starts_with("New York, district 12"),
        "{label}"
    );

    let mut picked = supporter(&email, "US", "10001");
    picked["district"] = "NY-12".into();
    let (status, body) = lookup(&app, "congress", &picked).await;
    assert_eq!(status, 200, "{body}");
    let mut expected = ny_senators.clone();
    expected.extend(ny12);
    let mut got = names(&body);
    got.sort();
    expected.sort();
    assert_eq!(got, expected, "two senators and the NY-12 member");

    // A pick that is not one of the candidates is refused, with the choices again.
    picked["district"] = "CA-12".into();
    let (status, body) = lookup(&app, "congress", &picked).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["errors"]["district"].is_array());

    // A ZIP code spanning two states asks for the state even for senators.
    let (status, body) = lookup(&app, "senators", &supporter(&email, "US", "30165")).await;
    assert_eq!(
        (status, body["status"].as_str()),
        (200, Some("choose_district")),
        "{body}"
    );
    assert!(body["choices"].as_array().unwrap().len() >= 2);

    // Not eligible: a clear message next to the country.
    let (status, body) = lookup(&app, "senators", &supporter(&email, "CA", "K1A 0B1")).await;
    assert_eq!(status, 422);
    let msg = body["errors"]["country"][0].as_str().unwrap();
    assert!(msg.contains("residents of United States"), "{msg}");

    // An unknown ZIP code.
    let (status, body) = lookup(&app, "senators", &supporter(&email, "US", "00000")).await;
    assert_eq!(status, 422);
    assert!(body["errors"]["postcode"][0]
        .as_str()
        .unwrap()
        .contains("could not find"));
    app.stop().await;
}

/// A body of three: two with email addresses (unique to this run) and one without.
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

fn letter_body(email: &str, name: &str) -> serde_json::Value {
    serde_json::json!({
        "name": name, "email": email, "address": "12 Elm Road", "city": "Essex",
        "country": "US", "postcode": "07001", "personal_message": "My children walk this road.",
        "subject": 1, "consent": true,
    })
}

async fn submit(app: &TestApp, body: &serde_json::Value) -> (u16, serde_json::Value) {
    let res = app.post_json("/api/v1/letters/board/letters", body).await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

async fn confirm(app: &TestApp, to: &str) -> String {
    let mails = wait_for_mails(to, 1).await;
    let link = app.link(&mails.last().unwrap().link("/letters/confirm/"));
    let page = app
        .client
        .get(&link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Confirm my letters"),
        "GET only shows a button"
    );
    let res = app.client.post(&link).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

async fn email_targets_get_confirmed_letters_under_the_cap(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let (a, b) = county_board(&app).await;
    save(
        &app,
        &spec(
            "board",
            "body",
            "target_body = \"Test Board\"\nhourly_cap = 2\nallow_edit = true",
        ),
    )
    .await;

    // Header injection through any field is refused before anything is stored.
    let mut bad = letter_body(&unique_email("eve"), "Eve\r\nBcc: victim@example.com");
    bad["city"] = "Essex\r\nX-Injected: 1".into();
    let (status, body) = submit(&app, &bad).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["errors"]["name"].is_array() && body["errors"]["city"].is_array());
    bad = letter_body(&unique_email("eve"), "Eve");
    bad["subject"] = 7.into();
    let (status, body) = submit(&app, &bad).await;
    assert_eq!(status, 422);
    assert!(
        body["errors"]["subject"].is_array(),
        "only the campaign's subjects"
    );

    let supporters: Vec<String> = (0..3)
        .map(|i| unique_email(&format!("resident{i}")))
        .collect();
    for (i, s) in supporters.iter().enumerate() {
        let (status, body) = submit(&app, &letter_body(s, &format!("Resident Number{i}"))).await;
        assert_eq!(
            (status, body["status"].as_str()),
            (202, Some("pending_confirmation")),
            "{body}"
        );
    }
    // A repeat gives the same answer and no more letters: it replaces the pending ones and sends
    // a fresh link (after the first one, so the newest arrives last).
    wait_for_mails(&supporters[0], 1).await;
    let (status, _) = submit(&app, &letter_body(&supporters[0], "Resident Number0")).await;
    assert_eq!(status, 202);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM letters").await, 9);
    wait_for_mails(&supporters[0], 2).await;

    // Nothing reaches a target before the supporters confirm.
    assert_mail_count(&app, &a, 0).await;
    let page = confirm(&app, &supporters[0]).await;
    // The office without email: contact form, phone and the text to copy.
    assert!(page.contains("https://county.example.org/contact") && page.contains("555-0103"));
    assert!(page.contains("My children walk this road."));
    for s in &supporters[1..] {
        confirm(&app, s).await;
    }

    // The cap (2 per hour per target) holds: the third letter waits.
    let mails = assert_mail_count(&app, &a, 2).await;
    assert_mail_count(&app, &b, 2).await;
    let first = &mails[0];
    let from = first.header("From").unwrap();
    assert!(
        from.contains("Resident Number") && from.contains("<noreply@chorus.test>"),
        "{from}"
    );
    assert!(supporters
        .iter()
        .any(|s| first.header("Reply-To") == Some(s.as_str())));
    assert_eq!(first.subject, "A constituent writes");
    assert!(
        first.text.contains("Dear Supervisor Ruiz,"),
        "{}",
        first.text
    );
    let text = first.text.replace("\r\n", "\n");
    assert!(
        text.contains("Resident Number")
            && text.contains("\n12 Elm Road\nEssex 07001\nUnited States\n"),
        "{text}"
    );
    assert!(first.header("Bcc").is_none() && first.header("X-Injected").is_none());
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE state = 'confirmed'")
            .await,
        2,
        "one letter per email target waits for the next hour"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE state = 'manual'")
            .await,
        3
    );
    // Each supporter whose letter went out gets a copy.
    let receipts: usize = supporters
        .iter()
        .map(|s| {
            mails_to(s)
                .iter()
                .filter(|m| m.subject.starts_with("Your letter has been sent"))
                .count()
        })
        .sum();
    assert_eq!(receipts, 4);

    // The next hour: the waiting letters go, exactly once each.
    app.execute("UPDATE letters SET queued_at = queued_at - 3600001 WHERE queued_at IS NOT NULL")
        .await;
    assert_mail_count(&app, &a, 3).await;
    assert_mail_count(&app, &b, 3).await;
    app.stop().await;
}

async fn html_flow_keeps_what_was_typed(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    county_board(&app).await;
    save(
        &app,
        &spec(
            "board",
            "body",
            "target_body = \"Test Board\"\nallow_edit = true",
        ),
    )
    .await;
    let page = app.get("/l/board").await.text().await.unwrap();
    assert!(page.contains("Find my representatives"));

    // A bad email comes back next to its field, with everything else still filled in.
    let email = unique_email("html");
    let details = [
        ("name", "Katherine Johnson"),
        ("email", "not-an-email"),
        ("address", "3 Oak Lane"),
        ("city", "Essex"),
        ("country", "US"),
        ("postcode", "07001"),
        ("personal_message", "<script>alert(1)</script>"),
    ];
    let res = app.post_form("/l/board/write", &details).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("email-error") && html.contains("value=\"3 Oak Lane\""));
    assert!(!html.contains("<script>alert(1)</script>"), "escaped");

    let mut fixed = details.to_vec();
    fixed[1] = ("email", &email);
    let res = app.post_form("/l/board/write", &fixed).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert_eq!(
        html.matches("data-testid=\"letter\"").count(),
        3,
        "one letter per member"
    );

    // Without consent: back to the letters, with the edit kept.
    let id: i64 = app
        .scalar_i64("SELECT id FROM targets WHERE external_id = 's1'")
        .await;
    let field = format!("body_{id}");
    let mut send = fixed.clone();
    send.push(("subject", "0"));
    send.push((field.as_str(), "Dear Ana, my own words."));
    let res = app.post_form("/l/board/send", &send).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("consent-error") && html.contains("Dear Ana, my own words."));

    send.push(("consent", "on"));
    let res = app.post_form("/l/board/send", &send).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/l/board/sent");
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM letters WHERE edited AND target_id = {id} AND body = 'Dear Ana, my own words.'"
        ))
        .await,
        1,
        "the edited letter is stored as edited"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE NOT edited")
            .await,
        2
    );
    app.stop().await;
}

async fn staff_manage_campaigns_and_export_per_target(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    county_board(&app).await;
    make_admin(&app, "owner@example.org", "owner").await;
    make_admin(&app, "viewer@example.org", "viewer").await;
    let staff = log_in(&app, "owner@example.org").await;
    let mut form = vec![
        ("slug", "board"),
        ("title", "Write to the board"),
        ("state", "open"),
        ("target_rule", "body"),
        ("target_body", "Test Board"),
        ("subjects", "Fund the routes\nA resident writes"),
        (
            "template",
            "Dear {{ target.titel }},\n\n{{ personal_message }}",
        ),
        ("max_length", "5000"),
        ("window_start_hour", "0"),
        ("window_end_hour", "24"),
        ("time_zone", "UTC"),
        ("hourly_cap", "30"),
        ("consent_text", "I agree."),
        ("action", "save"),
    ];
    // An unknown placeholder is named next to the template, and nothing is saved.
    let res = staff.post(&app, "/admin/letters", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("template-error") && html.contains("target.titel"),
        "{html}"
    );
    assert!(
        html.contains("Write to the board"),
        "the form keeps what was typed"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letter_campaigns")
            .await,
        0
    );

    // The preview uses a real member of the body.
    form[6] = (
        "template",
        "Dear {{ target.title }} {{ target.last_name }},\n\n{{ personal_message }}",
    );
    form[13] = ("action", "preview");
    let html = staff
        .post(&app, "/admin/letters", &form)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Dear Supervisor Li,")
            || html.contains("Dear Supervisor Okafor,")
            || html.contains("Dear Supervisor Ruiz,"),
        "{html}"
    );
    form[13] = ("action", "save");
    let res = staff.post(&app, "/admin/letters", &form).await;
    assert_eq!(res.status(), 303);

    let supporter = unique_email("resident");
    let mut body = letter_body(&supporter, "=HYPERLINK(\"x\") Resident");
    let (status, _) = submit(&app, &body).await;
    assert_eq!(status, 422, "formula-looking names are refused");
    body["name"] = "Rosa Parks".into();
    body["subject"] = 0.into();
    assert_eq!(submit(&app, &body).await.0, 202);
    confirm(&app, &supporter).await;

    let page = staff
        .get(&app, "/admin/letters/board")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(page.matches("data-testid=\"target-row\"").count(), 3);
    let li: i64 = app
        .scalar_i64("SELECT id FROM targets WHERE external_id = 's3'")
        .await;
    let csv = staff
        .get(
            &app,
            &format!("/admin/letters/board/targets/{li}/letters.csv"),
        )
        .await
        .text()
        .await
        .unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 1, "{csv}");
    assert_eq!(&records[0][5], "Rosa Parks");
    assert_eq!(&records[0][2], "manual");
    assert!(records[0][13].starts_with("Dear Supervisor Li,"));
    let pack = staff
        .get(&app, &format!("/admin/letters/board/targets/{li}/pack"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(pack.matches("data-testid=\"pack-letter\"").count(), 1);
    assert!(pack.contains("12 Elm Road") && pack.contains("Rosa Parks"));
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'export.letters.%'")
            .await,
        2
    );

    // Viewers see counts but not letters.
    let viewer = log_in(&app, "viewer@example.org").await;
    assert_eq!(viewer.get(&app, "/admin/letters/board").await.status(), 200);
    let res = viewer
        .get(
            &app,
            &format!("/admin/letters/board/targets/{li}/letters.csv"),
        )
        .await;
    assert_eq!(res.status(), 403);

    // A directory pasted as CSV is imported, and again idempotently.
    let csv = "external_id,name,email\nun-1,Office of the High Commissioner,ohchr@un.example.org\n";
    for _ in 0..2 {
        let res = staff
            .post(
                &app,
                "/admin/targets",
                &[("body", "UN Offices"), ("csv", csv)],
            )
            .await;
        assert_eq!(res.status(), 303);
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM targets WHERE body = 'UN Offices'")
            .await,
        1
    );
    let res = staff
        .post(
            &app,
            "/admin/targets",
            &[
                ("body", "UN Offices"),
                ("csv", "external_id,name\n,No id\n"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("line 2"));
    app.stop().await;
}

both_engines!(
    staff_manage_campaigns_and_export_per_target,
    zip_10001_finds_new_york_members,
    email_targets_get_confirmed_letters_under_the_cap,
    html_flow_keeps_what_was_typed,
);
