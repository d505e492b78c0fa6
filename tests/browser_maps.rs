//! In headless Chromium: signatures from one address beyond the per-minute allowance are held
//! back, confirmed by their emails, released by staff on the review page, and the public count
//! rises; the petition page's map and chart fit a phone and a desktop. Screenshots go to
//! target/screenshots/.

mod common;

use chorus::signatures::bulk::{self, BulkSignature};
use common::browser::Browser;
use common::*;
use fantoccini::Locator;

async fn fill(b: &Browser, id: &str, text: &str) {
    let el = b.client.find(Locator::Id(id)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// The text of `css` once it is there; a page still being replaced (after a click) is read again.
async fn text_of(b: &Browser, css: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Ok(el) = b.client.find(Locator::Css(css)).await {
            if let Ok(text) = el.text().await {
                return text;
            }
        }
        assert!(std::time::Instant::now() < deadline, "{css} never showed");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// How many elements match `css`, once that is `n` (or fails after a while).
async fn wait_count(b: &Browser, css: &str, n: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let found = b.client.find_all(Locator::Css(css)).await.map(|v| v.len());
        if found.as_ref().ok() == Some(&n) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{css}: {found:?}, not {n}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Scrolls the section holding `css` to the top of the viewport and saves a screenshot.
async fn shot_of(b: &Browser, css: &str, name: &str) {
    b.client
        .execute(
            "const el = document.querySelector(arguments[0]).closest('section');\
             window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8);",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    b.screenshot(name).await;
}

/// Waits until a `<use>` of the outline file has been fetched and drawn (its box has an area).
async fn drawn(b: &Browser, css: &str) {
    for _ in 0..100 {
        let v = b
            .client
            .execute(
                "const r = document.querySelector(arguments[0]).getBBox(); return r.width * r.height;",
                vec![serde_json::json!(css)],
            )
            .await
            .unwrap();
        if v.as_f64().unwrap_or(0.0) > 1.0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{css} was never drawn: the outline file did not load");
}

/// Whether the page scrolls sideways, and whether `css` sticks out of the viewport.
async fn overflows(b: &Browser, css: &str) -> (bool, bool) {
    let v = b
        .client
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();\
             return [document.documentElement.scrollWidth > window.innerWidth, r.right > window.innerWidth + 0.5];",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    (v[0].as_bool().unwrap(), v[1].as_bool().unwrap())
}

async fn release_held_back_and_count_rises(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        // Rate limits apply to this machine's address here, as to any client.
        s.abuse.allow_ips = Vec::new();
        s.abuse.ip_burst_max = 2;
    })
    .await;
    let p = app.create_petition("rivers", "").await;
    // Earlier signers from elsewhere, so the map and chart have something to show.
    let earlier: Vec<BulkSignature> = [
        ("US", 40),
        ("BR", 12),
        ("IN", 6),
        ("FR", 25),
        ("DE", 9),
        ("AU", 3),
        ("KE", 1),
    ]
    .iter()
    .flat_map(|(c, n)| (0..*n).map(move |i| (*c, i)))
    .enumerate()
    .map(|(k, (c, i))| BulkSignature {
        name: format!("Earlier {k}"),
        email: format!("earlier{k}@example.org"),
        country: c.into(),
        postcode: None,
        show_name: false,
        confirmed_at: chorus::db::now_ms() - (i as i64 % 9) * 86_400_000,
    })
    .collect();
    let earlier_n = earlier.len() as i64;
    bulk::insert_confirmed(app.db(), p.id, 1, &earlier)
        .await
        .unwrap();

    // Four people behind one address sign within the minute: two are over the allowance.
    let signers: Vec<String> = (0..4).map(|i| unique_email(&format!("flat{i}"))).collect();
    for to in &signers {
        let body = serde_json::json!({"name": "Flat Mate", "email": to, "country": "GB",
            "postcode": "M1 1AE", "consent": true});
        let res = app
            .post_json("/api/v1/petitions/rivers/signatures", &body)
            .await;
        assert_eq!(res.status(), 202);
    }
    for to in &signers {
        let link = app.link(&wait_for_mails(to, 1).await[0].link("/confirm/"));
        assert_eq!(app.client.post(link).send().await.unwrap().status(), 200);
    }
    assert_eq!(
        app.api_count("rivers").await,
        earlier_n + 2,
        "two held back"
    );

    chorus::users::upsert_admin(
        app.db(),
        "staff@example.org",
        "correct horse battery",
        "owner",
    )
    .await
    .unwrap();
    let spec: chorus::letters::CampaignSpec = toml::from_str(
        "slug = \"roads\"\ntitle = \"Write to the board about the roads\"\nstate = \"open\"\n\
         target_rule = \"body\"\ntarget_body = \"Road Board\"\nsubjects = [\"Fix the road\"]\n\
         template = \"Please fix the road.\"\n",
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &spec)
        .await
        .unwrap();
    let b = Browser::start().await;
    b.client.set_window_size(1280, 1000).await.unwrap();
    b.client.goto(&app.url("/admin/login")).await.unwrap();
    fill(&b, "email", "staff@example.org").await;
    fill(&b, "password", "correct horse battery").await;
    b.click("form button[type=submit]").await;
    assert_eq!(text_of(&b, "[data-testid=held-rivers]").await, "2");
    assert_eq!(text_of(&b, "[data-testid=letters-held-roads]").await, "0");
    b.screenshot(&format!("maps-dashboard-{engine:?}")).await;

    b.client
        .goto(&app.url("/admin/petitions/rivers/review"))
        .await
        .unwrap();
    for left in [1, 0] {
        b.click("[data-testid=held-row] button[value=release]")
            .await;
        wait_count(&b, "[data-testid=held-row]", left).await;
        text_of(&b, "[data-testid=notice]").await;
    }
    b.screenshot(&format!("maps-review-released-{engine:?}"))
        .await;

    b.client.goto(&app.url("/p/rivers")).await.unwrap();
    let total = earlier_n + 4;
    assert_eq!(
        text_of(&b, "[data-testid=count]").await.split(' ').next(),
        Some(total.to_string().as_str()),
        "the released signatures count publicly"
    );
    let gb = b
        .client
        .find(Locator::Css("svg.map use[data-code=GB]"))
        .await
        .unwrap();
    assert_ne!(gb.attr("class").await.unwrap().as_deref(), Some("m0"));
    drawn(&b, "svg.map use[data-code=GB]").await;
    drawn(&b, "svg.map use.base").await;

    for (w, h) in [(1280, 900), (390, 844)] {
        b.client.set_window_size(w, h).await.unwrap();
        b.client.refresh().await.unwrap();
        text_of(&b, "[data-testid=count]").await;
        assert_eq!(overflows(&b, "svg.map").await, (false, false), "map at {w}");
        assert_eq!(
            overflows(&b, "svg.chart").await,
            (false, false),
            "chart at {w}"
        );
        shot_of(&b, "svg.map", &format!("maps-petition-map-{w}-{engine:?}")).await;
        shot_of(
            &b,
            "svg.chart",
            &format!("maps-petition-chart-{w}-{engine:?}"),
        )
        .await;
    }
    // The delivery pack, as staff print it: the map above the country table.
    b.client.set_window_size(1280, 900).await.unwrap();
    b.client
        .goto(&app.url("/admin/petitions/rivers/delivery"))
        .await
        .unwrap();
    assert!(text_of(&b, "[data-testid=delivery-map] + table")
        .await
        .contains("Brazil"));
    shot_of(&b, "svg.map", &format!("maps-delivery-1280-{engine:?}")).await;
    b.client.set_window_size(390, 844).await.unwrap();

    // A petition open to the US only: a map by state, from the signers' ZIP codes.
    let us = app
        .create_petition("us-roads", "allowed_countries = [\"US\"]")
        .await;
    // Five or more a state to be shown (fewer are only counted together).
    let zips = [
        "02139", "02139", "02139", "02139", "02139", "02139", "10001", "10001", "10001", "10001",
        "10001", "94103", "60601", "73301",
    ];
    let rows: Vec<BulkSignature> = zips
        .iter()
        .enumerate()
        .map(|(k, zip)| BulkSignature {
            name: format!("Roads {k}"),
            email: format!("roads{k}@example.org"),
            country: "US".into(),
            postcode: Some((*zip).into()),
            show_name: false,
            confirmed_at: chorus::db::now_ms(),
        })
        .collect();
    bulk::insert_confirmed(app.db(), us.id, 1, &rows)
        .await
        .unwrap();
    b.client.goto(&app.url("/p/us-roads")).await.unwrap();
    let ma = b
        .client
        .find(Locator::Css("svg.map use[data-code=MA]"))
        .await
        .unwrap();
    assert_eq!(ma.attr("class").await.unwrap().as_deref(), Some("m5"));
    drawn(&b, "svg.map use[data-code=MA]").await;
    assert_eq!(
        overflows(&b, "svg.map").await,
        (false, false),
        "state map at 390"
    );
    shot_of(&b, "svg.map", &format!("maps-us-states-390-{engine:?}")).await;
    b.stop().await;
    app.stop().await;
}

both_engines!(release_held_back_and_count_rises);
