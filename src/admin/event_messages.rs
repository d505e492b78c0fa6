//! Writing to an event's registrants: compose a message, preview it as the email will look, send
//! a test to oneself, then send it to those holding a seat (and, if asked, those waiting) through
//! the outbox. Once per form (its request key), within the per-event daily limit; audit-logged.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::domain::Slug;
use crate::email::EmailKind;
use crate::events::messages::{self, Draft, Sent};
use crate::events::model::Event;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::i18n::{t, ta, ta2};
use crate::on_db;
use crate::secret::tokens::Token;

#[derive(Debug, Default, Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    /// "on": those on the waiting list get it too.
    #[serde(default)]
    waiting: String,
    /// Given with the form: the same form sent twice sends once.
    #[serde(default)]
    key: String,
    #[serde(default)]
    action: String,
    /// "yes" from the confirmation step: an email to every registrant cannot be recalled.
    #[serde(default)]
    confirm: String,
}

impl MessageForm {
    fn waiting(&self) -> bool {
        self.waiting == "on"
    }
}

#[derive(Template)]
#[template(path = "admin/event_messages.html")]
struct MessagesPage {
    me: CurrentAdmin,
    e: Event,
    form: MessageForm,
    recipients: i64,
    /// The email's subject and HTML as a registrant gets it.
    preview: Option<(String, String)>,
    error: String,
    notice: String,
    /// (subject, recipients, sent at)
    history: Vec<(String, i64, String)>,
    per_day: i64,
}

async fn load(state: &AdminCtx, slug: &str) -> Result<Event, AppError> {
    if Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    on_db!(&state.db, crate::events::model::sql, by_slug(slug))?.ok_or(AppError::NotFound)
}

async fn page(
    state: &AdminCtx,
    me: CurrentAdmin,
    e: Event,
    form: MessageForm,
    preview: Option<(String, String)>,
    (error, notice): (String, String),
) -> Result<Response, AppError> {
    let recipients = messages::count(&state.db, e.id, form.waiting()).await?;
    let history = messages::history(&state.db, e.id)
        .await?
        .into_iter()
        .map(|(s, n, at)| (s, n, fmt_time(at)))
        .collect();
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = MessagesPage {
        me,
        e,
        form,
        recipients,
        preview,
        error,
        notice,
        history,
        per_day: state.settings.events.messages_per_day,
    };
    Ok((status, render(&page)?).into_response())
}

/// A fresh form, with its own request key.
fn blank() -> MessageForm {
    MessageForm {
        key: Token::generate().secret,
        ..Default::default()
    }
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let e = load(&state, &slug).await?;
    page(&state, me, e, blank(), None, Default::default()).await
}

/// The message id of what is wrong with the form, or "".
fn problem(form: &MessageForm) -> &'static str {
    let key_ok =
        (16..=100).contains(&form.key.len()) && form.key.bytes().all(|b| b.is_ascii_alphanumeric());
    if form.subject.trim().is_empty()
        || form.subject.chars().count() > 200
        || crate::domain::has_control(&form.subject)
    {
        "admin-err-subject"
    } else if form.body.trim().is_empty() || form.body.chars().count() > 20_000 {
        "admin-err-text"
    } else if !key_ok {
        "admin-event-message-err-key"
    } else {
        ""
    }
}

#[tracing::instrument(skip_all)]
pub async fn act(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let e = load(&state, &slug).await?;
    let problem = problem(&form);
    if !problem.is_empty() {
        return page(&state, me, e, form, None, (t(problem), String::new())).await;
    }
    let body = form.body.replace("\r\n", "\n");
    let subject = form.subject.trim().to_owned();
    // The email as registrants get it, written for the staff member (in their language).
    let sample = || {
        messages::compose(
            EmailKind::EventMessage,
            &state.settings,
            &e,
            &subject,
            &body,
            (&me.admin.email, &me.admin.email),
            None,
        )
    };
    let notice = match form.action.as_str() {
        "preview" => {
            let mail = sample();
            let preview = Some((mail.subject, mail.html.unwrap_or_default()));
            return page(&state, me, e, form, preview, Default::default()).await;
        }
        "test" => {
            let mut mail = sample();
            mail.subject = format!("[Test] {}", mail.subject);
            on_db!(
                &state.db,
                crate::email::outbox::sql,
                enqueue(&mail, now_ms())
            )?;
            ta("admin-update-test-sent", "email", me.admin.email.as_str())
        }
        "send" if form.confirm != "yes" => {
            let n = messages::count(&state.db, e.id, form.waiting()).await?;
            let back = format!("/admin/events/{}/messages", e.slug);
            let step = super::pages::ConfirmStep {
                message: ta2(
                    "admin-event-message-sure",
                    "subject",
                    subject.as_str(),
                    "count",
                    n,
                ),
                action: back.clone(),
                fields: vec![
                    ("subject", form.subject.clone()),
                    ("body", form.body.clone()),
                    ("waiting", form.waiting.clone()),
                    ("key", form.key.clone()),
                    ("action", "send".into()),
                ],
                button: ta("admin-event-message-send", "count", n),
                back,
                me,
            };
            return Ok(render(&step)?.into_response());
        }
        "send" => {
            let draft = Draft {
                subject: &subject,
                body_md: &body,
                include_waiting: form.waiting(),
            };
            let sent = messages::send(
                &state.db,
                &state.settings,
                &e,
                &draft,
                &form.key,
                &me.admin.email,
            )
            .await?;
            match sent {
                Sent::Queued(n) => {
                    let id = audit::record(
                        &state.db,
                        &me.admin.email,
                        "event.message",
                        &e.slug,
                        &subject,
                    )
                    .await?;
                    audit::set_rows(&state.db, id, n).await?;
                    ta2(
                        "admin-event-message-queued",
                        "count",
                        n,
                        "rate",
                        state.settings.updates.per_minute,
                    )
                }
                Sent::Repeated => t("admin-event-message-repeated"),
                Sent::Limit => {
                    let error = ta(
                        "admin-event-message-limit",
                        "count",
                        state.settings.events.messages_per_day,
                    );
                    return page(&state, me, e, form, None, (error, String::new())).await;
                }
            }
        }
        _ => String::new(),
    };
    let form = if form.action == "send" { blank() } else { form };
    page(&state, me, e, form, None, (String::new(), notice)).await
}
