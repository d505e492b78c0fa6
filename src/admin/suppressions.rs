//! The suppression list for staff: addresses nothing is sent to (hard bounces, complaints, soft
//! bounces in a row), searchable; an owner can lift one, which the audit log records. Addresses are
//! personal data: viewers do not see the list.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::email::suppress::{sql, Suppression};
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::on_db;

/// Rows shown at most; a search narrows them.
const SHOWN: i64 = 500;

#[derive(Template)]
#[template(path = "admin/suppressions.html")]
struct SuppressionsPage {
    me: CurrentAdmin,
    q: String,
    rows: Vec<(Suppression, String)>,
}

#[derive(Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

#[tracing::instrument(skip_all)]
pub async fn list(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Query(search): Query<Search>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let q: String = search.q.trim().chars().take(254).collect();
    let rows = on_db!(&state.db, sql, list(&q, SHOWN))?
        .into_iter()
        .map(|s| {
            let at = fmt_time(s.created_at);
            (s, at)
        })
        .collect();
    Ok(render(&SuppressionsPage { me, q, rows })?.into_response())
}

#[derive(Deserialize)]
pub struct Lift {
    #[serde(default)]
    address: String,
}

#[tracing::instrument(skip_all)]
pub async fn lift(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<Lift>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    let address = form.address.trim();
    if let Some(gone) = on_db!(&state.db, sql, lift(address))? {
        audit::record(
            &state.db,
            &me.admin.email,
            "suppression.lift",
            &gone.address,
            gone.reason.as_str(),
        )
        .await?;
    }
    Ok(back_to("/admin/suppressions"))
}
