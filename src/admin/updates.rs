//! Writing to signers: compose an update, preview it, send a test to oneself, then send it to the
//! confirmed signers who asked for updates (through the outbox, at the configured rate).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::petitions::load;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::on_db;
use crate::petitions::updates::{self, Update, UpdateKind};
use crate::petitions::Petition;

#[derive(Debug, Default, Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    action: String,
    /// "yes" from the confirmation step: an email to every signer cannot be recalled.
    #[serde(default)]
    confirm: String,
}

#[derive(Template)]
#[template(path = "admin/updates.html")]
struct UpdatesPage {
    me: CurrentAdmin,
    p: Petition,
    form: UpdateForm,
    kinds: &'static [&'static str],
    recipients: i64,
    preview: String,
    error: String,
    notice: String,
    history: Vec<(UpdateKind, String, i64, String)>,
}

async fn page(
    state: &AdminCtx,
    me: CurrentAdmin,
    p: Petition,
    form: UpdateForm,
    (error, notice): (String, String),
) -> Result<Response, AppError> {
    let recipients = on_db!(&state.db, updates::sql, count_recipients(p.id))?;
    let history = on_db!(&state.db, updates::sql, history(p.id))?
        .into_iter()
        .map(|(k, s, n, at)| (k, s, n, fmt_time(at)))
        .collect();
    let preview = if form.action == "preview" {
        crate::text::markdown(&form.body)
    } else {
        String::new()
    };
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = UpdatesPage {
        me,
        p,
        form,
        kinds: UpdateKind::WORDS,
        recipients,
        preview,
        error,
        notice,
        history,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let form = UpdateForm {
        kind: UpdateKind::Progress.as_str().into(),
        ..Default::default()
    };
    page(&state, me, p, form, Default::default()).await
}

#[tracing::instrument(skip_all)]
pub async fn act(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<UpdateForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let kind = form.kind.parse::<UpdateKind>().ok();
    let problem = if kind.is_none() {
        "admin-err-kind"
    } else if form.subject.trim().is_empty()
        || form.subject.chars().count() > 200
        || crate::domain::has_control(&form.subject)
    {
        "admin-err-subject"
    } else if form.body.trim().is_empty() || form.body.chars().count() > 20_000 {
        "admin-err-text"
    } else {
        ""
    };
    let (Some(kind), "") = (kind, problem) else {
        return page(
            &state,
            me,
            p,
            form,
            (crate::i18n::t(problem), String::new()),
        )
        .await;
    };
    let body = form.body.replace("\r\n", "\n");
    let u = Update {
        kind,
        subject: form.subject.trim(),
        body_md: &body,
    };
    let notice = match form.action.as_str() {
        "test" => {
            let mail = updates::email(
                &state.settings,
                &p.title,
                &u,
                &me.admin.email,
                "(test)",
                None,
            );
            let mut mail = mail;
            mail.subject = format!("[Test] {}", mail.subject);
            on_db!(
                &state.db,
                crate::email::outbox::sql,
                enqueue(&mail, now_ms())
            )?;
            crate::i18n::ta("admin-update-test-sent", "email", me.admin.email.as_str())
        }
        "send" if form.confirm != "yes" => {
            let n = on_db!(&state.db, updates::sql, count_recipients(p.id))?;
            let back = format!("/admin/petitions/{}/updates", p.slug);
            let step = super::pages::ConfirmStep {
                message: crate::i18n::ta2("admin-sure-send", "subject", u.subject, "count", n),
                action: back.clone(),
                fields: vec![
                    ("kind", form.kind.clone()),
                    ("subject", form.subject.clone()),
                    ("body", form.body.clone()),
                    ("action", "send".into()),
                ],
                button: crate::i18n::ta("admin-update-send", "count", n),
                back,
                me,
            };
            return Ok(render(&step)?.into_response());
        }
        "send" => {
            let n = updates::send(&state.db, &state.settings, &p, &u, &me.admin.email).await?;
            let id = audit::record(
                &state.db,
                &me.admin.email,
                "update.send",
                &p.slug,
                u.subject,
            )
            .await?;
            audit::set_rows(&state.db, id, n).await?;
            state.public.petitions.forget(&p.slug);
            crate::petitions::pages::forget(&state.public, &p.slug);
            crate::i18n::ta2(
                "admin-update-queued",
                "count",
                n,
                "rate",
                state.settings.updates.per_minute,
            )
        }
        _ => String::new(),
    };
    let form = if form.action == "send" {
        UpdateForm {
            kind: UpdateKind::Progress.as_str().into(),
            ..Default::default()
        }
    } else {
        form
    };
    let p = load(&state, &slug).await?;
    page(&state, me, p, form, (String::new(), notice)).await
}
