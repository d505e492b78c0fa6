//! In headless Chromium with the reader's own time zone: an event on 2036-01-15 at 15:00 in
//! Zurich shows 09:00 to a reader in New York and 22:00 to one in Taipei, next to the organisers'
//! line of zones worked out on the server; the registration form carries the reader's zone, so
//! their emails give times in it. Screenshots go to target/screenshots/.

mod common;

use common::browser::Browser;
use common::*;
use fantoccini::Locator;

const EVENT: &str = r#"slug = "tz"
title = "Side event across time zones"
summary = "Moderation, speeches, then questions and answers."
body = "1. Moderation\n2. Speeches\n3. Q&A"
starts_at = "2036-01-15T15:00:00+01:00"
ends_at = "2036-01-15T16:30:00+01:00"
time_zone = "Europe/Zurich"
show_zones = ["Geneva=Europe/Zurich", "New York=America/New_York", "Taipei=Asia/Taipei"]
online = true
join_url = "https://meet.example.org/tz-room"
price = "Free"
audience = "Open to everyone"
capacity = 50
state = "open"
"#;

/// The reader's own time, once the page's script has written it.
async fn local_time(b: &Browser, want: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let el = b
            .client
            .find(Locator::Css("time[data-local-clock]"))
            .await
            .unwrap();
        let text = el.text().await.unwrap();
        if text.contains(want) || std::time::Instant::now() > deadline {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn times_follow_the_readers_zone(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let spec = chorus::events::EventSpec::from_toml(EVENT).unwrap();
    chorus::events::save(app.db(), &app.state.settings, &spec)
        .await
        .unwrap();
    let html = app.get("/e/tz").await.text().await.unwrap();
    assert!(
        html.contains("Geneva 15:00 · New York 09:00 · Taipei 22:00"),
        "the organisers' zones, from the server: {html}"
    );

    for (zone, want, shot) in [
        ("America/New_York", "09:00", "event-new-york"),
        ("Asia/Taipei", "22:00", "event-taipei"),
    ] {
        let b = Browser::start_in_zone(zone).await;
        b.client.goto(&app.url("/e/tz")).await.unwrap();
        let shown = local_time(&b, want).await;
        assert!(
            shown.contains(want) && shown.contains("2036"),
            "{zone}: {shown}"
        );
        let own = b
            .client
            .find(Locator::Css("[data-testid=event-time]"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(own.contains("15:00"), "the event's own time stays: {own}");
        b.screenshot(shot).await;

        if zone == "America/New_York" {
            // Registering from this browser records the reader's zone for their emails.
            let email = unique_email("tz");
            b.fill("name", "Grace Hopper").await;
            b.fill("email", &email).await;
            b.select("country", "US").await;
            b.click("#consent").await;
            b.click("form button[type=submit]").await;
            let mail = wait_for_mail(&email, |m| m.text.contains("/events/confirm/")).await;
            assert!(mail.text.contains("09:00"), "{}", mail.text);
            b.screenshot("event-registered").await;
            let stored = match app.db() {
                chorus::db::Db::Sqlite(p) => {
                    sqlx::query_scalar::<_, String>("SELECT time_zone FROM event_registrations")
                        .fetch_one(p)
                        .await
                        .unwrap()
                }
                chorus::db::Db::Postgres(p) => {
                    sqlx::query_scalar::<_, String>("SELECT time_zone FROM event_registrations")
                        .fetch_one(p)
                        .await
                        .unwrap()
                }
            };
            assert_eq!(stored, "America/New_York");
        }
        b.stop().await;
    }
    app.stop().await;
}

both_engines!(times_follow_the_readers_zone);
