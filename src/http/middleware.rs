//! Request metrics, tracing spans without personal data, and security headers.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::set_header::SetResponseHeaderLayer;

/// Counts and times each request by its route template (never the raw path: it may hold a token).
pub async fn track_metrics(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = route_of(&req);
    let method = req.method().to_string();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    let labels = [("route", route), ("method", method), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels[..2])
        .record(start.elapsed().as_secs_f64());
    res
}

pub fn route_of(req: &Request) -> String {
    req.extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned())
}

/// One span per request, named by method and matched route: no query strings, tokens or addresses.
pub fn make_span(req: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str())
        .unwrap_or("unmatched");
    tracing::info_span!("request", method = %req.method(), route = %route)
}

const SECURITY_HEADERS: [(&str, &str); 5] = [
    ("x-content-type-options", "nosniff"),
    // Confirmation links carry tokens: never leak them to another site. (Not "no-referrer":
    // browsers then send `Origin: null` on same-site form posts, which the CSRF check refuses.)
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    (
        "content-security-policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("permissions-policy", "geolocation=(), camera=(), microphone=()"),
];

/// Pages reached by a secret link (confirm, withdraw, my data, unsubscribe, an event registrant's
/// own page with its joining link): kept in no cache, so a shared computer's history or a proxy
/// does not hand them to the next person.
const TOKEN_PAGES: [&str; 7] = [
    "/confirm/",
    "/withdraw/",
    "/my-data/",
    "/unsubscribe/",
    "/letters/",
    "/events/confirm/",
    "/events/me/",
];

pub async fn no_store_on_token_pages(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let secret = TOKEN_PAGES.iter().any(|p| req.uri().path().starts_with(p));
    let mut res = next.run(req).await;
    if secret {
        res.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        );
    }
    res
}

pub fn security_headers() -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    SECURITY_HEADERS
        .iter()
        .map(|(name, value)| {
            SetResponseHeaderLayer::if_not_present(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            )
        })
        .collect()
}
