//! The embeddable widget on a partner's site (another origin) in headless Chromium: one script tag
//! shows the live count and the sign form; the signature records the partner as its source. Share
//! links carry their channel the same way.

mod common;

use axum::response::Html;
use common::browser::Browser;
use common::*;
use fantoccini::Locator;

/// A partner's page on its own origin, embedding the widget with one script tag.
async fn partner_site(chorus: &str) -> String {
    let html = format!(
        "<!doctype html><title>Partner</title><h1>Our campaign</h1>\
         <script src=\"{chorus}/static/widget.js\" data-chorus-petition=\"p1\" data-partner=\"amnesty-ch\" async></script>"
    );
    let app = axum::Router::new().route("/", axum::routing::get(move || async move { Html(html) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/")
}

async fn widget_on_another_origin(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let partner = partner_site(&app.addr).await;
    assert_ne!(partner, app.url("/"), "a different origin");

    let b = Browser::start().await;
    b.client.goto(&partner).await.unwrap();
    b.wait_for(Locator::Css("iframe")).await;
    b.client.enter_frame(0).await.unwrap();
    let count = b
        .wait_for(Locator::Css("[data-testid=widget-count]"))
        .await
        .text()
        .await
        .unwrap();
    assert!(count.starts_with('0'), "{count}");
    let to = unique_email("widget");
    b.fill("name", "Nadia Rahman").await;
    b.fill("email", &to).await;
    b.select("country", "CH").await;
    b.click("#consent").await;
    b.click("form button[type=submit]").await;
    b.wait_for(Locator::XPath("//p[contains(., 'Check your email')]"))
        .await;
    b.client.enter_parent_frame().await.unwrap();
    b.screenshot(&format!("widget-on-partner-{engine:?}")).await;
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{to}' AND source = 'widget:amnesty-ch' AND signed_via = 'widget'"
        ))
        .await,
        1
    );

    // A share link's channel reaches the signature too.
    b.client
        .goto(&app.url("/p/p1?src=share-whatsapp"))
        .await
        .unwrap();
    let shared = unique_email("shared");
    b.fill("name", "Lucas Silva").await;
    b.fill("email", &shared).await;
    b.select("country", "BR").await;
    b.click("#consent").await;
    b.click("form button[type=submit]").await;
    b.wait_for(Locator::XPath("//h1[normalize-space()='Check your email']"))
        .await;
    b.stop().await;
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{shared}' AND source = 'share-whatsapp'"
        ))
        .await,
        1
    );
    app.stop().await;
}

both_engines!(widget_on_another_origin);
