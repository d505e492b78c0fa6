//! The event widget on a partner's site (another origin) in headless Chromium: one script tag
//! frames the registration form, the page's script solves the event's proof of work, and the
//! registration is taken (its confirmation email sent) with the widget as where it came from.

mod common;

use axum::response::Html;
use common::browser::Browser;
use common::*;
use fantoccini::Locator;

/// A partner's page on its own origin, embedding the event widget with one script tag.
async fn partner_site(chorus: &str) -> String {
    let html = format!(
        "<!doctype html><title>Partner</title><h1>Join us</h1>\
         <script src=\"{chorus}/static/widget.js\" data-chorus-event=\"framed\" async></script>"
    );
    let app = axum::Router::new().route("/", axum::routing::get(move || async move { Html(html) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/")
}

async fn event_widget_registers_with_proof_of_work(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let start = chorus::db::now_ms() + 3 * 86_400_000;
    let iso = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .unwrap()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    let text = format!(
        "slug = \"framed\"\ntitle = \"Framed side event\"\ntime_zone = \"Europe/Zurich\"\nonline = true\n\
         state = \"open\"\npow_required = true\nstarts_at = \"{}\"\nends_at = \"{}\"\n",
        iso(start),
        iso(start + 3_600_000)
    );
    let spec = chorus::events::EventSpec::from_toml(&text).unwrap();
    chorus::events::save(app.db(), &app.state.settings, &spec)
        .await
        .unwrap();
    let partner = partner_site(&app.addr).await;

    let b = Browser::start().await;
    b.client.goto(&partner).await.unwrap();
    b.wait_for(Locator::Css("iframe")).await;
    b.client.enter_frame(0).await.unwrap();
    let to = unique_email("event-widget");
    b.fill("name", "Nadia Rahman").await;
    b.fill("email", &to).await;
    b.select("country", "CH").await;
    b.click("#consent").await;
    // The button is enabled once the proof of work is solved.
    b.wait_for(Locator::Css("form button[type=submit]:not([disabled])"))
        .await;
    b.click("form button[type=submit]").await;
    b.wait_for(Locator::Css("p.success")).await;
    b.client.enter_parent_frame().await.unwrap();
    b.screenshot(&format!("event-widget-on-partner-{engine:?}"))
        .await;
    b.stop().await;
    wait_for_mail(&to, |m| m.text.contains("/events/confirm/")).await;
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM event_registrations WHERE email = '{to}' AND signed_via = 'widget' AND flag IS NULL"
        ))
        .await,
        1
    );
    app.stop().await;
}

both_engines!(event_widget_registers_with_proof_of_work);
