//! The static assets: the stylesheet and the small scripts pages use.

use axum::http::header;
use axum::response::{IntoResponse, Response};

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../templates/static/chorus.css"),
    )
        .into_response()
}

pub(crate) fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

pub async fn pow_script() -> Response {
    script(include_str!("../../templates/static/pow.js"))
}

/// Rewrites `<time data-local>` elements in the reader's own time zone.
pub async fn local_time_script() -> Response {
    script(include_str!("../../templates/static/local-time.js"))
}

/// The Web Share button (see the script).
pub async fn share_script() -> Response {
    script(include_str!("../../templates/static/share.js"))
}
