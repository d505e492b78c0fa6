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

use super::AdminCtx;
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::http::AppError;
use crate::on_db;
use crate::secret::tokens::Token;
use crate::users::Admin;

/// The id of the signed-in session's row in `admin_sessions`.
pub const STAFF_SESSION: &str = "staff_session";
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

pub fn apply<S>(router: Router<S>, db: &Db, settings: &Settings) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    let secure = secure_cookies(settings);
    let name = if secure {
        "__Host-chorus_admin"
    } else {
        "chorus_admin"
    };
    let idle = idle_expiry(settings.admin.idle_timeout_minutes);
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
    let token = Token::generate().secret;
    session.insert(CSRF, &token).await.map_err(session_err)?;
    Ok(token)
}

/// Starts a fresh session for a signed-in admin: a new id (no fixation), a new CSRF token, and a
/// row in `admin_sessions` that can be ended from outside (password or role change, disabling).
pub async fn log_in(session: &Session, state: &AdminCtx, admin_id: i64) -> Result<(), AppError> {
    let now = now_ms();
    let a = &state.settings.admin;
    // Rows of sessions that timed out without a logout go here, at a rate bounded by sign-ins.
    on_db!(
        &state.db,
        sql,
        sweep(
            now - a.idle_timeout_minutes * 60_000,
            now - a.absolute_timeout_hours * 3_600_000
        )
    )?;
    session.cycle_id().await.map_err(session_err)?;
    let id = Token::generate().secret;
    on_db!(&state.db, sql, create(&id, admin_id, now))?;
    session
        .insert(STAFF_SESSION, &id)
        .await
        .map_err(session_err)?;
    session
        .insert(CSRF, Token::generate().secret)
        .await
        .map_err(session_err)?;
    Ok(())
}

pub async fn log_out(session: &Session, db: &Db) -> Result<(), AppError> {
    if let Some(id) = session
        .get::<String>(STAFF_SESSION)
        .await
        .map_err(session_err)?
    {
        on_db!(db, sql, delete(&id))?;
    }
    session.flush().await.map_err(session_err)
}

/// Ends every session of an account (after a password or role change, or when it is disabled).
pub async fn end_all(db: &Db, admin_id: i64) -> Result<(), sqlx::Error> {
    crate::users::end_sessions(db, admin_id).await
}

/// The signed-in admin of this session, if it is alive: not ended, the account not disabled, used
/// within the idle timeout and younger than the absolute one. Activity slides the idle timeout;
/// the last use is written at most once a minute, to keep requests cheap.
pub async fn current(session: &Session, state: &AdminCtx) -> Result<Option<Admin>, AppError> {
    let Some(id) = session
        .get::<String>(STAFF_SESSION)
        .await
        .map_err(session_err)?
    else {
        return Ok(None);
    };
    let row = on_db!(&state.db, sql, find(&id))?;
    let now = now_ms();
    let a = &state.settings.admin;
    let idle_ms = a.idle_timeout_minutes * 60_000;
    let Some(row) = row.filter(|r| {
        !r.admin.disabled
            && now - r.last_seen < idle_ms
            && now - r.created_at < a.absolute_timeout_hours * 3_600_000
    }) else {
        log_out(session, &state.db).await?;
        return Ok(None);
    };
    if now - row.last_seen >= TOUCH_EVERY_MS {
        on_db!(&state.db, sql, touch(&id, now))?;
        // Saving the session record again keeps it (and its cookie) alive as long as the row.
        session.set_expiry(Some(idle_expiry(a.idle_timeout_minutes)));
    }
    Ok(Some(row.admin))
}

const TOUCH_EVERY_MS: i64 = 60_000;

fn idle_expiry(minutes: i64) -> Expiry {
    Expiry::OnInactivity(time::Duration::minutes(minutes))
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    created_at: i64,
    last_seen: i64,
    #[sqlx(flatten)]
    admin: Admin,
}

crate::per_engine! {
    mod sql {
        pub async fn create(pool: &Pool, id: &str, admin_id: i64, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("INSERT INTO admin_sessions (id, admin_id, created_at, last_seen) VALUES ($1, $2, $3, $3)")
                .bind(id).bind(admin_id).bind(now).execute(pool).await?;
            Ok(())
        }

        pub async fn find(pool: &Pool, id: &str) -> Result<Option<SessionRow>, sqlx::Error> {
            sqlx::query_as::<DB, SessionRow>(&format!(
                "SELECT s.created_at, s.last_seen, {} FROM admin_sessions s JOIN admins a ON a.id = s.admin_id WHERE s.id = $1",
                crate::users::ADMIN_COLUMNS_A,
            ))
            .bind(id).fetch_optional(pool).await
        }

        pub async fn touch(pool: &Pool, id: &str, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE admin_sessions SET last_seen = $2 WHERE id = $1").bind(id).bind(now).execute(pool).await?;
            Ok(())
        }

        pub async fn delete(pool: &Pool, id: &str) -> Result<(), sqlx::Error> {
            sqlx::query("DELETE FROM admin_sessions WHERE id = $1").bind(id).execute(pool).await?;
            Ok(())
        }

        pub async fn sweep(pool: &Pool, idle_before: i64, created_before: i64) -> Result<(), sqlx::Error> {
            sqlx::query("DELETE FROM admin_sessions WHERE last_seen < $1 OR created_at < $2")
                .bind(idle_before).bind(created_before).execute(pool).await?;
            Ok(())
        }
    }
}

fn forbidden(why: &str) -> Response {
    tracing::warn!(reason = why, "CSRF check failed");
    AppError::Forbidden("admin-err-csrf".into()).into_response()
}

/// Same-origin: an `Origin` (or, failing that, `Referer`) header must name the host the request
/// was sent to or the configured base URL.
pub(crate) fn same_origin(req: &Request, base: &str) -> bool {
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
#[tracing::instrument(skip_all)]
pub async fn csrf_guard(
    State(state): State<AdminCtx>,
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
