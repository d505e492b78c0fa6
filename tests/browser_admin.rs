//! A campaigner in headless Chromium: signs in, creates and opens a petition, sees a signature
//! arrive, exports counts and signatures, and signs out. Screenshots go to target/screenshots/.

mod common;

use common::browser::Browser;
use common::*;
use fantoccini::Locator;

async fn fill(b: &Browser, id: &str, text: &str) {
    let el = b.client.find(Locator::Id(id)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

async fn click(b: &Browser, css: &str) {
    b.client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn wait_text(b: &Browser, xpath: &str) {
    b.wait_for(Locator::XPath(xpath)).await;
}

/// Fetches a same-origin URL from inside the page (so the session cookie is used) and returns the body.
async fn fetch_text(b: &Browser, path: &str) -> String {
    let v = b
        .client
        .execute(
            "return fetch(arguments[0]).then(r => r.text());",
            vec![serde_json::json!(path)],
        )
        .await
        .unwrap();
    v.as_str().unwrap().to_owned()
}

async fn campaigner_flow(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    chorus::users::upsert_admin(
        app.db(),
        "staff@example.org",
        "correct horse battery",
        "campaigner",
    )
    .await
    .unwrap();
    let b = Browser::start().await;
    b.client.set_window_size(1280, 1000).await.unwrap();

    b.client.goto(&app.url("/admin")).await.unwrap();
    wait_text(&b, "//h1[normalize-space()='Staff sign in']").await;
    fill(&b, "email", "staff@example.org").await;
    fill(&b, "password", "correct horse battery").await;
    click(&b, "form button[type=submit]").await;
    wait_text(&b, "//h1[normalize-space()='Campaigns']").await;

    click(&b, "a[href='/admin/petitions/new']").await;
    wait_text(&b, "//h1[normalize-space()='New petition']").await;
    fill(&b, "slug", "clean-rivers").await;
    fill(&b, "title", "Clean rivers now").await;
    fill(&b, "target", "Minister for the Environment").await;
    fill(&b, "summary", "Stop sewage discharges into our rivers.").await;
    fill(
        &b,
        "body",
        "Rivers are **ours**.\n\n- no discharges\n- public monitoring",
    )
    .await;
    fill(&b, "goal", "100").await;
    click(&b, "button[value=preview]").await;
    wait_text(&b, "//section[@aria-label='Preview']//strong[.='ours']").await;
    click(&b, "button[value=save]").await;
    wait_text(&b, "//h1[normalize-space()='Clean rivers now']").await;
    click(&b, "form[action$='/state'] input[value=open] ~ button").await;
    wait_text(
        &b,
        "//span[contains(@class,'badge') and normalize-space()='open']",
    )
    .await;

    // A supporter signs and confirms (over HTTP, as their phone would).
    let to = unique_email("river");
    let res = app.post_json("/api/v1/petitions/clean-rivers/signatures", &serde_json::json!({"name": "Rita Ng", "email": to, "country": "GB", "postcode": "M1 1AE", "consent": true})).await;
    assert_eq!(res.status(), 202);
    let link = app.link(&wait_for_mails(&to, 1).await[0].link("/confirm/"));
    app.client.post(link).send().await.unwrap();

    b.client.goto(&app.url("/admin")).await.unwrap();
    let cell = b
        .client
        .find(Locator::Css("[data-testid=confirmed-clean-rivers]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(cell, "1");
    b.screenshot(&format!("admin-dashboard-{engine:?}")).await;
    b.client
        .goto(&app.url("/admin/petitions/clean-rivers"))
        .await
        .unwrap();
    let count = b
        .client
        .find(Locator::Css("[data-testid=admin-count]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(count.starts_with("1 confirmed"), "{count}");
    b.screenshot(&format!("admin-petition-{engine:?}")).await;
    // On a phone the page keeps the screen's width: wide tables scroll in their own box.
    b.client.set_window_size(390, 844).await.unwrap();
    let fits = b
        .client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    b.screenshot(&format!("admin-petition-phone-{engine:?}"))
        .await;
    assert_eq!(
        fits,
        serde_json::json!(true),
        "the page is wider than the phone"
    );
    b.client.set_window_size(1280, 1000).await.unwrap();

    // The same page in German: labels, state and country names follow the language.
    b.client
        .goto(&app.url("/admin/petitions/clean-rivers?lang=de"))
        .await
        .unwrap();
    wait_text(&b, "//h2[normalize-space()='Nach Land']").await;
    wait_text(&b, "//span[.='Vereinigtes Königreich']").await;
    wait_text(&b, "//a[normalize-space()='Papierunterschriften']").await;
    b.screenshot(&format!("admin-petition-de-{engine:?}")).await;
    b.client.goto(&app.url("/admin?lang=en")).await.unwrap();
    wait_text(&b, "//h1[normalize-space()='Campaigns']").await;

    let counts = fetch_text(&b, "/admin/petitions/clean-rivers/export/counts.csv").await;
    assert!(
        counts.contains("total,confirmed,1") && counts.contains("country,GB,1"),
        "{counts}"
    );
    let sigs = fetch_text(&b, "/admin/petitions/clean-rivers/export/signatures.csv").await;
    assert!(sigs.contains(&format!("Rita Ng,{to},GB,M1 1AE")), "{sigs}");

    click(&b, "button.link").await;
    wait_text(&b, "//h1[normalize-space()='Staff sign in']").await;
    b.client.goto(&app.url("/admin")).await.unwrap();
    wait_text(&b, "//h1[normalize-space()='Staff sign in']").await;
    b.stop().await;
    app.stop().await;
}

both_engines!(campaigner_flow);
