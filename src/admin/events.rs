//! Staff pages for events: the list with seats, the waiting list and unconfirmed registrations;
//! each event's registrations as CSV (formula-looking cells neutralised, audit-logged) and a
//! printable check-in list of those holding a seat. Events are created and changed on the form
//! (`event_form`) or from their files (`chorus events save`).

use std::collections::HashMap;

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::auth::CurrentAdmin;
use super::AdminCtx;
use crate::audit;
use crate::domain::{country_name, Slug};
use crate::events::model::{staff_sql, Event, RegistrationRow, RegistrationState};
use crate::exports::download::attachment;
use crate::exports::neutralise;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::i18n::Lang;
use crate::on_db;

#[derive(Template)]
#[template(path = "admin/events.html")]
struct ListPage {
    me: CurrentAdmin,
    /// After a save from the form: says it was saved.
    saved: bool,
    /// (event, its start for staff, registrations waiting for their link)
    events: Vec<(Event, String, i64)>,
}

/// Every event (drafts too), soonest first, with its registrations waiting for their link: two
/// statements whatever the number of events.
pub async fn figures(db: &crate::db::Db) -> Result<Vec<(Event, i64)>, sqlx::Error> {
    let pending: HashMap<i64, i64> = on_db!(db, staff_sql, pending())?.into_iter().collect();
    Ok(on_db!(db, crate::events::model::sql, list(true, 1000))?
        .into_iter()
        .map(|e| {
            let n = pending.get(&e.id).copied().unwrap_or(0);
            (e, n)
        })
        .collect())
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    saved: String,
}

#[tracing::instrument(skip_all)]
pub async fn list(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    axum::extract::Query(q): axum::extract::Query<ListQuery>,
) -> Result<Response, AppError> {
    let events = figures(&state.db)
        .await?
        .into_iter()
        .map(|(e, n)| {
            // In the event's own zone, as its page and emails give it.
            let starts = Lang::current().date_time_in(e.starts_at, e.tz());
            (e, starts, n)
        })
        .collect();
    let saved = !q.saved.is_empty();
    Ok(render(&ListPage { me, saved, events })?.into_response())
}

/// An event and its registrations, for staff who may see personal data; audit-logged.
async fn registrations(
    state: &AdminCtx,
    me: &CurrentAdmin,
    slug: &str,
    action: &str,
) -> Result<(Event, Vec<RegistrationRow>), AppError> {
    me.require_personal_data()?;
    if Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    let e =
        on_db!(&state.db, crate::events::model::sql, by_slug(slug))?.ok_or(AppError::NotFound)?;
    let rows = on_db!(&state.db, staff_sql, registrations(e.id))?;
    let id = audit::record(&state.db, &me.admin.email, action, &e.slug, "").await?;
    audit::set_rows(&state.db, id, rows.len() as i64).await?;
    Ok((e, rows))
}

#[tracing::instrument(skip_all)]
pub async fn registrations_csv(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let (e, rows) = registrations(&state, &me, &slug, "export.event_registrations.csv").await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| AppError::Internal(e.into());
    w.write_record([
        "registration_id",
        "state",
        "seat",
        "name",
        "email",
        "country",
        "organisation",
        "newsletter",
        "time_zone",
        "language",
        "registered_at",
        "confirmed_at",
    ])
    .map_err(csv_err)?;
    for r in &rows {
        let record = [
            r.id.to_string(),
            r.state.as_str().to_owned(),
            r.seat.map(|s| s.to_string()).unwrap_or_default(),
            r.name.clone(),
            r.email.clone(),
            country_name(&r.country).to_owned(),
            r.organisation.clone().unwrap_or_default(),
            r.newsletter.to_string(),
            r.time_zone.clone(),
            r.locale.clone(),
            fmt_time(r.created_at),
            r.confirmed_at.map(fmt_time).unwrap_or_default(),
        ];
        w.write_record(record.iter().map(|f| neutralise(f).into_owned()))
            .map_err(csv_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        format!("{}-registrations.csv", e.slug),
        Body::from(bytes),
    ))
}

#[derive(Template)]
#[template(path = "admin/event_check_in.html")]
struct CheckInPage {
    e: Event,
    starts: String,
    /// Those holding a seat: (name, organisation, country).
    seated: Vec<(String, String, String)>,
}

/// A printable list of those holding a seat, to tick at the door.
#[tracing::instrument(skip_all)]
pub async fn check_in(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let (e, rows) = registrations(&state, &me, &slug, "view.event_check_in").await?;
    let mut seated: Vec<(String, String, String)> = rows
        .into_iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .map(|r| {
            (
                r.name,
                r.organisation.unwrap_or_default(),
                country_name(&r.country).to_owned(),
            )
        })
        .collect();
    seated.sort_by_key(|(name, _, _)| name.to_lowercase());
    let starts = Lang::current().date_time_in(e.starts_at, e.tz());
    Ok(render(&CheckInPage { e, starts, seated })?.into_response())
}
