//! Server-side admin sessions (tower-sessions, stored in our database so any instance serves any
//! admin) and CSRF protection: a per-session token in every form plus a same-origin check.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_sessions::cookie::{time, SameSite};
use tower_sessions::{ExpiredDeletion, Expiry, Session, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::app::AppState;
use crate::config::Settings;
use crate::db::Db;
use crate::http::AppError;

pub const ADMIN_ID: &str = "admin_id";
pub const LOGIN_AT: &str = "login_at";
pub const CSRF: &str = "csrf";

/// Creates the session table if needed and starts the sweeper of expired sessions.
pub async fn prepare(db: &Db) -> anyhow::Result<()> {
    let sweep = tokio::time::Duration::from_secs(300);
    match db {
        Db::Sqlite(p) => {
            let store = SqliteStore::new(p.clone());
            store.migrate().await?;
            tokio::spawn(store.continuously_delete_expired(sweep));
        }
        Db::Postgres(p) => {
            let store = PostgresStore::new(p.clone());
            store.migrate().await?;
            tokio::spawn(store.continuously_delete_expired(sweep));
        }
    }
    Ok(())
}

/// Plain-http cookies only for development on this machine; everywhere else `__Host-` + Secure.
pub fn secure_cookies(settings: &Settings) -> bool {
    let Some(rest) = settings.base_url.strip_prefix("http://") else {
        return true;
    };
    let authority = rest.split('/').next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    !(host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()))
}

pub fn apply(router: Router<AppState>, db: &Db, settings: &Settings) -> Router<AppState> {
    let secure = secure_cookies(settings);
    let name = if secure {
        "__Host-chorus_admin"
    } else {
        "chorus_admin"
    };
    let idle = Expiry::OnInactivity(time::Duration::minutes(settings.admin.idle_timeout_minutes));
    macro_rules! layer {
        ($store:expr) => {
            SessionManagerLayer::new($store)
                .with_name(name)
                .with_secure(secure)
                .with_http_only(true)
                .with_same_site(SameSite::Strict)
                .with_path("/")
                .with_expiry(idle)
        };
    }
    match db {
        Db::Sqlite(p) => router.layer(layer!(SqliteStore::new(p.clone()))),
        Db::Postgres(p) => router.layer(layer!(PostgresStore::new(p.clone()))),
    }
}

fn session_err(e: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session store: {e}"))
}

/// The session's CSRF token, created on first use.
pub async fn csrf_token(session: &Session) -> Result<String, AppError> {
    if let Some(t) = session.get::<String>(CSRF).await.map_err(session_err)? {
        return Ok(t);
    }
    let token = crate::signatures::tokens::Token::generate().secret;
    session.insert(CSRF, &token).await.map_err(session_err)?;
    Ok(token)
}

/// Starts a fresh session for a signed-in admin: a new id (no fixation) and a new CSRF token.
pub async fn log_in(session: &Session, admin_id: i64) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_err)?;
    session
        .insert(ADMIN_ID, admin_id)
        .await
        .map_err(session_err)?;
    session
        .insert(LOGIN_AT, crate::db::now_ms())
        .await
        .map_err(session_err)?;
    session
        .insert(CSRF, crate::signatures::tokens::Token::generate().secret)
        .await
        .map_err(session_err)?;
    Ok(())
}

pub async fn log_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_err)
}

/// The signed-in admin id, if the session is within the absolute lifetime.
pub async fn admin_id(session: &Session, absolute_hours: i64) -> Result<Option<i64>, AppError> {
    let id: Option<i64> = session.get(ADMIN_ID).await.map_err(session_err)?;
    let at: Option<i64> = session.get(LOGIN_AT).await.map_err(session_err)?;
    match (id, at) {
        (Some(id), Some(at)) if crate::db::now_ms() - at < absolute_hours * 3_600_000 => {
            Ok(Some(id))
        }
        (Some(_), _) => {
            log_out(session).await?;
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn forbidden(why: &str) -> Response {
    tracing::warn!(reason = why, "CSRF check failed");
    AppError::Forbidden(crate::i18n::t("admin-err-csrf")).into_response()
}

/// Same-origin: an `Origin` (or, failing that, `Referer`) header must name the host the request
/// was sent to or the configured base URL.
fn same_origin(req: &Request, base: &str) -> bool {
    let headers = req.headers();
    let origin = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(origin) = origin else { return true };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split('/')
        .next()
        .unwrap_or("");
    let base_host = base
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split('/')
        .next()
        .unwrap_or("");
    !origin_host.is_empty() && (origin_host == host || origin_host == base_host)
}

/// Rejects any state-changing request without the session's token or from another origin.
pub async fn csrf_guard(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    if req.method() == Method::GET || req.method() == Method::HEAD {
        return next.run(req).await;
    }
    if !same_origin(&req, &state.settings.base_url) {
        return forbidden("cross-origin");
    }
    let expected = match session.get::<String>(CSRF).await {
        Ok(Some(t)) => t,
        _ => return forbidden("no token in session"),
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, 1 << 20).await else {
        return AppError::TooLarge.into_response();
    };
    let sent = form_urlencoded_get(&bytes, CSRF).or_else(|| {
        parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    if !sent.is_some_and(|s| crate::secret::same(&s, &expected)) {
        return forbidden("token mismatch");
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn form_urlencoded_get(body: &[u8], key: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}
