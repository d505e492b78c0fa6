//! A person signs on the page in headless Chromium, confirms through the emailed link, and sees
//! the count rise. Screenshots at phone and desktop widths go to target/screenshots/.

mod common;

use chorus::db::now_ms;
use chorus::signatures::bulk::{self, BulkSignature};
use common::browser::Browser;
use common::*;
use fantoccini::Locator;

async fn count_on_page(b: &Browser) -> i64 {
    let text = b
        .client
        .find(Locator::Css("[data-testid=count]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.split_whitespace()
        .next()
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap()
}

async fn sign_confirm_in_browser(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let p = app
        .create_petition(
            "browser",
            "title = \"Protect human rights defenders everywhere\"\ntarget = \"UN High Commissioner for Human Rights\"\n\
             summary = \"Speak up for people jailed for defending others.\"\nbody = \"We ask the **High Commissioner** to act.\"\ngoal = 1500",
        )
        .await;
    let seed: Vec<BulkSignature> = (0..240)
        .map(|i| BulkSignature {
            name: format!("Signer{i} Example"),
            email: format!("seed{i}@example.org"),
            country: ["GB", "FR", "DE", "BR", "IN", "KE", "JP"][i % 7].into(),
            postcode: None,
            show_name: i % 4 == 0,
            confirmed_at: now_ms() - (i as i64 % 12) * 86_400_000,
        })
        .collect();
    bulk::insert_confirmed(app.db(), p.id, 1, &seed)
        .await
        .unwrap();

    let b = Browser::start().await;
    b.client.set_window_size(390, 2200).await.unwrap();
    b.client.goto(&app.url("/p/browser")).await.unwrap();
    let before = count_on_page(&b).await;
    assert_eq!(before, 240);
    b.screenshot(&format!("petition-phone-{engine:?}")).await;

    // Submitting an empty form shows each problem next to its field.
    b.client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait_for(Locator::Css("#name-error")).await;
    b.screenshot(&format!("form-errors-phone-{engine:?}")).await;

    let to = unique_email("browser");
    b.client
        .find(Locator::Id("name"))
        .await
        .unwrap()
        .send_keys("Nadia Rahman")
        .await
        .unwrap();
    b.client
        .find(Locator::Id("email"))
        .await
        .unwrap()
        .send_keys(&to)
        .await
        .unwrap();
    b.client
        .find(Locator::Id("country"))
        .await
        .unwrap()
        .select_by_value("FR")
        .await
        .unwrap();
    b.client
        .find(Locator::Css("input[name=show_name]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.client
        .find(Locator::Id("consent"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Wait for the next page itself, not the heading of the page being left.
    b.wait_for(Locator::XPath("//h1[normalize-space()='Check your email']"))
        .await;
    // The page asks to share, each channel's link carrying its source code.
    let mut hrefs = Vec::new();
    for link in b
        .client
        .find_all(Locator::Css("[data-testid=share] a"))
        .await
        .unwrap()
    {
        hrefs.push(link.attr("href").await.unwrap().unwrap_or_default());
    }
    for channel in ["email", "whatsapp", "x", "facebook"] {
        assert!(
            hrefs
                .iter()
                .any(|h| h.contains(&format!("%2Fp%2Fbrowser%3Fsrc%3Dshare%2D{channel}"))),
            "{channel}: {hrefs:?}"
        );
    }
    b.screenshot(&format!("signed-share-phone-{engine:?}"))
        .await;

    let mail = &wait_for_mails(&to, 1).await[0];
    b.client
        .goto(&app.link(&mail.link("/confirm/")))
        .await
        .unwrap();
    // What is being confirmed reads on a phone: values are not squeezed beside long labels.
    let value = b
        .client
        .find(Locator::Css("[data-testid=confirm-details] dd"))
        .await
        .unwrap();
    let (_, _, width, _) = value.rectangle().await.unwrap();
    assert!(width > 250.0, "a value {width} px wide at 390 px");
    b.screenshot(&format!("confirm-details-phone-{engine:?}"))
        .await;
    b.client
        .find(Locator::Css("form button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait_for(Locator::XPath(
        "//h1[contains(., 'your signature is confirmed')]",
    ))
    .await;
    // Confirmed: the moment people care most, so the page asks again, with the same codes.
    let mut shared = Vec::new();
    for link in b
        .client
        .find_all(Locator::Css("[data-testid=share] a"))
        .await
        .unwrap()
    {
        shared.push(link.attr("href").await.unwrap().unwrap_or_default());
    }
    assert!(
        shared
            .iter()
            .any(|h| h.contains("%2Fp%2Fbrowser%3Fsrc%3Dshare%2Dwhatsapp")),
        "{shared:?}"
    );
    b.screenshot(&format!("confirmed-share-phone-{engine:?}"))
        .await;

    b.client.goto(&app.url("/p/browser")).await.unwrap();
    assert_eq!(count_on_page(&b).await, before + 1);
    let recent = b.client.source().await.unwrap();
    assert!(recent.contains("<span>Nadia</span><span>France</span>"));
    b.client.set_window_size(1280, 1600).await.unwrap();
    b.client.goto(&app.url("/p/browser")).await.unwrap();
    b.screenshot(&format!("petition-desktop-{engine:?}")).await;
    b.stop().await;
    app.stop().await;
}

/// With the proof-of-work check on, the page's script solves the challenge and the signature
/// counts; a signature without a solution is held back.
async fn proof_of_work_in_browser(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("pow", "").await;
    app.execute("UPDATE petitions SET pow_required = TRUE")
        .await;
    let b = Browser::start().await;
    b.client.goto(&app.url("/p/pow")).await.unwrap();
    b.wait_for(Locator::Css("form[data-pow-ready=true]")).await;
    let to = unique_email("pow");
    for (id, text) in [("name", "Ada Lovelace"), ("email", to.as_str())] {
        b.client
            .find(Locator::Id(id))
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }
    b.client
        .find(Locator::Id("country"))
        .await
        .unwrap()
        .select_by_value("GB")
        .await
        .unwrap();
    b.client
        .find(Locator::Id("consent"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait_for(Locator::XPath("//h1[normalize-space()='Check your email']"))
        .await;
    b.stop().await;
    let unsolved = unique_email("nopow");
    let res = app
        .post_json("/api/v1/petitions/pow/signatures", &signer(&unsolved))
        .await;
    assert_eq!(res.status(), 202, "held back silently");
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{to}' AND flag IS NULL"
        ))
        .await,
        1,
        "the browser solved the challenge"
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM signatures WHERE email = '{unsolved}' AND flag = 'no_pow'"
        ))
        .await,
        1
    );
    app.stop().await;
}

/// A closing time is written in UTC by the server and shown by the browser in its own time zone,
/// in the page's language.
async fn closing_time_in_the_readers_zone(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("tz", "closes_at = \"2036-11-30T15:00:00Z\"")
        .await;
    let html = app.get("/p/tz?lang=fr").await.text().await.unwrap();
    assert!(
        html.contains("30 novembre 2036"),
        "server text in UTC: {html}"
    );

    let b = Browser::start_in_zone("Asia/Tokyo").await;
    b.client.goto(&app.url("/p/tz?lang=fr")).await.unwrap();
    let shown = b
        .client
        .find(Locator::Css("time[data-local]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // 15:00 UTC is midnight the next day in Tokyo.
    assert!(
        shown.contains("1 décembre 2036") && shown.contains("00:00"),
        "{shown}"
    );
    b.stop().await;
    app.stop().await;
}

/// A rejected form comes back at the form, not at the top of the page: on a phone and on a
/// desktop the error summary is in view (and focused) right after submitting.
async fn rejected_form_comes_back_in_view(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let body = "A long case for the petition, paragraph after paragraph.\n\n".repeat(40);
    app.create_petition("long", &format!("body = {body:?}"))
        .await;
    let b = Browser::start().await;
    for (width, height, name) in [(390, 844, "phone"), (1280, 900, "desktop")] {
        b.client.set_window_size(width, height).await.unwrap();
        b.client.goto(&app.url("/p/long")).await.unwrap();
        b.fill("name", "Ada Lovelace").await;
        b.fill("email", "ada@@example").await;
        b.select("country", "GB").await;
        b.click("#consent").await;
        b.click("form button[type=submit]").await;
        b.wait_for(Locator::Css("[data-testid=errors-summary]"))
            .await;
        let seen = b
            .client
            .execute(
                "const e = document.querySelector('[data-testid=errors-summary]');\
                 const r = e.getBoundingClientRect();\
                 return [r.top, r.bottom, window.innerHeight, document.activeElement === e, location.hash];",
                vec![],
            )
            .await
            .unwrap();
        let shot = b
            .screenshot(&format!("form-error-in-view-{name}-{engine:?}"))
            .await;
        let (top, bottom, inner) = (
            seen[0].as_f64().unwrap(),
            seen[1].as_f64().unwrap(),
            seen[2].as_f64().unwrap(),
        );
        assert!(
            top >= 0.0 && bottom <= inner,
            "{name}: summary at {top}..{bottom}, viewport {inner} ({})",
            shot.display()
        );
        assert_eq!(seen[3], true, "{name}: the summary has focus");
        assert_eq!(seen[4], "#sign", "{name}");
        let summary = b
            .client
            .find(Locator::Css(
                "[data-testid=errors-summary] a[href='#email']",
            ))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(summary, "Please enter a valid email address.");
    }
    // A likely typo in the domain comes back at the form too, the suggestion beside the field.
    b.client.set_window_size(390, 844).await.unwrap();
    b.client.goto(&app.url("/p/long")).await.unwrap();
    b.fill("name", "Ada Lovelace").await;
    b.fill("email", "ada@gmial.com").await;
    b.select("country", "GB").await;
    b.click("#consent").await;
    b.click("form button[type=submit]").await;
    b.wait_for(Locator::Css("[data-testid=email-suggestion]"))
        .await;
    let seen = b
        .client
        .execute(
            "const r = document.querySelector('[data-testid=email-suggestion]').getBoundingClientRect();\
             return [r.top, r.bottom, window.innerHeight];",
            vec![],
        )
        .await
        .unwrap();
    let shot = b
        .screenshot(&format!("email-suggestion-phone-{engine:?}"))
        .await;
    let (top, bottom, inner) = (
        seen[0].as_f64().unwrap(),
        seen[1].as_f64().unwrap(),
        seen[2].as_f64().unwrap(),
    );
    assert!(
        top >= 0.0 && bottom <= inner,
        "suggestion at {top}..{bottom}, viewport {inner} ({})",
        shot.display()
    );
    b.stop().await;
    app.stop().await;
}

both_engines!(
    rejected_form_comes_back_in_view,
    sign_confirm_in_browser,
    proof_of_work_in_browser,
    closing_time_in_the_readers_zone
);
