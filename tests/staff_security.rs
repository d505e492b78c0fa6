//! Staff account security: sign-in throttling under parallel guesses, disabled accounts and ended
//! sessions, the sliding idle timeout, and two-factor sign-in.

mod common;

use common::staff::*;
use common::*;

/// The login form's CSRF token for a fresh client.
async fn login_form(app: &TestApp, client: &reqwest::Client) -> String {
    csrf_in(
        &client
            .get(app.url("/admin/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    )
}

async fn try_login(
    app: &TestApp,
    client: &reqwest::Client,
    csrf: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(app.url("/admin/login"))
        .form(&[("csrf", csrf), ("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

/// Sends `n` wrong passwords at once; returns how many were refused unchecked (429) and how many
/// were checked and found wrong (401).
async fn parallel_guesses(app: &TestApp, emails: &[&str], n: usize) -> (usize, usize) {
    let client = cookie_client();
    let csrf = login_form(app, &client).await;
    let guesses = (0..n).map(|i| try_login(app, &client, &csrf, emails[i % emails.len()], "guess"));
    let statuses: Vec<u16> = futures_util::future::join_all(guesses)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    let checked = statuses.iter().filter(|s| **s == 401).count();
    assert_eq!(refused + checked, n, "{statuses:?}");
    (refused, checked)
}

/// Guesses sent all at once are counted before the password is checked: no more than the limit
/// reach the hash, the rest are refused at once, and then even the right password is refused.
async fn parallel_guesses_are_throttled(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "p@example.org", "owner").await;
    let (refused, checked) = parallel_guesses(&app, &["p@example.org"], 30).await;
    assert!(checked <= 5, "{checked} guesses reached the password check");
    assert!(refused >= 25, "{refused}");
    let client = cookie_client();
    let csrf = login_form(&app, &client).await;
    let res = try_login(
        &app,
        &client,
        &csrf,
        "p@example.org",
        "correct horse battery",
    )
    .await;
    assert_eq!(res.status(), 429, "the account is locked for the window");
    app.stop().await;
}

/// The per-address limit holds across accounts, also under parallel guesses.
async fn parallel_guesses_per_address(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.admin.login_failures_per_ip = 3).await;
    make_admin(&app, "q@example.org", "owner").await;
    let emails = [
        "a@example.org",
        "b@example.org",
        "c@example.org",
        "d@example.org",
    ];
    let (refused, checked) = parallel_guesses(&app, &emails, 12).await;
    assert!(checked <= 3, "{checked} guesses reached the password check");
    assert!(refused >= 9, "{refused}");
    let client = cookie_client();
    let csrf = login_form(&app, &client).await;
    let res = try_login(
        &app,
        &client,
        &csrf,
        "q@example.org",
        "correct horse battery",
    )
    .await;
    assert_eq!(res.status(), 429, "this address is locked for the window");
    app.stop().await;
}

/// A success gives its attempt back: signing in many times from one address never locks it.
async fn successes_do_not_count(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.admin.login_failures_per_ip = 3).await;
    make_admin(&app, "r@example.org", "owner").await;
    for _ in 0..5 {
        log_in(&app, "r@example.org").await;
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM login_throttle WHERE failures > 0")
            .await,
        0
    );
    app.stop().await;
}

fn location(res: &reqwest::Response) -> &str {
    res.headers()
        .get("location")
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

async fn sessions_of(app: &TestApp, email: &str) -> i64 {
    app.scalar_i64(&format!(
        "SELECT COUNT(*) FROM admin_sessions s JOIN admins a ON a.id = s.admin_id WHERE a.email = '{email}'"
    ))
    .await
}

/// Disabling an account on the staff pages ends all its sessions at once and stops it signing in;
/// enabling lets it in again. An owner cannot disable themselves.
async fn disabling_ends_sessions_and_sign_in(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "o@example.org", "owner").await;
    make_admin(&app, "c@example.org", "campaigner").await;
    let owner = log_in(&app, "o@example.org").await;
    let (c1, c2) = (
        log_in(&app, "c@example.org").await,
        log_in(&app, "c@example.org").await,
    );
    assert_eq!(c1.get(&app, "/admin").await.status(), 200);
    assert_eq!(sessions_of(&app, "c@example.org").await, 2);

    let res = owner
        .post(
            &app,
            "/admin/users/status",
            &[("email", "c@example.org"), ("disabled", "1")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Account c@example.org is disabled and all its sessions have ended."));
    for c in [&c1, &c2] {
        let res = c.get(&app, "/admin").await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/admin/login");
    }
    assert_eq!(sessions_of(&app, "c@example.org").await, 0);
    let client = cookie_client();
    let csrf = login_form(&app, &client).await;
    let res = try_login(
        &app,
        &client,
        &csrf,
        "c@example.org",
        "correct horse battery",
    )
    .await;
    assert_eq!(res.status(), 403);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("This account is disabled."));
    assert_eq!(
        client.get(app.url("/admin")).send().await.unwrap().status(),
        303
    );

    let res = owner
        .post(
            &app,
            "/admin/users/status",
            &[("email", "o@example.org"), ("disabled", "1")],
        )
        .await;
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("You cannot disable your own account."));
    assert_eq!(owner.get(&app, "/admin").await.status(), 200);
    let res = owner
        .post(
            &app,
            "/admin/users/status",
            &[("email", "nobody@example.org"), ("disabled", "1")],
        )
        .await;
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("There is no account nobody@example.org."));

    let res = owner
        .post(
            &app,
            "/admin/users/status",
            &[("email", "c@example.org"), ("disabled", "0")],
        )
        .await;
    assert!(res.text().await.unwrap().contains("is enabled again"));
    let c3 = log_in(&app, "c@example.org").await;
    assert_eq!(c3.get(&app, "/admin").await.status(), 200);
    // Only owners change account status.
    let res = c3
        .post(
            &app,
            "/admin/users/status",
            &[("email", "o@example.org"), ("disabled", "1")],
        )
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action IN ('user.disable', 'user.enable') AND subject = 'c@example.org'")
            .await,
        2
    );
    app.stop().await;
}

/// A new role (set on the staff pages) and a new password (set as `chorus admin create` does) each
/// end every session of the account, and only of that account.
async fn role_and_password_changes_end_sessions(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "o@example.org", "owner").await;
    make_admin(&app, "c@example.org", "campaigner").await;
    let owner = log_in(&app, "o@example.org").await;
    let c = log_in(&app, "c@example.org").await;
    let res = owner
        .post(
            &app,
            "/admin/users",
            &[("email", "c@example.org"), ("role", "viewer")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        c.get(&app, "/admin").await.status(),
        303,
        "a role change ends sessions"
    );
    assert_eq!(owner.get(&app, "/admin").await.status(), 200);

    // The page gave the account a generated password; set a known one (which also ends sessions).
    make_admin(&app, "c@example.org", "viewer").await;
    let c = log_in(&app, "c@example.org").await;
    assert_eq!(c.get(&app, "/admin").await.status(), 200);
    chorus::users::upsert_admin(app.db(), "c@example.org", "another long password", "viewer")
        .await
        .unwrap();
    assert_eq!(
        c.get(&app, "/admin").await.status(),
        303,
        "a password change ends sessions"
    );
    assert_eq!(owner.get(&app, "/admin").await.status(), 200);
    app.stop().await;
}

/// The CLI disables and enables accounts (ending sessions at once) and says so when there is no
/// such account.
async fn cli_disables_and_enables(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "c@example.org", "campaigner").await;
    let c = log_in(&app, "c@example.org").await;
    let dir = tempfile::tempdir().unwrap();
    let cli = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
            .current_dir(dir.path())
            .env("DATABASE_URL", &app.db.url)
            .env("RUST_LOG", "warn")
            .arg("admin")
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), text)
    };
    let (ok, out) = cli(&["disable", "--email", "C@example.org"]);
    assert!(
        ok && out.contains("account c@example.org disabled"),
        "{out}"
    );
    assert_eq!(c.get(&app, "/admin").await.status(), 303);
    let client = cookie_client();
    let csrf = login_form(&app, &client).await;
    let res = try_login(
        &app,
        &client,
        &csrf,
        "c@example.org",
        "correct horse battery",
    )
    .await;
    assert_eq!(res.status(), 403);
    let (ok, out) = cli(&["enable", "--email", "c@example.org"]);
    assert!(ok && out.contains("account c@example.org enabled"), "{out}");
    assert_eq!(
        log_in(&app, "c@example.org")
            .await
            .get(&app, "/admin")
            .await
            .status(),
        200
    );
    let (ok, out) = cli(&["disable", "--email", "nobody@example.org"]);
    assert!(
        !ok && out.contains("There is no account nobody@example.org."),
        "{out}"
    );
    app.stop().await;
}

/// Each request slides the idle timeout, with at most one write a minute; a session quiet for longer
/// than the idle timeout, or older than the absolute one, is over. Time is moved by rewriting the
/// session's row.
async fn idle_timeout_slides(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "s@example.org", "owner").await;
    let s = log_in(&app, "s@example.org").await;
    let last_seen = "SELECT last_seen FROM admin_sessions";
    let first = app.scalar_i64(last_seen).await;
    assert_eq!(s.get(&app, "/admin").await.status(), 200);
    assert_eq!(
        app.scalar_i64(last_seen).await,
        first,
        "no write within a minute"
    );

    // Logged in 40 minutes ago, last seen 20 minutes ago: still in, and the clock restarts.
    app.execute("UPDATE admin_sessions SET created_at = created_at - 2400000, last_seen = last_seen - 1200000")
        .await;
    let before = chorus::db::now_ms();
    assert_eq!(s.get(&app, "/admin").await.status(), 200);
    assert!(
        app.scalar_i64(last_seen).await >= before,
        "activity is written"
    );
    app.execute("UPDATE admin_sessions SET last_seen = last_seen - 1700000")
        .await;
    assert_eq!(
        s.get(&app, "/admin").await.status(),
        200,
        "28 quiet minutes are fine"
    );

    // 31 quiet minutes: over.
    app.execute("UPDATE admin_sessions SET last_seen = last_seen - 1860000")
        .await;
    let res = s.get(&app, "/admin").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin/login");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM admin_sessions").await,
        0
    );

    // Active all along, but signed in more than 12 hours ago: over too.
    let s = log_in(&app, "s@example.org").await;
    app.execute("UPDATE admin_sessions SET created_at = created_at - 43200001")
        .await;
    assert_eq!(s.get(&app, "/admin").await.status(), 303);
    app.stop().await;
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    html.split(start)
        .skip(1)
        .map(|rest| rest.split(end).next().unwrap())
        .collect()
}

/// The secret offered on the enrolment page.
async fn offered_secret(app: &TestApp, client: &reqwest::Client) -> (String, String) {
    let res = client
        .get(app.url("/admin/two-factor"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let secret = between(&page, "id=\"totp-secret\">", "<")[0].to_owned();
    assert!(
        page.contains("otpauth://totp/Chorus:")
            && page.contains(&format!("?secret={secret}&#38;issuer=Chorus")),
        "{page}"
    );
    (secret, csrf_in(&page))
}

fn now_secs() -> i64 {
    chorus::db::now_ms() / 1000
}

/// A six-digit code that is wrong at any step around now.
fn wrong_code(secret: &str) -> String {
    let near: Vec<String> = (-2..=2)
        .map(|k| chorus::admin::totp::code_at(secret, now_secs() + 30 * k))
        .collect();
    ["000000", "111111", "222222", "333333", "444444", "555555"]
        .into_iter()
        .find(|c| !near.iter().any(|n| n == c))
        .unwrap()
        .to_owned()
}

/// Password, then the code page: returns the status of the code post.
async fn sign_in_with_code(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    code: &str,
) -> reqwest::Response {
    let csrf = login_form(app, client).await;
    let res = try_login(app, client, &csrf, email, "correct horse battery").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin/login/code");
    // The password alone opens nothing.
    assert_eq!(
        client.get(app.url("/admin")).send().await.unwrap().status(),
        303
    );
    let page = client
        .get(app.url("/admin/login/code"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let csrf = csrf_in(&page.text().await.unwrap());
    client
        .post(app.url("/admin/login/code"))
        .form(&[("csrf", csrf.as_str()), ("code", code)])
        .send()
        .await
        .unwrap()
}

async fn log_out(app: &TestApp, client: &reqwest::Client) {
    let page = client
        .get(app.url("/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let res = client
        .post(app.url("/admin/logout"))
        .form(&[("csrf", csrf_in(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

/// Enrolment with a code from the secret, then sign-in needs the code: a wrong or replayed code is
/// refused, a recovery code works once and only once.
async fn two_factor_enrolment_and_sign_in(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "t@example.org", "owner").await;
    let other = log_in(&app, "t@example.org").await;
    let s = log_in(&app, "t@example.org").await;
    let (secret, csrf) = offered_secret(&app, &s.client).await;
    let confirm = |code: String, csrf: String| {
        s.client
            .post(app.url("/admin/two-factor"))
            .form(&[("csrf", csrf), ("code", code)])
            .send()
    };
    let res = confirm(wrong_code(&secret), csrf.clone()).await.unwrap();
    assert_eq!(res.status(), 400);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("That code is not right."));
    let (again, _) = offered_secret(&app, &s.client).await;
    assert_eq!(again, secret, "the same secret until it is confirmed");
    let code = chorus::admin::totp::code_at(&secret, now_secs());
    let res = confirm(code, csrf).await.unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let recovery: Vec<String> = between(&page, "class=\"recovery-code\">", "<")
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(recovery.len(), 10, "{page}");
    // Stored hashed only; the other session (password only) has ended, this one goes on.
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM admin_recovery_codes")
            .await,
        10
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM admin_recovery_codes WHERE code_hash = '{}'",
            recovery[0]
        ))
        .await,
        0
    );
    assert_eq!(other.get(&app, "/admin").await.status(), 303);
    assert!(s
        .get(&app, "/admin/two-factor")
        .await
        .text()
        .await
        .unwrap()
        .contains("10 recovery codes left."));
    log_out(&app, &s.client).await;

    let client = cookie_client();
    let res = sign_in_with_code(&app, &client, "t@example.org", &wrong_code(&secret)).await;
    assert_eq!(res.status(), 401);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("That code is not right."));
    // The next step's code (the one used to enrol is spent).
    let next = chorus::admin::totp::code_at(&secret, now_secs() + 30);
    let res = sign_in_with_code(&app, &client, "t@example.org", &next).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin");
    assert_eq!(
        client.get(app.url("/admin")).send().await.unwrap().status(),
        200
    );
    log_out(&app, &client).await;
    let res = sign_in_with_code(&app, &client, "t@example.org", &next).await;
    assert_eq!(res.status(), 401, "a code is accepted once");

    let res = sign_in_with_code(&app, &client, "t@example.org", &recovery[3].to_uppercase()).await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        client.get(app.url("/admin")).send().await.unwrap().status(),
        200
    );
    log_out(&app, &client).await;
    let res = sign_in_with_code(&app, &client, "t@example.org", &recovery[3]).await;
    assert_eq!(res.status(), 401, "a recovery code is accepted once");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM admin_recovery_codes")
            .await,
        9
    );
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND detail = 'recovery code'"
        )
        .await,
        1
    );
    app.stop().await;
}

/// The code step is throttled like the password: parallel guesses beyond the limit are refused
/// without being checked, and then even the right code is refused.
async fn code_step_is_throttled(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "g@example.org", "owner").await;
    let s = log_in(&app, "g@example.org").await;
    let (secret, csrf) = offered_secret(&app, &s.client).await;
    let code = chorus::admin::totp::code_at(&secret, now_secs());
    let res = s
        .client
        .post(app.url("/admin/two-factor"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);

    let client = cookie_client();
    let csrf = login_form(&app, &client).await;
    let res = try_login(
        &app,
        &client,
        &csrf,
        "g@example.org",
        "correct horse battery",
    )
    .await;
    assert_eq!(location(&res), "/admin/login/code");
    let csrf = csrf_in(
        &client
            .get(app.url("/admin/login/code"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let wrong = wrong_code(&secret);
    let guesses = (0..20).map(|_| {
        client
            .post(app.url("/admin/login/code"))
            .form(&[("csrf", csrf.as_str()), ("code", wrong.as_str())])
            .send()
    });
    let statuses: Vec<u16> = futures_util::future::join_all(guesses)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + refused, 20, "{statuses:?}");
    assert!(checked <= 5, "{statuses:?}");
    let right = chorus::admin::totp::code_at(&secret, now_secs() + 30);
    let res = client
        .post(app.url("/admin/login/code"))
        .form(&[("csrf", csrf.as_str()), ("code", right.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    app.stop().await;
}

/// With two-factor sign-in required, an account without it goes to enrolment right after the
/// password and can reach nothing else until it is set up; setting it up also takes a code emailed
/// to the account, so a stolen password cannot enrol its holder's own authenticator.
async fn required_two_factor_forces_enrolment(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.admin.require_two_factor = true).await;
    let who = unique_email("enrol");
    make_admin(&app, &who, "owner").await;
    let client = cookie_client();
    let csrf = login_form(&app, &client).await;
    let res = try_login(&app, &client, &csrf, &who, "correct horse battery").await;
    assert_eq!(res.status(), 303);
    for path in [
        "/admin",
        "/admin/users",
        "/admin/petitions/new",
        "/admin/tokens",
    ] {
        let res = client.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "{path}");
        assert_eq!(location(&res), "/admin/two-factor", "{path}");
    }
    let (secret, csrf) = offered_secret(&app, &client).await;
    let res = client
        .post(app.url("/admin/users"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "x@example.org"),
            ("role", "owner"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/admin/two-factor");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM admins").await,
        1,
        "nothing was done"
    );
    let page = client
        .get(app.url("/admin/two-factor"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Two-factor sign-in is required on this site."));
    assert!(page.contains("id=\"email_code\""), "{page}");
    // One email however often the page is shown.
    let mails = wait_for_mails(&who, 1).await;
    let emailed: String = mails[0]
        .text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .expect("a six-digit code")
        .to_owned();
    let code = chorus::admin::totp::code_at(&secret, now_secs());
    let enrol = |email_code: String| {
        client
            .post(app.url("/admin/two-factor"))
            .form(&[
                ("csrf", csrf.clone()),
                ("code", code.clone()),
                ("email_code", email_code),
            ])
            .send()
    };
    // The authenticator's code alone, or with a wrong emailed code, enrols nothing.
    for wrong in [
        String::new(),
        format!("{:06}", (emailed.parse::<u32>().unwrap() + 1) % 1_000_000),
    ] {
        let res = enrol(wrong).await.unwrap();
        assert_eq!(res.status(), 400);
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("The code from the email is not right"));
    }
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM admins WHERE totp_secret IS NOT NULL")
            .await,
        0
    );
    let res = enrol(emailed).await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(mails_to(&who).len(), 1, "one enrolment email");
    assert_eq!(
        client
            .get(app.url("/admin/users"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    app.stop().await;
}

/// For someone who lost both device and recovery codes, `chorus admin reset-two-factor` turns the
/// second step off and ends their sessions; the Accounts page shows who has it.
async fn cli_resets_two_factor(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    make_admin(&app, "o@example.org", "owner").await;
    let s = log_in(&app, "o@example.org").await;
    let (secret, csrf) = offered_secret(&app, &s.client).await;
    let code = chorus::admin::totp::code_at(&secret, now_secs());
    let res = s
        .client
        .post(app.url("/admin/two-factor"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let users = s.get(&app, "/admin/users").await.text().await.unwrap();
    assert!(users.contains("<td>on</td>"), "{users}");

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
        .current_dir(tempfile::tempdir().unwrap().path())
        .env("DATABASE_URL", &app.db.url)
        .env("RUST_LOG", "warn")
        .args(["admin", "reset-two-factor", "--email", "o@example.org"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success()
            && text.contains("account o@example.org signs in without a second step"),
        "{text}"
    );
    assert_eq!(
        s.get(&app, "/admin").await.status(),
        303,
        "its sessions ended"
    );
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM admin_recovery_codes")
            .await,
        0
    );
    // The password alone signs in again.
    assert_eq!(
        log_in(&app, "o@example.org")
            .await
            .get(&app, "/admin")
            .await
            .status(),
        200
    );
    app.stop().await;
}

both_engines!(
    parallel_guesses_are_throttled,
    parallel_guesses_per_address,
    successes_do_not_count,
    disabling_ends_sessions_and_sign_in,
    role_and_password_changes_end_sessions,
    cli_disables_and_enables,
    idle_timeout_slides,
    two_factor_enrolment_and_sign_in,
    code_step_is_throttled,
    required_two_factor_forces_enrolment,
    cli_resets_two_factor
);
