//! Exports for scripts, with an API token: counts (any token) and signatures (signatures scope).
//! Each is recorded in the audit log under the token's name.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};

use super::tokens::ApiToken;
use super::SignatureFilter;
use crate::audit;
use crate::http::schema::ErrorJson;
use crate::http::{ApiError, AppError};
use crate::petitions::pages::load;
use crate::petitions::PetitionsCtx;

/// Counts of a petition: total, by country, by day.
#[utoipa::path(get, path = "/api/v1/petitions/{slug}/counts", operation_id = "export_counts", tag = "exports",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The petition's address")),
    responses(
        (status = 200, description = "Counts", body = serde_json::Value),
        (status = 401, description = "No valid token", body = ErrorJson),
        (status = 404, description = "No such public petition", body = ErrorJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn counts(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    token: ApiToken,
) -> Result<Response, ApiError> {
    token.require("counts")?;
    let p = load(&state, &slug).await?;
    let c = state.counts.get(&state.db, p.id).await?;
    let actor = format!("token:{}", token.name);
    audit::record(&state.db, &actor, "export.counts.json", &p.slug, "").await?;
    let body = serde_json::to_value(super::counts_json(&p, &c, None))
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(axum::Json(body).into_response())
}

/// The petition's signatures as CSV (streamed; formula cells neutralised).
#[utoipa::path(get, path = "/api/v1/petitions/{slug}/signatures.csv", operation_id = "export_signatures", tag = "exports",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The petition's address"), SignatureFilter),
    responses(
        (status = 200, description = "CSV of signatures", content_type = "text/csv", body = String),
        (status = 400, description = "A malformed filter", body = ErrorJson),
        (status = 401, description = "No valid token", body = ErrorJson),
        (status = 403, description = "The token may read counts only", body = ErrorJson),
        (status = 404, description = "No such public petition", body = ErrorJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn signatures(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    token: ApiToken,
    Query(filter): Query<SignatureFilter>,
) -> Result<Response, ApiError> {
    token.require("signatures")?;
    let p = load(&state, &slug).await?;
    let actor = format!("token:{}", token.name);
    Ok(super::download::stream_signatures(&state.db, &p, &filter, &actor).await?)
}
