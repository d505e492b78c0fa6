//! The static assets: the stylesheet and the small scripts pages use.

use std::sync::LazyLock;

use axum::body::Bytes;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// A file served under a URL that changes with its content (`{path}?v={hash}`): asked for by
/// that URL, browsers may keep it for good, and a new build's pages ask for the new one. Asked for
/// without it, or by an older version, it is kept an hour.
pub struct Versioned {
    body: Bytes,
    version: String,
    url: String,
}

impl Versioned {
    pub fn new(path: &str, body: impl Into<Bytes>) -> Self {
        let body = body.into();
        let mut hasher = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(&body[..], &mut hasher);
        let version = format!("{:016x}", std::hash::Hasher::finish(&hasher));
        let url = format!("{path}?v={version}");
        Versioned { body, version, url }
    }

    /// The URL pages link to.
    pub fn url(&self) -> &str {
        &self.url
    }

    #[cfg(test)]
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    pub fn response(&self, content_type: &'static str, query: Option<&str>) -> Response {
        let current = query.is_some_and(|q| q.strip_prefix("v=") == Some(self.version.as_str()));
        let cache = if current {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=3600"
        };
        (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, cache),
            ],
            self.body.clone(),
        )
            .into_response()
    }
}

/// Versioned, so that a page's new markup never meets a stylesheet cached before it.
static STYLESHEET: LazyLock<Versioned> = LazyLock::new(|| {
    Versioned::new(
        "/static/chorus.css",
        include_str!("../../templates/static/chorus.css"),
    )
});

/// The stylesheet's URL, for the pages' `<link>`.
pub fn stylesheet_url() -> &'static str {
    STYLESHEET.url()
}

pub async fn stylesheet(axum::extract::RawQuery(query): axum::extract::RawQuery) -> Response {
    STYLESHEET.response("text/css; charset=utf-8", query.as_deref())
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
