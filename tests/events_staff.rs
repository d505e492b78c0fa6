//! Staff and events: creating and editing an event on the admin pages under the rules a file
//! follows; registrants told once of a change (a calendar update with a higher SEQUENCE) or of a
//! cancellation (METHOD:CANCEL); a raised capacity seating those waiting, and no promotion once
//! the event is cancelled.

mod common;

use base64::Engine as _;
use common::*;

const JOIN: &str = "https://meet.example.org/room-7f3a9c";

/// An online, open event starting on 2036-01-15 at 15:00 in Zurich, saved from its file.
fn toml_of(slug: &str, extra: &str) -> String {
    let state = if extra.contains("state =") {
        ""
    } else {
        "state = \"open\""
    };
    format!(
        r#"slug = "{slug}"
title = "Side event {slug}"
starts_at = "2036-01-15T15:00:00+01:00"
ends_at = "2036-01-15T16:30:00+01:00"
time_zone = "Europe/Zurich"
online = true
join_url = "{JOIN}"
{state}
{extra}
"#
    )
}

async fn save(app: &TestApp, text: &str) {
    let spec = chorus::events::EventSpec::from_toml(text).unwrap();
    chorus::events::save(app.db(), &app.state.settings, &spec)
        .await
        .unwrap();
}

async fn register(app: &TestApp, slug: &str, email: &str) {
    let body = serde_json::json!({"name": "Ada Lovelace", "email": email, "country": "CH", "consent": true});
    let res = app
        .post_json(&format!("/api/v1/events/{slug}/registrations"), &body)
        .await;
    assert_eq!(res.status(), 202);
}

/// Registers and clicks the confirmation link; returns the page's text.
async fn registered(app: &TestApp, slug: &str, email: &str) -> String {
    register(app, slug, email).await;
    let mail = wait_for_mail(email, |m| m.text.contains("/events/confirm/")).await;
    let res = app
        .client
        .post(app.link(&mail.link("/events/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

/// The calendar part of a message: its Content-Type header and its decoded text.
fn calendar_part(mail: &Mail) -> (String, String) {
    let raw = mail.raw.replace("\r\n", "\n");
    let at = raw
        .find("Content-Type: text/calendar")
        .expect("a calendar attachment");
    let part = &raw[at..];
    let head_end = part.find("\n\n").unwrap();
    let head = part[..head_end].replace("\n ", " ").replace("\n\t", " ");
    let body: String = part[head_end + 2..]
        .lines()
        .take_while(|l| !l.starts_with("--") && !l.is_empty())
        .collect();
    let text = base64::engine::general_purpose::STANDARD
        .decode(body.trim())
        .unwrap();
    (head, String::from_utf8(text).unwrap())
}

/// The calendar file as the `icalendar` crate reads it: METHOD, SEQUENCE, UID, start (UTC ms).
fn read_calendar(ics: &str) -> (String, i64, String, i64) {
    use icalendar::{Component, DatePerhapsTime};
    let unfolded = icalendar::parser::unfold(ics);
    let calendar: icalendar::Calendar = icalendar::parser::read_calendar(&unfolded).unwrap().into();
    let method = calendar
        .property_value("METHOD")
        .unwrap_or_default()
        .to_owned();
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("a VEVENT");
    let sequence = event.get_sequence().expect("a SEQUENCE") as i64;
    let start = match event.get_start().unwrap() {
        DatePerhapsTime::DateTime(dt) => dt.try_into_utc().unwrap().timestamp_millis(),
        other => panic!("not a date and time: {other:?}"),
    };
    (method, sequence, event.get_uid().unwrap().to_owned(), start)
}

/// The edit form's fields as the page shows them, to post back with changes.
fn form_fields(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in [
        "title",
        "summary",
        "starts_at",
        "ends_at",
        "join_url",
        "address",
        "map_url",
        "price",
        "audience",
        "capacity",
        "registration_opens_at",
        "registration_closes_at",
        "petition",
        "letters",
    ] {
        let key = format!("name=\"{name}\"");
        let at = html
            .find(&key)
            .unwrap_or_else(|| panic!("{name} in the form"));
        let rest = &html[at..];
        let value = rest
            .split("value=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .filter(|_| rest.find("value=\"") < rest.find('>'))
            .unwrap_or_default();
        out.push((name.to_owned(), value.to_owned()));
    }
    for name in ["body", "show_zones", "organisers"] {
        let key = format!("name=\"{name}\"");
        let at = html.find(&key).unwrap();
        let rest = &html[at..];
        let inner = &rest[rest.find('>').unwrap() + 1..rest.find("</textarea>").unwrap()];
        out.push((name.to_owned(), inner.to_owned()));
    }
    for name in ["locale", "state", "time_zone"] {
        let key = format!("name=\"{name}\"");
        let at = html.find(&key).unwrap();
        let rest = &html[at..at + rest_end(&html[at..])];
        let chosen = rest
            .split("<option")
            .find(|o| o.contains(" selected"))
            .unwrap_or_else(|| panic!("a {name} chosen"));
        let value = match chosen.split("value=\"").nth(1) {
            Some(v) => v.split('"').next().unwrap().to_owned(),
            None => chosen
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_owned(),
        };
        out.push((name.to_owned(), value));
    }
    // Every translation's fields, as a browser posts them.
    for chunk in html.split("name=\"tr_").skip(1) {
        let name = format!("tr_{}", chunk.split('"').next().unwrap());
        let value = if name.starts_with("tr_title_") {
            chunk
                .split("value=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        } else {
            &chunk[chunk.find('>').unwrap() + 1..chunk.find("</textarea>").unwrap()]
        };
        out.push((name, value.to_owned()));
    }
    if html.contains("name=\"online\" value=\"on\" checked") {
        out.push(("online".into(), "on".into()));
    }
    out
}

fn rest_end(s: &str) -> usize {
    s.find("</select>").unwrap()
}

fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .cloned()
        .collect();
    out.extend(changes.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    out
}

async fn post(
    app: &TestApp,
    staff: &common::staff::Staff,
    path: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    staff.post(app, path, &refs).await
}

async fn owner(app: &TestApp) -> common::staff::Staff {
    common::staff::make_admin(app, "owner@example.org", "owner").await;
    common::staff::log_in(app, "owner@example.org").await
}

/// Staff create an event on the form (a bad field comes back with everything typed and its
/// problem beside it), then edit it; both audit-logged. Viewers may not, nor a post without the
/// form's token.
async fn staff_create_then_edit_an_event_on_the_form(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let staff = owner(&app).await;
    let list = staff.get(&app, "/admin/events").await.text().await.unwrap();
    assert!(list.contains("href=\"/admin/events/new\""), "{list}");
    let page = staff
        .get(&app, "/admin/events/new")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(">Europe/Zurich</option>") && page.contains("<option selected>UTC</option>")
    );
    let typed = [
        ("slug", "hand-in"),
        ("title", "Hand-in at the Palais"),
        ("summary", "We bring the signatures"),
        ("body", "Meet **at noon**."),
        ("locale", "en"),
        ("starts_at", "2036-01-15T15:00"),
        ("ends_at", "2036-01-15T16:30"),
        ("time_zone", "Europe/Zurich"),
        ("show_zones", "Geneva=Europe/Zurich\r\nAmerica/New_York"),
        ("address", "Place des Nations, Geneva"),
        ("map_url", "https://maps.example.org/?q=Place des Nations"),
        ("join_url", "javascript:alert(1)"),
        ("price", "free"),
        ("audience", "Everyone"),
        ("organisers", "Coalition A\r\nPlatform B"),
        ("capacity", "40"),
        ("state", "open"),
        ("tr_title_fr", "Remise au Palais"),
        ("tr_summary_fr", "Nous apportons les signatures"),
    ];
    let res = staff.post(&app, "/admin/events", &typed).await;
    assert_eq!(res.status(), 422);
    let back = res.text().await.unwrap();
    assert!(back.contains("id=\"join_url-error\""), "{back}");
    for kept in [
        "value=\"Hand-in at the Palais\"",
        "value=\"javascript:alert(1)\"",
        "value=\"2036-01-15T15:00\"",
        "Coalition A\r\nPlatform B",
        "<option selected>Europe/Zurich</option>",
        "value=\"Place des Nations, Geneva\"",
        "value=\"Remise au Palais\"",
    ] {
        assert!(back.contains(kept), "{kept} kept in {back}");
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM events").await,
        0,
        "nothing stored"
    );
    // A control character is refused in any text field.
    let mut bad: Vec<(&str, &str)> = typed.to_vec();
    bad.retain(|(k, _)| *k != "join_url" && *k != "title");
    bad.push(("title", "Hand-in\u{1b}[31m"));
    let res = staff.post(&app, "/admin/events", &bad).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("id=\"title-error\""));

    let mut good: Vec<(&str, &str)> = typed.to_vec();
    good.retain(|(k, _)| *k != "join_url");
    let res = staff.post(&app, "/admin/events", &good).await;
    assert_eq!(res.status(), 303);
    let back = res.headers()["location"].to_str().unwrap().to_owned();
    let list = staff.get(&app, &back).await.text().await.unwrap();
    assert!(
        list.contains("data-testid=\"saved\""),
        "the list says it was saved: {list}"
    );
    let public = app.get("/e/hand-in").await.text().await.unwrap();
    assert!(
        public.contains("Hand-in at the Palais") && public.contains("Geneva"),
        "{public}"
    );
    assert_eq!(
        app.scalar_i64("SELECT starts_at FROM events").await,
        2_084_018_400_000,
        "15:00 in Zurich"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM events WHERE map_url = 'https://maps.example.org/?q=Place%20des%20Nations'")
            .await,
        1,
        "a link is stored as parsed"
    );
    // The same slug again is refused, and the first event stays.
    let res = staff.post(&app, "/admin/events", &good).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("id=\"slug-error\""));

    let edit = staff
        .get(&app, "/admin/events/hand-in/edit")
        .await
        .text()
        .await
        .unwrap();
    let fields = form_fields(&edit);
    assert!(
        fields.contains(&("starts_at".into(), "2036-01-15T15:00".into())),
        "{fields:?}"
    );
    let changed = with(
        &fields,
        &[
            ("title", "Hand-in at the Palais des Nations"),
            ("capacity", "50"),
        ],
    );
    let res = post(&app, &staff, "/admin/events/hand-in", &changed).await;
    assert_eq!(res.status(), 303);
    let e: serde_json::Value = app
        .get("/api/v1/events/hand-in")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(e["title"], "Hand-in at the Palais des Nations");
    assert_eq!(e["capacity"], 50);
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM event_organisers")
            .await,
        2
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM event_translations WHERE lang = 'fr' AND title = 'Remise au Palais' AND summary = 'Nous apportons les signatures'")
            .await,
        1,
        "the translation is kept through the edit"
    );
    let french = app.get("/e/hand-in?lang=fr").await.text().await.unwrap();
    assert!(french.contains("Remise au Palais"), "{french}");
    for action in ["event.create", "event.update"] {
        assert_eq!(
            app.scalar_i64(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
            ))
            .await,
            1,
            "{action}"
        );
    }

    let no_token = staff
        .client
        .post(app.url("/admin/events/hand-in"))
        .form(&changed)
        .send()
        .await
        .unwrap();
    assert!(no_token.status().is_client_error(), "{}", no_token.status());
    common::staff::make_admin(&app, "viewer@example.org", "viewer").await;
    let viewer = common::staff::log_in(&app, "viewer@example.org").await;
    assert_eq!(viewer.get(&app, "/admin/events/new").await.status(), 403);
    assert_eq!(
        post(&app, &viewer, "/admin/events/hand-in", &changed)
            .await
            .status(),
        403
    );
    app.stop().await;
}

/// A new time is emailed once to the one holding a seat: a calendar update (REQUEST) with the
/// same UID and a higher SEQUENCE. Saving the same file again changes nothing and emails nobody.
async fn an_update_is_emailed_once_with_a_higher_sequence(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let text = toml_of("moved", "capacity = 5");
    save(&app, &text).await;
    let ada = unique_email("moved");
    assert!(registered(&app, "moved", &ada)
        .await
        .contains("you have a seat"));
    let seat = wait_for_mail(&ada, |m| m.subject.starts_with("You are registered")).await;
    let (_, first) = calendar_part(&seat);
    let (_, seq0, uid, _) = read_calendar(&first);

    save(&app, &text).await;
    save(&app, &text).await;
    outbox_drained(&app).await;
    assert_eq!(mails_to(&ada).len(), 2, "no change, no email");

    // Staff move it an hour later on the form.
    let staff = owner(&app).await;
    let edit = staff
        .get(&app, "/admin/events/moved/edit")
        .await
        .text()
        .await
        .unwrap();
    let fields = with(
        &form_fields(&edit),
        &[
            ("starts_at", "2036-01-15T16:00"),
            ("ends_at", "2036-01-15T17:30"),
        ],
    );
    assert_eq!(
        post(&app, &staff, "/admin/events/moved", &fields)
            .await
            .status(),
        303
    );
    let update = wait_for_mail(&ada, |m| m.subject.starts_with("Changed")).await;
    assert!(update.text.contains(JOIN), "{}", update.text);
    let (head, ics) = calendar_part(&update);
    assert!(head.contains("method=REQUEST"), "{head}");
    let (method, seq1, uid1, start) = read_calendar(&ics);
    assert_eq!(method, "REQUEST");
    assert!(seq1 > seq0, "{seq1} > {seq0}");
    assert_eq!(uid1, uid, "the same event in the calendar");
    assert_eq!(start, 2_084_018_400_000 + 3_600_000);
    // Posting the same form again: nothing more.
    assert_eq!(
        post(&app, &staff, "/admin/events/moved", &fields)
            .await
            .status(),
        303
    );
    outbox_drained(&app).await;
    assert_mail_count(&app, &ada, 3).await;
    app.stop().await;
}

/// Cancelling the event emails the seated and the waiting a METHOD:CANCEL (in the file and in the
/// MIME part), in their language; a registration cancelled afterwards promotes nobody.
async fn a_cancellation_is_emailed_and_promotes_nobody_after(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    save(&app, &toml_of("off", "capacity = 1")).await;
    let [a, b] = ["off-a", "off-b"].map(unique_email);
    assert!(registered(&app, "off", &a)
        .await
        .contains("you have a seat"));
    // The second registrant reads French.
    let res = app
        .client
        .post(app.url("/api/v1/events/off/registrations"))
        .header("accept-language", "fr")
        .json(&serde_json::json!({"name": "Zoé", "email": b, "country": "FR", "consent": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let mail = wait_for_mail(&b, |m| m.text.contains("/events/confirm/")).await;
    app.client
        .post(app.link(&mail.link("/events/confirm/")))
        .send()
        .await
        .unwrap();
    wait_for_mail(&b, |m| m.subject.contains("attente")).await;
    let seat = wait_for_mail(&a, |m| m.subject.starts_with("You are registered")).await;

    save(&app, &toml_of("off", "capacity = 1\nstate = \"cancelled\"")).await;
    for (who, subject) in [(&a, "Cancelled"), (&b, "Annulé")] {
        let mail = wait_for_mail(who, |m| m.subject.starts_with(subject)).await;
        let (head, ics) = calendar_part(&mail);
        assert!(head.contains("method=CANCEL"), "{head}");
        let (method, ..) = read_calendar(&ics);
        assert_eq!(method, "CANCEL");
        assert!(ics.contains("STATUS:CANCELLED"));
    }
    save(&app, &toml_of("off", "capacity = 1\nstate = \"cancelled\"")).await;

    // Their own page says the event is off: no seat, no joining link, nothing to cancel.
    let own = app.link(&seat.link("/events/me/"));
    let own = own.trim_end_matches("/cancel");
    let page = app
        .client
        .get(own)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("This event is cancelled.")
            && !page.contains("data-testid=\"event-join\"")
            && !page.contains("/cancel\""),
        "{page}"
    );
    let public = app.get("/e/off").await.text().await.unwrap();
    assert!(public.contains("data-testid=\"event-cancelled\""));

    // The seated one cancels: the seat goes to nobody.
    let cancel = app.link(&seat.link("/events/me/"));
    let cancel = if cancel.ends_with("/cancel") {
        cancel
    } else {
        format!("{cancel}/cancel")
    };
    assert_eq!(app.client.post(&cancel).send().await.unwrap().status(), 200);
    outbox_drained(&app).await;
    assert_mail_count(&app, &b, 3).await;
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM event_registrations WHERE email = '{b}' AND state = 'waiting'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.scalar_i64("SELECT waiting FROM events WHERE slug = 'off'")
            .await,
        1
    );
    assert_mail_count(&app, &a, 3).await;
    app.stop().await;
}

/// More seats while people wait: the first waiting ones (in order) get them and are emailed.
async fn raising_the_capacity_seats_the_first_waiting(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    save(&app, &toml_of("grow", "capacity = 1")).await;
    let [a, b, c] = ["grow-a", "grow-b", "grow-c"].map(unique_email);
    assert!(registered(&app, "grow", &a)
        .await
        .contains("you have a seat"));
    assert!(registered(&app, "grow", &b).await.contains("waiting list"));
    assert!(registered(&app, "grow", &c).await.contains("waiting list"));

    save(&app, &toml_of("grow", "capacity = 2")).await;
    let promoted = wait_for_mail(&b, |m| m.subject.starts_with("A seat is yours")).await;
    assert!(promoted.text.contains(JOIN));
    let (head, _) = calendar_part(&promoted);
    assert!(head.contains("method=REQUEST"), "{head}");
    outbox_drained(&app).await;
    assert!(mails_to(&c)
        .iter()
        .all(|m| !m.subject.starts_with("A seat")));
    let api: serde_json::Value = app.get("/api/v1/events/grow").await.json().await.unwrap();
    assert_eq!(
        (api["registered"].as_i64(), api["waiting"].as_i64()),
        (Some(2), Some(1))
    );
    // No limit: everyone waiting is seated.
    let staff = owner(&app).await;
    let edit = staff
        .get(&app, "/admin/events/grow/edit")
        .await
        .text()
        .await
        .unwrap();
    let fields = with(&form_fields(&edit), &[("capacity", "")]);
    assert_eq!(
        post(&app, &staff, "/admin/events/grow", &fields)
            .await
            .status(),
        303
    );
    wait_for_mail(&c, |m| m.subject.starts_with("A seat is yours")).await;
    let api: serde_json::Value = app.get("/api/v1/events/grow").await.json().await.unwrap();
    assert_eq!(
        (api["registered"].as_i64(), api["waiting"].as_i64()),
        (Some(3), Some(0))
    );
    outbox_drained(&app).await;
    app.stop().await;
}

/// The file's rules hold on the command line too: limits, links, control characters.
async fn a_file_breaking_the_rules_is_refused_whole(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let many: Vec<String> = (0..30).map(|i| format!("\"Org {i}\"")).collect();
    let text = toml_of(
        "bad",
        &format!(
            "organisers = [{}]\nmap_url = \"ftp://example.org/map\"\nprice = \"free\\u0007\"",
            many.join(", ")
        ),
    );
    let spec = chorus::events::EventSpec::from_toml(&text).unwrap();
    let err = chorus::events::save(app.db(), &app.state.settings, &spec)
        .await
        .unwrap_err()
        .to_string();
    for field in ["organisers", "map_url", "price"] {
        assert!(err.contains(&format!("{field}: ")), "{field} in {err}");
    }
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM events").await, 0);
    app.stop().await;
}

/// Once the event is over, a cancelled registration's seat goes to nobody.
async fn after_the_end_a_cancellation_promotes_nobody(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    save(&app, &toml_of("past", "capacity = 1")).await;
    let [a, b] = ["past-a", "past-b"].map(unique_email);
    assert!(registered(&app, "past", &a)
        .await
        .contains("you have a seat"));
    assert!(registered(&app, "past", &b).await.contains("waiting list"));
    let seat = wait_for_mail(&a, |m| m.subject.starts_with("You are registered")).await;
    let now = chorus::db::now_ms();
    app.execute(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {} WHERE slug = 'past'",
        now - 7_200_000,
        now - 3_600_000
    ))
    .await;
    let cancel = app.link(&seat.link("/events/me/"));
    let cancel = if cancel.ends_with("/cancel") {
        cancel
    } else {
        format!("{cancel}/cancel")
    };
    assert_eq!(app.client.post(&cancel).send().await.unwrap().status(), 200);
    outbox_drained(&app).await;
    assert!(mails_to(&b)
        .iter()
        .all(|m| !m.subject.starts_with("A seat")));
    assert_eq!(
        app.scalar_i64("SELECT waiting FROM events WHERE slug = 'past'")
            .await,
        1
    );
    app.stop().await;
}

both_engines!(
    staff_create_then_edit_an_event_on_the_form,
    an_update_is_emailed_once_with_a_higher_sequence,
    a_cancellation_is_emailed_and_promotes_nobody_after,
    raising_the_capacity_seats_the_first_waiting,
    a_file_breaking_the_rules_is_refused_whole,
    after_the_end_a_cancellation_promotes_nobody,
);
