//! Export downloads and the printable delivery pack. Every export is written to the audit log
//! with its filter and row count; personal data needs a role that may see it.

use askama::Template;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tokio::sync::mpsc;

use super::audit;
use super::auth::CurrentAdmin;
use super::petitions::load;
use crate::app::AppState;
use crate::db::now_ms;
use crate::domain::country_name;
use crate::exports::{self, SignatureFilter};
use crate::http::AppError;
use crate::pages::{fmt_num, fmt_time, render};
use crate::petitions::{self, Petition};

pub(super) fn attachment(content_type: &'static str, filename: String, body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

pub async fn counts_csv(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let c = state.counts.get(&state.db, p.id).await?;
    let csv = exports::counts_csv(&p, &c);
    let id = audit::record(&state.db, &me.admin.email, "export.counts.csv", &p.slug, "").await?;
    audit::set_rows(&state.db, id, csv.lines().count() as i64 - 1).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        format!("{}-counts.csv", p.slug),
        Body::from(csv),
    ))
}

pub async fn counts_json(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let c = state.counts.get(&state.db, p.id).await?;
    let json = serde_json::to_string_pretty(&exports::counts_json(&p, &c))
        .map_err(|e| AppError::Internal(e.into()))?;
    audit::record(
        &state.db,
        &me.admin.email,
        "export.counts.json",
        &p.slug,
        "",
    )
    .await?;
    Ok(attachment(
        "application/json",
        format!("{}-counts.json", p.slug),
        Body::from(json),
    ))
}

/// Streams the CSV as it is read; the audit entry gets its row count when the stream ends.
pub async fn signatures_csv(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Query(filter): Query<SignatureFilter>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    stream_signatures(&state, &p, &filter, &me.admin.email).await
}

/// The signature CSV of `p` as a streamed download, recorded in the audit log under `actor`.
pub(crate) async fn stream_signatures(
    state: &AppState,
    p: &Petition,
    filter: &SignatureFilter,
    actor: &str,
) -> Result<Response, AppError> {
    let parsed = filter.parse().map_err(AppError::BadRequest)?;
    let detail = serde_json::to_string(filter).unwrap_or_default();
    let audit_id =
        audit::record(&state.db, actor, "export.signatures.csv", &p.slug, &detail).await?;
    let slug = p.slug.clone();
    let petition_id = p.id;
    let (tx, rx) = mpsc::channel::<Bytes>(4);
    let db = state.db.clone();
    tokio::spawn(async move {
        match exports::signatures_csv(&db, petition_id, &parsed, tx).await {
            Ok(rows) => {
                let _ = audit::set_rows(&db, audit_id, rows).await;
            }
            Err(e) => {
                tracing::error!(error = %crate::telemetry::redact(&e.to_string()), "signature export failed")
            }
        }
    });
    // poll_fn, not unfold: a finished channel keeps answering None however often it is polled.
    let mut rx = rx;
    let stream = futures_util::stream::poll_fn(move |cx| {
        rx.poll_recv(cx).map(|c| c.map(Ok::<_, std::io::Error>))
    });
    Ok(attachment(
        "text/csv; charset=utf-8",
        format!("{slug}-signatures.csv"),
        Body::from_stream(stream),
    ))
}

pub struct CountryLine {
    pub name: String,
    pub count: String,
    pub share: String,
}

#[derive(Template)]
#[template(path = "admin/delivery.html")]
struct DeliveryPage {
    p: Petition,
    body_html: String,
    total: String,
    countries: Vec<CountryLine>,
    country_total: usize,
    chart: String,
    first_day: String,
    last_day: String,
    digest: String,
    rows: String,
    generated: String,
    csv_url: String,
}

pub async fn delivery_pack(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    let c = state.counts.get(&state.db, p.id).await?;
    let as_of = now_ms();
    let filter = SignatureFilter {
        state: Some("confirmed".into()),
        as_of: Some(as_of),
        ..Default::default()
    };
    let (digest, rows) = exports::signatures_digest(
        &state.db,
        p.id,
        &filter.parse().map_err(AppError::BadRequest)?,
    )
    .await?;
    audit::record(
        &state.db,
        &me.admin.email,
        "export.delivery_pack",
        &p.slug,
        &format!("as_of={as_of} sha256={digest}"),
    )
    .await?;
    let total = c.confirmed.max(1);
    let page = DeliveryPage {
        body_html: p.body_html(),
        total: fmt_num(c.confirmed),
        countries: c
            .by_country
            .iter()
            .map(|(k, n)| CountryLine {
                name: country_name(k).to_owned(),
                count: fmt_num(*n),
                share: format!("{:.1}%", *n as f64 * 100.0 / total as f64),
            })
            .collect(),
        country_total: c.by_country.len(),
        chart: petitions::chart_svg(&c.by_day, 120),
        first_day: c.by_day.first().map(|(d, _)| d.clone()).unwrap_or_default(),
        last_day: c.by_day.last().map(|(d, _)| d.clone()).unwrap_or_default(),
        digest,
        rows: fmt_num(rows),
        generated: fmt_time(as_of),
        csv_url: format!(
            "/admin/petitions/{}/export/signatures.csv?state=confirmed&as_of={as_of}",
            p.slug
        ),
        p,
    };
    Ok(render(&page)?.into_response())
}
