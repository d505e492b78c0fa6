//! Events: side events, hand-ins and days of action. A public page per event with its times in
//! the organisers' zone and the reader's, a calendar file, registration confirmed by email, seats
//! given in confirmation order with a waiting list, and reminders before the start.

pub mod api;
pub mod emails;
pub mod follow_up;
pub mod ics;
pub mod listing;
pub mod messages;
pub mod model;
pub mod notices;
pub mod pages;
pub mod register;
pub mod reminders;
pub mod spec;
pub mod widget;
pub mod zones;

use std::sync::Arc;

use axum::extract::FromRef;
use axum::routing::get;
use axum::Router;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::abuse::Guard;
use crate::config::Settings;
use crate::db::Db;
use crate::http::client_ip::Proxies;

pub use model::{Event, EventState, RegistrationState};
pub use spec::EventSpec;

/// What the event pages, registration and the registrants' links use.
#[derive(Clone)]
pub struct EventsCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub guard: Guard,
}

/// The public event pages and the registrants' links that only show something.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    EventsCtx: FromRef<S>,
{
    Router::new()
        .route("/e", get(pages::list))
        .route("/e/{slug}", get(pages::show))
        .route("/e/{slug}/event.ics", get(pages::calendar))
        .route("/e/{slug}/registered", get(pages::registered))
        .route("/events/me/{token}", get(pages::own_page))
        .route("/e/{slug}/widget", get(widget::page))
        // One-click unsubscribe (RFC 8058): mail providers post from anywhere.
        .route(
            "/events/me/{token}/unsubscribe",
            get(pages::unsubscribe_get).post(pages::unsubscribe_post),
        )
}

/// The registration form and the emailed links' forms (refused when posted from another site).
pub fn forms<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    EventsCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    use crate::http::page::to_form_page;
    Router::new()
        .route(
            "/e/{slug}/register",
            get(to_form_page).post(pages::register),
        )
        .route(
            "/events/confirm/{token}",
            get(pages::confirm_get).post(pages::confirm_post),
        )
        .route(
            "/events/me/{token}/cancel",
            get(pages::cancel_get).post(pages::cancel_post),
        )
        .route(
            "/events/me/{token}/erase",
            get(pages::erase_get).post(pages::erase_post),
        )
        .route(
            "/events/me/{token}/copy",
            get(to_form_page).post(pages::copy),
        )
}

/// The events' JSON API, with its OpenAPI entries.
pub fn api<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    EventsCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(api::list))
        .routes(routes!(api::show))
        .routes(routes!(api::register))
}

/// Creates or updates (by slug) an event from its file; true when it was created. Every problem
/// in the file is named at once. Registrants are told of a change as from the staff form.
pub async fn save(db: &Db, settings: &Settings, spec: &EventSpec) -> anyhow::Result<bool> {
    let valid = spec.validate().map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|(f, m)| format!("{f}: {m}")).collect();
        anyhow::anyhow!("the event is not valid:\n  {}", lines.join("\n  "))
    })?;
    let saved = store(db, settings, &valid, true)
        .await?
        .map_err(|(field, message)| anyhow::anyhow!("{field}: {message}"))?;
    Ok(saved.created)
}

/// Creates an event from its file, failing if its slug is taken. A new event has no registrants,
/// so it needs no email settings: nothing can be told.
pub async fn create(db: &Db, spec: &EventSpec) -> anyhow::Result<()> {
    let valid = spec.validate().map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|(f, m)| format!("{f}: {m}")).collect();
        anyhow::anyhow!("the event is not valid:\n  {}", lines.join("\n  "))
    })?;
    let mail = |_: &Event,
                _: &register::Registrant,
                _: emails::Kind,
                _: &crate::secret::tokens::Token|
     -> crate::email::Email { unreachable!("a new event has nobody to tell") };
    crate::on_db!(
        db,
        model::sql,
        save(&valid, crate::db::now_ms(), false, &mail)
    )?
    .map_err(|(field, message)| anyhow::anyhow!("{field}: {message}"))?;
    Ok(())
}

/// Stores a checked event (a creation only, unless `update`), telling its registrants of what
/// changed; a problem (an unknown linked slug, a slug taken) is named by its field.
pub async fn store(
    db: &Db,
    settings: &Settings,
    valid: &spec::ValidEvent,
    update: bool,
) -> Result<Result<model::Saved, (&'static str, String)>, sqlx::Error> {
    let mail = notices::mailer(settings);
    crate::on_db!(
        db,
        model::sql,
        save(valid, crate::db::now_ms(), update, &mail)
    )
}

/// What retention removed: registrations never confirmed, and registrants anonymised.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Retained {
    pub deleted: u64,
    pub anonymised: u64,
}

/// Deletes registrations never confirmed within the pending period (as pending signatures are),
/// and anonymises registrants of events that ended more than the retention period before `now`;
/// the counts stay. The clock is a parameter so the schedule can be tested.
pub async fn retention(db: &Db, settings: &Settings, now: i64) -> Result<Retained, sqlx::Error> {
    let pending = now - settings.signing.pending_retention_days * 86_400_000;
    let ended = now - settings.retention.anonymise_after_days * 86_400_000;
    crate::on_db!(db, retention_sql, run(pending, ended, now))
}

crate::per_engine! {
    mod retention_sql {
        use crate::events::Retained;

        pub async fn run(pool: &Pool, pending: i64, ended: i64, now: i64) -> Result<Retained, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let deleted = sqlx::query("DELETE FROM event_registrations WHERE state = 'pending' AND created_at < $1")
                .bind(pending).execute(&mut *tx).await?;
            let past = "SELECT id FROM events WHERE ends_at < $1";
            sqlx::query(&format!(
                "DELETE FROM event_registration_tokens WHERE registration_id IN \
                 (SELECT id FROM event_registrations WHERE event_id IN ({past}))"
            ))
            .bind(ended).execute(&mut *tx).await?;
            let anonymised = sqlx::query(&format!(
                "UPDATE event_registrations SET name = '', email = '', canonical_email = 'anonymised-' || id, \
                 organisation = NULL, ip_hash = '', anonymised_at = $2 WHERE anonymised_at IS NULL AND event_id IN ({past})"
            ))
            .bind(ended).bind(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Retained { deleted: deleted.rows_affected(), anonymised: anonymised.rows_affected() })
        }
    }
}

/// The events' background jobs: reminders before each event starts, the follow-up after it
/// ends, and retention.
pub fn jobs() -> Vec<crate::jobs::Job> {
    vec![
        crate::jobs::Job::new(
            "events.reminders",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                reminders::send_due(&ctx.db, &ctx.settings, crate::db::now_ms()).await?;
                Ok(())
            },
        ),
        crate::jobs::Job::new(
            "events.follow_up",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                follow_up::send_due(&ctx.db, &ctx.settings, crate::db::now_ms()).await?;
                Ok(())
            },
        ),
        crate::jobs::Job::new(
            "events.retention",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                retention(&ctx.db, &ctx.settings, crate::db::now_ms()).await?;
                Ok(())
            },
        ),
    ]
}
