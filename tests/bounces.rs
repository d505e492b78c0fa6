//! Bounces and complaints end to end: every message leaves with its own signed bounce address;
//! real-world-shaped delivery status notifications (Postfix, Gmail, Exchange Online) and feedback reports
//! (Yahoo-style ARF, Microsoft JMRP) dropped into the bounce maildir, and Postmark's webhook,
//! put the address on the suppression list, after which nothing more reaches it while others
//! still get theirs; the same reports read over IMAP from a real Dovecot (TLS, a self-signed
//! certificate trusted through `imap_ca_file`) are marked seen once handled; forged bounce
//! addresses, and reports naming another recipient than their tag, are ignored; an owner lifts a
//! suppression.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chorus::email::verp::base32;
use common::bounce_reports::*;
use common::staff::*;
use common::{imap, *};
use futures_util::StreamExt;

const PETITION: &str = "/api/v1/petitions/p1/signatures";
const HOOK_PASSWORD: &str = "hook-secret-pw-0123456789";

struct Bounces {
    app: TestApp,
    maildir: PathBuf,
    _dir: tempfile::TempDir,
}

async fn start(engine: Engine) -> Bounces {
    start_with(engine, |_| {}).await
}

async fn start_with(
    engine: Engine,
    tweak: impl FnOnce(&mut chorus::config::Settings) + Send + 'static,
) -> Bounces {
    let dir = tempfile::tempdir().unwrap();
    let maildir = dir.path().join("bounces");
    let md = maildir.clone();
    let app = TestApp::spawn_with(engine, move |s| {
        s.bounces.maildir = md;
        s.bounces.poll_ms = 50;
        s.bounces.verp_domain = "bounces.chorus.test".into();
        s.bounces.soft_bounce_limit = 3;
        s.bounces.postmark_user = "postmark".into();
        s.bounces.postmark_password = HOOK_PASSWORD.to_owned().into();
        s.metrics_listen = "127.0.0.1:0".into();
        tweak(s);
    })
    .await;
    app.create_petition("p1", "").await;
    app.create_petition("p2", "").await;
    for d in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(maildir.join(d)).unwrap();
    }
    Bounces {
        app,
        maildir,
        _dir: dir,
    }
}

/// Signs petition `path` as `to` and returns the `n`th email `to` has received.
async fn sign(app: &TestApp, path: &str, to: &str, n: usize) -> Mail {
    let res = app.post_json(path, &signer(to)).await;
    assert_eq!(res.status(), 202);
    wait_for_mails(to, n).await.pop().unwrap()
}

/// Delivers a report into the maildir as a mail server does (written in tmp/, renamed into new/),
/// then waits until the reader has moved it to cur/.
async fn deliver(b: &Bounces, name: &str, raw: &str) {
    let tmp = b.maildir.join("tmp").join(name);
    std::fs::write(&tmp, raw.replace('\n', "\r\n")).unwrap();
    std::fs::rename(&tmp, b.maildir.join("new").join(name)).unwrap();
    wait_handled(&b.maildir, name).await;
}

async fn wait_handled(maildir: &Path, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let done = std::fs::read_dir(maildir.join("cur"))
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(name));
        if done && !maildir.join("new").join(name).exists() {
            return;
        }
        assert!(Instant::now() < deadline, "{name} was never handled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn suppression(app: &TestApp, address: &str) -> String {
    let n = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM suppressions WHERE address = '{address}'"
        ))
        .await;
    if n == 0 {
        return String::new();
    }
    text_on(
        &app.db.url,
        &format!("SELECT reason FROM suppressions WHERE address = '{address}'"),
    )
    .await
}

/// Signing the other petition as `to` sends nothing more (its row is held back, not retried),
/// while a fresh address signing it at the same time gets its email.
async fn nothing_more_reaches(app: &TestApp, to: &str, had: usize) {
    let other = unique_email("control");
    for who in [to, other.as_str()] {
        let res = app
            .post_json("/api/v1/petitions/p2/signatures", &signer(who))
            .await;
        assert_eq!(res.status(), 202, "the page answers as before");
    }
    wait_for_mails(&other, 1).await;
    outbox_drained(app).await;
    assert_mail_count(app, to, had).await;
    let held = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM outbox WHERE lower(recipient) = lower('{to}') AND state = 'failed' \
             AND last_error LIKE '%suppression list%'"
        ))
        .await;
    assert!(held >= 1, "the email to {to} is recorded as not sent");
}

fn envelope_of(mail: &Mail) -> String {
    assert!(mail.mail_from.starts_with("bounces+"), "{}", mail.mail_from);
    assert!(
        mail.mail_from.ends_with("@bounces.chorus.test"),
        "{}",
        mail.mail_from
    );
    // No header of ours repeats it: it would travel with a forwarded copy.
    assert_eq!(mail.header("X-Chorus-Bounce"), None);
    assert!(
        mail.header("From")
            .unwrap()
            .ends_with("<noreply@chorus.test>"),
        "the From header is unchanged"
    );
    mail.mail_from.clone()
}

async fn hard_bounces_suppress_and_show_in_exports(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    // Postfix, 5.1.1.
    let ada = unique_email("ada");
    let mail = sign(app, PETITION, &ada, 1).await;
    let verp = envelope_of(&mail);
    let raw = postfix_dsn(
        &verp,
        &ada,
        "failed",
        "5.1.1",
        "3F1B2C0A1",
        &mail.raw.replace("\r\n", "\n"),
    );
    deliver(&b, "1764471605.V801I2M1.mx", &raw).await;
    assert_eq!(suppression(app, &ada.to_lowercase()).await, "hard_bounce");
    nothing_more_reaches(app, &ada, 1).await;

    // Outside the providers known to alias "+tags", `a+x@` is its own mailbox (or none): its
    // bounce silences that address only, never `a@` (who could otherwise be silenced by anyone
    // signing as `a+x@` on a server that refuses it).
    let local = format!("office{}", random_hex(4));
    let tagged = format!("{local}+x@office.example");
    let mail = sign(app, PETITION, &tagged, 1).await;
    let verp = envelope_of(&mail);
    let raw = postfix_dsn(
        &verp,
        &tagged,
        "failed",
        "5.1.1",
        "3F1B2C0A9",
        &mail.raw.replace("\r\n", "\n"),
    );
    deliver(&b, "1764471605.V801I2M9.mx", &raw).await;
    assert_eq!(suppression(app, &tagged).await, "hard_bounce");
    let plain = format!("{local}@office.example");
    assert_eq!(
        suppression(app, &plain).await,
        "",
        "the untagged address is not silenced"
    );
    sign(app, PETITION, &plain, 1).await;

    // Gmail: dots and "+tags" reach the same inbox, so the canonical address is what is suppressed.
    let local = random_hex(4);
    let bob = format!("Bob.{local}@gmail.com");
    let mail = sign(app, PETITION, &bob, 1).await;
    let verp = envelope_of(&mail);
    deliver(
        &b,
        "1764471606.V801I2M2.mx",
        &gmail_dsn(&verp, &bob, &headers_of(&mail)),
    )
    .await;
    let canonical = format!("bob{local}@gmail.com");
    assert_eq!(suppression(app, &canonical).await, "hard_bounce");
    let variant = format!("bob{local}+petitions@googlemail.com");
    nothing_more_reaches(app, &variant, 0).await;

    // Exchange Online.
    let ivy = unique_email("ivy");
    let mail = sign(app, PETITION, &ivy, 1).await;
    let verp = envelope_of(&mail);
    let raw = exchange_dsn(&verp, &ivy, &mail.raw.replace("\r\n", "\n"));
    deliver(&b, "1764471607.V801I2M3.mx", &raw).await;
    assert_eq!(suppression(app, &ivy.to_lowercase()).await, "hard_bounce");
    let detail = text_on(
        &app.db.url,
        &format!(
            "SELECT detail FROM suppressions WHERE address = '{}'",
            ivy.to_lowercase()
        ),
    )
    .await;
    assert_eq!(detail, "5.1.10");

    // The signature stays unconfirmed and the export says why.
    make_admin(app, "owner@chorus.test", "owner").await;
    let staff = log_in(app, "owner@chorus.test").await;
    let csv = staff
        .get(app, "/admin/petitions/p1/export/signatures.csv?state=all")
        .await
        .text()
        .await
        .unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains(",email_suppressed,"), "{header}");
    let row = csv.lines().find(|l| l.contains(&ada)).expect("ada's row");
    assert!(
        row.contains(",pending,") && row.contains(",hard_bounce,"),
        "{row}"
    );

    // Metrics on the private listener: bounces by kind of email.
    let metrics = reqwest::get(format!("{}/metrics", app.metrics_addr.as_ref().unwrap()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.lines().any(|l| l.starts_with("email_bounces_total")
            && l.contains("kind=\"confirm_signature\"")
            && l.contains("type=\"hard\"")),
        "{metrics}"
    );
    b.app.stop().await;
}

async fn soft_bounces_suppress_after_the_limit_in_a_row(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    let cat = unique_email("cat");
    let mail = sign(app, PETITION, &cat, 1).await;
    let verp = envelope_of(&mail);
    let original = mail.raw.replace("\r\n", "\n");
    let report = |id: &str| postfix_dsn(&verp, &cat, "failed", "4.2.2", id, &original);
    // A delay is not a bounce.
    deliver(
        &b,
        "delay.1",
        &postfix_dsn(&verp, &cat, "delayed", "4.2.2", "D0", &original),
    )
    .await;
    deliver(&b, "soft.1", &report("A1")).await;
    // The same message delivered twice counts once.
    deliver(&b, "soft.1.again", &report("A1")).await;
    let key = cat.to_lowercase();
    // A permanent refusal for policy or content (5.7.1) says nothing sure about the address: it
    // counts as soft, not as a hard bounce.
    deliver(
        &b,
        "policy.1",
        &postfix_dsn(&verp, &cat, "failed", "5.7.1", "P1", &original),
    )
    .await;
    assert_eq!(
        suppression(app, &key).await,
        "",
        "a policy refusal is not hard"
    );
    let count = format!("SELECT bounces FROM soft_bounces WHERE address = '{key}'");
    assert_eq!(app.scalar_i64(&count).await, 2);
    assert_eq!(suppression(app, &key).await, "", "not yet");
    // Below the limit mail still flows.
    let res = app
        .post_json("/api/v1/petitions/p2/signatures", &signer(&cat))
        .await;
    assert_eq!(res.status(), 202);
    wait_for_mails(&cat, 2).await;
    deliver(&b, "soft.3", &report("A3")).await;
    assert_eq!(suppression(app, &key).await, "soft_bounces");
    let res = app.post_json(PETITION, &signer(&cat)).await;
    assert_eq!(res.status(), 202);
    outbox_drained(app).await;
    assert_mail_count(app, &cat, 2).await;
    b.app.stop().await;
}

async fn complaints_suppress(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    // Yahoo-style ARF.
    let dee = unique_email("dee");
    let mail = sign(app, PETITION, &dee, 1).await;
    let verp = envelope_of(&mail);
    let original = format!("Return-Path: <{verp}>\n{}", mail.raw.replace("\r\n", "\n"));
    deliver(&b, "arf.yahoo", &yahoo_arf(&verp, &dee, &original)).await;
    assert_eq!(suppression(app, &dee.to_lowercase()).await, "complaint");
    nothing_more_reaches(app, &dee, 1).await;

    // Microsoft JMRP: only the quoted original's Return-Path, as Microsoft received it, names the
    // bounce address.
    let eve = unique_email("eve");
    let mail = sign(app, PETITION, &eve, 1).await;
    let verp = envelope_of(&mail);
    let original = format!("Return-Path: <{verp}>\n{}", redacted(&mail, &eve));
    deliver(&b, "arf.jmrp", &jmrp_arf(&original)).await;
    assert_eq!(suppression(app, &eve.to_lowercase()).await, "complaint");
    nothing_more_reaches(app, &eve, 1).await;

    // A copy that a supporter forwarded on, marked as spam by whoever got it: its Return-Path is
    // the forwarder's, and a bounce address merely quoted in its headers silences nobody.
    let fin = unique_email("fin");
    let mail = sign(app, PETITION, &fin, 1).await;
    let verp = envelope_of(&mail);
    let forwarded = format!(
        "Return-Path: <{fin}>\nX-Chorus-Bounce: {verp}\nX-Original-Return-Path: <{verp}>\n{}",
        redacted(&mail, &fin)
    );
    deliver(&b, "arf.forwarded", &jmrp_arf(&forwarded)).await;
    assert_eq!(suppression(app, &fin.to_lowercase()).await, "");

    let metrics = reqwest::get(format!("{}/metrics", app.metrics_addr.as_ref().unwrap()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics
            .lines()
            .any(|l| l.starts_with("email_complaints_total")
                && l.contains("kind=\"confirm_signature\"")),
        "{metrics}"
    );
    b.app.stop().await;
}

async fn forged_and_garbage_reports_change_nothing(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    let victim = unique_email("victim");
    let attacker = unique_email("attacker");
    sign(app, PETITION, &victim, 1).await;
    // The attacker has a real bounce address of their own and swaps in the victim's address.
    let mail = sign(app, PETITION, &attacker, 1).await;
    let verp = envelope_of(&mail);
    let tag = verp
        .strip_prefix("bounces+")
        .unwrap()
        .split('@')
        .next()
        .unwrap();
    let mut parts: Vec<String> = tag.split('-').map(str::to_owned).collect();
    parts[0] = base32(victim.to_lowercase().as_bytes());
    let forged = format!("bounces+{}@bounces.chorus.test", parts.join("-"));
    deliver(
        &b,
        "forged",
        &postfix_dsn(&forged, &victim, "failed", "5.1.1", "F1", "Subject: x\n\nx"),
    )
    .await;
    // Nor is a bare address without a tag, a report with no report in it, or junk.
    deliver(
        &b,
        "untagged",
        &postfix_dsn(
            "bounces@chorus.test",
            &victim,
            "failed",
            "5.1.1",
            "F2",
            "Subject: x\n\nx",
        ),
    )
    .await;
    // A genuine bounce address on a report of somebody else's failure (the attacker's own tag,
    // the victim as Final-Recipient): forged, and neither is suppressed.
    deliver(
        &b,
        "other-recipient",
        &postfix_dsn(&verp, &victim, "failed", "5.1.1", "F3", "Subject: x\n\nx"),
    )
    .await;
    // The victim's real bounce address, but only in To (which anyone writes), not where the
    // receiving server records the envelope.
    let victim_verp = envelope_of(&wait_for_mails(&victim, 1).await.pop().unwrap());
    let to_only: String = postfix_dsn(
        &victim_verp,
        &victim,
        "failed",
        "5.1.1",
        "F4",
        "Subject: x\n\nx",
    )
    .lines()
    .filter(|l| !l.starts_with("Delivered-To:") && !l.starts_with("X-Original-To:"))
    .map(|l| format!("{l}\n"))
    .collect();
    deliver(&b, "to-only", &to_only).await;
    deliver(
        &b,
        "plain",
        "From: someone@example.org\nSubject: hello\n\nJust a message.\n",
    )
    .await;
    deliver(
        &b,
        "junk",
        "\u{0}\u{1}--\n\n--Content-Type: multipart/report; boundary=\n--\n",
    )
    .await;
    let big = format!(
        "Content-Type: multipart/report; boundary=\"b\"\n\n{}",
        "--b\nContent-Type: message/delivery-status\n\nAction: failed\n".repeat(20_000)
    );
    deliver(&b, "big", &big).await;
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM suppressions").await, 0);
    let metrics = reqwest::get(format!("{}/metrics", app.metrics_addr.as_ref().unwrap()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics
            .lines()
            .any(|l| l.starts_with("bounce_reports_ignored_total")
                && l.contains("reason=\"forged\"")),
        "{metrics}"
    );
    // The victim still gets mail.
    let res = app
        .post_json("/api/v1/petitions/p2/signatures", &signer(&victim))
        .await;
    assert_eq!(res.status(), 202);
    wait_for_mails(&victim, 2).await;
    b.app.stop().await;
}

fn postmark(kind: &str, record: &str, email: &str, id: i64) -> serde_json::Value {
    serde_json::json!({
        "RecordType": record,
        "ID": id,
        "Type": kind,
        "TypeCode": 1,
        "Name": "Hard bounce",
        "Tag": "",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "ServerID": 23,
        "MessageStream": "outbound",
        "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": email,
        "From": "noreply@chorus.test",
        "BouncedAt": "2026-11-30T03:00:00Z",
        "DumpAvailable": false,
        "Inactive": true,
        "CanActivate": true,
        "Subject": "Please confirm your signature",
        "Metadata": {"kind": "confirm_signature"}
    })
}

async fn postmark_hook(
    app: &TestApp,
    auth: Option<(&str, &str)>,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    let mut req = app
        .client
        .post(app.url("/hooks/postmark"))
        .header("content-type", "application/json")
        // A fresh connection each time: after an oversized body the server answers 413 and
        // closes, and a reused connection would fail on the client side.
        .header("connection", "close")
        .body(body);
    if let Some((u, p)) = auth {
        req = req.basic_auth(u, Some(p));
    }
    req.send().await.unwrap()
}

async fn postmark_webhook_suppresses_behind_basic_auth(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    let fay = unique_email("fay");
    let mail = sign(app, PETITION, &fay, 1).await;
    // The kind of email rides along in Postmark's metadata, which its webhook hands back.
    assert_eq!(mail.header("X-PM-Metadata-kind"), Some("confirm_signature"));
    let body = postmark("HardBounce", "Bounce", &fay, 4242).to_string();
    let good = Some(("postmark", HOOK_PASSWORD));
    // Without the password the body is never read: a request whose body is still arriving is
    // refused at once.
    let trickle = futures_util::stream::once(async { Ok::<_, std::io::Error>(b"{\"Rec".to_vec()) })
        .chain(futures_util::stream::pending());
    let res = tokio::time::timeout(
        Duration::from_secs(5),
        app.client
            .post(app.url("/hooks/postmark"))
            .header("content-type", "application/json")
            .header("connection", "close")
            .body(reqwest::Body::wrap_stream(trickle))
            .send(),
    )
    .await
    .expect("refused before the body was read")
    .unwrap();
    assert_eq!(res.status(), 401);
    for auth in [
        None,
        Some(("postmark", "wrong")),
        Some(("intruder", HOOK_PASSWORD)),
    ] {
        let res = postmark_hook(app, auth, body.clone()).await;
        assert_eq!(res.status(), 401);
        assert!(res.headers().contains_key("www-authenticate"));
    }
    assert_eq!(suppression(app, &fay.to_lowercase()).await, "");
    for bad in [
        "{",
        "[1,2]",
        "{\"RecordType\": 7}",
        "null",
        "{\"RecordType\":\"Bounce\",\"Type\":\"HardBounce\"}",
    ] {
        let res = postmark_hook(app, good, bad.to_owned()).await;
        assert_eq!(res.status(), 400, "{bad}");
    }
    let huge = format!("{{\"Details\": \"{}\"}}", "x".repeat(200_000));
    let res = app
        .client
        .post(app.url("/hooks/postmark"))
        .header("connection", "close")
        .basic_auth("postmark", Some(HOOK_PASSWORD))
        .body(huge)
        .send()
        .await;
    // The 413 may come before the client has sent it all, which it then sees as a closed
    // connection; either way nothing was read.
    if let Ok(res) = res {
        assert_eq!(res.status(), 413);
    }
    // A delay Postmark is still retrying is taken and ignored.
    let transient = postmark("Transient", "Bounce", &fay, 4241).to_string();
    assert_eq!(postmark_hook(app, good, transient).await.status(), 200);
    assert_eq!(suppression(app, &fay.to_lowercase()).await, "");
    let res = postmark_hook(app, good, body.clone()).await;
    assert_eq!(res.status(), 200);
    assert_eq!(suppression(app, &fay.to_lowercase()).await, "hard_bounce");
    let kind = text_on(
        &app.db.url,
        &format!(
            "SELECT kind FROM suppressions WHERE address = '{}'",
            fay.to_lowercase()
        ),
    )
    .await;
    assert_eq!(kind, "confirm_signature");
    // Postmark's retry of the same event is answered alike and changes nothing.
    assert_eq!(postmark_hook(app, good, body).await.status(), 200);
    nothing_more_reaches(app, &fay, 1).await;

    let gus = unique_email("gus");
    sign(app, PETITION, &gus, 1).await;
    let complaint = postmark("SpamComplaint", "SpamComplaint", &gus, 4243).to_string();
    assert_eq!(postmark_hook(app, good, complaint).await.status(), 200);
    assert_eq!(suppression(app, &gus.to_lowercase()).await, "complaint");
    nothing_more_reaches(app, &gus, 1).await;
    b.app.stop().await;
}

async fn an_owner_lifts_a_suppression(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    let hal = unique_email("hal");
    let mail = sign(app, PETITION, &hal, 1).await;
    let verp = envelope_of(&mail);
    deliver(
        &b,
        "hal",
        &postfix_dsn(&verp, &hal, "failed", "5.1.1", "H1", "Subject: x\n\nx"),
    )
    .await;
    let key = hal.to_lowercase();
    assert_eq!(suppression(app, &key).await, "hard_bounce");

    make_admin(app, "owner@chorus.test", "owner").await;
    make_admin(app, "campaigner@chorus.test", "campaigner").await;
    make_admin(app, "viewer@chorus.test", "viewer").await;
    let viewer = log_in(app, "viewer@chorus.test").await;
    assert_eq!(viewer.get(app, "/admin/suppressions").await.status(), 403);
    let campaigner = log_in(app, "campaigner@chorus.test").await;
    let page = campaigner
        .get(app, &format!("/admin/suppressions?q={}", &key[..8]))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&key), "{page}");
    assert!(
        !page.contains("/admin/suppressions/lift"),
        "only owners lift"
    );
    let res = campaigner
        .post(
            app,
            "/admin/suppressions/lift",
            &[("address", key.as_str())],
        )
        .await;
    assert_eq!(res.status(), 403);
    // Without the CSRF token nothing happens.
    let res = campaigner
        .client
        .post(app.url("/admin/suppressions/lift"))
        .form(&[("address", key.as_str())])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error());
    assert_eq!(suppression(app, &key).await, "hard_bounce");
    let owner = log_in(app, "owner@chorus.test").await;
    let page = owner
        .get(app, "/admin/suppressions?q=nobody-matches-this")
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains(&key));
    let res = owner
        .post(
            app,
            "/admin/suppressions/lift",
            &[("address", key.as_str())],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(suppression(app, &key).await, "");
    let audit = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'suppression.lift' AND actor = 'owner@chorus.test'")
        .await;
    assert_eq!(audit, 1);
    // Mail flows again.
    let res = app
        .post_json("/api/v1/petitions/p2/signatures", &signer(&hal))
        .await;
    assert_eq!(res.status(), 202);
    wait_for_mails(&hal, 2).await;
    b.app.stop().await;
}

async fn a_letter_bounce_marks_its_office(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    let office = unique_email("office");
    let now = chorus::db::now_ms();
    app.execute(&format!(
        "INSERT INTO targets (body, external_id, name, email, created_at, updated_at) \
         VALUES ('city', 'c1', 'Councillor Jones', '{office}', {now}, {now})"
    ))
    .await;
    let letter = chorus::email::Email {
        kind: chorus::email::EmailKind::Letter,
        to: office.clone(),
        from_name: Some("A Supporter".into()),
        reply_to: None,
        subject: "A letter".into(),
        text: "Dear Councillor".into(),
        html: None,
        payload: None,
    };
    chorus::on_db!(app.db(), chorus::email::outbox::sql, enqueue(&letter, now)).unwrap();
    let mail = wait_for_mails(&office, 1).await.pop().unwrap();
    let verp = envelope_of(&mail);
    deliver(
        &b,
        "letter",
        &postfix_dsn(&verp, &office, "failed", "5.1.1", "L1", "Subject: x\n\nx"),
    )
    .await;
    assert_eq!(
        suppression(app, &office.to_lowercase()).await,
        "hard_bounce"
    );
    make_admin(app, "owner@chorus.test", "owner").await;
    let owner = log_in(app, "owner@chorus.test").await;
    let page = owner.get(app, "/admin/letters").await.text().await.unwrap();
    assert!(page.contains("data-testid=\"bounced-target\""), "{page}");
    assert!(page.contains("Councillor Jones") && page.contains("directory may be stale"));
    b.app.stop().await;
}

async fn the_maildir_skips_unreadable_files_and_prunes_old_ones(engine: Engine) {
    let b = start(engine).await;
    let app = &b.app;
    // Two handled messages: one delivered long ago, one recently.
    let old = b.maildir.join("cur").join("1700000000.V801I1M1.mx:2,S");
    let fresh = b.maildir.join("cur").join("1764471000.V801I1M2.mx:2,S");
    for path in [&old, &fresh] {
        std::fs::write(path, "Subject: x\r\n\r\nx\r\n").unwrap();
    }
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - Duration::from_secs(40 * 86_400))
        .unwrap();
    // A file that cannot be read (a link to nowhere), first in line.
    let broken = b.maildir.join("new").join("0-broken");
    std::os::unix::fs::symlink(b.maildir.join("nowhere"), &broken).unwrap();
    let ada = unique_email("ada");
    let mail = sign(app, PETITION, &ada, 1).await;
    let verp = envelope_of(&mail);
    let raw = postfix_dsn(&verp, &ada, "failed", "5.1.1", "B1", "Subject: x\n\nx");
    deliver(&b, "1-after-the-broken-one", &raw).await;
    assert_eq!(suppression(app, &ada.to_lowercase()).await, "hard_bounce");
    assert!(
        broken.symlink_metadata().is_ok(),
        "the unreadable file is skipped and left in place"
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while old.exists() {
        assert!(
            Instant::now() < deadline,
            "the old message was never pruned"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(fresh.exists(), "a recent handled message is kept");
    b.app.stop().await;
}

/// An app whose bounce mailbox is `folder` on the IMAP server at `addr`; `trust`: with the
/// server's certificate as an extra trust root.
async fn start_imap(engine: Engine, addr: &str, folder: &str, trust: bool) -> Bounces {
    let url = imap::url(addr, folder);
    start_with(engine, move |s| {
        s.bounces.maildir = PathBuf::new();
        s.bounces.imap_url = url.into();
        if trust {
            s.bounces.imap_ca_file = imap::ca_file();
        }
    })
    .await
}

async fn imap_reports_are_handled_once_and_marked_seen(engine: Engine) {
    let mut folder = imap::folder().await;
    let b = start_imap(engine, &imap::addr(), &folder.name, true).await;
    let app = &b.app;
    let ada = unique_email("ada");
    let mail = sign(app, PETITION, &ada, 1).await;
    let verp = envelope_of(&mail);
    let original = mail.raw.replace("\r\n", "\n");
    let dsn = postfix_dsn(&verp, &ada, "failed", "5.1.1", "I1", &original);
    folder.append(&dsn, None, None).await;
    let dee = unique_email("dee");
    let mail = sign(app, PETITION, &dee, 1).await;
    let verp = envelope_of(&mail);
    let original = format!("Return-Path: <{verp}>\n{}", mail.raw.replace("\r\n", "\n"));
    folder
        .append(&yahoo_arf(&verp, &dee, &original), None, None)
        .await;
    // A soft bounce, then the same message again (as after a crash between handling it and
    // marking it seen): it counts once.
    let cat = unique_email("cat");
    let mail = sign(app, PETITION, &cat, 1).await;
    let verp = envelope_of(&mail);
    let soft = postfix_dsn(&verp, &cat, "failed", "4.2.2", "I2", "Subject: x\n\nx");
    folder.append(&soft, None, None).await;
    folder.append(&soft, None, None).await;
    // Not a report: read, counted and marked like the others.
    let junk = "From: someone@example.org\nSubject: hello\n\nJust a message.\n";
    folder.append(junk, None, None).await;
    // A message handled long ago is deleted.
    let old = "Subject: handled\n\nx\n";
    let long_ago = "\"01-Jan-2020 00:00:00 +0000\"";
    folder.append(old, Some("(\\Seen)"), Some(long_ago)).await;
    folder.wait_all_seen(5).await;

    assert_eq!(suppression(app, &ada.to_lowercase()).await, "hard_bounce");
    assert_eq!(suppression(app, &dee.to_lowercase()).await, "complaint");
    let key = cat.to_lowercase();
    let count = format!("SELECT bounces FROM soft_bounces WHERE address = '{key}'");
    assert_eq!(app.scalar_i64(&count).await, 1);
    let source = text_on(
        &app.db.url,
        &format!(
            "SELECT source FROM suppressions WHERE address = '{}'",
            ada.to_lowercase()
        ),
    )
    .await;
    assert_eq!(source, "mailbox");
    nothing_more_reaches(app, &ada, 1).await;
    nothing_more_reaches(app, &dee, 1).await;
    b.app.stop().await;
}

/// A TCP relay to `to` that drops every connection until opened, and counts them.
struct Relay {
    addr: String,
    open: Arc<AtomicBool>,
    connections: Arc<AtomicUsize>,
}

async fn relay(to: String) -> Relay {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let open = Arc::new(AtomicBool::new(false));
    let connections = Arc::new(AtomicUsize::new(0));
    let (o, c) = (open.clone(), connections.clone());
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            c.fetch_add(1, Ordering::SeqCst);
            if !o.load(Ordering::SeqCst) {
                continue;
            }
            let to = to.clone();
            tokio::spawn(async move {
                if let Ok(mut out) = tokio::net::TcpStream::connect(&to).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut out).await;
                }
            });
        }
    });
    Relay {
        addr,
        open,
        connections,
    }
}

impl Relay {
    async fn wait_connections(&self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.connections.load(Ordering::SeqCst) < n {
            assert!(
                Instant::now() < deadline,
                "fewer than {n} connection attempts"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn imap_failures_are_retried_and_an_untrusted_server_is_not_read(engine: Engine) {
    let mut folder = imap::folder().await;
    // Without the server's certificate among its trust roots, an app connects, refuses the
    // server, and tries again: nothing is read.
    let wary_relay = relay(imap::addr()).await;
    wary_relay.open.store(true, Ordering::SeqCst);
    let wary = start_imap(engine, &wary_relay.addr, &folder.name, false).await;
    let hal = unique_email("hal");
    let mail = sign(&wary.app, PETITION, &hal, 1).await;
    let verp = envelope_of(&mail);
    let dsn = postfix_dsn(&verp, &hal, "failed", "5.1.1", "R1", "Subject: x\n\nx");
    folder.append(&dsn, None, None).await;
    let tried = wary_relay.connections.load(Ordering::SeqCst);
    wary_relay.wait_connections(tried + 2).await;
    let flags = folder.flags().await;
    assert!(
        flags.len() == 1 && !flags[0].1.iter().any(|f| f == "Seen"),
        "{flags:?}"
    );
    assert_eq!(suppression(&wary.app, &hal.to_lowercase()).await, "");
    wary.app.stop().await;

    // The server unreachable at first: each round fails and is tried again, mail still flows,
    // and once it answers the report is read.
    let down = relay(imap::addr()).await;
    let b = start_imap(engine, &down.addr, &folder.name, true).await;
    let app = &b.app;
    let ivy = unique_email("ivy");
    let mail = sign(app, PETITION, &ivy, 1).await;
    let verp = envelope_of(&mail);
    let dsn = postfix_dsn(&verp, &ivy, "failed", "5.1.1", "R2", "Subject: x\n\nx");
    folder.append(&dsn, None, None).await;
    down.wait_connections(2).await;
    let other = unique_email("other");
    sign(app, PETITION, &other, 1).await;
    assert_eq!(suppression(app, &ivy.to_lowercase()).await, "");
    down.open.store(true, Ordering::SeqCst);
    // Hal's report, signed with the other app's key, is read as forged and marked all the same.
    folder.wait_all_seen(2).await;
    assert_eq!(suppression(app, &ivy.to_lowercase()).await, "hard_bounce");
    assert_eq!(suppression(app, &hal.to_lowercase()).await, "");
    b.app.stop().await;
}

both_engines!(
    hard_bounces_suppress_and_show_in_exports,
    soft_bounces_suppress_after_the_limit_in_a_row,
    complaints_suppress,
    forged_and_garbage_reports_change_nothing,
    postmark_webhook_suppresses_behind_basic_auth,
    an_owner_lifts_a_suppression,
    a_letter_bounce_marks_its_office,
    the_maildir_skips_unreadable_files_and_prunes_old_ones,
    imap_reports_are_handled_once_and_marked_seen,
    imap_failures_are_retried_and_an_untrusted_server_is_not_read,
);
