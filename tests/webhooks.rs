//! Webhooks out, end to end: a receiver on loopback (with `webhooks.allow_private`) checks every
//! delivery's signature per the Standard Webhooks specification (here and with the independent
//! `standardwebhooks` Python package), sees retries after answering 500, nothing while its
//! endpoint is paused, and each event once (by webhook-id) across a killed worker; without
//! `allow_private`, internal addresses are refused when saved and when delivering.

mod common;

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use chorus::email::worker::Worker;
use common::staff::{log_in, make_admin, Staff};
use common::*;
use hmac::{Hmac, Mac};

/// One request the receiver got, and what it answered (0: it never answered).
#[derive(Debug, Clone)]
struct Hit {
    id: String,
    timestamp: String,
    signature: String,
    body: String,
    answered: u16,
}

impl Hit {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

/// A webhook receiver on loopback; `status` is what it answers next (0: hold the request open
/// until `release`, then answer 200).
#[derive(Clone)]
struct Receiver {
    hits: Arc<Mutex<Vec<Hit>>>,
    status: Arc<AtomicU16>,
    url: String,
    released: Arc<tokio::sync::watch::Sender<bool>>,
    /// Requests held open right now.
    held: Arc<AtomicUsize>,
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: String) -> StatusCode {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let answered = r.status.load(Ordering::SeqCst);
    if answered == 0 {
        // Counted before it is seen: a request in `hits` that is held open is in `held` too.
        r.held.fetch_add(1, Ordering::SeqCst);
    }
    r.hits.lock().unwrap().push(Hit {
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        signature: header("webhook-signature"),
        body,
        answered,
    });
    if answered == 0 {
        let mut released = r.released.subscribe();
        let _ = released.wait_for(|done| *done).await;
        r.held.fetch_sub(1, Ordering::SeqCst);
        return StatusCode::OK;
    }
    StatusCode::from_u16(answered).unwrap()
}

impl Receiver {
    async fn start(status: u16) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let r = Receiver {
            hits: Arc::default(),
            status: Arc::new(AtomicU16::new(status)),
            url: format!("http://{}/hook", listener.local_addr().unwrap()),
            released: Arc::new(tokio::sync::watch::channel(false).0),
            held: Arc::default(),
        };
        let app = axum::Router::new()
            .route("/hook", axum::routing::post(receive))
            .with_state(r.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        r
    }

    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    fn answer(&self, status: u16) {
        self.status.store(status, Ordering::SeqCst);
    }

    /// Answers the requests held open (200), and every next one.
    fn release(&self) {
        self.answer(200);
        self.released.send_replace(true);
    }

    fn held(&self) -> usize {
        self.held.load(Ordering::SeqCst)
    }

    /// Waits until the requests received satisfy `ok`; returns them.
    async fn wait_for(&self, what: &str, ok: impl Fn(&[Hit]) -> bool) -> Vec<Hit> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let hits = self.hits();
            if ok(&hits) {
                return hits;
            }
            assert!(Instant::now() < deadline, "never: {what} (got {hits:#?})");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// The specification's check, written here from the specification: HMAC-SHA256 over
/// "{id}.{timestamp}.{body}" keyed with the base64-decoded secret, compared with every `v1,`
/// signature in the header.
fn verifies(secret: &str, h: &Hit) -> bool {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap())
        .unwrap();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{}.{}.{}", h.id, h.timestamp, h.body).as_bytes());
    let expected = STANDARD.encode(mac.finalize().into_bytes());
    let fresh = h
        .timestamp
        .parse::<i64>()
        .is_ok_and(|t| (t - chorus::db::now_ms() / 1000).abs() < 300);
    fresh
        && h.signature
            .split(' ')
            .any(|s| s.strip_prefix("v1,") == Some(expected.as_str()))
}

/// Every delivery also passes the `standardwebhooks` package's verification.
fn python_verifies(secret: &str, hits: &[Hit]) {
    let input: Vec<serde_json::Value> = hits
        .iter()
        .map(|h| {
            serde_json::json!({"body": h.body, "headers": {
                "webhook-id": h.id, "webhook-timestamp": h.timestamp, "webhook-signature": h.signature,
            }})
        })
        .collect();
    let script = "import sys, json\nfrom standardwebhooks.webhooks import Webhook\n\
                  wh = Webhook(sys.argv[1])\nhits = json.load(sys.stdin)\n\
                  for h in hits:\n    wh.verify(h['body'], h['headers'])\nprint('verified', len(hits))\n";
    let mut child = Command::new("python3")
        .args(["-c", script, secret])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&input).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "standardwebhooks refused: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("verified {}", hits.len())
    );
}

/// The secret shown once on the page after creating an endpoint.
fn shown_secret(html: &str) -> String {
    let marker = "data-testid=\"new-secret\">";
    let at = html.find(marker).expect("secret shown") + marker.len();
    let raw = &html[at..at + html[at..].find("</code>").unwrap()];
    raw.replace("&#x2f;", "/")
        .replace("&#47;", "/")
        .replace("&#43;", "+")
        .replace("&#x2b;", "+")
        .replace("&#61;", "=")
        .replace("&#x3d;", "=")
}

async fn owner(app: &TestApp) -> (Staff, String) {
    let email = unique_email("hook-owner");
    make_admin(app, &email, "owner").await;
    (log_in(app, &email).await, email)
}

/// Registers an endpoint on the staff page; returns the answer's status and page.
async fn add_endpoint(
    app: &TestApp,
    staff: &Staff,
    url: &str,
    events: &[&str],
    personal: bool,
) -> (u16, String) {
    let mut form = vec![("url", url)];
    form.extend(events.iter().map(|e| ("event", *e)));
    if personal {
        form.push(("personal", "on"));
    }
    let res = staff.post(app, "/admin/webhooks", &form).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn endpoint_secret(
    app: &TestApp,
    staff: &Staff,
    url: &str,
    events: &[&str],
    personal: bool,
) -> String {
    let (status, html) = add_endpoint(app, staff, url, events, personal).await;
    assert_eq!(status, 200, "{html}");
    let secret = shown_secret(&html);
    assert!(
        secret.starts_with("whsec_") && secret.len() >= 6 + 32,
        "{secret}"
    );
    secret
}

/// Signs by the API (the client showed the sharing notice) and confirms by the emailed link;
/// returns the withdrawal link.
async fn sign_and_confirm(app: &TestApp, slug: &str, email: &str) -> String {
    let mut body = signer(email);
    body["sharing_notice"] = true.into();
    let res = app
        .post_json(&format!("/api/v1/petitions/{slug}/signatures"), &body)
        .await;
    assert_eq!(res.status(), 202);
    confirm_by_mail(app, email).await
}

/// Confirms a signature by its emailed link; returns the withdrawal link.
async fn confirm_by_mail(app: &TestApp, email: &str) -> String {
    let mail = wait_for_mails(email, 1).await.remove(0);
    let res = app
        .client
        .post(app.link(&mail.link("/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    app.link(&mail.link("/withdraw/"))
}

fn private_ok(s: &mut chorus::config::Settings) {
    s.webhooks.allow_private = true;
    s.webhooks.poll_ms = 20;
    s.webhooks.backoff_base_secs = 0;
}

async fn signed_deliveries_carry_personal_fields_only_when_allowed(engine: Engine) {
    let app = TestApp::spawn_with(engine, private_ok).await;
    app.create_petition("hooks", "").await;
    let (staff, _) = owner(&app).await;
    let (full, plain) = (Receiver::start(200).await, Receiver::start(200).await);
    let both = ["signature.confirmed", "signature.withdrawn"];
    let full_secret = endpoint_secret(&app, &staff, &full.url, &both, true).await;
    let plain_secret = endpoint_secret(&app, &staff, &plain.url, &both[..1], false).await;
    // Shown once: the list page never shows a secret again.
    let list = staff
        .get(&app, "/admin/webhooks")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains(&full.url) && !list.contains("new-secret"));
    assert!(!list.contains(&full_secret[6..20]) && !list.contains(&plain_secret[6..20]));
    // An endpoint takes personal fields: the sign form says they may be passed on.
    let page = app.get("/p/hooks").await.text().await.unwrap();
    assert!(page.contains("passed to the organisation"), "{page}");
    let widget = app.get("/p/hooks/widget").await.text().await.unwrap();
    assert!(widget.contains("passed to the organisation"), "{widget}");

    let email = unique_email("hooked");
    let withdraw = sign_and_confirm(&app, "hooks", &email).await;
    let got = full.wait_for("confirmed at full", |h| !h.is_empty()).await;
    let body = got[0].json();
    assert_eq!(body["type"], "signature.confirmed");
    assert_eq!(body["version"], 1);
    assert_eq!(body["data"]["petition"], "hooks");
    assert_eq!(body["data"]["email"], email.as_str());
    assert_eq!(body["data"]["name"], "Ada Lovelace");
    let got = plain
        .wait_for("confirmed at plain", |h| !h.is_empty())
        .await;
    let body = got[0].json();
    assert_eq!(body["type"], "signature.confirmed");
    for personal in ["email", "name", "postcode"] {
        assert!(body["data"].get(personal).is_none(), "{body}");
    }
    assert!(!got[0].body.contains(&email));
    assert_ne!(
        got[0].id,
        full.hits()[0].id,
        "one webhook-id per event and endpoint"
    );

    let res = app.client.post(&withdraw).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let got = full.wait_for("withdrawn at full", |h| h.len() == 2).await;
    assert_eq!(got[1].json()["type"], "signature.withdrawn");

    for h in &got {
        assert!(verifies(&full_secret, h), "{h:?}");
        assert!(!verifies(&plain_secret, h));
    }
    python_verifies(&full_secret, &got);
    python_verifies(&plain_secret, &plain.hits());

    // A signature never confirmed is taken back without a word to the endpoints: they never knew
    // of it, nor of the name someone typed with that address.
    let other = unique_email("never-confirmed");
    let res = app
        .post_json("/api/v1/petitions/hooks/signatures", &signer(&other))
        .await;
    assert_eq!(res.status(), 202);
    let mail = wait_for_mails(&other, 1).await.remove(0);
    let res = app
        .client
        .post(app.link(&mail.link("/withdraw/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM webhook_deliveries WHERE event_type = 'signature.withdrawn'"
        )
        .await,
        1,
        "only the confirmed signature's withdrawal"
    );
    // The delivery log shows each delivery with its answer.
    let id = app
        .scalar_i64("SELECT MIN(id) FROM webhook_endpoints")
        .await;
    let log = staff
        .get(&app, &format!("/admin/webhooks/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(log.contains(&got[0].id) && log.contains("delivered") && log.contains("200"));
    assert!(plain.hits().len() == 1, "withdrawals were not asked for");
    app.stop().await;
}

async fn retries_pause_resume_and_replay(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        private_ok(s);
        s.webhooks.pause_after = 3;
        s.webhooks.max_attempts = 100;
    })
    .await;
    app.create_petition("flaky", "").await;
    let (staff, owner_email) = owner(&app).await;
    let hook = Receiver::start(500).await;
    let secret = endpoint_secret(&app, &staff, &hook.url, &["signature.confirmed"], false).await;
    // No endpoint takes personal fields: the consent text says nothing more.
    let page = app.get("/p/flaky").await.text().await.unwrap();
    assert!(page.contains("consent") && !page.contains("passed to the organisation"));
    sign_and_confirm(&app, "flaky", &unique_email("flaky")).await;
    // Retried after each 500, with the same webhook-id, until the endpoint is paused.
    let hits = hook.wait_for("three attempts", |h| h.len() >= 3).await;
    assert!(hits.iter().all(|h| h.id == hits[0].id && h.answered == 500));
    let mail = wait_for_mail(&owner_email, |m| m.subject.contains("webhook")).await;
    assert!(mail.text.contains(&hook.url), "{}", mail.text);
    let paused = "SELECT COUNT(*) FROM webhook_endpoints WHERE state = 'paused'";
    assert_eq!(app.scalar_i64(paused).await, 1);
    let attempts = hook.hits().len();
    assert_eq!(attempts, 3, "paused at the third failure in a row");

    // Paused: a new event waits; a delivery round claims nothing for it.
    hook.answer(200);
    sign_and_confirm(&app, "flaky", &unique_email("flaky")).await;
    let waiting = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'pending'";
    assert_eq!(app.scalar_i64(waiting).await, 2);
    let claimed = chorus::webhooks::deliver::round(app.db(), &app.state.settings)
        .await
        .unwrap();
    assert_eq!(claimed, 0);
    assert_eq!(hook.hits().len(), attempts);
    let page = staff
        .get(&app, "/admin/webhooks/1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("paused") && page.contains("500"), "{page}");

    // Resumed (a form post like the others: without its CSRF token it is refused).
    let res = staff
        .client
        .post(app.url("/admin/webhooks/1/resume"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.scalar_i64(paused).await, 1);
    let res = staff.post(&app, "/admin/webhooks/1/resume", &[]).await;
    assert_eq!(res.status(), 303);
    let hits = hook
        .wait_for("both after resuming", |h| {
            h.iter().filter(|h| h.answered == 200).count() == 2
        })
        .await;
    let ok: Vec<&Hit> = hits.iter().filter(|h| h.answered == 200).collect();
    assert!(
        ok.iter().any(|h| h.id == hits[0].id),
        "the retried event, same id"
    );
    assert!(ok.iter().all(|h| verifies(&secret, h)));

    // Replay: sent again with its webhook-id (once recorded as delivered).
    let delivered = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'";
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.scalar_i64(delivered).await < 2 {
        assert!(Instant::now() < deadline, "deliveries not marked");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let delivery = app
        .scalar_i64("SELECT MIN(id) FROM webhook_deliveries")
        .await;
    let res = staff
        .post(
            &app,
            &format!("/admin/webhooks/1/deliveries/{delivery}/replay"),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let hits = hook
        .wait_for("the replay", |h| {
            h.iter().filter(|h| h.answered == 200).count() == 3
        })
        .await;
    assert_eq!(hits.last().unwrap().id, hits[0].id);
    python_verifies(&secret, &hits);
    app.stop().await;
}

/// An endpoint written straight into the database (past the form's check).
async fn insert_endpoint(app: &TestApp, url: &str) {
    app.execute(&format!(
        "INSERT INTO webhook_endpoints (url, personal, secret, state, failures, created_by, created_at) \
         VALUES ('{url}', FALSE, '{}', 'active', 0, 'test', 0)",
        chorus::webhooks::sign::new_secret()
    ))
    .await;
    app.execute(&format!(
        "INSERT INTO webhook_subscriptions (endpoint_id, event_type) \
         SELECT id, 'signature.confirmed' FROM webhook_endpoints WHERE url = '{url}'"
    ))
    .await;
}

async fn internal_addresses_are_refused_when_saved_and_when_delivering(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        s.webhooks.poll_ms = 20;
        s.webhooks.max_attempts = 1;
    })
    .await;
    app.create_petition("ssrf", "").await;
    let (staff, _) = owner(&app).await;
    let hook = Receiver::start(200).await;
    let port = hook
        .url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let ev = ["signature.confirmed"];
    for (url, says) in [
        ("http://127.0.0.1/".to_owned(), "must start with https"),
        (
            "http://169.254.169.254/latest/meta-data/".into(),
            "must start with https",
        ),
        (hook.url.clone(), "must start with https"),
        (
            "https://169.254.169.254/".into(),
            "only go to public addresses",
        ),
        (
            format!("https://127.0.0.1:{port}/hook"),
            "only go to public addresses",
        ),
        (
            format!("https://2130706433:{port}/hook"),
            "only go to public addresses",
        ),
        (
            "https://[::ffff:127.0.0.1]/".into(),
            "only go to public addresses",
        ),
        (
            format!("https://localhost:{port}/hook"),
            "only go to public addresses",
        ),
        ("javascript:alert(1)".into(), "absolute https URL"),
    ] {
        let (status, html) = add_endpoint(&app, &staff, &url, &ev, false).await;
        assert_eq!(status, 422, "{url}");
        assert!(html.contains(says), "{url}: {html}");
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM webhook_endpoints")
            .await,
        0
    );

    // Saved before the rules (or by hand): refused again when delivering, never connected to.
    insert_endpoint(&app, &hook.url).await;
    insert_endpoint(&app, "http://169.254.169.254/latest/meta-data/").await;
    insert_endpoint(&app, &format!("https://localhost:{port}/hook")).await;
    insert_endpoint(&app, &format!("https://127.0.0.1:{port}/hook")).await;
    sign_and_confirm(&app, "ssrf", &unique_email("ssrf")).await;
    let given_up = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'failed'";
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.scalar_i64(given_up).await < 4 {
        assert!(Instant::now() < deadline, "deliveries were not tried");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let refused = |why: &str| {
        format!("SELECT COUNT(*) FROM webhook_attempts WHERE status IS NULL AND error = '{why}'")
    };
    assert_eq!(app.scalar_i64(&refused("not https")).await, 2);
    assert_eq!(app.scalar_i64(&refused("address not allowed")).await, 2);
    assert!(hook.hits().is_empty(), "{:?}", hook.hits());
    // Finished deliveries (their bodies may hold personal fields) are forgotten after keep_days.
    chorus::on_db!(app.db(), chorus::webhooks::store::sql, purge(0)).unwrap();
    assert_eq!(
        app.scalar_i64(given_up).await,
        4,
        "none is older than the cut-off"
    );
    let later = chorus::db::now_ms() + 1;
    chorus::on_db!(app.db(), chorus::webhooks::store::sql, purge(later)).unwrap();
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM webhook_deliveries")
            .await,
        0
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM webhook_attempts")
            .await,
        0
    );
    app.stop().await;
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn chorus(db_url: &str, port: u16) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chorus"));
    cmd.env("DATABASE_URL", db_url)
        .env("CHORUS_LISTEN", format!("127.0.0.1:{port}"))
        .env("CHORUS_BASE_URL", BASE_URL)
        .env(
            "CHORUS_SMTP_URL",
            format!("smtp://{}", std::env::var("CHORUS_TEST_SMTP").unwrap()),
        )
        .env("CHORUS_WORKER__POLL_MS", "50")
        .env("CHORUS_ABUSE__ALLOW_IPS", "127.0.0.0/8")
        .env("CHORUS_WEBHOOKS__ALLOW_PRIVATE", "true")
        .env("CHORUS_WEBHOOKS__POLL_MS", "50")
        .env("CHORUS_WEBHOOKS__LEASE_SECS", "2")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

async fn serve_ready(db_url: &str, port: u16) -> Child {
    let child = chorus(db_url, port).arg("serve").spawn().unwrap();
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while client
        .get(format!("http://127.0.0.1:{port}/readyz"))
        .send()
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(Instant::now() < deadline, "server did not become ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    child
}

/// The instance is killed (SIGKILL) while deliveries hang on the wire; a fresh one sends them
/// again with the same webhook-ids, and the receiver, deduplicating by webhook-id, has every
/// event once.
async fn each_event_once_across_a_killed_worker(engine: Engine) {
    let db = TestDb::new(engine).await;
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("p.toml");
    std::fs::write(
        &spec,
        "slug = \"kill\"\ntitle = \"Kill\"\ntarget = \"T\"\nstate = \"open\"\n",
    )
    .unwrap();
    assert!(chorus(&db.url, 0)
        .args(["petition", "create", "--file"])
        .arg(&spec)
        .status()
        .unwrap()
        .success());
    let hook = Receiver::start(0).await;
    let secret = chorus::webhooks::sign::new_secret();
    let port = free_port();
    let mut server = serve_ready(&db.url, port).await;
    let conn = open_db(&db.url).await;
    let insert = format!(
        "INSERT INTO webhook_endpoints (url, personal, secret, state, failures, created_by, created_at) \
         VALUES ('{}', FALSE, '{secret}', 'active', 0, 'test', 0)",
        hook.url
    );
    let subscribe = "INSERT INTO webhook_subscriptions (endpoint_id, event_type) \
         SELECT id, 'signature.confirmed' FROM webhook_endpoints";
    for q in [insert.as_str(), subscribe] {
        match &conn {
            chorus::db::Db::Sqlite(p) => sqlx::query(q).execute(p).await.map(|_| ()),
            chorus::db::Db::Postgres(p) => sqlx::query(q).execute(p).await.map(|_| ()),
        }
        .unwrap();
    }
    conn.close().await;
    let client = reqwest::Client::new();
    for n in 0..5 {
        let email = unique_email(&format!("kill{n}"));
        let res = client
            .post(format!(
                "http://127.0.0.1:{port}/api/v1/petitions/kill/signatures"
            ))
            .json(&signer(&email))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 202);
        let mail = wait_for_mails(&email, 1).await.remove(0);
        let link = mail
            .link("/confirm/")
            .replace(BASE_URL, &format!("http://127.0.0.1:{port}"));
        assert_eq!(client.post(link).send().await.unwrap().status(), 200);
    }
    let events = "SELECT COUNT(*) FROM webhook_deliveries";
    let deadline = Instant::now() + Duration::from_secs(30);
    while scalar_on(&db.url, events).await < 5 {
        assert!(Instant::now() < deadline, "events not recorded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Deliveries hang on the wire, leased; the instance dies.
    let hung = hook.wait_for("a hanging delivery", |h| !h.is_empty()).await;
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(
        scalar_on(
            &db.url,
            "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'"
        )
        .await,
        0
    );

    hook.answer(200);
    let mut server = serve_ready(&db.url, port).await;
    let hits = hook
        .wait_for("every event answered", |h| {
            h.iter()
                .filter(|h| h.answered == 200)
                .map(|h| &h.id)
                .collect::<HashSet<_>>()
                .len()
                == 5
        })
        .await;
    let mut answered: HashMap<&str, usize> = HashMap::new();
    for h in hits.iter().filter(|h| h.answered == 200) {
        *answered.entry(h.id.as_str()).or_default() += 1;
        assert!(verifies(&secret, h));
    }
    assert!(answered.values().all(|&n| n == 1), "{answered:?}");
    for h in &hung {
        assert!(
            answered.contains_key(h.id.as_str()),
            "redelivered with its webhook-id"
        );
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while scalar_on(
        &db.url,
        "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'",
    )
    .await
        < 5
    {
        assert!(Instant::now() < deadline, "deliveries not marked");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    python_verifies(&secret, &hits);
    server.kill().unwrap();
    server.wait().unwrap();
}

async fn milestones_and_approved_organisations_reach_their_endpoints(engine: Engine) {
    let app = TestApp::spawn_with(engine, private_ok).await;
    app.create_petition("goal", "goal = 4").await;
    app.execute("UPDATE petitions SET accepts_organisations = TRUE WHERE slug = 'goal'")
        .await;
    let (staff, _) = owner(&app).await;
    // Other staff cannot see or add endpoints.
    let campaigner = unique_email("campaigner");
    make_admin(&app, &campaigner, "campaigner").await;
    let other = log_in(&app, &campaigner).await;
    assert_eq!(other.get(&app, "/admin/webhooks").await.status(), 403);
    let hook = Receiver::start(200).await;
    let (status, _) = add_endpoint(&app, &other, &hook.url, &["petition.milestone"], true).await;
    assert_eq!(status, 403);
    let events = ["petition.milestone", "organisation.approved"];
    let secret = endpoint_secret(&app, &staff, &hook.url, &events, false).await;
    // Not asked for: no delivery.
    sign_and_confirm(&app, "goal", &unique_email("goal")).await;
    chorus::petitions::updates::milestones(app.db())
        .await
        .unwrap();
    let hits = hook.wait_for("the milestone", |h| !h.is_empty()).await;
    let body = hits[0].json();
    assert_eq!(body["type"], "petition.milestone");
    assert_eq!(body["data"]["petition"], "goal");
    assert_eq!(body["data"]["percent"], 25);
    assert_eq!(body["data"]["confirmed"], 1);

    let pid = app
        .scalar_i64("SELECT id FROM petitions WHERE slug = 'goal'")
        .await;
    app.execute(&format!(
        "INSERT INTO organisation_signatures (petition_id, org_name, country, website, contact_name, \
         contact_email, canonical_email, token_hash, state, created_at, confirmed_at) VALUES \
         ({pid}, 'Friends of Trees', 'GB', 'https://trees.example', 'Jo Contact', 'jo@example.org', \
         'jo@example.org', 'h', 'confirmed', 0, 0)"
    ))
    .await;
    let org = app
        .scalar_i64("SELECT id FROM organisation_signatures")
        .await;
    let res = staff
        .post(
            &app,
            &format!("/admin/petitions/goal/organisations/{org}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let hits = hook.wait_for("the approval", |h| h.len() == 2).await;
    let body = hits[1].json();
    assert_eq!(body["type"], "organisation.approved");
    assert_eq!(body["data"]["organisation"], "Friends of Trees");
    assert!(body["data"].get("contact_email").is_none(), "{body}");
    assert!(hits.iter().all(|h| verifies(&secret, h)));
    python_verifies(&secret, &hits);
    app.stop().await;
}

/// A letter campaign to a board of two offices with email addresses and one without.
async fn board_campaign(app: &TestApp) {
    use chorus::letters::{self, targets};
    let csv = format!(
        "external_id,honorific,first_name,last_name,email,phone,contact_url\n\
         s1,Supervisor,Ana,Ruiz,{},555-0101,\n\
         s2,Supervisor,Ben,Okafor,{},555-0102,\n\
         s3,Supervisor,Chen,Li,,555-0103,https://county.example.org/contact\n",
        unique_email("office-a"),
        unique_email("office-b"),
    );
    let rows = targets::read_csv(csv.as_bytes()).unwrap();
    chorus::on_db!(
        app.db(),
        targets::sql,
        import("Test Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    let spec: chorus::letters::CampaignSpec = toml::from_str(
        "slug = \"board\"\ntitle = \"Letters\"\nstate = \"open\"\ntarget_rule = \"body\"\n\
         target_body = \"Test Board\"\nsubjects = [\"Please act\"]\ntemplate = \"Dear {{ target.last_name }},\"\n",
    )
    .unwrap();
    letters::save_campaign(app.db(), &spec).await.unwrap();
}

/// Writes to the board and confirms; `told`: the form showed the sharing notice.
async fn write_letters(app: &TestApp, worker: &Worker, writer: &str, told: bool) {
    let body = serde_json::json!({
        "name": "Grace Hopper", "email": writer, "address": "12 Elm Road", "city": "Essex",
        "country": "US", "postcode": "07001", "subject": 0, "consent": true, "sharing_notice": told,
    });
    let res = app.post_json("/api/v1/letters/board/letters", &body).await;
    assert_eq!(res.status(), 202);
    drain(worker).await;
    let mail = wait_for_mails(writer, 1).await.remove(0);
    let res = app
        .client
        .post(app.link(&mail.link("/letters/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}

/// Runs outbox rounds until nothing is due.
async fn drain(worker: &Worker) {
    while worker.round().await.unwrap() > 0 {}
}

/// Every background step is run by hand here, so "queued but not yet sent" holds still.
async fn letters_are_announced_once_sent_not_when_queued(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut settings = test_settings(&db.url);
    private_ok(&mut settings);
    let worker_settings = Arc::new(settings.clone());
    let roles = chorus::app::Roles {
        web: true,
        worker: false,
    };
    let app = TestApp::start(engine, db, settings, roles).await;
    let worker = Worker::new(
        app.db().clone(),
        chorus::email::Transport::from_settings(&worker_settings).unwrap(),
        worker_settings.clone(),
        chorus::app::render_email,
    )
    .unwrap();
    board_campaign(&app).await;
    let (staff, _) = owner(&app).await;
    let hook = Receiver::start(200).await;
    let secret = endpoint_secret(&app, &staff, &hook.url, &["letter.sent"], true).await;
    // The letter form says the details may be passed on, and sends back that it did.
    let details = [
        ("name", "Grace Hopper"),
        ("email", "grace@example.org"),
        ("address", "12 Elm Road"),
        ("city", "Essex"),
        ("country", "US"),
        ("postcode", "07001"),
    ];
    let form = app.post_form("/l/board/write", &details).await;
    assert_eq!(form.status(), 200);
    let form = form.text().await.unwrap();
    let shown =
        form.contains("passed to the organisation") && form.contains("name=\"sharing_notice\"");
    let (told, untold) = (unique_email("told-writer"), unique_email("untold-writer"));
    write_letters(&app, &worker, &told, true).await;
    write_letters(&app, &worker, &untold, false).await;
    // Two offices have an address: two letters each leave by email; the third is the writer's.
    assert_eq!(chorus::letters::dispatch::run(app.db()).await.unwrap(), 4);
    // Queued, not sent: nothing is announced.
    assert_eq!(
        chorus::letters::dispatch::announce_sent(app.db())
            .await
            .unwrap(),
        0
    );
    let events = "SELECT COUNT(*) FROM webhook_deliveries WHERE event_type = 'letter.sent'";
    assert_eq!(app.scalar_i64(events).await, 0);
    // Sent: one event per letter, however often the step runs.
    drain(&worker).await;
    let sent =
        "SELECT COUNT(*) FROM letters l JOIN outbox o ON o.id = l.outbox_id WHERE o.state = 'sent'";
    assert_eq!(app.scalar_i64(sent).await, 4);
    assert_eq!(
        chorus::letters::dispatch::announce_sent(app.db())
            .await
            .unwrap(),
        4
    );
    assert_eq!(
        chorus::letters::dispatch::announce_sent(app.db())
            .await
            .unwrap(),
        0
    );
    assert_eq!(app.scalar_i64(events).await, 4);
    let claimed = chorus::webhooks::deliver::round(app.db(), &app.state.settings)
        .await
        .unwrap();
    assert_eq!(claimed, 4);
    let hits = hook.wait_for("four letters", |h| h.len() == 4).await;
    let mut targets = Vec::new();
    let mut with_email = Vec::new();
    for h in &hits {
        let body = h.json();
        assert_eq!(body["type"], "letter.sent");
        assert_eq!(body["data"]["channel"], "email");
        assert_eq!(body["data"]["campaign"], "board");
        targets.push(body["data"]["target"].as_str().unwrap().to_owned());
        if let Some(email) = body["data"].get("email") {
            with_email.push(email.as_str().unwrap().to_owned());
        } else {
            assert!(body["data"].get("name").is_none(), "{body}");
        }
        assert!(!h.body.contains(&untold), "{body}");
        assert!(verifies(&secret, h));
    }
    assert_eq!(
        with_email,
        [told.clone(), told.clone()],
        "only the told writer's"
    );
    targets.sort();
    assert_eq!(
        targets,
        ["Ana Ruiz", "Ana Ruiz", "Ben Okafor", "Ben Okafor"]
    );
    python_verifies(&secret, &hits);
    assert!(shown, "the letter form told of the sharing");
    app.stop().await;
}

/// Personal fields go to an endpoint allowed them only for people whose consent text said, as
/// they acted, that their details may be passed on; the organisations' form says so only when an
/// endpoint takes approved organisations with personal fields.
async fn personal_fields_only_for_people_told_of_the_sharing(engine: Engine) {
    let app = TestApp::spawn_with(engine, private_ok).await;
    app.create_petition("told", "").await;
    app.execute("UPDATE petitions SET accepts_organisations = TRUE WHERE slug = 'told'")
        .await;
    let (staff, _) = owner(&app).await;
    let hook = Receiver::start(200).await;
    let secret = endpoint_secret(&app, &staff, &hook.url, &["signature.confirmed"], true).await;
    // Signers are told; organisations are not: no endpoint takes their approval.
    let page = app.get("/p/told").await.text().await.unwrap();
    assert!(
        page.contains("passed to the organisation") && page.contains("name=\"sharing_notice\"")
    );
    let orgs = app.get("/p/told/organisations").await.text().await.unwrap();
    assert!(
        !orgs.contains("passed to the campaign organisers") && !orgs.contains("sharing_notice")
    );

    // Signed on the page that told them, with what it sent back.
    let told = unique_email("told");
    let res = app
        .post_form(
            "/p/told/sign",
            &[
                ("name", "Ada Lovelace"),
                ("email", told.as_str()),
                ("country", "GB"),
                ("postcode", "SW1A 1AA"),
                ("consent", "on"),
                ("sharing_notice", "1"),
            ],
        )
        .await;
    assert!(res.status().is_success() || res.status().is_redirection());
    confirm_by_mail(&app, &told).await;
    // Signed through a client that did not show the notice.
    let untold = unique_email("untold");
    let res = app
        .post_json("/api/v1/petitions/told/signatures", &signer(&untold))
        .await;
    assert_eq!(res.status(), 202);
    confirm_by_mail(&app, &untold).await;
    let hits = hook.wait_for("both signatures", |h| h.len() == 2).await;
    let bodies: Vec<serde_json::Value> = hits.iter().map(Hit::json).collect();
    let with: Vec<&serde_json::Value> = bodies
        .iter()
        .filter(|b| b["data"].get("email").is_some())
        .collect();
    assert_eq!(with.len(), 1, "{bodies:#?}");
    assert_eq!(with[0]["data"]["email"], told.as_str());
    assert_eq!(with[0]["data"]["name"], "Ada Lovelace");
    let without = bodies
        .iter()
        .find(|b| b["data"].get("email").is_none())
        .unwrap();
    for personal in ["name", "postcode"] {
        assert!(without["data"].get(personal).is_none(), "{without}");
    }
    assert!(hits
        .iter()
        .all(|h| !h.body.contains(&untold) && verifies(&secret, h)));

    // An endpoint takes approved organisations with personal fields: their form now says so.
    let org_hook = Receiver::start(200).await;
    endpoint_secret(
        &app,
        &staff,
        &org_hook.url,
        &["organisation.approved"],
        true,
    )
    .await;
    let orgs = app.get("/p/told/organisations").await.text().await.unwrap();
    assert!(
        orgs.contains("passed to the campaign organisers")
            && orgs.contains("name=\"sharing_notice\""),
        "{orgs}"
    );
    let (told_org, untold_org) = (unique_email("told-org"), unique_email("untold-org"));
    for (contact, org, notice) in [
        (&told_org, "Told Trees", true),
        (&untold_org, "Quiet Rivers", false),
    ] {
        let mut form = vec![
            ("org_name", org),
            ("country", "GB"),
            ("name", "Jo Contact"),
            ("email", contact.as_str()),
            ("consent", "on"),
        ];
        if notice {
            form.push(("sharing_notice", "1"));
        }
        assert_eq!(
            app.post_form("/p/told/organisations", &form).await.status(),
            200
        );
        let mail = wait_for_mails(contact, 1).await.remove(0);
        let link = app.link(&mail.link("/organisations/confirm/"));
        assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
        let id = app
            .scalar_i64(&format!(
                "SELECT id FROM organisation_signatures WHERE org_name = '{org}'"
            ))
            .await;
        let path = format!("/admin/petitions/told/organisations/{id}");
        let res = staff.post(&app, &path, &[("decision", "approve")]).await;
        assert_eq!(res.status(), 303);
    }
    let hits = org_hook.wait_for("both approvals", |h| h.len() == 2).await;
    for h in &hits {
        let body = h.json();
        assert_eq!(body["type"], "organisation.approved");
        let told = body["data"]["organisation"] == "Told Trees";
        assert_eq!(body["data"].get("contact_email").is_some(), told, "{body}");
        assert_eq!(body["data"].get("contact_name").is_some(), told, "{body}");
        assert!(!h.body.contains(&untold_org));
    }
    app.stop().await;
}

/// Serves `app` on loopback; returns its base URL.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

async fn redirects_slow_and_huge_answers_are_cut_short(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        private_ok(s);
        s.webhooks.max_attempts = 1;
        s.webhooks.timeout_ms = 300;
    })
    .await;
    app.create_petition("cut", "").await;
    let (staff, _) = owner(&app).await;
    let elsewhere = Receiver::start(200).await;
    let to = elsewhere.url.clone();
    let redirect = serve(axum::Router::new().route(
        "/hook",
        axum::routing::post(move || {
            let to = to.clone();
            async move {
                (
                    StatusCode::TEMPORARY_REDIRECT,
                    [(axum::http::header::LOCATION, to)],
                )
            }
        }),
    ))
    .await;
    let huge = serve(axum::Router::new().route(
        "/hook",
        axum::routing::post(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "x".repeat(8 << 20)) }),
    ))
    .await;
    let hang = Receiver::start(0).await;
    let ev = ["signature.confirmed"];
    for url in [
        format!("{redirect}/hook"),
        format!("{huge}/hook"),
        hang.url.clone(),
    ] {
        endpoint_secret(&app, &staff, &url, &ev, false).await;
    }
    sign_and_confirm(&app, "cut", &unique_email("cut")).await;
    let given_up = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'failed'";
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.scalar_i64(given_up).await < 3 {
        assert!(Instant::now() < deadline, "deliveries were not tried");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A redirect is a failed attempt, not followed.
    let attempt = |endpoint: i64, what: &str| {
        format!("SELECT {what} FROM webhook_attempts WHERE endpoint_id = {endpoint}")
    };
    assert_eq!(app.scalar_i64(&attempt(1, "status")).await, 307);
    assert!(elsewhere.hits().is_empty());
    // A huge answer is read only in part; a slow one is given up at the deadline.
    assert_eq!(app.scalar_i64(&attempt(2, "status")).await, 500);
    assert!(
        app.scalar_i64(&attempt(2, "CAST(LENGTH(error) AS BIGINT)"))
            .await
            <= 200
    );
    assert_eq!(app.scalar_i64(&attempt(3, "COUNT(*)")).await, 1);
    assert!(app.scalar_i64(&attempt(3, "duration_ms")).await < 5_000);
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM webhook_attempts WHERE endpoint_id = 3 AND error = 'timed out'"
        )
        .await,
        1
    );
    assert_eq!(hang.hits().len(), 1);
    app.stop().await;
}

async fn released_signatures_are_confirmed_for_webhooks(engine: Engine) {
    let app = TestApp::spawn_with(engine, private_ok).await;
    app.create_petition("held", "").await;
    let (staff, _) = owner(&app).await;
    let hook = Receiver::start(200).await;
    let secret = endpoint_secret(&app, &staff, &hook.url, &["signature.confirmed"], false).await;
    // Held back (a rate flag) after its signer confirmed: it counts once staff release it.
    let pid = app
        .scalar_i64("SELECT id FROM petitions WHERE slug = 'held'")
        .await;
    app.execute(&format!(
        "INSERT INTO signatures (petition_id, name, email, canonical_email, country, consent_version, \
         state, created_at, confirmed_at, flag) VALUES ({pid}, 'Held Back', 'held@example.org', \
         'held@example.org', 'GB', 1, 'pending', 0, 1, 'ip_rate')"
    ))
    .await;
    app.execute(&format!(
        "UPDATE petition_counts SET pending = 1 WHERE petition_id = {pid}"
    ))
    .await;
    let id = app
        .scalar_i64("SELECT id FROM signatures")
        .await
        .to_string();
    let res = staff
        .post(
            &app,
            "/admin/petitions/held/review",
            &[("id", &id), ("action", "release")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let hits = hook
        .wait_for("the released signature", |h| !h.is_empty())
        .await;
    let body = hits[0].json();
    assert_eq!(body["type"], "signature.confirmed");
    assert_eq!(body["data"]["signature_id"].to_string(), id);
    assert!(!hits[0].body.contains("held@example.org"));
    assert!(verifies(&secret, &hits[0]));
    app.stop().await;
}

/// One endpoint hangs until released (its timeout far away); the other answers at once.
async fn a_hanging_endpoint_delays_only_its_own_deliveries(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| {
        private_ok(s);
        s.webhooks.timeout_ms = 120_000;
        s.webhooks.batch_size = 4;
        s.webhooks.per_endpoint = 2;
    })
    .await;
    app.create_petition("fair", "").await;
    let (staff, _) = owner(&app).await;
    let (slow, quick) = (Receiver::start(0).await, Receiver::start(200).await);
    let kinds = ["signature.confirmed"];
    endpoint_secret(&app, &staff, &slow.url, &kinds, false).await;
    let secret = endpoint_secret(&app, &staff, &quick.url, &kinds, false).await;
    sign_and_confirm(&app, "fair", &unique_email("fair")).await;
    slow.wait_for("the first, held open", |h| h.len() == 1)
        .await;
    quick.wait_for("the first", |h| h.len() == 1).await;
    // Events that happen while the slow endpoint holds its request still reach the quick one.
    for _ in 0..4 {
        sign_and_confirm(&app, "fair", &unique_email("fair")).await;
    }
    let hits = quick.wait_for("all five", |h| h.len() == 5).await;
    assert!(hits
        .iter()
        .all(|h| h.answered == 200 && verifies(&secret, h)));
    // Meanwhile the slow endpoint was never answered, and never had more than its two slots.
    let seen = slow.hits();
    assert!(
        seen.len() <= 2 && seen.iter().all(|h| h.answered == 0),
        "{seen:#?}"
    );
    slow.wait_for("its two slots", |h| h.len() == 2).await;
    let slow_id = app
        .scalar_i64("SELECT MIN(id) FROM webhook_endpoints")
        .await;
    let leased = format!(
        "SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = {slow_id} AND state = 'pending' \
         AND locked_until IS NOT NULL"
    );
    assert_eq!(app.scalar_i64(&leased).await, 2);
    assert_eq!(slow.held(), 2, "still held open");
    // Released, it gets the rest.
    slow.release();
    let hits = slow
        .wait_for("all five at the slow one", |h| {
            h.iter().map(|h| &h.id).collect::<HashSet<_>>().len() == 5
        })
        .await;
    assert!(hits.iter().skip(2).all(|h| h.answered == 200));
    let delivered = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'";
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.scalar_i64(delivered).await < 10 {
        assert!(Instant::now() < deadline, "deliveries not marked");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    app.stop().await;
}

both_engines!(
    a_hanging_endpoint_delays_only_its_own_deliveries,
    signed_deliveries_carry_personal_fields_only_when_allowed,
    retries_pause_resume_and_replay,
    internal_addresses_are_refused_when_saved_and_when_delivering,
    each_event_once_across_a_killed_worker,
    milestones_and_approved_organisations_reach_their_endpoints,
    letters_are_announced_once_sent_not_when_queued,
    personal_fields_only_for_people_told_of_the_sharing,
    redirects_slow_and_huge_answers_are_cut_short,
    released_signatures_are_confirmed_for_webhooks,
);
