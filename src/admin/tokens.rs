//! API tokens for scripts that export counts or signatures: shown once when created, kept only as
//! a SHA-256 hash, scoped, and revocable. Owners manage them.

use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::audit;
use super::auth::CurrentAdmin;
use super::pages::back_to;
use crate::app::AppState;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::{ApiError, AppError};
use crate::i18n::format::fmt_time;
use crate::on_db;
use crate::signatures::tokens;

pub const SCOPES: [(&str, &str); 2] = [
    ("counts", "Counts only"),
    ("signatures", "Counts and signatures (personal data)"),
];

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub scope: String,
    pub created_by: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A valid, unrevoked token from `Authorization: Bearer …`.
pub struct ApiToken {
    pub name: String,
    pub scope: String,
}

impl ApiToken {
    pub fn require(&self, scope: &str) -> Result<(), ApiError> {
        if scope == "counts" || self.scope == scope {
            Ok(())
        } else {
            Err(ApiError(AppError::Forbidden(crate::i18n::ta(
                "admin-err-token-scope",
                "scope",
                scope,
            ))))
        }
    }
}

impl FromRequestParts<AppState> for ApiToken {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let unauthorized = || {
            ApiError(AppError::Unauthorized(
                "A valid API token is needed (Authorization: Bearer …).".into(),
            ))
        };
        let secret = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .and_then(|t| t.trim().strip_prefix("chorus_"))
            .and_then(tokens::parse)
            .ok_or_else(unauthorized)?;
        let found = on_db!(&state.db, sql, use_token(&tokens::hash(secret), now_ms()))?;
        let (name, scope) = found.ok_or_else(unauthorized)?;
        Ok(ApiToken { name, scope })
    }
}

#[derive(Template)]
#[template(path = "admin/tokens.html")]
struct TokensPage {
    me: CurrentAdmin,
    tokens: Vec<(TokenRow, String, String)>,
    scopes: Vec<(&'static str, &'static str)>,
    created: String,
    error: String,
}

async fn page(
    state: &AppState,
    me: CurrentAdmin,
    created: String,
    error: String,
) -> Result<Response, AppError> {
    let tokens = on_db!(&state.db, sql, all())?
        .into_iter()
        .map(|t| {
            let used = t
                .last_used_at
                .map(fmt_time)
                .unwrap_or_else(|| "never".into());
            let created = fmt_time(t.created_at);
            (t, created, used)
        })
        .collect();
    let status = if error.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((
        status,
        render(&TokensPage {
            me,
            tokens,
            scopes: SCOPES.to_vec(),
            created,
            error,
        })?,
    )
        .into_response())
}

pub async fn list(State(state): State<AppState>, me: CurrentAdmin) -> Result<Response, AppError> {
    me.require_owner()?;
    page(&state, me, String::new(), String::new()).await
}

#[derive(Deserialize)]
pub struct NewToken {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
}

pub async fn create(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Form(form): Form<NewToken>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    let name = form.name.trim();
    if name.is_empty()
        || name.chars().count() > 100
        || crate::domain::has_control(name)
        || !SCOPES.iter().any(|(s, _)| *s == form.scope)
    {
        return page(
            &state,
            me,
            String::new(),
            crate::i18n::t("admin-err-token-name"),
        )
        .await;
    }
    let token = tokens::Token::generate();
    on_db!(
        &state.db,
        sql,
        insert(name, &token.hash, &form.scope, &me.admin.email, now_ms())
    )?;
    audit::record(
        &state.db,
        &me.admin.email,
        "token.create",
        name,
        &form.scope,
    )
    .await?;
    page(
        &state,
        me,
        format!("chorus_{}", token.secret),
        String::new(),
    )
    .await
}

#[derive(Deserialize)]
pub struct Revoke {
    /// "yes" from the confirmation step: revoking cannot be undone.
    #[serde(default)]
    confirm: String,
}

pub async fn revoke(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(id): Path<i64>,
    Form(form): Form<Revoke>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    if form.confirm != "yes" {
        let step = super::pages::ConfirmStep {
            message: crate::i18n::t("admin-sure-revoke"),
            action: format!("/admin/tokens/{id}/revoke"),
            fields: Vec::new(),
            button: crate::i18n::t("admin-revoke"),
            back: "/admin/tokens".into(),
            me,
        };
        return Ok(render(&step)?.into_response());
    }
    on_db!(&state.db, sql, revoke(id, now_ms()))?;
    audit::record(
        &state.db,
        &me.admin.email,
        "token.revoke",
        &id.to_string(),
        "",
    )
    .await?;
    Ok(back_to("/admin/tokens"))
}

crate::per_engine! {
    pub mod sql {
        use crate::admin::tokens::TokenRow;

        pub async fn insert(pool: &Pool, name: &str, hash: &str, scope: &str, by: &str, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("INSERT INTO api_tokens (name, token_hash, scope, created_by, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(name).bind(hash).bind(scope).bind(by).bind(now).execute(pool).await?;
            Ok(())
        }

        /// (name, scope) of an unrevoked token, recording its use.
        pub async fn use_token(pool: &Pool, hash: &str, now: i64) -> Result<Option<(String, String)>, sqlx::Error> {
            sqlx::query_as(
                "UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING name, scope",
            )
            .bind(hash).bind(now).fetch_optional(pool).await
        }

        pub async fn all(pool: &Pool) -> Result<Vec<TokenRow>, sqlx::Error> {
            sqlx::query_as::<DB, TokenRow>(
                "SELECT id, name, scope, created_by, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY id DESC",
            )
            .fetch_all(pool).await
        }

        pub async fn revoke(pool: &Pool, id: i64, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL").bind(id).bind(now).execute(pool).await?;
            Ok(())
        }
    }
}
