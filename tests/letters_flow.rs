//! Letter campaigns say what really happens: members of Congress take no email, so the supporter
//! gets their letters ready (never "sent") and receives them by email with each office's contact
//! details; a repeat gets its letters again, within the caps; ZIP codes that cross state or
//! district lines, DC, at-large seats and members without a contact form read plainly.

mod common;

use chorus::letters::{self, targets, CampaignSpec};
use common::*;

/// The demo's "Contact your Senator" campaign, open around the clock, with another rule if asked.
async fn demo_campaign(app: &TestApp, slug: &str, rule: &str) {
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.slug = slug.into();
    spec.target_rule = rule.parse().unwrap();
    spec.window_start_hour = 0;
    spec.window_end_hour = 24;
    letters::save_campaign(app.db(), &spec).await.unwrap();
}

fn details<'a>(email: &'a str, zip: &'a str, city: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Grace Hopper"),
        ("email", email),
        ("address", "1 Church Street"),
        ("city", city),
        ("country", "US"),
        ("postcode", zip),
        ("personal_message", "This matters to my family."),
    ]
}

async fn page(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

/// (contact form, phone, postal address) of each active member of `body` for `state`.
async fn offices(app: &TestApp, body: &str, state: &str) -> Vec<(String, String, String)> {
    chorus::on_db!(app.db(), targets::sql, members(body, Some(state), None))
        .unwrap()
        .into_iter()
        .map(|t| (t.contact_url.unwrap_or_default(), t.phone, t.postal_address))
        .collect()
}

async fn congress_letters_are_made_ready_and_emailed(engine: Engine) {
    // Two emails per address and campaign: the confirmation and one "already wrote".
    let app = TestApp::spawn_with(engine, |s| s.signing.max_emails_per_signature = 2).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    demo_campaign(&app, "senate", "us_senators").await;

    // One country: preselected; a US address has a state field.
    let (_, html) = page(app.get("/l/senate").await).await;
    assert!(
        html.contains("<option value=\"US\" selected>"),
        "US preselected"
    );
    assert!(html.contains("id=\"state\""), "a state field");

    let to = unique_email("ready");
    let mut form = details(&to, "05401", "Burlington");
    form.push(("state", "VT"));
    let (status, html) = page(app.post_form("/l/senate/write", &form).await).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Get my letters ready"), "{html}");
    assert!(!html.contains("Send my letters"));
    assert!(html.contains("Change my details") && html.contains("data-copy=\"body_"));
    assert!(
        html.contains("Burlington, VT 05401"),
        "the address block reads like a US postal address"
    );
    assert!(html.contains("(Vermont)"), "state names, not codes");

    // "Change my details" brings the filled-in form back.
    let (status, back) = page(app.post_form("/l/senate/details", &form).await).await;
    assert_eq!(status, 200);
    assert!(back.contains("value=\"1 Church Street\"") && back.contains("value=\"VT\" selected"));

    let mut send = form.clone();
    send.extend([("subject", "0"), ("consent", "on")]);
    let res = app.post_form("/l/senate/send", &send).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/l/senate/sent");
    let (_, sent) = page(app.get("/l/senate/sent").await).await;
    assert!(sent.contains("We have sent you an email"), "{sent}");
    assert!(!sent.contains("Nothing is sent to your representatives"));

    let mails = wait_for_mails(&to, 1).await;
    assert!(mails[0].text.contains("Please confirm your letters"));
    assert!(
        !mails[0].text.contains("send your letters"),
        "{}",
        mails[0].text
    );
    let link = app.link(&mails[0].link("/letters/confirm/"));
    let (_, button) = page(app.client.get(&link).send().await.unwrap()).await;
    assert!(button.contains("Confirm my letters") && !button.contains("send my letters"));
    let (status, done) = page(app.client.post(&link).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert!(done.contains("Your letters are ready to deliver"), "{done}");
    // Confirmed: others are asked to write too, with links back to the campaign.
    assert!(done.contains("Ask your friends to write too"), "{done}");
    assert!(
        done.contains("%2Fl%2Fsenate%3Fsrc%3Dshare%2Dwhatsapp"),
        "{done}"
    );
    assert!(done.contains("Open the contact form") && done.contains("data-copy=\"letter-"));
    assert!(!done.contains("are sent to"));

    // The supporter's letters by email, each with its office's form, phone and address.
    let mails = wait_for_mails(&to, 2).await;
    let pack = &mails[1];
    assert!(
        pack.subject.contains("ready to deliver"),
        "{}",
        pack.subject
    );
    let vt = offices(&app, targets::US_SENATE, "VT").await;
    assert_eq!(vt.len(), 2);
    for (form_url, phone, post) in &vt {
        assert!(
            pack.text.contains(&format!("Contact form: {form_url}")),
            "{}",
            pack.text
        );
        assert!(pack.text.contains(&format!("hone: {phone}")));
        assert!(pack.text.contains(post.as_str()));
    }
    assert_eq!(pack.text.matches("Dear Sen. ").count(), 2, "both letters");
    assert!(pack.text.contains("This matters to my family."));
    assert!(pack.text.contains("Burlington, VT 05401"));

    // The same supporter again: the page and the email agree.
    let res = app.post_form("/l/senate/send", &send).await;
    assert_eq!(res.headers()["location"], "/l/senate/sent");
    let mails = wait_for_mails(&to, 3).await;
    let again = &mails[2];
    assert!(
        again.text.contains("You have already written"),
        "{}",
        again.text
    );
    assert!(again.text.contains(&vt[0].0) && again.text.matches("Dear Sen. ").count() == 2);
    // Both carry the writer's my-data link and a one-click unsubscribe, like every letter email.
    for mail in [pack, again] {
        assert!(mail.text.contains("/letters/my-data/"), "{}", mail.text);
        assert!(mail.header("List-Unsubscribe").is_some());
    }

    // Over the per-address cap: no email, and the page does not claim one.
    let res = app.post_form("/l/senate/send", &send).await;
    assert_eq!(res.headers()["location"], "/l/senate/sent?email=none");
    let (_, capped) = page(app.get("/l/senate/sent?email=none").await).await;
    assert!(
        capped.contains("We have not sent another email"),
        "{capped}"
    );
    assert!(!capped.contains("We have sent you an email"));
    outbox_drained(&app).await;
    assert_mail_count(&app, &to, 3).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters").await,
        2,
        "repeats store nothing"
    );
    app.stop().await;
}

/// A likely typo in the email's domain comes back once with "Did you mean …?", everything typed
/// kept; sent again as typed, the letters follow.
async fn mistyped_email_domains_are_caught(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    demo_campaign(&app, "senate", "us_senators").await;
    let form = details("grace@gmail.con", "05401", "Burlington");
    let (status, html) = page(app.post_form("/l/senate/write", &form).await).await;
    assert_eq!(status, 422);
    assert!(html.contains("Did you mean grace@gmail.com?"), "{html}");
    assert!(
        html.contains("value=\"1 Church Street\""),
        "nothing typed is lost"
    );
    let mut again = form.clone();
    again.push(("email_checked", "grace@gmail.con"));
    let (status, html) = page(app.post_form("/l/senate/write", &again).await).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Get my letters ready"));
    app.stop().await;
}

async fn places_read_plainly(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    demo_campaign(&app, "senate", "us_senators").await;
    demo_campaign(&app, "congress", "us_congress").await;
    demo_campaign(&app, "house", "us_house").await;
    let to = unique_email("places");

    // 30165 lies in Alabama and Georgia: senators need only the state.
    let (status, html) = page(
        app.post_form("/l/senate/write", &details(&to, "30165", "Rome"))
            .await,
    )
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("Which state do you live in?"), "{html}");
    assert!(html.contains("Alabama: Sen.") && html.contains("Georgia: Sen."));
    assert!(
        !html.contains("voter registration"),
        "no district hint for a state"
    );
    // The state field answers it.
    let mut with_state = details(&to, "30165", "Rome");
    with_state.push(("state", "GA"));
    let (status, html) = page(app.post_form("/l/senate/write", &with_state).await).await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("(Georgia)").count(), 2, "{html}");
    with_state.pop();
    with_state.push(("state", "VT"));
    let (status, html) = page(app.post_form("/l/senate/write", &with_state).await).await;
    assert_eq!(status, 422);
    assert!(html.contains("This ZIP code is not in Vermont"));

    // 10001 lies in two districts: asked plainly, with a hint.
    let (_, html) = page(
        app.post_form("/l/congress/write", &details(&to, "10001", "New York"))
            .await,
    )
    .await;
    assert!(
        html.contains("more than one congressional district"),
        "{html}"
    );
    assert!(html.contains("New York, district 10") && html.contains("voter registration"));

    // DC has no senators: said so, naming its delegate.
    let (status, html) = page(
        app.post_form("/l/senate/write", &details(&to, "20001", "Washington"))
            .await,
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        html.contains("District of Columbia has no senators")
            && html.contains("Del. Eleanor Holmes Norton"),
        "{html}"
    );
    let (status, html) = page(
        app.post_form("/l/congress/write", &details(&to, "20001", "Washington"))
            .await,
    )
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"notice\"") && html.contains("has no senators"));
    assert_eq!(
        html.matches("data-testid=\"letter\"").count(),
        1,
        "the delegate"
    );

    // An at-large seat reads as such; a member without a contact form falls back to the site.
    let mut form = details(&to, "05401", "Burlington");
    let (_, html) = page(app.post_form("/l/house/write", &form).await).await;
    assert!(
        html.contains("Rep. Becca Balint (Vermont, at large)"),
        "{html}"
    );
    assert!(!html.contains("VT-0"));
    form.extend([("subject", "0"), ("consent", "on")]);
    let res = app.post_form("/l/house/send", &form).await;
    assert_eq!(res.status(), 303);
    let mail = &wait_for_mails(&to, 1).await[0];
    let link = app.link(&mail.link("/letters/confirm/"));
    let (_, done) = page(app.client.post(&link).send().await.unwrap()).await;
    assert!(
        done.contains("no contact form we can link to") && done.contains("Open the member"),
        "{done}"
    );
    assert!(done.contains("href=\"https://balint.house.gov\""));
    assert!(
        done.contains("Or call this number"),
        "a second option says or"
    );
    let pack = &wait_for_mails(&to, 2).await[1];
    assert!(pack
        .text
        .contains("The member's website: https://balint.house.gov"));

    // With no link at all, calling is the first option and does not start with "Or".
    app.execute("UPDATE targets SET contact_url = NULL WHERE external_id = 'B001318'")
        .await;
    let (_, shown) = page(app.client.get(&link).send().await.unwrap()).await;
    assert!(
        shown.contains("Call this number and read it out"),
        "{shown}"
    );
    assert!(!shown.contains("Or call this number"));

    // "Delete my details" removes the emailed letters with the rest.
    outbox_drained(&app).await;
    let erase = link.replace("/letters/confirm/", "/letters/erase/");
    let res = app
        .client
        .post(&erase)
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM outbox WHERE kind IN ('letter_pack', 'letter_confirm')"
        )
        .await,
        0
    );
    app.stop().await;
}

both_engines!(
    mistyped_email_domains_are_caught,
    congress_letters_are_made_ready_and_emailed,
    places_read_plainly,
);
