//! The JSON API for petitions (`/api/v1/petitions…`): what the public pages show.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::Petition;
use super::PetitionsCtx;
use crate::db::now_ms;
use crate::http::schema::ErrorJson;
use crate::http::{ApiError, AppError};
use crate::on_db;

#[derive(Debug, Serialize, utoipa::ToSchema)]
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

async fn to_json(state: &PetitionsCtx, p: &Petition) -> Result<PetitionJson, AppError> {
    let counts = state.counts.get(&state.db, p.id).await?;
    Ok(PetitionJson {
        url: format!("{}/p/{}", state.settings.base(), p.slug),
        state: p.public_state(now_ms()).as_str().to_owned(),
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

/// Open and recently closed petitions, newest first.
#[utoipa::path(get, path = "/api/v1/petitions", operation_id = "list_petitions", tag = "petitions",
    responses((status = 200, description = "Public petitions", body = [PetitionJson])))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(state): State<PetitionsCtx>,
) -> Result<axum::Json<Vec<PetitionJson>>, ApiError> {
    let petitions = on_db!(&state.db, super::sql, public(100)).map_err(AppError::from)?;
    let mut out = Vec::with_capacity(petitions.len());
    for p in petitions {
        out.push(to_json(&state, &p).await?);
    }
    Ok(axum::Json(out))
}

/// One petition with its confirmed count and counts by country.
#[utoipa::path(get, path = "/api/v1/petitions/{slug}", operation_id = "get_petition", tag = "petitions",
    params(("slug" = String, Path, description = "The petition's address")),
    responses(
        (status = 200, description = "The petition", body = PetitionJson),
        (status = 404, description = "No such public petition", body = ErrorJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let p = super::pages::load(&state, &slug).await?;
    let body = axum::Json(to_json(&state, &p).await?);
    Ok(with_cors(&p, &headers, body.into_response()))
}

/// Adds `Access-Control-Allow-Origin` when the request comes from a partner site the petition allows.
pub fn with_cors(p: &Petition, headers: &HeaderMap, mut res: Response) -> Response {
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) {
        if p.allows_origin(origin) {
            let h = res.headers_mut();
            if let Ok(v) = HeaderValue::from_str(origin) {
                h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
            }
            h.insert(header::VARY, HeaderValue::from_static("origin"));
        }
    }
    res
}
