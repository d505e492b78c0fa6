//! Webhook endpoints (owners only): register one (its secret shown once), read its delivery log,
//! replay a delivery, resume a paused endpoint, remove one. The capability itself is
//! `crate::webhooks`; its pages are here with the other staff pages.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::on_db;
use crate::webhooks::store::{sql, AttemptRow, DeliveryRow, Endpoint};
use crate::webhooks::{address, sign, EventType};

/// How many deliveries and attempts the log shows.
const LOG_ROWS: i64 = 100;

#[derive(Template)]
#[template(path = "admin/webhooks.html")]
struct ListPage {
    me: CurrentAdmin,
    endpoints: Vec<(Endpoint, String)>,
    types: &'static [&'static str],
    reserved: &'static [&'static str],
    /// The new endpoint's secret, shown this once.
    created: String,
    error: String,
    url: String,
}

#[derive(Template)]
#[template(path = "admin/webhook.html")]
struct DetailPage {
    me: CurrentAdmin,
    e: Endpoint,
    deliveries: Vec<(DeliveryRow, String)>,
    attempts: Vec<(AttemptRow, String)>,
}

async fn list_page(
    state: &AdminCtx,
    me: CurrentAdmin,
    created: String,
    error: String,
    url: String,
) -> Result<Response, AppError> {
    let endpoints = on_db!(&state.db, sql, all())?
        .into_iter()
        .map(|e| {
            let created = fmt_time(e.created_at);
            (e, created)
        })
        .collect();
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = ListPage {
        me,
        endpoints,
        types: EventType::WORDS,
        reserved: crate::webhooks::RESERVED_TYPES,
        created,
        error,
        url,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AdminCtx>, me: CurrentAdmin) -> Result<Response, AppError> {
    me.require_owner()?;
    list_page(&state, me, String::new(), String::new(), String::new()).await
}

/// The form: `url`, one `event` per type chosen, `personal=on` to allow personal fields.
#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
    };
    let url = field("url").unwrap_or_default();
    let mut events: Vec<EventType> = Vec::new();
    let mut unknown = false;
    for (_, v) in form.iter().filter(|(k, _)| k == "event") {
        match v.parse::<EventType>() {
            Ok(t) if !events.contains(&t) => events.push(t),
            Ok(_) => {}
            Err(_) => unknown = true,
        }
    }
    let personal = field("personal").is_some_and(|v| v == "on");
    let allow_private = state.settings.webhooks.allow_private;
    let checked = address::resolve(&url, allow_private).await;
    let error = match (&checked, events.is_empty() || unknown) {
        (Err(refused), _) => crate::i18n::t(refused.message_id()),
        (Ok(_), true) => crate::i18n::t("admin-webhook-err-events"),
        (Ok(_), false) => String::new(),
    };
    if !error.is_empty() {
        let shown = url.chars().take(2000).collect();
        return list_page(&state, me, String::new(), error, shown).await;
    }
    let url = checked.map(|t| t.url.to_string()).unwrap_or_default();
    let words: Vec<&str> = events.iter().map(|t| t.as_str()).collect();
    let secret = sign::new_secret();
    let id = on_db!(
        &state.db,
        sql,
        create(&url, &events, personal, &secret, &me.admin.email, now_ms())
    )?;
    audit::record(
        &state.db,
        &me.admin.email,
        "webhook.create",
        &id.to_string(),
        // The site only: a URL's path may itself be the receiver's secret, and every staff role
        // reads the audit log.
        &format!(
            "{} {} personal={personal}",
            url::Url::parse(&url)
                .map(|u| u.origin().ascii_serialization())
                .unwrap_or_default(),
            words.join(",")
        ),
    )
    .await?;
    // The secret is on this page once: no cache may keep it.
    let mut page = list_page(&state, me, secret, String::new(), String::new()).await?;
    page.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(page)
}

#[tracing::instrument(skip_all)]
pub async fn detail(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    let e = on_db!(&state.db, sql, one(id))?.ok_or(AppError::NotFound)?;
    let deliveries = on_db!(&state.db, sql, deliveries(id, LOG_ROWS))?
        .into_iter()
        .map(|d| {
            let at = fmt_time(d.created_at);
            (d, at)
        })
        .collect();
    let attempts = on_db!(&state.db, sql, attempts(id, LOG_ROWS))?
        .into_iter()
        .map(|a| {
            let at = fmt_time(a.at);
            (a, at)
        })
        .collect();
    Ok(render(&DetailPage {
        me,
        e,
        deliveries,
        attempts,
    })?
    .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn resume(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    if on_db!(&state.db, sql, resume(id))? {
        audit::record(
            &state.db,
            &me.admin.email,
            "webhook.resume",
            &id.to_string(),
            "",
        )
        .await?;
    }
    Ok(back_to(&format!("/admin/webhooks/{id}")))
}

#[tracing::instrument(skip_all)]
pub async fn replay(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path((id, delivery)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    if on_db!(&state.db, sql, replay(id, delivery, now_ms()))? {
        audit::record(
            &state.db,
            &me.admin.email,
            "webhook.replay",
            &id.to_string(),
            &delivery.to_string(),
        )
        .await?;
    }
    Ok(back_to(&format!("/admin/webhooks/{id}")))
}

#[derive(serde::Deserialize)]
pub struct Remove {
    #[serde(default)]
    confirm: String,
}

#[tracing::instrument(skip_all)]
pub async fn remove(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(id): Path<i64>,
    Form(form): Form<Remove>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    if form.confirm != "yes" {
        let step = super::pages::ConfirmStep {
            message: crate::i18n::t("admin-webhook-sure-remove"),
            action: format!("/admin/webhooks/{id}/remove"),
            fields: Vec::new(),
            button: crate::i18n::t("admin-webhook-remove"),
            back: format!("/admin/webhooks/{id}"),
            me,
        };
        return Ok(render(&step)?.into_response());
    }
    if on_db!(&state.db, sql, delete(id))? {
        audit::record(
            &state.db,
            &me.admin.email,
            "webhook.remove",
            &id.to_string(),
            "",
        )
        .await?;
    }
    Ok(back_to("/admin/webhooks"))
}
