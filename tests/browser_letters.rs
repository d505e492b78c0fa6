//! A supporter writes to their members of Congress in headless Chromium: details, a ZIP code that
//! spans two districts, the personalised letters, confirmation by email, and the hand-delivery
//! instructions. Screenshots at phone width go to target/screenshots/.

mod common;

use chorus::letters::{self, targets, CampaignSpec};
use common::browser::Browser;
use common::*;
use fantoccini::Locator;

async fn fill(b: &Browser, id: &str, text: &str) {
    b.client
        .find(Locator::Id(id))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
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

async fn wait_heading(b: &Browser, text: &str) {
    b.client
        .wait()
        .for_element(Locator::XPath(&format!("//h1[contains(., '{text}')]")))
        .await
        .unwrap();
}

async fn write_to_congress_in_browser(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.target_rule = "us_congress".into();
    spec.window_start_hour = 0;
    spec.window_end_hour = 24;
    letters::save_campaign(app.db(), &spec).await.unwrap();
    let path = format!("/l/{}", spec.slug);

    let b = Browser::start().await;
    b.client.set_window_size(390, 2400).await.unwrap();
    b.client.goto(&app.url(&path)).await.unwrap();
    b.screenshot(&format!("letter-details-phone-{engine:?}"))
        .await;

    let to = unique_email("browser-letter");
    fill(&b, "name", "Grace Hopper").await;
    fill(&b, "email", &to).await;
    fill(&b, "address", "350 Fifth Avenue").await;
    fill(&b, "city", "New York").await;
    b.client
        .find(Locator::Id("country"))
        .await
        .unwrap()
        .select_by_value("US")
        .await
        .unwrap();
    fill(&b, "postcode", "10001").await;
    fill(
        &b,
        "personal_message",
        "My family has waited two years for news.",
    )
    .await;
    click(&b, "form button[type=submit]").await;

    // 10001 spans two districts: the page asks, keeping everything typed.
    b.client
        .wait()
        .for_element(Locator::Css("fieldset.choices"))
        .await
        .unwrap();
    let html = b.client.source().await.unwrap();
    assert!(html.contains("value=\"350 Fifth Avenue\""));
    b.screenshot(&format!("letter-district-choice-phone-{engine:?}"))
        .await;
    click(&b, "input[name=district][value='NY-12']").await;
    click(&b, "form button[type=submit]").await;

    wait_heading(&b, "Your letters").await;
    let letters = b
        .client
        .find_all(Locator::Css("[data-testid=letter] textarea"))
        .await
        .unwrap();
    assert_eq!(letters.len(), 3, "two senators and one House member");
    let first = letters[0].prop("value").await.unwrap().unwrap();
    assert!(first.contains("My family has waited two years for news."));
    letters[0].send_keys(" P.S. Thank you.").await.unwrap();
    b.screenshot(&format!("letter-review-phone-{engine:?}"))
        .await;
    click(&b, "#consent").await;
    click(&b, "form button[type=submit]").await;
    wait_heading(&b, "Check your email").await;

    let mail = &wait_for_mails(&to, 1).await[0];
    b.client
        .goto(&app.link(&mail.link("/letters/confirm/")))
        .await
        .unwrap();
    click(&b, "form button").await;
    wait_heading(&b, "Your letters are confirmed").await;
    let html = b.client.source().await.unwrap();
    assert_eq!(html.matches("data-testid=\"confirmed-letter\"").count(), 3);
    assert!(
        html.contains("Open the contact form"),
        "Congress takes letters by web form"
    );
    assert!(html.contains("P.S. Thank you."));
    b.screenshot(&format!("letter-confirmed-phone-{engine:?}"))
        .await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE edited AND state = 'manual'")
            .await,
        1
    );
    b.stop().await;
    app.stop().await;
}

both_engines!(write_to_congress_in_browser);
