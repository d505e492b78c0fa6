//! API tokens for scripts that export counts or signatures: shown once when created, kept only as
//! a SHA-256 hash, scoped, and revocable. Owners manage them.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::exports::tokens::{sql, TokenRow, SCOPES};
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::on_db;
use crate::secret::tokens;

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
    state: &AdminCtx,
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

#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AdminCtx>, me: CurrentAdmin) -> Result<Response, AppError> {
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

#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AdminCtx>,
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

#[tracing::instrument(skip_all)]
pub async fn revoke(
    State(state): State<AdminCtx>,
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
