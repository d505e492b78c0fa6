//! Signing staff in and out, the `CurrentAdmin` extractor, and login throttling.

use std::sync::{Arc, LazyLock, OnceLock};

use askama::Template;
use axum::extract::{FromRef, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tokio::sync::Semaphore;
use tower_sessions::Session;

use super::AdminCtx;
use super::{session, throttle};
use crate::db::now_ms;
use crate::http::client_ip::client_ip;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::on_db;
use crate::users::{self, Admin};

/// The signed-in admin; handlers that take it are reachable only after login (and, where two-factor
/// sign-in is required, only once the account has it).
pub struct CurrentAdmin {
    pub admin: Admin,
    pub csrf: String,
}

/// A signed-in admin who may still have to set up two-factor sign-in: for the enrolment pages and
/// logout, the only pages such an account can reach.
pub struct Enrolling(pub CurrentAdmin);

impl<S> FromRequestParts<S> for CurrentAdmin
where
    S: Send + Sync,
    AdminCtx: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Enrolling(me) = Enrolling::from_request_parts(parts, state).await?;
        let state = AdminCtx::from_ref(state);
        if state.settings.admin.require_two_factor && !me.admin.has_two_factor() {
            return Err(Redirect::to("/admin/two-factor").into_response());
        }
        Ok(me)
    }
}

impl<S> FromRequestParts<S> for Enrolling
where
    S: Send + Sync,
    AdminCtx: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|e| e.into_response())?;
        let state = AdminCtx::from_ref(state);
        let admin = session::current(&session, &state)
            .await
            .map_err(|e| e.into_response())?;
        let Some(mut admin) = admin else {
            return Err(Redirect::to("/admin/login").into_response());
        };
        // Staff emails follow the language of the pages they use; written only when it changes.
        let lang = crate::i18n::Lang::current().code();
        if admin.lang != lang {
            on_db!(&state.db, users::queries, set_lang(admin.id, lang))
                .map_err(|e| AppError::from(e).into_response())?;
            admin.lang = lang.to_owned();
        }
        let csrf = session::csrf_token(&session)
            .await
            .map_err(|e| e.into_response())?;
        Ok(Enrolling(CurrentAdmin { admin, csrf }))
    }
}

impl CurrentAdmin {
    pub fn require_edit(&self) -> Result<(), AppError> {
        if self.admin.can_edit() {
            Ok(())
        } else {
            Err(forbidden())
        }
    }
    pub fn require_personal_data(&self) -> Result<(), AppError> {
        if self.admin.can_see_personal_data() {
            Ok(())
        } else {
            Err(forbidden())
        }
    }
    pub fn require_owner(&self) -> Result<(), AppError> {
        if self.admin.is_owner() {
            Ok(())
        } else {
            Err(forbidden())
        }
    }
}

fn forbidden() -> AppError {
    AppError::Forbidden("admin-err-role".into())
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage {
    csrf: String,
    email: String,
    error: String,
}

pub async fn login_page(session: Session) -> Result<Response, AppError> {
    let csrf = session::csrf_token(&session).await?;
    Ok(render(&LoginPage {
        csrf,
        email: String::new(),
        error: String::new(),
    })?
    .into_response())
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// Bounds the memory and CPU that password hashing can take at once.
static HASHING: OnceLock<Arc<Semaphore>> = OnceLock::new();

/// A real hash of a random password, so an unknown account costs the same as a wrong password.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| users::hash_password(&users::generate_password()).expect("hashing works"));

// Message ids.
const INVALID: &str = "admin-err-login";
const THROTTLED: &str = "admin-err-throttled";
const DISABLED: &str = "admin-err-disabled";

#[tracing::instrument(skip_all)]
pub async fn login(
    State(state): State<AdminCtx>,
    session: Session,
    parts: axum::http::request::Parts,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let email = form.email.trim().to_lowercase();
    // Only a keyed hash of the address is stored.
    let ip = state
        .public
        .guard
        .assess_key(client_ip(&parts, &state.proxies), now_ms());
    let a = &state.settings.admin;
    let (account_key, ip_key) = (format!("account:{email}"), format!("ip:{ip}"));
    let csrf = session::csrf_token(&session).await?;
    let limits = [
        // The address first: once it is over, nothing about the typed account is stored.
        (ip_key.as_str(), a.login_failures_per_ip),
        (account_key.as_str(), a.login_failures_per_account),
    ];
    if !throttle::reserve(&state.db, a.login_window_minutes, &limits).await? {
        let page = LoginPage {
            csrf,
            email: form.email,
            error: crate::i18n::t(THROTTLED),
        };
        return Ok((StatusCode::TOO_MANY_REQUESTS, render(&page)?).into_response());
    }
    let admin = on_db!(&state.db, users::queries, by_email(&email))?;
    let hash = admin
        .as_ref()
        .map(|a| a.password_hash.clone())
        .unwrap_or_else(|| DUMMY_HASH.clone());
    let password = form.password.clone();
    let hashing = HASHING.get_or_init(|| Arc::new(Semaphore::new(a.max_concurrent_hashes.max(1))));
    let permit = hashing
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let ok = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        users::verify_password(&hash, &password)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    // A failure keeps the attempts reserved above.
    let Some(admin) = admin.filter(|_| ok) else {
        let page = LoginPage {
            csrf,
            email: form.email,
            error: crate::i18n::t(INVALID),
        };
        return Ok((StatusCode::UNAUTHORIZED, render(&page)?).into_response());
    };
    // Said only to someone who knows the password; the attempt stays counted.
    if admin.disabled {
        let page = LoginPage {
            csrf,
            email: form.email,
            error: crate::i18n::t(DISABLED),
        };
        return Ok((StatusCode::FORBIDDEN, render(&page)?).into_response());
    }
    throttle::release(&state.db, &ip_key).await?;
    if admin.has_two_factor() {
        // The account's failures are cleared only once the code is right too.
        throttle::release(&state.db, &account_key).await?;
    } else {
        throttle::clear(&state.db, &account_key).await?;
    }
    if users::needs_rehash(&admin.password_hash) {
        let password = form.password;
        let hash = tokio::task::spawn_blocking(move || users::hash_password(&password))
            .await
            .map_err(|e| AppError::Internal(e.into()))??;
        on_db!(&state.db, users::queries, set_hash(admin.id, &hash))?;
    }
    if admin.has_two_factor() {
        return super::two_factor::begin(&session, admin.id).await;
    }
    session::log_in(&session, &state, admin.id).await?;
    crate::audit::record(&state.db, &admin.email, "login", "", "").await?;
    Ok(Redirect::to("/admin").into_response())
}

#[tracing::instrument(skip_all)]
pub async fn logout(
    State(state): State<AdminCtx>,
    session: Session,
    Enrolling(me): Enrolling,
) -> Result<Response, AppError> {
    crate::audit::record(&state.db, &me.admin.email, "logout", "", "").await?;
    session::log_out(&session, &state.db).await?;
    Ok(Redirect::to("/admin/login").into_response())
}
