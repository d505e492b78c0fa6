//! What supporters meet around the sign form: form addresses that answer GET, confirmation before
//! erasing, the data page in the reader's language, link previews, email typos and sharing.

mod common;

use common::staff::*;
use common::*;

/// Signs `p1` by the API, confirms, and returns the signer's address and "my data" link.
async fn signed_and_confirmed(app: &TestApp, slug: &str) -> (String, String) {
    let to = unique_email("ux");
    let mut body = signer(&to);
    body["country"] = "BR".into();
    body["postcode"] = serde_json::Value::Null;
    let res = app
        .post_json(&format!("/api/v1/petitions/{slug}/signatures"), &body)
        .await;
    assert_eq!(res.status(), 202);
    let mail = &wait_for_mails(&to, 1).await[0];
    let res = app
        .client
        .post(app.link(&mail.link("/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    (to, app.link(&mail.link("/my-data/")))
}

/// Every public address that takes a form also answers GET, with a 303 to the form's page.
async fn form_addresses_answer_get(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let (_, my_data) = signed_and_confirmed(&app, "p1").await;
    let my_data = my_data.strip_prefix(&app.addr).unwrap().to_owned();
    // The POST-only routes of src/app.rs, each with where GET must lead.
    let post_only = [
        ("/p/p1/sign".to_owned(), "/p/p1#sign".to_owned()),
        ("/p/p1/sign?lang=fr".into(), "/p/p1?lang=fr#sign".into()),
        (
            "/p/p1/sign?lang=zh-CN".into(),
            "/p/p1?lang=zh-Hans#sign".into(),
        ),
        ("/p/p1/sign?lang=%22x".into(), "/p/p1#sign".into()),
        ("/l/any/write".into(), "/l/any".into()),
        ("/l/any/send?lang=de".into(), "/l/any?lang=de".into()),
        (format!("{my_data}/copy"), my_data.clone()),
        (format!("{my_data}/erase"), my_data.clone()),
    ];
    for (path, to) in &post_only {
        let res = app.get(path).await;
        assert_eq!(res.status(), 303, "GET {path}");
        assert_eq!(res.headers()["location"], to.as_str(), "GET {path}");
    }
    // The rest already show a page on GET (a button for emailed links): never a 405.
    for path in [
        "/p/p1/organisations",
        "/organisations/confirm/x",
        "/confirm/x",
        "/withdraw/x",
        "/unsubscribe/x",
        "/letters/confirm/x",
        &my_data,
    ] {
        let status = app.get(path).await.status();
        assert_ne!(status, 405, "GET {path}");
        assert!(status == 200 || status == 404, "GET {path}: {status}");
    }
    // Following the sign form's redirect lands on the petition.
    let page = app.get("/p/p1?lang=fr").await.text().await.unwrap();
    assert!(page.contains(r#"action="/p/p1/sign#sign""#));
    app.stop().await;
}

/// Erasing one's data asks first: a POST without `confirm=yes` only shows what will happen.
async fn erasing_asks_first(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let (to, my_data) = signed_and_confirmed(&app, "p1").await;
    let page = app
        .get(&my_data[app.addr.len()..])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!(r#"action="{}/erase""#, &my_data[app.addr.len()..])));
    for body in [&[][..], &[("confirm", "no")][..]] {
        let res = app
            .client
            .post(format!("{my_data}/erase"))
            .form(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains("Are you sure?"), "{html}");
        assert!(html.contains(r#"name="confirm" value="yes""#));
        assert!(html.contains("It cannot be undone."));
    }
    // A bare POST without any form is not confirmed either.
    let res = app
        .client
        .post(format!("{my_data}/erase"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let kept =
        format!("SELECT COUNT(*) FROM signatures WHERE email = '{to}' AND state = 'confirmed'");
    assert_eq!(app.scalar_i64(&kept).await, 1, "nothing erased yet");
    assert_eq!(app.api_count("p1").await, 1);

    let res = app
        .client
        .post(format!("{my_data}/erase"))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("Your data is erased"));
    assert_eq!(app.scalar_i64(&kept).await, 0);
    assert_eq!(app.api_count("p1").await, 0);
    app.stop().await;
}

/// Closing and archiving a petition, sending an update and revoking an API token ask first too;
/// only `confirm=yes` acts.
async fn staff_irreversible_actions_ask_first(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "title = \"Save the <b>\\\"river\\\"</b>\"")
        .await;
    make_admin(&app, "c@example.org", "campaigner").await;
    let staff = log_in(&app, "c@example.org").await;
    for (to, sentence) in [
        ("closed", "stops taking signatures"),
        ("archived", "public page"),
    ] {
        let res = staff
            .post(&app, "/admin/petitions/p1/state", &[("to", to)])
            .await;
        assert_eq!(res.status(), 200, "{to}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains(sentence) && html.contains("Are you sure?"),
            "{html}"
        );
        assert!(html.contains(&format!(r#"name="to" value="{to}""#)));
        assert!(html.contains(r#"name="confirm" value="yes""#));
        assert!(!html.contains("<b>"), "the title is escaped");
        assert_eq!(
            app.petition("p1").await.state.as_str(),
            if to == "closed" { "open" } else { "closed" }
        );
        let res = staff
            .post(
                &app,
                "/admin/petitions/p1/state",
                &[("to", to), ("confirm", "yes")],
            )
            .await;
        assert_eq!(res.status(), 303, "{to}");
        assert_eq!(app.petition("p1").await.state.as_str(), to);
    }

    // Sending an update to every signer who asked for updates asks first too, with the count.
    let to = unique_email("news");
    let mut body = signer(&to);
    body["newsletter"] = true.into();
    app.create_petition("p2", "").await;
    app.post_json("/api/v1/petitions/p2/signatures", &body)
        .await;
    let mail = &wait_for_mails(&to, 1).await[0];
    app.client
        .post(app.link(&mail.link("/confirm/")))
        .send()
        .await
        .unwrap();
    let update = [
        ("kind", "progress"),
        ("subject", "Halfway <there>"),
        ("body", "Line one\nline two"),
        ("action", "send"),
    ];
    let res = staff
        .post(&app, "/admin/petitions/p2/updates", &update)
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("to 1 signer who asked for updates"), "{html}");
    assert!(html.contains("Halfway &#60;there&#62;") || html.contains("Halfway &lt;there&gt;"));
    let sent = "SELECT COUNT(*) FROM petition_updates";
    assert_eq!(app.scalar_i64(sent).await, 0, "nothing sent yet");
    let mut confirmed = update.to_vec();
    confirmed.push(("confirm", "yes"));
    let res = staff
        .post(&app, "/admin/petitions/p2/updates", &confirmed)
        .await;
    assert!(res.text().await.unwrap().contains("Sent to 1 signer "));
    assert_eq!(app.scalar_i64(sent).await, 1);

    // Revoking an API token asks first too.
    make_admin(&app, "owner@example.org", "owner").await;
    let owner = log_in(&app, "owner@example.org").await;
    let res = owner
        .post(
            &app,
            "/admin/tokens",
            &[("name", "Script"), ("scope", "counts")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let id = app
        .scalar_i64("SELECT id FROM api_tokens WHERE name = 'Script'")
        .await;
    let revoked =
        format!("SELECT COUNT(*) FROM api_tokens WHERE id = {id} AND revoked_at IS NOT NULL");
    let res = owner
        .post(&app, &format!("/admin/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("stop working at once"));
    assert_eq!(app.scalar_i64(&revoked).await, 0);
    let res = owner
        .post(
            &app,
            &format!("/admin/tokens/{id}/revoke"),
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.scalar_i64(&revoked).await, 1);

    // Staff form-only addresses answer GET with their page, and act on nothing.
    for (path, to) in [
        (
            "/admin/petitions/p1/state",
            "/admin/petitions/p1".to_owned(),
        ),
        ("/admin/petitions/p1/pow", "/admin/petitions/p1".into()),
        ("/admin/petitions", "/admin/petitions/new".into()),
        ("/admin/targets", "/admin/letters".into()),
        (
            &format!("/admin/tokens/{id}/revoke"),
            "/admin/tokens".into(),
        ),
    ] {
        let res = owner.get(&app, path).await;
        assert_eq!(res.status(), 303, "GET {path}");
        assert_eq!(res.headers()["location"], to.as_str(), "GET {path}");
    }
    assert_eq!(
        owner.get(&app, "/admin").await.status(),
        200,
        "still signed in"
    );
    app.stop().await;
}

/// The data page names the country and the state in the reader's language.
async fn my_data_in_the_readers_language(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let (_, my_data) = signed_and_confirmed(&app, "p1").await;
    let path = &my_data[app.addr.len()..];
    let fr = app
        .get(&format!("{path}?lang=fr"))
        .await
        .text()
        .await
        .unwrap();
    assert!(fr.contains("<dd>Brésil</dd>"), "{fr}");
    assert!(fr.contains("<dd>confirmée et comptée</dd>"), "{fr}");
    assert!(!fr.contains("<dd>BR</dd>") && !fr.contains("<dd>confirmed</dd>"));
    let en = app.get(path).await.text().await.unwrap();
    assert!(en.contains("<dd>Brazil</dd>") && en.contains("<dd>confirmed and counted</dd>"));
    app.stop().await;
}

/// The `content` of `<meta property|name="key" content="…">`, unescaped.
fn meta(html: &str, key: &str) -> String {
    let tag = html
        .split('<')
        .find(|t| t.starts_with("meta ") && t.contains(&format!("=\"{key}\"")))
        .unwrap_or_else(|| panic!("no meta {key}"));
    let at = tag.find("content=\"").unwrap() + 9;
    let end = at + tag[at..].find('"').expect("the attribute is closed");
    tag[at..end]
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&lt;", "<")
        .replace("&#62;", ">")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Link previews and search results show the petition's own title, summary and address, with
/// quotes and angle brackets escaped inside the attributes.
async fn link_previews_describe_each_page(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let title = r#"Stop "fast" <b>fashion</b> & waste"#;
    let summary = r#"Ask brands "now" <script>x</script>"#;
    app.create_petition("p1", &format!("title = {title:?}\nsummary = {summary:?}"))
        .await;
    let html = app.get("/p/p1").await.text().await.unwrap();
    assert!(!html.contains("<b>fashion") && !html.contains("<script>x"));
    assert_eq!(meta(&html, "og:title"), title);
    assert_eq!(meta(&html, "twitter:title"), title);
    assert_eq!(meta(&html, "og:description"), summary);
    assert_eq!(meta(&html, "description"), summary);
    assert_eq!(meta(&html, "og:url"), format!("{BASE_URL}/p/p1"));
    assert_eq!(meta(&html, "og:type"), "website");
    assert_eq!(meta(&html, "twitter:card"), "summary");
    // The "check your email" page previews the petition, not itself.
    let signed = app.get("/p/p1/signed").await.text().await.unwrap();
    assert_eq!(meta(&signed, "og:url"), format!("{BASE_URL}/p/p1"));
    assert_eq!(meta(&signed, "og:title"), title);
    // A letter campaign's page.
    let campaign: chorus::letters::CampaignSpec = toml::from_str(
        "slug = \"board\"\ntitle = \"Letters <to> the \\\"board\\\"\"\nintro = \"Write **today** to the board.\"\n\
         state = \"open\"\ntarget_rule = \"body\"\ntarget_body = \"Test Board\"\nsubjects = [\"Hello\"]\ntemplate = \"Dear board,\"\n",
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &campaign)
        .await
        .unwrap();
    let letters = app.get("/l/board").await.text().await.unwrap();
    assert_eq!(meta(&letters, "og:title"), r#"Letters <to> the "board""#);
    assert_eq!(
        meta(&letters, "og:description"),
        "Write today to the board."
    );
    assert_eq!(meta(&letters, "og:url"), format!("{BASE_URL}/l/board"));
    let index = app.get("/?lang=de").await.text().await.unwrap();
    assert_eq!(meta(&index, "og:url"), format!("{BASE_URL}/"));
    assert_eq!(meta(&index, "og:title"), "Petitionen");
    assert!(meta(&index, "description").contains("Abgeordneten"));
    app.stop().await;
}

fn form<'a>(email: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("name", "Ada Lovelace"),
        ("email", email),
        ("country", "GB"),
        ("consent", "on"),
    ];
    f.extend_from_slice(extra);
    f
}

/// A likely typo in the email's domain brings the form back once with a suggestion; sent again
/// as typed, the signature is taken. The API takes it at once and answers the suggestion.
async fn mistyped_email_domains(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let local = format!("ada-{}", random_hex(4));
    let typed = format!("{local}@gmial.com");
    let res = app.post_form("/p/p1/sign", &form(&typed, &[])).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(&format!("Did you mean {local}@gmail.com?")),
        "{html}"
    );
    assert!(html.contains(&format!(r#"name="email_checked" value="{typed}""#)));
    assert!(
        html.contains(&format!(r#"value="{typed}""#)),
        "kept as typed"
    );
    let count = format!("SELECT COUNT(*) FROM signatures WHERE email = '{typed}'");
    assert_eq!(app.scalar_i64(&count).await, 0, "nothing signed yet");
    // Together with another problem, both show.
    let mut no_consent = form(&typed, &[]);
    no_consent.retain(|(k, _)| *k != "consent");
    let html = app
        .post_form("/p/p1/sign", &no_consent)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Did you mean") && html.contains(r#"id="consent-error""#));
    // In French.
    let html = app
        .post_form("/p/p1/sign?lang=fr", &form(&typed, &[]))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(&format!("Vouliez-vous dire {local}@gmail.com\u{202f}?")),
        "{html}"
    );
    // Another slip after the first suggestion is checked afresh.
    let other = format!("{local}@gmal.com");
    let res = app
        .post_form("/p/p1/sign", &form(&other, &[("email_checked", &typed)]))
        .await;
    assert_eq!(res.status(), 422);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains(&format!("Did you mean {local}@gmail.com?")));
    // Sent again as typed: taken.
    let res = app
        .post_form("/p/p1/sign", &form(&typed, &[("email_checked", &typed)]))
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.scalar_i64(&count).await, 1);
    // A common domain is never questioned.
    let fine = unique_email("fine").replace("example.com", "gmail.com");
    assert_eq!(
        app.post_form("/p/p1/sign", &form(&fine, &[]))
            .await
            .status(),
        303
    );

    // The API: accepted as before, with the suggestion beside the status.
    let api = format!("{local}-api@hotmial.com");
    let res = app
        .post_json("/api/v1/petitions/p1/signatures", &signer(&api))
        .await;
    assert_eq!(res.status(), 202);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "pending_confirmation");
    assert_eq!(body["email_suggestion"], format!("{local}-api@hotmail.com"));
    let res = app
        .post_json(
            "/api/v1/petitions/p1/signatures",
            &signer(&unique_email("api")),
        )
        .await;
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body.get("email_suggestion").is_none(), "{body}");
    // The API document describes the field on the 202 answer.
    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let accepted = &doc["paths"]["/api/v1/petitions/{slug}/signatures"]["post"]["responses"]["202"]
        ["content"]["application/json"]["schema"]["$ref"];
    assert_eq!(accepted, "#/components/schemas/SignAcceptedJson");
    let schema = &doc["components"]["schemas"]["SignAcceptedJson"];
    assert!(
        schema["properties"]["email_suggestion"].is_object(),
        "{schema}"
    );
    assert_eq!(schema["required"], serde_json::json!(["status"]));
    app.stop().await;
}

/// After signing and after confirming, the page asks to share, with each channel's source code.
async fn pages_after_signing_ask_to_share(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let signed = app.get("/p/p1/signed?lang=es").await.text().await.unwrap();
    assert!(signed.contains("Pide a tus amigos que también firmen"));
    for channel in ["email", "whatsapp", "x", "facebook"] {
        let code = format!("src%3Dshare%2D{channel}");
        assert!(signed.contains(&code), "{code}: {signed}");
    }
    assert!(signed.contains(r#"hidden data-share-url="http://127.0.0.1:9/p/p1?src=share-native""#));
    let to = unique_email("share");
    app.post_json("/api/v1/petitions/p1/signatures", &signer(&to))
        .await;
    let mail = &wait_for_mails(&to, 1).await[0];
    let confirm = app.link(&mail.link("/confirm/"));
    let before = app
        .client
        .get(&confirm)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !before.contains("data-testid=\"share\""),
        "not before confirming"
    );
    let after = app
        .client
        .post(&confirm)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(after.contains("your signature is confirmed"));
    assert!(after.contains("data-testid=\"share\"") && after.contains("src%3Dshare%2Dwhatsapp"));
    app.stop().await;
}

both_engines!(
    form_addresses_answer_get,
    erasing_asks_first,
    staff_irreversible_actions_ask_first,
    my_data_in_the_readers_language,
    link_previews_describe_each_page,
    mistyped_email_domains,
    pages_after_signing_ask_to_share,
);
