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

both_engines!(
    slow_headers_are_cut_off,
    non_ascii_zip_is_a_field_error,
    smtp_password_without_tls_is_refused,
);
