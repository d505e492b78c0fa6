//! Staff pages: sign-in, the dashboard, petition management, exports, the audit log and accounts.

pub mod auth;
pub(crate) mod downloads;
mod event_form;
mod event_messages;
mod events;
mod held_letters;
mod images;
mod letter_figures;
mod letters;
mod organisations;
mod pages;
mod paper;
mod partners;
mod petitions;
mod review;
pub mod session;
pub mod suppressions;
pub mod throttle;
pub mod tokens;
pub mod totp;
mod translations;
mod two_factor;
mod updates;
mod webhooks;

use std::sync::Arc;

use axum::extract::FromRef;
use axum::response::Redirect;
use axum::routing::{get, post};
use axum::Router;

use crate::config::Settings;
use crate::db::Db;
use crate::http::client_ip::Proxies;
use crate::petitions::PetitionsCtx;

/// What the staff pages use.
#[derive(Clone)]
pub struct AdminCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub proxies: Proxies,
    /// The public pages and their caches, refreshed when staff change what they show.
    pub public: PetitionsCtx,
}

pub fn router<S>(state: &AdminCtx) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AdminCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    let routes = Router::new()
        .route("/admin/login", get(auth::login_page).post(auth::login))
        .route(
            "/admin/login/code",
            get(two_factor::code_page).post(two_factor::verify_code),
        )
        .route(
            "/admin/two-factor",
            get(two_factor::show).post(two_factor::confirm),
        )
        // Logging out is POST only (a GET is a 405, so no link can sign anybody out). The other
        // form-only addresses answer GET (a reload of a confirmation step, a shared link) by
        // leading back to their page; GET never acts.
        .route("/admin/logout", post(auth::logout))
        .route("/admin", get(pages::dashboard))
        .route("/admin/audit", get(pages::audit_log))
        .route("/admin/users", get(pages::users).post(pages::create_user))
        .route("/admin/users/status", post(pages::set_account_status))
        .route("/admin/petitions/new", get(petitions::new_form))
        .route(
            "/admin/petitions",
            get(|| async { Redirect::to("/admin/petitions/new") }).post(petitions::create),
        )
        .route(
            "/admin/petitions/{slug}",
            get(petitions::detail).post(petitions::update),
        )
        .route("/admin/petitions/{slug}/edit", get(petitions::edit_form))
        .route(
            "/admin/petitions/{slug}/translations",
            get(translations::show).post(translations::save),
        )
        .route(
            "/admin/petitions/{slug}/state",
            get(crate::http::page::to_form_page).post(petitions::change_state),
        )
        .route(
            "/admin/petitions/{slug}/organisations/{id}",
            post(organisations::decide),
        )
        .route(
            "/admin/petitions/{slug}/delivery",
            get(downloads::delivery_pack),
        )
        .route(
            "/admin/petitions/{slug}/export/counts.csv",
            get(downloads::counts_csv),
        )
        .route(
            "/admin/petitions/{slug}/export/counts.json",
            get(downloads::counts_json),
        )
        .route(
            "/admin/petitions/{slug}/export/delivery.csv",
            get(downloads::delivery_csv),
        )
        .route(
            "/admin/petitions/{slug}/export/signatures.csv",
            get(downloads::signatures_csv),
        )
        .route("/admin/events", get(events::list).post(event_form::create))
        .route("/admin/events/new", get(event_form::new_form))
        .route(
            "/admin/events/{slug}",
            get(crate::http::page::to_form_page).post(event_form::update),
        )
        .route("/admin/events/{slug}/edit", get(event_form::edit_form))
        .route(
            "/admin/events/{slug}/registrations.csv",
            get(events::registrations_csv),
        )
        .route("/admin/events/{slug}/check-in", get(events::check_in))
        .route(
            "/admin/events/{slug}/messages",
            get(event_messages::show).post(event_messages::act),
        )
        .route("/admin/letters", get(letters::list).post(letters::create))
        .route("/admin/letters/new", get(letters::new_form))
        .route(
            "/admin/letters/{slug}",
            get(letters::detail).post(letters::update),
        )
        .route("/admin/letters/{slug}/edit", get(letters::edit_form))
        .route(
            "/admin/letters/{slug}/pow",
            get(crate::http::page::to_form_page).post(letters::set_pow),
        )
        .route(
            "/admin/letters/{slug}/held/{id}/release",
            post(held_letters::release),
        )
        .route(
            "/admin/letters/{slug}/translations",
            get(translations::show_campaign).post(translations::save_campaign),
        )
        .route(
            "/admin/letters/{slug}/targets/{id}/letters.csv",
            get(letters::target_csv),
        )
        .route(
            "/admin/letters/{slug}/targets/{id}/pack",
            get(letters::target_pack),
        )
        .route(
            "/admin/targets",
            get(|| async { Redirect::to("/admin/letters") }).post(letters::import_targets),
        )
        .route("/admin/tokens", get(tokens::list).post(tokens::create))
        .route("/admin/suppressions", get(suppressions::list))
        .route(
            "/admin/suppressions/lift",
            get(|| async { Redirect::to("/admin/suppressions") }).post(suppressions::lift),
        )
        .route(
            "/admin/webhooks",
            get(webhooks::list).post(webhooks::create),
        )
        .route("/admin/webhooks/{id}", get(webhooks::detail))
        .route(
            "/admin/webhooks/{id}/resume",
            get(crate::http::page::to_form_page).post(webhooks::resume),
        )
        .route(
            "/admin/webhooks/{id}/remove",
            get(crate::http::page::to_form_page).post(webhooks::remove),
        )
        .route(
            "/admin/webhooks/{id}/deliveries/{delivery}/replay",
            post(webhooks::replay),
        )
        .route(
            "/admin/tokens/{id}/revoke",
            get(|| async { Redirect::to("/admin/tokens") }).post(tokens::revoke),
        )
        .route(
            "/admin/petitions/{slug}/review",
            get(review::show).post(review::act),
        )
        .route(
            "/admin/petitions/{slug}/pow",
            get(crate::http::page::to_form_page).post(review::set_pow),
        )
        .route(
            "/admin/petitions/{slug}/updates",
            get(updates::show).post(updates::act),
        )
        .route(
            "/admin/petitions/{slug}/partners",
            get(partners::show).post(partners::save),
        )
        .route(
            "/admin/petitions/{slug}/paper",
            get(paper::show).post(paper::import),
        )
        .route(
            "/admin/petitions/{slug}/image/remove",
            get(crate::http::page::to_form_page).post(images::remove),
        )
        .route(
            "/admin/petitions/{slug}/image/alt",
            get(crate::http::page::to_form_page).post(images::set_alt),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::csrf_guard,
        ));
    session::apply(routes, &state.db, &state.settings)
}

/// Staff background jobs: sign-in throttle windows that are over are forgotten.
pub fn jobs() -> Vec<crate::jobs::Job> {
    vec![crate::jobs::Job::new(
        "admin.throttle_purge",
        crate::jobs::EVERY_MINUTE,
        |ctx| async move {
            let window = ctx.settings.admin.login_window_minutes.max(1) * 60_000;
            throttle::purge(&ctx.db, crate::db::now_ms() - window).await?;
            Ok(())
        },
    )]
}

/// The image upload: multipart, so it checks its own CSRF token (see `images`), and the one route
/// whose body may be larger than `body_limit_bytes`. Merged after the app-wide body limit.
pub fn upload_router<S>(state: &AdminCtx) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AdminCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    let routes = Router::new()
        .route(
            "/admin/petitions/{slug}/image",
            get(crate::http::page::to_form_page).post(images::upload),
        )
        .layer(axum::extract::DefaultBodyLimit::max(
            images::UPLOAD_BODY_LIMIT,
        ));
    session::apply(routes, &state.db, &state.settings)
}
