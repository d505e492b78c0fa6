//! Staff give a petition a picture through the admin form in headless Chromium; the petition page
//! and the list show it, at phone and desktop widths, without spilling out of the page.
//! Screenshots go to target/screenshots/.

mod common;

use common::browser::Browser;
use common::*;
use fantoccini::Locator;

async fn fill(b: &Browser, id: &str, text: &str) {
    let el = b.client.find(Locator::Id(id)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// (natural width, shown width, page width) of the first element matching `css`.
async fn widths(b: &Browser, css: &str) -> (f64, f64, f64) {
    let v = b
        .client
        .execute(
            "const i = document.querySelector(arguments[0]); \
             return [i.naturalWidth, i.getBoundingClientRect().right, document.documentElement.clientWidth, document.documentElement.scrollWidth];",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    let n: Vec<f64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect();
    assert!(n[3] <= n[2], "no sideways scrolling: {n:?}");
    (n[0], n[1], n[2])
}

async fn image_through_admin_form(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition(
        "clean-rivers",
        "title = \"Clean rivers now\"\ntarget = \"Minister for the Environment\"\nsummary = \"Stop sewage discharges into our rivers.\"",
    )
    .await;
    app.create_petition("quiet-streets", "title = \"Quiet streets at night\"")
        .await;
    chorus::users::upsert_admin(
        app.db(),
        "staff@example.org",
        "correct horse battery",
        "campaigner",
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rivers.png");
    std::fs::write(&file, chorus::images::art::demo_png(1)).unwrap();

    let b = Browser::start().await;
    b.client.set_window_size(1280, 1000).await.unwrap();
    b.client.goto(&app.url("/admin/login")).await.unwrap();
    fill(&b, "email", "staff@example.org").await;
    fill(&b, "password", "correct horse battery").await;
    b.click("form button[type=submit]").await;
    b.wait_for(Locator::XPath("//h1[normalize-space()='Campaigns']"))
        .await;
    b.client
        .goto(&app.url("/admin/petitions/clean-rivers"))
        .await
        .unwrap();
    let input = b.client.find(Locator::Id("image-file")).await.unwrap();
    input.send_keys(&file.display().to_string()).await.unwrap();
    fill(&b, "image-alt-new", "Children crossing a road").await;
    b.click("form[enctype='multipart/form-data'] button[type=submit]")
        .await;
    b.wait_for(Locator::Css("[data-testid=admin-image]")).await;
    let shown = b
        .client
        .execute(
            "document.getElementById('image').scrollIntoView(); return document.querySelector('[data-testid=admin-image]').naturalWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert!(shown.as_f64().unwrap() > 0.0, "staff see the new image");
    b.screenshot(&format!("image-admin-1280-{engine:?}")).await;

    for width in [390u32, 1280] {
        b.client.set_window_size(width, 1400).await.unwrap();
        b.client.goto(&app.url("/p/clean-rivers")).await.unwrap();
        let og = b
            .client
            .execute(
                "return document.querySelector('meta[property=\"og:image\"]').content;",
                vec![],
            )
            .await
            .unwrap();
        let og = og.as_str().unwrap().to_owned();
        assert!(og.starts_with(&format!("{BASE_URL}/images/")), "{og}");
        let (natural, right, page) = widths(&b, "img[data-testid=petition-image]").await;
        assert!(natural > 0.0, "the image loaded");
        assert!(right <= page, "the image fits the page at {width} px");
        let alt = b
            .client
            .find(Locator::Css("img[data-testid=petition-image]"))
            .await
            .unwrap()
            .attr("alt")
            .await
            .unwrap();
        assert_eq!(alt.as_deref(), Some("Children crossing a road"));
        b.screenshot(&format!("image-petition-{width}-{engine:?}"))
            .await;

        b.client.goto(&app.url("/")).await.unwrap();
        let (natural, right, page) = widths(&b, "img[data-testid=petition-image]").await;
        assert!(natural > 0.0 && right <= page, "list image at {width} px");
        let signs = b
            .client
            .find_all(Locator::Css("[data-testid=petition-sign]"))
            .await
            .unwrap();
        assert_eq!(signs.len(), 2, "a Sign button for each open petition");
        b.screenshot(&format!("image-index-{width}-{engine:?}"))
            .await;
    }
    b.stop().await;
    app.stop().await;
}

/// The demo's list: every petition with its drawn picture, count and Sign button.
async fn demo_index_shows_pictures(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    chorus::demo::seed(app.db()).await.unwrap();
    let b = Browser::start().await;
    for width in [390u32, 1280] {
        b.client.set_window_size(width, 1600).await.unwrap();
        b.client.goto(&app.url("/")).await.unwrap();
        // Pictures load after the page: wait for both (or the deadline), then check.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let loaded = loop {
            let loaded = b
                .client
                .execute(
                    "return [...document.querySelectorAll('img[data-testid=petition-image]')].filter(i => i.complete && i.naturalWidth > 0 && i.alt.length > 0).length;",
                    vec![],
                )
                .await
                .unwrap();
            if loaded.as_i64() == Some(2) || std::time::Instant::now() > deadline {
                break loaded;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        };
        assert_eq!(
            loaded.as_i64(),
            Some(2),
            "both demo pictures shown, described"
        );
        widths(&b, "img[data-testid=petition-image]").await;
        b.screenshot(&format!("image-demo-index-{width}-{engine:?}"))
            .await;
    }
    b.stop().await;
    app.stop().await;
}

both_engines!(image_through_admin_form, demo_index_shows_pictures);
