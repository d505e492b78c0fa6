//! What every response passes through, in one layer: the reader's language, request metrics,
//! no-store on secret-link pages and the security headers. (One layer rather than one each: each
//! layer cost a boxed future or a pass over the headers per request; BENCHMARKS.md.)

use std::collections::HashMap;
use std::sync::{LazyLock, PoisonError, RwLock};
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use metrics::{Counter, Histogram};

/// Outside the panic catcher: nothing here may panic (no indexing, no unwrap; a poisoned lock
/// is taken as it is).
pub async fn envelope(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let (lang, picked) = crate::i18n::choose_language(&req);
    let path = req.uri().path();
    let secret = TOKEN_PAGES.iter().any(|p| path.starts_with(p));
    // Files the same in every language: no `Vary` (it would split their cache by cookie) and no
    // language cookie on a response shared caches may keep.
    let by_language = !UNTRANSLATED.iter().any(|p| path.starts_with(p));
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = method_label(req.method());
    let mut res = lang.scope(next.run(req)).await;
    let route = route.as_ref().map_or("unmatched", |p| p.as_str());
    record(route, method, res.status().as_u16(), start);
    let headers = res.headers_mut();
    if by_language {
        crate::i18n::remember_language(headers, picked);
    }
    if secret {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    secure(headers);
    res
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

/// The metric handles of one route, by method and status: made once, then only looked up.
type Outcomes = HashMap<(&'static str, u16), (Counter, Histogram)>;

static METRICS: LazyLock<RwLock<HashMap<String, Outcomes>>> = LazyLock::new(Default::default);

/// Counts and times a request by its route template (never the raw path: it may hold a token).
/// Every label comes from a bounded set: route templates, known methods, statuses.
fn record(route: &str, method: &'static str, status: u16, start: Instant) {
    let secs = start.elapsed().as_secs_f64();
    let seen = METRICS.read().unwrap_or_else(PoisonError::into_inner);
    if let Some((count, time)) = seen.get(route).and_then(|o| o.get(&(method, status))) {
        count.increment(1);
        time.record(secs);
        return;
    }
    drop(seen);
    let route_label = route.to_owned();
    let count = metrics::counter!("http_requests_total", "route" => route_label.clone(),
        "method" => method, "status" => status.to_string());
    let time = metrics::histogram!("http_request_duration_seconds", "route" => route_label,
        "method" => method);
    count.increment(1);
    time.record(secs);
    let mut all = METRICS.write().unwrap_or_else(PoisonError::into_inner);
    let outcomes = all.entry(route.to_owned()).or_default();
    outcomes.insert((method, status), (count, time));
}

/// A method as a label; any other (a client may send anything) is "other".
fn method_label(method: &Method) -> &'static str {
    const KNOWN: [&str; 7] = ["GET", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"];
    KNOWN
        .into_iter()
        .find(|m| *m == method.as_str())
        .unwrap_or("other")
}

const SECURITY_HEADERS: [(HeaderName, HeaderValue); 5] = [
    (
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    ),
    // Confirmation links carry tokens: never leak them to another site. (Not "no-referrer":
    // browsers then send `Origin: null` on same-site form posts, which the CSRF check refuses.)
    (
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    ),
    (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
    (
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ),
    (
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("geolocation=(), camera=(), microphone=()"),
    ),
];

/// The security headers, where a route has not set its own (the widgets set their framing).
fn secure(headers: &mut HeaderMap) {
    for (name, value) in SECURITY_HEADERS {
        headers.entry(name).or_insert(value);
    }
}

/// Pages reached by a secret link (confirm, withdraw, my data, unsubscribe, an event registrant's
/// own page with its joining link): kept in no cache, so a shared computer's history or a proxy
/// does not hand them to the next person.
const TOKEN_PAGES: [&str; 8] = [
    "/confirm/",
    "/organisations/confirm/",
    "/withdraw/",
    "/my-data/",
    "/unsubscribe/",
    "/letters/",
    "/events/confirm/",
    "/events/me/",
];

/// Static files and uploaded images: their bytes do not depend on the reader's language.
const UNTRANSLATED: [&str; 2] = ["/static/", "/images/"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_bounded() {
        assert_eq!(method_label(&Method::POST), "POST");
        let odd = Method::from_bytes(b"BREW-COFFEE-12345").unwrap();
        assert_eq!(method_label(&odd), "other");
    }
}
