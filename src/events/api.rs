//! The events' JSON API. The joining link is never part of it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::model::{closed_message, Event};
use super::pages::load;
use super::register::{register as take, Origin, RegisterError, RegistrationJson};
use super::EventsCtx;
use crate::db::now_ms;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Json;
use crate::http::schema::{ErrorJson, StatusJson, ValidationJson};
use crate::http::{ApiError, AppError};

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventJson {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// The organisers' IANA zone.
    pub time_zone: String,
    pub online: bool,
    /// In-person events' address.
    pub address: Option<String>,
    /// Seats; null when unlimited.
    pub capacity: Option<i64>,
    /// Confirmed registrations (seats taken).
    pub registered: i64,
    /// Confirmed registrations waiting for a seat.
    pub waiting: i64,
    pub state: String,
    /// Whether registration is taken now.
    pub registration_open: bool,
    pub url: String,
    /// The zones the organisers chose to show beside their own.
    pub zones: Vec<ZoneJson>,
}

/// A zone an event's page shows its time in.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ZoneJson {
    /// E.g. "Geneva".
    pub label: String,
    /// The IANA zone, e.g. "Europe/Zurich".
    pub time_zone: String,
}

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

fn json(e: &Event, base: &str) -> EventJson {
    EventJson {
        slug: e.slug.clone(),
        title: e.title.clone(),
        summary: e.summary.clone(),
        starts_at: rfc3339(e.starts_at),
        ends_at: rfc3339(e.ends_at),
        time_zone: e.time_zone.clone(),
        online: e.online,
        address: e.address.clone(),
        capacity: e.capacity,
        registered: e.confirmed,
        waiting: e.waiting,
        state: e.state.as_str().to_owned(),
        registration_open: closed_message(e, now_ms()).is_none(),
        url: format!("{base}/e/{}", e.slug),
        zones: e
            .zones
            .iter()
            .map(|(label, time_zone)| ZoneJson {
                label: label.clone(),
                time_zone: time_zone.clone(),
            })
            .collect(),
    }
}

/// Public events, soonest first.
#[utoipa::path(get, path = "/api/v1/events", operation_id = "list_events", tag = "events",
    responses((status = 200, description = "Public events", body = Vec<EventJson>)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(ctx): State<EventsCtx>) -> Result<axum::Json<Vec<EventJson>>, ApiError> {
    let events = super::listing::public(&ctx.db, 500)
        .await
        .map_err(AppError::from)?;
    let lang = crate::i18n::Lang::current();
    Ok(axum::Json(
        events
            .iter()
            .map(|e| json(&e.in_lang(lang), ctx.settings.base()))
            .collect(),
    ))
}

/// One public event, with its seat counts.
#[utoipa::path(get, path = "/api/v1/events/{slug}", operation_id = "get_event", tag = "events",
    params(("slug" = String, Path, description = "The event's address")),
    responses(
        (status = 200, description = "The event", body = EventJson),
        (status = 404, description = "No such public event", body = ErrorJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn show(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
) -> Result<axum::Json<EventJson>, ApiError> {
    let e = load(&ctx, &slug).await?;
    Ok(axum::Json(json(&e, ctx.settings.base())))
}

/// Registers for an event. New and repeated registrations get the same answer; the registrant
/// confirms by email, and takes a seat (or a place on the waiting list) then.
#[utoipa::path(post, path = "/api/v1/events/{slug}/registrations", operation_id = "register_for_event", tag = "events",
    params(("slug" = String, Path, description = "The event's address")),
    request_body = RegistrationJson,
    responses(
        (status = 202, description = "Accepted; a confirmation email is on its way", body = StatusJson),
        (status = 400, description = "The body is not valid JSON or has unknown fields", body = ErrorJson),
        (status = 404, description = "No such public event", body = ErrorJson),
        (status = 409, description = "Registration is closed", body = ErrorJson),
        (status = 413, description = "The body is too large", body = ErrorJson),
        (status = 415, description = "Not application/json", body = ErrorJson),
        (status = 422, description = "Invalid fields, each with its messages", body = ValidationJson),
    ))]
#[tracing::instrument(skip_all)]
pub async fn register(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Json(body): Json<RegistrationJson>,
) -> Result<Response, ApiError> {
    let e = load(&ctx, &slug).await?;
    let origin = Origin {
        client,
        via: "api",
        form: None,
    };
    match take(&ctx, &e, &body, origin).await {
        Ok(()) => Ok((
            StatusCode::ACCEPTED,
            axum::Json(serde_json::json!({"status": "pending_confirmation"})),
        )
            .into_response()),
        Err(RegisterError::Invalid(errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(serde_json::json!({"errors": errors})),
        )
            .into_response()),
        Err(RegisterError::Closed(message)) => Err(ApiError(AppError::Conflict(message.into()))),
        Err(RegisterError::Failed(e)) => Err(ApiError(e)),
    }
}
