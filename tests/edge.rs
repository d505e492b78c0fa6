//! The HTTP edge: slow clients, cross-site form posts and client addresses.

mod common;

use std::time::{Duration, Instant};

use common::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A client that sends half a request line and then nothing is disconnected once the header read
/// timeout passes, instead of holding the connection for ever.
async fn slow_headers_are_cut_off(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.header_read_timeout_secs = 1).await;
    let addr = app.addr.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    stream.write_all(b"GET /healthz HT").await.unwrap();
    let start = Instant::now();
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut rest)).await;
    assert!(
        closed.is_ok(),
        "the server still held the connection after 10 s"
    );
    assert!(
        start.elapsed() >= Duration::from_millis(800),
        "closed after {:?}, before the timeout",
        start.elapsed()
    );
    // A client that sends its request in time is served as usual.
    assert_eq!(app.get("/healthz").await.status(), 200);
    app.stop().await;
}

/// Digits of other scripts match `\\d` but are several bytes each: a US ZIP of five fullwidth or
/// Arabic-Indic digits is a clear error on its field everywhere, never a 500 (the letters lookup
/// slices the ZIP by bytes).
async fn non_ascii_zip_is_a_field_error(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition(
        "us-zip",
        "allowed_countries = [\"US\"]\npostcode_required = true",
    )
    .await;
    chorus::letters::targets::import_us_congress(app.db(), None)
        .await
        .unwrap();
    let campaign: chorus::letters::CampaignSpec = toml::from_str(
        "slug = \"zip\"\ntitle = \"Zip\"\nstate = \"open\"\ntarget_rule = \"us_senators\"\n\
         allowed_countries = [\"US\"]\nsubjects = [\"Hello\"]\ntemplate = \"Dear {{ target.last_name }}\"\n",
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &campaign)
        .await
        .unwrap();
    for zip in [
        "\u{ff11}\u{ff12}\u{ff13}\u{ff14}\u{ff15}",
        "\u{663}\u{660}\u{661}\u{666}\u{665}",
    ] {
        let email = unique_email("zip");
        let form = [
            ("name", "Ann Example"),
            ("email", email.as_str()),
            ("country", "US"),
            ("postcode", zip),
        ];
        let res = app.post_form("/p/us-zip/sign", &form).await;
        assert_eq!(res.status(), 422, "{zip}");
        let html = res.text().await.unwrap();
        assert!(html.contains("postal code does not look right"), "{html}");

        let body = serde_json::json!({"name": "Ann", "email": email, "country": "US", "postcode": zip, "consent": true});
        let res = app
            .post_json("/api/v1/petitions/us-zip/signatures", &body)
            .await;
        assert_eq!(res.status(), 422, "{zip}");
        let v: serde_json::Value = res.json().await.unwrap();
        assert!(v["errors"]["postcode"].is_array(), "{v}");

        let body = serde_json::json!({"name": "Ann", "email": email, "address": "1 Main Street",
            "city": "New York", "country": "US", "postcode": zip});
        let res = app.post_json("/api/v1/letters/zip/lookup", &body).await;
        assert_eq!(res.status(), 422, "{zip}");
        let v: serde_json::Value = res.json().await.unwrap();
        assert!(v["errors"]["postcode"].is_array(), "{v}");

        let form = [
            ("name", "Ann Example"),
            ("email", email.as_str()),
            ("address", "1 Main Street"),
            ("city", "New York"),
            ("country", "US"),
            ("postcode", zip),
        ];
        let res = app.post_form("/l/zip/write", &form).await;
        assert_eq!(res.status(), 422, "{zip}");
    }
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM signatures").await, 0);
    app.stop().await;
}

/// An SMTP password would cross the network in clear without required TLS: the app refuses to
/// start, and says which setting to fix.
async fn smtp_password_without_tls_is_refused(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut settings = test_settings(&db.url);
    settings.smtp_url =
        secrecy::SecretString::from("smtp://chorus:hunter2@mail.example.org:587".to_owned());
    let roles = chorus::app::Roles {
        web: true,
        worker: true,
    };
    let Err(err) = chorus::app::Application::build(settings, roles).await else {
        panic!("an SMTP password without TLS was accepted");
    };
    let err = err.to_string();
    assert!(
        err.contains("smtp_url") && err.contains("tls=required"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
}

/// Signs through the API from a trusted proxy, with one request header line per entry of `lines`.
async fn sign_via_proxy(app: &TestApp, email: &str, lines: &[&str]) {
    let mut req = app
        .client
        .post(app.url("/api/v1/petitions/v6/signatures"))
        .json(&signer(email));
    for line in lines {
        req = req.header("x-forwarded-for", *line);
    }
    assert_eq!(req.send().await.unwrap().status(), 202);
}

async fn flag_of(app: &TestApp, email: &str) -> String {
    let sql = format!("SELECT COALESCE(flag, 'none') FROM signatures WHERE email = '{email}'");
    match app.db() {
        chorus::db::Db::Sqlite(p) => sqlx::query_scalar(&sql).fetch_one(p).await.unwrap(),
        chorus::db::Db::Postgres(p) => sqlx::query_scalar(&sql).fetch_one(p).await.unwrap(),
    }
}

/// One home gets a whole IPv6 /64: two addresses in it share one rate window and one stored hash;
/// another /64 has its own. The proxy's header is read across all its lines, right-most first.
async fn ipv6_clients_in_one_64_share_a_rate_window(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        s.abuse.allow_ips.clear();
        s.abuse.trusted_proxies = vec!["127.0.0.1/32".into()];
        (s.abuse.ip_burst_max, s.abuse.ip_burst_secs) = (1, 600);
    })
    .await;
    app.create_petition("v6", "").await;
    let (a, b, c) = (
        unique_email("v6a"),
        unique_email("v6b"),
        unique_email("v6c"),
    );
    sign_via_proxy(&app, &a, &["2001:db8:1:2::1"]).await;
    // The first line is what the client sent; the proxy added the second.
    sign_via_proxy(
        &app,
        &b,
        &["203.0.113.5", "2001:db8:1:2:aaaa:bbbb:cccc:dddd"],
    )
    .await;
    sign_via_proxy(&app, &c, &["2001:db8:1:3::1"]).await;
    assert_eq!(flag_of(&app, &a).await, "none");
    assert_eq!(flag_of(&app, &b).await, "ip_rate", "same /64, same window");
    assert_eq!(flag_of(&app, &c).await, "none", "another /64");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(DISTINCT ip_hash) FROM signatures")
            .await,
        2
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signatures WHERE ip_prefix = '2001:db8:1::/48'")
            .await,
        3
    );
    app.stop().await;
}

/// Posts the sign form with extra request headers.
async fn sign_form_with(app: &TestApp, email: &str, headers: &[(&str, &str)]) -> u16 {
    let mut req = app.client.post(app.url("/p/xs/sign")).form(&[
        ("name", "Ann Example"),
        ("email", email),
        ("country", "GB"),
        ("postcode", "SW1A 1AA"),
        ("consent", "on"),
    ]);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap().status().as_u16()
}

/// A page on another site cannot make its visitors sign (or confirm, withdraw, erase): public form
/// posts from another site are refused with a clear page, and nothing is stored. One-click
/// unsubscribe, posted by mail providers from anywhere, and the JSON API keep working.
async fn cross_site_form_posts_are_refused(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("xs", "").await;
    let stored = |email: String| {
        let app = &app;
        async move {
            app.scalar_i64(&format!(
                "SELECT COUNT(*) FROM signatures WHERE email = '{email}'"
            ))
            .await
        }
    };

    let forged = unique_email("xs-forged");
    let res = app
        .client
        .post(app.url("/p/xs/sign"))
        .header("sec-fetch-site", "cross-site")
        .form(&[
            ("name", "Ann Example"),
            ("email", forged.as_str()),
            ("country", "GB"),
            ("postcode", "SW1A 1AA"),
            ("consent", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let page = res.text().await.unwrap();
    assert!(page.contains("sent from another website"), "{page}");
    // An older browser without Sec-Fetch-Site gives itself away by its Origin.
    let old = unique_email("xs-origin");
    assert_eq!(
        sign_form_with(&app, &old, &[("origin", "https://evil.example")]).await,
        403
    );
    assert_eq!(stored(forged.clone()).await + stored(old).await, 0);

    // From the site itself, or from no browser at all, signing works.
    let same = unique_email("xs-same");
    assert_eq!(
        sign_form_with(&app, &same, &[("sec-fetch-site", "same-origin")]).await,
        303
    );
    let ours = unique_email("xs-ours");
    assert_eq!(
        sign_form_with(&app, &ours, &[("origin", BASE_URL)]).await,
        303
    );
    let plain = unique_email("xs-plain");
    assert_eq!(sign_form_with(&app, &plain, &[]).await, 303);
    assert_eq!(
        stored(same.clone()).await + stored(ours).await + stored(plain).await,
        3
    );

    // A forged confirmation is refused too; the real click works.
    let mail = &wait_for_mails(&same, 1).await[0];
    let confirm = app.link(&mail.link("/confirm/"));
    let res = app
        .client
        .post(&confirm)
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = app
        .client
        .post(&confirm)
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(app.api_count("xs").await, 1);

    // The JSON API is cross-origin by design.
    let api = unique_email("xs-api");
    let res = app
        .client
        .post(app.url("/api/v1/petitions/xs/signatures"))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://partner.example")
        .json(&signer(&api))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);

    // One-click unsubscribe (RFC 8058) comes from the mail provider's site.
    let header = mail.header("List-Unsubscribe").unwrap();
    let unsubscribe = app.link(header.trim_matches(['<', '>']));
    app.execute(&format!(
        "UPDATE signatures SET newsletter = TRUE WHERE email = '{same}'"
    ))
    .await;
    let res = app
        .client
        .post(&unsubscribe)
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://mail.example")
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{same}' AND newsletter"
        ))
        .await,
        0
    );
    app.stop().await;
}

/// Pages reached by a secret link are kept in no cache; public pages may be.
async fn secret_link_pages_are_not_cached(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("nostore", "").await;
    let to = unique_email("nostore");
    let res = app
        .post_json("/api/v1/petitions/nostore/signatures", &signer(&to))
        .await;
    assert_eq!(res.status(), 202);
    let mail = &wait_for_mails(&to, 1).await[0];
    for prefix in ["/confirm/", "/my-data/"] {
        let res = app
            .client
            .get(app.link(&mail.link(prefix)))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{prefix}");
        assert_eq!(res.headers()["cache-control"], "no-store", "{prefix}");
    }
    // An organisation's confirmation link too, even one that opens nothing.
    let org = app.get("/organisations/confirm/not-a-token").await;
    assert_eq!(org.headers()["cache-control"], "no-store");
    let public = app.get("/p/nostore").await;
    assert!(public
        .headers()
        .get("cache-control")
        .is_none_or(|v| v != "no-store"));
    app.stop().await;
}

both_engines!(
    secret_link_pages_are_not_cached,
    cross_site_form_posts_are_refused,
    ipv6_clients_in_one_64_share_a_rate_window,
    slow_headers_are_cut_off,
    non_ascii_zip_is_a_field_error,
    smtp_password_without_tls_is_refused,
);
