//! The embeddable widget: a compact count and sign form that partner sites show in an iframe
//! (one `<script>` tag inserts it); signatures record the partner as their source.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::pages::{country_options, load, CountryOption};
use super::Petition;
use super::PetitionsCtx;
use crate::db::now_ms;
use crate::http::page::render;
use crate::http::AppError;
use crate::text::percent;

#[derive(Template)]
#[template(path = "pages/widget.html")]
struct WidgetPage {
    p: Arc<Petition>,
    count_n: i64,
    pct: i64,
    open: bool,
    source: String,
    issued: String,
    countries: Vec<CountryOption>,
    thanks: bool,
    /// Some webhook endpoint receives signers' details: the consent text says so.
    shared: bool,
}

#[derive(serde::Deserialize)]
pub struct WidgetQuery {
    #[serde(default)]
    partner: String,
    #[serde(default)]
    thanks: String,
}

/// Pages meant to be framed by any site: they carry no staff or personal data, and the form posts
/// to Chorus itself.
pub(crate) fn frameable(html: axum::response::Html<String>) -> Response {
    (
        [
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors *; base-uri 'none'",
            ),
            // An unknown value makes browsers ignore the header (the CSP above is what counts).
            (header::X_FRAME_OPTIONS, "ALLOWALL"),
        ],
        html,
    )
        .into_response()
}

#[tracing::instrument(skip_all)]
pub async fn page(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    Query(q): Query<WidgetQuery>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let counts = state.counts.get(&state.db, p.id).await?;
    let partner =
        crate::petitions::sign_input::parse_source(&q.partner).unwrap_or_else(|| "embed".into());
    let page = WidgetPage {
        count_n: counts.confirmed,
        pct: percent(counts.confirmed, p.goal),
        open: p.is_open(now_ms()),
        source: format!("widget:{partner}"),
        issued: state.guard.form_stamp(now_ms()),
        countries: country_options("", &p.allowed()),
        thanks: !q.thanks.is_empty(),
        shared: super::pages::data_shared(&state, super::pages::Sharing::Signers).await?,
        p,
    };
    Ok(frameable(render(&page)?))
}

pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        include_str!("../../templates/static/widget.js"),
    )
        .into_response()
}
