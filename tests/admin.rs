//! Staff side: sign-in, sessions, CSRF, roles, petition management, exports and the audit log.

mod common;

use std::time::Duration;

use chorus::db::now_ms;
use chorus::signatures::bulk::{self, BulkSignature};
use common::staff::*;
use common::*;
use sha2::Digest;

fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("chorus_admin="))
        .map(|c| c.split(';').next().unwrap().to_owned())
}

async fn sign_in_out_and_fixation(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "owner@example.org", "owner").await;
    let res = app.get("/admin").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/admin/login");

    let client = cookie_client();
    let res = client.get(app.url("/admin/login")).send().await.unwrap();
    let before = session_cookie(&res).expect("a session cookie before login");
    let set = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    let csrf = csrf_in(&res.text().await.unwrap());

    // Wrong password and unknown account: same status, same message.
    let wrong = client
        .post(app.url("/admin/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "owner@example.org"),
            ("password", "nope"),
        ])
        .send()
        .await
        .unwrap();
    let unknown = client
        .post(app.url("/admin/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "ghost@example.org"),
            ("password", "nope"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    let (w, u) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    assert!(
        w.contains("The email or password is not right.")
            && u.contains("The email or password is not right.")
    );

    let res = client
        .post(app.url("/admin/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "OWNER@example.org"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let after = session_cookie(&res).expect("a new session cookie at login");
    assert_ne!(before, after, "the session id changes at login");
    let dash = client.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(dash.status(), 200);
    // The pre-login cookie gives no access (no session fixation).
    let old = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = old
        .get(app.url("/admin"))
        .header("cookie", &before)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    // Logout is POST only.
    let csrf = csrf_in(&dash.text().await.unwrap());
    assert_eq!(
        client
            .get(app.url("/admin/logout"))
            .send()
            .await
            .unwrap()
            .status(),
        405
    );
    assert_eq!(
        client.get(app.url("/admin")).send().await.unwrap().status(),
        200
    );
    let res = client
        .post(app.url("/admin/logout"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        client.get(app.url("/admin")).send().await.unwrap().status(),
        303
    );
    let res = old
        .get(app.url("/admin"))
        .header("cookie", &after)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "a logged-out session id is dead");
    app.stop().await;
}

async fn csrf_is_required(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "c@example.org", "campaigner").await;
    let staff = log_in(&app, "c@example.org").await;
    let form = [
        ("slug", "csrf-test"),
        ("title", "T"),
        ("target", "X"),
        ("goal", "10"),
        ("consent_text", "ok"),
        ("action", "save"),
    ];
    let res = staff
        .client
        .post(app.url("/admin/petitions"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "missing token");
    let mut with_bad = vec![("csrf", "0".repeat(64))];
    with_bad.extend(form.iter().map(|(k, v)| (*k, v.to_string())));
    let res = staff
        .client
        .post(app.url("/admin/petitions"))
        .form(&with_bad)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "wrong token");
    let mut good = vec![("csrf", staff.csrf.as_str())];
    good.extend_from_slice(&form);
    let res = staff
        .client
        .post(app.url("/admin/petitions"))
        .header("origin", "https://evil.example")
        .form(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "cross-origin");
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM petitions").await, 0);
    let res = staff
        .client
        .post(app.url("/admin/petitions"))
        .header("origin", app.addr.as_str())
        .form(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "same origin with token");
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM petitions").await, 1);
    // The login form is protected too.
    let anon = cookie_client();
    let res = anon
        .post(app.url("/admin/login"))
        .form(&[
            ("email", "c@example.org"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    app.stop().await;
}

async fn manage_petitions(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "c@example.org", "campaigner").await;
    let staff = log_in(&app, "c@example.org").await;
    // Invalid input comes back filled in with each error by its field.
    let res = staff
        .post(
            &app,
            "/admin/petitions",
            &[
                ("slug", "Bad Slug"),
                ("title", "Clean water <now>"),
                ("target", ""),
                ("goal", "lots"),
                ("consent_text", "ok"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r#"id="slug-error""#)
            && html.contains(r#"id="target-error""#)
            && html.contains(r#"id="goal-error""#),
        "{html}"
    );
    assert!(
        html.contains("value=\"Clean water &#60;now&#62;\"")
            || html.contains("value=\"Clean water &lt;now&gt;\""),
        "title kept"
    );
    // Preview renders the Markdown without saving.
    let res = staff
        .post(
            &app,
            "/admin/petitions",
            &[
                ("slug", "water"),
                ("title", "Clean water"),
                ("target", "City Council"),
                ("goal", "500"),
                ("body", "We need **clean** water"),
                ("consent_text", "ok"),
                ("action", "preview"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("We need <strong>clean</strong> water"));
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM petitions").await, 0);
    let res = staff
        .post(
            &app,
            "/admin/petitions",
            &[
                ("slug", "water"),
                ("title", "Clean water"),
                ("target", "City Council"),
                ("goal", "500"),
                ("body", "We need **clean** water"),
                ("consent_text", "ok"),
                ("allowed_countries", "us, ca"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.get("/p/water").await.status(),
        404,
        "drafts are not public"
    );
    assert_eq!(
        staff
            .post(&app, "/admin/petitions/water/state", &[("to", "delivered")])
            .await
            .status(),
        409
    );
    assert_eq!(
        staff
            .post(&app, "/admin/petitions/water/state", &[("to", "open")])
            .await
            .status(),
        303
    );
    assert_eq!(app.get("/p/water").await.status(), 200);
    let p = app.petition("water").await;
    assert_eq!(p.allowed_countries.stored(), "US,CA");
    // Edit: changing the consent text bumps its version.
    let res = staff
        .post(
            &app,
            "/admin/petitions/water",
            &[
                ("title", "Clean water for all"),
                ("target", "City Council"),
                ("goal", "800"),
                ("consent_text", "new text"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let p = app.petition("water").await;
    assert_eq!(
        (
            p.title.as_str(),
            p.goal,
            p.consent_version,
            p.state.as_str()
        ),
        ("Clean water for all", 800, 2, "open")
    );
    assert_eq!(
        staff
            .post(
                &app,
                "/admin/petitions/water/state",
                &[("to", "closed"), ("confirm", "yes")]
            )
            .await
            .status(),
        303
    );
    let p = app.petition("water").await;
    assert!(p.closes_at.is_some_and(|t| t <= now_ms()));
    let res = app
        .post_json(
            "/api/v1/petitions/water/signatures",
            &signer(&unique_email("late")),
        )
        .await;
    assert_eq!(res.status(), 409);
    // Every action is in the audit log.
    let audit = staff.get(&app, "/admin/audit").await.text().await.unwrap();
    for action in [
        "login",
        "petition.create",
        "petition.open",
        "petition.update",
        "petition.closed",
    ] {
        assert!(
            audit.contains(&format!("<td>{action}</td>")),
            "{action} missing from the audit log"
        );
    }
    let detail = staff
        .get(&app, "/admin/petitions/water")
        .await
        .text()
        .await
        .unwrap();
    assert!(detail.contains("Clean water for all"));
    app.stop().await;
}

fn seeded(n: usize) -> Vec<BulkSignature> {
    (0..n)
        .map(|i| BulkSignature {
            name: if i == 0 {
                "=HYPERLINK(\"http://evil\",\"x\")".into()
            } else {
                format!("Signer {i}, \"Jr\"")
            },
            email: format!("s{i}@example.org"),
            country: ["US", "FR", "GB"][i % 3].into(),
            postcode: (i % 3 == 0).then(|| format!("{:05}", 10001 + i)),
            show_name: false,
            confirmed_at: now_ms() - (i as i64) * 3_600_000,
        })
        .collect()
}

async fn exports_and_roles(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let p = app.create_petition("exp", "").await;
    bulk::insert_confirmed(app.db(), p.id, 1, &seeded(30))
        .await
        .unwrap();
    make_admin(&app, "c@example.org", "campaigner").await;
    make_admin(&app, "v@example.org", "viewer").await;

    let viewer = log_in(&app, "v@example.org").await;
    assert_eq!(
        viewer
            .get(&app, "/admin/petitions/exp/export/signatures.csv")
            .await
            .status(),
        403
    );
    assert_eq!(
        viewer
            .get(&app, "/admin/petitions/exp/delivery")
            .await
            .status(),
        403
    );
    assert_eq!(viewer.get(&app, "/admin/users").await.status(), 403);
    // The audit log names the addresses acted on: not for viewers.
    assert_eq!(viewer.get(&app, "/admin/audit").await.status(), 403);
    assert_eq!(
        viewer
            .post(&app, "/admin/petitions/exp/state", &[("to", "closed")])
            .await
            .status(),
        403
    );
    let counts = viewer
        .get(&app, "/admin/petitions/exp/export/counts.csv")
        .await;
    assert_eq!(counts.status(), 200);
    let counts = counts.text().await.unwrap();
    assert!(
        counts.starts_with("kind,key,count\r\ntotal,confirmed,30\r\n"),
        "{counts}"
    );
    assert!(counts.contains("country,US,10\r\n"));
    let page = viewer
        .get(&app, "/admin/petitions/exp")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("Export signatures"),
        "viewers are not offered personal data"
    );
    assert!(!page.contains("s1@example.org"));

    let staff = log_in(&app, "c@example.org").await;
    let json: serde_json::Value = staff
        .get(&app, "/admin/petitions/exp/export/counts.json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["confirmed"], 30);
    assert_eq!(json["by_country"]["FR"], 10);
    let res = staff
        .get(&app, "/admin/petitions/exp/export/signatures.csv")
        .await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("exp-signatures.csv"));
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 31);
    assert!(lines[0].starts_with("id,name,email,country"));
    assert!(
        lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""),
        "formula neutralised and quoted: {}",
        lines[1]
    );
    assert!(csv.contains("\"Signer 1, \"\"Jr\"\"\""), "RFC 4180 quoting");
    let fr = staff
        .get(
            &app,
            "/admin/petitions/exp/export/signatures.csv?country=FR",
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(fr.split("\r\n").filter(|l| !l.is_empty()).count(), 11);
    let none = staff
        .get(
            &app,
            "/admin/petitions/exp/export/signatures.csv?newsletter=on",
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        none.split("\r\n").filter(|l| !l.is_empty()).count(),
        1,
        "nobody opted in"
    );
    assert_eq!(
        staff
            .get(
                &app,
                "/admin/petitions/exp/export/signatures.csv?state=bogus"
            )
            .await
            .status(),
        400
    );
    assert_eq!(
        staff
            .get(
                &app,
                "/admin/petitions/exp/export/signatures.csv?from=yesterday"
            )
            .await
            .status(),
        400
    );

    // Delivery pack: the digest printed is the SHA-256 of the CSV it links to.
    let pack = staff
        .get(&app, "/admin/petitions/exp/delivery")
        .await
        .text()
        .await
        .unwrap();
    let at = pack.find("data-testid=\"digest\">").unwrap() + 21;
    let digest = &pack[at..at + 64];
    let at = pack.find("data-testid=\"csv-link\"").unwrap();
    let href_at = pack[..at].rfind("href=\"").unwrap() + 6;
    let href = pack[href_at..]
        .split('"')
        .next()
        .unwrap()
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    let body = staff.get(&app, &href).await.bytes().await.unwrap();
    assert_eq!(hex::encode(sha2::Sha256::digest(&body)), digest);
    assert!(pack.contains("<strong>30</strong> confirmed signatures"));

    // An export's audit entry gets its row count once the stream has ended.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'export.signatures.csv' AND row_count = 10 AND detail LIKE '%\"country\":\"FR\"%'")
        .await
        == 0
    {
        assert!(std::time::Instant::now() < deadline, "no audit entry");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let audit = staff.get(&app, "/admin/audit").await.text().await.unwrap();
    assert!(audit.contains("<td>export.signatures.csv</td>"));
    assert!(audit.contains("<td>export.delivery_pack</td>"));
    // Details read as fields, not as the JSON they are stored as.
    assert!(audit.contains("<dt>country</dt><dd>FR</dd>"), "{audit}");
    assert_eq!(app.scalar_i64("SELECT row_count FROM audit_log WHERE action = 'export.signatures.csv' AND detail LIKE '%\"country\":\"FR\"%'").await, 10);
    app.stop().await;
}

async fn login_throttle_and_rehash(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    // A hash made with weaker parameters is upgraded at the next login.
    let weak = {
        use argon2::password_hash::{PasswordHasher, SaltString};
        let params = argon2::Params::new(4096, 1, 1, None).unwrap();
        let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        a.hash_password(
            b"correct horse battery",
            &SaltString::encode_b64(b"0123456789abcdef").unwrap(),
        )
        .unwrap()
        .to_string()
    };
    app.execute(&format!("INSERT INTO admins (email, password_hash, role, created_at) VALUES ('old@example.org', '{weak}', 'owner', 0)")).await;
    log_in(&app, "old@example.org").await;
    let hash = text_on(
        &app.db.url,
        "SELECT password_hash FROM admins WHERE email = 'old@example.org'",
    )
    .await;
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );

    make_admin(&app, "t@example.org", "owner").await;
    let client = cookie_client();
    let csrf = csrf_in(
        &client
            .get(app.url("/admin/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    for _ in 0..5 {
        let res = client
            .post(app.url("/admin/login"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", "t@example.org"),
                ("password", "guess"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 401);
    }
    let res = client
        .post(app.url("/admin/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "t@example.org"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        429,
        "the account is throttled after 5 failures"
    );
    app.stop().await;
}

both_engines!(
    sign_in_out_and_fixation,
    csrf_is_required,
    manage_petitions,
    exports_and_roles,
    login_throttle_and_rehash
);

/// A paper batch with someone who already signed online adds only the new people, counts them at
/// once, and exports them with their batch as source; a bad line imports nothing and keeps the text.
async fn paper_batches_skip_online_signers(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let online = unique_email("online");
    assert_eq!(
        app.post_json("/api/v1/petitions/p1/signatures", &signer(&online))
            .await
            .status(),
        202
    );
    let mail = &wait_for_mails(&online, 1).await[0];
    app.client
        .post(app.link(&mail.link("/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(app.api_count("p1").await, 1);
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;

    let bad = "name,email,country\nGood Person,,GB\n=SUM(A1),x@y,ZZ\n";
    let res = staff
        .post(
            &app,
            "/admin/petitions/p1/paper",
            &[("label", "March"), ("csv", bad)],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("line 3") && html.contains("Good Person"),
        "{html}"
    );
    assert_eq!(app.api_count("p1").await, 1, "nothing imported");

    // The online signer's address in another case and with a +tag is the same person.
    let (local, domain) = online.split_once('@').unwrap();
    let batch = format!(
        "name,email,country,postcode,signed_on\n\
         Paper One,paper1@example.net,GB,SW1A 1AA,2026-11-20\n\
         Same Person,{}+march@{domain},GB,,2026-11-20\n\
         No Email,,FR,,2026-11-20\n",
        local.to_uppercase()
    );
    let res = staff
        .post(
            &app,
            "/admin/petitions/p1/paper",
            &[("label", "Geneva march"), ("csv", &batch)],
        )
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("2 of 3 signatures added; 1 had already signed"),
        "{html}"
    );
    assert_eq!(app.api_count("p1").await, 3);
    let csv = staff
        .get(&app, "/admin/petitions/p1/export/signatures.csv")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(csv.matches("paper:Geneva march").count(), 2, "{csv}");
    app.stop().await;
}

both_engines!(paper_batches_skip_online_signers);

/// An update reaches only confirmed signers who opted in; its one-click unsubscribe removes the
/// signer from the next one. A victory update shows on the petition page.
async fn updates_reach_opted_in_signers_only(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let sign = |email: String, newsletter: bool| {
        let mut body = signer(&email);
        body["newsletter"] = newsletter.into();
        body
    };
    let (opted, silent, pending) = (
        unique_email("opted"),
        unique_email("silent"),
        unique_email("pending"),
    );
    for (e, news) in [(&opted, true), (&silent, false), (&pending, true)] {
        let res = app
            .post_json("/api/v1/petitions/p1/signatures", &sign(e.clone(), news))
            .await;
        assert_eq!(res.status(), 202);
    }
    for e in [&opted, &silent] {
        let mail = &wait_for_mails(e, 1).await[0];
        app.client
            .post(app.link(&mail.link("/confirm/")))
            .send()
            .await
            .unwrap();
    }
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let update = |subject: &'static str, kind: &'static str| {
        [
            ("kind", kind),
            ("subject", subject),
            ("body", "We **delivered** the petition."),
            ("action", "send"),
            ("confirm", "yes"),
        ]
    };
    let html = staff
        .post(
            &app,
            "/admin/petitions/p1/updates",
            &update("We delivered it", "victory"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Sent to 1 signer "), "{html}");
    let got = wait_for_mails(&opted, 2).await;
    let news = got
        .iter()
        .find(|m| m.subject == "We delivered it")
        .expect("the update");
    assert!(news.html.contains("<strong>delivered</strong>"));
    assert_mail_count(&app, &silent, 1).await;
    assert_mail_count(&app, &pending, 1).await;
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(
        page.contains("data-testid=\"victory\""),
        "victory story on the page"
    );

    // One click on the update's own unsubscribe link (POST), and the next update skips them.
    let header = news.header("List-Unsubscribe").unwrap();
    let link = app.link(header.trim_matches(['<', '>']));
    assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
    let html = staff
        .post(
            &app,
            "/admin/petitions/p1/updates",
            &update("Next steps", "progress"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Sent to 0 signers"), "{html}");
    assert_mail_count(&app, &opted, 2).await;
    app.stop().await;
}

both_engines!(updates_reach_opted_in_signers_only);

/// Staff allow a partner site; its browser may call the petition's API (CORS), others may not.
async fn cors_per_petition(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let res = staff
        .post(
            &app,
            "/admin/petitions/p1/partners",
            &[("origins", "https://partner.example.org\nnot a site/path")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text().await.unwrap().contains("not a site/path"),
        "the text is kept"
    );
    let res = staff
        .post(
            &app,
            "/admin/petitions/p1/partners",
            &[("origins", "https://Partner.example.org/")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let page = staff
        .get(&app, "/admin/petitions/p1/partners")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("data-chorus-petition=") && page.contains("/static/widget.js"),
        "embed code shown"
    );

    let acao = |res: &reqwest::Response| {
        res.headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let get = |origin: &'static str| {
        app.client
            .get(app.url("/api/v1/petitions/p1"))
            .header("origin", origin)
            .send()
    };
    assert_eq!(
        acao(&get("https://partner.example.org").await.unwrap()).as_deref(),
        Some("https://partner.example.org")
    );
    assert_eq!(acao(&get("https://evil.example.org").await.unwrap()), None);
    let pre = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            app.url("/api/v1/petitions/p1/signatures"),
        )
        .header("origin", "https://partner.example.org")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert_eq!(pre.status(), 204);
    assert!(pre.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .contains("POST"));
    let res = app
        .client
        .post(app.url("/api/v1/petitions/p1/signatures"))
        .header("origin", "https://partner.example.org")
        .json(&signer(&unique_email("partner")))
        .send()
        .await
        .unwrap();
    assert_eq!((res.status().as_u16(), acao(&res).is_some()), (202, true));
    app.stop().await;
}

both_engines!(cors_per_petition);

/// API tokens: shown once, scoped, revocable, and every export they make is in the audit log.
async fn api_tokens_are_scoped_and_revocable(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let signed = unique_email("tokened");
    app.post_json("/api/v1/petitions/p1/signatures", &signer(&signed))
        .await;
    let mail = &wait_for_mails(&signed, 1).await[0];
    app.client
        .post(app.link(&mail.link("/confirm/")))
        .send()
        .await
        .unwrap();
    make_admin(&app, "owner@example.org", "owner").await;
    make_admin(&app, "viewer@example.org", "viewer").await;
    let staff = log_in(&app, "owner@example.org").await;
    let token_for = |html: String| {
        let at = html
            .find("data-testid=\"new-token\">")
            .expect("the token is shown once")
            + 24;
        html[at..at + 71].to_owned()
    };
    let counts_token = token_for(
        staff
            .post(
                &app,
                "/admin/tokens",
                &[("name", "Dashboard"), ("scope", "counts")],
            )
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(counts_token.starts_with("chorus_"));
    let get = |path: &'static str, token: Option<String>| {
        let mut req = app.client.get(app.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
    };
    let res = get("/api/v1/petitions/p1/counts", None).await.unwrap();
    assert_eq!(res.status(), 401);
    assert_eq!(res.headers()["www-authenticate"], "Bearer");
    let res = get("/api/v1/petitions/p1/counts", Some(counts_token.clone()))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["total"], 1, "{body}");
    assert!(
        body.get("held_back").is_none() && body.get("awaiting_confirmation").is_none(),
        "a token does not learn what the anti-abuse checks hold back: {body}"
    );
    let res = get(
        "/api/v1/petitions/p1/signatures.csv",
        Some(counts_token.clone()),
    )
    .await
    .unwrap();
    assert_eq!(
        res.status(),
        403,
        "a counts token cannot read personal data"
    );

    let sig_token = token_for(
        staff
            .post(
                &app,
                "/admin/tokens",
                &[("name", "Delivery script"), ("scope", "signatures")],
            )
            .await
            .text()
            .await
            .unwrap(),
    );
    let csv = get(
        "/api/v1/petitions/p1/signatures.csv",
        Some(sig_token.clone()),
    )
    .await
    .unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.text().await.unwrap().contains(&signed));
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE actor = 'token:Delivery script' AND action = 'export.signatures.csv'").await,
        1
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM api_tokens WHERE token_hash LIKE '%{}%'",
            &sig_token[7..20]
        ))
        .await,
        0,
        "only a hash is stored"
    );

    let id = app
        .scalar_i64("SELECT id FROM api_tokens WHERE name = 'Delivery script'")
        .await;
    assert_eq!(
        staff
            .post(
                &app,
                &format!("/admin/tokens/{id}/revoke"),
                &[("confirm", "yes")]
            )
            .await
            .status(),
        303
    );
    assert_eq!(
        get("/api/v1/petitions/p1/signatures.csv", Some(sig_token))
            .await
            .unwrap()
            .status(),
        401
    );
    let viewer = log_in(&app, "viewer@example.org").await;
    assert_eq!(viewer.get(&app, "/admin/tokens").await.status(), 403);
    app.stop().await;
}

both_engines!(api_tokens_are_scoped_and_revocable);

/// Organisations sign as a coalition: confirmed by their contact, approved by staff, listed,
/// counted apart from people.
async fn coalition_sign_on(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    assert_eq!(
        app.get("/p/p1/organisations").await.status(),
        404,
        "off by default"
    );
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let res = staff
        .post(
            &app,
            "/admin/petitions/p1/partners",
            &[("origins", ""), ("organisations", "on")],
        )
        .await;
    assert_eq!(res.status(), 200);

    let contact = unique_email("coalition");
    let mut form = vec![
        ("org_name", "Friends of the Earth"),
        ("country", "GB"),
        ("website", "not a url"),
        ("name", "Jo Contact"),
        ("email", contact.as_str()),
        ("consent", "on"),
    ];
    let res = app.post_form("/p/p1/organisations", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("website-error") && html.contains("Friends of the Earth"));
    form[2] = ("website", "https://foe.example.org");
    // A repeat while unconfirmed sends a fresh link; only the newest one works.
    for n in 1..=2 {
        let res = app.post_form("/p/p1/organisations", &form).await;
        assert_eq!(res.status(), 200);
        wait_for_mails(&contact, n).await;
    }
    let mails = assert_mail_count(&app, &contact, 2).await;
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(
        page.contains("0 organisations support"),
        "not listed before confirmation"
    );
    let old = app.link(&mails[0].link("/organisations/confirm/"));
    assert_eq!(app.client.get(&old).send().await.unwrap().status(), 404);
    let link = app.link(&mails[1].link("/organisations/confirm/"));
    assert!(app
        .client
        .get(&link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .contains("Confirm"));
    let thanks = app
        .client
        .post(&link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        thanks.contains("once the campaign team has checked it"),
        "{thanks}"
    );
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(
        page.contains("0 organisations support") && !page.contains("Friends of the Earth"),
        "confirmed but not yet approved: not listed"
    );

    // Staff approve it from the petition's page: listed, and the contact is told.
    let admin_page = staff
        .get(&app, "/admin/petitions/p1")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(admin_page.matches("data-testid=\"org-waiting\"").count(), 1);
    assert!(admin_page.contains("Friends of the Earth") && admin_page.contains(&contact));
    let id = app
        .scalar_i64("SELECT id FROM organisation_signatures")
        .await;
    let path = format!("/admin/petitions/p1/organisations/{id}");
    let res = staff.post(&app, &path, &[("decision", "approve")]).await;
    assert_eq!(res.status(), 303);
    // A second click changes nothing and sends nothing more.
    staff.post(&app, &path, &[("decision", "approve")]).await;
    let mails = assert_mail_count(&app, &contact, 3).await;
    assert_eq!(
        mails[2].subject,
        "Friends of the Earth is now listed on “Test petition p1”"
    );
    assert!(mails[2].text.contains("/p/p1/organisations"));
    let page = app.get("/p/p1").await.text().await.unwrap();
    assert!(
        page.contains("1 organisation supports") && page.contains("Friends of the Earth"),
        "listed"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.approved'")
            .await,
        1
    );
    // Without a CSRF token, nothing is decided.
    let res = staff
        .client
        .post(app.url(&path))
        .form(&[("decision", "reject")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(
        app.api_count("p1").await,
        0,
        "organisations are counted apart from people"
    );
    app.stop().await;
}

both_engines!(coalition_sign_on);

/// The same signatures export to the same bytes on both engines (PostgreSQL has the server write
/// the CSV): quoting, neutralised formula cells, empty cells, line breaks inside a comment, times.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_read_the_same_on_both_engines() {
    let mut csvs = Vec::new();
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let app = TestApp::spawn(engine).await;
        let p = app.create_petition("same", "").await;
        let mut rows = seeded(7);
        for (i, r) in rows.iter_mut().enumerate() {
            r.confirmed_at = 1_764_000_000_123 + i as i64 * 61_001;
        }
        rows[1].postcode = Some("-2+3".into());
        rows[2].name = "Zoë \"Z\" Müller".into();
        bulk::insert_confirmed(app.db(), p.id, 1, &rows)
            .await
            .unwrap();
        let to = unique_email("comment");
        let body = serde_json::json!({"name": "Ada Tabs", "email": to, "country": "GB", "postcode": "SW1A 1AA",
            "comment": "line one\r\nline \"two\", =three", "consent": true});
        let res = app
            .post_json("/api/v1/petitions/same/signatures", &body)
            .await;
        assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
        let link = wait_for_mails(&to, 1).await[0].link("/confirm/");
        app.client.post(app.link(&link)).send().await.unwrap();
        make_admin(&app, "c@example.org", "campaigner").await;
        let staff = log_in(&app, "c@example.org").await;
        let csv = staff
            .get(
                &app,
                "/admin/petitions/same/export/signatures.csv?state=all",
            )
            .await
            .text()
            .await
            .unwrap();
        csvs.push(csv);
        app.stop().await;
    }
    // The signed-up row's address and times differ between the two runs: times for shape only.
    let normalised: Vec<Vec<Vec<String>>> = csvs
        .iter()
        .map(|csv| {
            csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(csv.as_bytes())
                .records()
                .map(|r| {
                    let mut cells: Vec<String> = r.unwrap().iter().map(str::to_owned).collect();
                    if cells[1] == "Ada Tabs" {
                        cells[2].clear();
                        for t in [10, 11] {
                            assert_eq!(
                                cells[t].len(),
                                "2026-11-30T08:00:00Z".len(),
                                "{}",
                                cells[t]
                            );
                            cells[t].clear();
                        }
                    }
                    cells
                })
                .collect()
        })
        .collect();
    assert_eq!(
        normalised[0].len(),
        9,
        "header, 7 seeded, 1 signed: {}",
        csvs[0]
    );
    assert_eq!(normalised[0], normalised[1]);
    // Byte for byte where nothing depends on the clock.
    let head = |csv: &str| csv.split("Ada Tabs").next().unwrap().to_owned();
    assert_eq!(head(&csvs[0]), head(&csvs[1]));
    let comment = &normalised[1].last().unwrap()[5];
    assert!(
        comment.contains('\n') && comment.contains("\"two\", =three"),
        "{comment}"
    );
    assert!(csvs[1].contains(",'-2+3,"), "{}", csvs[1]);
    assert!(csvs[1].ends_with("\r\n"));
}
