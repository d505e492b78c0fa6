//! API tokens for scripts that export counts or signatures: shown once when created, kept only as
//! a SHA-256 hash, scoped, and revocable. Owners manage them on the staff pages.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;

use crate::db::{now_ms, Db};
use crate::http::{ApiError, AppError, Message};
use crate::on_db;
use crate::secret::tokens;

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
            Err(ApiError(AppError::Forbidden(
                Message::new("admin-err-token-scope").arg("scope", scope),
            )))
        }
    }
}

impl<S> FromRequestParts<S> for ApiToken
where
    S: Send + Sync,
    Db: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let db = Db::from_ref(state);
        let unauthorized = || ApiError(AppError::Unauthorized(Message::new("err-token-needed")));
        let secret = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .and_then(|t| t.trim().strip_prefix("chorus_"))
            .and_then(tokens::parse)
            .ok_or_else(unauthorized)?;
        let found = on_db!(&db, sql, use_token(&tokens::hash(secret), now_ms()))?;
        let (name, scope) = found.ok_or_else(unauthorized)?;
        Ok(ApiToken { name, scope })
    }
}

crate::per_engine! {
    pub mod sql {
        use super::super::TokenRow;

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
