//! Petitions: the model, the CLI spec, live counts, the public pages and the JSON API.

pub mod api;
mod chart;
pub use chart::per_day_svg as chart_svg;
pub mod counts;
mod delivery_fields;
pub mod map;
mod model;
pub mod organisations;
mod origins;
pub mod pages;
pub mod sign_input;
pub mod spec;
pub mod updates;
pub mod widget;

pub use counts::{CountsCache, PetitionCache, PetitionCounts};
pub use delivery_fields::{DeliveryField, DeliveryFields};
pub use model::{sql, Petition, PetitionState, PetitionText};
pub use origins::{BadOrigin, Origins};
pub use spec::PetitionSpec;

use std::sync::Arc;

use axum::extract::FromRef;
use axum::routing::get;
use axum::Router;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::cache::TtlCache;
use crate::config::Settings;
use crate::db::Db;
use crate::http::client_ip::Proxies;

/// What the public petition pages, their API and their caches use. Shared behind one `Arc`: the
/// signing route takes it on every request, and cloning its caches field by field showed in the
/// profile (BENCHMARKS.md).
#[derive(Clone)]
pub struct PetitionsCtx(Arc<PetitionsParts>);

impl PetitionsCtx {
    pub fn new(parts: PetitionsParts) -> Self {
        PetitionsCtx(Arc::new(parts))
    }
}

impl std::ops::Deref for PetitionsCtx {
    type Target = PetitionsParts;

    fn deref(&self) -> &PetitionsParts {
        &self.0
    }
}

pub struct PetitionsParts {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub counts: CountsCache,
    pub petitions: PetitionCache,
    /// Rendered public pages (the index, petition pages, maps) by key and language.
    pub pages: TtlCache<String, axum::body::Bytes>,
    pub lists: counts::PageLists,
    /// Form stamps on the sign forms, and the organisations' sign-on guard.
    pub guard: crate::abuse::Guard,
}

/// The public petition pages and the widget.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    PetitionsCtx: FromRef<S>,
{
    Router::new()
        .route("/p/{slug}", get(pages::show))
        .route("/p/{slug}/signed", get(pages::signed))
        .route("/p/{slug}/widget", get(widget::page))
        .route("/static/widget.js", get(widget::script))
        .route("/static/maps/{file}", get(map::outline_file))
}

/// The organisations' sign-on forms (refused when posted from another site).
pub fn forms<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    PetitionsCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    Router::new()
        .route(
            "/p/{slug}/organisations",
            get(organisations::show).post(organisations::sign),
        )
        .route(
            "/organisations/confirm/{token}",
            get(organisations::confirm_get).post(organisations::confirm_post),
        )
}

/// The petitions' JSON API, with its OpenAPI entries.
pub fn api<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    PetitionsCtx: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(api::list))
        .routes(routes!(api::show))
}

/// The petitions' background jobs: milestone updates to signers.
pub fn jobs() -> Vec<crate::jobs::Job> {
    vec![crate::jobs::Job::new(
        "petitions.milestones",
        crate::jobs::EVERY_MINUTE,
        |ctx| async move {
            updates::milestones(&ctx.db).await?;
            Ok(())
        },
    )]
}
