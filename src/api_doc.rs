//! The JSON API's OpenAPI 3.1 document, built from the same registrations as the routes (so the
//! document cannot list a route that is not served, or miss one that is).

use axum::Router;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::AppState;
use crate::{events, exports, letters, petitions, signatures};

/// The bearer scheme of API tokens (created by owners on /admin/tokens).
struct BearerScheme;

impl utoipa::Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    modifiers(&BearerScheme),
    info(
        title = "Chorus API",
        description = "Petitions, signing, and letters to representatives. Every signature and letter is confirmed by email before it counts or is sent."
    ),
    tags(
        (name = "petitions", description = "Petitions and signing"),
        (name = "letters", description = "Letters to representatives"),
        (name = "events", description = "Events and registration"),
        (name = "exports", description = "Counts and signatures for scripts, with an API token"),
    )
)]
struct ApiDoc;

/// The `/api/v1` routes and their document: each capability registers its own.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(petitions::api())
        .merge(signatures::api())
        .routes(routes!(crate::abuse::pow::pow_challenge))
        .merge(exports::api())
        .merge(letters::api())
        .merge(events::api())
        .split_for_parts()
}

/// The document as served: the generated one with the webhooks' payloads added in its OpenAPI 3.1
/// `webhooks` section, which the generator does not write.
pub fn served(doc: &utoipa::openapi::OpenApi) -> serde_json::Result<Vec<u8>> {
    let mut value = serde_json::to_value(doc)?;
    if let Some(top) = value.as_object_mut() {
        top.insert("webhooks".into(), crate::webhooks::schema::section());
    }
    serde_json::to_vec(&value)
}
