//! The JSON API for letter campaigns: the same steps and rules as the pages.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::input::LetterInput;
use super::pages::load;
use super::LettersCtx;
use super::Step;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Json;
use crate::http::schema::{ErrorJson, StatusJson, ValidationJson};
use crate::http::{ApiError, AppError};

#[derive(Serialize, utoipa::ToSchema)]
pub struct CampaignJson {
    pub slug: String,
    pub title: String,
    pub state: String,
    pub target_rule: String,
    pub allowed_countries: Vec<String>,
    pub subjects: Vec<String>,
    pub allow_edit: bool,
    pub max_length: i64,
    pub url: String,
}

/// A letter campaign: who it writes to and what a supporter may choose.
#[utoipa::path(get, path = "/api/v1/letters/{slug}", operation_id = "get_letter_campaign", tag = "letters",
    params(("slug" = String, Path, description = "The campaign's address")),
    responses(
        (status = 200, description = "The campaign", body = CampaignJson),
        (status = 404, description = "No such public campaign", body = ErrorJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
) -> Result<axum::Json<CampaignJson>, ApiError> {
    let c = load(&state, &slug).await?;
    Ok(axum::Json(CampaignJson {
        url: format!("{}/l/{}", state.settings.base(), c.slug),
        allowed_countries: c.allowed().iter().map(|s| s.to_string()).collect(),
        subjects: c.subject_list().iter().map(|s| s.to_string()).collect(),
        slug: c.slug,
        title: c.title,
        state: c.state.as_str().to_owned(),
        target_rule: c.target_rule.as_str().to_owned(),
        allow_edit: c.allow_edit,
        max_length: c.max_length,
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct LetterJson {
    target_id: i64,
    target: String,
    /// `email` (sent by us), `cwc` (Communicating with Congress), `form_service` (the office's
    /// contact form, filled by the forms service), or `contact_form` (handed to the supporter).
    #[schema(example = "cwc")]
    delivery: &'static str,
    body: String,
}

fn step_json(step: Step) -> Response {
    match step {
        Step::Details(errors, choices) if errors.is_empty() => (
            StatusCode::OK,
            axum::Json(serde_json::json!({"status": "choose_district", "choices": choices})),
        )
            .into_response(),
        Step::Details(errors, choices) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(serde_json::json!({"errors": errors, "choices": choices})),
        )
            .into_response(),
        Step::Letters(_, errors) if !errors.is_empty() => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(serde_json::json!({"errors": errors})),
        )
            .into_response(),
        Step::Letters(draft, _) => {
            let letters: Vec<LetterJson> = draft
                .letters
                .iter()
                .map(|l| LetterJson {
                    target_id: l.target.id,
                    target: l.target.label(),
                    delivery: l.target.delivery(),
                    body: l.body.clone(),
                })
                .collect();
            (
                StatusCode::OK,
                axum::Json(serde_json::json!({"status": "ready", "letters": letters})),
            )
                .into_response()
        }
        Step::Sent => (
            StatusCode::ACCEPTED,
            axum::Json(serde_json::json!({"status": "pending_confirmation"})),
        )
            .into_response(),
        // Nothing new was emailed: the address reached its cap.
        Step::NotEmailed => (
            StatusCode::ACCEPTED,
            axum::Json(serde_json::json!({"status": "not_emailed"})),
        )
            .into_response(),
    }
}

/// Finds the supporter's representatives and returns their personalised letters.
#[utoipa::path(post, path = "/api/v1/letters/{slug}/lookup", operation_id = "lookup_representatives", tag = "letters",
    params(("slug" = String, Path, description = "The campaign's address")),
    request_body = LetterInput,
    responses(
        (status = 200, description = "Letters ready (`status: ready`) or districts to choose from (`status: choose_district`)", body = LookupJson),
        (status = 400, description = "The body is not valid JSON or has unknown fields", body = ErrorJson),
        (status = 404, description = "No such public campaign", body = ErrorJson),
        (status = 409, description = "The campaign is closed", body = ErrorJson),
        (status = 422, description = "Invalid fields, each with its messages", body = ValidationJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn lookup(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
    Json(input): Json<LetterInput>,
) -> Result<Response, ApiError> {
    let c = load(&state, &slug).await?;
    if !c.is_open() {
        return Err(ApiError(AppError::Conflict("err-campaign-closed".into())));
    }
    Ok(step_json(super::prepare(&state, &c, &input).await?))
}

/// Submits the letters; the supporter confirms by email before anything is sent.
#[utoipa::path(post, path = "/api/v1/letters/{slug}/letters", operation_id = "submit_letters", tag = "letters",
    params(("slug" = String, Path, description = "The campaign's address")),
    request_body = LetterInput,
    responses(
        (status = 202, description = "Accepted; a confirmation email is on its way", body = StatusJson),
        (status = 200, description = "Districts to choose from", body = LookupJson),
        (status = 400, description = "The body is not valid JSON or has unknown fields", body = ErrorJson),
        (status = 404, description = "No such public campaign", body = ErrorJson),
        (status = 409, description = "The campaign is closed", body = ErrorJson),
        (status = 422, description = "Invalid fields, each with its messages", body = ValidationJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn submit(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Json(input): Json<LetterInput>,
) -> Result<Response, ApiError> {
    let c = load(&state, &slug).await?;
    if !c.is_open() {
        return Err(ApiError(AppError::Conflict("err-campaign-closed".into())));
    }
    Ok(step_json(
        super::send(&state, &c, &input, client, None).await?,
    ))
}

/// A district the supporter picks when a ZIP code is ambiguous.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ChoiceJson {
    /// Send this back as `district`.
    pub value: String,
    pub label: String,
}

/// `status` is `ready` (with `letters`) or `choose_district` (with `choices`).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct LookupJson {
    pub status: String,
    pub letters: Option<Vec<LetterJson>>,
    pub choices: Option<Vec<ChoiceJson>>,
}
