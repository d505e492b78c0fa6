//! The embeddable event widget: the event's time and its registration form, in an iframe that
//! partner sites insert with the same `<script>` tag as the petition widget
//! (`data-chorus-event="SLUG"`). The form posts to Chorus itself, with the page's proof of work.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::model::{closed_message, Event};
use super::pages::{load, Times, Typed};
use super::EventsCtx;
use crate::db::now_ms;
use crate::http::page::render;
use crate::http::{AppError, FieldErrors};
use crate::petitions::pages::{country_options, CountryOption};

#[derive(Template)]
#[template(path = "pages/event_widget.html")]
struct WidgetPage {
    e: Event,
    times: Times,
    /// Why registration is not taken now (a message id), or "".
    notice: &'static str,
    issued: String,
    countries: Vec<CountryOption>,
    pow_required: bool,
    thanks: bool,
    /// What was typed, when the form comes back with errors.
    form: Typed,
    errors: FieldErrors,
}

#[derive(serde::Deserialize)]
pub struct WidgetQuery {
    #[serde(default)]
    thanks: String,
}

#[tracing::instrument(skip_all)]
pub async fn page(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
    Query(q): Query<WidgetQuery>,
) -> Result<Response, AppError> {
    let e = load(&ctx, &slug).await?;
    let thanks = !q.thanks.is_empty();
    let page = widget_page(&ctx, e, Typed::default(), FieldErrors::default(), thanks).await?;
    Ok(crate::petitions::widget::frameable(render(&page)?))
}

/// The widget again after a refused registration (422), everything typed kept.
pub(super) async fn with_errors(
    ctx: &EventsCtx,
    e: Event,
    typed: Typed,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    use axum::response::IntoResponse;
    let page = widget_page(ctx, e, typed, errors, false).await?;
    let mut res = crate::petitions::widget::frameable(render(&page)?);
    *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(res.into_response())
}

async fn widget_page(
    ctx: &EventsCtx,
    e: Event,
    form: Typed,
    errors: FieldErrors,
    thanks: bool,
) -> Result<WidgetPage, AppError> {
    Ok(WidgetPage {
        times: Times::of(&e),
        notice: closed_message(&e, now_ms()).unwrap_or(""),
        issued: ctx.guard.form_stamp(now_ms()),
        countries: country_options(&form.country, &[]),
        pow_required: super::register::pow_required(&ctx.db, e.id).await?,
        thanks,
        form,
        errors,
        e,
    })
}
