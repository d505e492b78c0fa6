//! Letters reach Congress: local stand-ins of the House and Senate CWC services and of a
//! congress-forms server (written from their public descriptions) record what Chorus sends and
//! answer as the real ones may (2xx, 4xx, 5xx, no answer in time, captcha needed). A House member
//! on CWC gets the letter once (again with the same DeliveryId only when an answer was lost or the
//! instance was killed between the send and its record), a
//! senator not on CWC gets it through the forms service, and an office neither reaches is handed
//! back to the supporter by email.

mod common;

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chorus::config::Settings;
use chorus::letters::campaign::CongressSpec;
use chorus::letters::{self, targets, CampaignSpec};
use common::staff::{log_in, make_admin};
use common::*;
use quick_xml::events::Event;
use secrecy::SecretString;
use serde_json::{json, Value};

const HOUSE_KEY: &str = "house-vendor-key";
const SENATE_KEY: &str = "senate-vendor-key";
/// Bernard Sanders and Peter Welch (Vermont's senators) and Becca Balint (Vermont, at large).
const SANDERS: &str = "S000033";
const WELCH: &str = "W000800";

/// How a stand-in answers the next message.
#[derive(Debug, Clone)]
enum Reply {
    Status(u16, &'static str),
    /// Answers only after the client has given up.
    Late,
    /// Answers only after the process sending has been killed.
    Never,
    Captcha,
    FormError(&'static str),
    /// A success, padded past what Chorus reads of an answer.
    Huge,
}

#[derive(Debug, Clone)]
struct Seen {
    path: String,
    apikey: Option<String>,
    body: String,
}

#[derive(Clone, Default)]
struct Stand {
    seen: Arc<Mutex<Vec<Seen>>>,
    /// Replies to messages and form fills, in order; none left: success.
    script: Arc<Mutex<VecDeque<Reply>>>,
    house_offices: Vec<&'static str>,
    senate_offices: Vec<&'static str>,
    /// Members whose forms the forms service fills.
    form_members: Vec<&'static str>,
}

impl Stand {
    fn seen(&self, path: &str) -> Vec<Seen> {
        let all = self.seen.lock().unwrap();
        all.iter().filter(|s| s.path == path).cloned().collect()
    }

    fn record(&self, path: &str, q: &BTreeMap<String, String>, body: &Bytes) -> Option<Reply> {
        self.seen.lock().unwrap().push(Seen {
            path: path.into(),
            apikey: q.get("apikey").cloned(),
            body: String::from_utf8_lossy(body).into_owned(),
        });
        self.script.lock().unwrap().pop_front()
    }
}

type Q = Query<BTreeMap<String, String>>;

async fn cwc_answer(reply: Option<Reply>) -> Response {
    match reply {
        None => (StatusCode::OK, "<Response>Message accepted</Response>").into_response(),
        Some(Reply::Status(code, body)) => {
            (StatusCode::from_u16(code).unwrap(), body).into_response()
        }
        Some(Reply::Late) => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            (StatusCode::OK, "<Response>Message accepted</Response>").into_response()
        }
        Some(Reply::Never) => {
            tokio::time::sleep(Duration::from_secs(120)).await;
            (StatusCode::OK, "<Response>Message accepted</Response>").into_response()
        }
        Some(other) => panic!("not a CWC answer: {other:?}"),
    }
}

fn offices(list: &[&str], key: &str, q: &BTreeMap<String, String>) -> Response {
    if q.get("apikey").map(String::as_str) != Some(key) {
        return (StatusCode::UNAUTHORIZED, "bad key").into_response();
    }
    Json(json!(list)).into_response()
}

async fn stand_in(stand: Stand) -> String {
    let app = Router::new()
        .route(
            "/house/v2/offices",
            get(|State(s): State<Stand>, Query(q): Q| async move {
                s.seen.lock().unwrap().push(Seen {
                    path: "/house/v2/offices".into(),
                    apikey: q.get("apikey").cloned(),
                    body: String::new(),
                });
                offices(&s.house_offices, HOUSE_KEY, &q)
            }),
        )
        .route(
            "/house/v2/message",
            post(
                |State(s): State<Stand>, Query(q): Q, body: Bytes| async move {
                    cwc_answer(s.record("/house/v2/message", &q, &body)).await
                },
            ),
        )
        .route(
            "/house/v2/validate",
            post(
                |State(s): State<Stand>, Query(q): Q, body: Bytes| async move {
                    cwc_answer(s.record("/house/v2/validate", &q, &body)).await
                },
            ),
        )
        .route(
            "/senate/api/active_offices/",
            get(|State(s): State<Stand>, Query(q): Q| async move {
                offices(&s.senate_offices, SENATE_KEY, &q)
            }),
        )
        .route(
            "/senate/api/production-messages/",
            post(
                |State(s): State<Stand>, Query(q): Q, body: Bytes| async move {
                    cwc_answer(s.record("/senate/api/production-messages/", &q, &body)).await
                },
            ),
        )
        .route(
            "/forms/retrieve-form-elements",
            post(
                |State(s): State<Stand>, Json(req): Json<Value>| async move {
                    s.seen.lock().unwrap().push(Seen {
                        path: "/forms/retrieve-form-elements".into(),
                        apikey: None,
                        body: req.to_string(),
                    });
                    let mut out = serde_json::Map::new();
                    for id in req["bio_ids"].as_array().unwrap() {
                        let id = id.as_str().unwrap();
                        if s.form_members.contains(&id) {
                            let mut form = form_of_member();
                            // Welch's form also requires a phone number.
                            if id == WELCH {
                                form["required_actions"].as_array_mut().unwrap().push(
                                    json!({"value": "$PHONE", "maxlength": null, "options_hash": null}),
                                );
                            }
                            out.insert(id.into(), form);
                        }
                    }
                    Json(Value::Object(out))
                },
            ),
        )
        .route(
            "/forms/fill-out-form",
            post(|State(s): State<Stand>, body: Bytes| async move {
                let reply = s.record("/forms/fill-out-form", &BTreeMap::new(), &body);
                Json(match reply {
                    None => json!({"status": "success"}),
                    Some(Reply::Captcha) => {
                        json!({"status": "captcha_needed", "url": "/captchas/abc.png"})
                    }
                    Some(Reply::FormError(m)) => json!({"status": "error", "message": m}),
                    Some(Reply::Huge) => json!({"status": "success", "pad": "x".repeat(2 << 20)}),
                    Some(other) => panic!("not a forms answer: {other:?}"),
                })
            }),
        )
        .with_state(stand);
    // Under a prefix of its own: the forms' answers are cached per service address for the whole
    // process, and a later stand-in may be given a port an earlier one had.
    static STANDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let prefix = format!(
        "/stand-{}",
        STANDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let app = Router::new().nest(&prefix, app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}{prefix}")
}

/// A member's form as congress-forms describes it: the fields it requires.
fn form_of_member() -> Value {
    json!({
        "required_actions": [
            {"value": "$NAME_PREFIX", "maxlength": null, "options_hash": {" Mr. ": "Mr.", " Dr. ": "Dr."}},
            {"value": "$NAME_FIRST", "maxlength": null, "options_hash": null},
            {"value": "$NAME_LAST", "maxlength": null, "options_hash": null},
            {"value": "$ADDRESS_STREET", "maxlength": null, "options_hash": null},
            {"value": "$ADDRESS_CITY", "maxlength": null, "options_hash": null},
            {"value": "$ADDRESS_ZIP5", "maxlength": null, "options_hash": null},
            {"value": "$ADDRESS_STATE_POSTAL_ABBREV", "maxlength": null, "options_hash": "US_STATES_AND_TERRITORIES"},
            {"value": "$EMAIL", "maxlength": null, "options_hash": null},
            {"value": "$SUBJECT", "maxlength": 100, "options_hash": null},
            {"value": "$MESSAGE", "maxlength": null, "options_hash": null},
            {"value": "$TOPIC", "maxlength": null, "options_hash": {"Health Care": "HC", "*Other*": "OT"}}
        ],
        "defunct": false,
        "contact_url": null
    })
}

/// Which channels the app is given.
struct Channels {
    house: bool,
    senate: bool,
    forms: bool,
}

fn configure(s: &mut Settings, base: &str, ch: &Channels) {
    let c = &mut s.congress;
    if ch.house {
        c.house_cwc_url = format!("{base}/house");
        c.house_cwc_api_key = SecretString::from(HOUSE_KEY.to_owned());
    }
    if ch.senate {
        c.senate_cwc_url = format!("{base}/senate");
        c.senate_cwc_api_key = SecretString::from(SENATE_KEY.to_owned());
    }
    if ch.forms {
        c.forms_url = format!("{base}/forms");
    }
    c.delivery_agent = "Friends of the Earth & Co".into();
    c.delivery_agent_ack_email = "ack@agent.example".into();
    c.delivery_agent_contact_name = "Ada Agent".into();
    c.delivery_agent_contact_email = "ada@agent.example".into();
    c.delivery_agent_contact_phone = "202-555-0100".into();
    c.organization = "Clean Air Vermont".into();
    c.organization_contact_email = "hello@cleanair.example".into();
    c.timeout_ms = 500;
}

async fn start(
    engine: Engine,
    stand: Stand,
    ch: Channels,
    campaign: (&str, &str),
    congress: Option<CongressSpec>,
) -> TestApp {
    start_with(engine, stand, ch, campaign, congress, |_| {}).await
}

/// `start`, with more settings changed by `more`.
async fn start_with(
    engine: Engine,
    stand: Stand,
    ch: Channels,
    (slug, rule): (&str, &str),
    congress: Option<CongressSpec>,
    more: impl FnOnce(&mut Settings),
) -> TestApp {
    let base = stand_in(stand).await;
    let app = TestApp::spawn_with(engine, |s| {
        configure(s, &base, &ch);
        more(s);
    })
    .await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.slug = slug.into();
    spec.target_rule = rule.parse().unwrap();
    spec.window_start_hour = 0;
    spec.window_end_hour = 24;
    spec.congress = congress;
    letters::save_campaign(app.db(), &spec).await.unwrap();
    // The directory says how each member's letter travels once the office lists are in.
    let lists = i64::from(ch.house) + i64::from(ch.senate);
    let deadline = Instant::now() + Duration::from_secs(20);
    while app
        .scalar_i64("SELECT COUNT(*) FROM congress_office_lists")
        .await
        < lists
    {
        assert!(Instant::now() < deadline, "the office lists never came");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    chorus::deliveries::offices::sync_channels(app.db(), &app.state.settings)
        .await
        .unwrap();
    app
}

/// Writes and confirms letters from a Burlington, Vermont supporter; returns their address and
/// the page the confirmation shows.
async fn write_and_confirm(app: &TestApp, slug: &str) -> (String, String) {
    let to = unique_email("congress");
    let form = [
        ("name", "Grace Brewster Hopper"),
        ("email", to.as_str()),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("personal_message", "This matters to my family."),
        ("subject", "0"),
        ("consent", "on"),
        ("prefix", "Dr."),
        ("phone", "802-555-0142"),
    ];
    let res = app.post_form(&format!("/l/{slug}/send"), &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let mails = wait_for_mails(&to, 1).await;
    let link = app.link(&mails[0].link("/letters/confirm/"));
    let res = app.client.post(&link).send().await.unwrap();
    assert_eq!(res.status(), 200);
    (to, res.text().await.unwrap())
}

/// Waits until `n` deliveries are no longer waiting.
async fn settled(app: &TestApp, n: i64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let done = app
            .scalar_i64("SELECT COUNT(*) FROM congress_deliveries WHERE state <> 'waiting'")
            .await;
        if done >= n {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{done} of {n} deliveries settled"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// (state, channel, reason) of the delivery of the letter to the member `bioguide`.
async fn delivery_of(app: &TestApp, bioguide: &str) -> (String, String, String) {
    let q = |col: &str| {
        format!(
            "SELECT {col} FROM congress_deliveries d JOIN letters l ON l.id = d.letter_id \
             JOIN targets t ON t.id = l.target_id WHERE t.external_id = '{bioguide}'"
        )
    };
    (
        text_on(&app.db.url, &q("d.state")).await,
        text_on(&app.db.url, &q("d.channel")).await,
        text_on(&app.db.url, &q("COALESCE(d.reason, '')")).await,
    )
}

/// Every text node of a document by element path, read with a plain XML parser.
fn xml_fields(xml: &str) -> BTreeMap<String, Vec<String>> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let (mut path, mut out) = (Vec::<String>::new(), BTreeMap::<String, Vec<String>>::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => path.push(String::from_utf8_lossy(e.name().as_ref()).into()),
            Event::End(_) => {
                path.pop();
            }
            Event::Text(t) => out
                .entry(path.join("/"))
                .or_default()
                .push(t.unescape().unwrap().into_owned()),
            Event::Eof => return out,
            _ => {}
        }
    }
}

fn one<'a>(f: &'a BTreeMap<String, Vec<String>>, path: &str) -> &'a str {
    match f.get(path).map(Vec::as_slice) {
        Some([v]) => v,
        other => panic!("{path}: {other:?}"),
    }
}

async fn each_office_through_the_first_channel_that_reaches_it(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00", "HCA12"],
        // Vermont's senators are not on the Senate's CWC list.
        senate_offices: vec!["SWA01"],
        form_members: vec![SANDERS],
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: true,
        forms: true,
    };
    let app = start(engine, stand.clone(), ch, ("congress", "us_congress"), None).await;
    // CWC takes no letter without a form of address: the letters' page asks for it.
    let mut form = vec![
        ("name", "Grace Brewster Hopper"),
        ("email", "grace@example.com"),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
        ("consent", "on"),
    ];
    let res = app.post_form("/l/congress/send", &form).await;
    assert_eq!(res.status(), 422, "not sent");
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Choose how the office should address you") && page.contains("id=\"phone\""),
        "{page}"
    );
    // Required here (a letter goes through CWC): no "(optional)" on it, unlike the phone.
    assert!(
        page.contains("How should the office address you?</label>")
            && page.contains("Phone number (optional)"),
        "{page}"
    );
    form.extend([("prefix", "Sir"), ("phone", "12")]);
    let page = app
        .post_form("/l/congress/send", &form)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Choose a form of address from the list"),
        "{page}"
    );
    assert!(
        page.contains("Enter a phone number of 7 to 15 digits"),
        "{page}"
    );
    let (to, confirmed) = write_and_confirm(&app, "congress").await;
    // Every letter is delivered for the supporter: the page says so, and no pack is promised.
    assert_eq!(
        confirmed
            .matches("We deliver this letter to the office for you")
            .count(),
        3,
        "{confirmed}"
    );
    assert!(!confirmed.contains("We have also emailed you these letters"));
    settled(&app, 3).await;

    // The House member is on CWC: one message, every field as the specification names it.
    let sent = stand.seen("/house/v2/message");
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_eq!(sent[0].apikey.as_deref(), Some(HOUSE_KEY));
    let f = xml_fields(&sent[0].body);
    assert_eq!(one(&f, "CWC/CWCVersion"), "2.0");
    let id = one(&f, "CWC/Delivery/DeliveryId");
    assert!(
        id.len() == 32 && id.chars().all(|c| c.is_ascii_alphanumeric()),
        "{id}"
    );
    let today = chrono::Utc::now().format("%Y%m%d").to_string();
    assert_eq!(one(&f, "CWC/Delivery/DeliveryDate"), today);
    assert_eq!(
        one(&f, "CWC/Delivery/DeliveryAgent"),
        "Friends of the Earth & Co"
    );
    assert_eq!(
        one(&f, "CWC/Delivery/DeliveryAgentAckEmailAddress"),
        "ack@agent.example"
    );
    let contact = "CWC/Delivery/DeliveryAgentContact/DeliveryAgentContact";
    assert_eq!(one(&f, &format!("{contact}Name")), "Ada Agent");
    assert_eq!(one(&f, &format!("{contact}Email")), "ada@agent.example");
    assert_eq!(one(&f, &format!("{contact}Phone")), "202-555-0100");
    assert_eq!(one(&f, "CWC/Delivery/Organization"), "Clean Air Vermont");
    assert_eq!(
        one(
            &f,
            "CWC/Delivery/OrganizationContact/OrganizationContactEmail"
        ),
        "hello@cleanair.example"
    );
    assert_eq!(one(&f, "CWC/Delivery/CampaignId"), "congress", "the slug");
    assert_eq!(one(&f, "CWC/Recipient/MemberOffice"), "HVT00");
    assert_eq!(one(&f, "CWC/Constituent/Prefix"), "Dr.");
    assert_eq!(one(&f, "CWC/Constituent/Phone"), "802-555-0142");
    assert_eq!(one(&f, "CWC/Constituent/FirstName"), "Grace Brewster");
    assert_eq!(one(&f, "CWC/Constituent/LastName"), "Hopper");
    assert_eq!(one(&f, "CWC/Constituent/Address1"), "1 Church Street");
    assert_eq!(one(&f, "CWC/Constituent/City"), "Burlington");
    assert_eq!(one(&f, "CWC/Constituent/StateAbbreviation"), "VT");
    assert_eq!(one(&f, "CWC/Constituent/Zip"), "05401");
    assert_eq!(one(&f, "CWC/Constituent/Email"), to);
    let (subject, body) = {
        let q = |col: &str| {
            format!(
                "SELECT l.{col} FROM letters l JOIN targets t ON t.id = l.target_id \
                 WHERE t.external_id = 'B001318'"
            )
        };
        (
            text_on(&app.db.url, &q("subject")).await,
            text_on(&app.db.url, &q("body")).await,
        )
    };
    assert_eq!(one(&f, "CWC/Message/Subject"), subject);
    assert_eq!(
        one(
            &f,
            "CWC/Message/LibraryOfCongressTopics/LibraryOfCongressTopic"
        ),
        "Government Operations and Politics"
    );
    assert_eq!(one(&f, "CWC/Message/ConstituentMessage"), body.trim());
    assert!(stand.seen("/senate/api/production-messages/").is_empty());

    // Sanders is not on the Senate's CWC list: his form is filled, with the supporter's details.
    let fills = stand.seen("/forms/fill-out-form");
    assert_eq!(fills.len(), 1, "{fills:#?}");
    let fill: Value = serde_json::from_str(&fills[0].body).unwrap();
    assert_eq!(fill["bio_id"], SANDERS);
    assert_eq!(fill["campaign_tag"], "congress");
    let fields = &fill["fields"];
    assert_eq!(fields["$NAME_FIRST"], "Grace Brewster");
    assert_eq!(fields["$NAME_LAST"], "Hopper");
    assert_eq!(fields["$ADDRESS_STREET"], "1 Church Street");
    assert_eq!(fields["$ADDRESS_CITY"], "Burlington");
    assert_eq!(fields["$ADDRESS_ZIP5"], "05401");
    assert_eq!(fields["$ADDRESS_STATE_POSTAL_ABBREV"], "VT");
    assert_eq!(fields["$EMAIL"], to.as_str());
    assert_eq!(fields["$TOPIC"], "OT", "no topic matched: the form's other");
    assert!(fields["$MESSAGE"]
        .as_str()
        .unwrap()
        .contains("This matters to my family."));
    assert_eq!(fields["$NAME_PREFIX"], "Dr.");
    assert_eq!(fields.as_object().unwrap().len(), 11);

    assert_eq!(
        delivery_of(&app, "B001318").await,
        ("sent".into(), "cwc".into(), String::new())
    );
    assert_eq!(
        delivery_of(&app, SANDERS).await,
        ("sent".into(), "form_service".into(), String::new())
    );
    // Welch: neither CWC nor the forms service reaches him; the letter is the supporter's to send.
    assert_eq!(delivery_of(&app, WELCH).await.0, "hand");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letters WHERE state = 'manual'")
            .await,
        1
    );

    // The supporter is told beforehand how each letter will travel: in the API and on the page.
    chorus::deliveries::offices::sync_channels(app.db(), &app.state.settings)
        .await
        .unwrap();
    let details = json!({
        "name": "Ada Lovelace", "email": "ada@example.com", "address": "2 Main Street",
        "city": "Burlington", "country": "US", "postcode": "05401", "state": "VT",
    });
    let res = app
        .post_json("/api/v1/letters/congress/lookup", &details)
        .await;
    assert_eq!(res.status(), 200);
    let answer: Value = res.json().await.unwrap();
    let channel_of = |name: &str| {
        answer["letters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["target"].as_str().unwrap().contains(name))
            .map(|l| l["delivery"].as_str().unwrap().to_owned())
            .unwrap()
    };
    assert_eq!(channel_of("Balint"), "cwc");
    assert_eq!(channel_of("Sanders"), "form_service");
    assert_eq!(
        channel_of("Welch"),
        "form_service",
        "the forms service is tried"
    );
    let preview = app
        .post_form(
            "/l/congress/write",
            &[
                ("name", "Ada Lovelace"),
                ("email", "ada@example.com"),
                ("address", "2 Main Street"),
                ("city", "Burlington"),
                ("country", "US"),
                ("postcode", "05401"),
                ("state", "VT"),
            ],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        preview.contains("data-delivery=\"cwc\"")
            && preview.contains("through Communicating with Congress"),
        "{preview}"
    );
    assert!(preview.contains("data-delivery=\"form_service\""));

    // Staff see where each letter stands.
    make_admin(&app, "staff@example.org", "owner").await;
    let staff = log_in(&app, "staff@example.org").await;
    let page = staff
        .get(&app, "/admin/letters/congress")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        page.matches("data-testid=\"delivery-row\"").count(),
        3,
        "{page}"
    );
    assert!(page.contains("Sent via CWC") && page.contains("Sent via the office"));
    assert_eq!(page.matches("data-state=\"sent\"").count(), 2);
    assert!(page.contains("Hand delivery: no service reaches this office"));

    // The confirmation, two receipts and the letter handed back; no pack of all three.
    let mails = assert_mail_count(&app, &to, 4).await;
    let subjects: Vec<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
    let receipts: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.contains("has been delivered"))
        .collect();
    assert_eq!(receipts.len(), 2, "{subjects:?}");
    assert!(receipts
        .iter()
        .any(|m| m.text.contains("through Communicating with Congress")
            && m.subject.contains("Becca Balint")));
    assert!(receipts
        .iter()
        .any(|m| m.text.contains("contact form") && m.subject.contains("Sanders")));
    let hand: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.contains("ready for you to deliver"))
        .collect();
    assert_eq!(hand.len(), 1, "{subjects:?}");
    assert!(hand[0].subject.contains("Peter Welch"));
    assert!(
        hand[0].text.contains("Contact form: https://"),
        "{}",
        hand[0].text
    );
    assert!(hand[0].text.contains("This matters to my family."));
    app.stop().await;
}

/// One letter to Vermont's House member through CWC, with the stand-in answering by `script`.
async fn house_letter(
    engine: Engine,
    script: Vec<Reply>,
    test_mode: bool,
) -> (TestApp, Stand, String) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        script: Arc::new(Mutex::new(script.into())),
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: false,
    };
    let congress = test_mode.then(|| CongressSpec {
        cwc_topics: vec!["Health".into(), "Environmental Protection".into()],
        cwc_campaign_id: "clean-air-2026".into(),
        test_mode: true,
    });
    let app = start(engine, stand.clone(), ch, ("house", "us_house"), congress).await;
    let (to, _) = write_and_confirm(&app, "house").await;
    settled(&app, 1).await;
    (app, stand, to)
}

fn delivery_ids(seen: &[Seen]) -> Vec<String> {
    seen.iter()
        .map(|s| one(&xml_fields(&s.body), "CWC/Delivery/DeliveryId").to_owned())
        .collect()
}

async fn a_server_error_is_retried_with_the_same_delivery_id(engine: Engine) {
    let script = vec![Reply::Status(503, "busy")];
    let (app, stand, to) = house_letter(engine, script, true).await;
    // Test mode: the validate endpoint, never the real one.
    assert!(stand.seen("/house/v2/message").is_empty());
    let sent = stand.seen("/house/v2/validate");
    assert_eq!(sent.len(), 2, "{sent:#?}");
    let ids = delivery_ids(&sent);
    assert_eq!(ids[0], ids[1], "a retry is the same message");
    let f = xml_fields(&sent[1].body);
    assert_eq!(
        f["CWC/Message/LibraryOfCongressTopics/LibraryOfCongressTopic"],
        vec!["Health", "Environmental Protection"]
    );
    assert_eq!(one(&f, "CWC/Delivery/CampaignId"), "clean-air-2026");
    // A testing endpoint's acceptance is no delivery: no receipt tells the supporter otherwise.
    assert_eq!(delivery_of(&app, "B001318").await.0, "tested");
    assert_mail_count(&app, &to, 1).await;
    app.stop().await;
}

async fn a_test_mode_campaign_reaches_no_office(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        form_members: vec![SANDERS, WELCH],
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: true,
    };
    let congress = CongressSpec {
        cwc_topics: vec![],
        cwc_campaign_id: String::new(),
        test_mode: true,
    };
    let campaign = ("congress", "us_congress");
    let app = start(engine, stand.clone(), ch, campaign, Some(congress)).await;
    let (to, _) = write_and_confirm(&app, "congress").await;
    settled(&app, 3).await;
    assert!(stand.seen("/house/v2/message").is_empty());
    assert_eq!(stand.seen("/house/v2/validate").len(), 1);
    // The senators' forms are checked, never filled: a filled form reaches a real office.
    assert!(stand.seen("/forms/fill-out-form").is_empty());
    assert_eq!(delivery_of(&app, SANDERS).await.0, "tested");
    assert_eq!(delivery_of(&app, WELCH).await.0, "tested");
    assert_eq!(delivery_of(&app, "B001318").await.0, "tested");
    assert_mail_count(&app, &to, 1).await;
    make_admin(&app, "staff@example.org", "owner").await;
    let staff = log_in(&app, "staff@example.org").await;
    let page = staff
        .get(&app, "/admin/letters/congress")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(page.matches("Tested (test mode)").count(), 3, "{page}");
    app.stop().await;
}

async fn a_lost_answer_is_sent_again_with_the_same_delivery_id(engine: Engine) {
    // The stand-in takes the message but its answer comes after the client gave up: the letter
    // is sent again, and CWC sees the same DeliveryId, so the office gets one message.
    let (app, stand, to) = house_letter(engine, vec![Reply::Late], false).await;
    let sent = stand.seen("/house/v2/message");
    assert_eq!(sent.len(), 2, "{sent:#?}");
    let ids = delivery_ids(&sent);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(sent[0].body, sent[1].body, "the very same message");
    assert_eq!(delivery_of(&app, "B001318").await.0, "sent");
    assert_eq!(
        app.scalar_i64("SELECT attempts FROM congress_deliveries")
            .await,
        2
    );
    assert_mail_count(&app, &to, 2).await;
    app.stop().await;
}

async fn a_refused_message_goes_back_to_the_supporter(engine: Engine) {
    let script = vec![Reply::Status(
        400,
        "<Errors><Error>Invalid ZIP code for this office</Error></Errors>",
    )];
    let (app, stand, to) = house_letter(engine, script, false).await;
    assert_eq!(
        stand.seen("/house/v2/message").len(),
        1,
        "a 4xx is not retried"
    );
    let (state, channel, reason) = delivery_of(&app, "B001318").await;
    assert_eq!((state.as_str(), channel.as_str()), ("failed", "cwc"));
    assert!(
        reason.contains("400") && reason.contains("Invalid ZIP code"),
        "{reason}"
    );
    let mails = assert_mail_count(&app, &to, 2).await;
    assert!(mails[1].subject.contains("ready for you to deliver"));
    assert!(
        mails[1].text.contains("could not deliver"),
        "{}",
        mails[1].text
    );
    assert!(
        !mails[1].text.contains("Invalid ZIP"),
        "no service's words reach the supporter"
    );
    app.stop().await;
}

async fn a_captcha_or_a_form_error_hands_the_letter_back(engine: Engine) {
    let stand = Stand {
        form_members: vec![SANDERS, WELCH],
        script: Arc::new(Mutex::new(
            vec![Reply::Captcha, Reply::FormError("form changed")].into(),
        )),
        ..Stand::default()
    };
    let ch = Channels {
        house: false,
        senate: false,
        forms: true,
    };
    let app = start(engine, stand.clone(), ch, ("senate", "us_senators"), None).await;
    let (to, _) = write_and_confirm(&app, "senate").await;
    settled(&app, 2).await;
    assert_eq!(stand.seen("/forms/fill-out-form").len(), 2);
    let mut reasons = Vec::new();
    for member in [SANDERS, WELCH] {
        let (state, channel, reason) = delivery_of(&app, member).await;
        assert_eq!(
            (state.as_str(), channel.as_str()),
            ("failed", "form_service")
        );
        reasons.push(reason);
    }
    reasons.sort();
    assert_eq!(reasons, vec!["captcha needed", "form changed"]);
    let mails = assert_mail_count(&app, &to, 3).await;
    assert_eq!(
        mails
            .iter()
            .filter(|m| m.subject.contains("ready for you to deliver"))
            .count(),
        2
    );
    app.stop().await;
}

/// A running `chorus serve`, killed (SIGKILL) when dropped.
struct Instance(std::process::Child, u16);

impl Instance {
    async fn start(db_url: &str, stand_in: &str) -> Instance {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
            .env("DATABASE_URL", db_url)
            .env("CHORUS_LISTEN", format!("127.0.0.1:{port}"))
            .env("CHORUS_BASE_URL", BASE_URL)
            .env(
                "CHORUS_SMTP_URL",
                format!("smtp://{}", std::env::var("CHORUS_TEST_SMTP").unwrap()),
            )
            .env("CHORUS_WORKER__POLL_MS", "50")
            .env("CHORUS_ABUSE__ALLOW_IPS", "127.0.0.0/8")
            .env("CHORUS_ABUSE__DOMAIN_MAX", "1000000")
            .env("CHORUS_ABUSE__MIN_FILL_SECS", "0")
            .env(
                "CHORUS_CONGRESS__HOUSE_CWC_URL",
                format!("{stand_in}/house"),
            )
            .env("CHORUS_CONGRESS__HOUSE_CWC_API_KEY", HOUSE_KEY)
            .env("CHORUS_CONGRESS__LEASE_SECS", "1")
            .env("CHORUS_CONGRESS__TIMEOUT_MS", "60000")
            .env("RUST_LOG", "error")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .arg("serve")
            .spawn()
            .unwrap();
        let instance = Instance(child, port);
        let deadline = Instant::now() + Duration::from_secs(30);
        while reqwest::get(instance.url("/readyz"))
            .await
            .map(|r| r.status() != 200)
            .unwrap_or(true)
        {
            assert!(Instant::now() < deadline, "the instance never became ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        instance
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.1)
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn wait_until(url: &str, sql: &str, want: i64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while scalar_on(url, sql).await != want {
        assert!(Instant::now() < deadline, "never {want}: {sql}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn a_crash_between_send_and_record_resends_the_same_message(engine: Engine) {
    // The first message reaches CWC, and the instance is killed before the answer comes.
    let stand = Stand {
        house_offices: vec!["HVT00"],
        script: Arc::new(Mutex::new(vec![Reply::Never].into())),
        ..Stand::default()
    };
    let base = stand_in(stand.clone()).await;
    let db = TestDb::new(engine).await;
    let first = Instance::start(&db.url, &base).await;
    let pool = open_db(&db.url).await;
    targets::import_us_congress(&pool, None).await.unwrap();
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.slug = "house".into();
    spec.target_rule = "us_house".parse().unwrap();
    spec.window_start_hour = 0;
    spec.window_end_hour = 24;
    letters::save_campaign(&pool, &spec).await.unwrap();

    let to = unique_email("crash");
    let form = [
        ("name", "Grace Hopper"),
        ("email", to.as_str()),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
        ("consent", "on"),
        ("prefix", "Ms."),
    ];
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = client
        .post(first.url("/l/house/send"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let mails = wait_for_mails(&to, 1).await;
    let link = mails[0].link("/letters/confirm/");
    let link = first.url(link.strip_prefix(BASE_URL).unwrap());
    assert_eq!(client.post(&link).send().await.unwrap().status(), 200);

    let deadline = Instant::now() + Duration::from_secs(30);
    while stand.seen("/house/v2/message").is_empty() {
        assert!(Instant::now() < deadline, "the message never left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop(first);
    let sent = "SELECT COUNT(*) FROM congress_deliveries WHERE state = 'sent'";
    assert_eq!(
        scalar_on(&db.url, sent).await,
        0,
        "the answer was never recorded"
    );

    // A fresh instance sends it again once the lease ends, as the same message.
    let second = Instance::start(&db.url, &base).await;
    wait_until(&db.url, sent, 1).await;
    let seen = stand.seen("/house/v2/message");
    assert_eq!(seen.len(), 2, "{seen:#?}");
    let ids = delivery_ids(&seen);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(
        scalar_on(&db.url, "SELECT attempts FROM congress_deliveries").await,
        2
    );
    // The receipt goes out once, with the record.
    wait_until(
        &db.url,
        "SELECT COUNT(*) FROM outbox WHERE state = 'pending'",
        0,
    )
    .await;
    let mails = mails_to(&to);
    assert_eq!(
        mails.len(),
        2,
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert!(mails[1].subject.contains("has been delivered"));
    drop(second);
}

async fn staff_set_a_campaigns_cwc_settings(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let mut form = vec![
        ("slug", "senate"),
        ("title", "Write to your senators"),
        ("state", "open"),
        ("target_rule", "us_senators"),
        ("subjects", "Clean air"),
        (
            "template",
            "Dear {{ target.title }},\n\n{{ personal_message }}",
        ),
        ("max_length", "5000"),
        ("window_start_hour", "0"),
        ("window_end_hour", "24"),
        ("time_zone", "UTC"),
        ("hourly_cap", "30"),
        ("consent_text", "I agree."),
        ("cwc_topics", "Health\nEnvironmental Protection, Energy"),
        ("cwc_campaign_id", "clean-air"),
        ("cwc_test_mode", "on"),
        ("action", "save"),
    ];
    // A topic with a comma is refused, by its field.
    let res = staff.post(&app, "/admin/letters", &form).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("at most 10 topics"));
    form[12] = ("cwc_topics", "Health\nEnvironmental Protection");
    let res = staff.post(&app, "/admin/letters", &form).await;
    assert_eq!(res.status(), 303);
    let row = text_on(
        &app.db.url,
        "SELECT cwc_topics || '|' || cwc_campaign_id || '|' || CASE WHEN test_mode THEN 'test' ELSE 'live' END \
         FROM letter_campaign_congress",
    )
    .await;
    assert_eq!(row, "Health,Environmental Protection|clean-air|test");
    // The edit form shows them back.
    let page = staff
        .get(&app, "/admin/letters/senate/edit")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Health\nEnvironmental Protection</textarea>"),
        "{page}"
    );
    assert!(
        page.contains("value=\"clean-air\"")
            && page.contains("name=\"cwc_test_mode\" value=\"on\" checked")
    );
    app.stop().await;
}

/// Runs delivery rounds in the test, as the job would.
async fn rounds(app: &TestApp, n: usize) {
    let http = reqwest::Client::new();
    for _ in 0..n {
        chorus::deliveries::dispatch::run(app.db(), &app.state.settings, &http)
            .await
            .unwrap();
    }
}

async fn an_erased_letter_is_not_delivered_afterwards(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        script: Arc::new(Mutex::new(vec![Reply::Status(503, "busy")].into())),
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: false,
    };
    // The busy service is tried again an hour later: the supporter erases before that.
    let app = start_with(
        engine,
        stand.clone(),
        ch,
        ("house", "us_house"),
        None,
        |s| {
            s.worker.backoff_base_secs = 3600;
        },
    )
    .await;
    let (to, _) = write_and_confirm(&app, "house").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while app
        .scalar_i64("SELECT COUNT(*) FROM congress_deliveries WHERE reason IS NOT NULL")
        .await
        < 1
    {
        assert!(Instant::now() < deadline, "the first try never came");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let link = app.link(&wait_for_mails(&to, 1).await[0].link("/letters/confirm/"));
    let erase = link.replace("/letters/confirm/", "/letters/erase/");
    let res = app.client.post(&erase).form(&[("confirm", "yes")]).send();
    assert_eq!(res.await.unwrap().status(), 200);
    // Whatever is left of the delivery would be due now.
    app.execute("UPDATE congress_deliveries SET next_at = 0")
        .await;
    rounds(&app, 3).await;
    assert_eq!(
        stand.seen("/house/v2/message").len(),
        1,
        "sent once, before"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM congress_deliveries")
            .await,
        0
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM outbox WHERE recipient = ''")
            .await,
        0
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM letter_data_tokens")
            .await,
        0
    );
    app.stop().await;
}

/// `n` copies of letter `id` from other addresses, in `state`.
async fn copies(app: &TestApp, id: i64, n: usize, state: &str) {
    for i in 0..n {
        app.execute(&format!(
            "INSERT INTO letters (campaign_id, supporter_id, target_id, canonical_email, subject, body, edited, \
             state, created_at, confirmed_at) SELECT campaign_id, supporter_id, target_id, 'copy-{state}-{i}', \
             subject, body, edited, '{state}', created_at, confirmed_at FROM letters WHERE id = {id}"
        ))
        .await;
    }
}

async fn letters_that_cannot_go_do_not_hold_up_the_others(engine: Engine) {
    let stand = Stand {
        form_members: vec![SANDERS, WELCH],
        ..Stand::default()
    };
    let ch = Channels {
        house: false,
        senate: false,
        forms: true,
    };
    // The House's office list never loads: its letters wait for it.
    let campaign = ("congress", "us_congress");
    let app = start_with(engine, stand.clone(), ch, campaign, None, |s| {
        s.congress.house_cwc_url = "http://127.0.0.1:9/house".into();
        s.congress.house_cwc_api_key = SecretString::from(HOUSE_KEY.to_owned());
    })
    .await;
    write_and_confirm(&app, "congress").await;
    settled(&app, 2).await;
    let house = app
        .scalar_i64(
            "SELECT l.id FROM letters l JOIN targets t ON t.id = l.target_id WHERE t.external_id = 'B001318'",
        )
        .await;
    // More waiting deliveries than a round takes, and more letters over the office's hourly cap
    // than a claim reads at once, all older than the next supporter's.
    app.execute("UPDATE letter_campaigns SET hourly_cap = 2")
        .await;
    copies(&app, house, 60, "queued").await;
    app.execute(
        "INSERT INTO congress_deliveries (letter_id, delivery_id, next_at, created_at) \
         SELECT id, 'D' || canonical_email, 0, 0 FROM letters WHERE canonical_email LIKE 'copy-queued-%'",
    )
    .await;
    copies(&app, house, 60, "confirmed").await;
    write_and_confirm(&app, "congress").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while stand.seen("/forms/fill-out-form").len() < 4 {
        assert!(
            Instant::now() < deadline,
            "the second supporter's letters to the senators never left"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    app.stop().await;
}

async fn a_send_that_never_records_its_answer_stops_at_the_attempts_limit(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        script: Arc::new(Mutex::new(vec![Reply::Status(503, "busy")].into())),
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: false,
    };
    let app = start_with(
        engine,
        stand.clone(),
        ch,
        ("house", "us_house"),
        None,
        |s| {
            s.worker.backoff_base_secs = 3600;
            s.worker.max_attempts = 3;
        },
    )
    .await;
    let (to, _) = write_and_confirm(&app, "house").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while app
        .scalar_i64("SELECT COUNT(*) FROM congress_deliveries WHERE reason IS NOT NULL")
        .await
        < 1
    {
        assert!(Instant::now() < deadline, "the first try never came");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    // As if each later try had been leased and the process had died before its answer: the
    // lease counted the attempt, and ended.
    app.execute("UPDATE congress_deliveries SET attempts = 3, next_at = 0")
        .await;
    rounds(&app, 2).await;
    assert_eq!(stand.seen("/house/v2/message").len(), 1, "no fourth send");
    let (state, _, reason) = delivery_of(&app, "B001318").await;
    assert_eq!(state, "failed");
    assert!(reason.contains("after 3 attempts"), "{reason}");
    let mails = assert_mail_count(&app, &to, 2).await;
    assert!(!mails[1].subject.contains("has been delivered"));
    app.stop().await;
}

async fn an_answer_too_large_is_not_read(engine: Engine) {
    let stand = Stand {
        form_members: vec![SANDERS],
        script: Arc::new(Mutex::new(vec![Reply::Huge, Reply::Huge].into())),
        ..Stand::default()
    };
    let ch = Channels {
        house: false,
        senate: false,
        forms: true,
    };
    let campaign = ("senate", "us_senators");
    let app = start_with(engine, stand.clone(), ch, campaign, None, |s| {
        s.worker.max_attempts = 2;
    })
    .await;
    write_and_confirm(&app, "senate").await;
    settled(&app, 2).await;
    assert_eq!(stand.seen("/forms/fill-out-form").len(), 2);
    let (state, _, reason) = delivery_of(&app, SANDERS).await;
    assert_eq!(state, "failed", "a success nobody read is no delivery");
    assert!(reason.contains("larger than 1048576 bytes"), "{reason}");
    app.stop().await;
}

async fn a_failing_office_list_is_not_asked_for_again_at_once(engine: Engine) {
    let stand = Stand::default();
    let ch = Channels {
        house: false,
        senate: false,
        forms: true,
    };
    let campaign = ("house", "us_house");
    // The House's list service refuses the key.
    let app = start_with(engine, stand.clone(), ch, campaign, None, |s| {
        let base = s.congress.forms_url.trim_end_matches("/forms").to_owned();
        s.congress.house_cwc_url = format!("{base}/house");
        s.congress.house_cwc_api_key = SecretString::from("wrong".to_owned());
    })
    .await;
    let http = reqwest::Client::new();
    let marks = chorus::deliveries::offices::Marks::default();
    let refresh =
        || chorus::deliveries::offices::refresh(app.db(), &app.state.settings, &http, &marks);
    assert!(refresh().await.is_err(), "the list is refused");
    for _ in 0..4 {
        // Not fetched again: nothing fails.
        refresh().await.unwrap();
    }
    // Once from these runs, and at most once from the app's own job.
    let asked = stand.seen("/house/v2/offices").len();
    assert!((1..=2).contains(&asked), "asked {asked} times");
    app.stop().await;
}

/// A fixed list naming a senator of another state: CWC and the forms service carry constituents'
/// letters only, so that letter is never sent through them; the supporter's own senator on the
/// same list is.
async fn a_member_who_does_not_represent_the_writer_gets_no_service_delivery(engine: Engine) {
    const CANTWELL: &str = "C000127";
    let stand = Stand {
        // Both senators are on CWC and in the forms service: only constituency keeps one out.
        senate_offices: vec!["SWA01", "SVT01"],
        form_members: vec![CANTWELL, SANDERS],
        ..Stand::default()
    };
    let ch = Channels {
        house: false,
        senate: true,
        forms: true,
    };
    let app = start(engine, stand.clone(), ch, ("congress", "us_senators"), None).await;
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.slug = "fixed".into();
    spec.target_rule = "fixed".parse().unwrap();
    spec.fixed_targets = vec![
        format!("{}/{CANTWELL}", targets::US_SENATE),
        format!("{}/{SANDERS}", targets::US_SENATE),
    ];
    spec.window_start_hour = 0;
    spec.window_end_hour = 24;
    letters::save_campaign(app.db(), &spec).await.unwrap();
    // The lookup already says who delivers which letter.
    let res = app
        .client
        .post(app.url("/api/v1/letters/fixed/lookup"))
        .json(
            &json!({"name": "Grace Brewster Hopper", "email": "grace@example.com",
            "address": "1 Church Street", "city": "Burlington", "country": "US",
            "postcode": "05401", "state": "VT"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let found: Value = res.json().await.unwrap();
    let delivery = |name: &str| {
        found["letters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["target"].as_str().unwrap_or("").contains(name))
            .map(|l| l["delivery"].as_str().unwrap_or("").to_owned())
    };
    assert_eq!(
        delivery("Cantwell").as_deref(),
        Some("contact_form"),
        "{found}"
    );
    assert_eq!(delivery("Sanders").as_deref(), Some("cwc"), "{found}");
    // A state typed (or picked by mistake) that the ZIP code does not lie in proves nothing.
    let res = app
        .client
        .post(app.url("/api/v1/letters/fixed/lookup"))
        .json(
            &json!({"name": "Grace Brewster Hopper", "email": "grace@example.com",
            "address": "1 Church Street", "city": "Burlington", "country": "US",
            "postcode": "05401", "state": "WA"}),
        )
        .send()
        .await
        .unwrap();
    let typed: Value = res.json().await.unwrap();
    let cantwell = typed["letters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["target"].as_str().unwrap_or("").contains("Cantwell"))
        .map(|l| l["delivery"].as_str().unwrap_or("").to_owned());
    assert_eq!(cantwell.as_deref(), Some("contact_form"), "{typed}");

    let (to, _) = write_and_confirm(&app, "fixed").await;
    settled(&app, 2).await;
    let sent = stand.seen("/senate/api/production-messages/");
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_eq!(
        one(&xml_fields(&sent[0].body), "CWC/Recipient/MemberOffice"),
        "SVT01",
        "only the writer's own senator"
    );
    assert!(stand.seen("/forms/fill-out-form").is_empty());
    let (state, channel, reason) = delivery_of(&app, CANTWELL).await;
    assert_eq!((state.as_str(), channel.as_str()), ("hand", ""));
    assert!(
        reason.contains("not the supporter's own member"),
        "{reason}"
    );
    assert_eq!(delivery_of(&app, SANDERS).await.0, "sent");
    let mails = assert_mail_count(&app, &to, 3).await;
    let hand: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.contains("ready for you to deliver"))
        .collect();
    assert_eq!(hand.len(), 1);
    assert!(
        hand[0]
            .text
            .contains("We cannot deliver this one for you: you send it"),
        "{}",
        hand[0].text
    );
    // Staff see why.
    make_admin(&app, "staff@example.org", "owner").await;
    let staff = log_in(&app, "staff@example.org").await;
    let page = staff
        .get(&app, "/admin/letters/fixed")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("this member does not represent the supporter"),
        "{page}"
    );
    app.stop().await;
}

/// The route is chosen at the first try and kept: the office leaving CWC's list between a failed
/// try and its retry does not send the same letter somewhere else.
async fn a_retry_takes_the_route_of_the_first_try(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        script: Arc::new(Mutex::new(vec![Reply::Status(503, "busy")].into())),
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: true,
    };
    let app = start_with(
        engine,
        stand.clone(),
        ch,
        ("house", "us_house"),
        None,
        |s| {
            // Room between the failed try and the retry to change the office list.
            s.worker.backoff_base_secs = 2;
        },
    )
    .await;
    let (to, _) = write_and_confirm(&app, "house").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while stand.seen("/house/v2/message").is_empty() {
        assert!(Instant::now() < deadline, "never sent");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let route = text_on(
        &app.db.url,
        "SELECT channel || ':' || office_code FROM congress_deliveries",
    )
    .await;
    assert_eq!(route, "cwc:HVT00", "recorded at the first try");
    app.execute("DELETE FROM congress_offices").await;
    settled(&app, 1).await;
    let sent = stand.seen("/house/v2/message");
    assert_eq!(sent.len(), 2, "{sent:#?}");
    let ids = delivery_ids(&sent);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(
        delivery_of(&app, "B001318").await,
        ("sent".into(), "cwc".into(), String::new())
    );
    assert!(stand.seen("/forms/fill-out-form").is_empty());
    assert_mail_count(&app, &to, 2).await;
    app.stop().await;
}

/// Characters XML cannot carry (U+FFFE, U+FFFF), other noncharacters and control characters are
/// refused by the field they were typed in, before any letter exists; a letter edited to carry
/// one is refused too.
async fn characters_cwc_cannot_carry_are_refused_by_field(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: false,
    };
    let app = start(engine, stand.clone(), ch, ("house", "us_house"), None).await;
    let lookup = |body: Value| {
        let app = &app;
        async move {
            let res = app
                .client
                .post(app.url("/api/v1/letters/house/lookup"))
                .json(&body)
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.json::<Value>().await.unwrap())
        }
    };
    let base = json!({"name": "Grace Hopper", "email": "grace@example.com",
        "address": "1 Church Street", "city": "Burlington", "country": "US",
        "postcode": "05401", "state": "VT", "prefix": "Dr."});
    let (status, ok) = lookup(base.clone()).await;
    assert_eq!(status, 200, "{ok}");
    for (field, bad) in [
        ("name", "Grace \u{FFFF}Hopper"),
        ("address", "1 Church \u{FFFE}Street"),
        ("city", "Burl\u{1}ington"),
        ("personal_message", "Please \u{FDD0}act"),
    ] {
        let mut body = base.clone();
        body[field] = json!(bad);
        let (status, answer) = lookup(body).await;
        assert_eq!(status, 422, "{field}: {answer}");
        let said = answer["errors"][field][0].as_str().unwrap_or_default();
        assert!(
            said.contains("characters that are not allowed"),
            "{field}: {answer}"
        );
    }
    // An edited letter is checked the same way.
    let target = ok["letters"][0]["target_id"].as_i64().unwrap();
    let body_field = format!("body_{target}");
    let form = [
        ("name", "Grace Hopper"),
        ("email", "grace@example.com"),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
        ("consent", "on"),
        ("prefix", "Dr."),
        (body_field.as_str(), "Dear Rep. Balint,\n\u{FFFF}"),
    ];
    let res = app.post_form("/l/house/send", &form).await;
    assert_eq!(res.status(), 422);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("characters that are not allowed"));
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM letters").await, 0);
    app.stop().await;
}

/// A service's refusal that echoes the supporter's details is kept and logged without them: the
/// status and a short reason stay.
async fn a_services_words_are_kept_without_the_supporters_details(engine: Engine) {
    let script = vec![Reply::Status(
        400,
        "<Errors><Error>Invalid ZIP 05401 for Grace Brewster Hopper, 1 Church Street, Burlington</Error></Errors>",
    )];
    let (app, _stand, to) = house_letter(engine, script, false).await;
    let (state, _, reason) = delivery_of(&app, "B001318").await;
    assert_eq!(state, "failed");
    assert!(reason.starts_with("HTTP 400: Invalid ZIP"), "{reason}");
    for gone in ["05401", "Grace", "Hopper", "Church", "Burlington"] {
        assert!(!reason.contains(gone), "{gone}: {reason}");
    }
    assert!(!reason.contains(&to));
    app.stop().await;
}

/// With no delivery service configured, the pages say plainly that supporters send their letters
/// to Congress themselves, and speak of members of Congress, not "representatives".
async fn without_a_service_the_pages_say_the_supporter_sends_it(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    targets::import_us_congress(app.db(), None).await.unwrap();
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    spec.slug = "senate".into();
    letters::save_campaign(app.db(), &spec).await.unwrap();
    let details = app.get("/l/senate").await.text().await.unwrap();
    assert!(details.contains("Find my members of Congress"), "{details}");
    let form = [
        ("name", "Grace Brewster Hopper"),
        ("email", "grace@example.com"),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
    ];
    let res = app.post_form("/l/senate/send", &form).await;
    assert_eq!(res.status(), 422, "no consent yet");
    let page = res.text().await.unwrap();
    assert!(
        page.contains("you are writing to 2 members of Congress"),
        "{page}"
    );
    assert!(!page.contains("representatives"), "{page}");
    assert_eq!(
        page.matches("We cannot deliver this one for you: you send it.")
            .count(),
        2,
        "{page}"
    );
    assert!(page.contains("Open the contact form</a>"), "{page}");
    make_admin(&app, "staff@example.org", "owner").await;
    let staff = log_in(&app, "staff@example.org").await;
    let page = staff
        .get(&app, "/admin/letters/senate")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("No delivery service is configured")
            && page.contains("handed to the supporters"),
        "{page}"
    );
    app.stop().await;
}

/// "Change my details" and back keeps the form of address, the phone and the edited letter; the
/// letters' page shows the first and last name CWC will get.
async fn changing_details_keeps_the_contact_fields_and_edits(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: false,
    };
    let app = start(engine, stand.clone(), ch, ("house", "us_house"), None).await;
    let found: Value = app
        .client
        .post(app.url("/api/v1/letters/house/lookup"))
        .json(
            &json!({"name": "Grace Brewster Hopper", "email": "grace@example.com",
            "address": "1 Church Street", "city": "Burlington", "country": "US",
            "postcode": "05401", "state": "VT"}),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let target = found["letters"][0]["target_id"].as_i64().unwrap();
    let body_field = format!("body_{target}");
    let form = [
        ("name", "Grace Brewster Hopper"),
        ("email", "grace@example.com"),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
        ("prefix", "Dr."),
        ("phone", "802-555-0142"),
        (body_field.as_str(), "My own words about clean air."),
    ];
    // No consent yet: the letters' page comes back.
    let res = app.post_form("/l/house/send", &form).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("first name as “Grace Brewster” and your last name as “Hopper”"),
        "{page}"
    );
    let summary = &page[page.find("class=\"details-summary\"").unwrap()..];
    let summary = &summary[..summary.find("</form>").unwrap()];
    for kept in [
        "name=\"prefix\" value=\"Dr.\"",
        "name=\"phone\" value=\"802-555-0142\"",
        "name=\"subject\" value=\"0\"",
        &format!("name=\"{body_field}\" value=\"My own words about clean air."),
    ] {
        assert!(summary.contains(kept), "{kept}: {summary}");
    }
    // The details form carries them on, and the letters' page shows them again.
    let details = app
        .post_form("/l/house/details", &form)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        details.contains("name=\"prefix\" value=\"Dr.\""),
        "{details}"
    );
    assert!(
        details.contains(&format!("name=\"{body_field}\"")),
        "{details}"
    );
    let again = app
        .post_form("/l/house/write", &form)
        .await
        .text()
        .await
        .unwrap();
    assert!(again.contains("<option value=\"Dr.\" selected>"), "{again}");
    assert!(again.contains("value=\"802-555-0142\""), "{again}");
    assert!(again.contains(">My own words about clean air."), "{again}");
    app.stop().await;
}

/// A member gone from the directory's current list (retired) gets no letter sent: it is handed
/// back to the supporter, saying why.
async fn a_member_no_longer_in_office_gets_nothing_sent(engine: Engine) {
    let stand = Stand {
        house_offices: vec!["HVT00"],
        ..Stand::default()
    };
    let ch = Channels {
        house: true,
        senate: false,
        forms: false,
    };
    let app = start(engine, stand.clone(), ch, ("house", "us_house"), None).await;
    let to = unique_email("retired");
    let form = [
        ("name", "Grace Brewster Hopper"),
        ("email", to.as_str()),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
        ("consent", "on"),
        ("prefix", "Dr."),
    ];
    let res = app.post_form("/l/house/send", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let mails = wait_for_mails(&to, 1).await;
    // She leaves office between the writing and the confirmation.
    app.execute("UPDATE targets SET active = false WHERE external_id = 'B001318'")
        .await;
    let link = app.link(&mails[0].link("/letters/confirm/"));
    assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
    settled(&app, 1).await;
    assert!(stand.seen("/house/v2/message").is_empty());
    assert_eq!(
        delivery_of(&app, "B001318").await,
        ("hand".into(), String::new(), "no longer in office".into())
    );
    let mails = assert_mail_count(&app, &to, 2).await;
    assert!(
        mails[1].text.contains("is no longer in office"),
        "{}",
        mails[1].text
    );
    app.stop().await;
}

/// The letter form asks the forms service which details the offices' forms require, once a day
/// per member, and asks the supporter for exactly those.
async fn the_form_asks_for_what_the_offices_forms_require(engine: Engine) {
    let stand = Stand {
        form_members: vec![SANDERS, WELCH],
        ..Stand::default()
    };
    let ch = Channels {
        house: false,
        senate: false,
        forms: true,
    };
    let app = start(engine, stand.clone(), ch, ("senate", "us_senators"), None).await;
    let form = [
        ("name", "Grace Brewster Hopper"),
        ("email", "grace@example.com"),
        ("address", "1 Church Street"),
        ("city", "Burlington"),
        ("country", "US"),
        ("postcode", "05401"),
        ("state", "VT"),
        ("subject", "0"),
        ("consent", "on"),
    ];
    for _ in 0..2 {
        let res = app.post_form("/l/senate/send", &form).await;
        assert_eq!(res.status(), 422);
        let page = res.text().await.unwrap();
        assert!(
            page.contains("Enter a phone number: this office&#39;s contact form requires one."),
            "{page}"
        );
        assert!(
            page.contains("this office&#39;s contact form requires it."),
            "{page}"
        );
        assert!(!page.contains("(optional)</label>"), "{page}");
        assert!(
            !page.contains("Communicating with Congress, the official"),
            "{page}"
        );
    }
    let asked = stand.seen("/forms/retrieve-form-elements");
    assert_eq!(asked.len(), 1, "kept for a day: {asked:#?}");
    assert!(asked[0].body.contains(SANDERS) && asked[0].body.contains(WELCH));
    app.stop().await;
}

both_engines!(
    the_form_asks_for_what_the_offices_forms_require,
    a_member_no_longer_in_office_gets_nothing_sent,
    changing_details_keeps_the_contact_fields_and_edits,
    without_a_service_the_pages_say_the_supporter_sends_it,
    characters_cwc_cannot_carry_are_refused_by_field,
    a_services_words_are_kept_without_the_supporters_details,
    a_retry_takes_the_route_of_the_first_try,
    a_member_who_does_not_represent_the_writer_gets_no_service_delivery,
    a_failing_office_list_is_not_asked_for_again_at_once,
    an_answer_too_large_is_not_read,
    a_send_that_never_records_its_answer_stops_at_the_attempts_limit,
    letters_that_cannot_go_do_not_hold_up_the_others,
    an_erased_letter_is_not_delivered_afterwards,
    each_office_through_the_first_channel_that_reaches_it,
    a_server_error_is_retried_with_the_same_delivery_id,
    a_test_mode_campaign_reaches_no_office,
    a_lost_answer_is_sent_again_with_the_same_delivery_id,
    a_refused_message_goes_back_to_the_supporter,
    a_captcha_or_a_form_error_hands_the_letter_back,
    a_crash_between_send_and_record_resends_the_same_message,
    staff_set_a_campaigns_cwc_settings,
);

#[test]
fn congress_settings_of_a_campaign_are_checked() {
    let mut spec: CampaignSpec =
        toml::from_str(include_str!("../data/demo/senate-letter.toml")).unwrap();
    let congress = spec.congress.clone().expect("the demo names its CWC topic");
    assert_eq!(congress.cwc_topics, vec!["International Affairs"]);
    assert!(spec.problems().is_empty(), "{:?}", spec.problems());
    spec.congress = Some(CongressSpec {
        cwc_topics: vec!["Health, Education".into()],
        ..congress
    });
    assert!(spec
        .problems()
        .iter()
        .any(|(field, _)| *field == "congress"));
}
