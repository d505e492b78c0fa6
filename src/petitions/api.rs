//! The JSON API for petitions and signing (`/api/v1/…`): the same rules as the pages.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::Petition;
use crate::app::AppState;
use crate::db::now_ms;
use crate::http::extract::Json;
use crate::http::{ApiError, AppError};
use crate::on_db;
use crate::signatures::input::SignJson;
use crate::signatures::{self, SignError, SignInput};

#[derive(Debug, Serialize)]
pub struct PetitionJson {
    pub slug: String,
    pub title: String,
    pub target: String,
    pub summary: String,
    pub state: String,
    pub goal: i64,
    pub signature_count: i64,
    pub by_country: BTreeMap<String, i64>,
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    pub url: String,
}

fn rfc3339(ms: Option<i64>) -> Option<String> {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|t| t.to_rfc3339())
}

async fn to_json(state: &AppState, p: &Petition) -> Result<PetitionJson, AppError> {
    let counts = state.counts.get(&state.db, p.id).await?;
    Ok(PetitionJson {
        url: format!("{}/p/{}", state.settings.base(), p.slug),
        state: p.public_state(now_ms()).to_owned(),
        signature_count: counts.confirmed,
        by_country: counts.by_country.iter().cloned().collect(),
        opens_at: rfc3339(p.opens_at),
        closes_at: rfc3339(p.closes_at),
        slug: p.slug.clone(),
        title: p.title.clone(),
        target: p.target.clone(),
        summary: p.summary.clone(),
        goal: p.goal,
    })
}

pub async fn list(
    State(state): State<AppState>,
) -> Result<axum::Json<Vec<PetitionJson>>, ApiError> {
    let petitions = on_db!(&state.db, super::sql, public(100)).map_err(AppError::from)?;
    let mut out = Vec::with_capacity(petitions.len());
    for p in petitions {
        out.push(to_json(&state, &p).await?);
    }
    Ok(axum::Json(out))
}

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<axum::Json<PetitionJson>, ApiError> {
    let p = super::pages::load(&state, &slug).await?;
    Ok(axum::Json(to_json(&state, &p).await?))
}

pub async fn sign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Json(body): Json<SignJson>,
) -> Result<Response, ApiError> {
    let p = super::pages::load(&state, &slug).await?;
    let input: SignInput = body.into();
    match signatures::sign(&state, &p, &input, None).await {
        Ok(()) => Ok((
            StatusCode::ACCEPTED,
            axum::Json(serde_json::json!({"status": "pending_confirmation"})),
        )
            .into_response()),
        Err(SignError::Invalid(errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(serde_json::json!({"errors": errors})),
        )
            .into_response()),
        Err(SignError::NotOpen(message)) => Err(ApiError(AppError::Conflict(message.into()))),
        Err(SignError::Failed(e)) => Err(ApiError(e)),
    }
}
