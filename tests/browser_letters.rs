//! A supporter writes to their members of Congress in headless Chromium: details, a ZIP code that
//! spans two districts, the personalised letters (made ready, never "sent"), changing the details,
//! copying a letter, confirmation by email, and the hand-delivery instructions. Screenshots at
//! phone and desktop width go to target/screenshots/.

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
    b.wait_for(Locator::XPath(&format!("//h1[contains(., '{text}')]")))
        .await;
}

async fn write_to_congress_in_browser(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.target_rule = "us_congress".parse().unwrap();
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
    b.wait_for(Locator::Css("fieldset.choices")).await;
    let html = b.client.source().await.unwrap();
    assert!(html.contains("value=\"350 Fifth Avenue\""));
    b.screenshot(&format!("letter-district-choice-phone-{engine:?}"))
        .await;
    click(&b, "input[name=district][value='NY-12']").await;
    click(&b, "form button[type=submit]").await;

    wait_heading(&b, "Your letters").await;
    // The button says what happens: Congress takes no email, so the letters are made ready.
    let button = b
        .client
        .find(Locator::Css("form[action$='/send'] button[type=submit]"))
        .await
        .unwrap();
    assert_eq!(button.text().await.unwrap(), "Get my letters ready");
    let copy = b
        .client
        .find(Locator::Css("button[data-copy]"))
        .await
        .unwrap();
    assert!(
        copy.is_displayed().await.unwrap(),
        "the copy button shows with JavaScript"
    );
    b.screenshot(&format!("letter-review-top-phone-{engine:?}"))
        .await;

    // "Change my details" goes back to the form, filled in, and on to the same letters, with
    // what was typed into a letter meanwhile.
    b.client
        .find(Locator::Css("[data-testid=letter] textarea"))
        .await
        .unwrap()
        .send_keys(" Typed before going back.")
        .await
        .unwrap();
    click(&b, "[data-testid=change-details]").await;
    b.wait_for(Locator::Id("postcode")).await;
    let city = b.client.find(Locator::Id("city")).await.unwrap();
    assert_eq!(city.prop("value").await.unwrap().unwrap(), "New York");
    city.clear().await.unwrap();
    city.send_keys("Manhattan").await.unwrap();
    click(&b, "form button[type=submit]").await;
    wait_heading(&b, "Your letters").await;
    let block = b
        .client
        .find(Locator::Css("[data-testid=address-block]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(block.contains("Manhattan, NY 10001"), "{block}");
    let letters = b
        .client
        .find_all(Locator::Css("[data-testid=letter] textarea"))
        .await
        .unwrap();
    assert_eq!(letters.len(), 3, "two senators and one House member");
    let first = letters[0].prop("value").await.unwrap().unwrap();
    assert!(first.contains("My family has waited two years for news."));
    assert!(first.contains("Typed before going back."), "{first}");
    letters[0].send_keys(" P.S. Thank you.").await.unwrap();
    b.screenshot(&format!("letter-review-phone-{engine:?}"))
        .await;
    b.client.set_window_size(1280, 2400).await.unwrap();
    b.screenshot(&format!("letter-review-desktop-{engine:?}"))
        .await;
    click(&b, "#consent").await;
    click(&b, "form[action$='/send'] button[type=submit]").await;
    wait_heading(&b, "Check your email").await;

    let mail = &wait_for_mails(&to, 1).await[0];
    b.client
        .goto(&app.link(&mail.link("/letters/confirm/")))
        .await
        .unwrap();
    let confirm = b.client.find(Locator::Css("form button")).await.unwrap();
    assert_eq!(confirm.text().await.unwrap(), "Confirm my letters");
    confirm.click().await.unwrap();
    wait_heading(&b, "Your letters are ready to deliver").await;
    let html = b.client.source().await.unwrap();
    assert_eq!(html.matches("data-testid=\"confirmed-letter\"").count(), 3);
    assert!(
        html.contains("Open the contact form"),
        "Congress takes letters by web form"
    );
    assert!(html.contains("P.S. Thank you."));
    b.screenshot(&format!("letter-confirmed-desktop-{engine:?}"))
        .await;
    b.client.set_window_size(390, 2400).await.unwrap();
    let copies = b
        .client
        .find_all(Locator::Css("button[data-copy]"))
        .await
        .unwrap();
    assert_eq!(copies.len(), 3);
    assert!(copies[0].is_displayed().await.unwrap());
    b.screenshot(&format!("letter-confirmed-phone-{engine:?}"))
        .await;
    // The letters also reach the supporter's inbox, with each office's contact details.
    let pack = &wait_for_mails(&to, 2).await[1];
    assert!(pack.text.contains("phone: 202-"), "{}", pack.text);
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE edited AND state = 'manual'")
            .await,
        1
    );
    b.stop().await;
    app.stop().await;
}

both_engines!(write_to_congress_in_browser);
