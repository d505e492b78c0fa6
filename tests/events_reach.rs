//! Reaching an event's registrants: staff messages (preview, test, send once, one-click
//! unsubscribe, a daily limit), the follow-up after the event, erasure that takes the queued
//! emails with it, a repeated registration that sends the link again, the widget with its proof
//! of work, and lists in the reader's language.

mod common;

use std::sync::Arc;

use chorus::app::Roles;
use chorus::email::worker::Worker;
use chorus::email::Transport;
use common::staff::*;
use common::*;

const HOUR: i64 = 3_600_000;

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Saves an open online event starting in three days (1 h 30) with `extra` TOML keys over it;
/// returns its end.
async fn event(app: &TestApp, slug: &str, extra: &str) -> i64 {
    let start = chorus::db::now_ms() + 3 * 86_400_000;
    let base = format!(
        r#"slug = "{slug}"
title = "Side event {slug}"
time_zone = "Europe/Zurich"
show_zones = ["Geneva=Europe/Zurich", "America/New_York"]
online = true
join_url = "https://meet.example.org/room-{slug}"
state = "open"
starts_at = "{}"
ends_at = "{}"
"#,
        rfc3339(start),
        rfc3339(start + 90 * 60_000)
    );
    // `extra` overrides the defaults.
    let mut table: toml::Table = base.parse().unwrap();
    for (k, v) in extra.parse::<toml::Table>().unwrap() {
        table.insert(k, v);
    }
    let spec = chorus::events::EventSpec::from_toml(&toml::to_string(&table).unwrap()).unwrap();
    chorus::events::save(app.db(), &app.state.settings, &spec)
        .await
        .unwrap();
    start + 90 * 60_000
}

async fn register(app: &TestApp, slug: &str, email: &str) -> reqwest::StatusCode {
    let body = serde_json::json!({"name": "Ada Lovelace", "email": email, "country": "CH", "consent": true});
    app.post_json(&format!("/api/v1/events/{slug}/registrations"), &body)
        .await
        .status()
}

/// Clicks the confirmation link of the newest confirmation email to `to`.
async fn confirm(app: &TestApp, to: &str) {
    let mail = wait_for_mail(to, |m| m.text.contains("/events/confirm/")).await;
    let res = app
        .client
        .post(app.link(&mail.link("/events/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}

/// The request key of the message form on a staff page.
fn key_in(html: &str) -> String {
    let at = html.find("name=\"key\" value=\"").expect("a request key") + 18;
    html[at..at + 64].to_owned()
}

fn message<'a>(subject: &'a str, key: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("subject", subject),
        ("body", "The room is **booked**."),
        ("key", key),
        ("action", action),
    ]
}

/// Preview, test, then send: each confirmed registrant gets the message once, even when the form
/// is sent twice; its one-click unsubscribe stops the next one. Viewers may not write.
async fn messages_reach_each_confirmed_registrant_once(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "talk", "capacity = 1").await;
    let [seated, waiting, pending] = ["msg-seat", "msg-wait", "msg-pend"].map(unique_email);
    for who in [&seated, &waiting, &pending] {
        assert_eq!(register(&app, "talk", who).await, 202);
    }
    confirm(&app, &seated).await;
    confirm(&app, &waiting).await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let path = "/admin/events/talk/messages";
    let page = staff.get(&app, path).await.text().await.unwrap();
    assert!(
        page.contains("data-testid=\"recipients\">1</strong> registrant gets"),
        "{page}"
    );
    let key = key_in(&page);

    let preview = staff
        .post(&app, path, &message("Room news", &key, "preview"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        preview.contains("data-testid=\"preview\"")
            && preview.contains("<strong>booked</strong>")
            && preview.contains("Room news"),
        "{preview}"
    );
    let res = staff
        .post(&app, path, &message("Room news", &key, "test"))
        .await;
    assert_eq!(res.status(), 200);
    let test = wait_for_mail("owner@example.org", |m| m.subject == "[Test] Room news").await;
    assert!(test.html.contains("<strong>booked</strong>"));
    let sure = staff
        .post(&app, path, &message("Room news", &key, "send"))
        .await
        .text()
        .await
        .unwrap();
    assert!(sure.contains("name=\"confirm\""), "asks first: {sure}");

    let mut send = message("Room news", &key, "send");
    send.push(("confirm", "yes"));
    let done = staff.post(&app, path, &send).await.text().await.unwrap();
    assert!(done.contains("Sent to 1 "), "{done}");
    let again = staff.post(&app, path, &send).await.text().await.unwrap();
    assert!(again.contains("already"), "{again}");
    let mails = assert_mail_count(&app, &seated, 3).await;
    assert_mail_count(&app, &waiting, 2).await;
    assert_mail_count(&app, &pending, 1).await;
    let news: Vec<&Mail> = mails.iter().filter(|m| m.subject == "Room news").collect();
    assert_eq!(news.len(), 1, "exactly once");
    assert!(news[0].html.contains("<strong>booked</strong>"));
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'event.message'")
            .await,
        1
    );

    // The one-click unsubscribe, posted as a mail provider does.
    assert_eq!(
        news[0].header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    let header = news[0].header("List-Unsubscribe").unwrap();
    let link = app.link(header.trim_matches(['<', '>']));
    assert_eq!(app.client.get(&link).send().await.unwrap().status(), 200);
    let res = app
        .client
        .post(&link)
        .header("origin", "https://mail.example.net")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let page = staff.get(&app, path).await.text().await.unwrap();
    let mut next = message("Second news", "", "send");
    let key = key_in(&page);
    next[2] = ("key", &key);
    next.extend([("confirm", "yes"), ("waiting", "on")]);
    let done = staff.post(&app, path, &next).await.text().await.unwrap();
    assert!(done.contains("Sent to 1 "), "{done}");
    assert_mail_count(&app, &seated, 3).await;
    let got = assert_mail_count(&app, &waiting, 3).await;
    assert!(got.iter().any(|m| m.subject == "Second news"));

    make_admin(&app, "viewer@example.org", "viewer").await;
    let viewer = log_in(&app, "viewer@example.org").await;
    assert_eq!(viewer.get(&app, path).await.status(), 403);
    app.stop().await;
}

/// A message beyond the event's daily limit is refused, and nobody gets it.
async fn the_daily_limit_refuses_an_extra_message(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.events.messages_per_day = 1).await;
    event(&app, "limited", "").await;
    let who = unique_email("limit");
    assert_eq!(register(&app, "limited", &who).await, 202);
    confirm(&app, &who).await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let path = "/admin/events/limited/messages";
    for (subject, status) in [("First", 200), ("Second", 422)] {
        let page = staff.get(&app, path).await.text().await.unwrap();
        let key = key_in(&page);
        let mut send = message(subject, &key, "send");
        send.push(("confirm", "yes"));
        let res = staff.post(&app, path, &send).await;
        assert_eq!(res.status(), status, "{subject}");
        if status == 422 {
            let html = res.text().await.unwrap();
            assert!(html.contains("in the last 24 hours"), "{html}");
        }
    }
    let mails = assert_mail_count(&app, &who, 3).await;
    assert!(!mails.iter().any(|m| m.subject == "Second"));
    app.stop().await;
}

/// The follow-up goes once, at its moment after the end, with the recording and the petition;
/// never for a cancelled event, nor to a registration never confirmed.
async fn the_follow_up_goes_once_with_the_recording(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("pet", "").await;
    let recording = "https://video.example.org/recording-42";
    let extra = format!("recording_url = \"{recording}\"\npetition = \"pet\"");
    let ends = event(&app, "after", &extra).await;
    event(&app, "called-off", "").await;
    let [came, late, off] = ["fu-came", "fu-late", "fu-off"].map(unique_email);
    assert_eq!(register(&app, "after", &came).await, 202);
    assert_eq!(register(&app, "after", &late).await, 202);
    assert_eq!(register(&app, "called-off", &off).await, 202);
    confirm(&app, &came).await;
    confirm(&app, &off).await;
    event(&app, "called-off", "state = \"cancelled\"\n").await;

    let s = app.state.settings.clone();
    assert_eq!(s.events.follow_up_ms(), Some(2 * HOUR), "the default");
    let due = |at: i64| {
        let (db, s) = (app.db().clone(), s.clone());
        async move {
            chorus::events::follow_up::send_due(&db, &s, at)
                .await
                .unwrap()
        }
    };
    assert_eq!(due(ends).await, 0, "not at the end");
    assert_eq!(
        due(ends + 2 * HOUR - 60_000).await,
        0,
        "not before its moment"
    );
    assert_eq!(due(ends + 2 * HOUR).await, 1, "at its moment");
    assert_eq!(due(ends + 3 * HOUR).await, 0, "once");
    let mails = assert_mail_count(&app, &came, 3).await;
    let follow = mails
        .iter()
        .find(|m| m.subject.starts_with("Thank you for taking part"))
        .expect("the follow-up");
    assert!(
        follow.text.contains(recording) && follow.text.contains("/p/pet"),
        "{}",
        follow.text
    );
    assert!(follow.header("List-Unsubscribe").is_some());
    assert_mail_count(&app, &late, 1).await;
    // The cancelled event's registrant was told of the cancellation, and gets no follow-up.
    let off_mails = assert_mail_count(&app, &off, 3).await;
    assert!(off_mails
        .iter()
        .all(|m| !m.subject.starts_with("Thank you for taking part")));

    // A recording link must be http(s).
    let bad = "slug = \"x\"\ntitle = \"X\"\nstarts_at = \"2036-01-15T15:00:00+01:00\"\n\
               ends_at = \"2036-01-15T16:00:00+01:00\"\ntime_zone = \"UTC\"\nonline = true\n\
               recording_url = \"javascript:alert(1)\"\n";
    let errors = chorus::events::EventSpec::from_toml(bad)
        .unwrap()
        .validate()
        .unwrap_err();
    assert!(errors.iter().any(|e| e.0 == "recording_url"));
    app.stop().await;
}

/// Erasing a registration takes its queued emails (a reminder not sent yet) and the emails sent
/// to its address out of the outbox; the same person's email about another event stays.
async fn erasure_removes_the_queued_emails(engine: Engine) {
    let db = TestDb::new(engine).await;
    let settings = test_settings(&db.url);
    let worker_settings = Arc::new(test_settings(&db.url));
    let roles = Roles {
        web: true,
        worker: false,
    };
    let app = TestApp::start(engine, db, settings, roles).await;
    let worker = Worker::new(
        app.db().clone(),
        Transport::from_settings(&worker_settings).unwrap(),
        worker_settings.clone(),
        chorus::app::render_email,
    )
    .unwrap();
    let drain = || async { while worker.round().await.unwrap() > 0 {} };
    let ends = event(&app, "gone", "").await;
    event(&app, "kept", "").await;
    let who = unique_email("erase");
    let rows = |extra: &'static str| {
        let who = who.clone();
        let app = &app;
        async move {
            app.scalar_i64(&format!(
                "SELECT COUNT(*) FROM outbox WHERE lower(recipient) = lower('{who}') {extra}"
            ))
            .await
        }
    };
    assert_eq!(register(&app, "gone", &who).await, 202);
    drain().await;
    confirm(&app, &who).await;
    drain().await;
    let registered = wait_for_mail(&who, |m| m.subject.starts_with("You are registered")).await;
    let own = app.link(&registered.link("/events/me/"));
    let start = ends - 90 * 60_000;
    let s = app.state.settings.clone();
    assert_eq!(
        chorus::events::reminders::send_due(app.db(), &s, start - 23 * HOUR)
            .await
            .unwrap(),
        1
    );
    assert_eq!(register(&app, "kept", &who).await, 202);
    assert_eq!(rows("AND state = 'pending'").await, 2, "reminder and other");
    assert_eq!(rows("AND state = 'sent'").await, 2);

    let res = app
        .client
        .post(format!("{own}/erase"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(rows("AND state <> 'pending'").await, 0, "sent rows go");
    assert_eq!(
        rows("AND state = 'pending'").await,
        1,
        "the other event's stays"
    );
    drain().await;
    let mails = mails_to(&who);
    assert!(
        !mails.iter().any(|m| m.subject.starts_with("Reminder")),
        "the queued reminder never left"
    );
    assert!(mails.iter().any(|m| m.subject.contains("Side event kept")));
    app.stop().await;
}

/// Registering again while the first link is unused sends a new one (the old one stops working),
/// within the per-address limit; the answer is the same every time.
async fn a_repeated_pending_registration_sends_the_link_again(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "again", "").await;
    let who = unique_email("again");
    assert_eq!(register(&app, "again", &who).await, 202);
    let first = wait_for_mails(&who, 1).await.remove(0);
    assert_eq!(register(&app, "again", &who).await, 202);
    let both = wait_for_mails(&who, 2).await;
    let second = both
        .iter()
        .find(|m| m.file != first.file)
        .expect("a second email");
    let old = first.link("/events/confirm/");
    let new = second.link("/events/confirm/");
    assert_ne!(old, new);
    let res = app.client.get(app.link(&old)).send().await.unwrap();
    assert_eq!(res.status(), 404, "the lost link no longer works");
    let res = app.client.post(app.link(&new)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM event_registrations WHERE email = '{who}' AND state = 'confirmed'"
        ))
        .await,
        1
    );
    // Beyond the per-registration limit the answer stays the same, and no more email goes.
    let max = app.state.settings.signing.max_emails_per_signature as usize;
    let other = unique_email("again-cap");
    for _ in 0..max + 2 {
        assert_eq!(register(&app, "again", &other).await, 202);
    }
    assert_mail_count(&app, &other, max).await;
    app.stop().await;
}

/// The widget frames the registration form with the event's proof of work: without a solution
/// nothing is sent; with one the link comes.
async fn the_widget_registers_with_the_proof_of_work(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "framed", "pow_required = true").await;
    let res = app.get("/e/framed/widget").await;
    assert_eq!(res.status(), 200);
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("frame-ancestors *"), "{csp}");
    let html = res.text().await.unwrap();
    assert!(
        html.contains("action=\"/e/framed/register\"")
            && html.contains("data-pow=\"/api/v1/pow?event=framed\""),
        "{html}"
    );
    let page = app.get("/e/framed").await.text().await.unwrap();
    assert!(page.contains("data-pow=\"/api/v1/pow?event=framed\""));
    let script = app.get("/static/widget.js").await.text().await.unwrap();
    assert!(script.contains("data-chorus-event"));

    let [bot, person] = ["w-bot", "w-person"].map(unique_email);
    let form = |email: &str, pow: &str| {
        vec![
            ("name".to_owned(), "Ada Lovelace".to_owned()),
            ("email".to_owned(), email.to_owned()),
            ("country".to_owned(), "CH".to_owned()),
            ("consent".to_owned(), "on".to_owned()),
            ("source".to_owned(), "widget".to_owned()),
            ("pow".to_owned(), pow.to_owned()),
        ]
    };
    let post = |fields: Vec<(String, String)>| {
        let app = &app;
        async move {
            app.client
                .post(app.url("/e/framed/register"))
                .form(&fields)
                .send()
                .await
                .unwrap()
        }
    };
    let res = post(form(&bot, "")).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/e/framed/widget?thanks=1");
    let solution = solved_pow(&app, "event=framed").await;
    let res = post(form(&person, &solution)).await;
    assert_eq!(res.headers()["location"], "/e/framed/widget?thanks=1");
    wait_for_mail(&person, |m| m.text.contains("/events/confirm/")).await;
    assert_mail_count(&app, &bot, 0).await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM event_registrations WHERE signed_via = 'widget' AND flag = 'no_pow'")
            .await,
        1
    );
    // A solution is good once.
    let again = unique_email("w-again");
    post(form(&again, &solution)).await;
    assert_mail_count(&app, &again, 0).await;

    // A mistake comes back inside the widget (a page that may be framed), with what was typed.
    let mut unticked = form(&unique_email("w-typo"), "");
    unticked.retain(|(k, _)| k != "consent");
    unticked.push(("organisation".into(), "Friends of the Lake".into()));
    let res = post(unticked).await;
    assert_eq!(res.status(), 422);
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("frame-ancestors *"), "{csp}");
    let html = res.text().await.unwrap();
    assert!(html.contains("data-testid=\"errors-summary\""), "{html}");
    assert!(
        html.contains("value=\"Ada Lovelace\"")
            && html.contains("value=\"Friends of the Lake\"")
            && html.contains("<option value=\"CH\" selected>"),
        "{html}"
    );
    assert!(
        html.contains("data-time-zone"),
        "the reader's zone is taken by the page's script"
    );
    app.stop().await;
}

/// The list and the API give each event in the reader's language, with its chosen zones; the
/// page names the event's language in the reader's and says how to invite people once.
async fn lists_speak_the_readers_language(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let fr = "[[translations]]\nlang = \"fr\"\ntitle = \"Événement parallèle\"\nsummary = \"Discours\"\n";
    event(&app, "lingo", fr).await;
    let get_fr = |path: &'static str| {
        let app = &app;
        async move {
            app.client
                .get(app.url(path))
                .header("accept-language", "fr")
                .send()
                .await
                .unwrap()
        }
    };
    let list = get_fr("/e").await.text().await.unwrap();
    assert!(
        list.contains("Événement parallèle") && !list.contains("Side event lingo"),
        "{list}"
    );
    assert!(list.contains("data-testid=\"event-item-zones\"") && list.contains("New York"));
    let english = app.get("/e").await.text().await.unwrap();
    assert!(english.contains("Side event lingo"));
    let api: serde_json::Value = get_fr("/api/v1/events").await.json().await.unwrap();
    assert_eq!(api[0]["title"], "Événement parallèle");
    assert_eq!(api[0]["zones"][1]["time_zone"], "America/New_York");
    let page = get_fr("/e/lingo").await.text().await.unwrap();
    assert!(page.contains("<dd>anglais</dd>"), "{page}");
    assert_eq!(page.matches("Pour inviter d’autres personnes").count(), 1);
    app.stop().await;
}

/// The registrant can have a copy of their data by email, from their own page.
async fn registrants_get_a_copy_of_their_data(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "copy", "").await;
    let who = unique_email("copy");
    assert_eq!(register(&app, "copy", &who).await, 202);
    confirm(&app, &who).await;
    let mail = wait_for_mail(&who, |m| m.subject.starts_with("You are registered")).await;
    let own = app.link(&mail.link("/events/me/"));
    let page = app
        .client
        .get(&own)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("/copy\""), "{page}");
    let res = app.client.post(format!("{own}/copy")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let copy = wait_for_mail(&who, |m| m.subject == "A copy of your data").await;
    assert!(
        copy.text.contains(&who) && copy.text.contains("Side event copy"),
        "{}",
        copy.text
    );
    app.stop().await;
}

both_engines!(
    messages_reach_each_confirmed_registrant_once,
    the_daily_limit_refuses_an_extra_message,
    the_follow_up_goes_once_with_the_recording,
    erasure_removes_the_queued_emails,
    a_repeated_pending_registration_sends_the_link_again,
    the_widget_registers_with_the_proof_of_work,
    lists_speak_the_readers_language,
    registrants_get_a_copy_of_their_data,
);
