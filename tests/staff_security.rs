//! Staff account security: sign-in throttling under parallel guesses.

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

both_engines!(
    parallel_guesses_are_throttled,
    parallel_guesses_per_address,
    successes_do_not_count
);
