//! Two-factor sign-in for staff: enrolment (a TOTP secret confirmed with a code, and ten one-time
//! recovery codes shown once) and the second sign-in step, throttled like the password step.

use askama::Template;
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::auth::{CurrentAdmin, Enrolling};
use super::AdminCtx;
use super::{session, throttle, totp};
use crate::audit;
use crate::db::now_ms;
use crate::http::client_ip::client_ip;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::on_db;

/// Session keys between the password and the code: whose password was right, and when.
const PENDING_ADMIN: &str = "pending_admin";
const PENDING_AT: &str = "pending_at";
/// The secret offered on the enrolment page until it is confirmed (kept server-side only).
const ENROLLING_SECRET: &str = "enrolling_secret";
/// Where two-factor sign-in is required: the hash of the code emailed to the account, and when it
/// was sent. A password alone must not let its holder enrol their own authenticator.
const EMAIL_CODE: &str = "enrol_email_code";
const EMAIL_CODE_AT: &str = "enrol_email_code_at";
/// How long the code step waits after the password, and how long an emailed enrolment code lives.
const PENDING_MS: i64 = 5 * 60_000;
const EMAIL_CODE_MS: i64 = 30 * 60_000;
const ISSUER: &str = "Chorus";

fn session_err(e: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session store: {e}"))
}

/// After a right password for an account with two-factor sign-in: no session yet, only a note of
/// whose password was right, under a fresh session id.
pub async fn begin(session: &Session, admin_id: i64) -> Result<Response, AppError> {
    session.cycle_id().await.map_err(session_err)?;
    session
        .insert(PENDING_ADMIN, admin_id)
        .await
        .map_err(session_err)?;
    session
        .insert(PENDING_AT, now_ms())
        .await
        .map_err(session_err)?;
    Ok(Redirect::to("/admin/login/code").into_response())
}

#[derive(Template)]
#[template(path = "admin/login_code.html")]
struct CodePage {
    csrf: String,
    error: String,
}

async fn pending(session: &Session) -> Result<Option<i64>, AppError> {
    let id: Option<i64> = session.get(PENDING_ADMIN).await.map_err(session_err)?;
    let at: Option<i64> = session.get(PENDING_AT).await.map_err(session_err)?;
    Ok(id.filter(|_| at.is_some_and(|at| now_ms() - at < PENDING_MS)))
}

fn start_again() -> Response {
    Redirect::to("/admin/login").into_response()
}

pub async fn code_page(session: Session) -> Result<Response, AppError> {
    if pending(&session).await?.is_none() {
        return Ok(start_again());
    }
    let csrf = session::csrf_token(&session).await?;
    Ok(render(&CodePage {
        csrf,
        error: String::new(),
    })?
    .into_response())
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    /// The code emailed to the account, asked for where two-factor sign-in is required.
    #[serde(default)]
    email_code: String,
}

/// The second step: a TOTP code (each time step accepted once) or an unused recovery code.
#[tracing::instrument(skip_all)]
pub async fn verify_code(
    State(state): State<AdminCtx>,
    session: Session,
    parts: Parts,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let csrf = session::csrf_token(&session).await?;
    let Some(id) = pending(&session).await? else {
        let page = CodePage {
            csrf,
            error: crate::i18n::t("admin-err-2fa-expired"),
        };
        return Ok((StatusCode::UNAUTHORIZED, render(&page)?).into_response());
    };
    let a = &state.settings.admin;
    let ip = state
        .public
        .guard
        .assess_key(client_ip(&parts, &state.proxies), now_ms());
    let (code_key, ip_key) = (format!("code:{id}"), format!("ip:{ip}"));
    let limits = [
        (ip_key.as_str(), a.login_failures_per_ip),
        (code_key.as_str(), a.login_failures_per_account),
    ];
    if !throttle::reserve(&state.db, a.login_window_minutes, &limits).await? {
        let page = CodePage {
            csrf,
            error: crate::i18n::t("admin-err-throttled"),
        };
        return Ok((StatusCode::TOO_MANY_REQUESTS, render(&page)?).into_response());
    }
    let admin = on_db!(&state.db, crate::users::queries, by_id(id))?;
    // Disabled (or deleted) between the password and the code.
    let Some(admin) = admin.filter(|a| !a.disabled) else {
        return Ok(start_again());
    };
    let code = form.code.trim();
    let how = match &admin.totp_secret {
        Some(secret) if code.len() == totp::DIGITS as usize => {
            match totp::matching_step(secret, code, now_ms() / 1000) {
                Some(step) if on_db!(&state.db, sql, use_step(id, step))? => Some("totp"),
                _ => None,
            }
        }
        Some(_) => on_db!(&state.db, sql, use_recovery(id, &totp::recovery_hash(code)))?
            .then_some("recovery code"),
        None => None,
    };
    let Some(how) = how else {
        let page = CodePage {
            csrf,
            error: crate::i18n::t("admin-err-code"),
        };
        return Ok((StatusCode::UNAUTHORIZED, render(&page)?).into_response());
    };
    throttle::clear(&state.db, &code_key).await?;
    throttle::clear(&state.db, &format!("account:{}", admin.email)).await?;
    throttle::release(&state.db, &ip_key).await?;
    session
        .remove::<i64>(PENDING_ADMIN)
        .await
        .map_err(session_err)?;
    session
        .remove::<i64>(PENDING_AT)
        .await
        .map_err(session_err)?;
    session::log_in(&session, &state, admin.id).await?;
    audit::record(&state.db, &admin.email, "login", "", how).await?;
    Ok(Redirect::to("/admin").into_response())
}

#[derive(Template)]
#[template(path = "admin/two_factor.html")]
struct EnrolPage {
    me: CurrentAdmin,
    required: bool,
    secret: String,
    uri: String,
    /// The enrolment also asks for the code emailed to the account.
    email_step: bool,
    recovery_codes: Vec<String>,
    recovery_left: i64,
    error: String,
}

impl EnrolPage {
    fn new(me: CurrentAdmin, state: &AdminCtx) -> Self {
        EnrolPage {
            me,
            required: state.settings.admin.require_two_factor,
            secret: String::new(),
            uri: String::new(),
            email_step: false,
            recovery_codes: Vec::new(),
            recovery_left: 0,
            error: String::new(),
        }
    }
}

/// The enrolment page: the secret to add to an app (offered until confirmed), or, once enrolled,
/// how many recovery codes are left.
#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    session: Session,
    Enrolling(me): Enrolling,
) -> Result<Response, AppError> {
    let mut page = EnrolPage::new(me, &state);
    if page.me.admin.has_two_factor() {
        page.recovery_left = on_db!(&state.db, sql, recovery_left(page.me.admin.id))?;
        return Ok(render(&page)?.into_response());
    }
    let secret = match session
        .get::<String>(ENROLLING_SECRET)
        .await
        .map_err(session_err)?
    {
        Some(s) => s,
        None => {
            let s = totp::generate_secret();
            session
                .insert(ENROLLING_SECRET, &s)
                .await
                .map_err(session_err)?;
            s
        }
    };
    page.uri = totp::otpauth_uri(ISSUER, &page.me.admin.email, &secret);
    page.secret = secret;
    if page.required {
        send_email_code(&state, &session, &page.me).await?;
        page.email_step = true;
    }
    Ok(render(&page)?.into_response())
}

/// Emails a one-time enrolment code to the account's own address, at most once per code lifetime
/// per session (each session needs the password, which is throttled).
async fn send_email_code(
    state: &AdminCtx,
    session: &Session,
    me: &CurrentAdmin,
) -> Result<(), AppError> {
    let at: Option<i64> = session.get(EMAIL_CODE_AT).await.map_err(session_err)?;
    let now = now_ms();
    if at.is_some_and(|at| now - at < EMAIL_CODE_MS) {
        return Ok(());
    }
    let code = totp::generate_email_code();
    let mail = crate::i18n::Lang::stored(&me.admin.lang).scope_sync(|| crate::email::Email {
        kind: crate::email::EmailKind::StaffEnrolCode,
        to: me.admin.email.clone(),
        from_name: None,
        reply_to: None,
        subject: crate::i18n::t("email-enrol-code-subject"),
        text: crate::i18n::ta("email-enrol-code", "code", code.as_str()),
        html: None,
        payload: None,
    });
    on_db!(&state.db, crate::email::outbox::sql, enqueue(&mail, now))?;
    session
        .insert(EMAIL_CODE, totp::recovery_hash(&code))
        .await
        .map_err(session_err)?;
    session
        .insert(EMAIL_CODE_AT, now)
        .await
        .map_err(session_err)?;
    Ok(())
}

/// Whether `given` is the live code emailed for this session's enrolment. Wrong guesses count
/// against the account's sign-in throttle, so six digits cannot be walked.
async fn email_code_holds(
    state: &AdminCtx,
    session: &Session,
    id: i64,
    given: &str,
) -> Result<Option<bool>, AppError> {
    let a = &state.settings.admin;
    let key = format!("code:{id}");
    if !throttle::reserve(
        &state.db,
        a.login_window_minutes,
        &[(key.as_str(), a.login_failures_per_account)],
    )
    .await?
    {
        return Ok(None);
    }
    let hash: Option<String> = session.get(EMAIL_CODE).await.map_err(session_err)?;
    let at: Option<i64> = session.get(EMAIL_CODE_AT).await.map_err(session_err)?;
    let live = at.is_some_and(|at| now_ms() - at < EMAIL_CODE_MS);
    let holds = live
        && given.trim().len() == 6
        && hash.is_some_and(|h| {
            use subtle::ConstantTimeEq;
            h.as_bytes()
                .ct_eq(totp::recovery_hash(given).as_bytes())
                .into()
        });
    if holds {
        throttle::clear(&state.db, &key).await?;
    }
    Ok(Some(holds))
}

/// Confirms the offered secret with a code from the app, turns two-factor sign-in on, shows the
/// recovery codes once, and ends every other session of the account.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    State(state): State<AdminCtx>,
    session: Session,
    Enrolling(me): Enrolling,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if me.admin.has_two_factor() {
        return Ok(Redirect::to("/admin/two-factor").into_response());
    }
    let Some(secret) = session
        .get::<String>(ENROLLING_SECRET)
        .await
        .map_err(session_err)?
    else {
        return Ok(Redirect::to("/admin/two-factor").into_response());
    };
    let mut page = EnrolPage::new(me, &state);
    let id = page.me.admin.id;
    let email_ok = if page.required {
        page.email_step = true;
        email_code_holds(&state, &session, id, &form.email_code).await?
    } else {
        Some(true)
    };
    let step = totp::matching_step(&secret, &form.code, now_ms() / 1000);
    let (Some(true), Some(step)) = (email_ok, step) else {
        page.uri = totp::otpauth_uri(ISSUER, &page.me.admin.email, &secret);
        page.secret = secret;
        let (status, error) = match email_ok {
            None => (StatusCode::TOO_MANY_REQUESTS, "admin-err-throttled"),
            Some(false) => (StatusCode::BAD_REQUEST, "admin-err-email-code"),
            Some(true) => (StatusCode::BAD_REQUEST, "admin-err-code"),
        };
        page.error = crate::i18n::t(error);
        return Ok((status, render(&page)?).into_response());
    };
    let codes = totp::generate_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_hash(c)).collect();
    if !on_db!(&state.db, sql, enable(id, &secret, step, &hashes))? {
        // Enrolled meanwhile from another tab.
        return Ok(Redirect::to("/admin/two-factor").into_response());
    }
    session
        .remove::<String>(ENROLLING_SECRET)
        .await
        .map_err(session_err)?;
    session
        .remove::<String>(EMAIL_CODE)
        .await
        .map_err(session_err)?;
    session::end_all(&state.db, id).await?;
    session::log_in(&session, &state, id).await?;
    audit::record(&state.db, &page.me.admin.email, "user.2fa.enable", "", "").await?;
    page.me.csrf = session::csrf_token(&session).await?;
    page.me.admin.totp_secret = Some(secret);
    page.recovery_codes = codes;
    page.recovery_left = hashes.len() as i64;
    Ok(render(&page)?.into_response())
}

crate::per_engine! {
    mod sql {
        /// Accepts a time step only if it is later than the last one accepted (no replay).
        pub async fn use_step(pool: &Pool, id: i64, step: i64) -> Result<bool, sqlx::Error> {
            let r = sqlx::query("UPDATE admins SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2")
                .bind(id).bind(step).execute(pool).await?;
            Ok(r.rows_affected() == 1)
        }

        /// Uses up a recovery code; true only for the one request that removed it.
        pub async fn use_recovery(pool: &Pool, id: i64, hash: &str) -> Result<bool, sqlx::Error> {
            let r = sqlx::query("DELETE FROM admin_recovery_codes WHERE admin_id = $1 AND code_hash = $2")
                .bind(id).bind(hash).execute(pool).await?;
            Ok(r.rows_affected() == 1)
        }

        pub async fn recovery_left(pool: &Pool, id: i64) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar("SELECT COUNT(*) FROM admin_recovery_codes WHERE admin_id = $1")
                .bind(id).fetch_one(pool).await
        }

        /// Stores the secret and the recovery codes in one transaction; false when the account
        /// already had a secret.
        pub async fn enable(pool: &Pool, id: i64, secret: &str, step: i64, hashes: &[String]) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin().await?;
            let r = sqlx::query(
                "UPDATE admins SET totp_secret = $2, totp_last_step = $3 WHERE id = $1 AND totp_secret IS NULL",
            )
            .bind(id).bind(secret).bind(step).execute(&mut *tx).await?;
            if r.rows_affected() != 1 {
                return Ok(false);
            }
            sqlx::query("DELETE FROM admin_recovery_codes WHERE admin_id = $1").bind(id).execute(&mut *tx).await?;
            for hash in hashes {
                sqlx::query("INSERT INTO admin_recovery_codes (admin_id, code_hash) VALUES ($1, $2)")
                    .bind(id).bind(hash).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        }
    }
}
