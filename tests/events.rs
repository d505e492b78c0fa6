//! Events: registration confirmed by email, seats in confirmation order with a waiting list,
//! cancellation that promotes the first one waiting, reminders before the start, calendar files
//! that a calendar library reads, and the JSON API. The joining link reaches confirmed
//! registrants only.

mod common;

use base64::Engine as _;
use common::*;

const JOIN: &str = "https://meet.example.org/room-7f3a9c";

/// 2036-01-15 15:00 in Zurich (CET, UTC+1).
const START_2036: i64 = 2_084_018_400_000;

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Saves an event from TOML over a valid default (online, open, with a joining link).
async fn event(app: &TestApp, slug: &str, extra: &str) {
    let base = format!(
        r#"slug = "{slug}"
title = "Side event {slug}"
summary = "Speeches, then questions"
body = "Programme\n\n1. Moderation\n2. Speeches\n3. Q&A\n\n<script>alert(1)</script>"
time_zone = "Europe/Zurich"
show_zones = ["Geneva=Europe/Zurich", "America/New_York", "Asia/Taipei"]
online = true
join_url = "{JOIN}"
organisers = ["Coalition A", "Platform B"]
state = "open"
"#
    );
    let mut table: toml::Table = base.parse().unwrap();
    for (k, v) in extra.parse::<toml::Table>().unwrap() {
        table.insert(k, v);
    }
    if !table.contains_key("starts_at") {
        let start = chorus::db::now_ms() + 3 * 86_400_000;
        table.insert("starts_at".into(), rfc3339(start).into());
        table.insert("ends_at".into(), rfc3339(start + 90 * 60_000).into());
    }
    let spec = chorus::events::EventSpec::from_toml(&toml::to_string(&table).unwrap()).unwrap();
    chorus::events::save(app.db(), &app.state.settings, &spec)
        .await
        .unwrap();
}

fn person(email: &str) -> serde_json::Value {
    serde_json::json!({"name": "Ada Lovelace", "email": email, "country": "CH", "organisation": "Friends of Ada", "consent": true, "newsletter": false})
}

async fn register(app: &TestApp, slug: &str, email: &str) -> reqwest::StatusCode {
    app.post_json(
        &format!("/api/v1/events/{slug}/registrations"),
        &person(email),
    )
    .await
    .status()
}

/// Clicks the confirmation link of the newest confirmation email to `to`.
async fn confirm(app: &TestApp, to: &str) -> String {
    let mail = wait_for_mail(to, |m| m.text.contains("/events/confirm/")).await;
    let res = app
        .client
        .post(app.link(&mail.link("/events/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

/// The calendar file attached to a message (sent as base64).
fn attachment(mail: &Mail) -> String {
    let raw = mail.raw.replace("\r\n", "\n");
    let at = raw
        .find("Content-Type: text/calendar")
        .expect("a calendar attachment");
    let part = &raw[at..];
    let body_start = part.find("\n\n").unwrap() + 2;
    let body: String = part[body_start..]
        .lines()
        .take_while(|l| !l.starts_with("--") && !l.is_empty())
        .collect();
    String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(body.trim())
            .unwrap(),
    )
    .unwrap()
}

/// The one VEVENT of a calendar file as the `icalendar` crate reads it, and its METHOD.
fn parse_event(ics: &str) -> (icalendar::Event, String) {
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "a line over 75 octets: {line}");
    }
    let unfolded = icalendar::parser::unfold(ics);
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
    let calendar: icalendar::Calendar = parsed.into();
    let method = calendar
        .property_value("METHOD")
        .unwrap_or_default()
        .to_owned();
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("a VEVENT")
        .clone();
    (event, method)
}

fn start_utc(e: &icalendar::Event) -> i64 {
    use icalendar::{Component, DatePerhapsTime};
    match e.get_start().unwrap() {
        DatePerhapsTime::DateTime(dt) => dt.try_into_utc().unwrap().timestamp_millis(),
        other => panic!(
            "a date without time: {other:?} ({:?})",
            e.property_value("DTSTART")
        ),
    }
}

/// Register, confirm, and only then the joining link: in the email and on the registrant's own
/// page, never on the public page or in the API.
async fn the_joining_link_comes_only_after_confirming(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "side", "capacity = 10").await;
    let ada = unique_email("ada");
    assert_eq!(register(&app, "side", &ada).await, 202);
    let page = app.get("/e/side").await.text().await.unwrap();
    assert!(
        page.contains("Side event side") && !page.contains(JOIN),
        "{page}"
    );
    assert!(!page.contains("<script>alert"), "the body is sanitised");
    assert!(page.contains("Geneva"), "the organisers' zones");
    let api = app.get("/api/v1/events/side").await.text().await.unwrap();
    assert!(!api.contains(JOIN), "{api}");

    let first = wait_for_mail(&ada, |m| m.text.contains("/events/confirm/")).await;
    assert!(!first.text.contains(JOIN), "{}", first.text);
    let own = app.link(&first.link("/events/me/"));
    let own = own.trim_end_matches("/cancel").to_owned();
    let before = app
        .client
        .get(&own)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!before.contains(JOIN), "not before confirming: {before}");

    let done = confirm(&app, &ada).await;
    assert!(done.contains("you have a seat"), "{done}");
    let registered = wait_for_mail(&ada, |m| m.subject.starts_with("You are registered")).await;
    assert!(registered.text.contains(JOIN), "{}", registered.text);
    let own = app.link(&registered.link("/events/me/"));
    let own = own.trim_end_matches("/cancel").to_owned();
    let res = app.client.get(&own).send().await.unwrap();
    // The page with the joining link is kept in no cache (a shared computer's history).
    assert_eq!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let after = res.text().await.unwrap();
    assert!(after.contains(JOIN), "{after}");
    // Still never public.
    let page = app.get("/e/side").await.text().await.unwrap();
    assert!(
        !page.contains(JOIN) && page.contains("<strong>9</strong> seats left"),
        "{page}"
    );
    let ics = app.get("/e/side/event.ics").await.text().await.unwrap();
    assert!(!ics.contains(JOIN));
    app.stop().await;
}

/// 100 confirmations at once for 7 seats: exactly 7 seats, 93 waiting, seats numbered once each.
async fn the_capacity_holds_under_concurrent_confirmations(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "full", "capacity = 7").await;
    let people: Vec<String> = (0..100)
        .map(|i| unique_email(&format!("crowd{i}")))
        .collect();
    for p in &people {
        assert_eq!(register(&app, "full", p).await, 202);
    }
    let mut links = Vec::new();
    for p in &people {
        let mail = wait_for_mail(p, |m| m.text.contains("/events/confirm/")).await;
        links.push(app.link(&mail.link("/events/confirm/")));
    }
    let clicks: Vec<_> = links
        .into_iter()
        .map(|link| {
            let client = app.client.clone();
            tokio::spawn(async move { client.post(link).send().await.unwrap().status() })
        })
        .collect();
    for c in clicks {
        assert_eq!(c.await.unwrap(), 200);
    }
    let count =
        |state: &str| format!("SELECT COUNT(*) FROM event_registrations WHERE state = '{state}'");
    assert_eq!(app.scalar_i64(&count("confirmed")).await, 7);
    assert_eq!(app.scalar_i64(&count("waiting")).await, 93);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(DISTINCT seat) FROM event_registrations WHERE seat IS NOT NULL"
        )
        .await,
        7
    );
    let api: serde_json::Value = app.get("/api/v1/events/full").await.json().await.unwrap();
    assert_eq!(
        (api["registered"].as_i64(), api["waiting"].as_i64()),
        (Some(7), Some(93))
    );
    assert_eq!(api["capacity"], 7);
    outbox_drained(&app).await;
    app.stop().await;
}

/// A cancellation frees the seat; the first one waiting (in confirmation order) gets it and an
/// email with the joining link and the invitation.
async fn a_cancellation_promotes_the_first_waiting(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "one", "capacity = 1").await;
    let [a, b, c] = ["seat-a", "seat-b", "seat-c"].map(unique_email);
    for p in [&a, &b, &c] {
        assert_eq!(register(&app, "one", p).await, 202);
    }
    assert!(confirm(&app, &a).await.contains("you have a seat"));
    assert!(confirm(&app, &b).await.contains("waiting list"));
    assert!(confirm(&app, &c).await.contains("waiting list"));
    let waiting = wait_for_mail(&b, |m| m.subject.starts_with("You are on the waiting list")).await;
    assert!(!waiting.text.contains(JOIN), "{}", waiting.text);

    let seat = wait_for_mail(&a, |m| m.subject.starts_with("You are registered")).await;
    let cancel = app.link(&seat.link("/events/me/"));
    let cancel = if cancel.ends_with("/cancel") {
        cancel
    } else {
        format!("{cancel}/cancel")
    };
    let ask = app
        .client
        .get(&cancel)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(ask.contains("Cancel my registration"), "{ask}");
    let done = app.client.post(&cancel).send().await.unwrap();
    assert_eq!(done.status(), 200);
    assert!(done.text().await.unwrap().contains("is cancelled"));
    // Again: nothing more changes.
    assert_eq!(app.client.post(&cancel).send().await.unwrap().status(), 200);

    let promoted = wait_for_mail(&b, |m| m.subject.starts_with("A seat is yours")).await;
    assert!(promoted.text.contains(JOIN), "{}", promoted.text);
    let (ev, method) = parse_event(&attachment(&promoted));
    assert_eq!(method, "REQUEST");
    assert!(icalendar::Component::property_value(&ev, "ORGANIZER").is_some());
    outbox_drained(&app).await;
    assert!(mails_to(&c)
        .iter()
        .all(|m| !m.subject.starts_with("A seat")));
    let api: serde_json::Value = app.get("/api/v1/events/one").await.json().await.unwrap();
    assert_eq!(
        (api["registered"].as_i64(), api["waiting"].as_i64()),
        (Some(1), Some(1))
    );
    app.stop().await;
}

/// Reminders 24 h and 1 h before the start, each once, in the registrant's language.
async fn reminders_go_out_once_each_in_the_registrants_language(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let start = chorus::db::now_ms() + 3 * 86_400_000;
    let extra = format!(
        "starts_at = \"{}\"\nends_at = \"{}\"",
        rfc3339(start),
        rfc3339(start + 3_600_000)
    );
    event(&app, "soon", &extra).await;
    let zoe = unique_email("zoe");
    let res = app
        .client
        .post(app.url("/api/v1/events/soon/registrations"))
        .header("accept-language", "fr")
        .json(&person(&zoe))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let first = wait_for_mail(&zoe, |m| m.text.contains("/events/confirm/")).await;
    assert!(first.subject.starts_with("Confirmez"), "{}", first.subject);
    confirm(&app, &zoe).await;
    wait_for_mail(&zoe, |m| m.subject.starts_with("Vous êtes inscrit")).await;

    let s = app.state.settings.clone();
    let due = |at: i64| {
        let (db, s) = (app.db().clone(), s.clone());
        async move {
            chorus::events::reminders::send_due(&db, &s, at)
                .await
                .unwrap()
        }
    };
    let hour = 3_600_000;
    assert_eq!(
        due(chorus::db::now_ms()).await,
        0,
        "three days before: nothing"
    );
    assert_eq!(due(start - 25 * hour).await, 0);
    assert_eq!(due(start - 23 * hour).await, 1, "the day before");
    assert_eq!(due(start - 22 * hour).await, 0, "once");
    assert_eq!(due(start - hour / 2).await, 1, "the hour before");
    assert_eq!(due(start - hour / 4).await, 0, "once");
    assert_eq!(due(start + hour).await, 0, "not after the start");
    let mails = assert_mail_count(&app, &zoe, 4).await;
    let reminders: Vec<&Mail> = mails
        .iter()
        .filter(|m| m.subject.starts_with("Rappel"))
        .collect();
    assert_eq!(
        reminders.len(),
        2,
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert!(reminders[0].text.contains("commence bientôt") && reminders[0].text.contains(JOIN));
    app.stop().await;
}

/// The public file (PUBLISH) and the invitation (REQUEST) parse with a calendar library, share
/// their UID, and start at the event's moment, written in its zone with a VTIMEZONE.
async fn calendar_files_parse_and_start_at_the_events_moment(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let extra = "starts_at = \"2036-01-15T15:00:00+01:00\"\nends_at = \"2036-01-15T16:30:00+01:00\"\ntitle = \"Side event; with, commas and a very long title that needs folding across lines in the file\"";
    event(&app, "ics", extra).await;
    let res = app.get("/e/ics/event.ics").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let public = res.text().await.unwrap();
    assert!(
        public.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich"),
        "{public}"
    );
    assert!(
        public.contains("DTSTART;TZID=Europe/Zurich:20360115T150000"),
        "{public}"
    );
    let (ev, method) = parse_event(&public);
    assert_eq!(method, "PUBLISH");
    assert_eq!(start_utc(&ev), START_2036);
    use icalendar::Component;
    assert!(ev
        .get_summary()
        .unwrap()
        .starts_with("Side event; with, commas"));
    let uid = ev.get_uid().unwrap().to_owned();

    let ada = unique_email("cal");
    assert_eq!(register(&app, "ics", &ada).await, 202);
    confirm(&app, &ada).await;
    let mail = wait_for_mail(&ada, |m| m.subject.starts_with("You are registered")).await;
    let invite = attachment(&mail);
    let (ev, method) = parse_event(&invite);
    assert_eq!(method, "REQUEST");
    assert_eq!(start_utc(&ev), START_2036);
    assert_eq!(
        ev.get_uid(),
        Some(uid.as_str()),
        "one UID for every file of the event"
    );
    assert!(invite.contains(&format!("mailto:{ada}")) || invite.contains("ATTENDEE"));
    assert!(ev
        .property_value("ORGANIZER")
        .unwrap()
        .contains("noreply@chorus.test"));
    app.stop().await;
}

/// The API's shapes and refusals: 202 for new and repeated registrations alike, 422 with field
/// errors, 404 for unknown and draft events, 409 when registration is closed.
async fn the_api_answers_with_its_shapes_and_refusals(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "api", "").await;
    event(&app, "closed", "state = \"closed\"").await;
    event(&app, "draft", "state = \"draft\"").await;
    let list: serde_json::Value = app.get("/api/v1/events").await.json().await.unwrap();
    let slugs: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.contains(&"api") && slugs.contains(&"closed") && !slugs.contains(&"draft"));
    let e: serde_json::Value = app.get("/api/v1/events/api").await.json().await.unwrap();
    assert_eq!(e["capacity"], serde_json::Value::Null, "unlimited");
    assert_eq!(e["time_zone"], "Europe/Zurich");
    assert_eq!(e["online"], true);
    assert_eq!(e["registered"], 0);
    assert_eq!(e["waiting"], 0);
    assert_eq!(e["url"], format!("{BASE_URL}/e/api"));
    assert!(e["starts_at"].as_str().unwrap().ends_with('Z'));
    assert!(e.get("join_url").is_none());

    let ada = unique_email("api");
    assert_eq!(register(&app, "api", &ada).await, 202);
    assert_eq!(
        register(&app, "api", &ada).await,
        202,
        "a repeat: the same answer"
    );
    let bad = app
        .post_json(
            "/api/v1/events/api/registrations",
            &serde_json::json!({"name": "", "email": "nope", "country": "XX", "consent": false}),
        )
        .await;
    assert_eq!(bad.status(), 422);
    let body: serde_json::Value = bad.json().await.unwrap();
    for field in ["name", "email", "country", "consent"] {
        assert!(body["errors"][field].is_array(), "{field}: {body}");
    }
    assert_eq!(register(&app, "nothing-here", &ada).await, 404);
    assert_eq!(register(&app, "draft", &ada).await, 404);
    assert_eq!(app.get("/api/v1/events/draft").await.status(), 404);
    assert_eq!(register(&app, "closed", &ada).await, 409);
    let unknown = app
        .post_json(
            "/api/v1/events/api/registrations",
            &serde_json::json!({"name": "A", "join_url": "x"}),
        )
        .await;
    assert_eq!(unknown.status(), 422, "unknown fields are refused");
    let doc = app.get("/api/openapi.json").await.text().await.unwrap();
    assert!(
        doc.contains("/api/v1/events/{slug}/registrations")
            && doc.contains("/api/v1/events/{slug}")
    );
    outbox_drained(&app).await;
    // One registration, one email: the repeat of a pending one sends a fresh link (capped).
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM event_registrations")
            .await,
        1
    );
    assert!(mails_to(&ada).len() <= 2);
    app.stop().await;
}

/// After the retention period registrants are anonymised (the counts stay), and registrations
/// never confirmed go after the pending period.
async fn retention_covers_registrations(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "kept", "").await;
    let [a, b] = ["ret-a", "ret-b"].map(unique_email);
    assert_eq!(register(&app, "kept", &a).await, 202);
    assert_eq!(register(&app, "kept", &b).await, 202);
    confirm(&app, &a).await;
    outbox_drained(&app).await;
    let s = app.state.settings.clone();
    let now = chorus::db::now_ms();
    let run = |at: i64| {
        let (db, s) = (app.db().clone(), s.clone());
        async move { chorus::events::retention(&db, &s, at).await.unwrap() }
    };
    assert_eq!(
        run(now).await,
        chorus::events::Retained::default(),
        "nothing yet"
    );
    let later = now + (s.retention.anonymise_after_days + 10) * 86_400_000;
    let done = run(later).await;
    assert_eq!((done.deleted, done.anonymised), (1, 1));
    let left = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM event_registrations WHERE email = '{a}' OR email = '{b}'"
        ))
        .await;
    assert_eq!(left, 0, "no address is kept");
    let api: serde_json::Value = app.get("/api/v1/events/kept").await.json().await.unwrap();
    assert_eq!(api["registered"], 1, "the count stays");
    assert_eq!(
        run(later).await,
        chorus::events::Retained::default(),
        "once"
    );
    app.stop().await;
}

/// Staff see the counts, export the registrations as CSV with formula-looking cells neutralised
/// (audit-logged), and print a check-in list of those holding a seat; viewers see counts only.
async fn staff_see_counts_export_and_check_in(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "hall", "capacity = 1").await;
    let [a, b] = ["hall-a", "hall-b"].map(unique_email);
    let body = serde_json::json!({"name": "Grace Hopper", "email": a, "country": "US",
        "organisation": "=HYPERLINK(\"http://evil.example\")", "consent": true});
    let res = app
        .post_json("/api/v1/events/hall/registrations", &body)
        .await;
    assert_eq!(res.status(), 202);
    assert_eq!(register(&app, "hall", &b).await, 202);
    confirm(&app, &a).await;
    confirm(&app, &b).await;
    common::staff::make_admin(&app, "owner@example.org", "owner").await;
    let staff = common::staff::log_in(&app, "owner@example.org").await;
    let list = staff.get(&app, "/admin/events").await.text().await.unwrap();
    let row = list.split("/e/hall\"").nth(1).expect("the event is listed");
    assert!(row.contains("1 / 1") && row.contains(">1</td>"), "{row}");
    let dashboard = staff.get(&app, "/admin").await.text().await.unwrap();
    let line = dashboard
        .split("data-testid=\"event-hall\"")
        .nth(1)
        .expect("the event is on the dashboard");
    assert!(
        line.contains(">1 / 1</td><td class=\"num\">1</td>"),
        "{line}"
    );
    let csv = staff
        .get(&app, "/admin/events/hall/registrations.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(
        csv.contains(&a) && csv.contains(&b) && csv.contains("waiting"),
        "{csv}"
    );
    let sheet = staff
        .get(&app, "/admin/events/hall/check-in")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        sheet.contains("Grace Hopper") && !sheet.contains(&b),
        "{sheet}"
    );
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'export.event_registrations.csv'"
        )
        .await,
        1
    );
    common::staff::make_admin(&app, "viewer@example.org", "viewer").await;
    let viewer = common::staff::log_in(&app, "viewer@example.org").await;
    let res = viewer
        .get(&app, "/admin/events/hall/registrations.csv")
        .await;
    assert_eq!(res.status(), 403);
    app.stop().await;
}

/// The own page shows what is kept; erasing it cancels the registration (the seat goes to the
/// first waiting) and leaves no address behind.
async fn registrants_see_and_erase_their_data(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    event(&app, "mine", "capacity = 1").await;
    let [a, b] = ["mine-a", "mine-b"].map(unique_email);
    assert_eq!(register(&app, "mine", &a).await, 202);
    assert_eq!(register(&app, "mine", &b).await, 202);
    confirm(&app, &a).await;
    confirm(&app, &b).await;
    let mail = wait_for_mail(&a, |m| m.subject.starts_with("You are registered")).await;
    let cancel = app.link(&mail.link("/events/me/"));
    let own = cancel.trim_end_matches("/cancel").to_owned();
    let page = app
        .client
        .get(&own)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&a) && page.contains("Friends of Ada"),
        "{page}"
    );
    let erase = format!("{own}/erase");
    assert!(app
        .client
        .get(&erase)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .contains("Erase my data"));
    let done = app.client.post(&erase).send().await.unwrap();
    assert_eq!(done.status(), 200);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM event_registrations WHERE email = '{a}'"
        ))
        .await,
        0
    );
    wait_for_mail(&b, |m| m.subject.starts_with("A seat is yours")).await;
    assert_eq!(
        app.client.get(&own).send().await.unwrap().status(),
        404,
        "the links are gone"
    );
    outbox_drained(&app).await;
    app.stop().await;
}

both_engines!(
    registrants_see_and_erase_their_data,
    staff_see_counts_export_and_check_in,
    retention_covers_registrations,
    the_joining_link_comes_only_after_confirming,
    the_capacity_holds_under_concurrent_confirmations,
    a_cancellation_promotes_the_first_waiting,
    reminders_go_out_once_each_in_the_registrants_language,
    calendar_files_parse_and_start_at_the_events_moment,
    the_api_answers_with_its_shapes_and_refusals,
);
