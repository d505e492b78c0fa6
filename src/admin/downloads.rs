//! Export downloads and the printable delivery pack. Every export is written to the audit log
//! with its filter and row count; personal data needs a role that may see it.

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};

use super::auth::CurrentAdmin;
use super::petitions::load;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::domain::country_name;
use crate::exports::{self, SignatureFilter};
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_num;
use crate::i18n::format::fmt_time;
use crate::petitions::map::Outlines;
use crate::petitions::{self, Petition};

#[tracing::instrument(skip_all)]
pub async fn counts_csv(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let c = state.public.counts.get(&state.db, p.id).await?;
    let held = crate::signatures::review::held_count(&state.db, p.id).await?;
    let csv = exports::counts_csv(&p, &c, held);
    let id = audit::record(&state.db, &me.admin.email, "export.counts.csv", &p.slug, "").await?;
    audit::set_rows(&state.db, id, csv.lines().count() as i64 - 1).await?;
    Ok(crate::exports::download::attachment(
        "text/csv; charset=utf-8",
        format!("{}-counts.csv", p.slug),
        Body::from(csv),
    ))
}

#[tracing::instrument(skip_all)]
pub async fn counts_json(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let c = state.public.counts.get(&state.db, p.id).await?;
    let held = crate::signatures::review::held_count(&state.db, p.id).await?;
    let json = serde_json::to_string_pretty(&exports::counts_json(&p, &c, Some(held)))
        .map_err(|e| AppError::Internal(e.into()))?;
    audit::record(
        &state.db,
        &me.admin.email,
        "export.counts.json",
        &p.slug,
        "",
    )
    .await?;
    Ok(crate::exports::download::attachment(
        "application/json",
        format!("{}-counts.json", p.slug),
        Body::from(json),
    ))
}

/// Streams the CSV as it is read; the audit entry gets its row count when the stream ends.
#[tracing::instrument(skip_all)]
pub async fn signatures_csv(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Query(filter): Query<SignatureFilter>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    crate::exports::download::stream_signatures(&state.db, &p, &filter, &me.admin.email).await
}

/// The delivery file: what the target receives, only the fields the petition's consent names.
#[tracing::instrument(skip_all)]
pub async fn delivery_csv(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Query(q): Query<AsOf>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    let as_of = q.as_of.unwrap_or_else(now_ms);
    let detail = format!("as_of={as_of} fields={}", p.delivery_fields);
    let audit_id = audit::record(
        &state.db,
        &me.admin.email,
        "export.delivery.csv",
        &p.slug,
        &detail,
    )
    .await?;
    let file = exports::DeliveryFile::new(&p, as_of);
    let petition_id = p.id;
    Ok(crate::exports::download::stream_csv(
        &state.db,
        audit_id,
        format!("{}-delivery.csv", p.slug),
        move |db, tx| async move { exports::delivery_csv(&db, petition_id, &file, tx).await },
    ))
}

#[derive(serde::Deserialize)]
pub struct AsOf {
    as_of: Option<i64>,
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
    total: i64,
    countries: Vec<CountryLine>,
    country_total: usize,
    chart: String,
    /// The map of signers with its table, or "".
    map: String,
    first_day: String,
    last_day: String,
    digest: String,
    rows: i64,
    generated: String,
    csv_url: String,
}

#[tracing::instrument(skip_all)]
pub async fn delivery_pack(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    let c = state.public.counts.get(&state.db, p.id).await?;
    let as_of = now_ms();
    let file = exports::DeliveryFile::new(&p, as_of);
    let (digest, rows) = exports::delivery_digest(&state.db, p.id, &file).await?;
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
        total: c.confirmed,
        countries: c
            .by_country
            .iter()
            .map(|(k, n)| CountryLine {
                name: country_name(k).to_owned(),
                count: fmt_num(*n),
                share: crate::i18n::ta("percent", "pct", *n as f64 * 100.0 / total as f64),
            })
            .collect(),
        country_total: c.by_country.len(),
        // Printed, a closed table would be lost: the pack shows its tables open.
        chart: petitions::chart_svg(&c.by_day, 120)
            .replace("<details class=", "<details open class="),
        // The world's table is the pack's own country table below; a US-only petition's
        // states are new, so their table is printed.
        map: if petitions::map::us_only(&p.allowed()) {
            petitions::map::petition_map(&state.public, &p, &c, Outlines::Inline)
                .await?
                .replace("<details class=", "<details open class=")
        } else {
            petitions::map::petition_map(&state.public, &p, &c, Outlines::Inline).await?
        },
        first_day: c.by_day.first().map(|(d, _)| d.clone()).unwrap_or_default(),
        last_day: c.by_day.last().map(|(d, _)| d.clone()).unwrap_or_default(),
        digest,
        rows,
        generated: fmt_time(as_of),
        csv_url: format!(
            "/admin/petitions/{}/export/delivery.csv?as_of={as_of}",
            p.slug
        ),
        p,
    };
    Ok(render(&page)?.into_response())
}
