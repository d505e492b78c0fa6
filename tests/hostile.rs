//! Hostile input: a corpus of bad values sent to every field of every form and API route (and bad
//! bodies, content types and path segments) gets a clear 4xx or an ordinary answer, never a 5xx;
//! nothing it sends appears unescaped in a page, an email header or body, or a CSV cell.

mod common;

use std::collections::BTreeMap;

use common::staff::*;
use common::*;

const SCRIPT: &str = "<script>alert(1)</script>";

// Every request goes on a fresh connection ("connection: close"): after an oversized body the
// server answers 413 and closes, and a reused connection would then fail on the client side.

fn corpus() -> Vec<String> {
    vec![
        "A".repeat(10_000),
        "A".repeat(70_000),
        "\u{0}".into(),
        "a\u{1}b\u{7f}c\u{1b}[31m".into(),
        "Eve\r\nBcc: victim@evil.example".into(),
        "x\nSubject: injected".into(),
        SCRIPT.into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "' OR 1=1; DROP TABLE signatures; --".into(),
        "=HYPERLINK(\"http://evil.example\",\"x\")".into(),
        "+1-2".into(),
        "😀".repeat(300),
        "\u{202e}gnp.exe".into(),
        "-1".into(),
        "99999999999999999999999999".into(),
        "1e309".into(),
        "NaN".into(),
        "../../etc/passwd".into(),
        "{{ 7*7 }}{% for x in range(9999999) %}{% endfor %}".into(),
        String::new(),
        " ".into(),
    ]
}

struct Tally {
    tried: usize,
    by_status: BTreeMap<u16, usize>,
    failures: Vec<String>,
}

impl Tally {
    /// Checks an answer. A body over the server's limit may get its 413 before the client has
    /// finished sending, which the client sees as a closed connection: counted as that 413.
    async fn sent(
        &mut self,
        what: &str,
        res: Result<reqwest::Response, reqwest::Error>,
        oversized: bool,
    ) {
        match res {
            Ok(res) => self.check(what, res).await,
            Err(_) if oversized => {
                self.tried += 1;
                *self.by_status.entry(413).or_default() += 1;
            }
            Err(e) => self.failures.push(format!("no answer for {what}: {e}")),
        }
    }

    async fn check(&mut self, what: &str, res: reqwest::Response) {
        self.tried += 1;
        let status = res.status().as_u16();
        *self.by_status.entry(status).or_default() += 1;
        let html = res
            .headers()
            .get("content-type")
            .is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
        let body = res.text().await.unwrap_or_default();
        if status >= 500 {
            self.failures.push(format!("{status} for {what}"));
        }
        if html && body.contains(SCRIPT) {
            self.failures
                .push(format!("unescaped script in the page for {what}"));
        }
    }
}

/// A fresh address with a marker, so this test's emails can be found among everyone's.
fn addr(marker: &str) -> String {
    format!("{marker}-{}@example.com", random_hex(4))
}

fn petition_form(marker: &str) -> Vec<(String, String)> {
    [
        ("name", "Ada Lovelace".to_owned()),
        ("email", addr(marker)),
        ("country", "GB".into()),
        ("postcode", "SW1A 1AA".into()),
        ("comment", "Fine".into()),
        ("consent", "on".into()),
        ("newsletter", "on".into()),
        ("website", String::new()),
        ("issued", String::new()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

fn letter_form(marker: &str, target: i64) -> Vec<(String, String)> {
    [
        ("name", "Grace Hopper".to_owned()),
        ("email", addr(marker)),
        ("address", "1 Main Street".into()),
        ("city", "Essex".into()),
        ("country", "US".into()),
        ("postcode", "07001".into()),
        ("district", String::new()),
        ("personal_message", "Hello".into()),
        ("subject", "0".into()),
        (&format!("body_{target}"), "Dear Board".into()),
        ("consent", "on".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

fn to_json(form: &[(String, String)]) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for (k, v) in form {
        let value = match k.as_str() {
            "consent" | "newsletter" | "show_name" => serde_json::Value::Bool(true),
            "subject" => v.parse::<u64>().map(Into::into).unwrap_or(v.clone().into()),
            _ => v.clone().into(),
        };
        if !matches!(k.as_str(), "website" | "issued") && !k.starts_with("body_") {
            m.insert(k.clone(), value);
        }
    }
    serde_json::Value::Object(m)
}

async fn every_field_of_every_route(
    app: &TestApp,
    staff: &Staff,
    t: &mut Tally,
    marker: &str,
    target: i64,
) {
    let forms: Vec<(&str, Vec<(String, String)>)> = vec![
        ("/p/p1/sign", petition_form(marker)),
        ("/l/board/write", letter_form(marker, target)),
        ("/l/board/send", letter_form(marker, target)),
    ];
    let json_routes: Vec<(&str, Vec<(String, String)>)> = vec![
        ("/api/v1/petitions/p1/signatures", petition_form(marker)),
        ("/api/v1/letters/board/lookup", letter_form(marker, target)),
        ("/api/v1/letters/board/letters", letter_form(marker, target)),
    ];
    for value in corpus() {
        for (path, base) in &forms {
            for i in 0..base.len() {
                let mut form = base.clone();
                form[i].1 = value.clone();
                if form[i].0 != "email" {
                    form.iter_mut().find(|f| f.0 == "email").unwrap().1 = addr(marker);
                }
                let res = app
                    .client
                    .post(app.url(path))
                    .form(&form)
                    .header("connection", "close")
                    .send()
                    .await;
                t.sent(&format!("{path} {}", form[i].0), res, value.len() > 60_000)
                    .await;
            }
        }
        for (path, base) in &json_routes {
            for i in 0..base.len() {
                let mut form = base.clone();
                form[i].1 = value.clone();
                let res = app
                    .client
                    .post(app.url(path))
                    .json(&to_json(&form))
                    .header("connection", "close")
                    .send()
                    .await;
                t.sent(&format!("{path} {}", form[i].0), res, value.len() > 60_000)
                    .await;
            }
        }
        // Staff forms: every field of the petition and letter campaign editors, and the review filter.
        let admin: Vec<(&str, Vec<&str>)> = vec![
            (
                "/admin/petitions",
                vec![
                    "slug",
                    "title",
                    "target",
                    "summary",
                    "body",
                    "goal",
                    "opens_at",
                    "closes_at",
                    "allowed_countries",
                    "consent_text",
                    "locale",
                ],
            ),
            (
                "/admin/letters",
                vec![
                    "slug",
                    "title",
                    "intro",
                    "state",
                    "allowed_countries",
                    "target_rule",
                    "target_body",
                    "fixed_targets",
                    "subjects",
                    "template",
                    "max_length",
                    "window_start_hour",
                    "window_end_hour",
                    "time_zone",
                    "hourly_cap",
                    "consent_text",
                ],
            ),
            (
                "/admin/petitions/p1/review",
                vec![
                    "ip_prefix",
                    "domain",
                    "from",
                    "to",
                    "country",
                    "expected",
                    "action",
                ],
            ),
            ("/admin/targets", vec!["body", "csv"]),
        ];
        for (path, fields) in admin {
            for f in fields {
                let form = [
                    ("csrf", staff.csrf.as_str()),
                    (f, value.as_str()),
                    ("action", "preview"),
                ];
                let res = staff
                    .client
                    .post(app.url(path))
                    .form(&form)
                    .header("connection", "close")
                    .send()
                    .await;
                t.sent(&format!("{path} {f}"), res, value.len() > 60_000)
                    .await;
            }
        }
        // Path segments (a URL of tens of kilobytes is refused by the client itself).
        if value.len() > 2_000 {
            continue;
        }
        let seg = percent_encoding::utf8_percent_encode(&value, percent_encoding::NON_ALPHANUMERIC)
            .to_string();
        for path in [
            "/p/",
            "/l/",
            "/confirm/",
            "/withdraw/",
            "/unsubscribe/",
            "/my-data/",
            "/letters/confirm/",
            "/api/v1/petitions/",
        ] {
            let res = app.get(&format!("{path}{seg}")).await;
            t.check(&format!("GET {path}…"), res).await;
        }
        for path in [
            "/confirm/",
            "/withdraw/",
            "/unsubscribe/",
            "/letters/confirm/",
        ] {
            let res = app
                .client
                .post(app.url(&format!("{path}{seg}")))
                .send()
                .await
                .unwrap();
            t.check(&format!("POST {path}…"), res).await;
        }
    }
}

async fn bad_bodies(app: &TestApp, t: &mut Tally) {
    let huge = vec![b'a'; 1_000_000];
    let json_paths = [
        "/api/v1/petitions/p1/signatures",
        "/api/v1/letters/board/lookup",
        "/api/v1/letters/board/letters",
    ];
    let form_paths = [
        "/p/p1/sign",
        "/l/board/write",
        "/l/board/send",
        "/admin/login",
    ];
    let bodies: Vec<(&str, Vec<u8>)> = vec![
        ("application/json", b"{".to_vec()),
        ("application/json", b"[]".to_vec()),
        ("application/json", b"null".to_vec()),
        (
            "application/json",
            br#"{"name": 5, "email": ["x"], "consent": "yes"}"#.to_vec(),
        ),
        ("application/json", br#"{"unknown": 1}"#.to_vec()),
        (
            "application/json",
            br#"{"subject": 99999999999999999999999, "bodies": {"x": 1}}"#.to_vec(),
        ),
        ("application/json", b"\xff\xfe\x00".to_vec()),
        ("application/json", huge.clone()),
        ("text/plain", b"name=x".to_vec()),
        (
            "application/x-www-form-urlencoded",
            b"name=%FF%FE&email=%00".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            b"\xff\xfe=\x00".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            b"a=1&a=2&&&=&%".to_vec(),
        ),
        ("application/x-www-form-urlencoded", huge),
        ("multipart/form-data; boundary=x", b"--x\r\n".to_vec()),
    ];
    for path in json_paths.iter().chain(form_paths.iter()) {
        for (ctype, body) in &bodies {
            let res = app
                .client
                .post(app.url(path))
                .header("content-type", *ctype)
                .header("connection", "close")
                .body(body.clone())
                .send()
                .await;
            t.sent(
                &format!("{path} body {ctype} ({} bytes)", body.len()),
                res,
                body.len() > 60_000,
            )
            .await;
        }
    }
}

/// Every email this test caused: headers hold no injected lines, HTML parts hold no raw script.
fn check_emails(marker: &str, t: &mut Tally) -> usize {
    let dir = std::env::var("CHORUS_TEST_MAILDIR").unwrap();
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let Ok(mail) = serde_json::from_str::<Mail>(&text) else {
            continue;
        };
        if !mail.rcpt_tos.iter().any(|r| r.starts_with(marker)) {
            continue;
        }
        seen += 1;
        let header_names: Vec<String> =
            mail.headers.iter().map(|(k, _)| k.to_lowercase()).collect();
        if header_names.iter().any(|h| h == "bcc" || h == "x-injected")
            || mail.rcpt_tos.iter().any(|r| r.contains("evil"))
        {
            t.failures
                .push(format!("header injection in {}", mail.subject));
        }
        if mail.subject.contains("injected")
            && mail.header("Subject").is_some_and(|s| s.contains('\n'))
        {
            t.failures.push("subject carries a line break".into());
        }
        if mail.html.contains(SCRIPT) {
            t.failures
                .push(format!("unescaped script in the HTML of {}", mail.subject));
        }
    }
    seen
}

async fn hostile_input_never_breaks_anything(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let rows = chorus::letters::targets::read_csv(
        "external_id,honorific,last_name,name,email\nb1,Supervisor,Ruiz,Ana Ruiz,board@county.example.org\n".as_bytes(),
    )
    .unwrap();
    chorus::on_db!(
        app.db(),
        chorus::letters::targets::sql,
        import("Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    let spec: chorus::letters::CampaignSpec = toml::from_str(
        "slug = 'board'\ntitle = 'Board'\nstate = 'open'\ntarget_rule = 'body'\ntarget_body = 'Board'\n\
         subjects = ['S']\nallow_edit = true\ntemplate = 'Dear {{ target.name }}, {{ personal_message }}'",
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &spec)
        .await
        .unwrap();
    let target = app.scalar_i64("SELECT id FROM targets").await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;

    let marker = format!("hostile{}", random_hex(3));
    let mut t = Tally {
        tried: 0,
        by_status: BTreeMap::new(),
        failures: Vec::new(),
    };
    every_field_of_every_route(&app, &staff, &mut t, &marker, target).await;
    bad_bodies(&app, &mut t).await;

    // Whatever was stored comes out of the CSV export neutralised.
    let csv = staff
        .get(&app, "/admin/petitions/p1/export/signatures.csv?state=all")
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            cells += 1;
            if cell.starts_with(['=', '+', '-', '@']) {
                t.failures
                    .push(format!("formula cell in the export: {cell}"));
            }
        }
    }
    outbox_drained(&app).await;
    let mails = check_emails(&marker, &mut t);
    eprintln!(
        "hostile input ({engine:?}): {} requests, statuses {:?}, {} emails and {cells} CSV cells checked, {} problems",
        t.tried,
        t.by_status,
        mails,
        t.failures.len()
    );
    assert!(
        mails > 0,
        "some hostile values were valid enough to be stored and emailed"
    );
    assert!(t.failures.is_empty(), "{:#?}", t.failures);
    app.stop().await;
}

both_engines!(hostile_input_never_breaks_anything);
