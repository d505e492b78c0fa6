//! The embeddable event widget: the event's time and its registration form, in an iframe that
//! partner sites insert with the same `<script>` tag as the petition widget
//! (`data-chorus-event="SLUG"`). The form posts to Chorus itself, with the page's proof of work.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::model::{closed_message, Event};
use super::pages::{load, Times};
use super::EventsCtx;
use crate::db::now_ms;
use crate::http::page::render;
use crate::http::AppError;
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
    let page = WidgetPage {
        times: Times::of(&e),
        notice: closed_message(&e, now_ms()).unwrap_or(""),
        issued: ctx.guard.form_stamp(now_ms()),
        countries: country_options("", &[]),
        pow_required: super::register::pow_required(&ctx.db, e.id).await?,
        thanks: !q.thanks.is_empty(),
        e,
    };
    Ok(crate::petitions::widget::frameable(render(&page)?))
}
