//! Signing through the JSON API (`POST /api/v1/petitions/{slug}/signatures`): the same rules as
//! the sign form, with CORS for the partner sites a petition allows.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::{SignContext, SignError, SigningCtx};
use crate::http::client_ip::ClientIp;
use crate::http::extract::Json;
use crate::http::schema::{ErrorJson, ValidationJson};
use crate::http::{ApiError, AppError};
use crate::petitions::api::with_cors;
use crate::petitions::pages::load;
use crate::petitions::sign_input::{SignInput, SignJson};
use crate::petitions::{Petition, PetitionsCtx};

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

/// The browser's preflight before a partner site posts a signature.
#[tracing::instrument(skip_all)]
pub async fn preflight(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let p = load(&state, &slug).await?;
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
#[tracing::instrument(skip_all)]
pub async fn sign(
    State(pages): State<PetitionsCtx>,
    State(state): State<SigningCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    Json(body): Json<SignJson>,
) -> Result<Response, ApiError> {
    let p = load(&pages, &slug).await?;
    // Errors carry the CORS header too, so the partner's page can show them.
    let res = match sign_inner(&state, &p, client, body).await {
        Ok(res) => res,
        Err(e) => e.into_response(),
    };
    Ok(with_cors(&p, &headers, res))
}

async fn sign_inner(
    state: &SigningCtx,
    p: &Petition,
    client: std::net::IpAddr,
    body: SignJson,
) -> Result<Response, ApiError> {
    let input: SignInput = body.into();
    let email_suggestion = crate::domain::typo::email_suggestion(&input.email);
    match super::sign(
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
