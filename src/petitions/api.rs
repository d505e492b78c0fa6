//! The JSON API for petitions and signing (`/api/v1/…`): the same rules as the pages.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::Petition;
use crate::app::AppState;
use crate::db::now_ms;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Json;
use crate::http::schema::{ErrorJson, ValidationJson};
use crate::http::{ApiError, AppError};
use crate::on_db;
use crate::signatures::input::SignJson;
use crate::signatures::{self, SignContext, SignError, SignInput};

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

/// `{"status": "pending_confirmation"}`, with a likely correction when the email's domain looks
/// mistyped: the signature is taken as typed all the same, the client may offer the correction.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SignAcceptedJson {
    pub status: String,
    /// The address with a common domain close to the one typed ("ada@gmail.com" for
    /// "ada@gmial.com"); absent when the domain looks right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_suggestion: Option<String>,
}

fn rfc3339(ms: Option<i64>) -> Option<String> {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|t| t.to_rfc3339())
}

async fn to_json(state: &AppState, p: &Petition) -> Result<PetitionJson, AppError> {
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

/// One petition with its confirmed count and counts by country.
#[utoipa::path(get, path = "/api/v1/petitions/{slug}", operation_id = "get_petition", tag = "petitions",
    params(("slug" = String, Path, description = "The petition's address")),
    responses(
        (status = 200, description = "The petition", body = PetitionJson),
        (status = 404, description = "No such public petition", body = ErrorJson),
    ))]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let p = super::pages::load(&state, &slug).await?;
    let body = axum::Json(to_json(&state, &p).await?);
    Ok(with_cors(&p, &headers, body.into_response()))
}

/// Adds `Access-Control-Allow-Origin` when the request comes from a partner site the petition allows.
fn with_cors(p: &Petition, headers: &HeaderMap, mut res: Response) -> Response {
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

/// The browser's preflight before a partner site posts a signature.
pub async fn preflight(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let p = super::pages::load(&state, &slug).await?;
    let mut res = with_cors(&p, &headers, StatusCode::NO_CONTENT.into_response());
    if res
        .headers()
        .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN)
    {
        let h = res.headers_mut();
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, POST"),
        );
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("content-type"),
        );
        h.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("3600"),
        );
    }
    Ok(res)
}

/// Signs a petition. New and repeated signatures get the same answer; the signer confirms by email.
#[utoipa::path(post, path = "/api/v1/petitions/{slug}/signatures", operation_id = "sign_petition", tag = "petitions",
    params(("slug" = String, Path, description = "The petition's address")),
    request_body = SignJson,
    responses(
        (status = 202, description = "Accepted; a confirmation email is on its way", body = SignAcceptedJson),
        (status = 400, description = "The body is not valid JSON or has unknown fields", body = ErrorJson),
        (status = 404, description = "No such public petition", body = ErrorJson),
        (status = 409, description = "The petition is not open", body = ErrorJson),
        (status = 413, description = "The body is too large", body = ErrorJson),
        (status = 415, description = "Not application/json", body = ErrorJson),
        (status = 422, description = "Invalid fields, each with its messages", body = ValidationJson),
    ))]
pub async fn sign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    Json(body): Json<SignJson>,
) -> Result<Response, ApiError> {
    let p = super::pages::load(&state, &slug).await?;
    // Errors carry the CORS header too, so the partner's page can show them.
    let res = match sign_inner(&state, &p, client, body).await {
        Ok(res) => res,
        Err(e) => e.into_response(),
    };
    Ok(with_cors(&p, &headers, res))
}

async fn sign_inner(
    state: &AppState,
    p: &Petition,
    client: std::net::IpAddr,
    body: SignJson,
) -> Result<Response, ApiError> {
    let input: SignInput = body.into();
    let email_suggestion = signatures::typo::email_suggestion(&input.email);
    match signatures::sign(
        state,
        p,
        &input,
        SignContext {
            client,
            via: "api",
            form: None,
            source: None,
        },
    )
    .await
    {
        Ok(()) => Ok((
            StatusCode::ACCEPTED,
            axum::Json(SignAcceptedJson {
                status: "pending_confirmation".into(),
                email_suggestion,
            }),
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
