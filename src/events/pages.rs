//! Public event pages: the list, an event with its registration form, its calendar file, and the
//! pages the emailed links lead to (confirm, the registrant's own page, cancel).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::{closed_message, Event, RegistrationState};
use super::register::{self, Origin, Outcome, RegisterError, RegistrationForm, RegistrationJson};
use super::EventsCtx;
use crate::abuse::FormProof;
use crate::db::now_ms;
use crate::domain::Slug;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Form;
use crate::http::page::{render, Meta};
use crate::http::share::Share;
use crate::http::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::on_db;
use crate::petitions::pages::{country_options, CountryOption};

/// A public event (not a draft) in the reader's language.
pub async fn load(ctx: &EventsCtx, slug: &str) -> Result<Event, AppError> {
    if Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    match on_db!(&ctx.db, super::model::sql, by_slug(slug))? {
        Some(e) if e.is_public() => Ok(e.in_lang(Lang::current())),
        _ => Err(AppError::NotFound),
    }
}

/// An event's times as a page shows them.
pub struct Times {
    /// In the organisers' zone, e.g. "Tuesday, January 15, 2036, 15:00 CET".
    pub own: String,
    pub ends: String,
    /// RFC 3339 UTC, for the reader's own zone (`<time data-local-clock>`).
    pub iso: String,
    /// The organisers' chosen zones: "Geneva 15:00 · New York 09:00".
    pub zones: String,
    pub duration_minutes: i64,
}

impl Times {
    pub fn of(e: &Event) -> Times {
        let lang = Lang::current();
        Times {
            own: lang.date_time_in(e.starts_at, e.tz()),
            ends: lang.date_time_in(e.ends_at, e.tz()),
            iso: chrono::DateTime::from_timestamp_millis(e.starts_at)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default(),
            zones: super::zones::line(e.starts_at, e.tz(), &e.zones),
            duration_minutes: (e.ends_at - e.starts_at) / 60_000,
        }
    }
}

#[derive(Template)]
#[template(path = "pages/events.html")]
struct ListPage {
    events: Vec<(Event, Times)>,
}

#[tracing::instrument(skip_all)]
pub async fn list(State(ctx): State<EventsCtx>) -> Result<Response, AppError> {
    let lang = Lang::current();
    let events = super::listing::public(&ctx.db, 200)
        .await?
        .into_iter()
        .map(|e| {
            let e = e.in_lang(lang);
            let t = Times::of(&e);
            (e, t)
        })
        .collect();
    Ok(render(&ListPage { events })?.into_response())
}

/// The form as it was typed (or empty).
#[derive(Default)]
pub(super) struct Typed {
    pub(super) name: String,
    pub(super) email: String,
    pub(super) country: String,
    pub(super) organisation: String,
    pub(super) consent: bool,
    pub(super) newsletter: bool,
}

#[derive(Template)]
#[template(path = "pages/event.html")]
struct EventPage {
    e: Event,
    times: Times,
    body_html: String,
    language: String,
    organisers: String,
    seats_left: Option<i64>,
    /// Why registration is not taken now (a message id), or "".
    notice: &'static str,
    form: Typed,
    errors: FieldErrors,
    countries: Vec<CountryOption>,
    issued: String,
    pow_required: bool,
    share: Share,
    meta: Meta,
}

async fn event_page(
    ctx: &EventsCtx,
    e: Event,
    form: Typed,
    errors: FieldErrors,
) -> Result<EventPage, AppError> {
    let base = ctx.settings.base();
    let mut description = e.summary.trim().to_owned();
    if description.is_empty() {
        description = crate::text::plain(&e.body_md);
    }
    let mut meta = Meta::new(&e.title, &description, format!("{base}/e/{}", e.slug));
    if let Some(hash) = &e.image_card {
        meta = meta.with_image(crate::images::url(base, hash), &e.image_alt);
    }
    let share = Share::of_page(
        base,
        &format!("/e/{}", e.slug),
        "event-share-text",
        &e.title,
    );
    // Named in the reader's language ("anglais" to a French reader).
    let language = crate::i18n::tk("language", &e.locale);
    let pow_required = super::register::pow_required(&ctx.db, e.id).await?;
    Ok(EventPage {
        times: Times::of(&e),
        body_html: e.body_html(),
        organisers: crate::i18n::list_and(&e.organisers),
        seats_left: e.seats_left(),
        notice: closed_message(&e, now_ms()).unwrap_or(""),
        countries: country_options(&form.country, &[]),
        form,
        errors,
        issued: ctx.guard.form_stamp(now_ms()),
        pow_required,
        share,
        meta,
        language,
        e,
    })
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let e = load(&ctx, &slug).await?;
    let page = event_page(&ctx, e, Typed::default(), FieldErrors::default()).await?;
    Ok(render(&page)?.into_response())
}

/// The published calendar file: the same UID as every registrant's invitation.
#[tracing::instrument(skip_all)]
pub async fn calendar(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let e = load(&ctx, &slug).await?;
    let ics = super::ics::calendar(&e, ctx.settings.base(), now_ms(), None);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"event.ics\"",
            ),
        ],
        ics,
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn register(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, AppError> {
    let e = load(&ctx, &slug).await?;
    let proof = FormProof {
        honeypot: form.website.clone(),
        stamp: form.issued.clone(),
        pow: form.pow.clone(),
    };
    let widget = form.source == "widget";
    let input = RegistrationJson::from(&form);
    let origin = Origin {
        client,
        via: if widget { "widget" } else { "page" },
        form: Some(&proof),
    };
    let errors = match register::register(&ctx, &e, &input, origin).await {
        Ok(()) if widget => {
            return Ok(Redirect::to(&format!("/e/{}/widget?thanks=1", e.slug)).into_response())
        }
        Ok(()) => return Ok(Redirect::to(&format!("/e/{}/registered", e.slug)).into_response()),
        Err(RegisterError::Invalid(errors)) => errors,
        // The page says why (its notice).
        Err(RegisterError::Closed(_)) => FieldErrors::default(),
        Err(RegisterError::Failed(e)) => return Err(e),
    };
    let typed = Typed {
        name: form.name,
        email: form.email,
        country: form.country,
        organisation: form.organisation,
        consent: form.consent.is_some(),
        newsletter: form.newsletter.is_some(),
    };
    if widget {
        // The widget's own page (which may be framed) says what to fix, with what was typed.
        return super::widget::with_errors(&ctx, e, typed, errors).await;
    }
    let page = event_page(&ctx, e, typed, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
}

/// A page the emailed links lead to: what happened, or a button to make it happen.
#[derive(Template)]
#[template(path = "pages/event_link.html")]
struct LinkPage {
    title: String,
    slug: String,
    /// A message id: what the page says.
    message: &'static str,
    /// When the event starts, in the organisers' zone, and for the reader's zone.
    times: Option<Times>,
    /// The form to post, and its button's message id.
    action: String,
    button: &'static str,
    /// The joining link (own page of a confirmed registrant only).
    join_url: Option<String>,
    /// The link to cancel (own page).
    cancel_url: String,
    /// The registrant's data (own page): (label, value).
    details: Vec<(String, String)>,
    /// The link to erase it (own page).
    erase_url: String,
    /// The form that emails a copy of it (own page).
    copy_url: String,
}

impl LinkPage {
    fn new(message: &'static str) -> LinkPage {
        LinkPage {
            title: String::new(),
            slug: String::new(),
            message,
            times: None,
            action: String::new(),
            button: "",
            join_url: None,
            cancel_url: String::new(),
            details: Vec::new(),
            erase_url: String::new(),
            copy_url: String::new(),
        }
    }

    fn about(mut self, e: &Event) -> LinkPage {
        self.title = e.title.clone();
        self.slug = e.slug.clone();
        self.times = Some(Times::of(e));
        self
    }
}

fn invalid_link() -> Result<Response, AppError> {
    Ok((
        StatusCode::NOT_FOUND,
        render(&LinkPage::new("event-link-invalid"))?,
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn registered(
    State(ctx): State<EventsCtx>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let e = load(&ctx, &slug).await?;
    Ok(render(&LinkPage::new("event-check-email").about(&e))?.into_response())
}

/// What a registration's page says of its state (`pending`: the message while unconfirmed).
fn said_of(state: RegistrationState, pending: &'static str) -> &'static str {
    match state {
        RegistrationState::Pending => pending,
        RegistrationState::Confirmed => "event-confirmed",
        RegistrationState::Waiting => "event-waiting",
        RegistrationState::Cancelled => "event-cancelled-registration",
    }
}

#[tracing::instrument(skip_all)]
pub async fn confirm_get(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((r, e)) = register::lookup(&ctx.db, &token, "confirm").await? else {
        return invalid_link();
    };
    let e = e.in_lang(Lang::current());
    if e.state == super::model::EventState::Cancelled {
        return Ok(render(&LinkPage::new("event-cancelled").about(&e))?.into_response());
    }
    let mut page = LinkPage::new(said_of(r.state, "event-confirm-ask")).about(&e);
    if r.state == RegistrationState::Pending {
        page.action = format!("/events/confirm/{token}");
        page.button = "event-confirm-button";
    }
    Ok(render(&page)?.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn confirm_post(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let message = match register::confirm(&ctx, &token).await? {
        Outcome::Invalid => return invalid_link(),
        Outcome::Done(RegistrationState::Confirmed, _)
        | Outcome::Unchanged(RegistrationState::Confirmed, _) => "event-confirmed",
        Outcome::Done(RegistrationState::Waiting, _)
        | Outcome::Unchanged(RegistrationState::Waiting, _) => "event-waiting",
        Outcome::Unchanged(RegistrationState::Pending, _) => "event-registration-closed",
        _ => "event-cancelled-registration",
    };
    let e = register::lookup(&ctx.db, &token, "confirm").await?;
    // Closed because it was called off: say so.
    let message = match &e {
        Some((_, e)) if e.state == super::model::EventState::Cancelled => "event-cancelled",
        _ => message,
    };
    let page = LinkPage::new(message);
    let page = match &e {
        Some((_, e)) => page.about(&e.in_lang(Lang::current())),
        None => page,
    };
    Ok(render(&page)?.into_response())
}

/// The registrant's own page: their registration, and the joining link once they hold a seat.
#[tracing::instrument(skip_all)]
pub async fn own_page(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((r, e)) = register::lookup(&ctx.db, &token, "manage").await? else {
        return invalid_link();
    };
    let e = e.in_lang(Lang::current());
    // A cancelled event ends every registration with it: no seat, no joining link, nothing to cancel.
    let called_off = e.state == super::model::EventState::Cancelled;
    let said = if called_off {
        "event-cancelled"
    } else {
        said_of(r.state, "event-own-pending")
    };
    let mut page = LinkPage::new(said).about(&e);
    if r.state == RegistrationState::Confirmed && !called_off {
        page.join_url = e.join_url.clone();
    }
    if r.state != RegistrationState::Cancelled && !called_off {
        page.cancel_url = format!("/events/me/{token}/cancel");
    }
    if let Some(d) = register::details(&ctx.db, r.id).await? {
        let t = crate::i18n::t;
        page.details = vec![
            (t("field-name"), d.name),
            (t("field-email"), d.email),
            (
                t("field-country"),
                crate::domain::country_name(&d.country).to_owned(),
            ),
            (
                t("event-field-organisation"),
                d.organisation.unwrap_or_default(),
            ),
            (t("event-time-zone"), d.time_zone),
        ];
    }
    page.erase_url = format!("/events/me/{token}/erase");
    page.copy_url = format!("/events/me/{token}/copy");
    Ok(render(&page)?.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn erase_get(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((_, e)) = register::lookup(&ctx.db, &token, "manage").await? else {
        return invalid_link();
    };
    let mut page = LinkPage::new("event-erase-ask").about(&e.in_lang(Lang::current()));
    page.action = format!("/events/me/{token}/erase");
    page.button = "event-erase-button";
    Ok(render(&page)?.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn erase_post(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match register::erase(&ctx, &token).await? {
        Outcome::Invalid => invalid_link(),
        _ => Ok(render(&LinkPage::new("event-erased"))?.into_response()),
    }
}

#[tracing::instrument(skip_all)]
pub async fn cancel_get(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((r, e)) = register::lookup(&ctx.db, &token, "manage").await? else {
        return invalid_link();
    };
    let e = e.in_lang(Lang::current());
    if r.state == RegistrationState::Cancelled {
        return Ok(
            render(&LinkPage::new("event-cancelled-registration").about(&e))?.into_response(),
        );
    }
    let mut page = LinkPage::new("event-cancel-ask").about(&e);
    page.action = format!("/events/me/{token}/cancel");
    page.button = "event-cancel-button";
    Ok(render(&page)?.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn cancel_post(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if let Outcome::Invalid = register::cancel(&ctx, &token).await? {
        return invalid_link();
    }
    let page = LinkPage::new("event-cancelled-registration");
    let page = match register::lookup(&ctx.db, &token, "manage").await? {
        Some((_, e)) => page.about(&e.in_lang(Lang::current())),
        None => page,
    };
    Ok(render(&page)?.into_response())
}

/// Emails the registrant a copy of their data (within the per-registration email limit).
#[tracing::instrument(skip_all)]
pub async fn copy(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !register::copy(&ctx, &token).await? {
        return invalid_link();
    }
    Ok(render(&LinkPage::new("event-copy-sent"))?.into_response())
}

/// GET shows a button only: link scanners must not unsubscribe anybody.
#[tracing::instrument(skip_all)]
pub async fn unsubscribe_get(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((_, e)) = register::lookup(&ctx.db, &token, "manage").await? else {
        return invalid_link();
    };
    let mut page = LinkPage::new("event-unsubscribe-ask").about(&e.in_lang(Lang::current()));
    page.action = format!("/events/me/{token}/unsubscribe");
    page.button = "event-unsubscribe-button";
    Ok(render(&page)?.into_response())
}

/// One-click unsubscribe (RFC 8058; also what mail providers post, from anywhere): no more
/// messages about the event. The registration itself stays.
#[tracing::instrument(skip_all)]
pub async fn unsubscribe_post(
    State(ctx): State<EventsCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((r, e)) = register::lookup(&ctx.db, &token, "manage").await? else {
        return invalid_link();
    };
    super::messages::unsubscribe(&ctx.db, r.id).await?;
    let page = LinkPage::new("event-unsubscribed").about(&e.in_lang(Lang::current()));
    Ok(render(&page)?.into_response())
}
