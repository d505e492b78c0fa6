//! Staff pages: sign-in, the dashboard, petition management, exports, the audit log and accounts.

pub mod audit;
pub mod auth;
mod downloads;
mod pages;
mod petitions;
pub mod session;

use axum::routing::{get, post};
use axum::Router;

use crate::app::AppState;

pub fn router(state: &AppState) -> Router<AppState> {
    let routes = Router::new()
        .route("/admin/login", get(auth::login_page).post(auth::login))
        .route("/admin/logout", post(auth::logout))
        .route("/admin", get(pages::dashboard))
        .route("/admin/audit", get(pages::audit_log))
        .route("/admin/users", get(pages::users).post(pages::create_user))
        .route("/admin/petitions/new", get(petitions::new_form))
        .route("/admin/petitions", post(petitions::create))
        .route(
            "/admin/petitions/{slug}",
            get(petitions::detail).post(petitions::update),
        )
        .route("/admin/petitions/{slug}/edit", get(petitions::edit_form))
        .route(
            "/admin/petitions/{slug}/state",
            post(petitions::change_state),
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
            "/admin/petitions/{slug}/export/signatures.csv",
            get(downloads::signatures_csv),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::csrf_guard,
        ));
    session::apply(routes, &state.db, &state.settings)
}
